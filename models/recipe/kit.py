"""The toolkit every corpus template family writes with.

A family is a function ``(ctx) -> Draft``: it picks sentences from slot-filled alternatives
through ``ctx`` (a seeded random source plus the employer, role, people and dates of this
one message). ``render`` then adds what real mail carries around the words (greeting,
sign-off, footer, tracking links, a quoted earlier message, typos) and writes RFC 5322 text:
plain, HTML-only or multipart/alternative, with an optional ``text/calendar`` invite.

``ctx`` records whether the message ever named the employer or the role, so the labels say
``company`` / ``job_title`` only when the message really reveals them.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import vocab


@dataclass
class Calendar:
    summary: str
    start: datetime
    minutes: int = 30
    organizer: str = ""
    location: str = ""
    method: str = "REQUEST"


@dataclass
class Draft:
    subject: str
    body: str  # paragraphs separated by blank lines; the greeting/sign-off are added later
    from_name: str
    from_addr: str
    greet: bool = True
    sign: str | None = None  # the sign-off block; None lets render pick a generic one
    footer: str = ""
    form: str = ""  # "plain", "html", "alt"; "" lets render choose
    calendar: Calendar | None = None
    bulk: bool = False  # adds List-Unsubscribe / Precedence like newsletters and ATS mail
    quote: str = ""  # an earlier message to quote below the body
    reply_to: str = ""
    lang: str = "en"
    headers: dict[str, str] = field(default_factory=dict)


_SPACE_PUNCT = re.compile(r"(?<=\w) +([.,!?;:])(?=\s|$)")
_CHOICE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


def ascii_word(text: str) -> str:
    """``Lucía O'Brien`` -> ``luciaobrien``: what a name becomes in an e-mail address."""
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded)


class Ctx:
    """One message's random choices; attribute access marks what the message reveals."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.job_mail = True  # False for a not-job family's message (set by corpus.generate)
        self._co = rng.choice(vocab.COMPANIES)
        self._title = rng.choice(vocab.TITLES)
        self.company_used = False
        self.domain_used = False
        self.title_used = False
        self.cand_first, self.cand_last = rng.choice(vocab.CANDIDATES)
        self.cand_addr = (
            f"{self.cand_first}.{self.cand_last}".lower()
            + "@"
            + rng.choice(vocab.CANDIDATE_DOMAINS)
        )
        self.person_first = rng.choice(vocab.FIRST_NAMES)
        self.person_last = rng.choice(vocab.LAST_NAMES)
        self.date = datetime(2024, 1, 8, tzinfo=UTC) + timedelta(
            days=rng.randrange(0, 900), seconds=rng.randrange(0, 86400)
        )

    # The employer and role: reading them marks them as revealed.
    @property
    def co(self) -> str:
        self.company_used = True
        return self._co.name

    @property
    def legal(self) -> str:
        self.company_used = True
        return self._co.legal

    @property
    def domain(self) -> str:
        self.domain_used = True
        return self._co.domain

    @property
    def slug(self) -> str:
        self.domain_used = True
        return self._co.slug

    def company_label(self) -> str | None:
        """The employer's name if the message names it, or if its domain spells it out."""
        if self.company_used:
            return self._co.name
        compact = "".join(ch for ch in self._co.name.lower() if ch.isalnum())
        if self.domain_used and self._co.slug == compact:
            return self._co.name
        return None

    @property
    def title(self) -> str:
        self.title_used = True
        return self._title

    # Choices.
    def pick(self, options: Sequence[str]) -> str:
        return self.rng.choice(options)

    def maybe(self, text: str, p: float = 0.5) -> str:
        # ``text`` is evaluated before the draw: never pass slot reads ({co}, {title}) here.
        return text if self.rng.random() < p else ""

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def fill(self, template: str) -> str:
        """``{co}``, ``{title}``, ``{first}``... filled; ``[a|b|c]`` picks one alternative."""
        while _CHOICE.search(template):
            template = _CHOICE.sub(lambda m: self.pick(m.group(1).split("|")), template)
        return _SPACE_PUNCT.sub(r"\1", template.format_map(_Slots(self)))

    def para(self, *options: str) -> str:
        return self.fill(self.pick(options))

    @property
    def person(self) -> str:
        return f"{self.person_first} {self.person_last}"

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def req_id(self) -> str:
        return self.pick(["R", "JR", "REQ-", "", "J", "2024-"]) + str(self.num(1000, 99999))

    def future(self, lo: int = 1, hi: int = 12) -> datetime:
        day = self.date + timedelta(days=self.num(lo, hi))
        # Interviews, calls and deadlines fall on working days; a Saturday was also written
        # as "Monday" by ``day_phrase`` (``WEEKDAYS`` holds five names) until 2026-11-29.
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day.replace(hour=self.num(8, 17), minute=self.rng.choice([0, 30, 0, 15]), second=0)

    def day_phrase(self) -> str:
        d = self.future()
        return self.pick(
            [
                f"{vocab.WEEKDAYS[d.weekday() % 5]}, {vocab.MONTHS[d.month - 1]} {d.day}",
                f"{vocab.MONTHS[d.month - 1]} {d.day}",
                f"{d:%m/%d}",
                f"{vocab.WEEKDAYS[d.weekday() % 5]}",
                f"{d.day} {vocab.MONTHS[d.month - 1]}",
            ]
        )

    def time_phrase(self) -> str:
        hour = self.num(8, 17)
        minute = self.pick(["00", "30", "00", "15", "45"])
        tz = self.pick(vocab.TIMEZONES)
        if self.chance(0.5):
            suffix = "am" if hour < 12 else "pm"
            return f"{(hour - 1) % 12 + 1}:{minute} {self.pick([suffix, suffix.upper()])} {tz}"
        return f"{hour}:{minute} {tz}"

    def money(self) -> str:
        k = self.num(55, 240)
        return self.pick([f"${k},000", f"${k}k", f"€{k}.000", f"£{k},000", f"USD {k},000"])

    def url(self, host: str, path: str = "") -> str:
        token = "".join(self.rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(16))
        return f"https://{host}/{path or self.pick(['c', 'ls/click', 'r', 'track', 'l'])}/{token}"


