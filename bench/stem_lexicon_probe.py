"""Would a dictionary in front of our stemmer reach issue 3's precision? A measured probe, not a product path.

Usage::

    python bench/stem_lexicon_probe.py [--coverage 1.0 0.18 0.5] [--seed 1]

The lexicon is simplemma's Bulgarian form → lemma table (PyPI ``simplemma``, the bench extra; it is
read at run time and nothing of it is stored here). Three keys are scored on the treebank gold and on
the full-paradigm proxy, with the same pairwise measure as ``bench/stem_eval.py``:

- ``stem``: our rule stemmer alone;
- ``lexicon or stem``: the lemma when the lexicon knows the form (or the form is a lemma), else the stem;
- ``lexicon + bridge``: as above, and an unknown form whose stem is the stem of exactly one known
  lemma's forms joins that lemma's key (so that unseen inflections still meet the dictionary's).

``--coverage`` keeps a random share of the lexicon's forms: a full-dictionary gold, which acceptance
uses, has far more forms than simplemma lists (the issue puts its coverage at about 18%), and the
probe shows what a partly covering lexicon does to recall.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Callable

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))  # run as a script from anywhere without installing

from analyzers.bulgarian_stemmer import stem  # noqa: E402
from bench.stem_eval import DEFAULT_GOLD, pairwise_scores, read_gold  # noqa: E402
from bench.stem_paradigms import DEFAULT_OUT as PROXY_GOLD  # noqa: E402


def load_lexicon() -> dict[str, str]:
    """simplemma's Bulgarian form → lemma table, lower-cased."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    table = DefaultDictionaryFactory().get_dictionary("bg")
    return {str(form).lower(): str(lemma).lower() for form, lemma in table.items()}


def lexicon_keys(lexicon: dict[str, str], bridge: bool) -> Callable[[str], str]:
    """A key function: the lemma for a known form, else the stem (joined to a lemma when ``bridge``).

    >>> key = lexicon_keys({"работата": "работа", "работя": "работя"}, bridge=True)
    >>> key("работата"), key("работя"), key("работен")
    ('L:работа', 'L:работя', 'работн')
    """
    lemmas = set(lexicon.values())
    lemmas_by_stem: dict[str, set[str]] = defaultdict(set)
    for form, lemma in lexicon.items():
        lemmas_by_stem[stem(form)].add(lemma)
    for lemma in lemmas:
        lemmas_by_stem[stem(lemma)].add(lemma)
    only_lemma = {key: next(iter(found)) for key, found in lemmas_by_stem.items() if len(found) == 1}

    def key(word: str) -> str:
        word = word.lower()
        if word in lexicon:
            return "L:" + lexicon[word]
        if word in lemmas:
            return "L:" + word
        stemmed = stem(word)
        if bridge and stemmed in only_lemma:
            return "L:" + only_lemma[stemmed]
        return stemmed

    return key


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--coverage", type=float, nargs="+", default=[1.0, 0.5, 0.18],
                        help="shares of the lexicon's forms kept (1.0 = all of it)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    if not PROXY_GOLD.exists():
        from bench.stem_paradigms import main as write_proxy

        write_proxy(["--out", str(PROXY_GOLD)])
    golds = {"treebank": read_gold(DEFAULT_GOLD), "proxy": read_gold(PROXY_GOLD)}
    full = load_lexicon()
    print(f"{'coverage':<10}{'gold':<10}{'key':<18}{'known':>7}{'P':>8}{'R':>8}{'F1':>8}")
    for name, gold in golds.items():
        precision, recall, f1 = pairwise_scores(gold, {form: stem(form) for form in gold})
        print(f"{'-':<10}{name:<10}{'stem':<18}{'':>7}{precision:>8.3f}{recall:>8.3f}{f1:>8.3f}")
    for coverage in args.coverage:
        rng = random.Random(args.seed)
        lexicon = full if coverage >= 1 else {f: l for f, l in full.items() if rng.random() < coverage}
        lemmas = set(lexicon.values())
        for name, gold in golds.items():
            known = sum(1 for form in gold if form.lower() in lexicon or form.lower() in lemmas) / len(gold)
            for label, bridge in (("lexicon or stem", False), ("lexicon + bridge", True)):
                key = lexicon_keys(lexicon, bridge)
                precision, recall, f1 = pairwise_scores(gold, {form: key(form) for form in gold})
                print(f"{coverage:<10.2f}{name:<10}{label:<18}{known:>7.1%}{precision:>8.3f}{recall:>8.3f}{f1:>8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
