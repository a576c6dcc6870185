"""The Bulgarian municipality a practice belongs to, as its label (``Община Бургас``).

Sources, strongest first (the first that names a municipality wins):

1. the innovator line of an FLGR page (``Иноватор: Община Габрово``,
   ``Innovator: Municipality of Gabrovo``);
2. a beneficiary or contracting-authority label (``Бенефициент:``, ``Възложител:``);
3. a label form in the title or the first paragraph (``Община Бургас``, ``общината на
   Бургас``, ``Столична община``, ``Municipality of Burgas``, ``Burgas Municipality``);
4. the most mentioned municipality of the whole page (label forms count double, a bare
   town name once; an ambiguous or common-word town name only in a label form).

Never a municipality: a foreign partner (``Община Гент, Белгия`` — Гент is not in the
table of 265; ``Община Роман (Румъния)`` is skipped by the country after it), a province
(``Област Бургас``, ``Областна администрация Бургас``).

>>> extract_municipality("Заглавие\\nИноватор: Община Габрово\\nДата на публикация: 18 март 2017").value
'Община Габрово'
>>> extract_municipality("ИНОВАТИВНИ МОДЕЛИ ЗА УПРАВЛЕНИЕ В ОБЩИНА БУРГАС").value
'Община Бургас'
"""
from __future__ import annotations

import re
from collections import Counter

from indexer.extract.anchored import finditer_anchored
from indexer.extract.countries import extract_countries, source_span
from indexer.extract.fact import Fact
from indexer.extract.municipality_table import municipality_rows, settlement_rows


_DOUBLED = re.compile(r"(.)\1+")
# (compiled once: re.sub/re.match with a pattern string look it up in re's cache on every call)
_SPACES = re.compile(r"\s+")
_NOT_LATIN = re.compile(r"[^a-z]")
_FOREIGN_TAIL = re.compile(r"\s*[,(–-]\s*[^,()\n]{2,40}")
_NAME_WORD_END = re.compile(r"[ -]")
_C_AS_TS = re.compile(r"c(?!h)")


def _latin_key(name: str) -> str:
    """Fold the usual variant transliterations together (Tarnovo/Turnovo, Dupnitza,
    Nessebar/Nesebar, Khaskovo, Kardjali/Kardzhali, Dobritch).

    >>> _latin_key("Veliko Turnovo") == _latin_key("Veliko Tarnovo")
    True
    >>> _latin_key("Nessebar") == _latin_key("Nesebar"), _latin_key("Kardjali") == _latin_key("Kardzhali")
    (True, True)
    >>> _latin_key("Dupnica") == _latin_key("Dupnitsa"), _latin_key("Schumen") == _latin_key("Shumen")
    (True, True)
    """
    key = _NOT_LATIN.sub("", name.lower())
    for old, new in (("kh", "h"), ("sch", "sh"), ("tch", "ch"), ("dzh", "dj"), ("ou", "u"), ("tz", "ts"), ("u", "a"),
                     ("iy", "i"), ("y", "i"), ("j", "i")):
        key = key.replace(old, new)
    if "c" in key:
        key = _C_AS_TS.sub("ts", key)  # the Slavic Latin "c" for "ц": Dupnica, Goce Delchev, Cenovo
    return _DOUBLED.sub(r"\1", key)


_ROWS = municipality_rows()
_CYRILLIC = re.compile(r"[а-яА-Я]")


def _forms(row: dict[str, str]) -> list[str]:
    """A row's other spellings (the ``forms`` column, ``|`` between them): an abbreviated
    first word (``Ген. Тошево``, ``Д. Митрополия``), a former name (``Добрич-селска``), a
    usual Latin spelling (``Hisar``)."""
    return [form.strip() for form in (row.get("forms") or "").split("|") if form.strip()]


