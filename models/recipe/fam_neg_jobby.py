"""Hard negatives that talk about jobs but are not about the user's own applications.

Job-alert digests, career newsletters, interview podcasts, premium upsells, profile-view
notices, the user acting as an interviewer at their current employer, a friend's job news.
All are ``not_job``: they must never be stored.
"""

from __future__ import annotations

import vocab
from kit import Calendar, Ctx, Draft, ascii_word, family


def _job_lines(ctx: Ctx, k: int, style: int) -> str:
    lines = []
    for _ in range(k):
        t = ctx.rng.choice(vocab.TITLES)
        c = ctx.rng.choice(vocab.COMPANIES).name
        city = ctx.rng.choice(vocab.CITIES)
        extra = ctx.pick(
            [
                "Easy Apply",
                "Actively recruiting",
                "Be an early applicant",
                f"{ctx.num(2, 29)} applicants",
                "Promoted",
                "New",
                "",
                f"${ctx.num(60, 200)}K - ${ctx.num(120, 260)}K",
                "Apply now",
            ]
        )
        if style == 0:
            lines.append(f"{t}\n{c} · {city}\n{extra}\n{ctx.url('www.linkedin.com', 'jobs/view')}")
        elif style == 1:
            lines.append(f"{t} - {c} - {city}\n{extra}")
        else:
            lines.append(f"• {t} at {c} ({city}) {extra}")
    return "\n\n".join(lines)


@family("alert_linkedin", "not_job", ats="linkedin", n=48)
def alert_linkedin(ctx: Ctx) -> Draft:
    title = ctx.rng.choice(vocab.TITLES)
    k = ctx.num(3, 8)
    subject = ctx.fill(
        ctx.pick(
            [
                f"{k} new jobs for {title}",
                f"{title}: {k} new jobs",
                f"New jobs similar to {title}",
                f"{title} at {ctx.rng.choice(vocab.COMPANIES).name} and {k} more jobs",
                f"“{title}” jobs in [{{city}}|your area]",
            ]
        )
    )
    body = ctx.fill(
        f"Your job alert for {title} in [{{city}}|United States|Europe]\n"
        f"{k} new jobs match your preferences.\n\n"
    ) + _job_lines(ctx, k, 0)
    body += ctx.fill(
        "\n\n[See all jobs|View more jobs]: https://www.linkedin.com/jobs/search\n"
        "[Applying is quick with Easy Apply. Get noticed by recruiters and land "
        "interviews faster.|Be one of the first applicants - early applicants are "
        "more likely to get an interview.]"
    )
    return Draft(
        subject,
        body,
        "LinkedIn Job Alerts",
        "jobalerts-noreply@linkedin.com",
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
        footer="You are receiving Job Alert emails. Unsubscribe. © LinkedIn Corporation",
    )


@family("alert_indeed", "not_job", ats="indeed", n=40)
def alert_indeed(ctx: Ctx) -> Draft:
    title = ctx.rng.choice(vocab.TITLES)
    city = ctx.rng.choice(vocab.CITIES)
    subject = ctx.pick(
        [
            f"{title} jobs in {city}",
            f"{ctx.num(5, 30)} new {title} jobs",
            f"New jobs for you: {title}",
            f"{title} - new jobs near you",
        ]
    )
    body = (
        f"Here are new jobs matching your search for {title} in {city}:\n\n"
        + _job_lines(ctx, ctx.num(3, 7), 1)
        + ctx.fill(
            "\n\n[Apply easily with your Indeed Resume.|Employers are responding to "
            "applications fast - apply today and get an interview sooner.]"
        )
    )
    return Draft(
        subject,
        body,
        "Indeed",
        ctx.pick(["alert@indeed.com", "jobalerts@indeed.com"]),
        greet=False,
        sign="",
        bulk=True,
        footer="Manage job alerts | Unsubscribe",
    )


@family("alert_glassdoor_zip", "not_job", n=40)
def alert_boards(ctx: Ctx) -> Draft:
    brand, addr = ctx.rng.choice(
        [
            ("Glassdoor", "noreply@glassdoor.com"),
            ("ZipRecruiter", "alerts@ziprecruiter.com"),
            ("Dice", "jobalerts@dice.com"),
            ("Monster", "jobs@monster.com"),
            ("Wellfound", "hello@wellfound.com"),
            ("Otta", "jobs@otta.com"),
        ]
    )
    title = ctx.rng.choice(vocab.TITLES)
    subject = ctx.pick(
        [
            f"Jobs you may be interested in: {title}",
            f"{title} jobs for you",
            "Your weekly job matches",
            f"{ctx.num(3, 15)} new jobs match your search",
            "Top companies are hiring - new matches inside",
            "Recommended jobs this week",
        ]
    )
    body = (
        ctx.fill(
            f"[Hi {{first}}, here|Here] are this week's [matches|recommended jobs] for {title}:\n\n"
        )
        + _job_lines(ctx, ctx.num(3, 6), 2)
        + ctx.fill(
            "\n\n[1-click apply available.|Salaries and interview reviews on every "
            "listing.|Companies are actively interviewing.]"
        )
    )
    return Draft(
        subject,
        body,
        brand,
        addr,
        greet=False,
        sign="",
        bulk=True,
        footer=f"You're receiving this because you created a job alert on {brand}.",
    )


