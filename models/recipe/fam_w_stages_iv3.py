"""Interview mail that reads like a receipt or a registration (helper C1, tag ``ws_``).

The classifier takes a booked interview slot for a confirmation: scheduling tools send
"Booking confirmed" mail that looks like any other receipt. An agency's own screening call
after the user answered its advert, and a depot's or store's hiring day for applicants,
are invitations too, though they rarely say "interview".
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_w_stages_sectors import agency, place
from kit import Calendar, Ctx, Draft, ats_sender, family


@family("ws_slot_booked_receipt", "interview", n=30)
def slot_booked(ctx: Ctx) -> Draft:
    """A self-scheduling tool confirms the slot the applicant picked."""
    if ctx.chance(0.45):
        place(ctx)
    tool = ctx.pick(["Calendly", "GoodTime", "Cronofy", "ModernLoop", "portal", "Trac"])
    if tool == "Calendly":
        name, addr = "Calendly", "notifications@calendly.com"
    elif tool == "GoodTime":
        name, addr = ctx.fill("{co} via GoodTime"), "scheduling@goodtime.io"
    elif tool == "portal":
        name, addr = ats_sender(
            ctx, ctx.pick(["workday", "icims", "smartrecruiters", "greenhouse"])
        )
    else:
        name, addr = (
            ctx.fill("{co} Recruitment"),
            ctx.fill("[no-reply|scheduling]@" + tool.lower() + ".example"),
        )
    start = ctx.future(1, 10)
    mins = ctx.pick([15, 20, 30, 45, 60])
    event = ctx.fill(
        ctx.pick(
            [
                "{title} - [Recruiter Screen|First Stage|Hiring Manager Conversation|Initial Call]",
                "[Screening call|Intro call|Meet the team] ({co})",
                "{co}: [first round|stage 1] - {title}",
                "[Phone screen|Video call] with {person}",
            ]
        )
    )
    body = [
        ctx.para(
            "Your booking is confirmed.",
            "You're all set! A calendar invitation has been sent to your email address.",
            "Thanks, {first}. Your time slot has been reserved.",
            "Booking confirmed",
            "Your selected time has been confirmed with {co}.",
        ),
        f"Event: {event}\n"
        + f"Date: {start:%A, %B %d, %Y}\n"
        + f"Time: {start:%I:%M %p}"
        + ctx.fill(" ([Eastern Time|Pacific Time|GMT|Central European Time|London])")
        + f"\nDuration: {mins} minutes\n"
        + ctx.fill(
            "[Location: Zoom (link in invite)|Location: Phone - they will call you|Where: Microsoft Teams|Location: {city} office, Reception|Invitee: {first} {last}]"
        ),
        ctx.para(
            "Need to make changes? Reschedule or cancel: "
            + ctx.url(addr.split("@")[1], "reschedule"),
            "To reschedule, use the link in your calendar invite.",
            "If you can no longer attend, please let the recruitment team know as soon as possible.",
            "",
        ),
    ]
    cal = Calendar(event, start, mins) if ctx.chance(0.5) else None
    subj = ctx.para(
        "Confirmed: " + event,
        "Booking confirmed",
        "Your booking with {co}",
        "New event: " + event + f" - {start:%I:%M%p %a, %b %d}",
        "Scheduled: {first} {last} and {co}",
        "Slot confirmed - {title}",
    )
    footer = (
        ctx.fill("[Powered by " + tool + "|Sent by " + tool + " on behalf of {co}|]")
        if tool not in ("portal",)
        else ""
    )
    return Draft(
        subj,
        "\n\n".join(p for p in body if p),
        name,
        addr,
        greet=ctx.chance(0.4),
        sign="",
        footer=footer,
        calendar=cal,
        bulk=True,
    )


@family("ws_agency_screening_call", "interview", n=30)
def agency_screen(ctx: Ctx) -> Draft:
    """An agency wants a screening call before putting the applicant forward to its client."""
    if ctx.chance(0.65):
        place(
            ctx, "logistics", "health", "hospitality", "trades", "school", "bank", "public", "law"
        )
    name, addr, firm = agency(ctx)
    body = [
        ctx.para(
            "Thanks for applying to our {title} advert[ on Indeed| on Totaljobs| on Reed| via our website|].",
            "I've received your application for the {title} role in {city}.",
            "Thank you for your application for the {title} position we're recruiting for on behalf of {co}.",
            "Got your application through for {title} - thanks!",
        ),
        ctx.para(
            "Before I can put you forward I'd like a quick 10-15 minute call to go through your experience and availability. When's good?",
            "I'd like to give you a ring to run through a few questions for the client. Are you free {day} between [10|11|2] and [4|5]?",
            "The next step is a short screening call with me, then I'll send your details to the hiring manager. Can you book in here: {link}",
            "Could you let me know a good time to call you today or tomorrow? It'll only take 15 minutes.",
            "Are you around for a video call this week so I can get to know you? Then we'll talk about the client.",
        ),
        ctx.para(
            "",
            "Please have your [CV|right to work documents|licence] to hand.",
            "Pay and hours are as per the advert.",
            "Just reply with your number if it's changed from your CV.",
        ),
    ]
    subj = ctx.para(
        "Your application - {title}",
        "Re: {title} ({city})",
        "Quick call?",
        "Application for {title}",
        "Next steps",
        "{title} - call",
    )
    sign = ctx.fill(
        f"[Thanks|Many thanks|Speak soon],\n{{person}}\n[Recruitment Consultant|Resourcer|Branch Manager|Talent Consultant]\n{firm}"
    )
    return Draft(
        subj,
        "\n\n".join(p for p in body if p),
        name,
        addr,
        sign=sign,
        form=ctx.pick(["plain", "alt"]),
    )


@family("ws_hiring_day_for_applicants", "interview", n=30)
def hiring_day(ctx: Ctx) -> Draft:
    """Stores, depots, hotels and care providers invite applicants to a hiring day."""
    place(ctx, "retail", "logistics", "hospitality", "health")
    name, addr = ats_sender(ctx, ctx.pick(["own", "own", "indeed", "workday", "icims"]))
    body = [
        ctx.para(
            "Thanks for applying to be a {title} with {co}!",
            "We've got your application for {title} - great to hear from you.",
            "Thank you for your recent application for {title} at our {city} site.",
            "Hi {first}, you applied for {title} and we'd like to meet you.",
        ),
        ctx.para(
            "We're holding a hiring day on {day} from [9am to 3pm|10:00 to 16:00|11-7] and we'd love you to come along. You'll meet the [site|store|hotel|home] managers, have a short chat and take a tour.",
            "Come and meet us at our recruitment open day on {day}. Slots run every 30 minutes - choose yours here: {link}",
            "Please book a time to visit us on {day}. You'll have a one-to-one conversation with a manager and, if it's a match, you could leave with a start date.",
            "Join us on {day} at {time} for a group session and a short conversation with the team.",
        ),
        ctx.para(
            "",
            "Please bring photo ID and proof of your right to work.",
            "Wear comfortable shoes - there's a walk round the [warehouse|store|hotel|home].",
            "Free parking is available on site.",
            "Can't make it? Reply and we'll find another time.",
        ),
    ]
    subj = ctx.para(
        "You're invited: {co} hiring day",
        "Your application - come and meet us",
        "Next step for your {title} application",
        "{co} open day - book your slot",
        "See you {day}?",
    )
    return Draft(subj, "\n\n".join(p for p in body if p), name, addr, bulk=ctx.chance(0.5))
