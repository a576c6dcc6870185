"""Read JSON records whatever their keys: praktiki's own shape or a registry's export.

A record in praktiki's shape has ``id``, ``title``, ``text`` and may give its facts as
praktiki's ids. Real exports name their fields in their own way (``project_name``,
``Наименование на проекта``, ``Обща стойност (лв.)``, ``total_eligible_cost`` with a separate
``currency``). ``config/record_keys.tsv`` maps such keys to a role; the record then becomes
a title and a text whose labelled lines (``Статус: Приключен``, ``Начало: 02.07.2012``) the
page extractors already read, so a registry export is extracted like a registry page.

>>> r = as_readable({"id": "x-1", "project_name": "Компостиране", "status": "Completed",
...                  "total_value": "4,872,004.11", "currency": "BGN"})
>>> r.title
'Компостиране'
>>> r.text.splitlines()
['Статус: Completed', 'Бюджет на проекта: 4,872,004.11 лв.']
>>> r.given
{}
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from config.settings import data_path

MAX_ID_LENGTH = 300
_UNIT = re.compile(r"\s*[(\[]\s*(лв\.?|лева|bgn|eur|евро|€)\s*[)\]]\s*", re.IGNORECASE)
# A unit as the key's last word: "total_eur", "own contribution BGN".
_UNIT_SUFFIX = re.compile(r"(?<=[^\W\d])[\s_-]+(лв|лева|bgn|eur|евро)$", re.IGNORECASE)
# A record id that is a registry's project or contract code ("BG06RDNP001-7.020-0034",
# "ROBG-531"): capitals first, a digit, pieces joined by - . /; praktiki's own ids are
# lower-case paths ("registry/vidin-1").
_CODE_ID = re.compile(r"[A-Z][A-Z0-9]+(?:[-./][A-Za-z0-9]+)+")
_CURRENCY_WORDS = {"bgn": "лв.", "лв": "лв.", "лв.": "лв.", "лева": "лв.",
                   "eur": "евро", "евро": "евро", "€": "евро"}
# Keys that are praktiki's own and never text (the record's metadata).
_META = {"id", "source", "lang", "kind", "url"}
_MONEY_ROLES = {"budget", "grant", "cofinancing"}
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True)
class _Role:
    name: str
    label: str


@dataclass
class ReadableRecord:
    """A record as extraction reads it: title, text with labelled lines, given facts."""
    id: str
    title: str
    text: str
    given: dict[str, Any] = field(default_factory=dict)


def normalise_key(key: str) -> tuple[str, str | None]:
    """A key as looked up in record_keys.tsv, and the currency its brackets name.

    >>> normalise_key("Обща стойност (лв.)")
    ('обща стойност', 'лв.')
    >>> normalise_key("total_eligible_cost"), normalise_key("own_contribution_eur")
    (('total eligible cost', None), ('own contribution', 'евро'))
    """
    unit = _UNIT.search(key) or _UNIT_SUFFIX.search(key.strip())
    currency = _CURRENCY_WORDS.get(unit.group(1).lower()) if unit else None
    plain = (_UNIT.sub(" ", key) if _UNIT.search(key) else _UNIT_SUFFIX.sub("", key.strip())) if unit else key
    plain = re.sub(r"[\s_\-]+", " ", plain.replace(":", " ")).strip().casefold()
    return plain, currency


@lru_cache(maxsize=1)
def _roles() -> dict[str, _Role]:
    roles: dict[str, _Role] = {}
    with open(data_path("record_keys.tsv"), encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            for key in row["keys"].split("|"):
                roles[normalise_key(key)[0]] = _Role(row["role"], row["label"])
    return roles


def key_role(key: str) -> str | None:
    """The role ``config/record_keys.tsv`` gives a field name or column header, or None.

    >>> key_role("Обща стойност (лв.)"), key_role("Валута"), key_role("Бележка")
    ('budget', 'currency', None)
    """
    role = _roles().get(normalise_key(key)[0])
    return role.name if role else None


MONEY_ROLES = frozenset(_MONEY_ROLES)


def currency_word(text: str) -> str:
    """A currency as the page extractors read it after an amount: ``BGN`` → ``лв.``.

    >>> currency_word("BGN"), currency_word("EUR"), currency_word("CHF")
    ('лв.', 'евро', 'CHF')
    """
    return _CURRENCY_WORDS.get(text.strip().casefold().rstrip("."), text.strip())


# The amount and currency keys of a money object ({"value": 2150400.5, "currency": "EUR"}).
_AMOUNT_KEYS = ("amount", "value", "sum", "total", "стойност", "сума")
_CURRENCY_KEYS = ("currency", "валута", "unit")


def _money_text(value: dict) -> str | None:
    """A money object as ``2150400.5 евро``; None when the object is not one amount with
    its currency."""
    lower = {str(k).casefold(): v for k, v in value.items()}
    amount = next((lower[k] for k in _AMOUNT_KEYS if k in lower), None)
    currency = next((lower[k] for k in _CURRENCY_KEYS if k in lower), None)
    if not isinstance(amount, (int, float, str)) or isinstance(amount, bool) or not isinstance(currency, str):
        return None
    return f"{_as_text(amount)} {currency_word(currency)}"


# A partner object's country key ({"name": "Ostrov Commune", "country": "RO"}).
_COUNTRY_KEY = re.compile(r"(?i)(?:partner[ _-]?)?countr(?:y|ies)(?:[ _-]?codes?)?|държав[аи]|стран[аи]")


def _country_name(value: Any) -> str:
    """A country code as its English name, which the countries extractor reads in a partner line
    (a bare "RO" could be any two letters); anything else as written.

    >>> _country_name("RO"), _country_name("GRC"), _country_name("Румъния")
    ('Romania', 'Greece', 'Румъния')
    """
    if isinstance(value, list):
        return "; ".join(_country_name(v) for v in value if v not in (None, "", []))
    text = _as_text(value)
    if re.fullmatch(r"[A-Z]{2,3}", text):
        import pycountry  # only records with country codes need it

        country = pycountry.countries.get(**{"alpha_2" if len(text) == 2 else "alpha_3": text})
        if country is not None:
            return country.name
    return text


def _as_text(value: Any) -> str:
    """A field's value as one line of text (lists joined, numbers as written, a money
    object as its amount and currency).

    >>> _as_text({"value": 2150400.5, "currency": "EUR"}), _as_text(["Гент", "Лил"])
    ('2150400.5 евро', 'Гент; Лил')
    """
    if isinstance(value, list):
        return "; ".join(_as_text(v) for v in value if v not in (None, "", []))
    if isinstance(value, dict) and (money := _money_text(value)) is not None:
        return money
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_country_name(v) if _COUNTRY_KEY.fullmatch(str(k)) else _as_text(v)}"
                         for k, v in value.items() if v not in (None, "", []))
    if isinstance(value, bool):
        return "да" if value else "не"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def export_records(data: Any) -> list[Any]:
    """The records a parsed JSON file holds: a list of records, one record, or an export
    that wraps its records in an object (``{"source": …, "exported": …, "projects": […]}``,
    ``{"data": {"items": […]}}``) — a database export often does.

    An object that is no record itself (it has no ``id``) and holds lists of objects gives
    those objects; its own fields (the export's name and date) are about the file, not
    about any one project, and are left out.

    >>> export_records({"exported": "2023-05-02", "results": [{"id": "A-1"}, {"id": "A-2"}]})
    [{'id': 'A-1'}, {'id': 'A-2'}]
    >>> export_records({"meta": {"count": 1}, "data": {"rows": [{"id": "B-7"}]}})
    [{'id': 'B-7'}]
    >>> export_records({"id": "c-3", "title": "Парк", "partners": [{"name": "Община Бяла"}]})
    [{'id': 'c-3', 'title': 'Парк', 'partners': [{'name': 'Община Бяла'}]}]
    """
    if isinstance(data, list):
        return data
    if not isinstance(data, dict) or "id" in data:
        return [data]
    found = [item for value in data.values() if _is_record_list(value) for item in value]
    if not found:   # one level further down: {"data": {"items": [...]}}
        found = [item for inner in data.values() if isinstance(inner, dict) and "id" not in inner
                 for value in inner.values() if _is_record_list(value) for item in value]
    if found:
        return _with_shared_fields(data, found)
    return [data]


# Fields an export may give once for all its records: the programme of a programme's
# project database, the currency of all its amounts.
_SHARED_ROLES = ("programme", "currency")


def _with_shared_fields(export: dict, records: list[Any]) -> list[Any]:
    """The records, each with the export's programme and currency fields when it has none
    of its own (``{"programme": "Interreg …", "currency": "EUR", "projects": [...]}``).

    >>> _with_shared_fields({"programme": "ПРСР", "items": []}, [{"id": "a"}, {"id": "b", "Програма": "ОПОС"}])
    [{'id': 'a', 'programme': 'ПРСР'}, {'id': 'b', 'Програма': 'ОПОС'}]
    """
    shared = {key: value for key, value in export.items()
              if isinstance(value, str) and value.strip() and key_role(key) in _SHARED_ROLES}
    if not shared:
        return records
    out = []
    for record in records:
        if isinstance(record, dict):
            own = {key_role(str(key)) for key in record}
            record = {**record, **{key: value for key, value in shared.items() if key_role(key) not in own}}
        out.append(record)
    return out


def _is_record_list(value: Any) -> bool:
    """A non-empty list of objects of which at least one has an ``id``."""
    return (isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)
            and any("id" in v for v in value))


def find_title(record: dict[str, Any]) -> str | None:
    """The record's title: ``title``, else the first key that names one (``project_name``…)."""
    if isinstance(record.get("title"), str) and record["title"].strip():
        return record["title"].strip()
    roles = _roles()
    for key, value in record.items():
        role = roles.get(normalise_key(str(key))[0])
        if role and role.name == "title" and isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def title_keys() -> list[str]:
    """The keys a title may come under, for error messages."""
    return [k for k, role in _roles().items() if role.name == "title"]


def _given(name: str, value: Any) -> Any:
    """A praktiki field given with a valid praktiki value, or None (then it is read as text)."""
    # Imported here: the vocabularies load config files, which record_problem does not need.
    from indexer.extract.municipality import municipality_labels
    from indexer.extract.programme_spellings import load_programmes
    from indexer.extract.status import STAGES
    from indexer.extract.themes import load_themes
    import pycountry

    if name == "status":
        return value if value in STAGES else None
    if name in ("programmes", "countries", "themes"):
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
            return None
        if name == "countries":
            values = [v.upper() for v in values]
            known = all(pycountry.countries.get(alpha_2=v) for v in values)
        else:
            ids = {p.id for p in load_programmes()} if name == "programmes" else {t.id for t in load_themes()}
            known = all(v in ids for v in values)
        return values if known else None
    if name in ("start", "end", "published"):
        return value if isinstance(value, str) and _ISO_DATE.fullmatch(value) else None
    if name == "municipality":
        return value if isinstance(value, str) and value in municipality_labels() else None
    if name == "budget":
        return value if isinstance(value, dict) else None
    return None


def as_readable(record: dict[str, Any]) -> ReadableRecord:
    """The record as a title, a text for the extractors, and the facts it gives as ids."""
    from indexer.practice import FACT_FIELDS

    roles = _roles()
    title = find_title(record) or ""
    texts: list[str] = []
    lines: list[str] = []
    given: dict[str, Any] = {}
    money_lines: list[int] = []
    currency: str | None = None
    title_taken = False
    has_code = False
    for key, value in record.items():
        if key in _META or value in (None, "", [], {}):
            continue
        valid = _given(key, value) if key in FACT_FIELDS else None
        if valid is not None:
            given[key] = valid
            continue
        plain, unit = normalise_key(str(key))
        role = roles.get(plain)
        text = _country_name(value) if _COUNTRY_KEY.fullmatch(plain) else _as_text(value)
        if role and role.name == "title" and not title_taken and text == title:
            title_taken = True
            continue
        if role and role.name == "text":
            texts.append(str(value).strip() if isinstance(value, str) else text)
        elif role and role.name == "currency":
            currency = _CURRENCY_WORDS.get(text.casefold().rstrip("."), text)
        else:
            label = role.label if role and role.label else " ".join(str(key).replace("_", " ").split())
            if unit and not _UNIT.search(text) and not re.search(r"[a-zа-я]", text, re.IGNORECASE):
                text = f"{text} {unit}"
            if role and role.name in _MONEY_ROLES:
                money_lines.append(len(lines))
            has_code = has_code or bool(role and role.name == "code")
            lines.append(f"{label}: {text}")
    record_id = str(record.get("id", ""))
    if _CODE_ID.fullmatch(record_id) and any(c.isdigit() for c in record_id) and not has_code:
        # The registry's code is the record's id, not one of its fields; a code names the programme.
        lines.append(f"{roles['code'].label}: {record_id}")
    if currency is None and money_lines:
        currency = default_currency([str(key) for key in record if key not in _META])
    if currency:
        # A separate currency field belongs to every amount that names none.
        lines = [f"{line} {currency}" if n in money_lines and _is_bare_amount(line) else line
                 for n, line in enumerate(lines)]
    body = "\n\n".join(texts + (["\n".join(lines)] if lines else []))
    return ReadableRecord(id=str(record.get("id", "")), title=title, text=body, given=given)


def default_currency(labels: list[str]) -> str | None:
    """The currency of an export's bare amounts when it names none: leva when most of its field
    labels are Bulgarian words (ИСУН's ``Обща стойност``, ``БФП``: the registry keeps its
    contracts in leva), else unknown (an English export may be in euro).

    >>> default_currency(["Наименование", "Обща стойност", "БФП"]), default_currency(["title", "total"])
    ('лв.', None)
    """
    cyrillic = sum(bool(re.search("[а-яА-Я]", label)) for label in labels)
    return _CURRENCY_WORDS["bgn"] if labels and cyrillic * 2 > len(labels) else None


def _is_bare_amount(line: str) -> bool:
    value = line.split(": ", 1)[-1]
    return bool(re.fullmatch(r"[\d\s.,]+", value)) and any(c.isdigit() for c in value)
