"""Bulgarian stemmer: cut inflection so that the forms of one word share one stem.

Bulgarian inflects almost only with suffixes, so this is a longest-match suffix stripper
(the idea of Savoy's light stemmer and of BulStem), with rules written from the grammar:

1. irregular forms get the stem listed for them, protected words (programme abbreviations,
   place names) come back unchanged — :mod:`analyzers.stem_exceptions`;
2. the comparative/superlative prefixes ``по-`` and ``най-`` are removed;
3. the longest known ending that leaves a stem with a vowel is cut (rule tables below);
4. stem-final alternations are normalised so both sides meet: fleeting vowels
   (добър/добра, основен/основна), к/ц (ученик/ученици), я/е (бял/бели), ж/з, ш/с, к/ч
   in verbs (кажа/казах, пиша/писах, река/речеш — only after е: уча keeps its ч).

What is cut and what is kept:

- nouns and adjectives lose number, gender, the definite article, count and vocative forms;
- verbs lose person, number, tense and mood endings *and* their participle formants
  (-л, -ан/-ен, -ащ/-ящ/-ещ) and the gerund: a full verb paradigm has some fifty forms and
  most of them are participles, so a stemmer that left participles alone would scatter
  every verb over five stems;
- derivational formants stay: verbal nouns in -не/-ние (чакане, решение), place nouns in
  -ище (училище), adjectives in -ен/-ски/-ствен, so that a noun, its adjective and its
  verb do not all collapse into one root.

Stems are index keys, not words: ``stem("резултатите") == "резулт"``. They are never
longer than the word and never empty. Known limits (recorded in the golden test table): a
masculine participle in -ен reads as an adjective (изпратен/основен), -ения/-ания as a
verbal noun's plural, and a noun and a verb with one root meet (работа/работя).

>>> [stem(w) for w in ("градът", "градове", "градовете")]
['град', 'град', 'град']
"""
from __future__ import annotations

import re

from analyzers.stem_exceptions import load_exceptions

VOWELS = frozenset("аъоуеиюя")
CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщ")
BULGARIAN_LETTERS = frozenset("абвгдежзийклмнопрстуфхцчшщъьюя-")
#: Words shorter than this are returned unchanged: there is no room for stem + ending.
MIN_WORD_LENGTH = 3

# --- endings of nouns and adjectives ----------------------------------------------------
NOMINAL_ENDINGS = (
    # gender/number: жен-а, стай-я, сел-о, пол-е, град-и, геро-й
    "а", "я", "о", "е", "и", "й",
    # article after a consonant: град-ът, учител-ят, геро-ят, кост-та. The article -то/-те
    # always follows a vowel ending and is listed fused with it; a bare -то/-те rule would
    # cut дете or място in the wrong place.
    "ът", "ят", "та",
    # article fused with the ending: жен-ата, стай-ята, сел-ото, пол-ето, град-ите
    "ата", "ята", "ото", "ето", "ите",
    # adjective article (and -ий nouns): добр-ия, добр-ият
    "ия", "ият",
    # plural of monosyllabic masculines: град-ове(-те), кра-еве(-те)
    "ове", "овете", "еве", "евете",
    # neuter plural of nouns in -че: момч-ета(-та) (context limited: ALLOWED_BEFORE)
    "ета", "етата",
    # neuters in -ие and feminines in -ия: действ-ие/-ия/-ието/-ията, истор-ия/-ии/-иите
    "ие", "ието", "ията", "ии", "иите",
    # plural -е with article: мъж-е, мъж-ете
    "ете",
    # soft neuter of adjectives (ь only stands before о): син-ьо, син-ьото
    "ьо", "ьото",
    # vocative of masculines in -л/-р: приятел-ю, лекар-ю
    "ю",
)

