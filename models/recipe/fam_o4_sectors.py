"""Hard negatives, session 10: sector job bulletins and boards' account mail that concerns no
application of the reader's.

Public-sector vacancy bulletins (Civil Service Jobs, Interamt, Place de l'emploi public,
Werken voor Nederland), academic and health boards (jobs.ac.uk, EURAXESS, NHS Jobs, Tes),
a remote-jobs newsletter with paid listings, "a job you saved closes soon", a board's warning
about fake recruiters, and a board's weekly account summary. All not_job.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from o3_kit import date_x
from o4_kit import O4_N, REGION_LANG, block, cards, city, firm, foot, mail, role, salary
from zf_kit import weekday_future


@family("o4_public_sector_vacancy_bulletin", "not_job", lang="multi", n=O4_N)
def public_sector(ctx: Ctx) -> Draft:
    region = ctx.pick(["uk", "uk", "de", "fr", "nl"])
    lang = REGION_LANG[region]
    board, host = {
        "uk": ("Civil Service Jobs", "civilservicejobs.example"),
        "de": ("Interamt", "interamt.example"),
        "fr": ("Place de l'emploi public", "place-emploi-public.example"),
        "nl": ("Werken voor Nederland", "werkenvoornederland.example"),
    }[region]
    depts = {
        "uk": (
            "HM Revenue & Customs",
            "Department for Education",
            "Ministry of Justice",
            "DVLA",
            "Office for National Statistics",
        ),
        "de": (
            "Bundesamt für Statistik",
            "Stadtverwaltung Lindenau",
            "Landesamt für Umwelt",
            "Bundesagentur für Digitales",
        ),
        "fr": (
            "Ministère de l'Économie",
            "Préfecture du Rhône",
            "Centre hospitalier de Nantes",
            "Ville de Lille",
        ),
        "nl": (
            "Belastingdienst",
            "Rijkswaterstaat",
            "Ministerie van Financiën",
            "Gemeente Rijnstad",
        ),
    }[region]
    grade = {
        "uk": (
            "Executive Officer",
            "Higher Executive Officer",
            "Grade 7",
            "Administrative Officer",
        ),
        "de": ("E 11 TVöD", "A 13", "E 9b TV-L", "E 13 TVöD Bund"),
        "fr": ("Catégorie A", "Catégorie B", "Contractuel - 3 ans", "Attaché"),
        "nl": ("Schaal 10", "Schaal 11", "Schaal 8", "Schaal 12"),
    }[region]
    closes = {
        "uk": "Closing date",
        "de": "Bewerbungsfrist",
        "fr": "Date limite",
        "nl": "Sluitingsdatum",
    }[region]
    rows = "\n\n".join(
        block(
            f"{role(ctx, region)}\n{ctx.pick(depts)} – {city(ctx, region)}\n{ctx.pick(grade)}\n{closes}: {date_x(ctx, weekday_future(ctx, 5, 30), lang)}"
        )
        for _ in range(ctx.num(2, 5))
    )
    text = {
        "en": (
            [
                f"Civil Service Jobs: {ctx.num(3, 40)} new vacancies match your saved search",
                "Job alert: new vacancies",
            ],
            "New vacancies matching your saved search have been published.",
        ),
        "de": (
            [
                "Interamt: neue Stellenangebote zu Ihrem Suchprofil",
                "Neue Stellen im öffentlichen Dienst",
            ],
            "Zu Ihrem Suchprofil wurden neue Stellenangebote im öffentlichen Dienst veröffentlicht.",
        ),
        "fr": (
            [
                "Nouvelles offres dans la fonction publique",
                "Votre alerte : offres publiées cette semaine",
            ],
            "De nouvelles offres correspondant à votre alerte ont été publiées.",
        ),
        "nl": (
            ["Nieuwe vacatures bij de overheid", "Je zoekopdracht: nieuwe vacatures"],
            "Er zijn nieuwe vacatures geplaatst die passen bij je zoekopdracht.",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [text[1], rows, ctx.url(host, "vacancies"), foot(ctx, board, host, lang)],
        (board, f"{ctx.pick(['noreply', 'alerts', 'donotreply'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.5,
        bulk=True,
        form=ctx.pick(["plain", "alt"]),
    )


@family("o4_academic_health_teaching_job_boards", "not_job", lang="en_gb", n=O4_N)
def academic_health(ctx: Ctx) -> Draft:
    board, host, kind = ctx.pick(
        [
            ("jobs.ac.uk", "jobs.ac.uk", "academic"),
            ("EURAXESS", "euraxess.example", "academic"),
            ("NHS Jobs", "jobs.nhs.example", "health"),
            ("Tes", "tes.example", "teaching"),
        ]
    )
    posts = {
        "academic": (
            "Research Associate in Computational Biology",
            "Lecturer in Economics",
            "PhD Studentship: Machine Learning for Climate",
            "Postdoctoral Research Fellow",
            "Senior Lecturer in Nursing",
        ),
        "health": (
            "Staff Nurse - Band 5",
            "Healthcare Assistant - Band 3",
            "Physiotherapist - Band 6",
            "Ward Clerk - Band 2",
            "Pharmacy Technician - Band 4",
        ),
        "teaching": (
            "Teacher of Mathematics (MPS/UPS)",
            "Primary Class Teacher - KS2",
            "Head of Science",
            "Teaching Assistant (Level 2)",
            "SENCo",
        ),
    }[kind]
    orgs = {
        "academic": (
            "University of Kingsbridge",
            "Northfield University",
            "Universität Lindenau",
            "Institut Rivière",
        ),
        "health": (
            "Kingsbridge Hospitals NHS Foundation Trust",
            "Northfield Community Health",
            "Riverside Mental Health Trust",
        ),
        "teaching": ("Oakfield Academy", "St Mary's CofE Primary", "Kingsbridge Learning Trust"),
    }[kind]
    pays = {
        "academic": (
            "£38,205 to £44,263 per annum",
            "Grade 7",
            "€4,200 per month (gross)",
            "Stipend £19,237 tax-free",
        ),
        "health": ("£29,970 - £36,483 a year", "£24,071 - £25,674 pro rata", "Band 5"),
        "teaching": ("MPS/UPS", "£31,650 - £49,084", "Unqualified teacher pay range"),
    }[kind]
    rows = "\n\n".join(
        f"{ctx.pick(posts)}\n{ctx.pick(orgs)}\n{ctx.pick(pays)}\nCloses: {date_x(ctx, weekday_future(ctx, 5, 30))}"
        for _ in range(ctx.num(2, 5))
    )
    return mail(
        ctx,
        [
            f"{board}: {ctx.num(2, 30)} new jobs matching your alert",
            f"New {ctx.pick(['vacancies', 'jobs', 'opportunities'])} for you",
            "Your job alert",
        ],
        [
            ctx.pick(
                [
                    "The following vacancies matching your job alert have been published.",
                    "Here are the latest jobs that match your saved search criteria.",
                ]
            ),
            rows,
            f"View all jobs: {ctx.url(host, 'search')}",
            foot(ctx, board, host, "en"),
        ],
        (board, f"{ctx.pick(['noreply', 'jobalerts', 'alerts'])}@{host}"),
        "",
        greet_p=0.5,
        bulk=True,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("o4_remote_jobs_newsletter", "not_job", n=O4_N)
def remote_newsletter(ctx: Ctx) -> Draft:
    news, host = ctx.pick(
        [
            ("Remote Weekly", "remoteweekly.example"),
            ("We Work Remotely", "weworkremotely.example"),
            ("Nomad Jobs Digest", "nomadjobs.example"),
        ]
    )
    rows = "\n\n".join(
        block(
            f"{ctx.pick(['⭐ Featured', '', '🌍 Worldwide', '🇪🇺 Europe only', '🇺🇸 US timezones'])}\n{role(ctx, 'us')} at {firm(ctx, ctx.pick(['us', 'uk']))}\n{ctx.pick(['$80k-$120k', '$60-90/hr', '€55k-€75k', 'Async-first', '4-day week'])}"
        )
        for _ in range(ctx.num(4, 8))
    )
    return mail(
        ctx,
        [
            f"{news} #{ctx.num(80, 340)}: {ctx.num(20, 90)} new remote jobs",
            f"This week's best remote jobs ({ctx.pick(['design', 'dev', 'marketing', 'support', 'all categories'])})",
            "Remote jobs you missed this week",
        ],
        [
            ctx.pick(
                [
                    f"Happy {ctx.pick(['Monday', 'Tuesday', 'Friday'])}! Here are this week's hand-picked remote jobs.",
                    "Another week, another batch of remote roles. Featured listings are paid placements.",
                ]
            ),
            rows,
            ctx.pick(
                [
                    "Hiring? Post a job to 120,000 remote workers for $299.",
                    "Sponsor: get a US bank account as a remote contractor.",
                    "",
                ]
            ),
            f"Browse all jobs: {ctx.url(host, 'jobs')}",
            foot(ctx, news, host, "en", alert=False),
        ],
        (news, f"{ctx.pick(['newsletter', 'hello', 'jobs'])}@{host}"),
        ctx.pick(["", f"— {ctx.person_first}, editor"]),
        greet_p=0.0,
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("o4_saved_job_closing_soon", "not_job", lang="multi", n=O4_N)
def saved_closing(ctx: Ctx) -> Draft:
    region = ctx.pick(["us", "uk", "de", "fr", "es", "nl", "it"])
    lang = REGION_LANG[region]
    board, host = ctx.pick(
        [
            ("LinkedIn", "linkedin.com"),
            ("Indeed", "indeed.com"),
            ("Glassdoor", "glassdoor.com"),
            ("StepStone", "stepstone.de"),
        ]
    )
    what, co, d = role(ctx, region), firm(ctx, region), ctx.num(1, 5)
    text = {
        "en": (
            [
                f"A job you saved closes in {d} days",
                f"Don't miss out: {what} at {co}",
                "Reminder: your saved jobs",
            ],
            f"You saved {what} at {co}, and the listing closes in {d} days. You haven't applied yet.",
            "Apply now",
        ),
        "de": (
            [f"Ein gemerkter Job endet in {d} Tagen", f"Nicht verpassen: {what} bei {co}"],
            f"Sie haben sich die Stelle „{what}“ bei {co} gemerkt. Die Anzeige läuft in {d} Tagen ab – Sie haben sich noch nicht beworben.",
            "Jetzt bewerben",
        ),
        "fr": (
            [f"Une offre sauvegardée expire dans {d} jours", f"Ne manquez pas : {what} chez {co}"],
            f"Vous avez sauvegardé l'offre « {what} » chez {co}. Elle expire dans {d} jours et vous n'avez pas encore postulé.",
            "Postuler maintenant",
        ),
        "es": (
            [f"Una oferta guardada caduca en {d} días", f"No te lo pierdas: {what} en {co}"],
            f"Guardaste la oferta «{what}» de {co}. Caduca en {d} días y todavía no te has inscrito.",
            "Inscribirme ahora",
        ),
        "nl": (
            [f"Een bewaarde vacature sluit over {d} dagen", f"Mis het niet: {what} bij {co}"],
            f"Je hebt de vacature '{what}' bij {co} bewaard. Deze sluit over {d} dagen en je hebt nog niet gesolliciteerd.",
            "Nu solliciteren",
        ),
        "it": (
            [f"Un annuncio salvato scade tra {d} giorni", f"Non perderlo: {what} presso {co}"],
            f"Hai salvato l'annuncio «{what}» di {co}. Scade tra {d} giorni e non ti sei ancora candidato.",
            "Candidati ora",
        ),
    }[lang]
    pay = salary(ctx, region)
    return mail(
        ctx,
        text[0],
        [
            text[1],
            block(f"{what}\n{co} · {city(ctx, region)}\n{pay}"),
            f"{text[2]}: {ctx.url(host, 'jobs/view')}",
            foot(ctx, board, host, lang, alert=False),
        ],
        (board, f"{ctx.pick(['jobs-noreply', 'noreply', 'reminders'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.6,
        bulk=True,
    )


@family("o4_board_fake_recruiter_warning", "not_job", lang="multi", n=O4_N)
def scam_warning(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de", "fr", "es", "pt", "nl"])
    board, host = ctx.pick(
        [
            ("Indeed", "indeed.com"),
            ("LinkedIn", "linkedin.com"),
            ("StepStone", "stepstone.de"),
            ("InfoJobs", "infojobs.net"),
            ("Catho", "catho.com.br"),
        ]
    )
    text = {
        "en": (
            [
                "Stay safe: how to spot fake job offers",
                "Security notice: recruitment scams",
                "Beware of messages from fake recruiters",
            ],
            "We've seen an increase in messages from people pretending to be recruiters. They offer well-paid remote jobs after a short chat interview on WhatsApp or Telegram, then ask for a fee or your bank details.",
            "Real employers never ask you to pay to apply, buy equipment or share your bank login. If in doubt, report the message to us.",
        ),
        "de": (
            [
                "Vorsicht vor gefälschten Jobangeboten",
                "Sicherheitshinweis: Betrug mit Stellenanzeigen",
            ],
            "Derzeit geben sich Betrüger als Recruiter aus und bieten nach einem kurzen Chat-„Vorstellungsgespräch“ gut bezahlte Homeoffice-Jobs an – und verlangen dann Gebühren oder Kontodaten.",
            "Seriöse Arbeitgeber verlangen nie Geld für eine Bewerbung. Melden Sie verdächtige Nachrichten bitte unserem Support.",
        ),
        "fr": (
            ["Attention aux fausses offres d'emploi", "Sécurité : arnaques au recrutement"],
            "Des escrocs se font passer pour des recruteurs et proposent, après un « entretien » par messagerie, des postes en télétravail très bien payés, puis demandent de l'argent ou vos coordonnées bancaires.",
            "Un vrai employeur ne vous demandera jamais de payer pour postuler. Signalez-nous tout message suspect.",
        ),
        "es": (
            [
                "Cuidado con las ofertas de empleo falsas",
                "Aviso de seguridad: estafas en la búsqueda de empleo",
            ],
            "Hay personas que se hacen pasar por reclutadores y, tras una «entrevista» por chat, ofrecen trabajos desde casa muy bien pagados para luego pedirte dinero o tus datos bancarios.",
            "Ninguna empresa seria te pedirá dinero por inscribirte. Denuncia cualquier mensaje sospechoso.",
        ),
        "pt": (
            ["Cuidado com vagas falsas", "Alerta de segurança: golpes de emprego"],
            "Golpistas se passam por recrutadores e, depois de uma “entrevista” por WhatsApp, oferecem vagas em home office com ótimo salário e pedem pagamento ou dados bancários.",
            "Empresas sérias nunca cobram para você se candidatar. Denuncie mensagens suspeitas.",
        ),
        "nl": (
            ["Let op: nepvacatures", "Veiligheidsmelding: oplichting door nep-recruiters"],
            "Oplichters doen zich voor als recruiter en bieden na een kort 'sollicitatiegesprek' via chat goed betaald thuiswerk aan, waarna ze om geld of je bankgegevens vragen.",
            "Echte werkgevers vragen nooit geld om te solliciteren. Meld verdachte berichten bij ons.",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [text[1], text[2], ctx.url(host, "safety"), foot(ctx, board, host, lang, alert=False)],
        (
            f"{board} {ctx.pick(['Trust & Safety', 'Security', 'Support'])}",
            f"{ctx.pick(['security-noreply', 'trust', 'noreply'])}@{host}",
        ),
        "",
        lang=lang,
        greet_p=0.7,
        bulk=ctx.chance(0.6),
    )


@family("o4_board_weekly_account_summary", "not_job", lang="multi", n=O4_N)
def weekly_summary(ctx: Ctx) -> Draft:
    region = ctx.pick(["it", "es", "us", "uk", "pl"])
    lang = REGION_LANG[region]
    board, host = {
        "it": ("InfoJobs Italia", "infojobs.it"),
        "es": ("InfoJobs", "infojobs.net"),
        "us": ("ZipRecruiter", "ziprecruiter.com"),
        "uk": ("Totaljobs", "totaljobs.com"),
        "pl": ("Pracuj.pl", "pracuj.pl"),
    }[region]
    new, saved, views = ctx.num(20, 400), ctx.num(0, 9), ctx.num(0, 30)
    text = {
        "en": (
            [
                f"Your week on {board}",
                "Your weekly job search summary",
                f"{new} new jobs this week + your stats",
            ],
            f"This week: {new} new jobs for your searches, {saved} saved jobs, and your CV was viewed {views} times by employers searching our database.",
            "Keep your CV up to date - employers see the newest CVs first.",
        ),
        "it": (
            [f"La tua settimana su {board}", "Il riepilogo settimanale della tua ricerca"],
            f"Questa settimana: {new} nuove offerte per le tue ricerche, {saved} offerte salvate e il tuo CV è stato visto {views} volte dalle aziende.",
            "Aggiorna il tuo CV: le aziende vedono prima i profili più recenti.",
        ),
        "es": (
            [f"Tu semana en {board}", "Resumen semanal de tu búsqueda"],
            f"Esta semana: {new} ofertas nuevas para tus alertas, {saved} ofertas guardadas y tu CV ha sido visto {views} veces por empresas.",
            "Actualiza tu CV: las empresas ven primero los más recientes.",
        ),
        "pl": (
            [f"Twój tydzień w {board}", "Podsumowanie tygodnia"],
            f"W tym tygodniu: {new} nowych ofert dla Twoich wyszukiwań, {saved} zapisanych ofert, a Twoje CV wyświetlono {views} razy.",
            "Zaktualizuj CV – pracodawcy najpierw widzą najnowsze profile.",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [
            text[1],
            cards(ctx, region, host, 2, 3),
            text[2],
            foot(ctx, board, host, lang, alert=False),
        ],
        (board, f"{ctx.pick(['noreply', 'weekly', 'info'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.7,
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )
