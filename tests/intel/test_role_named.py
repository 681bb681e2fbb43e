"""``names_role``: mail about one's application names the role; look-alike mail does not."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.role_named import names_role
from applytrack_desktop.mail.parse import parse_message


def _mail(subject: str, body: str) -> bytes:
    return (
        f"From: Sender <hello@northwind-labs.com>\nTo: me@example.com\nSubject: {subject}\n"
        "Date: Mon, 02 Nov 2026 10:00:00 +0000\nMessage-ID: <t@x>\n\n"
        f"{body}\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Your application for Backend Engineer", "Thanks for applying to Northwind Labs."),
        (
            "Interview invitation",
            "We'd like to invite you to interview for the Product "
            "Designer position at Northwind Labs.",
        ),
    ],
)
def test_mail_naming_its_role(subject: str, body: str) -> None:
    assert names_role(parse_message(_mail(subject, body)))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Your application", "We received your mortgage application and will be in touch."),
        ("Episode 42", "This week we interview a chef about her first restaurant."),
        ("Great news", "I got the offer on the flat! Drinks on Friday?"),
    ],
)
def test_look_alike_mail_names_none(subject: str, body: str) -> None:
    assert not names_role(parse_message(_mail(subject, body)))
