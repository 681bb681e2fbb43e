"""Employer names in five kinds of notice that name it in their own way.

Company extraction (``companies``) votes on every place an employer shows up; these notices
need readings of their own:
- a staffing agency passing on its client's answer ("Just heard back from Acme", "Acme aren't
  progressing your application", a subject "Acme update");
- a job network's "Your application was viewed by Acme";
- an e-signature request for an offer (DocuSign, Dropbox Sign, Adobe Sign): the employer is in
  the document's name or the requester's address, never the person who sent it;
- a job board's receipt that lists the role, then the employer, then the place;
- a payroll or HR platform's offer notice ("a new offer letter from Acme").
"""

from __future__ import annotations

import re

from applytrack_desktop.intel.company_names import clean_candidate
from applytrack_desktop.intel.company_phrases import EMPLOYER_LABEL, NAME
from applytrack_desktop.intel.senders import looks_like_person
from applytrack_desktop.intel.text import REPLY_PREFIX, KeywordGate, Prepared
from applytrack_desktop.intel.title_clean import has_job_noun, has_strong_noun
from applytrack_desktop.intel.title_words import CITIES
from applytrack_desktop.intel.vocab import INDUSTRY_WORDS

# How a recruiter passes on a client's answer: "Just heard back from Acme", "Acme came back
# with feedback", "Sorry Sam, Acme aren't progressing your application", "Acme update".
_CLIENT_NAME = r"(?P<c>[A-Z][\w&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’.-]*){0,4})"
_CLIENT_PATTERNS = (
    re.compile(
        r"\b(?i:heard back from|feedback from|news from|an update from)[ \t]+" + _CLIENT_NAME
    ),
    re.compile(
        r"(?:^|[.!?,][ \t]+)"
        + _CLIENT_NAME
        + r"[ \t]+(?:came back|have come back|has come back|got back to me|aren't progressing|"
        r"are not progressing|isn't progressing|is not progressing|won't be progressing|"
        r"will not be progressing|ha(?:ve|s) decided not)\b",
        re.MULTILINE,
    ),
)
# The client named alone in the subject: "Acme update", "Acme - next steps", "Interview
# request - Acme", "Offer from Acme"; after the dash the stage the recruiter writes about,
# with any detail ("Acme - 2nd round (site visit)", "Acme - call with hiring manager").
_CLIENT_SUBJECTS = (
    re.compile(
        r"^(?:(?:Re|RE|Fwd?):[ \t]*)?" + _CLIENT_NAME + r"(?:[ \t]+(?:update|feedback)$"
        r"|[ \t]+[-–][ \t]+(?i:next steps?|interview|update|feedback)$"
        r"|[ \t]+[-–][ \t]+(?i:(?:verbal |written |formal )?offer|interview|"
        r"(?:\d(?:st|nd|rd|th)|first|second|third|final|next) (?:round|stage|interview)|"
        r"call with|site visit|meeting with"
        # the same in the agencies' other languages ("Farmadis – siguiente fase")
        r"|siguiente fase|pr[oó]ximos pas[os]s|entrevista|oferta|pr[oó]xima etapa|"
        r"prochaine [ée]tape|entretien|n[äa]chste[rn]? (?:Schritte?|Runde)|Vorstellungsgespr[äa]ch|"
        r"colloquio|prossimi passi|volgende stap|sollicitatiegesprek|rozmowa|n[äa]sta steg|"
        r"intervju)\b)"
    ),
    re.compile(
        r"^(?:(?:Re|RE|Fwd?|SV|AW):[ \t]*)?(?:Interview request|Interview invitation|Offer from|"
        r"Feedback from|[ÅA]terkoppling från|Feedback från|Tilbakemelding fra|Rückmeldung von|"
        r"Feedback von|Retour de|Feedback de|Respuesta de|Terugkoppeling van|Feedback van)"
        # (a bilingual subject's other half after a slash: "... - Vantor Fluid Systems /
        # 面接のご案内")
        r"(?:[ \t]+[-–:])?[ \t]+" + _CLIENT_NAME + r"(?:[ \t]+/[ \t]+[^/\n]+)?$"
    ),
    # "Feedback Jurapharm & nächster Schritt", "Feedback – processo Correia & Vaz"
    re.compile(
        r"^(?:(?:Re|RE|AW|Fwd?):[ \t]*)?(?i:feedback|r[üu]ckmeldung|retour|retorno)"
        r"(?:[ \t]+[-–:])?[ \t]+(?:(?i:processo|proceso|process|processus|Prozess)[ \t]+)?"
        + _CLIENT_NAME
        + r"(?:[ \t]+(?:&|und|and|e|y|et)[ \t]+[a-zäöüéè][^\n]*)?$"
    ),
)


