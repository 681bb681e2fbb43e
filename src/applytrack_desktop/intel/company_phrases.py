"""Where employers are named in subjects and bodies: the phrase tables company extraction votes
with, and the cheap way of running them.

"Thank you for applying to Acme", "the Data Engineer role at Acme", LinkedIn's "Your
application was sent to Acme", "The Acme Recruiting Team", a recruiter's "Talent Partner |
Acme" signature, and their French, German and Spanish forms. Each pattern names the
lower-case keywords it needs, so it only runs on the lines that hold one (a keyword test costs
~0.1 µs, a regex scan of a whole email ~50 µs).
"""

# ruff: noqa: E501  (the pattern tables read best one pattern per line)

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from applytrack_desktop.intel.text import KeywordGate, line_spans, start_of_any

# One word of a name: a capital (or "eBay"-style) start, dots only inside ("Booking.com").
# "St. Brendan Regional Hospital", "Mt. Sinai": an abbreviated saint or mount leads a name.
_W = (
    r"(?:(?:St|Mt|Ste)\.(?=[ \t][A-Z])|"
    r"(?:[A-Z0-9ÀÁÂÄÅÆÇÉÈÊËÍÎÏÑÓÔÖØÚÛÜ]|[a-z](?=[A-Z]))[\w&'’+-]*(?:\.[\w&'’+-]+)*)"
)
# "for" only after a public body's head: "Office for Rail Safety Standards", "Centre for ..."
_FOR = "|".join(
    f"(?<={head}[ \t])"
    for head in ("Office", "Centre", "Center", "Society", "Institute", "Ministry", "Council",
                 "Commission", "Agency", "Foundation", "Trust", "Department", "Alliance")
)  # fmt: skip
_LINK = rf"(?:&|and(?=[ \t][A-Z][a-z])|of|de|du|des|la|le|del|van|von|voor|y|für|am|(?:{_FOR})for)"
_LEGAL = (
    r"(?:,?[ \t](?:Inc|LLC|Ltd|GmbH|AG|SA|SAS|SE|plc|Corp|Co|S\.A|B\.V|N\.V|S\.L\.U|S\.L"
    r"|S\.[Rr]\.[Ll]|S\.p\.A|SpA|Srl|SRL|Ltda|Lda|Pty[ \t]Ltd|ApS|Oy|Sp\.[ \t]z[ \t]o\.o"
    r"|s\.r\.o|a\.s|Kft|Zrt|AB)\.?)?"
)


def _name(words: int) -> str:
    """A name of one to ``words`` words, captured as ``c``."""
    return rf"(?P<c>(?<![\w&'’+.-]){_W}(?:[ \t](?:{_LINK}[ \t])?{_W}){{0,{words - 1}}}{_LEGAL})"


NAME: Final = _name(6)
# The label of a line that names the employer: "Employer: Acme", "Empresa: Acme S.A.S.".
EMPLOYER_LABEL: Final = (
    r"(?:[Cc]lient|Company|Employer|Hiring [Cc]ompany|Organi[sz]ation|Unternehmen|Arbeitgeber"
    r"|Empresa|Entreprise|Azienda|Werkgever|Kunde|Klient|Klien)"
)
# A labelled line holds the whole name, however long: "Employer: Calder Valley Hospitals NHS
# Foundation Trust".
_LONG_NAME: Final = _name(8)


def _pairs(heads: tuple[str, ...], tails: tuple[str, ...]) -> tuple[str, ...]:
    """Keywords "head tail" for every pair: a tighter gate than the head alone when the
    pattern needs both words in a row ("recruiter at ", "la candidatur")."""
    return tuple(f"{head} {tail}" for head in heads for tail in tails)


def _after_blank(*words: str) -> tuple[str, ...]:
    """Keywords for words a pattern needs after a blank (``[ \\t]+Team``): " team", "\\tteam"."""
    return tuple(f"{blank}{word}" for word in words for blank in (" ", "\t"))


# (pattern, weight, keywords, starts_at_keyword): a pattern runs only where one of its
# lower-case keywords occurs (see ``scan``); () runs everywhere.
_Row = tuple[re.Pattern[str], int, tuple[str, ...], bool]
_Table = tuple[_Row, ...]

