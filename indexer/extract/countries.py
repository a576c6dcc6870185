"""Partner countries of a practice: ISO 3166-1 alpha-2 codes, Bulgaria excluded.

A page names its foreign partners in several shapes (formats.md, "Partners and countries"):
a labelled line (``Партньори: Община Гент, Белгия``), a role list with the country in
brackets (``Бенефициент 2: Окръжен съвет Кълъраш (Румъния)``), prose, an adjective
(``Норвежката асоциация на местните и регионални власти``, ``украинската община Болград``)
or a partner city alone (``Ротердам``). One pass over the words finds every mention
through a dict keyed by the first word of each known name; context rules then drop the
mentions that are not partners.

Decisions on what is NOT a partner (precision matters more than a stray mention):

* a donor, not a partner: a country named inside a funding mechanism or programme
  (``Норвежки финансов механизъм``, ``Българо-швейцарска програма``, ``EEA and Norway
  Grants``, ``Interreg V-A Румъния – България``) or the EEA donor triple ``Исландия,
  Лихтенщайн и Норвегия`` — unless a partner word (``партньор``, ``Община``) stands
  between the programme word and the country in the same sentence;
* a country that funds the project (named in a funding source as above, or an EEA donor when
  the page names the EEA mechanism) stays a donor for the whole page: another mention of it
  counts only when it names a partner (``Община Драмен, Норвегия``, ``норвежката асоциация``),
  not people (``норвежки експерти``) or a bare country (``учебно посещение в Норвегия``);
* an adjective counts only before an organisation word (``норвежката асоциация``,
  ``румънски партньори``); ``на английски език`` or ``швейцарското правителство`` do not;
* a model, not a partner: ``по примера на Германия``;
* visitors, not partners: ``делегация от Ксанти (Гърция)``, ``tourists from Romania``;
* the European Union is not a country, and Bulgaria is never a partner.

Studied or visited foreign municipalities (``Проучен е опитът на Община Ротердам``) count:
the page's own authors list them beside their partners and readers filter by them.

>>> [f.value for f in extract_countries("Партньори: Община Гент, Белгия")]
['BE']
>>> [f.value for f in extract_countries("Проектът е финансиран от Норвежкия финансов механизъм.")]
[]
"""
from __future__ import annotations

import csv
import gettext
import re
from dataclasses import dataclass

import pycountry

from config.settings import data_path
from indexer.extract.asides import UNRELATED
from indexer.extract.char_runs import char_table, run_starts
from indexer.extract.fact import Fact
from indexer.extract.municipality_table import municipality_rows

MAX_SOURCE = 300

# Letters only: hyphens and spaces separate words, so ``Клуж-Напока`` is two words and
# ``Българо-швейцарска`` gives the adjective ``швейцарска``.
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")
# A sentence ends at . ! ? before a space and a capital, but not after a short lowercase
# abbreviation (с. Гергини, гр. Габрово, ул. Шипка, т.е., г.). The mark comes first and
# the lookbehinds look back over it: a pattern that begins with a character set lets re
# skip to the next . ! ? instead of trying both lookbehinds at every position of a line.
_SENTENCE_BREAK = re.compile(r"[.!?](?<![\s(.][^\W\d_][.!?])(?<![\s(.][^\W\d_]{2}[.!?])\s+(?=[\"„“«(]?[^\W\d_])")

# Endings of a Bulgarian relative adjective: masc. indef/short/full article, fem., neut., plural.
_ADJ_ENDINGS = ("и", "ия", "ият", "а", "ата", "о", "ото", "ите")

# Word prefixes (lowercase) of an organisation or a person acting for one: an adjective
# before one of these names a partner's country.
_ORG_PREFIXES = (
    "асоциаци", "общин", "град", "партньор", "организаци", "университет", "агенци",
    "сдружени", "фондаци", "колег", "експерт", "делегаци", "компани", "фирм", "институци",
    "власт", "окръг", "регион", "провинци", "кмет", "съвет", "страна", "страни", "участни",
    "училищ", "болниц", "музе", "администраци", "представител", "гост", "побратим",
    "association", "municipal", "city", "cities", "town", "partner", "organi", "universit",
    "agenc", "region", "county", "council", "authorit", "colleague", "expert", "delegation",
    "counterpart", "ngo", "school", "foundation", "mayor", "local",
    # research and public bodies: "чешкия институт", "the Czech research institute", "the Romanian
    # … Reserve Authority", "a Greek chamber of commerce"
    "институт", "камар", "дирекци", "предприяти", "центъ", "клъстер", "мрежа",
    "institut", "chamber", "directorate", "enterprise", "compan", "centre", "center", "museum",
    "cluster", "network", "park",
    # public bodies named by another word: "the Icelandic Tourist Board", "норвежкото бюро", "a Romanian trust"
    "board", "bureau", "office", "trust", "society", "federation", "бюро", "съюз", "федераци", "дружеств",
)
# Of those, the ones that name people rather than an organisation: "норвежки експерти" is no
# named partner, so it does not count for a country that funds the project (see below).
_PERSON_PREFIXES = ("колег", "експерт", "делегаци", "гост", "представител", "участни", "кмет",
                    "colleague", "expert", "delegation", "mayor")
