"""A small classifier over the analysed text that decides the themes with the cue rules.

The cue rules (:mod:`indexer.extract.themes`) find a practice's main theme well, but a
careful reader often adds a second or third one that the page speaks of in words no cue
lists. This module stacks a one-vs-rest logistic regression on the rules: its inputs are

- the page's words as the index analyses them (the chain's normalisation, stopwords and
  Bulgarian or English stemmer, word by word: :func:`stems`), ``1 + log(count)`` times their idf, the
  vector scaled to length 1; the title's words count again as separate ``T:`` features;
- for each theme, the rules' score over the page's floor (capped at 3, over 3) and whether
  the rules chose it (times ``rule_scale``).

A theme is kept when its probability reaches ``threshold`` (at most ``max_themes``, most
probable first); when none does, the most probable one is kept if the rules found any cue
at all (a page without a single cue gets no theme, as with the rules alone).

The weights live in ``config/theme_model.json``, written by ``bench/theme_cv.py
--write-model`` from the project's own gold (never from third-party data) and loaded
once. Whether the model is worth having is measured there, set by set, leave-one-set-out.

>>> model = load_model()
>>> model.themes[0], model.max_themes
('governance', 3)
>>> bag = text_features("Саниране на детска градина", "Топлоизолация на сградата.")
>>> sorted(bag)[:3]
['T:градин', 'T:детск', 'T:саниране']
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from config.settings import data_path

MODEL_FILE = "theme_model.json"
RULE_SCORE_CAP = 3.0
_SENTENCE = re.compile(r"[^\n.!?;]+[.!?;]?")


# A run of lowercase Cyrillic or Latin letters: the parts of a hyphenated compound are words
# of their own, as in the chain's compound splitting, and numbers and codes are left out.
# An explicit range, not ``[^\W\d_]``: the regex engine reads a page twice as fast.
_WORD = re.compile(r"[a-z\u0400-\u04ff]+")
_STEMS: dict[str, str | None] = {}  # memoised: a corpus repeats its words


def _stem(word: str) -> str | None:
    """The index's term for a lowercase ``word`` (:func:`analyzers.stemming.normalize_term`,
    then the stopword list, then :func:`analyzers.stemming.stem_word`, as the chain does),
    or None for a stopword or a stem of one or two letters."""
    stem = _STEMS.get(word, "")
    if stem == "":
        from analyzers.stemming import normalize_term, stem_word
        from analyzers.stopwords import all_stopwords
        if len(_STEMS) > 200_000:
            _STEMS.clear()
        term = normalize_term(word)
        stem = None if term in all_stopwords() else stem_word(term)
        if stem is not None and len(stem) < 3:
            stem = None
        _STEMS[word] = stem
    return stem


def stems(text: str) -> Counter:
    """The words of ``text`` as the index has them, counted (stems; stopwords, numbers and
    words of one or two letters left out). Words are counted before they are stemmed, so a
    long page costs one regex pass and one dict look-up per distinct word.

    >>> sorted(stems("Общината въведе разделно събиране на отпадъците, 2019 г.").items())
    [('въвед', 1), ('общин', 1), ('отпадк', 1), ('разделн', 1), ('събиране', 1)]
    """
    out: Counter = Counter()
    for word, count in Counter(_WORD.findall(text.lower())).items():
        stem = _stem(word)
        if stem is not None:
            out[stem] += count
    return out


def text_features(title: str, text: str) -> Counter:
    """The bag of features of a practice: its text's stems, and its title's stems again
    marked ``T:`` (once each).

    >>> sorted(text_features("Младежки център", "Младежки инициативи и младежки клуб").items())
    [('T:младежк', 1), ('T:центр', 1), ('инициатив', 1), ('клуб', 1), ('младежк', 2)]
    """
    bag = stems(text)
    bag.update({"T:" + stem: 1 for stem in stems(title)})
    return bag


def rule_inputs(themes: list[str], scores: dict[str, float], floor: float, chosen) -> np.ndarray:
    """The rules' part of the input, for ``themes`` in order: each theme's score over the
    page's ``floor`` (capped at ``RULE_SCORE_CAP``, over it), then whether the rules chose it.

    >>> rule_inputs(["energy", "urban"], {"energy": 12.0, "urban": 1.5}, 3.0, ["energy"]).tolist()
    [1.0, 0.16666666666666666, 1.0, 0.0]
    """
    # built as Python floats and converted once: the same float64 values as assigning them
    # one by one into an array, without a numpy scalar store per theme
    return np.array([min(scores.get(theme, 0.0) / floor, RULE_SCORE_CAP) / RULE_SCORE_CAP for theme in themes]
                    + [1.0 if theme in chosen else 0.0 for theme in themes])


class _Rows(dict):
    """lowercase word -> ``row(stem)`` (-1 for a word without a stem), filled on first
    look-up: ``map(rows.__getitem__, words)`` then runs in C for every word seen before."""

    def __init__(self, row):
        super().__init__()
        self._row = row

    def __missing__(self, word: str) -> int:
        if len(self) > 200_000:
            self.clear()
        stem = _stem(word)
        row = self[word] = -1 if stem is None else self._row(stem)
        return row


@dataclass
class ThemeModel:
    themes: list[str]
    vocabulary: dict[str, int]   # feature -> row of ``weights``
    idf: np.ndarray              # one per vocabulary feature
    weights: np.ndarray          # (features + 2 * themes) x themes
    bias: np.ndarray             # one per theme
    rule_scale: float
    threshold: float
    max_themes: int

    def __post_init__(self):
        # lowercase word -> row of its stem, and of its stem as a title word (-1: unknown)
        self._text_rows = _Rows(lambda stem: self.vocabulary.get(stem, -1))
        self._title_rows = _Rows(lambda stem: self.vocabulary.get("T:" + stem, -1))

    def text_vector(self, title: str, text: str, lower: str | None = None) -> np.ndarray:
        """The text part of the input: the features of :func:`text_features` that the model
        knows, ``1 + log(count)`` times their idf, scaled to length 1.

        The same as looking ``text_features(title, text)`` up in ``vocabulary``, but each
        word of the page goes straight to its row (memoised) and numpy counts the rows,
        which is what makes the model cheap at index time.

        >>> model = load_model()
        >>> vector = model.text_vector("Здравен кабинет", "Здравни прегледи.")
        >>> round(float(vector @ vector), 6), int((vector > 0).sum()) >= 2
        (1.0, True)
        """
        words = _WORD.findall(text.lower() if lower is None else lower)
        rows = np.fromiter(map(self._text_rows.__getitem__, words), np.intp, len(words))
        counts = np.bincount(rows[rows >= 0], minlength=len(self.vocabulary)).astype(float)
        for row in map(self._title_rows.__getitem__, _WORD.findall(title.lower())):
            if row >= 0:
                counts[row] = 1
        present = counts > 0
        counts[present] = (1 + np.log(counts[present])) * self.idf[present]
        norm = np.linalg.norm(counts)
        return counts / norm if norm else counts

    def probabilities(self, title: str, text: str, rules: np.ndarray, lower: str | None = None) -> np.ndarray:
        """Each theme's probability (in ``themes`` order), from the page's words and the
        rules' inputs (:func:`rule_inputs`); ``lower`` is ``text.lower()`` when the caller has it."""
        features = len(self.vocabulary)
        logits = (self.bias + self.text_vector(title, text, lower) @ self.weights[:features]
                  + (self.rule_scale * rules) @ self.weights[features:])
        return 1 / (1 + np.exp(-logits))

    def choose(self, probabilities: np.ndarray, any_cue: bool) -> list[str]:
        """The themes kept: ``threshold`` or more, at most ``max_themes``, most probable
        first; the most probable alone when none reaches it and the rules found a cue.

        >>> model = load_model()
        >>> p = np.zeros(len(model.themes)); p[model.themes.index("energy")] = 0.9
        >>> model.choose(p, True), model.choose(p * 0, True)[:0], model.choose(p * 0, False)
        (['energy'], [], [])
        """
        order = np.argsort(-probabilities, kind="stable")
        chosen = [self.themes[j] for j in order[:self.max_themes] if probabilities[j] >= self.threshold]
        if not chosen and any_cue:
            chosen = [self.themes[order[0]]]
        return chosen

    def evidence(self, theme: str, title: str, text: str) -> str:
        """The sentence (or the title) whose words weigh most for ``theme``: the source of
        a theme that the model added.

        >>> load_model().evidence("health", "Нов парк", "Паркът е открит. Профилактични прегледи и ваксинации в здравния кабинет.")
        'Профилактични прегледи и ваксинации в здравния кабинет.'
        """
        column = self.weights[:, self.themes.index(theme)]
        best, best_weight = title, -math.inf
        candidates = [("T:", title)] + [("", m.group().strip()) for m in _SENTENCE.finditer(text)]
        for prefix, sentence in candidates:
            if not sentence:
                continue
            rows = [self.vocabulary[prefix + s] for s in stems(sentence) if prefix + s in self.vocabulary]
            weight = float(sum(column[row] * self.idf[row] for row in rows)) if rows else -math.inf
            if weight > best_weight:
                best, best_weight = sentence, weight
        return best[:300]


@lru_cache(maxsize=1)
def load_model() -> ThemeModel | None:
    """The model of ``config/theme_model.json``, read once (None when there is no file)."""
    try:
        with open(data_path(MODEL_FILE), encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        return None
    features = data["features"]
    return ThemeModel(themes=data["themes"], vocabulary={f: i for i, f in enumerate(features)},
                      idf=np.array(data["idf"]), weights=np.array(data["weights"]),
                      bias=np.array(data["bias"]), rule_scale=data["rule_scale"],
                      threshold=data["threshold"], max_themes=data["max_themes"])