SUBJECT_PATTERNS: Final[_Table] = tuple(
    (re.compile(p), w, k, False)
    for p, w, k in (
        (rf"\b(?:[Aa]pplying|[Aa]pplied|[Aa]pplication|[Aa]pply) (?:to|at|with) {NAME}", 90, ("appl",)),
        (rf"\b[Ii]nterest in (?:joining |working (?:at|with) )?{NAME}", 80, ("interest",)),
        (rf"\b(?:sent|submitted) to {NAME}", 100, ("sent to", "submitted to")),
        # An agency's job card: "Urgent Opening || Big Data Engineer || Bangalore || Client: Acme"
        (rf"\b[Cc]lient[ \t]*:[ \t]*{NAME}", 80, ("client",)),
        (rf"\b(?:envoyée|transmise|enviada|enviado) (?:à|a) {NAME}\s*$", 90, ("envoyée", "transmise", "enviad")),
        # Indonesian boards: "Lamaran Anda telah terkirim ke PT Jalur Kirim Nusantara",
        # "Lamaran terkirim: Product Analyst (Growth) di Keranjang Hijau" (at)
        (rf"\b(?:terkirim|dikirim|diteruskan) ke (?:PT\.? )?{NAME}\s*$", 90, ("terkirim ke", "dikirim ke", "diteruskan ke")),
        (rf"\b(?:[Ll]amaran|[Pp]osisi)\b[^\n]{{2,80}}? di (?:PT\.? )?{NAME}\s*(?:sudah|telah|berhasil|$)", 80, (" di ",)),
        # LinkedIn in Spanish: "Valeria, tu solicitud se envió a Brightloom Software"
        (rf"\b(?:solicitud|postulación|candidatura) (?:se envió|fue enviada|se ha enviado) a {NAME}", 100, ("se envió", "fue enviada", "se ha enviado")),
        (rf"^{NAME} a bien reçu votre candidature", 80, ("bien reçu",)),
        # "Kaiserhof Stadthotels hat deine Bewerbung angesehen" (hokify, StepStone)
        (rf"^{NAME} hat (?:sich )?(?:deine|Ihre) Bewerbung", 80, (" hat ",)),
        # a board's notice: "Distribuidora Cantera vio tu hoja de vida"
        (rf"^{NAME} (?:vio|revisó|ha visto|ha revisado|visualizou) (?:tu|seu) (?:hoja de vida|CV|currículum|currículo|perfil|postulación)", 80, ("vio tu", "revisó tu", "ha visto tu", "ha revisado tu", "visualizou seu")),
        (rf"\b(?:[Ii]nterview|[Cc]all|[Cc]hat|[Oo]ffer|[Uu]pdate|[Nn]ews|[Nn]ext [Ss]teps?) (?:with|from|at) {NAME}", 80, (" with ", " from ", " at ")),
        # (a criminal-record or visa check is "your DBS application", of no employer)
        (rf"\b[Yy]our (?!(?:DBS|CRB|PVG|Visa|Passport|Mortgage|Loan|Rental)\b){NAME} (?:application|interview|offer|candidacy)", 80, ("your ",)),
        (rf"\bat {NAME}\s*(?:[(\[|–—!:-]|$)", 70, ("at ",)),
        (rf"\b(?:chez|auprès de|bei|en|con) {NAME}\s*(?:[(\[|–—!:-]|$)", 60, ("chez ", "auprès", "bei ", "en ", "con ")),
        (rf"\b(?:[Bb]ewerbung|[Kk]andidatur) (?:bei|an) (?:der |dem )?{NAME}", 70, ("bewerbung", "kandidatur")),  # "Deine Bewerbung bei Acme ist angekommen"
        (rf"^{NAME} (?:has|have) (?:moved forward|moved on|reviewed|decided|viewed)", 70, (" has ", " have ")),
        (rf"^{NAME} (?:background check|reference check|screening|references)\b", 60, ("background", "reference", "screening")),  # "Fieldstone background check - action needed"  # a board's "Acme has moved forward with other candidates"
        (rf"\b(?:[Uu]pdate|[Ss]tatus)[ \t]*:[ \t]*{NAME}\s*$", 50, ("update", "status")),  # "Application update: Acme"
        (rf"\b[Ww]elcome to {NAME}", 50, ("welcome",)),
        (rf"^{NAME} (?:has invited you|invites you)", 80, ("invite",)),
        (rf"(?:^|:[ \t]*|\bsent you |\bsign |[\"“]){NAME} (?:[Oo]ffer [Ll]etter|[Oo]ffer|[Ee]mployment [Cc]ontract|[Ee]mployment [Aa]greement)", 70, ("offer", "employment")),
        # "your Heron Freight technical challenge": a kind of test may sit before the word.
        (rf"\b[Yy]our {NAME} (?:(?:technical|coding|online|take-home|skills?|written|video|case|aptitude|cognitive|personality) )?(?:test|assessment|challenge|exercise|onboarding|account|portal|candidacy)", 80, ("your ",)),
        # A sender's greeting names itself: "Thanks from Acme", "A note from Acme".
        (rf"^(?:(?:Re|RE|Fwd?|FWD?)[ \t]*:[ \t]*)*(?:[Tt]hanks|[Tt]hank you|[Aa] note|[Aa] message|[Gg]reetings|[Hh]ello|[Hh]i) from {NAME}\s*(?:[(\[|–—!:.-]|$)", 80, (" from ",)),
        (rf"\b(?:[Pp]ostularte|[Pp]ostulación|[Ss]olicitud|[Cc]andidatura) (?:a|en|para) {NAME}", 70, ("postula", "solicitud", "candidatura")),
        # Not after a Romance role noun: "Analista de BI", "Coordinador/a de Admisiones",
        # "Tecnico di laboratorio" end a subject as often as an employer does.
        (rf"(?<!ista )(?<!dor )(?<!ora )(?<!ico )(?<!ica )(?<!ero )(?<!era )(?<!/a )(?<!/o )(?<!nte )(?<!ario )(?<!aria )(?<!liar )(?<!able )(?<!efe )(?<!etto )(?<!etta )\b(?:von|de|di|van|da) {NAME}\s*$", 60, ("von ", "de ", "di ", "van ", "da ")),
        (rf"\b(?:bij|presso|na|no|em|junto a|au sein de|pour) {NAME}\s*(?:[(\[|–—!:-]|$)", 60, ("bij ", "presso ", "na ", "no ", "em ", "junto a", "au sein", "pour ")),
        # An outreach's pairing: "Juniper Biosciences + you?", "Acme x you".
        (rf"^(?:(?:Re|RE|Fwd?|FWD?)[ \t]*:[ \t]*)*{NAME}[ \t]*(?:\+|x|×|&)[ \t]*(?:you|You)\b", 60, (" + you", "+you", " x you", " × you", " & you")),
        # A meeting named for both sides: "Maya Lindqvist <> Orrin Health – Hiring Manager
        # Interview" (the reader's side is a person's name, which never wins).
        (rf"<>[ \t]*{NAME}[ \t]*(?:[|:–—(@]|-\s|$)", 40, ("<>",)),
        (rf"(?:^|:[ \t]*){NAME}[ \t]*<>", 40, ("<>",)),
        (rf"\({NAME}\)\s*$", 35, ("(",)),  # weak alone: "(Round 2)" names nobody
        (rf"^(?:(?:Re|RE|Fwd?|FWD?|Fw|AW|WG|TR|RV)[ \t]*:[ \t]*)*{NAME}\s*(?:[|:–—]|-\s)", 40, ()),
        # "Jefe de Obra - Construcciones Ibarra (Bilbao)": a place may close the subject
        (rf"(?:[|–—]|\s-)\s*{NAME}(?:[ \t]+\([^()\n]{{2,30}}\))?\s*$", 40, ("|", "–", "—", " -")),
    )
)  # fmt: skip

