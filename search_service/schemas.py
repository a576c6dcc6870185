"""marshmallow schemas of every request and response; the OpenAPI document is built from them."""
from __future__ import annotations

import re

from flask import current_app, has_app_context
from marshmallow import (EXCLUDE, Schema, ValidationError, fields, missing, post_load, pre_load, validate,
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


# -- fast dumping ------------------------------------------------------------------------
# marshmallow's dump walks each field through several Python calls; for a search response
# (~250 facet buckets, 10 hits) that was ~4 ms of a ~9 ms warm request (issue 7). The
# search endpoint dumps with plans compiled from the same schemas instead: the same
# conversions (str/int/float/bool, lists, nested schemas, dicts with str keys), the same
# missing-key rule, and plain marshmallow for any field or hook a plan does not cover
# (``tests/service/test_scoring.py`` compares both on many responses). The schemas stay
# the single definition of the response and of the OpenAPI document.
class _NoPlan(Exception):
    pass


_MISSING = object()
_PLANS: dict[type, list | None] = {}


def _text(value):
    return None if value is None else (value if type(value) is str else str(value))


def _integer(value):
    return None if value is None else int(value)


def _float(value):
    return None if value is None else float(value)


def _raw(value):
    return value


def _converter(field):
    kind = type(field)
    if getattr(field, "as_string", False):
        raise _NoPlan
    if kind is fields.String:
        return _text
    if kind is fields.Integer:
        return _integer
    if kind is fields.Float:
        return _float
    if kind is fields.Raw:
        return _raw
    if kind is fields.Boolean:
        truthy, falsy = field.truthy, field.falsy

        def boolean(value):
            if value is None:
                return None
            try:
                if value in truthy:
                    return True
                if value in falsy:
                    return False
            except TypeError:
                pass
            return bool(value)
        return boolean
    if kind is fields.List:
        inner = _converter(field.inner)
        return lambda value: None if value is None else [inner(v) for v in value]
    if kind is fields.Nested:
        nested = field.nested
        if not (isinstance(nested, type) and issubclass(nested, Schema)) or field.many or field.only or field.exclude:
            raise _NoPlan
        plan = _plan(nested)
        if plan is None:
            raise _NoPlan
        return lambda value: None if value is None else _apply(plan, value)
    if kind is fields.Dict:
        keys = _converter(field.key_field) if field.key_field is not None else None
        values = _converter(field.value_field) if field.value_field is not None else None
        if keys is None and values is None:
            return lambda value: None if value is None else dict(value)

        def mapping(value):
            if value is None:
                return None
            if values is None:
                return {(keys(k) if keys else k): v for k, v in value.items()}
            return {(keys(k) if keys else k): values(v) for k, v in value.items()}
        return mapping
    raise _NoPlan


def _plan(schema_cls: type) -> list | None:
    """[(attribute, output key, converter), ...] of a schema, or None when not covered."""
    if schema_cls in _PLANS:
        return _PLANS[schema_cls]
    _PLANS[schema_cls] = None   # a schema nesting itself is left to marshmallow
    schema = schema_cls()
    try:
        if any(schema._hooks.get(tag) for tag in ("pre_dump", "post_dump")):
            raise _NoPlan
        plan = []
        for name, field in schema.dump_fields.items():
            if field.dump_default is not missing or "." in (field.attribute or name):
                raise _NoPlan
            plan.append((field.attribute or name, field.data_key or name, _converter(field)))
    except _NoPlan:
        plan = None
    _PLANS[schema_cls] = plan
    return plan


def _apply(plan: list, obj) -> dict:
    out = {}
    for attr, key, convert in plan:
        if isinstance(obj, dict):
            value = obj.get(attr, _MISSING)
            if value is _MISSING:
                value = getattr(obj, attr, _MISSING)   # as marshmallow's get_value
        else:
            value = getattr(obj, attr, _MISSING)
        if value is _MISSING:
            continue
        out[key] = convert(value)
    return out


def fast_dump(schema_cls: type, obj) -> dict:
    """``schema_cls().dump(obj)``, faster, for the schemas a plan covers."""
    plan = _plan(schema_cls)
    if plan is None:
        return schema_cls().dump(obj)
    return _apply(plan, obj)
