"""Deterministic benchmark corpus: practice files in the shapes of ``formats.md``.

``generate(out_dir, n, seed)`` writes about ``n`` practices (same ``n`` and ``seed`` ->
byte-identical files) as FLGR pages, municipal project pages (text and HTML), news
articles, registry JSON batches and listing pages, roughly 1 in 8 English and about 1 in
10 text files in windows-1251. Each practice has ~400 words of body text built from
:mod:`bench.vocabulary` with Zipf-like word frequencies, plus labelled facts (status,
budget, programme, partners, dates) written the way real pages write them.

>>> import tempfile; d = tempfile.mkdtemp()
>>> generate(d, 12, seed=1)["practices"]
12
"""
from __future__ import annotations

import html
import json
import random
from pathlib import Path

try:
    from bench import vocabulary as V
except ImportError:  # run as a script from bench/
    import vocabulary as V

# Share of practices per page kind (listing pages hold 3 practices, registry files 50).
KIND_WEIGHTS = {"flgr": 0.34, "project": 0.24, "news": 0.22, "registry": 0.12, "listing": 0.08}
LISTING_ITEMS = 3
REGISTRY_BATCH = 50
FILES_PER_FOLDER = 500
TARGET_WORDS = 400


class Writer:
    """Random but reproducible text in one language."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang = rng, lang
        en = lang == "en"
        self.nouns = V.split_words(V.NOUNS_EN if en else V.NOUNS_BG)
        self.verbs = V.split_words(V.VERBS_EN if en else V.VERBS_BG)
        self.adjs = V.split_words(V.ADJECTIVES_EN if en else V.ADJECTIVES_BG)
        self.connectors = V.split_words(V.CONNECTORS_EN if en else V.CONNECTORS_BG)
        # Zipf weights 1/rank: a few words everywhere, a long tail in few documents.
        self.noun_w = [1 / (i + 4) for i in range(len(self.nouns))]

    def noun(self) -> str:
        return self.rng.choices(self.nouns, self.noun_w)[0]

    def sentence(self) -> str:
        r = self.rng
        subject, obj = self.noun(), self.noun()
        adj = r.choice(self.adjs)
        if self.lang == "en":
            s = f"{r.choice(self.connectors)}, {subject} {r.choice(self.verbs)} a {adj} {obj.removeprefix('the ')}"
            if r.random() < 0.5:
                s += f" for {self.noun()}"
        else:
            s = f"{r.choice(self.connectors)} {subject} {r.choice(self.verbs)} {adj} {obj}"
            if r.random() < 0.5:
                s += f" за {self.noun()}"
            if r.random() < 0.3:
                s += f" и {self.noun()}"
        return s[0].upper() + s[1:] + "."

    def paragraph(self, words: int) -> str:
        out, count = [], 0
        while count < words:
            s = self.sentence()
            out.append(s)
            count += len(s.split())
        return " ".join(out)


class Facts:
    """The facts of one practice and their surface forms."""

    def __init__(self, rng: random.Random, municipalities: list[str], lang: str):
        self.rng, self.lang = rng, lang
        self.town = rng.choice(municipalities)
        self.status = rng.choice(list(V.STATUS_LINES_BG))
        self.programme = rng.choice(V.PROGRAMMES)
        self.partners = rng.sample(V.PARTNERS, rng.choice([0, 0, 1, 1, 2]))
        self.year = rng.randint(2005, 2025)
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)
        self.months = rng.choice([12, 18, 24, 30, 36])
        self.amount = rng.randint(20_000, 5_000_000) + rng.randint(0, 99) / 100
        self.code = f"{self.programme[2]}-{rng.randint(1, 9)}.{rng.randint(1, 20):03d}-{rng.randint(1, 999):04d}"

    def money(self) -> str:
        whole, cents = divmod(round(self.amount * 100), 100)
        grouped = f"{whole:,}".replace(",", " ")
        return self.rng.choice([f"{grouped},{cents:02d} лева", f"{grouped}.{cents:02d} лв.",
                                f"{whole / 1000:.0f} хил. лв.", f"{grouped},{cents:02d} лв."])

    def date_text(self) -> str:
        r, d, m, y = self.rng, self.day, self.month, self.year
        if self.lang == "en":
            return f"{d:02d} {V.MONTHS_EN[m - 1]} {y}"
        return r.choice([f"{d} {V.MONTHS_BG[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}.{m:02d}.{y} г."])

    def weekday_line(self) -> str:
        wd = V.WEEKDAYS_BG[(self.day + self.month) % 7]
        return f"{wd}, {self.day} {V.MONTHS_BG[self.month - 1].capitalize()} {self.year} г."

    def title(self, w: Writer) -> str:
        if self.lang == "en":
            return f"{w.rng.choice(w.adjs).capitalize()} {w.noun().removeprefix('the ')} in {self.town}"
        head = w.rng.choice(V.split_words(V.TITLE_HEADS_BG))
        return f"{head} {w.noun()} в {self.town}"

    def partner_text(self) -> str:
        if not self.partners:
            return "няма"
        return ", ".join(f"Община {city}, {country}" for city, country, _ in self.partners)


def _body(w: Writer, facts: Facts, paragraphs: int) -> list[str]:
    words = TARGET_WORDS // paragraphs
    return [w.paragraph(words) for _ in range(paragraphs)]


def flgr_page(w: Writer, f: Facts) -> str:
    en = f.lang == "en"
    paras = _body(w, f, 3)
    heads = ("Background", "Practice", "Results") if en else ("Предистория", "Практика", "Резултати")
    stage = V.STATUS_EN[f.status] if en else V.STATUS_LINES_BG[f.status][1]
    fact = (f"The project {stage} under the {w.rng.choice(V.PROGRAMMES_EN)} with a budget of BGN "
            f"{round(f.amount / 1000)} thousand." if en else
            f"Проектът {stage} по {f.programme[0]} на стойност {f.money()}.")
    lines = [f.title(w), "", heads[0], paras[0], "", heads[1], paras[1] + " " + fact, "", heads[2], paras[2], ""]
    lines += (["Attachments:", f"Innovator: Municipality of {f.town}", f"Publication Date: {f.date_text()}",
               "Nominations: 0", "[More]"] if en else
              ["Прикачени файлове:", f"Иноватор: Община {f.town}", f"Дата на публикация: {f.date_text()}",
               "Номинации: 0", "[Номинирай]", "", "Valid XHTML 1.0 Transitional"])
    return "\n".join(lines) + "\n"


def project_page(w: Writer, f: Facts) -> str:
    paras = _body(w, f, 4)
    end_year = f.year + f.months // 12
    lines = [f"Община {f.town} – Европейски проекти", "", f.title(w).upper(), "", f.weekday_line(), "",
             f"Обща цел: {paras[0]}", "", "Специфични цели:", "", f"- {w.sentence()}", f"- {w.sentence()}", "",
             "Основни дейности:", "", f"Дейност 1: {paras[1]}", "", f"Дейност 2: {paras[2]}", "",
             f"Статус: {V.STATUS_LINES_BG[f.status][0]}", "", f"Постигнати резултати: {paras[3]}", "",
             f"Бюджет на проекта: {f.money()}", "", f"Партньори: {f.partner_text()}", "",
             f"ДФФП №: {f.code}", "",
             f"Продължителност: {f.months} месеца, от {f.day:02d}.{f.month:02d}.{f.year} г. до "
             f"{f.day:02d}.{f.month:02d}.{end_year} г.", "",
             f"Финансиране: {f.programme[0]}", "", "Сподели: Facebook | Twitter"]
    return "\n".join(lines) + "\n"


def news_article(w: Writer, f: Facts) -> str:
    paras = _body(w, f, 4)
    en = f.lang == "en"
    if en:
        paras[1] += (f" The project {V.STATUS_EN[f.status]} in {f.year}; its budget is "
                     f"BGN {round(f.amount / 1000)} thousand.")
    else:
        partner = (f" Партньори на Община {f.town} са " + ", ".join(
            f"{c} ({country})" for c, country, _ in f.partners) + ".") if f.partners else ""
        paras[1] += (f" През {V.MONTHS_BG[f.month - 1]} {f.year} г. Община {f.town} "
                     f"{V.STATUS_LINES_BG[f.status][1]} проект по {f.programme[1]} на стойност {f.money()}.{partner}")
    return "\n\n".join([f.title(w), f.date_text(), *paras, "Свързани новини", "[Още]"]) + "\n"


def as_html(text: str, title: str) -> str:
    """A page around the text, with site chrome the parser must strip."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (f'<!DOCTYPE html>\n<html lang="bg"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'</head>\n<body><div class="cookie-banner">Този сайт използва бисквитки. <button>Приемам</button>'
            f'</div>\n<nav><a href="/">Начало</a> <a href="/novini">Новини</a></nav>\n<main><article>\n{body}\n'
            f'</article></main>\n<footer>Valid XHTML 1.0 Transitional</footer></body></html>\n')


