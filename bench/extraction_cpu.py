"""CPU time of fact extraction and of the rest of a rebuild worker's path, for one source tree.

    python bench/extraction_cpu.py [--tree DIR] [--corpus var/bench/corpus-2000-s7] [--dump OUT.jsonl]

Prints one JSON line: ``extract_all`` over every page of the corpus, each extractor called
alone with the inputs ``extract_all`` gives it, and the worker path by phase (reading and
decoding, HTML to text, page parsing, extraction), all in seconds of ``time.process_time``
after a warm-up. ``--tree`` is a checkout (a ``git worktree``) to import ``indexer`` from:
run it alternately on two checkouts, on the same pages, to compare them; the machine is
shared, so only alternated runs say anything.

``--dump`` also writes every practice of the corpus, the samples and the held-out pages
(values and provenance) as JSON lines, to check that two checkouts extract the same.
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _pages(corpus: Path):
    """(text, lang, title) of every page of ``corpus``, as the indexer hands them to extract_all."""
    import indexer.records as records
    from indexer.sources import SourceFailure, iter_files, read_source

    calls = []
    real = records.extract_all

    def recording(text, lang="bg", title=""):
        calls.append((text, lang, title))
        return real(text, lang, title=title)

    records.extract_all = recording
    try:
        for entry in iter_files([corpus]):
            if not isinstance(entry, SourceFailure):
                source = read_source(entry[0], entry[1], 50 * 2**20)
                if not isinstance(source, SourceFailure):
                    records.practices_from_source(source)
    finally:
        records.extract_all = real
    return calls


def extractor_cpu(pages) -> dict[str, float]:
    from indexer.extract import _year, extract_all
    from indexer.extract.budget import extract_budget
    from indexer.extract.countries import extract_countries
    from indexer.extract.dates import extract_dates
    from indexer.extract.municipality import extract_municipality
    from indexer.extract.programmes import extract_programmes
    from indexer.extract.status import extract_status
    from indexer.extract.themes import extract_themes

    clock = time.process_time
    for text, lang, title in pages[:100]:  # warm-up: regex compilation, first-use tables
        extract_all(text, lang, title=title)
    gc.collect()
    cpu = {}
    start = clock()
    for text, lang, title in pages:
        extract_all(text, lang, title=title)
    cpu["extract_all"] = clock() - start
    inputs = []
    for text, lang, title in pages:
        dates, municipality = extract_dates(text, lang), extract_municipality(text, lang)
        own = municipality.value if municipality else None
        year = _year(dates.published) or _year(dates.start)
        inputs.append((text, lang, title, dates, own, year,
                       extract_programmes(text, lang, municipality=own, page_year=year)))
    calls = {
        "dates": lambda t, l, ti, d, own, y, p: extract_dates(t, l),
        "municipality": lambda t, l, ti, d, own, y, p: extract_municipality(t, l),
        "programmes": lambda t, l, ti, d, own, y, p: extract_programmes(t, l, municipality=own, page_year=y),
        "status": lambda t, l, ti, d, own, y, p: extract_status(t, l, municipality=own, page_year=y, published=d.published,
                                                                start=d.start, end=d.end),
        "countries": lambda t, l, ti, d, own, y, p: extract_countries(t, l),
        "themes": lambda t, l, ti, d, own, y, p: extract_themes(t, l, title=ti, programmes=p),
        "budget": lambda t, l, ti, d, own, y, p: extract_budget(t, l),
    }
    for name, call in calls.items():
        start = clock()
        for args in inputs:
            call(*args)
        cpu[name] = clock() - start
    return cpu


def worker_path_cpu(corpus: Path) -> dict[str, float]:
    """The worker's phases over the corpus's text and HTML files (JSON records left out)."""
    from indexer.extract import extract_all
    from indexer.html_text import html_to_text
    from indexer.pages import parse_page
    from indexer.sources import SourceFailure, iter_files, read_source

    clock = time.process_time
    files = [entry for entry in iter_files([corpus]) if not isinstance(entry, SourceFailure)]
    cpu = dict.fromkeys(("read_source", "html_to_text", "parse_page", "extract_all"), 0.0)
    for root, path in files:
        start = clock()
        source = read_source(root, path, 50 * 2**20)
        cpu["read_source"] += clock() - start
        if isinstance(source, SourceFailure) or source.kind not in ("text", "html"):
            continue
        text = source.text
        if source.kind == "html":
            start = clock()
            text = html_to_text(text).text
            cpu["html_to_text"] += clock() - start
        start = clock()
        pages = parse_page(text, name=str(path))
        cpu["parse_page"] += clock() - start
        start = clock()
        for page in pages:
            extract_all(page.text, page.lang, title=page.title)
        cpu["extract_all"] += clock() - start
    return cpu


def dump(out: Path) -> int:
    """Every practice of the bench corpus, the samples and the held-out pages, as JSON lines."""
    from indexer.records import practices_from_source
    from indexer.sources import SourceFailure, iter_files, read_source

    roots = [REPO / "var" / "bench" / "corpus-2000-s7", REPO / "samples",
             *sorted((REPO / "tests" / "gold").glob("heldout*/pages"))]
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for root in roots:
            for entry in iter_files([root]):
                source = entry if isinstance(entry, SourceFailure) else read_source(entry[0], entry[1], 50 * 2**20)
                if isinstance(source, SourceFailure):
                    handle.write(json.dumps({"failure": source.path, "reason": source.reason}, ensure_ascii=False) + "\n")
                    continue
                for practice in practices_from_source(source):
                    row = {"root": str(root.relative_to(REPO)), **practice.to_dict()}
                    handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
                    count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", type=Path, default=REPO, help="checkout to import indexer from")
    parser.add_argument("--corpus", type=Path, default=REPO / "var" / "bench" / "corpus-2000-s7")
    parser.add_argument("--dump", type=Path, help="also write every practice as JSON lines here")
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    import indexer
    if not Path(indexer.__file__).resolve().is_relative_to(args.tree.resolve()):
        sys.exit(f"indexer imported from {indexer.__file__}, not from {args.tree}")
    corpus = args.corpus.resolve()
    result = {"tree": str(args.tree), "load": Path("/proc/loadavg").read_text().split()[0]
              if Path("/proc/loadavg").exists() else None}
    result.update({name: round(value, 3) for name, value in extractor_cpu(_pages(corpus)).items()})
    result.update({f"path_{name}": round(value, 3) for name, value in worker_path_cpu(corpus).items()})
    if args.dump:
        result["dumped"] = dump(args.dump)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
