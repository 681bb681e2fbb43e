"""Trimming a raw title phrase to the role's name: ids, places, work modes, the company,
trailing stage words and punctuation go; whether what is left reads as a role at all.
"""

# ruff: noqa: E501  (the patterns read best one per line)

from __future__ import annotations

import re
from functools import lru_cache

from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.intel.title_words import CITIES, SUBJECT_ROLES, TITLE_NOUNS, WEAK_NOUNS
from applytrack_desktop.intel.vocab import FIRST_NAMES, JOB_NOUNS, NOT_A_NAME

_IDS = re.compile(
    r"[ \t]*(?:\((?![^)]*%)(?:[^)]*\d{3,}[^)]*)\)|\((?:Ref|Réf|Rif|Referencia)\b[.:]?[^)]*\)|\[[^\]]*\]|(?:#|\bReq(?:uisition)?\b\.?[ \t]*#?|"
    r"\bJob[ \t]*ID:?|\bID:?)[ \t]*[A-Z0-9-]*\d[A-Z0-9-]*|\b(?:R|JR|REQ)-?\d{3,}\b)",
    re.IGNORECASE,
)
_PAREN = re.compile(r"[ \t]*\(([^)]*)\)")
_PLACE_WORDS = re.compile(
    r"^(?:remote|hybrid|on-?site|onsite|full[- ]time|part[- ]time|contract|temporary|permanent|"
    r"\d+ (?:months?|weeks?|mois|monate|meses|mesi|maanden)|[^()]*,[^()]*|hybride|ibrido|télétravail partiel|"
    r"\d+(?:[-–]\d+)? ?(?:uur|hours|hrs|h|std|stunden|heures|horas|ore)(?:/week| per week| p/w| pw)?|"
    r"us|usa|uk|eu|emea|apac|latam|open|closed|filled|reposted|updated|new|"
    r"cdi|cdd|télétravail|teletravail|remoto|híbrido|hibrido|[A-Z][\w .'-]*,[ \t]*[A-Z]{2,})$",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"(?:[ \t]+(?:at|@|with|bei|chez|en|à|na|no|bij|presso|–|—|\|)[ \t]+.*|"
    # "in" names a place, except after a teaching role ("Lecturer in Economics") and in
    # "Software Development Engineer in Test"
    + "".join(f"(?<!{noun})" for noun in SUBJECT_ROLES)
    + r"[ \t]+in[ \t]+(?!Test\b).*|[ \t]+(?:position|role|opening|job|vacancy|post|"
    r"opportunity|[Pp]ozisyonu|[Pp]ozisyon|[Ss]tanowisko|[Pp]ozice)\.?|"
    # a Polish or Czech sentence going on after the role: "... ds. płac jest wciąż analizowana"
    r"[ \t]+(?:jest|została|został|zostało|je|byla|byl)[ \t]+.*|"
    r"[ \t]+(?:Technical |Coding |Online |Take-[Hh]ome )?(?:Assessment|Challenge|Test|"
    r"Exercise|Interview|Application|Offer(?: Letter)?|Opportunity|Role|Position|Update)|"
    r"[ \t]*[.,;:!?-]+"
    # a round's adjective left behind when the round's noun was cut: "X Technical (Assessment)"
    r"|[ \t]+(?:Technical|Coding|Online|Phone|Video|Final|Onsite|Panel|Take-[Hh]ome|Hiring|Recruitment))$"
)
# A sentence going on after a dash ("the offer for Brand Designer - I'm really excited"):
# the words of a person writing, never a qualifier of the role.
_CLAUSE = re.compile(
    r"(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|We|We[’']re|We[’']ve|It[’']s|Thanks|Thank|Hope|Looking"
    r"|Please|Just|Happy|Excited)\b"
)
# "Robin Ashe (Senior Product Designer)": a calendar title naming the candidate, then the role.
_NAMED = re.compile(r"^([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) \(([^()]{3,60})\)$")
# Tails that are not part of a title: a year ("Graduate Programme 2026"), a pay-plan code
# after a comma ("Program Analyst, GS-0343-11"), a team ("Investment Associate, Infra team").
# An id after a comma ("Test Automation Engineer, J27269"), a public-sector notice's number
# ("Architect, Announcement Number MP-25-41026", "..., Vacancy ID 12345").
_EXTRA = re.compile(
    r"(?:[ \t]+(?:19|20)\d\d|,[ \t]*[A-Z]{1,4}-\d[\w-]*|,[ \t]*[A-Z]{0,4}\d{3,}[\w-]*|,[ \t]*\d[^,]*|,[ \t]*[^,]{1,30}[ \t](?:team|department|division)"
    r"|,[ \t]*(?:Announcement|Vacancy|Job|Posting|Requisition|Position|Control|Reference|Ref)(?:[ \t]+(?:Number|No\.?|ID|Code))?\b[^,]*)$"
)
# An id before the title: "30585 iOS Engineer", "J97550 Growth Marketing Manager",
# "2024-88964 Line Cook", "REQ-1234 - Nurse".
_LEAD_ID = re.compile(
    r"^(?:(?:[A-Z]{1,4}-?)?\d{4,}(?:-\d+)*"
    # "Ref ATC/2026/014 Grounds Maintenance Operative": a council's reference before the post
    r"|Ref(?:erence)?\.?:?[ \t]*[A-Z0-9][A-Z0-9/-]*\d[A-Z0-9/-]*)[ \t]*[-–:|,]?[ \t]+(?=\S)"
)
# A separator left in front once an id or a meeting word is gone ("REQ-1 / Nurse").
_LEAD_MARK = re.compile(r"^[-–—:|/·•]+[ \t]*")
# Words that name a meeting, not the role: "Kennismaking Pharmacist", "Re: Gespräch NLP
# Engineer", "Entretien 3D Artist".
_MEETING_LEAD = re.compile(
    r"^(?:Kennismaking|Kennismakingsgesprek|Gespr(?:ä|ae)ch|Vorstellungsgespr(?:ä|ae)ch|Gesprek|Sollicitatiegesprek|"
    r"Entretien|Entrevista|Colloquio|Interview|Einladung|Convocation|Convocatoria|Invitation|Invitación|"
    # the hiring process named before the role: "Proceso de selección Store Manager",
    # "Rekrutacja Animator", "Selezione Risk Analyst", "Recruiting-Tag Junior Consultant"
    r"Proceso de selecci[oó]n|Processo (?:seletivo|di selezione)|Selezione|Rekrutacja|Recrutement|"
    r"Recruiting-Tag|Zweitgespr(?:ä|ae)ch|Erstgespr(?:ä|ae)ch|Posizione|"
    # Indonesian: "Peluang Senior Product Analyst" (an opportunity), "Undangan Wawancara X"
    r"Peluang|Lowongan|Undangan(?:[ \t]+(?:Wawancara|Interview))?|Wawancara|Lamaran)[ \t]+(?=\S)"
    # "Interview Request for Copywriter", "Requirement for Store Manager", "Hiring for X"
    r"|^(?:(?:Interview|Assessment)[ \t]+)?(?:Request|Requirement|Invitation|Invite|Hiring|Opening|Vacancy|Opportunity|Openings)[ \t]+(?:for|as)[ \t]+(?:(?:the|a|an)[ \t]+)?",
    re.IGNORECASE,
)
# A part that names an interview stage, not a role: "Recruiter Screen", "Hiring Manager
# Interview", "Phone Screen", "Final Round".
_STAGE = re.compile(
    r"^(?:[\w/&-]+[ \t]+){0,3}(?:Screen|Screening|Call|Chat|Interview|Interviews|Round|Conversation|Meeting|Debrief|Sync|Intro|Loop|Onsite|Panel|Evaluation)$"
    # "Hiring Manager" is who one meets ("HR Manager", "Talent Partner" are roles)
    r"|^(?:.*[ \t])?Hiring[ \t]+(?:Manager|Team)$|^(?:Talent|People|Recruiting|HR)[ \t]+Team$"
    # what is left of "- First Interview" once the stage word is cut
    r"|^(?:First|Second|Third|Final|1st|2nd|3rd)$",
    re.IGNORECASE,
)
_DASH = re.compile(r" ([-–]) ")
_WORK_TIME = re.compile(r"^(?:full|part)[- ]time$", re.IGNORECASE)
_EMPTY_PAREN = re.compile(r"[ \t]*\([ \t]*\)")
_MONEY_OR_NUMBER = re.compile(r"[$£€¥]|\d{2,}|\bup to\b", re.IGNORECASE)
# A work mode before the title: "Contract Business Analyst".
# Only before a title of two words or more: "Contract Manager" is a role of its own.
_MODE_LEAD = re.compile(
    r"^(?:(?:Contract|Temporary|Temp|Freelance|Interim Contract)[ \t]+(?=[A-Za-z][^ \t]*[ \t]+[A-Za-z])|Permanent[ \t]+|Perm[ \t]+)",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^(?:the|a|an|our|this|le|la|l'|un|une|die|der|das|el|un|una)[ \t]+"
    r"|^(?:Exciting|Great|Amazing|Fantastic|Excellent|Urgent|Immediate|Exclusive)[ \t]+(?=[A-Z])"
    # "You started applying to Mercury Works for People Operations Specialist": no title
    # begins with "for".
    r"|^for[ \t]+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
# The applicant's own subject, echoed by an auto-reply or quoted in a reply: "Bewerbung
# Database Administrator", "CV for Store Manager", "Ansökan Line Cook". Never "Application
# Developer": "Application" goes only with "for" or "as".
# A subject that calls the reader by name first: "Sam, Business Operations Analyst
# opportunity at ..." ("Director, Product Marketing" keeps its head: a job noun).
_VOCATIVE = re.compile(r"^([A-Z][a-z'’-]+),[ \t]+(?=[A-Z])")
# A list of fields the role heads, not a name before a comma: "Evaluation & Learning Manager".
_LIST_GOES_ON = re.compile(r"^[A-Z][\w'’-]*[ \t]+(?:&|and|y|et|und|e)[ \t]+[A-Z]")
_APPLYING_LEAD = re.compile(
    r"^(?:(?:my[ \t]+)?(?:CV|Resume|Résumé|Lebenslauf)(?:[ \t]+(?:and|&)[ \t]+cover[ \t]+letter)?"
    r"(?:[ \t]+(?:for|für|fur|para|pour|per|voor|till|för|dla|na|til))?"
    r"|(?:Job[ \t]+)?Application[ \t]+(?:for|as)|Bewerbung(?:[ \t]+(?:als|für|fur|um))?"
    r"|Initiativbewerbung(?:[ \t]+als)?|Ansökan(?:[ \t]+(?:till|om|för|som))?"
    r"|Ansøgning(?:[ \t]+(?:til|som))?|Søknad(?:[ \t]+(?:på|som))?"
    r"|Sollicitatie(?:[ \t]+(?:voor|als))?|Candidatura(?:[ \t]+(?:para|a|al|per|como))?"
    r"|Candidature(?:[ \t]+(?:pour|au[ \t]+poste[ \t]+de))?|Aplikacja(?:[ \t]+na)?"
    r"|Hakemus|Oferta)[ \t]+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "Biostatistician", "Physiotherapist": endings that make a job noun on their own.
# Swedish surnames end as "Pharmacist" does: "Lindqvist", "Bergkvist", "Almquist".
_SURNAME_ENDINGS: tuple[str, ...] = ("qvist", "kvist", "quist")
_NOUN_ENDINGS: tuple[str, ...] = ("ist", "ician", "ologist", "grapher", "entwickler", "ingenieur", "leiter",
                 "berater", "referent", "techniker", "medewerker", "leider", "adviseur",
                 "manager", "engineer", "developer", "designer",
                 # Danish, Norwegian, Swedish: "Softwareudvikler", "Systemutvecklare",
                 # "Dataanalytiker", "Økonomimedarbejder", "Sjuksköterska", "Projektledare"
                 "udvikler", "utvikler", "utvecklare", "analytiker", "medarbejder",
                 "medarbeider", "sköterska", "sykepleier", "sygeplejerske", "ingeniør",
                 "rådgiver", "rådgivare", "projektleder", "projektledare", "handläggare",
                 "saksbehandler", "sagsbehandler",
                 # German and Dutch trades and care: "Servicemonteur", "Pflegefachkraft",
                 # "Berufskraftfahrer", "Kfz-Mechatroniker", "Verpleegkundige"
                 "monteur", "installateur", "fachkraft", "pflegekraft", "arbeiter", "fahrer",
                 "elektriker", "mechaniker", "mechatroniker", "verkäufer", "kundige",
                 "assistent", "koordinator", "coördinator", "beheerder", "pfleger", "erzieher",
                 "tischler", "schreiner",
                 # German office trades: "Steuerfachangestellte/r", "Industriekauffrau",
                 # "Finanzbuchhalter", "Pflegefachfrau"
                 "angestellte", "angestellter", "kauffrau", "kaufmann", "buchhalter",
                 "fachfrau", "fachmann",
                 # Nordic and Finnish compounds: "Fastighetstekniker", "Myyntineuvottelija"
                 "tekniker", "neuvottelija", "asiantuntija", "suunnittelija", "päällikkö")  # fmt: skip
# German titles name the woman with "-in" ("Softwareentwicklerin", "Bauleiterin").
_NOUN_ENDINGS += tuple(
    f"{ending}in"
    for ending in ("entwickler", "ingenieur", "leiter", "berater", "referent", "techniker",
                   "monteur", "arbeiter", "fahrer", "elektriker", "mechaniker", "mechatroniker",
                   "assistent", "koordinator", "pfleger", "erzieher", "tischler", "schreiner",
                   "buchhalter")
)  # fmt: skip
_WORD_SPLIT = re.compile(r"[\s/,()·:-]+")  # "Directeur·rice": "directeur", "rice"
_A_WORD = re.compile(r"[^\W\d_]{2}")
# Latin letters as ranges: a Unicode class costs three times as much per character.
_LETTERS = re.compile(r"[a-zß-öø-ÿ]+")
_LONG_WORDS = re.compile(r"[a-zß-öø-ÿ]{7,}")
_MARKS = (".", ",", "(", ")", "!", "?", ":", ";", "/", "-", '"')


_NOUNS = JOB_NOUNS | TITLE_NOUNS
_STRONG_NOUNS = _NOUNS - WEAK_NOUNS


def has_job_noun(text: str) -> bool:
    """True when ``text`` holds a word that heads job titles ("Engineer", "Entwickler")."""
    words = _WORD_SPLIT.split(text.casefold())
    if not _NOUNS.isdisjoint(words):  # the usual answer, from a set test in C
        return True
    return _noun_by_ending(words)


def _noun_by_ending(words: list[str]) -> bool:
    """Whether a word makes a job noun by its ending alone ("Biostatistician"), never a
    surname that ends like one ("Lindqvist")."""
    return any(
        len(w) > 6 and w.endswith(_NOUN_ENDINGS) and not w.endswith(_SURNAME_ENDINGS) for w in words
    )


def mentions_a_role(low: str) -> bool:
    """Whether a lower-case text holds a role noun anywhere: if not, no pattern that needs
    one can match it, and a fifth of job mail ("Re: Checking in") skips them all."""
    blanked = low
    for mark in _MARKS:
        blanked = blanked.replace(mark, " ")
    if not _STRONG_NOUNS.isdisjoint(blanked.split()):
        return True  # most job mail: found by C code alone (replace, split, set)
    words = _LETTERS.findall(low)
    if not _STRONG_NOUNS.isdisjoint(words):
        return True
    return any(w.endswith(_NOUN_ENDINGS) for w in _LONG_WORDS.findall(low))


def has_strong_noun(text: str) -> bool:
    """Like ``has_job_noun`` but "Acme Engineering" or "Customer Support" is not enough."""
    words = _WORD_SPLIT.split(text.casefold())
    if not _STRONG_NOUNS.isdisjoint(words):
        return True
    return _noun_by_ending(words)


@lru_cache(maxsize=4096)
def clean_title(raw: str, company: str | None = None) -> str:
    """A title without ids, locations, work modes, the company or trailing punctuation."""
    # strip again: an id cut from the front leaves a blank before "- Administrative Officer"
    text = _EMPTY_PAREN.sub("", _IDS.sub("", raw.strip())).strip()
    text = _PAREN.sub(lambda m: "" if _is_place(m.group(1).strip()) else m.group(0), text)
    if company:
        key = normalize_company(company)
        parts = re.split(r"[ \t]+(?:-|–|—|\||at|@)[ \t]+", text)
        kept = [p for p in parts if p and normalize_company(p) != key]
        text = " - ".join(kept) if kept else text
    if company and text.endswith(" for " + company):  # "a Chief Operating Officer for Acme"
        text = text[: -len(company) - 5]
    if (
        company
        and text.startswith(company + " ")
        and has_job_noun(rest := text[len(company) + 1 :])
        and (" " in company or " " in rest)  # a company "Legal" leaves "Legal Counsel" whole
    ):
        text = rest  # "the Oriel Systems Software Engineer II test"
    text = _LEAD_ID.sub("", text)
    text = _LEAD_MARK.sub("", text)
    if (
        (vocative := _VOCATIVE.match(text))
        and not has_job_noun(vocative.group(1))
        and has_job_noun(rest := text[vocative.end() :])
        and not _LIST_GOES_ON.match(rest)  # "Monitoring, Evaluation & Learning Manager"
    ):
        text = rest
    if (lead := _APPLYING_LEAD.match(text)) and has_job_noun(rest := text[lead.end() :]):
        # "CV Engineer" (computer vision) and "Resume Writer" are roles: a bare document
        # word goes only before a title of two words or more.
        bare = lead.group(0).strip().casefold() in {"cv", "resume", "résumé", "lebenslauf"}
        if " " in rest or not bare:
            text = rest
    if (lead := _MEETING_LEAD.match(text)) and has_job_noun(text[lead.end() :]):
        text = _LEAD_MARK.sub("", text[lead.end() :])
    head, _, tail = text.partition(", ")
    if tail and tail == head:  # "Pharmacist, Pharmacist"
        text = head
    if " · " in text:  # a job card's line: "Talent Sourcer · Raleigh, NC · Full-time"
        parts = [p.strip() for p in text.split(" · ") if p.strip()]
        text = next((p for p in parts if has_job_noun(p)), parts[0] if parts else "")
    if " / " in text:  # "Robin Ashe / Treasury Analyst"
        head, _, tail = text.rpartition(" / ")
        # a gendered pair stays whole: "Projektingenieurin / Projektingenieur Tiefbau",
        # "Starsza Księgowa / Starszy Księgowy"
        pair = head[:5].casefold() == tail[:5].casefold() and len(head) >= 5
        if has_job_noun(tail) and not has_job_noun(head) and not pair:
            text = tail
    previous = None
    while previous != text:
        previous = text
        text = _TAIL.sub("", text).strip()
        text = _EXTRA.sub("", text).strip()
        if "," in text:
            head, _, tail = text.rpartition(",")
            if _PLACE_WORDS.match(tail.strip()) or tail.strip().casefold() in CITIES:
                text = head.strip()
    if " in " in text:  # "Lecturer in Economics" stays; "Lecturer in London" names a place
        head, _, tail = text.rpartition(" in ")
        if tail.casefold() in CITIES:
            text = head
    if " - " in text or " – " in text:
        text = _dash_qualifiers(text, company)
    if (named := _NAMED.match(text)) and has_job_noun(named.group(2)):
        text = named.group(2)  # "Robin Ashe (Senior Product Designer)"
    text = _LEAD.sub("", text)
    text = _MODE_LEAD.sub("", text)
    text = " ".join(text.split())
    if " - " in text and (dashed := text.replace(" - ", " – ")) in raw:
        # Cutting the company joined the parts with hyphens: the mail's own en dash is kept
        # ("Nurse Unit Manager – Rehabilitation", as the employer wrote it).
        return dashed
    return text


def _is_place(part: str) -> bool:
    return bool(_PLACE_WORDS.match(part) and not _WORK_TIME.match(part)) or (
        part.casefold() in CITIES
    )


def _dash_qualifiers(text: str, company: str | None) -> str:
    """Keep "Sales Associate - Part Time" and "Registered Nurse - Med/Surg"; drop a place, a
    salary or the company after the dash ("Data Engineer - Berlin, DE", "- Dunmore")."""
    # "Product Manager – Payments": an en dash sets a qualifier off as a hyphen does; each
    # part keeps the dash that came before it.
    pieces = _DASH.split(text)
    dashes = [" - ", *(f" {d} " for d in pieces[1::2])]
    parts = pieces[0::2]
    # "Chris Novak - Technical Program Manager - Hiring Manager Interview": a calendar title
    # leads with the candidate's name and ends with the stage; the role is the part between.
    pairs = list(zip(dashes, parts, strict=True))
    while (
        len(pairs) > 1
        and not has_job_noun(pairs[0][1])
        and has_job_noun(" ".join(p for _, p in pairs[1:]))
    ):
        pairs.pop(0)
    pairs = [(d, p) for d, p in pairs if not _STAGE.match(p.strip()) and not looks_like_person(p)]
    if not pairs:
        return ""  # "Recruiter Screen - Tobias Brandt": a stage and a person, no role
    (_, head), *rest = pairs
    kept = head
    first = normalize_company(company).split()[0] if company and normalize_company(company) else ""
    for dash, part in rest:
        part = part.strip()
        if (
            not part
            or part[0].islower()
            or _CLAUSE.match(part) is not None
            or _is_place(part)
            or _MONEY_OR_NUMBER.search(part)
            or len(part.split()) > 4
            or (first and normalize_company(part).split()[:1] == [first])
        ):
            break
        kept += dash + part
    return kept


def looks_like_person(text: str) -> bool:
    """ "Tobias Brandt", "Sam Rivera": a common given name and a surname, no job noun."""
    words = text.split()
    return (
        1 < len(words) <= 3
        and words[0].casefold() in FIRST_NAMES
        and all(w[:1].isupper() for w in words)
        # a surname only by the whole word: "Lindqvist" ends as "Pharmacist" does
        and not has_job_noun(" ".join(words[:-1]))
        and words[-1].casefold() not in _NOUNS
    )


def plausible(title: str, company: str | None) -> bool:
    """Whether a cleaned phrase reads as a role: a few words, not a greeting, a stage name
    ("Recruiter Screen") or the company itself."""
    words = title.split()
    if not words or len(words) > 10 or len(title) > 90 or not _A_WORD.search(title):
        return False  # "Title: 00" names no role
    if words[0].casefold() in NOT_A_NAME and not words[0].isupper():  # "IT" is a department
        return False
    if _STAGE.match(title) or looks_like_person(title):  # "Recruiter Screen", "Maya Lindqvist"
        return False
    return not (company and normalize_company(title) == normalize_company(company))
