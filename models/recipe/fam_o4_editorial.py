"""Hard negatives, session 10: job boards' editorial and engagement mail, and mass hiring-drive
announcements, none about one of the reader's applications.

Boards' career-advice newsletters in German, French, Spanish and Italian ("5 Fragen im
Vorstellungsgespräch", "Comment négocier son salaire"), Welcome to the Jungle's "Ils
recrutent" company spotlight, an Indian job portal's walk-in drive broadcast, course picks "to
land Data Analyst jobs", a board's "how is your job search going?" survey and its "let
recruiters know you're open to work" nudge. Interview, offer and recruiter words abound, yet
all are not_job.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from o3_kit import date_x
from o4_kit import O4_N, city, firm, foot, mail, role
from zf_kit import logo, view_in_browser, weekday_future

_ARTICLES = {
    "de": (
        "Die 10 häufigsten Fragen im Vorstellungsgespräch – und wie Sie überzeugen",
        "Gehaltsverhandlung: So holen Sie mehr heraus",
        "Kündigungsfrist, Probezeit, Arbeitszeugnis: Das sollten Sie wissen",
        "Anschreiben 2025: Braucht man das noch?",
        "Quereinstieg in die IT: Erfahrungsberichte",
    ),
    "fr": (
        "Entretien d'embauche : les 7 questions pièges",
        "Comment négocier son salaire sans se griller",
        "Rupture conventionnelle : mode d'emploi",
        "Lettre de motivation : faut-il encore en écrire une ?",
        "Reconversion : ils ont tout quitté pour le numérique",
    ),
    "es": (
        "Las 10 preguntas más frecuentes en una entrevista de trabajo",
        "Cómo negociar tu salario en una oferta de empleo",
        "Periodo de prueba: tus derechos",
        "¿Sigue siendo útil la carta de presentación?",
    ),
    "it": (
        "Colloquio di lavoro: le 10 domande più frequenti",
        "Come negoziare lo stipendio",
        "Periodo di prova: cosa dice la legge",
        "Lettera di presentazione: serve ancora?",
    ),
}


@family("o4_board_career_advice_newsletter_i18n", "not_job", lang="multi", n=O4_N)
def career_advice(ctx: Ctx) -> Draft:
    lang = ctx.pick(["de", "de", "fr", "es", "it"])
    board, host = {
        "de": ctx.pick(
            [
                ("StepStone Magazin", "stepstone.de"),
                ("karriere.example", "karriere.example"),
                ("XING News", "xing.com"),
            ]
        ),
        "fr": ctx.pick(
            [
                ("Welcome to the Jungle", "welcometothejungle.com"),
                ("Cadremploi", "cadremploi.example"),
                ("HelloWork", "hellowork.example"),
            ]
        ),
        "es": ("InfoJobs Blog", "infojobs.net"),
        "it": ("Monster Italia", "monster.it"),
    }[lang]
    picks = ctx.rng.sample(_ARTICLES[lang], 3)
    intro = {
        "de": [
            "Ihre Karriere-Lektüre der Woche:",
            "Das lesen Jobsuchende gerade:",
            "Neu im Magazin:",
        ],
        "fr": [
            "Vos lectures de la semaine :",
            "Les articles les plus lus cette semaine :",
            "Au sommaire cette semaine :",
        ],
        "es": ["Tus lecturas de la semana:", "Lo más leído esta semana:"],
        "it": ["Le letture della settimana:", "I più letti della settimana:"],
    }[lang]
    more = {"de": "Weiterlesen", "fr": "Lire l'article", "es": "Leer más", "it": "Leggi di più"}[
        lang
    ]
    items = "\n\n".join(f"{t}\n{more}: {ctx.url(host, 'magazin')}" for t in picks)
    return mail(
        ctx,
        [picks[0], f"{board}: {picks[0]}", f"{picks[0]} | {picks[1]}"],
        [ctx.pick(intro), items, foot(ctx, board, host, lang, alert=False)],
        (board, f"{ctx.pick(['newsletter', 'redaktion', 'news', 'magazine'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.3,
        bulk=True,
        top=ctx.pick(["", view_in_browser(ctx, host, lang), logo(board, ctx)]),
        form=ctx.pick(["alt", "html"]),
    )


@family("o4_fr_wttj_ils_recrutent", "not_job", lang="fr", n=O4_N)
def wttj_spotlight(ctx: Ctx) -> Draft:
    host = "welcometothejungle.com"
    co = firm(ctx, "fr")
    k = ctx.num(3, 40)
    perks = ctx.pick(
        [
            "Télétravail 3 j/semaine",
            "Tickets resto Swile",
            "RTT",
            "Mutuelle Alan prise à 100 %",
            "Semaine de 4 jours",
        ]
    )
    postes = "\n".join(
        f"• {role(ctx, 'fr')} – {ctx.pick(['CDI', 'Stage', 'Alternance', 'CDD'])} – {city(ctx, 'fr')}"
        for _ in range(ctx.num(2, 5))
    )
    return mail(
        ctx,
        [
            f"Ils recrutent : {co} ({k} postes ouverts)",
            f"Découvrez {co} et {ctx.num(2, 6)} autres entreprises qui recrutent",
            "Les entreprises qui recrutent cette semaine",
        ],
        [
            ctx.pick(
                [
                    f"Cette semaine, on a poussé les portes de {co}. Ambiance, équipe, locaux : on vous dit tout.",
                    f"Zoom sur {co}, {ctx.pick(['scale-up', 'PME familiale', 'groupe international', 'start-up'])} qui recrute {k} personnes.",
                ]
            ),
            f"Les + : {perks}, {ctx.pick(['locaux en plein centre', 'formation continue', 'onboarding soigné', 'prime de cooptation'])}.",
            f"Postes ouverts :\n{postes}",
            ctx.pick(
                ["", "Et aussi : « Comment préparer un entretien vidéo », notre guide pratique."]
            ),
            f"Voir la fiche entreprise : {ctx.url(host, 'fr/companies')}",
            foot(ctx, "Welcome to the Jungle", host, "fr", alert=False),
        ],
        (
            "Welcome to the Jungle",
            ctx.pick(["hello@welcometothejungle.com", "noreply@welcometothejungle.com"]),
        ),
        "",
        lang="fr",
        greet_p=0.5,
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("o4_en_in_walk_in_drive_broadcast", "not_job", lang="en_in", n=O4_N)
def walk_in_drive(ctx: Ctx) -> Draft:
    portal, host = ctx.pick(
        [
            ("apna", "apna.example"),
            ("Naukri Campus", "naukri.com"),
            ("WorkIndia", "workindia.example"),
            ("Shine.com", "shine.example"),
        ]
    )
    co = firm(ctx, "in")
    post = ctx.pick(
        [
            "Customer Support Executive (Voice)",
            "Telecaller",
            "Delivery Executive",
            "Field Sales Executive",
            "Back Office Associate",
            "Trainee Software Engineer (Freshers)",
        ]
    )
    day = date_x(ctx, weekday_future(ctx, 2, 12))
    venue = ctx.pick(
        [
            "3rd Floor, Tech Park, Outer Ring Road, Bengaluru",
            "Sector 62, near Metro Station, Noida",
            "Hinjewadi Phase 1, Pune",
            "Mount Road, near Gemini Flyover, Chennai",
            "HITEC City, Madhapur, Hyderabad",
        ]
    )
    return mail(
        ctx,
        [
            f"Walk-in drive: {post} | {day}",
            f"Walk-in interview for {post} - {city(ctx, 'in').split(',')[0]}",
            f"Mega hiring drive: {ctx.num(50, 500)} openings - walk in this {ctx.pick(['Saturday', 'Monday', 'week'])}",
        ],
        [
            ctx.pick(
                [
                    f"Companies near you are hiring! {co} is conducting a walk-in drive for {post}.",
                    f"Mega hiring drive for freshers and experienced candidates. Role: {post}.",
                ]
            ),
            f"Date: {day}\nTime: {ctx.pick(['10:00 AM - 4:00 PM', '9:30 AM - 1:00 PM', '11 AM onwards'])}\nVenue: {venue}\nSalary: {ctx.pick(['₹15,000 - ₹22,000 per month', '2.4 - 3.6 LPA', 'Best in industry + incentives'])}\nEligibility: {ctx.pick(['Any graduate', '12th pass / Graduate', 'B.E./B.Tech 2024-25 pass outs', 'Good communication in English and Hindi'])}",
            "Carry 2 copies of your resume and a photo ID. No registration fee is charged for this drive.",
            ctx.pick(
                [
                    "",
                    f"Download the {portal} app to see more jobs near you.",
                    "Share with friends who are looking for jobs!",
                ]
            ),
            foot(ctx, portal, host, "en", alert=False),
        ],
        (portal, f"{ctx.pick(['jobs', 'alerts', 'noreply'])}@{host}"),
        ctx.pick(["", f"Team {portal}"]),
        greet_p=0.6,
        bulk=True,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("o4_courses_to_land_jobs", "not_job", lang="multi", n=O4_N)
def courses_for_jobs(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de", "es", "pt", "fr"])
    region = {"en": "uk"}.get(lang, lang)
    what = role(ctx, region)
    svc, host = ctx.pick(
        [
            ("LinkedIn Learning", "linkedin.com"),
            ("Coursera", "coursera.example"),
            ("Udemy", "udemy.example"),
            ("OpenClassrooms", "openclassrooms.example"),
        ]
    )
    courses = "\n".join(
        f"• {ctx.pick(['Excel for Business', 'SQL Essential Training', 'Agile Foundations', 'Power BI Desktop', 'Python for Data Analysis', 'Project Management Foundations', 'Google Data Analytics Certificate'])} ({ctx.num(1, 9)}h {ctx.num(5, 55)}m)"
        for _ in range(ctx.num(2, 4))
    )
    text = {
        "en": (
            [
                f"Courses to help you land {what} jobs",
                f"Skills employers want for {what} roles",
                "Your learning picks for this week",
            ],
            f"Employers hiring for {what} roles are looking for these skills. Start a course today and add the certificate to your profile.",
        ),
        "de": (
            [f"Kurse für Ihren nächsten Job als {what}", "Ihre Lernempfehlungen der Woche"],
            f"Arbeitgeber, die {what} suchen, fragen diese Kenntnisse nach. Starten Sie heute und zeigen Sie das Zertifikat in Ihrem Profil.",
        ),
        "es": (
            [f"Cursos para conseguir empleo de {what}", "Tus recomendaciones de formación"],
            f"Las empresas que buscan {what} piden estas aptitudes. Empieza hoy y añade el certificado a tu perfil.",
        ),
        "pt": (
            [f"Cursos para conquistar vagas de {what}", "Suas recomendações de cursos"],
            f"Empresas que contratam {what} procuram estas competências. Comece hoje e adicione o certificado ao seu perfil.",
        ),
        "fr": (
            [
                f"Des formations pour décrocher un poste de {what}",
                "Vos recommandations de formation",
            ],
            f"Les recruteurs qui cherchent un(e) {what} demandent ces compétences. Commencez aujourd'hui et ajoutez le certificat à votre profil.",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [text[1], courses, ctx.url(host, "learning"), foot(ctx, svc, host, lang, alert=False)],
        (svc, f"{ctx.pick(['learning', 'recommendations', 'noreply'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.6,
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("o4_job_search_survey_from_board", "not_job", lang="multi", n=O4_N)
def search_survey(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "de", "fr", "nl", "sv", "es"])
    board, host = ctx.pick(
        [
            ("Indeed", "indeed.com"),
            ("StepStone", "stepstone.de"),
            ("Monster", "monster.com"),
            ("Jobat", "jobat.example"),
        ]
    )
    mins = ctx.num(2, 5)
    text = {
        "en": (
            [
                "How's your job search going?",
                f"Got {mins} minutes? Tell us about your job search",
                "Have you found a new job?",
            ],
            f"We'd love to hear how your job search is going. Have you had interviews or received an offer recently? Answer {ctx.num(5, 8)} quick questions - it takes about {mins} minutes - and help us improve.",
        ),
        "de": (
            ["Wie läuft Ihre Jobsuche?", "Haben Sie einen neuen Job gefunden?"],
            f"Wie läuft Ihre Jobsuche? Hatten Sie zuletzt Vorstellungsgespräche oder ein Angebot? Beantworten Sie uns {ctx.num(5, 8)} kurze Fragen (ca. {mins} Minuten).",
        ),
        "fr": (
            ["Où en est votre recherche d'emploi ?", "Avez-vous trouvé un poste ?"],
            f"Où en est votre recherche ? Avez-vous passé des entretiens ou reçu une offre récemment ? Répondez à {ctx.num(5, 8)} questions ({mins} minutes environ).",
        ),
        "nl": (
            ["Hoe gaat je zoektocht naar werk?", "Heb je een nieuwe baan gevonden?"],
            f"Hoe gaat het met zoeken? Heb je onlangs gesprekken gehad of een aanbod gekregen? Beantwoord {ctx.num(5, 8)} korte vragen (ongeveer {mins} minuten).",
        ),
        "sv": (
            ["Hur går ditt jobbsökande?", "Har du hittat ett nytt jobb?"],
            f"Hur går jobbsökandet? Har du varit på intervjuer eller fått ett erbjudande nyligen? Svara på {ctx.num(5, 8)} korta frågor (cirka {mins} minuter).",
        ),
        "es": (
            ["¿Qué tal va tu búsqueda de empleo?", "¿Has encontrado trabajo?"],
            f"¿Qué tal va tu búsqueda? ¿Has tenido entrevistas o recibido alguna oferta? Responde a {ctx.num(5, 8)} preguntas rápidas (unos {mins} minutos).",
        ),
    }[lang]
    cta = {
        "en": "Start the survey",
        "de": "Zur Umfrage",
        "fr": "Répondre",
        "nl": "Naar de vragenlijst",
        "sv": "Till enkäten",
        "es": "Empezar la encuesta",
    }[lang]
    return mail(
        ctx,
        text[0],
        [text[1], f"{cta}: {ctx.url(host, 'survey')}", foot(ctx, board, host, lang, alert=False)],
        (
            f"{board} {ctx.pick(['Research', 'Insights', 'Team'])}",
            f"{ctx.pick(['survey', 'research', 'noreply'])}@{host}",
        ),
        "",
        lang=lang,
        greet_p=0.7,
        bulk=ctx.chance(0.7),
    )


@family("o4_open_to_work_nudge", "not_job", lang="multi", n=O4_N)
def open_to_work(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de", "fr", "es", "it", "pt", "nl"])
    net, host = ctx.pick(
        [("LinkedIn", "linkedin.com"), ("XING", "xing.com"), ("Indeed", "indeed.com")]
        if lang in ("en", "de")
        else [("LinkedIn", "linkedin.com"), ("Indeed", "indeed.com")]
    )
    pct = ctx.num(20, 60)
    text = {
        "en": (
            [
                "Let recruiters know you're open to work",
                "Get discovered by recruiters",
                f"{ctx.cand_first}, turn on Open to Work",
            ],
            f"Members who share they're open to new opportunities are {pct}% more likely to hear from recruiters. Choose who sees it: only recruiters, or everyone.",
        ),
        "de": (
            [
                "Zeigen Sie Recruitern, dass Sie offen für Angebote sind",
                "Werden Sie von Recruitern gefunden",
            ],
            f"Mitglieder, die angeben, dass sie offen für neue Jobs sind, werden {pct} % häufiger von Recruitern kontaktiert. Sie entscheiden, wer es sieht.",
        ),
        "fr": (
            ["Indiquez aux recruteurs que vous êtes à l'écoute", "Soyez repéré par les recruteurs"],
            f"Les membres qui signalent être ouverts aux opportunités sont {pct} % plus souvent contactés par des recruteurs.",
        ),
        "es": (
            [
                "Haz saber a los reclutadores que buscas empleo",
                "Que los reclutadores te encuentren",
            ],
            f"Los miembros que indican que están abiertos a nuevas oportunidades reciben un {pct} % más de mensajes de reclutadores.",
        ),
        "it": (
            ["Fai sapere ai recruiter che sei disponibile", "Fatti trovare dai recruiter"],
            f"Chi indica di essere aperto a nuove opportunità riceve il {pct}% di messaggi in più dai recruiter.",
        ),
        "pt": (
            [
                "Mostre aos recrutadores que você está aberto a oportunidades",
                "Seja encontrado por recrutadores",
            ],
            f"Membros que mostram que estão abertos a oportunidades recebem {pct}% mais contatos de recrutadores.",
        ),
        "nl": (
            ["Laat recruiters weten dat je openstaat voor werk", "Word gevonden door recruiters"],
            f"Leden die laten zien dat ze openstaan voor nieuwe kansen, worden {pct}% vaker benaderd door recruiters.",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [text[1], ctx.url(host, "opentowork"), foot(ctx, net, host, lang, alert=False)],
        (net, f"{ctx.pick(['notifications-noreply', 'jobs-noreply', 'mailrobot'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.6,
        bulk=True,
        form=ctx.pick(["alt", "html", "plain"]),
    )