BODY_PATTERNS: Final[_Table] = tuple(
    (re.compile(p, re.MULTILINE), w, k, lead)
    for p, w, k, lead in (
        (rf"\b(?:was|were|has been|have been) (?:successfully )?(?:sent|submitted|forwarded|shared) to {NAME}", 100, ("sent to", "submitted to", "forwarded to", "shared to"), False),
        # (never the footer's "Este correo se envió a Valeria Ortiz": a reader, not a receipt)
        (rf"\b(?:solicitud|postulación|candidatura) (?:se envió|fue enviada|se ha enviado) a {NAME}", 100, ("se envió", "fue enviada", "se ha enviado"), False),
        # A job board's receipt names the employer it passed the application on to.
        (rf"\b(?:sent|forwarded|passed) your (?:CV|resume|résumé|application|profile)(?: and cover letter)?(?: over| across| on| through)? to {NAME}", 100, ("sent your", "forwarded your", "passed your"), False),
        (rf"\b[Aa]pplication for [^\n]{{2,80}}? with {NAME} (?:has been|was) (?:successfully )?(?:sent|submitted)", 90, ("application for",), False),
        # A recruiter passing the reader on to the client: "I submitted you to Harborline last
        # night", "I've put you forward to Acme", "avant de présenter votre candidature à X".
        (rf"\b(?:submitted|submit|put) you (?:forward )?(?:to|for|with) {NAME}", 75, ("submitted you", "submit you", "put you"), False),
        (rf"\b(?:présenter|presenter|proposer|transmettre|soumettre) (?:votre|ta) (?:candidature|profil|CV) (?:à|a|chez) {NAME}", 75, ("présenter", "presenter", "proposer", "transmettre", "soumettre"), False),
        # "Northbank Teaching Hospitals NHS Foundation Trust has started your pre-employment checks"
        (rf"{NAME} (?:has|have) (?:started|begun|initiated|requested) (?:your )?(?:pre-employment|background|employment|reference) checks", 75, ("has started", "have started", "has begun", "has initiated", "has requested", "have requested"), False),
        # "Thank you for applying for the post of Staff Nurse - Acute Medical Unit with Thornbury NHS Trust."
        (rf"\b(?:applying|applied|application) (?:for|to) (?:the )?(?:post|position|role|job|vacancy) (?:of |as )?[^\n.]{{2,80}}? with {NAME}", 75, ("applying for", "applied for", "application for", "applying to", "applied to", "application to"), False),
        (rf"\b(?:se ha enviado|ha sido enviada)(?: correctamente| con éxito)? a {NAME}", 90, ("enviad",), False),
        # "a bien été transmise à Acme", "wurde erfolgreich an Acme übermittelt".
        (rf"\b(?:a|est) (?:bien )?(?:été )?(?:envoyée|transmise|transmis|envoyé) à {NAME}", 90, ("envoyé", "transmis"), False),
        (rf"\b(?:wurde|ist) (?:erfolgreich )?an (?:die |das |den )?{NAME} (?:übermittelt|gesendet|versendet|verschickt|weitergeleitet)\b", 90, ("übermittelt", "gesendet", "versendet", "verschickt", "weitergeleitet"), False),
        (rf"\bvaga de [^\n]{{2,80}}? (?:na|no|em) {NAME} foi\b", 80, ("vaga de",), False),
        # "para a vaga de Analista de BI na Ipê Varejo." ("no" would take "no Rio de Janeiro")
        (rf"\bvaga de [^\n]{{2,80}}? na {NAME}(?=[.,;!]|[ \t]*$|[ \t]+(?:e|é|para|com)\b)", 60, ("vaga de",), False),
        (rf"\bcandidat[oa] per l['’]offerta [^\n]{{2,80}}? di {NAME}", 80, ("offerta",), False),
        # "el puesto de Coordinador/a de Admisiones en Hospital San Rafael"
        (rf"\b(?:puesto|plaza|vacante|cargo) de [^\n]{{2,80}}? en (?:el |la )?{NAME}", 70, ("puesto de", "plaza de", "vacante de", "cargo de"), False),
        (rf"\b(?:[Aa]pplying|[Aa]pplied|[Aa]pplication|[Aa]pply) (?:to|at|with) {NAME}", 60, ("appl",), False),
        (rf"\b[Ii]nterest in (?:joining |working (?:at|with|for) )?{NAME}", 60, ("interest in",), False),
        (rf"\b(?:position|role|opening|opportunity|job|vacancy|team|career|careers|post|placement|assignment)(?: \([^)\n]{{2,60}}\))? (?:at|with) {NAME}", 60, ("position ", "role ", "opening ", "opportunity ", "job ", "vacancy ", "team ", "career", "post ", "placement ", "assignment "), False),
        (rf"\b[Aa]t {NAME},? we\b", 70, (" we ", ", we"), False),
        # never "the Warehouse Team Leader role": a role, not a team
        (rf"(?:^|\b[Tt]he )[ \t]*{NAME}[ \t]+Team\b(?![ \t]+(?:[Ll]eader|[Ll]ead|[Mm]ember|[Mm]anager|[Ss]upervisor|[Cc]oordinator|[Aa]ssistant)\b)", 60, _after_blank("team"), False),
        (rf"\b[Oo]n behalf of {NAME}", 60, ("on behalf of",), False),
        # "Le escribo de Recursos Humanos del Hospital San Rafael"
        (rf"\b(?:Recursos [Hh]umanos|Ressources [Hh]umaines|Risorse [Uu]mane) (?:(?:del|de la|de|da|do|di|della|du) |de l'|dell')(?:{NAME})", 60, ("recursos humanos", "ressources humaines", "risorse umane"), False),
        (rf"\b[Jj]oin(?:ing)? {NAME}", 40, ("join",), False),
        # An assessment or reference service's reminder: "your invitation to the Globex
        # technical exercise", "feedback for your Wildflower application".
        (rf"\b(?:[Yy]our|the) {NAME} (?:application|candidacy|(?:online |skills |coding |technical )?(?:assessment|exercise|challenge|test))\b", 50, ("application", "candidacy", "assessment", "exercise", "challenge", " test"), False),
        (rf"\b{NAME} (?:has received|received) your application", 80, ("received your application",), False),
        (rf"\b(?:chez|rejoindre|auprès de|l'équipe|L'équipe) {NAME}", 60, ("chez ", "rejoindre", "auprès de", "l'équipe"), False),
        (rf"\b(?:[Bb]ewerbung|[Ii]nteresse) (?:bei|an) (?:der |dem |)?{NAME}", 60, ("bewerbung", "interesse"), False),
        (rf"\b[Ii]hr {NAME}[ -]Team\b", 60, ("ihr ",), False),
        (rf"\b(?:candidatura|interés|interes) (?:en|a|para|por) {NAME}", 60, _pairs(("candidatura", "interés", "interes"), ("en ", "a ", "para ", "por ")), False),
        (rf"\b[Ee]l equipo de {NAME}", 60, ("el equipo de",), False),
        (rf"\bsuche (?:für|bei) {NAME}", 60, ("suche",), False),
        (rf"\b(?:considering|choosing|chosen) {NAME}", 60, ("consider", "choos", "chosen"), False),
        (rf"\b(?:check|screening|verification|references?|assessment|test|interview) (?:for|from|with) {NAME}", 60, ("check", "screening", "verification", "reference", "assessment", "test", "interview"), False),
        (rf"^[ \t]*{NAME} will (?:contact you|reach out|be in touch|review)", 60, (" will ",), False),
        (rf"\b(?:[Rr]ecruiter|[Ss]ourcer|[Rr]ecruiting [Cc]oordinator|[Tt]alent [Pp]artner|[Hh]iring [Mm]anager) (?:at|with|for) {NAME}\b(?![ \t]+at[ \t]+\d|,?[ \t]+\d)", 70, _pairs(("recruiter", "sourcer", "coordinator", "talent partner", "hiring manager"), ("at ", "with ", "for ")), False),
        (rf"\b(?:partnering|working|partnered)(?: exclusively| closely| directly)? with {NAME}", 60, ("partner", "working "), False),
        # A job board's receipt: "Your application for NLP Engineer at Greenfield Schools".
        (rf"\b(?:[Aa]pplication for|[Aa]pplied (?:to|for)) (?:the )?[^\n.]{{2,60}}? at {NAME}", 60, ("application for", "applied to", "applied for"), False),
        # An agency's job card: "Client: Acme", "Company: Acme".
        # (with an aside after it: "Client: Orchard Ledger (NYC-based fintech, ~180 people)")
        (rf"^[ \t]*{EMPLOYER_LABEL}[ \t]*:[ \t]*{_LONG_NAME}\.?(?:[ \t]+\([^()\n]{{2,120}}\))?[ \t]*$", 70, ("client", "company:", "employer:", "organisation:", "organization:", "unternehmen:", "empresa:", "entreprise:", "azienda:", "werkgever:", "client :", "entreprise :", "kunde:", "klient:", "klien:"), False),
        (rf"\b{NAME} (?:liked|loved|likes|loves|(?:was|were) impressed by) your (?:CV|cv|profile|resume|résumé|application|background)", 60, ("liked your", "loved your", "likes your", "loves your", "impressed by your"), False),
        (rf"\b{NAME} (?:has requested|wants? to (?:meet|offer|interview|invite|hire|see|speak|talk)|would like to (?:meet|invite|interview|extend|offer|make))", 60, ("requested", "to meet", "would like to", "want to", "wants to"), False),
        (rf"^[ \t]*{NAME}[ \t]+[-–·][ \t]+[A-Z][^\n]{{1,40}}$", 45, (" - ", " – ", " · "), False),
        (rf"\b(?:position|role|job|offer|opportunity|employment) (?:of|as|for) [^\n.]{{2,60}}? (?:at|with) {NAME}", 60, ("position of", "position as", "role of", "role as", "job as", "offer of", "opportunity as", "employment as", "employment for", "position for", "role for"), False),
        (rf"\b(?:(?:hiring|interview|recruitment|recruiting) )?process at {NAME}", 60, ("process at",), False),
        (rf"\b(?:next step|next steps|process|journey|time|conversations?|interviews?) with {NAME}", 60, (" with ",), False),
        (rf"\b{NAME} (?:has invited you|invites you|would like to invite you)", 70, ("invite",), False),
        # "Good news - Weaver Valley have shortlisted you": British English's plural employer
        (rf"\b{NAME} (?:has|have) (?:shortlisted|selected) you\b", 70, ("shortlisted you", "selected you"), False),
        (rf"^[ \t]*(?:The )?{NAME}[ \t]+(?i:Recruiting|Recruitment|Talent Acquisition|Talent|Hiring|People|HR|Careers)(?:[ \t]+(?i:Team))?[ \t]*$", 60, _after_blank("recruit", "talent", "hiring", "people", "hr", "careers"), False),
        (rf"\b[Ww]elcome (?:to|aboard at) {NAME}", 50, ("welcome",), False),
        (rf"\b(?:[Mm]y|[Oo]ur|[Mm]on|[Nn]otre|[Mm]ein|[Uu]nser|[Mm]i|[Nn]uestro|[Ii]l mio|[Ii]l nostro|[Mm]ijn|[Oo]nze|[Mm]eu|[Nn]osso) (?:client|cliente|Kunde|klant),? {NAME}", 70, ("client", "kunde", "klant"), False),
        # German's client with its article, and a woman client: "Unsere Kundin, die Jurapharm SA"
        (rf"\b(?:[Uu]nsere|[Mm]eine) (?:Kundin|Mandantin|Auftraggeberin),? (?:die |der |das )?{NAME}", 70, ("kundin", "mandantin", "auftraggeberin"), False),
        # A German offer's first line: "Die Palais Lindenhof Hotel Collection möchte Ihnen die
        # Position als … anbieten".
        (rf"(?:\b[Dd]ie |\b[Dd]er |\b[Dd]as |^){NAME} (?:möchte|würde) (?:Ihnen|dir|Sie) (?:gerne |sehr gerne )?(?:die Position|die Stelle|ein Angebot|ein Vertragsangebot)", 70, ("möchte ihnen", "möchte dir", "würde ihnen", "möchte sie"), False),
        # "Pampa Logística ya recibió tu CV", "Kaiserhof Stadthotels hat sich deine Bewerbung
        # als Revenue Analyst angesehen": a board says who has the application now.
        (rf"\b{NAME} (?:ya )?(?:recibió|recebeu) (?:tu|seu|sua) (?:CV|currículum|currículo|postulación|candidatura)", 90, ("recibió tu", "recebeu"), False),
        (rf"(?:^|: |\. ){NAME} hat (?:sich )?(?:deine|Ihre) Bewerbung", 80, ("deine bewerbung", "ihre bewerbung"), False),
        # Indonesian: "melamar posisi Senior Product Analyst di PT Kantong Kita Indonesia",
        # "Lamaran kamu untuk posisi X di PT Lintas Paket Indonesia berhasil dikirim", and the
        # employer's recruiting team ("ke tim rekrutmen Kantong Kita").
        (rf"\b(?:melamar(?: posisi)?|[Ll]amaran(?: [Aa]nda| kamu)? untuk(?: posisi)?)[ \t]+[^\n]{{2,80}}? di (?:PT\.? )?{NAME}", 80, ("melamar", "lamaran"), False),
        (rf"\b[Tt]im [Rr]ekrutmen {NAME}", 60, ("tim rekrutmen",), False),
        # A search firm's brief: "Im Auftrag der Palais Lindenhof Hotel Collection suche ich",
        # Indonesian "kami membantu Pasar Segar (…) mencari" (we are helping X look for).
        (rf"\b[Ii]m Auftrag (?:der |des |von |unserer Kundin,? |unseres Kunden,? )?{NAME}", 70, ("im auftrag",), False),
        (rf"\b(?:[Kk]ami|[Ss]aya) (?:sedang )?membantu {NAME}(?:[ \t]+\([^()\n]{{2,80}}\))?[ \t]+(?:mencari|merekrut)", 70, ("membantu",), False),
        (rf"\b(?:[Uu]nser|[Mm]ein) (?:Kunde|Mandant|Auftraggeber),? (?:die |der |das )?{NAME}", 70, ("kunde,", "kunde die", "kunde der", "kunde das", "mandant", "auftraggeber"), False),
        (rf"\b{NAME} (?:have|has) (?:come back|made|offered|decided|asked|confirmed|agreed|approved|reviewed|moved forward|moved on|chosen|selected|filled)", 60, ("ve come back", "s come back", "ve made", "s made", "ve offered", "s offered", "ve decided", "s decided", "ve asked", "s asked", "ve confirmed", "s confirmed", "ve agreed", "s agreed", "ve approved", "s approved", "s reviewed", "ve reviewed", "s moved", "ve moved", "s chosen", "ve chosen", "s selected", "ve selected", "s filled", "ve filled"), False),
        # (a director, manager or lead "of" names a field: "Director of Revenue & Distribution")
        (rf"\b(?:(?:CEO|CTO|COO|CFO|[Ff]ounder|[Cc]o-?founder) (?:at|of|@|der|des|von|de)|(?:[Hh]ead of \w+|[Dd]irector|VP \w+|[Mm]anager|[Ll]ead) (?:at|@)) {NAME}", 60, ("ceo ", "cto ", "coo ", "cfo ", "founder ", "head of", "director at", "vp ", "manager at", "lead at", "director @", "manager @", "lead @"), False),
        (rf"\b(?:(?:recruiting|hiring)(?: for)?|works?|working|runs \w+|people team) at {NAME}", 60, ("recruiting at", "hiring at", "for at", "work at", "works at", "working at", "runs ", "team at"), False),
        # A board's status notice: "Acme closed the Data Engineer position", "Acme has filled
        # the role".
        (rf"\b{NAME} (?:has )?(?:closed|filled|cancelled|canceled|paused) (?:the|this|its|their) ", 60, ("closed the", "filled the", "cancelled the", "canceled the", "paused the", "closed this", "filled this", "closed its", "closed their"), False),
        (rf"\b{NAME} (?:lädt Sie|vous invite|le invita|te invita|la invita|ti invita|nodigt (?:je|u)|convida)", 70, ("lädt sie", "vous invite", "le invita", "te invita", "la invita", "ti invita", "nodigt", "convida"), False),
        (rf"\b(?:bij|presso|junto a|na empresa|au sein de l'|au sein de|au sein d'|bei der|bei) (?:de )?{NAME}", 55, ("bij ", "presso ", "junto a", "na empresa", "au sein", " bei "), False),
        (rf"\b(?:la|sua|tua|je|uw|tu|votre|Ihre|su) (?:candidatura|candidature|sollicitatie|Bewerbung|solicitud)[^\n.]{{2,80}}? (?:bij|presso|na|no|en|chez|bei|per) (?:de |la |il |a |o )?{NAME}", 65, _pairs(("la", "sua", "tua", "je", "uw", "tu", "votre", "ihre", "su"), ("candidatur", "sollicitatie", "bewerbung", "solicitud")), False),
        # An agency's or a booking's wording: "Keller Mechanical are after a Scaffolder",
        # "a Travel Nurse contract at Mercy Valley", "your booking: Scaffolder at Ashdown".
        (rf"\b{NAME} (?:are|is) (?:after|looking for|hiring|recruiting) an? ", 60, ("re after", "s after", "looking for", "re hiring", "s hiring", "re recruiting", "s recruiting"), False),
        (rf"\b(?:contract|booking|shift|assignment)s?:? (?:[A-Z][\w/-]*[ \t]){{0,4}}?(?:at|with) {NAME}", 60, ("contract", "booking", "shift", "assignment"), False),
        # A search firm helping its client: "vi hjælper Region Østjylland med at finde",
        # "vi bistår Fjordkraft Nett med å rekruttere", "we are helping Acme to hire".
        (rf"\b(?:hjælper|hjelper|hjälper|bistår|helpen|unterstützen|helping|assisting) {NAME} (?:med|mit|bij|with|to find|to hire|to recruit|find|hire|recruit)\b", 65, ("hjælper", "hjelper", "hjälper", "bistår", "helpen", "unterstützen", "helping", "assisting"), False),
        # A search firm's mandate: "retained by Brightwater Foods to appoint their Head of
        # Supply Chain", "run a confidential search for a Chief Operating Officer for Harcourt".
        (rf"\b(?:ayudando|ayudamos|apoyando|apoyamos|acompañando|acompañamos) a {NAME} (?:a|en)\b", 65, ("ayudando a", "ayudamos a", "apoyando a", "apoyamos a", "acompañando a", "acompañamos a"), False),
        # "a 6-month contract going with Kauri Bank", "an exclusive search for Sakura Ledger,"
        (rf"\b(?:contract|role|position|assignment|vacancy|opening) (?:going|open|live) with {NAME}", 65, ("going with", "open with", "live with"), False),
        (rf"\b(?:exclusive|confidential|retained) search for {NAME}", 65, ("search for",), False),
        # a travel or agency job card: "ICU Travel RN - Sierra Crest Medical Center, Reno NV"
        (rf"^[ \t]*[A-Z][^\n]{{1,50}}?[ \t][-–][ \t]{NAME},[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,?[ \t][A-Z]{{2,3}}[ \t]*$", 60, (" - ", " – "), False),
        # "pour l'un de nos clients, la Clinique des Alpes", "uno de nuestros clientes, Acme"
        (rf"\b(?:l'un de nos clients|l'une de nos clientes|uno de nuestros clientes|uno dei nostri clienti|een van onze klanten|one of our clients),? (?:la |le |l'|el |il |de |the )?{NAME}", 70, ("de nos client", "nuestros clientes", "nostri clienti", "onze klanten", "of our clients"), False),
        (rf"\b(?:[Cc]lient is|[Tt]he client,) {NAME}", 70, ("client is", "the client,"), False),
        # "I'm recruiting a Maintenance Planner (fixed plant) for Redbank Iron at their ..."
        (rf"\b(?:recruiting|hiring|looking for) an? [^\n.]{{2,60}}? for {NAME}", 60, ("recruiting a", "hiring a", "looking for a"), False),
        (rf"\byou to interview at {NAME}", 65, ("interview at",), False),
        (rf"\bretained by {NAME} to\b", 65, ("retained by",), False),
        (rf"\bsearch for an? [^\n.]{{2,60}}? for {NAME}", 65, ("search for a",), False),
        # A text message relayed as mail names the employer the way a phone call does: "Hello
        # this is Parcelway hiring", "this is Ben from Mountain Mart", "Sam w/ GreenCart here".
        (rf"\b[Tt]his is {NAME} (?:hiring|recruiting|HR)\b", 60, ("this is ",), False),
        (rf"\b[Tt]his is [A-Z][\w'’-]+ (?:from|at|with|w/) {NAME}", 60, ("this is ",), False),
        (rf"\b[A-Z][\w'’-]+ (?:w/|with|from) {NAME} here\b", 60, (" here",), False),
    )
)  # fmt: skip


