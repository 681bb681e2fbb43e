"""The part of an email worth reading for extraction, cut once and shared by every extractor.

Extraction must stay well under a millisecond per job email, and quoted replies, footers and
30 KB newsletters only add noise (an old "On Mon, Mar 2 ... wrote:" date is not a deadline).
So the text is cut at the first quoted-reply marker and capped, and every extractor reads
the same ``Prepared`` view instead of re-scanning the whole body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from email.utils import parseaddr
from functools import lru_cache

import ahocorasick

from applytrack_desktop.mail.message import MailMessage

#: Characters of the new (unquoted) text that extractors read; the facts sit near the top.
MAX_EXTRACT_CHARS = 4_000
#: Characters of the subject and of the sender's display name that extractors read.
MAX_SUBJECT_CHARS = 300

# Where a reply's quoted history starts ("On ... wrote:", "-----Original Message-----",
# "From: ... Sent: ...", a run of "> " lines), and the same in the other languages we read:
# Gmail's "wrote" lines in French, German, Spanish, Italian, Dutch, Portuguese, the Nordic
# languages and Polish (the last two led by their date and holding the quoted address, as
# "skrev" and "napisał" are everyday verbs; the Italian, Dutch and Portuguese ones end their
# line, so "Op maandag schreef ik je: prima" stays), Outlook's header blocks ("Von: ...
# Gesendet:", "De : ... Envoyé :", "Da: ... Inviato:", "Van: ... Verzonden:", "Från: ...
# Skickat:", "Od: ... Wysłano:") and separators. Until 2026-11-29 only English, French,
# German and Spanish: an Italian reply's quoted invitation gave the reply its old dates.
# Every alternative starts with a literal, so most line starts fail at their first letters.
_QUOTE_LINE = (
    r"(?:On\s.{1,200}?wrote:|Le\s.{1,200}?a écrit\s?:|Am\s.{1,200}?schrieb.{0,80}:"
    r"|El\s.{1,200}?escribió:|Il\s.{1,200}?ha scritto\s?:[ \t]*(?=\n|\Z)"
    r"|Op\s.{1,200}?schreef.{0,120}:[ \t]*(?=\n|\Z)|Em\s.{1,200}?escreveu\s?:[ \t]*(?=\n|\Z)"
    r"|(?:Den|man\.|tir\.|ons\.|tor\.|fre\.|lør\.|søn\.)\s[^\n]{1,200}?\sskrev\s"
    r"[^\n]{0,120}<[^\s<>@]+@[^\s<>]+>\s?:"
    r"|(?:pon|wt|śr|czw|pt|sob|niedz)\.,?\s[^\n]{1,200}?<[^\s<>@]+@[^\s<>]+>\s?"
    r"napisał(?:\(a\)|a)?\s?:"
    r"|-{2,}\s*(?:Original Message|Forwarded message|Message d'origine|Message transféré"
    r"|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Mensaje original|Mensaje reenviado"
    r"|Messaggio originale|Messaggio inoltrato|Oorspronkelijk bericht|Doorgestuurd bericht"
    r"|Mensagem original|Mensagem encaminhada|Ursprungligt meddelande|Oprindelig meddelelse"
    r"|Opprinnelig melding|Wiadomość oryginalna)\s*-{2,}"
    r"|From:\s.{1,200}\n(?:Sent|Date):\s|Von:\s.{1,200}\n(?:Gesendet|Datum):\s"
    r"|De\s?:\s.{1,200}\n(?:Envoyé|Enviado(?: el)?|Date|Fecha|Data)\s?:\s"
    r"|Da:\s.{1,200}\n(?:Inviato|Data):\s|Van:\s.{1,200}\n(?:Verzonden|Datum):\s"
    r"|Från:\s.{1,200}\n(?:Skickat|Datum):\s|Fra:\s.{1,200}\n(?:Sendt|Dato):\s"
    r"|Od:\s.{1,200}\n(?:Wysłano|Data):\s|>\s?.*\n>)"
)
_QUOTE_START = re.compile(f"^{_QUOTE_LINE}", re.MULTILINE)  # what ``_quote_start`` finds
# A line start is the text's start or the place after a "\n": the second pattern is led by
# that "\n", so the regex engine skips from one to the next at C speed instead of trying
# "^" at every character (the alternatives look neither behind nor past a line).
_QUOTE_AT_START = re.compile(_QUOTE_LINE)
_QUOTE_AFTER_NEWLINE = re.compile(f"\n{_QUOTE_LINE}")
_MAX_SPANS = 4
_MIN_NEW_TEXT = 12  # characters above a quote marker that make a reply more than "FYI"
_QUOTE_PREFIX = re.compile(r"^>[ \t]?", re.MULTILINE)

# Words that must be present for _QUOTE_START to match at all (a cheap test first).
_QUOTE_HINTS = (
    *("wrote:", "a écrit", "schrieb", "escribió", "scritto", "schreef", "escreveu", "skrev"),
    *("napisa", "--", "\n>", "From:", "Von:", "De:", "De :", "Da:", "Van:", "Från:", "Fra:"),
    "Od:",
)
# A reply's or forward's prefixes, however many and in whichever language ("Re: Re: Fwd:",
# German "AW:" and "WG:", Nordic "SV:", Finnish "VS:", French "TR:", Spanish "RV:", Dutch
# "Antw:", Polish "Odp:", Turkish "YNT:").
REPLY_PREFIX = re.compile(
    r"^(?:(?:re|fwd?|fw|aw|wg|sv|vs|tr|rv|antw|odp|ynt)[ \t]*:[ \t]*)+", re.IGNORECASE
)
# Runs of blanks, squeezed to one space. A lone space is left out of the pattern (it would be
# replaced by itself): a body has one between every two words, and each match costs.
_BLANKS = re.compile(r"(?: [ \t\u00a0\u200b]|[\t\u00a0\u200b])[ \t\u00a0\u200b]*")
# A hard-wrapped paragraph line (long, not ending a heading) followed by its continuation:
# plain-text mail wraps at ~72 columns, and "the Senior Data Engineer\nposition" must read as
# one phrase. Short lines (greetings, signatures, LinkedIn's title/company lines) stay.
# A form's field lines ("Employer: Northbank Teaching Hospitals NHS Foundation Trust" over
# "Job reference: C9312") are never a wrapped paragraph, however long, nor is a signature's
# line of parts ("Weinhotel Rosenhof · Gasthof Fuchs · Landhaus am Tausendeimerberg" over the
# group's name): prose never sets a middle dot or a bar between blanks.
_FIELD = r"[A-Z][\w'’/()&. -]{0,30}[ \t]?:[ \t]"
_WRAPPED = re.compile(
    rf"^(?!{_FIELD})(?![^\n]*[ \t][·|][ \t])([^\n]{{55,}}[^\n:])\n(?=[^\s\-*•>\d])(?!{_FIELD})",
    re.MULTILINE,
)
_MANY_NEWLINES = re.compile(r"\n\s*\n\s*(?:\n\s*)+")
# A network's footer names the reader with their own headline: "This email was intended for
# Maya Okafor (Software Engineer II at Arbutus Software)". That is the reader's current job,
# never the role or the employer the mail is about.
_RECIPIENT_LINE = re.compile(
    r"^[^\n]{0,20}\b(?:This|The) (?:e-?mail|message) was (?:intended|meant|sent) (?:for|to) [^\n]*",
    re.MULTILINE | re.IGNORECASE,
)
# Sentence ends: ., !, ? followed by space and a capital/digit, or a line break.
# "am 13. März" is a German date, not a sentence end.
# Every split starts with a blank, taken first so that the regex engine skips to blanks at C
# speed (a leading lookahead was tried at each position); the lookbehinds then look past
# that blank: "(?<=[.!?])" before it is "(?<=[.!?]\s)" after it. Same splits as the
# lookahead form "(?=\s)(?:(?<=[.!?])(?<!\d\.)\s+...|(?<=\d\.)\s+...|\n+)", branch by branch.
_SENTENCE_SPLIT = re.compile(
    r"\s(?:(?<=[.!?]\s)(?<!\d\.\s)\s*(?=[\"'(\[A-Z0-9ÀÂÄÉÈÊÎÔÖÜÙÇÑ¿¡])"
    r"|(?<=\d\.\s)\s*(?!(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)[a-z]*\b)(?=[A-Z])"
    r"|(?<=\n)\n*)"
)


@dataclass(frozen=True, slots=True)
class Prepared:
    """The readable part of one message: subject, new text (quotes cut) and its sentences.

    The lower-case copies let extractors test for keywords with ``in`` (C speed) before running
    a regular expression: a keyword test costs ~0.1 µs, an alternation scan ~100 µs.
    """

    subject: str
    body: str  # new text only, blanks squeezed, capped at MAX_EXTRACT_CHARS
    subject_low: str = field(init=False)
    body_low: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "subject_low", self.subject.lower())
        object.__setattr__(self, "body_low", self.body.lower())

    def sentences(self) -> list[str]:
        """Sentences and lines of the body, stripped, empty ones dropped."""
        return [s.strip() for s in _SENTENCE_SPLIT.split(self.body) if s.strip()]


def start_of_any(low: str, original: str, keywords: Iterable[str]) -> int:
    """Where the first of ``keywords`` occurs in ``low`` (a lower-case copy), or -1.

    The position is a safe place to start a regex search in ``original``: a few characters
    early, and 0 when lower-casing changed the length (e.g. "İ" becomes two characters).
    """
    first = -1
    for keyword in keywords:
        at = low.find(keyword)
        if at >= 0 and (first < 0 or at < first):
            first = at
    if first < 0:
        return -1
    return max(0, first - 4) if len(low) == len(original) else 0


class KeywordGate:
    """Every keyword of a pattern table, looked up in a text once.

    A table runs a few dozen patterns, each gated by its keywords; testing the keywords of
    each pattern separately costs a Python call per pattern. ``found`` answers for all of
    them at once and ``Iterable.isdisjoint`` then skips, at C speed, the patterns with
    nothing to find. Every gate's keywords join one shared automaton, so one scan of a
    text answers every gate (the company and the title tables read the same body).
    """

    __slots__ = ("_keyset", "keywords")

    def __init__(self, keyword_sets: Iterable[Iterable[str]]) -> None:
        self.keywords = tuple(sorted({k for keywords in keyword_sets for k in keywords}))
        self._keyset = frozenset(self.keywords)
        _UNIVERSE.add(self.keywords)

    def found(self, low: str) -> frozenset[str]:
        """The keywords that occur in ``low`` (a lower-case text): exactly those ``k in low``."""
        return _UNIVERSE.found(low) & self._keyset


class _Universe:
    """The keywords of every ``KeywordGate``, found in a text by one Aho-Corasick scan.

    ``pyahocorasick`` reports every occurrence of every keyword (overlapping ones included)
    in one pass in C: ~10 µs for a job email's body, against ~60 µs for a trie regex tried
    at each position and ~150 µs for ~380 separate substring searches. The last few texts
    are remembered: the subject and the body are asked about by several gates in turn.
    """

    def __init__(self) -> None:
        self.words: set[str] = set()
        self._build()

    def add(self, keywords: Iterable[str]) -> None:
        before = len(self.words)
        self.words.update(keywords)
        if len(self.words) != before:
            self._build()

    def _build(self) -> None:
        self._always = frozenset(k for k in self.words if not k)
        automaton = ahocorasick.Automaton()
        for word in self.words:
            if word:
                automaton.add_word(word, word)
        automaton.make_automaton()
        self._automaton = automaton if len(automaton) else None
        self.found = lru_cache(maxsize=8)(self._found)

    def _found(self, low: str) -> frozenset[str]:
        if self._automaton is None:
            return self._always
        return self._always.union([word for _end, word in self._automaton.iter(low)])


_UNIVERSE = _Universe()


def line_spans(
    low: str, original: str, keywords: Iterable[str], found: frozenset[str] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of every line of ``original`` holding one of ``keywords``, in order.

    Running a pattern only on these lines (``pattern.finditer(text, start, end)``) instead of
    the whole text is what keeps a dozen patterns per email cheap. When a keyword is common
    (more than ``_MAX_SPANS`` lines) or lower-casing changed the length, the whole text is one
    span: a single scan is then cheaper than many small ones. ``found`` (from a
    ``KeywordGate``) saves looking the keywords up again. The lines of each keyword are
    remembered for the text: the same keywords gate many patterns.
    """
    # The answer does not depend on the order the keywords are visited in (the union of their
    # lines, or the whole text), so the found ones are picked by one C-speed intersection.
    present = (
        found.intersection(keywords) if found is not None else [k for k in keywords if k in low]
    )
    if not present:
        return []
    whole = [(0, len(original))]
    if len(low) != len(original):
        return whole
    memo = _lines_memo(low)
    spans: set[tuple[int, int]] = set()
    for keyword in present:
        lines = memo.get(keyword)
        if lines is None:
            lines = memo[keyword] = _lines_holding(low, keyword)
        if lines is _COMMON:
            return whole
        spans.update(lines)
        if len(spans) > _MAX_SPANS:
            return whole
    return sorted(spans)


