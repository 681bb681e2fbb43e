"""Trimming a raw title phrase to the role's name: ids, places, work modes, the company,
trailing stage words and punctuation go; whether what is left reads as a role at all.
"""

# ruff: noqa: E501  (the patterns read best one per line)

from __future__ import annotations

import re
from functools import lru_cache

from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.intel.vocab import JOB_NOUNS, NOT_A_NAME

_IDS = re.compile(
    r"[ \t]*(?:\((?:[^)]*\d{3,}[^)]*)\)|\[[^\]]*\]|(?:#|\bReq(?:uisition)?\b\.?[ \t]*#?|"
    r"\bJob[ \t]*ID:?|\bID:?)[ \t]*[A-Z0-9-]*\d[A-Z0-9-]*|\b(?:R|JR|REQ)-?\d{3,}\b)",
    re.IGNORECASE,
)
_PAREN = re.compile(r"[ \t]*\(([^)]*)\)")
_PLACE_WORDS = re.compile(
    r"^(?:remote|hybrid|on-?site|onsite|full[- ]time|part[- ]time|contract|temporary|permanent|"
    r"\d+ (?:months?|weeks?|mois|monate|meses|mesi|maanden)|[^()]*,[^()]*|"
    r"us|usa|uk|eu|emea|apac|latam|open|closed|filled|reposted|updated|new|"
    r"cdi|cdd|télétravail|teletravail|remoto|híbrido|hibrido|[A-Z][\w .'-]*,[ \t]*[A-Z]{2,})$",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"(?:[ \t]+(?:at|@|with|bei|chez|en|in|na|no|bij|presso|–|—|\|)[ \t]+.*|[ \t]+(?:position|role|opening|job|vacancy|post|"
    r"opportunity)\.?|[ \t]+(?:Technical |Coding |Online |Take-[Hh]ome )?(?:Assessment|Challenge|Test|"
    r"Exercise|Interview|Application|Offer(?: Letter)?|Opportunity|Role|Position|Update)|"
    r"[ \t]*[.,;:!?-]+)$"
)
# "Robin Ashe (Senior Product Designer)": a calendar title naming the candidate, then the role.
_NAMED = re.compile(r"^([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) \(([^()]{3,60})\)$")
# Tails that are not part of a title: a year ("Graduate Programme 2026"), a pay-plan code
# after a comma ("Program Analyst, GS-0343-11"), a team ("Investment Associate, Infra team").
_EXTRA = re.compile(
    r"(?:[ \t]+(?:19|20)\d\d|,[ \t]*[A-Z]{1,4}-\d[\w-]*|,[ \t]*\d[^,]*|,[ \t]*[^,]{1,30}[ \t](?:team|department|division))$"
)
_WORK_TIME = re.compile(r"^(?:full|part)[- ]time$", re.IGNORECASE)
_EMPTY_PAREN = re.compile(r"[ \t]*\([ \t]*\)")
_MONEY_OR_NUMBER = re.compile(r"[$£€¥]|\d{2,}|\bup to\b", re.IGNORECASE)
# A work mode before the title: "Contract Business Analyst".
_MODE_LEAD = re.compile(
    r"^(?:Contract|Temporary|Temp|Freelance|Permanent|Interim Contract)[ \t]+(?=[A-Z])"
)
_LEAD = re.compile(
    r"^(?:the|a|an|our|this|le|la|l'|un|une|die|der|das|el|un|una)[ \t]+"
    r"|^(?:Exciting|Great|Amazing|Fantastic|Excellent|Urgent|Immediate|Exclusive)[ \t]+(?=[A-Z])",
    re.IGNORECASE,
)
# "Biostatistician", "Physiotherapist": endings that make a job noun on their own.
_NOUN_ENDINGS = ("ist", "ician", "ologist", "grapher", "entwickler", "ingenieur", "leiter",
                 "berater", "referent", "techniker", "medewerker", "leider", "adviseur",
                 "manager", "engineer", "developer", "designer")  # fmt: skip
_WORD_SPLIT = re.compile(r"[\s/,()-]+")


def has_job_noun(text: str) -> bool:
    """True when ``text`` holds a word that heads job titles ("Engineer", "Entwickler")."""
    return any(
        w in JOB_NOUNS or (len(w) > 6 and w.endswith(_NOUN_ENDINGS))
        for w in _WORD_SPLIT.split(text.casefold())
    )


@lru_cache(maxsize=4096)
def clean_title(raw: str, company: str | None = None) -> str:
    """A title without ids, locations, work modes, the company or trailing punctuation."""
    text = _EMPTY_PAREN.sub("", _IDS.sub("", raw.strip()))
    text = _PAREN.sub(lambda m: "" if _PLACE_WORDS.match(m.group(1).strip()) else m.group(0), text)
    if company:
        key = normalize_company(company)
        parts = re.split(r"[ \t]+(?:-|–|—|\||at|@)[ \t]+", text)
        kept = [p for p in parts if normalize_company(p) != key]
        text = " - ".join(kept) if kept else text
    if company and text.startswith(company + " ") and has_job_noun(text[len(company) :]):
        text = text[len(company) + 1 :]  # "the Oriel Systems Software Engineer II test"
    if (named := _NAMED.match(text)) and has_job_noun(named.group(2)):
        text = named.group(2)  # "Robin Ashe (Senior Product Designer)"
    head, _, tail = text.partition(", ")
    if tail and tail == head:  # "Pharmacist, Pharmacist"
        text = head
    if " / " in text:  # "Robin Ashe / Treasury Analyst"
        head, _, tail = text.rpartition(" / ")
        if has_job_noun(tail) and not has_job_noun(head):
            text = tail
    previous = None
    while previous != text:
        previous = text
        text = _TAIL.sub("", text).strip()
        text = _EXTRA.sub("", text).strip()
        if "," in text:
            head, _, tail = text.rpartition(",")
            if _PLACE_WORDS.match(tail.strip()):
                text = head.strip()
    if " - " in text:
        text = _dash_qualifiers(text, company)
    text = _LEAD.sub("", text)
    text = _MODE_LEAD.sub("", text)
    return " ".join(text.split())


def _dash_qualifiers(text: str, company: str | None) -> str:
    """Keep "Sales Associate - Part Time" and "Registered Nurse - Med/Surg"; drop a place, a
    salary or the company after the dash ("Data Engineer - Berlin, DE", "- Dunmore")."""
    head, *rest = text.split(" - ")
    kept = [head]
    first = normalize_company(company).split()[0] if company and normalize_company(company) else ""
    for part in rest:
        part = part.strip()
        if (
            not part
            or part[0].islower()
            or (_PLACE_WORDS.match(part) and not _WORK_TIME.match(part))
            or _MONEY_OR_NUMBER.search(part)
            or len(part.split()) > 4
            or (first and normalize_company(part).split()[:1] == [first])
        ):
            break
        kept.append(part)
    return " - ".join(kept)


def plausible(title: str, company: str | None) -> bool:
    words = title.split()
    if not words or len(words) > 10 or len(title) > 90:
        return False
    if words[0].casefold() in NOT_A_NAME and not words[0].isupper():  # "IT" is a department
        return False
    return not (company and normalize_company(title) == normalize_company(company))
