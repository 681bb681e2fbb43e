"""The demo mailbox is shifted as a whole: headers, calendar parts and dates in the text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from applytrack_desktop.sync.demo import demo_sources, shift_body_dates

WRITTEN = datetime(2026, 9, 14, 9, 0, tzinfo=UTC)


def test_a_date_with_its_weekday_moves_and_the_weekday_follows() -> None:
    text = "Please complete it by Friday, September 18 at 5:00 PM."
    moved = shift_body_dates(text, WRITTEN, timedelta(days=64))
    assert moved == "Please complete it by Saturday, November 21 at 5:00 PM."


def test_the_year_is_the_one_nearest_to_the_mail() -> None:
    written = datetime(2026, 12, 28, tzinfo=UTC)
    assert shift_body_dates("starts January 4", written, timedelta(days=7)) == "starts January 11"
    assert shift_body_dates("on December 30", written, timedelta(days=3)) == "on January 2"


def test_months_alone_and_impossible_dates_are_left_as_written() -> None:
    text = "Since September 2026 we have grown; February 30 is no day."
    assert shift_body_dates(text, WRITTEN, timedelta(days=10)) == text


def test_no_offset_changes_nothing() -> None:
    text = "Sign by Friday, September 25."
    assert shift_body_dates(text, WRITTEN, timedelta(0)) == "Sign by Friday, September 25."


def _bodies(raw: bytes) -> str:
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    parts = [p for p in message.walk() if p.get_content_type() in ("text/plain", "text/html")]
    return "\n".join(str(p.get_content()) for p in parts)


def test_the_demo_offer_deadline_stays_after_the_offer_was_sent() -> None:
    now = datetime(2027, 3, 10, 12, 0, tzinfo=UTC)
    for source in demo_sources(now):
        body = _bodies(source.raw)
        if "sign by" not in body.lower():
            continue
        message = message_from_bytes(source.raw, policy=policy.default)
        sent = parsedate_to_datetime(str(message["Date"]))
        assert sent.year == 2027
        assert "September" not in body
        assert "March" in body or "April" in body
        break
    else:
        raise AssertionError("the demo mailbox has no offer with a signing deadline")
