"""What the candidate is asked to do next, as up to three short, clean action sentences.

An action sentence starts with an imperative or a polite request ("Please complete the
assessment by Friday", "Pick a slot for a 30-minute phone screen", "Reply with your
availability", "Merci de ...", "Bitte ...", "Por favor ..."). Footer boilerplate that is
phrased the same way ("Please do not reply to this email", "click here to unsubscribe") is
left out, and the polite opener is dropped so the step reads as a to-do item.
"""

from __future__ import annotations

import re
from typing import Final

MAX_STEPS: Final = 3
MAX_STEP_CHARS: Final = 140

_VERBS = (
    r"complete|finish|submit|schedule|book|pick|choose|select|reply|respond|confirm|send|share|"
    r"let us know|let me know|sign|review|fill(?: out| in)?|upload|provide|take|join|click|use|"
    r"accept|return|prepare|log in|sign in|register|check|read|bring|call|contact|forward|"
    r"indicate|visit|follow|access|start|begin|record|answer|email"
)
_ACTION = re.compile(
    r"^(?:(?:please|kindly|we(?:'d| would) (?:like|ask) (?:you )?to|we ask that you|"
    r"could you(?: please)?|can you(?: please)?|you(?:'ll| will)? need to|you are invited to|"
    r"your next step is to|next step:|the next step is to|as a next step,? (?:please )?)\s+)?"
    rf"(?:{_VERBS})\b"
    r"|^(?:merci de (?!votre|vos|ton|ta|tes|l'intérêt)|veuillez|pourriez-vous|"
    r"nous vous invitons à|bitte|wir bitten sie|"
    r"por favor|le rogamos|te pedimos que|le pedimos que)\b",
    re.IGNORECASE,
)
# How an ``_ACTION`` match can begin, lower case: one of these starts every match. Most
# sentences begin otherwise, and a prefix test on their (ASCII) start spares the regex, which
# tries each of its ~70 alternatives case-insensitively. For ASCII text, case-insensitive
# equality is lower-case equality; a start with other characters still goes to the regex.
_ACTION_STARTS: Final = (
    "please", "kindly", "we'd ", "we would ", "we ask that you", "could you", "can you",
    "you need", "you'll need", "you will need", "you are invited", "your next step",
    "next step:", "the next step", "as a next step", "complete", "finish", "submit",
    "schedule", "book", "pick", "choose", "select", "reply", "respond", "confirm", "send",
    "share", "let us know", "let me know", "sign", "review", "fill", "upload", "provide",
    "take", "join", "click", "use", "accept", "return", "prepare", "log in", "register",
    "check", "read", "bring", "call", "contact", "forward", "indicate", "visit", "follow",
    "access", "start", "begin", "record", "answer", "email", "merci de ", "veuillez",
    "pourriez-vous", "nous vous invit", "bitte", "wir bitten sie", "por favor", "le rogamos",
    "te pedimos que", "le pedimos que",
)  # fmt: skip
_STARTS_CHARS = 16  # no start above is longer
_POLITE_LEAD = re.compile(
    r"^(?:please|kindly|we(?:'d| would) (?:like|ask) (?:you )?to|we ask that you|"
    r"could you(?: please)?|can you(?: please)?|you(?:'ll| will)? need to|your next step is to|"
    r"next step:|the next step is to|as a next step,? (?:please )?|por favor,?|bitte)\s+",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"do not reply|don't reply|not monitored|unsubscribe|privacy|ignore this|"
    r"feel free|hesitate|add us to|address book|view (?:this|in) (?:email|browser)|"
    r"manage (?:your )?(?:email|notification|preferences)|update your preferences|"
    r"forward this email|terms of|copyright|all rights reserved|keep (?:an eye|your resume)|"
    r"ne pas répondre|ne répondez pas|nicht auf diese|no responda|talent (?:community|pool)|"
    r"follow us|check out|our (?:blog|website|careers page)|"
    r"other (?:open )?(?:positions|roles|opportunities)|future (?:openings|opportunities)|"
    r"opt[- ]out|reply stop|take care|help cent(?:er|re)|faq|verständnis|patience|"
    # a footer saying the mail was sent by a machine ("Email ini dikirim otomatis oleh
    # Kalibrr": its "Email" reads as the imperative "Email us")
    r"(?:sent|generated|dikirim|gesendet|erstellt|envoyé|généré|enviado|generado|gerado)[ \t]+"
    r"(?:automatically|otomatis|automatisch|automatiquement|automáticamente|automaticamente)|"
    r"(?:automatically|automatisch|automatiquement)[ \t]+(?:sent|generated|gesendet|erstellt|"
    r"envoyé|généré)|"
    r"[ \t]\|[ \t]",  # a row of buttons: "Reply | Not interested"
    re.IGNORECASE,
)
# Words each alternative of ``_BOILERPLATE`` holds, lower case: an ASCII sentence holding
# none of them cannot match (the search tries ~40 alternatives at every position). The
# alternatives with "é"/"ä" cannot match ASCII text at all.
_BOILERPLATE_WORDS: Final = (
    "do not reply", "don't reply", "not monitored", "unsubscribe", "privacy", "ignore this",
    "feel free", "hesitate", "add us to", "address book", "view ", "manage ",
    "update your preferences", "forward this email", "terms of", "copyright",
    "all rights reserved", "keep ", "nicht auf diese", "no responda", "talent ", "follow us",
    "check out", "our blog", "our website", "our careers page", "other ", "future ", "opt",
    "reply stop", "take care", "help cent", "faq", "patience", "|", "automati", "otomatis",
)  # fmt: skip
# "Start date: 1 September", "Schedule: Full time": a label, not an imperative.
_LABEL = re.compile(r"^(?!next step)[A-Za-z][\w' ]{0,25}:\s(?!\S*https?://|<|\()", re.IGNORECASE)
# A step cut before its date must not end on a dangling conjunction ("..., no deadline but").
_DANGLING = re.compile(r"(?:,?\s+(?:but|and|or|aber|mais|pero|ma)|\s*(?:->|→|»))$", re.IGNORECASE)
# A trailing "by Friday, March 14 at 5pm PT" / "within 3 days": the step reads better without
# it, and the date is reported separately.
_WHEN_TAIL = re.compile(
    r"\s+(?:by|before|no later than|within|until|prior to|on or before|avant(?: le)?|d'ici(?: le)?|"
    r"bis(?: zum| spätestens)?|spätestens|antes del?|a más tardar|dentro de)\s+[^;]*$",
    re.IGNORECASE,
)
_DATEISH = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"tomorrow|today|tonight|end of|eod|close of business|week|demain|morgen|mañana|"
    r"lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"lunes|martes|miércoles|jueves|viernes|janv|févr|mars|avr|mai|juin|juil|août|sept|oct|"
    r"déc|märz|dez|ene|abr|ago|dic)",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"[\s.!?:;,]+$")
