"""Abbreviation and phrase equivalence groups, expanded at query time.

Two sources, read at load time:

* ``config/synonyms.tsv`` — one group per line, phrasings separated by TABs
  (``ЕС``, ``Европейски съюз``, ``European Union`` ...);
* ``config/programmes.tsv`` — each abbreviation of a programme row gives a group with
  the row's Bulgarian and English labels and their usual short forms (label without the
  period years, ``ОП „…“`` for ``Оперативна програма „…“``). The file is read, never
  copied, so a programme added there is expanded here.

A phrasing's alternatives are the other phrasings of every group it belongs to, without
transitive closure: ``ОПРЧР`` (in two rows, 2007-2013 and 2014-2020) expands to both
programmes, while ``ЕИП`` and ``НФМ``, which share a row, each expand to the programme
but not to one another.

Matching is on words, not characters: quotes, dashes and spacing between the words of a
phrase do not matter (``ОП "Добро управление"`` = ``ОП „Добро управление“``). Short
capitalised abbreviations (up to three letters: ``ЕС``, ``ОП``, ``ПО``, ``ФАР``) match only
in capitals, because in lowercase they are ordinary words (``по``, ``фар``); everything
else ignores case.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from analyzers.normalize import normalize_text
from config.settings import data_path

_WORD = re.compile(r"\w+")
_YEARS_SUFFIX = re.compile(r"\s+\d{4}\s*[-–]\s*\d{4}$")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
_OP_PREFIX = "Оперативна програма "


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(normalize_text(phrase).lower()))


def _is_case_sensitive(phrase: str) -> bool:
    letters = [ch for ch in phrase if ch.isalpha()]
    return len(letters) <= 3 and any(ch.isupper() for ch in letters) and " " not in phrase


def _label_variants(label: str) -> list[str]:
    """A programme label and the shorter ways people write it.

    >>> _label_variants("Оперативна програма „Околна среда“ 2007-2013")[-1]
    'ОП „Околна среда“'
    """
    variants = [label.strip()]
    # Parenthetical remarks go before splitting "A / B", which may sit inside them.
    for part in _PARENTHESIS.sub("", label).split(" / "):
        part = part.strip()
        variants += [part, _YEARS_SUFFIX.sub("", part)]
    for variant in list(variants):
        if variant.startswith(_OP_PREFIX):
            variants.append("ОП " + variant[len(_OP_PREFIX):])
    return [v for v in dict.fromkeys(variants) if v]


_EXCLUDE_DIRECTIVE = "@exclude-programme"


def _synonym_file_lines() -> list[list[str]]:
    lines = []
    for line in data_path("synonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lines.append([p.strip() for p in line.split("\t") if p.strip()])
    return lines


def _synonym_file_groups() -> list[list[str]]:
    return [cells for cells in _synonym_file_lines() if cells[0] != _EXCLUDE_DIRECTIVE]


def _excluded_programmes() -> set[str]:
    """Programme rows whose abbreviations are examples, not names (foreign donors)."""
    return {pid for cells in _synonym_file_lines() if cells[0] == _EXCLUDE_DIRECTIVE
            for pid in cells[1:]}


def _programme_groups() -> list[list[str]]:
    groups = []
    excluded = _excluded_programmes()
    with data_path("programmes.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["id"] in excluded:
                continue
            abbreviations = [a.strip() for a in (row.get("abbreviations") or "").split(",")]
            abbreviations = [a for a in abbreviations if a]
            if not abbreviations:
                continue
            labels = _label_variants(row["label_bg"]) + _label_variants(row["label_en"])
            # One group per abbreviation: a row naming two things (ЕИП, НФМ) makes each
            # equivalent to the programme, not to each other.
            groups.extend([abbreviation, *labels] for abbreviation in abbreviations)
    return groups


def _deduplicated(group: list[str]) -> list[str]:
    """The group's phrasings, first spelling of each word sequence kept, in order."""
    seen: dict[tuple[str, ...], str] = {}
    for phrase in group:
        seen.setdefault(_words(phrase), phrase)
    return [p for key, p in seen.items() if key]