# Stands for "on more than _MAX_SPANS lines" (compared by identity).
_COMMON: tuple[tuple[int, int], ...] = ((-1, -1),)


@lru_cache(maxsize=8)
def _lines_memo(low: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """Keyword -> its lines in ``low`` (``_lines_holding``), filled as keywords are asked."""
    return {}


def _lines_holding(low: str, keyword: str) -> tuple[tuple[int, int], ...]:
    """The distinct lines of ``low`` holding ``keyword``, or ``_COMMON`` when there are more
    than ``_MAX_SPANS``."""
    lines: list[tuple[int, int]] = []
    at = low.find(keyword)
    while at >= 0:
        start = low.rfind("\n", 0, at) + 1
        end = low.find("\n", at)
        end = len(low) if end < 0 else end
        lines.append((start, end))
        if len(lines) > _MAX_SPANS:
            return _COMMON
        at = low.find(keyword, end)
    return tuple(lines)


def _quote_start(text: str) -> int:
    """Where ``_QUOTE_START.search(text)`` matches first, or -1."""
    if _QUOTE_AT_START.match(text) is not None:
        return 0
    found = _QUOTE_AFTER_NEWLINE.search(text)
    return -1 if found is None else found.start() + 1


def strip_quoted(text: str) -> str:
    """The text above the first quoted-reply marker.

    When almost nothing is above it (a bare forward, "FYI"), the quoted message is the
    content: it is kept, with its "> " quoting removed.
    """
    start = _first_quote(text)
    if start < 0:
        return text
    above = text[:start]
    if len(above.strip()) >= _MIN_NEW_TEXT:
        return above
    return _quoted_below(text, start)


def quoted_part(text: str) -> str:
    """The earlier message a reply quotes, its "> " quoting removed; "" when the text quotes
    none, or when ``strip_quoted`` already keeps the quote as the content (a bare "FYI")."""
    start = _first_quote(text)
    if start < 0 or len(text[:start].strip()) < _MIN_NEW_TEXT:
        return ""
    return _quoted_below(text, start)


def _first_quote(text: str) -> int:
    """Where the first quoted-reply marker starts, or -1 (a cheap keyword test first)."""
    if not any(hint in text for hint in _QUOTE_HINTS):
        return -1
    return _quote_start(text)


def _quoted_below(text: str, start: int) -> str:
    """The quoted message under the marker line at ``start``, its "> " quoting removed."""
    marker_end = text.find("\n", start)
    return "" if marker_end < 0 else _QUOTE_PREFIX.sub("", text[marker_end + 1 :])


def _squeeze_blanks(text: str) -> str:
    """``_BLANKS.sub(" ", text)``; it matches only where one of these occurs, which most
    text lacks (four C-speed substring tests instead of the regex trying every position)."""
    if "  " in text or "\t" in text or "\u00a0" in text or "\u200b" in text:
        return _BLANKS.sub(" ", text)
    return text


def clean_body(text: str, limit: int = MAX_EXTRACT_CHARS) -> str:
    """Quotes cut, blanks squeezed, blank-line runs collapsed, capped at ``limit`` characters."""
    text = text[: limit * 3]  # bound the regex work on huge bodies before anything else
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _squeeze_blanks(strip_quoted(text))
    if "was intended" in text or "was meant" in text or "was sent" in text:
        text = _RECIPIENT_LINE.sub("", text)
    text = _WRAPPED.sub(r"\1 ", text)
    text = _MANY_NEWLINES.sub("\n\n", text)
    return text[:limit].strip()


# A forwarded message starts under one of these lines; what is above is the forwarder's note.
_FORWARD_MARKER = re.compile(
    r"^[ \t>]*(?:-{2,}[ \t]*(?:Forwarded message|Original Message|Message transféré|"
    r"Weitergeleitete Nachricht|Ursprüngliche Nachricht|Mensaje reenviado|Messaggio inoltrato|"
    r"Doorgestuurd bericht|Mensagem encaminhada)[ \t]*-*|Begin forwarded message:|"
    r"Début du message réexpédié\s?:|Anfang der weitergeleiteten Nachricht:|"
    # Outlook's rule above the forwarded header block ("From: ... Sent: ..."); also under
    # its replies, so it counts only when the subject says "FW:".
    r"_{16,})[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|tr|wg|rv|enc|i|doorst)\s*:\s*", re.IGNORECASE)
_FORWARD_HINTS = ("orward", "riginal", "transf", "eitergeleitet", "rsprüngliche", "reenviado",
                  "inoltrato", "oorgestuurd", "encaminhada", "réexpédié")  # fmt: skip
_HEADER_LINE = re.compile(
    r"^[ \t>]*\*?(?P<k>From|De|Von|Van|Da|Subject|Objet|Betreff|Asunto|Oggetto|Onderwerp|"
    r"Assunto|Date|Datum|Fecha|Data|Sent|Envoyé|Gesendet|Enviado|Inviato|Verzonden|To|À|An|"
    r"Para|A|Aan|Cc)\*?[ \t]*:[ \t]*(?P<v>.*)$"
)
_FROM_KEYS = frozenset({"from", "de", "von", "van", "da"})
_SUBJECT_KEYS = frozenset({"subject", "objet", "betreff", "asunto", "oggetto", "onderwerp",
                           "assunto"})  # fmt: skip
_MAX_FORWARD_NOTE = 400  # characters above the marker: more is a reply with history


def unwrap_forward(message: MailMessage) -> MailMessage:
    """The forwarded message inside ``message``, when it is a forward; else ``message``.

    A job seeker forwards a confirmation to another inbox with "fyi": the employer, the
    subject and the text are those of the forwarded message, read from its header block
    ("From: Acme Careers <careers@acme.com>", "Subject: ..."). The date stays the outer one.
    """
    text = message.text
    forwarded_subject = bool(_FORWARD_SUBJECT.match(message.subject))
    if not forwarded_subject and not any(hint in text[:3000] for hint in _FORWARD_HINTS):
        return message
    marker = _FORWARD_MARKER.search(text, 0, 3000)
    if marker is None or len(text[: marker.start()].strip()) > _MAX_FORWARD_NOTE:
        return message
    if not forwarded_subject and (
        "riginal" in marker.group(0).lower() or marker.group(0).strip().startswith("_")
    ):
        return message  # "-----Original Message-----" under a reply is quoted history
    lines = text[marker.end() :].lstrip("\n").split("\n")
    sender = subject = ""
    seen = 0
    for seen, line in enumerate(lines[:12]):  # noqa: B007 (``seen`` is used after the loop)
        header = _HEADER_LINE.match(line)
        if header is None:
            if line.strip() or sender or subject:
                break
            continue
        key, value = header.group("k").casefold(), header.group("v").strip()
        if key in _FROM_KEYS and not sender:
            sender = value
        elif key in _SUBJECT_KEYS and not subject:
            subject = value
    else:
        seen = min(len(lines), 12)
    if not sender:
        return message
    name, address = parseaddr(sender)
    if not name and not address:
        name = sender
    return replace(
        message,
        sender_name=name or address,
        sender_address=address.lower() if "@" in address else "",
        subject=subject or _FORWARD_SUBJECT.sub("", message.subject),
        text="\n".join(lines[seen:]),
    )


def prepare(message: MailMessage) -> Prepared:
    """The extraction view of ``message``."""
    subject = _squeeze_blanks(message.subject[:MAX_SUBJECT_CHARS]).strip()
    return Prepared(subject=subject, body=clean_body(message.text))