# Cyrillic forms: looked up as names; Latin forms: as Latin names.
_CYRILLIC_FORMS = {form: row["label"] for row in _ROWS for form in _forms(row) if _CYRILLIC.search(form)}
_LATIN_FORMS = {form: row["label"] for row in _ROWS for form in _forms(row) if not _CYRILLIC.search(form)}
_LABEL_BY_NAME = {row["name_bg"].casefold(): row["label"] for row in _ROWS}
_LABEL_BY_NAME.update({form.casefold(): label for form, label in _CYRILLIC_FORMS.items()})
_LABEL_BY_NAME["столична"] = "Столична община"
_LABEL_BY_LATIN = {_latin_key(row["name_en"]): row["label"] for row in _ROWS}
_LABEL_BY_LATIN.update({_latin_key(form): label for form, label in _LATIN_FORMS.items()})
_LABEL_BY_LATIN[_latin_key("Stolichna")] = "Столична община"  # "Stolichna Municipality"


def municipality_labels() -> frozenset[str]:
    """The facet's values: one label per municipality (``Община Габрово``, ``Столична община``).

    >>> "Община Габрово" in municipality_labels()
    True
    """
    return frozenset(_LABEL_BY_NAME.values())


# Town names that are also common words, first names, rivers or mountains (Роман,
# Левски, Елена, Искър, Рила, Септември …), or shared by two municipalities: read only
# in a label form, never bare.
_LABEL_ONLY = {
    "Антон", "Баните", "Бяла", "Венец", "Две могили", "Елена", "Завет", "Земен", "Искър",
    "Кула", "Левски", "Лъки", "Марица", "Мизия", "Ново село", "Опан", "Рила", "Родопи",
    "Роман", "Самуил", "Септември", "Средец", "Съединение", "Чавдар", "Руен", "Камено",
    "Борино", "Мадан", "Трън", "Лом", "Батак", "Котел", "Белица", "Брезово", "Белово",
    "Иваново", "Борово", "Сопот", "Добричка",
}
# An initial and a surname ("Г. Делчев", "Н. Козлево") may be a person: abbreviated forms
# are read only as a municipality's or a town's name ("Община Г. Делчев", "гр. Ген. Тошево").
_LABEL_ONLY |= {form for form in _CYRILLIC_FORMS if "." in form}

# Label-only names that are, in a municipal text, almost always the town: read bare when
# the page has no other candidate (``в Камено``, ``Белово въведе …``). First names, rivers,
# mountains, months and names shared by two municipalities stay label-only.
_TOWN_MOSTLY = {"Кула", "Камено", "Белово", "Белица", "Брезово", "Батак", "Мадан", "Трън", "Лъки",
                "Борино", "Руен", "Сопот", "Борово", "Котел", "Лом"}
_MUNICIPAL_CONTEXT = re.compile(r"общин|кмет|municipal|mayor", re.IGNORECASE)

# Longest names first so that "Бяла Слатина" wins over "Бяла".
_NAMES = sorted([row["name_bg"] for row in _ROWS] + list(_CYRILLIC_FORMS), key=len, reverse=True)


def _name_trie(names: list[str]) -> str:
    r"""The alternation of ``names`` laid out as a trie.

    The same matches as ``Бяла\s+Слатина|Бяла`` (longest names first): a longer name is
    tried before the name it extends, and no two branches begin with the same letter in
    any case, so the first name that lets the pattern match is the same. Each position then
    costs a few comparisons, not one per name (265).

    >>> print(_name_trie(["Бяла Слатина", "Бяла", "Бяла Черква", "Бургас"]))
    Б(?:ургас|яла(?:\s+(?:Слатина|Черква)|))
    """
    trie: dict = {}
    for name in names:
        node = trie
        for token in [t for word in name.split(" ") for t in (" ", *word)][1:]:
            node = node.setdefault(token, {})
        node[""] = {}

    def alternation(node: dict) -> str:
        branches = sorted(key for key in node if key)
        if len({key.casefold() for key in branches}) != len(branches):
            raise ValueError("two branches begin with the same letter in different cases")
        parts = [(r"\s+" if key == " " else re.escape(key)) + alternation(node[key]) for key in branches]
        if "" in node:
            parts.append("")  # the name ends here: tried after every longer one
        if len(parts) == 1:
            return parts[0]
        return "(?:" + "|".join(parts) + ")"

    return alternation(trie)