@lru_cache(maxsize=1)
def synonym_groups() -> tuple[tuple[str, ...], ...]:
    """Every equivalence group, each a tuple of phrasings (groups may overlap).

    >>> any("ОПАК" in g and "Оперативна програма „Административен капацитет“" in g
    ...     for g in synonym_groups())
    True
    """
    groups = (_deduplicated(g) for g in _synonym_file_groups() + _programme_groups())
    return tuple(tuple(g) for g in groups if len(g) > 1)


def _phrase_pattern(phrase: str) -> str:
    words = _WORD.findall(normalize_text(phrase))
    return r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)"


@lru_cache(maxsize=1)
def _matchers() -> tuple[re.Pattern[str], re.Pattern[str], dict, dict]:
    exact: dict[str, list[int]] = {}
    folded: dict[tuple[str, ...], list[int]] = {}
    for index, group in enumerate(synonym_groups()):
        for phrase in group:
            if _is_case_sensitive(phrase):
                exact.setdefault(normalize_text(phrase).rstrip("."), []).append(index)
            else:
                folded.setdefault(_words(phrase), []).append(index)
    # Longest phrasings first, so "ОП „Добро управление“" wins over "ОП".
    exact_re = re.compile("|".join(_phrase_pattern(p) for p in sorted(exact, key=len, reverse=True)))
    folded_re = re.compile("|".join(_phrase_pattern(" ".join(w)) for w in
                                    sorted(folded, key=lambda w: len(" ".join(w)), reverse=True)),
                           re.IGNORECASE)
    return exact_re, folded_re, exact, folded


def _most_general_first(phrasings) -> list[str]:
    """Phrasings that contain another phrasing (as consecutive words) go last.

    Searching for ``ОП „Околна среда“`` already finds every page that says
    ``ОП „Околна среда“ 2007-2013``, so a caller that keeps only the first few
    alternatives should get the general ones.

    >>> _most_general_first(["ОП „Околна среда“ 2007-2013", "ОП „Околна среда“"])
    ['ОП „Околна среда“', 'ОП „Околна среда“ 2007-2013']
    """
    phrasings = list(phrasings)
    spans = {p: " " + " ".join(_words(p)) + " " for p in phrasings}

    def contains_another(phrase: str) -> bool:
        return any(other != phrase and spans[other] != spans[phrase]
                   and spans[other] in spans[phrase] for other in phrasings)

    return sorted(phrasings, key=contains_another)


def expansions(text: str) -> list[tuple[str, list[str]]]:
    """Abbreviations and phrases of ``text`` that have equivalents, with those equivalents.

    Returns ``(surface, alternatives)`` pairs in text order; ``surface`` is the matched
    part of ``text`` as written (of its normalised form if that differs in length), ``alternatives`` the other phrasings of its group.
    Overlapping matches keep the longest.

    >>> surface, alternatives = expansions("проекти по ОПАК в ЕС")[0]
    >>> surface, "Оперативна програма „Административен капацитет“" in alternatives
    ('ОПАК', True)
    >>> [s for s, _ in expansions("проекти по ОПАК в ЕС, ес и по")]
    ['ОПАК', 'ЕС']
    """
    exact_re, folded_re, exact, folded = _matchers()
    # Normalisation keeps the length except where it drops invisible characters; match
    # on the normalised text and report its spans (equal to the original's when clean).
    normalized = normalize_text(text)
    found: list[tuple[int, int, list[int]]] = []
    for match in exact_re.finditer(normalized):
        found.append((match.start(), match.end(), exact[match.group(0)]))
    for match in folded_re.finditer(normalized):
        found.append((match.start(), match.end(), folded[_words(match.group(0))]))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    result, covered_until = [], -1
    groups = synonym_groups()
    for start, end, indexes in found:
        if start < covered_until:
            continue
        covered_until = end
        if end < len(normalized) and normalized[end] == '"' and normalized.count('"', start, end) % 2:
            end += 1  # keep the closing quote of a quoted programme name
        # Spans of the normalised text are the original's unless invisibles were dropped.
        surface = (text if len(text) == len(normalized) else normalized)[start:end]
        key = _words(surface)
        alternatives = _most_general_first(dict.fromkeys(
            p for index in indexes for p in groups[index] if _words(p) != key))
        result.append((surface, alternatives))
    return result
