"""marshmallow schemas of every request and response; the OpenAPI document is built from them."""
from __future__ import annotations

import re

from flask import current_app, has_app_context
from marshmallow import (EXCLUDE, Schema, ValidationError, fields, post_load, pre_load, validate,
                         validates_schema)

from indexer.datebounds import date_bounds

STATUSES = ("applied", "approved", "ongoing", "completed")
SORTS = ("relevance", "newest", "oldest")
LANGS = ("bg", "en")
# Control characters (NUL included) and bidi overrides never help a search; they are
# dropped from the query instead of failing it.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def _setting(name: str, default):
    return current_app.config["PRAKTIKI"][name] if has_app_context() else default


def _valid_date(value: str) -> None:
    try:
        date_bounds(value)
    except ValueError as exc:
        raise ValidationError(str(exc)) from exc


class SearchArgsSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    q = fields.String(load_default="", metadata={"description": "Query: words, \"phrases\", AND/OR/NOT "
                      "(И/ИЛИ/НЕ), -word, (groups), title:/results:/programme:/country: fields, prefix*"})
    status = fields.List(fields.String(validate=validate.OneOf(STATUSES)), load_default=list,
                         metadata={"description": "Status filter, repeatable (OR)"})
    programme = fields.List(fields.String(validate=validate.Length(1, 100)), load_default=list,
                            metadata={"description": "Programme id filter, repeatable (OR)"})
    country = fields.List(fields.String(validate=validate.Regexp(r"^[A-Za-z]{2}$",
                                                                 error="use an ISO 3166-1 alpha-2 code")),
                          load_default=list, metadata={"description": "Partner country (ISO alpha-2), repeatable"})
    theme = fields.List(fields.String(validate=validate.Length(1, 100)), load_default=list,
                        metadata={"description": "Theme id filter, repeatable (OR)"})
    municipality = fields.List(fields.String(validate=validate.Length(1, 100)), load_default=list,
                               metadata={"description": "Municipality label (e.g. `Община Бургас`), repeatable"})
    date_from = fields.String(load_default=None, validate=_valid_date,
                              metadata={"description": "YYYY, YYYY-MM or YYYY-MM-DD (inclusive, overlap)"})
    date_to = fields.String(load_default=None, validate=_valid_date,
                            metadata={"description": "YYYY, YYYY-MM or YYYY-MM-DD (inclusive, overlap)"})
    lang = fields.String(load_default=None, validate=validate.OneOf(LANGS),
                         metadata={"description": "Label language; default from Accept-Language, else bg"})
    sort = fields.String(load_default="relevance", validate=validate.OneOf(SORTS))
    page = fields.Integer(load_default=1, validate=validate.Range(1, 1000))
    per_page = fields.Integer(load_default=10, validate=validate.Range(1, 100))

    @pre_load
    def _clean_query(self, data, **kwargs):
        if hasattr(data, "to_dict"):
            data = {key: (data.getlist(key) if key in self.fields and isinstance(
                self.fields[key], fields.List) else data.get(key)) for key in data.keys()}
        else:
            data = dict(data)
        if isinstance(data.get("q"), str):
            data["q"] = _CONTROL.sub(" ", data["q"])
        return data

    @validates_schema
    def _limits(self, data, **kwargs):
        errors = {}
        max_len = _setting("MAX_QUERY_LENGTH", 1000)
        if len(data.get("q") or "") > max_len:
            errors["q"] = [f"query longer than {max_len} characters"]
        max_values = _setting("MAX_FILTER_VALUES", 50)
        for name in ("status", "programme", "country", "theme", "municipality"):
            if len(data.get(name) or []) > max_values:
                errors[name] = [f"at most {max_values} values"]
        if data.get("date_from") and data.get("date_to") and not errors:
            try:
                if date_bounds(data["date_from"])[0] > date_bounds(data["date_to"])[1]:
                    errors["date_to"] = ["date_to is before date_from"]
            except ValueError:
                pass
        if errors:
            raise ValidationError(errors)

    @post_load
    def _normalise(self, data, **kwargs):
        data["country"] = [c.upper() for c in data.get("country") or []]
        for name in ("status", "programme", "country", "theme", "municipality"):
            data[name] = list(dict.fromkeys(data.get(name) or []))
        return data


class ExportArgsSchema(SearchArgsSchema):
    format = fields.String(load_default="csv", validate=validate.OneOf(("csv", "jsonl")))


class SuggestArgsSchema(Schema):
    class Meta:
        unknown = EXCLUDE
    q = fields.String(required=True, validate=validate.Length(1, 100))
    limit = fields.Integer(load_default=8, validate=validate.Range(1, 20))


class AnalyzeArgsSchema(Schema):
    class Meta:
        unknown = EXCLUDE
    text = fields.String(required=True, validate=validate.Length(1, 5000))
    lang = fields.String(load_default=None, validate=validate.OneOf(LANGS))


