"""More interview styles, and outreach that sounds like scheduling (helper C1, tag ``ws_``).

Interview mail the classifier misses: a faculty/postdoc campus visit with a seminar, an agency
booking the client meeting for a role the user applied to through them, a reschedule in a
quoted thread, a one-line text-style note, an ATS template that opens like a receipt ("thanks
for applying") and a recruiter writing about the user's application in outreach words. The
outreach families are the mirror image: cold approaches (the user never applied) that talk
about calendars and slots, so only "came across your profile" tells them apart.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_w_stages_sectors import agency, mobile_sig, person_addr, place
from kit import Calendar, Ctx, Draft, ascii_word, ats_sender, family


@family("ws_academic_campus_visit", "interview", n=30)
def academic_visit(ctx: Ctx) -> Draft:
    """A search committee chair or department administrator invites to a campus visit."""
    place(ctx, "university")
    dept = ctx.pick(
        [
            "School of Biological Sciences",
            "Department of Economics",
            "Department of Chemistry",
            "School of History",
            "Faculty of Health",
            "Centre for Ocean Data",
        ]
    )
    if ctx.chance(0.5):
        name, addr = ctx.person, person_addr(ctx)
        sign = ctx.fill(
            f"[Best wishes|Kind regards|Best],\n[Prof.|Dr|Professor] {{person}}\n[Chair, Search Committee|Head of Department|PI, {{pfirst}} Lab]\n{dept}\n{{co}}"
        )
    else:
        name, addr = (
            ctx.fill("[{co} HR|{co} Recruitment|" + dept + "]"),
            ctx.fill("[hr-recruitment|jobs|dept-admin|recruitment]@{domain}"),
        )
        sign = ctx.fill(
            f"[Kind regards|With best wishes],\n{{person}}\n[Department Administrator|HR Officer|Research Support Officer]\n{dept}"
        )
    talk = ctx.pick(
        [
            "a 45-minute research seminar followed by questions",
            "a 20-minute presentation on your research plans",
            "a teaching presentation (15 minutes, pitched at second-year undergraduates)",
            "a short talk on your most recent paper",
            "a job talk open to the department",
        ]
    )
    body = [
        ctx.para(
            "On behalf of the search committee, I am pleased to invite you to a campus visit for the {title} position.",
            "Thank you for your application for the post of {title} (ref. {req}). The panel would like to invite you to the next stage of the selection process.",
            "I enjoyed reading your application for the {title} position in my group and would like to invite you to visit us.",
            "Following shortlisting for {title}, we would be delighted if you could join us on {day}.",
        ),
        ctx.fill(
            f"[The visit will include {talk}, meetings with faculty and graduate students, and a conversation with the Dean.|You will be asked to give {talk}, followed by a panel with the Head of School and two members of the department.|The programme includes {talk}, lunch with the group and a formal panel.|We'd ask you to give {talk}; afterwards you'll meet the lab one-to-one and then the selection panel.]"
        ),
        ctx.para(
            "",
            "Travel and accommodation will be covered; our administrator will be in touch to arrange details.",
            "We are able to offer the panel by video link if travel is difficult.",
            "Please let me know by {day} which of the proposed dates suits you: {day} or {day}.",
            "A draft schedule is attached.",
        ),
        ctx.para(
            "",
            "Please let us know if you have any access requirements.",
            "Do get in touch if you have questions in the meantime.",
        ),
    ]
    subj = ctx.para(
        "Campus visit - {title}",
        "{title} (ref {req}) - invitation",
        "Your application: {title}",
        "Visit to " + dept,
        "Invitation to present",
        "Shortlisting outcome",
    )
    return Draft(subj, "\n\n".join(p for p in body if p), name, addr, sign=sign)


@family("ws_agency_client_meeting", "interview", n=30)
def agency_client(ctx: Ctx) -> Draft:
    """An agency consultant sets up the client meeting for a role the user applied to via them."""
    if ctx.chance(0.6):
        place(ctx)
    name, addr, firm = agency(ctx)
    body = [
        ctx.para(
            "Thanks for applying to my {title} advert[ on Reed| on Indeed| on CV-Library| on our website|] - I sent your CV over to {co} and they'd like to meet you!",
            "Following your application for the {title} [role|contract|position] we spoke about, the client ({co}) have come back and want to see you.",
            "Good news on the {title} job you applied for through us - {co} liked your CV.",
            "Re your application for the {title} vacancy with my client in {city}: they'd like to get you in.",
            "The client has reviewed your profile for the {title} position you applied for and would like to move forward.",
        ),
        ctx.para(
            "They've suggested {day} at {time} with [the site manager|the practice manager|the head of department|the store manager|their HR lead and the line manager]. Does that work?",
            "Are you free {day}? They're flexible between 10 and 3.",
            "It'll be a [30|45] minute [Teams call|face to face at their office|phone call with the line manager|chat on site] - I'll send full details once you confirm.",
            "Could you send me 2-3 times that suit you this week and I'll lock one in.",
        ),
        ctx.para(
            "",
            "Give me a call when you get a sec and I'll run through what they're like.",
            "Let me know ASAP as they're seeing a few people.",
            "The rate is as advertised[ - no change there|].",
            "Don't forget to bring your [CSCS card|DBS|driving licence and CPC card|ID].",
        ),
    ]
    sign = ctx.fill(
        f"[Thanks|Cheers|Kind regards|Speak soon],\n{{person}}\n[Senior Consultant|Recruitment Consultant|Account Manager|Resourcer] | {firm}"
    ) + ctx.fill("\n[D:|M:|T:] 0{n}{n}{n} {n}{n}{n} {n}{n}{n}{n}" if ctx.chance(0.5) else "")
    subj = ctx.para(
        "{title} - client wants to meet you",
        "Re: your application - {title}",
        "Interview request - {co}",
        "Good news!",
        "{co} - next step",
        "Can you do " + ctx.pick(["Tuesday?", "Thursday?", "this week?", "tomorrow?"]),
    )
    return Draft(
        subj,
        "\n\n".join(p for p in body if p),
        name,
        addr,
        sign=sign,
        form=ctx.pick(["plain", "alt"]),
    )


@family("ws_reschedule_thread", "interview", n=30)
def reschedule(ctx: Ctx) -> Draft:
    """Moving or confirming an interview time inside a reply thread."""
    if ctx.chance(0.4):
        place(ctx)
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    new_day, new_time = ctx.fill("{day}"), ctx.fill("{time}")
    body = ctx.para(
        f"No problem at all - I've moved it to {new_day} at {new_time}. Updated invite on its way.",
        f"Thanks for letting me know. We can do {new_day}, {new_time} instead - same link as before.",
        f"Confirming {new_day} at {new_time} with {{pfirst}} and {{person}}. See you then!",
        f"[Apologies|Sorry] - {{pfirst}} has had something come up. Could we push our [chat|call|meeting] to {new_day}? Any time after {new_time} works.",
        f"Perfect, you're locked in for {new_day} {new_time}. [It'll be on Teams.|Come to reception and ask for me.|I'll call you on the number you gave.]",
        f"Just a reminder about tomorrow ({new_day}) at {new_time} for the {{title}} role. Reply if you need to move it.",
        f"Great - {new_day} at {new_time} it is. The panel will be {{person}} and me.",
    )
    quote = ctx.para(
        "Hi {pfirst},\nThanks for the invite. Unfortunately I have a clash on {day} - would any other time work?\nBest,\n{first}",
        "Hi,\nThat works for me - looking forward to it.\n{first}",
        "Hi {pfirst}, sorry to do this but could we move our conversation about the {title} role? I'm free most afternoons next week.\nThanks, {first}",
        "Thursday works, thanks! Is it on Zoom or in person?\n{first} {last}",
    )
    subj = ctx.para(
        "Re: {title} - next steps",
        "Re: Chat on {day}",
        "Re: Your application",
        "Updated: {first} / {co}",
        "Re: catch up",
        "Re: rescheduling",
    )
    cal = None
    if ctx.chance(0.3):
        cal = Calendar(
            ctx.fill("[Updated: |]{co} - {first} {last}"), ctx.future(2, 9), ctx.pick([30, 45, 60])
        )
    return Draft(
        subj,
        body,
        name,
        addr,
        greet=ctx.chance(0.5),
        sign=ctx.fill("[{pfirst}|Thanks,\n{pfirst}|{person}\n{co}]"),
        quote=quote,
        form=ctx.pick(["plain", "plain", "alt"]),
        calendar=cal,
    )


@family("ws_texty_oneliner", "interview", n=30)
def texty(ctx: Ctx) -> Draft:
    """Short, typed-on-the-phone notes from owners and managers of small employers."""
    if ctx.chance(0.6):
        place(ctx, "hospitality", "retail", "trades", "logistics", "health", "charity")
    name = ctx.person
    if ctx.chance(0.5):
        addr = person_addr(ctx)
    else:
        local = ctx.pick([ascii_word(ctx.person_first), "boss", "manager", "office"])
        addr = local + ctx.fill("{n}@[gmail.com|outlook.com|yahoo.co.uk]")
    body = ctx.para(
        "hi {first} got your cv for the {title} job. can you come in tmrw around [11|2|3ish]? ask for {pfirst}",
        "Hi, re your application - are you free for a call [today|tomorrow] about [4|10|half 2]?",
        "{first} - thanks for applying. can u pop in {day} for a chat? [we're at the {city} site|same address as the ad|use the side entrance]",
        "saw your application on indeed. free for a quick phone call this week? what's a good number",
        "Hi {first}, {pfirst} from {co}. Tried calling about the {title} role you applied for - can you ring me back or reply with a time that suits to come in?",
        "are you still looking? got your application for {title}. come meet me {day} {time}",
        "hey - still interested in the {title} position? if so swing by {day} morning, ask for {pfirst}",
        "Thanks for applying. When can you come in and meet us?",
    )
    if ctx.chance(0.35):
        body = body.lower()
    subj = ctx.para("", "your application", "job", "re: {title}", "call?", "tmrw?", "{title}", "hi")
    return Draft(
        subj or "(no subject)",
        body,
        name,
        addr,
        greet=False,
        sign=ctx.fill(
            ctx.pick(
                ["{pfirst}", "", "{pfirst} - {co}", mobile_sig(ctx), "{pfirst}\n" + mobile_sig(ctx)]
            )
        ),
        form="plain",
    )


@family("ws_thanks_applying_then_invite", "interview", n=30)
def thanks_then_invite(ctx: Ctx) -> Draft:
    """ATS templates (Workable, Teamtailor, Recruitee, Personio) that open like a receipt."""
    if ctx.chance(0.45):
        place(ctx)
    ats = ctx.pick(["workable", "smartrecruiters", "bamboohr", "own", "jobvite"])
    name, addr = ats_sender(ctx, ats)
    body = [
        ctx.para(
            "Thank you for applying for the {title} position at {co}.",
            "Thanks for your interest in {co} and for applying to our {title} opening!",
            "We've received your application for {title} - thank you!",
            "Thank you for taking the time to apply for {title}.",
        ),
        ctx.para(
            "We've reviewed your application and would like to invite you to a [short|15-minute|30-minute] [call|video call|conversation] with our [recruiter|hiring team|team lead].",
            "Good news: we'd like to get to know you better! Please pick a time for a first conversation using the link below.",
            "After reviewing your profile, we'd love to move you forward to the next step: a [phone screen|first-round call|get-to-know-you call] with {person}.",
            "The team has had a look and would like to speak with you. Choose a slot that works for you:",
        ),
        ctx.fill("[Book a time|Schedule here|Pick a slot]: {link}")
        if ctx.chance(0.7)
        else ctx.fill("Simply reply with your availability for [the coming week|{day} or {day}]."),
        ctx.para(
            "",
            "The call will take about 20 minutes.",
            "Can't find a time that works? Reply to this email and we'll sort something out.",
            "In the meantime, feel free to read more about us on our careers page.",
        ),
    ]
    subj = ctx.para(
        "Thank you for applying to {co}",
        "Your application for {title}",
        "{co} - let's talk!",
        "Thanks for applying - next step",
        "{title} at {co}: schedule your call",
        "Application update",
    )
    footer = ctx.fill(
        "[Powered by Workable|Sent via Teamtailor|Recruitee · Manage your data preferences|You received this email because you applied for a job at {co}.]"
    )
    return Draft(
        subj, "\n\n".join(p for p in body if p), name, addr, footer=footer, bulk=ctx.chance(0.5)
    )


@family("ws_applied_sounds_like_outreach", "interview", n=30)
def applied_outreach_tone(ctx: Ctx) -> Draft:
    """A recruiter writes about the user's application in the words of a cold approach."""
    if ctx.chance(0.35):
        place(ctx)
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "greenhouse", "lever"]))
    body = [
        ctx.para(
            "I'm {pfirst}, a recruiter at {co}. I came across your application for our {title} role and wanted to reach out personally.",
            "My name is {person} and I lead hiring for {title} at {co}. Your application really caught my eye.",
            "I'm reaching out regarding the {title} position you recently applied to at {co} - your background stood out among the applicants.",
            "Hope you're well! I'm on the talent team at {co} and I've been reviewing applications for {title}. Yours jumped out.",
        ),
        ctx.para(
            "[I'd|I would] love to set up [a 30-minute|a short|an initial] [conversation|call|phone screen] to learn more about your experience and tell you about the team.",
            "Are you open to a quick intro call this week? It would be the first step in our process.",
            "Would you have time for an initial phone screen? Here is my calendar: {link}",
            "The next step would be a 30 min call with me, then the hiring manager. What does your availability look like?",
        ),
        ctx.para(
            "",
            "Looking forward to connecting!",
            "Excited to chat!",
            "Talk soon.",
        ),
    ]
    subj = ctx.para(
        "{title} at {co}",
        "Reaching out re: your application",
        "Let's connect",
        "Quick intro?",
        "{co} + {first}",
        "Your {title} application",
    )
    return Draft(subj, "\n\n".join(p for p in body if p), name, addr)


