"""Hard negatives, part 5: "applications", "reviews" and "decisions" outside job hunting.

Conference talk proposals accepted or declined, grant and fellowship review outcomes, a letting
agent processing a flat application, a gym or club membership application, job-market newsletters
and salary surveys, and the host side of a scheduling tool when the user books candidates for
their own team. Words like "application received", "unfortunately", "shortlisted", "panel" and
"next steps" are all here, yet none of it is news about the user's own job applications.
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


@family("wn_cfp_decision", "not_job", n=WN_N)
@not_hiring
def cfp_decision(ctx: Ctx) -> Draft:
    conf = ctx.pick(
        [
            "PyCon Riverside",
            "DataConf EU",
            "DevDays North",
            "FrontendFest",
            "SREcon Local",
            "UXLondon-ish",
        ]
    )
    talk = ctx.pick(
        [
            "Lessons from migrating a monolith",
            "Testing data pipelines for real",
            "Accessible forms that people finish",
            "On-call without burnout",
            "Small models, big wins",
        ]
    )
    body, subject = ctx.pick(
        [
            (
                f'Congratulations! We are happy to let you know that your proposal "{talk}" has been accepted for {conf}. [You have been scheduled for a [25|40]-minute slot on day [1|2].|The final schedule will be published in two weeks.]\n\nPlease confirm your participation by {{day}}. [Speakers receive a free conference pass and up to two nights of hotel accommodation.|Travel grants are available on request.]',
                f"[{conf}: your talk was accepted|Your proposal has been accepted|CFP result: accepted]",
            ),
            (
                f'Thank you for submitting "{talk}" to {conf}. We received over [400|650|1,100] proposals this year and unfortunately we were not able to accept yours. [This is not a reflection of the quality of your work.|The programme committee left some anonymized feedback below.] [We hope you\'ll submit again next year!|As a thank-you, here is a 20% discount code for tickets.]',
                f"[{conf} CFP decision|Your {conf} proposal|CFP result]",
            ),
            (
                f'Your proposal "{talk}" has been placed on the waitlist for {conf}. [If a slot opens up we\'ll contact you by {{day}}.|Please let us know if you are no longer available.]',
                f"[Waitlist: {conf}|Update on your proposal]",
            ),
            (
                f"Reminder: the call for papers for {conf} closes {{day}}. [You have a draft proposal that hasn't been submitted yet.|Submit your talk idea - first-time speakers welcome!] {{cfp_link}}",
                f"[Last chance: {conf} CFP closes soon|CFP deadline approaching]",
            ),
        ]
    )
    return Draft(
        ctx.fill(subject),
        ctx.fill(body.replace("{cfp_link}", ctx.url("sessionize.example", "cfp"))),
        f"{conf} Program Committee",
        "cfp@" + ascii_word(conf)[:12] + ".example.org",
        sign=ctx.fill(
            f"[Best,|Cheers,|Kind regards,]\n[The {conf} team|{{person}}, Program Chair]"
        ),
        footer=ctx.maybe("Sent via Sessionize-like CFP tool. Manage your speaker profile.", 0.4),
    )


@family("wn_grant_review", "not_job", n=WN_N)
@not_hiring
def grant_review(ctx: Ctx) -> Draft:
    fund = ctx.pick(
        [
            "Open Tools Fund",
            "Arts Council Project Grant",
            "Community Innovation Fund",
            "Early Career Research Fellowship",
            "Northern Writers' Bursary",
        ]
    )
    ref = f"{ctx.pick(['GR', 'OTF', 'ECR', 'AC'])}-{ctx.num(2024, 2026)}-{ctx.num(100, 9999)}"
    body, subject = ctx.pick(
        [
            (
                f"We are pleased to inform you that your application ({ref}) to the {fund} has been successful. You have been awarded [£8,500|$25,000|€12,000] for [your project|the proposed work]. [A grant agreement will follow within 10 working days.|Please read the attached terms and return the signed acceptance form.]",
                "[Grant award|Your application was successful|{fund}: outcome]",
            ),
            (
                f"Thank you for applying to the {fund}. After careful review by the assessment panel, we regret that your application ({ref}) has not been funded in this round. [Competition was exceptionally strong: we could fund only 11% of eligible applications.|Reviewer comments are available in the portal.] [You are welcome to apply again in the next round.|]",
                "[Outcome of your application|{fund} decision|Application {ref}]",
            ),
            (
                f"Your application ({ref}) has passed the eligibility check and is now with external reviewers. [We expect to notify applicants of outcomes by {{day}}.|You'll be invited to a short panel interview if shortlisted.]",
                "[Application received - {ref}|Your {fund} application: under review]",
            ),
            (
                f"You have been shortlisted for the {fund}. The final stage is a [20-minute|30-minute] interview with the panel on {{day}}, where you will present your proposal. [Slides are optional.|The panel includes two previous award holders.]",
                "[Shortlisted: {fund}|Invitation to panel interview|Next stage of your application]",
            ),
        ]
    )
    fill = {"{fund}": fund, "{ref}": ref}
    for key, value in fill.items():
        subject = subject.replace(key, value)
    return Draft(
        ctx.fill(subject),
        ctx.fill(body),
        ctx.pick([fund, "Grants Team", f"{fund} Programme Officer"]),
        ctx.pick(["grants@fundingbody.example.org", "awards@council.example.org"]),
        sign=ctx.fill("[Yours sincerely,|Kind regards,|Best wishes,]\n[{person}|Grants Team]"),
        footer=ctx.maybe(
            "Please quote your application reference in all correspondence. Registered charity no. 1100"
            + str(ctx.num(100, 999)),
            0.5,
        ),
    )


@family("wn_letting_agent", "not_job", n=WN_N)
@not_hiring
def letting_agent(ctx: Ctx) -> Draft:
    flat = ctx.pick(
        ["Flat 3, 22 Queen's Road", "Apt 4B, 118 Elm St", "12 Canal Wharf", "Unit 7, The Maltings"]
    )
    body, subject = ctx.pick(
        [
            (
                f"Thank you for your application for {flat}. [We have passed it to the landlord.|The landlord would like to proceed with your application.] [Next step is referencing - you'll receive a link from our referencing partner to verify your employment and income.|Please pay the holding deposit of one week's rent to secure the property.]",
                f"[Your application - {flat}|Application update|Next steps for {flat}]",
            ),
            (
                "Your tenant referencing is [complete|nearly complete]. [We have received confirmation from your employer and previous landlord.|We're still waiting on your employer reference - could you chase HR?] [Your tenancy agreement will be sent for e-signature.|]",
                "[Referencing update|Referencing complete|Action needed: employer reference]",
            ),
            (
                f"Unfortunately the landlord has decided to proceed with another applicant for {flat}. [Your holding deposit will be refunded within 7 days.|We'd be happy to show you similar properties.]",
                f"[Application unsuccessful - {flat}|Update on {flat}]",
            ),
            (
                "We've received your rental application [through Zillow|via our website|at the viewing]. [Application fee: $45 (non-refundable).|Please upload proof of income (last 2 pay stubs or an offer letter) and photo ID.] [We review applications in the order received.|]",
                "[Rental application received|Your rental application|Application #{num}]",
            ),
            (
                f"Good news - your application for {flat} has been approved! [Move-in date: {{day}}.|Please sign the lease by {{day}}.] [Keys can be collected from our office.|]",
                "[Approved!|Your application has been approved|Lease ready to sign]",
            ),
        ]
    )
    return Draft(
        ctx.fill(subject),
        ctx.fill(body),
        ctx.pick([ctx.person, "Lettings Team", "Oakstone Property Management", "Leasing Office"]),
        _addr(ctx, ctx.pick(["oakstonelettings.example", "parkviewleasing.example"])),
        sign=ctx.fill("[Kind regards,|Thanks,|Best,]\n[{person}|Lettings Negotiator|Leasing Team]"),
        footer=ctx.maybe("Client money protection: member of a CMP scheme.", 0.3),
    )


@family("wn_gym_membership", "not_job", n=WN_N)
@not_hiring
def gym_membership(ctx: Ctx) -> Draft:
    gym = ctx.pick(
        [
            "IronWorks Gym",
            "FlowYoga Studio",
            "Riverside Tennis Club",
            "PulseFit",
            "City Climbing Wall",
        ]
    )
    body, subject = ctx.pick(
        [
            (
                f"Thanks for joining {gym}! We've received your membership application. [Your first direct debit will be taken on {{day}}.|Activate your app to book classes.] [Your induction is booked for {{day}} at {{time}}.|]",
                "[Application received|Welcome to {gym}!|Your membership application]",
            ),
            (
                f"Your membership application to {gym} has been approved by the committee. [Welcome!|Please pay the joining fee to activate your membership.] [Club nights are Tuesdays and Thursdays.|]",
                "[Membership approved|Welcome to the club]",
            ),
            (
                "We're sorry you're thinking of cancelling. [As a valued member, we'd like to offer you 2 months at half price.|Freeze your membership instead for just $10/month.] [This offer ends {day}.|]",
                "[Before you go...|A special offer for you]",
            ),
            (
                "Your class is confirmed: [HIIT|Vinyasa Flow|Intro to Bouldering|Spin] on {day} at {time} with {pfirst}. [Cancel up to 12 hours before to avoid a late fee.|Bring water and a towel.]",
                "[Booking confirmed|You're booked!|Class confirmation]",
            ),
        ]
    )
    return Draft(
        ctx.fill(subject.replace("{gym}", gym)),
        ctx.fill(body),
        gym,
        "hello@" + ascii_word(gym)[:12] + ".example",
        sign=ctx.fill(f"[See you soon,|Cheers,|Thanks,]\nThe {gym} team"),
        bulk=ctx.chance(0.4),
    )


@family("wn_jobmarket_digest", "not_job", n=WN_N)
@not_hiring
def jobmarket_digest(ctx: Ctx) -> Draft:
    pub = ctx.pick(
        [
            ("The Hiring Pulse", "pulse@hiringpulse.example"),
            ("Career Compass Weekly", "news@careercompass.example"),
            ("Salary Signals", "hello@salarysignals.example"),
            ("TechJobs Digest", "digest@techjobs.example"),
        ]
    )
    body, subject = ctx.pick(
        [
            (
                "This week in the job market:\n\n- [Tech layoffs slowed for the third month running|Hiring in healthcare hit a record high|Remote roles fell to 8% of postings]\n- [Why recruiters are ghosting less|How to answer 'what are your salary expectations?'|5 interview questions hiring managers love]\n- [Companies hiring now: a list of 40 teams|The offer negotiation script that works]\n\n[Read more: {link}|]",
                "[This week in hiring|The job market, explained|Your weekly career briefing|Are offers getting smaller?]",
            ),
            (
                "Take our [2025|annual] salary survey! [It takes 6 minutes and|Your answers are anonymous and] you'll get the full report - salaries by role, city and seniority - before anyone else. [Plus: a chance to win a $200 gift card.|] {link}",
                "[Take the salary survey|How much do you earn? (anonymous)|Help us build the salary report]",
            ),
            (
                "The [2025|annual] {title} salary report is out. Median base pay rose [4|6|3]% to {money}; [senior roles saw the biggest jump|remote offers pay 7% less on average]. [Download the report: {link}|See the full breakdown by city.]",
                "[The salary report is here|New data: {title} salaries|Salary report 2025]",
            ),
            (
                "[Free webinar|Live workshop]: [Nailing the behavioural interview|Negotiating your offer|Writing a CV that beats the ATS] - {day} at {time}. [Hosted by a former Big Tech recruiter.|Seats are limited.] [Register: {link}|]",
                "[Webinar: ace your next interview|Free workshop this week|Interview masterclass - register]",
            ),
        ]
    )
    return Draft(
        ctx.fill(subject),
        ctx.fill(body),
        pub[0],
        pub[1],
        sign=ctx.pick(["", f"- the {pub[0]} team", "See you next week!"]),
        footer=ctx.fill(
            "[You're receiving this because you subscribed to our newsletter. Unsubscribe · Manage preferences|Not interested anymore? Unsubscribe in one click.]"
        ),
        bulk=True,
        form=ctx.pick(["html", "alt", "alt"]),
    )


@family("wn_host_booking", "not_job", n=WN_N)
@not_hiring
def host_booking(ctx: Ctx) -> Draft:
    cand = f"{ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)}"
    tool = ctx.pick(["Calendly", "GoodTime", "Cal.com", "YouCanBookMe"])
    when = ctx.future(1, 10)
    event = ctx.fill(
        ctx.pick(
            ["Phone screen - {title}", "30 Minute Meeting", "Hiring manager chat", "Intro call"]
        )
    )
    body, subject = ctx.pick(
        [
            (
                f'A new event has been scheduled.\n\nEvent Type: {event}\nInvitee: {cand}\nInvitee Email: {ascii_word(cand.split()[0])}@gmail.com\nEvent Date/Time: {when:%I:%M%p - %A, %B %d, %Y}\n\n[Questions: Anything you\'d like us to know? "Looking forward to it"|Location: Zoom - details in the calendar event.]\n\nView event in {tool}',
                f"New Event: {cand} - {when:%I:%M%p %a, %b %d, %Y} - {event}",
            ),
            (
                f'{cand} has canceled the event "{event}" on {when:%A, %B %d}. [Reason: "Accepted another offer, sorry!"|Reason: "Need to reschedule, will rebook"|No reason was given.]',
                f"Canceled: {event} with {cand}",
            ),
            (
                f'Your interview with {cand} for the {{title}} role has been scheduled for {when:%a %b %d at %H:%M}. [You are the interviewer for the "Technical deep-dive" session.|Panel: you, {{person}}.] [Please review the candidate\'s resume in the ATS beforehand.|Use the shared interview guide.]',
                f"[Interview scheduled: {cand}|You're on the panel for {cand}|Reminder: you interview {cand}]",
            ),
        ]
    )
    return Draft(
        ctx.fill(subject),
        ctx.fill(body),
        tool,
        f"notifications@{ascii_word(tool)}.example",
        greet=ctx.chance(0.5),
        sign="",
        calendar=Calendar(f"{event} ({cand})", when, 30) if ctx.chance(0.3) else None,
    )