# What a subject may put before the dash that names no client ("Update - interview").
_NOT_CLIENTS = frozenset(
    {"update", "urgent", "quick question", "follow up", "following up", "reminder"}
)


# "Re: Senior Accountant (Contract) - Hollister Foods, Downers Grove": the role, then the
# client and its town (without the town, the part after the dash is as often a place or the
# kind of contract: "Data Engineer - Raleigh", "Chef de projet - CDI"; nor is a state code
# after the comma: "Data Engineer - Raleigh, NC").
_ROLE_THEN_CLIENT = re.compile(
    r"^(?:(?:Re|RE|AW|Fwd?):[ \t]*)?(?P<role>[^-–|:]{3,80}?)[ \t]+[-–|][ \t]+"
    + _CLIENT_NAME
    + r",[ \t]*(?![A-Z]{2}$)[A-Z][\w .'’-]{1,30}$"
)


# An agency's subject that ends with its client after a bar: "Oportunidade – Gestor de
# Operações Logísticas | Frioeste", "Convite para entrevista – Gestor de Armazém | Correia
# & Vaz".
_CLIENT_AFTER_BAR = re.compile(
    r"^(?:(?:Re|RE|AW|Fwd?):[ \t]*)?(?P<role>[^|\n]{3,100}?)[ \t]+\|[ \t]+" + _CLIENT_NAME + r"$"
)


# The client, then the role: "Quillon Health - Senior SRE", "Ironsand Civil – Senior Project
# Engineer" (the role holds a job noun; the client none).
_CLIENT_THEN_ROLE = re.compile(r"^" + _CLIENT_NAME + r"[ \t]+[-–|][ \t]+(?P<role>[^-–|\n]{3,80})$")
# A client in brackets at a subject's end, where the subject speaks of its client.
_CLIENT_WORD = re.compile(r"\b(?:klien|client|cliente|Kunde|klant|klient)\b", re.IGNORECASE)
_CLIENT_IN_BRACKETS = re.compile(
    r"^(?P<role>[^()\n]{3,100}?)[ \t]*\(" + _CLIENT_NAME + r"\)[ \t]*$"
)


def client_in_subject(subject: str) -> str | None:
    """The client an agency's subject names on its own, or None."""
    subject = REPLY_PREFIX.sub("", subject)  # "Re: Re: Re: Quillon Health - Senior SRE"
    for pattern in _CLIENT_SUBJECTS:
        if (match := pattern.match(subject)) is not None:
            name = match.group("c")
            # "Data Engineer - interview", "Update - interview": a role or a word, no client.
            if has_strong_noun(name) or name.casefold() in _NOT_CLIENTS:
                return None
            return name
    barred = _CLIENT_AFTER_BAR.match(subject)
    if barred is not None and has_job_noun(barred.group("role")):
        name = barred.group("c")
        if not has_strong_noun(name) and name.casefold() not in _NOT_CLIENTS:
            return name
    bracketed = _CLIENT_IN_BRACKETS.match(subject)
    if (
        bracketed is not None
        and has_job_noun(bracketed.group("role"))
        and _CLIENT_WORD.search(bracketed.group("role")) is not None
    ):
        # "Peluang Senior Product Analyst - klien e-grocery (Pasar Segar)": the client the
        # subject speaks of closes it in brackets (without that word, a bracket holds a work
        # mode or a shift as often: "(Remote Only)", "(Night Shift)")
        name = bracketed.group("c")
        if (
            len(name.split()) >= 2
            and not has_strong_noun(name)
            and clean_candidate(name)
            and name.casefold() not in CITIES
        ):
            return name
    first = _CLIENT_THEN_ROLE.match(subject)
    if first is not None and has_job_noun(first.group("role")):
        name = first.group("c")
        # never what a subject says before the role ("Interview", "Exciting Opportunity")
        kind = name.rsplit(None, 1)[-1].casefold() in _POSTING_WORDS
        if not kind and not has_strong_noun(name) and clean_candidate(name):
            return name
    return role_then_client(subject)