# Word prefixes that make an adjective or a name a donor, a language or a programme.
_NOT_PARTNER_NEXT = (
    "финансов", "механизъм", "програм", "правителств", "принос", "език", "фонд", "грант",
    "financial", "mechanism", "grant", "programme", "program", "government", "language",
    "contribution", "fund", "cooperation",
)
# Of those, the ones that name a funding source ("Норвежкия финансов механизъм", "Norway
# Grants", "Swiss contribution"); a language or a cooperation programme funds nothing.
_DONOR_NEXT = ("финансов", "механизъм", "правителств", "принос", "фонд", "грант",
               "financial", "mechanism", "grant", "government", "contribution", "fund")
# In the sentence before a country name: words of a funding source or programme title ...
_DONOR_CUE = re.compile(
    r"механизъм|mechanism|донор|donor|програм|programme|program\b|interreg|интеррег|"
    r"\bфар\b|phare|grants|предоставен|финансиран|financed|funded|правителството|"
    r"government|принос|contribution|трансгранич|cross-border|по примера|"
    r"following the example|подкрепа|support|безвъзмездн|дарени|посолств|посланик|"
    r"embassy|ambassador", re.IGNORECASE)
# The donor cues that say the country pays ("финансиран от Норвегия"), not that it is a model
# or a border: such a country is a donor of the page.
_FUNDING_CUE = re.compile(r"механизъм|mechanism|донор|donor|grants|финансиран|financed|funded|"
                          r"правителството|government|принос|contribution|безвъзмездн|дарени", re.IGNORECASE)
# ... unless a partner word follows them (the country then belongs to the partner).
_PARTNER_CUE = re.compile(
    r"партньор|partner|общин|municipalit|град\b|city\b|съвместно|заедно с|together with|"
    r"побратим|twin|бенефициент|beneficiar|[(]", re.IGNORECASE)
# A year before 1945 in the sentence: history (``Освобождението от Османската империя през
# 1878 г. …``, ``обсадата на Одрин 1913 г.``), not a partnership.
_HISTORIC_YEAR = re.compile(
    r"(?:(?:през|в|от|до|след|преди|около|in|since|until)\s+(?:\w+\s+)?1(?:[0-8]\d\d|9[0-3]\d|94[0-4])\b)"
    r"|\b1(?:[0-8]\d\d|9[0-3]\d|94[0-4])\s*(?:г\.|г\b|год)", re.IGNORECASE)
# An event or a trip abroad in the sentence before a place: the page went there, it did not
# partner with it (``учебно посещение в Пирот, Сърбия``, ``конференция в Прага``,
# ``a trade fair in Milan``) — unless a partner word names the host after the event word.
_EVENT_CUE = re.compile(
    r"конференци|форум|панаир|изложени|изложб|посещени|визит|пътуван|конгрес|фестивал|среща|срещи|"
    r"семинар|симпозиум|церемони|събрани|"
    r"conference|forum|\bfairs?\b|exhibition|\bexpo\b|visit|\btrip\b|\btour\b|summit|congress|festival|"
    r"meeting|\bseminar|symposium|ceremony|gathering|assembly|workshop|"
    # an exchange the practice took part in ("took part in an Erasmus+ youth exchange with Kavala, Greece") is a
    # trip; an exchange that is the practice ("A youth exchange brought together … Matera (Italy)") or an
    # "exchange of experience with the Municipality of …" names partners
    r"(?:took\s+part|takes\s+part|taking\s+part|participated|joined|went\s+on)\s+(?:in\s+|on\s+)?(?:an?\s+|the\s+)?"
    r"(?:\S+\s+){0,3}?exchanges?\b|участва\w*\s+в\s+(?:\S+\s+){0,2}?обмен(?!\w)",
    re.IGNORECASE)