# The inflectional endings a noun adds after a final consonant (see _rule_table).
INFLECTIONAL_NOMINAL_ENDINGS = (
    "а", "я", "о", "е", "и", "ът", "ят", "та", "ата", "ята", "ото", "ето", "ите", "ия", "ият",
    "ове", "овете", "ете", "ю",
)
# Soft endings (учител-я, учител-ят) follow only -тел among the consonant-final verb endings.
SOFT_NOMINAL_ENDINGS = frozenset(("я", "ят", "ята", "ю"))

# Inflected forms of the passive participle in -ен (изпрат-ена, -ени, -ените). The bare -ен is
# left to the adjectives, where it is far more often a fleeting е (основен/основна).
PASSIVE_EN_FORMS = ("ена", "ено", "ени", "ения", "еният", "ената", "еното", "ените")

# -ла, -ло, -ли (+ article) after a consonant: past participles of consonant stems (донес-ла),
# and nouns and adjectives with a fleeting vowel before л (светъл/светла, котел/котли) or a
# neuter in -ло (числ-о/числ-а): cut the л with the ending so all forms meet.
L_FORMS = ("ла", "ло", "ли", "лата", "лото", "лите", "лия", "лият")

# --- endings of verbs -------------------------------------------------------------------
VERBAL_ENDINGS = (
    # present of the three conjugations: чак-ам, чет-еш, говор-им ...
    "ам", "аш", "аме", "ате", "ат", "ям", "яш", "яме", "яте", "еш", "ем", "ете", "им", "иш",
    # aorist: чак-ах, чет-ох, говор-их (+ persons)
    "ах", "аха", "ахме", "ахте", "ях", "яха", "яхме", "яхте",
    "ох", "оха", "охме", "охте", "их", "иха", "ихме", "ихте",
    # imperfect: чет-ях/-еше, чак-аше, говор-еше
    "ех", "еха", "ехме", "ехте", "аше", "яше", "еше",
    # imperative: чак-айте, сто-йте. The singular -ай is not cut: it also ends many nouns
    # (случай, край) whose other forms have no й (случаи).
    "айте", "ей", "ейте", "йте",
    # gerund: чак-айки, говор-ейки
    "айки", "яйки", "ейки",
    # past active participles (perfect, renarrative): чак-ал, говор-ил, жив-ял, говор-ел
    "ал", "ала", "ало", "али", "ял", "яла", "яло", "яли",
    "ил", "ила", "ило", "или", "ел", "ела", "ело", "ели",
    # ... of consonant stems: донес-ъл, донес-ла, донес-ли (-л- after a consonant: L_FORMS)
    "ъл", *L_FORMS,
    # passive (чак-ан, напис-ан) and present active participles (чак-ащ, работ-ещ)
    "ан", "ян", "ащ", "ящ", "ещ",
    *PASSIVE_EN_FORMS,
)


def _rule_table() -> dict[str, str]:
    """``ending -> replacement`` for every ending the stemmer knows (most replace with "")."""
    rules = {ending: "" for ending in NOMINAL_ENDINGS + VERBAL_ENDINGS}
    # Paradigm closure. A verbal ending that ends in a consonant is also the end of many
    # nouns and adjectives (резулт-ат, матери-ал, пробл-ем, усп-ех), and participles
    # inflect like adjectives. Once such an ending is cut from the bare form it must also be
    # cut from the inflected forms (резулт-ат-и, матери-ал-ът, чак-ан-ата), or longest match
    # would tear the paradigm apart.
    for ending in VERBAL_ENDINGS:
        if ending[-1] not in VOWELS:
            for nominal in INFLECTIONAL_NOMINAL_ENDINGS:
                # after any formant but -ел, "-ят" is a verb's 3rd plural (изпрат-ят)
                if nominal in SOFT_NOMINAL_ENDINGS and ending != "ел":
                    continue
                rules.setdefault(ending + nominal, "")
    # -ище builds place nouns (училище, летище): keep the formant, so that училище does
    # not meet уча and селище does not meet село.
    rules.update({ending: "ищ" for ending in ("ище", "ището", "ища", "ищата")})
    # Verbal nouns keep -не as their key (чакане, решение, изследване), so they meet neither
    # the verb nor its participle; -нии/-ниите of feminines in -ния (компания) go along.
    # Only after a vowel: consonant + -ния is an adjective's article (основн-ия).
    rules.update({
        f"{vowel}н{ending}": f"{vowel}не"
        for vowel in "аея"
        for ending in ("е", "ето", "ие", "ия", "ието", "ията", "ии", "иите")
    })
    # Nouns of origin in -анин/-янин/-арин drop -ин in the plural (гражданин/граждани,
    # българин/българи). граждан-и is cut to гражд- (-ан is a participle formant), so the
    # singular must be cut as far.
    rules.update({f"{base}ин{end}": "" for base in ("ан", "ян") for end in ("", "а", "ът")})
    rules.update({f"арин{end}": "ар" for end in ("", "ът")})  # not -арина: марина
    # г becomes з before the plural -и in the loanwords in -лог (диалог/диалози)
    rules.update({"лози": "лог", "лозите": "лог"})
    return rules


