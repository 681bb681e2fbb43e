"""Helpers shared by the fam_z_e_*.py families (one writer's modules): senders of the hiring
platforms and everyday services those families write from, greetings and sign-offs for mail
that must not get render's hiring ones, and small pieces (phone footers, postal footers).

Not a family module itself (corpus.py discovers only fam_*.py).
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Sequence

from kit import Ctx, ascii_word

# Messages per ze_ family: enough for a style to show its variety, small enough that the
# committed corpus stays inside its size budget (tests/models/test_corpus.py).
ZE_N = 26

# Where hiring platforms really send from ({slug}/{domain} are the employer's, read lazily).
PLATFORM_SENDERS: dict[str, tuple[tuple[str, str], ...]] = {
    "teamtailor": (
        ("{co}", "no-reply@teamtailor-mail.com"),
        ("{co} Career", "{slug}@teamtailor-mail.com"),
        ("{person} at {co}", "no-reply@teamtailor-mail.com"),
    ),
    "recruitee": (
        ("{co}", "{slug}@recruitee.com"),
        ("{person} - {co}", "notifications@recruitee.com"),
    ),
    "personio": (
        ("{co}", "noreply@personio.de"),
        ("{co} Recruiting", "{slug}@jobs.personio.de"),
        ("{person} ({co})", "noreply@personio.com"),
    ),
    "jazzhr": (
        ("{co}", "{slug}@applytojob.com"),
        ("{co} Hiring Team", "notifications@jazzhr.com"),
    ),
    "breezy": (
        ("{co}", "{slug}@hire.breezy.hr"),
        ("{person} from {co}", "notifications@breezy.hr"),
    ),
    "pinpoint": (
        ("{co} Careers", "notifications@pinpointhq.com"),
        ("{co}", "{slug}@pinpointhq.com"),
    ),
    "rippling": (
        ("{co} via Rippling", "no-reply@rippling.com"),
        ("{co} Recruiting", "ats@rippling.com"),
    ),
    "dover": (
        ("{person} at {co}", "{pfirst}@mail.dover.io"),
        ("{co} Hiring", "jobs@mail.dover.io"),
    ),
    "successfactors": (
        ("{co} Careers", "{slug}@successfactors.eu"),
        ("{legal}", "noreply@successfactors.com"),
    ),
}

BOARD_SENDERS: dict[str, tuple[tuple[str, str], ...]] = {
    "wellfound": (
        ("Wellfound", "noreply@wellfound.com"),
        ("Wellfound Talent", "talent@wellfound.com"),
    ),
    "otta": (("Otta", "hello@otta.com"), ("Otta Applications", "applications@otta.com")),
    "handshake": (("Handshake", "no-reply@joinhandshake.com"),),
    "hired": (("Hired", "notifications@hired.com"),),
    "dice": (("Dice", "noreply@dice.com"), ("Dice Apply", "applyconfirmation@dice.com")),
    "ziprecruiter": (
        ("ZipRecruiter", "noreply@ziprecruiter.com"),
        ("ZipRecruiter Apply", "phil@ziprecruiter.com"),
    ),
    "stepstone": (
        ("StepStone", "noreply@stepstone.de"),
        ("StepStone Bewerbungsservice", "bewerbung@stepstone.de"),
    ),
    "xing": (("XING", "mailrobot@xing.com"), ("XING Jobs", "jobs@xing.com")),
    "seek": (("SEEK", "noreply@seek.com.au"), ("SEEK Applications", "applications@s.seek.com.au")),
    "reed": (("reed.co.uk", "noreply@reed.co.uk"), ("Reed Jobs", "jobs@reed.co.uk")),
    "wttj": (("Welcome to the Jungle", "noreply@welcometothejungle.com"),),
    "linkedin": (
        ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        ("LinkedIn", "jobs-listings@linkedin.com"),
    ),
    "indeed": (
        ("Indeed", "alert@indeed.com"),
        ("Indeed Job Alerts", "donotreply@jobalert.indeed.com"),
    ),
    "glassdoor": (("Glassdoor Jobs", "noreply@glassdoor.com"),),
    "monster": (("Monster", "jobalerts@monster.com"),),
    "infojobs": (("InfoJobs", "alertas@infojobs.net"),),
    "indeed_fr": (("Indeed", "alert@indeed.fr"),),
    "nationale": (("Nationale Vacaturebank", "noreply@nationalevacaturebank.nl"),),
}

NEG_HELLO = (
    "Hi {first},",
    "Hello {first},",
    "Dear {first} {last},",
    "Hey {first}!",
    "Hi there,",
    "Hello,",
    "{first},",
    "Good afternoon {first},",
)
NEG_BYE = (
    "Best,",
    "Thanks,",
    "Cheers,",
    "Kind regards,",
    "Best wishes,",
    "Thank you,",
    "Regards,",
    "See you soon,",
)

MOBILE = (
    "Sent from my iPhone",
    "Sent from my Android phone",
    "Sent from Outlook for iOS",
    "Get Outlook for Android",
    "Sent from my iPad",
    "Sent from Gmail Mobile",
)


def sender(ctx: Ctx, options: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """A (display name, address) pair filled in for this message; ``{pfirst}``/``{plast}``
    are the writer's names folded for an address."""
    name, addr = ctx.pick(options)
    addr = addr.replace("{pfirst}", ascii_word(ctx.person_first)).replace(
        "{plast}", ascii_word(ctx.person_last)
    )
    return ctx.fill(name), ctx.fill(addr)


def platform(ctx: Ctx, key: str) -> tuple[str, str]:
    return sender(ctx, PLATFORM_SENDERS[key])


def board(ctx: Ctx, key: str) -> tuple[str, str]:
    return sender(ctx, BOARD_SENDERS[key])


def neg_hello(ctx: Ctx, p: float = 0.85) -> str:
    return ctx.fill(ctx.pick(NEG_HELLO)) if ctx.chance(p) else ""


def neg_sign(ctx: Ctx, who: str) -> str:
    """A sign-off for mail that is not about a job (render's default names a hiring team)."""
    return ctx.pick(NEG_BYE) + "\n" + ctx.fill(who)


def body(*paras: str) -> str:
    """Paragraphs joined, the empty (optional, not drawn) ones left out."""
    return "\n\n".join(p for p in paras if p)


def mobile(ctx: Ctx, p: float = 0.6) -> str:
    return ctx.pick(MOBILE) if ctx.chance(p) else ""


def postal(ctx: Ctx) -> str:
    """A postal-address footer line like bulk senders print."""
    street = ctx.pick(
        [
            "Market St",
            "Mission St",
            "Broadway",
            "King St W",
            "Friedrichstraße",
            "Rue de Rivoli",
            "Herengracht",
            "Calle Mayor",
        ]
    )
    return (
        f"{ctx.num(10, 999)} {street}, {ctx.pick(['Suite ' + str(ctx.num(100, 900)), 'Floor ' + str(ctx.num(2, 30)), ''])}".rstrip(
            ", "
        )
        + f" · {ctx.pick(['San Francisco, CA', 'New York, NY', 'Toronto', 'Berlin', 'Paris', 'Amsterdam', 'Madrid', 'London'])}"
    )


def unsub(ctx: Ctx, host: str) -> str:
    return ctx.pick(
        [
            f"Unsubscribe: {ctx.url(host, 'unsubscribe')}",
            f"You are receiving this email because you signed up at {host}. Manage preferences: {ctx.url(host, 'prefs')}",
            f"Don't want these emails? Unsubscribe here {ctx.url(host, 'u')}",
            "To stop receiving these emails, update your notification settings.",
        ]
    )
