"""Turn a ``MailMessage`` into the one feature string the classifier models read.

The same function runs when the models are trained (``models/recipe/build.py``) and at run
time, so training sees exactly what the app sees. The output is lower-case ASCII words of
two or more characters separated by single spaces: the ONNX TF-IDF tokenizer then splits it
exactly like scikit-learn does, whatever the locale. Things that never generalise (URLs,
numbers, e-mail addresses, money, clock times) become placeholder words, and facts that are
not words (the sending platform, a calendar part, bulk-mail headers) become marker words.

Bump ``FEATURE_VERSION`` whenever the output changes: the manifest records the version the
models were trained with and loading refuses a mismatch.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape

from applytrack_desktop.intel import cues, glosses_more
from applytrack_desktop.intel.ats import platform_for_host
from applytrack_desktop.intel.cues_cjk import cjk_cues
from applytrack_desktop.intel.cues_slots import slot_cues
from applytrack_desktop.intel.glosses_cjk import cjk_glosses
from applytrack_desktop.intel.glosses_world import WORDS as WORLD_WORDS
from applytrack_desktop.intel.glosses_world import world_glosses
from applytrack_desktop.intel.letters import fold
from applytrack_desktop.intel.person_markers import THIRD_PERSON, addresses_applicant
from applytrack_desktop.intel.platform_table import PLATFORM_KINDS
from applytrack_desktop.mail.message import MailMessage

FEATURE_VERSION = 23
BODY_CHARS = 2000  # the body head is where the meaning is; the rest is footers and quotes
SUBJECT_CHARS = 300

# Personal mailbox providers. Friends, family and landlords write from these; employers and
# their hiring platforms nearly never do (a recruiter on a personal address still names a
# role, which the other features see). One marker shares the evidence across providers.
FREEMAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.uk",
        "yahoo.fr",
        "yahoo.de",
        "yahoo.es",
        "ymail.com",
        "outlook.com",
        "hotmail.com",
        "hotmail.co.uk",
        "hotmail.fr",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "fastmail.com",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "mail.com",
        "zoho.com",
        "yandex.com",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "libero.it",
        "t-online.de",
    }
)

# Reserved names (RFC 2606) never send real mail, but the corpus's made-up senders use them,
# a third of its not-job mail from ``example.com`` / ``example.org``: as a marker word it was
# the strongest "not a job" feature there is, learnt from how the corpus was written.
_RESERVED_LABELS = frozenset({"example", "test", "invalid", "localhost"})

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MONEY = re.compile(r"(?:[$€£]\s?\d[\d,.]*\s?[kK]?)|(?:\d[\d,.]*\s?(?:€|EUR|USD|GBP)\b)")
# The digit comes first (its word boundary checked behind it), so the regex engine skips to
# digits at C speed: a leading \b is tried at every position (twice the cost, same matches).
_TIME = re.compile(r"\d(?<!\w\d)(?:\d?[:.h]\d{2}\s?(?:[ap]\.?m\.?)?|\d?\s?[ap]\.?m\.?\b)", re.I)
# On folded text, which is ASCII: there "\d" is "[0-9]", and a range is a cheaper test per
# character for the regex engine than the Unicode digit category (a table look-up call).
_NUMBER = re.compile(r"[0-9]+")
_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")  # "\d" on ASCII text
_MONEY_SIGNS = ("$", "€", "£", "EUR", "USD", "GBP")  # one is in every _MONEY match
_NON_WORD = re.compile(r"[^a-z0-9_]+")
# A word of the normalized text: a run of two or more of these (one-letter words are dropped).
_WORD = re.compile(r"[a-z0-9_]{2,}")
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.IGNORECASE | re.DOTALL)
# Where a quoted earlier message starts: "> " lines, "On <date> <name> wrote:" (which mail
# clients wrap onto a second line), Outlook's "-----Original Message-----", its "From: /
# Sent:" header block (on one line or several) and the rule above it, and the "wrote" lines
# of other languages. Since feature version 16 also Italian, Dutch, Portuguese, Nordic and
# Polish ones and Outlook's blocks in those languages, as ``intel.text`` cuts them (see there
# why the Nordic and Polish lines need their date and the quoted address).
_QUOTE_LINE = (
    r"(?:>|On [^\n]{5,120}(?:\n[^\n]{1,80})? wrote:|-{3,} ?Original Message ?-{3,}|_{20,}"
    r"|(?:From|Von|De|Da|Van|Fr\u00e5n|Fra|Od) ?: [^\n]+\n?(?:[^\n]*\n)?"
    r"(?:Sent|Gesendet|Envoy\u00e9|Enviado|Inviato|Verzonden|Skickat|Sendt|Wys\u0142ano) ?: "
    r"|Le [^\n]{5,120}a \u00e9crit ?:|Am [^\n]{5,120}schrieb[^\n]{0,80}:"
    r"|El [^\n]{5,120}escribi\u00f3 ?:|Il [^\n]{5,120}ha scritto ?:[ \t]*(?=\n|\Z)"
    r"|Op [^\n]{5,120}schreef[^\n]{0,120}:[ \t]*(?=\n|\Z)"
    r"|Em [^\n]{5,120}escreveu ?:[ \t]*(?=\n|\Z)"
    r"|(?:Den|man\.|tir\.|ons\.|tor\.|fre\.|l\u00f8r\.|s\u00f8n\.) [^\n]{1,200}? skrev "
    r"[^\n]{0,120}<[^\s<>@]+@[^\s<>]+> ?:"
    r"|(?:pon|wt|\u015br|czw|pt|sob|niedz)\.,? [^\n]{1,200}?<[^\s<>@]+@[^\s<>]+> ?"
    r"napisa\u0142(?:\(a\)|a)? ?:"
    r"|-{2,} ?(?:Messaggio originale|Oorspronkelijk bericht|Mensagem original"
    r"|Ursprungligt meddelande|Oprindelig meddelelse|Opprinnelig melding"
    r"|Wiadomo\u015b\u0107 oryginalna) ?-{2,})"
)
_QUOTE_START = re.compile(f"^{_QUOTE_LINE}", re.MULTILINE)  # what ``_quote_start`` finds
# A line start is the text's start or the place after a "\n": the second pattern is led by
# that "\n", so the regex engine skips from one to the next at C speed instead of trying
# "^" at every character (the alternatives look neither behind nor past a line).
_QUOTE_AT_START = re.compile(_QUOTE_LINE)
_QUOTE_AFTER_NEWLINE = re.compile(f"\n{_QUOTE_LINE}")

# A forwarded message's subject: Fwd / FW, and TR (French), WG (German), RV (Spanish).
_FORWARD = re.compile(r"\s*(?:fwd?|tr|wg|rv)\s*:", re.IGNORECASE)

# French, German, Spanish, Italian, Dutch and Portuguese job words -> an English gloss appended
# to the features, so the few non-English messages share evidence with the many English ones
# (folded, accent-free forms).
GLOSSES: dict[str, str] = {
    "candidature": "application",
    "candidatura": "application",
    "solicitud": "application",
    "bewerbung": "application",
    "bewerbungen": "application",
    "postule": "applied",
    "postulado": "applied",
    "postularte": "apply",
    "beworben": "applied",
    "entretien": "interview",
    "entrevista": "interview",
    "vorstellungsgesprach": "interview",
    "gesprach": "interview",
    "telefoninterview": "interview",
    "disponibilites": "availability",
    "disponibilidad": "availability",
    "verfugbarkeit": "availability",
    "malheureusement": "unfortunately",
    "lamentablemente": "unfortunately",
    "desafortunadamente": "unfortunately",
    "leider": "unfortunately",
    "absage": "rejection",
    "retenue": "selected",
    "offre": "offer",
    "oferta": "offer",
    "angebot": "offer",
    "vertragsangebot": "offer",
    "arbeitsvertrag": "contract",
    "embauche": "hire",
    "felicitations": "congratulations",
    "enhorabuena": "congratulations",
    "gluckwunsch": "congratulations",
    "salaire": "salary",
    "remuneration": "salary",
    "salario": "salary",
    "gehalt": "salary",
    "jahresbruttogehalt": "salary",
    "poste": "position",
    "puesto": "position",
    "stelle": "position",
    "technique": "technical",
    "tecnica": "technical",
    "technisches": "technical",
    "programmieraufgabe": "coding",
    "prueba": "assessment",
    "reclutador": "recruiter",
    "recruteur": "recruiter",
    "personalberater": "recruiter",
    "profil": "profile",
    "perfil": "profile",
    "referencias": "references",
    "referenzen": "references",
    "documentacion": "documents",
    "unterlagen": "documents",
    # Italian
    "colloquio": "interview",
    "colloqui": "interview",
    "purtroppo": "unfortunately",
    "offerta": "offer",
    "proposta": "offer",
    "assunzione": "hire",
    "stipendio": "salary",
    "retribuzione": "salary",
    "posizione": "position",
    "selezione": "selection",
    "disponibilita": "availability",
    "congratulazioni": "congratulations",
    "contratto": "contract",
    "ricevuto": "received",
    "profilo": "profile",
    "referenze": "references",
    "candidati": "candidates",
    # Dutch
    "sollicitatie": "application",
    "sollicitaties": "application",
    "gesprek": "interview",
    "sollicitatiegesprek": "interview",
    "helaas": "unfortunately",
    "aanbod": "offer",
    "salaris": "salary",
    "functie": "position",
    "vacature": "vacancy",
    "beschikbaarheid": "availability",
    "ontvangen": "received",
    "gefeliciteerd": "congratulations",
    "arbeidsovereenkomst": "contract",
    "opdracht": "assignment",
    "profiel": "profile",
    "referenties": "references",
    "kandidaten": "candidates",
    # Portuguese (and a few more Spanish / French / German words)
    "infelizmente": "unfortunately",
    "vaga": "vacancy",
    "vacante": "vacancy",
    "cargo": "position",
    "disponibilidade": "availability",
    "recebemos": "received",
    "parabens": "congratulations",
    "contratacao": "hire",
    "teste": "test",
    "candidatos": "candidates",
    "candidats": "candidates",
    "recrutement": "recruitment",
    "reclutamiento": "recruitment",
    "recrutamento": "recruitment",
    "seleccion": "selection",
    "selecao": "selection",
    # Words of "no" and of outreach that the lexicons above did not cover.
    "lamentamos": "regret",
    "preenchida": "filled",
    "cubierta": "filled",
    "pourvu": "filled",
    "vervuld": "filled",
    "besetzt": "filled",
    "seleccionado": "selected",
    "seleccionada": "selected",
    "selecionado": "selected",
    "selecionada": "selected",
    "selezionato": "selected",
    "selezionata": "selected",
    "retenu": "selected",
    "kandidatin": "candidate",
    "bewerber": "candidate",
    "bewerberin": "candidate",
    "entrevistas": "interview",
    "entretiens": "interview",
    "interessiert": "interested",
    "geinteresseerd": "interested",
    "interesado": "interested",
    "interesada": "interested",
    "interessado": "interested",
    "interessata": "interested",
    "interessato": "interested",
    "interesse": "interested",
}
GLOSSES.update(glosses_more.MORE)  # Swedish, Danish, Norwegian and Polish
# Finnish, Hungarian, Czech, Slovak, Romanian, Turkish, Indonesian and Malay (since version 23)
GLOSSES.update(WORLD_WORDS)


# Head nouns of job titles. Job mail nearly always names a role and look-alike mail ("your
# loan application") never does; one marker word lets that evidence generalise across titles.
# One-word nouns, looked up in the set of a text's words (with or without a plural "s"): a
# regex search for them cost ~20 us a message. ("chef de projet" is found by "chef".)
_TITLE_WORDS = frozenset(
    {"engineer", "developer", "manager", "analyst", "designer", "scientist", "architect",
     "consultant", "specialist", "coordinator", "associate", "assistant", "administrator",
     "director", "lead", "intern", "internship", "recruiter", "accountant", "nurse", "technician",
     "representative", "executive", "officer", "strategist", "researcher", "editor", "writer",
     "counsel", "paralegal", "teacher", "therapist", "pharmacist", "controller", "auditor",
     "supervisor", "advisor", "operator", "driver", "electrician", "chef", "cook", "barista",
     "ingenieur", "ingeniero", "entwickler", "analista", "desarrollador", "gestionnaire"}
)  # fmt: skip
_ROLE_WORDS = frozenset(
    {"role", "position", "opening", "vacancy", "job", "poste", "stelle", "puesto"}
)


def _with_plurals(nouns: frozenset[str]) -> frozenset[str]:
    """The nouns and their plurals in "s": a word ending in "s" whose stem is a noun is one."""
    return nouns | {f"{noun}s" for noun in nouns}


# Whether a noun or its plural is among a message's words is one C-level set test.
_TITLE_FORMS = _with_plurals(_TITLE_WORDS)
_ROLE_FORMS = _with_plurals(_ROLE_WORDS)


def platform_for_domain(domain: str) -> tuple[str, str] | None:
    """The (platform, kind) of a sending domain or any of its subdomains, else None.

    The platforms are those the company extractor knows (``intel.platform_table``, read
    through ``ats.platform_for_host``: subdomains, regional registrations and the corpus's
    reserved-name stand-ins such as ``hellowork.example``). Until feature version 15 the
    features had a list of their own, 51 domains, and mail from the other 200 (Oleeo,
    HireVue, DocuSign, SEEK, InfoJobs...) got no platform marker.
    """
    key = platform_for_host(domain)  # cached there
    return (key, PLATFORM_KINDS.get(key, "ats")) if key else None


def normalize(text: str) -> str:
    """Placeholders for URLs, addresses, money, times and numbers; words split by one space."""
    return " ".join(normal_words(text))


def normal_words(text: str) -> list[str]:
    """The words of ``normalize(text)``, in order (``feature_text`` works on the words)."""
    # Each substitution runs only when the text holds what its pattern cannot match without
    # (a scan per pattern was half the cost of the features): the output is the same.
    if "://" in text or "www." in text.lower():
        text = _URL.sub(" xurl ", text)
    if "@" in text:
        text = _EMAIL.sub(" xemail ", text)
    digit = _ASCII_DIGIT if text.isascii() else _DIGIT
    if digit.search(text) is not None:  # money and clock times hold a digit
        if any(sign in text for sign in _MONEY_SIGNS):
            text = _MONEY.sub(" xmoney ", text)
        text = _TIME.sub(" xtime ", text)
    text = _NUMBER.sub(" xnum ", fold(text))  # (folding turns "²" into a digit)
    # One-letter words are dropped: scikit-learn's tokenizer ignores them but the ONNX one
    # would still let them break bigrams. (The folded text is ASCII, so the words are the
    # maximal runs of [a-z0-9_]; one findall is the same as replacing the rest by spaces,
    # splitting and filtering, at a third of the cost.)
    words: list[str] = _WORD.findall(text)
    return words


def _quote_start(text: str) -> int:
    """Where ``_QUOTE_START.search(text)`` matches first, or -1."""
    if _QUOTE_AT_START.match(text) is not None:
        return 0
    found = _QUOTE_AFTER_NEWLINE.search(text)
    return -1 if found is None else found.start() + 1


def body_head(message: MailMessage, limit: int = BODY_CHARS) -> str:
    """The start of the readable body, without quoted earlier messages."""
    text = message.text
    # ``isspace`` is ``not strip()`` for a non-empty text, without copying the whole body.
    if (not text or text.isspace()) and message.html:
        text = unescape(_TAG.sub(" ", message.html[: limit * 8]))
    text = text[: limit * 2]
    quote = _quote_start(text)
    # A forward's meaning is the message it carries ("FW: Interview invitation"): kept.
    if quote > 40 and _FORWARD.match(message.subject) is None:
        text = text[:quote]
    return text[:limit]


def marker_words(message: MailMessage) -> list[str]:
    """Words for facts that are not in the text: platform, calendar, bulk-mail headers."""
    words = list(_sender_words(message.sender_address, message.sender_domain))
    headers = message.headers
    if "list-unsubscribe" in headers or "list-id" in headers:
        words.append("xflaglist")
    if headers.get("precedence", "").lower() in {"bulk", "list", "junk"}:
        words.append("xflagbulk")
    if message.calendar:
        words.append("xflagcalendar")
        if any(event.method.upper() == "REQUEST" for event in message.calendar):
            words.append("xflagcalrequest")
    if message.in_reply_to or message.subject.lower().startswith(("re:", "aw:", "fwd:")):
        words.append("xflagreply")
    if (not message.text or message.text.isspace()) and message.html:  # (``body_head``)
        words.append("xflaghtmlonly")
    return words


@lru_cache(maxsize=4096)  # a mailbox's mail comes from far fewer senders than messages
def _sender_words(address: str, sender_domain: str) -> tuple[str, ...]:
    """``marker_words``' words about the sender: platform, mailbox name, free mail, domain."""
    words: list[str] = []
    domain = sender_domain.lower()
    found = platform_for_domain(domain)
    if found is not None:
        words += [f"xats{found[0]}", f"xkind{found[1]}"]
    local = address.partition("@")[0]
    words += [f"xloc{w}" for w in _NON_WORD.sub(" ", fold(local)).split() if not w.isdigit()]
    if domain in FREEMAIL_DOMAINS:
        words.append("xflagfreemail")
    labels = domain.split(".")[:-1]  # the top-level domain says nothing
    words += [
        f"xdom{w}"
        for w in _NON_WORD.sub(" ", " ".join(labels)).split()
        if w not in _RESERVED_LABELS
    ]
    return tuple(words)