_POSTING_WORDS = frozenset(
    {"opportunity", "opening", "job", "jobs", "role", "position", "vacancy", "feedback", "profil",
     "profile", "cv", "candidate", "candidature", "shortlist"}
)  # fmt: skip


def role_then_client(subject: str) -> str | None:
    """The employer after a role and before its town ("Senior Accountant - Hollister Foods,
    Downers Grove"), or None."""
    match = _ROLE_THEN_CLIENT.match(subject)
    if match is not None and has_job_noun(match.group("role")):
        return match.group("c")
    return None


_CLIENT_GATE = KeywordGate(
    [("heard back", "feedback", "news from", "update from", "came back", "come back",
      "got back to me", "progressing", "decided not")]
)  # fmt: skip


def client_names(prepared: Prepared) -> list[str]:
    """The employers a recruiter reports back from (never a person's name)."""
    if not (_CLIENT_GATE.found(prepared.subject_low) or _CLIENT_GATE.found(prepared.body_low)):
        return []
    body = prepared.body[:3000]
    found = [m.group("c") for p in _CLIENT_PATTERNS for m in p.finditer(body)]
    found += [m.group("c") for m in _CLIENT_PATTERNS[0].finditer(prepared.subject)]
    return [name for name in found if not looks_like_person(name)]


# A payroll/HR platform's offer notice names the employer: "You have a new offer letter from
# Acme", "Acme would like to offer you the role of ...".
_OFFER_FROM = (
    re.compile(r"\b[Oo]ffer(?: [Ll]etter)? from " + NAME),
    re.compile(
        r"(?:^|[.!?][ \t]+)"
        + NAME
        + r" (?:would like|is pleased|is delighted|is excited|are pleased|are delighted) to "
        r"(?:offer|extend)\b",
        re.MULTILINE,
    ),
)


def _names_in(
    prepared: Prepared, patterns: tuple[re.Pattern[str], ...], gate: tuple[str, ...]
) -> list[str]:
    """The ``c`` groups the patterns find in the subject and the body's head, read only in
    mail whose subject or head holds one of the ``gate`` words (lower case)."""
    head = prepared.body_low[:3000]
    if not any(w in prepared.subject_low or w in head for w in gate):
        return []
    return [
        match.group("c")
        for text in (prepared.subject, prepared.body[:3000])
        for pattern in patterns
        for match in pattern.finditer(text)
    ]


def offer_from_names(prepared: Prepared) -> list[str]:
    """The employers an offer notice says the offer is from (never a person's name)."""
    found = _names_in(prepared, _OFFER_FROM, ("offer",))
    return [name for name in found if not looks_like_person(name)]


# A job network's notice that the employer opened the application: "Your application was
# viewed by Acme", "Acme viewed your application for Data Analyst" (news of an application,
# so only read in mail that says "viewed").
_VIEWED_BY = (
    re.compile(r"\b[Aa]pplication (?:was |has been )?viewed by " + NAME),
    # InfoJobs' "Distribuciones Carpetana, S.L. ha leído el CV que enviaste"
    re.compile(r"(?:^|[.!?:][ \t]+)" + NAME + r" ha (?:leído|visto) (?:tu|el) CV\b", re.MULTILINE),
    # "Good news: Fiesta Family Foods viewed your application", "Acme just viewed your ..."
    re.compile(
        r"(?:^|[.!?:][ \t]+)" + NAME + r" (?:just |has |recently )?viewed your application\b",
        re.MULTILINE,
    ),
    # the same notice in Italian, French, German, Dutch and Portuguese: "Bazar Meneghino ha
    # visualizzato la tua candidatura", "Acme a consulté votre candidature"
    re.compile(
        r"(?:^|[.!?:][ \t]+)" + NAME + r" (?:ha visualizzato la tua candidatura|a consulté "
        r"votre candidature|hat Ihre Bewerbung angesehen|heeft je sollicitatie bekeken"
        r"|visualizou (?:sua|a sua) candidatura)",
        re.MULTILINE,
    ),
)