_NAME_PATTERN = _name_trie(_NAMES)

_LABEL_FORM = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<capital>столичн(?:а|ата)\s+общин(?:а|ата)|столична\s+общинска\s+администрация)"
    r"|(?:общин(?:а|ата)(?:\s+на)?|общинска(?:та)?\s+администрация(?:\s+на)?|"
    r"кмет(?:ът|а)?\s+на(?:\s+община)?)"
    # a field label's colon on its line too: "Община: Добричка" in a listing's header block
    r"(?:[ \t]*:[ \t]*|\s*[-–—]?\s*)(?:(?:гр\.|град)\s*)?[\"„“«']?(?P<name>" + _NAME_PATTERN + r")"
    r")(?![\w-])",
    re.IGNORECASE)
_BARE_NAME = re.compile(
    # The lookahead lets the scan skip, cheaply, every position that cannot start a name.
    # "гр." in any case: a title in capitals writes "ДГ „ЗВЪНЧЕ“, ГР. ЛЕВСКИ"
    # ("с. Антон", "село Чавдар": a seat that is a village names its municipality as surely as "гр." a town)
    r"(?<![\w-])(?=[А-ЯгГсС])(?:(?P<town>(?i:гр\.|град|с\.|село))\s*)?(?P<name>" + _NAME_PATTERN + r")(?![\w-])")
# In Latin letters most of the Cyrillic label-only names are unambiguous (`котел` is a
# boiler, `Kotel` is only the town); these stay label-only: first names, rivers and
# mountains, and towns of the same name abroad.
_LATIN_LABEL_ONLY = {"Anton", "Elena", "Roman", "Samuil", "Iskar", "Maritsa", "Rila", "Rodopi", "Ivanovo",
                     "Sopot", "Kula", "Levski", "Novo Selo", "Byala", "Chavdar", "Lom", "Zavet", "Venets",
                     "Mizia", "Tran"}
# Latin label-only names that on a Bulgarian municipal page are the town (Sopot in Poland,
# Lom in Norway are rarer there than the Bulgarian towns): read as _TOWN_MOSTLY is.
_LATIN_TOWN_MOSTLY = re.compile(r"(?<![\w-])(?:Sopot|Kula|Lom|Tran)(?![\w-])")
# A bare name in Latin letters, in any usual transliteration: one or two capitalised words
# looked up by their folded key (``Nessebar`` as well as ``Nesebar``).
_BARE_LATIN_KEYS = {_latin_key(row["name_en"]): row["label"] for row in _ROWS
                    if row["name_en"] not in _LATIN_LABEL_ONLY}
_BARE_LATIN_KEYS.update({_latin_key(form): label for form, label in _LATIN_FORMS.items()})
_LATIN_WORDS = {"Trojan", "Trojans"}  # English words that fold onto a town's key (Troyan)
# The second word may be written in lower case ("Dolna banya", "Bobov dol"): a pair that names
# no municipality falls back to its first word.
_CAPITALISED = re.compile(r"(?<![\w-])(?=([A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)?)(?![\w-]))")
_LATIN_CAPITAL = re.compile(r"[A-Z]")
_LATIN_FORM = re.compile(
    r"(?:(?:[Mm]unicipality|[Tt]own|[Cc]ity)\s+of\s+(?P<after>[A-Z][\w-]+(?:\s+[A-Za-z][\w-]+)?))"
    r"|(?:(?P<before>(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+(?:\s+[a-z][\w-]+)?)\s+[Mm]unicipality)")
# Names of two or three words whose later words the table writes in lower case ("Вълчи дол"),
# as a title in capitals gives them once each word is capitalised ("Вълчи Дол").
_TITLED_TO_NAME = {" ".join(w.capitalize() for w in name.split()): name for name in _NAMES
                   if " " in name and " ".join(w.capitalize() for w in name.split()) != name}
