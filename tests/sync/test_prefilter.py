"""The headers-first filter skips bulk mail without job signals and nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from applytrack_desktop.providers.base import HeaderInfo
from applytrack_desktop.sync.prefilter import is_bulk, is_candidate

UNSUB = "<https://news.example.com/unsub>"


@pytest.mark.parametrize(
    "header",
    [
        HeaderInfo("1", "Acme <no-reply@greenhouse.io>", "Hello", list_unsubscribe=UNSUB),
        HeaderInfo("2", "Jane <jane@acme.com>", "Quick question"),
        HeaderInfo("3", "Acme Careers <news@acme.com>", "Update", list_unsubscribe=UNSUB),
        HeaderInfo("4", "Acme <hr@acme.com>", "Your application to Acme", precedence="bulk"),
        HeaderInfo("5", "Acme <hr@acme.de>", "Ihre Bewerbung bei Acme", list_id="<x>"),
        HeaderInfo("6", "Acme <rh@acme.fr>", "Votre candidature", list_id="<x>"),
    ],
)
def test_candidates(header: HeaderInfo) -> None:
    assert is_candidate(header)


@pytest.mark.parametrize(
    "header",
    [
        HeaderInfo("7", "Shop <deals@shop.example>", "Black Friday sale", list_unsubscribe=UNSUB),
        HeaderInfo("8", "Weekly <digest@news.example>", "This week in Rust", list_id="<rust>"),
        HeaderInfo("9", "Bank <no-reply@bank.example>", "Statement ready", precedence="bulk"),
    ],
)
def test_bulk_without_job_signals_is_skipped(header: HeaderInfo) -> None:
    assert is_bulk(header)
    assert not is_candidate(header)


@given(st.text(), st.text())
def test_personal_mail_is_always_fetched(sender: str, subject: str) -> None:
    assert is_candidate(HeaderInfo("x", sender, subject))
