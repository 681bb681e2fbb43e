"""Job mail as real senders write it, built fresh for each end-to-end test.

Plain RFC 5322 bytes (``.eml`` files, ``.mbox`` files, or mail appended to a fake server),
dated relative to now so that a sync window ("the last 180 days") always holds them.
Each story is one application: a confirmation, an interview invitation, a rejection.
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

NOW = datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Mail:
    message_id: str
    category: str  # what the message is (CONTRACTS categories)
    date: datetime
    raw: bytes


def _mail(sender: str, subject: str, body: str, *, date: datetime, mid: str, category: str) -> Mail:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Sam Seeker <sam.seeker@example.com>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = mid
    msg.set_content(body)
    return Mail(mid, category, date, msg.as_bytes())


def story(company: str, title: str, domain: str, *, days_ago: int = 30) -> list[Mail]:
    """Confirmation, interview invitation, rejection for one role, oldest first."""
    start = NOW - timedelta(days=days_ago)
    key = domain.split(".")[0]
    return [
        _mail(
            f"{company} Recruiting <no-reply@{domain}>",
            f"Thank you for applying to {company}",
            f"Hi Sam,\n\nThank you for applying for the {title} position at {company}. "
            "We have received your application and our recruiting team will review it "
            "shortly. If your background is a match, we will reach out to discuss next "
            f"steps.\n\nBest regards,\nThe {company} Recruiting Team\n",
            date=start,
            mid=f"<confirm-{key}@{domain}>",
            category="confirmation",
        ),
        _mail(
            f"Jordan Lee <jordan.lee@{domain}>",
            f"Interview invitation: {title} at {company}",
            f"Hi Sam,\n\nThanks for your application for the {title} role at {company}. "
            "We were impressed by your background and would like to invite you to a "
            "30-minute phone interview with our hiring manager. Please pick a time slot "
            "that works for you next week using the scheduling link below.\n\n"
            f"https://calendly.com/{key}-recruiting/phone-screen\n\n"
            f"Looking forward to speaking with you,\nJordan Lee\nRecruiter, {company}\n",
            date=start + timedelta(days=5),
            mid=f"<interview-{key}@{domain}>",
            category="interview",
        ),
        _mail(
            f"{company} Recruiting <no-reply@{domain}>",
            f"Your application for {title} at {company}",
            f"Dear Sam,\n\nThank you for taking the time to interview for the {title} "
            f"position at {company}. After careful consideration, we regret to inform you "
            "that we have decided to move forward with other candidates whose experience "
            "more closely matches our current needs.\n\nWe appreciate your interest in "
            f"{company} and wish you all the best in your job search.\n\nSincerely,\n"
            f"The {company} Talent Team\n",
            date=start + timedelta(days=12),
            mid=f"<reject-{key}@{domain}>",
            category="rejection",
        ),
    ]


def newsletter(*, days_ago: int = 3) -> Mail:
    """Marketing mail that must never become an application."""
    return _mail(
        "Gadget Weekly <news@gadgetweekly.example>",
        "This week's top deals: 40% off headphones",
        "Hello!\n\nOur biggest sale of the season is here. Save 40% on noise-cancelling "
        "headphones, smart watches and more. Free shipping on orders over $50.\n\n"
        "Unsubscribe | Manage preferences\n",
        date=NOW - timedelta(days=days_ago),
        mid="<deals-2291@gadgetweekly.example>",
        category="not_job",
    )


def write_eml(folder: Path, mails: Iterable[Mail]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, mail in enumerate(mails):
        path = folder / f"{n:02d}.eml"
        path.write_bytes(mail.raw)
        paths.append(path)
    return paths


def write_mbox(path: Path, mails: Iterable[Mail]) -> Path:
    box = mailbox.mbox(str(path), create=True)
    try:
        for mail in mails:
            box.add(mailbox.mboxMessage(mail.raw))
        box.flush()
    finally:
        box.close()
    return path