# ... where a partner word follows the event word, or the practice itself was made with the place ("A heritage
# workshop … set up with the Municipality of Xanthi, Greece", "… създадена съвместно с община …").
_EVENT_HOST = re.compile(r"партньор|partner|побратим|twin|бенефициент|beneficiar|съвместн|joint|"
                         r"(?:set\s+up|created|established|founded|developed|built)\s+(?:together\s+|jointly\s+)?with|"
                         r"together\s+with|in\s+cooperation\s+with|заедно\s+с|в\s+сътрудничество\s+с",
                         re.IGNORECASE)
# Visitors come from a place; they are not partners (``делегация от Ксанти (Гърция)``, ``guests
# from Serbia``) unless a partner word names them so (``делегация от партньорската община``).
_VISITORS_FROM = re.compile(r"(?:делегаци\w*|гост(?:и|ите)|посетител\w*|туристи\w*|delegations?|visitors|guests|"
                            r"tourists)\s+(?:от|from)\s+[^.;:!?]{0,40}$", re.IGNORECASE)
_TWINNING = re.compile(r"побратим|twinning|twin\s+towns?|twinned", re.IGNORECASE)
_VISITOR_HINTS = ("делегаци", "гост", "посетител", "турист", "delegation", "visitor", "guest", "tourist")
# The sentence, before the place, recalls an earlier project of the municipality ("Общината има
# опит с трансгранични проекти: през 2013 г. тя изпълни с гръцкия град …", "It already carried out
# a project with …"): that project's partners are not this one's.
_EARLIER_PROJECT = re.compile(
    r"(?<!\w)(?:вече\s+(?:е\s+|са\s+)?(?:изпълни|реализира|осъществи)\w*|в\s+миналото|преди\s+това|по-рано|"
    r"има(?:ше)?\s+(?:\w+\s+)?опит|предишн\w+\s+проект\w*|"
    r"already\s+(?:carried|implemented|completed|ran|run)|in\s+the\s+past|previously|has\s+(?:\w+\s+)?experience|"
    r"earlier\s+project|previous\s+project|"
    # a project named as another one: "в отделен проект по „Еразъм+“ с италианския град …"
    r"отдел\w+\s+проект\w*|друг(?:и|ия|ият)?\s+проект\w*|separate\s+(?:\S+\s+)?(?:project|proposal|application)|"
    r"another\s+project)(?!\w)", re.IGNORECASE)
_EARLIER_HINTS = ("вече", "миналото", "преди", "по-рано", "опит", "предишн", "already", "past", "previous",
                  "experience", "earlier", "отдел", "друг", "separate", "another")
# The rest of the clause says the proposal with that partner failed or is not this project.
_NOT_THIS_AFTER = re.compile(r"[^.;\n]{0,80}?(?<![^\W\d_])(?:не\s+(?:беше|бе|е|бяха|са)\s+(?:одобрен|финансиран|класиран)\w*|"
                             r"(?:was|were)\s+not\s+(?:approved|funded|selected)|(?:was|were)\s+rejected|"
                             + UNRELATED + r")", re.IGNORECASE)
# A place on a route or a border, not a partner: "туристите по пътя към Гоце Делчев и Гърция",
# "close to the border with Greece".
_ROUTE_BEFORE = re.compile(r"(?:по\s+пътя|на\s+път|пътят|пътя)\s+(?:към|за)\s+(?:\S+\s+){0,4}?$|"
                           r"границата\s+(?:с|със)\s+(?:\S+\s+){0,3}?$|"
                           r"(?:on\s+the\s+(?:way|road)\s+to|border\s+with)\s+(?:\S+\s+){0,4}?$", re.IGNORECASE)
_ROUTE_HINTS = ("пътя", "път ", "границ", "way to", "road to", "border")
# People working or living abroad, not partners: "parents work seasonally in Germany and the Netherlands",
# "много млади хора заминаха да работят в Испания".
_ABROAD_BEFORE = re.compile(
    r"\b(?:parents|people|residents|families|workers|youngsters|citizens|locals|хора(?:та)?|родители(?:те)?|младежи(?:те)?|"
    r"жители(?:те)?|семейства(?:та)?|работници(?:те)?|младите)\b(?:\s+\S+){0,3}?\s+"
    r"(?:(?:work|works|working|worked|live|lives|living|lived|emigrated|moved|left)(?:\s+(?!with\b)\S+){0,3}?\s+(?:in|to|for)|"
    r"(?:заминават|заминаха|заминали|емигрират|емигрираха|емигрирали|работят|живеят)(?:\s+(?!с\b|със\b)\S+){0,3}?\s+"
    r"(?:в|във|за))\s+(?:\S+\s+){0,4}?$", re.IGNORECASE)