def registry_record(w: Writer, f: Facts, doc_id: str) -> dict:
    text = (f"Бенефициент: Община {f.town}. Код на проекта: {f.code}. {w.paragraph(TARGET_WORDS - 40)} "
            f"Проектът е финансиран по {f.programme[0]} с обща стойност {f.money()}. "
            f"Начална дата: {f.day:02d}.{f.month:02d}.{f.year}. Статус: {V.STATUS_LINES_BG[f.status][0]}.")
    return {"id": doc_id, "title": f.title(w), "text": text}


def listing_page(items: list[tuple[Writer, Facts]]) -> str:
    lines = ["Практика на седмицата"]
    for w, f in items:
        lines += [f.title(w), f"{f.day:02d}.{f.month:02d}.{f.year}", w.paragraph(TARGET_WORDS // 3),
                  f"Иноватор: Община {f.town}", "[Още]"]
    return "\n".join(lines) + "\n"


def _municipalities() -> list[str]:
    from config.settings import data_path
    rows = data_path("municipalities.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [r.split("\t")[0] for r in rows if r.strip()]


def _path(out: Path, kind: str, serial: int, ext: str) -> Path:
    folder = out / kind / f"{serial // FILES_PER_FOLDER:03d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{kind}-{serial:06d}{ext}"


def generate(out_dir: str | Path, n: int, seed: int = 7) -> dict:
    """Write ~``n`` practices under ``out_dir``; return counts by kind and file count."""
    out = Path(out_dir)
    rng = random.Random(seed)
    towns = _municipalities()
    kinds, weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
    counts = {k: 0 for k in kinds}
    files, practices, serial = 0, 0, 0
    registry: list[dict] = []

    def writer_and_facts() -> tuple[Writer, Facts]:
        lang = "en" if rng.random() < 1 / 8 else "bg"
        return Writer(rng, lang), Facts(rng, towns, lang)

    def write(path: Path, text: str) -> None:
        nonlocal files
        # Older Bulgarian sites are windows-1251: about 1 Bulgarian text file in 10 is
        # written so (an English page in cp1251 has too few Cyrillic bytes to be told apart).
        cyrillic = sum(1 for ch in text[:2000] if "\u0400" <= ch <= "\u04ff")
        legacy = path.suffix == ".txt" and cyrillic > 500 and rng.random() < 0.1
        encoding = "cp1251" if legacy else "utf-8"
        path.write_bytes(text.encode(encoding, errors="replace"))
        files += 1

    while practices < n:
        kind = rng.choices(kinds, weights)[0]
        serial += 1
        if kind == "listing" and n - practices >= LISTING_ITEMS:
            items = [writer_and_facts() for _ in range(LISTING_ITEMS)]
            for w, f in items:
                f.lang, w.lang = "bg", "bg"
            items = [(Writer(rng, "bg"), f) for _, f in items]
            write(_path(out, kind, serial, ".txt"), listing_page(items))
            practices += LISTING_ITEMS
        elif kind == "registry":
            w, f = writer_and_facts()
            f.lang = "bg"
            registry.append(registry_record(Writer(rng, "bg"), f, f"registry/r{serial:06d}"))
            practices += 1
            if len(registry) == REGISTRY_BATCH:
                write(_path(out, kind, serial, ".json"), json.dumps(registry, ensure_ascii=False, indent=1))
                registry = []
        else:
            kind = "flgr" if kind == "listing" else kind
            w, f = writer_and_facts()
            if kind == "project":
                f.lang, w = "bg", Writer(rng, "bg")
                text = project_page(w, f)
            else:
                text = flgr_page(w, f) if kind == "flgr" else news_article(w, f)
            ext = ".html" if kind != "flgr" and rng.random() < 0.4 else ".txt"
            if ext == ".html":
                text = as_html(text, text.split("\n", 1)[0])
            write(_path(out, kind, serial, ext), text)
            practices += 1
        counts[kind] += 1
    if registry:
        write(_path(out, "registry", serial, ".json"), json.dumps(registry, ensure_ascii=False, indent=1))
    return {"practices": practices, "files": files, "by_kind": counts, "seed": seed}


if __name__ == "__main__":
    import argparse
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(json.dumps(generate(args.out, args.n, args.seed)))
