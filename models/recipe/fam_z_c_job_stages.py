"""Job mail the classifier confuses, part 1: interview invitations that read like
confirmations ("we'd like to learn more about you", "next step: a conversation with the hiring
manager") and technical rounds that read like interviews (onsite loops with a coding part,
pair programming, case-study presentations, coding tests sent by HackerRank, CodeSignal or
Codility on behalf of many employers).
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, ats_sender, family, sign_person
from zc_kit import ZC_N, job

# Coding rounds are for technical roles: their title is drawn from these.
_TECH = (
    "Software Engineer",
    "Senior Software Engineer",
    "Backend Engineer",
    "Frontend Engineer",
    "Data Engineer",
    "Machine Learning Engineer",
    "Site Reliability Engineer",
    "Platform Engineer",
    "Mobile Developer",
    "Full Stack Developer",
    "Security Engineer",
    "Embedded Software Engineer",
    "Analytics Engineer",
    "QA Engineer",
)

_ATS = ("greenhouse", "lever", "workday", "ashby", "smartrecruiters", "workable", "icims", "own")


@family("zc_iv_learn_more", "interview", n=ZC_N)
def iv_learn_more(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "Thank you for applying for the {title} role at {co}. We've reviewed your application and we'd like to learn more about you.",
            "Thanks for your interest in {co}! Your background stood out to our team, and we'd love to learn more about you and what you're looking for next.",
            "We received your application for {title} - thank you. We'd like to get to know you a little better.",
        ),
        ctx.para(
            "Please use the link below to pick a time for a [30-minute|20-minute|45-minute] [video call|phone conversation|chat] with [our recruiting team|{person}, our recruiter|a member of the team]: {link}",
            "The next step is a short [video|phone] conversation with a recruiter. Choose a slot that suits you here: {link}",
            "Could you share a few times that work for a [30-minute|short] call [this week|next week|before {day}]?",
        ),
        ctx.maybe(
            ctx.fill(
                "[No preparation needed - it's an informal conversation about your experience and the role.|We'll cover your background, what you're looking for, and answer your questions about the team.]"
            ),
            0.7,
        ),
    ]
    return job(
        ctx,
        [
            "We'd like to learn more about you",
            "Next steps with {co}",
            "Your application to {co}",
            "{co} | {title}: next steps",
            "Thanks for applying - let's talk",
        ],
        paras,
        ats_sender(ctx, ctx.pick(_ATS)),
        bulk=ctx.chance(0.4),
    )


@family("zc_iv_hm_conversation", "interview", n=ZC_N)
def iv_hm_conversation(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "Thanks again for taking the time to speak with me [on Tuesday|last week|yesterday]. I enjoyed our conversation and I'm happy to share that you're moving forward.",
            "Quick update on your application for {title}: the team has reviewed your profile and would like to move you to the next stage.",
            "Good news - [{person}|the hiring manager] read through your application for the {title} position and would like to meet you.",
        ),
        ctx.para(
            "Next step: a conversation with the hiring manager, [{person}|who leads the team]. It's [45|30|60] minutes over [Zoom|Google Meet|Teams] and focuses on your experience and how you'd approach the role.",
            "The next step is a [45-minute|one-hour] conversation with the hiring manager. [Here's a link to book: {link}|I'll send over a few time options shortly.|Can you let me know your availability for {day}?]",
        ),
        ctx.maybe(
            ctx.fill(
                "[Let me know if you need any accommodations.|Happy to answer any questions before then.]"
            ),
            0.5,
        ),
    ]
    return job(
        ctx,
        [
            "Next step: conversation with the hiring manager",
            "Moving forward - {title}",
            "Re: {title} at {co}",
            "Update on your application",
            "{co}: next stage",
        ],
        paras,
        ats_sender(ctx, ctx.pick(["person", "greenhouse", "lever", "ashby"])),
        sign=sign_person(ctx) if ctx.chance(0.7) else None,
        quote=ctx.fill(
            "Thanks so much for the call today - looking forward to hearing about next steps."
        )
        if ctx.chance(0.2)
        else "",
    )


@family("zc_iv_video_screen", "interview", n=ZC_N)
def iv_video_screen(ctx: Ctx) -> Draft:
    plat = ctx.pick(["HireVue", "Spark Hire", "Willo", "myInterview"])
    paras = [
        ctx.para(
            f"As the next step in your application for {{title}}, we invite you to complete a short on-demand video interview through {plat}.",
            f"Thank you for your application to {{co}}. You've been selected for a recorded video interview ({plat}) - you'll answer [4|5|6] questions on camera at a time that suits you.",
        ),
        ctx.para(
            "You'll have [30 seconds|one minute] to prepare and up to [2|3] minutes per answer. Please complete it by {day}.",
            "Find a quiet place with good lighting. You can do a practice question first. The deadline is {day}.",
        ),
        ctx.fill(
            f"[Start your interview|Begin here]: https://app.{plat.lower().replace(' ', '')}.example.com/i/"
        )
        + str(ctx.num(100000, 999999)),
    ]
    return job(
        ctx,
        [
            "Invitation: video interview for {title}",
            "Your video interview with {co}",
            "Action required: complete your interview",
            "{co} - next step in your application",
        ],
        paras,
        ctx.pick(
            [
                (
                    f"{ctx._co.name} via {plat}",
                    f"no-reply@{plat.lower().replace(' ', '')}.example.com",
                ),
                ats_sender(ctx, ctx.pick(_ATS)),
            ]
        ),
        bulk=True,
    )


@family("zc_iv_quick_chat", "interview", n=ZC_N)
def iv_quick_chat(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "saw your application come through for the {title} role - are you free for a quick chat [tomorrow|this week|on {day}]?",
            "Thanks for applying to {co}! I'm the recruiter on this search. Do you have 20 minutes [Thursday or Friday|this week] for an intro call?",
            "Your application for {title} landed on my desk and I'd love to set up a phone screen. What does your week look like?",
        ),
        ctx.maybe(
            ctx.fill(
                "[Just reply with a couple of times, or grab one here: {link}|I'm flexible - mornings are usually easiest for me.|I'll call from a {city} number.]"
            ),
            0.8,
        ),
    ]
    sender = ats_sender(ctx, "person")
    greeting = ctx.fill(
        ctx.pick(["Hi {first},", "Hey {first}!", "{first} -", "Hi {first}", "Hello {first},"])
    )
    paras.insert(0, greeting)
    return job(
        ctx,
        [
            "Quick chat?",
            "{title} - intro call",
            "Your application",
            "Re: {title}",
            "Phone screen this week?",
        ],
        paras,
        sender,
        greet=False,
        sign=ctx.fill("[Thanks|Cheers|Best],\n{pfirst}")
        + ctx.maybe("\n" + ctx.fill("Talent Partner, {co}"), 0.6),
        form="plain",
    )


@family("zc_iv_panel_sectors", "interview", n=ZC_N)
def iv_panel_sectors(ctx: Ctx) -> Draft:
    ctx._title = ctx.pick(
        [
            "Registered Nurse",
            "Store Manager",
            "Teacher",
            "Pharmacist",
            "Office Manager",
            "Sous Chef",
            "Logistics Coordinator",
            "Physical Therapist",
        ]
    )
    when = ctx.future(3, 14)
    paras = [
        ctx.para(
            "Thank you for your application for the post of {title}. I am pleased to invite you to an interview with a panel of [two|three] on {day} at {time}.",
            "Following the shortlisting for {title}, we would like you to attend an interview at our [Riverside|Eastgate|Northfield|main] [site|office|campus]. The panel will include <panel>.",
        ),
        ctx.para(
            "Please bring photo ID and your original certificates. [You will also be asked to prepare a 10-minute presentation.|There will be a short tour of the department afterwards.|The interview lasts about 45 minutes.]",
            "Please confirm your attendance by replying to this email. If the date is not convenient, let us know as soon as possible.",
        ),
    ]
    panel = {
        "Registered Nurse": "the ward manager",
        "Store Manager": "the area manager",
        "Teacher": "the head teacher",
        "Pharmacist": "the pharmacy lead",
        "Office Manager": "the operations director",
        "Sous Chef": "the head chef",
        "Logistics Coordinator": "the depot manager",
        "Physical Therapist": "the clinical lead",
    }[ctx._title]
    paras = [p.replace("<panel>", panel) for p in paras]
    return job(
        ctx,
        [
            "Invitation to interview - {title}",
            "Interview invitation",
            "Shortlisted: {title}",
            "{co} - interview arrangements",
        ],
        paras,
        ats_sender(ctx, ctx.pick(["own", "workday", "taleo", "icims"])),
        sign=ctx.fill(
            "[Yours sincerely|Kind regards],\n{person}\n[HR Officer|Recruitment Team|Resourcing Adviser], {co}"
        ),
        calendar=Calendar(ctx.fill("Interview - {title}"), when, 45) if ctx.chance(0.3) else None,
    )


@family("zc_tr_onsite_loop", "technical_round", n=ZC_N)
def tr_onsite_loop(ctx: Ctx) -> Draft:
    ctx._title = ctx.pick(_TECH)
    paras = [
        ctx.para(
            "Congratulations on moving to the final round for {title}! Here's the agenda for your [onsite|virtual onsite] on {day}:",
            "We're excited to invite you to the final interview loop for the {title} role. Below is your schedule.",
        ),
        ctx.para(
            "- 10:00 Coding (60 min, live in CoderPad)\n- 11:15 System design (60 min)\n- 12:30 Lunch with the team\n- 13:30 Behavioural with the hiring manager (45 min)",
            "- Technical deep dive: walk us through a project you built (45 min)\n- Live coding: data structures and algorithms (60 min)\n- Architecture discussion (45 min)\n- Values interview (30 min)",
            "- Pair coding with two engineers (90 min)\n- Debugging exercise (45 min)\n- Conversation with the Director of Engineering (30 min)",
        ),
        ctx.para(
            "You can code in the language you're most comfortable with. [Please have a laptop with a working editor.|Interviewers will share a CoderPad link at the start of each session.]",
            "Let me know if you need any accommodations. Good luck - we're rooting for you!",
        ),
    ]
    return job(
        ctx,
        [
            "Your final round schedule - {co}",
            "Onsite interview agenda: {title}",
            "Final interviews confirmed",
            "{co} | Virtual onsite details",
        ],
        paras,
        ats_sender(ctx, ctx.pick(["greenhouse", "ashby", "lever", "person", "own"])),
        calendar=Calendar(ctx.fill("{co} final round"), ctx.future(3, 12), 240)
        if ctx.chance(0.4)
        else None,
    )


@family("zc_tr_pair_programming", "technical_round", n=ZC_N)
def tr_pair_programming(ctx: Ctx) -> Draft:
    ctx._title = ctx.pick(_TECH)
    paras = [
        ctx.para(
            "Thanks for the great conversation with [{person}|the team]. The next step is a [90-minute|2-hour|75-minute] pair-programming session with two of our engineers.",
            "Next up for {title}: a pairing session. Rather than a whiteboard puzzle, you'll work with one of our engineers on a small feature in a real-ish codebase.",
        ),
        ctx.para(
            "You'll share your screen and work in your own editor. We care more about how you think and communicate than finishing.",
            "We'll send a repo 24 hours ahead so you can set up the environment. [Python, TypeScript or Go are all fine.|Any language is fine.]",
        ),
        ctx.fill("[Please pick a time here: {link}|Reply with your availability for next week.]"),
    ]
    return job(
        ctx,
        [
            "Next step: pair programming session",
            "Pairing session - {title}",
            "{co}: technical interview (pairing)",
            "Invitation: pair programming with {co}",
        ],
        paras,
        ats_sender(ctx, ctx.pick(["greenhouse", "lever", "ashby", "person"])),
    )


@family("zc_tr_case_study", "technical_round", n=ZC_N)
def tr_case_study(ctx: Ctx) -> Draft:
    ctx._title = ctx.pick(
        [
            "Product Manager",
            "Senior Product Manager",
            "Data Scientist",
            "Business Analyst",
            "Financial Analyst",
            "Operations Manager",
            "Product Designer",
            "Marketing Manager",
        ]
    )
    paras = [
        ctx.para(
            "You're through to the case-study stage for {title}. Attached is a brief; you'll present your approach to a panel for 30 minutes, followed by 15 minutes of questions.",
            "The next round for {title} is a case study presentation. We'll share a dataset and a business question [48 hours|one week] before your slot.",
        ),
        ctx.para(
            "We're looking for structured thinking, clear prioritisation and how you'd measure success. Slides are optional.",
            "Please don't spend more than [3-4 hours|an afternoon] on preparation. Send your deck by {day}.",
        ),
        ctx.maybe(
            ctx.fill(
                "Your panel: {person} (hiring manager) and two [product leads|analysts|designers]."
            ),
            0.6,
        ),
    ]
    return job(
        ctx,
        [
            "Case study presentation - {title}",
            "Next round: case study",
            "{co} | Your case study brief",
            "Presentation round details",
        ],
        paras,
        ats_sender(ctx, ctx.pick((*_ATS, "person"))),
    )


def _test_mail(ctx: Ctx, plat: str, host: str, minutes: int) -> Draft:
    ctx._title = ctx.pick(_TECH)
    paras = [
        ctx.para(
            f"{{co}} has invited you to take a coding assessment on {plat} as part of your application for {{title}}.",
            f"Thank you for your interest in {{co}}. The next step for {{title}} is an online technical assessment hosted by {plat}.",
            f"You've been invited to the {{co}} {plat} test for {{title}}. [It takes about {minutes} minutes.|Time limit: {minutes} minutes.]",
        ),
        ctx.para(
            f"The test has [2|3|4] problems and a {minutes}-minute limit. Complete it within [5|7] days, by {{day}}.",
            "Once you start, the timer cannot be paused. Make sure you have a stable connection. [Webcam proctoring is enabled.|You may use the documentation of your language.]",
        ),
        ctx.fill(f"[Start test|Take the assessment|Begin]: https://{host}/test/")
        + str(ctx.num(10**6, 10**7)),
    ]
    return job(
        ctx,
        [
            "{co} invited you to a coding assessment",
            f"{plat} test from {{co}}",
            "Your technical assessment for {title}",
            "Invitation: online coding test",
            "Reminder: your {co} assessment expires soon",
        ],
        paras,
        ctx.pick(
            [
                (f"{ctx._co.name} via {plat}", f"no-reply@{host}"),
                (plat, f"support@{host}"),
                ats_sender(ctx, ctx.pick(_ATS)),
            ]
        ),
        sign=ctx.fill(f"[Good luck!|All the best,]\n[{{co}} Recruiting|The {plat} team]"),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("zc_tr_hackerrank", "technical_round", n=ZC_N)
def tr_hackerrank(ctx: Ctx) -> Draft:
    return _test_mail(ctx, "HackerRank", "hackerrankforwork.com", ctx.pick([60, 75, 90]))


@family("zc_tr_codesignal", "technical_round", n=ZC_N)
def tr_codesignal(ctx: Ctx) -> Draft:
    return _test_mail(ctx, "CodeSignal", "codesignal.com", 70)


@family("zc_tr_codility", "technical_round", n=ZC_N)
def tr_codility(ctx: Ctx) -> Draft:
    return _test_mail(ctx, "Codility", "app.codility.com", ctx.pick([90, 110, 120]))


@family("zc_tr_takehome", "technical_round", n=ZC_N)
def tr_takehome(ctx: Ctx) -> Draft:
    ctx._title = ctx.pick(_TECH)
    paras = [
        ctx.para(
            "Thanks for chatting with us! As the next step for {title}, we'd like you to complete a short take-home exercise.",
            "We'd like to move you forward to the technical stage: a take-home assignment, followed by a review call where you walk us through it.",
        ),
        ctx.para(
            "The brief is in [the attached PDF|this repo: https://github.com/{slug}-hiring/take-home]. We expect it to take [3-4|about 4|no more than 5] hours; please submit by {day}.",
            "You'll build a small [API|data pipeline|UI component] and write a README explaining your trade-offs. Tests are a plus.",
        ),
        ctx.maybe(
            ctx.fill(
                "[If the deadline doesn't work, just tell us - we're flexible.|We compensate candidates for their time on take-homes.]"
            ),
            0.6,
        ),
    ]
    return job(
        ctx,
        [
            "Take-home exercise: {title}",
            "Next step: technical assignment",
            "{co} take-home challenge",
            "Your technical exercise",
        ],
        paras,
        ats_sender(ctx, ctx.pick((*_ATS, "person"))),
    )


@family("zc_tr_design_round", "technical_round", n=ZC_N)
def tr_design_round(ctx: Ctx) -> Draft:
    ctx._title = ctx.pick(_TECH)
    paras = [
        ctx.para(
            "Great news - the team would like to continue with a technical interview for {title}: [system design|a technical deep dive|an architecture session] with [two senior engineers|our staff engineer].",
            "Your next round is technical. You'll meet [{person}|a principal engineer] for [60|75] minutes on system design - think designing a service end to end, scaling and trade-offs.",
        ),
        ctx.para(
            "We'll use [Excalidraw|a shared whiteboard|Miro], no coding required in this round. [Book here: {link}|I'll send an invite once you confirm a time.]",
            "The second half is a live coding exercise in [CoderPad|your own IDE]. Please confirm your availability for {day}.",
        ),
    ]
    return job(
        ctx,
        [
            "Technical interview - {title}",
            "Next round: system design",
            "{co}: technical round",
            "Scheduling your technical interview",
        ],
        paras,
        ats_sender(ctx, ctx.pick((*_ATS, "person"))),
    )