# A job network's message notice names the employer that wrote: "New message from Octave",
# "Alexis Torres from Spotify sent you a message", "Hexagon Labs wants to meet you".
_MESSAGE_FROM_EMPLOYER = (
    re.compile(r"\b[Mm]essage from " + NAME),
    re.compile(r"\bfrom " + NAME + r" (?:sent you a message|has sent you a message)"),
    re.compile(r"(?:^|[.!?][ \t]+)" + NAME + r" wants? to meet you\b", re.MULTILINE),
)


def message_from_names(prepared: Prepared, sender_name: str = "") -> list[str]:
    """The employers a network's message notice says wrote or want to meet: never a person,
    nor the one sending it ("Victor Fernández via LinkedIn": "New message from Victor
    Fernández")."""
    found = _names_in(prepared, _MESSAGE_FROM_EMPLOYER, ("message", "meet you"))
    sender = sender_name.casefold()
    return [n for n in found if not looks_like_person(n) and not sender.startswith(n.casefold())]


def viewed_by_names(prepared: Prepared) -> list[str]:
    return _names_in(prepared, _VIEWED_BY, _VIEWED_GATE)


_VIEWED_GATE = (
    "viewed", "leído", "visto", "visualizzato", "consulté", "angesehen", "bekeken", "visualizou",
)  # fmt: skip


# A job board's receipt names the employer it sent the application to, in the board's
# language: "Vaša žiadosť ... bola odoslaná zamestnávateľovi Tatrapack s.r.o.", "Vaše
# odpověď ... byla doručena společnosti Strojírny Hanácké", "Twoje CV trafiło do pracodawcy
# Nadwiślańskie Centrum Logistyki", "CV-ul tău a ajuns la Carpatia Auto Components",
# "lamaran Anda telah kami kirimkan ke PT Bumi Rasa Pangan", "le recruteur Laiterie des
# Marais a consulté votre candidature", "Hollandse Dijkbouw nodigt je uit", "Harbor & Pike
# Logistics reviewed your application".
_SENT_TO = (
    # InfoJobs Italia: "la tua candidatura per l'offerta Buyer Abbigliamento Bambino di
    # PICCOLO PASSO S.R.L. (Cernusco sul Naviglio, MI) è stata inviata"
    re.compile(r"\bcandidatura per l'offerta [^\n]{2,80}? di " + NAME + r"[ \t]*[(,]"),
    # ITJobs.pt, SAPO Emprego: "A tua candidatura à oferta Analista (SAP IBP) [link] da
    # Quantix Sistemas foi enviada"; InfoJobs: "tu candidatura a la oferta X de Y ha sido"
    re.compile(
        r"\bcandidatura (?:à|a|para a) (?:oferta|vaga) [^\n]{2,200}? (?:da|do|de) "
        + NAME
        + r" (?:foi|já foi)\b"
    ),
    re.compile(r"\bcandidatura a la oferta [^\n]{2,200}? de " + NAME + r" (?:ha sido|se ha)\b"),
    # InfoJobs' status update: "l'azienda PICCOLO PASSO S.R.L. ha aggiornato lo stato della
    # tua candidatura", "la empresa X ha actualizado el estado", "the company X has updated"
    re.compile(
        r"\b(?:l'azienda|la empresa|a empresa|l'entreprise|the company|das Unternehmen) "
        + NAME
        + r" (?:ha aggiornato|ha actualizado|atualizou|a mis à jour|has updated|hat den Status)\b"
    ),
    re.compile(
        r"\b(?:odoslaná zamestnávateľovi|doručena společnosti|trafiło do pracodawcy"
        r"|a ajuns la|kirimkan ke(?: PT)?|le recruteur(?: de)?)[ \t]+" + NAME
    ),
    re.compile(
        r"(?:^|[.!?:,][ \t]+)" + NAME + r" (?:nodigt je uit|heeft je cv|invited you to"
        r"(?: an)? interview|reviewed your application|vous invite à signer"
        # an employer of record's notice: "Halvard Payments B.V. has hired you through Deel"
        r"|has hired you through|invited you to complete your onboarding)\b",
        re.MULTILINE,
    ),
)
_SENT_TO_GATE = (
    "zamestnávateľovi", "společnosti", "pracodawcy", "a ajuns la", "kirimkan ke",
    "le recruteur", "nodigt je uit", "heeft je cv", "invited you to", "reviewed your",
    "vous invite à signer", "per l'offerta", "candidatura à", "candidatura a la oferta",
    "candidatura para a", "hired you through", "ha aggiornato", "ha actualizado", "atualizou",
    "a mis à jour", "has updated", "hat den status",
)  # fmt: skip


