"""The docstring examples of the decoding and page-parsing modules are true."""
import doctest
import importlib

import pytest

MODULES = ["analyzers.language", "indexer.decoding", "indexer.cyrillic_plausibility",
           "indexer.html_text", "indexer.page_lines", "indexer.chrome", "indexer.sections",
           "indexer.listing", "indexer.page_kind", "indexer.pages", "indexer.text_tables"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
