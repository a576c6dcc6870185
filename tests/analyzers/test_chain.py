"""The whole chain against a real Whoosh index: what a query finds, and ``analyze``."""
import pickle

from analysis_index_helpers import build_index, search_ids
from whoosh import fields
from whoosh.filedb.filestore import FileStorage

from analyzers.chain import analyze, index_analyzer, query_analyzer

DOCS = {
    "compound": "Социално-икономически анализ на общината",
    "spaced": "социално икономически профил",
    "code": "Договор BG051PO002-1.6.02-0030-C0001 по ОПАК",
    "other-code": "Договор BG05M9OP001-2.002-0101",
    "money": "Бюджет на проекта: 454 090,00 лв.",
    "prose": "През годината общините на Бургас и Гент работиха заедно",
    "english": "The municipalities of Burgas and Ghent implemented projects",
    "accent": "Кметът ѝ връчи наградата",
}


def test_part_of_a_compound_finds_the_compound():
    ix = build_index(DOCS)
    assert search_ids(ix, "социално") == {"compound", "spaced"}
    assert search_ids(ix, "икономически") == {"compound", "spaced"}


def test_compound_query_finds_both_spellings():
    ix = build_index(DOCS)
    assert search_ids(ix, "социално-икономически") == {"compound", "spaced"}
    assert search_ids(ix, '"социално икономически"') == {"compound", "spaced"}


def test_compound_is_indexed_whole_and_as_parts_at_consecutive_positions():
    tokens = [(t["stem"], t["position"]) for t in analyze("социално-икономически анализ", lang="bg")]
    whole, first, second, after = tokens
    assert whole[0] == "-".join((first[0], second[0]))
    assert [whole[1], first[1], second[1], after[1]] == [0, 0, 1, 2]


def test_project_code_prefix_finds_the_full_code():
    ix = build_index(DOCS)
    assert search_ids(ix, "BG051PO002") == {"code"}
    assert search_ids(ix, "BG051PO002-1.6.02") == {"code"}
    assert search_ids(ix, "BG051PO002-1.6.02-0030-C0001") == {"code"}


def test_query_for_a_code_does_not_expand_to_its_prefixes():
    terms = [t.text for t in query_analyzer()("BG051PO002-1.6.02-0030-C0001", mode="query")]
    assert terms == ["bg051po002-1.6.02-0030-c0001"]


def test_grouped_amount_is_findable_without_spaces():
    ix = build_index(DOCS)
    assert search_ids(ix, "454090,00") == {"money"}


def test_abbreviation_with_dot_is_findable():
    ix = build_index(DOCS)
    assert search_ids(ix, "лв.") == {"money"}
    assert search_ids(ix, "ОПАК") == {"code"}


def test_bulgarian_stopwords_are_dropped_but_content_words_kept():
    stems = [t["normalized"] for t in analyze("през годината на времето", lang="bg")]
    assert stems == ["годината", "времето"]


def test_phrase_matches_across_a_dropped_stopword():
    ix = build_index(DOCS)
    assert search_ids(ix, '"общините Бургас"') == {"prose"}


def test_english_words_are_stemmed_with_snowball():
    ix = build_index(DOCS)
    assert search_ids(ix, "municipality project") == {"english"}
    assert search_ids(ix, "the") == set()


def test_bulgarian_inflections_meet_at_one_stem():
    ix = build_index(DOCS)
    assert search_ids(ix, "общината") == {"compound", "prose"}


def test_accented_i_is_searchable_as_plain_i_and_stopped():
    assert [t["normalized"] for t in analyze("Кметът ѝ връчи", lang="bg")] == ["кметът", "връчи"]


def test_same_word_indexes_the_same_whatever_the_document_language():
    text = "Община Burgas projects"
    assert [t["stem"] for t in analyze(text, lang="bg")] == [t["stem"] for t in analyze(text, lang="en")]


def test_stem_filter_is_morphological_so_spelling_sees_unstemmed_words():
    ix = build_index(DOCS)
    assert index_analyzer().has_morph()
    with ix.searcher() as searcher:
        assert "общините" in searcher.corrector("body").suggest("общинте", limit=3)


def test_analyze_reports_original_normalized_stem_and_offsets():
    text = "Проектите на Общинa"
    tokens = analyze(text)
    assert [t["original"] for t in tokens] == ["Проектите", "Общинa"]
    assert [t["normalized"] for t in tokens] == ["проектите", "община"]
    assert tokens[0]["stem"] != tokens[0]["normalized"]
    assert [t["position"] for t in tokens] == [0, 1]
    assert all(text[t["start"]:t["end"]] == t["original"] for t in tokens)
    assert tokens[0]["lang"] == "bg"


def test_analyzers_pickle_and_survive_an_on_disk_schema(tmp_path):
    assert pickle.loads(pickle.dumps(index_analyzer())) == index_analyzer()
    schema = fields.Schema(id=fields.ID(stored=True), body=fields.TEXT(analyzer=index_analyzer()))
    storage = FileStorage(str(tmp_path))
    with storage.create_index(schema).writer() as writer:
        writer.add_document(id="1", body="социално-икономически")
    reopened = storage.open_index()
    assert search_ids(reopened, "социално") == {"1"}


def test_abbreviations_survive_the_whole_chain_unstemmed():
    assert [t["stem"] for t in analyze("ОП и ЕС, т.нар. 2012 г. 100 лв. НПО", lang="bg")] == \
        ["оп", "ес", "т.нар.", "2012", "г", "100", "лв", "нпо"]


def test_amounts_in_different_styles_meet_at_one_term():
    ix = build_index({"spaced": "Бюджет 179 335.45 лв.", "comma": "Стойност 1,274,993.65 евро"})
    assert search_ids(ix, "179335,45") == {"spaced"}
    assert search_ids(ix, "179335.45") == {"spaced"}
    assert search_ids(ix, "1.274.993,65") == {"comma"}


def test_dotted_date_is_findable_by_its_year():
    ix = build_index({"date": "Начало: 02.05.2012 г.", "month": "Край: 11.2013г."})
    assert search_ids(ix, "2012") == {"date"}
    assert search_ids(ix, "2013") == {"month"}
    assert search_ids(ix, "02.05.2012") == {"date"}


def test_project_code_typed_in_lowercase_still_finds_it():
    ix = build_index(DOCS)
    assert search_ids(ix, "bg051po002-1.6.02-0030-c0001") == {"code"}
    assert search_ids(ix, "bg051po002") == {"code"}


def test_code_with_cyrillic_lookalike_letters_is_found_by_the_latin_code():
    ix = build_index({"mixed": "Договор ВG051РО002-1.6.02-0030-C0001"})  # Cyrillic В, Р, О
    assert search_ids(ix, "BG051PO002") == {"mixed"}


def test_stopwords_are_marked_not_dropped_when_whoosh_asks_to_keep_them():
    tokens = [(t.text, t.stopped) for t in index_analyzer()("община на Бургас", removestops=False)]
    assert tokens == [("общин", False), ("на", True), ("бургас", False)]