# Mail sent by a service for an employer (background checks, references, surveys, assessments,
# e-signatures): the employer is named as the one the service works for. These override the
# sender's own domain.
PROXY_PATTERNS: Final[_Table] = tuple(
    (re.compile(p, re.MULTILINE), w, k, False)
    for p, w, k in (
        (rf"\b[Oo]n behalf of {NAME}", 85, ("on behalf of",)),
        # An agency's client, labelled or said in other languages: "Cliente: Finvera (fintech
        # de crédito)", "Naszym Klientem jest Hallstrom Pharma Services": the agency writes
        # for it.
        (rf"^[ \t]*(?:Cliente|Klient|Kunde|Opdrachtgever)[ \t]?:[ \t]*{_LONG_NAME}(?:[ \t]+\([^()\n]{{1,80}}\))?[ \t]*$", 70, ("cliente:", "klient:", "kunde:", "opdrachtgever:")),
        (rf"\b(?:[Nn]aszym [Kk]lientem jest|[Oo]ur client is|[Nn]osso cliente é|[Nn]uestro cliente es|[Nn]otre client(?:e)? est|[Ii]l nostro cliente è|[Uu]nser Kunde ist|[Oo]nze opdrachtgever is) {NAME}", 70, ("klientem jest", "our client is", "nosso cliente", "nuestro cliente", "notre client", "nostro cliente", "unser kunde", "onze opdrachtgever")),
        # the client named after a comma: "posizione che sto seguendo per un nostro cliente,
        # Deda Home.", "for a client of ours, Harcourt Foods", "para un cliente, Farmadis"
        (rf"\b(?:per un (?:nostro )?cliente|para un cliente(?: nuestro)?|pour (?:un|une) (?:de nos )?client(?:e|s|es)?|für (?:einen|unseren) Kunden|voor (?:een|onze) (?:klant|opdrachtgever)|for (?:a|our) client(?: of ours)?|para um cliente(?: nosso)?),[ \t]+(?:la |il |el |le |l'|the |o |a )?{NAME}", 70, ("per un", "para un", "pour un", "für einen", "für unseren", "voor een", "voor onze", "for a client", "for our client", "para um")),
        # the Nordic "my client Solvik Energi" ("Min kund Solvik Energi – ett växande bolag")
        (rf"\b(?:[Mm]in|[Vv]år|[Vv]ores) (?:kund|kunde|klient)(?:,|[ \t]+är|[ \t]+er)? {NAME}", 70, ("min kund", "vår kund", "min klient", "vår klient", "vores kunde", "vår kunde", "min kunde")),
        # The same in other languages: "im Auftrag von Kraftwerk Logistik führen wir ...".
        # An executive search's mandate and its step: "I'm currently retained by Al Sahel
        # Development Company to find ...", "I've presented you to Al Sahel".
        (rf"\b(?:retained by|engaged by|presented you to|put you forward to|submitted your (?:CV|profile) to) {NAME}", 70, ("retained by", "engaged by", "presented you to", "put you forward to", "submitted your")),
        # the same step in Spanish, Portuguese and French: "Ya he presentado tu candidatura a
        # Farmadis", "apresentei seu perfil à Vale Verde", "j'ai présenté votre candidature à"
        (rf"\b(?:presentado tu (?:candidatura|perfil|CV) a|apresentei (?:seu|o seu|teu) (?:perfil|currículo|CV) (?:à|a|ao)|présenté votre (?:candidature|profil|CV) (?:à|chez)) (?:la |el |l'|o )?{NAME}", 70, ("presentado tu", "apresentei", "présenté votre")),
        (rf"\b(?:[Ii]m Auftrag von|[Pp]our le compte de|[Ee]n nombre de|[Pp]er conto di|[Ee]m nome d[aeo]|[Nn]amens|[Pp]å vegne af|[Pp]å vegne av|[Pp]å uppdrag av) {NAME}", 85, ("im auftrag von", "pour le compte de", "en nombre de", "per conto di", "em nome d", "namens ", "på vegne a", "på uppdrag av")),
        (rf"\b(?:ordered|requested|initiated|sent|conducted|organi[sz]ed) by {NAME}", 85, ("ordered by", "requested by", "initiated by", "sent by", "conducted by", "organised by", "organized by")),
        (rf"(?:^|[.!] ){NAME} (?:has|have) (?:requested|asked|partnered with|engaged|chosen|invited you|ordered|initiated)", 85, ("requested", "asked", "partnered", "engaged", "chosen", "invited you", "ordered", "initiated")),
        (rf"(?:^|[.!,;] ){NAME} uses? [A-Z]", 85, (" use ", " uses ")),
        (rf"\b(?:is|are) used by {NAME}", 85, ("used by",)),  # "Crosschq is used by Acme to ..."
        (rf"\b(?:references?|background check|screening|survey|assessment) for {NAME}", 80, ("reference for", "references for", "check for", "screening for", "survey for", "assessment for")),
        (rf"\b(?:interviewed|interviewing|interview experience) (?:with|at) {NAME}", 80, ("interviewed with", "interviewed at", "interviewing with", "interviewing at", "experience with", "experience at")),
        (rf"\bshared with {NAME}", 70, ("shared with",)),
    )
)  # fmt: skip