_TITLED_NAME = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(_TITLED_TO_NAME, key=len, reverse=True)))
                          + r")(?![\w-])")
_PROVINCE_BEFORE = re.compile(
    r"(?:област|обл\.|област\w*\s+(?:администрация|управител|управа)\w*|регион|район|"
    r"province|district|region)\s*[-–]?\s*(?:на\s+)?(?:гр\.\s*)?$", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]{2,}")
# A street, square or quarter named after a town is not the town: ``ул. „Оряхово“``.
_STREET_BEFORE = re.compile(r"(?<![\w-])(?:ул\.|улица|бул\.|булевард|пл\.|площад|кв\.|квартал|жк|ж\.к\.|"
                            r"str\.|street|blvd\.?|square)\s*[\"„“«']?$", re.IGNORECASE)
_INNOVATOR = re.compile(r"^\s*(?:Иноватор|Innovator)\s*:\s*(.+)$", re.MULTILINE)
_BENEFICIARY = re.compile(
    r"^\s*(?:Водещ\s+(?:бенефициент|партньор)|Бенефициент(?:\s*1)?|Бенефициер|"
    r"Възложител|Кандидат|Lead\s+(?:beneficiary|partner)|Beneficiary)\s*[:|\t]\s*(.+)$",
    re.MULTILINE | re.IGNORECASE)


def _is_foreign(text: str, end: int) -> bool:
    """A country other than Bulgaria right after the name: a partner abroad."""
    tail = _FOREIGN_TAIL.match(text[end:end + 45])
    return bool(tail) and bool(extract_countries(tail.group()))


def _is_foreign_value(value: str) -> bool:
    """A label's value that names a country other than Bulgaria: an organisation abroad.

    >>> _is_foreign_value("Comune di Pesaro (Italy)"), _is_foreign_value("Сдружение „Еко“, Габрово")
    (True, False)
    """
    return bool(extract_countries(value))


def _label_mentions(text: str):
    """(label, start, end) of every label-form mention, Bulgarian and English."""
    # _LABEL_FORM is case-insensitive and begins with a lookbehind: tried only where the
    # text holds "община", "кмет", "общинска" or "столична" (anchored.finditer_anchored).
    for match in finditer_anchored(_LABEL_FORM, text):
        if match.group("capital"):
            yield "Столична община", match.start(), match.end()
            continue
        name = _SPACES.sub(" ", match.group("name")).casefold()
        if _PROVINCE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        if name in _LABEL_BY_NAME and not _is_foreign(text, match.end()):
            yield _LABEL_BY_NAME[name], match.start(), match.end()
    # Every _LATIN_FORM match holds "own" or "ity" (Town, City, Municipality): most pages
    # hold neither, and the scan for capitalised words costs more than these two look-ups.
    for match in _LATIN_FORM.finditer(text) if "ity" in text or "own" in text else ():
        words = (match.group("after") or match.group("before")).split()
        # "The Gabrovo Municipality": try the longest tail of capitalised words first.
        for k in range(len(words)):
            label = _LABEL_BY_LATIN.get(_latin_key(" ".join(words[k:])))
            if label is None and match.group("after"):
                label = _LABEL_BY_LATIN.get(_latin_key(" ".join(words[:len(words) - k])))
            if label:
                yield label, match.start(), match.end()
                break


# A word of three or more Cyrillic capitals. The first capital comes before the lookbehind
# (which looks back over it): a pattern that begins with a character set lets re skip to
# the next capital instead of trying the lookbehind at every position.
_CAPS_WORD = re.compile(r"[А-Я](?<![\w-][А-Я])[А-Я]{2,}(?![\w-])")


def _capitalised_words(text: str):
    """``_CAPITALISED.finditer(text)``: the zero-width pattern tried only at Latin capitals,
    where each of its matches is (few on a Bulgarian page; re would try every position)."""
    for capital in _LATIN_CAPITAL.finditer(text):
        match = _CAPITALISED.match(text, capital.start())
        if match is not None:
            yield match


