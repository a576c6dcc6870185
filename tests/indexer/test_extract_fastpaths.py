"""The fast paths of the extractors give what the plain per-word/per-regex code gives.

``programme_spellings._TriggerScan`` finds every trigger word's windows in fewer passes than
one ``str.find`` loop per word (``_windows``); the windows must be the same, overlapping
words, repeats and words near the end of the page included.
"""
from __future__ import annotations

import random
from pathlib import Path

from indexer.extract import programme_spellings as ps

ROOT = Path(__file__).resolve().parents[2]


def _pages():
    for folder in (ROOT / "samples", ROOT / "tests" / "gold"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".txt", ".html", ".json", ".jsonl"):
                yield path.read_text(encoding="utf-8", errors="ignore")
    triggers = ps.spelling_index()[1]
    words = sorted({word for word, _ in triggers.values() if word})
    rng = random.Random(7)
    pieces = words + [w[: len(w) // 2] for w in words] + [w.upper() for w in words] + [" ", "\n", "а", "ОПОП"]
    for _ in range(300):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
    yield "ОПОПАК " * 40 + "програмапрограма"
    yield "x" * 200 + "ОПАК ОПРР програма програмата"


def _plain_windows(text: str, lowered: str, triggers) -> dict:
    windows = {}
    for word, exact in set(triggers.values()):
        if word:
            spans = ps._windows(text if exact else lowered, word, len(text))
            if spans:
                windows[(word, exact)] = spans
    return windows


def test_trigger_scan_gives_the_per_word_windows():
    triggers = ps.spelling_index()[1]
    scan = ps._trigger_scan(triggers)
    checked = 0
    for text in _pages():
        lowered = text.lower()
        assert scan.windows(text, lowered) == _plain_windows(text, lowered, triggers)
        checked += 1
    assert checked > 300


def test_municipality_name_trie_matches_like_the_longest_first_alternation():
    import re

    from indexer.extract import municipality as mun

    plain = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in mun._NAMES)
    pairs = [(re.compile(mun._LABEL_FORM.pattern.replace(mun._NAME_PATTERN, plain), re.IGNORECASE), mun._LABEL_FORM),
             (re.compile(mun._BARE_NAME.pattern.replace(mun._NAME_PATTERN, plain)), mun._BARE_NAME)]
    names = mun._NAMES
    texts = list(_pages()) + [" ".join(names), " община ".join(names), "кмета на " + "; гр.".join(names),
                              "ОБЩИНА " + " Община ".join(n.upper() for n in names),
                              "  ".join(n.replace(" ", "\n ") for n in names)]
    found = 0
    for text in texts:
        for old, new in pairs:
            expected = [(m.span(), m.groupdict()) for m in old.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in new.finditer(text)] == expected
            found += len(expected)
    assert found > 1000


def test_money_matches_are_the_money_regex_matches():
    from indexer.extract import budget

    lines = [line for text in _pages() for line in text.splitlines()] + [
        "Обща стойност (ЛВ.): 196 544,20", "Бюджет (ЕВРО) 25 000 и (Лева) 3,5 млн.", "EUR 1.2 million, €300, BGN50",
        "50 000 (петдесет хиляди) лева", "İstanbul: 5 000 лв.", "ᲀ 20 лв. и ЛВ 30", "12.5.2020 г. 1 000 000 EURO",
        "(евро)1 000", "((лева)) 12", "1,2,3 евро 4 5 6 лв", "€" * 3 + "7" * 3,
    ]
    checked = 0
    for line in lines:
        expected = [(m.span(), m.groupdict()) for m in budget._MONEY.finditer(line)]
        assert [(m.span(), m.groupdict()) for m in budget._money_matches(line, line.lower())] == expected, line
        checked += len(expected)
    assert checked > 100


def test_anchored_matches_are_finditer_matches():
    from indexer.extract import dates
    from indexer.extract.anchored import finditer_from

    crafted = ["Проектът СТАРТИРА на 10 февруари.", "рестартира на 3 март", "Даде се старт на 5 Май",
               "STARTED ON 4 June", "ſtarted on 4 June", "İstanbul: started on 4 June", "открᲀ на 3 май",
               "от май до октомври 2014 г.", "ОТ МАЙ ДО ЮНИ", "FROM May until June 2015", "От май до юни",
               "between March and April", "работи от юни до август", "İ от май до юни"]
    texts = [line for text in _pages() for line in text.splitlines()] + crafted
    pairs = [(dates._START_DAY_MONTH, dates._START_WORDS), (dates._MONTH_RANGE, dates._MONTH_RANGE_WORDS)]
    found = 0
    for text in texts:
        for pattern, words in pairs:
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groupdict())
                    for m in finditer_from(pattern, text, text.lower(), words)] == expected, text
            found += len(expected)
    assert found > 10