def sent_to_names(prepared: Prepared) -> list[str]:
    """The employers a board's receipt says it sent the application to (never a person)."""
    found = _names_in(prepared, _SENT_TO, _SENT_TO_GATE)
    return [name for name in found if not looks_like_person(name)]


# E-signature services send an employer's offer for a person there, from their own domain.
ESIGN = frozenset(
    {"docusign", "dropboxsign", "adobesign", "pandadoc", "clicksign", "scrive", "yousign"}
)
# The requester's address, in brackets ("Jane Doe (offers@acme.com) has requested...") or on
# its own line under their name (DocuSign's "Jane Doe\njane@acme.com").
_REQUESTER = re.compile(r"(?:\(|^[ \t]*)[\w.+-]+@([\w-]+(?:\.[\w-]+)+)[ \t]*(?:\)|$)", re.MULTILINE)
# How an e-signature notice shows the person who sent the document (whose name is then never
# the employer): "Message from Isabel: ...", and their address under their name.
_MESSAGE_FROM = re.compile(r"\bMessage from ([A-Z][\w'’-]+)")
_ADDRESS_LOCAL = re.compile(r"\b([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
# The document's name: quoted ('You've been asked to sign "Acme - Offer"'), after "signature
# on", or after the subject's last colon ("Complete with Docusign: Acme - Offer - Okafor").
_SIGNATURE_ON = re.compile(r"\bsignature on[ \t]+(.{3,150})$", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“]([^\"“”]{3,150})[\"”]")


def requester_hosts(body: str) -> list[str]:
    """The hosts of the addresses an e-signature notice shows for whoever sent it."""
    return list(_REQUESTER.findall(body[:2000]))


def document_parts(prepared: Prepared) -> list[str]:
    """The parts of the signed document's name ("Acme", "Offer of Employment", "Okafor")."""
    quoted = _QUOTED.search(prepared.subject) or _QUOTED.search(prepared.body[:600])
    signed = _SIGNATURE_ON.search(prepared.subject)
    if quoted:
        title = quoted.group(1)
    elif signed:  # "Jane Doe has requested your signature on Acme - Offer Letter"
        title = signed.group(1)
    else:
        title = prepared.subject.rpartition(":")[2]
    return re.split(r"[ \t]+[-–|][ \t]+", title.strip().strip("\"'"))[:4]


def esign_people(body: str, sender_name: str = "") -> set[str]:
    """Given names an e-signature notice shows as a person's: "Message from Isabel: ...", the
    requester's address under their name ("bianca@acme.io", "ana.ruiz@acme.io"), and the
    name the service sends as ("Bianca Kowalski via Dropbox Sign") when the notice says that
    name sent the document ("Bianca Kowalski sent you a document"): whoever pressed "send".
    A team or an employer sending as itself ("Hexagon Labs via DocuSign") is not a person."""
    names = {m.group(1).casefold() for m in _MESSAGE_FROM.finditer(body[:3000])}
    for local in _ADDRESS_LOCAL.findall(body[:3000]):
        names.add(re.split(r"[._-]", local.casefold())[0])
    sender = _SENT_VIA.match(sender_name.strip())
    if sender is not None and f"{sender.group(1)} sent you" in body[:3000].replace(" has ", " "):
        words = sender.group(1).split()
        if words[-1].casefold() not in INDUSTRY_WORDS:
            names.add(words[0].casefold())
    return names


# "Bianca Kowalski via Dropbox Sign": two or three capitalised words, then the service.
_SENT_VIA = re.compile(r"^([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,2})[ \t]+via[ \t]+\S")


_ROLE_NEWS = re.compile(
    r"[ \t]+(?:was|were|has been|is being|is|got)[ \t]+(?:seen|viewed|sent|submitted|received|"
    r"reviewed|opened)\b.*$",
    re.IGNORECASE,
)
_APPLIED_FOR = re.compile(
    r"\b(?i:applied for|applied to|application for"
    # the same receipt from boards in other languages: Pracuj.pl's "Aplikacja wysłana:",
    # Catho's "Você se candidatou para", "Candidature envoyée :", "Bewerbung gesendet:"
    r"|aplikacja wysłana[ \t]*:|você se candidatou (?:para|à|a)|candidatura enviada[ \t]*:"
    r"|candidature envoyée[ \t]*:|vous avez postulé (?:à|pour)|bewerbung gesendet[ \t]*:"
    r"|solicitud enviada[ \t]*:|te postulaste (?:a|para)|sollicitatie verstuurd[ \t]*:"
    # CareerJunction's and PNet's "Application successful:", InfoJobs' "Te has inscrito en
    # la oferta:"
    r"|application (?:successful|submitted|(?:has been )?sent)[ \t]*:"
    r"|te has inscrito en la oferta[ \t]*:)"
    r"[ \t]+(?P<t>[^:|]+)$"
)
# What follows the role in "You applied for Claims Adjuster at Beacon Systems (Full time).",
# tried right after each place the body spells the role (one compiled pattern: a pattern
# built around each message's role cost a compilation per message).
# The name stops at the first word that is not part of a name: "at Greenfield Schools has been
# submitted", "at Fieldstone is on its way".
_AT_EMPLOYER = re.compile(r"[ \t]+at[ \t]+" + NAME)


_CARD_PARTS = re.compile(r"[ \t]*[|·•][ \t]*")
# A card's line may carry its label: "Employer: Pennine Vale Hospitals NHS Trust".
_CARD_LABEL = re.compile(rf"^{EMPLOYER_LABEL}[ \t]*:[ \t]*")


def listed_employer(prepared: Prepared) -> str | None:
    """A job board's receipt lists the role, then the employer, then the place ("You applied
    for Claims Adjuster" over "Claims Adjuster / Beacon Systems / Brisbane"), or says the role
    "at" the employer."""
    found = _listed(prepared)
    return _CARD_LABEL.sub("", found) if found else found


def _listed(prepared: Prepared) -> str | None:
    match = _APPLIED_FOR.search(prepared.subject)
    if match is None:
        return None
    # "Your application for Financial Crime Analyst was seen": the role ends before the news.
    role = _ROLE_NEWS.sub("", match.group("t").strip())
    title = role.casefold()
    body = prepared.body[:3000]
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    for at, line in enumerate(lines):
        if line.casefold() == title and at + 1 < len(lines) and len(lines[at + 1]) <= 60:
            return lines[at + 1]
        # One line of a job card: "Senior Accountant | Granite | Hybrid - Portland, OR".
        card = _CARD_PARTS.split(line[len(title) :]) if line.casefold().startswith(title) else []
        if len(card) >= 2 and not card[0].strip() and 1 < len(card[1].strip()) <= 60:
            return card[1].strip()
        # "Seu currículo foi enviado para a vaga Analista de QA" over the card "Kairos Digital
        # · São Paulo - SP": a sentence ending in the role, then the employer's card line.
        if line.casefold().rstrip(".!").endswith(title) and at + 1 < len(lines):
            card = _CARD_PARTS.split(lines[at + 1])
            if len(card) >= 2 and 1 < len(card[0].strip()) <= 60:
                return card[0].strip()
    # "You applied for Claims Adjuster at Beacon Systems (Full time)."
    at = body.find(role)
    while at >= 0:
        found = _AT_EMPLOYER.match(body, at + len(role))
        if found is not None:
            return found.group("c")
        at = body.find(role, at + 1)
    return None
