"""Synonym and abbreviation groups: sources, matching rules, and use at query time."""
import csv

from analysis_index_helpers import any_of, build_index, search_ids
from whoosh.qparser import QueryParser

from analyzers.synonyms import expansions, synonym_groups
from config.settings import data_path


def alternatives_of(text):
    found = expansions(text)
    assert len(found) == 1, found
    return found[0][1]


def test_opac_and_its_full_name_are_equivalent_both_ways():
    assert "Оперативна програма „Административен капацитет“" in alternatives_of("ОПАК")
    assert "ОПАК" in alternatives_of("Оперативна програма „Административен капацитет“")


def test_required_abbreviations_expand():
    for abbreviation, phrase in [("ЕС", "Европейски съюз"),
                                 ("НСОРБ", "Национално сдружение на общините в Република България"),
                                 ("ЕИП", "Европейско икономическо пространство"),
                                 ("НПО", "неправителствена организация"),
                                 ("ПРСР", "Програма за развитие на селските райони"),
                                 ("ФАР-ТГС", "ФАР трансгранично сътрудничество"),
                                 ("НПВУ", "План за възстановяване и устойчивост"),
                                 ("МИГ", "местна инициативна група"),
                                 ("ВОМР", "водено от общностите местно развитие"),
                                 ("ПУДООС", "Предприятие за управление на дейностите по опазване на околната среда")]:
        assert phrase in alternatives_of(abbreviation), abbreviation
        assert abbreviation in alternatives_of(phrase), phrase


def test_every_programme_abbreviation_in_programmes_tsv_expands_to_its_label():
    with data_path("programmes.tsv").open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t")
                if row["abbreviations"] and row["id"] != "foreign-donor"]
    assert rows
    for row in rows:
        for abbreviation in (a.strip() for a in row["abbreviations"].split(",")):
            # A label naming two things ("A / B") is expanded as its parts.
            assert row["label_bg"].split(" / ")[0] in alternatives_of(abbreviation), abbreviation


def test_programme_short_forms_are_recognised():
    assert "ОПДУ" in alternatives_of('ОП "Добро управление"')
    assert "ОПРЧР" in alternatives_of("Оперативна програма „Развитие на човешките ресурси“")


def test_quote_style_and_case_of_long_phrases_do_not_matter():
    assert "ОПАК" in alternatives_of("оперативна програма «Административен капацитет»")
    assert "ОПАК" in alternatives_of("Оперативна програма ,,Административен капацитет”")
    assert "НПО" in alternatives_of("НЕПРАВИТЕЛСТВЕНА ОРГАНИЗАЦИЯ")


def test_short_abbreviations_match_only_in_capitals():
    assert [s for s, _ in expansions("проекти по ОП в ЕС")] == ["ОП", "ЕС"]
    assert expansions("по ес и фар") == []


def test_longest_match_wins_and_matches_come_in_text_order():
    found = [s for s, _ in expansions("ОП „Добро управление“ и НСОРБ")]
    assert found == ["ОП „Добро управление“", "НСОРБ"]


def test_example_donors_are_not_made_synonyms_of_each_other():
    assert "USAID" not in alternatives_of("UNDP")
    assert "ПРООН" in alternatives_of("UNDP")


def test_groups_have_no_duplicate_phrasings():
    for group in synonym_groups():
        assert len(group) == len(set(group)), group


def test_expanded_query_finds_the_spelled_out_name():
    ix = build_index({"full": "Проект по Оперативна програма „Административен капацитет“",
                      "abbr": "Проект по ОПАК", "other": "Проект по ОПРР"})
    parser = QueryParser("body", ix.schema)
    assert search_ids(ix, "ОПАК") == {"abbr"}
    surface, alternatives = expansions("ОПАК")[0]
    expanded = any_of(parser.parse(surface), *(parser.parse(f'"{alt}"') for alt in alternatives))
    assert search_ids(ix, expanded) == {"full", "abbr"}


def test_abbreviations_sharing_a_programme_row_are_not_made_equivalent():
    eea = alternatives_of("ЕИП")
    assert "НФМ" not in eea and "Норвежки финансов механизъм" not in eea
    assert "Финансов механизъм на ЕИП и Норвежки финансов механизъм" in eea
    assert {"ЕИП", "НФМ"} <= set(alternatives_of("Финансов механизъм на ЕИП и Норвежки финансов механизъм"))


def test_abbreviation_of_two_programme_periods_expands_to_both():
    alternatives = alternatives_of("ОПРЧР")
    assert "Оперативна програма „Развитие на човешките ресурси“ 2007-2013" in alternatives
    assert "Оперативна програма „Развитие на човешките ресурси“ 2014-2020" in alternatives


def test_general_phrasings_come_before_the_ones_that_contain_them():
    alternatives = alternatives_of("ОПОС")
    general = alternatives.index("Оперативна програма „Околна среда“")
    assert general < alternatives.index("Оперативна програма „Околна среда“ 2007-2013")
    assert general < 3


def test_slash_inside_a_parenthesis_does_not_split_a_label():
    assert not any(a.endswith("(LEADER") or a.endswith("groups)") and "(" not in a
                   for a in alternatives_of("МИГ"))
    assert "Community-led local development" in alternatives_of("МИГ")