def _bare_mentions(text: str):
    # A title in capitals (``СПЕШНА ПОМОЩ В СЕЛАТА НА НЕВЕСТИНО``): its words are read as
    # capitalised names; the same length keeps every position.
    if _CAPS_WORD.search(text):
        text = _CAPS_WORD.sub(lambda m: m.group(0).capitalize(), text)
        # "ВЪЛЧИ ДОЛ" is now "Вълчи Дол": a two-word name's second word as the table writes it
        text = _TITLED_NAME.sub(lambda m: _TITLED_TO_NAME[m.group(0)], text)
    for match in _BARE_NAME.finditer(text):
        name = _SPACES.sub(" ", match.group("name"))
        if name in _LABEL_ONLY and not match.group("town") and not _is_kicker(text, match.start(), match.end()):
            continue
        if _PROVINCE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        if not match.group("town") and _STREET_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        label = _LABEL_BY_NAME.get(name.casefold())
        if label and not _is_foreign(text, match.end()):
            yield label, match.start(), match.end()
    if "|" in text or "•" in text or "\n" in text:
        # a Latin dateline or kicker ("ELENA | 9 September 2025", "Levski, 3 May 2024"): the place the
        # story was filed from, read even when the name is also a first name or a river
        for match in _LATIN_KICKER.finditer(text):
            label = _LABEL_BY_LATIN.get(_latin_key(match.group(1)))
            if label and match.group(1) not in _LATIN_WORDS and _is_kicker(text, match.start(1), match.end(1)) \
                    and not _is_foreign(text, match.end(1)):
                yield label, match.start(1), match.end(1)
    covered = 0
    for match in _capitalised_words(text):  # zero-width: every capitalised word is a start
        start, words = match.start(), match.group(1)
        if start < covered or words.split()[0] in _LATIN_WORDS:
            continue  # the second word of a two-word name already read
        label = _BARE_LATIN_KEYS.get(_latin_key(words))
        end = start + len(words)
        if label is None and (" " in words or "-" in words):
            first = _NAME_WORD_END.split(words, maxsplit=1)[0]
            label, end = _BARE_LATIN_KEYS.get(_latin_key(first)), start + len(first)
        if label and not _is_foreign(text, end):
            covered = end
            yield label, start, end


# A place as a news kicker or a listing's rubric line: "ЧАВДАР | Култура", "Сопот • Общество".
_KICKER_AFTER = re.compile(r"[ \t]*[|•][ \t]+\S")
# A Latin name opening its line, in capitals or capitalised: a dateline's place when _is_kicker agrees.
# (or after the date, as the page reader writes it: "9 September 2025 | ELENA")
_LATIN_KICKER = re.compile(r"(?:^|(?<=\d)[ \t]*[|•][ \t]*)([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?)(?=[ \t]*(?:[|•,.–—-]|$))",
                           re.MULTILINE)
# A place after its dateline's date, alone between bars: "27 Май 2024 | ЧАВДАР | Общество", "04.03.2025 | Смядово".
_DATE_BAR_BEFORE = re.compile(r"(?:^|\n)[^\n|]*?(?:19|20)\d\d(?:\s*г\.?)?[ \t]*[|•][ \t]*$")
_BAR_OR_END_AFTER = re.compile(r"[ \t]*(?:[|•]|\n|$)")
# A partners line: the towns it names are partners' seats, not the practice's municipality
# ("Partners: …, Regional Museum of History – Varna (BG, associated partner)").
_PARTNERS_LINE = re.compile(r"^[ \t]*(?:Партньор\w*|Асоциира\w*\s+партньор\w*|Partners?|Associated\s+partners?|"
                            r"Project\s+partners?)[ \t]*[:|].*$", re.MULTILINE | re.IGNORECASE)


