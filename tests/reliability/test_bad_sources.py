"""Bad source files never stop a run and never reach the index half-read; each one is named
with its reason in the summary and in the ``--report`` file (issue 8, part 5).

The run is a real `praktiki index` subprocess over a folder holding good files beside every
kind of bad one: empty, binary, truncated UTF-8, a lying byte order mark, encodings declared
wrongly in HTML, a 50 MB file over the size limit, broken JSON and JSONL lines, symlink
loops, a named pipe, and a file or folder its reader may not open.
"""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path


from reliability_helpers import (NOBODY, PRAKTIKI, REPO, as_unprivileged, praktiki_env, run_praktiki,
                                 search_answers, shared_tmp)  # noqa: F401

PAGE = """Общински център за услуги на едно гише в {town}

Предистория
Жителите на Община {town} губеха време в обикаляне на различни гишета.

Практика
Общината създаде център за услуги на едно гише с електронна опашка.

Резултати
Времето за обслужване намаля наполовина.

Иноватор: Община {town}
Дата на публикация: 18 март 2017
"""
HTML = """<html><head><meta charset="{declared}"><title>Дигитален архив на Община {town}</title></head>
<body><h1>Дигитален архив на Община {town}</h1>
<p>Общината сканира строителните досиета и ги публикува в електронен архив за гражданите.</p>
<p>Иноватор: Община {town}</p></body></html>
"""


def _record(doc_id: str, title: str) -> str:
    return json.dumps({"id": doc_id, "title": title, "text": f"{title}. Общината въведе нова услуга."},
                      ensure_ascii=False)


def _make_sources(src: Path) -> dict[str, str]:
    """Write good and bad files; returns {bad file name: words its failure reason must hold}."""
    src.mkdir()
    (src / "good.txt").write_text(PAGE.format(town="Тестово"), encoding="utf-8")
    (src / "good-cp1251.txt").write_bytes(PAGE.format(town="Пробно").encode("cp1251"))
    # Declared charset contradicts the bytes: the bytes win, both are read correctly.
    (src / "declared-1251-is-utf8.html").write_bytes(
        HTML.format(declared="windows-1251", town="Утфово").encode("utf-8"))
    (src / "declared-utf8-is-1251.html").write_bytes(
        HTML.format(declared="utf-8", town="Кирилово").encode("cp1251"))
    (src / "records.jsonl").write_text("\n".join([
        _record("rec-1", "Запис едно"),
        '{"id": "rec-2", "title": "Без край',
        '["not", "an", "object"]',
        json.dumps({"id": "rec-4", "text": "без заглавие"}),
        _record("rec-5", "Запис пет"),
    ]) + "\n", encoding="utf-8")

    bad = {}
    (src / "empty.txt").write_bytes(b"")
    bad["empty.txt"] = "empty file"
    (src / "binary.txt").write_bytes(bytes(range(256)) * 16)
    bad["binary.txt"] = "binary"
    # The last letter is Cyrillic (two bytes): the file ends after its first byte.
    cut = (PAGE.format(town="Срязано") + "Край").encode("utf-8")[:-1]
    assert cut[-1] >= 0xC0
    (src / "truncated.txt").write_bytes(cut)
    bad["truncated.txt"] = "truncated UTF-8"
    (src / "bom-lies.txt").write_bytes(b"\xff\xfe" + PAGE.format(town="Лъжово").encode("utf-8")[:301])
    bad["bom-lies.txt"] = "byte order mark"
    with open(src / "huge.txt", "wb") as fh:   # 50 MB (sparse: the size check must come first)
        fh.write(PAGE.format(town="Огромно").encode("utf-8"))
        fh.truncate(50 * 2**20)
    bad["huge.txt"] = "file too large: 50.0 MiB > limit 20 MiB"
    (src / "broken.json").write_text('{\n  "id": "j-1",\n  "title": "Без край,\n  "text": "x"\n}\n',
                                     encoding="utf-8")
    bad["broken.json"] = "invalid JSON at line 3"
    bad["records.jsonl:2"] = "line 2: invalid JSON"
    bad["records.jsonl:3"] = "line 3: a record must be a JSON object"
    bad["records.jsonl:4"] = "line 4: record has no 'title' string"
    loop = src / "loop"
    loop.mkdir()
    (loop / "inner.txt").write_text(PAGE.format(town="Кръгово"), encoding="utf-8")
    (loop / "again").symlink_to("..", target_is_directory=True)
    bad["loop/again"] = "symlink loop"
    (src / "self.txt").symlink_to("self.txt")
    bad["self.txt"] = "cannot read"
    os.mkfifo(src / "pipe.txt")   # opening it for reading would wait for a writer for ever
    bad["pipe.txt"] = "not a regular file"
    (src / "secret.txt").write_text(PAGE.format(town="Тайново"), encoding="utf-8")
    (src / "secret.txt").chmod(0)
    bad["secret.txt"] = "permission denied"
    closed = src / "closed"
    closed.mkdir()
    (closed / "hidden.txt").write_text(PAGE.format(town="Закриво"), encoding="utf-8")
    closed.chmod(0)
    bad["closed"] = "cannot list folder: Permission denied"
    return bad