@family("alert_company_talent_community", "not_job", n=32)
def talent_community(ctx: Ctx) -> Draft:
    body = ctx.para(
        "Thanks for joining the {co} Talent Community! Here are new openings we think you'll like:",
        "We're hiring! Check out the latest roles at {co}:",
        "New roles at {co} this month:",
    )
    body += "\n\n" + _job_lines(ctx, ctx.num(2, 5), 2)
    body += "\n\n" + ctx.para(
        "[Apply now|Explore all openings] at https://careers.{domain}",
        "Follow us on LinkedIn for life at {co} stories.",
    )
    return Draft(
        ctx.para(
            "New jobs at {co}",
            "{co} is hiring",
            "Opportunities you might like",
            "Your {co} talent community update",
        ),
        body,
        ctx.fill("{co} Careers"),
        ctx.fill("talentcommunity@{domain}"),
        greet=False,
        sign="",
        bulk=True,
        footer="Unsubscribe from job alerts",
    )


TIPS = (
    "5 tips to ace your next interview",
    "How to answer 'Tell me about yourself'",
    "The one question you should ask at the end of every interview",
    "How to negotiate your job offer (with scripts)",
    "Why your resume gets rejected by ATS",
    "What recruiters look for in the first 6 seconds",
    "Behavioral interview questions decoded",
    "How to follow up after an interview",
    "Dealing with rejection in your job search",
    "System design interview: a beginner's guide",
    "Salary negotiation mistakes to avoid",
)


@family("news_career_tips", "not_job", n=44)
def career_tips(ctx: Ctx) -> Draft:
    brand, addr = ctx.rng.choice(
        [
            ("The Muse", "newsletter@themuse.com"),
            ("Career Contessa", "hello@careercontessa.com"),
            ("Glassdoor Community", "community@glassdoor.com"),
            ("Ask a Manager", "newsletter@askamanager.org"),
            ("Levels.fyi", "newsletter@levels.fyi"),
            ("Interviewing.io", "hello@interviewing.io"),
            ("Harvard Business Review", "emailteam@hbr.org"),
        ]
    )
    picks = ctx.rng.sample(TIPS, 3)
    body = ctx.fill("[This week|Today] in your inbox:\n\n") + "\n\n".join(
        f"{t}\n{ctx.pick(['Read more', 'Read the article', 'Continue reading'])}: "
        f"{ctx.url('click.' + addr.split('@')[1])}"
        for t in picks
    )
    body += "\n\n" + ctx.para(
        "Got an offer? Congratulations! Here's how to evaluate it before you accept.",
        "Reader question: 'I was rejected after the final round - should I ask for feedback?'",
        "Unfortunately, many candidates never hear back after applying. Here's why.",
        "Upcoming webinar: Landing interviews at top tech companies - register free.",
    )
    return Draft(
        ctx.fill(ctx.pick([*picks, "Your weekly career digest"])),
        body,
        brand,
        addr,
        greet=ctx.chance(0.3),
        sign="",
        bulk=True,
        footer="You signed up for our newsletter. Unsubscribe | Preferences",
    )


@family("news_podcast_interviews", "not_job", n=32)
def podcast(ctx: Ctx) -> Draft:
    show = ctx.pick(
        [
            "The Hiring Line",
            "Offer Accepted",
            "Career Moves",
            "Tech Interview Pod",
            "Behind the Rejection",
            "The Job Hunt Show",
        ]
    )
    ep = ctx.num(12, 240)
    topic = ctx.pick(TIPS)
    body = (
        f"New episode of {show}: #{ep} - {topic}\n\n"
        + ctx.para(
            "This week we talk to a former Google recruiter about what really happens "
            "after your onsite interview and how offers get approved.",
            "Our guest shares how she went from 40 rejections to three offers in a month.",
            "We break down the technical interview: coding rounds, "
            "take-home assignments and system design.",
        )
        + "\n\nListen now: "
        + ctx.url("podcasts.example.fm")
    )
    return Draft(
        ctx.pick([f"New episode: {topic}", f"{show} #{ep}: {topic}", f"🎧 {topic}"]),
        body,
        show,
        f"episodes@{show.lower().replace(' ', '')}.fm",
        greet=False,
        sign="",
        bulk=True,
        footer="Unsubscribe",
    )


