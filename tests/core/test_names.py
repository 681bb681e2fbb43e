"""Company-name normalization: equal for spellings of one employer, distinct otherwise."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from applytrack_desktop.core.names import display_company, normalize_company


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Acme, Inc.", "ACME inc"),
        ("Acme Corporation", "acme"),
        ("The Acme Company", "Acme"),
        ("Société Générale S.A.", "societe generale"),
        ("Zalando SE GmbH", "zalando se"),
        ("Foo Bar LLC", "foo   bar"),
    ],
)
def test_same_employer_compares_equal(a: str, b: str) -> None:
    assert normalize_company(a) == normalize_company(b)


@pytest.mark.parametrize(
    ("a", "b"), [("Meta", "Metaverse Inc"), ("Stripe", "Stripes"), ("AB InBev", "InBev")]
)
def test_different_employers_stay_different(a: str, b: str) -> None:
    assert normalize_company(a) != normalize_company(b)


def test_a_name_that_is_only_a_suffix_is_kept() -> None:
    assert normalize_company("Group") == "group"


def test_display_trims_punctuation() -> None:
    assert display_company("  Acme,  ") == "Acme"


@given(st.text())
def test_normalize_is_idempotent(name: str) -> None:
    once = normalize_company(name)
    assert normalize_company(once) == once
