"""Hiring mail as mail clients and ATSs really wrap it (tag ``vx_``).

The deciding sentence is often a small part of the message: a one-line rejection inside a
long HTML mail full of "jobs you may like" and legal footers; a forwarded message under a
short "FYI"; a reply whose quoted history below belongs to an EARLIER stage (the top says
"we've decided not to proceed", the quote still says "we'd like to invite you to interview");
a two-line note typed on a phone. The label is what the newest part does.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

import vocab
from kit import Ctx, Draft, ascii_word, ats_sender, family, sign_person

_WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WDL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _earlier(ctx: Ctx, stage: str) -> str:
    """The text of an earlier message in the same hiring thread."""
    table = {
        "confirmation": (
            "Thank you for applying for the {title} role at {co}. We have received your application and our team will review it shortly. If your background is a match, we'll reach out about next steps.",
            "Hi {first},\n\nThanks for your interest in {co}! This is to confirm we received your application for {title}.\n\nBest,\n{co} Recruiting",
        ),
        "interview": (
            "Hi {first},\n\nThanks for applying! We'd like to invite you to a 30-minute phone interview with {person} to talk about the {title} role. Please pick a time here: {link}\n\nBest,\n{person}",
            "Hi {first}, great to meet you on the phone. As discussed, we'd like to invite you to interview with the hiring team on {day} at {time}. Let me know if that works.",
            "Dear {first},\n\nWe are pleased to invite you to an interview for the position of {title}. The interview will take place on {day} at {time} via Teams.\n\nKind regards,\n{person}",
        ),
        "technical": (
            "Hi {first},\n\nThe next step is a technical interview with two engineers from the team (live coding, 60 minutes). Could you send your availability for next week?\n\nThanks,\n{pfirst}",
            "Hi {first}, here is the take-home exercise we talked about. Please send your solution within a week.",
        ),
        "followup": (
            "Hi {pfirst},\n\nThank you again for the interview [yesterday|last week|on Tuesday]. I really enjoyed meeting the team. Is there any update on the next steps?\n\nBest,\n{first}",
            "Hi {pfirst}, just checking in after my interviews [last week|on Monday]. I'm still very excited about the {title} role. Thanks!\n{first}",
        ),
        "applied": (
            "Hi {pfirst}, just following up on my application for {title}. I'm still very interested in the role. Thanks!\n{first}",
            "Hello,\n\nI applied for the {title} position [two weeks ago|last month] and wanted to check on the status of my application.\n\nKind regards,\n{first} {last}",
        ),
        "availability": (
            "Hi {pfirst},\n\nThanks for the invitation! I'm available [Monday morning|Tuesday after 11|any time on Thursday afternoon|Friday before noon] if that works.\n\nBest regards,\n{first} {last}",
            "Hi {pfirst}, thanks for reaching out! Tuesday or Wednesday after 2pm works best for me.\n{first}",
        ),
    }
    return ctx.para(*table[stage])


def _stamp(ctx: Ctx, days: int) -> tuple[str, str]:
    """How Gmail and Outlook print the date of a quoted or forwarded message."""
    d = ctx.date - timedelta(days=days, hours=ctx.num(0, 9))
    hour = (d.hour - 1) % 12 + 1
    ampm = "AM" if d.hour < 12 else "PM"
    gmail = (
        f"{_WD[d.weekday()]}, {_MON[d.month - 1]} {d.day}, {d.year} at {hour}:{d.minute:02d} {ampm}"
    )
    outlook = (
        f"{_WDL[d.weekday()]}, {_MON[d.month - 1]} {d.day}, {d.year} {hour}:{d.minute:02d} {ampm}"
    )
    return gmail, outlook


def _quote_block(
    ctx: Ctx, text: str, who: str, addr: str, subject: str, days: int, to: str = ""
) -> str:
    gmail, outlook = _stamp(ctx, days)
    style = ctx.pick(["gmail", "gmail", "outlook", "apple"])
    if style == "gmail":
        quoted = "\n".join("> " + line if line else ">" for line in text.splitlines())
        return f"On {gmail} {who} <{addr}> wrote:\n{quoted}"
    if style == "apple":
        quoted = "\n".join("> " + line if line else ">" for line in text.splitlines())
        return f"> On {gmail.replace(' at ', ', at ')}, {who} <{addr}> wrote:\n>\n{quoted}"
    to = to or f"{ctx.cand_first} {ctx.cand_last} <{ctx.cand_addr}>"
    return f"________________________________\nFrom: {who} <{addr}>\nSent: {outlook}\nTo: {to}\nSubject: {subject}\n\n{text}"


def _to(ctx: Ctx, quoted_from: str, name: str, addr: str) -> str:
    """Whom a quoted message was sent to: the recruiter when the candidate wrote it."""
    return f"{name} <{addr}>" if quoted_from == ctx.cand_addr else ""


def _forward_block(
    ctx: Ctx, text: str, who: str, addr: str, subject: str, days: int, to: str = ""
) -> str:
    gmail, outlook = _stamp(ctx, days)
    to = to or f"{ctx.cand_first} {ctx.cand_last} <{ctx.cand_addr}>"
    style = ctx.pick(["gmail", "gmail", "outlook", "apple"])
    if style == "gmail":
        return f"---------- Forwarded message ---------\nFrom: {who} <{addr}>\nDate: {gmail}\nSubject: {subject}\nTo: {to}\n\n{text}"
    if style == "apple":
        return f"Begin forwarded message:\n\nFrom: {who} <{addr}>\nSubject: {subject}\nDate: {gmail}\nTo: {to}\n\n{text}"
    return f"-----Original Message-----\nFrom: {who} <{addr}>\nSent: {outlook}\nTo: {to}\nSubject: {subject}\n\n{text}"


_HEAVY_FOOTER = (
    "Jobs you may be interested in\n\n{title} II - {city} - Apply now\nSenior Associate, Operations - {city} - Apply now\nProgram Coordinator - Remote - Apply now\n\nSee all jobs: https://careers.{domain}/search",
    "Follow us: LinkedIn | Instagram | X | YouTube | Glassdoor\n\n{legal}, [100 Market Street, Suite 300|2200 Mission College Blvd|1 Harbour Exchange Square], [San Francisco, CA 94105|Santa Clara, CA 95054|London E14 9GE]",
    "{legal} is an Equal Opportunity Employer. Employment decisions are made without regard to race, color, religion, sex, national origin, age, disability, protected veteran status, sexual orientation, gender identity or any other characteristic protected by law. If you need a reasonable accommodation during the application process, contact accommodations@{domain}.",
    "Privacy notice: we process your personal data in accordance with our Candidate Privacy Notice (https://careers.{domain}/privacy). You can request deletion of your data at any time. To stop receiving emails about this application, unsubscribe here: https://careers.{domain}/unsubscribe",
    "This message was sent to {first}.{last}@... because you created a candidate account. Powered by [Workday|iCIMS|SmartRecruiters|Phenom|Eightfold]. © {legal}\nAll rights reserved.",
)


@family("vx_html_heavy_reject", "rejection", n=30)
def html_heavy_reject(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["workday", "icims", "smartrecruiters", "own", "taleo"]))
    key = ctx.para(
        "Thank you for your interest in the {title} position. We have decided to move forward with other candidates.",
        "After reviewing your application for {title}, we will not be moving forward at this time.",
        "Thanks for applying. The {title} position ({req}) has been filled.",
        "We appreciate your application. Unfortunately, you have not been selected for {title}.",
        "Your application for {title} was not selected for further consideration.",
    )
    header = ctx.pick(
        [
            "",
            ctx.fill("[Candidate update|Application update|Your application status]\n{co} Careers"),
            ctx.fill("{co} | Careers | Life at {co} | Benefits | Students"),
        ]
    )
    body = "\n\n".join(p for p in (header, key) if p)
    picked = ctx.rng.sample(range(len(_HEAVY_FOOTER)), ctx.num(2, 5))
    footer = "\n\n".join(ctx.fill(_HEAVY_FOOTER[i]) for i in sorted(picked))
    subject = ctx.fill(
        ctx.pick(
            [
                "Your application status has changed",
                "Update on your application",
                "{co}: {title}",
                "Thank you for your application",
                "Important information about your application",
                "Application update - {req}",
            ]
        )
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=ctx.fill("[{co} Talent Acquisition|The {co} Careers Team|Talent Acquisition]"),
        footer=footer,
        form=ctx.pick(["html", "alt", "alt"]),
        bulk=True,
    )


@family("vx_fwd_interview", "interview", n=30)
def fwd_interview(ctx: Ctx) -> Draft:
    sub = ctx.fill(
        "[Interview invitation - {title}|Interview request|{co}: next steps|Phone screen]"
    )
    to = ""
    if ctx.chance(0.5):
        # A recruiter passes on the hiring manager's note, which was written to the recruiter.
        name, addr = ats_sender(ctx, ctx.pick(["own", "person"]))
        mgr_first = ctx.pick(["Anna", "Rahul", "Keith", "Marta", "Dev"])
        mgr_last = ctx.pick(["Holt", "Iyer", "Brennan", "Sousa", "Park"])
        orig_from = f"{mgr_first} {mgr_last}"
        orig_addr = f"{ascii_word(mgr_first)}.{ascii_word(mgr_last)}@" + ctx.domain
        original = ctx.fill(
            "Hi [{pfirst}|there],\n\n"
            "[I've gone through {first}'s resume for the {title} role and I'd like to interview them.|{first} looks like a strong fit for {title} - let's get an interview booked.|Yes to {first}! Can we move them to the hiring manager interview?] "
            "[Could you set up a 45-minute video call next week?|I'm free {day} afternoon or Friday morning.|Please book an hour on my calendar, ideally this week.]\n\n"
            f"[Thanks|Cheers|Thx],\n{mgr_first}"
        )
        to = f"{name} <{addr}>"
        top = ctx.para(
            "Hi {first} - see below from the hiring manager. [Can you do {day} at {time}?|Could you send me two or three slots that work for you?|I'll send a calendar invite once you confirm a time.]",
            "FYI, forwarding this from [the team lead|our Head of Ops|the hiring manager]. They'd love to set up an interview with you - could you reply with your availability?",
            "{first}, good news! The team wants to interview you (see below). What does your week look like?",
        )
        top += "\n\n" + ctx.fill("[Thanks|Best|Cheers],\n{pfirst}")
    else:
        # The candidate forwards the invitation from another address into the mailbox we read.
        original = _earlier(ctx, "interview")
        name, addr = (
            f"{ctx.cand_first} {ctx.cand_last}",
            ascii_word(ctx.cand_first)
            + ctx.pick(["_work", ".uni", "1987", ""])
            + "@"
            + ctx.pick(["alumni.example.edu", "icloud.com", "hotmail.com", "oldjob.example"]),
        )
        top = ctx.pick(["", "", "fwd", "for the calendar", "saving this here", "FYI"])
        orig_from, orig_addr = ats_sender(ctx, ctx.pick(["person", "greenhouse", "own"]))
    fwd = _forward_block(ctx, original, orig_from, orig_addr, sub, ctx.num(0, 3), to)
    body = (top + "\n\n" if top else "") + fwd
    subject = ctx.pick(["Fwd: ", "FW: ", "Fw: ", "FWD: "]) + sub
    return Draft(subject, body, name, addr, greet=False, sign="", form=ctx.pick(["plain", "alt"]))


@family("vx_fwd_offer", "offer", n=30)
def fwd_offer(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    inner_name, inner_addr = (
        ctx.person,
        f"{ascii_word(ctx.person_first)}.{ascii_word(ctx.person_last)}@{ctx.domain}",
    )
    offer = ctx.para(
        "Dear {first},\n\nOn behalf of {co}, I am delighted to offer you the position of {title}. Your starting salary will be {money} per year, and your anticipated start date is {day}. The full offer letter is attached; please sign and return it within five business days.\n\nCongratulations!\n{person}",
        "Hi {first},\n\nWe'd love to have you join us as {title}! Attached is your offer letter with the details we discussed: {money} base and a start date of {day}.\n\nLet me know if you have any questions.\n{pfirst}",
    )
    if ctx.chance(0.5):
        # An agency recruiter forwards the client's offer (sent to the agency, not to you).
        top = ctx.para(
            "Fantastic news {first}!! See below - {co} have made you an offer. Give me a call when you've had a read and we can talk through it.",
            "Hi {first}, forwarding the formal offer from {co}. Congratulations - really well deserved. Happy to help with any questions on the package.",
            "Offer attached below as promised. Let me know your thoughts by {day} if you can!",
        )
        agency, agency_domain = ctx.pick(vocab.RECRUITING_AGENCIES)
        first = ctx.pick(["Gemma", "Rory", "Nikhil", "Paula", "Stefan"])
        last = ctx.pick(["Hale", "Quinn", "Desai", "Moretti", "Lind"])
        name, addr = f"{first} {last}", f"{ascii_word(first)}.{ascii_word(last)}@{agency_domain}"
        sign = ctx.fill(
            f"[Cheers|Best|Speak soon],\n{first}[ {last}|]\n[Senior Consultant|Recruitment Consultant|Principal Consultant] - {agency}"
        )
        orig = _forward_block(
            ctx,
            offer,
            inner_name,
            inner_addr,
            ctx.fill("Offer of employment - {title}"),
            ctx.num(0, 1),
            f"{name} <{addr}>",
        )
        sub = ctx.pick(["Fwd: Offer of employment", "FW: your offer", "Fwd: Offer letter"])
    else:
        top = ctx.para(
            "Hi {first}, resending the offer below in case it got lost - the DocuSign link expires on {day}.",
            "Re-sharing the offer from last week (below). Any questions so far?",
            "Following up on the offer below - we're excited to hear from you!",
        )
        sign = sign_person(ctx)
        orig = _forward_block(
            ctx, offer, inner_name, inner_addr, ctx.fill("Your offer - {title}"), ctx.num(3, 8)
        )
        sub = ctx.pick(["Fwd: Your offer", "FW: Offer letter", "Resending: offer"])
    # The forwarder signs above the forwarded message, as mail clients place it.
    body = top + "\n\n" + sign + "\n\n" + orig
    return Draft(sub, body, name, addr, greet=False, sign="")


@family("vx_reply_reject_over_interview", "rejection", n=30)
def reply_reject(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    top = ctx.para(
        "Hi {first},\n\nThanks for following up, and sorry for the slow reply. Unfortunately the team has decided to go with another candidate for this role. I really appreciate the time you put in.",
        "Hi {first} - I wanted to get back to you personally. We won't be moving forward, as we've hired someone with more [domain|industry|leadership] experience. Thanks again for interviewing with us.",
        "{first}, thank you for your patience. I'm sorry to say we've filled the position. Best of luck with your search.",
        "Hi {first},\n\nApologies for the delay. After the final round we decided not to proceed with your application. If you'd like feedback I'm happy to share some over email.",
    )
    stage = ctx.pick(["interview", "followup", "followup", "applied", "technical"])
    earlier = _earlier(ctx, stage)
    if stage in ("followup", "applied"):
        who, waddr = f"{ctx.cand_first} {ctx.cand_last}", ctx.cand_addr
    else:
        who, waddr = name, addr
    sub = ctx.fill("[Re: {title} interview|Re: Interview follow-up|Re: next steps|RE: Checking in]")
    body = (
        top
        + "\n\n"
        + sign_person(ctx)
        + "\n\n"
        + _quote_block(ctx, earlier, who, waddr, sub, ctx.num(3, 15), _to(ctx, waddr, name, addr))
    )
    return Draft(sub, body, name, addr, greet=False, sign="", form=ctx.pick(["plain", "alt"]))


@family("vx_reply_tech_over_screen", "technical_round", n=30)
def reply_tech(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    top = ctx.para(
        "Hi {first},\n\nGreat speaking with you! As promised, here's the next step: a [take-home assignment|coding exercise|small project]. The brief is at https://github.com/{slug}-hiring/[exercise|challenge|take-home] - aim for about [3|4] hours. Send it over when done and we'll set up a review with two engineers.",
        "Thanks {first} - the team loved the call. Next is the technical round: 90 minutes of pair programming and a short system design chat. Does {day} at {time} work?",
        "Hi {first}, quick update: you're through to the technical interview! I've sent a calendar hold for {day}. It'll be with {person} ([Staff Engineer|Engineering Manager|Principal Engineer]) and will be mostly live coding.",
        "{first} - confirmed for your coding interview on {day} at {time}. You'll get a CoderPad link an hour before.",
    )
    stage = ctx.pick(["interview", "availability", "interview"])
    earlier = _earlier(ctx, stage)
    if stage == "availability":
        who, waddr = f"{ctx.cand_first} {ctx.cand_last}", ctx.cand_addr
    else:
        who, waddr = name, addr
    sub = ctx.fill(
        "[Re: Phone screen|Re: {title} - next steps|Re: Thanks for applying|Re: interview availability]"
    )
    body = (
        top
        + "\n\n"
        + sign_person(ctx)
        + "\n\n"
        + _quote_block(ctx, earlier, who, waddr, sub, ctx.num(2, 10), _to(ctx, waddr, name, addr))
    )
    return Draft(sub, body, name, addr, greet=False, sign="", form=ctx.pick(["plain", "alt"]))


@family("vx_reply_interview_over_receipt", "interview", n=30)
def reply_interview(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    if ctx.chance(0.5):
        top = ctx.para(
            "Hi {first},\n\nThanks for your interest! I reviewed your application and would like to schedule a call to talk more about the role. Are you free {day} at {time}?",
            "{first}, thanks for applying. Would you have 20 minutes this week for an intro call? Grab a time here: {link}",
            "Hi {first} - sorry for the silence, we had a lot of applicants. I'd love to set up a [phone screen|first interview] with you. What does your week look like?",
        )
        stage = ctx.pick(["confirmation", "confirmation", "applied"])
    else:
        top = ctx.para(
            "Hi {first} - thanks for sending your availability. You're booked for {day} at {time} with {person}. Zoom link: https://zoom.us/j/{num}",
            "Perfect, {day} at {time} works. I'll call you on the number on your resume.",
            "Great - confirmed for Wednesday at 2:30. [Invite is on its way.|I'll send a Teams link.|Talk then!]",
        )
        stage = "availability"
    earlier = _earlier(ctx, stage)
    if stage != "confirmation":
        who, waddr = f"{ctx.cand_first} {ctx.cand_last}", ctx.cand_addr
    else:
        who, waddr = ats_sender(ctx, ctx.pick(["greenhouse", "lever", "own"]))
    sub = ctx.fill(
        "[Re: Your application to {co}|Re: Thank you for applying|Re: {title}|RE: Application received]"
    )
    body = (
        top
        + "\n\n"
        + sign_person(ctx)
        + "\n\n"
        + _quote_block(ctx, earlier, who, waddr, sub, ctx.num(2, 12), _to(ctx, waddr, name, addr))
    )
    return Draft(sub, body, name, addr, greet=False, sign="", form=ctx.pick(["plain", "alt"]))


@family("vx_iphone_note_interview", "interview", n=30)
def iphone_note(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    body = ctx.para(
        "Can you do 3 tomorrow instead? I'll call your cell",
        "Running 10 min late for our call, sorry! Will ring you at {time}",
        "Hi {first} - loved your application. Free for a quick call [today|tmrw|Thurs]?",
        "Yes {day} at {time} works. See you on zoom",
        "Thx for applying! Want to meet for coffee near our office {day}? I can tell you more about the role",
        "Just got your resume from [Maria|Tom|our CEO|Jake]. Let's talk - what's a good number?",
        "{first} can we move the interview to {time}? something came up",
    )
    footer_sig = ctx.pick(
        [
            "Sent from my iPhone",
            "Sent from my iPhone",
            "Sent from my iPad",
            "Sent from Outlook for iOS",
            "Get Outlook for Android",
            "Sent from my Galaxy",
            "Sent from Gmail Mobile",
        ]
    )
    sign = (
        ctx.pick(["", ctx.person_first, "-" + ctx.person_first[0]])
        + ("\n\n" if ctx.chance(0.5) else "\n")
        + footer_sig
    )
    quote = ""
    if ctx.chance(0.35):
        quote = _earlier(ctx, ctx.pick(["availability", "applied"]))
    subject = ctx.fill(
        ctx.pick(
            ["Re: call", "Re: interview", "call tmrw?", "Re: {title}", "Re: Tuesday", "quick chat"]
        )
    )
    return Draft(
        subject, body, name, addr, greet=False, sign=sign.strip(), form="plain", quote=quote
    )
