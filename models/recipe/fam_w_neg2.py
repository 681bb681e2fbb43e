"""Hard negatives, part 2: appointments and meetings that look like interview scheduling, and
mail where the user is the one hiring.

Clinic and dentist reminders, calendar invites from colleagues at the user's current job, vendor
sales demos, parent-teacher conferences, pet adoption home visits, and the hiring side of
recruiting (scorecard reminders to an interviewer, an agency sending CVs to a hiring manager).
None of it is news about the user's own job applications, so all of it is ``not_job``.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_w_neg1 import WN_N, not_hiring
from kit import Calendar, Ctx, Draft, ascii_word, family


def _addr(ctx: Ctx, domain: str) -> str:
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    return ctx.pick([f"{first}.{last}", first, f"{first[:1]}{last}"]) + "@" + domain


@family("wn_clinic_reminder", "not_job", n=WN_N)
@not_hiring
def clinic_reminder(ctx: Ctx) -> Draft:
    when = ctx.future(1, 21)
    place = ctx.pick(
        [
            "Bright Smile Dental",
            "Riverside Family Practice",
            "Oakwood Physiotherapy",
            "City Eye Care",
            "Harbor Dermatology",
            "Northside Medical Group",
        ]
    )
    doc = ctx.pick(["Dr. " + ctx.person_last, "your hygienist", "Dr. " + ctx.person_first])
    link = ctx.url(ctx.pick(["mychart.example", "patientportal.example", "zocdoc.example"]))
    body = ctx.para(
        f"This is a reminder of your appointment with {doc} at {place} on {when:%A, %B %d} at {when:%I:%M %p}.\n\n[Reply C to confirm or R to reschedule.|Please confirm by clicking the button below.|Please arrive 10 minutes early to complete paperwork.]\n\n[Cancellations with less than 24 hours' notice may incur a fee.|Please bring your insurance card and a list of current medications.|]",
        f"Your appointment is confirmed!\n\nWhat: [Cleaning & exam|Follow-up visit|New patient consultation|Annual physical|Eye exam]\nWhen: {when:%a %b %d, %I:%M %p}\nWith: {doc}\nWhere: {place}, [2nd floor|Suite 210|main entrance]\n\n[Need to make changes? {link}|Complete your intake forms online before your visit: {link}]",
        f"Hi {{first}}, {place} here. [Just a friendly reminder|Reminder]: {when:%m/%d} at {when:%I:%M%p}. [Text STOP to opt out.|Reply YES to confirm.]",
        f"[We've scheduled your|Your] [follow-up|next visit] with {doc} for {when:%d %B at %H:%M}. [If this time no longer suits, please call reception.|Online check-in opens 48 hours before.]",
    )
    subject = ctx.pick(
        [
            "Appointment reminder",
            f"Your appointment on {when:%b %d}",
            "Appointment confirmed",
            f"Reminder from {place}",
            "Please confirm your appointment",
            "Upcoming visit",
        ]
    )
    return Draft(
        subject,
        body,
        place,
        ctx.pick(["noreply@", "appointments@", "reminders@"]) + ascii_word(place)[:14] + ".example",
        greet=ctx.chance(0.6),
        sign=ctx.pick(["", f"{place}", f"Thank you,\n{place} Front Desk"]),
        footer=ctx.maybe(
            "This message may contain protected health information. If you received it in error, please delete it.",
            0.3,
        ),
        calendar=Calendar(f"Appointment - {place}", when, 45) if ctx.chance(0.25) else None,
    )


@family("wn_colleague_invite", "not_job", n=WN_N)
@not_hiring
def colleague_invite(ctx: Ctx) -> Draft:
    domain = ctx.domain
    when = ctx.future(0, 9)
    meeting = ctx.pick(
        [
            "1:1 {pfirst} / {first}",
            "Weekly sync",
            "Q3 planning",
            "Design review: onboarding flow",
            "Sprint retro",
            "Coffee chat",
            "Interview debrief - {title} candidate",
            "Quarterly check-in",
            "Project kickoff",
            "Offsite logistics",
            "Performance review conversation",
            "Team lunch",
        ]
    )
    summary = ctx.fill(meeting)
    body = ctx.para(
        f"{{person}} has invited you to: {summary}\n\nWhen: {when:%A %b %d, %Y %I:%M%p} - [30|45|60] min ({{time}})\nJoining info: [Google Meet|Zoom|Microsoft Teams] {{link}}\nCalendar: {{first}}.{{last}}@{domain}\n\n[Going? Yes - Maybe - No|Accept · Tentative · Decline · Propose new time]\n\nInvitation from Google Calendar. You are receiving this email because you are an attendee of the event.",
        f"[Moving our|Rescheduling the|Adding a] {summary} [to {when:%A}|- sorry for the shuffle|so we can talk about the roadmap]. [Agenda in the doc.|No prep needed.|Let me know if this clashes.]",
        f"Hi team,\n\n[Sending the invite for|Here's the slot for] {summary}. [Please add topics to the agenda doc beforehand.|Bring your Q&A questions.|We'll cover hiring plans, the budget and next quarter's OKRs.]\n\n[Thanks!|See you there.]",
    )
    subject = ctx.pick(
        [
            f"Invitation: {summary} @ {when:%a %b %d, %Y %I:%M%p}",
            f"Updated invitation: {summary}",
            summary,
            f"Accepted: {summary}",
            f"Meeting: {summary}",
        ]
    )
    return Draft(
        subject,
        body,
        ctx.person,
        _addr(ctx, domain),
        greet=False,
        sign=ctx.pick(["", ctx.person_first, "Thanks,\n" + ctx.person_first]),
        calendar=Calendar(summary, when, ctx.pick([30, 45, 60]), location="Meeting room / Zoom")
        if ctx.chance(0.7)
        else None,
    )


@family("wn_vendor_demo", "not_job", n=WN_N)
@not_hiring
def vendor_demo(ctx: Ctx) -> Draft:
    vendor = ctx.pick(
        [
            ("Pipedash", "pipedash.example"),
            ("Loomly CRM", "loomlycrm.example"),
            ("Stackbeam", "stackbeam.example"),
            ("Hirehive ATS", "hirehive.example"),
            ("Ledgerly", "ledgerly.example"),
            ("Observa", "observa.example"),
        ]
    )
    body = ctx.para(
        f"Thanks for booking time with us! Your [demo|product walkthrough|discovery call] of {vendor[0]} is confirmed for {{day}} at {{time}}.\n\n[I'll tailor it to your team's workflow - feel free to bring colleagues.|Before we meet, it would help to know roughly how many seats you need.|We'll cover pricing, integrations and a live Q&A.]\n\n[Add to calendar: {{link}}|Need to reschedule? {{link}}]",
        f"Following up on my last note - would you be open to a quick 15-minute call to see if {vendor[0]} could save your team time? [I have {{day}} open at {{time}}.|Here's my calendar: {{link}}] [Companies like yours cut reporting time in half.|No hard sell, promise.]",
        f"[Great chatting today!|Thanks for your time on the call.] As promised, here's the [deck|recording|pricing sheet] from our {vendor[0]} demo. [I've also penciled in a follow-up for {{day}} to walk your engineers through the API.|Let me know who else should join the next session.] [Our special offer for new customers ends Friday.|Happy to set up a free 14-day trial.]",
        f"Your meeting with {{person}} from {vendor[0]} has been scheduled.\n\nDate: {{day}}\nTime: {{time}}\nDuration: [30|45] minutes\nLocation: Zoom (link in the calendar invite)\n\nPowered by [Chili Piper|Calendly|HubSpot Meetings]",
    )
    subject = ctx.pick(
        [
            f"Confirmed: {vendor[0]} demo",
            "Your demo is booked",
            "15 minutes next week?",
            "Quick question",
            f"{vendor[0]} <> your team",
            "Following up",
            "Recording + next steps",
            "Meeting scheduled",
        ]
    )
    role = ctx.pick(["Account Executive", "Sales Development Rep", "Solutions Consultant"])
    return Draft(
        subject,
        body,
        ctx.person,
        _addr(ctx, vendor[1]),
        sign=ctx.fill(f"[Best,|Cheers,|Talk soon,]\n{{person}}\n{role}, {vendor[0]}"),
        footer=ctx.maybe("If you'd rather not hear from me, just reply 'unsubscribe'.", 0.4),
    )


@family("wn_school_conference", "not_job", n=WN_N)
@not_hiring
def school_conference(ctx: Ctx) -> Draft:
    child = ctx.pick(["Maya", "Leo", "Ava", "Noah", "Zara", "Eli", "Sofia", "Theo"])
    school = ctx.pick(
        [
            "Lincoln Elementary",
            "Maple Grove Primary",
            "St. Anne's School",
            "Westfield Middle School",
        ]
    )
    body = ctx.para(
        f"Parent-teacher conferences are coming up! Please sign up for a 15-minute slot to meet with {child}'s teacher, [Ms.|Mr.|Mrs.] {ctx.person_last}. [Sign-ups close {{day}}.|Slots fill quickly.]\n\n{{link}}",
        f"Dear Parent/Guardian,\n\nYour conference for {child} is scheduled for {{day}} at {{time}} in Room [12|4B|108]. [We will discuss progress, goals for the rest of the year and any questions you have.|Report cards will be shared at the meeting.] [If you need an interpreter, let the office know.|Virtual meetings are available on request.]",
        f"Hi! Just confirming our meeting about {child} on {{day}}. [Could we move it to 3:45? I have bus duty.|I'll have a few work samples to show you.|The counselor will also join.]",
    )
    return Draft(
        ctx.pick(
            [
                "Parent-Teacher Conference sign-up",
                f"Conference for {child}",
                "Conference confirmation",
                "Meeting about " + child,
                "Reminder: conferences next week",
            ]
        ),
        body,
        ctx.pick([school, ctx.person, f"{school} Office"]),
        _addr(ctx, ascii_word(school)[:12] + ".k12.example"),
        greet=False,
        sign=ctx.fill(f"[Thank you,|Warmly,|Best,]\n[{{person}}|{school} Front Office]"),
        bulk=ctx.chance(0.3),
    )


@family("wn_pet_adoption", "not_job", n=WN_N)
@not_hiring
def pet_adoption(ctx: Ctx) -> Draft:
    pet = ctx.pick(["Biscuit", "Luna", "Pepper", "Milo", "Juniper", "Captain", "Olive"])
    kind = ctx.pick(["dog", "cat", "rabbit", "senior dog", "kitten"])
    rescue = ctx.pick(
        [
            "Second Chance Rescue",
            "Happy Tails Shelter",
            "Paws & Whiskers",
            "Greyfield Animal Rescue",
        ]
    )
    body = ctx.para(
        f"[Hi {{first}}!|Hello {{first}},|Hi there,]\n\nThank you for your application to adopt {pet}! [We've reviewed it and would love to move forward.|Your references checked out great.] The next step is a [home visit|meet-and-greet|short phone interview] with one of our volunteers. [Are you available {{day}}?|Please choose a time: {{link}}]\n\n[It takes about 30 minutes - we just want to make sure {pet} will be safe and happy.|Everyone who lives in the home should be present.]",
        f"Good news: your adoption application for {pet} (the {kind}) has been approved! [Please reply to schedule pick-up.|The adoption fee is $[150|95|250], payable on the day.|We'll send the adoption contract to sign before the handover.]",
        f"Hi {{first}}, this is {{pfirst}}, a volunteer with {rescue}. I'll be doing your home check on {{day}} around {{time}}. [Is that still ok?|Please make sure the yard gate is closed.] Looking forward to meeting you!",
        f"Unfortunately {pet} has been adopted by another family. [We'll keep your application on file for similar {kind}s.|Your application remains active for 60 days.] [Thank you for choosing to adopt!|We hope you'll find your match soon.]",
    )
    return Draft(
        ctx.pick(
            [
                f"Your application for {pet}",
                "Adoption application update",
                "Home visit",
                f"{pet}!!",
                "Next steps for your adoption",
                "Application status",
            ]
        ),
        body,
        ctx.pick([rescue, ctx.person]),
        "adopt@" + ascii_word(rescue)[:12] + ".example.org",
        greet=False,
        sign=ctx.fill(f"[Thanks,|Warmly,|Paws crossed,]\n[{{pfirst}}|{rescue} Adoption Team]"),
    )


@family("wn_scorecard_due", "not_job", n=WN_N)
@not_hiring
def scorecard_due(ctx: Ctx) -> Draft:
    cand = f"{ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)}"
    tool = ctx.pick(["Greenhouse", "Lever", "Ashby", "Workable", "internal"])
    body = ctx.para(
        f"Please submit your scorecard for {cand} ({{title}}). [Your interview ended [2 hours|1 day|3 days] ago.|The debrief is scheduled for {{day}}.] [Submitting feedback promptly helps us give candidates a timely decision.|Scorecards are due within 24 hours.]\n\n[Submit feedback: {{link}}|Open scorecard: {{link}}]",
        f"You're interviewing {cand} for {{title}} {{day}} at {{time}}.\n\nYour focus area: [System design|Culture add|Technical depth - backend|Stakeholder management|Coding]\nInterview kit: {{link}}\n\n[Resume and take-home are attached to the candidate profile.|Please do not share the questions with the candidate.]",
        f"Hey, [quick nudge|friendly reminder] - still need your feedback on {cand} from [Tuesday|yesterday|the onsite]. [Hiring manager wants to decide today.|We're close to an offer and yours is the last one missing.] Thanks!",
        f"{cand} has moved to the [Onsite|Final interview|Offer] stage for {{title}}. [You have been added to the interview panel.|No action needed from you.] [View candidate|See pipeline]: {{link}}",
    )
    sender = (
        (f"{tool} Notifications", f"notifications@{ascii_word(tool)}.example")
        if tool != "internal"
        else (ctx.person, _addr(ctx, ctx.domain))
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    f"Reminder: scorecard due for {cand}",
                    f"Interview feedback needed: {cand}",
                    f"You're interviewing {cand} today",
                    "Feedback overdue",
                    f"{cand} - {{title}}",
                    "Action required: submit your scorecard",
                ]
            )
        ),
        body,
        sender[0],
        sender[1],
        greet=False,
        sign=ctx.pick(["", "Thanks,\nRecruiting Ops", ctx.person_first]),
    )


@family("wn_agency_cvs", "not_job", n=WN_N)
@not_hiring
def agency_cvs(ctx: Ctx) -> Draft:
    agency, domain = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
    k = ctx.num(2, 5)
    body = ctx.para(
        f"Further to our call, please find attached {k} CVs for your {{title}} vacancy. [All are available on one month's notice.|Two of them are interviewing elsewhere, so I'd suggest moving quickly.|Salary expectations are noted on each profile.]\n\n[Could you let me know by {{day}} which ones you'd like to interview?|Happy to arrange first-stage interviews this week.]",
        "[I have|Got] a [strong|excellent|very interesting] candidate for your {title} role - [8|5|12] years' experience, currently at a competitor, looking for a move. [Shall I send over the CV?|CV attached.] Our standard terms ([18|20|15]% of first-year salary) apply.",
        "Thanks for the feedback on the shortlist. [I've sent two more profiles that fit the brief better.|I'll brief the candidates and confirm interview slots for {day}.] [Let me know your panel's availability.|Candidate 2 has asked about hybrid working.]",
        f"Quick update on your {{title}} search: [we've screened 40 applicants and shortlisted {k}.|the candidate you liked has accepted another offer, sorry!|your preferred candidate is free for a second interview {{day}} at {{time}}.]",
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "CVs for your {title} vacancy",
                    "Shortlist - {title}",
                    "Candidate for your team",
                    "Re: {title} search",
                    "Profiles attached",
                    "Update on your vacancy",
                ]
            )
        ),
        body,
        f"{ctx.person} ({agency})" if ctx.chance(0.4) else ctx.person,
        _addr(ctx, domain),
        sign=ctx.fill(
            f"[Kind regards,|Best,|Many thanks,]\n{{person}}\n[Senior Consultant|Principal Recruiter|Director] | {agency}"
        ),
        footer=ctx.maybe(
            f"{agency} acts as an employment agency. Candidate details are confidential and must not be shared.",
            0.5,
        ),
    )
