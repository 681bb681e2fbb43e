"""Work and commerce mail that is not the user's own job search, continued from
fam_z_e_neg_work.py, which had grown past the 600-line limit: job-alert digests and "jobs you
may like" from many boards, salary surveys, and the user's current employer (benefits, internal
postings). Its name sorts right after fam_z_e_neg_work.py (corpus.py imports fam_*.py in name
order), so its families keep their place in the registry and the corpus stays byte-identical.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from zd_kit import opt
from ze_kit import BOARD_SENDERS, ZE_N, body, neg_hello, neg_sign, sender, unsub

_ROLES = (
    "Senior Backend Engineer",
    "Product Designer",
    "Data Analyst",
    "Marketing Manager",
    "Staff Nurse",
    "Account Executive",
    "DevOps Engineer",
    "Financial Analyst",
    "Operations Lead",
    "Frontend Developer",
    "Customer Success Manager",
    "Project Manager",
)
_EMPLOYERS = (
    "Quantive",
    "Loomly",
    "Brightline Health",
    "Cobalt Robotics",
    "Helio Energy",
    "Fernway",
    "Mosaic Bank",
    "Trellis",
    "Lumen Grid",
    "Kestrel AI",
    "Oakridge Retail",
    "Pallas Logistics",
)


@family("ze_ng_alert_digests_many_boards", "not_job", n=ZE_N)
def _alerts(ctx: Ctx) -> Draft:
    key = ctx.pick(
        [
            "stepstone",
            "xing",
            "seek",
            "reed",
            "dice",
            "ziprecruiter",
            "wellfound",
            "otta",
            "wttj",
            "handshake",
            "monster",
            "infojobs",
            "indeed_fr",
            "nationale",
            "glassdoor",
        ]
    )
    name, addr = sender(ctx, BOARD_SENDERS[key])
    lang = {
        "stepstone": "de",
        "xing": "de",
        "infojobs": "es",
        "indeed_fr": "fr",
        "nationale": "nl",
        "wttj": ctx.pick(["fr", "en"]),
    }.get(key, "en")
    role = ctx.pick(_ROLES)
    k = ctx.num(3, 8)
    listings = "\n\n".join(
        f"{ctx.pick(_ROLES)}\n{ctx.pick(_EMPLOYERS)} · {ctx.pick(['Berlin', 'Sydney NSW', 'London', 'Remote', 'Austin, TX', 'Paris', 'Madrid', 'Utrecht', 'Toronto'])}\n{ctx.pick(['New', 'Easy Apply', '2 days ago', 'Actively recruiting', '$95k-$120k', '€55.000 - €70.000', ''])}\n{ctx.url(addr.split('@')[1], 'job')}"
        for _ in range(k)
    )
    heads = {
        "en": (
            [
                f'{k} new jobs for "{role}"',
                f"{role}: new matches this week",
                "Jobs you might be interested in",
                f"New {role} jobs near you",
                "Your daily job alert",
            ],
            "Here are the latest jobs matching your saved search.",
        ),
        "de": (
            [
                f'{k} neue Jobs für "{role}"',
                "Ihr Job-Agent: neue Stellenangebote",
                "Passende Jobs für Sie",
            ],
            "Hier sind die neuesten Stellenangebote zu Ihrem Suchauftrag.",
        ),
        "fr": (
            [
                f"{k} nouvelles offres pour « {role} »",
                "Votre alerte emploi",
                "Des offres qui pourraient vous plaire",
            ],
            "Voici les nouvelles offres correspondant à votre alerte.",
        ),
        "es": (
            [f"{k} ofertas nuevas de {role}", "Tu alerta de empleo"],
            "Estas son las nuevas ofertas que coinciden con tu búsqueda.",
        ),
        "nl": (
            [f"{k} nieuwe vacatures voor {role}", "Je vacaturealert"],
            "Dit zijn de nieuwste vacatures die passen bij je zoekopdracht.",
        ),
    }
    subjects, lead = heads[lang]
    text = body(
        lead,
        listings,
        ctx.pick(
            ["See all jobs", "Alle Jobs anzeigen" if lang == "de" else "See more", "Manage alerts"]
        )
        + ": "
        + ctx.url(addr.split("@")[1], "alerts"),
        unsub(ctx, addr.split("@")[1]),
    )
    return Draft(
        ctx.pick(subjects),
        text,
        name,
        addr,
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt", "alt"]),
        lang=lang,
    )


@family("ze_ng_jobs_you_may_like", "not_job", n=ZE_N)
def _recs(ctx: Ctx) -> Draft:
    key = ctx.pick(
        [
            "linkedin",
            "indeed",
            "glassdoor",
            "otta",
            "wellfound",
            "dice",
            "ziprecruiter",
            "handshake",
            "hired",
        ]
    )
    name, addr = sender(ctx, BOARD_SENDERS[key])
    emp = ctx.pick(_EMPLOYERS)
    role = ctx.pick(_ROLES)
    subject = ctx.pick(
        [
            f"{emp} is hiring a {role}",
            f"Jobs you may like: {role} at {emp} and more",
            f"{ctx.cand_first}, you're a top applicant for {ctx.num(3, 9)} jobs",
            "Companies are looking at profiles like yours",
            f"Recommended for you: {role}",
            f"Your profile matches {emp}'s new opening",
            "You appeared in 12 searches this week",
        ]
    )
    text = body(
        neg_hello(ctx, 0.5),
        ctx.pick(
            [
                f"Based on your profile, we think you'd be a great fit for {role} at {emp}. Apply in one click.",
                f"{emp} just posted a {role} role. Be one of the first {ctx.num(10, 50)} applicants.",
                "Your profile was viewed by recruiters from 4 companies this week. Upgrade to see who.",
                "We picked these jobs for you based on your recent activity.",
            ]
        ),
        f"{role} - {emp}\n{ctx.url(addr.split('@')[1], 'view')}",
        unsub(ctx, addr.split("@")[1]),
    )
    return Draft(
        subject, text, name, addr, greet=False, sign="", bulk=True, form=ctx.pick(["html", "alt"])
    )


@family("ze_ng_salary_survey_newsletter", "not_job", n=ZE_N)
def _salary(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Levels.fyi", "levels.fyi"),
            ("Hired Insights", "hired.com"),
            ("The Pragmatic Engineer", "substack.com"),
            ("Stack Overflow", "stackoverflow.email"),
            ("Glassdoor Economic Research", "glassdoor.com"),
            ("Ravio", "ravio.com"),
            ("Built In", "builtin.com"),
        ]
    )
    subject = ctx.pick(
        [
            "Take our 2026 salary survey (5 min)",
            "Salary report: what engineers earn in "
            + ctx.pick(["Berlin", "London", "NYC", "Toronto"]),
            "This week: layoffs, offers and negotiation tips",
            "Is your pay fair? See how you compare",
            "The state of tech hiring, Q" + str(ctx.num(1, 4)),
        ]
    )
    text = body(
        neg_hello(ctx, 0.5),
        ctx.pick(
            [
                "Help us build the most accurate salary data. Share your compensation anonymously and get the full report first.",
                "Median total compensation for senior engineers rose "
                + str(ctx.num(2, 9))
                + "% this year, while offers for new grads stayed flat.",
                "In this issue: how to negotiate an offer, why interview loops are getting longer, and the companies still hiring.",
                "Hiring slowed in the third quarter, with fewer recruiter messages per candidate.",
            ]
        ),
        opt(ctx, 0.6, "Read more: " + ctx.url(host, "p")),
        unsub(ctx, host),
    )
    return Draft(
        subject,
        text,
        org,
        ctx.pick(["newsletter@", "hello@", "team@", "noreply@"]) + host,
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("ze_ng_employer_hr_benefits", "not_job", n=ZE_N)
def _hr(ctx: Ctx) -> Draft:
    name, addr = sender(
        ctx,
        (
            ("{co} People Team", "people@{domain}"),
            ("{co} HR", "hr@{domain}"),
            ("Workday", "{slug}@myworkday.com"),
            ("{co} Benefits", "benefits@{domain}"),
            ("{person}", "{pfirst}.{plast}@{domain}"),
        ),
    )
    subject = ctx.pick(
        [
            "Open enrollment closes Friday",
            "Action required: confirm your benefits elections",
            "Your payslip is available",
            "Reminder: complete your self-review",
            "New: parental leave policy",
            "Your annual compensation statement",
            "Inbox: Benefit Change - Life Event",
        ]
    )
    text = body(
        ctx.pick(["Hi {first},", "Hello team,", "Hi all,", "Dear colleague,"]),
        ctx.pick(
            [
                "Open enrollment for next year's medical, dental and vision plans ends on {day}. If you do nothing, your current elections roll over.",
                "Your payslip for "
                + ctx.pick(["October", "March", "June", "December"])
                + " is now available in the employee portal.",
                "Performance review season is here. Please complete your self-assessment by {day}; your manager will then schedule a 1:1.",
                "We've updated our parental leave policy to 20 weeks fully paid for all parents, effective immediately.",
                "Your total rewards statement is ready. It includes your base salary, bonus, equity and benefits.",
            ]
        ),
        opt(ctx, 0.5, "Questions? Reach out in #ask-people or reply to this email."),
    )
    return Draft(
        ctx.fill(subject),
        ctx.fill(text),
        name,
        addr,
        greet=False,
        sign=neg_sign(ctx, "[{co} People Team|{person}, People Partner|HR]"),
        bulk=ctx.chance(0.4),
    )


@family("ze_ng_employer_internal_postings", "not_job", n=ZE_N)
def _internal(ctx: Ctx) -> Draft:
    name, addr = sender(
        ctx,
        (
            ("{co} Internal Mobility", "careers-internal@{domain}"),
            ("{co} Talent Marketplace", "{slug}@myworkday.com"),
            ("{person}", "{pfirst}@{domain}"),
            ("Gloat", "noreply@gloat.com"),
        ),
    )
    role = ctx.pick(_ROLES)
    subject = ctx.pick(
        [
            "Internal opportunities this week",
            "New gig on the Talent Marketplace",
            "Refer a friend: " + role,
            "Internal posting: "
            + role
            + " ("
            + ctx.pick(["Platform", "Growth", "Finance", "Ops"])
            + " team)",
            "Your referral bonus was paid",
            "Open roles you could refer",
        ]
    )
    text = body(
        ctx.pick(["Hi {first},", "Hi all,", "Hey team,"]),
        ctx.pick(
            [
                "Here are this week's internal openings. Employees who have been in their role 12+ months can apply after talking to their manager.",
                "A new short-term project gig matches your skills: help the "
                + ctx.pick(["Data", "Security", "Brand"])
                + " team for 4 hours a week.",
                "We're hiring a "
                + role
                + "! Know someone great? Referrals that are hired earn a $"
                + str(ctx.num(1, 5))
                + ",000 bonus.",
                "Thanks for referring your friend - they started this week and your bonus will be in next month's payroll.",
            ]
        ),
        opt(
            ctx,
            0.5,
            "Browse internal roles on the intranet: "
            + ctx.url("intranet.{domain}".replace("{domain}", ctx.domain), "careers"),
        ),
    )
    return Draft(
        subject,
        ctx.fill(text),
        name,
        addr,
        greet=False,
        sign=neg_sign(ctx, "[Talent Acquisition|{co} Recruiting|{person}]"),
        bulk=ctx.chance(0.5),
    )
