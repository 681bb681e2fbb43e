"""Which role an email is about: the job title, trimmed of ids, locations and the company.

Titles sit in a few predictable places: labelled lines ("Job Title: ..."), the subject
("Application for Senior Data Engineer", "Req #123 - Data Engineer", "Data Engineer at Acme")
and stock body phrases ("the Data Engineer position", "au poste de ...", "Bewerbung als ...").
A phrase found by a loose pattern must hold a job noun ("engineer", "manager", "Entwickler")
so that "Thank you for applying to Acme" never yields the title "Acme".
"""

# ruff: noqa: E501  (the pattern tables read best one pattern per line)

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.vocab import JOB_NOUNS, NOT_A_NAME

_TW = r"(?:[A-Z0-9ÀÁÂÄÇÉÈÊÎÏÑÓÔÖÚÜ][\w+#/&.'’-]*[\w+#]|[A-Z0-9]|[a-z](?=[A-Z])[\w+#/.-]*|\.NET)"
_TC = r"(?:of|and|&|for|de|des|du|en|la|le|für|und|y|del|à|d')"
_GENDER = r"(?:[ \t]*\((?:[mwfdix]{1,2}/){1,3}[mwfdix*]{1,2}\))?"
T: Final = rf"(?P<t>{_TW}(?:[ \t](?:{_TC}[ \t])?{_TW}){{0,7}}(?:,[ \t]{_TW}(?:[ \t]{_TW}){{0,3}})?{_GENDER})"

_KIND = r"(?:position|role|opening|job|vacancy|post|opportunity|req|requisition)"

# (pattern, weight, the phrase must hold a job noun)
_SUBJECT_PATTERNS: Final = tuple(
    (re.compile(p), w, noun)
    for p, w, noun in (
        (rf"^(?:Job|Position|Role|Poste|Stelle|Puesto|Indeed (?:Apply|Application)):[ \t]*{T}", 95, False),
        (rf"\b(?:[Rr]eq(?:uisition)?|[Jj]ob)[ \t]*(?:#|ID:?|No\.?)?[ \t]*[A-Z0-9-]{{3,}}[ \t]*[-–:|][ \t]*{T}", 95, False),
        (rf"\b(?:for|to) the {T} {_KIND}", 95, False),
        (rf"\b[Aa]pplication (?:for|to)(?: the)?(?: position of| role of)? {T}", 85, True),
        (rf"\b[Aa]pplying (?:for|to)(?: the)? {T}", 80, True),
        (rf"\b(?:[Ii]nterview|[Ii]nvitation|[Oo]ffer|[Uu]pdate|[Aa]ssessment|[Cc]hallenge)[^:|]{{0,30}}[:|–-][ \t]*{T}", 70, True),
        (rf"(?:^|[:|–][ \t]*){T} at [A-Z]", 70, True),
        (rf"\b(?:[Pp]oste|[Cc]andidature) (?:de |d'|au poste de |pour le poste de )?{T}", 70, True),
        (rf"\b[Bb]ewerbung (?:als|für|zum|zur) (?:die Position |die Stelle )?{T}", 80, True),
        (rf"\b(?:[Pp]uesto|[Cc]andidatura|[Vv]acante) (?:de |para |al puesto de )?{T}", 70, True),
        (rf"(?:^|[|:–—]|\s-)[ \t]*{T}[ \t]*(?:$|[|–—(]|-\s)", 50, True),
    )
)  # fmt: skip

_BODY_PATTERNS: Final = tuple(
    (re.compile(p, re.MULTILINE), w, noun)
    for p, w, noun in (
        (r"^[ \t]*(?:Job [Tt]itle|Position|Role|Job|Title|Poste|Intitulé du poste|Stelle|Stellenbezeichnung|Puesto|Cargo)[ \t]*:[ \t]*(?P<t>[^\n]{2,90})$", 95, False),
        (rf"\b(?:for|to|in|about|of) (?:the|our|this) {T} {_KIND}", 85, False),
        (rf"\bposition of {T}", 80, False),
        (rf"\b[Tt]he {T} {_KIND}", 75, True),
        (rf"\b(?:sent to|submitted to)[^\n]{{1,60}}\n+[ \t]*{T}[ \t]*\n", 75, True),
        (rf"\b(?:application|applying|applied) (?:for|to) (?:the |our |a |an )?(?:position of )?{T}", 70, True),
        (rf"\b(?:as|for) (?:a|an|our) {T}", 50, True),
        (rf"\b(?:au poste|le poste|du poste|un poste) (?:de |d'|d’)?{T}", 80, True),
        (rf"\b(?:[Bb]ewerbung|Position|Stelle|Tätigkeit) (?:als|zum|zur) {T}", 80, True),
        (rf"\b(?:puesto|posición|vacante) (?:de |como )?{T}", 80, True),
    )
)  # fmt: skip

