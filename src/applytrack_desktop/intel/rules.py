"""High-precision rules that override the classifier model where phrases are unambiguous.

The model is good at the broad picture; a few signals are near-certain and cheap to check.
Each rule sees the message and the model's probabilities and may return new probabilities.
Precedence is the order of ``RULES``: the first rule that fires wins, and the rest are not
consulted. ``models/EVAL.md`` reports the eval figures with and without each rule; only
rules that improved them are kept (a job-alert-sender rule and a calendar-invite rule were
measured, changed nothing on the eval split or the wild set, and were dropped).

1. ``rejection_phrase``: a phrase that says "no" on its own ("the position has been filled",
   "we've gone with another candidate", "will not be moving forward with your
   application"), or "unfortunately" together with a "not moving forward / other candidates"
   phrase, in mail the model already finds job-related -> ``rejection``. The job-related
   guard keeps loan and school refusals out, and a receipt's conditional close ("if you
   have not heard from us within four weeks, please assume you have not been shortlisted")
   stops it: out of fold that close had turned 21 receipts into rejections.
2. ``technical_phrase``: mail the model finds job-related and calls an interview or other
   job mail, but that comes from an assessment tool (HackerRank, CodeSignal, Codility,
   Karat...) or names a technical step ("coding assessment", "system design", "take-home")
   in its subject or twice in its opening -> ``technical_round``.
3. ``paused_role``: mail the model finds job-related and calls a rejection, that says the
   role is on hold, paused or frozen and keeps the application for when it resumes ("if the
   role re-opens I'll reach out to you first") -> ``other_job``. A hold that ends the
   process ("we're closing out all candidates", "you're welcome to apply again", an offer
   rescinded) stays a rejection. Added 2026-11-29 after blind inboxes showed paused roles
   read as rejections: held-out +2 messages, wild +3, no training message changed.
4. ``offer_phrase``: job mail the model already calls an offer, but with little confidence,
   that offers the job in so many words ("pleased to offer you", "formal offer of
   employment", "wir möchten dich bei Kranich an Bord holen", "promesse d'embauche") ->
   ``offer`` at 0.9 of the job-related probability. It moves no category, only the
   confidence, so an offer below the confidence threshold moves its application instead of
   waiting in the review list. On the training split it fires on 253 messages, all offers;
   held out on 137 offers and one not-job message; on the wild set on 22, all offers.

Rules never move mail between job-related and not job-related, so they cannot change the
job-related precision or recall; they only fix the category of job mail.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.features import body_head
from applytrack_desktop.intel.letters import fold
from applytrack_desktop.mail.message import MailMessage

Probabilities = Mapping[Category, float]


@dataclass(frozen=True, slots=True)
class Override:
    rule: str
    probabilities: dict[Category, float]


# Every alternative of these patterns starts with a plain letter (a leading "\b" checked behind
# it, a group spelled out), so the regex engine skips to those letters at C speed instead of
# trying each alternative at every position: the same matches at half the cost or less.
_UNFORTUNATELY = re.compile(r"u(?<!\wu)nfortunately\b|r(?<!\wr)egret(?: to inform|tably)\b")
_NOT_FORWARD = re.compile(
    r"not (?:to )?(?:be )?(?:moving|move|proceed(?:ing)?|progress(?:ing)?) (?:forward )?"
    r"(?:with|further with) your (?:application|candidacy)"
    r"|decided to (?:move|proceed|go) forward with (?:other|another|a different) candidates?"
    r"|pursue other candidates|other candidates whose (?:experience|qualifications|background)"
    r"|will not be (?:moving|proceeding|progressing) (?:forward )?with your"
    r"|not (?:been )?selected (?:to move forward|for (?:this|the) (?:role|position))"
)


# Phrases that say "no" on their own, with or without "unfortunately".
_DECLINED = re.compile(
    r"position has (?:now )?been filled|role has (?:now )?been filled"
    r"|vacancy has (?:now )?been filled|job has (?:now )?been filled"
    r"|go(?:ne|ing|) with (?:another|other|a different) (?:candidate|applicant|person)"
    r"|offered the (?:role|position|job) to (?:another|someone else)"
    r"|application (?:has|was) not (?:been )?(?:successful|selected|retained)"
    r"|candidacy (?:has|was) not (?:been )?(?:successful|selected|retained)"
    r"|not (?:been )?(?:shortlisted|selected for (?:an )?interview)"
    r"|w(?:on't|ill not|ill no longer) be (?:moving|proceeding|progressing|advancing) "
    r"(?:you |forward |ahead )?(?:with|to)"
    r"|decided not to (?:move|proceed|progress|advance|extend an offer)"
    r"|chosen not to (?:move|proceed|progress|advance|extend an offer)"
)


# A receipt's conditional close: "if you have not heard from us within four weeks, please
# assume you have not been shortlisted" describes a "no" that has not happened. (The
# ``silence`` cue says the same to the models, in more languages; this guard reads English
# only, as the refusal phrases it guards do.)
_SILENCE = re.compile(
    r"i(?<!\wi)f (?:you|we) (?:do not|don't|dont|have not|haven't|havent|did not|didn't|are not)"
    r" (?:hear|heard|been contacted|contact you|receive)"
    r"|s(?<!\ws)hould you not (?:hear|receive)|i(?<!\wi)f you are not contacted"
    r"|o(?<!\wo)nly (?:shortlisted|successful|selected) (?:candidates|applicants)"
    r"|p(?<!\wp)lease (?:assume|take it)|i(?<!\wi)t means (?:that )?we have decided"
)


def _opening(message: MailMessage, chars: int) -> str:
    """The body's first ``chars`` characters on one line, folded as the patterns read them."""
    return fold(" ".join(body_head(message, chars).split()))


