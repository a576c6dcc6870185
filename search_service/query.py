"""From a user's query string to a Whoosh query: syntax, limits, and vocabulary bridges.

Researchers get a real query language (phrases, AND/OR/NOT and И/ИЛИ/НЕ, ``-word``,
parentheses, ``title:``/``results:``/``programme:``/``country:`` fields, ``prefix*``);
everyone else types plain words, which default to "all words should match, best first"
(an OR group whose score rewards documents matching more words) rather than a strict AND
that returns nothing.

Each plain word also reaches the index by the bridges a Bulgarian search needs:
Latin-letter words are read as Cyrillic (every plausible spelling that the index holds),
Cyrillic words also match their Latin transliteration (English pages), abbreviations are
expanded with their synonyms, and a rare word of 5+ letters gets an edit-distance-1
alternative ranked below exact matches. Whatever the parser cannot use becomes a warning
in the response, never an error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from whoosh import query as wq
from whoosh.qparser import OrGroup, QueryParser, plugins

from analyzers.transliteration import cyrillic_candidates, to_latin
from analyzers.synonyms import expansions
from indexer.schema import TEXT_FIELDS
from search_service.suggest import spelling_of
from search_service.theme_match import theme_clause

TEXT_FIELD_NAMES = tuple(TEXT_FIELDS)
# Field names a user may type, mapped to index fields.
USER_FIELDS = {"title": "title", "results": "results", "summary": "summary", "body": "body",
               "text": "body", "programme": "programmes", "programmes": "programmes",
               "country": "countries", "countries": "countries", "theme": "themes",
               "themes": "themes", "status": "status"}
_FIELD_PREFIX = re.compile(r"(?<![\w\"])([A-Za-zА-Яа-я_]+):")
_LATIN_WORD = re.compile(r"^[A-Za-z0-9']+$")
_HAS_LATIN_LETTER = re.compile(r"[A-Za-z]")
_CYRILLIC_WORD = re.compile(r"^[А-Яа-яЁёЍѝ]+$")
_SYNTAX = re.compile(r"[\"()*:]|(?:^|\s)(?:AND|OR|NOT|И|ИЛИ|НЕ)(?:\s|$)|(?:^|\s)-\w")
FEW_MATCHES = 3          # a word with fewer documents than this gets a fuzzy alternative
FUZZY_BOOST = 0.25       # fuzzy alternatives rank below exact matches
MAX_EXPANSIONS = 256     # terms one wildcard may expand to


@dataclass
class ParsedQuery:
    query: wq.Query | None                  # None: no words (browse everything)
    warnings: list[str] = field(default_factory=list)
    interpreted: dict[str, str] = field(default_factory=dict)   # latin word -> cyrillic reading
    words: list[str] = field(default_factory=list)              # plain words typed, for spelling

    def interpreted_text(self, q: str) -> str | None:
        if not self.interpreted:
            return None
        text = q
        for latin, cyr in self.interpreted.items():
            text = re.sub(rf"(?<!\w){re.escape(latin)}(?!\w)", cyr, text)
        return text


class PraktikiParser(QueryParser):
    """Whoosh's multifield parser whose single terms carry praktiki's vocabulary bridges."""

    def __init__(self, schema, reader, parsed: ParsedQuery, max_clauses: int, cache: dict | None = None):
        super().__init__(None, schema, group=OrGroup.factory(0.9))
        self.add_plugin(plugins.MultifieldPlugin(list(TEXT_FIELD_NAMES)))
        self.reader = reader
        # Lexicon look-ups (transliteration readings, fuzzy neighbours) depend only on the
        # index generation, so the snapshot keeps them across requests.
        self.cache = {} if cache is None else cache
        self.parsed = parsed
        self.max_clauses = max_clauses
        self.remove_plugin_class(plugins.RangePlugin)
        self.remove_plugin_class(plugins.EveryPlugin)
        self.remove_plugin_class(plugins.BoostPlugin)
        self.replace_plugin(plugins.OperatorsPlugin(
            And=r"(?<=\s)(AND|И)(?=\s)", Or=r"(?<=\s)(OR|ИЛИ)(?=\s)",
            Not=r"(^|(?<=(\s|[()])))(NOT|НЕ)(?=\s)", AndNot=None, AndMaybe=None, Require=None))
        self.add_plugin(plugins.PlusMinusPlugin())
        self.add_plugin(plugins.FieldAliasPlugin({v: [k] for k, v in USER_FIELDS.items() if k != v}))

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):
        base = super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        if fieldname not in TEXT_FIELDS or termclass is not wq.Term or not isinstance(base, wq.Term):
            return base
        alternatives = self._bridges(fieldname, text, base)
        return wq.Or([base, *alternatives]) if alternatives else base

    # -- bridges -------------------------------------------------------------------------
    def _analysed(self, fieldname: str, text: str) -> list[str]:
        return list(self.schema[fieldname].process_text(text, mode="query"))

    def _df(self, fieldname: str, term: str) -> int:
        try:
            return self.reader.doc_frequency(fieldname, term)
        except Exception:
            return 0

    def _latin_readings(self, fieldname: str, raw: str) -> list[tuple[str, str, int]]:
        """(cyrillic spelling, analysed term, document frequency) the index holds for a Latin word."""
        key = ("latin", fieldname, raw.lower())
        if key not in self.cache:
            readings = []
            for cand in cyrillic_candidates(raw.lower(), limit=16):
                for term in self._analysed(fieldname, cand):
                    df = self._df(fieldname, term)
                    if df and all(term != t for _, t, _ in readings):
                        readings.append((cand, term, df))
            self.cache[key] = readings
        return self.cache[key]

    def _fuzzy_neighbours(self, raw: str, stem: str) -> list[str]:
        """Indexed stems one edit away from the typed word or from its stem, looked up once
        per generation. Both are needed: a typo can change how a word stems
        (`наводненя` -> `наводнн`, while the surface form is one edit from `наводнения`), and a
        typo plus another inflection is two edits from any surface form but one from the
        stem (`тролеибуси` -> `тролеибус` ~ `тролейбус`)."""
        key = ("fuzzy", raw, stem)
        if key not in self.cache:
            stems: list[str] = []
            # The body's unstemmed words one edit away, as Whoosh's FuzzyTerm on spell_body gave.
            for word in islice(self._spelling().terms_within(raw, 1, prefix=1), 64):
                stems += [t for t in self._analysed("body", word) if t not in stems]
            if len(stem) >= 4:
                # Whoosh's fuzzy automaton walks the unstemmed spelling words of a field,
                # so stems one edit away are found by generating the edits and looking
                # each up (a few hundred dictionary look-ups, once per generation).
                lexicon = self._body_lexicon()
                stems += [t for t in edits1(stem) if t not in stems and t in lexicon]
            self.cache[key] = [t for t in stems if t != stem][:8]
        return self.cache[key]

    def _body_lexicon(self) -> frozenset[str]:
        """Every stem of the body field, loaded once per generation on the first typo."""
        if "body_lexicon" not in self.cache:
            self.cache["body_lexicon"] = frozenset(self.reader.field_terms("body"))
        return self.cache["body_lexicon"]

    def _spelling(self):
        """Unstemmed title/body words of the generation (search_service.suggest.SpellingWords)."""
        return spelling_of(self.reader, self.cache)

    def _known_word(self, raw: str) -> bool:
        return self._spelling().known(raw)

    def _bridges(self, fieldname: str, raw: str, base: wq.Term) -> list[wq.Query]:
        found: list[wq.Query] = []
        if _LATIN_WORD.match(raw) and _HAS_LATIN_LETTER.search(raw) and len(raw) >= 2:
            readings = [r for r in self._latin_readings(fieldname, raw) if r[1] != base.text]
            found = [wq.Term(fieldname, term, boost=base.boost) for _, term, _ in readings]
            if readings and self._df(fieldname, base.text) == 0:
                best = max(readings, key=lambda r: r[2])[0]
                if fieldname == "body" or raw not in self.parsed.interpreted:
                    self.parsed.interpreted[raw] = best
        elif _CYRILLIC_WORD.match(raw):
            for term in self._analysed(fieldname, to_latin(raw)):
                if term != base.text and self._df(fieldname, term):
                    found.append(wq.Term(fieldname, term, boost=base.boost))
        letters = sum(ch.isalpha() for ch in raw)
        # Typo tolerance: only for rare words of 5+ letters, only on the body field (which
        # holds every section), and down-weighted so exact matches always rank first.
        lower = raw.lower()
        if (not found and fieldname == "body" and letters >= 5
                and (not self._known_word(lower) or self._df(fieldname, base.text) < FEW_MATCHES)):
            found += [wq.Term("body", t, boost=base.boost * FUZZY_BOOST)
                      for t in self._fuzzy_neighbours(lower, base.text)]
        return found[: self.max_clauses]


CYRILLIC_LETTERS = "абвгдежзийклмнопрстуфхцчшщъьюя"
LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def edits1(word: str) -> set[str]:
    """Every string one edit (delete, transpose, replace, insert) from ``word``, keeping the
    first letter (typos rarely hit it, and it keeps the candidate set small).

    >>> {"дм", "дмо", "дим", "доми"} <= edits1("дом")
    True
    >>> "тролейбус" in edits1("тролеибус")
    True
    """
    letters = CYRILLIC_LETTERS if any("а" <= ch <= "я" for ch in word) else LATIN_LETTERS
    head, tail = word[:1], word[1:]
    splits = [(tail[:i], tail[i:]) for i in range(len(tail) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in letters if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in letters]
    return {head + w for w in (*deletes, *transposes, *replaces, *inserts)} - {word}


def _balanced(q: str) -> bool:
    depth = 0
    for ch in q:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            return False
    return depth == 0 and q.count('"') % 2 == 0


def _plain(q: str) -> str:
    """The query reduced to plain words (the fallback for anything the parser can't use)."""
    return " ".join(re.findall(r"[^\W_]+(?:[-'][^\W_]+)*", q))


def _with_synonyms(q: str) -> str:
    """Abbreviations and their long forms expanded as OR groups, outside quoted phrases."""
    if '"' in q:
        return q
    for surface, alternatives in expansions(q):
        alts = " OR ".join(f'"{a}"' for a in alternatives[:4] if a and '"' not in a)
        if alts:
            q = re.sub(rf"(?<![\w\"]){re.escape(surface)}(?![\w\"])", f"({surface} OR {alts})", q, count=1)
    return q


def parse_user_query(q: str, schema, reader, *, max_clauses: int = 64,
                     min_wildcard_prefix: int = 3, cache: dict | None = None) -> ParsedQuery:
    """Parse ``q`` into a Whoosh query; never raises for anything a user can type."""
    parsed = ParsedQuery(query=None)
    q = (q or "").strip()
    if not q:
        return parsed
    text = q
    for match in _FIELD_PREFIX.finditer(q):
        name = match.group(1)
        if name.lower() not in USER_FIELDS:
            parsed.warnings.append(f"unknown field {name!r}: searched as a word")
            text = text.replace(match.group(0), match.group(1) + " ", 1)
    if not _plain(text):
        # Only punctuation or wildcards (`*`, `"`, `()`): nothing to search for.
        if text.strip("\"()"):
            parsed.warnings.append(f"a wildcard needs at least {min_wildcard_prefix} letters before *: ignored")
        return parsed
    if not _balanced(text):
        parsed.warnings.append("unbalanced quotes or parentheses: searched as plain words")
        text = _plain(text)
    parsed.words = [w for w in _plain(text).split() if w.upper() not in ("AND", "OR", "NOT", "И", "ИЛИ", "НЕ")]
    if len(parsed.words) > max_clauses:
        parsed.warnings.append(f"query has {len(parsed.words)} words; only the first {max_clauses} are used")
        parsed.words = parsed.words[:max_clauses]
        text = " ".join(parsed.words)
    plain_words = not _SYNTAX.search(text)
    if plain_words:
        text = _with_synonyms(text)
    parser = PraktikiParser(schema, reader, parsed, max_clauses, cache)
    try:
        query = parser.parse(text)
    except Exception:
        parsed.warnings.append("the query could not be parsed: searched as plain words")
        query = parser.parse(_plain(text))
    query = _limit_multiterms(query, reader, parsed, min_wildcard_prefix)
    if _count_leaves(query) > max_clauses * 8:
        parsed.warnings.append("the query is too complex: searched as plain words")
        query = parser.parse(" ".join(parsed.words[:max_clauses]))
    if plain_words and query is not None and query is not wq.NullQuery:
        # Latin-letter words count by their Cyrillic reading, as the rest of the query does.
        clause, _ = theme_clause([parsed.interpreted.get(w, w) for w in parsed.words])
        if clause is not None:
            query = wq.Or([query, clause])
    parsed.query = None if query is None or query is wq.NullQuery else query
    parsed.warnings = list(dict.fromkeys(parsed.warnings))  # one per problem, not per field
    return parsed


def _count_leaves(query) -> int:
    return sum(1 for _ in query.leaves()) if query is not None and query is not wq.NullQuery else 0


def _limit_multiterms(query, reader, parsed: ParsedQuery, min_prefix: int):
    """Replace wildcards by explicit term lists: too-short prefixes are dropped, long
    expansions cut at MAX_EXPANSIONS, so a wildcard flood cannot exhaust the server."""
    if query is None or query is wq.NullQuery:
        return query

    def visit(node):
        if isinstance(node, wq.Every):
            parsed.warnings.append(f"a wildcard needs at least {min_prefix} letters before *: ignored")
            return wq.NullQuery
        if isinstance(node, (wq.Prefix, wq.Wildcard)):
            text = node.text
            stem = re.split(r"[*?]", text, maxsplit=1)[0] if isinstance(node, wq.Wildcard) else text
            if len(stem) < min_prefix:
                parsed.warnings.append(f"wildcard {text}* needs at least {min_prefix} letters before *: ignored")
                return wq.NullQuery
            terms = list(islice(node._btexts(reader), MAX_EXPANSIONS + 1))
            if len(terms) > MAX_EXPANSIONS:
                parsed.warnings.append(f"wildcard {text}* matches too many words: the first {MAX_EXPANSIONS} are used")
                terms = terms[:MAX_EXPANSIONS]
            if not terms:
                return wq.NullQuery
            names = [t.decode("utf-8") if isinstance(t, bytes) else t for t in terms]
            return wq.Or([wq.Term(node.fieldname, t, boost=node.boost) for t in names])
        if isinstance(node, (wq.FuzzyTerm,)):
            return node
        if node.is_leaf():
            return node
        return node.apply(visit)

    return visit(query).normalize()
