"""Everyday mail that reads like hiring but is not about a job: paid research "interviews",
hackathons and accelerators, fellowships and admissions, volunteer and club applications,
API / beta access approvals, grants and scholarships, mentorship programmes, and coding
contests with rounds.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, family
from zd_kit import date_in, opt, workday
from ze_kit import ZE_N, body, neg_hello, neg_sign, unsub


@family("ze_ng_paid_research_study", "not_job", n=ZE_N)
def _research(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Respondent", "respondent.io"),
            ("User Interviews", "userinterviews.com"),
            ("UserTesting", "usertesting.com"),
            ("dscout", "dscout.com"),
            ("Prolific", "prolific.com"),
        ]
    )
    when = workday(ctx, 1, 6)
    pay = ctx.pick(["$75", "$100", "$150", "$60", "£50", "€80", "$200"])
    subject = ctx.fill(
        ctx.pick(
            [
                "You've been selected for a paid interview (" + pay + ")",
                "Invitation: 45-min research interview",
                "Congrats! You qualified for a study",
                "Your session is confirmed for " + date_in(ctx, when),
                "New study: software developers wanted - " + pay,
                "Reminder: your interview starts in 1 hour",
            ]
        )
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                'Great news! Based on your screener answers, the researcher would like to interview you for the project "'
                + ctx.pick(
                    [
                        "How teams manage cloud costs",
                        "Shopping for home insurance",
                        "Developer onboarding experiences",
                        "Using budgeting apps",
                    ]
                )
                + '".',
                "You've been approved for a 1:1 remote interview with a product team. Sessions are "
                + ctx.pick(["30", "45", "60"])
                + " minutes over video and pay "
                + pay
                + ".",
                "Thanks for applying to participate! You matched the criteria for this study.",
                "This is a reminder of your upcoming research session. The researcher will send the call link shortly.",
            ]
        ),
        "Session: "
        + date_in(ctx, when)
        + ", "
        + f"{when:%H:%M}"
        + "\nIncentive: "
        + pay
        + " "
        + ctx.pick(["via PayPal", "gift card", "paid within 3 days", "Tremendous gift card"]),
        opt(
            ctx,
            0.5,
            "Please join from a quiet place with a webcam. Sessions are recorded for research purposes only.",
        ),
        opt(
            ctx,
            0.3,
            "Can't make it? Please cancel at least 24 hours before so another participant can take the slot.",
        ),
        unsub(ctx, host),
    )
    cal = Calendar("Research session", when, 45) if ctx.chance(0.3) else None
    return Draft(
        subject,
        text,
        org,
        ctx.pick(["notifications@", "no-reply@", "studies@", "research@"]) + host,
        greet=False,
        sign="",
        calendar=cal,
        bulk=True,
    )


@family("ze_ng_hackathon_accelerator", "not_job", n=ZE_N)
def _hack(ctx: Ctx) -> Draft:
    kind = ctx.pick(["hack", "accel", "hack"])
    if kind == "hack":
        org, host = ctx.pick(
            [
                ("HackMIT", "hackmit.org"),
                ("ETHGlobal Lisbon", "ethglobal.com"),
                ("Hack the North", "hackthenorth.com"),
                ("Junction", "hackjunction.com"),
                ("TreeHacks", "treehacks.com"),
                ("HackZurich", "hackzurich.com"),
                ("MLH Global Hack Week", "mlh.io"),
                ("Devpost Online Hackathon", "devpost.com"),
            ]
        )
        subject = ctx.pick(
            [
                f"Your {org} application decision",
                f"You're in! Welcome to {org}",
                f"{org}: application status update",
                f"Confirm your spot at {org}",
                f"{org} - we couldn't offer you a spot this year",
            ]
        )
        text = body(
            neg_hello(ctx),
            ctx.pick(
                [
                    f"Congratulations! We're excited to accept you as a hacker at {org}. Please confirm your attendance by RSVPing within 7 days.",
                    f"Thank you for applying to {org}. We received over {ctx.num(3, 12)},000 applications this year and unfortunately we can't offer you a spot.",
                    f"Your application to {org} has been moved to the waitlist. We'll let you know if a spot opens up.",
                ]
            ),
            ctx.pick(
                [
                    "Travel reimbursement details and the hacker guide will follow.",
                    "Team formation opens on Discord next week.",
                    "We hope you'll apply again next year!",
                    "Bring your laptop, charger and a sleeping bag.",
                ]
            ),
            opt(ctx, 0.5, "RSVP: " + ctx.url(host, "rsvp")),
        )
        return Draft(
            subject,
            text,
            org + " Team",
            ctx.pick(["team@", "hello@", "no-reply@"]) + host,
            greet=False,
            sign=neg_sign(ctx, "The " + org + " organizers"),
            bulk=True,
        )
    org, host = ctx.pick(
        [
            ("Y Combinator", "ycombinator.com"),
            ("Techstars", "techstars.com"),
            ("Antler", "antler.co"),
            ("Entrepreneur First", "joinef.com"),
            ("Station F Founders", "stationf.co"),
        ]
    )
    when = workday(ctx, 2, 8)
    subject = ctx.pick(
        [
            "Interview invitation - " + org,
            org + " application update",
            "Your " + org + " interview is scheduled",
            "Next steps for your " + org + " application",
            org + " decision",
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                "Thanks for applying to "
                + org
                + " with your startup. We'd like to invite you and your co-founders to a 10-minute interview with our partners.",
                "We enjoyed reading your application. The next step is a video interview with two partners on "
                + date_in(ctx, when)
                + ".",
                "Thank you for applying to the "
                + ctx.pick(["Winter", "Summer", "Spring", "Fall"])
                + " batch. Unfortunately we're not able to fund your company this time.",
                "We'd like to invite your team to our founder selection day.",
            ]
        ),
        ctx.pick(
            [
                "Please make sure all founders can attend. Be ready to demo your product.",
                "Investments are $" + str(ctx.num(1, 5) * 125) + "k on standard terms.",
                "Many companies we turn down go on to do great things; we encourage you to reapply.",
                "Please book a slot here: " + ctx.url(host, "interviews"),
            ]
        ),
    )
    return Draft(
        subject,
        text,
        org,
        ctx.pick(["apply@", "noreply@", "founders@", "team@"]) + host,
        greet=False,
        sign=neg_sign(ctx, org + " Admissions"),
    )


@family("ze_ng_fellowship_admissions", "not_job", n=ZE_N)
def _fellow(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Graduate Admissions, University of Westbridge", "westbridge.edu"),
            ("Rhodes-style Scholars Trust", "scholarstrust.org"),
            ("Fulbright Program", "fulbrightonline.org"),
            ("MSc Admissions Office", "admissions.uni-lakeside.ac.uk"),
            ("Chevening Secretariat", "chevening.org"),
            ("Hertie School Admissions", "hertie-school.org"),
            ("Public Policy Fellowship", "policyfellows.org"),
        ]
    )
    prog = ctx.pick(
        [
            "MSc in Data Science",
            "MBA (Full-time)",
            "PhD in Computer Science",
            "2026 Fellowship cohort",
            "Master of Public Policy",
            "LLM programme",
        ]
    )
    when = workday(ctx, 3, 14)
    subject = ctx.pick(
        [
            "Interview invitation - " + prog,
            "Your application to the " + prog,
            "Admission decision",
            "Offer of admission: " + prog,
            "Application status: under review",
            "Shortlisted for interview",
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                "We are pleased to inform you that you have been shortlisted for an interview as part of the selection process for the "
                + prog
                + ". Interviews take place online on "
                + date_in(ctx, when)
                + ".",
                "On behalf of the admissions committee, I am delighted to offer you a place on the "
                + prog
                + " starting in September.",
                "Thank you for your application to the "
                + prog
                + ". After careful review, the committee is unable to offer you a place this year.",
                "Your application to the "
                + prog
                + " is complete and has been forwarded to the academic selectors.",
            ]
        ),
        ctx.pick(
            [
                "Please accept or decline your offer through the applicant portal by "
                + date_in(ctx, when)
                + " and pay the tuition deposit to secure your place.",
                "The interview panel will consist of two faculty members and will last approximately 20 minutes.",
                "Competition for places was exceptionally strong this year.",
                "Decisions are usually released within six to eight weeks.",
            ]
        ),
        opt(ctx, 0.4, "Applicant portal: " + ctx.url("apply." + host, "portal")),
    )
    return Draft(
        subject,
        text,
        org,
        ctx.pick(["admissions@", "noreply@", "fellowship@", "graduate.admissions@"]) + host,
        greet=False,
        sign=neg_sign(ctx, org),
    )


@family("ze_ng_volunteer_club_application", "not_job", n=ZE_N)
def _volunteer(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("City Food Bank", "cityfoodbank.org"),
            ("Riverside Rowing Club", "riversiderowing.org.uk"),
            ("Big Brothers Big Sisters", "bbbs-metro.org"),
            ("Crisis Text Line", "crisistextline.org"),
            ("Habitat Build Crew", "habitatbuild.org"),
            ("Parkrun Volunteers", "parkrun.com"),
            ("Community Choir", "towncommunitychoir.org"),
            ("Animal Rescue League", "animalrescueleague.org"),
        ]
    )
    subject = ctx.pick(
        [
            "Your volunteer application",
            "Welcome to " + org + "!",
            "Next step: volunteer orientation",
            "Membership application received",
            "Volunteer interview - pick a time",
            "Your role as "
            + ctx.pick(
                ["Shift Lead", "Youth Mentor", "Crisis Counselor", "Event Marshal", "Treasurer"]
            ),
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                "Thank you for applying to volunteer with "
                + org
                + "! We review applications weekly and will be in touch soon.",
                "We'd love to have a short chat with you before matching you to a volunteer role. It's informal - just 20 minutes to get to know you.",
                "Your membership application has been approved by the committee. Welcome aboard!",
                "Congratulations, you've been selected as a volunteer "
                + ctx.pick(["mentor", "coach", "driver", "counselor"])
                + ". Your background check through our volunteer portal is the next step.",
            ]
        ),
        ctx.pick(
            [
                "Orientation is on "
                + ctx.day_phrase()
                + " at the community centre. Bring a photo ID.",
                "Annual membership is £"
                + str(ctx.num(40, 180))
                + "; please set up a direct debit in the members area.",
                "Please complete the safeguarding training module before your first shift.",
                "Sign up for your first shift here: " + ctx.url(host, "shifts"),
            ]
        ),
    )
    return Draft(
        subject,
        text,
        org,
        ctx.pick(["volunteer@", "membership@", "info@", "hello@"]) + host,
        greet=False,
        sign=neg_sign(ctx, ctx.pick(["{person}, Volunteer Coordinator", org, "{pfirst}"])),
    )


@family("ze_ng_api_beta_access", "not_job", n=ZE_N)
def _api(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("OpenSky Maps", "openskymaps.dev"),
            ("Vectorly", "vectorly.ai"),
            ("Payflow", "payflow.io"),
            ("Relay Cloud", "relaycloud.dev"),
            ("Spotify for Developers", "developer.spotify.com"),
            ("Twitch Developers", "dev.twitch.tv"),
            ("Nimbus AI", "nimbus-ai.com"),
        ]
    )
    subject = ctx.pick(
        [
            "Your access request has been approved",
            "Welcome to the " + org + " beta",
            "Application status: Production access",
            "You're off the waitlist 🎉",
            "Update on your API application",
            "Your developer application was reviewed",
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                "Good news! Your application for production API access has been approved. Your rate limits have been raised to "
                + str(ctx.num(10, 500))
                + " requests per second.",
                "Thanks for your patience on the waitlist. You now have access to the private beta.",
                "We reviewed your application for extended quota and unfortunately it does not meet our use-case policy at this time.",
                'Your app "'
                + ctx.pick(["jobtracker-cli", "weekend-project", "homelab-dash", "budget-bot"])
                + '" has been reviewed and moved to Live mode.',
            ]
        ),
        ctx.pick(
            [
                "Next steps: create an API key in the dashboard, read the quickstart, and join our Discord.",
                "You can reapply in 30 days with more detail about your use case.",
                "Your onboarding checklist is waiting in the console.",
            ]
        ),
        "Dashboard: " + ctx.url(host, "dashboard"),
        unsub(ctx, host),
    )
    return Draft(
        subject,
        text,
        org,
        ctx.pick(["no-reply@", "developers@", "beta@", "team@"]) + host,
        greet=False,
        sign=neg_sign(ctx, "The " + org + " team"),
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("ze_ng_grant_scholarship_decision", "not_job", n=ZE_N)
def _grant(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Arts Council", "artscouncil.org.uk"),
            ("National Science Foundation-style Research Fund", "researchfund.org"),
            ("Open Source Grants Program", "ossgrants.org"),
            ("Women in Tech Scholarship", "witscholarship.org"),
            ("City Small Business Grant", "cityofriverton.gov"),
            ("DAAD Stipendium", "daad.de"),
            ("Prototype Fund", "prototypefund.de"),
        ]
    )
    subject = ctx.pick(
        [
            "Grant decision",
            "Your scholarship application",
            "Outcome of your application",
            "Congratulations - award notification",
            "Application reference " + str(ctx.num(10000, 99999)) + ": decision",
            "Your proposal was not funded",
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                "We regret to inform you that your application was not successful in this funding round. We received "
                + str(ctx.num(200, 2000))
                + " applications for "
                + str(ctx.num(10, 60))
                + " awards.",
                "We are delighted to inform you that your proposal has been selected for funding of "
                + ctx.pick(["$10,000", "€47,500", "£5,000", "$25,000"])
                + ".",
                "Congratulations! You have been awarded a scholarship covering tuition for the academic year.",
                "Your application has passed the eligibility check and will now be assessed by the review panel.",
            ]
        ),
        ctx.pick(
            [
                "Reviewer comments are available in the applicant portal.",
                "Please sign the grant agreement and return your bank details within 14 days.",
                "The next funding round opens in the spring; we encourage you to apply again.",
                "The award will be paid in two instalments.",
            ]
        ),
    )
    return Draft(
        subject,
        text,
        org,
        ctx.pick(["grants@", "noreply@", "scholarships@", "funding@"]) + host,
        greet=False,
        sign=neg_sign(ctx, org + ctx.pick([" Grants Team", " Panel", ""])),
    )


@family("ze_ng_mentorship_programme", "not_job", n=ZE_N)
def _mentor(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("ADPList", "adplist.org"),
            ("Women Who Code", "womenwhocode.com"),
            ("MentorCruise", "mentorcruise.com"),
            ("Tech Ladies", "techladies.co"),
            ("Coding Coach", "codingcoach.io"),
        ]
    )
    subject = ctx.pick(
        [
            "You've been matched with a mentor!",
            "Your mentorship application",
            "Session booked with {person}",
            "Welcome to the cohort",
            "Your mentee request was accepted",
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                "We're excited to let you know you've been matched with {person}, "
                + ctx.pick(
                    [
                        "a Staff Engineer",
                        "a Product Lead",
                        "a Design Director",
                        "an Engineering Manager",
                    ]
                )
                + " with "
                + str(ctx.num(5, 20))
                + " years of experience.",
                "Your session with {person} is confirmed for {day} at {time}.",
                "Thanks for applying to the mentorship programme! You've been accepted into the "
                + ctx.pick(["spring", "autumn", "Q3"])
                + " cohort.",
            ]
        ),
        ctx.pick(
            [
                "Come prepared with 2-3 goals for your first session.",
                "Mentorship sessions are free and last 30 minutes.",
                "Join the cohort kickoff on Zoom next Tuesday.",
            ]
        ),
        unsub(ctx, host),
    )
    return Draft(
        ctx.fill(subject),
        ctx.fill(text),
        org,
        ctx.pick(["hello@", "no-reply@", "team@"]) + host,
        greet=False,
        sign=neg_sign(ctx, "The " + org + " team"),
        bulk=True,
    )


@family("ze_ng_coding_contest_rounds", "not_job", n=ZE_N)
def _contest(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Kaggle", "kaggle.com"),
            ("Codeforces", "codeforces.com"),
            ("Advent of Code", "adventofcode.com"),
            ("AtCoder", "atcoder.jp"),
            ("Google Code Jam-style Open", "codingopen.dev"),
            ("LeetCode", "leetcode.com"),
        ]
    )
    subject = ctx.pick(
        [
            "You advanced to Round 2!",
            "Contest results are in",
            "Weekly Contest " + str(ctx.num(300, 450)) + " starts in 24 hours",
            "Your submission scored " + str(ctx.num(60, 99)) + ".4 on the public leaderboard",
            "Registration confirmed: " + org + " Round 1",
            "Your rating changed",
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                "Congratulations! You placed "
                + str(ctx.num(12, 3000))
                + " and qualified for the next round. Round 2 is a 2.5-hour contest with 4 problems.",
                "The competition has ended. Final standings are now available; your team finished in the top "
                + str(ctx.num(2, 30))
                + "%.",
                "Reminder: the contest begins on {day}. Problems will cover dynamic programming, graphs and greedy algorithms.",
                "Your rating moved from "
                + str(ctx.num(1200, 1600))
                + " to "
                + str(ctx.num(1600, 1900))
                + ". Keep solving!",
            ]
        ),
        opt(ctx, 0.5, "Practice problems: " + ctx.url(host, "problems")),
        unsub(ctx, host),
    )
    return Draft(
        subject,
        ctx.fill(text),
        org,
        ctx.pick(["no-reply@", "noreply@", "contests@"]) + host,
        greet=False,
        sign=neg_sign(ctx, "The " + org + " team"),
        bulk=True,
    )
