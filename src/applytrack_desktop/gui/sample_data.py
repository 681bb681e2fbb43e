"""A dozen realistic applications for screenshots, as records ``Service.import_json`` takes.

Each story has its own dates, mail and status history (what the sync would have recorded),
so the pictures show a lived-in board: "2h ago", an interview tomorrow, changes read from
email next to changes made by hand. Every name here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from applytrack_desktop.core.enums import Category, Status


@dataclass(frozen=True, slots=True)
class Story:
    company: str
    role: str
    location: str
    domain: str
    recruiter: str
    applied_days_ago: float
    # (hours after applying, category, subject, the status it moved to or None, confidence)
    mail: tuple[tuple[float, Category, str, Status | None, float], ...]
    first_status: Status = Status.APPLIED
    next_event_in_hours: float | None = None
    notes: str = ""
    by_hand: Status | None = None  # a final status the user set themselves


C = Category
S = Status

STORIES: tuple[Story, ...] = (
    Story(
        "Northwind Analytics",
        "Senior Data Engineer",
        "Berlin",
        "northwind.example",
        "Priya Raman",
        12,
        (
            (0.1, C.CONFIRMATION, "We received your application", None, 0.99),
            (70, C.INTERVIEW, "Phone screen with the data team", S.INTERVIEWING, 0.95),
            (260, C.TECHNICAL_ROUND, "Next step: technical assessment", S.TECHNICAL_ROUND, 0.93),
        ),
        next_event_in_hours=26,
        notes="Take-home: a streaming pipeline, 48 hours.",
    ),
    Story(
        "Lumen Health",
        "Backend Engineer (Python)",
        "Remote, EU",
        "lumenhealth.example",
        "Dana Kim",
        9,
        (
            (0.2, C.CONFIRMATION, "Thanks for applying to Lumen Health", None, 0.98),
            (150, C.INTERVIEW, "Let's schedule a call", S.INTERVIEWING, 0.91),
        ),
        next_event_in_hours=50,
        notes="Recruiter asked about on-call experience.",
    ),
    Story(
        "Brightline Robotics",
        "Platform Engineer",
        "Munich",
        "brightline.example",
        "Jonas Weber",
        3,
        ((0.1, C.CONFIRMATION, "Application received", None, 0.97),),
    ),
    Story(
        "Harbor & Finch",
        "Analytics Engineer",
        "Hamburg",
        "harborfinch.example",
        "Mia Schulz",
        21,
        (
            (0.3, C.CONFIRMATION, "Your application to Harbor & Finch", None, 0.99),
            (300, C.REJECTION, "An update on your application", S.REJECTED, 0.96),
        ),
        notes="Ask for feedback on the screen.",
    ),
    Story(
        "Quantic Labs",
        "Machine Learning Engineer",
        "Amsterdam",
        "quantic.example",
        "Sam Okafor",
        30,
        (
            (0.1, C.CONFIRMATION, "Application confirmation", None, 0.99),
            (90, C.INTERVIEW, "Interview invitation", S.INTERVIEWING, 0.97),
            (330, C.TECHNICAL_ROUND, "On-site technical round", S.TECHNICAL_ROUND, 0.94),
            (690, C.OFFER, "Your offer from Quantic Labs", S.OFFER_EXTENDED, 0.98),
        ),
        next_event_in_hours=70,
        notes="Offer: EUR 92k + equity. Decide by Friday.",
    ),
    Story(
        "Greenleaf Energy",
        "Data Platform Lead",
        "Remote",
        "greenleaf.example",
        "Lea Novak",
        2,
        (),
        first_status=S.WISHLIST,
        notes="Referral possible through Sam.",
    ),
    Story(
        "Orbital Freight",
        "Site Reliability Engineer",
        "Rotterdam",
        "orbital.example",
        "Ravi Patel",
        6,
        (
            (0.1, C.CONFIRMATION, "Thank you for your interest", None, 0.98),
            (40, C.RECRUITER_OUTREACH, "Quick question about your application", None, 0.82),
        ),
    ),
    Story(
        "Tandem Bank",
        "Software Engineer, Payments",
        "London",
        "tandembank.example",
        "Chloe Martin",
        14,
        (
            (0.2, C.CONFIRMATION, "Application received: Software Engineer", None, 0.99),
            (120, C.INTERVIEW, "Phone screen confirmed", S.INTERVIEWING, 0.96),
        ),
        next_event_in_hours=4,
        notes="Phone screen went well.",
    ),
    Story(
        "Pixelforge Studios",
        "Tools Programmer",
        "Stockholm",
        "pixelforge.example",
        "Erik Lund",
        1,
        (),
        first_status=S.WISHLIST,
    ),
    Story(
        "Cedar Systems",
        "DevOps Engineer",
        "Zurich",
        "cedar.example",
        "Nina Berg",
        25,
        (
            (0.1, C.CONFIRMATION, "We have your application", None, 0.97),
            (200, C.REJECTION, "Regarding your application", S.REJECTED, 0.95),
        ),
    ),
    Story(
        "Meridian Travel",
        "Senior Python Developer",
        "Lisbon",
        "meridian.example",
        "Ana Costa",
        4,
        ((0.1, C.CONFIRMATION, "Thanks for applying", None, 0.99),),
    ),
    Story(
        "Acme Logistics",
        "Data Engineer",
        "Berlin",
        "acme-logistics.example",
        "Tom Becker",
        18,
        ((0.1, C.CONFIRMATION, "Application received", None, 0.99),),
        notes="Withdrew: the role needs relocation.",
        by_hand=S.WITHDRAWN,
    ),
)


# (story number, mail index) -> (next steps the mail asks for, deadline hours after it)
STEPS: dict[tuple[int, int], tuple[tuple[str, ...], float | None]] = {
    (1, 2): (("Complete the streaming-pipeline take-home", "Book the review call"), 60.0),
    (2, 1): (("Pick a slot for a 30-minute call with Dana",), None),
    (5, 3): (("Reply to the offer", "Ask about the equity vesting schedule"), 96.0),
    (8, 1): (("Prepare questions about the payments team",), None),
}


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def sample_records(now: datetime) -> list[dict[str, Any]]:
    """The stories as import records, dated relative to ``now`` (an aware datetime)."""
    records: list[dict[str, Any]] = []
    for number, story in enumerate(STORIES, start=1):
        applied = now - timedelta(days=story.applied_days_ago)
        status = story.first_status
        history: list[dict[str, Any]] = [
            {
                "from": None,
                "to": status.value,
                "cause": "email" if story.mail else "user",
                "at": _iso(applied),
            }
        ]
        emails: list[dict[str, Any]] = []
        updated = applied
        for index, (hours, category, subject, moves_to, confidence) in enumerate(story.mail):
            at = applied + timedelta(hours=hours)
            updated = max(updated, at)
            steps, deadline = STEPS.get((number, index), ((), None))
            emails.append(
                {
                    "next_steps": list(steps),
                    "deadlines": [_iso(at + timedelta(hours=deadline))] if deadline else [],
                    "message_id": f"<{number}.{index}@{story.domain}>",
                    "provider_id": f"sample:{number}:{index}",
                    "thread_key": f"sample-{number}",
                    "date": _iso(at),
                    "subject": subject,
                    "category": category.value,
                    "confidence": confidence,
                    "sender_name": story.recruiter
                    if category is not C.CONFIRMATION
                    else f"{story.company} Careers",
                    "sender_address": f"jobs@{story.domain}",
                    "company": story.company,
                    "job_title": story.role,
                }
            )
            if moves_to is not None and moves_to is not status:
                history.append(
                    {"from": status.value, "to": moves_to.value, "cause": "email", "at": _iso(at)}
                )
                status = moves_to
        if story.by_hand is not None:
            at = updated + timedelta(days=2)
            history.append(
                {"from": status.value, "to": story.by_hand.value, "cause": "user", "at": _iso(at)}
            )
            status = story.by_hand
            updated = at
        # Interviews start on the hour (14:00, not 14:33 because of when the import ran).
        next_event = (
            (now + timedelta(hours=story.next_event_in_hours)).replace(
                minute=0, second=0, microsecond=0
            )
            if story.next_event_in_hours is not None
            else None
        )
        records.append(
            {
                "company": story.company,
                "job_title": story.role,
                "status": status.value,
                "location": story.location,
                "url": f"https://jobs.{story.domain}/{number}",
                "notes": story.notes,
                "source": "email" if story.mail else "manual",
                "created_at": _iso(applied),
                "updated_at": _iso(min(updated, now)),
                "last_email_at": emails[-1]["date"] if emails else None,
                "next_event_at": _iso(next_event) if next_event else None,
                "emails": emails,
                "history": history,
            }
        )
    return records
