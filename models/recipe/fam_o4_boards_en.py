"""Hard negatives, session 10: English-language job boards' alerts in the UK, India, Australia
and the US, and the aggregators and shift apps that mail job seekers too.

Naukri's "recommended jobs" with LPA pay bands, SEEK's saved search, the UK boards' "per
annum, pro rata" cards, Dice's contract types (W2, C2C), the aggregators (Jooble, Adzuna,
Talent.com, SimplyHired) in several languages, startup digests (Wellfound, Built In), "jobs
similar to ones you viewed", and a shift app's "new shifts near you". None answers an
application of the reader's, so all are not_job.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from o4_kit import O4_N, block, card, cards, city, firm, foot, mail, role, salary, words
from zf_kit import logo, view_in_browser


@family("o4_en_in_naukri_recommended_jobs", "not_job", lang="en_in", n=O4_N)
def en_in_naukri(ctx: Ctx) -> Draft:
    host = "naukri.com"
    k = ctx.num(5, 60)
    jobs = []
    for _ in range(ctx.num(3, 6)):
        exp = f"{ctx.num(1, 5)}-{ctx.num(6, 12)} Yrs"
        jobs.append(
            block(
                f"{role(ctx, 'in')}\n{firm(ctx, 'in')} | {ctx.pick(['3.9', '4.1', '3.6', '4.3'])}★ ({ctx.num(120, 9000)} Reviews)\n{exp} | {salary(ctx, 'in') or 'Not disclosed'} | {city(ctx, 'in')}\n{ctx.pick(['Skills: SQL, Python, Power BI', 'Skills: Java, Spring Boot, Microservices', 'Skills: Excel, MIS, Reporting', 'Skills: AWS, Kubernetes, Terraform', 'Skills: B2B sales, CRM'])}\n{ctx.pick(['Early applicant', 'Hiring actively', 'Posted today', 'Posted 3 days ago', ''])}"
            )
        )
    return mail(
        ctx,
        [
            f"{k} new jobs matching your profile",
            f"{ctx.cand_first}, {ctx.pick(['recruiters are hiring', 'top companies are hiring'])} for {role(ctx, 'in')}",
            "Jobs recommended for you, based on your profile",
            f"Apply now: {role(ctx, 'in')} and {k} more jobs",
        ],
        [
            ctx.pick(
                [
                    "based on your profile and preferences, we found these jobs for you. Apply early to increase your chances of getting noticed.",
                    f"{k} new jobs were posted today which match your profile. Have a look!",
                    "here are today's recommended jobs. Jobs marked 'Early applicant' have fewer than 50 applicants.",
                ]
            ),
            "\n\n".join(jobs),
            f"View all recommended jobs: {ctx.url(host, 'mnjuser/recommendedjobs')}",
            ctx.pick(
                [
                    "Update your profile regularly - recruiters prefer profiles updated in the last 30 days.",
                    "Naukri FastForward: get your resume highlighted to recruiters. Know more",
                    "",
                ]
            ),
            foot(ctx, "Info Edge (India) Ltd.", host, "en"),
        ],
        (
            "Naukri.com",
            ctx.pick(["info@naukri.com", "jobs@naukri.com", "recommendations@naukri.com"]),
        ),
        ctx.pick(["", "Regards,\nTeam Naukri.com"]),
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("o4_en_au_seek_saved_search", "not_job", lang="en_au", n=O4_N)
def en_au_seek(ctx: Ctx) -> Draft:
    host = "seek.com.au"
    what, where = role(ctx, "au"), city(ctx, "au")
    k = ctx.num(2, 30)
    listing = []
    for _ in range(ctx.num(3, 6)):
        listing.append(
            block(
                f"{role(ctx, 'au')}\n{firm(ctx, 'au')}\n{city(ctx, 'au')} · {ctx.pick(['Full time', 'Contract/Temp', 'Part time', 'Casual/Vacation'])}\n{salary(ctx, 'au')}\n{ctx.pick(['• Hybrid working • Salary packaging', '• Great team culture • Free parking', '• Immediate start available', ''])}\n{ctx.pick(['New to you', 'Listed ' + str(ctx.num(1, 9)) + 'd ago', 'Featured', ''])}"
            )
        )
    return mail(
        ctx,
        [
            f"{k} new {what} jobs in {where}",
            f"New jobs for your saved search: {what}",
            f"{what} jobs in {where.split(' ')[0]}",
        ],
        [
            ctx.pick(
                [
                    f"G'day {ctx.cand_first}, there are {k} new jobs for your saved search.",
                    f"{k} new jobs match your saved search '{what}' in {where}.",
                    "Here are the latest jobs for your saved search.",
                ]
            ),
            "\n\n".join(listing),
            f"See all {k} jobs {ctx.url(host, 'jobs')}",
            ctx.pick(
                [
                    "",
                    "Did you know? You can see how you compare to other candidates with SEEK Pass.",
                    "Tip: turn on 'open to work' in your SEEK Profile.",
                ]
            ),
            foot(ctx, "SEEK Limited", host, "en"),
        ],
        ("SEEK", ctx.pick(["noreply@s.seek.com.au", "jobmail@s.seek.com.au"])),
        "",
        greet_p=0.0,
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("o4_en_uk_board_job_alerts", "not_job", lang="en_gb", n=O4_N)
def en_uk_boards(ctx: Ctx) -> Draft:
    board, host = ctx.pick(
        [
            ("reed.co.uk", "reed.co.uk"),
            ("Totaljobs", "totaljobs.com"),
            ("CV-Library", "cv-library.co.uk"),
            ("Indeed UK", "uk.indeed.com"),
            ("Guardian Jobs", "jobs.theguardian.example"),
        ]
    )
    what, where = role(ctx, "uk"), city(ctx, "uk")
    k = ctx.num(2, 40)
    listing = []
    for _ in range(ctx.num(3, 7)):
        pay = salary(ctx, "uk") or "Competitive salary"
        listing.append(
            block(
                f"{role(ctx, 'uk')}\n{firm(ctx, 'uk')} - {city(ctx, 'uk')}\n{pay}{ctx.pick(['', ', pro rata', ' + bonus'])}\n{ctx.pick(['Permanent, full-time', 'Contract, 6 months', 'Temporary', 'Permanent, part-time', 'Permanent, full-time, work from home'])}\n{ctx.url(host, 'jobs')}"
            )
        )
    return mail(
        ctx,
        [
            f"{k} new {what} jobs in {where}",
            f"Your job alert: {what}",
            f"New jobs matching '{what}'",
            f"{ctx.cand_first}, {k} new jobs today",
        ],
        [
            ctx.pick(
                [
                    f"we've found {k} new jobs for '{what}' within {ctx.pick(['10', '15', '20', '30'])} miles of {where}.",
                    "here are the latest jobs matching your alert.",
                    f"good news - {k} new jobs match your search.",
                ]
            ),
            "\n\n".join(listing),
            f"{words(ctx, 'en', 'all')}: {ctx.url(host, 'jobs')}",
            ctx.pick(
                [
                    "",
                    "Stand out to recruiters: make your CV visible to employers.",
                    "Did you know? Candidates who upload a cover letter hear back more often.",
                ]
            ),
            foot(ctx, board, host, "en"),
        ],
        (board, ctx.pick([f"alerts@{host}", f"noreply@{host}", f"jobs@{host}"])),
        "",
        bulk=True,
    )


@family("o4_en_us_tech_board_contract_alerts", "not_job", n=O4_N)
def en_us_dice(ctx: Ctx) -> Draft:
    board, host = ctx.pick(
        [
            ("Dice", "dice.com"),
            ("ClearanceJobs", "clearancejobs.example"),
            ("Dice Job Alerts", "dice.com"),
        ]
    )
    skill = ctx.pick(
        [
            "Java",
            "Python",
            "AWS",
            "Salesforce",
            "ServiceNow",
            "Kubernetes",
            "SAP",
            "React",
            "Snowflake",
        ]
    )
    k = ctx.num(3, 45)
    rows = []
    for _ in range(ctx.num(3, 7)):
        rows.append(
            block(
                f"{ctx.pick(['Sr.', 'Senior', 'Lead', '', 'Principal'])} {skill} {ctx.pick(['Developer', 'Engineer', 'Architect', 'Consultant', 'Administrator'])}\n{ctx.pick(['Infotek Partners', 'Apex Systems Group', 'TekSynergy Inc', 'Randall Consulting', 'Keystone Staffing'])} · {city(ctx, 'us')}\n{ctx.pick(['Contract - W2', 'Contract - Corp-to-Corp', 'Full-time', 'Contract to hire', 'Third Party'])} · {ctx.pick(['$65 - $85/hr', 'DOE', '$140,000 - $175,000', 'Depends on Experience', '$90/hr C2C'])}\n{ctx.pick(['Easy Apply', 'Remote', 'On-site', 'Hybrid', ''])}"
            )
        )
    return mail(
        ctx,
        [
            f"{k} new {skill} jobs for you",
            f"Job alert: {skill} - {k} matches",
            f"Today's {skill} jobs",
        ],
        [
            ctx.pick(
                [
                    f"there are {k} new jobs matching your alert '{skill}'.",
                    "new tech jobs that match your alert were posted in the last 24 hours.",
                ]
            ),
            "\n\n".join(rows),
            f"View all results {ctx.url(host, 'jobs')}",
            ctx.pick(
                [
                    "",
                    "Your profile is 70% complete. Recruiters search Dice profiles every day.",
                    "Tech salary report: see what your skills are worth.",
                ]
            ),
            foot(ctx, board, host, "en"),
        ],
        (board, f"jobalerts@{host}" if host == "dice.com" else f"noreply@{host}"),
        "",
        bulk=True,
        greet_p=0.5,
    )


@family("o4_aggregator_job_alerts_multi", "not_job", lang="multi", n=O4_N)
def aggregator_alerts(ctx: Ctx) -> Draft:
    region = ctx.pick(["uk", "de", "fr", "pl", "us", "it", "au"])
    lang = {"uk": "en", "us": "en", "au": "en"}.get(region, region)
    board = ctx.pick(["Jooble", "Adzuna", "Talent.com", "SimplyHired", "Careerjet", "Jobrapido"])
    host = board.lower().replace(".com", "") + ".example"
    what = role(ctx, region)
    k = ctx.num(10, 400)
    snippets = []
    for _ in range(ctx.num(3, 6)):
        snippets.append(
            card(ctx, region, host)
            + "\n"
            + ctx.pick(
                {
                    "en": [
                        "...we are looking for a motivated individual to join our growing team...",
                        "...competitive salary and benefits, hybrid working...",
                        "...immediate start, no experience necessary...",
                    ],
                    "de": [
                        "...wir suchen zum nächstmöglichen Zeitpunkt Verstärkung für unser Team...",
                        "...unbefristete Festanstellung, 30 Tage Urlaub...",
                    ],
                    "fr": [
                        "...vous rejoignez une équipe dynamique au sein d'un groupe en pleine croissance...",
                        "...poste en CDI, tickets restaurant, télétravail...",
                    ],
                    "pl": [
                        "...poszukujemy osoby do naszego zespołu, oferujemy umowę o pracę...",
                        "...prywatna opieka medyczna, karta sportowa...",
                    ],
                    "it": [
                        "...cerchiamo una figura motivata da inserire nel nostro team...",
                        "...contratto a tempo indeterminato, buoni pasto...",
                    ],
                }[lang]
            )
        )
    subj = {
        "en": [
            f"{k} new jobs for {what}",
            f"{what}: new vacancies",
            f"Jobs for you: {what} and more",
        ],
        "de": [f"{k} neue Jobs: {what}", f"Neue Stellenanzeigen für {what}"],
        "fr": [f"{k} nouvelles offres : {what}", f"Offres d'emploi {what}"],
        "pl": [f"{k} nowych ofert: {what}", f"Oferty pracy: {what}"],
        "it": [f"{k} nuove offerte: {what}", f"Offerte di lavoro {what}"],
    }[lang]
    intro = {
        "en": f"we found {k} new jobs from across the web for '{what}'.",
        "de": f"wir haben {k} neue Jobs aus verschiedenen Jobbörsen für „{what}“ gefunden.",
        "fr": f"nous avons trouvé {k} nouvelles offres sur le web pour « {what} ».",
        "pl": f"znaleźliśmy {k} nowych ofert z różnych portali dla „{what}”.",
        "it": f"abbiamo trovato {k} nuove offerte dal web per «{what}».",
    }[lang]
    return mail(
        ctx,
        subj,
        [
            intro,
            "\n\n".join(snippets),
            f"{words(ctx, lang, 'all')}: {ctx.url(host, 'search')}",
            foot(ctx, board, host, lang),
        ],
        (board, f"{ctx.pick(['alerts', 'noreply', 'jobs'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.5,
        bulk=True,
        form=ctx.pick(["alt", "html", "plain"]),
    )


@family("o4_startup_jobs_digest", "not_job", n=O4_N)
def startup_digest(ctx: Ctx) -> Draft:
    board, host = ctx.pick(
        [
            ("Wellfound", "wellfound.com"),
            ("Built In", "builtin.example"),
            ("Otta", "otta.com"),
            ("Work at a Startup", "workatastartup.example"),
        ]
    )
    names = [
        "Loopwise",
        "Fernbank AI",
        "Quillstack",
        "Parcelly",
        "Nimbus Health",
        "Tidewater Labs",
        "Helix Robotics",
        "Brambl",
        "Cartograph",
        "Sprocket Pay",
    ]
    blocks = []
    for _ in range(ctx.num(3, 5)):
        n = ctx.pick(names)
        blocks.append(
            block(
                f"{n} — {ctx.pick(['Seed', 'Series A', 'Series B', 'Bootstrapped', 'YC W24'])} · {ctx.num(5, 180)} employees\n{ctx.pick(['Just raised $' + str(ctx.num(3, 60)) + 'M', 'Fast-growing', 'Top investors', 'Remote-first', 'Recently funded'])}\nHiring: {role(ctx, 'us')} · {ctx.pick(['$120k – $160k', '$95k – $140k', '0.1% – 0.5% equity', '$150k – $190k • 0.2% – 0.8%'])} · {city(ctx, 'us')}"
            )
        )
    return mail(
        ctx,
        [
            f"{ctx.num(3, 12)} startups hiring {ctx.pick(['engineers', 'designers', 'product people', 'for roles like yours'])} this week",
            "New startup jobs picked for you",
            f"This week on {board}: who's hiring",
            "Companies you might like are hiring",
        ],
        [
            ctx.pick(
                [
                    "every week we hand-pick startups that are hiring for roles like the ones you're looking for.",
                    "here are this week's companies hiring, based on your preferences.",
                    "these companies recently raised funding and are growing their teams.",
                ]
            ),
            "\n\n".join(blocks),
            f"Browse all jobs: {ctx.url(host, 'jobs')}",
            ctx.pick(
                [
                    "",
                    "Update your job preferences to get better matches.",
                    "Pro tip: startups reply faster when you add a short note to your profile.",
                ]
            ),
            foot(ctx, board, host, "en"),
        ],
        (board, ctx.pick([f"digest@{host}", f"hello@{host}", f"noreply@{host}"])),
        ctx.pick(["", f"— The {board} team"]),
        bulk=True,
        top=ctx.pick(["", logo(board, ctx), view_in_browser(ctx, host)]),
        form=ctx.pick(["alt", "html"]),
    )


@family("o4_similar_to_viewed_jobs", "not_job", lang="multi", n=O4_N)
def similar_viewed(ctx: Ctx) -> Draft:
    region = ctx.pick(["us", "uk", "de", "fr", "es", "nl"])
    lang = {"us": "en", "uk": "en"}.get(region, region)
    board = ctx.pick(
        ["Indeed", "ZipRecruiter", "Glassdoor", "Monster", "StepStone"]
        if lang == "en"
        else ["Indeed", "Monster", "StepStone", "Glassdoor"]
    )
    host = {
        "Indeed": "indeed.com",
        "ZipRecruiter": "ziprecruiter.com",
        "Glassdoor": "glassdoor.com",
        "Monster": "monster.com",
        "StepStone": "stepstone.de",
    }[board]
    seen = role(ctx, region)
    text = {
        "en": (
            [
                f"Jobs similar to {seen}",
                f"Still looking? Jobs like {seen}",
                "Based on jobs you viewed",
                f"You viewed {seen} - here are similar jobs",
            ],
            f"you recently viewed {seen}. Here are similar jobs you might like.",
            "Not what you're looking for? Update your preferences.",
        ),
        "de": (
            [
                f"Ähnliche Jobs wie {seen}",
                "Basierend auf Ihren angesehenen Jobs",
                f"Sie haben sich {seen} angesehen",
            ],
            f"Sie haben sich kürzlich die Stelle „{seen}“ angesehen. Diese ähnlichen Jobs könnten Sie auch interessieren.",
            "Passt nicht? Passen Sie Ihre Einstellungen an.",
        ),
        "fr": (
            [f"Des offres similaires à {seen}", "Selon les offres que vous avez consultées"],
            f"vous avez récemment consulté l'offre « {seen} ». Voici des offres similaires.",
            "Ces offres ne vous correspondent pas ? Modifiez vos préférences.",
        ),
        "es": (
            [f"Empleos similares a {seen}", "Según las ofertas que has visto"],
            f"hace poco viste la oferta «{seen}». Estas ofertas parecidas también podrían interesarte.",
            "¿No es lo que buscas? Actualiza tus preferencias.",
        ),
        "nl": (
            [f"Vacatures zoals {seen}", "Op basis van vacatures die je hebt bekeken"],
            f"je hebt onlangs de vacature '{seen}' bekeken. Misschien zijn deze vergelijkbare vacatures ook iets voor je.",
            "Niet wat je zoekt? Pas je voorkeuren aan.",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [text[1], cards(ctx, region, host, 2, 5), text[2], foot(ctx, board, host, lang)],
        (board, f"{ctx.pick(['noreply', 'recommendations', 'jobs'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.5,
        bulk=True,
    )


@family("o4_uk_shift_app_new_shifts", "not_job", lang="en_gb", n=O4_N)
def shift_app(ctx: Ctx) -> Draft:
    app, host = ctx.pick(
        [
            ("Indeed Flex", "indeedflex.example"),
            ("Coople", "coople.example"),
            ("Stint", "stint.example"),
            ("Syft", "syft.example"),
        ]
    )
    shifts = []
    for _ in range(ctx.num(2, 5)):
        d = ctx.future(1, 9)
        shifts.append(
            block(
                f"{ctx.pick(['Warehouse Operative', 'Hospitality Assistant', 'Kitchen Porter', 'Bar Staff', 'Picker Packer', 'Event Steward', 'Cleaner', 'Retail Assistant'])}\n{d:%a %d %b} · {ctx.pick(['07:00–15:00', '14:00–22:00', '18:00–23:30', '22:00–06:00', '10:00–16:00'])}\n£{ctx.num(11, 15)}.{ctx.pick(['44', '75', '90', '00', '50'])}/hr · {city(ctx, 'uk')}"
            )
        )
    return mail(
        ctx,
        [
            f"{len(shifts)} new shifts near you",
            "New shifts available this week",
            "Pick up extra shifts 💷",
            f"Shifts in {city(ctx, 'uk').split(',')[0]} are filling fast",
        ],
        [
            ctx.pick(
                [
                    "new shifts that match your skills have just been posted. First come, first served!",
                    "there are new shifts available near you. Book them in the app before they go.",
                    "want to earn a bit extra this week? These shifts are open now:",
                ]
            ),
            "\n\n".join(shifts),
            f"Open the app to book: {ctx.url(host, 'shifts')}",
            ctx.pick(
                [
                    "",
                    "Reminder: keep your right-to-work documents up to date in your profile.",
                    "Refer a friend and get £25 when they complete their first shift.",
                ]
            ),
            foot(ctx, app, host, "en", alert=False),
        ],
        (app, f"{ctx.pick(['shifts', 'hello', 'noreply'])}@{host}"),
        ctx.pick(["", f"The {app} team"]),
        bulk=True,
        greet_p=0.6,
    )