GOOD_IDS = {"good", "good-cp1251", "declared-1251-is-utf8", "declared-utf8-is-1251", "rec-1", "rec-5",
            "loop/inner"}


def _index_as_unprivileged_user(src: Path, index_dir: Path, report: Path) -> subprocess.CompletedProcess:
    """As root the run drops to `nobody`, whose files the index and report are."""
    args = as_unprivileged([str(PRAKTIKI), "index", str(src), "--index", str(index_dir),
                            "--report", str(report)])
    if os.geteuid() == 0:
        index_dir.mkdir()
        os.chown(index_dir, NOBODY, NOBODY)
        report.touch()
        os.chown(report, NOBODY, NOBODY)
    return subprocess.run(args, capture_output=True, text=True, timeout=300, cwd=REPO,
                          env=praktiki_env(HOME=str(index_dir.parent)))


def test_every_kind_of_bad_file_is_named_with_its_reason_and_good_files_are_indexed(shared_tmp):
    src = shared_tmp / "src"
    bad = _make_sources(src)
    index_dir, report = shared_tmp / "ix", shared_tmp / "report.jsonl"
    done = _index_as_unprivileged_user(src, index_dir, report)
    assert done.returncode == 1, f"a run with failures says so in its exit status:\n{done.stderr[-3000:]}"
    assert "Traceback" not in done.stderr, done.stderr[-3000:]

    failed_lines = [line for line in done.stdout.splitlines() if line.startswith("FAILED ")]
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    errors = {row["path"]: row["error"] for row in rows if "error" in row}
    for name, reason in bad.items():
        path = str(src / name)
        summary_line = next((line for line in failed_lines if line.startswith(f"FAILED {path}:")), None)
        assert summary_line is not None, f"{name} is not named in the summary:\n{done.stdout}"
        assert reason in summary_line, (name, summary_line)
        assert path in errors and reason in errors[path], (name, errors.get(path))
    assert len(failed_lines) == len(bad) == len(errors), failed_lines

    # Only the good files (and good JSONL lines) are in the index, and read correctly.
    hits = {h["id"]: h for h in _search(index_dir, per_page=50)["hits"]}
    assert set(hits) == GOOD_IDS
    assert {row["id"] for row in rows if "id" in row} == GOOD_IDS
    assert "Утфово" in hits["declared-1251-is-utf8"]["title"]
    assert "Кирилово" in hits["declared-utf8-is-1251"]["title"]
    for town in ("Срязано", "Лъжово", "Огромно", "Тайново", "Закриво"):
        assert _search(index_dir, q=town)["total"] == 0, f"a refused file reached the index: {town}"


def test_the_size_limit_is_a_setting(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "small.txt").write_text(PAGE.format(town="Малково"), encoding="utf-8")
    with open(src / "two-mib.txt", "wb") as fh:
        fh.write(PAGE.format(town="Двойново").encode("utf-8"))
        fh.truncate(2 * 2**20)
    done = run_praktiki("index", str(src), "--index", str(tmp_path / "ix"), PRAKTIKI_MAX_FILE_MB="1")
    assert done.returncode == 1
    assert f"FAILED {src / 'two-mib.txt'}: file too large: 2.0 MiB > limit 1 MiB (PRAKTIKI_MAX_FILE_MB)" \
        in done.stdout, done.stdout
    assert search_answers(tmp_path / "ix")[-1]["ids"] == ["small"]


def _search(index_dir: Path, **params) -> dict:
    from search_service.app import create_app
    return create_app({"INDEX": str(index_dir)}).test_client().get("/api/v1/search", query_string=params).get_json()
