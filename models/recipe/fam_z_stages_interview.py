"""Interview mail that does not say "interview": a hiring manager's two-line note, an agency
booking a screen for a role the candidate applied to, scheduling-tool links, reschedules,
onsite logistics, panel letters, calendar invitations.

One writer's job-stage families (prefix zs_), each one real-world style; labels follow what
a mail DOES. Written independently of the other fam_*.py modules so held-out evaluation
stays honest.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Calendar, Ctx, Draft, ats_sender, family, sign_person
from zs_kit import (
    CASUAL_SIGNS,
    agency_recruiter,
    casual_sign,
    draft_mail,
    stage_footer,
    texty,
)

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
    body = texty(ctx, "\n\n".join(p for p in (opener, ask, extra) if p))
    roles = [
        "\n[Engineering Manager|Head of Product|Director, Finance|Ops Lead|VP Sales] | {co}",
        "\n{co}",
        "",
        "",
    ]
    sign = casual_sign(ctx, roles)
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
    return draft_mail(
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
    body = texty(
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
    sign = ctx.fill(ctx.pick((*CASUAL_SIGNS, "", "")))
    return draft_mail(
        ctx, subjects, body, sender, greet=False, sign=sign, form="plain", quote=quote
    )


@family("zs_agency_screen_applied", "interview", n=30)
def agency_screen_applied(ctx: Ctx) -> Draft:
    """An agency recruiter answering the candidate's application to the agency's advert."""
    name, addr, agency = agency_recruiter(ctx)
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
    return draft_mail(
        ctx, subjects, body, (name, addr), sign=sign, footer=stage_footer(ctx, "agency")
    )


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
    return draft_mail(
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
    return draft_mail(
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
        sign=sign_person(ctx) if ctx.chance(0.6) else ctx.fill(ctx.pick(CASUAL_SIGNS)),
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
    return draft_mail(
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
        footer=stage_footer(ctx, "ats") if ctx.chance(0.4) else "",
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
    return draft_mail(
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
        footer=stage_footer(ctx, "ats") if ctx.chance(0.5) else "",
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
    return draft_mail(ctx, subjects[variant], body, sender, sign=sign, greet=variant != "in")


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
    return draft_mail(
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
    return draft_mail(
        ctx,
        subj,
        body,
        sender,
        calendar=cal,
        greet=kind == "plain",
        sign=None if kind == "plain" else "",
        form=ctx.pick(["alt", "html"]) if kind != "plain" else "",
    )
