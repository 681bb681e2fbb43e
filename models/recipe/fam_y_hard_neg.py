"""Hard negatives: real mail full of "interview", "offer", "hiring" that is not the user's search.

The user as an interviewer at their current job (scorecards, debriefs, interview loops),
agency and career-center newsletters, every kind of LinkedIn notification, job-board
marketing, school and admissions interviews, medical appointments, co-op board interviews,
a friend's job news and a reference request about someone else. All are ``not_job``: none
is about an application the user made, so none may touch the tracker.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Calendar, Ctx, Draft, ascii_word, family


def _other(ctx: Ctx) -> str:
    """Someone who is not the user: a candidate they interview, a friend, a colleague."""
    return f"{ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)}"


def _join(*paras: str) -> str:
    return "\n\n".join(p for p in paras if p)


def _unsub(ctx: Ctx, who: str) -> str:
    return ctx.fill(
        f"You are receiving this email because you subscribed to {who}. [Unsubscribe|Manage preferences|Update your email settings] | [Privacy Policy|Terms] | {ctx.pick(vocab.CITIES)}"
    )


@family("hd_neg_interviewer_duty", "not_job", n=34)
def interviewer_duty(ctx: Ctx) -> Draft:
    cand = _other(ctx)
    ats = ctx.pick(["Greenhouse", "Lever", "Ashby", "Workday"])
    pairs = [
        (
            f"[Scorecard due: {cand}|Reminder: submit your scorecard|Action required: submit your feedback]",
            f"Reminder: your scorecard for {cand} ({{title}}) is [due|overdue]. Please submit your feedback in {ats} [by end of day|within 24 hours of the interview] so the hiring team can make a decision.",
        ),
        (
            f"[Interview loop: {cand}|You've been added to an interview|Interview with {cand}]",
            f"You've been added to an interview loop for {cand}, candidate for {{title}}. Your session: [Coding|System design|Behavioral|Culture add] on {{day}} at {{time}}. [Prep notes and the resume are in {ats}.|Please review the candidate's resume beforehand.]",
        ),
        (
            f"[Debrief - {cand}|Candidate debrief: {{title}}|Hiring debrief]",
            f"Candidate debrief for {cand} - {{title}} is scheduled for {{day}} at {{time}}. [Please submit scorecards before the debrief.|Hiring manager: {{person}}.] [Come with a hire/no-hire recommendation.|Don't share feedback with other interviewers before submitting.]",
        ),
        (
            "[Can you cover an interview?|Interviewer needed {day}|quick favor - phone screen]",
            "[can you cover|would you be able to take] a [phone screen|technical interview] for our open {title} req on {day}? [The original interviewer is out.|We're short on interviewers this week.] [Thanks for helping with hiring!|Interview training counts toward your goals.]",
        ),
        (
            "[Interview kit updated: {title}|Your interview plan]",
            f"[Interview kit|Interview plan] updated: {{title}} (req {{req}}). You are the [hiring manager|interviewer] for the [onsite|final round] with {cand}. [Questions for your focus area are attached.|Please leave written feedback in {ats}.]",
        ),
        (
            "[Hiring update|We hired our {title}!|Offer accepted - thank you interviewers]",
            "Hiring update from the team: we extended an offer to our {title} finalist and they accepted! Thanks to everyone who interviewed. [Please close out any open scorecards.|Next up: the two backfill reqs.]",
        ),
    ]
    subject, text = ctx.pick(pairs)
    subject, body = ctx.fill(subject), ctx.fill(text)
    if ctx.chance(0.4):
        name, addr, sign = ats, f"notifications@{ats.lower()}.example", ""
    else:
        name = ctx.person
        addr = ctx.fill(f"{ascii_word(ctx.person_first)}@{{domain}}")
        sign = ctx.fill(
            "[Thanks!|Thank you,|Cheers,]\n{pfirst}\n[Recruiting Coordinator|Talent Acquisition|Recruiting Ops]"
        )
    cal = (
        Calendar(f"Interview: {cand} - {ctx._title}", ctx.future(1, 6), 45)
        if ctx.chance(0.25)
        else None
    )
    return Draft(subject, body, name, addr, calendar=cal, greet=ctx.chance(0.5), sign=sign)


@family("hd_neg_agency_newsletter", "not_job", n=30)
def agency_newsletter(ctx: Ctx) -> Draft:
    agency, domain = ctx.rng.choice(vocab.RECRUITING_AGENCIES)
    roles = "\n".join(
        ctx.fill(
            f"- {t} | [{ctx.pick(vocab.CITIES)}|Remote] | [$90-120k|$60/hr|competitive|$140k+]"
        )
        for t in ctx.rng.sample(vocab.TITLES, ctx.num(3, 6))
    )
    body = _join(
        ctx.fill(
            f"[This week's hot jobs from {agency}|Hot jobs this week|New roles our recruiters are filling now|Your weekly job digest]"
        ),
        roles,
        ctx.fill(
            "[Interested? Reply to this email or apply on our site.|Know someone great? Our referral bonus is $500.|Tips: how to ace a panel interview - read on our blog.]"
        ),
        ctx.fill(
            "[Market update: hiring in tech is picking up again, and contract roles are up {pct}%.|Salary guide 2025 is out - download it free.|]"
        ),
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Hot jobs this week",
                    f"{agency} | New opportunities",
                    "Top roles we're hiring for",
                    "Your Monday job roundup",
                    "Contract roles: apply today",
                ]
            )
        ),
        body,
        agency,
        f"news@{domain}",
        greet=ctx.chance(0.4),
        sign=f"The {agency} team",
        footer=_unsub(ctx, f"{agency} job updates"),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("hd_neg_career_center", "not_job", n=30)
def career_center(ctx: Ctx) -> Draft:
    school = ctx.pick(
        [
            "State University",
            "Riverside College",
            "Northgate University",
            "Lakeshore Community College",
            "Westbrook Institute of Technology",
        ]
    )
    body = _join(
        ctx.fill(
            "[This week at Career Services|Career Center Weekly|Your career newsletter]: [Spring Career Fair on {day} - 120+ employers!|Mock interview sessions are open for booking|Resume review drop-ins every Tuesday|Employer spotlight: {co} info session on {day}]"
        ),
        ctx.fill(
            "[Handshake tip: complete your profile to get recommended jobs.|Workshop: negotiating your first offer ({day}, {time}).|Alumni panel: breaking into product management.|Practice interviews with Big Interview, free for students.]"
        ),
        ctx.fill(
            "[New internships posted on Handshake this week.|Reminder: on-campus interview sign-ups close Friday.|Drop-in advising hours have moved.|]"
        ),
    )
    slug = ascii_word(school)[:10]
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Career Center Weekly",
                    "Career Fair is next week!",
                    "Your career newsletter",
                    "Mock interviews + workshops",
                    "This week in Career Services",
                ]
            )
        ),
        body,
        f"{school} Career Services",
        f"careers@{slug}.edu",
        greet=ctx.chance(0.5),
        sign=f"{school} Career Services",
        footer=_unsub(ctx, "the Career Services mailing list"),
        bulk=True,
    )


@family("hd_neg_linkedin_notifs", "not_job", n=36)
def linkedin_notifs(ctx: Ctx) -> Draft:
    who = _other(ctx)
    kind = ctx.pick(["views", "post", "hiring", "premium", "connect", "birthday", "jobnews"])
    subj, text = {
        "views": (
            "{first}, you appeared in {n} searches this week",
            "Your profile was viewed by [{n} people|a recruiter at {co}|people from {co} and {n} others]. [See all profile viewers with Premium.|Find out who's looking.]",
        ),
        "post": (
            f"{who} and {{n}} others reacted to your post",
            f'{who} [commented on|reposted|liked] your post: ["Excited to share that..."|"Great interview tips"|"Hiring is hard"]. [See all reactions.|Reply to {who}.]',
        ),
        "hiring": (
            f"{who} is hiring",
            f"{who} shared a job post: {{co}} is hiring a {{title}}. [Be one of the first applicants.|{{n}} people in your network work here.|See the post.]",
        ),
        "premium": (
            "[Try Premium free for 1 month|{first}, unlock InMail with Premium|Get hired faster with Premium]",
            "[Premium members are 2.6x more likely to get hired.|See how you compare to other applicants.|Message recruiters directly with InMail credits.] [Start your free trial.|Cancel anytime.]",
        ),
        "connect": (
            f"{who} wants to connect",
            f"[{who}, {{title}} at {{co}}, sent you an invitation.|You have {{n}} new invitations.] [Accept|View profile] | [People you may know|{who} is a mutual connection of {{n}} people].",
        ),
        "birthday": (
            f"Congratulate {who} on [their work anniversary|their new position]",
            f"{who} [started a new position as {{title}} at {{co}}|is celebrating {{n}} years at {{co}}]. [Say congrats|Send a message].",
        ),
        "jobnews": (
            "[Top job picks for you|Jobs you may be interested in|{title} roles near you]",
            "Based on your profile: {title} at {co} ({city}) - [Easy Apply|Actively recruiting|Promoted]. [See {n}0 more jobs.|Set a job alert.]",
        ),
    }[kind]
    return Draft(
        ctx.fill(subj),
        ctx.fill(text),
        "LinkedIn",
        {
            "hiring": "jobs-listings@linkedin.com",
            "jobnews": "jobalerts-noreply@linkedin.com",
            "connect": "invitations@linkedin.com",
            "premium": "linkedin@e.linkedin.com",
        }.get(kind, "notifications-noreply@linkedin.com"),
        greet=ctx.chance(0.3),
        sign="",
        footer=ctx.fill(
            "This email was intended for {first} {last}. [Learn why we included this.|Unsubscribe|Help] © 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."
        ),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("hd_neg_board_marketing", "not_job", n=32)
def board_marketing(ctx: Ctx) -> Draft:
    board = ctx.pick(["Glassdoor", "Indeed", "ZipRecruiter", "Monster"])
    host = board.lower() + ".com"
    subject, body = ctx.pick(
        [
            (
                "[BOARD: salaries at {co}|Is your pay fair?|What {title}s earn at {co}]",
                "[Salaries at {co}|What does a {title} make at {co}?] [The average salary is {money}.|See {n}0 salary reports.] [Compare offers before you negotiate.|Is your pay fair? Find out.]",
            ),
            (
                "[Companies hiring near you|{co} and others are hiring near you]",
                "Companies hiring near you: {co}, [Initech|Globex|Hooli] and {n} more. [Read reviews from employees.|See which have the best interview experience.]",
            ),
            (
                "[New interview questions at {co}|New reviews at {co}]",
                '[New reviews at {co}|Interview questions at {co}]: "[The interview process was 3 rounds...|Great culture but slow hiring.|Asked about system design and SQL.]" [Read more.|Share your own review to unlock more.]',
            ),
            (
                "[Your resume is getting noticed|Employers are viewing your resume]",
                "Your resume is [being viewed by employers|searchable by employers]. [Boost it with Resume Pro.|Take a skills assessment to stand out.|Update it to get more matches.]",
            ),
            (
                "[Tips to ace your next interview|Career tip of the week]",
                '[Career tip of the week|From the BOARD blog]: how to answer "what are your salary expectations?" in an interview.',
            ),
        ]
    )
    body = ctx.fill(body.replace("BOARD", board))
    subject = ctx.fill(subject.replace("BOARD", board))
    return Draft(
        subject,
        body,
        board,
        ctx.pick([f"noreply@{host}", f"alerts@{host}", f"community@{host}"]),
        greet=ctx.chance(0.4),
        sign=f"The {board} Team",
        footer=_unsub(ctx, f"{board} emails"),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("hd_neg_school_interviews", "not_job", n=30)
def school_interviews(ctx: Ctx) -> Draft:
    kid = ctx.pick(vocab.FIRST_NAMES)
    school = ctx.pick(
        ["Oakwood Academy", "St. Mary's School", "Hillcrest Prep", "Maple Grove Elementary"]
    )
    host = ascii_word(school)[:12] + ".example.org"
    subject, text, name, addr = ctx.pick(
        [
            (
                "[Admissions interview invitation|Your family interview|Next steps for your application]",
                f"Thank you for applying to {school} for {kid}. We'd like to invite your family to an admissions interview on {{day}} at {{time}}. [Your child will spend the morning in a classroom.|Please bring recent report cards.]",
                f"{school} Admissions",
                f"admissions@{host}",
            ),
            (
                "[Parent-teacher conference schedule|Your conference time|Conferences next week]",
                f"Parent-teacher conferences are on {{day}}. Your slot with [Ms.|Mr.] {{person}} for {kid} is {{time}}. [Please let us know if you need to reschedule.|Conferences are 15 minutes.]",
                f"{school} Front Office",
                f"office@{host}",
            ),
            (
                "[Your interview is confirmed|Program interview scheduled|Graduate admissions: interview]",
                "Graduate admissions: your interview for the [MBA|MSc Data Science|PhD] program is [confirmed|scheduled] for {day}. [A faculty member will interview you.|Please log in to the applicant portal for details.]",
                "Graduate Admissions Office",
                "gradadmissions@northgate.example.edu",
            ),
            (
                "[Application received|Enrollment application|Waitlist update]",
                f"Your application for {kid}'s [daycare|after-school program|summer camp] place has been received. [We'll contact you to arrange a visit.|An interview with the director is the next step.]",
                "[Little Acorns Childcare|Sunny Days Camp|Kids Club Enrollment]",
                "enroll@littleacorns.example",
            ),
            (
                "[Alumni interview request|Meeting with an alum|Your optional interview]",
                "As part of your [undergraduate|college] application, a local alum would like to meet you for an informal interview on {day}. [Please reply with your availability.|This is optional and one small part of your file.]",
                "Office of Admissions",
                "alumni-interviews@westbrook.example.edu",
            ),
        ]
    )
    return Draft(ctx.fill(subject), ctx.fill(text), ctx.fill(name), addr)


@family("hd_neg_medical_appt", "not_job", n=28)
def medical_appt(ctx: Ctx) -> Draft:
    practice = ctx.pick(
        ["Bright Smile Dental", "Lakeview Family Medicine", "City Eye Care", "Northside Physio"]
    )
    body = ctx.fill(
        f"This confirms your appointment at {practice} on {{day}} at {{time}}[ with Dr. {{person}}|]. "
        "[Please arrive 10 minutes early to complete paperwork.|Reply C to confirm or R to reschedule.|Bring your insurance card and a photo ID.] "
        "[Cancellations require 24 hours notice.|New patient forms are available online.|Your follow-up interview with the care coordinator is included.]"
    )
    return Draft(
        ctx.pick(
            [
                "Appointment confirmation",
                "Reminder: upcoming appointment",
                "Your visit is confirmed",
                "Please confirm your appointment",
            ]
        ),
        body,
        practice,
        ctx.pick(["appointments@", "noreply@", "reminders@"]) + ascii_word(practice) + ".example",
        sign=ctx.pick([practice, f"The team at {practice}", ""]),
    )


@family("hd_neg_board_interview", "not_job", n=28)
def board_interview(ctx: Ctx) -> Draft:
    subject, text, name, addr = ctx.pick(
        [
            (
                "[Board interview scheduling|Co-op board interview|Unit purchase: board interview]",
                "The co-op board has reviewed your purchase application for Unit [4B|12A|7C]. We'd like to schedule your board interview on {day} at {time}. [Both purchasers must attend.|Please bring your financial statements.]",
                "Parkview Co-op Management Office",
                "office@parkviewcoop.example",
            ),
            (
                "[Interview with the committee|HOA board nominations|Committee interviews]",
                "Thank you for volunteering for the HOA [architectural committee|board seat]. The nominating committee would like to interview candidates on {day}. [Please reply with your availability.|Each interview takes about 20 minutes.]",
                "Oak Hill HOA Board Secretary",
                "board@oakhillhoa.example",
            ),
            (
                "[Your rental application|Application - next steps|Viewing and meeting]",
                "Your rental application for [12 Elm St|the Maple Court apartment] is under review. [The landlord would like to meet you on {day}.|We'll contact your references this week.]",
                "Maple Properties Leasing Office",
                "leasing@mapleproperties.example",
            ),
            (
                "[Volunteer interview|Thanks for applying to volunteer!|Volunteer orientation]",
                "Thanks for applying to volunteer with [the food bank|our youth soccer league|the animal shelter]! Volunteer interviews take place on {day} at {time}. [A background check is required for all volunteers.|Orientation follows the interview.]",
                "Volunteer Coordinator",
                "volunteer@communityhelp.example.org",
            ),
        ]
    )
    return Draft(ctx.fill(subject), ctx.fill(text), name, addr)


@family("hd_neg_friend_news", "not_job", n=30)
def friend_news(ctx: Ctx) -> Draft:
    friend = ctx.pick(vocab.FIRST_NAMES)
    body = ctx.para(
        "I GOT THE OFFER!!! [starting in two weeks|they said yes to my counter] - drinks on me this weekend",
        "ok so I had my final interview at [Stripe-like|that fintech] place today and I think it went well?? fingers crossed. how's your week",
        "guess who just got rejected from their dream job lol. [anyway|ugh]. coffee tomorrow?",
        "update: I accepted the offer at the hospital! thanks for the interview prep help, you're the best",
        "my company is hiring like crazy btw - if you know anyone in [design|sales|data] send them my way. [referral bonus!|they're desperate lol]",
        "They moved me to the technical round!! any tips for live coding? you've done like a million of these",
    )
    first = ascii_word(friend)
    return Draft(
        ctx.pick(["!!!!", "guess what", "news", "update", "(no subject)", "ugh", "omg"]),
        body,
        f"{friend} {ctx.pick(vocab.LAST_NAMES)}",
        f"{first}{ctx.num(1, 99)}@{ctx.pick(vocab.CANDIDATE_DOMAINS)}",
        greet=ctx.chance(0.3),
        sign=ctx.pick([friend, "x", f"- {friend[0]}", "Sent from my iPhone", ""]),
        form="plain",
    )


@family("hd_neg_reference_other", "not_job", n=30)
def reference_other(ctx: Ctx) -> Draft:
    cand = _other(ctx)
    vendor = ctx.pick(
        [
            ("SkillSurvey", "noreply@skillsurvey.example"),
            ("Crosschq", "references@crosschq.example"),
            ("Checkster", "no-reply@checkster.example"),
            ("", ""),
        ]
    )
    sign: str | None = f"The {vendor[0]} team"
    if not vendor[0]:
        vendor = (ctx.person, ascii_word(ctx.person_first) + "@" + ctx.domain)
        sign = None
    body = _join(
        ctx.fill(
            f"[{cand} has listed you as a reference|You've been named as a professional reference by {cand}] for a {{title}} position at {{co}}. [Would you have 15 minutes for a call this week?|Please complete the short questionnaire linked below.]"
        ),
        ctx.fill(
            f"[We'd like to hear about your experience working with {cand.split()[0]}.|Questions cover teamwork, reliability and strengths.|Your responses will be kept confidential.] [The survey closes {{day}}.|Thank you for helping {cand.split()[0]}.]"
        ),
    )
    return Draft(
        ctx.pick(
            [
                f"Reference request for {cand}",
                f"{cand} listed you as a reference",
                "Reference check - confidential",
                "Quick favour: reference call",
            ]
        ),
        body,
        *vendor,
        sign=sign,
    )
