"""A proxy for a full-dictionary stemming gold: complete paradigms generated from grammar.

The treebank gold (``../shared/eval/bg-lemma-gold.tsv``) holds the forms that happened to occur
in running text, a handful per lemma, and tags participles ADJ. Acceptance uses a dictionary
gold instead: every form of every lemma, grouped by lemma + part of speech, with participles
inside the verb's paradigm (a verb has ~50 forms). This module writes such paradigms for a
chosen set of lemmas — regular nouns of every gender and declension, adjectives, verbs of the
three conjugations (including noun/verb pairs that share a root: работа/работя, вода/водя,
игра/играя, цел/целя, мисъл/мисля, помощ/помогна) and verbal nouns as lemmas of their own —
by the inflection rules of the grammar (Граматика на съвременния български книжовен език;
Пашов, Практическа българска граматика). Nothing here is taken from any evaluation file.

Usage::

    python bench/stem_paradigms.py [--out PATH]     # writes form<TAB>lemma<TAB>upos<TAB>count
    python bench/stem_eval.py --proxy               # P/R/F1 of the stemmer over these paradigms

Forms that belong to two lemmas (работи: plural of работа and present of работя) are dropped
by the evaluator, as in the treebank evaluation.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "analyzers" / "data" / "bg_paradigm_proxy.tsv"


# --- nouns ----------------------------------------------------------------------------------
def masculine(lemma: str, plural: str, soft: bool = False) -> list[str]:
    """Singular, short and full article (= count form), plural, plural with article."""
    if lemma.endswith("й"):  # герой: героя, героят
        base, short, full = lemma[:-1], "я", "ят"
    else:
        base, short, full = lemma, ("я" if soft else "а"), ("ят" if soft else "ът")
    return [lemma, base + short, base + full, plural, _plural_article(plural)]


def feminine(lemma: str, plural: str, article: str | None = None) -> list[str]:
    """Singular, singular + -та (мисъл → мисълта), plural, plural + article."""
    return [lemma, article or lemma + "та", plural, _plural_article(plural)]


def neuter(lemma: str, plural: str) -> list[str]:
    return [lemma, lemma + "то", plural, _plural_article(plural)]


def verbal_noun(lemma: str) -> list[str]:
    """-не / -ние: чакане, чакането, чакания, чаканията."""
    return [lemma, lemma + "то", lemma[:-1] + "ия", lemma[:-1] + "ията"]


def _plural_article(plural: str) -> str:
    return plural + ("та" if plural[-1] in "ая" else "те")


# --- adjectives and participles (they inflect alike) ------------------------------------------
def adjective(masc: str, stem: str, plural_stem: str | None = None) -> list[str]:
    """м. ж. ср. мн. + articles: добър, добра, добро, добри, добрия, добрият, добрата, доброто,
    добрите. ``plural_stem`` for ятов преглас (цял/цели: the articled masculine has е too)."""
    pl = plural_stem or stem
    return [masc, stem + "а", stem + "о", pl + "и", pl + "ия", pl + "ият",
            stem + "ата", stem + "ото", pl + "ите"]


def soft_adjective(masc: str) -> list[str]:
    """син, синя, синьо, сини, синия, синият, синята, синьото, сините."""
    return [masc, masc + "я", masc + "ьо", masc + "и", masc + "ия", masc + "ият",
            masc + "ята", masc + "ьото", masc + "ите"]


# --- verbs ----------------------------------------------------------------------------------
def verb(
    present: tuple | list,
    aorist: tuple[str, str] | str,
    imperfect: tuple[str, str] | str,
    imperative: tuple[str, str] | None = None,
    l_part: tuple[str, str, str] | str | None = None,
    imperfect_l: tuple[str, str, str] | str | None = None,
    passive: tuple[str, str, str] | str | None = None,
    present_part: str | None = None,
    gerund: str | None = None,
) -> list[str]:
    """All synthetic forms of one verb, participles included (a dictionary files them here).

    ``present``: (base, thematic vowel, 1sg ending, 3pl ending) — чета = ("чет", "е", "а", "ат"),
    работя = ("работ", "и", "я", "ят"), чакам = ("чак", "а", "ам", "ат"); or the six forms.
    ``aorist``/``imperfect``: the stem before -х and the stem of the 2/3 singular
    (чета: aorist ("чето", "чете"), imperfect ("четя", "чете") — четях, четеше).
    Participles: masculine, feminine/neuter stem, plural stem (успял, успяла, успели).
    """
    forms: list[str] = []
    if len(present) == 6:
        forms += list(present)
    else:
        base, vowel, sg1, pl3 = present
        third = sg1 in ("ам", "ям")
        forms += [base + sg1, base + vowel + "ш", base + vowel, base + vowel + ("ме" if third else "м"),
                  base + vowel + "те", base + pl3]
    for tense, second in ((aorist, "%s"), (imperfect, "%sше")):
        first, other = (tense, tense) if isinstance(tense, str) else tense
        forms += [first + "х", second % other, first + "хме", first + "хте", first + "ха"]
    if imperative:
        forms += list(imperative)
    for participle, articled in ((l_part, True), (imperfect_l, False), (passive, True)):
        if participle is None:
            continue
        masc, stem, pl = (participle, participle, participle) if isinstance(participle, str) else participle
        inflected = adjective(masc, stem, pl)
        forms += inflected if articled else inflected[:4]
    if present_part:
        forms += adjective(present_part, present_part)
    if gerund:
        forms.append(gerund)
    return forms


NOUNS = {
    # masculine, monosyllabic (-ове) and polysyllabic (-и), soft and -й
    "град": masculine("град", "градове"),
    "ход": masculine("ход", "ходове"),
    "вик": masculine("вик", "викове"),
    "иск": masculine("иск", "искове"),
    "успех": masculine("успех", "успехи"),
    "ученик": masculine("ученик", "ученици"),
    "учител": masculine("учител", "учители", soft=True),
    "герой": masculine("герой", "герои"),
    "случай": masculine("случай", "случаи"),
    "проект": masculine("проект", "проекти"),
    "резултат": masculine("резултат", "резултати"),
    "прием": masculine("прием", "приеми"),
    "дебат": masculine("дебат", "дебати"),
    "материал": masculine("материал", "материали"),
    # feminine in -а/-я and in a consonant
    "работа": feminine("работа", "работи"),
    "вода": feminine("вода", "води"),
    "игра": feminine("игра", "игри"),
    "жена": feminine("жена", "жени"),
    "кола": feminine("кола", "коли"),
    "промяна": feminine("промяна", "промени"),
    "вяра": feminine("вяра", "вери"),
    "история": feminine("история", "истории"),
    "земя": feminine("земя", "земи"),
    "стая": feminine("стая", "стаи"),
    "неделя": feminine("неделя", "недели"),
    "помощ": feminine("помощ", "помощи"),
    "цел": feminine("цел", "цели"),
    "радост": feminine("радост", "радости"),
    "мисъл": feminine("мисъл", "мисли", "мисълта"),
    # neuter
    "село": neuter("село", "села"),
    "място": neuter("място", "места"),
    "число": neuter("число", "числа"),
    "поле": neuter("поле", "полета"),
    "момче": neuter("момче", "момчета"),
    "действие": neuter("действие", "действия"),
    "решение": neuter("решение", "решения"),
    "сърце": neuter("сърце", "сърца"),
    # verbal nouns: lemmas of their own
    **{noun: verbal_noun(noun) for noun in (
        "работене", "водене", "чакане", "четене", "писане", "ходене", "мислене", "говорене")},
}

ADJECTIVES = {
    "добър": adjective("добър", "добр"),
    "нов": adjective("нов", "нов"),
    "цял": adjective("цял", "цял", "цел"),
    "бял": adjective("бял", "бял", "бел"),
    "голям": adjective("голям", "голям", "голем"),
    "жив": adjective("жив", "жив"),
    "основен": adjective("основен", "основн"),
    "успешен": adjective("успешен", "успешн"),
    "български": adjective("български", "българск"),
    "горещ": adjective("горещ", "горещ"),
    "син": soft_adjective("син"),
}

VERBS = {
    # 2nd conjugation (-и-), imperfective
    "работя": verb(("работ", "и", "я", "ят"), "работи", "работе", ("работи", "работете"), "работил",
                   "работел", "работен", "работещ", "работейки"),
    "водя": verb(("вод", "и", "я", "ят"), "води", "воде", ("води", "водете"), "водил", "водел",
                 "воден", "водещ", "водейки"),
    "говоря": verb(("говор", "и", "я", "ят"), "говори", "говоре", ("говори", "говорете"), "говорил",
                   "говорел", "говорен", "говорещ", "говорейки"),
    "уча": verb(("уч", "и", "а", "ат"), "учи", "уче", ("учи", "учете"), "учил", "учел", "учен",
                "учещ", "учейки"),
    "печеля": verb(("печел", "и", "я", "ят"), "печели", "печеле", ("печели", "печелете"), "печелил",
                   "печелел", "печелен", "печелещ", "печелейки"),
    "целя": verb(("цел", "и", "я", "ят"), "цели", "целе", ("цели", "целете"), "целил", "целел",
                 "целен", "целящ", "целейки"),
    "ходя": verb(("ход", "и", "я", "ят"), "ходи", "ходе", ("ходи", "ходете"), "ходил", "ходел",
                 None, "ходещ", "ходейки"),
    "мисля": verb(("мисл", "и", "я", "ят"), "мисли", "мисле", ("мисли", "мислете"), "мислил",
                  "мислел", "мислен", "мислещ", "мислейки"),
    "стоя": verb(("сто", "и", "я", "ят"), "стоя", ("стоя", "стое"), ("стой", "стойте"), "стоял",
                 None, None, "стоящ", "стоейки"),
    "горя": verb(("гор", "и", "я", "ят"), "горя", ("горя", "горе"), ("гори", "горете"),
                 ("горял", "горял", "горел"), None, None, "горящ", "горейки"),
    # 2nd conjugation, perfective (no present participle, no gerund)
    "реша": verb(("реш", "и", "а", "ат"), "реши", "реше", ("реши", "решете"), "решил", "решел", "решен"),
    "купя": verb(("куп", "и", "я", "ят"), "купи", "купе", ("купи", "купете"), "купил", "купел", "купен"),
    # 1st conjugation (-е-): consonant stems, with the к/ч, с/ш, з/ж alternations
    "чета": verb(("чет", "е", "а", "ат"), ("чето", "чете"), ("четя", "чете"), ("чети", "четете"),
                 ("чел", "чел", "чел"), ("четял", "четял", "чет" + "ел"), "четен", "четящ", "четейки"),
    "пиша": verb(("пиш", "е", "а", "ат"), "писа", "пише", ("пиши", "пишете"), "писал", "пишел",
                 "писан", "пишещ", "пишейки"),
    "кажа": verb(("каж", "е", "а", "ат"), "каза", "каже", ("кажи", "кажете"), "казал", "кажел", "казан"),
    "донеса": verb(("донес", "е", "а", "ат"), ("донесо", "донесе"), ("донеся", "донесе"),
                   ("донеси", "донесете"), ("донесъл", "донесл", "донесл"),
                   ("донесял", "донесял", "донесел"), "донесен"),
    "остана": verb(("остан", "е", "а", "ат"), "остана", "остане", ("остани", "останете"), "останал",
                   "останел"),
    "помогна": verb(("помогн", "е", "а", "ат"), "помогна", "помогне", ("помогни", "помогнете"),
                    "помогнал", "помогнел"),
    "мога": verb(("мога", "можеш", "може", "можем", "можете", "могат"), "можа", "може", None,
                 ("могъл", "могл", "могл"), "можел", None, None, "можейки"),
    # 1st conjugation, vowel stems (-я/-е-)
    "играя": verb(("игра", "е", "я", "ят"), "игра", "играе", ("играй", "играйте"), "играл", "играел",
                  "игран", "играещ", "играейки"),
    "живея": verb(("живе", "е", "я", "ят"), "живя", "живее", ("живей", "живейте"),
                  ("живял", "живял", "живел"), "живеел", None, "живеещ", "живеейки"),
    "успея": verb(("успе", "е", "я", "ят"), "успя", "успее", ("успей", "успейте"),
                  ("успял", "успял", "успел"), "успеел"),
    "чуя": verb(("чу", "е", "я", "ят"), "чу", "чуе", ("чуй", "чуйте"), "чул", "чуел", "чут"),
    "убия": verb(("уби", "е", "я", "ят"), "уби", "убие", ("убий", "убийте"), "убил", "убиел", "убит"),
    "създам": verb(("създам", "създадеш", "създаде", "създадем", "създадете", "създадат"),
                   ("създадо", "създаде"), ("създадя", "създаде"), ("създай", "създайте"), "създал",
                   ("създадял", "създадял", "създадел"), "създаден"),
    # 3rd conjugation (-а-/-я-)
    "чакам": verb(("чак", "а", "ам", "ат"), "чака", "чака", ("чакай", "чакайте"), "чакал", None,
                  "чакан", "чакащ", "чакайки"),
    "действам": verb(("действ", "а", "ам", "ат"), "действа", "действа", ("действай", "действайте"),
                     "действал", None, None, "действащ", "действайки"),
    "искам": verb(("иск", "а", "ам", "ат"), "иска", "иска", ("искай", "искайте"), "искал", None,
                  "искан", "искащ", "искайки"),
    "викам": verb(("вик", "а", "ам", "ат"), "вика", "вика", ("викай", "викайте"), "викал", None,
                  "викан", "викащ", "викайки"),
    "приемам": verb(("прием", "а", "ам", "ат"), "приема", "приема", ("приемай", "приемайте"),
                    "приемал", None, "приеман", "приемащ", "приемайки"),
    "вярвам": verb(("вярв", "а", "ам", "ат"), "вярва", "вярва", ("вярвай", "вярвайте"), "вярвал",
                   None, None, "вярващ", "вярвайки"),
    "организирам": verb(("организир", "а", "ам", "ат"), "организира", "организира",
                        ("организирай", "организирайте"), "организирал", None, "организиран",
                        "организиращ", "организирайки"),
}

PARADIGMS = {
    **{(lemma, "NOUN"): forms for lemma, forms in NOUNS.items()},
    **{(lemma, "ADJ"): forms for lemma, forms in ADJECTIVES.items()},
    **{(lemma, "VERB"): forms for lemma, forms in VERBS.items()},
}


def rows() -> list[tuple[str, str, str]]:
    """(form, lemma, upos) for every distinct form of every paradigm."""
    return [(form, lemma, upos) for (lemma, upos), forms in PARADIGMS.items() for form in dict.fromkeys(forms)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    lines = ["form\tlemma\tupos\tcount"] + [f"{form}\t{lemma}\t{upos}\t1" for form, lemma, upos in rows()]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = {upos: sum(1 for key in PARADIGMS if key[1] == upos) for upos in ("NOUN", "ADJ", "VERB")}
    print(f"{args.out}: {len(lines) - 1} forms, lemmas {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
