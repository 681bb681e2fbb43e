"""A UTF-8 message in Japanese, Chinese or Korean as raw bytes: the CJK gloss and cue tests'
shared fixture (both built the same message by hand)."""

from __future__ import annotations


def cjk_mail(subject: str, body: str) -> bytes:
    return (
        f"From: Saiyo <saiyo@corp.example>\nSubject: {subject}\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{body}\n"
    ).encode()
