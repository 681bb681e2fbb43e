"""Interview invitations the corpus was thin on: a bare calendar invite with almost no body,
scheduling tools (GoodTime, ModernLoop, Calendly, Paradox's assistant) writing for the
employer, a hiring manager's own "quick chat?" note, and the coordinator's reschedule.

One writer's families (zd_), written without reading the other family modules.
"""

# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from kit import Calendar, Ctx, Draft, ascii_word, family, sign_person
from zc_kit import body
from zd_kit import ZD_N, clock, date_in, one, opt, sched_link, workday

_MEET = (
    "Join with Google Meet\nmeet.google.com/{a}-{b}-{c}\n\nJoin by phone\n(US) +1 {p}",
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: {p}\nPasscode: {c}",
    "Join Zoom Meeting\nhttps://{co_l}.zoom.us/j/{p}\nMeeting ID: {p}",
    "",
)


def _meeting(ctx: Ctx) -> str:
    letters = "abcdefghijkmnopqrstuvwxyz"

    def word(n: int) -> str:
        return "".join(ctx.rng.choice(letters) for _ in range(n))

    template = ctx.pick(_MEET)
    return template.format(
        a=word(3), b=word(4), c=word(3), p=str(ctx.num(10**9, 10**10)), co_l=ascii_word(ctx.co)
    )


@family("zd_iv_calendar_only", "interview", n=ZD_N)
def calendar_only(ctx: Ctx) -> Draft:
    """The invite itself, sent by the interviewer's calendar: a title, a link and RSVP buttons."""
    start = workday(ctx, 2, 10)
    minutes = ctx.pick([30, 45, 60, 30])
    summary = one(
        ctx,
        "Interview: {first} {last} / {co}",
        "{co} <> {first} {last} - {title}",
        "{first} {last} - {title} - Hiring Manager Interview",
        "Phone Screen: {title} ({first} {last})",
        "{pfirst} / {first} - intro call",
        "{co} | {title} | Interview with {first} {last}",
        "Video interview - {title}",
    )
    when = f"{start:%a %b} {start.day}, {start.year} {clock(ctx, start)} - {clock(ctx, start + timedelta(minutes=minutes))} (UTC)"
    subject = ctx.pick(
        [
            f"Invitation: {summary} @ {when} ({ctx.cand_addr})",
            f"Invitation: {summary}",
            summary,
            f"New event: {summary}",
            f"{summary} - {when}",
        ]
    )
    organizer = f"{ascii_word(ctx.person_first)}.{ascii_word(ctx.person_last)}@{ctx.domain}"
    lines = [
        ctx.pick(
            [
                f"{ctx.person} has invited you to this event.",
                f"{ctx.person} invited you to an event",
                "",
                "",
            ]
        ),
        _meeting(ctx),
        opt(
            ctx,
            0.3,
            "[Looking forward to it!|Talk soon.|Please let me know if this time no longer works.|Agenda: intros, your background, the role, your questions.]",
        ),
        ctx.pick(
            [
                f"Reply for {ctx.cand_addr}\nYes  No  Maybe  More options",
                "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event.",
                "Accept  Tentative  Decline",
                "",
            ]
        ),
    ]
    cal = Calendar(
        summary,
        start,
        minutes,
        organizer,
        ctx.pick(["Google Meet", "Microsoft Teams Meeting", "Zoom", "", "Phone"]),
    )
    return Draft(
        subject,
        body(*lines),
        ctx.person,
        organizer,
        greet=False,
        sign="",
        calendar=cal,
        form=ctx.pick(["plain", "alt", "alt"]),
    )


