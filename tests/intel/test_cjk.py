"""The one test for Japanese, Chinese or Korean text that every CJK reader starts with."""

from __future__ import annotations

from applytrack_desktop.intel.cjk import has_cjk


def test_has_cjk_only_for_cjk_scripts() -> None:
    assert has_cjk("", "応募受付のお知らせ")
    assert has_cjk("录用通知")
    assert has_cjk("Re: 지원 감사드립니다")
    assert not has_cjk("Thank you for applying", "Müller GmbH – Bewerbung", "Zoë Ångström")
