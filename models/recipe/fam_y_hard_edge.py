"""Edge cases where the loudest word points the wrong way.

A rescinded offer says "offer" in every line and is a rejection; a recruiter bumping an
unanswered pitch looks like a reply thread yet is still outreach; an internal-mobility digest
from the user's own employer lists open roles and "apply" buttons and is not the user's search.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_y_hard_threads import history
from kit import Ctx, Draft, ascii_word, ats_sender, family


@family("hd_offer_rescinded", "rejection", n=26)
def offer_rescinded(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    body = ctx.para(
        "I'm really sorry to be writing this. Due to [an unexpected hiring freeze|a company-wide restructuring|budget cuts announced this morning], {co} has to rescind the offer we extended for the {title} position. [I know this is incredibly disappointing.|This decision was made well above the hiring team.] [We'd be glad to reconsider you if the role reopens.|I'm happy to serve as a reference.]",
        "Unfortunately we are withdrawing our offer of employment for the {title} role[, effective immediately|]. [The position has been eliminated as part of a reorganization.|The business need for this role has changed.] We sincerely apologize for the inconvenience.",
        "I have some hard news. The [requisition|headcount] for {title} was cancelled, which means we can no longer move forward with your offer. [Please don't resign from your current job if you haven't already.|If you've already given notice, please call me so we can talk it through.]",
    )
    quote = ""
    if ctx.chance(0.5):
        quote = history(
            ctx,
            name,
            addr,
            ctx.fill(
                "[We're thrilled to offer you the {title} role!|Congratulations - please find your offer letter attached.] [Base salary: {money}.|Start date: {day}.]\n\n{pfirst}"
            ),
            ctx.num(7, 20),
        )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Re: Your offer from {co}",
                    "Update regarding your offer",
                    "Important: offer rescinded",
                    "{title} offer - update",
                    "Difficult news",
                ]
            )
        ),
        body,
        name,
        addr,
        footer=quote,
    )


@family("hd_thread_outreach_bump", "recruiter_outreach", n=30)
def outreach_bump(ctx: Ctx) -> Draft:
    agency = ctx.chance(0.4)
    if agency:
        _, domain = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
        name, addr = ctx.person, f"{ascii_word(ctx.person_first)}@{domain}"
    else:
        name, addr = ats_sender(ctx, "person")
    body = ctx.para(
        "Just bubbling this up in case it got buried - still keen to chat about the {title} role if you're open to it.",
        "Bumping this to the top of your inbox! [Would love 15 minutes to tell you about the team.|The role is still open.]",
        "Following up on my note below. [If the timing isn't right, no worries at all.|Happy to share the comp range if that helps.] [Any interest?|Worth a quick call?]",
        "Last try, I promise :) [If you're not looking, just let me know and I'll stop pinging you.|Let me know either way?]",
    )
    where = "with a client of mine, a Series B startup ({city})" if agency else "at {co}"
    pitch = ctx.fill(
        "Hi {first},\n\n[I came across your profile|Your background caught my eye|I saw your work on GitHub] and [I wanted to reach out about|I think you'd be a great fit for] a {title} [opening|role] "
        + where
        + ". "
        "[Compensation is up to {money}.|The team is small and growing fast.|It's fully remote.] [Open to a quick chat?|Would you be interested in learning more?]\n\n{pfirst}"
    )
    return Draft(
        "Re: "
        + ctx.fill(
            ctx.pick(
                [
                    "{title} opportunity",
                    "Quick question",
                    "Exploring new roles?",
                    "{co} + you?",
                    "Opportunity in {city}",
                ]
            )
        ),
        body,
        name,
        addr,
        footer=history(ctx, name, addr, pitch, ctx.num(3, 10)),
        greet=ctx.chance(0.5),
        sign=ctx.fill(ctx.pick(["{pfirst}", "Best,\n{pfirst}", "Thanks,\n{person}"])),
    )


@family("hd_neg_internal_mobility", "not_job", n=28)
def internal_mobility(ctx: Ctx) -> Draft:
    roles = "\n".join(
        f"- {t} ({ctx.pick(vocab.CITIES)})" for t in ctx.rng.sample(vocab.TITLES, ctx.num(3, 5))
    )
    body = "\n\n".join(
        p
        for p in (
            ctx.para(
                "[New internal openings this week|Internal Jobs Digest|Grow your career at {co}]: [the roles below are open to current employees first.|apply before they're posted externally.]",
                "Thinking about your next move? Here are this week's internal postings at {co}.",
            ),
            roles,
            ctx.para(
                "[Talk to your manager before applying; internal candidates need 12 months in role.|Refer a friend for external roles and earn a bonus.|Questions? Ask in #internal-mobility.]"
            ),
        )
        if p
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Internal Jobs Digest",
                    "New internal opportunities",
                    "Your weekly career digest",
                    "Open roles at {co} (internal)",
                ]
            )
        ),
        body,
        ctx.fill(ctx.pick(["{co} Internal Mobility", "People Team", "{co} Careers (internal)"])),
        ctx.fill("[mobility|people|internal-jobs]@{domain}"),
        greet=ctx.chance(0.4),
        sign=ctx.fill("[The People Team|{co} Talent Mobility]"),
        footer=ctx.fill("Internal use only - do not forward outside {co}."),
        bulk=True,
    )