# A news dateline's place: the name opens its line, then the date ("Мизия, 15 май 2026",
# "Мизия (обл. Враца), 15 май", "МИЗИЯ — 3 декември", "МИЗИЯ. Вторник, 3 февруари"). The
# datelined place is the town the story was filed from, not a common word.
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{2,30}\))?[ \t]*(?:[,.]|[ \t][–—-])[ \t]*"
                             r"(?:\d{1,2}(?:[./]\d{1,2}[./]\d{2,4}|\s+[^\W\d_]{2,}\.?,?\s+(?:19|20)\d{2})"
                             r"|(?i:понеделник|вторник|сряда|четвъртък|петък|събота|неделя)\b)")


def _is_kicker(text: str, start: int, end: int) -> bool:
    """The name alone opens its line, before a bar or a bullet (``ЧАВДАР | Култура и туризъм``),
    or before the date of a dateline (``Две могили, 26 Януари 2024 г.``); or it stands between bars
    right after the dateline's date (``27 Май 2024 | ЧАВДАР | Общество``)."""
    if start > 0 and text[start - 1] != "\n":
        return _DATE_BAR_BEFORE.search(text, max(0, start - 50), start) is not None \
            and _BAR_OR_END_AFTER.match(text, end) is not None
    return _KICKER_AFTER.match(text, end) is not None or _DATELINE_AFTER.match(text, end) is not None


# A place that closes the title, after a dash or "в" ("Център за обществена подкрепа – Елена", "Зелени
# дворове в Марица"): where the page names no other municipality, a label-only name there is the town
# (a first name or a river does not close a practice's title that way). After "в" a river is possible
# ("Риба в Марица"), so that form needs a municipal word on the page.
_TITLE_PLACE = re.compile(r"(?:\s[–—-]\s*|(?<![\w-])(?P<in>в|във|in)\s+)(?:(?:гр\.|град|с\.|село)\s*)?"
                          r"(?P<name>" + _NAME_PATTERN + r")[\s.!]*$", re.IGNORECASE)


def _title_place(text: str) -> Fact | None:
    """The municipality named at the end of the title (see ``_TITLE_PLACE``).

    >>> _title_place("Социален център – Елена\\nРемонтът стартира.").value
    'Община Елена'
    >>> _title_place("Риба в Марица\\nУлов на шаран.") is None
    True
    """
    title = text.lstrip().split("\n", 1)[0]
    match = _TITLE_PLACE.search(title)
    if match is None or (match.group("in") and not _MUNICIPAL_CONTEXT.search(text)):
        return None
    if match.group("name")[:1].islower():
        return None  # "… в марица" is no proper name
    label = _LABEL_BY_NAME.get(_SPACES.sub(" ", match.group("name")).casefold())
    if label is None:
        return None
    offset = text.find(title)
    return Fact(label, source_span(text, offset + match.start("name"), offset + match.end("name")))


# A town or resort that is no municipality's seat (``config/settlements.tsv``), bare or after its marker
# ("в Черноморец", "гр. Ахтопол", "к.к. Боровец"): names its municipality when the page names no other.
_SETTLEMENTS = {row["name"]: row["label"] for row in settlement_rows()}
_SETTLEMENT = re.compile(r"(?<![\w-])(?:(?:гр\.|град|с\.|село|к\.\s?к\.|курорт(?:а|ът)?)\s*)?[\"„“«']?(?P<name>"
                         + "|".join(re.escape(name).replace(r"\ ", r"\s+")
                                    for name in sorted(_SETTLEMENTS, key=len, reverse=True))
                         + r")(?![\w-])")


def _settlement_place(text: str) -> Fact | None:
    """The municipality of the one town or resort off a seat the page names (see ``_SETTLEMENTS``).

    >>> _settlement_place("Нова алея в Черноморец\\nАлеята е дълга 2 км.").value
    'Община Созопол'
    >>> _settlement_place("Плаж между Равда и Ахтопол") is None
    True
    """
    found: dict[str, tuple[int, int]] = {}
    for match in _SETTLEMENT.finditer(text):
        if _PROVINCE_BEFORE.search(text, max(0, match.start() - 40), match.start()) or \
                _STREET_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        label = _SETTLEMENTS[_SPACES.sub(" ", match.group("name"))]
        found.setdefault(label, (match.start("name"), match.end("name")))
    if len(found) != 1:
        return None
    label, span = next(iter(found.items()))
    return Fact(label, source_span(text, *span))