def test_any_of_is_any_substring():
    from indexer.extract import asides, status
    from indexer.extract.anchored import any_of
    from indexer.extract.status_cues import CUES

    hint_sets = [*(cues.hints for _, cues in CUES), status._ASIDE_HINTS, asides._PAST_HINTS, asides._MUNICIPALITY_HINTS]
    texts = [line.lower() for text in _pages() for line in text.splitlines()]
    texts += [hint for hints in hint_sets for hint in hints] + ["", "not", "last", "общи"]
    for hints in hint_sets:
        pattern = any_of(tuple(hints))
        for text in texts:
            assert (pattern.search(text) is not None) == any(hint in text for hint in hints), (hints, text)


def test_sentence_break_with_the_mark_first_matches_the_lookbehinds_first_pattern():
    import re

    from indexer.extract import countries

    plain = re.compile(r"(?<![\s(.][^\W\d_])(?<![\s(.][^\W\d_]{2})[.!?]\s+(?=[\"„“«(]?[^\W\d_])")
    texts = list(_pages()) + [". А", "а. Б", " а. Б", "(ул. Шипка) Б", "гр. Габрово. Общината", "т.е. Не", "!? Да",
                              "x.\nY", ".. Z", "1. Z", "ab. C", " ab. C", ".ab! C", "ﬁ. A"]
    found = 0
    for text in texts:
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in countries._SENTENCE_BREAK.finditer(text)] == expected, text
        for start in range(0, len(text), 97):  # searches from inside the text see the same text before
            first = plain.search(text, start)
            assert getattr(countries._SENTENCE_BREAK.search(text, start), "span", list)() == getattr(first, "span", list)()
        found += len(expected)
    assert found > 100


def _plain_word_cues():
    """Every memoised word's cues with a second-word test that always passes (the plain path)."""
    import dataclasses
    import re

    from indexer.extract import themes

    anything = re.compile("")
    return {word: dataclasses.replace(cues, second_word=anything) if cues.phrases else cues
            for word, cues in themes._CUES_BY_WORD.items()}


def test_theme_scan_with_the_second_word_pretest_scores_like_the_plain_scan(monkeypatch):
    from collections import defaultdict

    from indexer.extract import themes

    texts = list(_pages()) + ["общинската собственост и общинските финанси; местната икономика, местни данъци",
                              "хора с увреждания, хора, деца в риск, деца; обществено обсъждане обществено",
                              "социален", "детска градина детски градини детска площадка детска"]

    def scan(text):
        scores, hits, best = defaultdict(float), {}, {}
        themes._scan(text, 1.0, themes._line_factors(text, ""), scores, hits, best)
        return dict(scores), hits, best

    fast = [scan(text) for text in texts]
    monkeypatch.setattr(themes, "_CUES_BY_WORD", _plain_word_cues())
    assert [scan(text) for text in texts] == fast
    assert sum(len(hits) for _, hits, _ in fast) > 500


def test_theme_floor_counts_words_only_when_it_can_change_the_choice():
    from collections import defaultdict

    from indexer.extract import themes

    for text in list(_pages()) + ["слово " * n for n in (0, 150, 600, 2000, 5000)]:
        words = len(themes._WORD.findall(text.lower()))
        floor = min(themes.MAX_MIN_SCORE,
                    themes.MIN_SCORE + max(0, words - themes.SHORT_TEXT_WORDS) * themes.MIN_SCORE_PER_WORD)
        scores = defaultdict(float)
        themes._scan(text, 1.0, themes._line_factors(text, ""), scores, {}, {})
        for extra in ({}, {"x": 2.99}, {"x": 3.0}, {"x": 4.5}, {"x": 6.0}, {"x": 7.0}):
            both = {**scores, **extra}
            fast = themes._min_score(text, both)
            assert [s >= fast for s in both.values()] == [s >= floor for s in both.values()]


