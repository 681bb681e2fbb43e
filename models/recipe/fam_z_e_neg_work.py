"""Work and commerce mail that is not the user's own job search: SaaS onboarding "next steps",
sales demos and webinars. Job-alert digests, salary surveys and the user's current employer
follow in fam_z_e_neg_work2.py; the user as hiring manager or interviewer and marketing of
every kind in fam_z_e_neg_work3.py.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, ascii_word, family
from zd_kit import date_in, opt, workday
from ze_kit import ZE_N, body, neg_hello, neg_sign, postal, unsub


def _vendor(ctx: Ctx) -> tuple[str, str]:
    return ctx.pick(
        [
            ("Notion", "makenotion.com"),
            ("Linear", "linear.app"),
            ("Airtable", "airtable.com"),
            ("Retool", "retool.com"),
            ("HubSpot", "hubspot.com"),
            ("Miro", "miro.com"),
            ("Vercel", "vercel.com"),
            ("Datadog", "datadoghq.com"),
        ]
    )


@family("ze_ng_saas_onboarding_next_steps", "not_job", n=ZE_N)
def _saas(ctx: Ctx) -> Draft:
    org, host = _vendor(ctx)
    subject = ctx.pick(
        [
            "Next steps to get started with " + org,
            "Your workspace is ready",
            "Welcome aboard! Here's what to do next",
            "Your trial ends in 3 days",
            "Step 2 of 4: invite your team",
            "Your application to the " + org + " Startup Program",
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                "Thanks for signing up! Here are three next steps to get the most out of "
                + org
                + ": connect your data, invite your teammates and set up your first project.",
                "Your application to our startup program was approved - you'll get "
                + ctx.pick(["$5,000 in credits", "12 months free", "50% off for a year"])
                + ".",
                "You're almost there. Finish onboarding to unlock all features.",
                "Your free trial ends soon. Upgrade now to keep your data and integrations.",
            ]
        ),
        opt(
            ctx,
            0.5,
            "Book a 15-minute onboarding call with our team: "
            + ctx.url("calendly.com", org.lower()),
        ),
        unsub(ctx, host),
        postal(ctx),
    )
    return Draft(
        subject,
        text,
        ctx.pick([org, ctx.person_first + " from " + org]),
        ctx.pick(["team@", "hello@", "onboarding@", "no-reply@"]) + ctx.pick(["mail.", ""]) + host,
        greet=False,
        sign=neg_sign(
            ctx, ctx.pick(["The " + org + " team", "{pfirst}, Customer Success at " + org])
        ),
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("ze_ng_sales_demo_followup", "not_job", n=ZE_N)
def _sales(ctx: Ctx) -> Draft:
    org = ctx.pick(
        [
            "Clari",
            "Gong",
            "Outreach",
            "Vanta",
            "Rippling",
            "Deel",
            "Brex",
            "Ramp",
            "Lattice",
            "Gusto",
        ]
    )
    host = org.lower() + ctx.pick([".com", ".io", ".com"])
    subject = ctx.pick(
        [
            "Quick question",
            "Re: demo",
            "15 minutes next week?",
            "{first} <> " + org,
            "Following up",
            "Is this a priority?",
            "Your demo is confirmed",
        ]
    )
    when = workday(ctx, 2, 8)
    text = body(
        ctx.pick(["Hi {first},", "{first} -", "Hey {first},"]),
        ctx.pick(
            [
                "Noticed your team is growing fast - congrats. Teams like yours use "
                + org
                + " to cut month-end close time in half. Worth a quick chat?",
                "Following up on my last note. Would it make sense to set up a 20-minute demo for you and your team?",
                "Thanks for booking a demo! I'll walk you through the platform and answer questions about pricing and implementation.",
                "I know you're busy, so I'll keep it short: are you the right person to talk to about "
                + ctx.pick(["SOC 2 compliance", "payroll", "sales forecasting", "spend management"])
                + "?",
            ]
        ),
        ctx.pick(
            [
                "Does " + date_in(ctx, when) + " work?",
                "Here's my calendar: " + ctx.url("calendly.com", "demo"),
                "If not, no worries - just let me know and I'll stop reaching out.",
            ]
        ),
    )
    sign = ctx.fill("{person}\n[Account Executive|Sales Development Rep|Enterprise AE] | " + org)
    quote = (
        ""
        if not subject.startswith("Re:")
        else "Thanks, send over some info and I'll take a look.\n{first}".replace(
            "{first}", ctx.cand_first
        )
    )
    cal = Calendar(org + " demo", when, 30) if "confirmed" in subject else None
    return Draft(
        ctx.fill(subject),
        ctx.fill(text),
        ctx.person,
        ascii_word(ctx.person_first) + "@" + host,
        greet=False,
        sign=sign,
        quote=quote,
        calendar=cal,
        form=ctx.pick(["plain", "alt"]),
    )


@family("ze_ng_webinar_invites", "not_job", n=ZE_N)
def _webinar(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("HubSpot Academy", "hubspot.com"),
            ("ON24", "on24.com"),
            ("SHRM", "shrm.org"),
            ("AWS Events", "aws.amazon.com"),
            ("Gartner", "gartner.com"),
            ("Figma Config", "figma.com"),
            ("Eventbrite", "eventbrite.com"),
        ]
    )
    topic = ctx.pick(
        [
            "The Future of Hiring: AI in Talent Acquisition",
            "Scaling Kubernetes in Production",
            "2026 Compensation Trends",
            "Design Systems at Scale",
            "How to Ace Your Next Interview (live Q&A)",
            "Quarterly Economic Outlook",
            "Building Data Pipelines with dbt",
        ]
    )
    when = workday(ctx, 3, 20)
    subject = ctx.pick(
        [
            "You're registered: " + topic,
            "[Webinar] " + topic,
            "Starting in 1 hour: " + topic,
            "Join us live on " + date_in(ctx, when),
            "The recording is ready",
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                'Thanks for registering for "' + topic + '". We look forward to seeing you online.',
                'Join industry experts for a live session on "'
                + topic
                + '", followed by audience Q&A.',
                'Missed the live session? Watch the on-demand recording of "' + topic + '".',
            ]
        ),
        "Date: " + date_in(ctx, when) + "\nJoin: " + ctx.url(host, "webinar"),
        opt(ctx, 0.4, "Add to calendar - Google | Outlook | iCal"),
        unsub(ctx, host),
    )
    cal = Calendar(topic, when, 60) if ctx.chance(0.3) else None
    return Draft(
        subject,
        text,
        org,
        ctx.pick(["events@", "webinars@", "no-reply@"]) + host,
        greet=False,
        sign="",
        calendar=cal,
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )
