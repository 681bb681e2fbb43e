"""Header values: encoded words, addresses, message ids, references and dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

import pytest

from applytrack_desktop.mail.headers import (
    decode_header_value,
    normalize_message_id,
    parse_address,
    parse_date,
    parse_recipients,
    parse_references,
    received_date,
    unfold,
)
from applytrack_desktop.mail.limits import MAX_RECIPIENTS, MAX_REFERENCES


def test_unfold_joins_lines_and_squeezes_blanks() -> None:
    assert unfold("a\r\n  b\n\tc   d ") == "a b c d"


def test_plain_values_pass_through() -> None:
    assert decode_header_value("Your application") == "Your application"
    assert decode_header_value(None) == ""


def test_encoded_words_b_and_q() -> None:
    assert decode_header_value("=?UTF-8?B?SW50ZXJ2aWV3IOKckw==?=") == "Interview ✓"
    assert decode_header_value("=?utf-8?q?Caf=C3=A9_au_lait?=") == "Café au lait"
    assert decode_header_value("=?iso-8859-1?Q?J=FCrgen?=") == "Jürgen"


def test_whitespace_between_encoded_words_is_dropped_but_kept_around_text() -> None:
    value = "Re: =?utf-8?q?r=C3=A9sum=C3=A9?= =?utf-8?q?_review?= for you"
    assert decode_header_value(value) == "Re: résumé review for you"


def test_multibyte_character_split_across_two_words() -> None:
    # U+1F44D (4 bytes in UTF-8) split 3 + 1 between two encoded words.
    assert decode_header_value("=?utf-8?B?8J+R?= =?utf-8?B?jQ==?=") == "👍"


def test_broken_words_are_kept_literally_with_a_defect() -> None:
    defects: list[str] = []
    assert decode_header_value("=?utf-8?B?%%%?= tail", defects) == "=?utf-8?B?%%%?= tail"
    assert defects == ["broken encoded word"]


def test_unknown_charset_in_encoded_word() -> None:
    defects: list[str] = []
    assert decode_header_value("=?x-bogus?Q?caf=C3=A9?=", defects) == "café"
    assert defects == ["unknown charset x-bogus"]


def test_raw_utf8_header_bytes() -> None:
    raw = "Zürich office".encode().decode("ascii", "surrogateescape")
    assert decode_header_value(raw) == "Zürich office"


def test_nul_is_removed_from_header_text() -> None:
    assert decode_header_value("a\x00b") == "ab"


def test_parse_address_decodes_name_and_lowercases_address() -> None:
    value = "=?utf-8?Q?J=C3=B6rg_M=C3=BCller?= <Joerg@Example.COM>"
    assert parse_address(value) == ("Jörg Müller", "joerg@example.com")
    assert parse_address('"Acme, Inc. Talent" <no-reply@acme.com>') == (
        "Acme, Inc. Talent",
        "no-reply@acme.com",
    )
    assert parse_address("bare@example.com") == ("", "bare@example.com")
    assert parse_address("") == ("", "")


def test_parse_address_without_an_address() -> None:
    defects: list[str] = []
    assert parse_address("Undisclosed recipients", defects) == ("", "")
    assert defects == ["odd address header"]


def test_parse_address_finds_an_address_in_garbage() -> None:
    assert parse_address("Talent Team via <<talent@acme.com>>")[1] == "talent@acme.com"


def test_recipients_are_unique_lowercase_and_capped() -> None:
    values = ["A <A@x.com>, b@x.com", "a@x.com, Undisclosed:;"]
    assert parse_recipients(values) == ("a@x.com", "b@x.com")
    many = ", ".join(f"p{i}@example.com" for i in range(MAX_RECIPIENTS * 3))
    got = parse_recipients([many])
    assert len(got) == MAX_RECIPIENTS
    assert got[0] == "p0@example.com"


def test_normalize_message_id() -> None:
    assert normalize_message_id(" <abc@x.y> ") == "<abc@x.y>"
    assert normalize_message_id("abc@x.y") == "<abc@x.y>"
    assert normalize_message_id("<[a1@microsoft.com]>") == "<[a1@microsoft.com]>"
    assert normalize_message_id("<a@b> (comment)") == "<a@b>"
    assert normalize_message_id("   ") == ""
    assert normalize_message_id(None) == ""


def test_references_keep_root_and_latest() -> None:
    assert parse_references("<a@x>\r\n <b@x> <a@x>") == ("<a@x>", "<b@x>")
    assert parse_references("c@x d@x") == ("<c@x>", "<d@x>")
    long = " ".join(f"<r{i}@x>" for i in range(MAX_REFERENCES * 2))
    got = parse_references(long)
    assert len(got) == MAX_REFERENCES
    assert got[0] == "<r0@x>"
    assert got[-1] == f"<r{MAX_REFERENCES * 2 - 1}@x>"


def test_parse_date_aware_and_naive() -> None:
    got = parse_date("Mon, 3 Mar 2025 10:00:00 +0200")
    assert got == datetime(2025, 3, 3, 10, 0, tzinfo=timezone(timedelta(hours=2)))
    naive = parse_date("Mon, 3 Mar 2025 10:00:00 -0000")
    assert naive == datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
    assert naive is not None
    assert naive.tzinfo is not None
    assert parse_date("not a date") is None
    assert parse_date("Mon, 99 Foo 99999 99:99:99 +9999") is None


@pytest.mark.parametrize(
    "value",
    [
        "Mon, 05 Jan 2026 09:00:00 +0000",
        "5 Jan 2026 09:00:00 +0530",
        "Tue, 31 Dec 2024 23:59:59 -1245 (CHAST)",
        "Wed,  1 JAN 2025 00:00:00 -0000",
        "Sun, 29 Feb 2024 12:00:00 +0100",
        "Thu, 30 Feb 2025 12:00:00 +0100",  # no such day
        "Fri, 7 Mar 2025 24:00:00 +0000",  # no such hour
        "Sat, 8 Mar 2025 10:00 +0000",  # no seconds: the stdlib's general parser
        "Sat, 8 Mar 2025 10:00:00 GMT",
        "Sat, 8 Mar 25 10:00:00 +0000",  # two-digit year
        "Sat, 8 Mar 0025 10:00:00 +0000",  # read as 2025 too
        "Sat, 8 Foo 2025 10:00:00 +0000",
        "Sat, 8 Mar 2025 10:00:00 +2399",  # an offset past a day
    ],
)
def test_parse_date_reads_as_the_stdlib_does(value: str) -> None:
    # The common shape is read without the stdlib's parser: the result must be the same
    # (same instant and same UTC offset), or None where the stdlib fails.
    try:
        expected: datetime | None = parsedate_to_datetime(unfold(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        expected = None
    if expected is not None and expected.tzinfo is None:
        expected = expected.replace(tzinfo=UTC)
    got = parse_date(value)
    assert got == expected
    if got is not None and expected is not None:
        assert got.utcoffset() == expected.utcoffset()


def test_received_date() -> None:
    value = "from mx by mail with ESMTPS id x; Sat, 22 Mar 2025 13:14:15 -0700 (PDT)"
    assert received_date(value) == datetime(
        2025, 3, 22, 13, 14, 15, tzinfo=timezone(timedelta(hours=-7))
    )
    assert received_date("from mx by mail") is None


@pytest.mark.parametrize(
    ("value", "want"),
    [
        # an "@" left unquoted in the display name: the angle address is still the address
        ("Careers@Gov <no-reply@careers.gov.sg>", ("Careers@Gov", "no-reply@careers.gov.sg")),
        ('"Careers@Gov" <no-reply@careers.gov.sg>', ("Careers@Gov", "no-reply@careers.gov.sg")),
        (
            "jobs@Acme Talent <talent@acme.example.org>",
            ("jobs@Acme Talent", "talent@acme.example.org"),
        ),
        # two addresses: the first stays the sender, as before
        ("Jane Doe <jane@x.org>, Bob <b@y.org>", ("Jane Doe", "jane@x.org")),
    ],
)
def test_an_unquoted_at_sign_in_the_display_name_keeps_the_real_address(
    value: str, want: tuple[str, str]
) -> None:
    assert parse_address(value) == want
