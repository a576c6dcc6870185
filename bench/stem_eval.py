"""Pairwise conflation quality and speed of the Bulgarian stemmer against a lemma gold file.

Usage::

    python bench/stem_eval.py [--gold PATH] [--errors N] [--rounds R]
    python bench/stem_eval.py --proxy   # generated full paradigms (bench/stem_paradigms.py)

The gold file is ``form<TAB>lemma<TAB>upos<TAB>count`` (one header line). Forms are grouped
by ``(lemma, upos)``; a form that belongs to two groups is ambiguous and dropped. Among all
pairs of distinct forms, a pair is *same group* in the gold and *same stem* in the system:

    P = |same group ∩ same stem| / |same stem|,  R = |same group ∩ same stem| / |same group|

Printed overall and per part of speech (pairs within that part of speech), for our stemmer
and, as a baseline, PyStemmer's Russian stemmer applied to Bulgarian.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Iterable

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))  # run as a script from anywhere without installing

from analyzers.bulgarian_stemmer import stem  # noqa: E402

DEFAULT_GOLD = REPO_ROOT / ".." / "shared" / "eval" / "bg-lemma-gold.tsv"


def read_gold(path: Path, with_upos: bool = True) -> dict[str, tuple[str, str]]:
    """Map each unambiguous form to its ``(lemma, upos)`` group.

    ``with_upos=False`` groups by lemma alone (upos reported as ``"*"``): a diagnostic for
    treebank conventions such as participles tagged ADJ with a verb lemma.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
    ...     _ = f.write("form\\tlemma\\tupos\\tcount\\nград\\tград\\tNOUN\\t1\\nси\\tсъм\\tAUX\\t1\\nси\\tсе\\tPRON\\t1\\n")
    >>> read_gold(Path(f.name)); os.unlink(f.name)
    {'град': ('град', 'NOUN')}
    """
    groups: dict[str, set[tuple[str, str]]] = defaultdict(set)
    with open(path, encoding="utf-8") as handle:
        next(handle)  # header
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 3 and fields[0]:
                groups[fields[0]].add((fields[1], fields[2] if with_upos else "*"))
    return {form: next(iter(found)) for form, found in groups.items() if len(found) == 1}


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise_scores(gold: dict[str, tuple[str, str]], stems: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of ``stems`` against the gold grouping.

    >>> gold = {"a": (1, "N"), "b": (1, "N"), "c": (2, "N")}
    >>> pairwise_scores(gold, {"a": "x", "b": "x", "c": "x"})
    (0.3333333333333333, 1.0, 0.5)
    """
    by_group = Counter(gold.values())
    by_stem = Counter(stems[form] for form in gold)
    by_both = Counter((gold[form], stems[form]) for form in gold)
    same_group = sum(_pairs(n) for n in by_group.values())
    same_stem = sum(_pairs(n) for n in by_stem.values())
    both = sum(_pairs(n) for n in by_both.values())
    precision = both / same_stem if same_stem else 1.0
    recall = both / same_group if same_group else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def words_per_second(stemmer: Callable[[str], str], forms: list[str], rounds: int) -> float:
    """Best of ``rounds`` timings of stemming every form once."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for form in forms:
            stemmer(form)
        best = min(best, time.perf_counter() - started)
    return len(forms) / best if best else float("inf")


def report_errors(gold: dict[str, tuple[str, str]], stems: dict[str, str], limit: int) -> None:
    """Print the stems that merge most wrong pairs and the groups split into most pieces."""
    by_stem: dict[str, list[str]] = defaultdict(list)
    by_group: dict[tuple[str, str], list[str]] = defaultdict(list)
    for form, group in gold.items():
        by_stem[stems[form]].append(form)
        by_group[group].append(form)

    def false_merges(forms: list[str]) -> int:
        return _pairs(len(forms)) - sum(_pairs(n) for n in Counter(gold[f] for f in forms).values())

    def missed(forms: list[str]) -> int:
        return _pairs(len(forms)) - sum(_pairs(n) for n in Counter(stems[f] for f in forms).values())

    print(f"\nworst false merges (stem: forms grouped by lemma/upos) — top {limit}")
    for key, forms in sorted(by_stem.items(), key=lambda item: -false_merges(item[1]))[:limit]:
        if false_merges(forms) == 0:
            break
        parts = defaultdict(list)
        for form in forms:
            parts[gold[form]].append(form)
        shown = " | ".join(f"{lemma}/{upos}: {' '.join(sorted(fs))}" for (lemma, upos), fs in parts.items())
        print(f"  {false_merges(forms):4d}  {key}: {shown}")
    print(f"\nworst splits (lemma/upos: forms by stem) — top {limit}")
    for (lemma, upos), forms in sorted(by_group.items(), key=lambda item: -missed(item[1]))[:limit]:
        if missed(forms) == 0:
            break
        parts = defaultdict(list)
        for form in forms:
            parts[stems[form]].append(form)
        shown = " | ".join(f"{key}: {' '.join(sorted(fs))}" for key, fs in parts.items())
        print(f"  {missed(forms):4d}  {lemma}/{upos}: {shown}")


def score_table(gold: dict[str, tuple[str, str]], systems: dict[str, Callable[[str], str]], rounds: int) -> Iterable[str]:
    """Rows of the results table: overall and per part of speech, for every system."""
    forms = sorted(gold)
    pos_tags = sorted({upos for _, upos in gold.values()}, key=lambda tag: -sum(1 for g in gold.values() if g[1] == tag))
    yield f"{'system':<22}{'subset':<8}{'forms':>7}{'P':>8}{'R':>8}{'F1':>8}{'words/s':>12}"
    for name, stemmer in systems.items():
        stems = {form: stemmer(form) for form in forms}
        speed = words_per_second(stemmer, forms, rounds)
        precision, recall, f1 = pairwise_scores(gold, stems)
        yield f"{name:<22}{'ALL':<8}{len(forms):>7}{precision:>8.3f}{recall:>8.3f}{f1:>8.3f}{speed:>12,.0f}"
        for tag in pos_tags if len(pos_tags) > 1 else ():
            subset = {form: group for form, group in gold.items() if group[1] == tag}
            if sum(_pairs(n) for n in Counter(subset.values()).values()) == 0:
                continue  # no same-group pairs: recall undefined for this part of speech
            precision, recall, f1 = pairwise_scores(subset, stems)
            yield f"{'':<22}{tag:<8}{len(subset):>7}{precision:>8.3f}{recall:>8.3f}{f1:>8.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold TSV (form, lemma, upos, count)")
    parser.add_argument("--proxy", action="store_true",
                        help="score against generated full paradigms (bench/stem_paradigms.py), the "
                             "proxy for a full-dictionary gold, instead of --gold")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print the N worst merges and splits")
    parser.add_argument("--rounds", type=int, default=10, help="timing rounds (best is reported)")
    parser.add_argument("--group-by", choices=("lemma-upos", "lemma"), default="lemma-upos",
                        help="gold groups: (lemma, upos) as specified, or lemma alone (diagnostic)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the PyStemmer russian baseline")
    args = parser.parse_args(argv)

    if args.proxy:
        from bench.stem_paradigms import DEFAULT_OUT, main as write_proxy

        write_proxy(["--out", str(DEFAULT_OUT)])
        args.gold = DEFAULT_OUT
    gold = read_gold(args.gold, with_upos=args.group_by == "lemma-upos")
    systems: dict[str, Callable[[str], str]] = {"praktiki bulgarian": stem}
    if not args.no_baseline:
        import Stemmer  # PyStemmer: the nearest Snowball language, as a floor to beat

        systems["PyStemmer russian"] = Stemmer.Stemmer("russian").stemWord
    for row in score_table(gold, systems, args.rounds):
        print(row)
    if args.errors:
        report_errors(gold, {form: stem(form) for form in gold}, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
