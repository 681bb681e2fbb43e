"""Dress a template ``Draft`` as a real message and write it as RFC 5322 text.

What is added here is what every kind of mail carries regardless of its meaning: greeting,
sign-off, footer, tracking links, quoted earlier messages, typos, HTML wrappers, bulk-mail
headers and calendar invites. Keeping it apart from the templates means every family gets
all of the variety.
"""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default

import kit

# A sentence's closing punctuation is not part of its link (as mail clients linkify).
_URL = re.compile(r"https?://\S+?(?=[.,;:!?)\]]*(?:\s|$))")

_WRAPPERS = (
    (
        '<html><body style="font-family:Arial,sans-serif;color:#333">'
        '<div style="display:none;max-height:0">{pre}</div>'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table width="600"><tr><td style="padding:24px">{body}</td></tr></table>'
        "</td></tr></table></body></html>"
    ),
    '<html><head><meta charset="utf-8"></head><body><div dir="ltr">{body}</div></body></html>',
    (
        "<!DOCTYPE html><html><head><style>p{{margin:0 0 12px}}</style></head><body>"
        '<div class="container"><div class="content">{body}</div></div></body></html>'
    ),
    '<div style="font-size:14px">{body}</div>',
)


def _html_body(text: str) -> str:
    paragraphs = []
    for block in text.split("\n\n"):
        escaped = html.escape(block)
        escaped = _URL.sub(
            lambda m: f'<a href="{m.group(0)}">{_link_text(m.group(0))}</a>', escaped
        )
        paragraphs.append("<p>" + escaped.replace("\n", "<br>") + "</p>")
    return "\n".join(paragraphs)


def _link_text(url: str) -> str:
    return "Click here" if len(url) > 60 else url


def assemble(ctx: kit.Ctx, d: kit.Draft) -> str:
    """The readable text: greeting, body, sign-off, footer, quoted message."""
    parts: list[str] = []
    if d.greet and ctx.chance(0.88):
        greetings = kit.GREETINGS if ctx.job_mail else kit.EVERYDAY_GREETINGS
        parts.append(ctx.fill(ctx.pick(greetings)))
    parts.append(d.body.strip())
    sign = d.sign
    if sign is None:
        sign = kit.sign_team(ctx) if ctx.chance(0.5) else kit.sign_person(ctx)
    if sign:
        parts.append(sign)
    if d.footer:
        parts.append(d.footer)
    text = "\n\n".join(p for p in parts if p)
    if ctx.chance(0.2):
        text = kit.typos(ctx, text, 0.04)
    if d.quote:
        when = (ctx.date - timedelta(days=ctx.num(1, 9))).strftime("%a, %b %d, %Y at %I:%M %p")
        quoted = "\n".join("> " + line for line in d.quote.strip().splitlines())
        text += f"\n\nOn {when} {ctx.cand_first} {ctx.cand_last} <{ctx.cand_addr}> wrote:\n{quoted}"
    return text


def _ics(ctx: kit.Ctx, d: kit.Draft) -> str:
    cal = d.calendar
    assert cal is not None
    end = cal.start + timedelta(minutes=cal.minutes)
    organizer = cal.organizer or d.from_addr
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:"
        + ctx.pick(
            [
                "-//Google Inc//Google Calendar 70.9054//EN",
                "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                "-//GoodTime//Scheduler//EN",
                "-//Apple Inc.//iCal 5.0//EN",
            ]
        ),
        "VERSION:2.0",
        f"METHOD:{cal.method}",
        "BEGIN:VEVENT",
        f"DTSTART:{cal.start:%Y%m%dT%H%M%SZ}",
        f"DTEND:{end:%Y%m%dT%H%M%SZ}",
        f"DTSTAMP:{ctx.date:%Y%m%dT%H%M%SZ}",
        f"ORGANIZER;CN={ctx.person}:mailto:{organizer}",
        f"UID:{ctx.num(10**8, 10**9)}-{ctx.num(1000, 9999)}@{d.from_addr.split('@')[1]}",
        f"ATTENDEE;CN={ctx.cand_first} {ctx.cand_last};RSVP=TRUE:mailto:{ctx.cand_addr}",
        f"SUMMARY:{cal.summary}",
    ]
    if cal.location:
        lines.append(f"LOCATION:{cal.location}")
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def _mailbox_local_part(addr: str) -> str:
    """``jürgen93@gmail.com`` -> ``jurgen93@gmail.com``: an address a mail provider accepts.

    A family that builds an address from a person's name (``name.lower()``) gets a non-ASCII
    local part for 'Jürgen', which the email package refuses; providers fold accents away.
    ASCII addresses are returned as they are, so the corpus does not change.
    """
    local, at, domain = addr.partition("@")
    if local.isascii():
        return addr
    folded = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
    return folded + at + domain


def render(ctx: kit.Ctx, d: kit.Draft) -> str:
    text = assemble(ctx, d)
    form = d.form or ctx.pick(["plain", "plain", "alt", "alt", "alt", "html"])
    msg = EmailMessage()
    from_addr = _mailbox_local_part(d.from_addr)
    msg["From"] = Address(d.from_name, addr_spec=from_addr) if d.from_name else from_addr
    to_name = f"{ctx.cand_first} {ctx.cand_last}"
    msg["To"] = Address(to_name, addr_spec=ctx.cand_addr) if ctx.chance(0.6) else ctx.cand_addr
    subject = d.subject
    if d.quote and not subject.lower().startswith("re:"):
        subject = "Re: " + subject
    msg["Subject"] = subject
    msg["Date"] = ctx.date.strftime("%a, %d %b %Y %H:%M:%S +0000")
    host = d.from_addr.split("@")[1]
    msg["Message-ID"] = f"<{ctx.num(10**11, 10**12)}.{ctx.num(1000, 9999)}@{host}>"
    if d.reply_to:
        msg["Reply-To"] = d.reply_to
    if d.quote:
        msg["In-Reply-To"] = f"<{ctx.num(10**9, 10**10)}@mail.gmail.com>"
    if d.bulk:
        msg["List-Unsubscribe"] = f"<{ctx.url(host, 'unsubscribe')}>"
        if ctx.chance(0.5):
            msg["Precedence"] = "bulk"
    for name, value in d.headers.items():
        msg[name] = value
    body_html = ctx.pick(_WRAPPERS).format(pre=html.escape(text[:90]), body=_html_body(text))
    if form == "html":
        msg.set_content(body_html, subtype="html")
    else:
        msg.set_content(text)
        if form == "alt":
            msg.add_alternative(body_html, subtype="html")
    if d.calendar is not None:
        ics = _ics(ctx, d)
        if msg.get_content_type() == "multipart/alternative" and ctx.chance(0.6):
            msg.add_alternative(ics, subtype="calendar", params={"method": d.calendar.method})
        else:
            msg.add_attachment(
                ics,
                subtype="calendar",
                filename="invite.ics",
                params={"method": d.calendar.method},
            )
    for part in msg.walk():  # fixed boundaries keep the corpus byte-for-byte reproducible
        if part.is_multipart():
            part.set_boundary(f"=_b{ctx.num(10**9, 10**10)}")
    return msg.as_string(policy=default.clone(linesep="\n", max_line_length=998))
