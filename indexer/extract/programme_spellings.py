"""How funding programmes are written, and where a page writes them: the ``programmes.tsv`` spellings.

Each row of ``config/programmes.tsv`` lists its spellings in the ``match`` column (entries
joined by `` ;; ``): ``abbr:ОПАК`` (an abbreviation: case-sensitive, a whole word, spaced or
quoted parts allowed), ``name:административен капацитет`` (a proper name: only after a
programme word or as the whole content of a quotation) and ``re:…`` (a case-insensitive
regular expression that stands alone). ``find_spellings`` finds them in a page;
``programmes.py`` decides what they mean.

>>> [entry for _, _, entry in find_spellings("по ОП „Добро управление“", "по оп „добро управление“",
...                                          spelling_index()[1])]
['name:добро управление']
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from re import _constants, _parser

from config.settings import data_path
from indexer.extract.anchored import aligned, any_of, leading_literals, positions_of

_QUOTES = "\"„“”«»'’‘`"
_AFTER_OPEN_QUOTE = r"(?:(?<=[\"„“«'])|(?<=,,))"
# (not the "подпрограма" of another programme: "Програма LIFE, подпрограма „Околна среда“")
_PROGRAMME_WORD = (r"(?:оперативна(?:та)?\s+програма|(?<!под)програма(?:та)?|(?<!\w)оп|operational\s+programme|"
                   r"(?<!sub)(?<!sub-)programme|(?<!\w)op)")
_WINDOW = 120  # characters around a trigger word that a programme's spelling can span


@dataclass(frozen=True)
class Programme:
    id: str
    period: str
    label_bg: str
    label_en: str
    abbreviations: tuple[str, ...]
    code_prefixes: tuple[str, ...]
    match: tuple[str, ...]
    same_as: str | None

    @property
    def period_start(self) -> int:
        head = self.period.split("-")[0]
        return int(head) if head.isdigit() else 0


def load_programmes() -> list[Programme]:
    """Every row of ``config/programmes.tsv`` (the ``programme`` facet's values and labels).

    >>> next(p for p in load_programmes() if p.id == "opac").label_en
    'Operational Programme Administrative Capacity'
    """
    return list(_programme_rows())  # a fresh list: callers may sort or filter it


@lru_cache(maxsize=1)
def _programme_rows() -> tuple[Programme, ...]:
    def split(cell: str | None, sep: str) -> tuple[str, ...]:
        return tuple(part.strip() for part in (cell or "").split(sep) if part.strip())

    with data_path("programmes.tsv").open(encoding="utf-8", newline="") as handle:
        return tuple(Programme(row["id"], row["period"], row["label_bg"], row["label_en"],
                               split(row["abbreviations"], ","), split(row["code_prefixes"], ","),
                               split(row.get("match"), ";;"), (row.get("same_as") or "").strip() or None)
                     for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _entry_regex(entry: str) -> str:
    kind, _, body = entry.partition(":")
    if kind == "abbr":
        words = [re.escape(w) for w in body.split()]
        return r"(?<!\w)" + rf"[\s{re.escape(_QUOTES)}]*".join(words) + r"(?![\w-])"
    if kind == "name":
        name = r"\s+".join(re.escape(w) for w in body.split())
        closing = rf"(?=(?:\s*(?:19|20)\d{{2}}\s*-\s*(?:19|20)\d{{2}})?\s*[{re.escape(_QUOTES)}])"
        return (rf"(?i:(?:{_PROGRAMME_WORD}[\s{re.escape(_QUOTES)},]*{name})"
                rf"|(?:{_AFTER_OPEN_QUOTE}{name}{closing}))")
    return f"(?i:{body})"


def _trigger(entry: str) -> tuple[str, bool]:
    """A literal every match of ``entry`` contains, and whether to look for it case-sensitively.

    Scanning a page with one alternation of all ~150 entries costs ~20 ms, so an entry's regex runs only
    around its trigger (see ``find_spellings``).

    >>> _trigger(r"re:план(?:а|ът)?\\s+за\\s+възстановяване"), _trigger("abbr:ОП РЧР")
    (('възстановяване', False), ('ОП', True))
    """
    kind, _, body = entry.partition(":")
    if kind == "abbr":
        return body.split()[0], True
    if kind == "name":
        return max(body.lower().split(), key=len), False
    stripped = re.sub(r"\\[a-zA-Z]|\[[^\]]*\]|\{[^}]*\}", " ", body)
    while True:  # drop lookarounds, optional groups and alternatives (innermost first)
        reduced = re.sub(r"\(\?<?[=!][^()]*\)|\([^()]*\|[^()]*\)|\([^()]*\)[?*]", " ", stripped)
        if reduced == stripped:
            break
        stripped = reduced
    words = re.findall(r"[^\W\d_]{3,}", stripped)
    return (max(words, key=len).lower() if words else ""), False


@lru_cache(maxsize=1)
def spelling_index() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, bool]], dict[str, str], dict[str, int]]:
    """Candidate ids of each entry, each entry's trigger, code prefixes, period start years."""
    programmes = _programme_rows()
    candidates: dict[str, list[str]] = {}
    for p in programmes:
        for entry in p.match:
            reported = p.same_as or p.id
            if reported not in candidates.setdefault(entry, []):
                candidates[entry].append(reported)
    prefixes = {prefix.upper(): (p.same_as or p.id) for p in programmes for prefix in p.code_prefixes}
    starts = {p.id: p.period_start for p in programmes}
    return ({e: tuple(ids) for e, ids in candidates.items()}, {e: _trigger(e) for e in candidates},
            prefixes, starts)


@lru_cache(maxsize=None)
def _entry_pattern(entry: str) -> re.Pattern:
    return re.compile(_entry_regex(entry))


def _windows(haystack: str, word: str, length: int) -> list[tuple[int, int]]:
    """The (start, end) spans find_spellings searches around each occurrence of ``word``.

    Overlapping windows are merged: a match that begins in one and ends in the next ("the
    Norwegian municipality … the Norwegian Financial Mechanism") lies whole in one span.
    """
    spans = []
    position = haystack.find(word)
    covered = -1
    while position >= 0:
        start, end = max(0, position - _WINDOW), min(length, position + len(word) + _WINDOW)
        if spans and start < covered:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        covered = end
        position = haystack.find(word, max(position + 1, end - _WINDOW))
    return spans


def _spans_at(positions: list[int], word: str, length: int) -> list[tuple[int, int]]:
    """What ``_windows`` gives, from every (ascending, overlapping included) position of ``word``."""
    spans = []
    covered = -1
    search_from = 0
    for position in positions:
        if position < search_from:
            continue
        start, end = max(0, position - _WINDOW), min(length, position + len(word) + _WINDOW)
        if spans and start < covered:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        covered = end
        search_from = max(position + 1, end - _WINDOW)
    return spans


class _TriggerScan:
    """The ``_windows`` of every trigger word a page holds, with fewer passes over the page.

    One ``str.find`` pass per distinct trigger word (161 of them) was most of the cost of
    ``find_spellings``. The case-sensitive words (abbreviations in capitals) and the Latin
    ones are found by one regex pass each: an alternation (a trie) of the words finds each
    position where some word begins, searching again from the next character so that
    overlapping words are all found, and the words beginning with that character are
    compared there. Capitals and, on Bulgarian pages, Latin letters are rare, so the regex
    engine skips most of the page; lower-case Cyrillic words begin at so many places that
    ``str.find`` per word stays faster for them.
    """

    def __init__(self, triggers: dict[str, tuple[str, bool]]):
        self.triggers = triggers
        self.scans = []
        cyrillic = sorted({word for word, exact in triggers.values() if word and not exact and word[0] >= "\u0400"})
        self.find_words = [(word, (word, False)) for word in cyrillic]
        for exact in (True, False):
            words = sorted({word for word, is_exact in triggers.values()
                            if word and is_exact == exact and (exact or word[0] < "\u0400")})
            if not words:
                continue
            by_first: dict[str, list[str]] = {}
            for word in words:
                by_first.setdefault(word[0], []).append(word)
            self.scans.append((exact, any_of(tuple(words)), by_first))
        # entries by trigger word, with their place in ``triggers`` (the order of equal matches)
        self.entries: dict[tuple[str, bool], list[tuple[int, str]]] = {}
        for order, (entry, trigger) in enumerate(triggers.items()):
            if trigger[0]:
                self.entries.setdefault(trigger, []).append((order, entry))
        self.untriggered = [(order, entry) for order, (entry, trigger) in enumerate(triggers.items())
                            if not trigger[0]]
        # built here because this object is kept per triggers dict: the case-insensitive
        # leading literals of the entries (see ``_Anchors``)
        self.folded_literals = tuple(sorted({literal for entry in triggers if (anchors := _entry_anchors(entry))
                                             and anchors[1] for literal in anchors[0]}))
        # and those of the entries' requirements (see ``_required``)
        self.required_folded = tuple(sorted({literal for entry in triggers for requirement in _required(entry)
                                             for literal, ignorecase in requirement if ignorecase}))

    def windows(self, text: str, lowered: str) -> dict[tuple[str, bool], list[tuple[int, int]]]:
        """(word, exact) -> its ``_windows`` spans, for the trigger words the page holds."""
        length = len(text)
        windows = {}
        for exact, pattern, by_first in self.scans:
            haystack = text if exact else lowered
            positions: dict[str, list[int]] = {}
            search = pattern.search
            match = search(haystack)
            while match is not None:
                position = match.start()
                for word in by_first[haystack[position]]:
                    if haystack.startswith(word, position):
                        positions.setdefault(word, []).append(position)
                match = search(haystack, position + 1)
            for word, found in positions.items():
                windows[(word, exact)] = _spans_at(found, word, length)
        for word, key in self.find_words:
            if word in lowered:
                windows[key] = _windows(lowered, word, length)
        return windows


_SCANS: dict[int, _TriggerScan] = {}


def _trigger_scan(triggers: dict[str, tuple[str, bool]]) -> _TriggerScan:
    scan = _SCANS.get(id(triggers))
    if scan is None or scan.triggers is not triggers:
        if len(_SCANS) > 8:
            _SCANS.clear()
        scan = _SCANS[id(triggers)] = _TriggerScan(triggers)
    return scan


# Literals shorter than this begin at too many places of a page: re's own scan is faster.
_MIN_ANCHOR = 2


@lru_cache(maxsize=None)
def _entry_anchors(entry: str) -> tuple[tuple[str, ...], bool] | None:
    """The literals every match of ``entry`` begins with (``anchored.leading_literals``), or None."""
    anchors = leading_literals(_entry_pattern(entry))
    if anchors is None or min(len(literal) for literal in anchors[0]) < _MIN_ANCHOR:
        return None
    return anchors


_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)


