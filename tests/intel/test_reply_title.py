"""A reply's role from the message it answers, only when the reply names none itself."""

from __future__ import annotations

from email.message import EmailMessage

from applytrack_desktop.intel.reply_title import reply_title
from applytrack_desktop.intel.text import prepare
from applytrack_desktop.mail.message import MailMessage
from applytrack_desktop.mail.parse import parse_message


def message(subject: str, body: str) -> MailMessage:
    msg = EmailMessage()
    msg["From"] = "Jane Doe <jane@acme.com>"
    msg["To"] = "robin@example.net"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 02 Mar 2026 09:00:00 +0000"
    msg["Message-ID"] = "<r1@acme.com>"
    msg.set_content(body)
    return parse_message(msg.as_bytes())


def title(subject: str, body: str) -> str | None:
    m = message(subject, body)
    return reply_title(m, prepare(m), "Acme")


REPLY = "Hi Robin, thanks for following up. We have decided to go with another candidate.\n\n"


def test_the_role_of_the_quoted_message_when_the_reply_names_none() -> None:
    quote = (
        "On Fri, 27 Feb 2026, Robin wrote:\n"
        "> Hi Jane, any news on my application for the Data Engineer role?\n"
    )
    assert title("Re: Checking in", REPLY + quote) == "Data Engineer"


def test_the_quoted_subject_of_an_outlook_header_block() -> None:
    quote = (
        "From: Robin <robin@example.net>\nSent: Friday, February 27, 2026 10:00\n"
        "To: Jane Doe\nSubject: Application - Senior Accountant\n\nHi Jane, please find my CV.\n"
    )
    assert title("RE: Application status", REPLY + quote) == "Senior Accountant"


def test_the_replys_own_role_comes_first() -> None:
    own = "Hi Robin, we would like to invite you to interview for the Product Designer role.\n\n"
    quote = "On Fri, Robin wrote:\n> My application for the Data Engineer role\n"
    assert title("Re: Hello", own + quote) == "Product Designer"


def test_no_quote_no_role() -> None:
    assert title("Re: Checking in", REPLY) is None
