"""Human labels of facet values, in Bulgarian and English, read from config/ data."""
from __future__ import annotations

import csv
import gettext
from functools import lru_cache

import pycountry

from config.settings import data_path

STATUS_LABELS = {
    "applied": {"bg": "кандидатстван", "en": "applied"},
    "approved": {"bg": "одобрен", "en": "approved"},
    "ongoing": {"bg": "в изпълнение", "en": "ongoing"},
    "completed": {"bg": "приключил", "en": "completed"},
}


def _tsv(name: str) -> list[dict[str, str]]:
    try:
        with open(data_path(name), encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh, delimiter="\t"))
    except FileNotFoundError:
        return []


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, dict[str, str]]]:
    programmes = {r["id"]: {"bg": r["label_bg"], "en": r["label_en"]} for r in _tsv("programmes.tsv")}
    themes = {r["id"]: {"bg": r["label_bg"], "en": r["label_en"]} for r in _tsv("themes.tsv")}
    municipalities = {}
    for r in _tsv("municipalities.tsv"):
        label = r.get("label") or f"Община {r.get('name_bg', '')}"
        name_en = r.get("name_en") or label
        en = "Sofia Municipality" if label == "Столична община" else f"Municipality of {name_en}"
        municipalities[label.lower()] = {"bg": label, "en": en}
    return {"programme": programmes, "theme": themes, "municipality": municipalities}


@lru_cache(maxsize=512)
def country_label(code: str, lang: str) -> str:
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code.upper()
    name = getattr(country, "common_name", None) or country.name
    if lang == "bg":
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["bg"])
            return tr.gettext(country.name)
        except OSError:
            return name
    return name


def label(facet: str, value: str, lang: str = "bg") -> str:
    """Display label of one facet value; the value itself when nothing better is known.

    >>> label("status", "completed")
    'приключил'
    >>> label("country", "BE", "en")
    'Belgium'
    """
    if facet == "status":
        return STATUS_LABELS.get(value, {}).get(lang, value)
    if facet == "country":
        return country_label(value, lang)
    entry = _tables().get(facet, {}).get(value.lower())
    return entry.get(lang, value) if entry else value


def display_value(facet: str, value: str) -> str:
    """The public form of an indexed value (country codes upper case)."""
    return value.upper() if facet == "country" else value
