"""Where job titles sit in an email: the subject and body pattern tables of ``titles``.

Each row is (pattern, weight, the phrase must hold a job noun, keywords, starts_at_keyword):
a pattern runs only when one of its lower-case keywords occurs ("" runs always), and only on
the lines holding one (see ``text.line_spans``), unless it starts at its keyword and reads on
over line breaks. ``T`` is a title: capitalised words ("Senior Data Engineer"), a few
connectors ("Head of Growth"), a Romance tail in lower case ("Chef de projet digital") and
a trailing aside ("(m/w/d)").

The patterns are compiled on first use (``LazyPattern``): compiling all of them took about a
third of a second of every command's start-up, and a message wakes only the rows whose
keywords it holds.
"""

# ruff: noqa: E501  (the pattern tables read best one pattern per line)

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Final

from applytrack_desktop.intel.title_words import SUBJECT_ROLES

# A title word; "Directeur·rice" (French inclusive writing) is one, and so is German's
# suspended "Energie-" in "Elektroniker für Energie- und Gebäudetechnik" (tried first: the
# plain word would stop at "Energie").
_TW = r"(?:[A-ZÄÖÜ][\w]*-(?=[ \t](?:und|oder)[ \t])|[A-Z0-9ÀÁÂÄÇÉÈÊÎÏÑÓÔÖÚÜ][\w+#/&.'’·-]*[\w+#](?:\([a-z]{1,3}\))?|[A-Z0-9]|[a-z](?=[A-Z])[\w+#/.-]*|\.NET)"
# "Software Development Engineer in Test" (SDET): "in" before "Test" after an engineer.
_IN_TEST = r"(?:(?<=Engineer[ \t])|(?<=Developer[ \t]))in(?=[ \t]Test)"
# "in" only after an academic or teaching role, where it names the subject ("Lecturer in
# Economics", "Teaching Fellow in History"); after other roles it names a place.
_SUBJECT_IN = "|".join(f"(?<={noun}[ \\t])" for noun in SUBJECT_ROLES)
_TC = (
    rf"(?:/|of|and|&|for|de|des|du|en|la|le|für|und|y|del|à|d'|-|–|(?:{_SUBJECT_IN})in|{_IN_TEST})"
)
# A trailing aside stays with the title: "(m/w/d)", "(H/F)", "(Atlantic World)"; clean_title
# drops ids, places and work modes from it.
_GENDER = r"(?:[ \t]*\([^()\n]{1,40}\))?"
# "Chef de projet digital", "Chargé(e) de communication": Romance titles go on in lower case
# after "de".
_LOW_TAIL = r"[ \t](?:de[ \t]|d'|d’|des[ \t]|du[ \t]|di[ \t]|da[ \t]|del[ \t]|della[ \t]|do[ \t]|dos[ \t]|das[ \t])[a-zà-ÿ][\w'’-]*(?:[ \t](?!et\b|and\b|au\b|en\b|à\b|chez\b|per\b|para\b|presso\b|na\b|no\b|bei\b)[a-zà-ÿ][\w'’-]+)?"
# Capitalised words that end a title: pronouns and greetings ("... als HR Generalist und Ihr
# Interesse", "for QA Engineer Dear Claire", "the role of Paralegal, I am pleased").
_STOP = r"(?!(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen|Sie|Dein|Deine|Deinen|Deiner|Dich|Dir|Wir|Uns|Unser|Unsere|Your|You|We|Our|Dear|Hi|Hello|Hallo|Bonjour|Hola|Vous|Votre|Nous|Notre|Usted)\b)"
# A gendered title ends in a lower-case word when the phrase ends there: "Assistant(e)
# comptable", "Addetta/o vendite presso" (the word must be followed by the end, a mark or a
# preposition, so "Assistant(e) motivé(e) pour ..." is not read as one).
_GENDERED_TAIL = r"(?:(?:(?<=\(e\))|(?<=\(a\))|(?<=/o)|(?<=/a)|(?<=/e))[ \t][a-zà-ÿ]{3,}(?=[ \t]*(?:$|[\n,.;:!?)–—]|[ \t]-[ \t])|[ \t](?:presso|chez|bei|at|in|en|a|al|à|per|para|pour|für|con|with)[ \t]))?"
# A title starts a word, or right after a French elision ("au poste d'Analyste").
T: Final = rf"(?P<t>(?<![\w+#/&.-])(?<![^dDlL]['’]){_TW}(?:[ \t](?:{_TC}[ \t])?{_STOP}{_TW}|{_LOW_TAIL}){{0,7}}{_GENDERED_TAIL}(?:,[ \t](?!I\b){_STOP}{_TW}(?:[ \t](?:&[ \t]|and[ \t])?{_STOP}{_TW}){{0,3}})?{_GENDER})"