def _partner_spans(text: str) -> list[tuple[int, int]]:
    if "artner" not in text and "артньор" not in text and "ARTNER" not in text and "АРТНЬОР" not in text:
        return []
    return [m.span() for m in _PARTNERS_LINE.finditer(text)]


def _town_mentions(text: str):
    """(label, start, end) of names written as a town: ``гр. Алфатар``, ``град Алфатар``."""
    if "гр" not in text and "ГР" not in text:
        return
    for match in _BARE_NAME.finditer(text):
        if match.group("town") and not _is_foreign(text, match.end()):
            label = _LABEL_BY_NAME.get(_SPACES.sub(" ", match.group("name")).casefold())
            if label:
                yield label, match.start(), match.end()


def _first_in(text: str, offset: int, fragment: str, source: str | None = None) -> Fact | None:
    """The first municipality a short fragment names (label form first, then bare)."""
    for mentions in (_label_mentions(fragment), _bare_mentions(fragment)):
        for label, start, end in mentions:
            return Fact(label, source or source_span(text, offset + start, offset + end))
    return None


def _is_organisation_name(value: str) -> bool:
    """A real organisation name (``Сдружение „Еко“``), not a site user name (``ros``).

    A site login (``ros``, ``kostinbrod_adm``, ``nz.ecology``) is one token with no
    space: never an organisation, however many parts it has.

    >>> _is_organisation_name("Сдружение „Младежки алианс“"), _is_organisation_name("ros")
    (True, False)
    >>> _is_organisation_name("pernik_adm")
    False
    """
    value = value.strip()
    return bool(re.search(r"\s", value)) and len(_WORDS.findall(value)) >= 2


_LOGIN_PARTS = re.compile(r"[A-Za-z]{3,}")


def _login_hint(value: str) -> set[str]:
    """Municipalities a site login spells (``medi_lovech`` → Ловеч), for a label-only town
    the page names bare (``в Сопот``): the login and the page agree, so the name is the
    town, not the river or the first name.

    >>> sorted(_login_hint("sdr_etropole"))
    ['Община Етрополе']
    """
    if re.search(r"\s", value.strip()):
        return set()
    return {_LABEL_BY_LATIN[key] for key in map(_latin_key, _LOGIN_PARTS.findall(value))
            if key in _LABEL_BY_LATIN}


def _opening(text: str) -> str:
    """The title and the first paragraph: lines up to the first sentence-long line."""
    lines, size = [], 0
    for line in text.lstrip().split("\n"):
        lines.append(line)
        size += len(line)
        if len(line) > 120 or size > 600:
            break
    return "\n".join(lines)


