"""The themes classifier stacked on the cue rules (indexer/extract/theme_model.py).

What it chooses is pinned in test_extract_themes.py (the final stage of extract_themes);
here: the model file, the fast feature path against the training one, the provenance of
a theme that only the model sees, and the training's determinism.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from config.settings import data_path
from indexer.extract import themes as themes_module
from indexer.extract.fact import Fact
from indexer.extract.theme_model import (MODEL_FILE, load_model, rule_inputs, stems,
                                         text_features)
from indexer.extract.themes import extract_themes, load_themes, rule_themes, score_rules

REPO = Path(__file__).resolve().parents[2]

PAGES = [
    ("Саниране на детска градина „Слънце“", "Извършено е саниране и топлоизолация на сградата на "
     "детската градина. Енергийната ефективност се повиши, а разходите за отопление намаляха."),
    ("Open data portal of Burgas", "The municipality publishes open data sets on a new portal. "
     "Transparency and access to information improved; e-services don't need a visit."),
    ("", "Здравни медиатори в ромските квартали\nЗдравните медиатори работят с ромските общности "
     "за профилактика и ваксинации на децата. Медиаторите придружават пациенти до лекар."),
]


def test_the_model_is_loaded_once_and_knows_the_taxonomy():
    model = load_model()
    assert model is load_model()
    assert model.themes == [t.id for t in load_themes()]
    features = len(model.vocabulary)
    assert model.weights.shape == (features + 2 * len(model.themes), len(model.themes))
    assert model.idf.shape == (features,) and model.bias.shape == (len(model.themes),)
    assert 0 < model.threshold < 1 and 1 <= model.max_themes <= 3


def test_the_model_file_is_trained_on_the_development_sets_only():
    about = json.loads(Path(data_path(MODEL_FILE)).read_text(encoding="utf-8"))["about"]
    assert "samples" in about and "heldout39" in about
    # heldout40 and later are blind sets: never trained or tuned on
    assert "heldout40" not in about and "heldout41" not in about


@pytest.mark.parametrize("title, text", PAGES)
def test_the_fast_text_vector_is_the_bag_of_features_looked_up(title, text):
    model = load_model()
    heading = title or text.strip().split("\n", 1)[0]
    expected = np.zeros(len(model.vocabulary))
    for feature, count in text_features(heading, text).items():
        row = model.vocabulary.get(feature)
        if row is not None:
            expected[row] = (1 + np.log(count)) * model.idf[row]
    expected /= np.linalg.norm(expected)
    assert model.text_vector(heading, text) == pytest.approx(expected)


def test_stems_are_the_index_terms_of_the_words():
    assert stems("Отпадъците, отпадъци и 2019 г.; e-услуги") == {"отпадк": 2, "услуг": 1}
    assert text_features("Заглавие", "текст")["T:заглав"] == 1


def test_without_a_model_file_the_rules_decide(monkeypatch):
    text = ("Здравни медиатори в ромските квартали\nЗдравните медиатори работят с ромските общности "
            "за профилактика и ваксинации на децата.")
    monkeypatch.setattr(themes_module, "load_model", lambda: None)
    assert extract_themes(text) == rule_themes(score_rules(text))


def test_every_chosen_theme_has_a_source_in_the_page():
    for title, text in PAGES:
        for fact in extract_themes(text, title=title):
            assert fact.source and (fact.source in text or fact.source in title), fact


def test_a_theme_only_the_model_sees_gets_the_sentence_that_weighs_most(monkeypatch):
    # The rules see no cue for health here; a model that adds health must point at the
    # sentence whose words weigh most for it, not at the rules' cue of another theme.
    text = ("Нов парк в квартала\nОбщината откри нов парк с детска площадка. "
            "Линейката е на място, а кръвното налягане на жителите се мери всеки вторник.")
    rules = score_rules(text)
    assert "health" not in rules.best
    model = load_model()
    monkeypatch.setattr(type(model), "choose", lambda self, p, any_cue: ["health"])
    (fact,) = extract_themes(text)
    assert fact == Fact("health", "Линейката е на място, а кръвното налягане на жителите се мери всеки вторник.")


def test_rule_inputs_scale_scores_by_the_floor_and_mark_the_rules_choice():
    inputs = rule_inputs(["energy", "urban", "health"], {"energy": 30.0, "urban": 3.0}, 6.0, ["energy"])
    assert inputs.tolist() == pytest.approx([1.0, 0.5 / 3, 0.0, 1.0, 0.0, 0.0])


@pytest.fixture(scope="module")
def theme_cv():
    spec = importlib.util.spec_from_file_location("bench_theme_cv", REPO / "bench" / "theme_cv.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_training_is_deterministic_and_learns_the_gold(theme_cv, monkeypatch):
    monkeypatch.setattr(theme_cv, "ITERATIONS", 60)
    ids = [t.id for t in load_themes()]
    rows = []
    for title, text, gold in [("Саниране на училище", "Топлоизолация и енергийна ефективност.", ["energy", "education"]),
                              ("Ново улично осветление", "LED осветление и енергийна ефективност.", ["energy"]),
                              ("Детска градина", "Нова група в детската градина за децата.", ["education"]),
                              ("Музей и читалище", "Изложба в музея и в читалището.", ["culture"])] * 2:
        rules = score_rules(text, title=title)
        chosen = [f.value for f in rule_themes(rules)]
        rows.append({"heading": title, "text": text, "gold": gold, "bag": text_features(title, text),
                     "rules": rule_inputs(ids, rules.scores, rules.floor, chosen)})
    first, second = theme_cv.fit(rows, True), theme_cv.fit(rows, True)
    assert np.array_equal(first.weights, second.weights) and np.array_equal(first.bias, second.bias)
    p = first.probabilities(rows[0]["heading"], rows[0]["text"], rows[0]["rules"])
    assert p[ids.index("energy")] > 0.5 > p[ids.index("culture")]