# Where a link pointed, as the HTML converter and plain-text parts write it after the link's
# text: "Software Developer (https://www.linkedin.com/comm/jobs/view/3984417201)".
_LINK_END = r"[ \t]*[(\[<](?:https?://|mailto:)[^\s()\[\]<>]*[)\]>]"
_LINK = rf"(?:{_LINK_END})?"
_KIND = r"(?:position|role|opening|job|vacancy|post|opportunity|req|requisition)"
# "the Data Engineer (Remote) position": a short aside between the title and its noun.
_ASIDE = r"(?:[ \t]*\([^()\n]{1,30}\))?"

_KINDS = ("position", "role", "opening", "job", "vacanc", "post", "opportunit", "req")
# The labels of labelled lines, lower case: a pattern reads only the lines holding one.
# The role's label in Central and Eastern Europe, the Nordics, Turkey, Greece, Indonesia and
# Portugal ("Pozícia:", "Stanowisko:", "Stilling:", "Pozisyon:", "Θέση:", "Posisi:").
_MORE_LABELS = (
    "Stanowisko", "Pozícia", "Pozice", "Pozitie", "Poziție", "Munkakör", "Stilling", "Tjänst",
    "Tehtävä", "Pozisyon", "Θέση", "Posisi", "Posição",
)  # fmt: skip
_MORE_LABEL_WORDS = "|".join(_MORE_LABELS)
_LABELS = tuple(
    f"{w}{c}"
    for w in (
        "job",
        "position",
        "role",
        "title",
        "poste",
        "intitulé du poste",
        "stelle",
        "stellenbezeichnung",
        "puesto",
        "cargo",
        "functie",
        "vacature",
        "ruolo",
        "posizione",
        "vaga",
        "post",
        "vacancy",
        *(label.casefold() for label in _MORE_LABELS),
    )
    for c in (":", " :", "\t:")
)
_NOUN_LABELS = tuple(
    f"{w}{c}"
    for w in (
        "application received",
        "applied for",
        "applied to",
        "vacancy",
        "opening",
        "posting",
        "requisition",
        "requisition title",
        "offer letter",
        "requirement",
        "job name",
        "title",
        "job role",
        "designation",
        "reference",
        "ref",
    )
    for c in (":", " :", "\t:")
)
# What a subject says about a role: "X application", "X interviews", "X technical round".
_THINGS = (
    "application",
    "interview",
    "technical",
    "candidacy",
    "candidature",
    "offer letter",
    "take",
    "assessment",
    "search",
    "process",
    "onboarding",
)