_ABROAD_HINTS = ("work", "liv", "emigrat", "moved", "left", "работ", "живе", "замина", "емигр", "гурбет")
_EEA_DONORS = {"IS", "LI", "NO"}
# A lake, a river or a mountain that shares a foreign city's name ("Shabla and Tuzla lakes", "the Tuzla
# lagoon",): the word after the name says it is nature, not a partner.
_NATURAL_FEATURES = frozenset({
    "lake", "lakes", "lagoon", "river", "mountain", "mountains", "bay", "beach", "gorge", "valley", "wetland",
    "wetlands", "езеро", "езерото", "езера", "езерата", "лагуна", "лагуната", "река", "реката", "планина",
    "планината", "залив", "залива", "плаж", "плажа", "язовир", "язовира", "долина", "долината", "местност",
    "местността", "блато", "блатото"})
# A line labelled as the partners' ("Партньори: …", "Partners: …", "Project partner | …"): a country on it
# is a partner's, even where that country also funds the programme (Swiss, EEA, Norway grants).
_PARTNERS_LINE = re.compile(r"[ \t]*(?:(?:проектни\s+|project\s+)?(?:партньор(?:и|ите)?|partners?)|"
                            r"партньорски\s+организации)[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*[:|]", re.IGNORECASE)
# A place at home named after a foreign one: a park, street or quarter ("парк „Войводина могила“",
# "ул. „Солун“", "бул. „Варшава“", "Vienna Street" is rarer): the name is the place's, not a partner's.
_LOCAL_PLACE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:парк|улица|булевард|площад|квартал|местност|курорт|хотел|ресторан|стадион|язовир|"
    r"park|street|boulevard|square|quarter|hotel|stadium)\s*[\"„“«']|"
    r"(?:ул|бул|пл|кв|ж\.?\s?к|м|str|blvd|sq)\.\s*[\"„“«']?)\s*$", re.IGNORECASE)
# A partner of a project still to come, named in the same clause after the country.
_FUTURE_PROJECT_AFTER = re.compile(r"[^.;\n]{0,60}?(?<![^\W\d_])(?:(?:future|next|upcoming|planned)\s+(?:joint\s+)?project|"
                                   r"(?:бъдещ|следващ|предстоящ)\w*\s+(?:общ\w*\s+|съвмест\w*\s+)?проект)",
                                   re.IGNORECASE)
# The country's organisation named a partner later in its clause ("with Norway's Directorate for
# Cultural Heritage (Riksantikvaren) as a partner", "с норвежката община Х като партньор").
_AS_PARTNER_AFTER = re.compile(r"[^.;\n]{0,80}?(?<![^\W\d_])(?:as\s+(?:a|the|its)\s+(?:\w+\s+)?partner|"
                               r"като\s+(?:\w+\s+)?партньор)", re.IGNORECASE)
# Country names that are also region names elsewhere (Greek Macedonia, the Belgian province
# of Luxembourg): when another country follows at once (``Университет на Македония,
# Гърция``), that country is the partner's and this word is only a place name.
_ALSO_REGIONS = {"Македония", "Macedonia", "МАКЕДОНИЯ", "Люксембург", "Luxembourg"}
# "Румъния – България", "Bulgaria-Serbia": a country paired with Bulgaria by a dash names a
# cross-border programme or the border itself, not a partner.
# A named municipality or town right before the country, after a comma: "the Municipality of Xanthi, Greece",
# "Община Кочани, Северна Македония", "the town of Kilkis, Greece".
_FOREIGN_TOWN_BEFORE = re.compile(r"(?:[Mm]unicipality|[Cc]ity|[Tt]own|[Cc]ommune|[Оо]бщина|[Гг]рад)\s+(?:of\s+)?"
                                  r"[A-ZА-Я][^\W\d_]+(?:[\s-][A-ZА-Я][^\W\d_]+)?\s*,\s*$")
# Partner cities that are also the names of Bulgarian villages (NSI's EKATTE register: Сараево in Мизия,
# Охрид in Бойчиновци, Кочани in Неделино). Bare in a list of villages ("обядът стига до Софрониево,
# Липница и Сараево") they are the village: they count with their country after them, a partner word
# before them, or on a partners line.
_BG_VILLAGE_NAMES = frozenset({"Сараево", "Охрид", "Кочани"})
# (a municipal word elsewhere in the sentence is no cue here: the village belongs to a municipality too)
_VILLAGE_NAME_CUE = re.compile(r"партньор|partner|побратим|twin|съвместн|joint|"
                               r"(?:град|градът|града|city|town|municipality|община)\s+(?:of\s+)?[\"„“«']?$", re.IGNORECASE)