_CUES = cues.build_index(normalize)


def cue_words(subject: str, body: str, raw_subject: str = "", raw_body: str = "") -> list[str]:
    """Marker words for the cue lexicons found (``intel.cues``): ``xcue<name>`` anywhere,
    and ``xscue<name>`` again when the subject has it (the subject carries much meaning).
    ``raw_subject`` and ``raw_body``, the text before normalising (which keeps only ASCII
    words), add the cues of Japanese, Chinese and Korean phrasings (``intel.cues_cjk``)."""
    cjk_anywhere, cjk_subject = cjk_cues(raw_subject, raw_body)
    in_subject = cues.find_cues(subject, _CUES) | slot_cues(subject) | cjk_subject
    anywhere = in_subject | cues.find_cues(body, _CUES) | slot_cues(body) | cjk_anywhere
    if anywhere & cues.ASIDE:  # one shared "about something else" marker (``cues.ASIDE``)
        anywhere.add(cues.ASIDE_MARKER)
        if in_subject & cues.ASIDE:
            in_subject.add(cues.ASIDE_MARKER)
    return sorted(f"xcue{c}" for c in anywhere) + sorted(f"xscue{c}" for c in in_subject)


def has_cue(text: str, name: str) -> bool:
    """Whether raw ``text`` (normalised here) holds a phrase of the cue ``name``."""
    return name in cues.find_cues(normalize(text), _CUES)