@family("zd_iv_hm_quick_chat", "interview", n=ZD_N)
def hm_quick_chat(ctx: Ctx) -> Draft:
    """A hiring manager writes himself, briefly, after reading the application."""
    role = ctx.pick(
        [
            "engineering manager",
            "head of data",
            "design lead",
            "VP of Product",
            "team lead",
            "director of engineering",
            "founder",
            "CTO",
        ]
    )
    paras = [
        one(
            ctx,
            f"I'm the {role} [here at {{co}}|for the team at {{co}}|at {{co}}] and I [just read|went through|was reading] your application for the {{title}} [role|position|opening].",
            f"{{pfirst}} here, {role} at {{co}}. Your application for {{title}} landed on my desk [this morning|yesterday|today].",
            "Thanks for applying to {co}! I lead the team this {title} hire would join.",
        ),
        one(
            ctx,
            "[Your work on|Your background in|The way you described] [data pipelines|payments|the migration you led|design systems|your last product launch] [stood out|caught my eye|is very close to what we're doing].",
            "I'd love to hear more about what you're looking for next.",
            "Short version: I think there could be a really good fit here.",
            "",
        ),
        one(
            ctx,
            "Do you have [20|30|15] minutes [this week|in the next few days|on {day}] for a quick chat? [No prep needed.|Very informal, no prep needed.|Just a conversation.]",
            "Would you be up for a [quick|short|casual] [call|video chat|coffee chat] [this week|early next week]?",
            "Could we grab [20|30] minutes to talk? [Happy to work around your schedule.|Any time after {time} works for me.]",
        ),
        one(
            ctx,
            "Here's my calendar if that's easier: {link}",
            f"Grab any slot that suits you: {sched_link(ctx, ctx.pick(['calendly', 'cal']))}",
            "Just reply with a couple of times that work.",
            "If it helps, I'm free {day} around {time}.",
        ),
    ]
    subject = one(
        ctx,
        "Quick chat?",
        "{title} - quick chat",
        "Your application - intro call?",
        "Chat this week?",
        "{co} / {first} - 20 min?",
        "Re: {title} application",
        "Hello from {co}",
    )
    addr = f"{ascii_word(ctx.person_first)}@{ctx.domain}"
    if ctx.chance(0.5):
        sign = ctx.pick(["Best,", "Thanks,", "Cheers,", "-"]) + "\n" + ctx.person_first
    else:
        sign = sign_person(ctx, role.title())
    return Draft(
        subject, body(*paras), ctx.person, addr, sign=sign, form=ctx.pick(["plain", "plain", "alt"])
    )


@family("zd_iv_tool_availability", "interview", n=ZD_N)
def tool_availability(ctx: Ctx) -> Draft:
    """GoodTime / ModernLoop ask for availability on the employer's behalf."""
    tool, host = ctx.pick(
        [
            ("goodtime", "goodtime.io"),
            ("modernloop", "modernloop.io"),
            ("ashby", "ashbyhq.com"),
            ("gem", "gem.com"),
        ]
    )
    stage = ctx.pick(
        [
            "Recruiter Screen",
            "Hiring Manager Interview",
            "Team Interview",
            "Virtual Onsite",
            "Introductory Call",
            "Phone Interview",
            "Panel Interview",
        ]
    )
    paras = [
        one(
            ctx,
            f"{{co}} would like to schedule your {stage} for the {{title}} position.",
            f"The {{co}} team is ready to set up your {stage}. Please [share|let us know] your availability [using the link below|for the next week].",
            f"You're invited to schedule a {stage} with {{co}}.",
        ),
        one(
            ctx,
            "[Select|Choose|Pick] all the times you're available [over the next 5 business days|in the next week|between now and {day}] and we'll send a calendar invitation once it's confirmed.",
            "Choose a time that works for you. The interview will take about [30|45|60] minutes.",
        ),
        sched_link(ctx, tool),
        opt(
            ctx,
            0.6,
            "[This link expires in 72 hours.|The link will expire in 5 days.|Times are shown in your local time zone.|Having trouble? Reply to this email and your coordinator will help.]",
        ),
    ]
    sender = ctx.pick(
        [
            (f"{{co}} Recruiting via {tool.title()}", f"no-reply@{host}"),
            ("{co} Interview Scheduling", f"scheduling@{host}"),
            ("{person} ({co})", f"notifications@{host}"),
        ]
    )
    subject = one(
        ctx,
        f"Action required: share your availability for your {stage}",
        f"{{co}}: schedule your {stage}",
        f"Please select times for your {stage} with {{co}}",
        f"[{stage}|Interview] availability request - {{co}}",
    )
    return Draft(
        subject,
        body(*paras),
        ctx.fill(sender[0]),
        sender[1],
        sign=ctx.fill(ctx.pick(["", "{co} Recruiting", "Thanks,\n{person}"])),
        bulk=ctx.chance(0.5),
        form=ctx.pick(["html", "alt"]),
    )