_LINK_TAIL = re.compile(
    r"\s+(?:(?:using|via|at|through|with) the link below|below|here|at the link below|"
    r"\(?https?://\S+\)?|<https?://\S+>)\s*$",
    re.IGNORECASE,
)


def _tidy(sentence: str) -> str:
    text = " ".join(sentence.split())
    text = _POLITE_LEAD.sub("", text)
    text = _TRAILING.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _TRAILING.sub("", _LINK_TAIL.sub("", text))
        tail = _WHEN_TAIL.search(text)
        if tail and _DATEISH.search(tail.group(0)) and tail.start() >= 12:
            text = text[: tail.start()]  # the date itself is reported in ``deadlines``
        text = _DANGLING.sub("", text)
    if len(text) > MAX_STEP_CHARS:
        cut = text[: MAX_STEP_CHARS - 1].rsplit(" ", 1)[0]
        if cut.count("(") > cut.count(")"):  # never end inside an aside: drop it whole
            cut = cut[: cut.rindex("(")]
        text = _TRAILING.sub("", cut.rstrip()) + "…"  # the reader sees the step goes on
    return text[:1].upper() + text[1:]


def _is_action(sentence: str) -> bool:
    head = sentence[:_STARTS_CHARS]
    if head.isascii() and not head.lower().startswith(_ACTION_STARTS):
        return False
    return _ACTION.match(sentence) is not None


def _is_boilerplate(sentence: str) -> bool:
    if sentence.isascii():
        low = sentence.lower()
        if not any(word in low for word in _BOILERPLATE_WORDS):
            return False
    return _BOILERPLATE.search(sentence) is not None


def extract_next_steps(sentences: list[str]) -> tuple[str, ...]:
    """Up to ``MAX_STEPS`` action sentences, in reading order, tidied and deduplicated."""
    steps: list[str] = []
    seen: set[str] = set()
    for sentence in sentences:
        if len(sentence) < 8 or len(sentence) > 400 or not _is_action(sentence):
            continue
        if _is_boilerplate(sentence) or _LABEL.match(sentence):
            continue
        step = _tidy(sentence)
        key = step.casefold()
        if len(step) < 6 or key in seen:
            continue
        seen.add(key)
        steps.append(step)
        if len(steps) == MAX_STEPS:
            break
    return tuple(steps)
