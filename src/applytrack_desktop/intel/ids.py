"""Requisition and posting identifiers: the surest way to tie an email to an application.

Two mails about one role rarely share wording, but they often share an id: a Workday
requisition (``R-12345``, ``JR123456``), a labelled "Job ID: 12345", or the posting id in a
Greenhouse, Lever, Ashby, SmartRecruiters, Workable, iCIMS or Workday link. Ids are
normalized (upper case, separators dropped; UUIDs lower case) so "R-12345" in the text and
"..._R12345" in a link compare equal.
"""

from __future__ import annotations

import re
from typing import Final

from applytrack_desktop.intel.text import line_spans

_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"

_LABELLED: Final = re.compile(
    r"\b(?:Req(?:uisition)?|Job|Posting|Position|Vacancy|Opening|Ref(?:erence)?|Stellen|Offre|"
    r"Referencia|Vacante)[ \t]*(?:(?:ID|Number|No\.?|Nr\.?|Code|Ref)[ \t]*[:#]{0,2}|[:#]{1,2})"
    r"[ \t]*#?[ \t]*"
    r"(?P<id>[A-Z0-9][A-Z0-9_-]{1,24})\b",
    re.IGNORECASE,
)
_PREFIXED: Final = re.compile(r"\b(?P<id>(?:R|JR|REQ|JOB)-?\d{4,9})(?![\w-])")
_LINKS: Final = re.compile(
    r"greenhouse\.io/[\w.-]+/jobs/(?P<gh>\d{5,12})"
    r"|[?&]gh_jid=(?P<ghj>\d{5,12})"
    rf"|lever\.co/[\w.%-]+/(?P<lever>{_UUID})"
    rf"|ashbyhq\.com/[\w.%-]+/(?P<ashby>{_UUID})"
    r"|myworkdayjobs\.com/\S*?_(?P<wd>(?:R|JR|REQ)?-?\d{4,9})(?:[/?#\s\"'<>)-]|$)"
    r"|smartrecruiters\.com/[\w.-]+/(?P<sr>\d{6,16})"
    r"|workable\.com/(?:[\w.-]+/)?j/(?P<wk>[A-Fa-f0-9]{6,12})"
    r"|icims\.com/jobs/(?P<icims>\d{3,9})"
    r"|jobvite\.com/[\w.-]+/job/(?P<jv>o\w{7,9})",
)
_LINK_HINTS: Final = (
    "greenhouse", "gh_jid", "lever.co", "ashbyhq", "myworkdayjobs", "smartrecruiters",
    "workable", "icims", "jobvite",
)  # fmt: skip
# Cheap tests that gate the regexes: a label word, and a four-digit run for prefixed ids.
_LABEL_HINTS: Final = (
    "req", "job", "posting", "position", "vacanc", "opening", "ref", "stellen", "offre", "vacante",
)  # fmt: skip
_DIGITS4: Final = re.compile(r"\d\d{3}")  # "\d{4}", led by one digit: the search skips to digits
_DIGIT: Final = re.compile(r"\d")
_UUID_RE: Final = re.compile(_UUID)
_NOT_ALNUM: Final = re.compile(r"[^A-Z0-9]")
MAX_HTML_SCAN = 100_000


def normalize_id(raw: str) -> str:
    """``R-12345`` -> ``R12345``; UUIDs lower case with their dashes."""
    raw = raw.strip()
    if _UUID_RE.fullmatch(raw):
        return raw.lower()
    return _NOT_ALNUM.sub("", raw.upper())


def _add(found: list[str], raw: str) -> None:
    value = normalize_id(raw)
    if len(value) >= 3 and any(ch.isdigit() for ch in value) and value not in found:
        found.append(value)


def extract_ids(subject: str, body: str, html: str | None = None) -> tuple[str, ...]:
    """Requisition / posting ids in the subject, body and links, first seen first."""
    found: list[str] = []
    for text in (subject, body):
        if not _DIGIT.search(text):
            continue
        low = text.lower()
        if any(hint in low for hint in _LABEL_HINTS):
            # A labelled id never spans lines, and its label holds a hint: only the lines
            # with one are searched (the case-insensitive search tries a dozen labels at
            # every word). Other than ASCII text, where lower-casing may not show every label
            # the pattern reads ("ſ" for "s"), is searched whole.
            spans = line_spans(low, text, _LABEL_HINTS) if text.isascii() else [(0, len(text))]
            for start, end in spans:
                for match in _LABELLED.finditer(text, start, end):
                    _add(found, match.group("id"))
        if _DIGITS4.search(text):
            for match in _PREFIXED.finditer(text):
                _add(found, match.group("id"))
    sources = [body]
    if html and any(hint in html for hint in _LINK_HINTS):
        sources.append(html[:MAX_HTML_SCAN])
    for text in sources:
        if not any(hint in text for hint in _LINK_HINTS):
            continue
        for match in _LINKS.finditer(text):
            value = next(v for v in match.groups() if v)
            _add(found, value)
    return tuple(found)
