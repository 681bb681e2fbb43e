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


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("株式会社みらい商事", "みらい商事"),
        ("東邦電機株式会社", "東邦電機"),
        ("㈱アクメ", "アクメ"),
        ("（株）アクメ", "アクメ"),
        ("云帆网络有限公司", "云帆网络"),
        ("(주)한빛전자", "한빛전자"),
        ("㈜한빛전자", "한빛전자"),
        ("주식회사 한빛전자", "한빛전자"),
    ],
)
def test_cjk_legal_forms_name_the_same_employer(written: str, bare: str) -> None:
    assert normalize_company(written) == normalize_company(bare)
    assert normalize_company(written) != normalize_company("株式会社")  # a form alone stays
    assert normalize_company(normalize_company(written)) == normalize_company(written)
    assert normalize_company("株式会社" + written) == normalize_company(bare)  # twice over


def test_a_form_alone_is_kept_rather_than_emptied() -> None:
    assert normalize_company("株式会社") == "株式会社"
    assert normalize_company("公司") == "公司"