RULES = _rule_table()

# Endings cut only after some letters.
# - Article -та of feminines in a consonant (радост-та, помощ-та, цел-та). After н, к, с, р
#   a final "та" is mostly a masculine in -т with its count form (студент-а, проект-а,
#   пост-а, спорт-а); after a vowel the article is -ата.
# - Plural -ета of neuters in -че (момче-та); elsewhere mostly a masculine in -ет (бюджет-а).
# - Vocative -ю only after л, р (приятел-ю): меню, интервю are whole words.
ALLOWED_BEFORE = {
    "та": frozenset("тщвдчбжзл"),
    "ета": frozenset("ч"),
    "етата": frozenset("ч"),
    "ю": frozenset("лр"),
    **{ending: CONSONANTS for ending in L_FORMS},
}
# Endings not cut after some root endings: -ствен adjectives keep their е (обществен/
# обществена) and must not meet the noun (общество); -мен nouns (бизнесмен) are no participles.
BLOCKED_AFTER = {ending: ("ств", "м") for ending in PASSIVE_EN_FORMS}
# -ал, -ан, -ат after a vowel end loanwords (материал, идеал, ритуал, океан, секретариат):
# no Bulgarian verb has a root ending in a vowel before these participle/person endings.
BLOCKED_AFTER.update({
    ending: tuple(VOWELS) for ending in RULES if ending[:2] in ("ал", "ан", "ат")
})

EXCEPTIONS = load_exceptions()
#: One lookup for both kinds of exception: irregular forms and protected words (stem = word).
LISTED_STEMS = {**{word: word for word in EXCEPTIONS.protected}, **EXCEPTIONS.irregular}


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
NOMINAL_SET = frozenset(NOMINAL_ENDINGS)
VELAR_E = frozenset(("е", "ете"))


def _strip_ending(word: str) -> tuple[str, str]:
    """Cut the longest known ending that leaves a valid stem; return (stem, ending)."""
    # Walk the word backwards through the ending trie (hand-written: no library offers a
    # suffix trie, and it keeps the hot path to a few dict lookups per word), collecting
    # every ending that matches; then try them longest first.
    node, matches, position = ENDING_TRIE, [], len(word) - 1
    while position >= 2:  # the stem keeps at least two letters
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


def _has_vowel_and_two_letters(candidate: str) -> bool:
    return len(candidate) >= 2 and not VOWELS.isdisjoint(candidate)


