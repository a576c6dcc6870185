"""Bulgarian stemmer: strip inflection so that the forms of one word share one stem.

Bulgarian inflection is almost entirely suffixal, so the stemmer is a longest-match
suffix stripper (the idea behind Savoy's light stemmer and BulStem) written from the grammar:

1. irregular forms get the stem listed for them and protected words are returned as they are
   (:mod:`analyzers.stem_exceptions`);
2. the comparative/superlative prefixes ``по-`` and ``най-`` are removed;
3. the longest inflectional ending that leaves a pronounceable stem is cut;
4. stem-final alternations are normalised so that both sides of an alternation meet
   (fleeting vowels, ``к/ц/ч``, ``я/е``).

>>> [stem(w) for w in ("градът", "градове", "градовете")]
['град', 'град', 'град']
"""
from __future__ import annotations

import re

from analyzers.stem_exceptions import load_exceptions

VOWELS = frozenset("аъоуеиюя")
BULGARIAN_LETTERS = frozenset("абвгдежзийклмнопрстуфхцчшщъьюя-")
#: Words shorter than this are returned unchanged: there is no room for stem + ending.
MIN_WORD_LENGTH = 3

# --- the rule tables -------------------------------------------------------------------
# Each rule is ``ending -> replacement``; the longest ending that leaves a valid root wins.
# A *light* stemmer: it removes inflection (number, gender, definiteness, person, tense)
# but keeps the formants that build a new paradigm (participles in -ащ/-ен/-ан, verbal
# nouns in -не/-ние, adjectives in -ен/-ски), so a noun, its adjective and its verb stay apart.

# Endings of nouns and adjectives, including the definite article.
NOMINAL_ENDINGS = (
    # gender/number endings: жен-а, стай-я, сел-о, пол-е, град-и, геро-й
    "а", "я", "о", "е", "и", "й",
    # definite article after a consonant: град-ът, учител-ят, геро-ят, кост-та. The
    # article -то/-те always follows a vowel ending and is listed fused with it below; a
    # bare -то/-те rule would cut bases such as дете or място in the wrong place.
    "ът", "ят", "та",
    # article fused with the ending: жен-ата, стай-ята, сел-ото, пол-ето, град-ите
    "ата", "ята", "ото", "ето", "ите",
    # adjective (and -ий noun) article: добр-ия, добр-ият
    "ия", "ият",
    # plural formants of monosyllabic masculines: град-ове(-те), кра-еве(-те)
    "ове", "овете", "еве", "евете",
    # neuter plural -ета: пол-ета, куч-етата (имена, времена are exceptions)
    "ета", "етата",
    # neuter -ие nouns: решен-ие, решен-ия, решен-ието, решен-ията
    "ие", "ието", "ията",
    # feminine -ия nouns: истор-ия, истор-ии, истор-иите
    "ии", "иите",
    # plural with -е and article: мъж-е, мъж-ете, кон-ете
    "ете",
    # soft neuter of adjectives (ь only stands before о): син-ьо, син-ьото
    "ьо", "ьото",
    # vocative of masculines in -л/-р: приятел-ю, лекар-ю (only after л, р: see ALLOWED_BEFORE)
    "ю",
)

# The purely inflectional part of the nominal endings (no derivational -ие/-ия formants).
INFLECTIONAL_NOMINAL_ENDINGS = (
    "а", "я", "о", "е", "и", "ът", "ят", "та", "ата", "ята", "ото", "ето", "ите", "ия", "ият",
    "ове", "овете", "ете", "ю",
)

PASSIVE_EN_FORMS = ("ена", "ено", "ени", "ения", "еният", "ената", "еното", "ените")
SOFT_NOMINAL_ENDINGS = frozenset(("я", "ят", "ята", "ю"))

# Endings of finite verb forms and of the past active (-л) participle.
VERBAL_ENDINGS = (
    # present tense of the three conjugations: чак-ам, чет-еш, говор-им ...
    "ам", "аш", "аме", "ате", "ат", "ям", "яш", "яме", "яте",
    "еш", "ем", "ете", "им", "иш",
    # aorist: чак-ах, чет-ох, говор-их (+ persons)
    "ах", "аха", "ахме", "ахте", "ях", "яха", "яхме", "яхте",
    "ох", "оха", "охме", "охте", "их", "иха", "ихме", "ихте",
    # imperfect: чет-ях/-еше, чак-аше, говор-еше
    "ех", "еха", "ехме", "ехте", "аше", "яше", "еше",
    # imperative: чак-айте, сто-йте, говор-ете. The singular -ай is left alone: it is also
    # the end of many nouns (случай, край, трамвай) whose other forms have no й (случаи).
    "айте", "ей", "ейте", "йте",
    # gerund (деепричастие): чак-айки, говор-ейки
    "айки", "яйки", "ейки",
    # past active participle, used in the perfect and renarrative: чак-ал(-а,-о,-и)
    "ал", "ала", "ало", "али", "ял", "яла", "яло", "яли",
    "ил", "ила", "ило", "или", "ел", "ела", "ело", "ели",
    # passive participle in -ан/-ян (чак-ан, написан) and present active participle
    # (чак-ащ, чет-ящ, работ-ещ); both inflect like adjectives (closure below)
    "ан", "ян", "ащ", "ящ", "ещ",
    # passive participle in -ен: only its inflected forms (изпрат-ена, -ени, -ените).
    # The bare -ен is far more often the fleeting е of an adjective (основен/основна).
    *PASSIVE_EN_FORMS,
)


