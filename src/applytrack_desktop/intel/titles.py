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
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.intel.text import KeywordGate, Prepared, line_spans, start_of_any
from applytrack_desktop.intel.vocab import JOB_NOUNS, NOT_A_NAME

_TW = r"(?:[A-Z0-9ÀÁÂÄÇÉÈÊÎÏÑÓÔÖÚÜ][\w+#/&.'’-]*[\w+#](?:\([a-z]{1,3}\))?|[A-Z0-9]|[a-z](?=[A-Z])[\w+#/.-]*|\.NET)"
_TC = r"(?:of|and|&|for|de|des|du|en|la|le|für|und|y|del|à|d'|-)"
# A trailing aside stays with the title: "(m/w/d)", "(H/F)", "(Atlantic World)"; clean_title
# drops ids, places and work modes from it.
_GENDER = r"(?:[ \t]*\([^()\n]{1,40}\))?"
# "Chef de projet digital", "Chargé(e) de communication": Romance titles go on in lower case
# after "de".
_LOW_TAIL = r"[ \t](?:de[ \t]|d'|d’|des[ \t]|du[ \t]|di[ \t]|da[ \t]|del[ \t]|della[ \t]|do[ \t]|dos[ \t]|das[ \t])[a-zà-ÿ][\w'’-]*(?:[ \t](?!et\b|and\b|au\b|en\b|à\b|chez\b|per\b|para\b|presso\b|na\b|no\b|bei\b)[a-zà-ÿ][\w'’-]+)?"
T: Final = rf"(?P<t>(?<![\w+#/&.'’-]){_TW}(?:[ \t](?:{_TC}[ \t])?{_TW}|{_LOW_TAIL}){{0,7}}(?:,[ \t]{_TW}(?:[ \t]{_TW}){{0,3}})?{_GENDER})"

_KIND = r"(?:position|role|opening|job|vacancy|post|opportunity|req|requisition)"
# "the Data Engineer (Remote) position": a short aside between the title and its noun.
_ASIDE = r"(?:[ \t]*\([^()\n]{1,30}\))?"

_KINDS = ("position", "role", "opening", "job", "vacanc", "post", "opportunit", "req")

# (pattern, weight, the phrase must hold a job noun, keywords, starts_at_keyword): a pattern
# runs only when one of its lower-case keywords occurs ("" runs always); see companies.scan.
_Table = tuple[tuple[re.Pattern[str], int, bool, tuple[str, ...], bool], ...]

