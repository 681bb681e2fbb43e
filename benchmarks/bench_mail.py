"""How fast the mail layer reads messages: parse_message on a realistic mix, and mbox streaming.

Run: ``.venv/bin/python benchmarks/bench_mail.py``. The whole import pipeline must do at least
1,000 messages/s on one core and a 50,000-message mbox in under 60 s; parsing is only part of
that, so these figures show how much of the budget the mail layer uses.
"""

from __future__ import annotations

import base64
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.parser import BytesParser
from email.policy import compat32
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models" / "recipe"))

import corpus_file

from applytrack_desktop.mail.mime import parse_tree
from applytrack_desktop.mail.parse import parse_message
from applytrack_desktop.mail.sources import count_sources, iter_sources

_VOCABULARY = (
    "thank you for applying to the senior data engineer role at acme we reviewed your "
    "application and would like to invite you to a phone screen with our recruiting team "
    "please pick a slot next week unfortunately we decided to move forward with other "
    "candidates newsletter weekly digest jobs for you offer interview schedule"
)
_WORDS = _VOCABULARY.split()


def _words(rng: random.Random, count: int) -> str:
    lines, line = [], []
    for _ in range(count):
        line.append(rng.choice(_WORDS))
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def _headers(rng: random.Random, index: int, ctype: str) -> str:
    date = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=index * 7)
    return (
        f"Return-Path: <bounce-{index}@mail.acme.com>\r\n"
        f"Received: from mx.example.org by mail.example.org; {format_datetime(date)}\r\n"
        f"From: =?utf-8?Q?Acme_Recruiting_=E2=9C=93?= <no-reply-{index % 50}@acme.com>\r\n"
        f"To: Jane Doe <jane@example.org>\r\n"
        f"Subject: =?utf-8?B?WW91ciBhcHBsaWNhdGlvbiDinJM=?= #{index}\r\n"
        f"Date: {format_datetime(date)}\r\n"
        f"Message-ID: <{index}.{rng.randrange(10**9)}@mail.acme.com>\r\n"
        f"List-Unsubscribe: <mailto:unsub-{index}@acme.com>\r\n"
        "MIME-Version: 1.0\r\n"
        f"Content-Type: {ctype}\r\n"
    )


def make_message(rng: random.Random, index: int) -> bytes:
    """One message of the mix: 60% multipart/alternative, 20% HTML newsletter, 20% plain."""
    kind = index % 5
    if kind < 3:
        text = _words(rng, rng.randrange(200, 700))
        html = "".join(f"<p>{line}</p>\r\n" for line in text.split("\n"))
        body = (
            "\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
            f"{text}\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            f"<html><body>{html}</body></html>\r\n--b1--\r\n"
        )
        return (_headers(rng, index, 'multipart/alternative; boundary="b1"') + body).encode()
    if kind == 3:
        rows = "".join(
            f'<tr><td><a href="https://jobs.example.com/{i}">{_words(rng, 8)}</a></td>'
            f'<td style="color:#333">{_words(rng, 20)}</td></tr>\r\n'
            for i in range(rng.randrange(20, 60))
        )
        html = (
            "<html><head><style>td{padding:4px}</style></head><body><table>"
            f"{rows}</table><p>Unsubscribe &amp; manage preferences</p></body></html>"
        )
        return (_headers(rng, index, "text/html; charset=utf-8") + "\r\n" + html).encode()
    text = _words(rng, rng.randrange(80, 300))
    return (_headers(rng, index, "text/plain; charset=utf-8") + "\r\n" + text).encode()


def make_with_attachment(rng: random.Random, index: int, size: int = 1024 * 1024) -> bytes:
    """A short note with a PDF attachment (a CV, an offer letter) of ``size`` bytes."""
    pdf = base64.encodebytes(rng.randbytes(size)).decode("ascii")
    body = (
        "\r\n--m1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{_words(rng, 60)}\r\n--m1\r\n"
        'Content-Type: application/pdf; name="cv.pdf"\r\n'
        'Content-Disposition: attachment; filename="cv.pdf"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{pdf}\r\n--m1--\r\n"
    )
    return (_headers(rng, index, 'multipart/mixed; boundary="m1"') + body).encode()


def _rate(messages: list[bytes], rounds: int = 3) -> float:
    """Messages/s of parse_message, best of ``rounds`` (the machine is shared: noise is slow)."""
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        for raw in messages:
            parse_message(raw)
        best = max(best, len(messages) / (time.perf_counter() - start))
    return best


def bench_parse(count: int = 3_000) -> float:
    rng = random.Random(7)
    messages = [make_message(rng, i) for i in range(count)]
    size = sum(map(len, messages)) / count
    for raw in messages[:200]:
        parse_message(raw)  # warm caches
    rate = _rate(messages)
    print(f"parse_message: {rate:,.0f} msg/s on {count} messages (mean {size / 1024:.1f} KB)")
    for kind, label in ((0, "multipart/alternative"), (3, "HTML newsletter"), (4, "plain")):
        subset = [m for i, m in enumerate(messages) if i % 5 == kind]
        print(f"  {label}: {_rate(subset):,.0f} msg/s")
    with_pdf = [make_with_attachment(rng, i) for i in range(50)]
    print(f"  note + 1 MB PDF attachment: {_rate(with_pdf):,.0f} msg/s")
    return rate


def bench_mbox(count: int = 50_000) -> float:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.mbox"
        with path.open("wb") as out:
            for i in range(count):
                raw = make_message(rng, i).replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ")
                out.write(b"From MAILER-DAEMON Wed Jan  1 10:00:00 2025\n" + raw + b"\n\n")
        mb = path.stat().st_size / (1024 * 1024)
        start = time.perf_counter()
        counted = count_sources([path])
        count_time = time.perf_counter() - start
        start = time.perf_counter()
        seen = sum(1 for _ in iter_sources([path]))
        elapsed = time.perf_counter() - start
        assert seen == counted == count, (seen, counted, count)
        rate = seen / elapsed
        print(
            f"mbox streaming: {rate:,.0f} msg/s ({seen} messages, {mb:.0f} MB, {elapsed:.2f} s); "
            f"count_sources {count_time:.2f} s"
        )
        return rate


def bench_tree(count: int = 2_000) -> None:
    """The MIME tree alone: ours against the stdlib's ``BytesParser(policy=compat32)``."""
    rng = random.Random(5)
    messages = [make_message(rng, i) for i in range(count)]
    stdlib = BytesParser(policy=compat32)
    for label, build in (
        ("stdlib BytesParser(compat32)", stdlib.parsebytes),
        ("mail.mime.parse_tree", lambda raw: parse_tree(raw, [])),
    ):
        best = 0.0
        for _ in range(3):
            start = time.perf_counter()
            for raw in messages:
                build(raw)
            best = max(best, count / (time.perf_counter() - start))
        print(f"MIME tree only, {label}: {best:,.0f} msg/s")


def bench_corpus() -> None:
    """parse_message on the model corpus (realistic job and non-job mail), when present."""
    if not corpus_file.path().exists():
        print("model corpus not found: corpus figure skipped")
        return
    messages = [row["eml"].encode() for row in corpus_file.rows()]
    size = sum(map(len, messages)) / len(messages)
    print(
        f"parse_message on the model corpus: {_rate(messages):,.0f} msg/s "
        f"({len(messages)} messages, mean {size / 1024:.1f} KB)"
    )


def main() -> int:
    bench_parse()
    bench_corpus()
    bench_tree()
    bench_mbox()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
