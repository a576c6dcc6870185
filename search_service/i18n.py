"""Interface strings of the search page in Bulgarian and English, and locale formatting.

The page speaks Bulgarian by default; ``?lang=en`` switches every label, facet title and
date.  Facet *value* labels come from the engine's response; outside a facet bucket (on a hit or
a detail page) they come from the same ``search_service.labels`` the engine uses.

Dates keep the precision they were extracted with: ``2017-03-18`` is a day, ``2017-03`` a
month, ``2017`` a year — a month is never shown as the 1st of that month.
"""
from __future__ import annotations

from search_service.labels import label as facet_label

LANGUAGES = ("bg", "en")
DEFAULT_LANGUAGE = "bg"

MONTHS = {
    "bg": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август",
           "септември", "октомври", "ноември", "декември"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

STRINGS: dict[str, dict[str, str]] = {
    "bg": {
        "site_name": "Практики на местното самоуправление",
        "site_tagline": "Търсене в иновативни практики на българските общини",
        "skip_to_results": "Към резултатите",
        "search_label": "Търсене в практиките",
        "search_placeholder": "напр. е-услуги, Бургас, ОПАК",
        "search_button": "Търсене",
        "suggestions": "Предложения",
        "sort_label": "Подреждане",
        "sort_relevance": "по релевантност",
        "sort_newest": "първо най-новите",
        "sort_oldest": "първо най-старите",
        "filters": "Филтри",
        "to_filters": "Филтри",
        "apply_filters": "Приложи филтрите",
        "clear_filters": "Изчисти всички филтри",
        "more_values": "+ още {n}",
        "page_out_of_range": "Страница {n} е след последната страница с резултати.",
        "first_page": "Към първата страница",
        "active_filters": "Избрани филтри",
        "facet_status": "Етап",
        "facet_programme": "Програма",
        "facet_country": "Държава партньор",
        "facet_theme": "Тема",
        "facet_municipality": "Община",
        "facet_year": "Година",
        "year_range": "Период",
        "year_from": "От година",
        "year_to": "До година",
        "results_one": "{n} резултат",
        "results_many": "{n} резултата",
        "results_for": "за „{q}“",
        "all_practices": "Всички практики",
        "interpreted": "Резултати за „{interpreted}“",
        "interpreted_hint": "Запитването „{q}“ е прочетено на кирилица.",
        "did_you_mean": "Може би търсихте",
        "partial": "Търсенето отне твърде дълго — показани са част от резултатите.",
        "no_results": "Няма намерени практики за „{q}“",
        "no_results_filters": "Няма практики, които отговарят на избраните филтри",
        "no_results_try": "Опитайте да:",
        "no_results_spelling": "проверите правописа или използвате по-малко думи;",
        "no_results_remove": "премахнете филтър:",
        "no_results_all": "разгледате всички практики",
        "remove_filter": "Премахни {label}",
        "remove_dates": "период {range}",
        "pagination": "Страници",
        "previous": "Предишна",
        "next": "Следваща",
        "page_n": "Страница {n}",
        "current_page": "Страница {n}, текуща",
        "municipality": "Община",
        "date": "Дата",
        "status": "Етап",
        "programme": "Програма",
        "countries": "Партньори от",
        "themes": "Теми",
        "budget": "Бюджет",
        "published": "Публикувана",
        "start": "Начало",
        "end": "Край",
        "source": "Източник",
        "open_source": "Оригиналната страница",
        "facts": "Извлечени данни",
        "facts_intro": "Всяка стойност е показана с изречението, от което е извлечена.",
        "fact_field": "Поле",
        "fact_value": "Стойност",
        "fact_source": "Откъде е взета",
        "no_facts": "От текста не са извлечени данни.",
        "show_in_text": "Покажи в текста",
        "sections": "Текст на практиката",
        "similar": "Подобни практики",
        "no_similar": "Няма подобни практики.",
        "back_to_search": "Обратно към търсенето",
        "not_found_title": "Практиката не е намерена",
        "not_found_text": "Няма практика с идентификатор „{id}“. Може да е преместена или премахната.",
        "bad_request_title": "Неразбрана заявка",
        "bad_request_text": "Някои от параметрите на търсенето не са валидни:",
        "not_found_page_title": "Страницата не е намерена",
        "not_found_page_text": "Няма такава страница. Опитайте с търсене.",
        "unavailable_title": "Търсенето временно не работи",
        "unavailable_text": "Индексът с практиките още не е готов. Опитайте отново след малко.",
        "server_error_title": "Нещо се обърка",
        "server_error_text": "Търсенето временно не работи. Опитайте отново след малко.",
        "switch_language": "English",
        "switch_language_label": "Switch to English",
        "footer": "Данните са извлечени автоматично от публични страници; проверявайте в източника.",
        "kind": "Вид страница",
        "language": "Език на текста",
    },
    "en": {
        "site_name": "Local government practices",
        "site_tagline": "Search innovative practices of Bulgarian municipalities",
        "skip_to_results": "Skip to results",
        "search_label": "Search the practices",
        "search_placeholder": "e.g. e-services, Burgas, OPAC",
        "search_button": "Search",
        "suggestions": "Suggestions",
        "sort_label": "Sort",
        "sort_relevance": "by relevance",
        "sort_newest": "newest first",
        "sort_oldest": "oldest first",
        "filters": "Filters",
        "to_filters": "Filters",
        "apply_filters": "Apply filters",
        "clear_filters": "Clear all filters",
        "more_values": "+ {n} more",
        "page_out_of_range": "Page {n} is past the last page of results.",
        "first_page": "Go to the first page",
        "active_filters": "Selected filters",
        "facet_status": "Stage",
        "facet_programme": "Programme",
        "facet_country": "Partner country",
        "facet_theme": "Theme",
        "facet_municipality": "Municipality",
        "facet_year": "Year",
        "year_range": "Period",
        "year_from": "From year",
        "year_to": "To year",
        "results_one": "{n} result",
        "results_many": "{n} results",
        "results_for": "for “{q}”",
        "all_practices": "All practices",
        "interpreted": "Results for “{interpreted}”",
        "interpreted_hint": "The query “{q}” was read as Cyrillic.",
        "did_you_mean": "Did you mean",
        "partial": "The search took too long — only part of the results is shown.",
        "no_results": "No practices found for “{q}”",
        "no_results_filters": "No practices match the selected filters",
        "no_results_try": "Try to:",
        "no_results_spelling": "check the spelling or use fewer words;",
        "no_results_remove": "remove a filter:",
        "no_results_all": "browse all practices",
        "remove_filter": "Remove {label}",
        "remove_dates": "period {range}",
        "pagination": "Pages",
        "previous": "Previous",
        "next": "Next",
        "page_n": "Page {n}",
        "current_page": "Page {n}, current",
        "municipality": "Municipality",
        "date": "Date",
        "status": "Stage",
        "programme": "Programme",
        "countries": "Partners from",
        "themes": "Themes",
        "budget": "Budget",
        "published": "Published",
        "start": "Start",
        "end": "End",
        "source": "Source",
        "open_source": "Original page",
        "facts": "Extracted facts",
        "facts_intro": "Each value is shown with the sentence it was extracted from.",
        "fact_field": "Field",
        "fact_value": "Value",
        "fact_source": "Where it came from",
        "no_facts": "No facts were extracted from the text.",
        "show_in_text": "Show in the text",
        "sections": "Text of the practice",
        "similar": "Similar practices",
        "no_similar": "No similar practices.",
        "back_to_search": "Back to search",
        "not_found_title": "Practice not found",
        "not_found_text": "There is no practice with the id “{id}”. It may have been moved or removed.",
        "bad_request_title": "Request not understood",
        "bad_request_text": "Some search parameters are not valid:",
        "not_found_page_title": "Page not found",
        "not_found_page_text": "There is no such page. Try a search instead.",
        "unavailable_title": "Search is temporarily unavailable",
        "unavailable_text": "The index of practices is not ready yet. Please try again shortly.",
        "server_error_title": "Something went wrong",
        "server_error_text": "Search is temporarily unavailable. Please try again shortly.",
        "switch_language": "Български",
        "switch_language_label": "Превключи на български",
        "footer": "Facts are extracted automatically from public pages; check them against the source.",
        "kind": "Page kind",
        "language": "Text language",
    },
}

# Section ids the indexer gives (``indexer/page_lines.py``) and their headings on the page.
SECTION_LABELS = {
    "bg": {"background": "Предистория", "practice": "Практика", "results": "Резултати",
           "objective": "Обща цел", "specific_objectives": "Специфични цели",
           "activities": "Основни дейности", "body": "Текст"},
    "en": {"background": "Background", "practice": "Practice", "results": "Results",
           "objective": "General objective", "specific_objectives": "Specific objectives",
           "activities": "Main activities", "body": "Text"},
}


def section_label(name: str, lang: str) -> str:
    """The heading of a practice section in ``lang``; an unknown id is made readable.

    >>> section_label("background", "bg"), section_label("results", "en")
    ('Предистория', 'Results')
    >>> section_label("expected_impact", "en")
    'Expected impact'
    """
    known = SECTION_LABELS[pick_language(lang)].get(name)
    return known or name.replace("_", " ").strip().capitalize()


def pick_language(requested: str | None) -> str:
    """The supported UI language closest to ``requested``; Bulgarian otherwise.

    >>> pick_language("en"), pick_language("EN"), pick_language("de"), pick_language(None)
    ('en', 'en', 'bg', 'bg')
    """
    value = (requested or "").strip().lower()
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def translate(key: str, lang: str, **values: object) -> str:
    """The UI string ``key`` in ``lang``, with ``{name}`` placeholders filled in.

    >>> translate("results_many", "bg", n=42)
    '42 резултата'
    >>> translate("page_n", "en", n=3)
    'Page 3'
    """
    text = STRINGS[pick_language(lang)][key]
    return text.format(**values) if values else text


def format_count(count: int, lang: str) -> str:
    """How many results, with the noun agreeing with the number (one / many).

    >>> format_count(1, "bg"), format_count(12, "bg"), format_count(1, "en"), format_count(0, "en")
    ('1 резултат', '12 резултата', '1 result', '0 results')
    """
    key = "results_one" if count == 1 else "results_many"
    return translate(key, lang, n=format_number(count, lang))


def format_number(number: float, lang: str, decimals: int = 0) -> str:
    """A number grouped by thousands: a space in Bulgarian, a comma in English.

    >>> format_number(1274993.65, "bg", 2), format_number(1274993.65, "en", 2)
    ('1\\xa0274\\xa0993,65', '1,274,993.65')
    >>> format_number(950, "bg")
    '950'
    """
    text = f"{number:,.{decimals}f}"
    if pick_language(lang) == "bg":
        # Bulgarian style: space between thousands, decimal comma.  A no-break space
        # keeps the figure on one line.
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def format_date(iso: str | None, lang: str) -> str:
    """An ISO date shown with the precision it has: day, month or year.

    >>> format_date("2017-03-18", "bg"), format_date("2017-03-18", "en")
    ('18 март 2017', '18 March 2017')
    >>> format_date("2012-05", "bg"), format_date("2012-05", "en"), format_date("2016", "bg")
    ('май 2012', 'May 2012', '2016')
    >>> format_date(None, "bg"), format_date("not a date", "en")
    ('', 'not a date')
    """
    if not iso:
        return ""
    parts = iso.split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return iso  # show what we have rather than guess
    months = MONTHS[pick_language(lang)]
    if len(numbers) == 3 and 1 <= numbers[1] <= 12:
        return f"{numbers[2]} {months[numbers[1] - 1]} {numbers[0]}"
    if len(numbers) == 2 and 1 <= numbers[1] <= 12:
        return f"{months[numbers[1] - 1]} {numbers[0]}"
    if len(numbers) == 1:
        return str(numbers[0])
    return iso


def format_money(budget: dict | None, lang: str) -> str:
    """A budget in its own currency, with the euro equivalent when it was in leva.

    >>> format_money({"amount": 454090.0, "currency": "BGN", "amount_eur": 232172.53}, "bg")
    '454\\xa0090,00 лв. (232\\xa0172,53 €)'
    >>> format_money({"amount": 150000, "currency": "EUR", "amount_eur": 150000}, "en")
    '€150,000.00'
    """
    if not budget or budget.get("amount") is None:
        return ""
    lang = pick_language(lang)
    amount = format_number(float(budget["amount"]), lang, 2)
    currency = budget.get("currency") or ""
    eur = budget.get("amount_eur")
    eur_text = format_number(float(eur), lang, 2) if eur is not None else ""
    if currency == "EUR":
        return f"{amount} €" if lang == "bg" else f"€{amount}"
    if lang == "bg":
        text = f"{amount} лв." if currency == "BGN" else f"{amount} {currency}".strip()
        return f"{text} ({eur_text} €)" if eur_text and currency != "EUR" else text
    text = f"BGN {amount}" if currency == "BGN" else f"{currency} {amount}".strip()
    return f"{text} (€{eur_text})" if eur_text and currency != "EUR" else text


# Record fields are plural where the facet parameters are singular.
_FACET_OF_FIELD = {"programmes": "programme", "countries": "country", "themes": "theme"}


def value_label(facet: str, value: str | None, lang: str) -> str:
    """A readable label for a facet value shown outside the facet list (hits, detail page).

    The labels are the service's own (``search_service.labels``), so a value reads the
    same in the sidebar, on a hit and on the detail page.

    >>> value_label("status", "completed", "bg"), value_label("themes", "roma", "en")
    ('приключил', 'Roma integration')
    >>> value_label("country", "BE", "bg"), value_label("countries", "BE", "en")
    ('Белгия', 'Belgium')
    >>> value_label("programme", "no-such-id", "bg")
    'no-such-id'
    """
    if not value:
        return ""
    return facet_label(_FACET_OF_FIELD.get(facet, facet), value, pick_language(lang))


def strings_for(lang: str) -> dict[str, str]:
    """Every UI string of ``lang`` (for templates that want the whole table).

    >>> strings_for("en")["search_button"]
    'Search'
    """
    return STRINGS[pick_language(lang)]