class LangArgsSchema(Schema):
    class Meta:
        unknown = EXCLUDE
    lang = fields.String(load_default=None, validate=validate.OneOf(LANGS))


class SimilarArgsSchema(LangArgsSchema):
    limit = fields.Integer(load_default=5, validate=validate.Range(1, 20))


# -- responses -----------------------------------------------------------------------
class BucketSchema(Schema):
    value = fields.String(required=True)
    label = fields.String(required=True)
    count = fields.Integer(required=True)
    selected = fields.Boolean(required=True)


class YearBucketSchema(Schema):
    value = fields.String(required=True)
    count = fields.Integer(required=True)


class FacetsSchema(Schema):
    status = fields.List(fields.Nested(BucketSchema), required=True)
    programme = fields.List(fields.Nested(BucketSchema), required=True)
    country = fields.List(fields.Nested(BucketSchema), required=True)
    theme = fields.List(fields.Nested(BucketSchema), required=True)
    municipality = fields.List(fields.Nested(BucketSchema), required=True)
    year = fields.List(fields.Nested(YearBucketSchema), required=True)


class BudgetSchema(Schema):
    amount = fields.Float(required=True)
    currency = fields.String(required=True, validate=validate.OneOf(("BGN", "EUR")))
    amount_eur = fields.Float(required=True)


class HitSchema(Schema):
    id = fields.String(required=True)
    title = fields.String(required=True)
    snippet = fields.String(required=True, metadata={"description": "Escaped text; only <mark> is markup"})
    status = fields.String(allow_none=True)
    programmes = fields.List(fields.String())
    countries = fields.List(fields.String())
    themes = fields.List(fields.String())
    municipality = fields.String(allow_none=True)
    date = fields.String(allow_none=True)
    score = fields.Float(allow_none=True)


class QueryEchoSchema(Schema):
    q = fields.String(required=True)
    filters = fields.Dict(keys=fields.String(), values=fields.Raw())
    sort = fields.String()
    page = fields.Integer()
    per_page = fields.Integer()
    lang = fields.String()
    interpreted = fields.String(allow_none=True, metadata={"description": "Cyrillic reading of a Latin-letter query"})
    warnings = fields.List(fields.String())


class LinksSchema(Schema):
    self = fields.String(required=True)
    first = fields.String()
    prev = fields.String(allow_none=True)
    next = fields.String(allow_none=True)
    last = fields.String()


class SearchResponseSchema(Schema):
    query = fields.Nested(QueryEchoSchema, required=True)
    total = fields.Integer(required=True)
    hits = fields.List(fields.Nested(HitSchema), required=True)
    facets = fields.Nested(FacetsSchema, required=True)
    did_you_mean = fields.String(allow_none=True)
    partial = fields.Boolean(metadata={"description": "True when the time limit cut the search short"})
    took_ms = fields.Float()
    links = fields.Nested(LinksSchema)


class ProvenanceEntrySchema(Schema):
    value = fields.Raw(required=True)
    source = fields.String(required=True)


class PracticeSchema(Schema):
    id = fields.String(required=True)
    title = fields.String(required=True)
    lang = fields.String()
    kind = fields.String()
    sections = fields.Dict(keys=fields.String(), values=fields.String())
    body = fields.String()
    status = fields.String(allow_none=True)
    programmes = fields.List(fields.String())
    countries = fields.List(fields.String())
    municipality = fields.String(allow_none=True)
    themes = fields.List(fields.String())
    published = fields.String(allow_none=True)
    start = fields.String(allow_none=True)
    end = fields.String(allow_none=True)
    date = fields.String(allow_none=True)
    budget = fields.Nested(BudgetSchema, allow_none=True)
    source = fields.String(allow_none=True)
    provenance = fields.Dict(keys=fields.String(), values=fields.List(fields.Nested(ProvenanceEntrySchema)))


class SimilarResponseSchema(Schema):
    id = fields.String(required=True)
    hits = fields.List(fields.Nested(HitSchema), required=True)


class SuggestionSchema(Schema):
    text = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(("title", "term")))
    id = fields.String(allow_none=True)


class SuggestResponseSchema(Schema):
    q = fields.String(required=True)
    suggestions = fields.List(fields.Nested(SuggestionSchema), required=True)


class CollectionFacetsSchema(Schema):
    total = fields.Integer(required=True)
    facets = fields.Nested(FacetsSchema, required=True)


class TokenSchema(Schema):
    original = fields.String(required=True)
    normalized = fields.String()
    stem = fields.String()
    position = fields.Integer()
    start = fields.Integer()
    end = fields.Integer()


class AnalyzeResponseSchema(Schema):
    text = fields.String(required=True)
    lang = fields.String(required=True)
    tokens = fields.List(fields.Nested(TokenSchema), required=True)


class HealthSchema(Schema):
    status = fields.String(required=True)
    documents = fields.Integer(allow_none=True)
    generation = fields.String(allow_none=True)


class ProblemSchema(Schema):
    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String()
    errors = fields.Dict(keys=fields.String(), values=fields.Raw())
