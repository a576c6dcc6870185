"""The ``praktiki`` command line: thin click wrappers over the package's functions."""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import click

from config.settings import load_settings

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _index_option(f):
    return click.option("--index", "index_dir", default=None, envvar="PRAKTIKI_INDEX",
                        help="Index folder (default var/index, or $PRAKTIKI_INDEX).")(f)


def _settings(index_dir: str | None) -> dict:
    return load_settings({"INDEX": index_dir} if index_dir else None)


@click.group()
@click.version_option(package_name="praktiki")
def main() -> None:
    """praktiki: search Bulgarian local-government practices."""
    logging.basicConfig(level=os.environ.get("PRAKTIKI_LOG_LEVEL", "INFO"),
                        format="%(levelname)s %(name)s: %(message)s")


@main.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_index_option
@click.option("--rebuild", is_flag=True, help="Build a new index from nothing instead of updating.")
@click.option("--report", type=click.File("w", encoding="utf-8"), default=None,
              help="Write what was found and missed per practice, and every failure, as JSONL.")
@click.option("--wait", type=float, default=0.0, show_default=True,
              help="Seconds to wait for another index run to finish.")
def index_cmd(paths, index_dir, rebuild, report, wait):
    """Index practice files (.txt .html .json .jsonl) from PATHS (files or folders)."""
    from indexer.pipeline import IndexWriteError, index_paths
    from indexer.store import IndexBusyError
    settings = _settings(index_dir)
    try:
        summary = index_paths(list(paths), settings["INDEX"], rebuild=rebuild, report=report,
                              settings=settings, wait=wait)
    except (IndexBusyError, IndexWriteError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(summary.text())
    sys.exit(0 if summary.ok else 1)


def _open_snapshot(settings: dict):
    from indexer.store import NoIndexError
    from search_service.snapshot import Snapshot
    try:
        return Snapshot.open_current(Path(settings["INDEX"]))
    except NoIndexError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command("search")
@click.argument("query", default="")
@_index_option
@click.option("--status", multiple=True)
@click.option("--programme", multiple=True)
@click.option("--country", multiple=True)
@click.option("--theme", multiple=True)
@click.option("--municipality", multiple=True)
@click.option("--date-from", default=None)
@click.option("--date-to", default=None)
@click.option("--sort", default="relevance", type=click.Choice(["relevance", "newest", "oldest"]))
@click.option("--page", default=1, type=int)
@click.option("--per-page", default=10, type=int)
@click.option("--lang", default=None, type=click.Choice(["bg", "en"]))
@click.option("--json", "as_json", is_flag=True, help="Print exactly the API's response body.")
def search_cmd(query, index_dir, as_json, **options):
    """Search the index; the same function and parameters as GET /api/v1/search."""
    from marshmallow import ValidationError

    from search_service.schemas import SearchArgsSchema, SearchResponseSchema
    from search_service.search import search
    settings = _settings(index_dir)
    raw = {"q": query, **{k: v for k, v in options.items() if v not in (None, ())}}
    raw = {k: (list(v) if isinstance(v, tuple) else v) for k, v in raw.items()}
    try:
        params = SearchArgsSchema().load(raw)
    except ValidationError as exc:
        raise click.UsageError(json.dumps(exc.messages, ensure_ascii=False)) from exc
    params["lang"] = params.get("lang") or "bg"
    body = SearchResponseSchema().dump(search(_open_snapshot(settings), params, settings))
    if as_json:
        click.echo(json.dumps(body, ensure_ascii=False, indent=2))
        return
    click.echo(f"{body['total']} practices" + (f" · did you mean: {body['did_you_mean']}" if body["did_you_mean"] else ""))
    for warning in body["query"]["warnings"]:
        click.echo(f"note: {warning}")
    for hit in body["hits"]:
        facts = " · ".join(str(x) for x in (hit["municipality"], hit["date"], hit["status"]) if x)
        click.echo(f"\n{hit['id']}  {hit['title']}\n  {facts}")


@main.command("show")
@click.argument("doc_id")
@_index_option
@click.option("--json", "as_json", is_flag=True)
def show_cmd(doc_id, index_dir, as_json):
    """Show one practice with every extracted fact and where it came from."""
    record = _open_snapshot(_settings(index_dir)).record_by_id(doc_id)
    if record is None:
        raise click.ClickException(f"no practice with id {doc_id!r}")
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    click.echo(record["title"])
    for name in ("status", "programmes", "countries", "municipality", "themes", "published", "start",
                 "end", "budget", "source"):
        if record.get(name):
            click.echo(f"  {name}: {record[name]}")
            for prov in record.get("provenance", {}).get(name, []):
                click.echo(f"      ← {prov['source']}")
    for name, text in (record.get("sections") or {}).items():
        click.echo(f"\n[{name}]\n{text}")


@main.command("analyze")
@click.argument("text")
@click.option("--lang", default=None, type=click.Choice(["bg", "en"]))
def analyze_cmd(text, lang):
    """Show the analysis chain token by token: original, normalised, stem."""
    from analyzers.chain import analyze
    for token in analyze(text, lang):
        click.echo(f"{token['position']:>3}  {token['original']:<24} {token['normalized']:<24} {token['stem']}")


@main.command("stem")
@click.option("--lang", default="bg", type=click.Choice(["bg", "en"]))
def stem_cmd(lang):
    """Read one word per line on stdin, print one stem per line (same count)."""
    from analyzers.filters import stem_english
    from analyzers.bulgarian_stemmer import stem
    from analyzers.normalize import normalize_word
    fn = stem if lang == "bg" else stem_english
    for line in sys.stdin:
        word = line.strip()
        click.echo(fn(normalize_word(word).lower()) if word else "")


@main.command("serve")
@_index_option
@click.option("--host", default=None, help="Address to listen on (default $PRAKTIKI_HOST or 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port (default $PRAKTIKI_PORT or 8000).")
@click.option("--workers", default=None, type=int, help="gunicorn workers (default 2).")
@click.option("--dev", is_flag=True, help="Flask's development server instead of gunicorn.")
def serve_cmd(index_dir, host, port, workers, dev):
    """Serve the search page and the JSON API (gunicorn, production settings)."""
    settings = _settings(index_dir)
    host = host or settings["HOST"]
    port = port or settings["PORT"]
    os.environ["PRAKTIKI_INDEX"] = str(settings["INDEX"])
    if dev:
        from search_service.app import create_app
        create_app(settings).run(host=host, port=port, debug=False, threaded=True)
        return
    from search_service.gunicorn_app import run_gunicorn
    run_gunicorn(settings, host, port, workers or settings["WORKERS"])


@main.command("demo")
@_index_option
@click.option("--port", default=None, type=int)
def demo_cmd(index_dir, port):
    """Index the bundled sample practices and serve them."""
    from indexer.pipeline import index_paths
    settings = _settings(index_dir)
    if not SAMPLES.is_dir():
        raise click.ClickException(f"the bundled samples are not at {SAMPLES}")
    summary = index_paths([SAMPLES], settings["INDEX"], rebuild=True, settings=settings)
    click.echo(summary.text())
    from search_service.gunicorn_app import run_gunicorn
    os.environ["PRAKTIKI_INDEX"] = str(settings["INDEX"])
    run_gunicorn(settings, settings["HOST"], port or settings["PORT"], settings["WORKERS"])