def _rule_table() -> dict[str, str]:
    """``ending -> replacement`` for every ending the stemmer knows."""
    rules = {ending: "" for ending in NOMINAL_ENDINGS + VERBAL_ENDINGS}
    # A verbal ending that ends in a consonant is also the last letters of many nouns
    # (резулт-ат, матери-ал, пробл-ем, усп-ех). Once such an ending is cut from the bare
    # noun it must be cut from the noun's inflected forms too (резулт-ат-и, матери-ал-ът),
    # or the paradigm would fall apart: so every such ending also combines with the
    # nominal endings.
    for ending in VERBAL_ENDINGS:
        if ending[-1] not in VOWELS:
            for nominal in INFLECTIONAL_NOMINAL_ENDINGS:
                # the soft article (-я, -ят) only follows nouns in -тел (учител-я); with
                # any other formant "-ят" is the 3rd person plural of a verb (изпрат-ят)
                if nominal in SOFT_NOMINAL_ENDINGS and ending != "ел":
                    continue
                rules.setdefault(ending + nominal, "")
    return rules


RULES = _rule_table()
# -ище builds place nouns (училище, летище, пристанище): keep the formant, cut only the
# inflection, so училище does not meet уча and селище does not meet село.
RULES.update({ending: "ищ" for ending in ("ище", "ището", "ища", "ищата")})
# Verbal nouns (чакане, решение, изследване) keep -не as their key, so they meet neither the
# verb (чакам) nor its passive participle (чакан): -не, -нето, -ние, -ния, -нието, -нията.
# Only after a vowel: consonant + -ния is an adjective's article (основ-н-ия).
RULES.update({
    f"{vowel}н{ending}": f"{vowel}не"
    for vowel in "аея"
    for ending in ("е", "ето", "ие", "ия", "ието", "ията", "ии", "иите")
})
# (-нии/-ниите are the plural of feminines in -ния: компания/компании — same key)
# Nouns of origin and membership in -анин/-янин/-арин lose -ин in the plural
# (гражданин/граждани, селянин/селяни, българин/българи): cut it from the singular too.
# -ан/-ян are participle formants, so граждан-и is cut to гражд-: the singular must follow.
RULES.update({f"{base}ин{ending}": "" for base in ("ан", "ян") for ending in ("", "а", "ът")})
RULES.update({f"арин{ending}": "ар" for ending in ("", "а", "ът")})
RULES.pop("арина", None)  # марина, дарина: feminine nouns, not -арин + -а
EXCEPTIONS = load_exceptions()
#: One lookup for both kinds of exception: irregular forms and protected words (stem = word).
LISTED_STEMS = {**{word: word for word in EXCEPTIONS.protected}, **EXCEPTIONS.irregular}


def _is_stem(candidate: str) -> bool:
    """A stem must stay pronounceable: at least two letters, one of them a vowel."""
    return len(candidate) >= 2 and not VOWELS.isdisjoint(candidate)


# Endings that are only cut after some letters.
# - The article -та of feminine nouns ending in a consonant: радост-та, помощ-та, любов-та.
#   After a vowel the article is -ата (жен-ата), and after н, к, с, р a final "та" is
#   far more often a masculine noun in -т with its short article (студент-а, проект-а,
#   пост-а, спорт-а); the feminine вечер is an exception. After л it is the feminine
#   (цел-та, мисъл-та, сол-та): masculines in -лт (асфалт) are rare.
# - The neuter plural -ета belongs to nouns in -че (момче-та, куче-та); after other letters
#   it is usually a masculine in -ет with its article (бюджет-а, съвет-а, пакет-а).
ALLOWED_BEFORE = {
    "та": frozenset("тщвдчбжзл"),
    "ета": frozenset("ч"),
    "етата": frozenset("ч"),
    "ю": frozenset("лр"),
}
# Endings that are not cut after some root endings: adjectives in -ствен keep their е
# (обществен/обществена, естествен), so -ена there is no participle and must stay apart
# from the noun (общество); nouns in -мен (бизнесмен, феномен) are no participles either.
BLOCKED_AFTER = {ending: ("ств", "м") for ending in PASSIVE_EN_FORMS}