_FOLDING_TEXTS = ["İNTERREG Румъния България", "ᲀече по Програмата за развитие на селските райони", "ОПЕРАТИВНА ПРОГРАМА „ДОБРО УПРАВЛЕНИЕ“",
                  "Interreg V-A Romania-Bulgaria; ınterreg; ſtrategic plan", "със СОБСТВЕНИ средства; Собствен принос на общината",
                  "ПРОГРАМА ЗА РАЗВИТИЕ НА СЕЛСКИТЕ РАЙОНИ 2014-2020", "програмата „Околна среда“ ОП ОС оп „околна среда“",
                  "Σ programme environment 2021", "„Добро управление“ 2014 - 2020 „", ",,Региони в растеж\""]


def test_every_match_of_an_entry_begins_with_one_of_its_leading_literals():
    from indexer.extract.anchored import aligned

    triggers = ps.spelling_index()[1]
    anchored = {entry: ps._entry_anchors(entry) for entry in triggers}
    assert sum(anchors is not None for anchors in anchored.values()) > 150
    found = 0
    for text in list(_pages()) + _FOLDING_TEXTS:
        lowered = text.lower()
        for entry, anchors in anchored.items():
            if anchors is None or (anchors[1] and not aligned(text, lowered, anchors[0])):
                continue
            word, exact = triggers[entry]
            if word not in (text if exact else lowered):
                continue  # every match holds its trigger word (find_spellings looks only around it)
            haystack = lowered if anchors[1] else text
            for match in ps._entry_pattern(entry).finditer(text):
                assert haystack.startswith(anchors[0], match.start()), (entry, match)
                found += 1
    assert found > 100


def test_spellings_tried_at_their_leading_literals_are_those_of_the_plain_windows(monkeypatch):
    triggers = ps.spelling_index()[1]
    texts = list(_pages()) + _FOLDING_TEXTS
    fast = [ps.find_spellings(text, text.lower(), triggers) for text in texts]
    monkeypatch.setattr(ps._Anchors, "starts", lambda self, entry: None)
    assert [ps.find_spellings(text, text.lower(), triggers) for text in texts] == fast
    assert sum(map(len, fast)) > 200


def _date_line_as_first_written(line: str) -> bool:
    """``page_lines.is_date_line`` before its long-line rejection (the digit test first)."""
    from indexer import page_lines as pl

    text = line.strip()
    if not any(c.isdigit() for c in text):
        return False
    if "," in text[:32] or "—" in text[:32] or "–" in text[:32] or " - " in text[:32]:
        place = pl._PLACE_PREFIX.match(text)
        if place and any(c.isdigit() for c in text[place.end():place.end() + 3]):
            text = text[place.end():]
    if ("|" in text or "·" in text or "•" in text or " / " in text) and pl.dateline_date_piece(text) is not None:
        return True
    if len(text) > pl._LONGEST_DATE_LINE:
        return False
    return bool(pl._DATE_LINE.fullmatch(text)) or (text[:1] in "ПпPp" and bool(pl._PUBLISHED_IN_SECTION.fullmatch(text)))


def test_date_lines_rejected_by_length_first_are_those_of_the_plain_test():
    from indexer.page_lines import is_date_line

    long_place = "Дълго Име На Място С Много Думи, " * 3
    lines = [line for text in _pages() for line in text.splitlines()] + [
        "Белица, 20 Окт, 2020 | Новини", long_place + "20 Окт, 2020", "x" * 130, "5" * 130 + " | a",
        "Публикувано на 12.04.2019 г. в " + "Общество " * 15, "Сатовча, 14 Мар, 2021 | " + "Новини " * 20,
        "Tryavna, 03 June 2018" + " " * 120, "²" * 121, "a,b " + "1" * 120,
        "Дълга рубрика с име · " + "Дълго Име На Място С Много Думи " * 3 + "· 20 Окт, 2020"]
    dates = 0
    for line in lines:
        expected = _date_line_as_first_written(line)
        assert is_date_line(line) == expected, line
        dates += expected
    assert dates > 20 and sum(len(line.strip()) > 120 for line in lines) > 100


def test_first_own_programme_mentions_are_those_of_every_verdict():
    import random

    from indexer.extract import programmes

    rng = random.Random(11)
    texts = list(_pages()) + ["Проектът е по ОПАК. Общината вече изпълни проект по ОПРР. Нов проект по ОПАК и ОПРР.",
                              "Това не е първият парк, който общината обновява.\nПо ОПРР.\nПо ОПРР отново."]
    checked = 0
    for text in texts:
        if not text:
            continue
        for municipality, year in ((None, None), ("Община Габрово", 2016)):
            positions = sorted(rng.sample(range(len(text)), min(len(text), 12)))
            hits = sorted((position, rng.choice(("opac", "oprd", "municipal-budget"))) for position in positions)
            verdicts = [programmes._about_other_projects(text, position, municipality, year) for position, _ in hits]
            plain = {}
            for (position, programme_id), other in zip(hits, verdicts):
                if not other:
                    plain.setdefault(programme_id, position)
            assert programmes._first_own_mentions(text, hits, municipality, year) == \
                [(position, programme_id) for programme_id, position in plain.items()]
            checked += any(verdicts)
    assert checked > 10