@family("ws_outreach_reads_like_scheduling", "recruiter_outreach", n=30)
def outreach_scheduling(ctx: Ctx) -> Draft:
    """Cold approaches (the user never applied) that go straight to slots and calendars."""
    placed = ctx.chance(0.4)
    if placed:
        place(ctx)
    if ctx.chance(0.5):
        name, addr, firm = agency(ctx)
        who = f"I'm {{pfirst}} at {firm}, [recruiting for|partnered with] {{co}}"
        role = ctx.pick(
            ["\nSenior Consultant", "\nPrincipal Consultant", "\nRecruitment Consultant", ""]
        )
    else:
        name, addr = ats_sender(ctx, ctx.pick(["person", "own"]))
        who = "I'm {pfirst} from the talent team at {co}"
        role = ctx.pick(["\nTalent Partner", "\nSenior Recruiter", "\nTalent Acquisition", ""])
    body = [
        ctx.para(
            f"{who} - I came across your profile [on LinkedIn|on Indeed|in our talent network|on GitHub] and think you'd be a great fit for a {{title}} [role|opening] we're hiring for.",
            f"I came across your profile and had to reach out. {who}, and we have a {{title}} position that lines up with your background.",
            f"{who}. Your experience [at your current company|in your last role|on your CV on our database] caught my attention for an opening we haven't advertised yet: {{title}}.",
            f"Not sure if you're open to new opportunities, but {who} and your profile looks like a strong match for our {{title}} role.",
        ),
        ctx.para(
            "Do you have 15 minutes on {day} or {day}? Here's my calendar: {link}",
            "Could we grab a call {day} at {time}? I've pencilled it in - just let me know if it works.",
            "I have slots open {day} at {time} or Friday morning for a quick intro - which suits?",
            "I'd love to book in a 20 minute call. Pick whatever suits here: {link}",
            "Are you free for a quick call this week? Reply with a time and I'll send an invite.",
        ),
        ctx.para(
            "",
            "[Pay is competitive[ plus benefits|, with a relocation package|]|The role is [hybrid|on site, full time|flexible on hours]]."
            if placed
            else "[Salary|Base] is {money}[ plus benefits| + bonus|, fully remote|].",
            "No pressure if the timing isn't right.",
            "If you're not looking right now, I'd still be glad to connect for the future.",
        ),
    ]
    subj = ctx.para(
        "15 mins {day}?",
        "Quick call this week?",
        "{title} opportunity - time to chat?",
        "Intro call",
        "{first}, are you free {day}?",
        "Opportunity at {co}",
    )
    return Draft(
        subj,
        "\n\n".join(p for p in body if p),
        name,
        addr,
        sign=ctx.fill("[Best|Thanks|Cheers],\n{person}") + role,
    )


