"""parse_message on generated messages: caps, depth, huge inputs, and the error contract."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest

from applytrack_desktop.core.errors import MailParseError
from applytrack_desktop.mail import parse as parse_module
from applytrack_desktop.mail.limits import (
    MAX_FORWARDED,
    MAX_HTML_CHARS,
    MAX_MIME_DEPTH,
    MAX_RAW_BYTES,
    MAX_RECIPIENTS,
    MAX_SUBJECT_CHARS,
    MAX_TEXT_CHARS,
)
from applytrack_desktop.mail.parse import parse_message, synthesize_message_id

HEAD = b"From: Ann <ann@acme.com>\nSubject: hi\nDate: Mon, 3 Mar 2025 10:00:00 +0000\n"


def nested(depth: int, text: bytes = b"hello deep") -> bytes:
    """A message whose multiparts nest ``depth`` levels below the top one."""
    out = [HEAD, b'Content-Type: multipart/mixed; boundary="b0"\n\n']
    for level in range(depth):
        out.append(b'--b%d\nContent-Type: multipart/mixed; boundary="b%d"\n\n' % (level, level + 1))
    out.append(b"--b%d\nContent-Type: text/plain\n\n%s\n--b%d--\n" % (depth, text, depth))
    out.extend(b"--b%d--\n" % level for level in reversed(range(depth)))
    return b"".join(out)


def test_simple_message() -> None:
    raw = HEAD + b"To: Bob <Bob@Example.org>\nMessage-ID: <x@acme.com>\n\nBody\n"
    msg = parse_message(raw)
    assert msg.message_id == "<x@acme.com>"
    assert msg.subject == "hi"
    assert (msg.sender_name, msg.sender_address) == ("Ann", "ann@acme.com")
    assert msg.recipients == ("bob@example.org",)
    assert msg.date == datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
    assert msg.text == "Body"
    assert msg.html is None
    assert msg.size == len(raw)
    assert not msg.truncated


@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n", b"no header line here\n\nbody"])
def test_unreadable_input_raises_mail_parse_error(raw: bytes) -> None:
    with pytest.raises(MailParseError):
        parse_message(raw)


def test_non_bytes_input_raises_mail_parse_error() -> None:
    with pytest.raises(MailParseError, match="not raw bytes"):
        parse_message("From: a@b.c\n\nx")  # type: ignore[arg-type]


def test_unexpected_failures_are_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*_args: object) -> None:
        raise KeyError("private detail")

    monkeypatch.setattr(parse_module, "collect_parts", explode)
    with pytest.raises(MailParseError) as caught:
        parse_message(HEAD + b"\nbody")
    assert str(caught.value) == "The message could not be read (KeyError)."
    assert isinstance(caught.value.__cause__, KeyError)


def test_nesting_at_the_limit_is_read() -> None:
    msg = parse_message(nested(MAX_MIME_DEPTH - 1))
    assert msg.text == "hello deep"
    assert msg.defects == ("no message id",)


def test_thousand_deep_nesting_keeps_headers_and_skips_inner_parts() -> None:
    msg = parse_message(nested(1_000))
    assert msg.subject == "hi"
    assert msg.text == ""
    assert f"MIME nesting deeper than {MAX_MIME_DEPTH}: inner parts skipped" in msg.defects


def test_deep_branch_does_not_cost_the_shallow_text() -> None:
    deep_branch = nested(1_000).split(b"\n\n", 1)[1]
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="top"\n\n'
        b"--top\nContent-Type: text/plain\n\nshallow text\n"
        b'--top\nContent-Type: multipart/mixed; boundary="b0"\n\n' + deep_branch + b"--top--\n"
    )
    msg = parse_message(raw)
    assert msg.text == "shallow text"
    assert f"MIME nesting deeper than {MAX_MIME_DEPTH}: inner parts skipped" in msg.defects


def test_deep_message_rfc822_chain_does_not_recurse_forever() -> None:
    inner = b"From: z@z.z\nSubject: innermost\n\nbottom\n"
    for _ in range(1_200):
        inner = b"From: y@y.y\nContent-Type: message/rfc822\n\n" + inner
    msg = parse_message(HEAD + b"Content-Type: message/rfc822\n\n" + inner)
    assert msg.sender_address == "ann@acme.com"
    assert any("nesting" in defect for defect in msg.defects)


def test_huge_header_is_capped() -> None:
    subject = b"Interview " * 200_000  # 2 MB
    msg = parse_message(b"From: a@b.c\nSubject: " + subject + b"\n\nbody\n")
    assert len(msg.subject) == MAX_SUBJECT_CHARS
    assert msg.subject.startswith("Interview Interview")
    assert msg.text == "body"


def test_eight_thousand_recipients() -> None:
    to = b", ".join(b'"Person %d" <Person%d@Example.com>' % (i, i) for i in range(8_000))
    msg = parse_message(HEAD + b"To: " + to + b"\nCc: boss@acme.com\n\nbody\n")
    assert len(msg.recipients) == MAX_RECIPIENTS
    assert msg.recipients[:2] == ("person0@example.com", "person1@example.com")
    assert msg.text == "body"


def test_thirty_megabyte_body_is_truncated() -> None:
    line = b"x" * 76 + b"\n"
    raw = HEAD + b"Message-ID: <big@acme.com>\n\n" + line * (30 * 1024 * 1024 // len(line))
    msg = parse_message(raw)
    assert msg.truncated
    assert msg.size == len(raw)
    assert len(msg.text) == MAX_TEXT_CHARS
    assert msg.message_id == "<big@acme.com>"
    assert f"larger than {MAX_RAW_BYTES // (1024 * 1024)} MB: only its start was read" in (
        msg.defects
    )


def test_text_and_html_caps() -> None:
    html = b"<p>" + b"a" * (MAX_HTML_CHARS + 10) + b"</p>"
    raw = (
        HEAD + b'Content-Type: multipart/alternative; boundary="z"\n\n'
        b"--z\nContent-Type: text/plain\n\n" + b"t" * (MAX_TEXT_CHARS + 10) + b"\n"
        b"--z\nContent-Type: text/html\n\n" + html + b"\n--z--\n"
    )
    msg = parse_message(raw)
    assert msg.truncated
    assert msg.text == "t" * MAX_TEXT_CHARS
    assert msg.html is not None
    assert len(msg.html) == MAX_HTML_CHARS


def test_base64_text_is_decoded_before_the_cap() -> None:
    body = base64.encodebytes(("é" * (MAX_TEXT_CHARS + 5)).encode())
    raw = HEAD + b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    msg = parse_message(raw + body)
    assert msg.text == "é" * MAX_TEXT_CHARS
    assert msg.truncated
    assert msg.defects == ("no message id",)


def test_inline_text_parts_are_joined_and_attachments_skipped() -> None:
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="m"\n\n'
        b"--m\nContent-Type: text/plain\n\nfirst half\n"
        b'--m\nContent-Type: image/png\nContent-Disposition: inline; filename="a.png"\n\nPNG\n'
        b"--m\nContent-Type: text/plain\n\nsecond half\n"
        b'--m\nContent-Type: text/plain\nContent-Disposition: attachment; filename="cv.txt"\n\n'
        b"resume text\n--m--\n"
    )
    assert parse_message(raw).text == "first half\nsecond half"


def test_stub_plain_part_gives_way_to_real_html() -> None:
    html = b"<p>" + b"Thank you for applying to the Staff Engineer role at Acme. " * 5 + b"</p>"
    raw = HEAD + (
        b'Content-Type: multipart/alternative; boundary="a"\n\n'
        b"--a\nContent-Type: text/plain\n\nView this email in your browser.\n"
        b"--a\nContent-Type: text/html\n\n" + html + b"\n--a--\n"
    )
    msg = parse_message(raw)
    assert msg.text.startswith("Thank you for applying to the Staff Engineer role at Acme.")


def test_forwarded_messages_are_capped() -> None:
    parts = b"".join(
        b"--f\nContent-Type: message/rfc822\n\nFrom: s%d@x.com\nSubject: fw %d\n\nbody %d\n"
        % (i, i, i)
        for i in range(MAX_FORWARDED + 3)
    )
    raw = HEAD + b'Content-Type: multipart/mixed; boundary="f"\n\n' + parts + b"--f--\n"
    msg = parse_message(raw)
    assert msg.text.count("---------- Forwarded message ----------") == MAX_FORWARDED
    assert "body 0" in msg.text
    assert f"body {MAX_FORWARDED}" not in msg.text


def test_synthesized_id_is_stable_and_distinct() -> None:
    one = synthesize_message_id(b"From: a@b.c\n\none")
    assert one == synthesize_message_id(b"From: a@b.c\r\n\r\none")
    assert one != synthesize_message_id(b"From: a@b.c\n\ntwo")


def test_mbox_from_line_at_the_top_is_not_a_header() -> None:
    msg = parse_message(b"From ann@acme.com Mon Mar  3 10:00:00 2025\n" + HEAD + b"\nbody\n")
    assert msg.sender_address == "ann@acme.com"
    assert msg.text == "body"


def test_reply_and_thread_headers() -> None:
    raw = HEAD + (
        b"Reply-To: Recruiting <Jobs@Acme.com>\nIn-Reply-To: <a@x> <b@x>\n"
        b"References: <root@x>\n <a@x>\n\nbody\n"
    )
    msg = parse_message(raw)
    assert msg.reply_to == "jobs@acme.com"
    assert msg.in_reply_to == "<a@x>"
    assert msg.references == ("<root@x>", "<a@x>")


@pytest.mark.parametrize(
    "content_type", [b"multipart/mixed", b"multipart/mixed; boundary=never-used"]
)
def test_multipart_without_usable_boundary_keeps_its_text(content_type: bytes) -> None:
    msg = parse_message(HEAD + b"Content-Type: " + content_type + b"\n\nthe only text\n")
    assert msg.text == "the only text"
    assert "multipart without usable boundary" in msg.defects


def test_part_cap_stops_the_walk() -> None:
    parts = b"".join(b"--p\nContent-Type: text/plain\n\npart %d\n" % i for i in range(600))
    raw = HEAD + b'Content-Type: multipart/mixed; boundary="p"\n\n' + parts + b"--p--\n"
    msg = parse_message(raw)
    assert msg.text.startswith("part 0\npart 1\n")
    assert "part 598" not in msg.text
    assert any(defect.startswith("more than") for defect in msg.defects)


def test_header_count_cap() -> None:
    many = b"".join(b"X-Filler-%d: x\n" % i for i in range(1_500))
    msg = parse_message(many + HEAD + b"\nbody\n")
    assert "more than 1000 header fields" in msg.defects
    assert msg.subject == ""  # it came after the cap
    assert msg.text == "body"


@pytest.mark.parametrize("junk", [b"\n\n", b"\r\n", b"HTTP/1.1 200 OK\n", b">From x Mon\n"])
def test_junk_before_the_headers_is_skipped(junk: bytes) -> None:
    msg = parse_message(junk + HEAD + b"\nbody\n")
    assert msg.subject == "hi"
    assert msg.text == "body"
    assert "junk before the headers" in msg.defects


def test_broken_charset_parameter_on_a_leaf_part() -> None:
    raw = HEAD + b"Content-Type: text/plain; charset=utf-\x008\n\n\xc3\xa9t\xc3\xa9\n"
    msg = parse_message(raw)
    assert msg.text == "été"
    assert any(defect.startswith("unknown charset") for defect in msg.defects)


def test_message_global_forward_with_utf8_headers() -> None:
    inner = "From: Zoë <zoe@acme.com>\nSubject: Entretien prévu\n\nÀ demain.\n".encode()
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="g"\n\n--g\nContent-Type: text/plain\n\nFYI\n'
        b"--g\nContent-Type: message/global\n\n" + inner + b"--g--\n"
    )
    msg = parse_message(raw)
    assert msg.text == (
        "FYI\n\n---------- Forwarded message ----------\n"
        "From: Zoë <zoe@acme.com>\nSubject: Entretien prévu\n\nÀ demain."
    )
