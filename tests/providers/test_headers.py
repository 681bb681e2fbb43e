"""Cheap header metadata for the ``wanted`` filter: decoded, tolerant, never raising."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from applytrack_desktop.providers.headers import header_info


def test_encoded_words_and_list_headers_are_decoded() -> None:
    raw = (
        b"From: =?utf-8?q?Jos=C3=A9_at_Acme?= <jobs@acme.example>\r\n"
        b"Subject: =?utf-8?b?SW50ZXJ2aWV3IOKAkyBEYXRhIEVuZ2luZWVy?=\r\n"
        b"Date: Sat, 01 Nov 2026 09:00:00 +0000\r\n"
        b"List-Id: Jobs digest <digest.jobs.example>\r\n"
        b"List-Unsubscribe: <mailto:unsub@jobs.example>\r\n"
        b"Precedence: bulk\r\n\r\nbody"
    )
    info = header_info("id-1", raw)
    assert info.provider_id == "id-1"
    assert info.sender == "José at Acme <jobs@acme.example>"
    assert info.subject == "Interview – Data Engineer"
    assert info.date == datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    assert info.list_id == "Jobs digest <digest.jobs.example>"
    assert info.list_unsubscribe == "<mailto:unsub@jobs.example>"
    assert info.precedence == "bulk"


def test_folded_raw_utf8_and_repeated_fields() -> None:
    raw = (
        "Subject: Your application\r\n\tfor Data Engineer\r\n"
        "From: Zoë Recruiter <z@acme.example>\r\n"
        "Subject: a second subject is ignored\r\n"
        "\r\nSubject: not a header, the body\r\n"
    ).encode()
    info = header_info("id", raw)
    assert info.subject == "Your application for Data Engineer"
    assert info.sender == "Zoë Recruiter <z@acme.example>"


def test_broken_headers_give_empty_fields_not_errors() -> None:
    raw = (
        b"From: =?x-unknown-charset?q?abc?=\r\n"
        b"Subject: =?utf-8?b?!!!not-base64?=\r\n"
        b"Date: the day after tomorrow\r\n\r\n"
    )
    info = header_info("id-2", raw)
    assert "abc" in info.sender
    assert info.subject  # kept raw rather than lost
    assert info.date is None
    assert header_info("id-3", b"").subject == ""


@given(st.binary(max_size=400))
@settings(max_examples=200, deadline=None)
def test_any_bytes_give_header_info(raw: bytes) -> None:
    info = header_info("id", b"Subject: " + raw + b"\r\nFrom: " + raw[::-1] + b"\r\n\r\n")
    assert info.provider_id == "id"
    assert isinstance(info.subject, str)