def _job_probability(probs: Probabilities) -> float:
    return 1.0 - probs.get(Category.NOT_JOB, 0.0)


def _set(category: Category, confidence: float, probs: Probabilities) -> dict[Category, float]:
    """New probabilities: ``category`` gets ``confidence``, the rest share what is left."""
    rest = sum(p for c, p in probs.items() if c is not category) or 1.0
    scale = (1.0 - confidence) / rest
    out = {c: (p * scale if c is not category else confidence) for c, p in probs.items()}
    out[category] = confidence
    return out


def rejection_phrase(message: MailMessage, probs: Probabilities) -> Override | None:
    if _job_probability(probs) < 0.5:
        return None
    text = _opening(message, 3000)
    # (_NOT_FORWARD first: it is the cheaper scan and the rarer find.)
    found = _DECLINED.search(text) or (_NOT_FORWARD.search(text) and _UNFORTUNATELY.search(text))
    if found and not _SILENCE.search(text):
        confidence = max(0.95, probs.get(Category.REJECTION, 0.0))
        return Override("rejection_phrase", _set(Category.REJECTION, confidence, probs))
    return None


_TECHNICAL = re.compile(
    r"\b(?:coding|technical|programming) (?:assessment|challenge|test|exercise|interview|"
    r"round|screen|task)s?\b|\bsystem design\b|\btake[- ]home\b|\blive coding\b"
    r"|\bpair[- ]programming\b|\bonline assessment\b"
)
_ASSESSMENT_SENDERS = ("hackerrank", "codesignal", "codility", "coderpad", "karat", "testgorilla")


def technical_phrase(message: MailMessage, probs: Probabilities) -> Override | None:
    if _job_probability(probs) < 0.5:
        return None
    job = {c: p for c, p in probs.items() if c is not Category.NOT_JOB}
    if max(job, key=lambda c: job[c]) not in {Category.INTERVIEW, Category.OTHER_JOB}:
        return None
    subject = fold(message.subject)
    head = _opening(message, 600)
    domain = message.sender_domain
    from_tool = any(name in domain for name in _ASSESSMENT_SENDERS)
    if from_tool or _TECHNICAL.search(subject) or len(_TECHNICAL.findall(head)) >= 2:
        confidence = max(0.85 * _job_probability(probs), probs.get(Category.TECHNICAL_ROUND, 0.0))
        return Override("technical_phrase", _set(Category.TECHNICAL_ROUND, confidence, probs))
    return None


# A role paused, not refused: "we've had to put the role on hold", "a hiring freeze".
_PAUSED = re.compile(
    r"\b(?:put|putting|placed|placing)\b[^.!?]{0,60}\bon hold\b"
    r"|\b(?:role|position|vacancy|opening|requisition|search|hiring|recruitment|process)"
    r" (?:has been |is |was |will be |is being |have been )?(?:temporarily )?"
    r"(?:put |placed )?(?:on hold|paused|frozen)\b"
    r"|\bhiring freeze\b|\bpaus(?:e|ed|ing) (?:the|our|this|all) "
    r"(?:hiring|search|process|recruitment|recruiting|conversations)\b"
)