class LazyPattern:
    """A regular expression compiled when first searched: ``re.compile(pattern, flags)``.

    Two threads may both compile it at once; each gets the same pattern, and one is kept.
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        found = self._compiled
        if found is None:
            found = self._compiled = re.compile(self.pattern, self.flags)
        return found

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)


# (pattern, weight, the phrase must hold a job noun, keywords, starts_at_keyword): a pattern
# runs only when one of its lower-case keywords occurs ("" runs always); see companies.scan.
Table = tuple[tuple[LazyPattern, int, bool, tuple[str, ...], bool], ...]

# "\b(?:for|about) " or "\b[Yy]our ": a word boundary, then words (no nested groups).
_LEADING_WORDS = re.compile(r"\\b(?:\(\?:([^()]+)\)|(\[[A-Za-z]{2}\][a-z]+))")
_FIRST = re.compile(r"\[[A-Za-z]{2}\]|[a-zà-ÿA-Z]")


def _fast(pattern: str) -> str:
    r"""``\b(?:for|about) ...`` as ``(?:f(?<!\wf)or|a(?<!\wa)bout) ...``: the same matches, but
    the regex engine can skip to the alternatives' first letters instead of trying the word
    boundary and every alternative at each character (a tenth to a quarter less time)."""
    match = _LEADING_WORDS.match(pattern)
    if match is None:
        return pattern
    words = (match.group(1) or match.group(2)).split("|")
    fast = []
    for word in words:
        first = _FIRST.match(word)
        if first is None:
            return pattern
        fast.append(f"{first.group()}(?<![\\w]{first.group()}){word[first.end() :]}")
    return f"(?:{'|'.join(fast)}){pattern[match.end() :]}"


SUBJECT_PATTERNS: Final[Table] = tuple(
    (LazyPattern(_fast(p)), w, noun, k, False)
    for p, w, noun, k in (
        (rf"^(?:Job|Position|Role|Poste|Stelle|Puesto|Indeed (?:Apply|Application)):[ \t]*{T}", 95, False, (":",)),
        # a board's receipt: "Aplikacja wysłana: Starsza Księgowa / Starszy Księgowy"
        (rf"^(?:Aplikacja wysłana|Application (?:sent|submitted)|Candidature envoyée|Bewerbung (?:gesendet|abgeschickt)|Candidatura enviada|Solicitud enviada)[ \t]*:[ \t]*{T}", 90, False, ("wysłana", "sent", "submitted", "envoyée", "gesendet", "abgeschickt", "enviada")),
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
        # Indonesian: "Lamaran terkirim: Product Analyst (Growth) di Keranjang Hijau", "Lamaran
        # Anda untuk Senior Product Analyst di Kantong Kita sudah diterima" (the role, at X)
        (rf"(?:^(?:[Ll]amaran[^\n:]{{0,30}}:|[^\n]*\b(?:untuk|posisi))[ \t]+(?:posisi[ \t]+)?){T}[ \t]+di[ \t]+(?:PT\.?[ \t]+)?[A-Z]", 90, True, (" di ",)),
        (rf"\b(?:[Ss]olicitud|[Pp]ostulación|[Cc]andidatura) (?:para|a|al puesto de) (?:el puesto de )?{T}", 80, True, ("solicitud", "postulación", "candidatura")),
        (rf"\b(?:[Ii]nterview|[Ii]nvitation|[Oo]ffer|[Uu]pdate|[Aa]ssessment|[Cc]hallenge)[^:|]{{0,30}}[:|–-][ \t]*{T}", 70, True, ("interview", "invitation", "offer", "update", "assessment", "challenge")),
        (rf"(?:^|[:|–][ \t]*){T} at [A-Z]", 70, True, (" at ",)),
        (rf"\b(?:[Pp]oste|[Cc]andidature) (?:de |d'|d’|au poste de |au poste d'|au poste d’|pour le poste de )?{T}", 70, True, ("poste", "candidature")),
        (rf"\b[Bb]ewerbung (?:als|für|zum|zur) (?:die Position |die Stelle )?{T}", 80, True, ("bewerbung",)),
        (rf"\b(?:[Pp]uesto|[Cc]andidatura|[Vv]acante) (?:de |para |al puesto de )?{T}", 70, True, ("puesto", "candidatura", "vacante")),
        # "Re: BI Developer application", "Reminder: X application in progress", "RE: X technical round"
        (rf"(?:^|[:|–—!][ \t]*|[ \t]-[ \t]){T}[ \t]+(?i:applications?|interviews?|technical (?:round|interview|test|assessment|screen)|candidacy|candidature|offer letter|take[- ]home|assessment|search|(?:hiring |recruitment )?process|onboarding)\b", 80, True, _THINGS),
        # "Interview Request for Copywriter", "Your candidacy for X", "Take home for X", "Update on X",
        # "La tua candidatura per X", "Nieuwe uitdaging als X?", "Je hebt gesolliciteerd op X"
        (rf"\b(?:for|on|regarding|about|per|para|pour|für|voor|als|como|comme|op|as)[ \t]+(?:(?:the|a|an|de|la|le|el|die|het)[ \t]+)?{T}[ \t]*[.!?]?[ \t]*$", 75, True, ()),
        # "Raj Williams sent you Systems Administrator Offer Letter"
        (rf"\b{T}[ \t]+(?i:offer letter|contract|employment agreement)\b", 80, True, ("offer letter", "contract", "agreement")),
        (rf"\b(?:[Aa]ngebot|[Oo]ffre|[Oo]ferta|[Ee]ntrevista|[Ee]ntretien|[Gg]esprek|[Gg]espräch|[Ee]inladung|[Cc]onvocatoria|[Kk]ennismaking|[Cc]olloquio)[^:|]{{0,30}}[:|–-][ \t]*{T}", 70, True, ("angebot", "offre", "oferta", "entrevista", "entretien", "gesprek", "gespräch", "einladung", "convocatoria", "kennismaking", "colloquio")),
        (rf"\b(?:[Pp]osici[oó]n|[Pp]laza|[Oo]ferta|[Vv]acante|[Rr]equirement|[Oo]pening|[Vv]acancy)(?: de| for| para)?[ \t]*[:–-]?[ \t]+{T}", 70, True, ("posici", "plaza", "oferta", "vacante", "requirement", "opening", "vacancy")),
        (rf"(?:^|[!?.][ \t]+){T} at [A-Z]", 70, True, (" at ",)),
        # "Re: entrevista Full Stack Developer", "Re: gesprek Medical Assistant"
        (rf"(?:^|:[ \t]*)(?:[Ee]ntrevista|[Ee]ntretien|[Gg]esprek|[Gg]espräch|[Kk]ennismaking|[Cc]olloquio|[Ii]nterview)[ \t]+(?:(?:pour|para|per|voor|für|for|de|le poste de|el puesto de)[ \t]+)?{T}[ \t]*$", 75, True, ("entrevista", "entretien", "gesprek", "gespräch", "kennismaking", "colloquio", "interview")),
    )
)  # fmt: skip

BODY_PATTERNS: Final[Table] = tuple(
    (LazyPattern(_fast(p), re.MULTILINE), w, noun, k, lead)
    for p, w, noun, k, lead in (
        (rf"^[ \t]*(?:[-*•][ \t]*)?(?:Job [Tt]itle|Position|Role|Job|Title|Poste|Intitulé du poste|Stelle|Stellenbezeichnung|Puesto|Cargo|Functie|Vacature|Ruolo|Posizione|Vaga|Post|Vacancy|{_MORE_LABEL_WORDS})[ \t]*:[ \t]*(?P<t>[^\n]{{2,90}})$", 95, False, _LABELS, False),
        (rf"\b(?:for|to|in|about|of) (?:the|our|this) {T}{_ASIDE} {_KIND}", 85, False, _KINDS, False),
        (rf"\b(?:position|role|post|poste) of {T}", 80, False, ("position of", "role of", "post of", "poste of"), False),
        (rf"\b(?:untuk|posisi|melamar)[ \t]+(?:posisi[ \t]+)?{T}[ \t]+di[ \t]+(?:PT\.?[ \t]+)?[A-Z]", 80, True, ("untuk", "posisi", "melamar"), False),
        (rf"\b(?:the|for|to|die|der|la|le|el|de) (?:[Pp]osition|[Ss]telle|role|rôle|poste|puesto|posición|functie|posizione):? {T}", 75, True, ("position", "stelle", "role", "rôle", "poste", "puesto", "posición", "functie", "posizione"), False),
        (rf"\b(?:join|joining|start|starting|welcome you|have you|hire you|onboard you)\b[^\n.]{{0,40}}? as (?:our |a |an |the )?(?:new )?{T}", 75, True, ("join", "start", "welcome you", "have you", "hire you", "onboard you"), False),
        (rf"\b(?:offer|employment|offer of employment) (?:as|for) (?:the |a |an |our )?(?:position of |role of )?{T}", 80, True, ("offer as", "offer for", "employment as", "employment for"), False),
        (rf"\b(?:for|to|in|about|of) (?:the|our|this|your) {T} (?:(?:final|first|second|third|technical|onsite|virtual|panel) )?(?:panel|onsite|on-site|loop|interviews?|assessment|test|challenge|take-home|exercise|presentation|case study|screen|conversation|call|chat|visit)\b", 75, True, ("panel", "onsite", "on-site", "loop", "interview", "assessment", "test", "challenge", "take-home", "exercise", "presentation", "case study", "screen", "conversation", "call", "chat", "visit"), False),
        (rf"\b(?:process|conversation|interview|call|screen|availability|processo seletivo|proceso|procédure|Verfahren|selectieprocedure)[^\n.]{{0,60}}? (?:for|para|per|pour|voor|für) (?:the |o |a |el |la |le |il |de |die )?{T}(?=\s*[.!]|\s*$)", 65, True, ("process", "conversation", "interview", "call", "screen", "availability", "seletivo", "proceso", "procédure", "verfahren", "procedure"), False),
        (rf"\b(?:open|several|new|two|three) {T} (?:roles|positions|openings|vacancies|jobs)\b", 70, True, ("roles", "positions", "openings", "vacancies", "jobs"), False),
        (rf"\b(?:Offer|Task|Interview|Angebot|Offre)[ \t]+[-–][ \t]+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}}[ \t]+[-–][ \t]+{T}", 80, True, ("offer", "task", "interview", "angebot", "offre"), False),
        (r"\b(?:the|our|your) (?P<t>(?!same\b|right\b|new\b|open\b|exciting\b|first\b|next\b)[a-z][a-z-]+(?: [a-z][a-z-]+){0,2}) (?:role|position|spot|opening|job|vacancy)\b", 55, True, ("role", "position", "spot", "opening", "job", "vacanc"), False),
        (r"\bas our (?:new |first )?(?P<t>[a-z][a-z-]+(?: [a-z][a-z-]+){0,2})[.,!]", 55, True, ("as our",), False),
        (rf"\b(?:vacature|functie(?: van)?|sollicitatie (?:voor|naar|als)(?: de functie van)?) (?:de |het )?{T}", 80, True, ("vacature", "functie", "sollicitatie"), False),
        (rf"\b(?:ruolo|posizione|figura|ricerca) (?:di |del |come |per )?(?:un |una |un'|uno |il |la )?{T}", 75, True, ("ruolo", "posizione", "figura", "ricerca"), False),
        (rf"\b(?:vaga|cargo|posição|processo seletivo) (?:é )?(?:de |para |como )?(?:a |o )?{T}", 75, True, ("vaga", "cargo", "posição", "seletivo"), False),
        (rf"\b(?:contigo|con te|avec vous|mit Ihnen|como|come|comme|en tant que) (?:nuevo |nueva |nuestro |nuestra |notre |nostro |nostra )?{T}", 60, True, ("contigo", "con te", "avec vous", "mit ihnen", "como ", " come ", "comme ", "en tant que"), False),
        (rf"\b(?:[Aa]pplication|[Ss]olicitud|[Cc]andidature|[Cc]andidatura) (?:for|para|pour|per) (?:the |el |le |la |il )?{T}\s*(?:[(.,!]|$| at | with | en | chez | presso | bei | bij | na | no )", 70, True, ("application for", "solicitud para", "candidature pour", "candidatura para", "candidatura per"), False),
        (rf"\b(?:on|about|for|of) (?:the|our|this|your|their) {T}{_ASIDE} (?:process|search|interviews?|application|candidacy|hiring process|opening)", 80, True, ("process", "search", "interview", "application", "candidacy", "opening"), False),
        # "the X role", "a permanent X role", "the X search", "our X program", "the X recruitment process"
        (rf"\b(?:[Tt]he|a|an|our|this) (?:permanent |contract |temporary |full-time |part-time |freelance |remote |hybrid |new |open )?{T}{_ASIDE} {_KIND}\b", 75, True, _KINDS, False),
        # Agency and school wording: "a Travel CT Technologist contract", "a hot X job", "a
        # long-term X maternity cover post", "a SEO Specialist hire", "the X assignment"
        (rf"\b(?:[Tt]he|a|an|our|this) (?:(?:hot|great|new|exciting|urgent|exclusive|long-term|short-term|permanent|temporary|temp|locum|contract|interim|immediate) )?{T}{_ASIDE} (?:assignment|contract|hire|placement|booking|(?:maternity |long-term )?cover|job|role|position|post)\b", 75, True, ("assignment", "contract", "hire", "placement", "booking", "cover", "job", "role", "position", "post"), False),
        # "The Research Scientist offer is on hold", "your Data Analyst application"
        (rf"\b(?:[Tt]he|[Yy]our) {T}{_ASIDE} (?:offer|application|candidacy)\b", 75, True, ("offer", "application", "candidacy"), False),
        # "the details for your visit and interviews (Delivery Driver)"
        (rf"\b(?:interviews?|process|application|candidacy|visit)[ \t]*\({T}\)", 70, True, ("interview", "process", "application", "candidacy", "visit"), False),
        # "offer you the appointment of Teaching Assistant", "an opportunity as Trainee Solicitor"
        (rf"\b(?:the appointment of|(?:opportunity|opening|vacancy) as(?: an?| the)?) {T}", 75, True, ("appointment of", "opportunity as", "opening as", "vacancy as"), False),
        (rf"\b(?:[Tt]he|a|an|our|this) {T}{_ASIDE} (?:search|program|programme|(?:recruitment|hiring|selection) process)\b", 75, True, ("search", "program", "recruitment process", "hiring process", "selection process"), False),
        (rf"\b(?:for|to|of) (?:the |our )?(?:[Rr]equisition|[Rr]eq\.?|[Jj]ob|[Vv]acancy|[Pp]osting) (?:#|[Nn]o\.? ?)?[A-Z0-9-]*\d[A-Z0-9-]*(?:,|[ \t]*[-–:|/])? {T}", 85, False, ("requisition", "req", "job ", "vacancy", "posting"), False),
        (rf"^[ \t]*(?:Application (?:submitted|sent|received)|You applied|Candidature envoyée|Bewerbung (?:gesendet|abgeschickt)|Solicitud enviada|Candidatura enviada|Sollicitatie verstuurd)[^\n]{{0,40}}\n+[ \t]*{T}[ \t]*\n", 80, True, ("application submitted", "application sent", "application received", "you applied", "candidature envoy", "bewerbung gesendet", "bewerbung abgeschickt", "solicitud enviada", "candidatura enviada", "sollicitatie verstuurd"), True),
        # Frontline's (AppliTrack) posting line: "Job ID 4417 – HVAC Maintenance Supervisor"
        (r"^[ \t]*(?:Job|Posting|Requisition|Req\.?)[ \t]*(?:ID|#|No\.?|Number)[ \t]*:?[ \t]*#?[A-Z0-9-]*\d[A-Z0-9-]*[ \t]+[-–—|][ \t]+(?P<t>[A-Z][^\n]{2,89}?)[ \t]*$", 85, True, ("job id", "posting id", "requisition id", "req id", "req. id", "job #", "job no", "job number"), False),
        # "auf die Position\n\n Digital Product Manager (w/m/d) Kfz-Versicherung\n", "Ihre
        # Bewerbung für die Stelle\n\nProduct Manager Mobile Apps (m/w/d)\n": the role on a line
        # of its own under the line the word ends
        (r"\b(?:[Pp]osition(?:\(s\))?|[Ss]telle|[Rr]ole|[Vv]acancy|[Pp]oste|[Vv]acature|[Ff]unctie|[Pp]uesto)[ \t]*:?[ \t]*\n+[ \t]*(?P<t>[A-Z0-9][^\n]{2,89}?)[ \t]*\n", 78, True, ("position", "stelle", "role", "vacancy", "poste", "vacature", "functie", "puesto"), True),
        # "we have received your application for:\n\nSpecial Education Teacher\nJob ID: ..."
        (rf"\b(?:application|applied) for(?: the following(?: job| position| role| vacancy| post)?)?[ \t]*:?[ \t]*\n+[ \t]*{T}[ \t]*\n", 80, True, ("application for", "applied for"), True),
        # "We've passed your CV on to Slaney Medical for the following job:\nQuality Engineer"
        (rf"\b(?:for|to|in) the following (?:job|position|role|vacancy|post|opening)[ \t]*:[ \t]*\n+[ \t]*{T}[ \t]*\n", 80, True, ("the following job", "the following position", "the following role", "the following vacancy", "the following post", "the following opening"), True),
        (rf"\b(?:take|complete|start|finish) (?:the|your|our|a) {T} (?:test|assessment|challenge|exercise|coding test|take-home|case study)\b", 75, True, ("take ", "complete ", "start ", "finish "), False),
        # "invited you to take the Security Software Engineer - Online Assessment"
        (rf"\b(?:take|complete|start|finish) (?:the|your|our|a) {T}[ \t]+[-–][ \t]+(?:[Oo]nline |[Cc]oding |[Tt]echnical )?(?:[Aa]ssessment|[Tt]est|[Cc]hallenge)\b", 75, True, ("take ", "complete ", "start ", "finish "), False),
        # A table's label and value on one line once its cells are text: "Job Title Claims Data Analyst"
        (r"^[ \t]*(?:Job [Tt]itle|Position [Tt]itle|Job [Pp]osting [Tt]itle)[ \t]+(?P<t>[A-Z][^\n]{2,80})$", 85, False, ("job title", "position title", "posting title"), False),
        # the same with the bare label, a portal's receipt: "Position Senior Engineer: Programme
        # Management Unit (Infrastructure Services)" (the title needs its noun)
        (r"^[ \t]*(?:Position|Vacancy|Post)[ \t]+(?P<t>[A-Z][^\n:]{2,60}(?::[ \t][A-Z][^\n]{2,70})?)$", 80, True, ("position ", "vacancy ", "post "), True),
        # A letter's reference line: "Re: Regulatory Affairs Associate - Req ID 7782-RA"
        (rf"^[ \t]*R[Ee]:[ \t]*{T}[ \t]*[-–|,][ \t]*(?:Req(?:uisition)?|Job|Vacancy|Ref)\b", 80, True, ("re:",), False),
        (rf"\b(?:hiring|looking for|searching for|recruiting for|seeking|recrutons|recherchons|recrute|cherche|buscamos|busco|cerchiamo|cerco|zoeken|procuramos|(?:confidential |retained )?search for an?|appoint) (?:actuellement |currently )?(?:a |an |our next |a new |an experienced |their |our |un |une |un\(e\) |un·e |una |uno |een |um |uma |notre |nuestro |nuestra |nostro |nostra )?{T}", 65, True, ("hiring", "looking for", "searching for", "recruiting for", "seeking", "recrutons", "recherchons", "recrute", "cherche", "buscamos", "busco", "cerchiamo", "cerco", "zoeken", "procuramos", "search for a", "appoint"), False),
        # "invite you to a Cabin Crew assessment day", "attend our X assessment centre"
        (rf"\b(?:to|attend|for) (?:a|an|the|our|your) {T} (?:assessment (?:day|centre|center)|selection day|recruitment day|insight day)\b", 75, True, ("assessment day", "assessment centre", "assessment center", "selection day", "recruitment day", "insight day"), False),
        (rf"\b(?:einen|eine) {T}", 70, True, ("suche",), False),  # "(ich) suche ... einen X"
        # (the role's link ends it even when the card's next line was joined to it)
        (rf"\b(?:sent to|submitted to|viewed by)[^\n]{{1,60}}\n+[ \t]*{T}(?:{_LINK_END}|[ \t]*\n)", 75, True, ("sent to", "submitted to", "viewed by"), True),
        (rf"\b(?:sent to|submitted to|viewed by)[^\n]{{1,60}}\n+[^\n]{{1,60}}\n[ \t]*{T}(?:{_LINK_END}|[ \t]*\n)", 73, True, ("sent to", "submitted to", "viewed by"), True),
        (rf"\b[Ii]nterview with [^\n]{{1,40}}? for (?:the |our )?{T}", 70, True, ("interview with",), False),
        (rf"\b(?:appl\w*|Appl\w*) (?:for|to) (?:the |our |a |an )?(?:position of )?{T}", 70, True, ("appl",), False),
        (rf"\b(?:process|step|round|stage|interviews?|screen|assessment|test|challenge|exercise|start date|offer) for (?:the |our )?{T}", 70, True, (" for ",), False),
        (rf"\b(?:for|as) (?:the |our )?{T} (?:is|are|has|have|was|were|will)\b", 60, True, (" is ", " are ", " has ", " have ", " was ", " were ", " will "), False),
        (rf"\b(?:as|for) (?:a|an|our) {T}", 50, True, ("as a", "for a", "for our"), False),
        (rf"\b(?:au poste|le poste|du poste|un poste) (?:de |d'|d’)?{T}", 80, True, ("poste",), False),
        (rf"\b(?:[Bb]ewerbung|Position|Stelle|Tätigkeit) (?:als|zum|zur) {T}", 80, True, (" als ", " zum ", " zur "), False),
        (rf"\b(?:puesto|posición|vacante) (?:de |como )?{T}", 80, True, ("puesto", "posición", "vacante"), False),
        # Labelled lines that need a job noun: "Application received: X", "Offer Letter: X",
        # "Reference: REQ-1 / X", "Role applied for: X", "Requirement: X"
        (r"^[ \t]*(?:[-*•][ \t]*)?(?:Application received|Applied for|Applied to|Position applied for|Role applied for|Job applied for|Vacancy|Opening|Job opening|Job posting|Posting|Requisition(?: title)?|Offer [Ll]etter|Requirement|Job [Nn]ame|Position [Tt]itle|Role [Tt]itle|Posting [Tt]itle|Job [Rr]ole|Designation|Reference|Ref)[ \t]*:[ \t]*(?P<t>[^\n]{2,90})$", 90, True, _NOUN_LABELS, False),
        # "thanks for applying to be our Controller", "joining us as our next X", "want you as our X"
        (rf"\b(?:as|be|for) our (?:next |first |new |founding )?{T}", 75, True, ("as our ", "be our ", "for our "), False),
        # "one of the roles I'm hiring for is a Chief of Staff", "one of the open roles is X"
        (rf"(?:r(?<![\w]r)oles?|p(?<![\w]p)ositions?|o(?<![\w]o)penings?)\b[^.\n]{{0,40}}? is (?:a |an |our )?{T}", 65, True, ("role", "position", "opening"), False),
        (rf"\b(?:[Cc]andidatura|[Cc]andidature|[Ss]olicitud|[Ss]ollicitatie|[Bb]ewerbung) (?:a|al|para|pour|per|voor|op|als|für) (?:(?:el|la|le|il|de|die|het|l'|l’) ?)?(?:(?:oferta|offerta|offre|vacature|vacante|puesto|poste|posizione|Stelle)(?: de| di| du)? )?{T}", 75, True, ("candidatura", "candidature", "solicitud", "sollicitatie", "bewerbung"), False),
        (rf"\b(?:oferta|offerta|offre|vacature|vacante|función|funcion|função|funzione|fonction)(?: de| di| d'| du)? {T}", 70, True, ("oferta", "offerta", "offre", "vacature", "vacante", "función", "funcion", "função", "funzione", "fonction"), False),
        (rf"\b(?:als|buscando|op zoek naar|suchen|eine/n|eine\*n|eine:n)(?: een| un| una| eine| einen)? {T}", 60, True, (" als ", "buscando", "op zoek naar", "suchen", "eine/n", "eine*n", "eine:n"), False),
        # Led by a blank, not "\b": the engine jumps from blank to blank (a third of the time),
        # and a lower-case "for" hardly ever starts a line.
        # "Thanks for taking the time to chat with us about Research Scientist.", "No news yet
        # on Interior Designer, sorry!", "interviewed for Software Engineer at Fieldstone"
        (rf" (?:about|regarding|on|for|para|pour|per|für|voor) (?:the |our )?{T}(?=[ \t]*(?:[.!?;,](?:[ \t]|$)|$|[ \t]+(?:at|bei|chez|with|en|na|bij|on|and|so|but|sigue|has|is|was|will|-|–|—)\b))", 55, True, (), False),
    )
)  # fmt: skip