_HOURLY = (
    "Warehouse Associate",
    "Crew Member",
    "Barista",
    "Delivery Driver",
    "Shift Supervisor",
    "Sales Associate",
    "Line Cook",
    "Package Handler",
    "Team Member",
    "Guest Services Associate",
)


@family("zd_iv_paradox_assistant", "interview", n=ZD_N)
def paradox_assistant(ctx: Ctx) -> Draft:
    """A conversational hiring assistant for hourly roles: chatty, short, emoji, tap-to-book."""
    bot = ctx.pick(["Olivia", "Sam", "Riley", "Ava"])
    role = ctx.pick(_HOURLY)
    start = workday(ctx, 1, 6)
    when = f"{date_in(ctx, start)} at {clock(ctx, start)}"
    if ctx.chance(0.55):
        paras = [
            one(
                ctx,
                f"Hi {{first}}! It's {bot}, the [virtual|digital] recruiting assistant for {{co}}. 👋",
                f"Hey {{first}}, {bot} here from {{co}} hiring!",
            ),
            one(
                ctx,
                f"Great news - the hiring manager at our [Elm Street|Riverside|Northgate|Airport Road|Downtown] location would like to interview you for the {role} [position|job|opening]!",
                f"You've been selected for an interview for {role}. 🎉",
            ),
            one(
                ctx,
                f"Tap here to pick a time that works for you: {sched_link(ctx, 'paradox')}",
                f"Choose your interview time here: {sched_link(ctx, 'paradox')}",
            ),
            opt(ctx, 0.6, "Reply STOP to opt out of text and email updates."),
        ]
        subject = one(
            ctx,
            "Let's schedule your interview, {first}!",
            f"{{co}}: interview invitation - {role}",
            "Your interview with {co}",
        )
    else:
        paras = [
            one(
                ctx,
                f"You're all set, {{first}}! ✅ Your interview for {role} is confirmed for {when}.",
                f"Confirmed: interview with {{person}} on {when}.",
            ),
            one(
                ctx,
                "Location: {co}, [store|site|warehouse] #{n}{n}{n}, {city}. [Please arrive 10 minutes early and bring a photo ID.|Ask for the manager on duty when you arrive.|Park in the employee lot behind the building.]",
                "This will be a [phone|video] interview - [we'll call the number you applied with.|the link will be sent an hour before.]",
            ),
            opt(ctx, 0.7, "Need to reschedule? Reply R or tap: " + sched_link(ctx, "paradox")),
        ]
        subject = one(
            ctx,
            "Interview confirmed: {co}",
            f"Your {role} interview is booked",
            f"See you {date_in(ctx, start)}!",
        )
    return Draft(
        subject,
        body(*paras),
        ctx.fill(f"{bot} at {{co}}"),
        ctx.pick(["noreply@paradox.ai", "olivia@paradox.ai", "no-reply@mail.paradox.ai"]),
        greet=False,
        sign="",
        form=ctx.pick(["html", "plain"]),
    )