_IDS = re.compile(
    r"[ \t]*(?:\((?:[^)]*\d{3,}[^)]*)\)|\[[^\]]*\]|(?:#|\bReq(?:uisition)?\b\.?[ \t]*#?|"
    r"\bJob[ \t]*ID:?|\bID:?)[ \t]*[A-Z0-9-]*\d[A-Z0-9-]*|\b(?:R|JR|REQ)-?\d{3,}\b)",
    re.IGNORECASE,
)
_PAREN = re.compile(r"[ \t]*\(([^)]*)\)")
_PLACE_WORDS = re.compile(
    r"^(?:remote|hybrid|on-?site|onsite|full[- ]time|part[- ]time|contract|temporary|permanent|"
    r"[mwfdix]{1,2}(?:/[mwfdix*]{1,2}){1,3}|all genders|us|usa|uk|eu|emea|apac|latam|"
    r"cdi|cdd|télétravail|teletravail|remoto|híbrido|hibrido|[A-Z][\w .'-]*,[ \t]*[A-Z]{2,})$",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"(?:[ \t]+(?:at|@|with|bei|chez|en|in|–|—|-|\|)[ \t]+.*|[ \t]+(?:position|role|opening|job|vacancy|post|"
    r"opportunity)\.?|[ \t]*[.,;:!?-]+)$"
)
_LEAD = re.compile(
    r"^(?:the|a|an|our|this|le|la|l'|un|une|die|der|das|el|un|una)[ \t]+", re.IGNORECASE
)
_WORD_SPLIT = re.compile(r"[\s/,()-]+")


@dataclass(frozen=True, slots=True)
class _Candidate:
    title: str
    weight: int


def has_job_noun(text: str) -> bool:
    """True when ``text`` holds a word that heads job titles ("Engineer", "Entwickler")."""
    return any(w in JOB_NOUNS for w in _WORD_SPLIT.split(text.casefold()))


def clean_title(raw: str, company: str | None = None) -> str:
    """A title without ids, locations, work modes, the company or trailing punctuation."""
    text = _IDS.sub("", raw.strip())
    text = _PAREN.sub(lambda m: "" if _PLACE_WORDS.match(m.group(1).strip()) else m.group(0), text)
    if company:
        key = normalize_company(company)
        parts = re.split(r"[ \t]+(?:-|–|—|\||at|@)[ \t]+", text)
        kept = [p for p in parts if normalize_company(p) != key]
        text = " - ".join(kept) if kept else text
    previous = None
    while previous != text:
        previous = text
        text = _TAIL.sub("", text).strip()
        if "," in text:
            head, _, tail = text.rpartition(",")
            if _PLACE_WORDS.match(tail.strip()):
                text = head.strip()
    text = _LEAD.sub("", text)
    return " ".join(text.split())


def _plausible(title: str, company: str | None) -> bool:
    words = title.split()
    if not words or len(words) > 10 or len(title) > 90:
        return False
    if words[0].casefold() in NOT_A_NAME and not has_job_noun(words[0]):
        return False
    return not (company and normalize_company(title) == normalize_company(company))


def extract_title(prepared: Prepared, company: str | None = None) -> str | None:
    """The job title the email is about, or None."""
    best: _Candidate | None = None
    for patterns, text in ((_SUBJECT_PATTERNS, prepared.subject), (_BODY_PATTERNS, prepared.body)):
        for pattern, weight, needs_noun in patterns:
            match = pattern.search(text)
            if match is None:
                continue
            title = clean_title(match.group("t"), company)
            noun = has_job_noun(title)
            if (needs_noun and not noun) or not _plausible(title, company):
                continue
            score = weight + (20 if noun else 0)
            if best is None or score > best.weight:
                best = _Candidate(title, score)
    return best.title if best else None
