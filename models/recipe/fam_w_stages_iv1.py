"""Interview invitations that never say "interview" (session 4, helper C1, tag ``ws_``).

Held-out and hand-written mail showed the classifier taking real invitations for
confirmations, outreach or technical rounds: a manager asking to "grab 30 minutes", a video
call link, a graduate assessment centre, a trial shift at a cafe, a demo lesson at a school.
Each family here is one such real-world style, for a role the user applied to.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_w_stages_sectors import mobile_sig, person_addr, place
from kit import Calendar, Ctx, Draft, ats_sender, family


@family("ws_manager_chat_no_interview_word", "interview", n=30)
def manager_chat(ctx: Ctx) -> Draft:
    """A hiring manager (not HR) asks for a chat about the job the user applied to."""
    if ctx.chance(0.4):
        place(ctx)
    addr = person_addr(ctx)
    opener = ctx.para(
        "Thanks for applying for the {title} [role|position|job] - I'm the [hiring manager|team lead|person you'd be working for] and I read your application [this morning|over the weekend|last night].",
        "I'm {pfirst}, I run the team behind the {title} opening you applied for.",
        "Your application for {title} landed on my desk[ (well, in my inbox)|] and I'd like to [hear more|learn a bit more about you].",
        "{co} here - thanks for putting yourself forward for the {title} post.",
        "I've been going through applications for our {title} vacancy and yours stood out.",
    )
    ask = ctx.para(
        "Could we grab 30 minutes [this week|next week|before Friday]? Nothing formal, just a conversation about the work and what you're looking for.",
        "Would you be up for a [coffee|cuppa|quick coffee] [near our {city} office|at the shop on the corner of our building|on {day}]? My treat.",
        "Fancy a [chat|conversation|natter] on {day}? Half an hour is plenty.",
        "I'd love to [meet you|put a face to the name] - are you free for a [video call|call|Teams call] on {day} around {time}?",
        "Can we find [half an hour|20-30 minutes|a slot] to talk it through? I'm fairly free {day} and most mornings after that.",
        "I'd like to invite you in to meet the team[ and see where you'd sit|]. {day} at {time} works on our side.",
    )
    extra = ctx.para(
        "",
        "",
        "I'll tell you what the [team|department|ward|site] is like day to day, you can ask me anything.",
        "No need to bring anything[ - just yourself|, a copy of your CV is handy but optional|].",
        "If none of that works, send me a couple of times that do and I'll move things around.",
        "Dress code is relaxed[, jeans are fine|].",
    )
    subj = ctx.para(
        "Your application",
        "Re: {title}",
        "Coffee?",
        "30 mins this week?",
        "Quick chat about the {title} role",
        "Next step",
        "Hello from {co}",
        "meeting up",
    )
    sign = ctx.fill(
        ctx.pick(
            [
                "{person}\n[Head of Operations|Engineering Manager|Deputy Head|Ward Manager|Site Manager|Practice Manager|Director]\n{co}",
                "Thanks,\n{pfirst}",
                "Speak soon,\n{person}",
                "{pfirst}\n" + mobile_sig(ctx),
            ]
        )
    )
    body = "\n\n".join(p for p in (opener, ask, extra) if p)
    return Draft(subj, body, ctx.person, addr, sign=sign, form=ctx.pick(["plain", "plain", "alt"]))


@family("ws_video_call_link", "interview", n=30)
def video_call_link(ctx: Ctx) -> Draft:
    """A scheduled video or phone screen sent by a coordinator: a link, a time, little else."""
    if ctx.chance(0.35):
        place(ctx)
    ats = ctx.pick(["greenhouse", "ashby", "lever", "own", "workable", "person"])
    name, addr = ats_sender(ctx, ats)
    start = ctx.future(2, 10)
    tool, link = ctx.pick(
        [
            ("Zoom", f"https://zoom.us/j/{ctx.num(10**9, 10**10)}?pwd={ctx.num(10**5, 10**6)}"),
            (
                "Google Meet",
                "https://meet.google.com/"
                + ctx.fill("[abc|kqe|vrt|hmz]-[dfgh|pqrs|wxyz]-[jkl|mno|tuv]"),
            ),
            ("Microsoft Teams", ctx.url("teams.microsoft.com", "l/meetup-join")),
            ("Webex", ctx.url(f"{ctx.slug}.webex.com", "meet")),
            ("phone", ""),
        ]
    )
    when = f"{start:%A %d %B}, {start:%H:%M}" if ctx.chance(0.5) else ctx.fill("{day} at {time}")
    mins = ctx.pick(["20", "30", "30", "45"])
    if tool == "phone":
        how = ctx.fill(
            "[{person} will call you on the number you gave in your application.|You'll get a call from {person} on the mobile number on your CV.|Please make sure you're somewhere quiet; {pfirst} will ring you.]"
        )
    else:
        how = ctx.fill(f"[Join|Joining link|Link]: {link}") + ctx.fill(
            "[\n(no download needed, it opens in your browser)|\nMeeting ID and passcode are in the invite.|]"
        )
    lines = [
        ctx.para(
            *(
                s.replace("{mins}", mins)
                for s in (
                    "Your {mins}-minute [video call|call|conversation|screening call|intro call] with {co} is [booked|confirmed|all set].",
                    "Thanks for choosing a time - here are the details for your {mins} minute call about the {title} [role|position].",
                    "As promised, details for our call about your application:",
                    "You're scheduled!",
                    "{co} has scheduled a {mins}-min [phone screen|video screen|call] with you.",
                )
            )
        ),
        f"When: {when}",
        ctx.fill("With: {person}[, Talent Partner|, Recruiter|, Hiring Manager|]"),
        how,
        ctx.para(
            "",
            "Need to change it? Use the link in your confirmation email or just reply here.",
            "If something comes up, let us know at least 24 hours before.",
            "[Please have your CV handy.|There's nothing to prepare.|Come with questions!]",
        ),
    ]
    subj = ctx.para(
        "Confirmed: {co} <> {first} {last}",
        "Invitation: {first} / {person} @ " + f"{start:%a %b %d, %Y %I:%M%p}",
        "Your call with {co}",
        "Scheduled: {title} - " + mins + " min",
        "Call details",
        "{co} | video call on " + f"{start:%d/%m}",
    )
    cal = None
    if ctx.chance(0.5):
        cal = Calendar(
            ctx.fill("[Call|Chat|Intro] - {first} {last} / {co}"),
            start,
            int(mins),
            location=link or "Phone",
        )
    return Draft(
        subj,
        "\n".join(lines[:4]) + "\n\n" + lines[4],
        name,
        addr,
        calendar=cal,
        bulk=ats not in ("person", "own"),
    )


@family("ws_assessment_centre_day", "interview", n=30)
def assessment_centre(ctx: Ctx) -> Draft:
    """Graduate schemes, banks, civil service and councils invite to a selection day."""
    place(ctx, "bank", "public", "law", "logistics", "retail")
    name = ctx.fill(
        "[{co} Early Careers|{co} Recruitment|{co} Resourcing|Graduate Recruitment Team]"
    )
    addr = ctx.fill("[earlycareers|recruitment|resourcing|graduates]@{domain}")
    sector = ctx._co.name
    event = ctx.pick(
        [
            "assessment centre",
            "assessment center",
            "selection day",
            "assessment day",
            "Super Day",
            "recruitment event",
        ]
    )
    a_event = ("an " if event[0] in "aeiou" else "a ") + event
    body = [
        ctx.para(
            f"Congratulations! Following your recent application for the {{title}} [programme|role|vacancy], we'd like to invite you to our {event}.",
            f"Thank you for applying to {{co}}. We're pleased to let you know you've been shortlisted and invited to attend {a_event} for the {{title}} [post|role].",
            f"Good news - you've progressed to the final stage of our process for {{title}}: the {event}.",
            f"We are delighted to invite you to {a_event} on {{day}}.",
        ),
        ctx.para(
            "The day will include a group exercise, a short written task and a conversation with two of our managers.",
            "On the day you'll take part in a group activity, a role-play with a 'customer' and a one-to-one with the hiring manager.",
            "You will meet the panel for a competency-based discussion[ (Success Profiles: Behaviours and Strengths)|], followed by a short presentation."
            if "Council" in sector or ".gov." in ctx._co.domain
            else "You will meet the panel for a short competency-based discussion and give a 10-minute presentation on a topic we'll send you a week before.",
            "Expect a welcome talk, a tour, a team exercise and a conversation with a line manager; the day finishes around [3pm|4pm|lunchtime].",
        ),
        ctx.para(
            "Date: {day}\nArrival: {time}\nVenue: [{co}, {city}|our {city} office|Conference Room 2, Town Hall|virtual (MS Teams)]",
            "Please choose a session using the booking link below. Sessions fill up quickly.\n"
            + ctx.url("apply." + ctx.domain, "booking"),
            "Please confirm your attendance by replying to this email by {day}.",
        ),
        ctx.para(
            "",
            "Please bring photo ID and proof of your right to work in the UK.",
            "Let us know if you need any adjustments for the day - we're a Disability Confident employer.",
            "Reasonable travel expenses will be reimbursed.",
            "Smart casual dress is fine.",
        ),
    ]
    subj = ctx.para(
        f"Invitation to {event.title()} - {{title}}",
        "Your application: next stage",
        f"{{co}} {event} - please book your place",
        "Congratulations - you've been shortlisted",
        "Ref {req}: invitation",
        "Next steps with {co}",
    )
    return Draft(
        subj,
        "\n\n".join(p for p in body if p),
        name,
        addr,
        sign=ctx.fill(
            "[Kind regards|Best wishes],\n[{co} Early Careers Team|The Resourcing Team|{person}\nRecruitment Adviser]"
        ),
        bulk=ctx.chance(0.4),
    )


@family("ws_trial_shift", "interview", n=30)
def trial_shift(ctx: Ctx) -> Draft:
    """Hospitality, retail and care employers ask applicants in for a trial shift."""
    sector = place(ctx, "hospitality", "hospitality", "retail", "health", "logistics")
    if ctx.chance(0.5):
        name, addr = ctx.person, person_addr(ctx)
    else:
        name, addr = (
            ctx.fill("[{co}|{co} Jobs|{co} Team]"),
            ctx.fill("[jobs|hello|manager|info]@{domain}"),
        )
    what = ctx.pick(
        [
            "trial shift",
            "paid trial shift",
            "working interview",
            "trial",
            "stage (trial shift)",
            "taster shift",
            "shadow shift",
        ]
    )
    lines = [
        ctx.para(
            "Hi {first}, thanks for your application for {title}!",
            "Thanks for applying to work with us at {co}.",
            "Hiya, got your application through [Indeed|our website|the job board] for the {title} job.",
            "Thank you for dropping your CV in.",
            "",
        ),
        ctx.para(
            f"We'd love you to come in for a {what} on {{day}} from [10 till 2|11-3|4pm to 8pm|5-9pm|6 till close] so you can see how we work and we can see you in action.",
            f"Are you free to do a {what} this [weekend|week]? [Saturday lunch|Friday night|Thursday morning] would be ideal.",
            f"Next step is a short {what} ([2|3|4] hours) with our [head chef|shift lead|duty manager|deputy manager|senior carer].",
            f"Can you come in {{day}} at {{time}} for a {what}? It'll be about [two|three] hours.",
        ),
        ctx.para(
            "",
            "Bring black trousers and non-slip shoes, we'll give you a [shirt|apron|tabard].",
            "Please bring your ID and [your DBS if you have one|proof of address|your NI number].",
            "It's paid at the normal hourly rate.",
            "Ask for {pfirst} when you arrive[, side door on the left|, at the tills|, at reception|].",
            "Please confirm by text or just reply here.",
        ),
    ]
    if sector == "health":
        lines[1] = ctx.para(
            "We'd like to invite you in for a shadow shift on [the dementia unit|our residential floor|the day unit] on {day}, [8am-12pm|9-1|2-6pm], followed by a quick sit down with the manager.",
            "Next step is a trial shift with one of our senior carers on {day} - about 4 hours, then a chat with [the home manager|our deputy].",
        )
    subj = ctx.para(
        "Trial shift",
        "Your application - {co}",
        "Re: {title}",
        "trial this week?",
        "Come in for a trial!",
        "{co} - next step",
    )
    sign = ctx.fill(
        ctx.pick(
            [
                "{pfirst}\n[General Manager|Head Chef|Store Manager|Home Manager|Shift Manager|Deputy Manager], {co}",
                "Thanks\n{pfirst}",
                "{person}\n{co}\n[Tel|Mob] 07{n}{n}{n} {n}{n}{n}{n}{n}{n}",
                "The team at {co}",
            ]
        )
    )
    return Draft(
        subj,
        "\n\n".join(p for p in lines if p),
        name,
        addr,
        greet=ctx.chance(0.4),
        sign=sign,
        form=ctx.pick(["plain", "plain", "alt", "html"]),
    )


@family("ws_teacher_demo_lesson", "interview", n=30)
def demo_lesson(ctx: Ctx) -> Draft:
    """Schools shortlist for a teaching post: a demo lesson, a pupil panel, a tour."""
    place(ctx, "school")
    if ctx.chance(0.6):
        name, addr = (
            ctx.fill("[{co}|{co} Office|HR, {co}]"),
            ctx.fill("[office|admin|hr|recruitment|head]@{domain}"),
        )
    else:
        name, addr = ctx.person, person_addr(ctx)
    year = ctx.pick(
        [
            "Year 3",
            "Year 5",
            "Year 8",
            "Year 10",
            "a mixed-ability Year 7 group",
            "2nd grade",
            "Reception",
            "a KS3 class",
            "a small SEN group",
        ]
    )
    topic = ctx.pick(
        [
            "fractions",
            "persuasive writing",
            "the water cycle",
            "a topic of your choice",
            "place value",
            "poetry",
            "forces and motion",
            "phonics (Phase 3)",
        ]
    )
    body = [
        ctx.para(
            "Thank you for your application for the post of {title}. I am pleased to let you know that you have been shortlisted.",
            "Following shortlisting, we would like to invite you to the selection day for {title}.",
            "Thanks for applying for our {title} vacancy - the panel enjoyed reading your letter and we'd love you to come and see us.",
            "We are delighted to invite you to {co} on {day} as part of our selection process for {title}.",
        ),
        ctx.fill(
            f"[As part of the day you will teach a [20|25|30]-minute lesson to {year} on {topic}.|You will be asked to deliver a short lesson ([20|30] minutes) to {year}; the focus is {topic}.|The day includes a teaching observation ({year}, {topic}, [20|30] minutes), a pupil panel and a meeting with the Headteacher and a governor.]"
        ),
        ctx.para(
            "There are [24|28|30|12] children in the class[, [3|4] with EAL|, two with EHCPs|]. A copy of your lesson plan for the observer would be appreciated.",
            "The day will also include a tour of the school, a short written task and a formal panel with the Head and Chair of Governors.",
            "You'll have the chance to meet the team over lunch and ask any questions.",
            "",
        ),
        ctx.para(
            "Please arrive at {time} and report to reception. Bring photo ID and original copies of your qualification certificates (safer recruitment).",
            "Please reply to confirm you are able to attend and let us know of any access requirements.",
            "Please bring your passport or other photo ID; we are required to check these as part of our safeguarding procedures.",
        ),
    ]
    subj = ctx.para(
        "Shortlisting - {title}",
        "{title}: invitation to selection day",
        "Your application to {co}",
        "Selection process - {day}",
        "Teaching post - next stage",
        "Lesson observation and panel",
    )
    sign = ctx.fill(
        "[Kind regards|Best wishes|Yours sincerely],\n[{person}\n[Headteacher|Head of School|School Business Manager|Principal|HR Officer]\n{co}|{co} School Office]"
    )
    return Draft(subj, "\n\n".join(p for p in body if p), name, addr, sign=sign)


@family("ws_nurse_ward_visit", "interview", n=30)
def nurse_ward(ctx: Ctx) -> Draft:
    """Hospital / NHS-style shortlisting mail: book a slot, an informal ward visit, a panel."""
    place(ctx, "health")
    trac = ctx.chance(0.5)
    if trac:
        name, addr = (
            ctx.fill("[{co} Recruitment|NHS Jobs|Trac Recruitment]"),
            ctx.fill(
                "[noreply@trac.jobs.example|donotreply@jobs.nhs.example|recruitment@{domain}]"
            ),
        )
    else:
        name, addr = ctx.person, person_addr(ctx)
    ref = f"{ctx.num(100, 999)}-{ctx.pick(['NUR', 'AHP', 'HCA', 'ADM'])}-{ctx.num(1000, 9999)}"
    head = ctx.para(
        f"Dear {{first}},\n\nJob reference: {ref}\nJob title: {{title}}\n\nYou have been shortlisted for this post.",
        "Thank you for applying for {title} on [Ward 7|the Acute Medical Unit|Critical Care|Maple Ward|the Surgical Admissions Lounge]. [I'm pleased to say you've been shortlisted.|We'd like to meet you.|The panel would like to take your application forward.]",
        "You have been shortlisted for the post of {title}.",
        "Dear {first},\n\nThanks for your application for {title} - [good news, you've been shortlisted|we'd love to meet you].",
    )
    invite = ctx.para(
        "Please log in to your account and select a time slot for the selection event. Slots are offered on a first come, first served basis.",
        "We would like to invite you for a conversation with the Ward Manager and Practice Development Nurse on {day} at {time}.",
        "Would you be able to come in for a ward visit and a chat with Sister {pfirst} on {day}? It's a good chance to meet the team and see the unit.",
        "The panel will be held on {day} [face to face in the Education Centre|via MS Teams|in the Seminar Room, Level 2]; please allow 45 minutes and reply to confirm the {time} slot.",
        "Could you come in on {day} at {time} to meet the [unit manager|matron|clinical lead] and have a look round?",
    )
    body = [
        head,
        invite,
        ctx.para(
            "",
            "You are welcome to arrange an informal visit to the ward beforehand - please contact the ward manager on extension {n}{n}{n}{n}.",
            "Please bring your passport, NMC PIN details and two forms of proof of address.",
            "If you are no longer interested in this post, please withdraw your application via your account.",
            "Please note, you may be asked to complete a short drug calculation as part of the day.",
        ),
    ]
    subj = ctx.para(
        f"Invitation for {ref} {{title}}",
        "Shortlisted: {title}",
        "Ward visit?",
        "Your application - {co}",
        f"Action required: book a slot ({ref})",
        "Re: {title} vacancy",
    )
    footer = (
        ctx.fill(
            "[This is an automated email, please do not reply.|{co} is committed to equality, diversity and inclusion.|]"
        )
        if trac
        else ""
    )
    return Draft(
        subj,
        "\n\n".join(p for p in body if p),
        name,
        addr,
        greet=False,
        footer=footer,
        bulk=trac,
        sign=ctx.fill(
            "[Recruitment Team|{co} Recruitment Services|Medical and Nursing Recruitment]"
        )
        if trac
        else ctx.fill(
            "[Thanks|Kind regards],\n{person}\n[Ward Manager|Matron|Clinical Nurse Manager|Nurse Recruitment Lead]"
        ),
    )
