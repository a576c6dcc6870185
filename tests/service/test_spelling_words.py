"""The segments' spelling side files answer what Whoosh's ``spell_*`` fields answered.

The reference index is written with ``spelling=True`` title/body fields (the schema before
the side files, Whoosh's spell_title/spell_body postings); the new one with side files.
Suggester words and frequencies, known words, the fuzzy neighbours of typos and "did you
mean" corrections must be equal, over one segment and over two. After an update that
deletes documents, and after a merge, the counts must be those of a rebuild (Whoosh's
spell postings ignored deletions until a merge).
"""
from __future__ import annotations

import shutil
from itertools import islice
from pathlib import Path

import pytest
from whoosh import fields
from whoosh import index as whoosh_index
from whoosh import query as wq

import indexer.pipeline
from indexer import store
from indexer.pipeline import index_paths
from indexer.schema import PraktikiText, build_schema
from search_service.query import edits1
from search_service.snapshot import Snapshot
from search_service.suggest import MAX_WORDS, SpellingWords

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
FOLDERS = sorted(p for p in SAMPLES.iterdir() if p.is_dir())


def _spell_field_schema() -> fields.Schema:
    items = {}
    for name, field in build_schema().items():
        if isinstance(field, PraktikiText) and field.spelling_words:
            field = PraktikiText(analyzer=field.analyzer, field_boost=field.format.field_boost, phrase=True,
                                 spelling=True, stored=False)
        items[name] = field
    return fields.Schema(**items)


def _build(target: Path, roots_per_run: list[list[Path]], reference: bool, monkeypatch) -> Path:
    with monkeypatch.context() as m:
        if reference:
            m.setattr(indexer.pipeline, "build_schema", _spell_field_schema)
        for i, roots in enumerate(roots_per_run):
            index_paths(roots, target, rebuild=i == 0, progress=False)
    return target


def _reference_words(reader) -> tuple[list[str], dict[str, int]]:
    """Suggester.words/freq as computed from Whoosh's spell_* fields before the side files."""
    freq: dict[str, int] = {}
    for field in ("spell_title", "spell_body"):
        for term, info in reader.iter_field(field):
            word = term.decode("utf-8") if isinstance(term, bytes) else term
            if len(word) >= 3 and not word.isdigit():
                freq[word] = freq.get(word, 0) + info.doc_frequency()
    top = sorted(freq.items(), key=lambda kv: -kv[1])[:MAX_WORDS]
    return sorted(w for w, _ in top), dict(top)


def _typos(reader) -> list[str]:
    words = [t.decode("utf-8") for t in reader.lexicon("spell_body")]
    long = [w for w in words if len(w) >= 5 and w.isalpha()]
    out = []
    for w in long[::7][:120]:
        out.append(w)
        out.extend(sorted(edits1(w))[::97][:3])
    return out


def _compare(new: Snapshot, ref: Snapshot) -> None:
    assert not any(name.startswith("spell_") for name in new.schema.names())
    assert any(name.startswith("spell_") for name in ref.schema.names())
    words, freq = _reference_words(ref.reader)
    assert new.suggester.words == words
    assert new.suggester.freq == freq
    spelling = new.suggester.spelling
    reference_body = [t.decode("utf-8") for t in ref.reader.lexicon("spell_body")]
    reference_title = [t.decode("utf-8") for t in ref.reader.lexicon("spell_title")]
    assert list(spelling.body) == reference_body
    assert list(spelling.title) == reference_title
    for word in reference_body[::3] + reference_title + ["несъществуваща", "zzz", "о"]:
        expected = (ref.reader.doc_frequency("spell_body", word) > 0
                    or ref.reader.doc_frequency("spell_title", word) > 0)
        assert spelling.known(word) == expected, word
    corrector, ref_corrector = new.suggester.corrector(new.reader), ref.searcher.corrector("body")
    typos = _typos(ref.reader)
    assert len(typos) > 100
    for raw in typos:
        fuzzy = wq.FuzzyTerm("spell_body", raw, maxdist=1, prefixlength=1)
        expected = [w.decode("utf-8") if isinstance(w, bytes) else w for w in islice(fuzzy._btexts(ref.reader), 64)]
        assert list(islice(spelling.terms_within(raw, 1, prefix=1), 64)) == expected, raw
        for limit in (1, 3):
            assert (corrector.suggest(raw, limit=limit, maxdist=2, prefix=1)
                    == ref_corrector.suggest(raw, limit=limit, maxdist=2, prefix=1)), raw
    for prefix in ("об", "про", "мун", "en", "obsh", "град"):
        assert new.suggester.suggest(prefix) == ref.suggester.suggest(prefix)


@pytest.mark.parametrize("runs", [[FOLDERS], [FOLDERS[:2], FOLDERS]], ids=["one segment", "two segments"])
def test_side_files_answer_like_spell_fields(tmp_path, monkeypatch, runs):
    new_dir = _build(tmp_path / "new", runs, False, monkeypatch)
    ref_dir = _build(tmp_path / "ref", runs, True, monkeypatch)
    new, ref = Snapshot.open_current(new_dir), Snapshot.open_current(ref_dir)
    try:
        assert len(new.segments) == len(ref.segments) == len(runs)
        _compare(new, ref)
    finally:
        new.close()
        ref.close()


def _fields(index_dir: Path) -> dict:
    snap = Snapshot.open_current(index_dir)
    try:
        return snap.suggester.spelling.fields, snap.suggester.words, snap.suggester.freq, len(snap.segments)
    finally:
        snap.close()


def _utf8(path: Path) -> bool:
    try:
        path.read_text(encoding="utf-8")
        return True
    except UnicodeDecodeError:
        return False


def test_deletions_and_merges_count_like_a_rebuild(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES, corpus)
    index_dir = tmp_path / "ix"
    index_paths([corpus], index_dir, rebuild=True, progress=False)
    changed = next(p for p in sorted(corpus.rglob("*.txt")) if _utf8(p))
    text = changed.read_text(encoding="utf-8")
    middle = text.index(" ", len(text) // 2)
    changed.write_text(text[:middle] + " щъркелоподобност" + text[middle:], encoding="utf-8")
    removed = sorted(corpus.rglob("*.html"))[0]
    removed.unlink()
    index_paths([corpus], index_dir, progress=False)
    updated = _fields(index_dir)
    assert updated[3] == 2
    assert "щъркелоподобност" in updated[0]["body"]
    rebuilt_dir = tmp_path / "rebuilt"
    index_paths([corpus], rebuilt_dir, rebuild=True, progress=False)
    rebuilt = _fields(rebuilt_dir)
    assert updated[:3] == rebuilt[:3]
    # A merge carries the live documents' words into the merged segment's side file.
    ix = whoosh_index.open_dir(str(store.current_path(index_dir)))
    ix.writer().commit(optimize=True)
    ix.close()
    merged = _fields(index_dir)
    assert merged[3] == 1
    assert merged[:3] == rebuilt[:3]
    assert isinstance(SpellingWords([]).title, dict)
