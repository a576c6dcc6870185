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

from analyzers.stem_exceptions import load_exceptions

VOWELS = frozenset("аъоуеиюя")
BULGARIAN_LETTERS = frozenset("абвгдежзийклмнопрстуфхцчшщъьюя-")
#: Words shorter than this are returned unchanged: there is no room for stem + ending.
MIN_WORD_LENGTH = 3

# Endings that follow a noun or adjective stem, including the definite article.
NOMINAL_ENDINGS = (
    # gender/number endings: жен-а, стай-я, сел-о, пол-е, град-и, геро-й
    "а", "я", "о", "е", "и", "й",
    # definite article: град-ът/-а, учител-ят/-я, кост-та, сел-о-то, пол-е-то, жени-те
    "ът", "ят", "та", "то", "те",
    # article fused with the ending: жен-ата, стай-ята, сел-ото, пол-ето, град-ите
    "ата", "ята", "ото", "ето", "ите",
    # adjective (and -ий noun) article: добр-ия, добр-ият
    "ия", "ият",
    # plural formants of monosyllabic masculines: град-ове(-те), кра-еве(-те)
    "ове", "овете", "еве", "евете",
    # neuter plurals: пристан-ища, пол-ета, им-ена (+ article)
    "ища", "ищата", "ета", "етата", "ена", "ената",
    # neuter -ие nouns: решен-ие, решен-ия, решен-ието, решен-ията
    "ие", "ието", "ията",
)

# Endings of finite verb forms (present, aorist, imperfect, imperative, gerund).
VERBAL_ENDINGS = (
    # present tense of the three conjugations: чак-ам, чет-еш, говор-им ...
    "ам", "аш", "аме", "ате", "ат", "ям", "яш", "яме", "яте",
    "еш", "ем", "ете", "им", "иш",
    # aorist: чак-ах, чет-ох, говор-их (+ persons)
    "ах", "аха", "ахме", "ахте", "ях", "яха", "яхме", "яхте",
    "ох", "оха", "охме", "охте", "их", "иха", "ихме", "ихте",
    # imperfect: чет-ях/-еше, чак-аше, говор-еше
    "ех", "еха", "ехме", "ехте", "аше", "яше", "еше",
    # imperative: чак-ай(-те), сто-й(-те), говор-ете
    "ай", "айте", "ей", "ейте", "йте",
    # gerund (деепричастие): чак-айки, говор-ейки
    "айки", "яйки", "ейки",
)

# Participles inflect like adjectives, so each participle formant is combined with the
# adjectival endings: говор-ил, говор-ила, говор-илите; направ-ен, направ-ената; чак-ащ-ия.
PARTICIPLE_FORMANTS = ("ал", "ял", "ил", "ел", "ан", "ян", "ен", "ащ", "ящ", "ещ")
ADJECTIVAL_ENDINGS = ("", "а", "о", "и", "ия", "ият", "ата", "ото", "ите")


def _all_endings() -> dict[int, frozenset[str]]:
    """Every ending grouped by length, so that matching tries the longest first."""
    endings = set(NOMINAL_ENDINGS) | set(VERBAL_ENDINGS)
    endings |= {formant + ending for formant in PARTICIPLE_FORMANTS for ending in ADJECTIVAL_ENDINGS}
    by_length: dict[int, set[str]] = {}
    for ending in endings:
        by_length.setdefault(len(ending), set()).add(ending)
    return {length: frozenset(group) for length, group in by_length.items()}


ENDINGS_BY_LENGTH = _all_endings()
LONGEST_ENDING = max(ENDINGS_BY_LENGTH)
EXCEPTIONS = load_exceptions()


def _is_stem(candidate: str) -> bool:
    """A stem must stay pronounceable: at least two letters, one of them a vowel."""
    return len(candidate) >= 2 and any(letter in VOWELS for letter in candidate)


def _strip_ending(word: str) -> str:
    """Cut the longest known ending that leaves a valid stem."""
    for length in range(min(LONGEST_ENDING, len(word) - 1), 0, -1):
        group = ENDINGS_BY_LENGTH.get(length)
        if group and word[-length:] in group and _is_stem(word[:-length]):
            return word[:-length]
    return word


def _normalise_alternations(stem_: str) -> str:
    """Make both sides of a stem-final alternation look the same."""
    # ученик/ученици, старец/старци: к and ц alternate before the plural -и
    if stem_.endswith("ец") and len(stem_) > 3:
        stem_ = stem_[:-2] + "ц"
    if stem_.endswith("ц"):
        stem_ = stem_[:-1] + "к"
    # fleeting ъ: петък/петки, добър/добра, ъгъл/ъгли
    if len(stem_) > 3 and stem_[-2] == "ъ" and stem_[-1] not in VOWELS:
        stem_ = stem_[:-2] + stem_[-1]
    # ятов преглас: голям/големи, бял/бели, място/места — я after a consonant becomes е
    if "я" in stem_[1:]:
        stem_ = stem_[0] + "".join(
            "е" if letter == "я" and stem_[i] not in VOWELS else letter
            for i, letter in enumerate(stem_[1:])
        )
    return stem_


def stem(word: str) -> str:
    """Stem one lowercase Bulgarian word; other words come back unchanged.

    >>> stem("жените"), stem("говорихме"), stem("по-големия")
    ('жен', 'говор', 'голем')
    >>> stem("praktiki")
    'praktiki'
    """
    listed = EXCEPTIONS.irregular.get(word)
    if listed is not None:
        return listed
    if word in EXCEPTIONS.protected or len(word) < MIN_WORD_LENGTH:
        return word
    if not BULGARIAN_LETTERS.issuperset(word):
        return word
    base = word
    # comparative по-добър and superlative най-добър: the prefix is grammar, not meaning
    for prefix in ("най-", "по-"):
        if base.startswith(prefix) and len(base) - len(prefix) >= MIN_WORD_LENGTH:
            base = base[len(prefix):]
            break
    result = _normalise_alternations(_strip_ending(base))
    return result or word