def _required_in(items, ignorecase: bool, found: list) -> None:
    """Add to ``found`` what every match of parsed regex ``items`` holds: a run of literal
    characters as ``((literal, ignorecase),)``, or for a branch the literals one of which each
    match holds (one requirement of each alternative, see ``_required``)."""
    run: list[str] = []

    def flush() -> None:
        if run:  # even one character: "%" or "№" is missing from many pages
            literal = "".join(run)
            found.append(((literal.lower() if ignorecase else literal, ignorecase),))
        run.clear()

    for op, av in items:
        if op is _constants.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _constants.SUBPATTERN:
            _required_in(av[3], (ignorecase or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE, found)
        elif op is _constants.ATOMIC_GROUP:
            _required_in(av, ignorecase, found)
        elif op in _REPEATS and av[0] >= 1:
            _required_in(av[2], ignorecase, found)
        elif op is _constants.BRANCH:
            alternatives: list = []
            for alternative in av[1]:
                inner: list = []
                _required_in(alternative, ignorecase, inner)
                if not inner:
                    break
                # its first requirement of words, not of letters or endings ("друг" in "друг… проект",
                # not "и" or "ето"): a regex's first word is mostly its rarest
                alternatives.extend(next((one for one in inner if min(len(literal) for literal, _ in one) >= 4),
                                         max(inner, key=lambda one: min(len(literal) for literal, _ in one))))
            else:
                found.append(tuple(dict.fromkeys(alternatives)))
        # anything else (a class, a lookaround, an optional part) holds no literal every match has
    flush()


@lru_cache(maxsize=None)
def _required(entry: str) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """What every match of ``entry`` holds: for each requirement, (literal, ignorecase)
    alternatives one of which the page must hold (lower case where ignorecase).

    A page that lacks one cannot match the entry anywhere: ``find_spellings`` skips it there
    before looking for the places its matches could begin (most triggered entries of a page
    need a second word it does not hold: ``за сметка на общината`` on a page that says ``общината``).

    >>> _required(r"re:\\bза\\s+сметка\\s+на\\s+(?:общината|кмета)")
    ((('за', True),), (('сметка', True),), (('на', True),), (('общината', True), ('кмета', True)))
    """
    found: list = []
    pattern = _entry_pattern(entry)
    _required_in(_parser.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE), found)
    return tuple(found)