_SUBJECT_PATTERNS: Final[_Table] = tuple(
    (re.compile(p), w, noun, k, False)
    for p, w, noun, k in (
        (rf"^(?:Job|Position|Role|Poste|Stelle|Puesto|Indeed (?:Apply|Application)):[ \t]*{T}", 95, False, (":",)),
        (rf"\b(?:[Aa]pplication [Rr]eceived|[Oo]portunidade|[Oo]pportunit[àéy]|[Oo]pportunité|[Vv]acature|[Vv]aga|[Oo]ferta|[Pp]roposta di assunzione|[Ss]ollicitatie|[Tt]erugkoppeling sollicitatie)(?: come| como| comme| als| de| para| pour)?[ \t]*[:–—-]?[ \t]+{T}", 80, True, ("received", "oportunidade", "opportunit", "vacature", "vaga", "oferta", "proposta", "sollicitatie")),
        (r"(?:^|[:|–-][ \t]*)(?P<t>[A-Z][\w/&-]+(?:[ \t][a-z][\w/&-]+){1,2}) (?:role|position|opening|job)\b", 75, True, _KINDS),
        (rf"\b(?:[Rr]eq(?:uisition)?|[Jj]ob)[ \t]*(?:#|ID:?|No\.?)?[ \t]*[A-Z0-9-]{{3,}}[ \t]*[-–:|][ \t]*{T}", 95, False, ("req", "job")),
        (rf"\b(?:for|to|[Rr]egarding|[Aa]bout|on) the {T} {_KIND}", 95, False, _KINDS),
        (rf"\b(?:the|your) {T} (?:test|assessment|challenge|exercise|interview|take-home)\b", 80, True, ("test", "assessment", "challenge", "exercise", "interview", "take-home")),
        (rf"\b[Aa]pplication (?:for|to)(?: the)?(?: position of| role of)? {T}", 85, True, ("application",)),
        (rf"\b[Aa]pplying (?:for|to)(?: the)? {T}", 80, True, ("applying",)),
        (rf"\b[Yy]our {T} (?:application|interview|candidacy|offer)", 80, True, ("your ",)),
        (rf"(?:^|[:|–-][ \t]*){T} (?:opportunity|role|position|opening|job|vacancy)\b", 85, True, _KINDS),
        (rf"\b(?:[Pp]osition|[Ss]telle|[Rr]olle) als {T}", 80, True, (" als ",)),
        (rf"\b(?:[Ss]olicitud|[Pp]ostulación|[Cc]andidatura) (?:para|a|al puesto de) (?:el puesto de )?{T}", 80, True, ("solicitud", "postulación", "candidatura")),
        (rf"\b(?:[Ii]nterview|[Ii]nvitation|[Oo]ffer|[Uu]pdate|[Aa]ssessment|[Cc]hallenge)[^:|]{{0,30}}[:|–-][ \t]*{T}", 70, True, ("interview", "invitation", "offer", "update", "assessment", "challenge")),
        (rf"(?:^|[:|–][ \t]*){T} at [A-Z]", 70, True, (" at ",)),
        (rf"\b(?:[Pp]oste|[Cc]andidature) (?:de |d'|au poste de |pour le poste de )?{T}", 70, True, ("poste", "candidature")),
        (rf"\b[Bb]ewerbung (?:als|für|zum|zur) (?:die Position |die Stelle )?{T}", 80, True, ("bewerbung",)),
        (rf"\b(?:[Pp]uesto|[Cc]andidatura|[Vv]acante) (?:de |para |al puesto de )?{T}", 70, True, ("puesto", "candidatura", "vacante")),
    )
)  # fmt: skip