@family("notif_linkedin_social", "not_job", ats="linkedin", n=40)
def linkedin_social(ctx: Ctx) -> Draft:
    p = ctx.person
    subject, body = ctx.rng.choice(
        [
            (
                f"{p} viewed your profile",
                f"{p}, Recruiter at {ctx.co}, viewed your profile. See who "
                "else is looking - try Premium free for 1 month.",
            ),
            (
                "You appeared in 12 searches this week",
                "Recruiters found you through searches for "
                "Software Engineer. Stand out with Premium and get 5x more interview invites.",
            ),
            (f"{p} congratulated you on your work anniversary", "Say thanks to your network."),
            (
                f"Congratulate {p} on starting a new position",
                f"{p} started a new position as "
                f"{ctx.rng.choice(vocab.TITLES)} at {ctx.rng.choice(vocab.COMPANIES).name}.",
            ),
            (
                "Your invitation was accepted",
                f"{p} accepted your invitation. Start a conversation.",
            ),
            (
                "Land your dream job with Premium",
                "Get InMail credits, see how you compare to other "
                "applicants and get noticed by recruiters. Your special offer expires soon.",
            ),
            (
                f"{p} posted: 'After 200 applications I finally got an offer!'",
                "See what people in your network are talking about. 1,245 reactions, 300 comments.",
            ),
        ]
    )
    return Draft(
        subject,
        body,
        "LinkedIn",
        ctx.pick(
            [
                "notifications-noreply@linkedin.com",
                "messages-noreply@linkedin.com",
                "updates-noreply@linkedin.com",
            ]
        ),
        greet=False,
        sign="",
        bulk=True,
        footer="© LinkedIn Corporation. Unsubscribe",
    )


@family("work_interviewer_duty", "not_job", ats="greenhouse", n=36)
def interviewer_duty(ctx: Ctx) -> Draft:
    cand = f"{ctx.rng.choice(vocab.FIRST_NAMES)} {ctx.rng.choice(vocab.LAST_NAMES)}"
    title = ctx.rng.choice(vocab.TITLES)
    subject, body = ctx.rng.choice(
        [
            (
                f"Interview kit: {cand} for {title}",
                f"You're interviewing {cand} for {title} "
                "tomorrow. Review the interview kit and submit your scorecard within 24 hours.",
            ),
            (
                f"Reminder: submit your scorecard for {cand}",
                "Your feedback helps the hiring team "
                f"make a decision. Please submit your scorecard for {cand} ({title}).",
            ),
            (
                f"New application: {cand} applied for {title}",
                f"{cand} applied for {title} via LinkedIn. Review the candidate in Greenhouse.",
            ),
            (
                f"Offer approval needed: {cand}",
                f"An offer for {cand} ({title}) is waiting for your approval.",
            ),
        ]
    )
    cal = None
    if "kit" in subject and ctx.chance(0.5):
        cal = Calendar(f"Interview: {cand} ({title})", ctx.future(), 45)
    return Draft(
        subject,
        body,
        "Greenhouse",
        "no-reply@greenhouse.io",
        greet=False,
        sign="",
        calendar=cal,
        footer="Greenhouse Recruiting notification for interviewers",
    )


@family("personal_friend_jobnews", "not_job", n=36)
def friend_news(ctx: Ctx) -> Draft:
    friend = ctx.rng.choice(vocab.FIRST_NAMES)
    body = ctx.para(
        "Guess what - I got the offer from [the startup|that bank|the hospital]! Starting next "
        "month. Drinks on me [Friday|this weekend]?",
        "My interview went okay I think, fingers crossed. How's your week going? We should "
        "grab dinner soon.",
        "Ugh, got rejected from the job I really wanted. Need a distraction - movie tonight?",
        "Can you look over my resume before I apply? No rush, whenever you have time.",
        "Mom asked if you're coming for the holidays. Also, congrats on the new job hunt!",
    )
    return Draft(
        ctx.pick(["news!!", "hey", "Re: dinner", "quick favor", "Re: weekend", "guess what"]),
        body,
        friend,
        f"{ascii_word(friend)}{ctx.num(1, 99)}@gmail.com",
        greet=False,
        sign=ctx.pick(["", friend, "x " + friend, "Sent from my iPhone"]),
        form="plain",
        quote=ctx.maybe("Hey! How did it go?", 0.3),
    )