@family("ws_outreach_nontech_inmail", "recruiter_outreach", n=30)
def outreach_nontech(ctx: Ctx) -> Draft:
    """Recruiters approach nurses, teachers, drivers and tradespeople they found on job boards."""
    sector = place(ctx, "health", "school", "logistics", "trades", "hospitality", "law", "public")
    linkedin = ctx.chance(0.35)
    if linkedin:
        name, addr = ctx.fill("{person} via LinkedIn"), "inmail-hit-reply@linkedin.com"
    else:
        name, addr, _ = agency(ctx)
    pitch = {
        "health": "[Band 5/6 Staff Nurse shifts|a permanent {title} post|flexible bank shifts] at {co}[, up to £{n}{n}/hr|, enhanced rates for nights|]",
        "school": "a long-term {title} [supply|cover|maternity cover] post at {co} starting [after half term|in January|ASAP]",
        "logistics": "{title} work with {co}[, nights, 4 on 4 off|, days, Mon-Fri|, home every night], £{n}{n}.[50|00]/hr",
        "trades": "a [contract|position] as {title} on a new build site for {co}[, 6 months+|, CIS or PAYE|]",
        "hospitality": "a position as {title} at {co}[, live-in available|, great tips|, straight shifts]",
        "law": "an opportunity as {title} with {co}[ in their {city} office|, hybrid]",
        "public": "an interim assignment ({title}) with {co}[, inside IR35|, 3 months initially]",
    }[sector]
    body = [
        ctx.para(
            "I came across your CV on [Indeed|CV-Library|Totaljobs|our database|LinkedIn] and wanted to reach out.",
            "Your profile popped up in a search I was running today.",
            "I hope you don't mind me getting in touch - I noticed you're [open to work|looking for your next role].",
            "I'm recruiting in your area and your experience looks spot on.",
        ),
        ctx.fill(f"I'm currently looking for [someone|candidates] for {pitch}."),
        ctx.para(
            "Would you be interested in hearing more? Happy to chat whenever suits.",
            "If you're open to it, drop me a reply with the best number and time to call.",
            "Even if this isn't right, I'd love to get you registered for similar roles.",
            "Let me know and I can send the full spec.",
        ),
    ]
    subj = ctx.para(
        "{title} opportunity",
        "Are you open to new roles?",
        "{first}, saw your CV",
        "Work in {city}?",
        "Immediate start - {title}",
        "New role for you",
    )
    footer = (
        "You are receiving InMail notifications. Unsubscribe · Help\n© LinkedIn Corporation"
        if linkedin
        else ctx.fill(
            "[If you no longer wish to hear from us, reply STOP.|Registered in England and Wales. We act as an employment agency.|]"
        )
    )
    return Draft(
        subj,
        "\n\n".join(body),
        name,
        addr,
        sign=ctx.fill(
            "[Best|Thanks|Kind regards],\n{person}[\nRecruitment Consultant|\nSenior Consultant|]"
        ),
        footer=footer,
    )
