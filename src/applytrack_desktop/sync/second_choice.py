"""Where what the pipeline knows beats the classifier's first choice, its second one is read.

The classifier sees one message; the pipeline also knows the application it belongs to and
its thread. Five facts from there overrule the first choice: an application is confirmed
once, so a "confirmation" well into an application is more likely a rejection or an
invitation that thanks the candidate for applying; a reply in the thread of an application's
mail is about a job, whatever the classifier made of it; mail that fits no application cannot
be news of one, so "other job mail" whose second choice is a receipt is read as that receipt
(it starts the application), and so is status-moving mail from an employer with no
application at all ("Thank you for applying" read as a rejection; ``hindsight`` reads it
back if an older receipt turns up); and a message the classifier dropped whose thread holds job mail
is job mail by the evidence of its thread (``job_mail_of_thread``; ``thread_rescue`` finds
them in a batch, the pipeline in the store). All were chosen on training-family story
mailboxes read out of fold (`benchmarks/eval_status.py --split train --oof`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from applytrack_desktop.core.enums import MOVES_STATUS, Category
from applytrack_desktop.intel.analysis import Analysis
from applytrack_desktop.intel.analyze import extract
from applytrack_desktop.mail.message import MailMessage

# Only a second choice that moves a status is worth re-reading for, and not one the classifier
# gives almost nothing: a true receipt arriving a second time (a job board's, then the ATS's)
# must not become an interview or a rejection. Held-out receipts read as receipts: 97 of 488
# have a status-moving second choice at 0.50 or more given "not a receipt", 29 once it also
# needs 0.02 outright; 0.02 is the highest floor that loses no story on the training-family
# mailboxes out of fold (0.03 loses one).
_REREAD_FLOOR = 0.02


def late_confirmation(
    analysis: Analysis, created_at: datetime | None, when: datetime, slack: timedelta
) -> Analysis:
    """A "confirmation" of an application created more than ``slack`` before ``when``: the
    classifier's second choice when it moves a status, at its probability given that the mail
    is not a confirmation; else ``analysis`` unchanged."""
    second = analysis.runner_up
    if second is None or created_at is None or when - created_at <= slack:
        return analysis
    if not rereads_as_second(
        analysis.category, analysis.confidence, second, analysis.runner_up_confidence
    ):
        return analysis
    return replace(analysis, category=second, confidence=analysis.runner_up_confidence)


def rereads_as_second(
    category: Category, confidence: float, second: Category | None, second_confidence: float
) -> bool:
    """Whether a "confirmation" known to come well into its application is read as its second
    choice: one that moves a status, and that the classifier gave more than almost nothing
    (``late_confirmation`` on a new message, ``hindsight`` on stored ones)."""
    return (
        category is Category.CONFIRMATION
        and second in MOVES_STATUS
        and second_confidence * (1.0 - confidence) >= _REREAD_FLOOR
    )


def reply_in_job_thread(analysis: Analysis) -> Analysis:
    """A message the classifier dropped, read as job mail because its thread is: the best job
    category at its probability given that the mail is about a job (other job mail, moving
    nothing, at the job-related confidence when the classifier gave no second choice)."""
    if analysis.runner_up is not None:
        return replace(
            analysis, category=analysis.runner_up, confidence=analysis.runner_up_confidence
        )
    return replace(
        analysis, category=Category.OTHER_JOB, confidence=analysis.job_related_confidence
    )


def unmatched_receipt(analysis: Analysis) -> Analysis:
    """Other job mail that fits no application, read as the receipt that starts one when the
    classifier's second choice is a receipt ("We got your application" read as portal mail).

    Other job mail is news of an application (a portal reminder, a reference check): with
    none to be news of, the likeliest reading left is the receipt. Not an outreach (it comes
    before the application it may lead to); status-moving mail is ``first_news_receipt``'s."""
    if (
        analysis.category is not Category.OTHER_JOB
        or analysis.runner_up is not Category.CONFIRMATION
    ):
        return analysis
    return replace(
        analysis, category=Category.CONFIRMATION, confidence=analysis.runner_up_confidence
    )


def first_news_receipt(analysis: Analysis) -> Analysis:
    """Status-moving mail that fits no application at an employer with none, read as the
    receipt that starts one when that is the classifier's second choice and not one it gave
    almost nothing ("Thank you for applying" read as a rejection). The first choice is kept
    as the second, so ``hindsight`` reads it back when an older receipt shows up (a backfill
    reads the answer first)."""
    if (
        analysis.category not in MOVES_STATUS
        or analysis.runner_up is not Category.CONFIRMATION
        or analysis.runner_up_confidence * (1.0 - analysis.confidence) < _REREAD_FLOOR
    ):
        return analysis
    return replace(
        analysis,
        category=Category.CONFIRMATION,
        confidence=analysis.runner_up_confidence,
        runner_up=analysis.category,
        runner_up_confidence=analysis.confidence,
    )


# A dropped message is held for its thread's evidence only when the classifier gave it some
# chance of being job mail: the dropped receipts whose thread held job mail on training-family
# mailboxes out of fold had P(job) 0.069-0.394; not-job mail mostly has far less.
RESCUE_FLOOR = 0.05


def held_for_thread(analysis: Analysis) -> bool:
    """Whether a message the classifier dropped may still be job mail by its thread."""
    return not analysis.job_related and analysis.job_related_confidence >= RESCUE_FLOOR


def job_mail_of_thread(message: MailMessage, analysis: Analysis) -> Analysis:
    """A dropped message whose thread holds job mail (an employer's receipt, answered later in
    its thread): read as its best job category, and what it says extracted (it may start the
    application, which needs the employer and the role)."""
    best = reply_in_job_thread(analysis)
    return extract(message, best.category, best.confidence, analysis.job_related_confidence)