_GLOSS_WORDS = frozenset(GLOSSES)


def feature_text(message: MailMessage) -> str:
    """The single string the models are trained on and run on."""
    # Built from the parts' word lists: the words of " ".join(parts) are these lists' words
    # (none holds a blank), without joining the text to split it again.
    head_text = body_head(message)
    subject_words = normal_words(message.subject[:SUBJECT_CHARS])
    body_words = normal_words(head_text)
    subject = " ".join(subject_words)
    body = " ".join(body_words)
    subject_marks = [f"xsubj{w}" for w in subject_words[:12]]
    sender_words = normal_words(message.sender_name[:120])
    markers = marker_words(message)
    cues_found = cue_words(subject, body, message.subject[:SUBJECT_CHARS], head_text)
    parts = [
        subject,
        " ".join(subject_marks),
        " ".join(sender_words),
        " ".join(markers),
        body,
        " ".join(cues_found),
    ]
    head = set(subject_words).union(body_words)
    nouns = []
    if not head.isdisjoint(_TITLE_FORMS):  # a title noun, or its plural in "s"
        nouns.append("xtitleword")
    if not head.isdisjoint(_ROLE_FORMS):
        nouns.append("xroleword")
    padded = f" {subject} {body} "
    if addresses_applicant(padded):
        nouns.append("xsecondperson")
    elif not head.isdisjoint(THIRD_PERSON):
        nouns.append("xthirdparty")
    parts += nouns
    seen = head.union(subject_marks, sender_words, markers, cues_found, nouns)
    glosses = sorted(
        {GLOSSES[w] for w in seen.intersection(_GLOSS_WORDS)}
        | cjk_glosses(message.subject[:SUBJECT_CHARS], head_text)
        | world_glosses(message.subject[:SUBJECT_CHARS], head_text, padded)
    )
    if glosses:
        # The English words alone: a marker word per gloss would say "not in English", and in a
        # corpus where most foreign mail is job mail that alone read as evidence of a job.
        parts.append(" ".join(glosses))
    return " ".join(p for p in parts if p)
