"""What the intelligence layer concludes about one email.

``intel.analyze.analyze(message)`` returns an ``Analysis``; the sync pipeline, the
``classify`` command and the GUI all read this one shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from applytrack_desktop.core.enums import Category

Sentiment = Literal["positive", "neutral", "negative"]


@dataclass(frozen=True, slots=True)
class Analysis:
    category: Category
    confidence: float  # calibrated, in [0, 1], for ``category``
    job_related_confidence: float  # P(job related), in [0, 1]
    company: str | None = None  # normalized display name, e.g. "Acme"
    company_aliases: tuple[str, ...] = ()  # other spellings seen (domain stem, legal name)
    job_title: str | None = None
    ats: str | None = None  # the ATS / platform that sent it, e.g. "greenhouse", "linkedin"
    ats_ids: tuple[str, ...] = ()  # requisition / posting ids, normalized
    sentiment: Sentiment = "neutral"
    urgent: bool = False
    deadlines: tuple[datetime, ...] = ()  # aware datetimes
    interview_at: datetime | None = None  # from a calendar part or the text
    next_steps: tuple[str, ...] = ()
    # The classifier's second choice and its probability given that the first is wrong
    # (P(second) / (1 - P(first))): what the mail most likely is when its context rules the
    # first choice out (a "confirmation" weeks into an application, a "not job" reply in
    # an application's thread). None when there is no classifier (a known category).
    runner_up: Category | None = None
    runner_up_confidence: float = 0.0

    @property
    def job_related(self) -> bool:
        return self.category is not Category.NOT_JOB
