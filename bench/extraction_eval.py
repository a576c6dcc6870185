"""Extraction accuracy on the gold files: what the extractors take from each sample practice
against what a careful reader takes.

    python bench/extraction_eval.py [--gold tests/gold/*.jsonl] [--samples samples] [-v]

Per fact: status, municipality and dates are accuracy (a missing value that the gold also
leaves empty counts as right); programmes, countries and themes are micro precision /
recall / F1 over the sets; the primary date is right when it matches to the month (or to
the year when the gold only knows the year); the budget is right within 1% in euros.
The targets are those of issue 4 (measured there on a hidden set of real pages).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from indexer.extract.budget import BGN_PER_EUR  # noqa: E402
from indexer.records import practices_from_source  # noqa: E402
from indexer.sources import SourceFile, iter_files, read_source  # noqa: E402

TARGETS = {"status": 0.95, "programmes": 0.90, "countries": 0.95, "date": 0.90, "budget": 0.90,
           "municipality": 0.95, "themes": 0.75}
SET_FACTS = ("programmes", "countries", "themes")
EXACT_FACTS = ("status", "municipality", "published", "start", "end")


def extracted_records(samples: Path) -> dict[str, dict]:
    out = {}
    for entry in iter_files([samples]):
        if not isinstance(entry, tuple):
            continue
        source = read_source(entry[0], entry[1], 50 * 2**20)
        if isinstance(source, SourceFile):
            for practice in practices_from_source(source):
                out[practice.id] = practice.to_dict()
    return out


def _eur(budget: dict | None) -> float | None:
    if not budget:
        return None
    amount = float(budget["amount"])
    return amount if budget.get("currency", "BGN") == "EUR" else amount / BGN_PER_EUR


def _same_date(gold: str | None, got: str | None) -> bool:
    if not gold or not got:
        return gold == got or (not gold and not got)
    precision = 4 if len(gold) == 4 else 7
    return gold[:precision] == got[:precision]


def evaluate(gold_rows: list[dict], extracted: dict[str, dict], verbose: bool = False) -> dict:
    right = defaultdict(int)
    counts = defaultdict(int)
    sets = {f: {"tp": 0, "fp": 0, "fn": 0} for f in SET_FACTS}
    for gold in gold_rows:
        got = extracted.get(gold["id"])
        if got is None:
            if verbose:
                print(f"MISSING {gold['id']}")
            got = {}
        for fact in EXACT_FACTS:
            counts[fact] += 1
            ok = (gold.get(fact) or None) == (got.get(fact) or None)
            right[fact] += ok
            if verbose and not ok:
                print(f"{gold['id']:<48} {fact:<12} gold={gold.get(fact)!r} got={got.get(fact)!r}")
        counts["date"] += 1
        ok = _same_date(gold.get("date"), got.get("date"))
        right["date"] += ok
        if verbose and not ok:
            print(f"{gold['id']:<48} {'date':<12} gold={gold.get('date')!r} got={got.get('date')!r}")
        counts["budget"] += 1
        g, e = _eur(gold.get("budget")), _eur(got.get("budget"))
        ok = (g is None and e is None) or (g is not None and e is not None and abs(g - e) <= 0.01 * g)
        right["budget"] += ok
        if verbose and not ok:
            print(f"{gold['id']:<48} {'budget':<12} gold={gold.get('budget')!r} got={got.get('budget')!r}")
        for fact in SET_FACTS:
            g_set, e_set = set(gold.get(fact) or []), set(got.get(fact) or [])
            sets[fact]["tp"] += len(g_set & e_set)
            sets[fact]["fp"] += len(e_set - g_set)
            sets[fact]["fn"] += len(g_set - e_set)
            if verbose and g_set != e_set:
                print(f"{gold['id']:<48} {fact:<12} missed={sorted(g_set - e_set)} extra={sorted(e_set - g_set)}")
    result = {fact: {"accuracy": round(right[fact] / counts[fact], 3), "n": counts[fact]}
              for fact in (*EXACT_FACTS, "date", "budget")}
    for fact, c in sets.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        result[fact] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3)}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", nargs="*", type=Path, default=sorted((REPO / "tests" / "gold").glob("*.jsonl")))
    parser.add_argument("--samples", type=Path, default=REPO / "samples")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    gold_rows = [json.loads(line) for path in args.gold for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    result = evaluate(gold_rows, extracted_records(args.samples), args.verbose)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{len(gold_rows)} gold practices from {', '.join(p.name for p in args.gold)}")
    print(f"{'fact':<13} {'score':>7}  {'target':>7}  detail")
    for fact, r in result.items():
        score = r.get("accuracy", r.get("f1"))
        target = TARGETS.get(fact)
        detail = (f"P {r['precision']:.3f} R {r['recall']:.3f}" if "f1" in r else "accuracy")
        print(f"{fact:<13} {score:>7.3f}  {target if target else '':>7}  {detail}")


if __name__ == "__main__":
    main()
