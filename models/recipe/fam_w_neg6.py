"""Hard negatives, part 6: other people's job hunts, the hiring side, and lessons and features.

A friend or sibling writes about THEIR interview or offer, or asks the user for a referral; the
user's employer's referral tool reports on a referred candidate; an ATS tells the user (as hiring
manager) that someone applied to their opening; a tutoring site books a trial lesson; an alumni
magazine or a local history project wants to interview the user. Every one of them is full of
"interview", "offer" and "application", and none is about the user's own applications.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_w_neg1 import WN_N, not_hiring
from kit import Ctx, Draft, ascii_word, family


def _addr(ctx: Ctx, domain: str) -> str:
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    return ctx.pick([f"{first}.{last}", first, f"{first[:1]}{last}"]) + "@" + domain


def _someone(ctx: Ctx) -> str:
    return f"{ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)}"


@family("wn_friend_job_news", "not_job", n=WN_N)
@not_hiring
def friend_job_news(ctx: Ctx) -> Draft:
    other = ctx.pick(vocab.COMPANIES).name
    body = ctx.para(
        f"I GOT THE OFFER!!! {other} called this morning. [still can't believe it|starting in March|they even went up on the salary]. drinks on me [friday|this weekend]",
        f"ok I have my final interview at {other} tomorrow and I'm freaking out. [any tips? you've done a million of these|can you do a mock interview with me tonight?|what do I say when they ask about my weaknesses lol]",
        "[Random question|Favour to ask] - is your team hiring? I saw a {title} opening on your careers page. Would you be ok referring me? [Happy to send my CV.|No worries if not!]",
        f"[Update|News]: didn't get the {other} job :( [they went with someone internal|got the rejection email an hour ago]. [Back to applying I guess.|Need a pint.] [Call you later?|]",
        f"[Mum says|Dad told me] you've been interviewing a lot lately - [how's it going?|any news?|hope it's going well!] [Your cousin just started at {other}, maybe ask her?|Let us know if we can help.] [Love you x|Call us on Sunday.]",
        f"Thanks again for the reference! The recruiter at {other} said [it really helped|you were very kind]. [I start on {{day}}!|I owe you dinner.]",
    )
    return Draft(
        ctx.pick(
            ["!!!!", "", "tomorrow", "favour", "news", "Re: hi", "update", "thank you!!", "quick q"]
        ),
        body,
        ctx.person_first if ctx.chance(0.5) else ctx.person,
        _addr(ctx, ctx.pick(vocab.CANDIDATE_DOMAINS)),
        greet=False,
        sign=ctx.fill(
            ctx.pick(["", "{pfirst}", "x", "- {pfirst}", "{pfirst}\nSent from my iPhone"])
        ),
        form="plain",
        quote=ctx.maybe("good luck!! tell me how it goes", 0.2),
    )


@family("wn_referral_tracker", "not_job", n=WN_N)
@not_hiring
def referral_tracker(ctx: Ctx) -> Draft:
    cand = _someone(ctx)
    tool = ctx.pick(["Workday", "Greenhouse", "Lever", "our referral portal"])
    body = ctx.para(
        f"Thanks for referring {cand} for the {{title}} position! [We've received their application and the recruiting team will review it shortly.|Your referral has been submitted.] [You'll get an update when their status changes.|Referral ID: {{req}}]",
        f"Status update on your referral: {cand} ({{title}}) has moved to the [Phone Screen|Onsite Interview|Offer] stage. [Thanks for helping us grow the team!|] [Remember, the referral bonus is paid after 90 days of employment.|]",
        f"Update on your referral: unfortunately {cand} was not selected for the {{title}} role. [We really appreciate the referral - keep them coming!|Thank you for thinking of us.]",
        f"Great news! {cand}, whom you referred, has accepted an offer and will join as {{title}} on {{day}}. Your referral bonus of [$2,000|$3,500|€1,500] will be paid in the payroll run after their 90th day.",
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Referral update: " + cand,
                    "Thanks for your referral",
                    "Your referral has a new status",
                    "Referral received",
                    "Your referral bonus",
                ]
            )
        ),
        body,
        ctx.fill("[{co} Referrals|{co} Talent Acquisition|Employee Referrals]"),
        ctx.fill("[referrals|talent|no-reply]@{domain}")
        if tool == "our referral portal"
        else f"notifications@{ascii_word(tool)}.example",
        greet=ctx.chance(0.6),
        sign="",
        footer=ctx.maybe(
            "For privacy reasons we can only share limited information about candidates you refer.",
            0.5,
        ),
    )


@family("wn_new_applicant_alert", "not_job", n=WN_N)
@not_hiring
def new_applicant_alert(ctx: Ctx) -> Draft:
    cand = _someone(ctx)
    k = ctx.num(2, 40)
    tool = ctx.pick(["Workable", "JazzHR", "BambooHR", "Recruitee", "Indeed Employer"])
    body, subjects = ctx.pick(
        [
            (
                f"{cand} applied for {{title}}.\n\n[Location: {{city}}|Source: LinkedIn|Source: Indeed|Source: Careers page]\n[Resume attached.|Screening questions: 4/5 answered]\n\n[Review candidate: {{link}}|Move to Phone screen or Disqualify in one click.]",
                [f"New application: {cand} for {{title}}", "New applicant", f"{cand} applied"],
            ),
            (
                f'You have {k} new applicants for your job "{{title}}" [in the last 24 hours|this week]. [Top match: {cand}.|Respond quickly - strong candidates are off the market in 10 days.] {{link}}',
                [f"{k} new candidates for {{title}}", "Daily candidate digest", "New applicants"],
            ),
            (
                f'Your job posting "{{title}}" [expires in 3 days. Renew it to keep receiving applications.|has been live for 30 days and received {k} applications.|was approved and is now live on 12 job boards.]',
                ["Your job posting", "Job posting update", "About your job post"],
            ),
            (
                f"{cand} has completed the [skills assessment|video interview|questionnaire] for {{title}}. [Score: {k * 2}%.|Watch the recording.] [Advance or reject the candidate in your pipeline.|]",
                [f"{cand} completed the assessment", "Assessment results are in"],
            ),
        ]
    )
    return Draft(
        ctx.fill(ctx.pick(subjects)),
        ctx.fill(body),
        tool,
        f"employers-noreply@{ascii_word(tool)}.example",
        greet=ctx.chance(0.5),
        sign="",
        footer=ctx.fill(
            "[You are receiving this because you are the hiring manager for this job.|Manage notification settings for your hiring team.]"
        ),
        bulk=ctx.chance(0.5),
    )


@family("wn_tutor_trial", "not_job", n=WN_N)
@not_hiring
def tutor_trial(ctx: Ctx) -> Draft:
    taught = ctx.pick(["Spanish", "piano", "guitar", "Japanese", "GCSE maths", "chess", "French"])
    where = ctx.pick(["online", "on Zoom", "at the studio", "at your place"])
    platform = ctx.pick([("Preply-ish", "preply.example"), ("LessonHub", "lessonhub.example")])
    body, subjects, own = ctx.pick(
        [
            (
                f"Your trial lesson with {{pfirst}} is confirmed! {taught[0].upper() + taught[1:]} - {{day}} at {{time}}, [50|30|60] minutes, {where}. [Your tutor has reviewed your goals and will prepare a plan.|If you need to reschedule, do it at least 12 hours in advance.]",
                ["Your trial lesson is booked", "Lesson confirmed", f"Trial {taught} lesson"],
                False,
            ),
            (
                f"{{pfirst}} accepted your lesson request for {taught}. [Next step: book your first lesson.|Pay for your trial to confirm the slot.] [Tutors usually reply within a few hours.|]",
                ["Lesson request accepted", "Your tutor replied"],
                False,
            ),
            (
                f"Hi! This is {{pfirst}}, your {taught} teacher. [Looking forward to our first lesson on {{day}}.|Could we move Thursday's lesson to {{time}}?] [Please have your book ready.|Bring any pieces you're working on.|]",
                [f"{taught[0].upper() + taught[1:]} lesson", "Thursday", "our lesson"],
                True,
            ),
            (
                "How was your trial lesson with {pfirst}? [Buy a package of 5 lessons and save 10%.|Leave a review to help other students.] [Your next lesson is {day}.|]",
                ["How did it go?", "Rate your lesson"],
                False,
            ),
        ]
    )
    sender = (
        (ctx.person, _addr(ctx, ctx.pick(vocab.CANDIDATE_DOMAINS)))
        if own
        else (platform[0], f"notifications@{platform[1]}")
    )
    return Draft(
        ctx.pick(subjects),
        ctx.fill(body),
        *sender,
        sign=ctx.person_first if own else "",
    )


@family("wn_feature_request", "not_job", n=WN_N)
@not_hiring
def feature_request(ctx: Ctx) -> Draft:
    who = ctx.pick(
        [
            ("the Alumni Magazine", "alumni.northfield.example.edu", "Editor", "Alumni Magazine"),
            (
                "the Riverside Oral History Project",
                "riversidehistory.example.org",
                "Volunteer",
                "Riverside Oral History Project",
            ),
            ("the Tandem blog", "blog.tandem.example", "Content Lead", "Tandem"),
            ("the Women in Data newsletter", "womenindata.example", "Editor", "Women in Data"),
            ("St Mary's parish newsletter", "stmarys.example.org", "Newsletter team", "St Mary's"),
        ]
    )
    body, subjects = ctx.pick(
        [
            (
                f"I'm writing from {who[0]}. We're putting together [a series of profiles|an issue] on [graduates who changed careers|people who have lived in the neighbourhood for decades|members doing interesting work] and would love to feature you. [Would you be willing to do a short interview?|Could we interview you for 30 minutes, by phone or in person?]\n\n[We'd also need a photo.|You'll see the text before it's published.]",
                ["Interview request", "Would you like to be featured?", f"A request from {who[3]}"],
            ),
            (
                f"[Hello from {who[0]}!|Greetings from {who[0]}.] We are recording interviews with [long-time residents|former employees of the old mill|local business owners] to preserve their stories. [The interview is relaxed and usually lasts about an hour.|Recordings are kept at the county library.] [Would you or a family member be interested?|Please let me know a convenient day.]",
                ["Oral history interview", "Would you share your story?", "Interview request"],
            ),
            (
                "[Thanks so much for agreeing to the interview!|Following up on our chat:] [I've put us down for {day} at {time}.|Could we do {day}?] [I'll bring a recorder and the consent form.|Questions are attached so you can think ahead.]",
                ["Re: interview", "Our interview", "Profile for the next issue"],
            ),
        ]
    )
    return Draft(
        ctx.pick(subjects),
        ctx.fill(body),
        ctx.person,
        _addr(ctx, who[1]),
        sign=ctx.fill(f"[Best wishes,|Thank you,|Warmly,]\n{{person}}\n{who[2]}, {who[3]}"),
    )
