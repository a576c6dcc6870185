"""Every bundled sample page parses as the kind its folder says, with a real title.

The samples (``samples/<kind>/``) are written by the team in the shapes of formats.md;
this keeps the parser and them in step.
"""
from pathlib import Path

import pytest

from indexer.decoding import decode_bytes
from indexer.html_text import html_to_text
from indexer.pages import parse_page

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
FOLDER_KIND = {"flgr": "flgr", "projects": "project", "registry": "registry",
               "news": "news", "listings": "listing"}
CHROME = ("Valid XHTML", "назад", "[Номинирай]", "[Още]", "[More]", "Verification Code",
          "Printed from", "бисквитки", "Свързани новини")


def sample_pages():
    for folder, kind in FOLDER_KIND.items():
        for path in sorted((SAMPLES / folder).glob("*")):
            if path.suffix in (".txt", ".html"):
                yield pytest.param(path, kind, id=f"{folder}/{path.name}")


def parse_file(path: Path):
    text = decode_bytes(path.read_bytes(), name=path.name)
    if path.suffix == ".html":
        text = html_to_text(text).text
    return parse_page(text, name=path.name)


@pytest.mark.parametrize("path,kind", list(sample_pages()))
def test_sample_kind_title_and_no_chrome(path, kind):
    pages = parse_file(path)
    assert len(pages) >= (2 if kind == "listing" else 1)
    for page in pages:
        assert page.kind == kind
        assert page.title and len(page.title) >= 10
        assert page.lang == ("en" if path.name.startswith("en-") or "-en." in path.name
                             else "bg")
        for chrome in CHROME:
            assert chrome not in page.text


@pytest.mark.parametrize("path,kind", [p for p in sample_pages()
                                       if p.values[1] in ("flgr", "project")])
def test_flgr_and_project_samples_have_their_sections(path, kind):
    page = parse_file(path)[0]
    expected = ({"background", "practice"} if kind == "flgr"
                else {"objective", "specific_objectives", "activities"})
    assert expected <= set(page.sections)
