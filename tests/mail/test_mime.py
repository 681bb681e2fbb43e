"""The fast MIME splitter builds the same compat32 tree as the stdlib parser."""

from __future__ import annotations

from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from pathlib import Path

import pytest

from applytrack_desktop.mail.limits import MAX_MIME_DEPTH
from applytrack_desktop.mail.mime import (
    boundary_of,
    content_charset,
    content_type,
    parse_tree,
    split_parts,
)
from tests.models.recipe import import_recipe

SAMPLES = Path(__file__).parent / "samples"
_STDLIB = BytesParser(policy=compat32)


def _shape(msg: Message) -> list[object]:
    """Everything our readers look at: headers as stored, types, payload strings, in order."""
    out: list[object] = [msg.get_unixfrom(), list(msg.raw_items()), msg.get_content_type()]
    payload = msg.get_payload()
    if isinstance(payload, list):
        for child in payload:
            out.append(_shape(child))
    else:
        out.append(payload)
    return out


@pytest.mark.parametrize(
    "name",
    # The DSN's message/delivery-status part is the one the stdlib reads as header blocks;
    # we keep it as text (and skip it: it is not prose).
    sorted(p.name for p in SAMPLES.glob("*.eml") if p.name != "dsn-bounce.eml"),
)
def test_same_tree_as_the_stdlib_parser(name: str) -> None:
    raw = (SAMPLES / name).read_bytes()
    assert _shape(parse_tree(raw, [])) == _shape(_STDLIB.parsebytes(raw))


def test_crlf_variant_matches_too() -> None:
    raw = (SAMPLES / "google-invite.eml").read_bytes().replace(b"\n", b"\r\n")
    assert _shape(parse_tree(raw, [])) == _shape(_STDLIB.parsebytes(raw))


def test_split_parts_rules() -> None:
    body = (
        b"preamble\n--b\nContent-Type: text/plain\n\none\n--b  \n\ntwo\n"
        b"--bb\nnot a delimiter\n--b--\nepilogue\n"
    )
    assert split_parts(body, b"b") == [
        b"Content-Type: text/plain\n\none",
        b"\ntwo\n--bb\nnot a delimiter",
    ]


def test_split_parts_without_closing_delimiter_or_any_delimiter() -> None:
    assert split_parts(b"--b\r\n\r\nlast\r\n", b"b") == [b"\r\nlast"]
    assert split_parts(b"no delimiter here --b in a line\n", b"b") is None


def test_headers_folding_unixfrom_and_body_start() -> None:
    raw = b"From x Mon Mar  3 10:00:00 2025\nSubject: a\n  folded\nX-Empty:\nnot a header\nbody\n"
    msg = parse_tree(raw, [])
    assert msg.get_unixfrom() == "From x Mon Mar  3 10:00:00 2025"
    assert list(msg.raw_items()) == [("Subject", "a\n  folded"), ("X-Empty", "")]
    assert msg.get_payload() == "not a header\nbody\n"


def test_digest_parts_default_to_messages() -> None:
    raw = (
        b'Content-Type: multipart/digest; boundary="d"\n\n'
        b"--d\n\nSubject: inner\n\ninner body\n--d--\n"
    )
    (part,) = parse_tree(raw, []).get_payload()
    assert part.get_content_type() == "message/rfc822"
    (inner,) = part.get_payload()
    assert inner["Subject"] == "inner"
    assert inner.get_payload() == "inner body"


def test_depth_cap_is_reported_once() -> None:
    raw = (
        b"".join(b"Content-Type: message/rfc822\n\n" for _ in range(MAX_MIME_DEPTH * 3))
        + b"Subject: bottom\n\nx\n"
    )
    defects: list[str] = []
    parse_tree(raw, defects)
    assert defects == [f"MIME nesting deeper than {MAX_MIME_DEPTH}: inner parts skipped"]


def test_header_quirks_match_the_stdlib() -> None:
    raw = (
        b"\tstray continuation\nSubject: one\r\n  two\nFrom misplaced envelope\n"
        b": no name\nX-A:b\nTo:\n\tjane@example.org\n\nbody\n"
    )
    assert _shape(parse_tree(raw, [])) == _shape(_STDLIB.parsebytes(raw))


CORPUS = import_recipe("corpus_file")


@pytest.mark.skipif(not CORPUS.path().exists(), reason="the model corpus is not in this checkout")
def test_same_tree_on_the_model_corpus() -> None:
    raws = [row["eml"].encode() for row in CORPUS.rows()[::8]]
    assert len(raws) > 100
    for raw in raws:
        for variant in (raw, raw.replace(b"\n", b"\r\n")):
            assert _shape(parse_tree(variant, [])) == _shape(_STDLIB.parsebytes(variant))


@pytest.mark.parametrize(
    "header",
    [
        'text/plain; charset="UTF-8"',
        "text/html;\n\tcharset=ISO-8859-1; format=flowed",
        "text/plain; charset*=utf-8''%75%74%66%2D%38",
        "TEXT/PLAIN; CHARSET=Windows-1252",
        "text; charset=utf-8",  # no subtype: the stdlib says text/plain
        "text/plain; charset=\udcc3\udca9",  # 8-bit bytes: not an ASCII charset name
        "multipart/alternative; boundary=x; charset=" + "x" * 400,  # too long to memoize
    ],
)
def test_memoized_type_and_charset_match_the_stdlib(header: str) -> None:
    msg = Message(policy=compat32)
    msg.set_raw("Content-Type", header)
    for _ in range(2):  # the second call is answered from the memo
        assert content_type(msg) == msg.get_content_type()
        assert content_charset(msg) == msg.get_content_charset()


def test_memoized_type_without_header_uses_the_default_type() -> None:
    msg = Message(policy=compat32)
    msg.set_raw("Content-Type", "text/plain")  # memoize an entry first
    assert content_type(msg) == "text/plain"
    digest_child = Message(policy=compat32)
    digest_child.set_default_type("message/rfc822")
    assert content_type(digest_child) == "message/rfc822"
    assert content_charset(digest_child) is None


@pytest.mark.parametrize(
    "header",
    [
        'multipart/alternative; boundary="----=_Part_0_1.2"',
        "multipart/mixed;\n\tboundary=b1_abc",
        'multipart/related; type="text/html"; boundary="x"',  # other quotes: the stdlib reads
        'multipart/alternative; BOUNDARY = "spaced " ; x=y',
        'multipart/mixed; boundary="<angled>"',  # unquoted once more by the stdlib
        'multipart/mixed; name="a; boundary=hidden"',  # inside another value: no boundary
        "multipart/mixed; boundary*=utf-8''%41%42",  # RFC 2231
        'multipart/mixed; boundary=""',
        "multipart/mixed; boundary=a b",
        "multipart/mixed; boundary=\udcc3\udca9",  # 8-bit bytes
        "multipart/mixed",
    ],
)
def test_boundary_matches_the_stdlib(header: str) -> None:
    msg = Message(policy=compat32)
    msg.set_raw("Content-Type", header)
    assert boundary_of(msg) == msg.get_boundary()
