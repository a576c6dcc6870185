"""Themes of a practice (ids of ``config/themes.tsv``) from weighted cue rules and a small
classifier stacked on them.

Each theme has cues in ``config/theme_rules.tsv``: a weight and one or more lowercase word
prefixes that must follow one another (``енергийн ефективност`` matches ``енергийната
ефективност``; a trailing ``$`` asks for the whole word, so ``рома$`` does not match
``роман``). Plain prefixes stand in for a stemmer on purpose: the analyzers' Bulgarian
stemmer is developed separately, and a cue list read by people is easier to tune when it
says exactly which word beginnings it matches.

Scoring: a cue occurrence adds its weight, three times over in the title and twice in a
heading line; one cue counts at most three times per page so that a word repeated all
over a long page cannot carry a theme alone. A theme is kept when its score reaches
``MIN_SCORE`` (raised with the page's length, up to ``MAX_MIN_SCORE``) and
``RELATIVE_SCORE`` of the best theme's; at most ``MAX_THEMES``. The
fact's source is the sentence of the theme's strongest cue.

The rules find a practice's main theme; a careful reader often adds a second or third one
that the page speaks of in words no cue lists. So the rules' scores and choices, with the
page's analysed words, go to a one-vs-rest logistic regression trained on the project's
gold (:mod:`indexer.extract.theme_model`, ``config/theme_model.json``), which makes the
final choice (by probability, at most its ``max_themes``). A theme with a cue on the page
keeps its strongest cue's sentence as its source; one that only the classifier sees gets
the sentence whose words weigh most for it. Without the model file the rules decide alone
(``score_rules`` + ``rule_themes``). Leave-one-set-out figures: ``bench/theme_cv.py``.

Cue words that are adjective stems (``социалн``) also match the masculine form
(``социален``). ``programme:`` rows give a theme to the practices of a programme (an
Interreg project is cross-border cooperation); their source is the programme's sentence.

>>> [f.value for f in extract_themes("Въвеждане на разделно събиране на отпадъците и компостиране")]
['environment']
>>> load_themes()[0].id
'governance'
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_right
from itertools import product
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from config.settings import data_path
from indexer.extract.char_runs import char_table, run_starts
from indexer.extract.countries import source_span
from indexer.extract.fact import Fact
from indexer.extract.theme_model import load_model, rule_inputs

MIN_SCORE = 3.0          # a short news item: one cue that names the theme on its own
SHORT_TEXT_WORDS = 150
MIN_SCORE_PER_WORD = 1 / 600  # beyond a short text, more is needed: stray mentions add up
MAX_MIN_SCORE = 6.0
RELATIVE_SCORE = 0.3       # a theme must reach 30% of the strongest one to count
MAX_THEMES = 3           # careful readers give a practice 1-3 themes
MAX_HITS_PER_CUE = 3
TITLE_FACTOR = 3.0
HEADING_FACTOR = 2.0
KEY_LENGTH = 4  # a token is looked up by its first four letters (shorter cue words match whole)

_WORD = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r"[„“\"«][^„“”\"«»\n]{2,80}[“”\"»]")
_HEADING = re.compile(r"^[^\n.:;!?]{3,70}$")


@dataclass(frozen=True)
class Theme:
    id: str
    label_bg: str
    label_en: str


@dataclass(frozen=True)
class _Cue:
    theme: str
    weight: float
    words: tuple[str, ...]  # prefixes; a word ending in "$" must match whole
    name: str = ""  # the rule as written (its spelling variants share its hit count)

    def matches(self, tokens: list[str], i: int) -> bool:
        if i + len(self.words) > len(tokens):
            return False
        return all(_word_matches(word, token)
                   for word, token in zip(self.words, tokens[i:i + len(self.words)]))


def _word_matches(word: str, token: str) -> bool:
    """A cue word against a text word: a prefix, or the whole word when marked ``$``."""
    return token == word[:-1] if word.endswith("$") else token.startswith(word)


def load_themes() -> list[Theme]:
    """The theme vocabulary with its labels, in file order (for facet labels).

    >>> [t.label_en for t in load_themes() if t.id == "energy"]
    ['Energy efficiency']
    """
    with open(data_path("themes.tsv"), encoding="utf-8") as handle:
        return [Theme(row["id"], row["label_bg"], row["label_en"])
                for row in csv.DictReader(handle, delimiter="\t")]


_ADJECTIVE_STEM = re.compile(r"[а-я]*[бвгджзйклмнпрстфхцчшщ]н")


def _spellings(word: str) -> tuple[str, ...]:
    """A cue word and, for an adjective stem, its masculine form.

    ``социалн`` matches ``социална``, ``социални``, ``социалния``, but the masculine
    ``социален`` puts an ``е`` before the ``н`` (``електронн`` -> ``електронен``,
    ``енергийн`` -> ``енергиен``, ``местн`` -> ``местен``); the cue lists would otherwise
    need every masculine form spelt out.

    >>> _spellings("енергийн"), _spellings("електронн"), _spellings("устройствен")
    (('енергийн', 'енергиен'), ('електронн', 'електронен'), ('устройствен',))
    """
    if not _ADJECTIVE_STEM.fullmatch(word):
        return (word,)
    stem = word[:-1]
    if stem.endswith("й"):
        stem = stem[:-1]
    return (word, stem + "ен")


def _load_cues() -> tuple[dict[str, list[_Cue]], list[tuple[str, float, str]]]:
    """Word cues keyed by the first ``KEY_LENGTH`` letters of their first word ("$"
    dropped), and programme cues ``(theme, weight, programme id or prefix*)``.

    One dict lookup per token then finds every candidate cue. A first word shorter than
    ``KEY_LENGTH`` (``iso``, ``е`` of ``е-услуги``) is read as a whole word, not a prefix.
    """
    known = {theme.id for theme in load_themes()}
    index: dict[str, list[_Cue]] = defaultdict(list)
    programme_cues = []
    with open(data_path("theme_rules.tsv"), encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        if row["theme"] not in known:
            raise ValueError(f"theme_rules.tsv: unknown theme id {row['theme']!r}")
        if row["cue"].startswith("programme:"):
            programme_cues.append((row["theme"], float(row["weight"]),
                                   row["cue"].removeprefix("programme:").strip()))
            continue
        words = row["cue"].split()
        if len(words[0].rstrip("$")) < KEY_LENGTH:
            words[0] = words[0].rstrip("$") + "$"
        for spelling in product(*(_spellings(word) for word in words)):
            cue = _Cue(row["theme"], float(row["weight"]), spelling, row["cue"])
            index[spelling[0].rstrip("$")[:KEY_LENGTH]].append(cue)
    return dict(index), programme_cues


_CUES, _PROGRAMME_CUES = _load_cues()


def _first_word_pattern(cues) -> re.Pattern:
    """One regex that finds, in C, the words that begin like some cue's first word.

    The alternation is laid out as a trie (``ром(?:и|ск)``) so that each position
    costs a few character comparisons, not one per cue. A first word marked ``$`` must end
    there; a prefix may go on.
    """
    trie: dict = {}
    for cue in cues:
        node = trie
        for char in cue.words[0].rstrip("$"):
            node = node.setdefault(char, {})
        node[""] = node.get("", True) and cue.words[0].endswith("$")

    def alternation(node) -> str:
        if node.get("") is False:  # a plain prefix ends here: whatever follows matches
            return ""
        parts = [re.escape(char) + alternation(child)
                 for char, child in sorted(node.items()) if char != ""]
        if "" in node:  # a whole word ends here (tried after the longer branches)
            parts.append(r"(?![^\W_])")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return re.compile(r"(?<![^\W_])" + alternation(trie))


# A hit is a whole word that begins like some cue's first word.
_FIRST_WORDS = re.compile(_first_word_pattern(
    cue for cues in _CUES.values() for cue in cues).pattern + r"[^\W_]*")
_NEXT_WORD = re.compile(r"[\W_]*([^\W_]+)")


@dataclass(frozen=True)
class _WordCues:
    """What one word of a text can begin: its one-word cues (the best per theme) and its
    longer cues, best first (more words, then a longer first word; file order among equals)."""
    single: dict[str, _Cue]
    phrases: tuple[_Cue, ...]
    span: int  # the most words that one of its cues has
    # Matches after the word where the next word begins like a phrase's second word; where
    # it does not, no phrase can match and the next words need not be read.
    second_word: re.Pattern | None = None
    # ``single`` as ``_scan`` reads it: (theme, hit key, weight, words) per cue, in its order
    single_entries: tuple = ()


_CUES_BY_WORD: dict[str, _WordCues] = {}  # memoised: a corpus repeats its words
_MATCHED_BY_WORDS: dict[tuple[str, ...], tuple[tuple, int]] = {}


def _cues_beginning_with(token: str) -> _WordCues:
    cues = _CUES_BY_WORD.get(token)
    if cues is None:
        if len(_CUES_BY_WORD) > 200_000:
            _CUES_BY_WORD.clear()
        ranked = sorted((cue for cue in _CUES.get(token[:KEY_LENGTH], ())
                         if _word_matches(cue.words[0], token)),
                        key=lambda cue: (-len(cue.words), -len(cue.words[0])))
        single: dict[str, _Cue] = {}
        for cue in ranked:
            if len(cue.words) == 1:
                single.setdefault(cue.theme, cue)
        phrases = tuple(cue for cue in ranked if len(cue.words) > 1)
        cues = _WordCues(single, phrases, max((len(c.words) for c in ranked), default=1),
                         _second_word_pattern(phrases), _entries(single))
        _CUES_BY_WORD[token] = cues
    return cues


def _second_word_pattern(phrases: Sequence[_Cue]) -> re.Pattern | None:
    """What must follow a word for one of ``phrases`` to match: the text up to the next word
    (as ``_NEXT_WORD`` reads it), then one of the phrases' second words (``$`` dropped: a
    looser test, never a stricter one)."""
    if not phrases:
        return None
    seconds = sorted({re.escape(cue.words[1].rstrip("$")) for cue in phrases})
    return re.compile(r"[\W_]*(?:" + "|".join(seconds) + ")")


def _entries(matched: dict[str, _Cue]) -> tuple[tuple[str, tuple[str, str], float, int], ...]:
    """``(theme, hit key, weight, number of words)`` of each cue of ``matched``, in its order:
    what ``_scan`` needs of a cue, built once per memoised word or phrase instead of per hit."""
    return tuple((cue.theme, (cue.theme, cue.name), cue.weight, len(cue.words)) for cue in matched.values())


def _matched_cues(cues: _WordCues, tokens: tuple[str, ...]) -> tuple[tuple, int]:
    """Each theme's best cue at the start of ``tokens`` (as ``_entries``), and the words the
    longest one uses.

    Memoised on the words: phrases recur (``обществени поръчки``, ``детска градина``)."""
    found = _MATCHED_BY_WORDS.get(tokens)
    if found is None:
        if len(_MATCHED_BY_WORDS) > 200_000:
            _MATCHED_BY_WORDS.clear()
        matched: dict[str, _Cue] = {}
        for cue in cues.phrases:
            if cue.theme not in matched and cue.matches(tokens, 0):
                matched[cue.theme] = cue
        length = max((len(cue.words) for cue in matched.values()), default=1)
        for theme, cue in cues.single.items():
            matched.setdefault(theme, cue)
        found = _MATCHED_BY_WORDS[tokens] = (_entries(matched), length)
    return found


def _line_factors(text: str, title: str) -> list[tuple[int, float]]:
    """(line start offset, weight factor) for each line of ``text``."""
    factors, offset = [], 0
    first = True
    for line in text.split("\n"):
        stripped = line.strip()
        if first and stripped:
            # The page's title line comes first unless the caller passed the title.
            factor = TITLE_FACTOR if not title else 1.0
            first = False
        elif _HEADING.match(stripped) and len(stripped.split()) <= 8:
            factor = HEADING_FACTOR
        else:
            factor = 1.0
        factors.append((offset, factor))
        offset += len(line) + 1
    return factors


def _scan(text: str, base_factor: float, line_factors, scores, hits, best, body=None, body_start: int = 0,
          lower: str | None = None) -> None:
    """Add the cue scores of ``text`` to ``scores`` (and its hits and best cues to ``hits``, ``best``).

    Only the words that begin like a cue's first word are looked at in Python
    (``_FIRST_WORDS`` finds them); the rest of the text is skipped by the regex engine.
    The words after a hit are read only when the next one begins like the second word of
    one of its phrases (``cues.second_word``): most hits of a word that begins phrases
    (``общинската``, ``местната``) are followed by none of them. ``body`` (when given) also
    gets the scores of the hits from ``body_start`` on; ``lower`` is ``text.lower()`` when
    the caller has it. The cues of a word or phrase come memoised as ``_entries``.
    """
    lower = text.lower() if lower is None else lower
    line_starts = [start for start, _ in line_factors] if line_factors else None
    factors = [factor for _, factor in line_factors] if line_factors else None
    consumed = 0  # offset up to which the words of a matched phrase are used up
    known_cues = _CUES_BY_WORD.get  # (read per call: tests swap the memo)
    hits_get, best_get = hits.get, best.get
    for hit in _FIRST_WORDS.finditer(lower):
        start = hit.start()
        if start < consumed:
            continue
        word = hit.group()
        cues = known_cues(word) or _cues_beginning_with(word)
        end = hit.end()
        # Each theme's longest cue at this position counts once; the words of the longest
        # phrase are then consumed (``професионално обучение`` is education, and its
        # ``обучение`` does not count again as governance's staff training).
        if cues.phrases and cues.second_word.match(lower, end):
            ends = [end]
            tokens = [word]
            while len(tokens) < cues.span:  # the next words, as many as its phrases need
                following = _NEXT_WORD.match(lower, ends[-1])
                if following is None:
                    break
                tokens.append(following.group(1))
                ends.append(following.end())
            matched, length = _matched_cues(cues, tuple(tokens))
        else:
            matched, length, ends = cues.single_entries, 1, (end,)
        if not matched:
            continue
        factor = base_factor
        if factors is not None:
            factor *= factors[bisect_right(line_starts, start) - 1]
        for theme, key, weight, words in matched:
            count = hits_get(key, 0) + 1
            hits[key] = count
            if count > MAX_HITS_PER_CUE:
                continue
            gain = weight * factor
            scores[theme] += gain
            if body is not None and start >= body_start:
                body[theme] += gain
            if gain > best_get(theme, _NO_GAIN)[0]:
                best[theme] = (gain, text, start, ends[words - 1])
        consumed = ends[length - 1]


_NO_GAIN = (0.0,)


def _programme_scores(programmes, scores, best) -> None:
    """Themes that a practice's programme implies: an Interreg project is cross-border
    cooperation whatever its subject (``programme:`` rows of ``theme_rules.tsv``)."""
    for programme in programmes:
        value = programme.value if isinstance(programme, Fact) else programme
        source = programme.source if isinstance(programme, Fact) else value
        for theme, weight, wanted in _PROGRAMME_CUES:
            if value == wanted or (wanted.endswith("*") and value.startswith(wanted[:-1])):
                scores[theme] += weight
                if weight > best.get(theme, (0.0,))[0]:
                    best[theme] = (weight, source, 0, len(source))


def _body_start(text: str) -> int:
    """Where the body of ``text`` begins: after its first non-empty line (the title)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _min_score(text: str, scores: dict[str, float], lower: str | None = None) -> float:
    """``MIN_SCORE`` raised with the length of ``text``, up to ``MAX_MIN_SCORE``.

    Only a score between the two bounds can fall either side of it: when there is none,
    ``MIN_SCORE`` chooses the same themes and the words are not counted.
    """
    if not any(MIN_SCORE <= score < MAX_MIN_SCORE for score in scores.values()):
        return MIN_SCORE
    words = _word_count(text.lower() if lower is None else lower)
    return min(MAX_MIN_SCORE, MIN_SCORE + max(0, words - SHORT_TEXT_WORDS) * MIN_SCORE_PER_WORD)


