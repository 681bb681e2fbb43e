"""Interview-stage template families, plus the helpers the other ``fam_x_stages_*`` modules share.

The three stage categories (``interview``, ``technical_round``, ``offer``) are the ones the model
confuses most on template families it has never seen. Each family here is one real-world
writing style written from scratch (phrasing shared with no other author's module) so that
families held out by the corpus split are truly new: hiring managers' quick notes, scheduling
tools, bare calendar invites, agencies, logistics mail, reschedules, six languages. Many are
deliberately mixed: invites that open with "thanks for applying", vague subjects, texty mail.
Technical rounds live in ``fam_x_stages_tech.py``, offers in ``fam_x_stages_offer.py`` and the
non-English families of all three in ``fam_x_stages_intl.py`` (small modules, one purpose each).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime, timedelta

import vocab
from kit import Calendar, Ctx, Draft, ascii_word, ats_sender, family, sign_person, sign_team

SHORT_SIGN = "[{pfirst}|- {pfirst}|{pfirst}\nSent from my iPhone|{person}|thanks!\n{pfirst}|]"


def join(*parts: str) -> str:
    """Paragraphs with the empty (optional, not drawn) ones left out."""
    return "\n\n".join(p for p in parts if p)


def lower_casual(ctx: Ctx, text: str, p: float = 0.3) -> str:
    """Some people never press shift; the employer and role keep their case."""
    if not ctx.chance(p):
        return text
    out = text.lower()
    for name in (ctx._title, ctx._co.name):
        out = out.replace(name.lower(), name)
    return out


def agency(ctx: Ctx) -> tuple[str, str, str]:
    """A staffing-agency recruiter: display name, address, agency name."""
    firm, domain = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
    return (
        ctx.person,
        f"{ascii_word(ctx.person_first)}.{ascii_word(ctx.person_last)}@{domain}",
        firm,
    )


def clock(t: datetime) -> str:
    text = f"{(t.hour - 1) % 12 + 1}" + (f":{t.minute:02d}" if t.minute else "")
    return text + ("am" if t.hour < 12 else "pm")


def someone(ctx: Ctx) -> str:
    """A colleague of the sender (interviewer, engineer), not the sender."""
    return f"{ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)}"


# --------------------------------------------------------------------------- interview


@family("st_hm_casual_note", "interview", n=32)
def hm_casual_note(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = ctx.para(
        "hey {first}, [got|have you got|do you have] a few mins this week to chat? [I'm the hiring manager for the {title} role|I run the team behind the {title} opening|I lead the [platform|ops|growth|data] team here] and [your background jumped out|your resume caught my eye|I liked what I saw in your application]. [thurs afternoon?|any time wed/thu works for me.|lmk what suits]",
        "Thanks for applying! I lead the team you'd be joining and I'd love to [grab 30 minutes|do a quick intro call|get to know you a bit] — nothing formal, just to [swap notes|tell you more about what we're building|hear what you're looking for next]. Does {day} work? If not, [throw me a couple of times|send over a few times that suit you].",
        "Hi - {pfirst} here, [eng manager|head of product|ops lead|nurse manager|store manager] at {co}. [Recruiting passed along your application|I saw your application come in|Your application landed on my desk] and I'd like to set up a [call|video chat|coffee] [this week|early next week]. [Are you around {day} at {time}?|What does your calendar look like?|Free {day}?]",
        "{first}, [following up on|circling back on|bumping] my note from last week — still keen to chat about the {title} opening if you are. [15-20 min is plenty.|Just a quick call, no prep needed.] [Free tomorrow?|How's {day}?|Could you do {day} at {time}?]",
        "thanks for the application! we're a small team so I do the first calls myself. want to [jump on zoom|hop on a call|grab a coffee] [friday?|sometime this week?|{day}?] [here's my calendar: {link}|just reply with a time|]",
        "got time for a quick call {day}? re: your application[ for {title}|]",
        "Hi {first}! Really enjoyed reading your cover letter. I'm hiring for [a|the] {title} and would love to talk. [I have openings {day} and {day}.|Let me know a few windows that work.] [Talk soon!|Looking forward to it.]",
    )
    quote = ""
    if ctx.chance(0.25):
        quote = ctx.fill(
            "Hi, I just applied for the [{title}|open] role and wanted to [introduce myself|say hello directly]. [Happy to share more about my background.|I'd love to learn more about the team.]"
        )
    sign = ctx.fill(SHORT_SIGN) + ctx.fill(
        ctx.pick(
            [
                "",
                "",
                "\n{co}",
                "\n[Engineering Manager|Director of Ops|Co-founder & CEO|Head of Design], {co}",
            ]
        )
    )
    subject = ctx.fill(
        "[hey|Quick question|Following up|Next steps|chat this week?|Re: {title}|Your application|intro call|{co} - quick chat|hello from {co}|Re: Application|quick call?]"
    )
    return Draft(
        subject,
        lower_casual(ctx, body),
        name,
        addr,
        greet=ctx.chance(0.4),
        sign=sign,
        form=ctx.pick(["plain", "plain", "alt"]),
        quote=quote,
    )


# tool -> (senders as "display name/address", subject alternatives, bodies, footer alternatives)
_TOOLS: dict[str, tuple[tuple[str, ...], str, tuple[str, ...], str]] = {
    "goodtime": (
        ("{co} Recruiting via GoodTime/notifications@goodtime.io", "{co}/scheduling@goodtime.io"),
        "[Schedule your interview with {co}|Action required: share your availability|{co} - Interview availability request|Next steps]",
        (
            "{co} would like to schedule your [Phone Screen|Hiring Manager Interview|Video Interview|Recruiter Screen][ for the {title} role|]. Please click below to share your availability.\n\n[Duration: [30|45|60] minutes|The interview will last about [30|45] minutes].\n\nSHARE AVAILABILITY\n%URL%\n\nThis request expires in [72 hours|5 days]. Times are shown in your local time zone.",
            "{co}'s recruiting team is ready to book your next conversation[ for {title}|]. Pick every window you could make over the next [week|few business days] and we'll confirm one.\n\n%URL%",
        ),
        "[Powered by GoodTime · Privacy Policy|You received this message because you are a candidate with {co}. Powered by GoodTime.]",
    ),
    "modernloop": (
        (
            "{co} via ModernLoop/scheduling@modernloop.io",
            "{co} Candidate Experience/no-reply@modernloop.io",
        ),
        "[Pick a time for your {co} interview|Interview scheduling - {co}|Please choose an interview slot|Update]",
        (
            "{co} is ready to schedule your [next interview|team interview|conversation with the hiring manager]. Choose from the available slots below; we'll send a calendar invite as soon as you confirm.\n\nInterview: [Hiring manager conversation|Team interview|Phone screen] ([30|45|60] min)\n\nView available times: %URL%",
            "Thanks for your interest in {co}! Please [select|confirm] a time for your [interview|phone screen] using the link below. Can't find a time that works? Reply and your coordinator will help.\n\n%URL%",
        ),
        "[Sent by ModernLoop on behalf of {co}.|Scheduling powered by ModernLoop. Unsubscribe from reminders]",
    ),
    "calendly": (
        ("Calendly/notifications@calendly.com", "{person} via Calendly/no-reply@calendly.com"),
        "[Invitation: book a time with {person}|Confirmed: [Phone Screen|Intro Call|Recruiter Screen] with {person} on {day}|New Event: {person} - [30 Minute Meeting|Interview]]",
        (
            "{person} [at {co} |]has invited you to book a time: [30 Minute Meeting|Intro call - {co}|Recruiter Screen|{co} Phone Interview].\n\nPlease pick a time that works for you: %URL%",
            "A new event has been scheduled.\n\nEvent Type: [Phone Interview|Recruiter Screen - {co}|Intro with {pfirst}]\nInvitee: {first} {last}\nEvent Date/Time: {time}, {day}\nLocation: [Zoom (link in calendar invite)|{person} will call you|Google Meet]\n\nNeed to make changes to this event? Cancel or reschedule: %URL%",
        ),
        "[Sent from Calendly|Calendly - Easy scheduling ahead. Report this event]",
    ),
    "greenhouse": (
        ("{co} Recruiting/no-reply@greenhouse.io", "{person}/no-reply@us.greenhouse-mail.io"),
        "[Please select your interview times|Interview availability for {co}|Your availability - {title}|Following up]",
        (
            "Thanks for your interest in the {title} position at {co}! We'd like to schedule [a video interview|an interview with the team|a conversation with the hiring manager]. Please use the link below to select your availability:\n\n%URL%\n\n[Please provide at least [3|5] options.|Once submitted, you'll receive a calendar invitation.]",
            "We're excited to move forward with you! Please let us know when you're available to interview by clicking the link below. [Share as many times as you can.|]\n\n%URL%",
        ),
        "[|Please do not reply to this message.]",
    ),
    "ashby": (
        ("{co} Hiring Team/no-reply@ashbyhq.com", "{person} at {co}/no-reply@ashbyhq.com"),
        "[Schedule your interview with {co}|{co}: pick a time|Action needed: schedule your {title} interview]",
        (
            "{co} has invited you to schedule an interview[ for {title}|].\n\nSchedule Interview → %URL%\n\nIf none of the times work, reply to this email and we'll find something.",
            "Thanks for applying — we'd love to talk! Use this link to book a [30|45]-minute [call|chat] with {pfirst}: %URL%",
        ),
        "[Sent via Ashby|]",
    ),
    "lever": (
        ("{person} from {co}/no-reply@hire.lever.co", "{co}/no-reply@hire.lever.co"),
        "[Let's find a time to talk|Interview with {co}|{co} - scheduling]",
        (
            "Thanks again for applying[ to be our next {title}|]. Please use this link to schedule a time for us to connect: %URL%\n\nTalk soon!",
            "I'd like to set up a [video interview|phone interview] with you. [Grab any open slot|Book a slot] on my calendar here: %URL%",
        ),
        "[|Sent with Lever]",
    ),
}


@family("st_sched_tool", "interview", n=36)
def sched_tool(ctx: Ctx) -> Draft:
    senders, subjects, bodies, footers = _TOOLS[ctx.pick(list(_TOOLS))]
    display, addr = ctx.pick(senders).split("/")
    link = ctx.url(addr.split("@")[1], ctx.pick(["schedule", "availability", "s", "book"]))
    body = ctx.fill(ctx.pick(bodies).replace("%URL%", link))
    sign = "" if ctx.chance(0.5) else sign_team(ctx)
    return Draft(
        ctx.fill(subjects),
        body,
        ctx.fill(display),
        addr,
        greet=ctx.chance(0.5),
        sign=sign,
        footer=ctx.fill(footers),
        form=ctx.pick(["html", "alt", "alt"]),
        bulk=ctx.chance(0.4),
    )


@family("st_cal_invite_only", "interview", n=32)
def cal_invite_only(ctx: Ctx) -> Draft:
    start = ctx.future(1, 10)
    minutes = ctx.pick([30, 30, 45, 60, 25])
    end = start + timedelta(minutes=minutes)
    what = ctx.pick(
        [
            "phone screen",
            "intro call",
            "recruiter screen",
            "interview",
            "Hiring Manager Interview",
            "chat",
            "video interview",
            "phone interview",
        ]
    )
    summary = ctx.fill(
        ctx.pick(
            [
                f"{{co}} <> {{first}} {{last}} {what}",
                f"{{first}} / {{pfirst}} - {{co}} {what}",
                f"{what.title()}: {{first}} {{last}} ({{title}})",
                "Interview with {co}",
                f"{{co}} - {what.title()} - {{first}} {{last}}",
                f"{{first}} <> {{pfirst}} ({minutes} min)",
                f"{{first}} {{last}} - {{title}} - {what}",
            ]
        )
    )
    when = f"{start:%a %b} {start.day}, {start.year} {clock(start)} - {clock(end)}"
    tz = ctx.pick(
        [
            "(PST)",
            "(EST)",
            "(CET)",
            "(GMT)",
            "(Pacific Time - Los Angeles)",
            "(Eastern Time - New York)",
        ]
    )
    name, addr = ats_sender(ctx, "person")
    style = ctx.pick(["google", "google", "outlook", "zoom"])
    if style == "google":
        subject = (
            ctx.pick(["Invitation: ", "Updated invitation: ", "Invitation: "])
            + f"{summary} @ {when} {tz} ({ctx.cand_addr})"
        )
        code = "".join(ctx.pick("abcdefghijkmnopqrstuvwxyz") for _ in range(10))
        body = join(
            ctx.maybe(
                ctx.pick(
                    [
                        "Looking forward to chatting!",
                        "Sending over an invite for our call.",
                        "See you then",
                        "Here's the invite - let me know if the time doesn't work.",
                    ]
                ),
                0.3,
            ),
            summary,
            f"{start:%A %b} {start.day}, {start.year} ⋅ {start:%H:%M} – {end:%H:%M} {tz}",
            f"Join with Google Meet\nmeet.google.com/{code[:3]}-{code[3:7]}-{code[7:]}\n\nJoin by phone\n(US) +1 {ctx.num(200, 989)}-{ctx.num(200, 989)}-{ctx.num(1000, 9999)} PIN: {ctx.num(100000000, 999999999)}",
            f"Organizer\n{addr}\n\nGuests\n{addr} - organizer\n{ctx.cand_addr}\nView all guest info",
            ctx.maybe(f"Reply for {ctx.cand_addr}\nYes / No / Maybe / More options", 0.6),
            "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n\nForwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.",
        )
    elif style == "outlook":
        subject = summary
        line = "_" * 80
        body = join(
            ctx.fill(
                ctx.maybe(
                    "[Hi {first}, please see invite below.|Invite for our conversation.|Sending this over as discussed.]",
                    0.4,
                )
            ),
            line,
            f"Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: {ctx.num(100, 999)} {ctx.num(100, 999)} {ctx.num(100, 999)} {ctx.num(100, 999)}\nPasscode: {ctx.pick(['xY7', 'Qp9', 'a2B'])}{ctx.num(100, 999)}",
            "Learn More | Meeting options",
            line,
        )
    else:
        subject = ctx.pick(["Updated invitation: ", "Invitation: ", ""]) + summary
        body = ctx.fill(
            f"{{person}} is inviting you to a scheduled Zoom meeting.\n\nTopic: {summary}\nTime: {start:%b} {start.day}, {start.year} {start:%I:%M %p} {tz}\n\nJoin Zoom Meeting\nhttps://{{slug}}.zoom.us/j/{ctx.num(10**9, 10**10)}?pwd={ctx.num(10**6, 10**7)}\n\nMeeting ID: {ctx.num(100, 999)} {ctx.num(1000, 9999)} {ctx.num(1000, 9999)}"
        )
    location = ctx.pick(["Google Meet", "Microsoft Teams Meeting", "Zoom", "Phone", ""])
    cal = Calendar(summary, start, minutes, organizer=addr, location=location)
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=False,
        sign="",
        calendar=cal,
        form=ctx.pick(["alt", "alt", "plain", "html"]),
    )


@family("st_phone_screen_norole", "interview", n=32)
def phone_screen_norole(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    opener = ctx.fill(
        "[Thanks for applying to {co}!|Thank you for your interest in joining {co}.|Thanks so much for applying - we've received a lot of interest and I'm glad to be reaching out.|I hope this finds you well.|Thank you for submitting your application.|]"
    )
    ask = ctx.para(
        "I'm {pfirst}, a recruiter [here|on the talent team|supporting our [engineering|clinical|corporate|sales] hiring], and I'd like to set up a [30-minute|brief|20-minute|15-minute] phone screen to [learn more about you|talk through your experience and what you're looking for|share more about the opportunity and answer your questions].",
        "After reviewing your [resume|background|profile], I'd love to schedule an initial phone conversation with you.",
        "Your experience looks like a strong fit and we'd like to invite you to a [short|first-round] phone interview with our recruiting team.",
        "We would like to move forward with a [quick|preliminary] screening call.",
    )
    when = ctx.para(
        "Please let me know a few times that work for you [this week|over the next few days|early next week], along with the best number to reach you.",
        "Could you send me your availability for [tomorrow or {day}|the next couple of days]? [Mornings are best on my end.|I'm flexible.]",
        "Are you free {day} at {time}? If not, just suggest another time.",
        "You can grab a time directly on my calendar: {link}",
        "Reply with two or three windows and I'll send an invite.",
    )
    extra = ctx.fill(
        ctx.maybe(
            "[On the call we'll cover your background, salary expectations and timing.|No preparation needed - it's a relaxed conversation.|The call is usually about 20 minutes.|Please also confirm whether you require visa sponsorship.]",
            0.45,
        )
    )
    subject = ctx.fill(
        "[Phone screen - {co}|Next steps|Your application to {co}|Following up|Quick call?|Let's connect|{co} - phone interview|Scheduling a call|Re: Your application]"
    )
    return Draft(
        subject,
        join(opener, ask, when, extra),
        name,
        addr,
        sign=sign_person(
            ctx, ctx.pick(["Recruiter", "Talent Acquisition", "Recruiting Lead", "Talent Partner"])
        ),
    )


_OFFICE_CITIES = tuple(c for c in vocab.CITIES if "Remote" not in c and "Hybrid" not in c)
_AGENDA_ITEMS = (
    "Welcome & office tour",
    "Hiring manager conversation",
    "Meet the team",
    "Behavioral interview",
    "Cross-functional partner interview",
    "Lunch with the team (not an evaluation!)",
    "Values & culture conversation",
    "Conversation with the Director",
    "Wrap-up with Recruiting",
    "Portfolio review",
    "Panel conversation",
)


@family("st_onsite_logistics", "interview", n=30)
def onsite_logistics(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "own", "greenhouse"]))
    t = ctx.future(3, 14).replace(hour=ctx.pick([9, 10, 13]), minute=0)
    rows = []
    for item in ctx.rng.sample(list(_AGENDA_ITEMS), ctx.num(3, 6)):
        end = t + timedelta(minutes=ctx.pick([30, 45, 45, 60]))
        who = f" ({someone(ctx)})" if ctx.chance(0.7) else ""
        rows.append(f"{t.hour}:{t.minute:02d} - {end.hour}:{end.minute:02d}  {item}{who}")
        t = end
    intro = ctx.para(
        "We're excited to host you [onsite|at our {city} office|for your final round] on {day}! Here's everything you need.",
        "Thanks for confirming your [final round|onsite|panel interview] for the {title} [role|position]. Below are the details for the day.",
        "Following up with logistics for your [in-person interviews|visit] next week.",
        "Please find your itinerary below. [Let me know if anything needs to change.|Reply to confirm you've received this.]",
    )
    where = ctx.fill(
        "[Location|Address|Where]: {n}{n}0 [Market|Harbor|Main|Commerce|Elm] [Street|Ave], [Floor {n}|Suite {n}00|Building B], "
    ) + ctx.pick(_OFFICE_CITIES)
    tips = [
        "[Parking: visitor spots are in the P2 garage; we'll validate your ticket.|Parking: street parking only, so leave a little extra time.|Getting here: we're a 5-minute walk from the station. Rideshare is reimbursed.|Parking is free in the lot behind the building.]",
        "[Please bring a government-issued photo ID to check in at security.|Check in with reception on the ground floor and ask for {pfirst}.|Your visitor badge will be ready at the front desk.]",
        ctx.maybe(
            "[Dress code is casual.|Lunch is provided; let us know about any dietary restrictions.|Travel and hotel are booked through our travel partner; confirmation to follow.|Feel free to bring a water bottle and notepad.]",
            0.7,
        ),
    ]
    bullet = "- " if ctx.chance(0.6) else ""
    tips_text = "\n".join(bullet + ctx.fill(x) for x in tips if x)
    agenda = ctx.fill("[Agenda|Schedule|Itinerary] ({day})") + "\n" + "\n".join(rows)
    outro = ctx.fill(
        "[See you soon!|Good luck - you'll do great.|Any questions, just reply here.|Call me at the number below if you get lost.]"
    )
    subject = ctx.fill(
        "[Your onsite on {day}|Final round logistics|Interview details - {co}|Next steps|Itinerary for {day}|Re: Onsite|{co} panel interview - {first} {last}|Logistics for your visit]"
    )
    role = ctx.pick(["Recruiting Coordinator", "Candidate Experience Coordinator", "Recruiter"])
    return Draft(
        subject,
        join(intro, agenda, where, tips_text, outro),
        name,
        addr,
        sign=sign_person(ctx, role),
    )


@family("st_confirm_resched", "interview", n=34)
def confirm_resched(ctx: Ctx) -> Draft:
    name, addr = ats_sender(
        ctx, ctx.pick(["person", "own", "greenhouse", "lever", "ashby", "smartrecruiters"])
    )
    kind = ctx.pick(["resched", "resched", "confirm", "conflict", "ok", "format"])
    quote = ""
    if kind == "resched":
        body = ctx.para(
            "Your interview with {co} has been rescheduled.\n\nNew time: {day} at {time}\n[Interviewer: {person}|Format: video call|Duration: [30|45] minutes]\n\n[The meeting link is unchanged.|A new calendar invite is on its way.|Updated details are in the attached invite.]",
            "Just a heads-up that your [interview|conversation] for the {title} [role|position] has moved to {day}, {time}. [If this no longer works, reply to this email.|Need to make a change? Use the link in your original invitation.]",
            "Interview rescheduled\n\n{title} - {co}\nWas: {day}\nNow: {day} {time}",
        )
    elif kind == "confirm":
        body = ctx.para(
            "This is to confirm your [phone|video|in-person] interview for the {title} position on {day} at {time}. [You'll be speaking with {person}.|{person} will call you at the number on your application.|The video link is below.] [Please arrive 10 minutes early.|Please test your audio beforehand.|]",
            "You're confirmed! {day} at {time} with {person}[, {title} hiring manager|]. [We'll send a reminder the day before.|Add it to your calendar with the attached invite.]",
            "Interview confirmed\nCandidate: {first} {last}\nPosition: {title}\nDate: {day}\nTime: {time}\nLocation: [Zoom|Teams|Phone|{city} office]",
        )
    elif kind == "conflict":
        slots = "\n".join(
            ctx.fill("[- |* |• |]{day} [at|@|,] {time}") for _ in range(ctx.num(2, 4))
        )
        body = join(
            ctx.fill(
                "Apologies — [{pfirst} has a conflict|our interviewer is out sick|something came up on our side] and we need to move your interview[ originally set for {day}|]. Would any of these work instead?"
            ),
            slots,
            ctx.fill(
                "[Sorry for the shuffle!|Thanks for your flexibility.|Again, apologies for the inconvenience.]"
            ),
        )
    elif kind == "ok":
        body = ctx.para(
            "No problem at all, [we've moved you|I've moved you] to {day} at {time}. [See you then!|Updated invite is in your inbox.]",
            "all good - rescheduled to {day} {time}. same link.",
            "Done! You're now on for {day} at {time} instead.",
        )
        quote = ctx.fill(
            "Hi {pfirst}, [something came up at work|I have a doctor's appointment] on {day} - [could we reschedule the interview?|would it be possible to move our call?] [Sorry for the trouble.|Thank you!]"
        )
    else:
        body = ctx.fill(
            "Quick update on {day}: [we're switching your interview to video|the interview will now be in person at our {city} office|{person} will join {pfirst} on the call]. [Time stays the same ({time}).|Everything else stays the same.]"
        )
    subject = ctx.fill(
        "[Your interview has been rescheduled|Interview Confirmation: {title}|Updated: Interview with {co}|Change of plans|Following up|Confirmed - {day}|Rescheduled: {first} {last} <> {co}|Update|Re: interview time|New time for our chat]"
    )
    cal = None
    if kind in ("resched", "confirm") and ctx.chance(0.3):
        cal = Calendar(ctx.fill("Interview: {first} {last}"), ctx.future(), 30)
    sign = ctx.fill("[{pfirst}|- {pfirst}]") if kind == "ok" else None
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=sign,
        quote=quote,
        form=ctx.pick(["plain", "alt", "html"]),
        calendar=cal,
    )


@family("st_agency_client", "interview", n=32)
def agency_client(ctx: Ctx) -> Draft:
    name, addr, firm = agency(ctx)
    client = ctx.pick(
        [
            "{co}",
            "{co}",
            "the client",
            "my client",
            "our client (a [Series B fintech|global logistics firm|healthtech scale-up|FTSE 250 business])",
        ]
    )
    body = join(
        ctx.fill("[Hope you had a good weekend!|Hope you're well.|Quick one -|Great news!|]"),
        ctx.fill(
            f"I've had feedback from {client} on your CV and [they'd like to meet you|it's a yes for first stage|they're keen to get you in]! [First stage|The first interview|Round one] is a [45 min video call|phone call|face-to-face] with [the hiring manager|their Head of [Engineering|Finance|Operations]|two of the team] - they've offered {{day}} at {{time}}[ or {{day}} at {{time}}|]."
        ),
        ctx.para(
            "Can you confirm [by end of day|asap|when you get a sec] so I can lock it in?",
            "Let me know which slot works and I'll confirm with them.",
            "Does that work? If not send me a couple of alternatives.",
        ),
        ctx.maybe(
            ctx.pick(
                [
                    "I'll give you a call beforehand to run through the format and who you'll be meeting.",
                    "I'll send over a prep pack with some background on the team.",
                    "Dress smart casual, and bring a copy of your CV.",
                ]
            ),
            0.6,
        ),
    )
    phone = (
        f"M: +44 7{ctx.num(100, 999)} {ctx.num(100000, 999999)}"
        if ctx.chance(0.5)
        else f"D: +1 {ctx.num(200, 989)} {ctx.num(200, 989)} {ctx.num(1000, 9999)}"
    )
    sign = "\n".join(
        [
            ctx.pick(["Best,", "Speak soon,", "Cheers,", "Kind regards,"]),
            name,
            ctx.pick(
                [
                    "Senior Consultant",
                    "Principal Recruiter",
                    "Associate Director",
                    "Talent Consultant",
                ]
            )
            + " | "
            + firm,
            phone,
        ]
    )
    footer = ctx.maybe(
        f"{firm} acts as an employment agency and employment business. This email and any attachments are confidential. If you have received it in error please notify the sender.",
        0.5,
    )
    subject = ctx.fill(
        "[Interview request - {title}|{co} want to meet you|Good news re your application|Interview - next week?|Re: {title} - {city}|Client feedback + interview|First stage interview|Next steps]"
    )
    return Draft(
        subject, body, name, addr, sign=sign, footer=footer, form=ctx.pick(["plain", "alt"])
    )
