"""Property tests: no input makes the mail layer raise anything but MailParseError."""

from __future__ import annotations

from email.header import Header
from email.utils import formataddr

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from applytrack_desktop.core.errors import MailParseError
from applytrack_desktop.mail.headers import decode_header_value
from applytrack_desktop.mail.html_text import html_to_text, sanitize_html
from applytrack_desktop.mail.message import MailMessage
from applytrack_desktop.mail.parse import parse_message

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_HEADER_NAMES = st.sampled_from(
    [
        "From", "To", "Cc", "Subject", "Date", "Message-ID", "References", "In-Reply-To",
        "Reply-To", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition",
        "List-Id", "Received",
    ]
)  # fmt: skip
_TOKENS = st.sampled_from(
    [
        "=?utf-8?B?", "=?utf-8?Q?", "?=", "=?x-unknown?q?=E9?=", "<", ">", "@", ",", ";", '"',
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html", "text/calendar",
        "message/rfc822", "boundary=", "charset=", "base64", "quoted-printable", "=\r\n", "--",
        "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:", "END:VEVENT", "\r\n", "\n", " ", "\t",
        "é", "\x00", "\xff",
    ]
)  # fmt: skip
_TEXT = st.lists(st.one_of(_TOKENS, st.text(max_size=12)), max_size=20).map("".join)


def _check(raw: bytes) -> None:
    try:
        msg = parse_message(raw)
    except MailParseError:
        return
    assert isinstance(msg, MailMessage)
    assert msg.message_id.startswith("<")
    assert msg.message_id.endswith(">")
    assert msg.date.tzinfo is not None
    assert msg.sender_address == msg.sender_address.lower()
    assert msg.size == len(raw)


@SETTINGS
@given(st.binary(max_size=2_000))
def test_arbitrary_bytes(raw: bytes) -> None:
    _check(raw)


@st.composite
def structured(draw: st.DrawFn) -> bytes:
    """Header-shaped lines and MIME-shaped bodies built from mail's own vocabulary."""
    headers = draw(st.lists(st.tuples(_HEADER_NAMES, _TEXT), max_size=10))
    boundary = draw(st.sampled_from(["b", "b1", "==x==", ""]))
    parts = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["text/plain", "text/html", "text/calendar", "message/rfc822"]),
                st.sampled_from(["", "base64", "quoted-printable", "8bit", "x-bogus"]),
                st.sampled_from(["utf-8", "iso-8859-1", "x-unknown", "shift_jis", ""]),
                _TEXT,
            ),
            max_size=4,
        )
    )
    lines = [f"{name}: {value}" for name, value in headers]
    lines.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
    lines.append("")
    for ctype, encoding, charset, body in parts:
        lines += [f"--{boundary}", f"Content-Type: {ctype}; charset={charset}"]
        if encoding:
            lines.append(f"Content-Transfer-Encoding: {encoding}")
        lines += ["", body]
    if draw(st.booleans()):
        lines.append(f"--{boundary}--")
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return newline.join(lines).encode("utf-8", "surrogateescape")


@SETTINGS
@given(structured())
def test_structured_mime(raw: bytes) -> None:
    _check(raw)


_SUBJECTS = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=200
).filter(lambda s: s == s.strip())


@SETTINGS
@given(_SUBJECTS, st.sampled_from(["utf-8", "iso-8859-1", "shift_jis"]))
def test_encoded_subjects_round_trip(subject: str, charset: str) -> None:
    try:
        subject.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    encoded = Header(subject, charset).encode(maxlinelen=76)
    raw = f"From: a@b.c\nSubject: {encoded}\n\nbody\n".encode("ascii")
    assert parse_message(raw).subject == subject


@SETTINGS
@given(st.text(max_size=2_000))
def test_html_to_text_never_raises(markup: str) -> None:
    assert isinstance(html_to_text(markup), str)
    assert isinstance(sanitize_html(markup), str)


@SETTINGS
@given(_TEXT)
def test_decode_header_value_never_raises(value: str) -> None:
    defects: list[str] = []
    assert isinstance(decode_header_value(value, defects), str)
    assert all(isinstance(d, str) for d in defects)


_NAMES = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=40
).filter(lambda s: s == s.strip())
_LOCAL = st.from_regex(r"[a-z0-9][a-z0-9._+-]{0,20}", fullmatch=True)


@SETTINGS
@given(_NAMES, _LOCAL)
def test_sender_round_trips(name: str, local: str) -> None:
    address = f"{local}@example.com"
    header = formataddr((name, address), charset="utf-8")
    msg = parse_message(f"From: {header}\n\nbody\n".encode())
    assert msg.sender_address == address
    assert msg.sender_name == name.strip("'\" ")