def _word_count(lower: str) -> int:
    """``len(_WORD.findall(lower))``, counted by numpy (``char_runs``; ~7x faster than listing
    the words, and most pages need it)."""
    starts = run_starts(lower, char_table(str.isalnum))  # [^\W_]: a letter or a digit
    return len(_WORD.findall(lower)) if starts is None else len(starts)


def extract_themes(text: str, lang: str = "bg", title: str = "",
                   programmes: Sequence[Fact | str] = ()) -> list[Fact]:
    """Theme ids of a practice, strongest first, each with its strongest cue's sentence.

    ``title`` (optional) is scored as the title; otherwise the first line of ``text`` is.
    ``programmes`` (ids, or the programme facts) add the themes their programme implies.

    >>> [f.value for f in extract_themes("Повишаване на енергийната ефективност",
    ...                                  title="Саниране на детска градина")]
    ['energy', 'education']
    """
    lower = (text or "").lower()  # read by the rules and the model alike
    rules = score_rules(text, lang, title, programmes, lower=lower)
    chosen = rule_themes(rules)
    model = load_model()
    if model is None:
        return chosen
    text = text or ""
    heading = title or text.strip().split("\n", 1)[0]
    probabilities = model.probabilities(
        heading, text, rule_inputs(model.themes, rules.scores, rules.floor, [fact.value for fact in chosen]),
        lower=lower)
    return [Fact(theme, rules.source(theme) if theme in rules.best else model.evidence(theme, heading, text))
            for theme in model.choose(probabilities, bool(rules.scores))]