# The keywords of the subject and body tables, each looked up once per message.
SUBJECT_GATE: Final = KeywordGate(row[2] for row in (*SUBJECT_PATTERNS, *PROXY_PATTERNS))
BODY_GATE: Final = KeywordGate(row[2] for row in (*BODY_PATTERNS, *PROXY_PATTERNS))

_SIGNATURE_WORDS = ("recruit", "talent", "sourc", "hr ", "hr,", "human resources", "people")
_SEPARATORS = (" at ", " @ ", "|", ",", "–", "—", " - ")
_NAME_RE = re.compile(NAME)
_REGION_CODE = re.compile(r"[A-Z]{2}")  # "Boston, MA", "Toronto, ON"
# Words that make a line a firm's name rather than a desk or a team.
_ORG_WORD = re.compile(
    r"\b(?:Recruitment|Recruiting|Staffing|Resourcing|Search|Partners|Group|Ltd|Limited|Inc|"
    r"LLC|GmbH|Consulting|Consultancy|Solutions|Associates|Agency)\b"
)


def scan(
    table: _Table, text: str, low: str, found: frozenset[str]
) -> Iterator[tuple[re.Match[str], int]]:
    """Matches of every pattern of ``table`` in ``text``, run only where its keywords occur.

    ``found`` holds the keywords present in ``text`` (``SUBJECT_GATE``/``BODY_GATE``). A
    pattern with keywords runs on the lines that hold one (``starts_at_keyword`` False) or
    from the first keyword to the end (True, for patterns that span lines). Patterns run in
    table order (earlier mentions win ties); only those with a keyword present are visited.
    """
    # Plain loops, not a generator expression per line span (one object each, ~40,000 per
    # 10,000 messages).
    for pattern, weight, keywords, lead in _candidates(table, found):
        if not keywords:
            spans = [(0, len(text))]
        elif lead:
            start = start_of_any(low, text, keywords)
            spans = [(start, len(text))] if start >= 0 else []
        else:
            spans = line_spans(low, text, keywords, found)
        for start, end in spans:
            for match in pattern.finditer(text, start, end):
                yield match, weight