_PAIRED_WITH_BULGARIA_AFTER = re.compile(r"\s*[-–—]\s*(?:България|Bulgaria|БЪЛГАРИЯ)\b")
_PAIRED_WITH_BULGARIA_BEFORE = re.compile(r"(?:България|Bulgaria|БЪЛГАРИЯ)\s*[-–—]\s*$")
_COUNTRY_FOLLOWS = re.compile(r"\s*(?:,|\(|-|–)\s*[^\W\d_]")
_LIECHTENSTEIN = re.compile(r"Лихтенщайн|Liechtenstein|ЛИХТЕНЩАЙН")
# The EEA Financial Mechanism names no country, but its donors are Iceland, Liechtenstein, Norway.
_EEA_FUNDING = re.compile(r"\b(?:ЕИП|EEA)\b|Европейското\s+икономическо\s+пространство|European\s+Economic\s+Area",
                          re.IGNORECASE)


# A country's code in brackets after a partner's name, as EU project partner lists write it
# ("Centrum Kształcenia Zawodowego (PL)", "Kauno … centras (LT)"): European countries and the
# neighbours only, and EU usage (EL for Greece, UK for the United Kingdom). IT, HR, EE, PR and AI
# are also abbreviations, so a code counts only in a list of bracketed codes or a partners line.
_BRACKET_CODES = {code: code for code in (
    "AT", "BE", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "NO", "IS", "LI", "CH", "GB", "RS", "MK", "TR", "AL", "ME",
    "BA", "MD", "UA", "GE", "XK")} | {"EL": "GR", "UK": "GB"}
_BRACKET_CODE = re.compile(r"\((?:" + "|".join(sorted(_BRACKET_CODES)) + r"|BG)\)")
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;]|$)")
_LIST_CUE = re.compile(r"партньор|partner|бенефициент|beneficiar|координатор|coordinator|консорциум|consortium",
                       re.IGNORECASE)


@dataclass(frozen=True)
class _Entry:
    words: tuple[str, ...]
    code: str
    kind: str  # "country" | "city" | "adjective" | "not_partner" | "code"


def _read_tsv(name: str) -> list[dict[str, str]]:
    with open(data_path(name), encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _two_word_place_names() -> frozenset[str]:
    """Bulgarian municipality names of two words, in both scripts (``полски тръмбеш``): a country
    adjective that opens one names no country."""
    names = set()
    for row in municipality_rows():
        for name in (row["name_bg"], row["name_en"]):
            if len(name.split()) == 2:
                names.add(name.casefold())
    return frozenset(names)


def _country_names() -> list[tuple[str, str]]:
    """(name, code) from pycountry in English and Bulgarian, plus the aliases in config."""
    forms = _read_tsv("country_forms.tsv")
    ignored = {row["form"] for row in forms if row["kind"] == "ignore"}
    bulgarian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["bg"])
    names: list[tuple[str, str]] = []
    for country in pycountry.countries:
        official = getattr(country, "official_name", None)
        for english in {country.name, getattr(country, "common_name", None), official} - {None}:
            # "Moldova, Republic of" -> "Moldova": the inverted part is never written in prose.
            names.append((english.split(",")[0].split("(")[0].strip(), country.alpha_2))
            translated = bulgarian.gettext(english)
            if translated != english:
                names.append((translated.split(",")[0].split("(")[0].strip(), country.alpha_2))
    names += [(row["form"], row["iso2"]) for row in forms if row["kind"] == "name"]
    return [(name, code) for name, code in names if name and name not in ignored]


def _adjective_forms() -> list[tuple[str, str]]:
    forms = []
    for row in _read_tsv("country_forms.tsv"):
        if row["kind"] == "adj_bg":
            forms += [(row["form"] + ending, row["iso2"]) for ending in _ADJ_ENDINGS]
        elif row["kind"] == "adj_en":
            forms.append((row["form"], row["iso2"]))
    return forms


