"""Hard negatives, session 10, continued from fam_o4_services.py, which had grown past the
600-line limit: more of the careers industry's mail to everyone on its list: employers'
info-session webinars for students, a university careers service's weekly digest, student
platforms (Handshake, JobTeaser), public employment services' newsletters and freelance
platforms' "new projects matching your skills", all not_job. Its name sorts right after
fam_o4_services.py (corpus.py imports fam_*.py in name order), so its families keep their place
in the registry and the corpus stays byte-identical.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from o3_kit import date_x, when_x
from o4_kit import O4_N, REGION_LANG, block, city, firm, foot, mail, role
from zf_kit import weekday_future


@family("o4_employer_info_session_webinar", "not_job", lang="multi", n=O4_N)
def info_session(ctx: Ctx) -> Draft:
    region = ctx.pick(["uk", "us", "nl", "sv", "de", "in"])
    lang = REGION_LANG[region]
    co = firm(ctx, region)
    host = "events." + "".join(c for c in co.lower().split()[0] if c.isalpha()) + ".example"
    when = when_x(ctx, lang)
    text = {
        "en": (
            [
                f"Webinar: inside {co}'s graduate programme",
                f"Meet our engineers - live Q&A, {when}",
                f"Info session: how we hire at {co}",
            ],
            f"Join our live online info session on {when}. Our recruiters and graduates will talk about our programmes, what we look for in applications and how our interviews work. Open to all students and graduates.",
            "Save your spot",
        ),
        "nl": (
            [f"Webinar: werken bij {co}", f"Online meet-up met ons IT-team op {when}"],
            f"Doe mee aan ons online informatiemoment op {when}. Onze recruiters en trainees vertellen over het traineeship, waar we op letten en hoe de selectie werkt.",
            "Meld je aan",
        ),
        "sv": (
            [f"Webbinarium: traineeprogrammet på {co}", f"Träffa våra utvecklare {when}"],
            f"Välkommen till vårt digitala informationsmöte {when}. Våra rekryterare berättar om traineeprogrammet och hur rekryteringsprocessen går till.",
            "Anmäl dig",
        ),
        "de": (
            [f"Webinar: Einstieg bei {co}", f"Online-Infoabend am {when}"],
            f"Am {when} stellen wir unser Traineeprogramm live vor. Unsere Recruiterinnen beantworten Ihre Fragen zu Bewerbung und Auswahlverfahren.",
            "Jetzt Platz sichern",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [
            text[1],
            f"{text[2]}: {ctx.url(host, 'register')}",
            ctx.pick(
                [
                    "",
                    "Can't make it? Register anyway and we'll send the recording."
                    if lang == "en"
                    else "",
                ]
            ),
            foot(ctx, co, host, lang, alert=False),
        ],
        (
            f"{co} {ctx.pick(['Early Careers', 'Campus Recruiting', 'Events'])}",
            f"{ctx.pick(['events', 'campus', 'earlycareers'])}@{host}",
        ),
        "",
        lang=lang,
        greet_p=0.7,
        bulk=True,
    )


_CLOSES = {
    "en": ("closes", "deadline", "apply by"),
    "de": ("Frist", "Bewerbungsschluss"),
    "nl": ("sluit", "deadline"),
}


@family("o4_university_careers_weekly_digest", "not_job", lang="multi", n=O4_N)
def uni_careers(ctx: Ctx) -> Draft:
    region = ctx.pick(["uk", "uk", "de", "nl", "au", "in"])
    lang = REGION_LANG[region]
    uni = {
        "uk": ctx.pick(["University of Kingsbridge", "Northfield University"]),
        "au": "Southern Cross Uni",
        "in": "Institute of Technology, Ranipur",
        "de": "Hochschule Lindenau",
        "nl": "Universiteit Rijnstad",
    }[region]
    host = (
        "careers."
        + {
            "University of Kingsbridge": "kingsbridge.ac.uk",
            "Northfield University": "northfield.ac.uk",
            "Southern Cross Uni": "southerncross.edu.au",
            "Institute of Technology, Ranipur": "itranipur.ac.in",
            "Hochschule Lindenau": "hs-lindenau.example",
            "Universiteit Rijnstad": "uni-rijnstad.example",
        }[uni]
    )
    items = "\n".join(
        f"• {role(ctx, region)} – {firm(ctx, region)} ({ctx.pick(_CLOSES[lang])} {date_x(ctx, weekday_future(ctx, 3, 30), lang)})"
        for _ in range(ctx.num(3, 6))
    )
    text = {
        "en": (
            [
                f"Careers Weekly: {ctx.num(20, 90)} new opportunities",
                "This week at the Careers Service",
                "Careers & Employability newsletter",
            ],
            "Your weekly round-up from the Careers Service: new vacancies on the jobs board, employer presentations, CV drop-in sessions and workshops.",
            f"Events: CV clinic ({when_x(ctx)}), Assessment centres explained, Employer panel: careers in consulting.",
            "Book a 1:1 careers appointment in the careers portal.",
        ),
        "de": (
            ["Career Service Newsletter", "Jobs & Events der Woche"],
            "Ihr wöchentlicher Überblick vom Career Service: neue Praktika und Abschlussarbeiten in der Jobbörse, Workshops und Unternehmenspräsentationen.",
            f"Termine: Bewerbungsmappen-Check ({when_x(ctx, 'de')}), Workshop Assessment Center, Firmenkontaktmesse.",
            "Beratungstermine buchen Sie im Portal.",
        ),
        "nl": (
            ["Career Services nieuwsbrief", "Deze week bij Career Services"],
            "Je wekelijkse overzicht: nieuwe stages en vacatures, workshops en bedrijfspresentaties.",
            f"Agenda: cv-check ({when_x(ctx, 'nl')}), workshop solliciteren, bedrijvendag.",
            "Plan een gesprek met een loopbaanadviseur via het portal.",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [text[1], items, text[2], text[3], foot(ctx, uni, host, lang, alert=False)],
        (
            f"{uni} {'Careers Service' if lang == 'en' else 'Career Service' if lang == 'de' else 'Career Services'}",
            f"{ctx.pick(['careers', 'newsletter', 'jobs'])}@{host}",
        ),
        "",
        lang=lang,
        greet_p=0.7,
        bulk=True,
        form=ctx.pick(["alt", "html", "plain"]),
    )


_KIND = {
    "en": ("Internship", "Summer internship", "Part-time", "Full-time · Entry level", ""),
    "fr": ("Stage - 6 mois", "Alternance", "Stage de fin d'études", "CDI - Jeune diplômé", ""),
    "de": ("Praktikum", "Werkstudent", "Abschlussarbeit", "Traineeprogramm", ""),
}


@family("o4_student_platform_jobs_events", "not_job", lang="multi", n=O4_N)
def student_platform(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "fr", "fr", "de"])
    region = {"en": "us", "fr": "fr", "de": "de"}[lang]
    app, host = {
        "en": ("Handshake", "joinhandshake.com"),
        "fr": ("JobTeaser", "jobteaser.example"),
        "de": ("JobTeaser", "jobteaser.example"),
    }[lang]
    text = {
        "en": (
            [
                f"{ctx.num(3, 15)} employers want to meet students like you",
                "Internships picked for you",
                "Upcoming events: employers hosting this week",
                "Recommended jobs for your major",
            ],
            "Employers are hosting virtual events and posting internships for students at your school.",
            "Internships and jobs for you",
        ),
        "fr": (
            [
                "Des stages et alternances pour toi",
                "Les entreprises qui recrutent dans ton école",
                "Événements de la semaine",
            ],
            "Des entreprises organisent des événements et publient des offres de stage pour les étudiants de ton école.",
            "Offres pour toi",
        ),
        "de": (
            ["Praktika und Werkstudentenjobs für dich", "Diese Unternehmen suchen Studierende"],
            "Unternehmen stellen sich an deiner Hochschule vor und veröffentlichen Praktika für Studierende.",
            "Angebote für dich",
        ),
    }[lang]
    listing = "\n\n".join(
        block(
            f"{role(ctx, region)}\n{firm(ctx, region)} · {city(ctx, region)}\n{ctx.pick(_KIND[lang])}"
        )
        for _ in range(ctx.num(2, 4))
    )
    return mail(
        ctx,
        text[0],
        [text[1], f"{text[2]}:\n\n{listing}", ctx.url(host, "explore"), foot(ctx, app, host, lang)],
        (app, f"{ctx.pick(['noreply', 'team', 'digest'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.6,
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("o4_public_employment_service_newsletter", "not_job", lang="multi", n=O4_N)
def public_employment(ctx: Ctx) -> Draft:
    lang = ctx.pick(["sv", "no", "da", "fr", "de", "nl"])
    org, host = {
        "sv": ("Arbetsförmedlingen", "arbetsformedlingen.example"),
        "no": ("NAV", "nav.example"),
        "da": ("Jobcenter", "jobnet.example"),
        "fr": ("France Travail", "francetravail.example"),
        "de": ("Bundesagentur für Arbeit", "arbeitsagentur.example"),
        "nl": ("UWV", "werk.example"),
    }[lang]
    text = {
        "sv": (
            ["Nyhetsbrev: yrken med goda chanser till jobb", "Digitala träffar för arbetssökande"],
            "I månadens nyhetsbrev: yrken där arbetsgivare har svårt att hitta personal, tips inför att skriva CV och våra digitala rekryteringsträffar. Anmäl dig på webbplatsen.",
            "Läs mer",
        ),
        "no": (
            ["Nyhetsbrev fra NAV: jobbmesser og kurs", "Slik finner du ledige stillinger"],
            "Denne måneden: digitale jobbmesser, kurs i å skrive CV og hvilke yrker som trenger folk der du bor.",
            "Les mer",
        ),
        "da": (
            ["Nyhedsbrev: jobmesser og kurser", "Nyt fra Jobcenter"],
            "Denne måned: jobmesser i din region, kurser i CV-skrivning og brancher med mangel på arbejdskraft.",
            "Læs mere",
        ),
        "fr": (
            [
                "La lettre de France Travail : ateliers et événements",
                "Événements emploi près de chez vous",
            ],
            "Ce mois-ci : ateliers CV et entretien d'embauche, job datings dans votre région et métiers qui recrutent. Inscription dans votre espace.",
            "En savoir plus",
        ),
        "de": (
            ["Newsletter: Weiterbildung und Jobmessen", "Ihre Agentur für Arbeit informiert"],
            "In dieser Ausgabe: geförderte Weiterbildungen, Jobmessen in Ihrer Region und Tipps für Ihre Bewerbungsunterlagen.",
            "Mehr erfahren",
        ),
        "nl": (
            ["Nieuwsbrief: werken in zorg en techniek", "Webinars voor werkzoekenden"],
            "Deze maand: gratis webinars over solliciteren, sectoren met veel vacatures en scholing met subsidie.",
            "Lees meer",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [
            text[1],
            f"{text[2]}: {ctx.url(host, 'nyheter' if lang in ('sv', 'no', 'da') else 'actualites')}",
            foot(ctx, org, host, lang, alert=False),
        ],
        (org, f"{ctx.pick(['nyhetsbrev', 'newsletter', 'noreply'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.5,
        bulk=True,
        form=ctx.pick(["alt", "html", "plain"]),
    )


# A platform's word for a gig, its pay shapes, kinds of work and the extra line, per language.
_GIG = {
    "en": (
        "project",
        ("$25-50/hr", "Fixed price: $800", "Hourly: $40-70", "Budget: $1,500"),
        ("landing page redesign", "API integration", "dashboard", "bug fixes"),
        ("Proposals: 5-10", "Proposals: less than 5", "Payment verified", ""),
    ),
    "fr": (
        "mission",
        ("TJM 450 €", "TJM 600 €", "Forfait 3 000 €"),
        ("refonte site", "audit SEO", "intégration API", "tableau de bord"),
        ("Démarrage : ASAP", "Télétravail", "Durée : 3 mois", ""),
    ),
    "de": (
        "Projekt",
        ("€550/Tag", "€85/Std.", "Festpreis 4.000 €"),
        ("Shop-Migration", "API-Anbindung", "Dashboard", "Relaunch Website"),
        ("Start: ASAP", "Dauer: 6 Monate", "Remote", ""),
    ),
    "pl": (
        "zlecenie",
        ("Budżet: 2 000 zł", "Budżet: 5 500 zł", "150 zł/h"),
        ("strona firmowa", "integracja API", "sklep internetowy", "audyt SEO"),
        ("Termin: 2 tygodnie", "Zdalnie", ""),
    ),
    "nl": (
        "opdracht",
        ("€65/uur", "€80/uur", "Vaste prijs € 2.500"),
        ("website vernieuwen", "API-koppeling", "dashboard", "webshop"),
        ("Start: per direct", "Remote", "Duur: 3 maanden", ""),
    ),
}


@family("o4_freelance_new_projects_matching", "not_job", lang="multi", n=O4_N)
def freelance_projects(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "fr", "de", "pl", "nl"])
    app, host = {
        "en": ctx.pick(
            [
                ("Upwork", "upwork.example"),
                ("Freelancer", "freelancer.example"),
                ("Toptal", "toptal.example"),
            ]
        ),
        "fr": ("Malt", "malt.example"),
        "de": ctx.pick(
            [("freelance.de", "freelance-de.example"), ("freelancermap", "freelancermap.example")]
        ),
        "pl": ("Useme", "useme.example"),
        "nl": ("Freelance.nl", "freelance-nl.example"),
    }[lang]
    skill = ctx.pick(
        [
            "React",
            "WordPress",
            "Python",
            "SEO",
            "Figma",
            "Übersetzung DE-EN",
            "SAP FI/CO",
            "Copywriting",
        ]
    )
    word, rates, kinds, extra = _GIG[lang]
    projects = []
    for _ in range(ctx.num(2, 5)):
        tail = " · ".join(x for x in (ctx.pick(rates), ctx.pick(extra)) if x)
        projects.append(f"{skill} {word}: {ctx.pick(kinds)}\n{tail}")
    text = {
        "en": (
            [
                f"New {skill} projects matching your skills",
                f"{len(projects)} new jobs for freelancers like you",
                "Projects you might like",
            ],
            "Clients posted new projects that match your profile. Send a proposal early - clients often hire within 48 hours.",
            "Connects balance: " + str(ctx.num(0, 80)),
        ),
        "fr": (
            [
                f"Nouvelles missions {skill} pour vous",
                "Des missions qui correspondent à votre profil",
            ],
            "Des clients ont publié des missions qui correspondent à vos compétences. Mettez à jour vos disponibilités pour être visible.",
            "Astuce : un profil avec avis clients est 3x plus contacté.",
        ),
        "de": (
            [f"Neue {skill}-Projekte für Sie", "Passende Freelance-Projekte"],
            "Diese neuen Projektanfragen passen zu Ihrem Profil. Bewerben Sie sich frühzeitig mit Ihrem Stundensatz.",
            "Tipp: Halten Sie Ihre Verfügbarkeit aktuell.",
        ),
        "pl": (
            [f"Nowe zlecenia: {skill}", "Zlecenia dopasowane do Twoich umiejętności"],
            "Klienci dodali nowe zlecenia pasujące do Twojego profilu. Złóż ofertę jako jeden z pierwszych.",
            "Uzupełnij portfolio, aby zwiększyć szanse.",
        ),
        "nl": (
            [f"Nieuwe {skill}-opdrachten", "Opdrachten die bij je passen"],
            "Opdrachtgevers hebben nieuwe opdrachten geplaatst die bij je profiel passen. Reageer snel.",
            "Tip: houd je beschikbaarheid up-to-date.",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [
            text[1],
            "\n\n".join(projects),
            text[2],
            f"{ctx.url(host, 'projects')}",
            foot(ctx, app, host, lang),
        ],
        (app, f"{ctx.pick(['notifications', 'noreply', 'projects'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.6,
        bulk=True,
    )