# id(table) -> (table, rows without keywords, keyword -> rows holding it), built on first use.
_INDEXES: dict[int, tuple[_Table, tuple[int, ...], dict[str, tuple[int, ...]]]] = {}


def _candidates(table: _Table, found: frozenset[str]) -> list[_Row]:
    """The rows of ``table`` that can match given ``found``, in table order.

    A table has ~35 rows and a text holds the keywords of a handful: looking the found
    keywords up beats testing every row's keywords.
    """
    index = _INDEXES.get(id(table))
    if index is None or index[0] is not table:
        lists: dict[str, list[int]] = {}
        for at, row in enumerate(table):
            for keyword in row[2]:
                lists.setdefault(keyword, []).append(at)
        always = tuple(at for at, row in enumerate(table) if not row[2])
        index = _INDEXES[id(table)] = (table, always, {k: tuple(v) for k, v in lists.items()})
    _, always, by_keyword = index
    rows = set(always)
    for keyword in found:
        rows.update(by_keyword.get(keyword, ()))
    return [table[at] for at in sorted(rows)]


def signature_names(body: str, low: str) -> Iterator[str]:
    """Employers in signature lines: "Senior Recruiter | Acme", "Talent Acquisition, Acme".

    Done by hand rather than by one regex: only the text after the line's last separator
    can be the name, so there is nothing to backtrack over.
    """
    for start, end in line_spans(low, body, _SIGNATURE_WORDS):
        line = body[start:end]
        if len(line) > 90:
            continue
        cut = max(line.rfind(sep) + len(sep) if line.rfind(sep) >= 0 else -1 for sep in _SEPARATORS)
        if cut <= 0:
            continue
        head, tail = line[:cut].lower(), line[cut:].strip()
        if _REGION_CODE.fullmatch(tail):
            continue  # "ZipRecruiter · Santa Monica, CA": a place
        if any(word in head for word in _SIGNATURE_WORDS) and _NAME_RE.fullmatch(tail):
            following = body[end:].lstrip("\n").split("\n", 1)[0].strip()
            desk = set(re.findall(r"[a-z]+", tail.casefold())) - {"and"} <= _DESK_WORDS
            if (
                (desk or not _ORG_WORD.search(tail))
                and len(following) <= 60
                and _ORG_WORD.search(following)
                and _NAME_RE.fullmatch(following)
            ):
                # "Senior Recruitment Consultant | Validation & Quality" over "Kestrel
                # Engineering Recruitment": the part after the bar is the recruiter's desk,
                # the firm's name is the next line.
                yield following
            elif not desk:  # "Principal Recruiter, Infrastructure": the desk alone, no firm
                yield tail


