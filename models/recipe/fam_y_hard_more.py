"""More hard replies: the recruiter answers the candidate's own note, and the answer decides.

A follow-up on an application answered with an interview invite, a take-home submission
answered with a rejection, an availability list answered with the technical round's slot,
an accepted offer answered with the background-check result, a friend's introduction that
turns into a recruiter's pitch, and a one-line note that sends the coding test. The quoted
text underneath belongs to an earlier stage, so only the top may decide the category.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_y_hard_threads import PHONE_SIGN, cand_said, history
from kit import Ctx, Draft, ats_sender, family


def _me(ctx: Ctx) -> str:
    return ctx.fill(ctx.pick(["[Best|Thanks|Talk soon],\n{pfirst}", "{pfirst}", "Best,\n{person}"]))


def _tech_role(ctx: Ctx) -> None:
    fits = [
        t
        for t in vocab.TITLES
        if t.endswith(
            (
                "Developer",
                "Software Engineer",
                "Data Engineer",
                "Backend Engineer",
                "Frontend Engineer",
                "Platform Engineer",
                "ML Ops Engineer",
                "Machine Learning Engineer",
            )
        )
    ]
    ctx._title = ctx.pick(fits)


@family("hd_thread_invite_over_followup", "interview", n=30)
def invite_over_followup(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = ctx.para(
        "Thanks for following up, and sorry for the slow reply! [I've reviewed your application|The hiring manager looked at your resume] and we'd love to [set up a call|schedule an intro interview]. [Are you free {day} at {time}?|Grab any slot that works: {link}]",
        "Great timing - I was just about to reach out. We'd like to invite you to a [30-minute phone screen|first interview with {pfirst} and the team lead] for the {title} role. [What does your availability look like this week?|Would {day} work?]",
        "Appreciate the nudge! Yes, we'd like to talk. [Could you do a quick video call {day}?|I'll send a calendar invite for {day} at {time} - let me know if that's a problem.]",
    )
    quote = cand_said(
        ctx,
        "[Hi, I applied for the {title} position two weeks ago and wanted to follow up on my application.|Hello! Just checking in on the status of my application for {title}. I'm still very interested.|Hi {pfirst}, I submitted my application for {title} last week and wanted to express my continued interest.]",
        ctx.num(1, 4),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Re: Following up on my application",
                    "Re: {title} application",
                    "RE: Application status",
                    "Re: Checking in",
                ]
            )
        ),
        body,
        name,
        addr,
        footer=quote,
        sign=_me(ctx),
        greet=ctx.chance(0.7),
    )


@family("hd_thread_reject_over_takehome", "rejection", n=30)
def reject_over_takehome(ctx: Ctx) -> Draft:
    _tech_role(ctx)
    name, addr = ats_sender(ctx, "person")
    body = ctx.para(
        "Thanks for the time you put into the take-home. [The team reviewed it carefully|Our engineers went through your submission], and [unfortunately we won't be moving forward|we've decided not to progress your application] to the next stage.",
        "I really appreciate the effort on the assignment. After review, the team [felt other candidates were a stronger match for this role|decided to move ahead with candidates with more [Kubernetes|distributed systems|React Native] experience]. [I'm sorry this isn't better news.|I know how much work these are.]",
        "Thank you for submitting the coding exercise. Unfortunately, it didn't [meet the bar|quite match what the team needs] for the {title} role this time, so we'll be closing your application. [Happy to share a few notes if helpful.|Best of luck with your search.]",
    )
    quote = cand_said(
        ctx,
        "[Hi {pfirst}, please find my take-home submission attached (repo link below). Looking forward to hearing from you!|Hello, I've submitted the assignment through the portal. Thanks for the opportunity!|Submitted! Let me know if anything is unclear in the README.]",
        ctx.num(3, 8),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Re: Take-home submission",
                    "Re: {title} - coding exercise",
                    "RE: Assignment",
                    "Re: next steps",
                ]
            )
        ),
        body,
        name,
        addr,
        footer=quote,
        sign=_me(ctx),
    )


@family("hd_thread_tech_slot_confirmed", "technical_round", n=30)
def tech_slot(ctx: Ctx) -> Draft:
    _tech_role(ctx)
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    body = ctx.para(
        "Thanks {first}! I've booked your technical interview for {day} at {time}. [It's a 60-minute live coding session in CoderPad with {person}.|You'll pair with two engineers on a practical problem for 90 minutes.] [Invite to follow.|The link is in the calendar invite.]",
        "Perfect - {day} at {time} is confirmed for the [system design round|coding round|technical deep-dive]. [Bring questions about our stack!|Any language is fine.|Please have a working IDE ready.]",
        "Locked in: technical interview, {day}, {time}. Format: [one coding problem plus follow-ups|a debugging exercise on a small service|data structures & algorithms, whiteboard style over Zoom].",
    )
    quote = cand_said(
        ctx,
        "[I'm available {day} after {time}, or {day} morning.|Any of these work: {day} {time} / {day} {time}.|{day} works best for the technical round.]",
        ctx.num(1, 3),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Re: Technical interview availability",
                    "Re: next round - scheduling",
                    "RE: {title} technical round",
                    "Re: Availability",
                ]
            )
        ),
        body,
        name,
        addr,
        footer=quote,
        sign=_me(ctx),
        greet=ctx.chance(0.4),
    )


@family("hd_thread_bgcheck_after_accept", "other_job", n=28)
def bgcheck_after_accept(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "own"]))
    body = ctx.para(
        "Good news - your background check [came back clear|is complete]! [HR will reach out shortly with onboarding paperwork.|You're all set for your start date.] [See you soon!|Welcome aboard.]",
        "Quick update: [Checkr|HireRight|Sterling] is still processing your [employment verification|education verification], which can take a few more days. Nothing needed from you right now.",
        "We received your signed documents, thank you. Next, please complete the [background check authorization|I-9 section 1|direct deposit form] [in the portal|via the link from our vendor] by {day}.",
    )
    quote = cand_said(
        ctx,
        "[I'm happy to accept the offer! Signed letter attached.|Thank you so much - I accept! Looking forward to starting.|Signed and returned. Excited to join!]",
        ctx.num(3, 10),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Re: Offer - {title}",
                    "Re: Your offer from {co}",
                    "RE: Offer letter",
                    "Re: Accepted!",
                ]
            )
        ),
        body,
        name,
        addr,
        footer=quote,
        sign=_me(ctx),
    )


@family("hd_intro_friend_outreach", "recruiter_outreach", n=28)
def intro_outreach(ctx: Ctx) -> Draft:
    friend = f"{ctx.pick(vocab.FIRST_NAMES)}"
    name, addr = ats_sender(ctx, "person")
    body = ctx.para(
        f"Thanks for the intro, {friend} (moving you to bcc). {{first}}, nice to e-meet you! I lead recruiting at {{co}} and we're hiring a {{title}}. [{friend} says you'd be great.|Your background looks like a strong fit.] [Open to a quick chat next week?|Would you be interested in learning more?]",
        f"{friend} mentioned you might be open to new roles. I'm a recruiter at {{co}} working on our {{title}} search[ in {{city}}|]. [No pressure at all - happy to share details if you're curious.|Would love to tell you more about the team.]",
        f"Hi {{first}} - {friend} passed along your name. We're building out the [data|platform|growth|design] team at {{co}} and I think the {{title}} opening could be a fit. [Interested?|Any chance you'd be up for a 15-minute call?]",
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Re: Intro: {first} <> {pfirst}",
                    f"{friend} suggested I reach out",
                    "Intro - {co}",
                    "{title} at {co}?",
                ]
            )
        ),
        body,
        name,
        addr,
        greet=False,
        sign=_me(ctx),
    )


@family("hd_terse_coding_test", "technical_round", n=30)
def terse_coding(ctx: Ctx) -> Draft:
    _tech_role(ctx)
    name, addr = ats_sender(ctx, "person")
    body = ctx.fill(
        ctx.pick(
            [
                "sending the coding test now - 90 min, due fri",
                "hackerrank link should be in your inbox. pls finish by {day}",
                "next step is the tech round, can you do {day} {time}? live coding w/ 2 engs",
                "take-home attached. no rush, ~3 hrs, send back by mon",
                "team wants a system design round next - free {day}?",
                "codesignal invite sent! lmk if it doesn't show up",
            ]
        )
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "coding test",
                    "Re: {title}",
                    "next step",
                    "tech round",
                    "(no subject)",
                    "take-home",
                ]
            )
        ),
        body,
        name,
        addr,
        greet=False,
        sign=ctx.fill(ctx.pick(PHONE_SIGN)),
        form="plain",
        footer=history(
            ctx,
            name,
            addr,
            ctx.fill("Thanks for chatting today! Will be in touch soon.\n\n{pfirst}"),
            1,
        )
        if ctx.chance(0.3)
        else "",
    )
