"""One message from a sender, and the company the extractor finds in it: the company tests'
shared fixture (five test modules built the same MailMessage by hand)."""

from __future__ import annotations

from datetime import UTC, datetime

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.companies import CompanyGuess, extract_company
from applytrack_desktop.intel.text import prepare
from applytrack_desktop.mail.message import MailMessage


def company_mail(name: str, address: str, subject: str, text: str) -> MailMessage:
    return MailMessage(
        message_id="<t@test>",
        subject=subject,
        sender_name=name,
        sender_address=address,
        date=datetime(2026, 3, 10, tzinfo=UTC),
        text=text,
    )


def company_guess(
    name: str, address: str, subject: str, text: str, category: Category | None = None
) -> CompanyGuess | None:
    message = company_mail(name, address, subject, text)
    return extract_company(message, prepare(message), category)


def company_name(
    name: str, address: str, subject: str, text: str, category: Category | None = None
) -> str | None:
    guess = company_guess(name, address, subject, text, category)
    return None if guess is None else guess.name