def _normalise_alternations(stem_: str) -> str:
    """Make both sides of a stem-final alternation look the same."""
    # (each test looks at the last letter first: this runs once per word)
    # ятов преглас: голям/големи, бял/бели, място/места — я after a consonant becomes е
    if "я" in stem_:
        stem_ = YAT_AFTER_CONSONANT.sub("е", stem_)
    last = stem_[-1]
    # к/ц before the plural -и (ученик/ученици), fleeting е in -ец (старец/старци): both
    # sides become -к; a non-fleeting -ец (месец/месеци) meets itself the same way
    if last == "ц":
        stem_ = stem_[:-2] + "к" if stem_.endswith("ец") and len(stem_) > 3 else stem_[:-1] + "к"
        last = "к"
    if last == "к" and stem_.endswith("ейк"):  # европеец/европейци: й before ц in the plural
        stem_ = stem_[:-3] + "ек"
    # fleeting е of adjectives: основен/основна, специален/специална
    elif last == "н" and stem_.endswith("ен") and _has_vowel_and_two_letters(stem_[:-2]):
        stem_ = stem_[:-2] + "н"
    # vowel-stem verbs: живе-я/жив-ял, откри-е/откр-ил, игра-я/игр-ал — drop a final е/и/а;
    # this also joins the imperative чака-й to чак-ам and the -ай nouns случа-й/случа-и
    elif (last == "е" or last == "и" or last == "а") and len(stem_) > 3:
        stem_ = stem_[:-1]
    # fleeting ъ: петък/петки, добър/добра, ъгъл/ъгли
    if len(stem_) > 3 and stem_[-2] == "ъ" and stem_[-1] not in VOWELS:
        stem_ = stem_[:-2] + stem_[-1]
    last = stem_[-1]
    # first-conjugation verbs soften the root-final consonant in the present (каж-а/каз-ах,
    # пиш-а/пис-ах): use the hard consonant for both. Not ч/к: ч ends too many nouns.
    if (last == "ж" or last == "ш") and len(stem_) >= 3:
        stem_ = stem_[:-1] + HARD_OF_SOFT[last]
    # дам and its compounds have the stem дад- outside the present: създа-м/създад-е/създа-л
    elif last == "д" and stem_.endswith("дад") and len(stem_) > 4:
        stem_ = stem_[:-2]
    return stem_


def _without_degree_prefix(word: str) -> str:
    """Remove по-/най- of comparatives and superlatives: по-добър, най-добрият, найдобър.

    >>> _without_degree_prefix("по-малко"), _without_degree_prefix("найдобрият")
    ('малко', 'добрият')
    """
    for prefix in ("най-", "по-"):
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_WORD_LENGTH:
            return word[len(prefix):]
    # written together (found in careless text); no Bulgarian word starts with най but
    # найлон and its derivatives. "по" written together is a verb prefix: left alone.
    if word.startswith("най") and len(word) >= 7 and not word.startswith("найлон"):
        return word[3:]
    return word


def stem(word: str) -> str:
    """Stem one lowercase Bulgarian word; other words come back unchanged.

    >>> stem("жените"), stem("говорихме"), stem("по-добрия"), stem("изпратената")
    ('жен', 'говор', 'добр', 'изпрат')
    >>> stem("praktiki"), stem("опак")
    ('praktiki', 'опак')
    """
    listed = LISTED_STEMS.get(word)
    if listed is not None:
        return listed
    if len(word) < MIN_WORD_LENGTH or not BULGARIAN_LETTERS.issuperset(word):
        return word
    if "-" in word or word.startswith("най"):
        word = _without_degree_prefix(word)
        # the word under the prefix may itself be listed (по-вече, най-човека)
        listed = LISTED_STEMS.get(word)
        if listed is not None:
            return listed
    root, ending = _strip_ending(word)
    if ending and RULES[ending]:
        return root  # a rule with a replacement (-ище, -не, -арин) gives the canonical stem
    if ending[:1] == "е" and root.endswith("еч") and (ending not in NOMINAL_SET or ending in VELAR_E):
        # velar stems of the 1st conjugation soften к to ч before е: рек-а/реч-е, тек-ат/теч-е.
        # Their roots all end in -ек (пек-, рек-, сек-, тек-, влек-; мога is listed), so only -еч
        # is read back as -ек; an original ч (уч-а/уч-ех/уч-ещ, посоч-а, получ-ен: 2nd
        # conjugation) stays. -е and -ете are also nominal endings, but after -еч they are the
        # present/aorist пече, печете (вече, повече are listed as protected).
        root = root[:-1] + "к"
    return _normalise_alternations(root)
