"""Job-stage families the classifier confuses most, each written as one real-world style.

Interview mail that does not say "interview" (a hiring manager's two-line note, an agency
booking a screen for a role the candidate applied to, scheduling-tool links, reschedules,
onsite logistics), other-job mail that looks like a status or a stage (reference and
background checks, candidate-portal accounts, "still under review", withdrawals, self-ID and
right-to-work forms), and confirmations from small employers, shops, hospitals and public
bodies that talk about "next steps" without taking one. Labels follow what a mail DOES.
Written independently of the other fam_*.py modules so held-out evaluation stays honest.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import vocab
from kit import Calendar, Ctx, Draft, ascii_word, ats_sender, family, sign_person, sign_team


def _mail(
    ctx: Ctx, subjects: Sequence[str], body: str, sender: tuple[str, str], **kw: Any
) -> Draft:
    """A Draft with one of ``subjects`` (filled) and an already-filled body."""
    return Draft(ctx.fill(ctx.pick(subjects)), body, sender[0], sender[1], **kw)


def _texty(ctx: Ctx, text: str) -> str:
    """Phone-typed: often all lower case, but names keep the case people paste them in."""
    if not ctx.chance(0.4):
        return text
    low = text.lower()
    for name in (ctx._co.name, ctx._title, ctx.cand_first):
        low = low.replace(name.lower(), name)
    return low


def _agency(ctx: Ctx) -> tuple[str, str, str]:
    """An agency recruiter: display name, address and the agency's name."""
    agency, domain = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    addr = ctx.pick([f"{first}.{last}@{domain}", f"{first}@{domain}", f"{first[0]}{last}@{domain}"])
    return ctx.person, addr, agency


def _footer(ctx: Ctx, kind: str) -> str:
    if kind == "ats":
        return ctx.fill(
            ctx.pick(
                [
                    "This message was sent from an unmonitored mailbox. Please do not reply directly to this email.",
                    "You are receiving this email because you applied for a position with {co}. [Manage your candidate preferences|Update your communication preferences] in your candidate profile.",
                    "© {legal} — all rights reserved. [Privacy Notice|Candidate Privacy Statement] | [Terms|Help]",
                    "{legal} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
                    "",
                ]
            )
        )
    if kind == "agency":
        return ctx.pick(
            [
                "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.",
                "We are acting as an employment agency in relation to this vacancy. To stop receiving emails from us, reply UNSUBSCRIBE.",
                "Registered in England and Wales. Company No. 0"
                + str(ctx.num(1000000, 9999999))
                + ".",
                "",
                "",
            ]
        )
    return ""


_CASUAL_SIGN = (
    "{pfirst}",
    "- {pfirst}",
    "{pfirst}\nSent from my iPhone",
    "thanks!\n{pfirst}",
    "{pfirst}\n\nSent from Outlook for Android",
    "{person}",
)


def _casual_sign(ctx: Ctx, roles: Sequence[str]) -> str:
    """Name, maybe a role line, maybe the phone's "Sent from" line: in that order."""
    sign = ctx.fill(
        ctx.pick(["{pfirst}", "- {pfirst}", "{person}", "thanks!\n{pfirst}", "{pfirst}"])
    )
    sign += ctx.fill(ctx.pick(roles))
    return sign + ctx.pick(
        ["", "", "", "\n\nSent from my iPhone", "\n\nSent from Outlook for Android"]
    )


def _tech_title(ctx: Ctx) -> None:
    """Coding rounds are for technical roles: redraw the role from the technical titles."""
    words = ("Engineer", "Developer", "Data", "Scientist", "Architect", "DevOps", "Analyst")
    tech = [t for t in vocab.TITLES if any(w in t for w in words)]
    ctx._title = ctx.pick(tech)


# --------------------------------------------------------------------------- interview