@family("zd_iv_reschedule", "interview", n=ZD_N)
def reschedule(ctx: Ctx) -> Draft:
    """The coordinator moves an interview and sends the updated invite along."""
    start = workday(ctx, 2, 9)
    new = f"{date_in(ctx, start)} at {clock(ctx, start)} {ctx.pick(['PT', 'ET', 'CET', 'GMT', 'UTC'])}"
    paras = [
        one(
            ctx,
            "[Apologies|Sorry] for the [shuffle|change|short notice]! [Marta|Ben|Rohan|Chloe|Your interviewer] had a [conflict|travel change|last-minute clash] come up, so we've moved your [interview|conversation|call] to "
            + new
            + ".",
            "Quick update on your {title} interview: it's now on "
            + new
            + ". [The link stays the same.|You'll find the new invite attached.]",
            "As discussed, I've rescheduled your conversation with the hiring team to " + new + ".",
        ),
        one(
            ctx,
            "The updated calendar invitation is attached. [If the new time doesn't work, just let me know and I'll find another one.|Let me know if anything clashes.]",
            "Everything else stays the same: [same Zoom link|same panel|same agenda]. Thanks for your flexibility!",
            "Thanks so much for being flexible.",
        ),
    ]
    summary = one(
        ctx,
        "Interview - {first} {last} ({title})",
        "{co} interview: {first} {last}",
        "UPDATED: {title} interview",
    )
    cal = Calendar(summary, start, ctx.pick([30, 45, 60]), method="REQUEST")
    subject = one(
        ctx,
        "Updated invitation: {co} interview",
        "Rescheduled: your interview with {co}",
        "New time for your {title} interview",
        "Change of time - {co}",
        "Updated: " + summary,
    )
    sender = ctx.pick(
        [
            (
                "{person}",
                f"{ascii_word(ctx.person_first)}.{ascii_word(ctx.person_last)}@{{domain}}",
            ),
            ("{co} Recruiting Coordination", "scheduling@{domain}"),
        ]
    )
    return Draft(
        subject,
        body(*paras),
        ctx.fill(sender[0]),
        ctx.fill(sender[1]),
        calendar=cal,
        sign=sign_person(ctx, "Recruiting Coordinator"),
    )


@family("zd_iv_screen_itinerary", "interview", n=ZD_N)
def screen_itinerary(ctx: Ctx) -> Draft:
    """The scheduling tool's confirmation: your itinerary, who you meet, how to join."""
    start = workday(ctx, 2, 8)
    rows = []
    t = start
    for _ in range(ctx.pick([1, 1, 2, 3])):
        who = f"{ctx.pick(['Alex', 'Priya', 'Jonas', 'Mei', 'Tom', 'Fatima', 'Diego', 'Sara'])} {ctx.pick(['K.', 'M.', 'R.', 'Lee', 'Novak', 'Osei'])}"
        length = ctx.pick([30, 45, 30])
        rows.append(
            f"{clock(ctx, t)} - {clock(ctx, t + timedelta(minutes=length))}  {ctx.pick(['Recruiter Screen', 'Hiring Manager', 'Team Conversation', 'Culture Add', 'Behavioral'])} with {who}"
        )
        t += timedelta(minutes=length + ctx.pick([0, 15]))
    paras = [
        one(
            ctx,
            "Your interview with {co} is confirmed.",
            "Here is your interview schedule with {co} for the {title} role.",
            "You're confirmed! Below are the details of your upcoming interview.",
        ),
        date_in(ctx, start) + "\n" + "\n".join(rows),
        one(
            ctx,
            "How to join: [a video link is included in the calendar invitation|we'll call you at the number on your application|use the Zoom link in your invite].",
            "Join link: " + ctx.url("zoom.us", "j"),
        ),
        opt(
            ctx,
            0.5,
            "Need to make a change? [Reply to this email.|Use the reschedule link in your invite.|Contact {person}, your coordinator.]",
        ),
    ]
    cal = (
        Calendar(one(ctx, "{co} Interview", "Interview with {co}", "{title} interview"), start, 45)
        if ctx.chance(0.5)
        else None
    )
    host = ctx.pick(["modernloop.io", "goodtime.io", "ashbyhq.com"])
    subject = one(
        ctx,
        "Confirmed: your interview with {co}",
        "Interview confirmation - {co}",
        "Your {co} interview itinerary",
        "You're scheduled: {title} interview",
    )
    return Draft(
        subject,
        body(*paras),
        ctx.fill("{co} Recruiting"),
        f"no-reply@{host}",
        calendar=cal,
        form=ctx.pick(["html", "alt"]),
        sign=ctx.fill("[{co} Recruiting|The {co} Talent Team|Best,\n{person}]"),
    )
