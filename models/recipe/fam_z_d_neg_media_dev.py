"""Look-alike mail from media, research, conferences and developer tools: a podcast or a
journalist asking for an interview, a paid user-research interview, a talk accepted or
rejected, an app build rejected by a store, review requests and rejected merge requests,
and a SaaS programme approving or rejecting an application.

All not_job. One writer's families (zd_), written without reading the other family modules.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, family
from zc_kit import addr_at, neg, personal, unsub
from zd_kit import ZD_N, clock, date_in, one, opt, workday


@family("zd_neg_podcast_guest", "not_job", n=ZD_N)
def podcast_guest(ctx: Ctx) -> Draft:
    """A podcast host books the reader as a guest: the interview, the recording link."""
    show = ctx.pick(
        [
            "Shipping Fast",
            "Data Pipes Podcast",
            "Maker Minutes",
            "Frontend Fireside",
            "Founders in Transit",
            "Small Bets Radio",
        ]
    )
    start = workday(ctx, 4, 20)
    paras = [
        one(
            ctx,
            f"Thanks so much for agreeing to come on {show}! Really looking forward to the interview.",
            f"I host {show}, a [weekly|fortnightly] podcast about [building products|open source|careers in tech|indie businesses]. Would you be up for an interview episode?",
            f"Confirming our recording for {show} on {date_in(ctx, start)} at {clock(ctx, start)}.",
        ),
        one(
            ctx,
            "We record on [Riverside|SquadCast|Zoom]; a link will follow. Headphones and a quiet room help a lot.",
            "The conversation runs about 45 minutes and we edit it down. I'll send a rough outline of questions a few days before.",
            "No need to prepare - it's a relaxed chat about your [project|talk last month|blog post on testing].",
        ),
        opt(ctx, 0.5, "Could you send a short bio and a headshot for the show notes?"),
    ]
    subjects = [
        f"{show} - interview recording",
        f"Guest interview on {show}?",
        "Podcast interview: confirmed",
        f"Re: {show} episode",
    ]
    cal = Calendar(f"{show} recording", start, 60) if ctx.chance(0.4) else None
    return neg(
        ctx,
        subjects,
        paras,
        personal(ctx)
        if ctx.chance(0.5)
        else (ctx.person, addr_at(ctx, show.lower().replace(" ", "").replace("-", "") + ".fm")),
        f"{ctx.person_first}\nHost, {show}",
        calendar=cal,
    )


@family("zd_neg_press_interview", "not_job", n=ZD_N)
def press_interview(ctx: Ctx) -> Draft:
    """A journalist wants a quote or a short interview for a story."""
    outlet = ctx.pick(
        [
            "The Metro Tribune",
            "TechBeat",
            "Local Voice Radio",
            "The Weekly Wire",
            "Le Journal du Quartier",
            "The Commuter",
        ]
    )
    topic = ctx.pick(
        [
            "remote work and city centres",
            "the new bike lanes",
            "small businesses after the energy spike",
            "open-source maintainers' burnout",
            "the neighbourhood's housing co-op",
            "AI tools in classrooms",
        ]
    )
    paras = [
        one(
            ctx,
            f"I'm a reporter at {outlet} working on a piece about {topic}.",
            f"I'm writing a story for {outlet} on {topic} and your name came up.",
            f"{outlet} here - I'm putting together a feature on {topic}.",
        ),
        one(
            ctx,
            "Would you have 15 minutes for a short phone interview [this week|before Thursday|tomorrow]?",
            "Could I interview you briefly, or send a few questions by email?",
            "I'd love to include a quote from you. My deadline is Friday.",
        ),
        opt(
            ctx,
            0.5,
            "[Happy to keep it off the record if you prefer.|The piece runs next week, online and in print.|I can send quotes back for a fact check.]",
        ),
    ]
    subjects = [
        "Interview request - " + outlet,
        f"Press enquiry: {topic}",
        "Quick interview for a story?",
        "Media request",
    ]
    return neg(
        ctx,
        subjects,
        paras,
        (ctx.person, addr_at(ctx, outlet.lower().replace(" ", "").replace("-", "")[:14] + ".com")),
        f"{ctx.person}\nReporter, {outlet}\n{ctx.pick(['+1 212 555 0144', '+44 20 7946 0958', '@' + ctx.person_first.lower() + '_writes'])}",
    )


@family("zd_neg_research_participant", "not_job", n=ZD_N)
def research_participant(ctx: Ctx) -> Draft:
    """A paid user-research interview: screener, selected, book a session, gift card."""
    brand = ctx.pick(
        ["Notion", "Spotify", "a banking app", "Duolingo", "a travel startup", "Figma"]
    )
    fee = ctx.pick(["$75", "$100", "£50", "€60", "$150"])
    kind = ctx.pick(["invite", "selected", "reminder"])
    texts = {
        "invite": [
            f"We're looking for people to take part in a 45-minute research interview about how you use {brand}.",
            f"Participants receive a {fee} gift card as a thank-you. Take the 2-minute screener to see if you qualify: "
            + ctx.url("research.userinterviews.example", "screener"),
        ],
        "selected": [
            f"Good news - you've been selected for a paid research session with {brand}'s design team!",
            f"Pick an interview slot that works for you: {ctx.url('calendly.com', 'research-sessions')}. You'll receive {fee} within 5 days of the session.",
        ],
        "reminder": [
            f"Reminder: your research interview is tomorrow at {clock(ctx, workday(ctx))}.",
            "Please join from a laptop with your camera on. The session is recorded for internal research only.",
        ],
    }
    subjects = {
        "invite": f"Get paid {fee} to share your feedback",
        "selected": "You've been selected for a research interview",
        "reminder": "Your research session is tomorrow",
    }
    return neg(
        ctx,
        [subjects[kind]],
        texts[kind],
        ("Research Team", "participants@userinterviews.example"),
        "Thanks for helping us build better products,\nThe Research Team",
        form=ctx.pick(["html", "alt"]),
    )


@family("zd_neg_cfp_decision", "not_job", n=ZD_N)
def cfp_decision(ctx: Ctx) -> Draft:
    """A conference programme committee on a talk proposal: accepted, waitlisted, rejected."""
    conf = ctx.pick(
        [
            "PyCon Lakes",
            "DevOpsDays Harbour",
            "JSConf Meridian",
            "DataFest Europe",
            "RustFest North",
            "UXLive",
        ]
    )
    talk = ctx.pick(
        [
            "Testing the untestable",
            "Shipping on Fridays",
            "A year of Postgres at scale",
            "Accessible by default",
            "Queues all the way down",
            "Small models, big wins",
        ]
    )
    kind = ctx.pick(["accept", "reject", "waitlist"])
    texts = {
        "accept": [
            f"Congratulations! Your proposal \u201c{talk}\u201d has been accepted for {conf}.",
            "Please confirm your participation within 7 days and book your travel through the speaker portal. We cover your ticket and one night's hotel.",
            "Slides are due one week before the event.",
        ],
        "reject": [
            f"Thank you for submitting \u201c{talk}\u201d to {conf}.",
            "We received more than [600|900] proposals for [70|45] slots, and unfortunately we weren't able to accept yours this year.",
            "We hope you'll still join us - here's a 20% discount code for a ticket: CFP20.",
        ],
        "waitlist": [
            f"Thanks for your proposal \u201c{talk}\u201d for {conf}.",
            "The committee liked it and has placed it on our waitlist. If a slot opens up we'll contact you by the end of the month.",
            "",
        ],
    }
    subjects = {
        "accept": f"{conf}: your talk has been accepted",
        "reject": f"{conf} CFP decision",
        "waitlist": f"{conf}: your proposal is waitlisted",
    }
    return neg(
        ctx,
        [subjects[kind]],
        [ctx.fill(p) for p in texts[kind]],
        (f"{conf} Program Committee", f"cfp@{conf.lower().replace(' ', '').replace('-', '')}.org"),
        f"The {conf} Program Committee",
    )


@family("zd_neg_app_review_rejected", "not_job", n=ZD_N)
def app_review_rejected(ctx: Ctx) -> Draft:
    """An app store's review of the reader's own app: build rejected, resolved, approved."""
    app = ctx.pick(["Pocket Budget", "TrailMate", "Snapnote", "Kinderclock", "Plantwise"])
    ver = f"{ctx.num(1, 4)}.{ctx.num(0, 9)}.{ctx.num(0, 9)}"
    kind = ctx.pick(["rejected", "rejected", "approved", "inreview"])
    texts = {
        "rejected": [
            f"We reviewed {app} {ver} and found that it does not comply with the review guidelines.",
            f"Guideline {ctx.pick(['2.1 - Performance - App Completeness', '4.3 - Design - Spam', '5.1.1 - Data Collection and Storage', '3.1.1 - In-App Purchase'])}",
            "Please revise your app and resubmit. You can reply to this message in the Resolution Center.",
        ],
        "approved": [
            f"The status of {app} {ver} is now Ready for Distribution.",
            "Your build passed review and will be released according to your release settings.",
        ],
        "inreview": [
            f"{app} {ver} is now In Review.",
            "We'll notify you when the review is complete.",
        ],
    }
    subjects = {
        "rejected": f"Your submission was rejected: {app} {ver}",
        "approved": f"{app} {ver} is ready for distribution",
        "inreview": f"{app} {ver} status: In Review",
    }
    sender = ctx.pick(
        [
            ("App Store Connect", "no_reply@email.apple.example"),
            ("Google Play Console", "noreply-play-console@google.example"),
        ]
    )
    return neg(
        ctx,
        [subjects[kind]],
        texts[kind],
        sender,
        f"{sender[0]} Team",
        greet_p=0.5,
        form=ctx.pick(["html", "alt"]),
    )


@family("zd_neg_code_review", "not_job", n=ZD_N)
def code_review(ctx: Ctx) -> Draft:
    """Code-host notifications: review requested, changes requested, merge request closed, CI failed."""
    repo = ctx.pick(
        [
            "acme/billing-service",
            "infra/terraform-modules",
            "web/checkout",
            "data/etl-jobs",
            "mobile/ios-app",
            "tools/release-bot",
        ]
    )
    num = ctx.num(12, 4800)
    who = ctx.pick(["mkowalski", "priya-dev", "jlee", "tsato", "aboateng", "rmartin"])
    kind = ctx.pick(["requested", "changes", "closed", "ci", "approved"])
    texts = {
        "requested": (
            f"[{repo}] Review requested on #{num}",
            [
                f"@{who} requested your review on: {repo}#{num} {ctx.pick(['Add retry to webhook sender', 'Bump dependencies', 'Fix flaky login test', 'Refactor invoice export'])}"
            ],
        ),
        "changes": (
            f"Re: [{repo}] PR #{num}",
            [
                f"@{who} requested changes on this pull request.",
                ctx.pick(
                    [
                        "> This will break on empty input, can we add a guard?",
                        "> Please split this into two commits.",
                        "> Missing tests for the new branch.",
                    ]
                ),
            ],
        ),
        "closed": (
            f"[{repo}] Merge request !{num} was closed",
            [
                f"Merge request !{num} was closed by {who}.",
                ctx.pick(
                    [
                        "Reason: superseded by !" + str(num + 3),
                        "Rejected: out of scope for this release.",
                        "Closing as stale.",
                    ]
                ),
            ],
        ),
        "ci": (
            f"[{repo}] Pipeline failed for main",
            [
                f"Pipeline #{ctx.num(10000, 99999)} failed.",
                f"Job {ctx.pick(['test', 'lint', 'build', 'deploy-staging'])} failed after {ctx.num(1, 14)}m {ctx.num(1, 59)}s.",
            ],
        ),
        "approved": (f"Re: [{repo}] PR #{num}", [f"@{who} approved these changes.", "LGTM 🚀"]),
    }
    subject, paras = texts[kind]
    foot = ctx.pick(
        [
            "—\nReply to this email directly or view it on the web.\nYou are receiving this because your review was requested.",
            "You're receiving this email because of your account on the code host. Manage notification settings.",
        ]
    )
    sender = ctx.pick(["notifications@github.example", "gitlab@code.example"])
    return Draft(
        subject, "\n\n".join([*paras, foot]), who, sender, greet=False, sign="", form="plain"
    )


@family("zd_neg_saas_program", "not_job", n=ZD_N)
def saas_program(ctx: Ctx) -> Draft:
    """A SaaS vendor on an application to a programme: startup credits, early access, app verification."""
    vendor = ctx.pick(["CloudNine", "Figma", "Notion", "Zoom", "Metricly", "Paylane"])
    prog = ctx.pick(
        [
            "Startup Program",
            "early access waitlist",
            "partner directory",
            "OAuth app verification",
            "education plan",
        ]
    )
    kind = ctx.pick(["approved", "rejected", "more"])
    texts = {
        "approved": [
            f"Your application to the {vendor} {prog} has been approved!",
            "[{n},000 in credits have been added to your workspace.|Your access is now active.|Your listing is now live.]",
            "Get started: "
            + ctx.url(f"www.{vendor.lower().replace(' ', '').replace('-', '')}.com", "start"),
        ],
        "rejected": [
            f"Thanks for applying to the {vendor} {prog}.",
            "After reviewing your application, we're unable to approve it at this time. [Your organisation doesn't meet the eligibility criteria.|We couldn't verify your domain.|The requested scopes need further justification.]",
            "You can reapply after addressing the points above.",
        ],
        "more": [
            f"We're reviewing your {vendor} {prog} application.",
            "To continue, please [verify your company domain|upload a short demo video of the app|confirm your student status].",
            "",
        ],
    }
    subjects = {
        "approved": f"Welcome to the {vendor} {prog}",
        "rejected": f"Your {vendor} {prog} application",
        "more": "Action needed on your application",
    }
    return neg(
        ctx,
        [subjects[kind]],
        [ctx.fill(p) for p in texts[kind]],
        (vendor, f"no-reply@{vendor.lower().replace(' ', '').replace('-', '')}.com"),
        f"The {vendor} team\n{unsub(ctx, vendor, '101 Howard St')}"
        if ctx.chance(0.5)
        else f"The {vendor} team",
        form=ctx.pick(["html", "alt"]),
    )