class _Slots(dict[str, str]):
    def __init__(self, ctx: Ctx) -> None:
        super().__init__()
        self.ctx = ctx

    def __missing__(self, key: str) -> str:
        c = self.ctx
        table: dict[str, Callable[[], str]] = {
            "co": lambda: c.co,
            "legal": lambda: c.legal,
            "domain": lambda: c.domain,
            "slug": lambda: c.slug,
            "title": lambda: c.title,
            "first": lambda: c.cand_first,
            "last": lambda: c.cand_last,
            "person": lambda: c.person,
            "pfirst": lambda: c.person_first,
            "day": c.day_phrase,
            "time": c.time_phrase,
            "city": lambda: c.pick(vocab.CITIES),
            "req": c.req_id,
            "n": lambda: str(c.num(2, 9)),
            "num": lambda: str(c.num(10**9, 10**10)),
            "money": c.money,
            "sign": c.money,
            "pct": lambda: str(c.num(5, 20)),
            "eq": lambda: str(c.num(1, 40) * 500),
            "link": lambda: c.url(
                c.pick(["calendly.com", "app.goodtime.io", "jobs.ashbyhq.com", "cal.com"]),
                "schedule",
            ),
        }
        return table[key]()


GREETINGS = (
    "Hi {first},",
    "Hello {first},",
    "Dear {first},",
    "Dear {first} {last},",
    "Hi {first}!",
    "Hey {first},",
    "{first},",
    "Dear Candidate,",
    "Hello,",
    "Hi there,",
    "Good morning {first},",
    "Dear Applicant,",
    "Hello {first} {last},",
    "Hi {first} -",
)
# The greetings of mail that is not about a job: no bank, friend or landlord opens with "Dear
# Candidate" or "Dear Applicant" (a family that means it, a visa centre, writes it itself).
# Until 2026-11-29 ``render`` gave not-job mail the whole table (90 corpus messages).
EVERYDAY_GREETINGS = tuple(g for g in GREETINGS if "Candidate" not in g and "Applicant" not in g)
SIGNOFFS = (
    "Best,",
    "Best regards,",
    "Kind regards,",
    "Thanks,",
    "Thank you,",
    "Cheers,",
    "Regards,",
    "Warm regards,",
    "Sincerely,",
    "All the best,",
    "Thanks again,",
    "Many thanks,",
)


def sign_team(ctx: Ctx) -> str:
    return (
        ctx.pick(SIGNOFFS)
        + "\n"
        + ctx.fill(
            "[The {co} Recruiting Team|{co} Talent Acquisition|The {co} Hiring Team|"
            "{co} Recruiting|The Talent Team at {co}|{co} People Team]"
        )
    )


def sign_person(ctx: Ctx, role: str = "") -> str:
    role = role or ctx.pick(
        [
            "Recruiter",
            "Technical Recruiter",
            "Talent Acquisition Partner",
            "Senior Recruiter",
            "Recruiting Coordinator",
            "Talent Partner",
            "Hiring Manager",
            "People Partner",
        ]
    )
    lines = [ctx.pick(SIGNOFFS), ctx.person if ctx.chance(0.8) else ctx.person_first]
    if ctx.chance(0.7):
        lines.append(role + (" | " + ctx.co if ctx.chance(0.6) else ""))
    if ctx.chance(0.3):
        lines.append(f"+1 ({ctx.num(200, 989)}) {ctx.num(200, 989)}-{ctx.num(1000, 9999)}")
    return "\n".join(lines)


_TYPO_WORDS = re.compile(r"\b[a-z]{5,}\b")


def typos(ctx: Ctx, text: str, rate: float) -> str:
    """Swap two letters in a few long words, like hurried people do."""

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if ctx.rng.random() >= rate:
            return word
        i = ctx.rng.randrange(1, len(word) - 2)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]

    def token(m: re.Match[str]) -> str:
        # Links and addresses are pasted, not typed: they keep their spelling.
        chunk = m.group(0)
        return chunk if "/" in chunk or "@" in chunk else _TYPO_WORDS.sub(swap, chunk)

    return re.sub(r"\S+", token, text)


@dataclass(frozen=True)
class Family:
    """One writing style of one category; ``n`` is how many messages it contributes."""

    name: str
    category: str
    make: Callable[[Ctx], Draft]
    ats: str | None = None
    lang: str = "en"
    n: int = 36


REGISTRY: list[Family] = []


def family(
    name: str, category: str, *, ats: str | None = None, lang: str = "en", n: int = 36
) -> Callable[[Callable[[Ctx], Draft]], Callable[[Ctx], Draft]]:
    def register(make: Callable[[Ctx], Draft]) -> Callable[[Ctx], Draft]:
        REGISTRY.append(Family(name, category, make, ats, lang, n))
        return make

    return register


def ats_sender(ctx: Ctx, ats: str) -> tuple[str, str]:
    """The display name and address an ATS or job board really sends from."""
    table: dict[str, list[tuple[str, str]]] = {
        "greenhouse": [
            ("{co} Recruiting", "no-reply@greenhouse.io"),
            ("{co}", "no-reply@us.greenhouse-mail.io"),
            ("{person} at {co}", "no-reply@greenhouse.io"),
            ("{co} Hiring Team", "no-reply@greenhouse.io"),
        ],
        "lever": [
            ("{co}", "no-reply@hire.lever.co"),
            ("{co} Talent", "mail@hire.lever.co"),
            ("{person} from {co}", "no-reply@hire.lever.co"),
        ],
        "workday": [
            ("{co} Careers", "{slug}@myworkday.com"),
            ("Workday", "{slug}@myworkday.com"),
            ("{co} Talent Acquisition", "talent@talent.{domain}"),
            ("{co}", "{slug}@myworkday.com"),
        ],
        "icims": [
            ("{co} Talent Acquisition", "noreply@{slug}.icims.com"),
            ("{co} Careers", "donotreply@icims.com"),
        ],
        "smartrecruiters": [
            ("{co}", "noreply@smartrecruiters.com"),
            ("{co} Hiring Team", "{slug}@smartrecruitersmail.com"),
        ],
        "ashby": [
            ("{co} Hiring Team", "no-reply@ashbyhq.com"),
            ("{co}", "no-reply@ashbyhq.com"),
            ("{person}", "{pfirst_l}@{domain}"),
        ],
        "taleo": [("{co} Careers", "{slug}@taleo.net"), ("{legal}", "do-not-reply@taleo.net")],
        "jobvite": [
            ("{co} Recruiting", "notification@jobvite.com"),
            ("{co}", "noreply@jobvite.com"),
        ],
        "workable": [
            ("{co}", "noreply@candidates.workablemail.com"),
            ("{co} Hiring Team", "noreply@workablemail.com"),
        ],
        "bamboohr": [
            ("{co}", "notifications@app.bamboohr.com"),
            ("{co} Hiring", "{slug}@bamboohr.com"),
        ],
        "linkedin": [
            ("LinkedIn", "jobs-noreply@linkedin.com"),
            ("LinkedIn Job Applications", "jobs-noreply@linkedin.com"),
        ],
        "indeed": [("Indeed Apply", "indeedapply@indeed.com"), ("Indeed", "no-reply@indeed.com")],
        "own": [
            ("{co} Careers", "careers@{domain}"),
            ("{co} Recruiting", "recruiting@{domain}"),
            ("{co} Talent", "talent@{domain}"),
            ("{co}", "no-reply@{domain}"),
            ("{co} Jobs", "jobs@{domain}"),
            ("{co} HR", "hr@{domain}"),
        ],
        "person": [
            ("{person}", "{pfirst_l}.{plast_l}@{domain}"),
            ("{person}", "{pfirst_l}@{domain}"),
            ("{person} ({co})", "{pfirst_l}{plast_i}@{domain}"),
        ],
    }
    name, addr = ctx.rng.choice(table[ats])
    last = ascii_word(ctx.person_last)
    first = ascii_word(ctx.person_first)
    addr = (
        addr.replace("{pfirst_l}", first).replace("{plast_l}", last).replace("{plast_i}", last[:1])
    )
    return ctx.fill(name), ctx.fill(addr)