# Sign-offs that open a signature block ("Best,", "Mit freundlichen Grüßen", "Un saludo").
_SIGN_OFF = re.compile(
    r"^(?:(?:best|kind|warm|many)?\s*(?:regards|wishes|thanks)|best|thanks|thank you|cheers|"
    r"sincerely|respectfully|yours(?: sincerely| truly| faithfully)?|warmly|talk soon|speak soon|all the best|"
    r"mit freundlichen grüßen|viele grüße|beste grüße|cordialement|bien à vous|bien cordialement|"
    r"(?:un )?(?:cordial )?saludos?(?: cordiales)?|un cordial saludo|atentamente|cordiali saluti|"
    r"distinti saluti|un saluto|met vriendelijke groet(?:en)?|hartelijke groet(?:en)?|groet(?:en)?|"
    r"atenciosamente|abraços|cumprimentos)\b[^\n]{0,20}$",
    re.IGNORECASE,
)
_SIG_SPLIT = re.compile(r"[ \t]*(?:\||·|•|[ \t]–[ \t]|[ \t]—[ \t]|[ \t]-[ \t]|,)[ \t]*")
_ORG_HEAD = re.compile(
    r"^(?:Dept\.?|Department|Office|School|Faculty|Division|Institute|Team|Departamento|"
    r"Département|Abteilung|Dipartimento) (?:of|de|für|di|du|des) ",
    re.IGNORECASE,
)
_MAX_SIGNATURE_LINES = 6
_PAREN_TAIL = re.compile(r"[ \t]+\([^()\n]{1,30}\)$")
# A form's field of place, date or reference ("Location: Hybrid - Portland, OR", "Submitted:
# May 3"): a receipt's summary at the end of the mail, read as a signature block otherwise.
_PLACE_FIELD = re.compile(
    r"^(?:Location|Office|Site|City|Where|Address|Work[ \t]+location|Date(?:[ \t]+submitted)?|"
    r"Submitted|Received|Reference|Confirmation[ \t]+number|Submission[ \t]+ID|Status|Req(?:uisition)?"
    r"[ \t]+ID|Job[ \t]+ID|Ort|Standort|Arbeitsort|Lieu|Ubicación|Ubicacion|Sede|Locatie|"
    r"Standplaats|Plaats|Local)[ \t]*:",
    re.IGNORECASE,
)


def signature_block(body: str) -> list[str]:
    """Short lines of the signature block at the end of ``body``.

    The block starts after the last sign-off line ("Best,", "Cordialement,"); without one it is
    the last few short lines. Long lines (disclaimers, addresses in prose) are skipped.
    """
    lines = [line.strip() for line in body[-700:].split("\n")]
    lines = [line for line in lines if line]
    start = max(0, len(lines) - _MAX_SIGNATURE_LINES)
    for at in range(len(lines) - 1, start - 1, -1):
        if _SIGN_OFF.match(lines[at].rstrip(",.!")):
            start = at + 1
            break
    return [line for line in lines[start : start + _MAX_SIGNATURE_LINES] if len(line) <= 70]


def signature_parts(line: str) -> list[str]:
    """The pieces of one signature line that could name an employer."""
    if ":" in line and _PLACE_FIELD.match(line):
        return []  # "Location: Hybrid - Portland, OR": a form's field, never the employer
    parts = []
    for part in _SIG_SPLIT.split(line):
        # "Warehouse Operations Lead (Remote)": the role a job card shows, with its mode.
        part = part.strip()
        if part.endswith(")"):
            part = _PAREN_TAIL.sub("", part)
        if part and not _ORG_HEAD.match(part) and _NAME_RE.fullmatch(part):
            parts.append(part)
    return parts


# "your reporting work at Brightline", "you did similar work at Northgate": an outreach names
# the reader's own employer.
_READER_BEFORE: Final = re.compile(r"\b(?:you|your|you've|you're)\b[^.!?\n]{0,60}$", re.IGNORECASE)
# The reader's own tenure before "at X" in any job mail: "your 7 years at X", "Tes 7 ans chez
# Jeux Boussole", "tu experiencia en X" (a recruiter's flattery names the current employer).
_TENURE_BEFORE: Final = re.compile(
    r"\b(?:your|tes|vos|tus|tu|deine|ihre|seus|teus|je|jouw|i tuoi|dina|twoje)\b(?:[ \t]+\d+)?"
    r"[ \t]+(?:years?|ans|années|años|anos|jahre|jaar|anni|år|lat|months?|mois|meses|"
    r"experience|expérience|experiencia|experiência|erfahrung|stint|tenure|time)\b"
    r"[^.!?\n]{0,25}$",
    re.IGNORECASE,
)


# Business functions: what a department does or a recruiter's practice covers, never whom it
# belongs to ("Director of Engineering", "Senior Recruiter, Accounting & Finance").
BUSINESS_FUNCTIONS: Final = frozenset(
    {"finance", "engineering", "technology", "sales", "marketing", "division"}
)
# "Director of Clinical Services", "Head of Nursing Operations": a department of the
# employer after a job title's "of", never the employer itself.
_DEPARTMENT_TAIL: Final = BUSINESS_FUNCTIONS | {
    "services", "service", "operations", "nursing", "department", "programmes", "programs",
    "care", "workforce", "eng", "product", "design", "data", "ops", "people", "talent",
    "analytics", "platform", "growth", "partnerships", "research", "infrastructure", "security",
}  # fmt: skip


# A recruiter's desk under the title ("Principal Recruiter, Infrastructure"): a department's.
_DESK_WORDS: Final = _DEPARTMENT_TAIL | {"tech", "it"}


def names_a_department(match: re.Match[str]) -> bool:
    """Whether a "Director of X" match names a department ("Clinical Services")."""
    name = match.group("c")
    last = name.rpartition(" ")[2].casefold()
    if last not in _DEPARTMENT_TAIL:
        return False
    return match.string[max(0, match.start("c") - 3) : match.start("c")] == "of "


def about_the_reader(match: re.Match[str]) -> bool:
    """Whether a "work at X" match, or any "at X" after the reader's tenure ("Tes 7 ans chez
    Jeux Boussole"), speaks of the reader's own work."""
    start = match.start()
    if _TENURE_BEFORE.search(match.string, max(0, start - 60), start) is not None:
        return True
    if match.group(0)[:4].casefold() != "work":
        return False
    return _READER_BEFORE.search(match.string, max(0, start - 80), start) is not None


