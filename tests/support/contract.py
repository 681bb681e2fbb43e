"""What CONTRACTS.md fixes and several test folders check: the keys of a ``classify`` line."""

from __future__ import annotations

CLASSIFY_KEYS = [
    "source",
    "message_id",
    "job_related",
    "category",
    "confidence",
    "company",
    "job_title",
    "sentiment",
    "urgent",
    "deadlines",
    "next_steps",
]