@family("zs_hm_casual_note", "interview", n=30)
def hm_casual_note(ctx: Ctx) -> Draft:
    """A hiring manager writing from their own inbox after reading the application."""
    sender = ats_sender(ctx, "person")
    opener = ctx.para(
        "Thanks for applying to the {title} role[ — I'm the hiring manager|, I run the team you'd be joining|]!",
        "I just went through your application for {title} and [liked what I saw|had a few things I'd love to dig into|it stood out].",
        "[Our recruiter|Someone from our talent team|Someone on my team|Our sourcer] passed your application along[ for the {title} opening|].",
        "Your application[ for {title}|] caught my eye — [your background in [data pipelines|payments|B2B sales|clinical ops|logistics|design systems] especially|especially the [last role|portfolio|side projects]].",
    )
    ask = ctx.para(
        "Got a sec to chat [Thursday|Friday|tomorrow|early next week]? [30 min|20 min|Half an hour] is plenty.",
        "Would you have time for a [quick|short|casual] call [this week|on {day}]? Nothing formal, I just want to tell you about the team and hear what you're looking for.",
        "Are you around {day} at {time} for a video call? If not, send me two or three times that work and I'll make one fit.",
        "Can we grab [a coffee|a virtual coffee|15 minutes] [this week|next week]? I'd like to hear more about [your last project|what you've been building|why {co}]",
        "I'd love to set up a first conversation. [What does your week look like?|Does {day} work?|Here's my calendar if easier: {link}]",
    )
    extra = ctx.para(
        "",
        "",
        "No prep needed.",
        "[I'll send a Zoom link once we land on a time.|I'll send an invite from my work calendar.|Phone or video, whatever is easier for you.]",
        "FYI we're moving fairly quickly on this one.",
        "P.S. [Your portfolio|Your GitHub|The writing sample] was great.",
    )
    body = _texty(ctx, "\n\n".join(p for p in (opener, ask, extra) if p))
    roles = [
        "\n[Engineering Manager|Head of Product|Director, Finance|Ops Lead|VP Sales] | {co}",
        "\n{co}",
        "",
        "",
    ]
    sign = _casual_sign(ctx, roles)
    subjects = [
        "Quick question",
        "got a sec?",
        "Your application",
        "chat this week?",
        "{title}",
        "Re: {title} application",
        "hello from {co}",
        "Next steps",
        "coffee?",
    ]
    return _mail(
        ctx,
        subjects,
        body,
        sender,
        greet=ctx.chance(0.6),
        sign=sign,
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("zs_texty_oneliner", "interview", n=30)
def texty_oneliner(ctx: Ctx) -> Draft:
    """One or two lines typed on a phone, often a reply in an existing thread."""
    sender = ats_sender(ctx, "person")
    body = _texty(
        ctx,
        ctx.para(
            "free for a call {day}? {time} works on my end",
            "can you do [tmrw|thurs|fri|mon] at [10|11|2|3:30|4]? I'll call the number on your resume",
            "Are you still interested in the {title} role? If so, let's talk [this week|{day}] - when suits?",
            "ok great - let's do {day} at {time}. I'll send a [Teams|Zoom|Meet] link",
            "[sorry for the delay!|apologies for the slow reply.] does {day} [morning|afternoon] work for a [quick|first] chat?",
            "hi - [hiring manager|our CTO|the team lead] wants to [meet you|speak with you]. what's your availability [next week|this week]?",
            "still good for our call at {time}? [running 5 min late|I'll ring you]",
        ),
    )
    # A one-liner only reads as an interview invite inside an application thread: either the
    # candidate's earlier mail is quoted, or the subject still carries the application.
    if ctx.chance(0.6):
        quote = ctx.fill(
            ctx.pick(
                [
                    "Hi {pfirst}, just following up on my application for the {title} position. Happy to share anything else you need.\n\nThanks,\n{first}",
                    "Thanks for getting back to me about the {title} role! I'm generally free afternoons this week.\n\n{first}",
                    "Hello, I applied through your careers page last week [for the {title} opening|] and wanted to introduce myself.\n\nBest,\n{first} {last}",
                    "Hi! I submitted my application for {title} on [Monday|Friday|the 3rd] — [resume attached again here|just wanted to make sure it came through].\n\n{first}",
                ]
            )
        )
        subjects = ["call?", "quick call", "hi", "Re: {title}", "Re: Following up", "quick q"]
    else:
        quote = ""
        subjects = [
            "Re: your application",
            "Re: {title} application",
            "Re: Application for {title}",
            "Re: Application - {first} {last}",
        ]
    sign = ctx.fill(ctx.pick((*_CASUAL_SIGN, "", "")))
    return _mail(ctx, subjects, body, sender, greet=False, sign=sign, form="plain", quote=quote)


@family("zs_agency_screen_applied", "interview", n=30)
def agency_screen_applied(ctx: Ctx) -> Draft:
    """An agency recruiter answering the candidate's application to the agency's advert."""
    name, addr, agency = _agency(ctx)
    lead = ctx.para(
        "Thanks for applying to the {title} role I [advertised|posted] on [LinkedIn|Indeed|Seek|Reed|our website]. It's with a [client of ours|well-funded client|client] in {city}.",
        "I'm {pfirst}, a consultant at "
        + agency
        + " — you applied for the {title} [vacancy|position|contract] we're recruiting for on behalf of {co}.",
        "Your CV came through for the {title} [opportunity|job] and I think you could be a [strong|really good] fit.",
        "Thank you for your application via [Indeed|our job board|JobServe|Totaljobs]. I look after the {title} [role|search] for our client.",
    )
    ask = ctx.para(
        "Before I [put you forward|submit your profile|send your CV across], I'd like a [quick|10-15 minute|short] phone screen to go over [your experience, notice period and salary expectations|the role and your expectations|what you're after]. [Are you free {day}?|When's good for a call?|Could you do {day} at {time}?]",
        "Could we [jump on a call|have a chat|speak on the phone] [today or tomorrow|this week|{day}]? [I'll run through the client and the role.|It won't take long.] [What's the best number to reach you?|Please send me your availability.]",
        "[Can I give you a ring|Can I call you] {day} around {time}? I'll need about [15|20] minutes.",
    )
    extra = ctx.para(
        "",
        "",
        "Please also send [an updated CV in Word format|your current notice period|your right to work status] before we speak.",
        "[Salary is up to|The budget is around|Package: up to] {money}[ plus benefits| DOE| + bonus|].",
    )
    body = "\n\n".join(p for p in (lead, ask, extra) if p)
    sign = (
        ctx.fill(
            "[Kind regards|Best|Thanks|Cheers],\n{person}\n[Senior Consultant|Recruitment Consultant|Principal Recruiter|Talent Partner] | "
        )
        + agency
        + ctx.fill("[\nM: +44 7{num}|\nDirect: +1 ({n}1{n}) 55{n}-01{n}{n}|]")
    )
    subjects = [
        "Your application - {title}",
        "RE: {title} application",
        "{title} - quick call?",
        "Your application via [Indeed|LinkedIn|Reed]",
        "Phone screen",
        "Next steps",
        "Quick question",
    ]
    return _mail(ctx, subjects, body, (name, addr), sign=sign, footer=_footer(ctx, "agency"))


@family("zs_scheduler_link", "interview", n=30)
def scheduler_link(ctx: Ctx) -> Draft:
    """GoodTime / ModernLoop / Calendly / Gem self-scheduling mail, usually HTML."""
    tool, host = ctx.rng.choice(
        [
            ("GoodTime", "app.goodtime.io"),
            ("ModernLoop", "app.modernloop.io"),
            ("Calendly", "calendly.com"),
            ("Gem", "scheduling.gem.com"),
            ("Ashby", "jobs.ashbyhq.com"),
            ("Cal.com", "cal.com"),
        ]
    )
    sender = ctx.rng.choice(
        [
            (
                ctx.fill("{co} Recruiting"),
                f"scheduling@{host.split('.', 1)[1] if host.startswith('app.') else host}",
            ),
            ats_sender(ctx, "own"),
            ats_sender(ctx, "person"),
        ]
    )
    link = ctx.url(host, ctx.pick(["schedule", "s", "book", "availability", "d"]))
    head = ctx.para(
        "[Thanks for your interest in|We enjoyed reviewing your application for|Thank you for applying to] the {title} [role|position] at {co}. [The next step is|We'd like to move you forward to] a [30-minute|45-minute|25 minute] [conversation|call|video chat] with [{person}|a member of our recruiting team|the hiring manager].",
        "{person} [has invited you to|would like you to] schedule [an interview|a call|a recruiter screen] for {title}.",
        "Please [pick|select|choose] a time for your [{title} |]conversation with {co}.",
    )
    how = ctx.para(
        "Use the link below to [choose a time that works for you|see available times|select a slot]. [Times are shown in your local time zone.|The link expires in 5 days.|Slots fill up quickly.]\n\n[Schedule now|Pick a time|Select availability]: "
        + link,
        "[Select a time|Book your slot] here: "
        + link
        + "\n\n[If none of the times work, reply and we'll find another.|Need to reschedule later? Use the same link.]",
        link
        + "\n\n[Duration: 30 minutes|Duration: 45 min|Location: Zoom (link provided after booking)|Format: phone call]",
    )
    body = head + "\n\n" + how
    footer = ctx.fill(f"[Sent via {tool}|Scheduling by {tool}|{tool} • Privacy • Help|]")
    return _mail(
        ctx,
        [
            "Schedule your interview with {co}",
            "Action required: pick a time",
            "{co} | {title} - select your availability",
            "Next steps with {co}",
            "Please schedule: {title}",
            "Invitation to schedule",
        ],
        body,
        sender,
        footer=footer,
        form=ctx.pick(["html", "alt", "alt"]),
        bulk=ctx.chance(0.3),
    )


@family("zs_reschedule", "interview", n=30)
def reschedule(ctx: Ctx) -> Draft:
    """Moving an interview that was already booked; sometimes with an updated invite."""
    sender = ats_sender(ctx, ctx.pick(["person", "own", "person"]))
    why = ctx.para(
        "[Unfortunately|Apologies, but|So sorry —] {pfirst} [has a conflict|is out sick|got pulled into an offsite|is travelling] and we need to move your [interview|call|conversation] [on {day}|tomorrow|this afternoon].",
        "I need to [reschedule|push|move] our [chat|call|interview] [— something came up on my end|as I'm double-booked|, my apologies].",
        "Following your email, [no problem at all|totally understand|happy to] — let's [find a new time|move it].",
        "[Heads up|Quick update]: the [panel|hiring manager|team] [isn't available at the original time|had a scheduling change].",
    )
    new = ctx.para(
        "Would {day} at {time} work instead?",
        "[Could you do|How about] {day} [morning|afternoon|at {time}]? [Otherwise|If not], [send me a few times|here's a link to rebook: {link}].",
        "I've [sent|moved the invite to] {day} at {time}[ — same Zoom link|, same dial-in|]. Please [accept|confirm] if that works.",
        "Here are a few options: {day} {time}, {day} {time}, or {day} {time}. [Let me know which is best.|Whichever is easiest.]",
    )
    body = (
        why
        + "\n\n"
        + new
        + ctx.fill("[\n\nSorry for the shuffle!|\n\nThanks for your flexibility.|]")
    )
    cal = None
    if ctx.chance(0.35):
        cal = Calendar(
            ctx.fill("[Interview|Call]: {first} {last} / {co}"),
            ctx.future(),
            ctx.pick([30, 45, 60]),
            location=ctx.pick(["Zoom", "Microsoft Teams", "Google Meet", "Phone"]),
        )
    return _mail(
        ctx,
        [
            "Reschedule?",
            "Need to move our call",
            "Updated: {title} interview",
            "RE: interview on {day}",
            "Change of time",
            "Rescheduling",
            "Can we move {day}?",
        ],
        body,
        sender,
        sign=sign_person(ctx) if ctx.chance(0.6) else ctx.fill(ctx.pick(_CASUAL_SIGN)),
        calendar=cal,
    )


@family("zs_onsite_logistics", "interview", n=30)
def onsite_logistics(ctx: Ctx) -> Draft:
    """The practical mail before an in-person day: agenda, arrival, parking, ID, lunch."""
    sender = ats_sender(ctx, ctx.pick(["own", "person", "greenhouse"]))
    lines = [
        ctx.para(
            "[We're excited to welcome|We're looking forward to hosting|We can't wait to see] you [at our {city} office|in person|onsite] on {day}! [Here's everything you need for the day.|A few details below.|Some logistics ahead of your visit.]",
            "Confirming your [onsite|in-person|final round] [interviews|visit] for {title} on {day}, [starting|arriving] at {time}.",
            "Your [interview loop|day with us|visit] is [confirmed|all set]. [Please read the logistics below.|Details below.]",
        )
    ]
    agenda = ctx.pick(
        [
            "Agenda:\n[9:00|9:30|10:00] — Welcome ({pfirst}, recruiting)\n[10:00|10:30|11:00] — [Hiring manager|Team lead] conversation\n[12:00|12:15|12:30] — [Lunch with the team|Coffee with a peer]\n[13:30|1:30 pm|2:00 pm] — [Values|Culture add|Cross-functional] conversation",
            "You'll meet [four|three|five] people over [three|four] hours, with a short break for lunch.",
            "The schedule is [attached|in the calendar invite|below]: [two|three] 45-minute conversations and a [site tour|walk-through of the [lab|warehouse|floor]].",
        ]
    )
    lines.append(ctx.fill(agenda))
    lines.append(
        ctx.para(
            "[Arrival|When you arrive]: please [check in at the front desk|sign in with security|ask for {pfirst} at reception] and bring a [photo ID|government-issued ID]. [Visitor parking is on level 2.|Street parking is limited — the {n} train stops nearby.|We'll validate parking.|We'll reimburse your travel.]",
            "[Dress code is casual.|Business casual is fine.|Wear comfortable shoes; part of the day is on the floor.] [Lunch is on us — let us know about any dietary needs.|Water and snacks will be available.]",
            "[Address|Location]: {legal}, [Floor {n}|Building {n}|Suite {n}00], {city}.",
        )
    )
    if ctx.chance(0.5):
        lines.append(
            ctx.para(
                "[Reply to this email|Call me on the day at +1 555 01{n}{n}] if you're running late.",
                "Questions beforehand? Just reply here.",
            )
        )
    cal = (
        Calendar(
            ctx.fill("Onsite interview — {co}"),
            ctx.future(),
            ctx.pick([180, 240, 300]),
            location=ctx.fill("{co} office, {city}"),
        )
        if ctx.chance(0.3)
        else None
    )
    return _mail(
        ctx,
        [
            "Your onsite on {day}",
            "Logistics for your visit",
            "{co} onsite — details",
            "Interview day info",
            "See you {day}!",
            "Final round: logistics",
        ],
        "\n\n".join(lines),
        sender,
        calendar=cal,
        footer=_footer(ctx, "ats") if ctx.chance(0.4) else "",
    )


@family("zs_next_steps_screen", "interview", n=30)
def next_steps_screen(ctx: Ctx) -> Draft:
    """A "next steps" mail that is really an invitation to a recruiter screen."""
    sender = ats_sender(ctx, ctx.pick(["lever", "ashby", "greenhouse", "person", "own"]))
    intro = ctx.para(
        "Thank you for applying for the {title} position. [We've reviewed your application and|Our team has looked over your background and] [would like to learn more|we'd like to move forward].",
        "Thanks for your interest in {co}! [I'm {pfirst}, and I'm|My name is {pfirst},] [the recruiter|on the talent team] supporting the {title} search.",
        "[Great to|Nice to] [see your application come in|hear from you] for {title}.",
    )
    step = ctx.para(
        "The next step in our process is a [30-minute|20-minute|brief] [introductory call|recruiter screen|phone conversation] [with me|with our talent team] to [talk through your experience|go over the role, the team and logistics|discuss your background and what you're looking for].",
        "[Next up|Next steps]: a [short|30 minute] [phone screen|video call]. [We'll cover your background, salary expectations and timing.|It's a two-way conversation — come with questions!]",
        "As a next step, I'd like to [set up|schedule] a [call|Zoom] with you.",
    )
    ask = ctx.para(
        "Please [reply with|send over] a few times that work for you [over the next week|this week|in the next few days].",
        "You can [grab|book] a time directly here: {link}",
        "Are you available {day} at {time}?",
        "[Let me know your availability|What does your availability look like] and I'll send an invite.",
    )
    about = ctx.pick(
        [
            "",
            "",
            ctx.fill(
                "A bit about the process, so there are no surprises: after our call, [you'd meet the hiring manager|there's a conversation with the hiring manager], then [a practical exercise|a skills interview] and a final [panel|round with the wider team]. [The whole process usually takes three to four weeks.|Most candidates finish within a month.] [We share feedback at every stage.|If at any point it doesn't feel like the right fit, that's completely fine — just let me know.] [Salary range for this role is {money}-{money}, depending on experience.|]"
            ),
        ]
    )
    body = "\n\n".join(p for p in [intro, step, about, ask] if p) + ctx.fill(
        "[\n\nLooking forward to connecting!|\n\nTalk soon!|]"
    )
    return _mail(
        ctx,
        [
            "Next steps",
            "Next steps - {title}",
            "{co} - next steps",
            "Update on your application",
            "Re: your application",
            "Following up",
            "{title} at {co}",
        ],
        body,
        sender,
        footer=_footer(ctx, "ats") if ctx.chance(0.5) else "",
    )


@family("zs_commonwealth_invite", "interview", n=30)
def commonwealth_invite(ctx: Ctx) -> Draft:
    """UK / Australian / Indian phrasing: shortlisted, kindly confirm, please revert, Teams."""
    sender = ats_sender(ctx, ctx.pick(["own", "person", "workday", "smartrecruiters"]))
    variant = ctx.pick(["uk", "au", "in"])
    if variant == "uk":
        body = ctx.para(
            "Further to your application for the [post|role] of {title}, I am pleased to [inform you that you have been shortlisted|invite you to interview]. [Interviews|The interview] will take place on {day} [via Microsoft Teams|at our {city} office|by telephone] and will last approximately [45 minutes|one hour].\n\n[Please could you confirm your attendance by return.|Could you let me know by close of play {day} whether this suits?|Do let me know if you require any reasonable adjustments.]",
            "Thank you for your application. We'd like to [invite you for a chat|arrange a first-stage interview] about the {title} role — [would|could] {day} [at|around] {time} suit? It'd be [on Teams|over the phone|in the office] and [fairly informal|about half an hour].\n\n[Cheers|Many thanks] for your patience.",
        )
    elif variant == "au":
        body = ctx.para(
            "Thanks for applying for the {title} role — [we'd love to have a yarn|we'd like to have a chat] with you about it. Are you free {day} arvo? [Happy to do it over the phone or a Teams call.|A quick phone chat is fine.]",
            "Great news, you've been shortlisted for the {title} position! We'd like to [book you in|line you up] for a [video interview|phone interview] with [the hiring manager|our team] on {day} at [9:30|10 am|11:00|1:30 pm|2pm|3:15 pm] [AEST|AEDT|AWST]. [Reply to confirm|Let us know if that suits] and we'll send the details through.",
        )
    else:
        body = ctx.para(
            "Greetings from {co}! With reference to your application for the {title} position, we are pleased to inform you that your profile has been shortlisted for the [first round of interview|HR round|telephonic interview].\n\nThe [interview is scheduled|discussion is scheduled] on {day} at [10:30 AM|11:00 AM|12 noon|3:30 PM|4:00 PM] IST [via Google Meet|over telephone|on Teams]. Kindly confirm your availability [at the earliest|by revert mail].",
            "This is regarding your job application for {title}. Kindly share your [updated resume, current CTC, expected CTC and notice period|availability for a telephonic discussion] and please revert [with your convenient time slot|at the earliest] so that we can schedule the [interview|discussion] with [our panel|the hiring manager].",
        )
    signs = {
        "uk": [
            "Yours sincerely,\n{person}\n[Recruitment Officer|Resourcing Adviser|HR Officer]",
            "Kind regards,\n{person}",
            "Many thanks,\n{pfirst}",
        ],
        "au": [
            "Cheers,\n{pfirst}",
            "Thanks,\n{person}\n[Talent Acquisition|People & Culture] | {co}",
        ],
        "in": [
            "Thanks & Regards,\n{person}\n[HR Team|Talent Acquisition Team], {co}",
            "Regards,\n{person}\nHR Executive",
        ],
    }
    if variant == "in":
        body = (
            ctx.fill("[Dear {first},|Dear Candidate,|Hi {first},|Dear {first} {last},]")
            + "\n\n"
            + body
        )
    sign = ctx.fill(ctx.pick(signs[variant]))
    subjects = {
        "uk": [
            "Interview invitation - {title}",
            "Your application for {title}",
            "Invitation to interview",
            "Quick chat?",
        ],
        "au": ["Shortlisted: {title}", "{title} - chat?", "Your application with {co}"],
        "in": [
            "Interview - {co}",
            "Telephonic interview",
            "Shortlisted for {title}",
            "Regarding your job application",
        ],
    }
    return _mail(ctx, subjects[variant], body, sender, sign=sign, greet=variant != "in")


@family("zs_panel_formal", "interview", n=30)
def panel_formal(ctx: Ctx) -> Draft:
    """Formal panel-interview letters from councils, schools, universities and charities."""
    sender = ats_sender(ctx, ctx.pick(["own", "own", "person", "taleo"]))
    panel = ctx.pick(
        [
            "the Head of Service, a Senior Manager and an HR representative",
            "the Chair of the search committee and two faculty members",
            "the Headteacher, a governor and the Business Manager",
            "three members of the senior leadership team",
            "the Director of Nursing and the Ward Manager",
        ]
    )
    body = ctx.para(
        "[Thank you for your application for the above post.|Thank you for applying for the post of {title}.|Further to your recent application,|Re: {title}[ - ref {req}|].\n\nThank you for your interest in this post.] I am pleased to invite you to attend a panel interview on {day} at [9:30am|11.00am|2.15pm|3pm][ at {city}| via Microsoft Teams|]. The panel will consist of "
        + panel
        + ".",
        "[Following the shortlisting process|Further to the shortlisting meeting held on {day}|I am writing to let you know that following shortlisting], we would like to invite you to interview for the position of {title}. [The interview will last approximately [45 minutes|one hour].|Please allow up to 90 minutes.] You will be interviewed by a panel comprising "
        + panel
        + ".",
        "[We are delighted to let you know that|I am pleased to tell you that|Good news:] you have been shortlisted for {title}[ (ref {req})|]. Interviews will be held on {day} and will take the form of a [competency-based|structured|values-based] panel interview.",
    )
    extra = ctx.para(
        "[There is no test or presentation at this stage.|Please bring original documents confirming your identity and qualifications.|Please bring photographic ID and proof of your right to work.]",
        "[If you have a disability and require any adjustments for the interview, please let us know.|Travel expenses will not be reimbursed for first interviews.]",
    )
    confirm = ctx.para(
        "[Please confirm by return whether you are able to attend.|Kindly reply to confirm your attendance by {day}.|Please contact me on 01{n}{n}{n} {n}{n}{n}{n}{n}{n} to confirm.]"
    )
    sign = ctx.fill(
        ctx.pick(
            [
                "Yours sincerely,\n{person}\n[HR Adviser|Recruitment Officer|Clerk to the Governors|Academic Appointments]",
                "Kind regards,\n{person}\nPeople Services",
                "Yours faithfully,\nRecruitment Team\n{co}",
            ]
        )
    )
    return _mail(
        ctx,
        [
            "Invitation to interview: {title}",
            "Interview invitation - ref {req}",
            "{title} - shortlisting outcome",
            "Panel interview",
            "Your application for the post of {title}",
        ],
        "\n\n".join([body, extra, confirm]),
        sender,
        sign=sign,
        footer=ctx.fill(
            ctx.pick(
                [
                    "{legal} is committed to safeguarding and promoting the welfare of children and young people.",
                    "We are a Disability Confident employer.",
                    "",
                    "",
                ]
            )
        ),
    )


@family("zs_calendar_invite", "interview", n=30)
def calendar_invite(ctx: Ctx) -> Draft:
    """The calendar system's own invitation mail for an interview (Google / Outlook style)."""
    sender = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    start = ctx.future()
    mins = ctx.pick([30, 45, 60])
    what = ctx.fill(
        ctx.pick(
            [
                "Interview: {first} {last} <> {co}",
                "{co} | {title} | Recruiter Screen",
                "{first} / {pfirst} - intro call",
                "Phone Screen - {title}",
                "Hiring Manager Interview ({title})",
                "{co} interview - {first} {last}",
            ]
        )
    )
    when = f"{vocab.WEEKDAYS[start.weekday() % 5]} {vocab.MONTHS[start.month - 1][:3]} {start.day}, {start.year} {start:%H:%M} - {mins} min"
    kind = ctx.pick(["google", "outlook", "plain"])
    if kind == "google":
        body = ctx.fill(
            f"You have been invited to the following event.\n\n{what}\n\nWhen\n{when} (UTC)\n\nJoining info\nJoin with Google Meet\nmeet.google.com/[abc|xyz|qrs]-[defg|hjkm|prtw]-[hij|nop|uvw]\n\nCalendar\n{ctx.cand_addr}\n\nWho\n{{person}} - organizer\n{{first}} {{last}}\n\n[View all event details|More options]\n\nGoing? Yes - Maybe - No"
        )
        subj = [f"Invitation: {what} @ {when}", f"Updated invitation: {what}"]
    elif kind == "outlook":
        body = ctx.fill(
            f"{what}\n\n[Microsoft Teams meeting|Teams meeting]\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: {{num}}\nPasscode: [aB3xYz|Q7mP2k|t9Rw4e]\n\n[Hi {{first}}, looking forward to our chat!|Please let me know if this time no longer works.|]"
        )
        subj = [what, f"{what} - {when}"]
    else:
        body = ctx.fill(
            "[Sending over a calendar invite|I've sent you an invite] for our [call|interview|chat] about the {title} role on {day} at {time}. [The video link is in the invite.|I'll call you on the number from your application.] [If the time no longer works, just decline and propose another.|See you then!]"
        )
        subj = [f"Invitation: {what}", "Calendar invite: interview", "Re: {title} - interview"]
    cal = Calendar(
        what,
        start,
        mins,
        location=ctx.pick(["Google Meet", "Microsoft Teams Meeting", "Zoom", "Phone"]),
    )
    return _mail(
        ctx,
        subj,
        body,
        sender,
        calendar=cal,
        greet=kind == "plain",
        sign=None if kind == "plain" else "",
        form=ctx.pick(["alt", "html"]) if kind != "plain" else "",
    )


# --------------------------------------------------------------------------- other_job


@family("zs_reference_request", "other_job", n=30)
def reference_request(ctx: Ctx) -> Draft:
    """Reference checks: asking the candidate for referees, or a reference tool's nudge."""
    kind = ctx.pick(["ask", "ask", "tool", "reminder"])
    if kind == "ask":
        sender = ats_sender(ctx, ctx.pick(["person", "own"]))
        body = ctx.para(
            "[As we get closer to a decision|As part of the final stage|Before we can wrap things up] on the {title} role, could you [send me|share] [two|three|2-3] professional references? [Ideally at least one former manager.|At least one should be someone you reported to.|Name, relationship, email and phone for each is perfect.]",
            "We'd like to [run|do] reference checks [now|this week]. Please [email|reply with] the [names and contact details|contact info] of [two|three] people who [have managed you|can speak to your work] in the last [five|three] years.",
            "[Thanks again for your time with the team.|Really enjoyed the last conversation.] The next thing we need is references — [no need to warn them yet, I'll reach out once you've sent names over|please give them a heads up that I'll be in touch].",
        )
        body += ctx.fill(
            "[\n\nWe will only contact them with your permission.|\n\nThanks for turning this around quickly!|]"
        )
    else:
        tool, host = ctx.rng.choice(
            [
                ("SkillSurvey", "skillsurvey.com"),
                ("Xref", "xref.com"),
                ("Checkster", "checkster.com"),
                ("Crosschq", "crosschq.com"),
                ("Referoo", "referoo.com.au"),
            ]
        )
        sender = (ctx.fill(f"{{co}} via {tool}"), f"noreply@{host}")
        if kind == "tool":
            body = ctx.para(
                "{co} has asked you to provide references as part of your application for {title}. [It takes about 5 minutes.|Please nominate [2|3] referees.|Your referees will receive a short online questionnaire.]\n\nStart here: "
                + ctx.url(host, "candidate"),
                f"You've been invited to complete the {tool} reference process for {{co}}. [Enter your referees' details|Add your references] using the secure link below.\n\n"
                + ctx.url(host, "r"),
            )
        else:
            body = ctx.para(
                "Reminder: {co} is still waiting for your references. [Only 1 of 2 referees has responded.|None of your referees have responded yet.|Your request expires in 48 hours.] [You can send them a reminder or add someone else.|Log in to check their status.]\n\n"
                + ctx.url(host, "status"),
                "[Good news|Update]: [{pfirst}|one of your referees] has completed their reference for {co}. [We're still waiting on one more.|Your reference check is now complete.]",
            )
    return _mail(
        ctx,
        [
            "References",
            "Reference check",
            "Quick ask: references",
            "{co} - references",
            "Action required: provide your references",
            "Reminder: references outstanding",
            "Re: next steps",
        ],
        body,
        sender,
        bulk=kind != "ask",
        sign=None if kind == "ask" else ctx.fill("[The {co} Talent Team|{co} Recruiting|]"),
        footer=_footer(ctx, "ats") if kind != "ask" else "",
    )


@family("zs_background_vendor", "other_job", n=30)
def background_vendor(ctx: Ctx) -> Draft:
    """Checkr / Sterling / HireRight / First Advantage / GoodHire: consent, status, done."""
    vendor, host = ctx.rng.choice(
        [
            ("Checkr", "checkr.com"),
            ("Sterling", "sterlingcheck.com"),
            ("HireRight", "hireright.com"),
            ("First Advantage", "fadv.com"),
            ("GoodHire", "goodhire.com"),
            ("Accurate Background", "accurate.com"),
        ]
    )
    sender = (
        ctx.pick([vendor, f"{vendor} Candidate Support", f"{vendor} on behalf of " + ctx.co]),
        f"no-reply@{host}",
    )
    stage = ctx.pick(["start", "start", "info", "progress", "done"])
    link = ctx.url(f"candidate.{host}", ctx.pick(["invitation", "apply", "portal"]))
    body = {
        "start": ctx.para(
            "{co} has requested a background check [as part of your hiring process|in connection with your application|for the {title} position]. [To get started, please|Please] [complete your information|provide your consent and personal details] using the secure link below.\n\n"
            + link
            + "\n\n[This link expires in 7 days.|Most candidates finish in under 10 minutes.|You will need your Social Security number and address history.]",
            "Hi {first}, you've been invited by {co} to complete a background [screening|check]. [Click below to begin.|Start your check here:] "
            + link,
        ),
        "info": ctx.para(
            "We need [more information|additional documents] to complete your background check for {co}. [Please upload a copy of your [driver's license|diploma|previous W-2].|Please confirm your previous employer's contact details.|We could not verify one of your addresses.]\n\n"
            + link,
        ),
        "progress": ctx.para(
            "Your background check for {co} is [in progress|underway]. [Some county court searches can take 3-5 business days.|We'll email you when it's complete.|There is nothing you need to do right now.]",
            "Status update: [education verification|employment verification|criminal search] [pending|in progress]. Estimated completion: {day}.",
        ),
        "done": ctx.para(
            "Your background check [requested by|for] {co} is complete. [The report has been shared with the employer.|You can view a copy of your report in the candidate portal.|{co} will be in touch with any next steps.]",
            "Good news — [your screening|the report] is [complete|finished]. You can [download|view] it here: "
            + link,
        ),
        "dispute": ctx.para(
            "This is a pre-adverse action notice. {co} may make a decision based in whole or in part on information in your [background report|consumer report]. [A copy of the report and a summary of your rights under the Fair Credit Reporting Act are attached.|You have 5 business days to dispute any information you believe is inaccurate.]",
        ),
    }[stage]
    subjects = {
        "start": [
            "Action required: complete your background check",
            "{co} has requested a background check",
            "Your background check invitation",
            "Please complete: background screening",
        ],
        "info": [
            "We need more information",
            "Action needed on your background check",
            "Additional documents required",
        ],
        "progress": [
            "Your background check is in progress",
            "Status update",
            "Background check update",
        ],
        "done": ["Your background check is complete", "Report complete", "Update from {co}"],
        "dispute": ["Pre-Adverse Action Notice", "Important: your background report"],
    }[stage]
    footer = ctx.pick(
        [
            f"{vendor} is a consumer reporting agency. Questions? Visit help.{host}.",
            f"© {vendor}. Please do not reply to this automated message.",
            "Do not share this link. It is unique to you.",
        ]
    )
    return _mail(
        ctx,
        subjects,
        body,
        sender,
        footer=footer,
        sign=ctx.pick([f"The {vendor} Team", f"{vendor} Candidate Experience", ""]),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("zs_candidate_portal", "other_job", n=30)
def candidate_portal(ctx: Ctx) -> Draft:
    """Candidate-portal account mail: verify, password, complete your profile, new message."""
    ats = ctx.pick(["workday", "icims", "taleo", "smartrecruiters", "own", "jobvite"])
    sender = ats_sender(ctx, ats)
    what = ctx.pick(["verify", "password", "profile", "message", "login", "merge"])
    host = {
        "workday": "{slug}.wd5.myworkdayjobs.com",
        "icims": "careers-{slug}.icims.com",
        "taleo": "{slug}.taleo.net",
        "smartrecruiters": "jobs.smartrecruiters.com",
        "jobvite": "jobs.jobvite.com",
        "own": "careers.{domain}",
    }[ats]
    link = ctx.url(ctx.fill(host), ctx.pick(["account", "verify", "reset", "candidate"]))
    body = {
        "verify": ctx.para(
            "Thanks for creating [a candidate account|an account] on the {co} [careers site|Career Portal|Talent Community]. Please verify your email address [to activate your account|before you continue]:\n\n"
            + link
            + "\n\n[This link expires in 24 hours.|If you didn't create this account, ignore this email.]"
        ),
        "password": ctx.para(
            "We received a request to reset the password for your {co} candidate account. [Click the link below to choose a new password.|Use this link to reset it:] "
            + link
            + "\n\n[If you didn't request this, you can safely ignore this message.|For your security, this link is valid for 30 minutes.]"
        ),
        "profile": ctx.para(
            "Your candidate profile is [60%|only partly|almost] complete. [Recruiters at {co} are more likely to find you when|Candidates with a complete profile hear back faster when] [your work history and skills are filled in|you add a resume and a photo].\n\n[Complete your profile|Finish your profile]: "
            + link,
            "[Don't forget to finish|You still need to finish] your [application|profile] for {title}. [Your answers are saved.|It only takes a few minutes to complete.] "
            + link,
        ),
        "message": ctx.para(
            "You have a new message regarding your application for {title}[ (Req {req})|]. [Log in to your candidate home page to read it.|For your privacy, please sign in to view it.]\n\n"
            + link
        ),
        "login": ctx.para(
            "A new sign-in to your {co} [candidate account|careers account] was detected [from Chrome on Windows|from a new device|in {city}]. If this was you, no action is needed."
        ),
        "merge": ctx.para(
            "We noticed you have [two candidate profiles|more than one candidate account|duplicate candidate accounts] with {co}. [We've merged them so your applications are in one place.|Please sign in and confirm which one to keep.] "
            + link
        ),
    }[what]
    subjects = {
        "verify": [
            "Verify your email",
            "Activate your {co} candidate account",
            "Please confirm your email address",
        ],
        "password": [
            "Password reset request",
            "Reset your password",
            "{co} Careers: password reset",
        ],
        "profile": [
            "Complete your profile",
            "Your profile is incomplete",
            "Finish your application",
            "Reminder",
        ],
        "message": ["You have a new message", "New message from {co}", "Update"],
        "login": ["New sign-in to your account", "Security alert"],
        "merge": ["Your candidate accounts", "Account update"],
    }[what]
    return _mail(
        ctx,
        subjects,
        body,
        sender,
        footer=_footer(ctx, "ats"),
        bulk=ctx.chance(0.5),
        sign=sign_team(ctx) if ctx.chance(0.6) else "",
    )


@family("zs_still_reviewing", "other_job", n=30)
def still_reviewing(ctx: Ctx) -> Draft:
    """ "Your application is still under review": a status nudge, neither yes nor no."""
    sender = ats_sender(
        ctx, ctx.pick(["greenhouse", "lever", "workday", "own", "person", "workable"])
    )
    body = ctx.para(
        "[We wanted to give you a quick update|Just a quick update] on your application for {title}: [it's still under review|the team is still reviewing applications|we haven't made a decision yet]. [We received a high volume of applications|The hiring team has been travelling|Hiring for this role was briefly paused] . [We appreciate your patience.|Thank you for bearing with us.|Thanks for your patience.]",
        "Your application for the {title} role (Req {req}) is [still being reviewed|under consideration|in review]. [There's nothing you need to do right now.|We'll be in touch as soon as there's news.|You can check your status at any time in your candidate profile.]",
        "[Sorry for the silence!|Apologies for the radio silence.] [You haven't been forgotten|We haven't forgotten about you] — [the hiring manager is still working through the shortlist|we expect to have an update in the next [week or two|couple of weeks]]. [I'll reach out either way.|Thanks for hanging in there.]",
        "Application status: [In Review|Under Review|Being considered]\nPosition: {title}\nLast updated: {day}\n\n[No action is required.|We'll notify you if your status changes.]",
        "Thanks for checking in! [Nothing to report just yet|No news yet], [but you're still very much in the process|but your application is still active]. [Hope to have more for you by {day}.|I'll follow up next week.]",
    )
    quote = ""
    if ctx.chance(0.3):
        quote = ctx.fill(
            "Hi, I applied for the {title} role [a few weeks ago|on {day}] and wanted to check on the status of my application. [Thanks!|Any update would be appreciated.]\n\n{first}"
        )
    return _mail(
        ctx,
        [
            "Application update",
            "Update on your application",
            "Your application status",
            "Still reviewing",
            "Re: application status",
            "{title} — update",
            "Quick update",
        ],
        body,
        sender,
        quote=quote,
        footer=_footer(ctx, "ats") if ctx.chance(0.4) else "",
    )


@family("zs_withdraw_confirm", "other_job", n=30)
def withdraw_confirm(ctx: Ctx) -> Draft:
    """The employer confirming the candidate withdrew; friendly or automated."""
    sender = ats_sender(ctx, ctx.pick(["person", "person", "greenhouse", "workday", "own"]))
    body = ctx.para(
        "Thanks for letting me know[, {first}|]. [Totally understand|I completely understand] — [congrats on the new role!|sounds like a great opportunity.|timing is everything.] I've withdrawn you from the {title} process. [Let's stay in touch.|Door's always open if things change.]",
        "This email confirms that your application for {title}[ (Req {req})|] has been withdrawn[ at your request|]. [If this was a mistake, please contact us.|You're welcome to apply for other roles in the future.|You can reapply at any time.]",
        "We've received your request to withdraw from consideration for the {title} position. [Your application has been closed.|Your candidacy is now withdrawn.] [Thank you for your interest in {co}.|We wish you all the best.]",
        "No worries at all — I've [cancelled|removed] [your interview on {day}|the upcoming interviews] and [closed out|withdrawn] your application. [Best of luck!|All the best with the move.]",
    )
    quote = ""
    if ctx.chance(0.5):
        quote = ctx.fill(
            "[Hi {pfirst}|Hello], [I've accepted another offer|after some thought I've decided to stay in my current role|due to personal circumstances I'm no longer able to move forward] and would like to withdraw my application for the {title} role. [Thank you for your time.|Sorry for any inconvenience.]\n\n{first}"
        )
    return _mail(
        ctx,
        [
            "Re: withdrawing my application",
            "Application withdrawn",
            "Confirmation: withdrawal",
            "Your application has been withdrawn",
            "Re: {title}",
            "Withdrawal received",
        ],
        body,
        sender,
        quote=quote,
    )


@family("zs_selfid_forms", "other_job", n=30)
def selfid_forms(ctx: Ctx) -> Draft:
    """Voluntary self-identification (EEO, veteran, disability) and similar forms."""
    sender = ats_sender(ctx, ctx.pick(["greenhouse", "icims", "workday", "own", "lever"]))
    body = ctx.para(
        "[As a federal contractor|As an equal opportunity employer], {co} invites applicants to [voluntarily self-identify|complete a voluntary self-identification form]. [Providing this information is optional and will not affect your application.|Your responses are kept confidential and separate from your application.]\n\n[Complete the form|Self-identify]: @LINK",
        'Please take a moment to complete the [Voluntary Self-Identification of Disability (Form CC-305)|veteran status survey|demographic survey] for your application to {title}. [Submission is voluntary.|You may choose "I do not wish to answer."]',
        "[We're committed to building a diverse team.|At {co}, we measure the fairness of our hiring process.] [Would you share some optional demographic information?|This short, anonymous survey helps us do that.] [It takes 2 minutes.|It is not visible to the hiring team.] @LINK",
        "Reminder: your [EEO|diversity] questionnaire for {title} is still open. [If you've already completed it, please disregard.|Completion is voluntary.]",
    ).replace("@LINK", ctx.url(ctx.pick(["forms.office.com", "survey.alchemer.com"]), "s"))
    return _mail(
        ctx,
        [
            "Voluntary self-identification",
            "Optional: EEO survey",
            "Please complete: demographic questionnaire",
            "A short optional survey",
            "Action requested for your application",
            "Reminder: self-ID form",
        ],
        body,
        sender,
        footer=_footer(ctx, "ats"),
        bulk=ctx.chance(0.5),
    )


@family("zs_documents_rtw", "other_job", n=30)
def documents_rtw(ctx: Ctx) -> Draft:
    """Document requests mid-process: right to work, ID, transcripts, certificates."""
    sender = ats_sender(ctx, ctx.pick(["own", "person", "workday", "person"]))
    body = ctx.para(
        "[As part of our pre-employment checks|Before we can progress your application], we need to verify your right to work in the UK. Please [send your share code|provide your share code from the Home Office online service] and date of birth[, or bring your passport to your next visit|]. [Thank you.|This is a legal requirement for all applicants.]",
        "Could you please upload [a copy of your degree certificate and transcripts|your professional licence|proof of eligibility to work] to the [candidate portal|secure upload link] by {day}? @LINK",
        "[Hi {first}, quick admin one|Small admin request]: [please send a scan of your passport (photo page)|we need your [Working with Children Check|DBS certificate|nursing registration number]|could you confirm your visa type and expiry date?] [for our records|for the hiring file]. [No rush, end of week is fine.|Thanks!]",
        "To complete your file for the {title} [position|vacancy], the following documents are outstanding:\n\n- [Photo ID|Passport or national ID]\n- [Proof of address|Utility bill dated within 3 months]\n- [Signed candidate declaration|Copy of qualifications]\n\n[Please reply with attachments or use the portal.|Please submit these by {day}.]",
    ).replace("@LINK", ctx.url(ctx.pick(["upload.sharefile.com", "secure.docsend.com"]), "u"))
    return _mail(
        ctx,
        [
            "Documents required",
            "Right to work check",
            "Action required: documents",
            "Quick admin request",
            "Outstanding documents - {title}",
            "Pre-employment checks",
            "Re: next steps",
        ],
        body,
        sender,
    )


@family("zs_candidate_survey", "other_job", n=30)
def candidate_survey(ctx: Ctx) -> Draft:
    """Candidate-experience surveys after an interview or an application (Survale-style)."""
    tool = ctx.pick(["Survale", "Qualtrics", "Greenhouse", "Typeform", "Lever"])
    sender = ctx.rng.choice(
        [
            (ctx.fill("{co} Recruiting"), "surveys@survale.com"),
            (ctx.fill("{co} Talent"), "noreply@qualtrics-survey.com"),
            ats_sender(ctx, "greenhouse"),
            ats_sender(ctx, "own"),
        ]
    )
    link = ctx.url(ctx.pick(["survey.survale.com", "co1.qualtrics.com", "form.typeform.com"]), "s")
    body = ctx.para(
        "Thanks for [interviewing|taking the time to interview|speaking] with us [for the {title} role|recently]. [We'd love to hear about your experience|How did we do?] — [this 2-minute survey|a few quick questions] [helps us improve|will help us make our process better for every candidate]. [Your answers are anonymous and won't affect your application.|Responses are confidential and not shared with the hiring team.]\n\n[Take the survey|Share feedback]: "
        + link,
        "How likely are you to recommend applying to {co} to a friend?\n\n0 1 2 3 4 5 6 7 8 9 10\n\n[Click a number to answer.|Just one click.] [Your feedback is anonymous.|]",
        "[You recently applied for|You recently interviewed for] {title} at {co}. [Would you take a moment to rate your candidate experience?|We're collecting feedback on our hiring process.] [It takes less than 3 minutes.|There are only five questions.] "
        + link,
    )
    return _mail(
        ctx,
        [
            "How was your interview experience?",
            "Tell us about your experience with {co}",
            "Quick survey: your candidate experience",
            "We'd love your feedback",
            "2 minutes? Your feedback matters",
        ],
        body,
        sender,
        footer=ctx.pick(
            [
                f"Survey powered by {tool}. Unsubscribe from surveys.",
                "You received this email because you recently interacted with our recruiting team.",
                "",
            ]
        ),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
        sign=ctx.fill("[The {co} Talent Team|{co} Recruiting|]"),
    )


# --------------------------------------------------------------------------- confirmation


@family("zs_founder_reply", "confirmation", n=30)
def founder_reply(ctx: Ctx) -> Draft:
    """A founder or owner of a small company acknowledging an emailed application."""
    sender = ats_sender(ctx, "person")
    body = _texty(
        ctx,
        ctx.para(
            "Thanks for reaching out and for sending your CV! [I'll read through it properly this week|I'm going to go through applications over the weekend|We're a tiny team so bear with me] and get back to you either way.",
            "Got it, thanks[ {first}|]. [We're still collecting applications|We'll keep the posting open] until [the end of the month|{day}], then [my co-founder and I|the two of us] will [go through everything|review them all together].",
            "Hey, appreciate you applying for the {title} [gig|role|job]! [Had a quick look and|Just confirming] it's come through fine. [I'll be in touch in the next week or so.|You'll hear from me soon either way.]",
            "Thank you for your interest in joining {co}. As a small [business|shop|studio], I personally read every application, so it may take me [a few days|a week or two] to reply properly.",
            "Received, thanks! [Really appreciate the thoughtful note.|Love the cover letter.] [I'm travelling until {day}|Things are hectic with our launch] but I'll come back to you after that.",
        ),
    )
    quote = ""
    if ctx.chance(0.55):
        quote = ctx.fill(
            "[Hi {pfirst}|Hello|Dear {pfirst}],\n\n[I saw your post on [LinkedIn|Hacker News|Twitter|Wellfound] about the {title} role and wanted to apply.|Please find attached my CV for the {title} position.|I'd love to be considered for the {title} opening at {co}.] [I've attached my resume.|My portfolio is linked in my CV.|]\n\n[Best,|Thanks,|Kind regards,]\n{first} {last}"
        )
    sign = _casual_sign(
        ctx, ["\n[Founder|Co-founder & CEO|Owner|Managing Director], {co}", "\nFounder", "", ""]
    )
    return _mail(
        ctx,
        [
            "Re: {title}",
            "Re: application",
            "Re: Job application - {first} {last}",
            "Re: {title} role",
            "Re: hello",
        ],
        body,
        sender,
        greet=ctx.chance(0.5),
        sign=sign,
        quote=quote,
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("zs_hourly_retail", "confirmation", n=30)
def hourly_retail(ctx: Ctx) -> Draft:
    """Retail, restaurant and warehouse hourly applications: store numbers, shift talk."""
    role = ctx.pick(
        [
            "Team Member",
            "Crew Member",
            "Sales Associate",
            "Barista",
            "Cashier",
            "Warehouse Associate",
            "Shift Supervisor",
            "Stocker",
            "Delivery Driver",
            "Host",
        ]
    )
    ctx._title = role  # the posting names the role, so the label does too
    role = ctx.title
    store = ctx.fill("[Store|Location|Restaurant|Site] #" + str(ctx.num(100, 9999)))
    sender = ctx.rng.choice(
        [
            (ctx.fill("{co} Careers"), ctx.fill("careers@{domain}")),
            (ctx.fill("{co} Hiring"), "noreply@harri.com"),
            (ctx.fill("{co}"), "notifications@fountain.com"),
            (ctx.fill("{co} Jobs"), "no-reply@paradox.ai"),
            ats_sender(ctx, "workday"),
        ]
    )
    body = ctx.para(
        f"Thanks for applying to be a {role} at {{co}} {store}! [Your application has been received.|We got your application.] [A hiring manager will review it and may reach out to you by phone or text.|If your availability matches our open shifts, the store manager will contact you.|Keep an eye on your phone — we often text candidates.]",
        f"Hi {{first}}, this is [Olivia|Ava|Sam], the virtual hiring assistant for {{co}}. I've received your application for {role} at {store}. [The team will review it shortly.|What happens next: the hiring manager reviews your availability and experience.] [Reply STOP to opt out of texts.|]",
        f"We've received your application for: {role}\nLocation: {store}, {{city}}\nSubmitted: {{day}}\n\n[Positions fill quickly, so we'll be in touch soon if there's a match.|If selected for an interview, you'll receive a text or email with scheduling options.]",
        f"Welcome to the {{co}} hiring process! Thanks for your interest in [part-time|full-time|seasonal] {role} [opportunities|positions]. [Your application is on file for 90 days.|You can check your status anytime in the app.] [Don't forget to keep your availability up to date.|]",
    )
    extra = ctx.pick(
        [
            "",
            "",
            "Did you know? [Team members get a 20% discount from day one.|We offer flexible scheduling and weekly pay.]",
            "Questions? Visit our careers FAQ or ask at your local store.",
        ]
    )
    return _mail(
        ctx,
        [
            "Application received",
            f"Thanks for applying - {role}",
            "We got your application!",
            "{co}: application confirmation",
            "Your application to {co}",
            "Next steps",
        ],
        body + ("\n\n" + ctx.fill(extra) if extra else ""),
        sender,
        sign=ctx.fill("[The {co} Team|{co} Talent Acquisition|Your friends at {co}|]"),
        bulk=True,
        form=ctx.pick(["html", "alt", "plain"]),
        footer=ctx.fill(
            "[{legal} is an equal opportunity employer.|Msg & data rates may apply.|To unsubscribe from hiring updates, click here.|]"
        ),
    )


@family("zs_public_sector_receipt", "confirmation", n=30)
def public_sector_receipt(ctx: Ctx) -> Draft:
    """Government and council receipts: announcement numbers, eligibility, long process."""
    agency, host = ctx.rng.choice(
        [
            ("Department of Transportation", "dot.example.gov"),
            ("City of Springfield", "springfield.example.gov"),
            ("State Department of Health", "health.example.gov"),
            ("County of Marin", "marincounty.example.gov"),
            ("Ministry of Justice", "justice.example.gov.uk"),
            ("Department for Education", "education.example.gov.uk"),
            ("Harbour District Council", "harbourdc.example.gov.uk"),
            ("Department of Veterans Affairs", "va.example.gov"),
            ("Parks and Recreation Department", "parks.example.gov"),
        ]
    )
    ctx._co = vocab.Company(agency, host, agency)  # the employer is the public body itself
    sender = ctx.rng.choice(
        [
            ("USAJOBS", "no-reply@usajobs.gov"),
            (agency, f"hr-noreply@{host}"),
            (f"{agency} Human Resources", f"recruitment@{host}"),
            ("Civil Service Jobs", "noreply@csjobs.example.gov.uk"),
            ("NEOGOV", "noreply@governmentjobs.com"),
        ]
    )
    num = ctx.pick(["DOT-24-", "ST-", "HHS-", "CSC-", ""]) + str(ctx.num(100000, 9999999))
    body = ctx.para(
        "Your application for {title}[, {co}|], announcement number "
        + num
        + ", was received on {day}. [Your application will be reviewed to determine if you meet the minimum qualifications.|Applications are evaluated after the announcement closes.] [You may check the status of your application in your account at any time.|Status updates will be posted to your account.]",
        "Thank you for applying for the position of {title} (Job ID "
        + num
        + ")[ with {co}|]. [This is an automated confirmation that we have received your application.|We acknowledge receipt of your application.] [Due to the volume of applications, the selection process may take [6-8 weeks|several weeks|up to three months].|Shortlisting will take place after the closing date.] [Candidates who are shortlisted may be invited to [an assessment|a written test|an interview].|If you are selected to proceed, you will be contacted.]",
        "We confirm receipt of your application reference "
        + num
        + " for {title}. Please quote this reference in all correspondence. [The sift will take place after the closing date.|The vacancy closes on {day}.] [If you require reasonable adjustments at any stage, please contact us.|Please do not reply to this email.]",
    )
    if ctx.chance(0.4):
        body += ctx.fill(
            "\n\nWhat happens next\n\n[Your application will be assessed against the essential and desirable criteria in the person specification.|Human Resources will review your application to determine whether you meet the eligibility requirements, including any education or licensing requirements.] [Applicants who are found eligible will be referred to the hiring manager.|Qualified applicants may be placed on an eligibility list for up to 12 months.] [Please allow up to [30|45|60] days for this process.|You will be notified by email of the outcome of the review.] [Do not contact the hiring department directly regarding the status of your application.|]"
        )
    footer = ctx.pick(
        [
            "This is an official notification. Do not reply to this message.",
            "An Equal Opportunity Employer. Veterans' preference applies where eligible.",
            "Privacy Act Statement: the information you provide is used to determine your qualifications for employment.",
            "",
        ]
    )
    sign = ctx.fill(
        ctx.pick(["{co}\nHuman Resources", "Recruitment Team", "", "Office of Human Resources"])
    )
    return _mail(
        ctx,
        [
            "Application Received",
            f"Application received: {num}",
            "Thank you for applying",
            "Your application has been submitted",
            "Confirmation of application - {title}",
            "Application status notification",
        ],
        body,
        sender,
        sign=sign,
        footer=footer,
        bulk=ctx.chance(0.5),
    )


@family("zs_hospital_university", "confirmation", n=30)
def hospital_university(ctx: Ctx) -> Draft:
    """Hospitals and universities: requisitions, credentials, committees, "assessment may follow"."""
    if ctx.chance(0.5):
        inst, host = ctx.rng.choice(
            [
                ("St. Mary's Medical Center", "stmarys.example.org"),
                ("Riverside Health System", "riversidehealth.example.org"),
                ("Mercy General Hospital", "mercygeneral.example.org"),
                ("Lakeside Children's Hospital", "lakesidechildrens.example.org"),
                ("Northside NHS Foundation Trust", "northside.example.nhs.uk"),
                ("Valley Regional Medical Center", "valleyregional.example.org"),
            ]
        )
        ctx._co = vocab.Company(inst, host, inst)
        ctx._title = ctx.pick(
            [
                "Registered Nurse",
                "Patient Care Technician",
                "Medical Assistant",
                "Pharmacy Technician",
                "Unit Secretary",
                "Respiratory Therapist",
                "Healthcare Assistant",
                ctx._title,
            ]
        )
        body = ctx.para(
            "Thank you for applying for the {title} position (Requisition #{req}) at {co}. [Our Talent Acquisition team is reviewing your application and credentials.|A recruiter will review your qualifications against the requirements of the position.] [If your experience is a match, a recruiter will contact you to discuss next steps.|Please ensure your license and certification information is up to date in your profile.]",
            "Thank you for your application for the post of {title}, reference {req}. [Shortlisting will be completed by the recruiting manager after the closing date.|Please check your email regularly, including your junk folder, as all communication will be by email.] [Candidates may be asked to complete an assessment as part of the selection process.|If shortlisted you will be invited to interview by email.]",
        )
    else:
        inst, host = ctx.rng.choice(
            [
                ("Northfield State University", "northfield.example.edu"),
                ("Westbrook College", "westbrook.example.edu"),
                ("Kingsbridge University", "kingsbridge.example.ac.uk"),
                ("Lakemont Institute of Technology", "lakemont.example.edu"),
            ]
        )
        ctx._co = vocab.Company(inst, host, inst)
        body = ctx.para(
            "Thank you for your interest in employment at {co}. This message confirms we have received your application for {title} (Posting {req}). [The search committee will begin reviewing applications on {day}.|Review of applications will begin after the posting closes.] [Due to the volume of applications, only candidates selected for interview will be contacted.|You may track the status of your application in your applicant portal.]",
            "Your application for {title} in [the Department of Biology|the School of Engineering|the Office of the Registrar|the University Library|Facilities Management] has been successfully submitted. [Please note that the committee may request additional materials, such as letters of reference or a teaching statement, at a later stage.|Finalists may be asked to give a short presentation.] [We appreciate your patience during this process.|]",
        )
    body += ctx.fill(
        "[\n\nApplication ID: {num}|\n\nPlease do not reply to this automatically generated email.|]"
    )
    sender = ctx.rng.choice(
        [
            (f"{inst} Human Resources", f"noreply@jobs.{host}"),
            (f"{inst} Careers", f"talent@{host}"),
            (inst, f"donotreply@careers.{host}"),
        ]
    )
    return _mail(
        ctx,
        [
            "Application Received: {title}",
            "Thank you for applying to {co}",
            "Your application - {req}",
            "Confirmation of your application",
            "Application submitted successfully",
        ],
        body,
        sender,
        sign=ctx.fill(
            ctx.pick(
                [
                    "{co}\nHuman Resources",
                    "Talent Acquisition",
                    "Employment Services",
                    "Recruitment Team",
                ]
            )
        ),
        footer=ctx.fill(
            ctx.pick(
                [
                    "{co} is an Equal Opportunity/Affirmative Action employer.",
                    "",
                    "This mailbox is not monitored.",
                ]
            )
        ),
    )


@family("zs_agency_cv_received", "confirmation", n=30)
def agency_cv_received(ctx: Ctx) -> Draft:
    """A staffing agency's auto-reply or consultant note: "we've received your CV"."""
    name, addr, agency = _agency(ctx)
    auto = ctx.chance(0.55)
    if auto:
        sender = (agency, "applications@" + addr.split("@")[1])
        body = ctx.para(
            "Thank you for your application for the {title} [role|vacancy|position] (ref: {req}). [We have received your CV and one of our consultants will review it shortly.|Your CV has been successfully received.] [If your skills and experience match our client's requirements, we will contact you within [5|3|7] working days.|Due to the high volume of applications, we are unable to respond to every applicant individually.|If you do not hear from us within 14 days, please assume you have not been successful on this occasion.]",
            "We've received your CV! [Thanks for applying via our website.|Thank you for registering with us.] [A consultant will be in touch if there's a suitable match.|Your details are now on our database and we'll let you know about relevant roles.] [Please make sure your CV is up to date.|]",
        )
        sign = ctx.pick(
            ["Kind regards,\nThe " + agency + " Team", agency, "Candidate Services\n" + agency]
        )
    else:
        sender = (name, addr)
        body = ctx.para(
            "Thanks for sending your CV over for the {title} role. [I've got it and will review it today.|Received with thanks.] [If it's a fit for my client I'll call you to discuss before anything is submitted.|I'll be in touch once I've spoken to the client about it.]",
            "Just a quick note to confirm I have your application for {title}. [Shortlisting is happening at the end of the week.|The client is reviewing CVs next week.] [I'll come back to you either way.|Speak soon.]",
        )
        sign = (
            ctx.fill(
                "[Thanks|Best regards|Kind regards],\n{person}\n[Recruitment Consultant|Senior Consultant|Resourcer], "
            )
            + agency
        )
    return _mail(
        ctx,
        [
            "Your application - {title}",
            "We've received your CV",
            "Application received (ref {req})",
            "Thank you for your application",
            "RE: {title}",
            "CV received",
        ],
        body,
        sender,
        sign=sign,
        footer=_footer(ctx, "agency"),
        bulk=auto and ctx.chance(0.5),
    )


@family("zs_board_receipt", "confirmation", n=30)
def board_receipt(ctx: Ctx) -> Draft:
    """LinkedIn Easy Apply / Indeed Apply / Glassdoor / Wellfound receipts, HTML-heavy."""
    board = ctx.pick(
        ["linkedin", "linkedin", "indeed", "indeed", "glassdoor", "wellfound", "ziprecruiter"]
    )
    sender = {
        "linkedin": ats_sender(ctx, "linkedin"),
        "indeed": ats_sender(ctx, "indeed"),
        "glassdoor": ("Glassdoor", "noreply@glassdoor.com"),
        "wellfound": ("Wellfound", "team@wellfound.com"),
        "ziprecruiter": ("ZipRecruiter", "alerts@ziprecruiter.com"),
    }[board]
    link = {
        "linkedin": ctx.url("www.linkedin.com", "jobs/view"),
        "indeed": ctx.url("www.indeed.com", "myjobs"),
        "glassdoor": ctx.url("www.glassdoor.com", "apply"),
        "wellfound": ctx.url("wellfound.com", "jobs/applications"),
        "ziprecruiter": ctx.url("www.ziprecruiter.com", "candidate/applied"),
    }[board]
    body = ctx.para(
        "Your application was sent to {co}\n\n{title}\n{co} · {city}[ (Hybrid)| (Remote)| (On-site)|]\nApplied on {day}\n\n[View your application|See application status]: @LINK",
        "[Great job|Nice work], {first}! Your application for {title} at {co} [has been submitted|is on its way]. [The employer will contact you directly if they'd like to move forward.|We'll let you know when the employer views your application.|Track your application in My Jobs.]",
        "Application submitted\n\n{title}\n{co} - {city}\n\n[The following items were sent to {co}: resume, contact information.|Your resume and answers to screening questions were shared with the employer.] [Good luck!|Keep an eye on your inbox.]\n\n@LINK",
        "You applied to {title} at {co}. [Applicants usually hear back within [1-2|2] weeks.|This employer typically responds within 3 days.] [Keep applying — candidates who apply to more jobs hear back sooner.|]",
    ).replace("@LINK", link)
    extra = ctx.pick(
        [
            "",
            "",
            "Jobs you may be interested in: [Senior Analyst|Operations Manager|Product Designer] · [Data Scientist|Account Executive] · [see more]",
            "Get the app to track your applications on the go.",
        ]
    )
    subjects = {
        "linkedin": [
            "{first}, your application was sent to {co}",
            "Your application was sent to {co}",
            "You applied for {title}",
        ],
        "indeed": [
            "Indeed Application: {title}",
            "Application submitted: {title}",
            "Your application to {co}",
        ],
        "glassdoor": ["Application confirmation", "You applied for {title} at {co}"],
        "wellfound": ["Your application to {co}", "Application sent: {title}"],
        "ziprecruiter": ["You applied for {title} at {co}", "Application confirmation"],
    }[board]
    return _mail(
        ctx,
        subjects,
        body + ("\n\n" + ctx.fill(extra) if extra else ""),
        sender,
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
        footer=ctx.pick(
            [
                "You are receiving these emails because you applied to a job. Unsubscribe · Help",
                "This email was intended for you. Learn why we included this.",
                "Manage your notification settings.",
            ]
        ),
    )


@family("zs_receipt_next_steps", "confirmation", n=30)
def receipt_next_steps(ctx: Ctx) -> Draft:
    """Confirmations that describe the process ahead ("an assessment may follow") without inviting."""
    sender = ats_sender(
        ctx,
        ctx.pick(
            ["greenhouse", "lever", "smartrecruiters", "workable", "bamboohr", "own", "ashby"]
        ),
    )
    intro = ctx.para(
        "Thanks for applying to {co}! We've received your application for {title}.",
        "[Thank you for your application|Thanks for your interest] — [this is to confirm that|just letting you know] we've received [it|your application for the {title} role] [safely|and it's with our team].",
        "Your application for {title} is in. [Thanks for taking the time!|Nice one!]",
    )
    steps = ctx.para(
        "What happens next?\n\n1. [Our team reviews your application|A recruiter reviews your profile] ([usually within|typically] [5|7|10] business days).\n2. If there's a match, [we'll invite you to a short call|you'll hear from us about an introductory conversation].\n3. [For some roles, an online assessment may follow.|Technical roles include a skills assessment later in the process.]",
        "[Next steps:|Here's how our process works:] [a recruiter screen, then a conversation with the hiring manager, then a [take-home exercise|case study|skills assessment] and a final round.|application review → intro call → team interviews → offer.] [We'll be in touch at each stage.|Not every step applies to every role.]",
        "[If your background fits what we're looking for,|Should your profile match the requirements,] [a member of our team will reach out to discuss next steps|we'll contact you to arrange the next stage, which may include an assessment]. [Otherwise we'll let you know either way.|We aim to reply to every applicant.]",
    )
    extra = ctx.pick(
        [
            "",
            "",
            "In the meantime, [check out our engineering blog|learn more about life at {co} on our careers page|follow us on LinkedIn].",
            "Please note we will never ask you for payment during the hiring process.",
        ]
    )
    body = "\n\n".join(p for p in (intro, steps, ctx.fill(extra)) if p)
    return _mail(
        ctx,
        [
            "Thanks for applying to {co}",
            "Application received - next steps",
            "Next steps",
            "We've got your application",
            "{co} | {title}",
            "Your application",
        ],
        body,
        sender,
        footer=_footer(ctx, "ats"),
        bulk=ctx.chance(0.4),
        sign=sign_team(ctx) if ctx.chance(0.7) else None,
    )


# --------------------------------------------------------------------------- technical_round


@family("zs_assessment_platform", "technical_round", n=30)
def assessment_platform(ctx: Ctx) -> Draft:
    """HackerRank / Codility / CodeSignal / TestGorilla invitations and expiry reminders."""
    _tech_title(ctx)
    tool, host = ctx.rng.choice(
        [
            ("HackerRank", "hackerrank.com"),
            ("Codility", "app.codility.com"),
            ("CodeSignal", "app.codesignal.com"),
            ("TestGorilla", "app.testgorilla.com"),
            ("CoderPad", "app.coderpad.io"),
            ("Karat", "karat.io"),
        ]
    )
    sender = ctx.rng.choice(
        [
            (ctx.fill("{co} via " + tool), f"no-reply@{host.removeprefix('app.')}"),
            (ctx.fill("{co} Recruiting"), f"support@{host.removeprefix('app.')}"),
            ats_sender(ctx, "greenhouse"),
        ]
    )
    link = ctx.url(host, ctx.pick(["test", "invite", "c", "tests/start"]))
    mins = ctx.pick(["60", "75", "90", "120", "45"])
    reminder = ctx.chance(0.3)
    if reminder:
        body = ctx.fill(
            "[Friendly reminder|Reminder]: your {co} [coding test|assessment|technical screen] [expires in 24 hours|is due on {day}|hasn't been started yet]. [Once you begin, you'll have "
            + mins
            + " minutes to finish.|Make sure you have a quiet space and a stable connection.]\n\n[Start test|Begin assessment]: "
            + link
        )
    else:
        body = ctx.para(
            "[Thanks for your interest in|As the next step for] the {title} [role|position] at {co}, [we'd like to invite you to|you're invited to] complete [a coding challenge|a technical assessment|an online coding test|a timed assessment] on "
            + tool
            + ".\n\nDuration: "
            + mins
            + " minutes\n[Languages: any|Language: Python, Java, Go or JavaScript|Format: [2|3] coding questions and a few multiple-choice questions]\n[Deadline|Please complete by]: {day}\n\n"
            + link,
            '{co} has invited you to take the "[Backend Engineering|Data Structures & Algorithms|General Coding Assessment|SQL Fundamentals|Frontend] [Test|Assessment]" for {title}. [You can take it at any time before the link expires.|The test is timed and must be completed in one sitting.] [Please do not use external help; plagiarism is checked.|You may use documentation, but not AI assistants.]\n\n[Take the test|Start now]: '
            + link,
            "Great chatting [yesterday|earlier]! As promised, here's the [technical screen|coding exercise] link. It's a ["
            + mins
            + "-minute|timed] "
            + tool
            + " session[ with two problems|, mostly practical problems|]. [Aim to complete it by {day}.|Try to do it within the next 5 days.] [Good luck!|Shout if anything breaks.]\n\n"
            + link,
        )
    return _mail(
        ctx,
        [
            "{co} coding assessment",
            "Invitation: {title} technical assessment",
            "You're invited to a " + tool + " test",
            "Reminder: complete your assessment",
            "Next step: coding challenge",
            "Your " + tool + " invite from {co}",
            "Technical assessment",
        ],
        body,
        sender,
        footer=ctx.pick(
            [
                f"Powered by {tool}",
                f"Having trouble? Visit support.{host.removeprefix('app.')}",
                "",
                "This invitation is unique to you. Please do not forward it.",
            ]
        ),
        bulk=ctx.chance(0.4),
    )


@family("zs_takehome_brief", "technical_round", n=30)
def takehome_brief(ctx: Ctx) -> Draft:
    """A hiring manager sends the take-home exercise: task, time box, how to submit."""
    sender = ats_sender(ctx, ctx.pick(["person", "person", "ashby", "lever"]))
    intro = ctx.para(
        "Thanks again for [the chat|your time] [on {day}|last week|earlier]. [Everyone enjoyed it|The team really enjoyed meeting you] and we'd like you to [move on to|do] the [take-home|practical] stage.",
        "[As discussed|As mentioned on our call], the next step for the {title} role is a [short take-home exercise|practical assignment|case study].",
        "Here's the [take-home|exercise|assignment] we mentioned!",
    )
    task = ctx.pick(
        [
            "The task: build a small [REST API|CLI tool|web page|data pipeline] that [ingests a CSV of orders and reports daily totals|lets a user search a list of books|deduplicates customer records|consumes a public weather feed and caches it]. [Tests are appreciated.|Include a short README explaining your choices.|Any language is fine, though we mostly use [Python|TypeScript|Go|Kotlin].]",
            "[Attached|Linked] is a [dataset|brief] and [three|four] questions. [Please prepare a short write-up or a notebook with your analysis.|We'd like a [5-slide|short] deck with your recommendation.] [Focus on reasoning over polish.|There's no single right answer.]",
            "Brief: [redesign the onboarding flow for our mobile app|audit the attached landing page and propose improvements|draft a go-to-market plan for a new region]. [Figma, slides or a doc are all fine.|Please keep it to [3|4] pages.]",
        ]
    )
    rules = ctx.para(
        "[Please don't spend more than [3|4|2-3] hours on it.|Time box it to about [3|4] hours — we respect your time.] [Send it back by {day}|Submit within [5|7] days] [by replying to this email|as a link to a private GitHub repo (add @{pfirst}-{slug})|via the upload link: {link}].",
        "[We'll review it together in a [45|60]-minute follow-up session with [two people from the team|the hiring manager and a peer].|After you submit, we'll set up a call to walk through it.] [Let me know if you need more time|Questions welcome — just reply here].",
    )
    body = "\n\n".join([intro, ctx.fill(task), rules])
    return _mail(
        ctx,
        [
            "Take-home exercise",
            "{title} - next stage",
            "Next steps: practical exercise",
            "Your take-home",
            "Assignment for {co}",
            "Re: next steps",
        ],
        body,
        sender,
        sign=sign_person(
            ctx,
            ctx.pick(["Engineering Manager", "Head of Data", "Design Lead", "Hiring Manager", ""]),
        ),
    )


@family("zs_second_round_team", "technical_round", n=30)
def second_round_team(ctx: Ctx) -> Draft:
    """After a first call: a technical round with the team (pairing, system design, case)."""
    _tech_title(ctx)
    sender = ats_sender(ctx, ctx.pick(["person", "greenhouse", "own", "ashby"]))
    intro = ctx.para(
        "Thank you for speaking with [me|our hiring manager|the team] [last week|on {day}|yesterday]. I'm happy to let you know we'd like to invite you to the [second|next|technical] round for {title}.",
        "Good news — [the team would like to move you forward|you've passed the first stage]! [The next round|Round two] is with [two of our engineers|the team you'd be working with|a senior engineer and the team lead].",
        "Thanks for applying and for the great [first conversation|screen]. Next up: [a technical interview|the technical stage].",
    )
    what = ctx.para(
        "It's a [60|90]-minute [pair-programming session|live coding interview|system design interview|technical deep-dive] [over Zoom|on CoderPad|in our office]. [You'll work through a realistic problem together — no trick questions.|Expect to design a [URL shortener|notification service|rate limiter] and discuss trade-offs.|We'll dig into a project you've built and then do a short coding exercise.]",
        "The format: [45 minutes of system design followed by 45 minutes of coding|a case study you'll present to the panel, then Q&A|a debugging exercise in a small codebase]. [Use whatever language you're most comfortable with.|You'll need a laptop with your usual dev setup.]",
    )
    ask = ctx.para(
        "[Could you share your availability for {day} or {day}?|Please pick a time here: {link}|Does {day} at {time} work?|Let me know a few slots next week.]",
    )
    cal = (
        Calendar(
            ctx.fill("Technical interview — {first} {last}"),
            ctx.future(),
            ctx.pick([60, 90]),
            location=ctx.pick(["Zoom", "CoderPad + Zoom", "Google Meet"]),
        )
        if ctx.chance(0.25)
        else None
    )
    return _mail(
        ctx,
        [
            "Second round",
            "Next round - {title}",
            "Technical interview",
            "Re: {title}: next steps",
            "Round 2 with the team",
            "Invitation: technical round",
        ],
        "\n\n".join([intro, what, ask]),
        sender,
        calendar=cal,
    )


# --------------------------------------------------------------------------- offer


@family("zs_verbal_offer_followup", "offer", n=30)
def verbal_offer_followup(ctx: Ctx) -> Draft:
    """After (or before) the offer call: recap of numbers, or booking the compensation call."""
    sender = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    body = ctx.para(
        "[Great speaking with you|Thanks for taking my call] [just now|earlier|this afternoon]! As discussed, [we're delighted to offer you|I'm thrilled to extend an offer for] the {title} [role|position]. [Quick recap|To recap]:\n\nBase salary: {money}\n[Bonus: {pct}% target|Equity: {eq} RSUs over 4 years|Sign-on bonus: [$5,000|$10,000|$15,000|£5,000|$20,000]]\nStart date: [{day}|flexible, ideally within 4 weeks]\n\n[The written offer will follow from HR|You'll receive the formal letter via DocuSign] [today|within 24 hours|tomorrow].",
        "[Congratulations!|Really happy to share this:] the team [would love to have you|has approved an offer] for {title}. I'd like to walk you through the [details|compensation package] on a call — [are you free {day} at {time}?|when suits you today or tomorrow?|grab any slot here: {link}]",
        "Following up on our conversation — [we're excited to officially offer you the position|I'm pleased to confirm our verbal offer]. [Take a few days to think it over|There's no pressure to decide right away], and [let me know if you have questions about the package|happy to connect you with anyone on the team]. [Ideally we'd hear back by {day}.|]",
        "Hi! [Just tried calling|Left you a voicemail] — [it's good news|we'd like to make you an offer]! Call me back when you can[ at +44 20 7946 0{n}{n}{n}|]. [So excited!|]",
    )
    return _mail(
        ctx,
        [
            "Offer - {title}",
            "Great news!",
            "Following up on our call",
            "Your offer",
            "Re: {title}",
            "Quick call about your offer?",
            "Next steps",
        ],
        body,
        sender,
        sign=_casual_sign(
            ctx, ["\n[Recruiter|Head of Talent|Hiring Manager|VP Engineering], {co}", "\n{co}"]
        )
        if ctx.chance(0.5)
        else sign_person(ctx),
    )


@family("zs_offer_esign", "offer", n=30)
def offer_esign(ctx: Ctx) -> Draft:
    """DocuSign / Adobe Sign / Dropbox Sign envelope carrying the offer letter."""
    tool, addr = ctx.rng.choice(
        [
            ("DocuSign", "dse_na3@docusign.net"),
            ("DocuSign", "dse@eumail.docusign.net"),
            ("Adobe Acrobat Sign", "adobesign@adobesign.com"),
            ("Dropbox Sign", "noreply@mail.hellosign.com"),
        ]
    )
    sender = (ctx.fill(ctx.pick(["{person} via " + tool, "{co} via " + tool, tool])), addr)
    doc = ctx.fill(
        ctx.pick(
            [
                "{co} Offer Letter - {first} {last}",
                "Offer of Employment_{first}_{last}.pdf",
                "{title} Offer Letter",
                "Employment Agreement - {co}",
            ]
        )
    )
    body = ctx.para(
        "{person} sent you a document to review and sign.\n\n"
        + doc
        + "\n\n[REVIEW DOCUMENT|Review and sign]\n\n[Hi {first}, congratulations! Please review and sign your offer letter by {day}.|{first}, welcome aboard — please find your offer attached for signature.|Please sign at your earliest convenience. Reach out with any questions.]",
        '{co} has requested your signature on "'
        + doc
        + '". [The sender has set this agreement to expire on {day}.|This agreement will expire in 5 days.]\n\n[Click here to review and sign|Review and sign]: '
        + ctx.url(
            {
                "DocuSign": "na3.docusign.net",
                "Adobe Acrobat Sign": "secure.adobesign.com",
                "Dropbox Sign": "app.hellosign.com",
            }[tool],
            "sign",
        )
        + "\n\n[Message from {person}: So excited to have you join us as {title}!|Message from sender: Please review your offer and let me know if you have questions.|]",
        'Reminder: "'
        + doc
        + '" is waiting for your signature. [Sent by {person} on {day}.|Please complete by {day}.]',
    )
    footer = ctx.pick(
        [
            "Do Not Share This Email. This email contains a secure link. Please do not share this email, link, or access code with others.",
            "About "
            + tool
            + ": Sign documents electronically in just minutes. It's safe, secure, and legally binding.",
            "Questions about the document? If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.",
        ]
    )
    return _mail(
        ctx,
        [
            "Please DocuSign: " + doc,
            "Complete with " + tool + ": " + doc,
            'Signature requested on "' + doc + '"',
            "Reminder: please sign " + doc,
            "{person} sent you " + doc,
        ],
        body,
        sender,
        greet=False,
        sign="",
        footer=footer,
        bulk=True,
        form=ctx.pick(["html", "alt", "alt"]),
    )


# --------------------------------------------------------------------------- French, German, Spanish

_LOCAL_DAYS = {
    "fr": (
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
        (
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ),
    ),
    "de": (
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
        (
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ),
    ),
    "es": (
        ("lunes", "martes", "miércoles", "jueves", "viernes"),
        (
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ),
    ),
}


def _local_day(ctx: Ctx, lang: str) -> str:
    """A future day written the way a French, German or Spanish sender writes it."""
    d = ctx.future()
    weekdays, months = _LOCAL_DAYS[lang]
    wd, month = weekdays[d.weekday() % 5], months[d.month - 1]
    forms = {
        "fr": [f"{wd} {d.day} {month}", f"le {d.day} {month}", f"le {d:%d/%m}", wd],
        "de": [f"{wd}, {d.day}. {month}", f"{d:%d.%m.%Y}", f"{d.day}. {month}", wd],
        "es": [f"el {wd} {d.day} de {month}", f"el {d.day} de {month}", f"{d:%d/%m}", f"el {wd}"],
    }[lang]
    return ctx.pick(forms)


@family("zs_fr_entretien", "interview", lang="fr", n=30)
def fr_entretien(ctx: Ctx) -> Draft:
    """French recruiters and managers proposing a first exchange or an interview."""
    sender = ats_sender(ctx, ctx.pick(["person", "person", "own", "smartrecruiters"]))
    day = _local_day(ctx, "fr")
    tutoie = ctx.chance(0.25)
    if tutoie:
        greet = ctx.fill("[Salut {first},|Hello {first} !|Bonjour {first},]")
        body = ctx.para(
            "Petit message rapide : est-ce que tu aurais [10|20] minutes [demain|cette semaine|"
            + day
            + "] pour qu'on discute du poste de {title} ? [Je t'appelle quand tu veux.|Dis-moi ce qui t'arrange.]",
            "Merci pour ta candidature ! On aimerait beaucoup en discuter avec toi — [un call de 30 min|un café en visio|un premier échange] "
            + day
            + ", ça te dirait ? [Sinon envoie-moi tes dispos.|Tu peux aussi prendre un créneau ici : {link}]",
        )
        sign = ctx.fill(
            ctx.pick(
                [
                    "À très vite,\n{pfirst}",
                    "Belle journée,\n{pfirst}",
                    "{pfirst}\n[CTO|Fondatrice|Head of Product] @ {co}",
                ]
            )
        )
    else:
        greet = ctx.fill(
            "[Bonjour {first},|Bonjour {first} {last},|Madame, Monsieur,|Bonjour,|Chère candidate, cher candidat,]"
        )
        body = ctx.para(
            "Merci pour votre candidature au poste de {title}[ chez {co}|]. [Votre profil a retenu toute notre attention|Votre parcours nous intéresse beaucoup] et nous souhaiterions [échanger avec vous|vous rencontrer|organiser un premier entretien téléphonique].\n\n[Seriez-vous disponible "
            + day
            + " à [10h|14h30|11h|16h] ?|Pourriez-vous me communiquer vos disponibilités pour la semaine prochaine ?|Vous pouvez réserver un créneau directement ici : {link}]",
            "Suite à votre candidature, je vous propose un [entretien|échange en visio|appel de 30 minutes] avec [notre responsable d'équipe|le manager du poste|moi-même] "
            + day
            + ". [L'entretien se déroulera sur Teams.|Le lien Google Meet vous sera envoyé par invitation.|Il aura lieu dans nos locaux de {city}.]\n\n[Merci de me confirmer votre disponibilité.|Dites-moi si cela vous convient.]",
            "Nous avons bien étudié votre candidature pour le poste de {title} et avons le plaisir de vous convier à un entretien "
            + day
            + " à [9h30|15h|17h]. [Merci de vous munir d'une pièce d'identité.|Prévoyez environ une heure.] [Pouvez-vous nous confirmer votre présence ?|En cas d'empêchement, merci de nous prévenir.]",
        )
        sign = ctx.fill(
            ctx.pick(
                [
                    "Bien cordialement,\n{person}\n[Chargée de recrutement|Talent Acquisition Manager|Responsable RH], {co}",
                    "Cordialement,\n{person}",
                    "Bien à vous,\n{person}\nService Recrutement",
                ]
            )
        )
    return _mail(
        ctx,
        [
            "Votre candidature - {title}",
            "Proposition d'entretien",
            "Entretien {co}",
            "Re: candidature {title}",
            "Échange téléphonique",
            "Prochaine étape",
        ],
        greet + "\n\n" + body,
        sender,
        greet=False,
        sign=sign,
        lang="fr",
    )


@family("zs_de_eingang", "confirmation", lang="de", n=30)
def de_eingang(ctx: Ctx) -> Draft:
    """German Eingangsbestätigungen from Personio-, softgarden- and d.vinci-style systems."""
    sender = ctx.rng.choice(
        [
            (ctx.fill("{co} Recruiting"), "noreply@personio.de"),
            (ctx.fill("{co} Karriere"), ctx.fill("karriere@{domain}")),
            (ctx.fill("{co}"), "noreply@softgarden.io"),
            (ctx.fill("{co} Personalabteilung"), ctx.fill("bewerbung@{domain}")),
            ats_sender(ctx, "smartrecruiters"),
        ]
    )
    if ctx.chance(0.35):  # the start-up "du"
        greet = ctx.fill("[Hallo {first},|Hi {first},|Hey {first},]")
        body = ctx.para(
            "danke für deine Bewerbung als {title}! [Wir haben sie gut erhalten.|Deine Unterlagen sind bei uns angekommen.] [Wir schauen sie uns in den nächsten Tagen in Ruhe an.|Spätestens in [zwei|drei] Wochen melden wir uns bei dir.] [Falls du Fragen hast, antworte einfach auf diese Mail.|Bis dahin: schau gern auf unserem Blog vorbei.]",
            "cool, dass du dich bei {co} beworben hast! Das ist eine automatische Bestätigung — [ein Mensch aus unserem Team meldet sich bald bei dir|wir melden uns, sobald wir deine Unterlagen gesichtet haben]. [Nächste Schritte wären ein kurzes Kennenlernen und danach ein Gespräch mit dem Team.|]",
        )
        sign = ctx.fill(
            ctx.pick(
                [
                    "Beste Grüße\nDein {co} Team",
                    "Viele Grüße\n{pfirst} von {co}",
                    "Liebe Grüße\nDas People-Team",
                ]
            )
        )
    else:
        greet = ctx.fill(
            "[Sehr geehrte Bewerberin, sehr geehrter Bewerber,|Guten Tag {first} {last},|Sehr geehrte/r {first} {last},|Hallo {first} {last},]"
        )
        body = ctx.para(
            "vielen Dank für Ihre Bewerbung als {title}[ bei {co}|] und das damit verbundene Interesse an unserem Unternehmen. Hiermit bestätigen wir den Eingang Ihrer Unterlagen. [Wir werden Ihre Bewerbung sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden.|Bitte haben Sie Verständnis dafür, dass die Prüfung einige Zeit in Anspruch nehmen kann.]",
            "wir bestätigen den Eingang Ihrer Bewerbung für die Position {title} (Kennziffer {req}) vom "
            + _local_day(ctx, "de")
            + ". [Sollte Ihr Profil zu unseren Anforderungen passen, laden wir Sie zu einem ersten Gespräch ein.|Im weiteren Verlauf kann ein Online-Assessment folgen; Sie erhalten dazu gegebenenfalls eine gesonderte Nachricht.] [Den Status Ihrer Bewerbung können Sie jederzeit im Bewerberportal einsehen.|]",
        )
        sign = ctx.fill(
            ctx.pick(
                [
                    "Mit freundlichen Grüßen\nIhr Recruiting-Team von {co}",
                    "Freundliche Grüße\n{person}\nHR / Recruiting",
                    "Mit freundlichen Grüßen\n{legal}\nPersonalabteilung",
                ]
            )
        )
    footer = ctx.fill(
        ctx.pick(
            [
                "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
                "Informationen zum Datenschutz finden Sie in unserer Datenschutzerklärung für Bewerber.",
                "{legal} · Sitz der Gesellschaft: [München|Berlin|Hamburg] · Handelsregister HRB {n}{n}{n}{n}{n}",
                "",
            ]
        )
    )
    return _mail(
        ctx,
        [
            "Eingangsbestätigung Ihrer Bewerbung",
            "Ihre Bewerbung als {title}",
            "Danke für deine Bewerbung!",
            "Bewerbung bei {co}",
            "Eingangsbestätigung - {title}",
            "Ihre Bewerbung (Kennziffer {req})",
        ],
        greet + "\n\n" + body,
        sender,
        greet=False,
        sign=sign,
        footer=footer,
        lang="de",
    )


@family("zs_es_tramites", "other_job", lang="es", n=30)
def es_tramites(ctx: Ctx) -> Draft:
    """Spanish process admin: documents, references, portal, status-still-open, withdrawal."""
    sender = ats_sender(ctx, ctx.pick(["own", "person", "smartrecruiters", "workday"]))
    greet = ctx.fill(
        "[Hola {first},|Estimado/a {first}:|Buenos días, {first}:|Hola {first} {last},|Estimada candidata, estimado candidato:]"
    )
    kind = ctx.pick(["docs", "status", "refs", "account", "withdraw"])
    body = {
        "docs": ctx.fill(
            "Para continuar con tu proceso de selección para el puesto de {title}, necesitamos que nos envíes la siguiente documentación: [copia del DNI/NIE|título universitario|certificado de vida laboral] y [número de la Seguridad Social|datos bancarios|certificado de antecedentes penales]. [Puedes subirla en el portal del candidato.|Puedes responder a este correo con los archivos adjuntos.] [Fecha límite: "
            + _local_day(ctx, "es").removeprefix("el ")
            + ".|]"
        ),
        "status": ctx.fill(
            "Te escribimos para informarte de que tu candidatura para {title} sigue [en revisión|abierta|en proceso]. [Hemos recibido un gran número de solicitudes y las estamos revisando con atención.|El equipo de selección te contactará en cuanto haya novedades.] Gracias por tu paciencia."
        ),
        "refs": ctx.fill(
            "Como parte del proceso, [nos gustaría contactar con dos referencias profesionales|necesitamos verificar tus referencias]. ¿Podrías facilitarnos [nombre, cargo y teléfono|los datos de contacto] de [dos|dos o tres] personas con las que hayas trabajado? [Solo las contactaremos con tu autorización.|]"
        ),
        "account": ctx.fill(
            "Hemos creado tu cuenta en el portal de empleo de {co}. Para activarla, confirma tu dirección de correo electrónico en el siguiente enlace: "
        )
        + ctx.url(ctx.fill("empleo.{domain}"), "activar")
        + ctx.fill(
            "\n\n[Si no has solicitado esta cuenta, ignora este mensaje.|El enlace caduca en 24 horas.]"
        ),
        "withdraw": ctx.fill(
            "Te confirmamos que hemos registrado la retirada de tu candidatura para el puesto de {title}, tal como nos indicaste. [Te deseamos mucha suerte en tu nueva etapa.|Esperamos volver a coincidir en el futuro.]"
        ),
    }[kind]
    subjects = {
        "docs": [
            "Documentación pendiente",
            "Tu candidatura - {title}",
            "Proceso de selección {co}",
        ],
        "status": [
            "Estado de tu candidatura",
            "Tu candidatura - {title}",
            "Actualización de tu proceso",
        ],
        "refs": ["Referencias profesionales", "Re: proceso de selección"],
        "account": ["Activa tu cuenta", "Confirma tu correo electrónico"],
        "withdraw": ["Retirada de candidatura", "Re: tu candidatura"],
    }[kind]
    sign = ctx.fill(
        ctx.pick(
            [
                "Un saludo,\n{person}\n[Selección|Talent Acquisition|Recursos Humanos], {co}",
                "Saludos cordiales,\nEquipo de Selección de {co}",
                "Gracias,\n{pfirst}",
                "Atentamente,\nDepartamento de Recursos Humanos",
            ]
        )
    )
    footer = ctx.pick(
        [
            "Este mensaje ha sido generado automáticamente, por favor no respondas.",
            "Tus datos serán tratados conforme al Reglamento General de Protección de Datos (RGPD).",
            "",
            "",
        ]
    )
    return _mail(
        ctx,
        subjects,
        greet + "\n\n" + body,
        sender,
        greet=False,
        sign=sign,
        footer=footer,
        lang="es",
    )
