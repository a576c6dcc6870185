"""Browser-test fixtures: the real app over a real index, served on a free port, and Chromium.

The index is built from every file in ``samples/`` plus one hostile practice written here,
through the indexer's public ``index_paths``; the app is the real ``create_app`` served by
werkzeug in a thread.  Chromium is Debian's (``/usr/bin/chromium``) driven by Playwright;
nothing is downloaded.  Without that binary the whole suite is skipped with the reason.
"""
from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
# Screenshots are test artifacts: written under var/ (ignored by git) so that `make test`
# leaves the checkout clean; PRAKTIKI_UPDATE_SCREENSHOTS=1 refreshes the ones README shows.
SCREENSHOTS = (REPO / "docs" / "screenshots" if os.environ.get("PRAKTIKI_UPDATE_SCREENSHOTS") == "1"
               else REPO / "var" / "screenshots")
HERE = Path(__file__).resolve().parent

# A practice whose text tries to run code.  It must show as text and never execute.  A JSON
# record, because the indexer keeps a JSON title verbatim (text files lose their tags).
HOSTILE_ID = "hostile/script-practice"
HOSTILE_RECORD = {
    "id": HOSTILE_ID,
    "title": 'Злонамерена практика <script>window.__pwned = 1</script> '
             '<img src=x onerror="window.__pwned = 2">',
    "text": "Общината Злонамерено проверява дали 5 < 6 > 2 се показва като текст, а "
            "<b onmouseover=\"window.__pwned = 3\">маркировката</b> не се изпълнява. "
            "Бюджет на проекта: 10 000 лв.",
    "source": "javascript:window.__pwned = 4",
}


def _skip_reason() -> str | None:
    if not CHROMIUM.exists():
        return f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "browser tests need the playwright Python package"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _skip_reason()
    if reason is None:
        return
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory) -> Path:
    """A published index of the samples plus the hostile practice."""
    from indexer.pipeline import index_paths

    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SAMPLES, corpus / "samples")
    (corpus / "samples" / "hostile.jsonl").write_text(
        json.dumps(HOSTILE_RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    index = tmp_path_factory.mktemp("index")
    summary = index_paths([corpus / "samples"], index, rebuild=True)
    assert summary.published, "the sample corpus did not produce an index"
    return index


@pytest.fixture(scope="session")
def base_url(index_dir):
    """The real app, served by werkzeug on a free port for the whole session."""
    from werkzeug.serving import make_server

    from search_service.app import create_app

    app = create_app({"INDEX": str(index_dir), "TESTING": False})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def script_errors() -> list[str]:
    """Uncaught script errors and console errors (CSP violations show up here)."""
    return []


@pytest.fixture
def page(browser, base_url, script_errors):
    """A fresh desktop page (own cookies and cache) whose relative URLs go to the app."""
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900},
                                  locale="bg-BG")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.on("pageerror", lambda error: script_errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and script_errors.append(message.text))
    yield page
    context.close()


@pytest.fixture
def no_js_page(browser, base_url):
    """A page with JavaScript disabled: everything must still work."""
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900},
                                  java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser, base_url):
    """A 360 px wide touch screen, the narrowest phone the page supports."""
    context = browser.new_context(base_url=base_url, viewport={"width": 360, "height": 780},
                                  device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshot():
    """``screenshot(page, name)`` saves ``<SCREENSHOTS>/<name>.png`` (a test artifact)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(page, name: str, full_page: bool = False) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path
    return save
