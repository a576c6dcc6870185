"""The search page in real headless Chromium, against the real app and a real index.

Each test is one thing a visitor does; the main states are saved as screenshots in
``var/screenshots/`` (``PRAKTIKI_UPDATE_SCREENSHOTS=1`` refreshes ``docs/screenshots/``, which README shows).
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

HOSTILE_ID = "hostile/script-practice"  # the JSON record conftest.py writes

pytestmark = pytest.mark.browser

QUERY = "община"            # in almost every sample
LATIN_QUERY = "gabrovo"      # Streamlined-System spelling of "габрово"
LATIN_READING = "габрово"


def total(page) -> int:
    return int(page.locator("section.results").get_attribute("data-total"))


def query_args(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def search_for(page, text: str) -> None:
    page.goto("/")
    page.fill("#q", text)
    with page.expect_navigation():
        page.press("#q", "Enter")


def test_typed_query_shows_highlighted_hits(page, screenshot, script_errors):
    search_for(page, QUERY)
    assert query_args(page)["q"] == [QUERY]
    assert total(page) > 0
    expect(page.locator(".hit").first).to_be_visible()
    marks = page.locator(".hit__snippet mark")
    assert marks.count() > 0
    assert all(text.casefold().startswith("общин") for text in marks.all_inner_texts()[:5])
    expect(page.locator("h1")).to_contain_text(QUERY)
    expect(page.locator("#q")).to_have_value(QUERY)  # the box keeps the query
    screenshot(page, "search-results")
    assert script_errors == []


def test_suggestions_open_under_the_box_and_follow_the_keyboard(page):
    page.goto("/")
    page.locator("#q").press_sequentially("общ", delay=30)
    options = page.locator("#q-suggestions [role=option]")
    expect(options.first).to_be_visible()
    expect(page.locator("#q")).to_have_attribute("aria-expanded", "true")
    page.press("#q", "ArrowDown")
    expect(options.first).to_have_attribute("aria-selected", "true")
    expect(page.locator("#q")).to_have_attribute("aria-activedescendant", options.first.get_attribute("id"))
    if options.count() > 1:
        page.press("#q", "ArrowDown")
        expect(options.nth(1)).to_have_attribute("aria-selected", "true")
        expect(options.first).to_have_attribute("aria-selected", "false")
    page.press("#q", "Escape")
    expect(page.locator("#q-suggestions")).to_be_hidden()
    expect(page.locator("#q")).to_have_attribute("aria-expanded", "false")


def test_choosing_a_suggestion_with_enter_searches_or_opens_it(page):
    page.goto("/")
    page.locator("#q").press_sequentially("общ", delay=30)
    expect(page.locator("#q-suggestions [role=option]").first).to_be_visible()
    page.press("#q", "ArrowDown")
    with page.expect_navigation():
        page.press("#q", "Enter")
    assert urlsplit(page.url).path.startswith("/practices/") or query_args(page).get("q")


def test_ticking_a_facet_changes_counts_and_results(page, screenshot):
    search_for(page, QUERY)
    before = total(page)
    facet = page.locator("fieldset.facet[data-facet=status] .facet__item").first
    value = facet.locator("input").get_attribute("value")
    bucket_count = int(facet.locator(".count").inner_text())
    other_counts_before = page.locator("fieldset.facet[data-facet=programme] .count").all_inner_texts()
    with page.expect_navigation():
        facet.locator("label").click()  # auto-submits: no button press
    assert query_args(page)["status"] == [value]
    assert "date_from=" not in page.url  # empty fields stay out of the shared link
    # Disjunctive facets: the count shown beside a value is what ticking it gives.
    assert total(page) == bucket_count <= before
    expect(page.locator(f"fieldset.facet[data-facet=status] input[value='{value}']")).to_be_checked()
    expect(page.locator(".active-filters a")).to_have_count(1)
    if bucket_count < before:
        after = page.locator("fieldset.facet[data-facet=programme] .count").all_inner_texts()
        assert after != other_counts_before  # the other facets' counts follow the filter
    screenshot(page, "facet-ticked")


def test_filtered_hits_all_have_the_ticked_status(page):
    page.goto(f"/?q={QUERY}&status=completed&per_page=50")
    statuses = {hit.get_attribute("class") for hit in page.locator(".hit .badge").all()}
    assert statuses == {"badge badge--completed"}


def test_latin_letters_are_read_as_cyrillic(page, screenshot):
    search_for(page, LATIN_QUERY)
    notice = page.locator(".notice--interpreted")
    expect(notice).to_contain_text(f"„{LATIN_READING}“")
    assert total(page) > 0
    titles = " ".join(page.locator(".hit__title").all_inner_texts()).casefold()
    assert LATIN_READING in titles
    screenshot(page, "latin-query")


def test_pagination_moves_through_the_results(page):
    page.goto("/?per_page=5")
    assert total(page) > 10
    first_page_titles = page.locator(".hit__title").all_inner_texts()
    expect(page.locator(".pagination [aria-current=page]")).to_have_text("1")
    with page.expect_navigation():
        page.locator(".pagination a[rel=next]").click()
    assert query_args(page)["page"] == ["2"] and query_args(page)["per_page"] == ["5"]
    expect(page.locator(".pagination [aria-current=page]")).to_have_text("2")
    second_page_titles = page.locator(".hit__title").all_inner_texts()
    assert len(second_page_titles) == 5
    assert not set(first_page_titles) & set(second_page_titles)
    assert page.locator("ol.hits").get_attribute("start") == "6"
    with page.expect_navigation():
        page.locator(".pagination a[rel=prev]").click()
    assert page.locator(".hit__title").all_inner_texts() == first_page_titles


def test_detail_page_shows_sections_facts_with_sources_and_similar(page, screenshot):
    search_for(page, "Габрово едно гише")
    first = page.locator(".hit__title a").first
    title = first.inner_text()
    with page.expect_navigation():
        first.click()
    assert urlsplit(page.url).path.startswith("/practices/")
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".practice__section h3").first).to_be_visible()
    facts = page.locator(".fact")
    assert facts.count() >= 2
    # Every fact shows the sentence it came from, and that sentence is marked in the text.
    sources = page.locator(".fact__source").all_inner_texts()
    assert sources and all(s.strip() for s in sources)
    assert page.locator(".prose mark").count() >= 1
    page.locator(".fact__link a").first.click()  # jumps to the sentence in the text
    expect(page.locator(".prose mark:target")).to_have_count(1)
    expect(page.locator(".prose mark:target")).to_be_in_viewport()
    assert page.locator(".similar__list li").count() >= 1
    screenshot(page, "detail", full_page=True)
    with page.expect_navigation():
        page.locator(".back a").click()
    assert query_args(page)["q"] == ["Габрово едно гише"]


def test_zero_results_page_offers_a_way_out(page, screenshot):
    search_for(page, QUERY)
    value = page.locator("fieldset.facet[data-facet=status] input").first.get_attribute("value")
    page.goto(f"/?q=Габорво&status={value}&date_from=1990&date_to=1995")
    assert total(page) == 0
    expect(page.locator(".empty")).to_be_visible()
    expect(page.locator(".empty a.did-you-mean")).to_be_visible()
    removal = page.locator(".removals li").first
    expect(removal.locator("a")).to_be_visible()
    expect(page.locator(".removals li")).to_have_count(2)  # the status and the period
    screenshot(page, "zero-results")
    promised = removal.locator(".removal-count").inner_text()
    with page.expect_navigation():
        removal.locator("a").click()
    assert "status" not in query_args(page) and query_args(page)["date_from"] == ["1990"]
    assert f"({total(page)} " in promised  # the count shown beside the link was right


def test_misspelt_query_offers_did_you_mean_link(page):
    page.goto("/?q=Габорво")  # two letters swapped: nothing matches as typed
    assert total(page) == 0
    link = page.locator("a.did-you-mean")
    expect(link).to_have_text(re.compile("габрово", re.IGNORECASE))
    with page.expect_navigation():
        link.click()
    assert query_args(page)["q"][0].casefold() == "габрово"
    assert total(page) > 0


def test_everything_works_without_javascript(no_js_page):
    page = no_js_page
    page.goto("/")
    page.fill("#q", QUERY)
    with page.expect_navigation():
        page.locator("form#search button[type=submit]").click()
    assert total(page) > 0
    facet = page.locator("fieldset.facet[data-facet=status] .facet__item").first
    bucket_count = int(facet.locator(".count").inner_text())
    facet.locator("label").click()  # ticks the box; nothing submits by itself
    assert "status" not in query_args(page)
    with page.expect_navigation():
        page.locator(".filters__apply").click()
    assert "status" in query_args(page) and total(page) == bucket_count
    before_years = total(page)
    page.fill("input[name=date_from]", "2016")
    with page.expect_navigation():
        page.locator(".filters__apply").click()
    assert query_args(page)["date_from"] == ["2016"] and "status" in query_args(page)
    assert 0 < total(page) < before_years
    expect(page.locator("input[name=date_from]")).to_have_value("2016")
    page.select_option("#sort", "newest")
    with page.expect_navigation():
        page.locator("noscript button, .results__controls button").first.click()
    assert query_args(page)["sort"] == ["newest"]
    with page.expect_navigation():
        page.locator(".hit__title a").first.click()
    expect(page.locator(".practice__title")).to_be_visible()


def test_hostile_practice_stays_text(page, screenshot):
    page.goto("/?q=Злонамерена")
    assert total(page) >= 1
    title = page.locator(".hit__title").first
    expect(title).to_contain_text("<script>")
    expect(title).to_contain_text("onerror")
    assert page.locator(".hits script, .hits img").count() == 0
    with page.expect_navigation():
        title.locator("a").click()
    assert urlsplit(page.url).path == f"/practices/{HOSTILE_ID}"
    expect(page.locator(".practice__title")).to_contain_text("<script>")
    expect(page.locator(".prose")).to_contain_text("5 < 6 > 2")
    assert page.locator("main script, main img, main b").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.evaluate("window.__pwned") is None


def test_content_security_policy_blocks_inline_script(page, base_url):
    response = page.goto("/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    page.evaluate("""() => { const s = document.createElement('script');
                             s.textContent = 'window.__inline = 1'; document.body.append(s); }""")
    assert page.evaluate("window.__inline") is None


def test_english_switch_translates_labels_and_dates(page):
    search_for(page, QUERY)
    with page.expect_navigation():
        page.locator(".lang-switch").click()
    assert query_args(page)["lang"] == ["en"] and query_args(page)["q"] == [QUERY]
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("form#search button[type=submit]")).to_have_text("Search")
    expect(page.locator("#filters-title")).to_have_text("Filters")
    dates = " ".join(page.locator(".hit__meta time").all_inner_texts())
    assert not re.search("[а-я]", dates)  # month names in English


def test_phone_width_has_no_horizontal_scroll(phone_page, screenshot):
    page = phone_page
    page.goto(f"/?q={QUERY}")
    assert total(page) > 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    expect(page.locator(".hit").first).to_be_in_viewport()
    screenshot(page, "phone-360")


def test_no_layout_shift_while_the_page_loads(page):
    page.goto(f"/?q={QUERY}")
    page.wait_for_load_state("networkidle")
    shift = page.evaluate("""() => new Promise(resolve => {
        let total = 0;
        new PerformanceObserver(list => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
        }).observe({type: 'layout-shift', buffered: true});
        setTimeout(() => resolve(total), 300);
    })""")
    assert shift < 0.01


def test_controls_are_labelled_and_focus_is_visible(page):
    page.goto(f"/?q={QUERY}")
    unlabelled = page.evaluate("""() => [...document.querySelectorAll('input:not([type=hidden]), select')]
        .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
        .map(el => el.name)""")
    assert unlabelled == []
    assert page.locator("header, main, footer, [role=search], nav").count() >= 4
    page.keyboard.press("Tab")  # the skip link comes first
    expect(page.locator(".skip-link")).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")


CONTRAST_OF = """(selector) => {
    const rgb = value => (value.match(/[\\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
        const channel = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = el => {
        for (; el; el = el.parentElement) {
            const c = rgb(getComputedStyle(el).backgroundColor);
            if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
        }
        return [255, 255, 255];
    };
    const el = document.querySelector(selector);
    if (!el) return null;
    const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(background(el))];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


@pytest.mark.parametrize("selector", [
    ".hit__title a", ".hit__snippet", ".hit__snippet mark", ".hit__meta time", ".hit__programmes",
    ".badge", ".facet__title", ".facet__label", ".count", ".results__for", ".brand__tagline",
    ".search-form__label", "button.button--primary", ".site-footer p", ".pagination a",
])
def test_text_contrast_meets_wcag_aa(page, selector):
    page.goto(f"/?q={QUERY}")
    ratio = page.evaluate(CONTRAST_OF, selector)
    assert ratio is not None, f"{selector} is not on the page"
    assert ratio >= 4.5, f"{selector}: contrast {ratio:.2f} < 4.5"
