"""Table-driven: purchase-category tables give one supplier per row (supplier_cues.toml [tables])."""
from __future__ import annotations

import pytest

from extractor import lexicon
from extractor.extract.supplier_tables import category_rows, laid_out_suppliers

DATA = lexicon.load("supplier_cues")["tables"]


@pytest.mark.parametrize("text,categories", DATA["examples"])
def test_category_rows(text: str, categories: list[str]) -> None:
    found = category_rows(text)
    assert [c for _, _, c in found] == categories
    assert all(text[a:b] == c for a, b, c in found)


@pytest.mark.parametrize("text", DATA["counter"])
def test_tables_of_other_things(text: str) -> None:
    assert category_rows(text) == []


@pytest.mark.parametrize("text,expected", DATA["list_examples"])
def test_named_suppliers_in_lists_and_tables(text: str, expected: list[list[str]]) -> None:
    found = laid_out_suppliers(text)
    assert [[n or "", c or ""] for _, _, n, c in found] == expected
    assert all(text[a:b] == (n or c) for a, b, n, c in found)


@pytest.mark.parametrize("text", DATA["list_counter"])
def test_lists_of_other_things(text: str) -> None:
    assert laid_out_suppliers(text) == []
