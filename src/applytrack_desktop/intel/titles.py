"""Which role an email is about: the job title, trimmed of ids, locations and the company.

Titles sit in a few predictable places: labelled lines ("Job Title: ..."), the subject
("Application for Senior Data Engineer", "Req #123 - Data Engineer", "Data Engineer at Acme")
and stock body phrases ("the Data Engineer position", "au poste de ...", "Bewerbung als ...").
A phrase found by a loose pattern must hold a job noun ("engineer", "manager", "Entwickler")
so that "Thank you for applying to Acme" never yields the title "Acme".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from applytrack_desktop.intel.cjk import has_cjk
from applytrack_desktop.intel.text import KeywordGate, Prepared, line_spans, start_of_any
from applytrack_desktop.intel.title_cards import card_title
from applytrack_desktop.intel.title_cjk import cjk_title
from applytrack_desktop.intel.title_clean import (
    clean_title,
    has_job_noun,
    has_strong_noun,
    mentions_a_role,
    plausible,
)
from applytrack_desktop.intel.title_frames import frame_title
from applytrack_desktop.intel.title_patterns import BODY_PATTERNS, SUBJECT_PATTERNS, LazyPattern
from applytrack_desktop.intel.title_tail import lowercase_tail, spelled_out
from applytrack_desktop.intel.title_words import SUBJECT_ROLES

__all__ = ["clean_title", "extract_title", "has_job_noun"]

# (Not a dash between numbers: a Swiss title's workload, "QA Specialist (80–100 %)".)
_SUBJECT_SEPARATORS = re.compile(r"[ \t]*[|:][ \t]*|[ \t]*(?<!\d)[–—](?!\d)[ \t]*|[ \t]+[-/][ \t]+")
# A workload the title found stops before: "GMP Compliance Specialist 100" of "... 100%".
_PERCENT_AFTER = re.compile(r"[ \t]?%")
_TITLE_START = re.compile(r"[A-Z0-9ÀÁÂÄÇÉÈÊÎÏÑÓÔÖÚÜ]|[a-z][A-Z]")
# "Chef de projet digital": after "de" a Romance title goes on in lower case.
_ROMANCE_OF = re.compile(r"[ \t](?:de|d'|d’|des|du|di|da|del|della|do|dos)[ \t]")
# A US state after the phrase: its last comma part was a city ("QA Engineer, Atlanta, GA").
_STATE_AFTER = re.compile(r",[ \t]*[A-Z]{2}\b")
_KIND_TAIL = re.compile(
    r"[ \t]+(?:contracts|jobs|roles|positions|openings|opportunities|vacancies)$"
)
# A subject that announces a job search's matches ("New jobs for you: iOS Engineer",
# "Varsel: Lagermedarbeider", "Alerte offres: ...") names roles one might apply for, not
# one applied for: its parts are not taken as the title.
_ALERT = re.compile(
    r"\b(?:jobs|job alert|job ?agent|jobalert|alerte|alert|varsel|bevakning|stellenangebote|"
    r"vacatures|ofertas de empleo|offres d'emploi|matches)\b",
    re.IGNORECASE,
)
_CONNECTORS = frozenset({"of", "and", "for", "de", "des", "du", "en", "la", "le", "für", "und"})
# Roles named with their field after "in": "Lecturer in Economics", "Postdoctoral Researcher
# in Arctic Hydrology" (after other roles "in" names a place).
_FIELD_ROLES: Final = frozenset(SUBJECT_ROLES)


@dataclass(frozen=True, slots=True)
class _Candidate:
    title: str
    weight: int


def _matches(
    pattern: LazyPattern,
    text: str,
    low: str,
    keywords: tuple[str, ...],
    lead: bool,
    found: frozenset[str],
) -> Iterator[re.Match[str]]:
    """Matches in reading order, run only where the keywords occur (see ``companies.scan``);
    ``extract_title`` runs a row only when one of its keywords was found."""
    if not keywords:
        yield from pattern.finditer(text)
    elif lead:
        start = start_of_any(low, text, keywords)
        if start >= 0:
            yield from pattern.finditer(text, start)
    else:
        for start, end in line_spans(low, text, keywords, found):
            yield from pattern.finditer(text, start, end)


def _subject_parts(subject: str, company: str | None) -> _Candidate | None:
    """A part of a subject cut at separators that is a title on its own ("Acme - Data Engineer")."""
    if _ALERT.search(subject):
        return None
    for part in _SUBJECT_SEPARATORS.split(subject):
        if part.endswith("s"):  # "Travel ICU RN contracts - up to $2,800/wk"
            part = _KIND_TAIL.sub("", part)
        words = _ROMANCE_OF.split(part, 1)[0].split()
        if not has_job_noun(part) or any(
            w.islower()
            and w not in _CONNECTORS
            and not w.startswith("(")
            and not (w == "in" and at > 0 and words[at - 1] in _FIELD_ROLES)
            for at, w in enumerate(words)
        ):
            continue  # "Spannende Position als ..." is a sentence, not a title
        title = clean_title(part, company)
        if (
            title
            and has_strong_noun(title)
            and plausible(title, company)
            and _TITLE_START.match(title)
        ):
            return _Candidate(title, 90)
    return None


def _card(body: str, company: str | None) -> _Candidate | None:
    title = card_title(body, company)
    return _Candidate(title, _CARD_WEIGHT + 20) if title else None


# Every pattern once, strongest first, so the search stops as soon as nothing left can win.
# ``None`` stands for the subject-parts check (``True``) or the job-card check (``False``);
# ``True`` marks subject patterns.
_CARD_WEIGHT = 80
_ORDER: Final = sorted(
    [(row[1], True, row) for row in SUBJECT_PATTERNS]
    + [(70, True, None)]
    + [(_CARD_WEIGHT, False, None)]
    + [(row[1], False, row) for row in BODY_PATTERNS],
    key=lambda item: -item[0],
)


_SUBJECT_GATE: Final = KeywordGate(row[3] for row in SUBJECT_PATTERNS)
_BODY_GATE: Final = KeywordGate(row[3] for row in BODY_PATTERNS)


def _without_preview(prepared: Prepared) -> Prepared:
    """The body without a leading preview block that the text then repeats in full.

    HTML mail often opens with a hidden preheader, the first line or two of the message cut
    at some length ("... your application for Customer Support Spe"); a title read there is
    cut too, so the patterns read the full text after it.
    """
    first, blank, rest = prepared.body.partition("\n\n")
    if not blank or len(first) < 30 or not rest.lstrip().startswith(first.split(None, 1)[0]):
        return prepared  # most bodies: the first words differ, nothing to compare
    head = " ".join(first.split()).rstrip("…. ")
    if not " ".join(rest[: len(first) + 80].split()).startswith(head):
        return prepared
    return Prepared(prepared.subject, rest)


def _rows_by_keyword(in_subject: bool) -> dict[str, int]:
    """Keyword -> a bit mask of the rows (positions in ``_ORDER``) it wakes up."""
    masks: dict[str, int] = {}
    for index, (_, subject_row, row) in enumerate(_ORDER):
        if row is not None and subject_row == in_subject:
            for keyword in row[3]:
                masks[keyword] = masks.get(keyword, 0) | 1 << index
    return masks


# Which rows a found keyword wakes up, and the rows that always run (no keywords; the
# subject-parts and job-card checks), as bit masks: a message's rows are an OR of a few
# integers instead of testing all ~70 rows' keywords in turn.
_SUBJECT_ROWS: Final = _rows_by_keyword(True)
_BODY_ROWS: Final = _rows_by_keyword(False)
_ALWAYS: Final = sum(1 << i for i, (_, _, row) in enumerate(_ORDER) if row is None or not row[3])


def _live_rows(found_subject: frozenset[str], found_body: frozenset[str]) -> Iterator[int]:
    """The positions in ``_ORDER`` of the rows whose keywords occur, strongest first."""
    live = _ALWAYS
    for keyword in found_subject:
        live |= _SUBJECT_ROWS[keyword]
    for keyword in found_body:
        live |= _BODY_ROWS[keyword]
    while live:
        lowest = live & -live
        yield lowest.bit_length() - 1
        live ^= lowest


# Words that stay lower case inside a title: "Chef de Partie", "Head of Operations".
_LINK_WORDS: Final = frozenset({"de", "du", "des", "of", "and", "la", "le", "di", "del", "da"})


def extract_title(prepared: Prepared, company: str | None = None) -> str | None:
    """The job title the email is about, or None."""
    # Japanese, Chinese and Korean mail frames its titles in ways of its own.
    cjk = (
        cjk_title(prepared.subject, prepared.body, company)
        if has_cjk(prepared.subject, prepared.body)
        else None
    )
    if cjk is not None:
        return cjk
    prepared = _without_preview(prepared)
    best: _Candidate | None = None
    found_subject = _SUBJECT_GATE.found(prepared.subject_low)
    found_body = _BODY_GATE.found(prepared.body_low)
    role_in_subject = mentions_a_role(prepared.subject_low)
    role_in_body: bool | None = None  # looked up when first needed
    for index in _live_rows(found_subject, found_body):
        weight, in_subject, row = _ORDER[index]
        if best is not None and weight + 20 <= best.weight:
            break  # sorted: no later pattern can beat it
        if row is None:
            if in_subject:
                found = _subject_parts(prepared.subject, company) if role_in_subject else None
            else:
                if role_in_body is None:
                    role_in_body = mentions_a_role(prepared.body_low)
                found = _card(prepared.body, company) if role_in_body else None
            if found is not None and (best is None or found.weight > best.weight):
                best = found
            continue
        pattern, _, needs_noun, keywords, lead = row
        if in_subject:
            text, low, present = prepared.subject, prepared.subject_low, found_subject
        else:
            text, low, present = prepared.body, prepared.body_low, found_body
        if needs_noun:
            if in_subject:
                if not role_in_subject:
                    continue
            else:
                if role_in_body is None:
                    role_in_body = mentions_a_role(prepared.body_low)
                if not role_in_body:
                    continue
        for match in _matches(pattern, text, low, keywords, lead, present):
            title = clean_title(match.group("t"), company)
            if "," in title and _STATE_AFTER.match(text, match.end("t")):
                title = title.rpartition(",")[0].rstrip()  # "Operations Manager, Reno, NV"
            if title.islower():  # "the service manager spot": shown as a title
                words = title.split()
                # the head noun ends an English title ("bench joiner") and starts a
                # Romance one ("chef de partie")
                head_first = len(words) > 2 and has_strong_noun(words[0])
                if not (has_strong_noun(words[-1]) or head_first):
                    continue
                title = " ".join(w if w in _LINK_WORDS else w[:1].upper() + w[1:] for w in words)
            noun = has_strong_noun(title)
            if (needs_noun and not noun) or not plausible(title, company):
                continue
            score = weight + (20 if noun else 0)
            if best is None or score > best.weight:
                best = _Candidate(title, score)
            break  # the first fitting match of a pattern is its answer
    if best is None:  # "stillingen som Sykepleier": a frame needs no known job noun
        framed = frame_title(prepared.body, prepared.body_low, company)
        return lowercase_tail(framed, prepared.subject, prepared.body) if framed else None
    title = spelled_out(best.title, prepared.subject, prepared.body, company)
    return _with_percent(lowercase_tail(title, prepared.subject, prepared.body), prepared)


def _with_percent(title: str, prepared: Prepared) -> str:
    """``title`` with the percent sign of a workload it ends in ("Specialist 100%")."""
    if not title[-1:].isdigit():
        return title
    for text in (prepared.subject, prepared.body):
        at = text.find(title)
        if at >= 0 and (sign := _PERCENT_AFTER.match(text, at + len(title))):
            return title + sign.group(0)
    return title