def _build_ending_trie(endings) -> dict:
    """A trie of the endings read backwards; a node holding ``""`` ends an ending."""
    trie: dict = {}
    for ending in endings:
        node = trie
        for letter in reversed(ending):
            node = node.setdefault(letter, {})
        node[""] = ending
    return trie


ENDING_TRIE = _build_ending_trie(RULES)


def _strip_ending(word: str) -> tuple[str, str]:
    """Cut the longest known ending that leaves a valid stem; return (stem, ending)."""
    # Walk the word backwards through the ending trie (hand-written: no library offers a
    # suffix trie, and this keeps the hot path to a few dict lookups per word), collecting
    # every ending that matches; then try them longest first.
    node, matches, position = ENDING_TRIE, [], len(word) - 1
    while position >= 2:  # the root keeps at least two letters
        node = node.get(word[position])
        if node is None:
            break
        if "" in node:
            matches.append(position)
        position -= 1
    for position in reversed(matches):
        root, ending = word[:position], word[position:]
        if VOWELS.isdisjoint(root):  # a stem needs a vowel
            continue
        allowed = ALLOWED_BEFORE.get(ending)
        if allowed is not None and root[-1] not in allowed:
            continue
        blocked = BLOCKED_AFTER.get(ending)
        if blocked is not None and root.endswith(blocked):
            continue
        return root + RULES[ending], ending
    return word, ""


YAT_AFTER_CONSONANT = re.compile("(?<=[^аъоуеиюя])я")
HARD_OF_SOFT = {"ж": "з", "ш": "с"}


def _normalise_alternations(stem_: str, ending: str) -> str:
    """Make both sides of a stem-final alternation look the same."""
    # ятов преглас: голям/големи, бял/бели, място/места — я after a consonant becomes е
    if "я" in stem_:
        stem_ = YAT_AFTER_CONSONANT.sub("е", stem_)
    # ученик/ученици, старец/старци: к and ц alternate before the plural -и
    if stem_.endswith("ец") and len(stem_) > 3:
        stem_ = stem_[:-2] + "ц"
    if stem_.endswith("ц"):
        stem_ = stem_[:-1] + "к"
    # европеец/европейци: й appears between е and ц in the plural
    if stem_.endswith("ейк"):
        stem_ = stem_[:-3] + "ек"
    # fleeting е of adjectives: основен/основна, специален/специална
    if stem_.endswith("ен") and _is_stem(stem_[:-2]):
        stem_ = stem_[:-2] + "н"
    # vowel-stem verbs: живе-я/жив-ял, успе-я/усп-ях, откри-е/откр-ил — drop the stem-final е/и
    if stem_[-1] in "еи" and len(stem_) > 3:
        stem_ = stem_[:-1]
    # fleeting ъ: петък/петки, добър/добра, ъгъл/ъгли
    if len(stem_) > 3 and stem_[-2] == "ъ" and stem_[-1] not in VOWELS:
        stem_ = stem_[:-2] + stem_[-1]
    # first-conjugation verbs soften the root-final consonant in the present:
    # каж-а/каз-ах, пиш-а/пис-ах, плач-а/плак-ах — use the hard consonant for both
    if len(stem_) >= 3 and stem_[-1] in HARD_OF_SOFT:
        stem_ = stem_[:-1] + HARD_OF_SOFT[stem_[-1]]
    # дам and its compounds have the stem дад- outside the present: създа-м/създад-е/създа-л
    if stem_.endswith("дад") and len(stem_) > 4:
        stem_ = stem_[:-2]
    return stem_


def stem(word: str) -> str:
    """Stem one lowercase Bulgarian word; other words come back unchanged.

    >>> stem("жените"), stem("говорихме"), stem("по-добрия")
    ('жен', 'говор', 'добр')
    >>> stem("praktiki")
    'praktiki'
    """
    listed = LISTED_STEMS.get(word)
    if listed is not None:
        return listed
    if len(word) < MIN_WORD_LENGTH or not BULGARIAN_LETTERS.issuperset(word):
        return word
    base = word
    if "-" in word:
        # comparative по-добър and superlative най-добър: the prefix is grammar, not meaning
        for prefix in ("най-", "по-"):
            if base.startswith(prefix) and len(base) - len(prefix) >= MIN_WORD_LENGTH:
                base = base[len(prefix):]
                break
    root, ending = _strip_ending(base)
    # a rule with a replacement (-ище, -не) already gives the canonical stem
    result = root if RULES.get(ending) else _normalise_alternations(root, ending)
    return result or word