_BODY_PATTERNS: Final[_Table] = tuple(
    (re.compile(p, re.MULTILINE), w, noun, k, lead)
    for p, w, noun, k, lead in (
        (r"^[ \t]*(?:[-*•][ \t]*)?(?:Job [Tt]itle|Position|Role|Job|Title|Poste|Intitulé du poste|Stelle|Stellenbezeichnung|Puesto|Cargo|Functie|Vacature|Ruolo|Posizione|Vaga)[ \t]*:[ \t]*(?P<t>[^\n]{2,90})$", 95, False, (":",), False),
        (rf"\b(?:for|to|in|about|of) (?:the|our|this) {T}{_ASIDE} {_KIND}", 85, False, _KINDS, False),
        (rf"\b(?:position|role|post|poste) of {T}", 80, False, ("position of", "role of", "post of", "poste of"), False),
        (rf"\b(?:the|for|to|die|der|la|le|el|de) (?:[Pp]osition|[Ss]telle|role|rôle|poste|puesto|posición|functie|posizione):? {T}", 75, True, ("position", "stelle", "role", "rôle", "poste", "puesto", "posición", "functie", "posizione"), False),
        (rf"\b(?:join|joining|start|starting|welcome you|have you|hire you|onboard you)\b[^\n.]{{0,40}}? as (?:our |a |an |the )?(?:new )?{T}", 75, True, ("join", "start", "welcome you", "have you", "hire you", "onboard you"), False),
        (rf"\b(?:offer|employment|offer of employment) (?:as|for) (?:the |a |an |our )?(?:position of |role of )?{T}", 80, True, ("offer as", "offer for", "employment as", "employment for"), False),
        (rf"\b(?:for|to|in|about|of) (?:the|our|this|your) {T} (?:(?:final|first|second|third|technical|onsite|virtual|panel) )?(?:panel|onsite|on-site|loop|interviews?|assessment|test|challenge|take-home|exercise|presentation|case study|screen)\b", 75, True, ("panel", "onsite", "on-site", "loop", "interview", "assessment", "test", "challenge", "take-home", "exercise", "presentation", "case study", "screen"), False),
        (rf"\b(?:process|conversation|interview|call|screen|availability|processo seletivo|proceso|procédure|Verfahren|selectieprocedure)[^\n.]{{0,60}}? (?:for|para|per|pour|voor|für) (?:the |o |a |el |la |le |il |de |die )?{T}(?=\s*[.!]|\s*$)", 65, True, ("process", "conversation", "interview", "call", "screen", "availability", "seletivo", "proceso", "procédure", "verfahren", "procedure"), False),
        (rf"\b(?:open|several|new|two|three) {T} (?:roles|positions|openings|vacancies|jobs)\b", 70, True, ("roles", "positions", "openings", "vacancies", "jobs"), False),
        (rf"\b(?:Offer|Task|Interview|Angebot|Offre)[ \t]+[-–][ \t]+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}}[ \t]+[-–][ \t]+{T}", 80, True, ("offer", "task", "interview", "angebot", "offre"), False),
        (r"\b(?:the|our|your) (?P<t>(?!same\b|right\b|new\b|open\b|exciting\b|first\b|next\b)[a-z][a-z-]+(?: [a-z][a-z-]+){0,2}) (?:role|position|spot|opening|job|vacancy)\b", 55, True, ("role", "position", "spot", "opening", "job", "vacanc"), False),
        (r"\bas our (?:new |first )?(?P<t>[a-z][a-z-]+(?: [a-z][a-z-]+){0,2})[.,!]", 55, True, ("as our",), False),
        (rf"\b(?:vacature|functie(?: van)?|sollicitatie (?:voor|naar|als)(?: de functie van)?) (?:de |het )?{T}", 80, True, ("vacature", "functie", "sollicitatie"), False),
        (rf"\b(?:ruolo|posizione|figura|ricerca) (?:di |del |come |per )?(?:un |una |un'|uno |il |la )?{T}", 75, True, ("ruolo", "posizione", "figura", "ricerca"), False),
        (rf"\b(?:vaga|cargo|posição|processo seletivo) (?:é )?(?:de |para |como )?(?:a |o )?{T}", 75, True, ("vaga", "cargo", "posição", "seletivo"), False),
        (rf"\b(?:contigo|con te|avec vous|mit Ihnen|como|come|comme|en tant que) (?:nuevo |nueva |nuestro |nuestra |notre |nostro |nostra )?{T}", 60, True, ("contigo", "con te", "avec vous", "mit ihnen", "como ", " come ", "comme ", "en tant que"), False),
        (rf"\b(?:[Aa]pplication|[Ss]olicitud|[Cc]andidature|[Cc]andidatura) (?:for|para|pour|per) (?:the |el |le |la |il )?{T}\s*(?:[(.,!]|$| at | with | en | chez | presso | bei | bij | na | no )", 70, False, ("application for", "solicitud para", "candidature pour", "candidatura para", "candidatura per"), False),
        (rf"\b(?:on|about|for|of) (?:the|our|this|your|their) {T}{_ASIDE} (?:process|search|interviews?|application|candidacy|hiring process|opening)", 80, True, ("process", "search", "interview", "application", "candidacy", "opening"), False),
        (rf"\b(?:[Tt]he|a|an|our|this) {T}{_ASIDE} {_KIND}", 75, True, _KINDS, False),
        (rf"\b(?:for|to|of) (?:the |our )?(?:[Rr]equisition|[Rr]eq\.?|[Jj]ob|[Vv]acancy|[Pp]osting) (?:#|[Nn]o\.? ?)?[A-Z0-9-]*\d[A-Z0-9-]*,? {T}", 85, False, ("requisition", "req", "job ", "vacancy", "posting"), False),
        (rf"^[ \t]*(?:Application (?:submitted|sent|received)|You applied|Candidature envoyée|Bewerbung (?:gesendet|abgeschickt)|Solicitud enviada|Candidatura enviada|Sollicitatie verstuurd)[^\n]{{0,40}}\n+[ \t]*{T}[ \t]*\n", 80, True, ("application submitted", "application sent", "application received", "you applied", "candidature envoy", "bewerbung gesendet", "bewerbung abgeschickt", "solicitud enviada", "candidatura enviada", "sollicitatie verstuurd"), True),
        (rf"\b(?:take|complete|start|finish) (?:the|your|our|a) {T} (?:test|assessment|challenge|exercise|coding test|take-home|case study)\b", 75, True, ("take ", "complete ", "start ", "finish "), False),
        (rf"\b(?:hiring|looking for|searching for|recruiting for|seeking|recrutons|recherchons|recrute|buscamos|busco|cerchiamo|cerco|zoeken|procuramos) (?:actuellement |currently )?(?:a |an |our next |a new |an experienced |un |une |un\(e\) |una |uno |een |um |uma )?{T}", 65, True, ("hiring", "looking for", "searching for", "recruiting for", "seeking", "recrutons", "recherchons", "recrute", "buscamos", "busco", "cerchiamo", "cerco", "zoeken", "procuramos"), False),
        (rf"\b(?:einen|eine) {T}", 70, True, ("suche",), False),  # "(ich) suche ... einen X"
        (rf"\b(?:sent to|submitted to|viewed by)[^\n]{{1,60}}\n+[ \t]*{T}[ \t]*\n", 75, True, ("sent to", "submitted to", "viewed by"), True),
        (rf"\b(?:sent to|submitted to|viewed by)[^\n]{{1,60}}\n+[^\n]{{1,60}}\n[ \t]*{T}[ \t]*\n", 73, True, ("sent to", "submitted to", "viewed by"), True),
        (rf"\b[Ii]nterview with [^\n]{{1,40}}? for (?:the |our )?{T}", 70, True, ("interview with",), False),
        (rf"\b(?:appl\w*|Appl\w*) (?:for|to) (?:the |our |a |an )?(?:position of )?{T}", 70, True, ("appl",), False),
        (rf"\b(?:process|step|round|stage|interviews?|screen|assessment|test|challenge|exercise|start date|offer) for (?:the |our )?{T}", 70, True, (" for ",), False),
        (rf"\b(?:for|as) (?:the |our )?{T} (?:is|are|has|have|was|were|will)\b", 60, True, (" is ", " are ", " has ", " have ", " was ", " were ", " will "), False),
        (rf"\b(?:as|for) (?:a|an|our) {T}", 50, True, ("as a", "for a", "for our"), False),
        (rf"\b(?:au poste|le poste|du poste|un poste) (?:de |d'|d’)?{T}", 80, True, ("poste",), False),
        (rf"\b(?:[Bb]ewerbung|Position|Stelle|Tätigkeit) (?:als|zum|zur) {T}", 80, True, (" als ", " zum ", " zur "), False),
        (rf"\b(?:puesto|posición|vacante) (?:de |como )?{T}", 80, True, ("puesto", "posición", "vacante"), False),
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
_SUBJECT_SEPARATORS = re.compile(r"[ \t]*[|:–—][ \t]*|[ \t]+[-/][ \t]+")
_TITLE_START = re.compile(r"[A-Z0-9ÀÁÂÄÇÉÈÊÎÏÑÓÔÖÚÜ]|[a-z][A-Z]")
# "Biostatistician", "Physiotherapist": endings that make a job noun on their own.
_NOUN_ENDINGS = ("ist", "ician", "ologist", "grapher", "entwickler", "ingenieur", "leiter",
                 "berater", "referent", "techniker", "medewerker", "leider", "adviseur",
                 "manager", "engineer", "developer", "designer")  # fmt: skip
# "Chef de projet digital": after "de" a Romance title goes on in lower case.
_ROMANCE_OF = re.compile(r"[ \t](?:de|d'|d’|des|du|di|da|del|della|do|dos)[ \t]")
_CONNECTORS = frozenset({"of", "and", "for", "de", "des", "du", "en", "la", "le", "für", "und"})
_WORD_SPLIT = re.compile(r"[\s/,()-]+")


@dataclass(frozen=True, slots=True)
class _Candidate:
    title: str
    weight: int


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


def _plausible(title: str, company: str | None) -> bool:
    words = title.split()
    if not words or len(words) > 10 or len(title) > 90:
        return False
    if words[0].casefold() in NOT_A_NAME and not words[0].isupper():  # "IT" is a department
        return False
    return not (company and normalize_company(title) == normalize_company(company))


def _matches(
    pattern: re.Pattern[str],
    text: str,
    low: str,
    keywords: tuple[str, ...],
    lead: bool,
    found: frozenset[str],
) -> Iterator[re.Match[str]]:
    """Matches in reading order, run only where the keywords occur (see ``companies.scan``)."""
    if not keywords:
        yield from pattern.finditer(text)
    elif found.isdisjoint(keywords):
        return
    elif lead:
        start = start_of_any(low, text, keywords)
        if start >= 0:
            yield from pattern.finditer(text, start)
    else:
        for start, end in line_spans(low, text, keywords, found):
            yield from pattern.finditer(text, start, end)


def _subject_parts(subject: str, company: str | None) -> _Candidate | None:
    """A part of a subject cut at separators that is a title on its own ("Acme - Data Engineer")."""
    for part in _SUBJECT_SEPARATORS.split(subject):
        if not has_job_noun(part) or any(
            w.islower() and w not in _CONNECTORS and not w.startswith("(")
            for w in _ROMANCE_OF.split(part, 1)[0].split()
        ):
            continue  # "Spannende Position als ..." is a sentence, not a title
        title = clean_title(part, company)
        if (
            title
            and has_job_noun(title)
            and _plausible(title, company)
            and _TITLE_START.match(title)
        ):
            return _Candidate(title, 90)
    return None


# Every pattern once, strongest first, so the search stops as soon as nothing left can win.
# ``None`` stands for the subject-parts check; ``True`` marks subject patterns.
_ORDER: Final = sorted(
    [(row[1], True, row) for row in _SUBJECT_PATTERNS]
    + [(70, True, None)]
    + [(row[1], False, row) for row in _BODY_PATTERNS],
    key=lambda item: -item[0],
)


_SUBJECT_GATE: Final = KeywordGate(row[3] for row in _SUBJECT_PATTERNS)
_BODY_GATE: Final = KeywordGate(row[3] for row in _BODY_PATTERNS)


def extract_title(prepared: Prepared, company: str | None = None) -> str | None:
    """The job title the email is about, or None."""
    best: _Candidate | None = None
    found_subject = _SUBJECT_GATE.found(prepared.subject_low)
    found_body: frozenset[str] | None = None  # looked up only if a body pattern can still win
    for weight, in_subject, row in _ORDER:
        if best is not None and weight + 20 <= best.weight:
            break  # sorted: no later pattern can beat it
        if row is None:
            found = _subject_parts(prepared.subject, company)
            if found is not None and (best is None or found.weight > best.weight):
                best = found
            continue
        pattern, _, needs_noun, keywords, lead = row
        if in_subject:
            text, low, present = prepared.subject, prepared.subject_low, found_subject
        else:
            if found_body is None:
                found_body = _BODY_GATE.found(prepared.body_low)
            text, low, present = prepared.body, prepared.body_low, found_body
        if keywords and present.isdisjoint(keywords):
            continue  # most rows: skipped here, without making a generator
        for match in _matches(pattern, text, low, keywords, lead, present):
            title = clean_title(match.group("t"), company)
            if title.islower():  # "the service manager spot": shown as a title
                if title.split()[-1] not in JOB_NOUNS:
                    continue
                title = " ".join(w[:1].upper() + w[1:] for w in title.split())
            noun = has_job_noun(title)
            if (needs_noun and not noun) or not _plausible(title, company):
                continue
            score = weight + (20 if noun else 0)
            if best is None or score > best.weight:
                best = _Candidate(title, score)
            break  # the first fitting match of a pattern is its answer
    return best.title if best else None