def _anchored_patterns():
    """The patterns the extractors run through ``anchored.finditer_anchored``."""
    from indexer.extract import budget, municipality, programmes

    return [municipality._LABEL_FORM, programmes._ASIDE] + [pattern for _, pattern in budget._CUES]


def test_anchored_finditer_gives_finditer_matches():
    from indexer.extract.anchored import finditer_anchored, leading_literals

    texts = [line for text in _pages() for line in text.splitlines()] + list(_pages()) + _FOLDING_TEXTS + [
        "ОБЩИНА ГАБРОВО, кметът на община Русе и Столична община; СТОЛИЧНА ОБЩИНСКА АДМИНИСТРАЦИЯ",
        "İ община Габрово", "ᲂбщина Габрово", "общинаобщина Габрово", "-община Габрово", "КМЕТ НА Троян",
        "ОБЩАТА СТОЙНОСТ НА ПРОЕКТА Е", "Total Budget: ", "Project ᲀalue", "от които съфинансиране ", "ᲃъс стойност",
        "безвъзмездна финансова помощ в размер на", "ı total cost", "годишен бюджет на общината за 2020 г.",
        "Това НЕ Е ПЪРВИЯТ парк", "не за първи път; предишният проект", "NOT THE FIRST; Another  Project",
        "нене е първият", "ᲁе е първият", "previous projects"]
    found = 0
    for pattern in _anchored_patterns():
        assert leading_literals(pattern) is not None
        for text in texts:
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in finditer_anchored(pattern, text)] == expected, text
            found += len(expected)
    assert found > 50


def test_aligned_finds_the_characters_a_class_regex_finds():
    import re
    from re import _casefix

    from indexer.extract.anchored import _folded_apart, aligned

    extra = sorted({chr(c) for cases in _casefix._EXTRA_CASES.values() for c in cases} | {"Σ", "İ"})
    literal_sets = [("община", "кмет"), ("total", "kids", "sum"), ("σκοπός",), ("бюджет",), ("ok",)]
    for literals in literal_sets:
        chars = _folded_apart(literals)
        klass = re.compile("[" + re.escape(chars) + "]") if chars else None
        for text in ["", "plain текст"] + [f"a{char}b" for char in extra] + [line for line in list(_pages())[:40]]:
            lowered = text.lower()
            expected = len(lowered) == len(text) and (klass is None or klass.search(text) is None)
            assert aligned(text, lowered, literals) == expected, (literals, text)


def _plain_find_spellings(text: str, lowered: str, triggers) -> list:
    """``find_spellings`` as first written: every entry in order, its regex over each window of its word."""
    found = []
    for entry, (word, exact) in triggers.items():
        pattern = ps._entry_pattern(entry)
        spans = ps._windows(text if exact else lowered, word, len(text)) if word else [(0, len(text))]
        for start, end in spans:
            found.extend((m.start(), m.end(), entry) for m in pattern.finditer(text, start, end))
    found.sort(key=lambda hit: (hit[0], hit[0] - hit[1]))
    kept = []
    for hit in found:
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept


def test_find_spellings_is_the_plain_per_entry_scan():
    triggers = ps.spelling_index()[1]
    found = 0
    for text in list(_pages()) + _FOLDING_TEXTS:
        lowered = text.lower()
        expected = _plain_find_spellings(text, lowered, triggers)
        assert ps.find_spellings(text, lowered, triggers) == expected, text[:200]
        found += len(expected)
    assert found > 200


def test_theme_word_count_is_the_number_of_words_re_finds():
    from indexer.extract import themes

    every = [chr(code) for code in range(0x10000)]
    texts = [line.lower() for text in _pages() for line in text.splitlines()] + [text.lower() for text in _pages()] + [
        "", " ", "a", "_a_b_", "2012-2013 г.", "𝐀𝐁 ab", "a\ud800b", "\ud800", " ".join(every), "".join(every),
        "x".join(every), "".join(every[::-1])]
    for text in texts:
        assert themes._word_count(text) == len(themes._WORD.findall(text)), text[:80]