# What is trimmed off a captured name (``companies.clean_candidate``): an HR department or a
# careers inbox after it or before it, in several languages, and a branch's number.
DEPT_SUFFIX = re.compile(
    r"(?:[ \t]*[-|–,@][ \t]*|[ \t]+)(?:(?:Hiring|Recruiting|Recruitment|Talent|Acquisition|"
    r"People|HR|Careers?|Jobs|Team|Human|Resources|Resourcing|Staffing|Operations|Recrutement|"
    r"Karriere|Personal|Personalabteilung|Recrutamento|Talento|Carreiras|Carreras|Carri[eè]res?|"
    r"Werken[ \t]+bij|Vacatures|İK|İnsan[ \t]+Kaynaklar[ıi]|"
    r"Reclutamiento|Notifications?|No[- ]?[Rr]eply|RRHH|RH|Onboarding|Early|Campus|Personalteam|"
    r"Human[ \t]+Capital(?:[ \t]+Office)?|(?:Human[ \t]+Resources|HR|Personnel)[ \t]+Office|"
    r"(?:HR|People|Recruitment|Recruiting|Personnel|Employment|Staffing)[ \t]+Services|"
    r"(?:Interview[ \t]+)?(?:Scheduling|Bookings)|Coordination|"
    r"(?:Search[ \t]+)?Committee|Risorse[ \t]+Umane|Selezione(?:[ \t]+del[ \t]+[Pp]ersonale)?|"
    r"Recursos[ \t]+Humanos|Werving[ \t]+&[ \t]+Selectie|Selecci[oó]n|Portal[ \t]+de[ \t]+Empleo|"
    r"Lavora[ \t]+con[ \t]+noi|Trabaja[ \t]+con[ \t]+nosotros|"
    r"(?:Career|Candidate|Jobs?)[ \t]+Portal|Portal|Empleo|"
    r"Candidate[ \t]+(?:Experience|Care|Support|Relations)|Faculty(?=[ \t]+Recruit|[ \t]+Hiring)|"
    # Teams in Swedish, Danish/Norwegian, Polish and German (apprenticeships): "Fjällvind
    # Energi Rekrytering", "Bank Pomorski Kariera", "Elbtal Kliniken Ausbildung".
    r"Rekrytering|Rekruttering|Rekrutering|Kariera|Rekrutacja|Ausbildung|"
    # Whom a recruiting team hires, before its name: "Skyreach Airways Cabin Crew
    # Recruitment", "Carrow Kent Student Recruitment"; a university's search committee.
    r"(?:Cabin[ \t]+Crew|Student|Graduate)(?=[ \t]+(?:Recruit|Hiring|Careers|Talent))|"
    r"Faculty[ \t]+Search|(?:Security[ \t]+)?Vetting(?:[ \t]+(?:Unit|Team|Office))?|"
    r"People[ \t]+(?:&|and)[ \t]+Culture|Office(?<=School[ \t]Office)|"
    # An HR help desk answering mailed applications: "Acme HR Helpdesk", "Acme HR Service
    # Desk", "Acme People Support", "Acme Human Resources Department" (never a bare
    # "Department": "Springfield Fire Department" is the employer).
    r"Help[ \t]?[Dd]esk|Service[ \t]+Desk|(?:HR|People)[ \t]+Support|"
    r"(?:HR|Resources|Personnel|People)[ \t]+Department|"
    r"(?:HR|Safety|Compliance|Personnel|Recruiting|Hiring)[ \t]+Dept\.?|"
    # "Dún Ríada County Council - HR Section", "Farmácias Ipê - Departamento Pessoal"
    r"(?:HR|Personnel|Recruitment)[ \t]+Section|Human[ \t]+Resources?[ \t]+Division|"
    # "Tessitura Valsecchi - Ufficio Personale", "Casa Orsolina - Ricerca e Selezione",
    # "UNDPO eRecruit" (a portal's name)
    r"Ufficio[ \t]+(?:Personale|Risorse[ \t]+Umane|HR|del[ \t]+Personale)|"
    r"Ricerca[ \t]+e[ \t]+Selezione|eRecruit(?:ment)?|"
    r"Departamento[ \t]+(?:de[ \t]+)?(?:Pessoal|Personal|RRHH|RH)|"
    # "Grupo Atlântida - Pessoas & Cultura", "Gestión de Personas", "Talento Humano"
    r"(?:Pessoas|Personas|Gente)[ \t]+(?:&|e|y)[ \t]+Cultura|Gest[ãa]o[ \t]+de[ \t]+Pessoas|"
    r"Gesti[óo]n[ \t]+de[ \t]+Personas|Talento[ \t]+Humano|Pessoas|Personas|"
    # "Fernhill Capital Campus & Early Careers": an "&" between two team words
    r"(?:&|and)(?=[ \t]+(?:Early|Careers?|Talent|Recruit|Hiring|HR|People|Graduate|Campus))"
    r")[ \t]*)+$"
)
DEPT_PREFIX = re.compile(
    # "HR Department - Al Waha Contracting", "Human Resources | Acme"
    r"^(?:HR|Human[ \t]+Resources?|People|Recruitment|Talent[ \t]+Acquisition|Administration"
    r"|Administración|Administração|Amministrazione|Verwaltung|Personalabteilung|Personal"
    r"|Recursos[ \t]+Humanos|RRHH|Ressources[ \t]+Humaines|Risorse[ \t]+Umane|Selección"
    # "School Office - St Brendan's Academy", "Reception | Paws & Claws"
    r"|School|Reception|Front[ \t]+Desk)"
    r"(?:[ \t]+(?:Department|Team|Section|Division|Office))?[ \t]+[-–|:][ \t]+(?=[A-Z])|"
    # "HR Dela Cruz Tan & Associates": the team's initials before a name of two words or more
    r"^(?:HR|RH|RRHH)[ \t]+(?=[A-Z][\w'’-]+[ \t]+[A-Z&])|"
    r"^(?:The[ \t]+)?(?:Careers?|Jobs|Recruiting|Recruitment|Talent|Hiring[ \t]+Team|Recrutement)"
    r"[ \t]+(?:at|@|bei|chez|de|en)[ \t]+|^(?:Talento|Recrutamento|Reclutamiento)[ \t]+de[ \t]+"
    r"|^(?:RH|RRHH|Recursos[ \t]+Humanos)[ \t]+(?:de|da|do)[ \t]+(?=[A-Z])"
    r"|^(?:Recrutement|Recrutamento|Reclutamiento|Karriere|Careers)[ \t]+(?=[A-Z])"
    # Indonesian: "Rekrutmen PT Sigma Kredit Indonesia", "HRD PT Lumbung", "Tim Rekrutmen X"
    r"|^(?:Tim[ \t]+)?(?:Rekrutmen|HRD|Personalia)[ \t]+(?=(?:PT\.?[ \t]+)?[A-Z])"
    # "Talento Grupo Ferrol": the group's talent team (an agency may be "Talento Atlântico")
    r"|^(?:Talento|Talent|RRHH|RH)[ \t]+(?=(?:Grupo|Group|Groupe|Gruppo|Grupa)[ \t])"
    # "Equipo de Selección de Acme", "Equipe de Recrutamento da Acme", "L'équipe RH de Acme"
    r"|^(?:Equipo|Equipe|Équipe|L'équipe|Ufficio|Team)[ \t]+(?:de[ \t]+|di[ \t]+)?(?:Selecci[oó]n|"
    r"Reclutamiento|Recrutamento|Recrutement|Talento|Selezione|RRHH|RH|Recursos[ \t]+Humanos|"
    r"Risorse[ \t]+Umane|Personal)[ \t]+(?:de|da|do|di|der|von)[ \t]+(?=[A-Z])"
)
# "Sterling Motors Store #4257": one branch of the employer, named with its number.
BRANCH_SUFFIX = re.compile(
    r"[ \t]+(?:Store|Location|Branch|Restaurant|Shop|Site|Unit)[ \t]*(?:#|No\.?)[ \t]*\d+$"
)
# German "your" before "Team von Acme", and "mail" itself ("wir informieren Sie per E-Mail").
POSSESSIVES = frozenset({"dein", "deine", "ihr", "ihre", "euer", "eure"})
# Also never a name on its own: an HR department's ("People & Culture" signing a notice).
MAIL_WORDS = frozenset(
    {"e-mail", "email", "e-mails", "emails", "mail"}
    | {"people & culture", "people and culture", "people & talent", "people operations"}
    # a team signing in its language ("Zespół HR" once its "HR" is cut)
    | {"zespół", "team", "équipe", "equipe", "equipo", "squadra", "hr department"}
    # the NHS's name for its HR ("Workforce Recruitment Team" once "Recruitment Team" is cut)
    | {"workforce"}
)