def _build_index() -> dict[str, list[_Entry]]:
    """First word -> entries starting with it, longest first (so ``Северна Македония``
    wins over ``Македония``). Names are stored as written and in capitals (titles)."""
    index: dict[str, list[_Entry]] = {}

    def add(name: str, code: str, kind: str) -> None:
        for variant in {name, name.upper()} | ({name.lower(), name.capitalize()}
                                               if kind == "adjective" else set()):
            words = tuple(_WORD.findall(variant))
            if words:
                index.setdefault(words[0], []).append(_Entry(words, code, kind))

    for name, code in _country_names():
        add(name, code, "country")
    for row in _read_tsv("partner_cities.tsv"):
        add(row["city"], row["iso2"], "city")
    for form, code in _adjective_forms():
        add(form, code, "adjective")
    for row in _read_tsv("country_forms.tsv"):
        if row["kind"] == "not_partner":
            add(row["form"], row["iso2"], "not_partner")
    for written, code in _BRACKET_CODES.items():
        index.setdefault(written, []).append(_Entry((written,), code, "code"))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e.words))
    return index


_INDEX = _build_index()
_PLACE_NAMES = _two_word_place_names()


def source_span(text: str, start: int, end: int) -> str:
    """The line holding ``text[start:end]``, or its sentence when the line is long,
    trimmed to at most 300 characters around the match.

    >>> source_span("Заглавие\\nПартньори: Община Гент, Белгия\\nДруго", 30, 35)
    'Партньори: Община Гент, Белгия'
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > MAX_SOURCE:
        # Narrow to the sentence: the last sentence end before the match, the first after.
        sentence_start = line_start
        for mark in _SENTENCE_BREAK.finditer(text, line_start, start):
            sentence_start = mark.end()
        after = _SENTENCE_BREAK.search(text, end, line_end)
        line_start, line_end = sentence_start, (after.start() + 1) if after else line_end
    span = text[line_start:line_end].strip()
    if len(span) > MAX_SOURCE:
        middle = (start + end) // 2 - line_start
        left = max(0, min(middle - MAX_SOURCE // 2, len(span) - MAX_SOURCE))
        span = span[left:left + MAX_SOURCE].strip()
    return span


def _is_letter(char: str) -> bool:
    """What ``_WORD`` reads as a letter: ``[^\\W\\d_]``, a word character but no digit."""
    return char.isalnum() and not char.isdecimal()


class _Words:
    """A page's words (``_WORD``) and where each begins.

    The words come from ``findall``; their places from ``char_runs`` (numpy) rather than one
    match object per word of the page: only the words around a name are ever looked at.
    """

    def __init__(self, text: str, tokens: list[str]):
        self.tokens = tokens
        starts = run_starts(text, char_table(_is_letter))
        self.starts = starts.tolist() if starts is not None else [m.start() for m in _WORD.finditer(text)]

    def __len__(self) -> int:
        return len(self.tokens)

    def start(self, k: int) -> int:
        return self.starts[k]

    def end(self, k: int) -> int:
        return self.starts[k] + len(self.tokens[k])


def _match_at(words: _Words, i: int, text: str) -> _Entry | None:
    for entry in _INDEX.get(words.tokens[i], ()):
        if entry.kind == "code":
            start, end = words.start(i), words.end(i)
            if text[start - 1:start] == "(" and text[end:end + 1] == ")":
                return entry
            continue
        n = len(entry.words)
        if i + n > len(words):
            continue
        if all(words.tokens[i + k] == entry.words[k] for k in range(1, n)) and all(
                text[words.end(i + k - 1):words.start(i + k)] in (" ", "-", " - ", "\u00a0")
                for k in range(1, n)):
            return entry
    return None


def _sentence_before(text: str, start: int) -> str:
    window = text[max(0, start - 120):start]
    cut = None
    for cut in _SENTENCE_END.finditer(window):
        pass
    return window[cut.end():] if cut else window


_EVENT_HINTS = ("нфер", "форум", "панаир", "излож", "посещ", "визит", "пътув", "конгрес", "фестив",
                "среща", "срещи", "семинар", "симпозиум", "церемони", "събрани",
                "onfer", "orum", "fair", "xhibit", "xpo", "isit", "trip", "tour", "ummit", "ongress", "estiv",
                "eeting", "eminar", "ymposium", "eremony", "athering", "ssembly", "orkshop", "xchange", "обмен")


def _has_event_word(before: str) -> bool:
    """Cheap substring pre-test for _EVENT_CUE."""
    return any(hint in before for hint in _EVENT_HINTS)


def _earlier_project_before(text: str, start: int) -> bool:
    """The sentence before ``start`` (within its line; "2013 г." is no sentence end) recalls an
    earlier project."""
    window_start = max(text.rfind("\n", 0, start) + 1, start - 200)
    window = text[window_start:start]
    lowered = window.lower()
    if not any(hint in lowered for hint in _EARLIER_HINTS):
        return False
    cut = 0
    for mark in _SENTENCE_BREAK.finditer(window):
        cut = mark.end()
    return _EARLIER_PROJECT.search(window, cut) is not None


def _verdict(text: str, words: _Words, i: int, n: int, entry: _Entry) -> str:
    """``partner``, ``weak`` (a partner unless the country funds the project: a person
    adjective or a bare country name without a partner word), ``donor`` (named as the
    funding source) or ``no``."""
    # Words that follow on the same line only: "…, Slovenia" at the end of a partners line
    # must not read as "Slovenia Grant…" with the next line's "Grant agreement".
    line_end = text.find("\n", words.end(i + n - 1))
    line_end = len(text) if line_end < 0 else line_end
    following = [words.tokens[k].lower() for k in range(i + n, min(i + n + 5, len(words)))
                 if words.start(k) < line_end]
    if any(f.startswith(_NOT_PARTNER_NEXT) for f in following[:2]):
        return "donor" if any(f.startswith(_DONOR_NEXT) for f in following[:2]) else "no"
    if _earlier_project_before(text, words.start(i)):
        return "no"
    if following and following[0] in _NATURAL_FEATURES:
        return "no"  # "Shabla and Tuzla lakes", "the Tuzla lagoon": a place in nature
    if _LOCAL_PLACE_BEFORE.search(text, max(0, words.start(i) - 16), words.start(i)):
        return "no"
    if _FUTURE_PROJECT_AFTER.match(text, words.end(i + n - 1)):
        return "no"  # "talks with a Romanian partner about a future project": not this one's partner
    if _NOT_THIS_AFTER.match(text, words.end(i + n - 1)):
        return "no"  # "… с училище от Испания, но предложението не беше одобрено": a proposal that failed
    if entry.kind == "code":
        line_start = text.rfind("\n", 0, words.start(i)) + 1
        line = text[line_start:line_end]
        if _LIST_CUE.search(line):
            return "partner"
        # a list of names with codes: "… (PL), … (LT), … (BG)"
        listed = [m for m in _BRACKET_CODE.finditer(line) if _LIST_SEPARATOR.match(line, m.end())]
        return "partner" if len(listed) >= 2 else "no"
    if entry.kind == "adjective":
        if i + n < len(words) and f"{words.tokens[i + n - 1]} {words.tokens[i + n]}".casefold() in _PLACE_NAMES:
            return "no"  # "Полски Тръмбеш", a Bulgarian town whose name opens with a country adjective
        at = next((k for k, f in enumerate(following[:3]) if f.startswith(_ORG_PREFIXES)), None)
        if at is None and entry.words[0][:1].isupper():
            # An English adjective before a capitalised proper name ("the Romanian Danube Delta
            # Biosphere Reserve Authority"): the organisation word may come later in the name.
            named = [words.tokens[k] for k in range(i + n, min(i + n + 5, len(words)))
                     if words.start(k) < line_end]
            for k, word in enumerate(named):
                if not word[:1].isupper():
                    break
                if word.lower().startswith(_ORG_PREFIXES) and not word.lower().startswith(_PERSON_PREFIXES):
                    at = k
                    break
        if at is None:
            return "no"
        if not following[at].startswith(_PERSON_PREFIXES):
            return "partner"
        # "норвежки експерти от асоциацията на общините": people of a named organisation
        rest = following[at + 1:at + 3]
        return "partner" if (len(rest) == 2 and rest[0] in ("от", "from", "of", "на")
                             and rest[1].startswith(_ORG_PREFIXES)
                             and not rest[1].startswith(_PERSON_PREFIXES)) else "weak"
    start = words.start(i)
    if _HISTORIC_YEAR.search(source_span(text, start, words.end(i + n - 1))):
        return "no"
    if entry.code in _EEA_DONORS and _LIECHTENSTEIN.search(
            text, max(0, start - 60), words.end(i + n - 1) + 60):
        return "donor"
    before = _sentence_before(text, start)
    lowered_before = before.lower()
    if any(hint in lowered_before for hint in _ROUTE_HINTS) and _ROUTE_BEFORE.search(before):
        return "no"
    if any(hint in lowered_before for hint in _ABROAD_HINTS) and _ABROAD_BEFORE.search(before):
        return "no"
    events = [m.end() for m in _EVENT_CUE.finditer(before)] if _has_event_word(before) else []
    if events and not _EVENT_HOST.search(before, events[-1]):
        return "no"
    lowered = before.lower()
    if any(hint in lowered for hint in _VISITOR_HINTS):
        visitors = _VISITORS_FROM.search(before)
        # Delegations of twin towns ("within the town-twinning strand … hosted delegations from …")
        # are the partners of the twinning project.
        if visitors and not _EVENT_HOST.search(visitors.group(0)) and not _TWINNING.search(before):
            return "no"
    if entry.kind == "city":
        if " ".join(entry.words) in _BG_VILLAGE_NAMES and not (
                _COUNTRY_FOLLOWS.match(text, words.end(i + n - 1)) and i + n < len(words)
                and (nxt := _match_at(words, i + n, text)) is not None and nxt.kind == "country"
                or _VILLAGE_NAME_CUE.search(before)
                or _PARTNERS_LINE.match(text, text.rfind("\n", 0, start) + 1)):
            return "no"
        return "partner"
    end = words.end(i + n - 1)
    if (_PAIRED_WITH_BULGARIA_AFTER.match(text, end)
            or _PAIRED_WITH_BULGARIA_BEFORE.search(text[max(0, start - 15):start])):
        return "no"
    if " ".join(entry.words) in _ALSO_REGIONS and i + n < len(words):
        if _COUNTRY_FOLLOWS.fullmatch(text[words.end(i + n - 1):words.start(i + n) + 1]):
            nxt = _match_at(words, i + n, text)
            if nxt is not None and nxt.kind == "country" and nxt.code != entry.code:
                return "no"
    if before.rstrip().endswith("("):
        return "partner"  # a bracketed country after a partner's name: a role or city list
    if _FOREIGN_TOWN_BEFORE.search(before):
        return "partner"  # "set up with the Municipality of Xanthi, Greece": a named town abroad and its country
    if _PARTNERS_LINE.match(text, text.rfind("\n", 0, start) + 1):
        return "partner"  # "Партньори: name: Gemeinde Münsingen; country: Switzerland", even beside a donor
    if _AS_PARTNER_AFTER.match(text, end):
        return "partner"  # "Norway's Directorate for Cultural Heritage … as a partner", even beside a donor cue
    donor = [m.start() for m in _DONOR_CUE.finditer(before)]
    partner = [m.start() for m in _PARTNER_CUE.finditer(before)]
    if not donor:
        return "partner" if partner else "weak"
    if partner and partner[-1] > donor[-1]:
        return "partner"
    return "donor" if _FUNDING_CUE.search(before[donor[-1]:]) else "no"


def extract_countries(text: str, lang: str = "bg") -> list[Fact]:
    """ISO alpha-2 codes of partner countries, first mention first, with their source line.

    ``lang`` is accepted for a uniform extractor signature; both languages' names are
    always looked for because pages mix them.

    >>> [f.value for f in extract_countries("Опитът на Община Ротердам и Солун (Гърция).")]
    ['NL', 'GR']
    >>> [f.value for f in extract_countries("Partners: Norwegian Association of Local and Regional Authorities")]
    ['NO']
    """
    text = text or ""
    # Only a word that begins some name can start a mention: the words are listed in C
    # (``findall``), and only those that are keys of _INDEX are looked at in Python.
    tokens = _WORD.findall(text)
    if _INDEX.keys().isdisjoint(tokens):
        return []
    words = _Words(text, tokens)
    found: list[tuple[str, str, int, int]] = []  # (code, verdict, start, end) in page order
    eea = any(hint in text for hint in ("ЕИП", "EEA", "пространство", "Economic Area")) and _EEA_FUNDING.search(text)
    donors: set[str] = set(_EEA_DONORS) if eea else set()
    index = _INDEX
    following = 0  # the first word not yet used by a mention
    for i in [k for k, token in enumerate(tokens) if token in index]:
        if i < following:
            continue
        entry = _match_at(words, i, text)
        if entry is None:
            continue
        n = len(entry.words)
        if entry.kind != "not_partner" and entry.code != "BG":
            verdict = _verdict(text, words, i, n, entry)
            if verdict == "donor":
                donors.add(entry.code)
            elif verdict != "no":
                found.append((entry.code, verdict, words.start(i), words.end(i + n - 1)))
        following = i + n
    # A country that funds the project ("Норвежки финансов механизъм") is a partner only when a
    # partner from it is named; "норвежки експерти" or a bare "Норвегия" is not one.
    facts: dict[str, Fact] = {}
    for code, verdict, start, end in found:
        if code not in facts and (verdict == "partner" or code not in donors):
            facts[code] = Fact(code, source_span(text, start, end))
    return list(facts.values())