def test_municipality_fast_scans_match_the_plain_patterns():
    import re

    from indexer.extract import municipality as mun

    plain_caps = re.compile(r"(?<![\w-])[А-Я]{3,}(?![\w-])")
    texts = list(_pages()) + [line for text in _pages() for line in text.splitlines()] + [
        "СПЕШНА ПОМОЩ В СЕЛАТА НА НЕВЕСТИНО", "АБВ", "-АБВ", "xАБВГ", "АБВ-Г", "АБ", "ПРОЕКТ„ДОБРО“", "1АБВ",
        "Veliko Turnovo and Stara Zagora; St. Petersburg-Moscow; iPhone X-Ray", "A", "ABc", "Ab-Cd Ef", "-Sofia"]
    for text in texts:
        assert [m.span() for m in mun._CAPS_WORD.finditer(text)] == [m.span() for m in plain_caps.finditer(text)]
        assert mun._CAPS_WORD.sub(lambda m: m.group(0).capitalize(), text) == \
            plain_caps.sub(lambda m: m.group(0).capitalize(), text)
        assert [(m.span(), m.group(1)) for m in mun._capitalised_words(text)] == \
            [(m.span(), m.group(1)) for m in mun._CAPITALISED.finditer(text)]
        if mun._INNOVATOR.search(text):
            assert "Иноватор" in text or "Innovator" in text


def test_char_run_starts_are_the_word_regexes_match_starts():
    import re

    from indexer.extract import countries
    from indexer.extract.char_runs import char_table, run_starts

    every = [chr(code) for code in range(0x10000)]
    texts = list(_pages()) + ["", " ", "a", "_a_b_", "2012-2013 г.", "x²y", "a\ud800b", " ".join(every), "".join(every),
                              "x".join(every), "".join(every[::-1])]
    for pattern, predicate in ((r"[^\W_]+", str.isalnum), (r"[^\W\d_]+", countries._is_letter)):
        regex = re.compile(pattern)
        for text in texts:
            assert run_starts(text, char_table(predicate)).tolist() == [m.start() for m in regex.finditer(text)]
        assert run_starts("𝐀𝐁 ab", char_table(predicate)) is None
    words = countries._Words("Партньори: Гент (Белгия), 𝐀 Cluj-Napoca", countries._WORD.findall("Партньори: Гент (Белгия), 𝐀 Cluj-Napoca"))
    assert [(words.start(k), words.end(k)) for k in range(len(words))] == \
        [m.span() for m in countries._WORD.finditer("Партньори: Гент (Белгия), 𝐀 Cluj-Napoca")]


def test_every_match_of_an_entry_holds_its_required_literals():
    """``find_spellings`` skips an entry on a page that lacks one of ``_required(entry)``."""
    from indexer.extract.anchored import aligned

    triggers = ps.spelling_index()[1]
    assert sum(bool(ps._required(entry)) for entry in triggers) > 150
    found = 0
    for text in list(_pages()) + _FOLDING_TEXTS:
        lowered = text.lower()
        for entry in triggers:
            required = ps._required(entry)
            literals = tuple(literal for requirement in required for literal, ignorecase in requirement if ignorecase)
            if not aligned(text, lowered, literals):
                continue
            for match in ps._entry_pattern(entry).finditer(text):
                held = lowered[match.start():match.end()], text[match.start():match.end()]
                for requirement in required:
                    assert any(literal in held[0 if ignorecase else 1] for literal, ignorecase in requirement), \
                        (entry, match, requirement)
                found += 1
    assert found > 100


def test_project_code_pattern_that_begins_with_a_letter_matches_like_the_lookbehind_first_one():
    import re

    from indexer.extract import programmes

    plain = re.compile(r"(?<![A-Za-z0-9])(?:BG|ROBG|BSB|DTP)[-A-Z0-9]{2,}")
    texts = list(_pages()) + ["BG16RFOP001-1.001", "xBG05", "ROBG-123 и DTP1-1", "BSB-12, 9BG12", "-BG12 aBSB12 (ROBG12)",
                              "BG", "BGG", "DTP", "RBG12", "BBG12 DDTP12 RROBG12"]
    for text in texts:
        assert [m.span() for m in programmes._CODE.finditer(text)] == [m.span() for m in plain.finditer(text)]
