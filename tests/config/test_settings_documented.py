"""Every setting is documented in README (Datasette's rule: a setting nobody can find is a bug)."""
from pathlib import Path

import pytest

from config.settings import SETTINGS, load_settings

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_readme_documents_every_setting(setting):
    assert f"`{setting.env}`" in README
    assert setting.description in README


def test_environment_overrides_defaults_and_explicit_values_win():
    env = {"PRAKTIKI_PORT": "9001", "PRAKTIKI_CORS_ORIGINS": "https://a.bg, https://b.bg"}
    values = load_settings(environ=env)
    assert values["PORT"] == 9001 and values["CORS_ORIGINS"] == ("https://a.bg", "https://b.bg")
    assert load_settings({"PORT": 7000}, environ=env)["PORT"] == 7000


def test_a_malformed_environment_value_is_named():
    with pytest.raises(ValueError, match="PRAKTIKI_WORKERS"):
        load_settings(environ={"PRAKTIKI_WORKERS": "many"})
