"""The two vocabularies fixed by CONTRACTS.md: what an email is and what an application is.

Their string values are part of the public contract (JSON output, database rows), so they
must never change without a migration note in the README.
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """What a single email is about."""

    CONFIRMATION = "confirmation"
    INTERVIEW = "interview"
    TECHNICAL_ROUND = "technical_round"
    OFFER = "offer"
    REJECTION = "rejection"
    RECRUITER_OUTREACH = "recruiter_outreach"
    OTHER_JOB = "other_job"
    NOT_JOB = "not_job"

    @property
    def job_related(self) -> bool:
        return self is not Category.NOT_JOB


class Status(StrEnum):
    """Where an application stands."""

    WISHLIST = "Wishlist"
    APPLIED = "Applied"
    INTERVIEWING = "Interviewing"
    TECHNICAL_ROUND = "Technical Round"
    OFFER_EXTENDED = "Offer Extended"
    REJECTED = "Rejected"
    WITHDRAWN = "Withdrawn"
    ACCEPTED = "Accepted"

    @property
    def is_terminal(self) -> bool:
        """Terminal statuses end the pipeline; mail no longer moves them automatically."""
        return self in _TERMINAL

    @property
    def is_active(self) -> bool:
        """Active applications are the ones still waiting for news."""
        return not self.is_terminal

    @classmethod
    def parse(cls, text: str) -> Status:
        """Accept a status in any case, with spaces, dashes or underscores."""
        wanted = text.strip().lower().replace("_", " ").replace("-", " ")
        for status in cls:
            if status.value.lower() == wanted:
                return status
        raise ValueError(f"unknown status {text!r}")


_TERMINAL = frozenset({Status.REJECTED, Status.WITHDRAWN, Status.ACCEPTED})

# Automatic moves only go forward along this ladder (Rejected is reachable from anywhere).
PROGRESSION: tuple[Status, ...] = (
    Status.WISHLIST,
    Status.APPLIED,
    Status.INTERVIEWING,
    Status.TECHNICAL_ROUND,
    Status.OFFER_EXTENDED,
)

# The status each category asks for; None means the category never moves a status.
CATEGORY_TARGET: dict[Category, Status | None] = {
    Category.CONFIRMATION: Status.APPLIED,
    Category.INTERVIEW: Status.INTERVIEWING,
    Category.TECHNICAL_ROUND: Status.TECHNICAL_ROUND,
    Category.OFFER: Status.OFFER_EXTENDED,
    Category.REJECTION: Status.REJECTED,
    Category.RECRUITER_OUTREACH: None,
    Category.OTHER_JOB: None,
    Category.NOT_JOB: None,
}

# The categories that move an application's status (a confirmation asks for Applied, which
# every application already is: it moves nothing).
MOVES_STATUS: frozenset[Category] = frozenset(
    c for c, s in CATEGORY_TARGET.items() if s is not None and s is not Status.APPLIED
)
