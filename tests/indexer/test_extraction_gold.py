"""Extraction on the bundled samples against the team's gold (bench/extraction_eval.py).

A regression floor at issue 4's targets: the samples are the extractors' development set,
so these scores are optimistic; the held-out figures are in BENCHMARKS.md.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_of(result: dict, fact: str) -> float:
    """The figure a fact is judged by: accuracy, or micro F1 for the list-valued facts."""
    return result[fact].get("accuracy", result[fact].get("f1"))


@pytest.fixture(scope="module")
def extraction_eval():
    """bench/extraction_eval.py, the same scorer the benchmark figures come from."""
    spec = importlib.util.spec_from_file_location("bench_extraction_eval", REPO / "bench" / "extraction_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(extraction_eval):
    gold = [row for path in sorted((REPO / "tests" / "gold").glob("*.jsonl")) for row in read_jsonl(path)]
    assert len(gold) >= 40
    return extraction_eval.evaluate(gold, extraction_eval.extracted_records(REPO / "samples")), extraction_eval.TARGETS


@pytest.mark.parametrize("fact", ["status", "programmes", "countries", "date", "budget", "municipality",
                                  "themes"])
def test_each_fact_meets_its_target_on_the_samples(scores, fact):
    result, targets = scores
    assert score_of(result, fact) >= targets[fact], (fact, result[fact])


def test_gold_ids_and_vocabularies_exist():
    import csv
    dev_files = sorted((REPO / "tests" / "gold").glob("*.jsonl"))
    heldout_files = sorted((REPO / "tests" / "gold").glob("heldout*/gold.jsonl"))
    gold = [row for path in dev_files + heldout_files for row in read_jsonl(path)]

    def column(name, col):
        with open(REPO / "config" / name, encoding="utf-8", newline="") as fh:
            return {row[col] for row in csv.DictReader(fh, delimiter="\t")}
    programmes, themes = column("programmes.tsv", "id"), column("themes.tsv", "id")
    municipalities = column("municipalities.tsv", "label")
    for row in gold:
        assert set(row["programmes"]) <= programmes, row["id"]
        assert set(row["themes"]) <= themes, row["id"]
        assert row["municipality"] is None or row["municipality"] in municipalities, row["id"]
        assert "BG" not in row["countries"], row["id"]
    # ids are unique within a set (each set is indexed on its own, so sets may share an id)
    for path in heldout_files:
        ids = [row["id"] for row in read_jsonl(path)]
        assert len(ids) == len(set(ids)), path
    ids = [row["id"] for path in dev_files for row in read_jsonl(path)]
    assert len(ids) == len(set(ids))


# Each held-out set's figures on the commit that last changed the extractors (BENCHMARKS.md),
# rounded down to two decimals: a floor against regressions, not the targets. Sets were used
# for development after their first, blind run; heldout5 is short of the budget and themes
# targets (recorded in BENCHMARKS.md), which is why its floors sit below them. heldout6's
# blind run is recorded in BENCHMARKS.md; it has since been a development set for status.
# themes: the classifier stacked on the cue rules (bench/theme_cv.py) is trained on these
# sets, so its scores on them (0.90-0.95) are in-sample; its floors are its leave-one-set-out
# scores, rounded down, which the rules alone never reached on any set.
HELDOUT_FLOORS = {
    "heldout": {"status": 1.0, "municipality": 1.0, "date": 1.0, "budget": 1.0, "programmes": 1.0,
                "countries": 1.0, "themes": 0.88},
    "heldout2": {"status": 1.0, "municipality": 1.0, "date": 1.0, "budget": 1.0, "programmes": 1.0,
                 "countries": 1.0, "themes": 0.89},
    "heldout3": {"status": 1.0, "municipality": 1.0, "date": 1.0, "budget": 1.0, "programmes": 0.99,
                 "countries": 1.0, "themes": 0.88},
    "heldout4": {"status": 1.0, "municipality": 1.0, "date": 1.0, "budget": 1.0, "programmes": 1.0,
                 "countries": 1.0, "themes": 0.91},
    "heldout5": {"status": 1.0, "municipality": 1.0, "date": 1.0, "budget": 1.0, "programmes": 0.99,
                 "countries": 1.0, "themes": 0.81},
    "heldout6": {"status": 1.0, "municipality": 1.0, "date": 0.97, "budget": 1.0, "programmes": 1.0,
                 "countries": 1.0, "themes": 0.86},
    # written blind and run once (its README), then a development set for page structure
    # (listings, registry tables, datelines), for the extractors' failure classes (dates
    # without a year, caps, shares, visitors, quoted title names) and for status
    "heldout7": {"status": 1.0, "municipality": 1.0, "date": 1.0, "budget": 1.0, "programmes": 1.0,
                 "countries": 1.0, "themes": 0.85},
    # written blind and run once (its README), then a development set for page reading
    # (a bulleted regional digest, tab-separated and CSV registry extracts, a label block
    # above the title) and for the extractors at the same time
    "heldout8": {"status": 1.0, "municipality": 1.0, "date": 0.97, "budget": 1.0, "programmes": 1.0,
                 "countries": 1.0, "themes": 0.82},
    # written blind in the fourth session and run once (their READMEs: status 0.851 / 0.702,
    # budget 0.851 / 0.723 ...), then development sets for page reading (listings, CSV/TSV
    # registry exports, datelines) and every extractor; floors one practice under what
    # c1411e0 measures (every fact 1.000 but date 0.979) so that one reading changed for a
    # good reason elsewhere does not fail the build; themes at their leave-one-set-out scores
    "heldout9": {"status": 0.97, "municipality": 0.97, "date": 0.97, "budget": 0.97, "programmes": 0.97,
                 "countries": 0.97, "themes": 0.83},
    "heldout10": {"status": 0.97, "municipality": 0.97, "date": 0.97, "budget": 0.97, "programmes": 0.97,
                  "countries": 0.97, "themes": 0.84},
    # written blind in the fourth session, run blind twice (their READMEs), then development
    # sets for every extractor and page reading; floors one practice under the measured
    # figures; themes (now trained on them) at the heldout9/10 level
    "heldout11": {"status": 0.95, "municipality": 0.97, "date": 0.95, "budget": 0.97, "programmes": 0.97,
                  "countries": 0.97, "themes": 0.83},
    "heldout12": {"status": 0.97, "municipality": 0.95, "date": 0.97, "budget": 0.97, "programmes": 0.97,
                  "countries": 0.97, "themes": 0.83},
    # written blind in the fourth session, run blind three times (their READMEs), then a short
    # round on status and English listings; floors at what 22b10a4 measures, rounded down
    "heldout13": {"status": 0.95, "municipality": 1.0, "date": 0.95, "budget": 0.97, "programmes": 0.95,
                  "countries": 0.93, "themes": 0.85},
    "heldout14": {"status": 1.0, "municipality": 0.97, "date": 0.92, "budget": 0.95, "programmes": 0.96,
                  "countries": 1.0, "themes": 0.85},
    # written blind in the fifth session and run once each (their READMEs), then development sets
    # for every extractor and page reading; floors one practice under what 8fb5b1b measures;
    # themes: heldout15-19 train the model (in-sample), heldout20/21 do not
    "heldout15": {"status": 0.92, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.85},
    "heldout16": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.85},
    "heldout17": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.93,
                  "countries": 0.96, "themes": 0.85},
    "heldout18": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.95,
                  "countries": 0.96, "themes": 0.78},
    "heldout19": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.80},
    "heldout20": {"status": 0.93, "municipality": 0.93, "date": 0.93, "budget": 0.93, "programmes": 0.92,
                  "countries": 0.96, "themes": 0.82},
    "heldout21": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.72},
    # written blind in the sixth session and run once each (their READMEs), then development sets; floors one
    # practice under what 1546212 measures; themes: every set up to heldout33 trains the model (in-sample)
    "heldout22": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.86},
    "heldout23": {"status": 0.94, "municipality": 0.94, "date": 0.94, "budget": 0.94, "programmes": 0.94,
                  "countries": 0.94, "themes": 0.83},
    "heldout24": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.88},
    "heldout25": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.87},
    "heldout26": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.93, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.85},
    "heldout27": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.84},
    "heldout28": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.87},
    "heldout29": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.85},
    "heldout30": {"status": 0.93, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.95,
                  "countries": 0.96, "themes": 0.77},
    "heldout31": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.84},
    "heldout32": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.8},
    "heldout33": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.78},
    # the last two pairs, run blind at 18:22 and 18:36 and worked on only for status: floors one practice under
    # their present figures (themes out of sample: the model is trained up to heldout33)
    "heldout34": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.86},
    "heldout35": {"status": 0.96, "municipality": 0.93, "date": 0.93, "budget": 0.96, "programmes": 0.93,
                  "countries": 0.86, "themes": 0.78},
    "heldout36": {"status": 0.96, "municipality": 0.89, "date": 0.96, "budget": 0.93, "programmes": 0.93,
                  "countries": 0.96, "themes": 0.83},
    "heldout37": {"status": 0.96, "municipality": 0.96, "date": 0.93, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.88, "themes": 0.73},
    # written blind in the seventh session and run once each (their READMEs), then development sets; floors one
    # practice under what c9f5149+ measures; themes: heldout38/39 train the model (in-sample), heldout40/41 do not
    "heldout38": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.84},
    "heldout39": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.84},
    "heldout40": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.93,
                  "countries": 0.96, "themes": 0.77},
    "heldout41": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.94,
                  "countries": 0.96, "themes": 0.88},
    # the last three pairs of the seventh session: heldout42/43 worked on (status, dates, programmes, municipality),
    # heldout44–49 run blind and not worked on but for status (44/45); floors one practice under what 68e4d67+ measures
    "heldout42": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.81},
    "heldout43": {"status": 0.96, "municipality": 0.96, "date": 0.93, "budget": 0.96, "programmes": 0.94,
                  "countries": 0.96, "themes": 0.84},
    "heldout44": {"status": 0.96, "municipality": 0.96, "date": 0.92, "budget": 0.96, "programmes": 0.9,
                  "countries": 0.96, "themes": 0.84},
    "heldout45": {"status": 0.96, "municipality": 0.96, "date": 0.9, "budget": 0.96, "programmes": 0.92,
                  "countries": 0.9, "themes": 0.83},
    "heldout46": {"status": 0.93, "municipality": 0.96, "date": 0.96, "budget": 0.93, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.86},
    "heldout47": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.96, "themes": 0.81},
    "heldout48": {"status": 0.92, "municipality": 0.92, "date": 0.89, "budget": 0.96, "programmes": 0.93,
                  "countries": 0.96, "themes": 0.87},
    "heldout49": {"status": 0.96, "municipality": 0.96, "date": 0.96, "budget": 0.96, "programmes": 0.96,
                  "countries": 0.8, "themes": 0.85},
}


@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_heldout_sets_do_not_regress(extraction_eval, name):
    folder = REPO / "tests" / "gold" / name
    result = extraction_eval.evaluate(read_jsonl(folder / "gold.jsonl"),
                                      extraction_eval.extracted_records(folder / "pages"))
    below = {fact: (round(score_of(result, fact), 3), floor) for fact, floor in HELDOUT_FLOORS[name].items()
             if score_of(result, fact) < floor}
    assert not below, below