# ... and the application kept for when it resumes. A hold that closes the process ("put on
# hold and we're closing out all candidates", "this process is closed") is a refusal.
_KEPT_OPEN = re.compile(
    r"\b(?:application|candidacy|profile) (?:remains|will remain|stays|will stay|is still)"
    r" (?:active|open|on file|in our system)"
    r"|\bkeep (?:your|the) (?:application|candidacy) (?:open|active|on file)"
    r"|\b(?:re-?opens?|re-?opened|resumes?|resumed|re-?starts?)\b"
    r"|\b(?:reach out to|contact|get back to|come back to) you first\b"
    r"|\bpick up where\b|\bgreen light\b|\bnot (?:read|take) (?:this|it) as a no\b"
)
_CLOSED = re.compile(
    r"\bclos(?:e|ed|es|ing) (?:out|the (?:process|search|role|position|vacancy)"
    r"|(?:your|all|all open) applications?)"
    r"|\bprocess (?:is|has been) closed\b|\bno longer (?:be )?(?:moving|considering|hiring)"
    r"|\b(?:cancell?ed|rescind(?:ed)?)\b|\bapply again\b"
)


def paused_role(message: MailMessage, probs: Probabilities) -> Override | None:
    """Job mail the model calls a rejection that says the role is on hold and the
    application kept -> other_job (a refusal phrase fires first: ``rejection_phrase`` runs
    before this)."""
    if max(probs, key=lambda c: probs[c]) is not Category.REJECTION:
        # The top of all, not of the job categories: mail the model calls not-job stays so
        # (and a job category on top means the job categories hold at least half).
        return None
    text = _opening(message, 1500)
    if _PAUSED.search(text) is None or _KEPT_OPEN.search(text) is None or _CLOSED.search(text):
        return None
    confidence = max(0.8 * _job_probability(probs), probs.get(Category.OTHER_JOB, 0.0))
    return Override("paused_role", _set(Category.OTHER_JOB, confidence, probs))


# An employer saying it is offering the reader the job, in the words that say nothing else.
_OFFERING = re.compile(
    r"\b(?:pleased|delighted|happy|thrilled|excited|glad) to (?:formally )?(?:offer you"
    r"(?! (?:an? |the |your )?(?:\w+ )?(?:interview|call|slot|meeting|chat|place|spot|seat|time))"
    r"|extend"
    r" (?:to you )?(?:you )?(?:an?|the|this|our) (?:formal |conditional |written )?offer)\b"
    r"|\b(?:formal|written|conditional) offer of employment\b"
    r"|\b(?:an|dich|sie) (?:sehr gerne )?(?:bei [^.,]{1,40} )?an bord holen\b"
    r"|\beckdaten (?:unseres|des|deines|ihres) (?:angebots|vertragsangebots)\b"
    r"|\b(?:promesse|proposition) d.embauche\b|\bcarta (?:de )?oferta\b"
    r"|\bproposta di assunzione\b|\baanbod (?:voor|van) (?:de|een) (?:functie|baan)\b"
)


def offer_phrase(message: MailMessage, probs: Probabilities) -> Override | None:
    """Job mail the model already calls an offer, though unsure, that offers the job in so
    many words -> ``offer`` with the job-related confidence."""
    if max(probs, key=lambda c: probs[c]) is not Category.OFFER:
        return None  # the top of all, as in ``paused_role``
    text = _opening(message, 1500)
    if _OFFERING.search(text) is None:
        return None
    confidence = max(0.9 * _job_probability(probs), probs.get(Category.OFFER, 0.0))
    return Override("offer_phrase", _set(Category.OFFER, confidence, probs))


Rule = Callable[[MailMessage, Probabilities], Override | None]
RULES: tuple[Rule, ...] = (rejection_phrase, technical_phrase, paused_role, offer_phrase)


def apply(message: MailMessage, probs: Probabilities) -> Override | None:
    """The first rule that fires, in ``RULES`` order, or None."""
    for rule in RULES:
        found = rule(message, probs)
        if found is not None:
            return found
    return None
