"""What a captured phrase must look like to be an employer's name, and what a sender's display
name says about the employer.

Company extraction (``companies``) collects candidates from display names, subjects, bodies
and signatures; each is trimmed here to a bare name ("The Acme Recruiting Team" -> "Acme",
"Globex via Greenhouse" -> "Globex") or refused ("Senior Data Engineer", "JR4281", "20 April",
"L'équipe"). Kept apart from the voting so the rules for "is this a name" live in one place
and can be tested on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from applytrack_desktop.core.names import display_company, normalize_company
from applytrack_desktop.intel import ats
from applytrack_desktop.intel.company_phrases import (
    BRANCH_SUFFIX,
    BUSINESS_FUNCTIONS,
    DEPT_PREFIX,
    DEPT_SUFFIX,
    MAIL_WORDS,
    POSSESSIVES,
)
from applytrack_desktop.intel.senders import looks_like_person
from applytrack_desktop.intel.text import MAX_SUBJECT_CHARS, REPLY_PREFIX
from applytrack_desktop.intel.title_clean import has_job_noun
from applytrack_desktop.intel.title_words import CITIES
from applytrack_desktop.intel.vocab import DEPARTMENT_WORDS, FIRST_NAMES, JOB_NOUNS, NOT_A_NAME

_FILE_EXTENSION = re.compile(r"\.(?:pdf|docx?|odt|rtf)$", re.IGNORECASE)
VIA = re.compile(r"[ \t]+(?:via|vía|through|par|über|melalui)[ \t]+\S.*$", re.IGNORECASE)
_VIA_PERSON = re.compile(r"[ \t]via[ \t]+(?:LinkedIn|Indeed|XING|Wellfound|Otta)\b", re.IGNORECASE)
_PERSON_AT = re.compile(  # "Jane from Acme"; a vendor "Sterling on behalf of Acme"
    r"^[^()@|]{2,40}?[ \t]+(?:at|from|@|de|von|chez|bei|on[ \t]+behalf[ \t]+of|im[ \t]+Auftrag"
    r"[ \t]+von|pour[ \t]+le[ \t]+compte[ \t]+de|en[ \t]+nombre[ \t]+de)[ \t]+(?P<c>.+)$"
)
_PERSON_DASH = re.compile(r"^(?P<p>[^-–—|()@]{2,40}?)[ \t]+[-–—|][ \t]+(?P<c>[^-–—|]{2,60})$")
_PERSON_PAREN = re.compile(r"^[^()|]{2,40}?[ \t]*(?:\((?P<a>[^)]+)\)|[|–—][ \t]*(?P<b>.+))$")
# "Dept. of Chemistry, Harwick University": a unit of the employer before its name.
# "HR, Kingsmead Learning Trust": the employer's HR department, then its name.
_UNIT_PREFIX = re.compile(
    r"^(?:(?:Dept\.?|Department|Office|School|Faculty|Division|Institute|Departamento|Département|"
    r"Abteilung|Dipartimento) (?:of|de|für|di|du|des) [^,|]+|HR|Human Resources|People|"
    r"Recruitment|Recruiting|Careers|Talent(?: Acquisition)?|Personnel|RH|RRHH)[ \t]*[,|][ \t]*",
    re.IGNORECASE,
)
# "20 April", "3rd March": a date, not a name ("Monday" is a company, monday.com).
_DATE_LIKE = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$"
)
# The writer speaking after the name: "a job at Desert Palms Medical Center I think you'd like".
_SPEAKER = re.compile(r"[ \t]+I(?:['’](?:m|d|ll|ve))?$")
# Requisition and reference ids ("JR4281", "R-12345") are never names.
_ID_LIKE = re.compile(r"^[A-Z]{0,4}[-_#]?\d[\w-]*$")


# A recruiter's role in other languages, signed before the employer's name.
_ROLE_WORDS = frozenset(
    {"recruteur", "recruteuse", "reclutador", "reclutadora", "recrutador", "recrutadora",
     "selezionatore", "selezionatrice", "recruiterin", "personalreferent", "personalreferentin"}
)  # fmt: skip
# Words a name never ends with: a cut-off phrase ("Time de", "Office of").
_DANGLING = frozenset(
    {"de", "da", "do", "das", "dos", "des", "du", "di", "del", "della", "of", "at", "for", "the"}
)
# A role's initials, never an employer: "The NUM has asked the CNE to respond" (a nurse unit
# manager, a clinical nurse educator), "the CEO has approved".
_ROLE_INITIALS = frozenset(
    {"num", "cne", "cns", "don", "ceo", "cfo", "cto", "coo", "cmo", "cio", "hrbp", "hm"}
)
# A day or a language on its own is never an employer: "Feedback from Thursday was very
# positive", "General Ledger Accountant with German" (but "Monday" is monday.com's name).
_DAYS_AND_LANGUAGES = frozenset(
    {"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "english", "german", "french", "spanish", "italian", "dutch", "portuguese", "polish",
     "swedish", "danish", "norwegian", "finnish", "czech", "hungarian", "romanian", "greek",
     "turkish", "arabic", "japanese", "chinese", "mandarin", "cantonese", "korean", "hindi",
     "russian", "ukrainian"}
)  # fmt: skip
# A person by their honorific ("interviewed by Mr Andrew Shaw (Partner)"); "Dr" is left out
# of it, as brands carry it ("Dr. Oetker").
_HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mme", "herr", "frau"}
)
# A street address ("meet Manny at 2101 W Belleview", "9 Rope Walk Road"): a number, then a
# compass point or, last, a street word.
_ADDRESS = re.compile(
    r"^\d{1,5}[A-Za-z]?[ \t]+(?:(?:[NSEW]|NE|NW|SE|SW)\.?[ \t]|.*[ \t](?:St|Street|Ave|Avenue|Rd"
    r"|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Ct|Court|Pl|Place|Hwy)\.?$)"
)
# "HVM e-Recruitment": the portal's "e-" before the team word the suffixes strip.
_E_PORTAL = re.compile(r"[ \t]e-(?=(?:Recruit|Career|Job|Hiring))", re.IGNORECASE)
# A US state and ZIP code, the tail of a footer's address ("Santa Monica, CA 90401").
_STATE_ZIP = re.compile(r"^[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?$")
# A postcode and its town ("20124 Milano", "D-30177 Hannover", "1000-123 Lisboa").
_POSTCODE_TOWN = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3,4})?[ \t]+[^\W\d_][\w'’-]*$")
_ELIDED = re.compile(r"^(?:l|d|dell|dall|all|nell)['’]")
_UNIT_WORDS = frozenset(
    {"services", "service", "shared", "office", "centre", "center", "desk", "rrhh",
     "dział", "afdeling", "abteilung", "departamento", "dipartimento", "département",
     "ufficio", "oficina", "büro", "bureau", "servizio", "equipe", "equipa"}
)  # fmt: skip
_DOCUMENT_WORDS = frozenset({"offer", "letter", "contract", "agreement", "pdf", "employment"})
# A step of the process a subject announces ("SKILLS ASSESSMENT SCHEDULE - Accounts Payable
# Clerk"), never the employer's last word.
_PROCESS_WORDS = frozenset(
    {"schedule", "assessment", "invitation", "confirmation", "reminder", "interview", "update",
     "verification", "check",  # "Background Verification": India's check, not its firm
     "daveti", "einladung", "invitación", "invitacion", "convite", "uitnodiging",
     "zaproszenie", "invito"}
)  # fmt: skip
# A footer's links and a board's word for the reader ("Polityka Prywatności", "Help",
# "Candidato"): never a name, however capitalised.
_FOOTER_WORDS = frozenset(
    {"privacy", "policy", "polityka", "prywatnosci", "prywatności", "datenschutz",
     "datenschutzerklärung", "privacidad", "privacidade", "confidentialité", "help",
     "unsubscribe", "terms", "impressum", "candidato", "candidata", "candidat", "kandidat",
     "kandidaat", "aday"}
)  # fmt: skip
_TEAM_TOWN = re.compile(r"[ \t]+(?:Recruitment|Recruiting|Careers|Talent|HR)[ \t]+([A-Z][\w-]+)$")
# Indonesia's "PT" (a limited company) before the name: "PT Sinar Cahaya Nusantara".
_PT_PREFIX = re.compile(r"^PT\.?[ \t]+(?=[A-Z])")
# A hospital's ward or specialty after the role ("Clinical Nurse Educator - Acute Medicine",
# "Nurse Unit Manager – Day Surgery Unit"): where the job is, never whose.
_CLINICAL_UNITS = frozenset(
    {"acute", "sub", "medicine", "medical", "surgery", "surgical", "emergency", "department",
     "ward", "wards", "unit", "units", "rehabilitation", "rehab", "day", "intensive", "critical",
     "care", "icu", "theatre", "theatres", "oncology", "cardiology", "paediatrics", "pediatrics",
     "maternity", "radiology", "orthopaedics", "orthopedics", "geriatrics", "aged", "memory",
     "support", "respiratory", "renal", "neurology", "neonatal", "nicu", "and", "&",
     "outpatients", "inpatients", "palliative", "perioperative", "mental", "health",
     "nursing", "midwifery"}
)  # fmt: skip
# Articles left alone once a team's name is trimmed ("Das People-Team": "Das").
_ARTICLES = frozenset({"the", "das", "der", "die", "le", "la", "les", "el", "il", "lo", "het"})
# Words that join a team's words ("Equipe de Talentos", "Equipo de Selección").
_TEAM_LINKS = frozenset({"de", "da", "do", "des", "du", "di", "del", "of", "and", "&"})
# What an agency's job card says when it will not name its client ("Client: Confidential").
_UNNAMED = frozenset(
    {"confidential", "undisclosed", "stealth", "anonymous", "various", "multiple", "tbc", "tbd"}
)
# An application's status ("Status update: In Review"), never a name.
_STATUS_WORDS = frozenset(
    {"in", "on", "under", "not", "review", "progress", "hold", "submitted", "received",
     "rejected", "declined", "withdrawn", "pending", "closed", "shortlisted", "screening",
     # a job board's subject "Applied: Data Engineer" ("Applied Materials" is a name)
     "applied", "sent", "beworben", "postulé", "postulado", "candidatado", "gesolliciteerd",
     "ansökt",
     # what kind of offer ("Provisional offer - REQ-26495"), never a name
     "provisional", "conditional", "unconditional", "formal", "verbal", "written", "final"}
)  # fmt: skip
# How and how long a job is worked ("(Remote)", "Full-time"), never a name on its own.
_WORK_MODES = frozenset(
    {"remote", "hybrid", "on", "site", "onsite", "in", "office", "full", "part", "time",
     "fulltime", "parttime", "temporary", "permanent", "freelance", "contract", "fixed", "term",
     "télétravail", "hybride", "remoto", "híbrido", "hibrido", "presencial", "vollzeit", "teilzeit"}
)  # fmt: skip
# What a calendar or booking tool writes before an event's name, in several languages.
_CALENDAR_WORDS = frozenset(
    {"confirmed", "confirmé", "confirmée", "confirmado", "confermato", "bevestigd", "bestätigt",
     "termin", "neuer termin", "termin bestätigt", "einladung", "invitation", "invitación",
     "uitnodiging", "convite", "invito", "new event", "updated invitation", "rescheduled",
     "cancelled", "canceled", "accepted", "declined", "event", "booking", "booked",
     "terminvorschlag", "terminanfrage", "terminbestätigung", "rendez-vous", "afspraak"}
)  # fmt: skip
# A step of the hiring process, never a name ("Technical Round 2", "Final Stage").
_STAGE = re.compile(r"\b(?:[Rr]ound|[Ss]tage|[Ss]tep|[Pp]hase)(?:[ \t]+\d{1,2})?$")
# Sign-offs a signature block starts with ("Respectfully,"), never a name.
_SIGN_OFF_WORDS = frozenset(
    {"respectfully", "sincerely", "regards", "cordially", "faithfully", "truly", "yours",
     "warmly", "cordialement", "atentamente", "saludos", "groeten", "grüße", "saluti"}
)  # fmt: skip
# Words that place a team inside the employer ("Global Talent Acquisition", "Corporate
# Recruiting", "Central Recruitment Team", a portal's "Faculty" tab): what is left of such a
# team is not a name.
_TEAM_QUALIFIERS = frozenset(
    {"global", "corporate", "central", "regional", "national", "international", "internal",
     "group", "local", "head", "enterprise", "faculty", "staff"}
)  # fmt: skip
# A recruiter's practice under the title ("Senior Recruiter, Accounting & Finance",
# "Accounting | FP&A | Treasury Search"): what the firm recruits for, never whom.
_PRACTICE_WORDS = BUSINESS_FUNCTIONS | {
    "accounting", "financial", "fp&a", "treasury", "tax", "audit", "tech", "it", "legal", "&",
    "and", "search", "executive", "practice", "desk",
}  # fmt: skip


# A school's office after its full name ("Oakfield Community College School Office",
# "Kingsmead Learning Trust Office", "Riverside Academy School"): the institution is named.
_SCHOOL_OFFICE = re.compile(
    r"(?:(?<=College)|(?<=Academy)|(?<=Trust)|(?<=University)|(?<=Institute))"
    r"(?:[ \t]+School(?:[ \t]+Office)?|[ \t]+Office)$"
)


@lru_cache(maxsize=8192)
def clean_candidate(raw: str) -> str:
    """Trim a captured phrase to a company name, or "" when it is not one."""
    raw = _FILE_EXTENSION.sub("", raw)  # "Offer Letter - Prairie State Bank.pdf"
    text = display_company(_SPEAKER.sub("", BRANCH_SUFFIX.sub("", VIA.sub("", raw))))
    text = _PT_PREFIX.sub("", DEPT_PREFIX.sub("", _E_PORTAL.sub(" ", text)))
    if (town := _TEAM_TOWN.search(text)) and town.group(1).casefold() in CITIES:
        text = text[: town.start()]  # "UNDPO Recruitment Nairobi": the team of one office
    previous = None
    while previous != text:
        previous = text
        text = display_company(DEPT_SUFFIX.sub("", text))
    text = _SCHOOL_OFFICE.sub("", text).rstrip(" \t·|–—-")  # "TML · Talento": "TML"
    head, _, last = text.rpartition(" ")
    if head and ats.is_brand(last):
        text = head.rstrip(" \t|-–—,·:")  # "the Trellis HackerRank test": employer, tool
    if text.startswith(("The ", "the ")) and len(text.split()) > 1:
        text = text[4:]
    elif text.startswith(("Das ", "Ihr ", "Euer ", "Dein ", "Deine ")) and len(text.split()) > 1:
        text = text.split(None, 1)[1]  # "Das Acme Talent Team": the article of "Team"
    return text if _plausible(text) else ""


def _plausible(name: str) -> bool:
    if not name or len(name) > 60 or len(name) < 2 or not any(c.isalpha() for c in name):
        return False  # "07700 918 442": a phone number, not a name
    words = name.casefold().replace("-", " ").split()
    if not words or len(words) > 8 or words[0].split("'")[0].split("’")[0] in NOT_A_NAME:
        return False
    if words[0] == "via":
        return False  # "via Google Calendar": the tool a person wrote through
    if "you" in words or "your" in words:
        return False  # "Jordan Reyes sent you Offer of Employment": a sentence, not a name
    if words[0] in POSSESSIVES or name.casefold() in MAIL_WORDS:
        return False  # "Dein" (Team von Acme), "per E-Mail": a word of the sentence
    if REPLY_PREFIX.fullmatch(f"{name}:"):
        return False  # "AW: Bewerbung als …" read as "Acme: …": a reply's prefix
    bare = [_ELIDED.sub("", w) for w in words]  # "L'équipe": "équipe"
    if all(
        w in DEPARTMENT_WORDS
        or w in NOT_A_NAME
        or w in _UNIT_WORDS
        or w in _TEAM_QUALIFIERS
        or w in _ARTICLES
        or w in _PRACTICE_WORDS
        or w in _TEAM_LINKS
        or w in _FOOTER_WORDS
        for w in bare
    ):
        return False  # "Recruitment Services", "L'équipe", "Global": a team, not an employer
    if all(w in _CLINICAL_UNITS for w in bare) or name.casefold() in CITIES:
        return False  # "Acute Medicine", "Day Surgery Unit": a ward; "Bangalore": a place
    if words[0].strip(",.") in _SIGN_OFF_WORDS or words[0] in _UNNAMED:
        return False  # "Respectfully," over the team's name; "Client: Confidential"
    if name.casefold() in _CALENDAR_WORDS:
        return False  # "Confirmed: Acme intro call", "Neuer Termin: Erstgespräch mit Acme"
    if all(w in _WORK_MODES for w in words):
        return False  # "Warehouse Lead (Remote)", "Hybrid - Portland": how, not for whom
    if all(w in _STATUS_WORDS for w in words) or _STAGE.search(name):
        return False  # "Status update: In Review", "Technical Round 2 - Sales Engineer"
    if any(w.strip(".,") in JOB_NOUNS and not _industry_after_name(w, words) for w in words):
        return False  # "Claims Adjuster Offer" names a document, not an employer
    if words[-1] in _DOCUMENT_WORDS or words[-1] in _PROCESS_WORDS:
        return False
    if len(words) == 1 and len(words[0]) >= 10 and has_job_noun(words[0]):
        return False  # "Produksjonsmedarbeider", "Projektledare": the role, not the employer
    if _ID_LIKE.match(name) or _DATE_LIKE.match(name):  # "JR4281", "20 April"
        return False
    if name.casefold() in _ROLE_INITIALS or name.casefold() in _DAYS_AND_LANGUAGES:
        return False
    if (
        words[0] in _HONORIFICS
        or _ADDRESS.match(name)
        or _STATE_ZIP.match(name)
        or _POSTCODE_TOWN.match(name)
    ):
        return False
    if words[0] in _ROLE_WORDS:
        return False  # "Recruteur - Indigo Textiles": the writer's role, then the employer
    if len(words) > 1 and words[-1] in _DANGLING:
        return False  # "Equipa de" (Recrutamento): what is left of a team's name, cut short
    return not ats.is_brand(name) and bool(normalize_company(name))


def _industry_after_name(word: str, words: list[str]) -> bool:
    """ "Ridgeback Engineering (Group)", "Aramoana Engineers": a trade after a name is the
    firm's, not a role's or a department's ("Software Engineering", "Head of Engineering",
    "VP Engineering", "Civil Engineers")."""
    return (
        (word == "engineering" or (word == "engineers" and words[-1] == word))
        and words[0] != word
        and words[0] not in _ENGINEERING_FIELDS
        and words[0] not in DEPARTMENT_WORDS
        and words[0] not in JOB_NOUNS
    )


# The fields and ranks that make "X Engineering" a discipline or a team, not a firm.
_ENGINEERING_FIELDS = frozenset(
    {"software", "civil", "mechanical", "electrical", "chemical", "structural", "process",
     "quality", "systems", "system", "data", "platform", "product", "site", "reliability",
     "network", "security", "manufacturing", "industrial", "biomedical", "environmental",
     "aerospace", "hardware", "firmware", "test", "production", "field", "sales", "solutions",
     "customer", "value", "cloud", "frontend", "backend", "machine", "design", "research",
     "applied", "senior", "head", "vp", "director", "services", "service", "infrastructure",
     "devops", "mobile", "web", "application", "applications", "validation", "automation",
     "controls", "control", "maintenance", "facilities", "plant", "project", "projects", "cost",
     "our", "the", "your", "in", "of", "and", "global", "core", "growth", "ml", "ai", "mlops",
     "dataops", "embedded", "computer", "electronic", "electronics", "nuclear", "petroleum",
     "mining", "geotechnical", "transport", "traffic", "building", "clinical"}
)  # fmt: skip


def from_display_name(name: str, platform: bool = False) -> Iterable[tuple[str, int]]:
    """Candidates in a sender display name, strongest reading first.

    With ``platform`` (an applicant tracking system sends it), a one-word name is the
    employer's even when it is also a given name ("Amber" <noreply@smartrecruiters.com>): a
    person there signs with a full name.
    """
    name = name[:MAX_SUBJECT_CHARS]
    if (via := _VIA_PERSON.search(name)) is not None:
        # "Jane Doe via LinkedIn" is a person writing through a network; "Southern Crescent
        # Pediatrics via Indeed" (Indeed's relay) is the employer, three words or more that
        # do not start with a given name.
        who = name[: via.start()].strip()
        if len(who.split()) >= 3 and who.split()[0].casefold() not in FIRST_NAMES:
            yield who, 70
        return
    name = _UNIT_PREFIX.sub("", VIA.sub("", name).strip().strip("\"'"))
    if not name or ("@" in name and " " not in name) or ats.is_brand(name):
        return  # "NHS Jobs" is the portal, not "NHS" with a careers tail
    if (match := _PERSON_AT.match(name)) and clean_candidate(match.group("c")):
        yield match.group("c"), 90  # "Jane from Acme" (not "Acme - Portal de Empleo")
        return
    if (
        (match := _PERSON_DASH.match(name))
        and looks_like_person(match.group("p"))
        and clean_candidate(match.group("c"))
    ):
        yield match.group("c"), 70  # "Yuki Tanaka - Wayne Logistics": the writer, then the
        return  # employer they write for
    if (match := _PERSON_PAREN.match(name)) and (inner := match.group("a") or match.group("b")):
        team = clean_candidate(inner)
        if team and team != display_company(inner) and not ats.is_brand(inner.strip()):
            yield inner, 90  # "Tariq Clarke | Halcyon Talent": the writer, then the team
            return
    stripped = clean_candidate(name)
    if stripped and stripped != display_company(name):
        yield name, 90  # "Acme Hiring Team", "Careers at Acme", "Acme S.p.A. – Risorse Umane"
        return
    if (match := _PERSON_PAREN.match(name)) and (inner := match.group("a") or match.group("b")):
        if ats.is_brand(inner.strip()):  # "Meridian Foods | Gupy": the employer, then its ATS
            before = re.split(r"[ \t]*[(|–—]", name, maxsplit=1)[0]
            if not looks_like_person(before):  # "Noelia García (Jobandtalent)": its recruiter
                yield before, 70
            return
        yield inner, 70
        return
    if not looks_like_person(name) or (platform and len(name.split()) == 1):
        yield name, 45


def via_name(sender_name: str) -> str:
    """The sender after "via" ("Acme via InHire": "InHire"), or ""."""
    found = VIA.search(sender_name)
    return found.group(0).split(None, 1)[1].strip() if found else ""


# Trailing legal forms of many countries, dropped from the name shown ("Kranich Logistik GmbH",
# "Kookaburra Pty Ltd", "Sakura Tech Co., Ltd.", "Polmex Sp. z o.o.", "Danske Byg A/S"); "& Co."
# is part of a brand ("Bramble & Co.") and stays.
LEGAL_FORM = (
    r"(?:Pty|Pvt|Private|Co)\.?,?[ \t]+(?:Ltd|Limited)|"  # two words of one form: "Pty Ltd"
    r"(?:\(M\)[ \t]+)?Sdn\.?[ \t]+Bhd|"  # Malaysia's: "Bayan Precision Moulding Sdn. Bhd."
    r"Inc|Incorporated|LLC|L\.L\.C|LLP|PLLC|L\.P|Ltd|Limited|PBC|"
    r"Corp|Corporation|Co|GmbH(?:[ \t]*&[ \t]*Co\.?[ \t]*KG)?|AG|KG|KGaA|UG|SE|e\.V|"
    r"S\.?A|S\.?A\.?S|SARL|S\.?A\.?R\.?L|S\.?p\.?A|S\.?r\.?l|S\.?L|S\.?L\.?U|"
    r"S\.A\.?[ \t]+de[ \t]+C\.?V|"
    r"Ltda|Lda|EIRELI|plc|PLC|B\.?V|N\.?V|Pty|Pte|Pvt|Oy|Oyj|AB|AS|ASA|A/S|ApS|"
    r"Sp\.?(?:[ \t]*z[ \t]*o\.?[ \t]*o)?|s\.r\.o|a\.s|Kft|Zrt|d\.o\.o|OÜ|K\.?K|SRL|S\.R\.L|A\.Ş|Tbk"
)
_LEGAL_TAIL = re.compile(rf"(?<!&)(?:,?[ \t]+(?:{LEGAL_FORM}))\.?,?$")
# Japanese, Chinese and Korean legal forms, written before or after the name with no blank
# ("株式会社サクラ", "Sakura Tech株式会社", "华为技术有限公司", "주식회사 한빛").
_CJK_FORM = re.compile(
    r"^[ \t]*(?:株式会社|有限会社|合同会社|주식회사|\(株\)|（株）)[ \t]*|"
    r"[ \t]*(?:株式会社|有限会社|合同会社|股份有限公司|有限责任公司|有限公司|주식회사|"
    r"\(株\)|（株）)[ \t]*$"
)


def strip_legal_form(name: str) -> str:
    """``name`` without its trailing legal form ("Pvt. Ltd." is one), never emptied. One only:
    "Acme Corp, Inc." is "Acme Corp" (acmecorp.com)."""
    return _CJK_FORM.sub("", _LEGAL_TAIL.sub("", name)) or name
