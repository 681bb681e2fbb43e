"""Work and commerce mail that is not the user's own job search: SaaS onboarding "next steps",
sales demos and webinars, job-alert digests and "jobs you may like" from many boards, salary
surveys, the user's current employer (benefits, internal postings), the user as hiring
manager or interviewer, course / bootcamp and resume-service marketing, HR-tech vendors
selling to the user, and brand "offers" in several languages.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, ascii_word, family
from zd_kit import bye_in, date_in, hello_in, opt, workday
from ze_kit import BOARD_SENDERS, ZE_N, body, neg_hello, neg_sign, postal, sender, unsub

_ROLES = (
    "Senior Backend Engineer",
    "Product Designer",
    "Data Analyst",
    "Marketing Manager",
    "Staff Nurse",
    "Account Executive",
    "DevOps Engineer",
    "Financial Analyst",
    "Operations Lead",
    "Frontend Developer",
    "Customer Success Manager",
    "Project Manager",
)
_EMPLOYERS = (
    "Quantive",
    "Loomly",
    "Brightline Health",
    "Cobalt Robotics",
    "Helio Energy",
    "Fernway",
    "Mosaic Bank",
    "Trellis",
    "Lumen Grid",
    "Kestrel AI",
    "Oakridge Retail",
    "Pallas Logistics",
)


def _vendor(ctx: Ctx) -> tuple[str, str]:
    return ctx.pick(
        [
            ("Notion", "makenotion.com"),
            ("Linear", "linear.app"),
            ("Airtable", "airtable.com"),
            ("Retool", "retool.com"),
            ("HubSpot", "hubspot.com"),
            ("Miro", "miro.com"),
            ("Vercel", "vercel.com"),
            ("Datadog", "datadoghq.com"),
        ]
    )


@family("ze_ng_saas_onboarding_next_steps", "not_job", n=ZE_N)
def _saas(ctx: Ctx) -> Draft:
    org, host = _vendor(ctx)
    subject = ctx.pick(
        [
            "Next steps to get started with " + org,
            "Your workspace is ready",
            "Welcome aboard! Here's what to do next",
            "Your trial ends in 3 days",
            "Step 2 of 4: invite your team",
            "Your application to the " + org + " Startup Program",
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                "Thanks for signing up! Here are three next steps to get the most out of "
                + org
                + ": connect your data, invite your teammates and set up your first project.",
                "Your application to our startup program was approved - you'll get "
                + ctx.pick(["$5,000 in credits", "12 months free", "50% off for a year"])
                + ".",
                "You're almost there. Finish onboarding to unlock all features.",
                "Your free trial ends soon. Upgrade now to keep your data and integrations.",
            ]
        ),
        opt(
            ctx,
            0.5,
            "Book a 15-minute onboarding call with our team: "
            + ctx.url("calendly.com", org.lower()),
        ),
        unsub(ctx, host),
        postal(ctx),
    )
    return Draft(
        subject,
        text,
        ctx.pick([org, ctx.person_first + " from " + org]),
        ctx.pick(["team@", "hello@", "onboarding@", "no-reply@"]) + ctx.pick(["mail.", ""]) + host,
        greet=False,
        sign=neg_sign(
            ctx, ctx.pick(["The " + org + " team", "{pfirst}, Customer Success at " + org])
        ),
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("ze_ng_sales_demo_followup", "not_job", n=ZE_N)
def _sales(ctx: Ctx) -> Draft:
    org = ctx.pick(
        [
            "Clari",
            "Gong",
            "Outreach",
            "Vanta",
            "Rippling",
            "Deel",
            "Brex",
            "Ramp",
            "Lattice",
            "Gusto",
        ]
    )
    host = org.lower() + ctx.pick([".com", ".io", ".com"])
    subject = ctx.pick(
        [
            "Quick question",
            "Re: demo",
            "15 minutes next week?",
            "{first} <> " + org,
            "Following up",
            "Is this a priority?",
            "Your demo is confirmed",
        ]
    )
    when = workday(ctx, 2, 8)
    text = body(
        ctx.pick(["Hi {first},", "{first} -", "Hey {first},"]),
        ctx.pick(
            [
                "Noticed your team is growing fast - congrats. Teams like yours use "
                + org
                + " to cut month-end close time in half. Worth a quick chat?",
                "Following up on my last note. Would it make sense to set up a 20-minute demo for you and your team?",
                "Thanks for booking a demo! I'll walk you through the platform and answer questions about pricing and implementation.",
                "I know you're busy, so I'll keep it short: are you the right person to talk to about "
                + ctx.pick(["SOC 2 compliance", "payroll", "sales forecasting", "spend management"])
                + "?",
            ]
        ),
        ctx.pick(
            [
                "Does " + date_in(ctx, when) + " work?",
                "Here's my calendar: " + ctx.url("calendly.com", "demo"),
                "If not, no worries - just let me know and I'll stop reaching out.",
            ]
        ),
    )
    sign = ctx.fill("{person}\n[Account Executive|Sales Development Rep|Enterprise AE] | " + org)
    quote = (
        ""
        if not subject.startswith("Re:")
        else "Thanks, send over some info and I'll take a look.\n{first}".replace(
            "{first}", ctx.cand_first
        )
    )
    cal = Calendar(org + " demo", when, 30) if "confirmed" in subject else None
    return Draft(
        ctx.fill(subject),
        ctx.fill(text),
        ctx.person,
        ascii_word(ctx.person_first) + "@" + host,
        greet=False,
        sign=sign,
        quote=quote,
        calendar=cal,
        form=ctx.pick(["plain", "alt"]),
    )


@family("ze_ng_webinar_invites", "not_job", n=ZE_N)
def _webinar(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("HubSpot Academy", "hubspot.com"),
            ("ON24", "on24.com"),
            ("SHRM", "shrm.org"),
            ("AWS Events", "aws.amazon.com"),
            ("Gartner", "gartner.com"),
            ("Figma Config", "figma.com"),
            ("Eventbrite", "eventbrite.com"),
        ]
    )
    topic = ctx.pick(
        [
            "The Future of Hiring: AI in Talent Acquisition",
            "Scaling Kubernetes in Production",
            "2026 Compensation Trends",
            "Design Systems at Scale",
            "How to Ace Your Next Interview (live Q&A)",
            "Quarterly Economic Outlook",
            "Building Data Pipelines with dbt",
        ]
    )
    when = workday(ctx, 3, 20)
    subject = ctx.pick(
        [
            "You're registered: " + topic,
            "[Webinar] " + topic,
            "Starting in 1 hour: " + topic,
            "Join us live on " + date_in(ctx, when),
            "The recording is ready",
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                'Thanks for registering for "' + topic + '". We look forward to seeing you online.',
                'Join industry experts for a live session on "'
                + topic
                + '", followed by audience Q&A.',
                'Missed the live session? Watch the on-demand recording of "' + topic + '".',
            ]
        ),
        "Date: " + date_in(ctx, when) + "\nJoin: " + ctx.url(host, "webinar"),
        opt(ctx, 0.4, "Add to calendar - Google | Outlook | iCal"),
        unsub(ctx, host),
    )
    cal = Calendar(topic, when, 60) if ctx.chance(0.3) else None
    return Draft(
        subject,
        text,
        org,
        ctx.pick(["events@", "webinars@", "no-reply@"]) + host,
        greet=False,
        sign="",
        calendar=cal,
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("ze_ng_alert_digests_many_boards", "not_job", n=ZE_N)
def _alerts(ctx: Ctx) -> Draft:
    key = ctx.pick(
        [
            "stepstone",
            "xing",
            "seek",
            "reed",
            "dice",
            "ziprecruiter",
            "wellfound",
            "otta",
            "wttj",
            "handshake",
            "monster",
            "infojobs",
            "indeed_fr",
            "nationale",
            "glassdoor",
        ]
    )
    name, addr = sender(ctx, BOARD_SENDERS[key])
    lang = {
        "stepstone": "de",
        "xing": "de",
        "infojobs": "es",
        "indeed_fr": "fr",
        "nationale": "nl",
        "wttj": ctx.pick(["fr", "en"]),
    }.get(key, "en")
    role = ctx.pick(_ROLES)
    k = ctx.num(3, 8)
    listings = "\n\n".join(
        f"{ctx.pick(_ROLES)}\n{ctx.pick(_EMPLOYERS)} · {ctx.pick(['Berlin', 'Sydney NSW', 'London', 'Remote', 'Austin, TX', 'Paris', 'Madrid', 'Utrecht', 'Toronto'])}\n{ctx.pick(['New', 'Easy Apply', '2 days ago', 'Actively recruiting', '$95k-$120k', '€55.000 - €70.000', ''])}\n{ctx.url(addr.split('@')[1], 'job')}"
        for _ in range(k)
    )
    heads = {
        "en": (
            [
                f'{k} new jobs for "{role}"',
                f"{role}: new matches this week",
                "Jobs you might be interested in",
                f"New {role} jobs near you",
                "Your daily job alert",
            ],
            "Here are the latest jobs matching your saved search.",
        ),
        "de": (
            [
                f'{k} neue Jobs für "{role}"',
                "Ihr Job-Agent: neue Stellenangebote",
                "Passende Jobs für Sie",
            ],
            "Hier sind die neuesten Stellenangebote zu Ihrem Suchauftrag.",
        ),
        "fr": (
            [
                f"{k} nouvelles offres pour « {role} »",
                "Votre alerte emploi",
                "Des offres qui pourraient vous plaire",
            ],
            "Voici les nouvelles offres correspondant à votre alerte.",
        ),
        "es": (
            [f"{k} ofertas nuevas de {role}", "Tu alerta de empleo"],
            "Estas son las nuevas ofertas que coinciden con tu búsqueda.",
        ),
        "nl": (
            [f"{k} nieuwe vacatures voor {role}", "Je vacaturealert"],
            "Dit zijn de nieuwste vacatures die passen bij je zoekopdracht.",
        ),
    }
    subjects, lead = heads[lang]
    text = body(
        lead,
        listings,
        ctx.pick(
            ["See all jobs", "Alle Jobs anzeigen" if lang == "de" else "See more", "Manage alerts"]
        )
        + ": "
        + ctx.url(addr.split("@")[1], "alerts"),
        unsub(ctx, addr.split("@")[1]),
    )
    return Draft(
        ctx.pick(subjects),
        text,
        name,
        addr,
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt", "alt"]),
        lang=lang,
    )


@family("ze_ng_jobs_you_may_like", "not_job", n=ZE_N)
def _recs(ctx: Ctx) -> Draft:
    key = ctx.pick(
        [
            "linkedin",
            "indeed",
            "glassdoor",
            "otta",
            "wellfound",
            "dice",
            "ziprecruiter",
            "handshake",
            "hired",
        ]
    )
    name, addr = sender(ctx, BOARD_SENDERS[key])
    emp = ctx.pick(_EMPLOYERS)
    role = ctx.pick(_ROLES)
    subject = ctx.pick(
        [
            f"{emp} is hiring a {role}",
            f"Jobs you may like: {role} at {emp} and more",
            f"{ctx.cand_first}, you're a top applicant for {ctx.num(3, 9)} jobs",
            "Companies are looking at profiles like yours",
            f"Recommended for you: {role}",
            f"Your profile matches {emp}'s new opening",
            "You appeared in 12 searches this week",
        ]
    )
    text = body(
        neg_hello(ctx, 0.5),
        ctx.pick(
            [
                f"Based on your profile, we think you'd be a great fit for {role} at {emp}. Apply in one click.",
                f"{emp} just posted a {role} role. Be one of the first {ctx.num(10, 50)} applicants.",
                "Your profile was viewed by recruiters from 4 companies this week. Upgrade to see who.",
                "We picked these jobs for you based on your recent activity.",
            ]
        ),
        f"{role} - {emp}\n{ctx.url(addr.split('@')[1], 'view')}",
        unsub(ctx, addr.split("@")[1]),
    )
    return Draft(
        subject, text, name, addr, greet=False, sign="", bulk=True, form=ctx.pick(["html", "alt"])
    )


@family("ze_ng_salary_survey_newsletter", "not_job", n=ZE_N)
def _salary(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Levels.fyi", "levels.fyi"),
            ("Hired Insights", "hired.com"),
            ("The Pragmatic Engineer", "substack.com"),
            ("Stack Overflow", "stackoverflow.email"),
            ("Glassdoor Economic Research", "glassdoor.com"),
            ("Ravio", "ravio.com"),
            ("Built In", "builtin.com"),
        ]
    )
    subject = ctx.pick(
        [
            "Take our 2026 salary survey (5 min)",
            "Salary report: what engineers earn in "
            + ctx.pick(["Berlin", "London", "NYC", "Toronto"]),
            "This week: layoffs, offers and negotiation tips",
            "Is your pay fair? See how you compare",
            "The state of tech hiring, Q" + str(ctx.num(1, 4)),
        ]
    )
    text = body(
        neg_hello(ctx, 0.5),
        ctx.pick(
            [
                "Help us build the most accurate salary data. Share your compensation anonymously and get the full report first.",
                "Median total compensation for senior engineers rose "
                + str(ctx.num(2, 9))
                + "% this year, while offers for new grads stayed flat.",
                "In this issue: how to negotiate an offer, why interview loops are getting longer, and the companies still hiring.",
                "Hiring slowed in the third quarter, with fewer recruiter messages per candidate.",
            ]
        ),
        opt(ctx, 0.6, "Read more: " + ctx.url(host, "p")),
        unsub(ctx, host),
    )
    return Draft(
        subject,
        text,
        org,
        ctx.pick(["newsletter@", "hello@", "team@", "noreply@"]) + host,
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("ze_ng_employer_hr_benefits", "not_job", n=ZE_N)
def _hr(ctx: Ctx) -> Draft:
    name, addr = sender(
        ctx,
        (
            ("{co} People Team", "people@{domain}"),
            ("{co} HR", "hr@{domain}"),
            ("Workday", "{slug}@myworkday.com"),
            ("{co} Benefits", "benefits@{domain}"),
            ("{person}", "{pfirst}.{plast}@{domain}"),
        ),
    )
    subject = ctx.pick(
        [
            "Open enrollment closes Friday",
            "Action required: confirm your benefits elections",
            "Your payslip is available",
            "Reminder: complete your self-review",
            "New: parental leave policy",
            "Your annual compensation statement",
            "Inbox: Benefit Change - Life Event",
        ]
    )
    text = body(
        ctx.pick(["Hi {first},", "Hello team,", "Hi all,", "Dear colleague,"]),
        ctx.pick(
            [
                "Open enrollment for next year's medical, dental and vision plans ends on {day}. If you do nothing, your current elections roll over.",
                "Your payslip for "
                + ctx.pick(["October", "March", "June", "December"])
                + " is now available in the employee portal.",
                "Performance review season is here. Please complete your self-assessment by {day}; your manager will then schedule a 1:1.",
                "We've updated our parental leave policy to 20 weeks fully paid for all parents, effective immediately.",
                "Your total rewards statement is ready. It includes your base salary, bonus, equity and benefits.",
            ]
        ),
        opt(ctx, 0.5, "Questions? Reach out in #ask-people or reply to this email."),
    )
    return Draft(
        ctx.fill(subject),
        ctx.fill(text),
        name,
        addr,
        greet=False,
        sign=neg_sign(ctx, "[{co} People Team|{person}, People Partner|HR]"),
        bulk=ctx.chance(0.4),
    )


@family("ze_ng_employer_internal_postings", "not_job", n=ZE_N)
def _internal(ctx: Ctx) -> Draft:
    name, addr = sender(
        ctx,
        (
            ("{co} Internal Mobility", "careers-internal@{domain}"),
            ("{co} Talent Marketplace", "{slug}@myworkday.com"),
            ("{person}", "{pfirst}@{domain}"),
            ("Gloat", "noreply@gloat.com"),
        ),
    )
    role = ctx.pick(_ROLES)
    subject = ctx.pick(
        [
            "Internal opportunities this week",
            "New gig on the Talent Marketplace",
            "Refer a friend: " + role,
            "Internal posting: "
            + role
            + " ("
            + ctx.pick(["Platform", "Growth", "Finance", "Ops"])
            + " team)",
            "Your referral bonus was paid",
            "Open roles you could refer",
        ]
    )
    text = body(
        ctx.pick(["Hi {first},", "Hi all,", "Hey team,"]),
        ctx.pick(
            [
                "Here are this week's internal openings. Employees who have been in their role 12+ months can apply after talking to their manager.",
                "A new short-term project gig matches your skills: help the "
                + ctx.pick(["Data", "Security", "Brand"])
                + " team for 4 hours a week.",
                "We're hiring a "
                + role
                + "! Know someone great? Referrals that are hired earn a $"
                + str(ctx.num(1, 5))
                + ",000 bonus.",
                "Thanks for referring your friend - they started this week and your bonus will be in next month's payroll.",
            ]
        ),
        opt(
            ctx,
            0.5,
            "Browse internal roles on the intranet: "
            + ctx.url("intranet.{domain}".replace("{domain}", ctx.domain), "careers"),
        ),
    )
    return Draft(
        subject,
        ctx.fill(text),
        name,
        addr,
        greet=False,
        sign=neg_sign(ctx, "[Talent Acquisition|{co} Recruiting|{person}]"),
        bulk=ctx.chance(0.5),
    )


@family("ze_ng_hiring_manager_packets", "not_job", n=ZE_N)
def _hm(ctx: Ctx) -> Draft:
    tool = ctx.pick(["ashby", "lever", "teamtailor", "recruitee", "personio", "workable"])
    addrs = {
        "ashby": "no-reply@ashbyhq.com",
        "lever": "no-reply@hire.lever.co",
        "teamtailor": "no-reply@teamtailor-mail.com",
        "recruitee": "notifications@recruitee.com",
        "personio": "noreply@personio.de",
        "workable": "noreply@workablemail.com",
    }
    cand = f"{ctx.pick(['Maria', 'Tom', 'Ayesha', 'Lukas', 'Chen', 'Rafael', 'Ingrid', 'Kofi'])} {ctx.pick(['Alvarez', 'Hoffmann', 'Reddy', 'Byrne', 'Lindqvist', 'Osei', 'Dupont'])}"
    role = ctx.title
    subject = ctx.pick(
        [
            f"Interview packet: {cand} for {role}",
            f"{cand} is scheduled for your interview tomorrow",
            f"New candidate in your pipeline: {cand}",
            f"Please submit feedback for {cand}",
            f"Debrief for {role} - {cand}",
            f"You've been added to the hiring team for {role}",
        ]
    )
    text = body(
        ctx.pick(["Hi {first},", "{first},", ""]),
        ctx.pick(
            [
                f"Here is the interview packet for {cand}, who is interviewing for {role}. You're covering the system design section (45 min).",
                f"{cand} moved to the Hiring Manager Screen stage for {role}. Review the resume and leave your notes before the call.",
                f"Your feedback for {cand} is overdue. Please submit your scorecard so the hiring team can make a decision.",
                f"The recruiter added you as hiring manager for {role}. You'll get notifications when candidates reach your stage.",
            ]
        ),
        ctx.pick(
            [
                "Open in " + tool.title() + ": " + ctx.url(addrs[tool].split("@")[1], "candidates"),
                "Interview kit: focus areas, questions and rubric are attached.",
                "Decision meeting: " + ctx.day_phrase(),
            ]
        ),
    )
    return Draft(
        subject,
        ctx.fill(text),
        ctx.fill("{co} via " + tool.title()),
        addrs[tool],
        greet=False,
        sign="",
        bulk=True,
    )


@family("ze_ng_interviewer_duty_i18n", "not_job", n=ZE_N)
def _interviewer(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "de", "fr", "nl"])
    cand = ctx.pick(
        ["J. Moreau", "Sven Olsen", "Aditi Rao", "Marta Ruiz", "Kevin O'Neill", "Lea Krause"]
    )
    when = workday(ctx, 1, 5)
    name, addr = sender(
        ctx, (("{person}", "{pfirst}@{domain}"), ("{co} Recruiting Ops", "recruiting-ops@{domain}"))
    )
    lines = {
        "en": (
            [
                "Can you interview " + cand + " on " + date_in(ctx, when) + "?",
                "Interview shadowing request",
                "Panel swap needed",
            ],
            [
                "Could you take the culture-add interview with "
                + cand
                + "? 45 minutes, I'll send the kit.",
                "We need one more interviewer for tomorrow's onsite. Would you be able to cover the coding round?",
            ],
        ),
        "de": (
            [
                "Interviewer gesucht: " + cand,
                "Kannst du am " + date_in(ctx, when, "de") + " ein Interview übernehmen?",
            ],
            [
                "kannst du das Fachinterview mit "
                + cand
                + " übernehmen? Den Bewertungsbogen schicke ich dir vorab.",
                "wir brauchen noch jemanden für das Panel. Hast du Zeit?",
            ],
        ),
        "fr": (
            [
                "Besoin d'un intervieweur pour " + cand,
                "Tu peux faire un entretien le " + date_in(ctx, when, "fr") + " ?",
            ],
            [
                "peux-tu mener l'entretien technique avec "
                + cand
                + " ? Je t'envoie la grille d'évaluation.",
                "il nous manque un intervieweur pour le panel de demain.",
            ],
        ),
        "nl": (
            [
                "Interviewer nodig: " + cand,
                "Kun jij " + date_in(ctx, when, "nl") + " een gesprek doen?",
            ],
            [
                "kun jij het technische gesprek met "
                + cand
                + " doen? Ik stuur je het scoreformulier.",
                "we missen nog een interviewer voor morgen.",
            ],
        ),
    }
    subjects, texts = lines[lang]
    greeting = hello_in(ctx, lang) if lang != "en" else ctx.fill("Hi {first},")
    text = body(greeting, ctx.pick(texts))
    sign = bye_in(ctx, lang, ctx.person_first) if lang != "en" else neg_sign(ctx, ctx.person_first)
    return Draft(ctx.pick(subjects), text, name, addr, greet=False, sign=sign, lang=lang)


@family("ze_ng_bootcamp_course_marketing", "not_job", n=ZE_N)
def _bootcamp(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Le Wagon", "lewagon.com"),
            ("General Assembly", "generalassemb.ly"),
            ("Coursera", "coursera.org"),
            ("Udemy", "udemy.com"),
            ("Springboard", "springboard.com"),
            ("Codecademy", "codecademy.com"),
            ("OpenClassrooms", "openclassrooms.com"),
        ]
    )
    subject = ctx.pick(
        [
            "Land your dream tech job in 12 weeks",
            "Your application to our Data Science bootcamp",
            "Last chance: 40% off career certificates",
            "Get job-ready with our Career Track (job guarantee)",
            "Your admissions interview is confirmed",
            "Applications close Sunday",
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                "Thanks for applying to the bootcamp! The next step is a 20-minute admissions interview with an advisor to check the programme is right for you.",
                "Graduates of our career track land jobs at top companies - or your tuition back. Enrollment for the next cohort closes soon.",
                "Learn in-demand skills, build a portfolio and get 1:1 career coaching with interview prep and resume reviews.",
                "Your application for the "
                + ctx.pick(["Web Development", "UX Design", "Data Analytics"])
                + " bootcamp has been accepted! Secure your seat with a deposit.",
            ]
        ),
        opt(ctx, 0.6, "Enroll now: " + ctx.url(host, "apply")),
        unsub(ctx, host),
    )
    return Draft(
        subject,
        text,
        org,
        ctx.pick(["admissions@", "hello@", "no-reply@", "marketing@"]) + host,
        greet=False,
        sign=neg_sign(ctx, ctx.pick(["The " + org + " team", "{person}, Admissions Advisor"])),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("ze_ng_resume_service_upsell", "not_job", n=ZE_N)
def _resume(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("TopResume", "topresume.com"),
            ("Zety", "zety.com"),
            ("Resume Worded", "resumeworded.com"),
            ("Jobscan", "jobscan.co"),
            ("Kickresume", "kickresume.com"),
            ("Teal", "tealhq.com"),
        ]
    )
    subject = ctx.pick(
        [
            "Your free resume review is ready",
            "Your resume scored " + str(ctx.num(38, 71)) + "/100",
            "Recruiters spend 7 seconds on your resume",
            "Beat the ATS: 3 fixes for your resume",
            "Your cover letter draft is saved",
            "Premium: 50% off today only",
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                "Our expert reviewed your resume and found issues that may stop it from getting past applicant tracking systems.",
                "Your resume is missing keywords for the roles you're targeting. Upgrade to see all suggestions.",
                "You started building your resume but didn't download it. Finish now and land more interviews.",
                "Job seekers with a professionally written resume get hired faster. Let our writers help.",
            ]
        ),
        "View your report: " + ctx.url(host, "review"),
        unsub(ctx, host),
    )
    return Draft(
        subject,
        text,
        ctx.pick([org, "{person} at " + org]).replace("{person}", ctx.person),
        ctx.pick(["hello@", "support@", "no-reply@"]) + host,
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("ze_ng_hrtech_vendor_to_buyer", "not_job", n=ZE_N)
def _hrtech(ctx: Ctx) -> Draft:
    org = ctx.pick(
        ["Greenhouse", "Gem", "HireEZ", "Paradox", "Teamtailor", "Workable", "SeekOut", "Karat"]
    )
    host = {
        "Greenhouse": "greenhouse.com",
        "Gem": "gem.com",
        "HireEZ": "hireez.com",
        "Paradox": "paradox.ai",
        "Teamtailor": "teamtailor.com",
        "Workable": "workable.com",
        "SeekOut": "seekout.com",
        "Karat": "karat.com",
    }[org]
    subject = ctx.pick(
        [
            "Hire faster in 2026",
            "How {co} could cut time-to-hire by 40%",
            "Your free trial of " + org,
            "Case study: 3x more qualified candidates",
            "Recruiting benchmarks for your industry",
            "Re: your hiring plans",
        ]
    )
    text = body(
        ctx.pick(["Hi {first},", "Hello {first},", ""]),
        ctx.pick(
            [
                "Recruiting teams use "
                + org
                + " to source, engage and interview top talent in one place.",
                "Your team has "
                + str(ctx.num(5, 40))
                + " open roles on your careers page - our AI sourcing could fill your pipeline in days.",
                "Thanks for starting a trial. Post your first job to 200+ job boards in one click.",
                "Our latest report shows candidates drop out when interview scheduling takes more than 48 hours.",
            ]
        ),
        opt(ctx, 0.5, "Book a demo: " + ctx.url(host, "demo")),
        unsub(ctx, host),
    )
    return Draft(
        ctx.fill(subject),
        ctx.fill(text),
        ctx.pick([org, ctx.person + " (" + org + ")"]),
        ctx.pick(["marketing@", "hello@", "events@"]) + host,
        greet=False,
        sign=neg_sign(ctx, ctx.pick(["The " + org + " team", "{person}"])),
        bulk=True,
    )


@family("ze_ng_brand_offers_i18n", "not_job", n=ZE_N)
def _offers(ctx: Ctx) -> Draft:
    lang = ctx.pick(["fr", "de", "es", "it", "pt", "nl", "en"])
    table = {
        "fr": (
            "Fnac",
            "offres@fnac.com",
            ["Votre offre exclusive vous attend", "-30 % : offre réservée aux membres"],
            "Profitez de votre offre personnalisée jusqu'à dimanche.",
        ),
        "de": (
            "Lidl Plus",
            "angebote@lidl.de",
            ["Ihr persönliches Angebot", "Neue Angebote der Woche"],
            "Ihre Coupons für diese Woche sind da. Jetzt in der App aktivieren.",
        ),
        "es": (
            "El Corte Inglés",
            "ofertas@elcorteingles.es",
            ["Tu oferta especial", "Ofertas exclusivas para ti"],
            "Descubre nuestras ofertas de temporada con hasta un 50% de descuento.",
        ),
        "it": (
            "Esselunga",
            "offerte@esselunga.it",
            ["Le tue offerte personalizzate", "Offerta speciale per te"],
            "Scopri le offerte riservate ai titolari di Carta Fìdaty.",
        ),
        "pt": (
            "Worten",
            "ofertas@worten.pt",
            ["A sua oferta exclusiva", "Ofertas da semana"],
            "Aproveite as nossas ofertas em tecnologia e eletrodomésticos.",
        ),
        "nl": (
            "bol.com",
            "aanbiedingen@bol.com",
            ["Jouw persoonlijke aanbieding", "Deals van de dag"],
            "Bekijk de beste deals van vandaag, alleen voor jou geselecteerd.",
        ),
        "en": (
            "Virgin Media",
            "offers@virginmedia.com",
            [
                "An offer just for you",
                "Your upgrade offer expires soon",
                "We've got an offer you'll love",
            ],
            "As a valued customer, you're eligible for faster broadband at the same price.",
        ),
    }
    org, addr, subjects, line = table[lang]
    text = body(line, ctx.url(addr.split("@")[1], "offer"), unsub(ctx, addr.split("@")[1]))
    return Draft(
        ctx.pick(subjects),
        text,
        org,
        addr,
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
        lang=lang,
    )
