"""The nasty-input corpus: real-style samples under samples/, each with what must come out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from applytrack_desktop.mail.message import MailMessage
from applytrack_desktop.mail.parse import parse_message

SAMPLES = Path(__file__).parent / "samples"


def _parse(name: str) -> MailMessage:
    return parse_message((SAMPLES / name).read_bytes())


@pytest.mark.parametrize(
    ("name", "subject", "sender"),
    [
        ("subject-utf8-b.eml", "Votre candidature chez Acme – étape suivante", "Élodie Dupont"),
        ("subject-utf8-q.eml", "Your application ✔ received – Data Engineer", "Acme Talent"),
        (
            "subject-latin1.eml",
            "Ihre Bewerbung als Entwickler (m/w/d) – Rückmeldung",
            "Jürgen Müller",
        ),
        ("subject-shift-jis.eml", "面接日程のお知らせ", "採用担当"),
    ],
)
def test_encoded_subjects_and_names(name: str, subject: str, sender: str) -> None:
    msg = _parse(name)
    assert msg.subject == subject
    assert msg.sender_name == sender
    assert msg.defects == ()


def test_broken_encoded_words_are_kept_readable() -> None:
    msg = _parse("subject-broken-words.eml")
    assert msg.subject == "Interview invitationété =?utf-8?B?!!!?="
    assert msg.sender_name == "=?utf-8?B?%%%broken?="
    assert msg.sender_address == "hr@broken.example"
    assert "broken encoded word" in msg.defects
    assert "unknown charset no-such-charset" in msg.defects


def test_unknown_charset_body() -> None:
    msg = _parse("unknown-charset.eml")
    assert msg.text == "Café interview next Tuesday — see you there."
    assert msg.defects == ("unknown charset x-unknown",)


def test_wrong_declared_charsets() -> None:
    utf8 = _parse("wrong-charset-utf8-as-latin1.eml")
    assert utf8.text == "Grüezi Jane, we are happy to extend an offer — salary 120’000 CHF."
    assert utf8.defects == ("wrong charset iso-8859-1",)
    latin = _parse("wrong-charset-latin1-as-utf8.eml")
    assert latin.text == "Votre entretien est prévu à 14h. À bientôt."
    assert latin.defects == ("wrong charset utf-8",)


def test_base64_body() -> None:
    msg = _parse("base64-body.eml")
    assert msg.text == (
        "Hi Jane,\n\nThank you for applying to the Backend Engineer (Req #4711) role at Initech. ✓"
    )
    assert msg.date == datetime(2025, 3, 14, 9, 0, tzinfo=timezone(timedelta(hours=-4)))


def test_quoted_printable_body() -> None:
    msg = _parse("quoted-printable-body.eml")
    assert msg.text.endswith("\nNaïve résumé check — done.")
    assert msg.text.count("Site Reliability Engineer position at Hooli.") == 2
    assert "=\n" not in msg.text


def test_html_only_mail_becomes_text_and_keeps_html() -> None:
    msg = _parse("html-only.eml")
    assert msg.text == (
        "Dear Jane,\n\nThank you for your interest in the Product Designer role. "
        "Unfortunately we will not move forward.\n\n- Ref: R-2291\n- Location: Berlin\n\n"
        "Visit our careers site (https://acme.wd5.myworkday.com/careers)"
    )
    assert msg.html is not None
    assert msg.html.startswith("<!DOCTYPE html>")
    assert msg.sender_domain == "myworkday.com"


def test_outlook_invite() -> None:
    msg = _parse("outlook-invite.eml")
    (event,) = msg.calendar
    assert event.summary == "Interview: Senior Data Engineer - Globex"
    assert event.start is not None
    assert event.start.utcoffset() == timedelta(hours=-7)  # PDT, from the VTIMEZONE block
    assert event.start.astimezone(UTC) == datetime(2025, 3, 12, 17, 0, tzinfo=UTC)
    assert event.end is not None
    assert event.end - event.start == timedelta(hours=1)
    assert event.organizer == "priya.raman@globex.com"
    assert event.location == "Microsoft Teams Meeting"
    assert event.meeting_url == (
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc123%40thread.v2/0"
    )
    assert event.method == "REQUEST"
    assert msg.text.startswith("Hi Jane,\n\nLooking forward to our conversation")
    assert msg.headers == {"x-auto-response-suppress": "All"}


def test_google_invite_inline_and_attached_counts_once() -> None:
    msg = _parse("google-invite.eml")
    (event,) = msg.calendar
    assert event.start == datetime(2025, 3, 20, 14, 0, tzinfo=ZoneInfo("America/New_York"))
    assert event.end == datetime(2025, 3, 20, 14, 45, tzinfo=ZoneInfo("America/New_York"))
    assert event.organizer == "sam.lee@initech.com"
    assert event.meeting_url == "https://meet.google.com/abc-defg-hij"
    assert event.location == ""
    assert msg.reply_to == "sam.lee@initech.com"
    assert msg.text.startswith("You have been invited to the following event.")


def test_forwarded_rfc822_keeps_both_senders_apart() -> None:
    msg = _parse("forwarded-rfc822.eml")
    assert msg.sender_address == "jane@example.org"
    assert msg.text == (
        "FYI, see below.\n\n---------- Forwarded message ----------\n"
        "From: Priya Raman <priya.raman@globex.com>\n"
        "Date: Mon, 17 Mar 2025 10:00:00 +0000\n"
        "Subject: Interview invitation - Globex\n"
        "To: Jane Doe <jane@example.org>\n\n"
        "We would like to invite you to an onsite interview for the Staff Engineer role."
    )


def test_inline_forward_is_kept_verbatim() -> None:
    msg = _parse("forwarded-inline.eml")
    assert msg.sender_address == "jane@example.org"
    assert "---------- Forwarded message ---------\nFrom: Umbrella Careers" in msg.text
    assert msg.text.endswith("the QA Analyst position has been filled.")


def test_broken_message_id_is_kept() -> None:
    msg = _parse("broken-message-id.eml")
    assert msg.message_id == "<[a1b2c3d4-0000-4e5f-9a8b-123456789abc@microsoft.com]>"
    assert msg.in_reply_to == "<[prev@microsoft.com]>"
    assert msg.references == ("<root@x.example>", "<[prev@microsoft.com]>")


def test_missing_message_id_is_synthesized_deterministically() -> None:
    first, second = _parse("no-message-id.eml"), _parse("no-message-id.eml")
    assert first.message_id == second.message_id
    assert first.message_id.startswith("<")
    assert first.message_id.endswith("@applytrack.invalid>")
    assert first.defects == ("no message id",)
    crlf = (SAMPLES / "no-message-id.eml").read_bytes().replace(b"\n", b"\r\n")
    assert parse_message(crlf).message_id == first.message_id


def test_missing_date_falls_back_to_the_first_received_header() -> None:
    msg = _parse("no-date.eml")
    assert msg.date == datetime(2025, 3, 22, 13, 14, 15, tzinfo=timezone(timedelta(hours=-7)))
    assert msg.defects == ("no date",)


def test_garbage_date_falls_back_to_the_epoch() -> None:
    msg = _parse("garbage-date.eml")
    assert msg.date == datetime(1970, 1, 1, tzinfo=UTC)
    assert msg.defects == ("unreadable date", "no usable date: using the epoch")


def test_windows_line_endings() -> None:
    msg = _parse("windows-line-endings.eml")
    assert msg.text == "Line one.\nLine two."
    assert msg.html == "<p>Line one.</p><p>Line two.</p>"
    assert msg.sender_name == "Taleo"


def test_attachment_only_mail_has_no_text() -> None:
    msg = _parse("attachment-only.eml")
    assert msg.text == ""
    assert msg.html is None
    assert msg.subject == "Offer letter"
    assert msg.defects == ()


def test_dsn_bounce() -> None:
    msg = _parse("dsn-bounce.eml")
    assert msg.sender_address == "mailer-daemon@mail.example.org"
    assert msg.headers == {"auto-submitted": "auto-replied"}
    assert msg.text.startswith("This is the mail system at host mail.example.org.")
    assert "550 5.1.1 User unknown" in msg.text
    assert "Subject: Application for the Analyst role" in msg.text
    assert "Action: failed" not in msg.text  # the machine-readable report is not prose


def test_bulk_headers() -> None:
    msg = _parse("newsletter-bulk.eml")
    assert msg.headers == {
        "list-id": "Job alerts <alerts.jobboard.example>",
        "list-unsubscribe": "<https://jobboard.example/u/123>, <mailto:unsub@jobboard.example>",
        "precedence": "bulk",
        "x-mailer": "MassMailer 5.1",
        "feedback-id": "123:alerts:jobboard",
    }


def test_nul_bytes() -> None:
    msg = _parse("nul-byte.eml")
    assert msg.subject == "hasnul"
    assert msg.text == "beforeafter"
    assert msg.defects == ("NUL characters removed",)


def test_every_sample_parses() -> None:
    names = sorted(p.name for p in SAMPLES.glob("*.eml"))
    assert len(names) >= 20
    for name in names:
        msg = _parse(name)
        assert msg.message_id.startswith("<"), name
        assert msg.date.tzinfo is not None, name
