"""Who wrote a mail: a person, an employer's team, or a staffing agency, and which names in
its signature block are the employer.

Company extraction asks these questions of the sender and the signature: "Jane Doe" is a
person, not an employer; "Northgate Recruitment" is an agency whose mail is about a client
(the client when named, else no company); "Executive Director / Riverbend Literacy Project"
names the employer in the block under the sign-off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from applytrack_desktop.intel.company_domains import is_public_body, squash, stem_matches
from applytrack_desktop.intel.company_phrases import (
    DEPT_SUFFIX,
    signature_block,
    signature_parts,
)
from applytrack_desktop.intel.company_words import SECTOR_WORDS
from applytrack_desktop.intel.text import KeywordGate, Prepared
from applytrack_desktop.intel.vocab import (
    DEPARTMENT_WORDS,
    FIRST_NAMES,
    INDUSTRY_WORDS,
    JOB_NOUNS,
    words,
)

# Last words of a firm's or a team's name, never of a person's ("Wayne Logistics", "Amber
# Hiring", "Jordan & Co LLC").
_ORG_TAILS = (
    INDUSTRY_WORDS
    | DEPARTMENT_WORDS
    | frozenset(
        {"inc", "llc", "ltd", "limited", "gmbh", "ag", "plc", "corp", "co", "group", "sa", "bv"}
    )
)
_INITIAL_NAME = re.compile(r"^[A-Z][a-z]+(?:[ \t][A-Z]\.?)?$")
_WORDS = re.compile(r"[\w&'’.-]+")
# Signature-line pieces that are about the mail, not an employer ("Stripe Offer Letter").
_NOT_ORG = re.compile(
    r"\b(?:Offer|Letter|Application|Interview|Update|Document|Position|Role|Job|Your|Sent|"
    r"Reply|Unsubscribe|Privacy|Confidential\w*|Powered)\b",
    re.IGNORECASE,
)


def looks_like_person(name: str) -> bool:
    """True for "Jane Doe" or "Sam K." (a common given name first, or a name and an initial)."""
    words = name.split()
    if not words or len(words) > 4:
        return False
    if len(words) > 1 and words[-1].strip(".,").casefold() in _ORG_TAILS:
        return False  # "Wayne Logistics LLC", "Morgan Foods": a given name leading a firm's
    if words[0].casefold() in FIRST_NAMES:
        return True
    return len(words) <= 2 and bool(_INITIAL_NAME.match(name)) and len(words) == 2


def signature_block_names(sender_name: str, body: str) -> Iterable[tuple[str, int]]:
    """Employer names on their own in the signature block ("Riverbend Literacy Project").

    Weak (35) unless a role line comes first ("Executive Director" above it, or "Nurse
    Recruiter | Mercy Valley"): a signature also holds the writer's name, a city, a motto.
    """
    sender_words = set(_WORDS.findall(sender_name.casefold()))
    role_before = False
    for line in signature_block(body):
        parts = signature_parts(line)
        role_here = any(has_role_word(p) for p in parts)
        for part in parts:
            if _names_a_job(part) or looks_like_person(part) or _NOT_ORG.search(part):
                continue
            if ("," in line and _REGION_CODE.match(part)) or _CITY_AND_REGION.match(part):
                continue  # "Boston, MA", "Perth WA": a place, not an employer
            if "," in line and part.casefold() in _REGIONS:
                continue  # "City of Brookmere, Illinois": the place after the employer
            if _WARD.search(part):
                continue
            if _NOT_A_NAME.search(part):
                continue  # "Hi Callum", "07723 118402": a greeting or a number
            last = part.rsplit(None, 1)[-1].strip(".,").casefold()
            if sender_words & set(_WORDS.findall(part.casefold())) and last not in _FIRM_TAILS:
                continue  # the writer's own name, not "Doherty Plumbing & Heating"
            # "Solaria Resourcing", "Acme HR": the employer's own team signs.
            team = DEPT_SUFFIX.search(part) is not None
            weight = 55 if role_before or role_here or team else 35
            # "Northern Moors General Hospital" under "Ward Manager, Ward 23": a name ending
            # in an organisation's word outweighs the other parts of the block, as does one
            # whose organisation's word comes before its place ("Rosenhof Hotels Wachau")
            words = part.split()
            firm = last in _FIRM_TAILS or (
                len(words) >= 3
                and words[-2].strip(".,").casefold() in _FIRM_TAILS
                and words[-1][:1].isupper()
            )
            yield part, weight + 10 if firm else weight
        role_before = role_here or has_role_word(line)


_REGION_CODE = re.compile(r"^[A-Z]{2}$")
_FIRM_TAILS = _ORG_TAILS | SECTOR_WORDS
_NOT_A_NAME = re.compile(r"\d{4}|^(?:Hi|Hello|Hey|Dear|Thanks|Thank you|Cheers)\b", re.IGNORECASE)
# "Pilbara Talent Group | Perth WA": a city and its state or province
_CITY_AND_REGION = re.compile(
    r"^[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t](?:NSW|QLD|VIC|TAS|ACT|NT|WA|ON|QC|BC|AB|NS|MB|"
    r"A[KLRZ]|C[AOT]|DE|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|"
    r"T[NX]|UT|V[AT]|W[AIVY])$"
)
# States, provinces and countries written out after a name on a signature line.
_REGIONS: Final = words(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia "
    "hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland "
    "massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio "
    "oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin "
    "wyoming ontario quebec alberta manitoba saskatchewan queensland victoria tasmania "
    "usa canada australia england scotland wales ireland germany deutschland france spain "
    "italy netherlands india singapore"
) | {
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
    "rhode island", "south carolina", "south dakota", "west virginia", "british columbia",
    "nova scotia", "new brunswick", "new south wales", "western australia", "south australia",
    "united states", "united kingdom", "new zealand",
}  # fmt: skip
# A hospital's ward or unit signs a ward manager's mail: "Ward 23 (Elderly Care)".
_WARD = re.compile(r"^(?:Ward|Bay|Floor|Level|Room|Suite)[ \t]+\w{1,4}\b|[ \t](?:Ward|Unit)$")


def _has_job_noun(text: str) -> bool:
    return any(w in JOB_NOUNS for w in _WORDS.findall(text.casefold()))


def _names_a_job(part: str) -> bool:
    """A job noun in a signature's part, other than the sector word that closes a firm's
    name: "Talent Acquisition Partner" names a job, "Coralline Engineering" a firm."""
    words = _WORDS.findall(part.casefold())
    if len(words) > 1 and words[-1] in _FIRM_TAILS:
        words = words[:-1]
    return any(w in JOB_NOUNS for w in words)


def has_role_word(text: str) -> bool:
    """True when ``text`` holds a job noun or a department word ("Recruiter", "HR")."""
    return any(w in JOB_NOUNS or w in DEPARTMENT_WORDS for w in _WORDS.findall(text.casefold()))


# Domain words of staffing and search agencies, whose mail is about a client's role.
_AGENCY_WORDS = ("staffing", "recruit", "talent", "search", "hire", "hiring", "headhunt",
                 "personnel", "resourcing", "placement")  # fmt: skip
# Words of an agency's own mail: it works for clients.
_AGENCY_PHRASES = (
    "our client", "my client", "of our clients", "a client of", "nos clients", "notre client",
    "per il cliente", "il nostro cliente", "nostro cliente", "unser kunde", "unseres kunden",
    "einen kunden", "unseren kunden", "nuestro cliente", "nuestros clientes", "onze klant",
    "nosso cliente", "um cliente", "partnered with a leading", "i place ", "ricerca e selezione",
    "cabinet de recrutement", "personalberatung", "headhunter", "recruitment agency",
    "staffing agency", "recruitment consultant",
    # an agency's licence in its signature: Japan's "有料職業紹介事業 許可番号 27-ユ-300123"
    # ("Licence No. 27-ユ-..."), Italy's "Aut. Min.", Spain's "Agencia de colocación", the
    # UK's REC membership
    "職業紹介", "-ユ-", "aut. min.", "agenzia per il lavoro", "agencia de colocación",
    "recruitment and employment confederation", "personalvermittlung",
)  # fmt: skip
# Looked up in the body by the shared keyword scan (already made for the company phrases)
# instead of 27 substring searches of a 4,000-character body per message.
_AGENCY_GATE = KeywordGate([_AGENCY_PHRASES])
# A signature naming an agency ("Northgate Recruitment", "Trailhead Medical Staffing").
# "Acme Recruiting" is an employer's own team, so that word is not here.
AGENCY_NAME = re.compile(
    r"\b(?:Recruitment|Staffing|Resourcing|Search|Personnel|Headhunters?|Recrutement|Selezione|"
    # the same in Spanish, Portuguese, Nordic and Dutch firms' names ("Montalbán & Reyes
    # Selección", "Ljusgården Rekrytering", "Werving & Selectie")
    r"Selecci[oó]n|Sele[cç][cç][aã]o|Rekrytering|Rekruttering|Selectie|Personalberatung|"
    # temp and travel-nurse agencies: "Blue Arrow Temps", "Meridian Travel Nursing"
    r"Temps|Travel[ \t]+(?:Nursing|Nurses|Health(?:care)?)|"
    # a German staffing firm's "Personal" ("Kessler Life Science Personal AG"), and "Atlas
    # Human Capital"
    r"Personal|Human[ \t]+Capital)"
    r"(?:[ \t]+(?:Ltd|Limited|Inc|LLC|GmbH|Group|AG|SA|S\.A|Lda|BV|B\.V))?\.?$"
)


def is_agency(stem: str, sender_name: str, prepared: Prepared, domain: str = "") -> bool:
    """True when the mail comes from a staffing or search agency, not the employer.

    ``stem`` is the squashed name part of the sender's ``domain``. A public body's own domain
    (a university's x.ac.uk or x.edu, a council's x.gov.uk) is never an agency's.
    """
    if domain and is_public_body(domain):
        return False
    if any(word in stem for word in _AGENCY_WORDS):
        return True
    if _AGENCY_GATE.found(prepared.body_low):
        return True
    if "@" in sender_name or not sender_name:
        return False
    block = [signature_parts(line) for line in signature_block(prepared.body)]
    if len(stem) >= 3 and any(
        stem_matches(part, stem) and not AGENCY_NAME.search(part)
        for parts in block
        for part in parts
    ):
        # "Graduate & Associate Recruitment" over "Halden & Rowe LLP" from haldenrowe.com:
        # the employer's own team signs, with the firm the domain names.
        return False
    for parts in block:
        if any(
            AGENCY_NAME.search(part)
            and _agency_firm(part)
            and not _own_team(part, stem, sender_name)
            for part in parts
        ):
            return True
    return False


def _own_team(part: str, stem: str, sender_name: str) -> bool:
    """True for the employer's own team, a shared mailbox named after its domain: "Brightwater
    Software Recruitment" <recruitment@brightwatersoftware.com> signing "Brightwater Software
    Resourcing", "University of Harwick Recruitment" <jobs@harwick.org>. The team's name fits
    the domain as any name does (``company_domains.stem_matches``: "University of" is left out
    of a domain). A consultant (a person) signing "Hollis Partners Recruitment" from
    hollispartners.com is an agency."""
    if len(stem) < 3 or not stem_matches(AGENCY_NAME.sub("", part).strip(" ,-|"), stem):
        return False
    # A shared mailbox ("Recruitment" <careers@cascadesystems.com>) is the team, not a person.
    return (
        squash(sender_name).startswith(stem)
        or stem_matches(sender_name, stem)
        or not _writer_is_person(sender_name)
    )


def _writer_is_person(sender_name: str) -> bool:
    """True when the display name reads as a person's ("Callum Reyes"), not a team's
    ("Recruitment", "jobs", "Talent Acquisition")."""
    words = sender_name.split()
    return looks_like_person(sender_name) or (
        len(words) >= 2 and not any(w.casefold() in DEPARTMENT_WORDS for w in words)
    )


def _agency_firm(part: str) -> bool:
    """True for a firm ("Northgate Recruitment"), not a team ("L'équipe Recrutement")."""
    words = part.split()
    return len(words) >= 2 and not any(
        w.casefold().replace("’", "'") in _TEAM_WORDS for w in words[:-1]
    )


_TEAM_WORDS = frozenset(
    {"l'équipe", "équipe", "team", "equipo", "das", "the", "ihr", "our", "service", "servizio",
     "département", "departamento", "abteilung",
     # a person's role in it: "Responsabile Selezione", "Responsable Recrutement"
     "responsabile", "responsable", "ufficio", "head", "director", "directeur", "directrice",
     "jefe", "jefa", "leiter", "leiterin",
     # a division in Indonesian, Dutch, Nordic and Romance languages: "Divisi Human Capital"
     "divisi", "divisie", "avdelning", "afdeling", "divisione", "división", "divisão"}
)  # fmt: skip