def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case literals one of which every match of case-insensitive ``pattern`` holds (its
    requirement of the longest shortest literal), or None. A text whose ``str.lower`` holds none
    of them has no match, if ``anchored.aligned`` holds for them.

    >>> required_words(re.compile(r"(?<!\\w)(?:вече\\s+е|в\\s+миналото|друг\\w*\\s+проект)", re.I))
    ('вече', 'миналото', 'друг')
    """
    found: list = []
    _required_in(_parser.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE), found)
    found = [one for one in found if all(ignorecase for _, ignorecase in one)]
    if not found:
        return None
    best = max(found, key=lambda one: min(len(literal) for literal, _ in one))
    return tuple(literal for literal, _ in best)


class _Anchors:
    """Where the matches of a page's entries can begin: the places of their leading literals.

    A window is ~250 characters and re tries a case-insensitive regex that begins with ``\\b``
    or a lookbehind at each of them; most windows hold none of its leading words, so
    ``pattern.match`` at the places that do gives the same matches for much less (see
    ``anchored.finditer_at``). A literal's places are found once per page: entries share them
    (``програма``, ``interreg``) and windows overlap.
    """

    def __init__(self, text: str, lowered: str, folded_literals: tuple[str, ...]):
        self.text, self.lowered = text, lowered
        # lowered must find what re's case folding finds (no "İ", no "ı"/"ᲀ"/"Σ" for the literals)
        self.folding_aligned = aligned(text, lowered, folded_literals)
        self.places: dict[tuple[str, bool], list[int]] = {}
        # entries share their leading literals (11 begin with "програма" alone, 6 with the
        # same seven Interreg words): the places of each set, once per page
        self.starts_of: dict[tuple[tuple[str, ...], bool], list[int]] = {}

    def starts(self, entry: str) -> list[int] | None:
        """The ascending places where a match of ``entry`` can begin, or None when not known."""
        anchors = _entry_anchors(entry)
        if anchors is None or (anchors[1] and not self.folding_aligned):
            return None
        known = self.starts_of.get(anchors)
        if known is not None:
            return known
        literals, ignorecase = anchors
        haystack = self.lowered if ignorecase else self.text
        found = []
        for literal in literals:
            places = self.places.get((literal, ignorecase))
            if places is None:
                places = self.places[(literal, ignorecase)] = positions_of(literal, haystack)
            found.append(places)
        known = self.starts_of[anchors] = found[0] if len(found) == 1 else sorted(set().union(*found))
        return known


def _matches_in_spans(pattern: re.Pattern, text: str, spans: list[tuple[int, int]],
                      starts: list[int]) -> list[re.Match]:
    """``anchored.finditer_at(pattern, text, start, end, starts)`` over each of ``spans`` in turn, in one
    walk over ``starts``: the spans are ascending and disjoint (``_windows``), and a match
    ends inside its span, so each place belongs to at most one span and a match never
    reaches past the next span's start.

    >>> pattern = re.compile("ab")
    >>> [m.start() for m in _matches_in_spans(pattern, "ab ab ab ab", [(0, 4), (6, 11)], [0, 3, 6, 9])]
    [0, 6, 9]
    """
    found = []
    count = len(spans)
    span = 0
    start, end = spans[0]
    resume = start
    match_at = pattern.match
    for index in range(bisect_left(starts, start), len(starts)):
        place = starts[index]
        if place >= end:
            span += 1
            while span < count and place >= spans[span][1]:
                span += 1
            if span == count:
                break
            start, end = spans[span]
            resume = start
        if place < resume:  # before the span, or inside the last match
            continue
        match = match_at(text, place, end)
        if match is not None:
            resume = match.end()
            found.append(match)
    return found


def _holds_required(entry: str, text: str, lowered: str, held: dict[tuple[str, bool], bool]) -> bool:
    """Whether the page holds each of ``_required(entry)`` (``held`` caches each literal's answer)."""
    for requirement in _required(entry):
        for key in requirement:
            found = held.get(key)
            if found is None:
                found = held[key] = key[0] in (lowered if key[1] else text)
            if found:
                break
        else:
            return False
    return True


def find_spellings(text: str, lowered: str, triggers: dict[str, tuple[str, bool]]) -> list[tuple[int, int, str]]:
    """(start, end, entry) of every entry match, the longest one where matches overlap.

    Each entry's regex runs only in a window around each occurrence of its trigger word: a
    page names a handful of programmes, so this is ~10x faster than scanning whole pages.
    Inside a window it is tried only where one of its leading literals is (``_Anchors``).
    """
    found = []  # (start, end, the entry's place in triggers, entry)
    # The windows depend only on the trigger word, and entries share words (8 rows trigger
    # on "програма"): all words' windows are found at once, in one pass (see _TriggerScan).
    scan = _trigger_scan(triggers)
    windows = scan.windows(text, lowered)
    anchors = _Anchors(text, lowered, scan.folded_literals)
    # ``lowered`` holds every case-insensitive literal the text holds (else no entry is skipped)
    can_skip = aligned(text, lowered, scan.required_folded)
    held: dict[tuple[str, bool], bool] = {}  # (literal, ignorecase) -> whether the page holds it
    for order, entry in scan.untriggered:  # no literal every match must hold: the whole page
        found.extend((m.start(), m.end(), order, entry) for m in _entry_pattern(entry).finditer(text))
    # Only the entries whose trigger word the page holds (a page holds ~8 of 161).
    for trigger, spans in windows.items():
        for order, entry in scan.entries.get(trigger, ()):
            if can_skip and not _holds_required(entry, text, lowered, held):
                continue  # it cannot match anywhere on the page
            pattern = _entry_pattern(entry)
            starts = anchors.starts(entry)
            if starts is None:
                for start, end in spans:
                    for match in pattern.finditer(text, start, end):
                        found.append((match.start(), match.end(), order, entry))
            else:
                for match in _matches_in_spans(pattern, text, spans, starts):
                    found.append((match.start(), match.end(), order, entry))
    # Longest first among matches that begin together; the order of triggers among equals.
    found.sort(key=lambda hit: (hit[0], hit[0] - hit[1], hit[2]))
    kept: list[tuple[int, int, str]] = []
    for start, end, _, entry in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, entry))
    return kept
