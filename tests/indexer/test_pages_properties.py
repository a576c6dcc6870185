"""Properties of parse_page that must hold for any text at all."""
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.pages import parse_page

# Lines built from the pieces the parser reacts to, so that the search reaches its
# branches (headings, labels, markers, separators, dates), plus arbitrary text.
PIECES = st.sampled_from([
    "Предистория", "Практика", "Резултати", "Background", "Results", "Обща цел:",
    "Специфични цели:", "Основни дейности:", "Статус: приключил", "Статус:",
    "Иноватор: Община", "Номинации: 0", "Прикачени файлове:", "[Още]", "Още »", "-----",
    "* * *", "Понеделник, 5 Декември 2016", "09.05.2024 г.", "Свързани новини",
    "Valid XHTML 1.0 Transitional", "назад", "Бенефициент: Община", "Начална дата: 01.01.2020",
    "Заглавие", "Текст на практиката.", "", "\t<div class=\"x\">", "&nbsp;", "ДС/ПК",
])
LINES = st.lists(st.one_of(PIECES, st.text(max_size=80)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_page_never_raises_on_arbitrary_text(text):
    pages = parse_page(text)
    assert len(pages) >= 1


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_parsed_pages_are_well_formed(lines):
    for page in parse_page("\n".join(lines)):
        assert page.kind in {"flgr", "project", "registry", "news", "listing"}
        assert page.lang in {"bg", "en"}
        assert "\n" not in page.title
        assert all(value.strip() for value in page.sections.values())
        assert set(page.sections) <= {"background", "practice", "results", "objective",
                                      "specific_objectives", "activities"}
        # The text is the title line, then the body.
        if page.title and page.body:
            assert page.text == f"{page.title}\n{page.body}"