def extract_municipality(text: str, lang: str = "bg") -> Fact | None:
    """The municipality's label (``Община Бургас``, ``Столична община``) with its source.

    >>> extract_municipality("Партньори: Община Гент, Белгия") is None
    True
    >>> extract_municipality("Innovator: Municipality of Veliko Turnovo").value
    'Община Велико Търново'
    """
    text = text or ""
    named_organisation = False
    hinted: set[str] = set()
    # an innovator line holds one of the two words as written (the pattern is case-sensitive)
    innovator = "Иноватор" in text or "Innovator" in text
    for pattern in (_INNOVATOR, _BENEFICIARY) if innovator else (_BENEFICIARY,):
        for line in pattern.finditer(text):
            fact = _first_in(text, line.start(1), line.group(1), line.group(0).strip())
            if fact:
                return fact
            # a lead partner abroad ("Lead partner: Comune di Pesaro (Italy)") tells nothing
            # of the Bulgarian side: the page's own mentions still count
            named_organisation |= _is_organisation_name(line.group(1)) and not _is_foreign_value(line.group(1))
            if pattern is _INNOVATOR:
                hinted |= _login_hint(line.group(1))
    opening = _opening(text)
    offset = text.find(opening)
    for label, start, end in _label_mentions(opening):
        return Fact(label, source_span(text, offset + start, offset + end))
    if named_organisation:
        # An NGO or a school named as innovator/beneficiary, with no municipality in its
        # name or in the opening: a stray bare mention further down is not its municipality,
        # but one municipality named as such (``Община Крумовград заделя …``) is.
        labels = {label: (start, end) for label, start, end in _label_mentions(text)}
        if len(labels) == 1:
            label, span = next(iter(labels.items()))
            return Fact(label, source_span(text, *span))
        if not labels:
            # ``Читалището в гр. Алфатар …``: the one town the body names as a town is its place.
            towns = {}
            for label, start, end in _town_mentions(text):
                towns.setdefault(label, (start, end))
            if len(towns) == 1:
                label, span = next(iter(towns.items()))
                return Fact(label, source_span(text, *span))
            # "Обновяване на салона на читалище „…“ – Дряново": the one town the title names
            title = text.lstrip().split("\n", 1)[0]
            offset = text.find(title)
            named = {label: (start, end) for label, start, end in _bare_mentions(title)}
            if len(named) == 1:
                label, (start, end) = next(iter(named.items()))
                return Fact(label, source_span(text, offset + start, offset + end))
        return None
    scores: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    mentions = [(weight, label, start, end)
                for weight, found in ((2, _label_mentions(text)), (1, _bare_mentions(text)))
                for label, start, end in found]
    partner_lines = _partner_spans(text)
    partners_only = False
    if partner_lines:
        # partners' seats count only when the page names no other municipality
        outside = [m for m in mentions if not any(a <= m[2] < b for a, b in partner_lines)]
        partners_only = bool(mentions) and not outside
        mentions = outside or mentions
    for weight, label, start, end in mentions:
        scores[label] += weight
        if label not in first or start < first[label][0]:
            first[label] = (start, end)
    if hinted and not scores.keys() & hinted:
        for match in _BARE_NAME.finditer(text):  # label-only names too, as the login agrees
            label = _LABEL_BY_NAME.get(_SPACES.sub(" ", match.group("name")).casefold())
            if label in hinted and not _is_foreign(text, match.end()):
                return Fact(label, source_span(text, match.start(), match.end()))
    # With no candidate but partners' seats, a town-mostly name the page itself uses is the
    # practice's place before a partner's ("cleaner air in Sopot" over a Sofia foundation).
    if (not scores or partners_only) and _MUNICIPAL_CONTEXT.search(text):
        towns: Counter[str] = Counter()
        for match in _BARE_NAME.finditer(text):
            name = _SPACES.sub(" ", match.group("name"))
            if name in _TOWN_MOSTLY and not _is_foreign(text, match.end()) and \
                    not _PROVINCE_BEFORE.search(text, max(0, match.start() - 40), match.start()) and \
                    not any(a <= match.start() < b for a, b in partner_lines):
                towns[_LABEL_BY_NAME[name.casefold()]] += 1
                first.setdefault(_LABEL_BY_NAME[name.casefold()], (match.start(), match.end()))
        for match in _LATIN_TOWN_MOSTLY.finditer(text) if partners_only or not scores else ():
            label = _LABEL_BY_LATIN[_latin_key(match.group())]
            if not _is_foreign(text, match.end()) and not any(a <= match.start() < b for a, b in partner_lines):
                towns[label] += 1
                first.setdefault(label, (match.start(), match.end()))
        if len(towns) == 1:
            label = next(iter(towns))
            return Fact(label, source_span(text, *first[label]))
    if not scores:
        return _title_place(text) or _settlement_place(text)
    if scores.keys() & hinted:
        scores = Counter({label: scores[label] for label in scores.keys() & hinted})
    best = max(scores, key=lambda label: (scores[label], -first[label][0]))
    return Fact(best, source_span(text, *first[best]))
