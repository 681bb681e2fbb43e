"""Writes ``demo.mbox``: the demo mailbox behind ``applytrack --demo`` and the screenshots.

About 60 messages of our own writing telling 12 application stories in every category,
plus the mail a real inbox mixes in (job alerts, newsletters, loan "applications",
marketing offers, developer-tool notices, a friend's invite). Dates are fixed here; the demo
loader shifts them so the newest message is a couple of hours old when you open the demo.

Run: ``python resources/demo/make_demo_mailbox.py`` (rewrites demo.mbox next to this file).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from demo_stories import MAILS, Mail

START = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
ME = "Jordan Lee <jordan.lee@example.net>"


def _message(mail: Mail, index: int, threads: dict[str, str]) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = mail.sender
    msg["To"] = ME
    msg["Subject"] = mail.subject
    msg["Date"] = format_datetime(START + timedelta(days=mail.day))
    domain = mail.sender.rsplit("@", 1)[1].rstrip(">")
    digest = hashlib.sha256(f"{index}{mail.subject}".encode()).hexdigest()[:16]
    msg_id = f"<demo-{digest}@{domain}>"
    msg["Message-ID"] = msg_id
    if mail.thread:
        if mail.thread in threads:
            msg["In-Reply-To"] = threads[mail.thread]
            msg["References"] = threads[mail.thread]
        else:
            threads[mail.thread] = msg_id
    for name, value in mail.headers:
        msg[name] = value
    if mail.html:
        paragraphs = "".join(f"<p>{p}</p>" for p in mail.body.split("\n\n"))
        msg.set_content(f"<html><body>{paragraphs}</body></html>", subtype="html")
    else:
        msg.set_content(mail.body)
    if mail.invite is not None:
        summary, day, minutes = mail.invite
        # Meetings start on the hour, in working hours: the fraction of the day picks the hour.
        start = START + timedelta(days=int(day), hours=round((day % 1) * 8))
        end = start + timedelta(minutes=minutes)
        stamp = "%Y%m%dT%H%M%SZ"
        ics = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ApplyTrack demo//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"UID:{digest}@applytrack.demo\r\nDTSTAMP:{START.strftime(stamp)}\r\n"
            f"DTSTART:{start.strftime(stamp)}\r\nDTEND:{end.strftime(stamp)}\r\n"
            f"SUMMARY:{summary}\r\nORGANIZER:mailto:{domain and mail.sender.split('<')[1][:-1]}"
            "\r\nLOCATION:https://meet.example.com/abc-defg-hij\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    return msg


def build(out: Path) -> int:
    threads: dict[str, str] = {}
    chunks = []
    for index, mail in enumerate(sorted(MAILS, key=lambda m: m.day)):
        msg = _message(mail, index, threads)
        body = msg.as_bytes().replace(b"\r\n", b"\n")
        body = b"\n".join(
            b">" + line if line.startswith(b"From ") else line for line in body.split(b"\n")
        )
        chunks.append(
            b"From demo@applytrack " + format_datetime(START).encode() + b"\n" + body + b"\n"
        )
    out.write_bytes(b"\n".join(chunks))
    return len(chunks)


if __name__ == "__main__":
    target = Path(__file__).with_name("demo.mbox")
    print(f"wrote {build(target)} messages to {target}")
