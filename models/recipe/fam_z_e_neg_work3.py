"""Work and commerce mail that is not the user's own job search, continued from
fam_z_e_neg_work2.py (fam_z_e_neg_work.py had grown past the 600-line limit): the user as
hiring manager or interviewer, course / bootcamp and resume-service marketing, HR-tech vendors
selling to the user, and brand "offers" in several languages. Its name sorts right after
fam_z_e_neg_work2.py (corpus.py imports fam_*.py in name order), so its families keep their
place in the registry and the corpus stays byte-identical.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from zd_kit import bye_in, date_in, hello_in, opt, workday
from ze_kit import ZE_N, body, neg_hello, neg_sign, sender, unsub


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