@dataclass
class RuleScores:
    """What the cue rules make of one practice: each theme's score, its strongest cue
    ``(gain, text, start, end)``, and the score a theme must reach on a text this long."""
    scores: dict[str, float]
    best: dict[str, tuple]
    floor: float
    # each theme's source once: the rules' choice and the model's final one both ask for it
    _sources: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def source(self, theme: str) -> str:
        """The sentence of ``theme``'s strongest cue."""
        known = self._sources.get(theme)
        if known is None:
            _, source_text, start, end = self.best[theme]
            known = self._sources[theme] = source_span(source_text, start, end)
        return known


def rule_themes(rules: RuleScores) -> list[Fact]:
    """The themes the rules alone choose: at least ``floor`` and ``RELATIVE_SCORE`` of the
    strongest, at most ``MAX_THEMES``, strongest first."""
    if not rules.scores:
        return []
    top = max(rules.scores.values())
    chosen = [theme for theme, score in sorted(rules.scores.items(), key=lambda kv: -kv[1])
              if score >= rules.floor and score >= RELATIVE_SCORE * top][:MAX_THEMES]
    return [Fact(theme, rules.source(theme)) for theme in chosen]


def score_rules(text: str, lang: str = "bg", title: str = "",
                programmes: Sequence[Fact | str] = (), *, lower: str | None = None) -> RuleScores:
    """The cue rules' scores of a practice (see :func:`extract_themes` for the arguments;
    ``lower`` is ``text.lower()`` when the caller has it).

    >>> rules = score_rules("Общината въведе разделно събиране на отпадъците.")
    >>> sorted(rules.scores), rules.floor
    (['environment'], 3.0)
    """
    scores: dict[str, float] = defaultdict(float)
    body: dict[str, float] = defaultdict(float)
    hits: dict[tuple, int] = {}
    best: dict[str, tuple] = {}
    text = text or ""
    heading = title or text.strip().split("\n", 1)[0]
    named = _QUOTED.search(heading) is not None  # a project's name in quotes in the title
    if title:
        _scan(title, TITLE_FACTOR, None, scores, hits, best)
    lower = text.lower() if lower is None else lower
    _scan(text, 1.0, _line_factors(text, title), scores, hits, best, body if named else None, _body_start(text),
          lower)
    _programme_scores(programmes, scores, best)
    if named:
        _programme_scores(programmes, body, {})
        # A theme that only the name of the project in the title speaks of ("Доброволчески
        # обмен „Дунавски мостове“"): a project's name is often a metaphor, and the body,
        # which never speaks of it, outweighs it — it counts as one plain mention.
        plain: dict[str, float] = defaultdict(float)
        _scan(_QUOTED.sub(" ", heading), 1.0, None, plain, {}, {})
        for theme in scores:
            if not body.get(theme) and not plain.get(theme) and theme in best:
                scores[theme] = best[theme][0] / TITLE_FACTOR
    if not scores:
        return RuleScores({}, best, MIN_SCORE)
    return RuleScores(dict(scores), best, _min_score(text, scores, lower))
