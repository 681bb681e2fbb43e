"""Hard negatives, session 10, continued from fam_o4_network.py, which had grown past the
600-line limit: more notifications about the reader's profile or network: "congratulate Priya
on her new job", "jobs where you'd be a top applicant", Premium upsells ("see how you compare
to other applicants"), salary insights and company review digests (kununu, Glassdoor), not_job;
the networks and people come from fam_o4_network.py. Its name sorts right after
fam_o4_network.py (corpus.py imports fam_*.py in name order), so its families keep their place
in the registry and the corpus stays byte-identical.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_o4_network import _PEOPLE, _net
from kit import Ctx, Draft, family
from o4_kit import O4_N, REGION_LANG, city, firm, foot, mail, role


@family("o4_congratulate_connection_new_job", "not_job", lang="multi", n=O4_N)
def congratulate(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de", "fr", "es", "nl", "it", "pt"])
    net, host = _net(ctx, lang)
    who = ctx.pick(_PEOPLE)
    region = {"en": "uk"}.get(lang, lang)
    title, co = role(ctx, region), firm(ctx, region)
    yrs = ctx.num(1, 12)
    text = {
        "en": (
            [
                f"Congratulate {who} on the new job",
                f"{who} started a new position",
                f"Say congrats to {who.split()[0]} and {ctx.num(2, 9)} others",
                f"{who} has a work anniversary today",
            ],
            [
                f"{who} started a new position as {title} at {co}.",
                f"{who.split()[0]} is celebrating {yrs} years at {co}.",
                f"{who} was promoted to {title} at {co}.",
            ],
            "Send a message to congratulate them.",
        ),
        "de": (
            [f"Gratulieren Sie {who} zum neuen Job", f"{who} hat eine neue Position"],
            [
                f"{who} hat eine neue Position als {title} bei {co} angetreten.",
                f"{who.split()[0]} feiert {yrs}-jähriges Jubiläum bei {co}.",
            ],
            "Schicken Sie eine Nachricht und gratulieren Sie.",
        ),
        "fr": (
            [f"Félicitez {who} pour son nouveau poste", f"{who} a commencé un nouveau poste"],
            [
                f"{who} a commencé un nouveau poste : {title} chez {co}.",
                f"{who.split()[0]} fête ses {yrs} ans chez {co}.",
            ],
            "Envoyez-lui un message de félicitations.",
        ),
        "es": (
            [f"Felicita a {who} por su nuevo empleo", f"{who} ha empezado un nuevo puesto"],
            [
                f"{who} ha empezado un nuevo cargo como {title} en {co}.",
                f"{who.split()[0]} celebra {yrs} años en {co}.",
            ],
            "Envíale un mensaje para felicitarle.",
        ),
        "nl": (
            [f"Feliciteer {who} met de nieuwe baan", f"{who} is een nieuwe functie begonnen"],
            [
                f"{who} is begonnen als {title} bij {co}.",
                f"{who.split()[0]} viert {yrs} jaar bij {co}.",
            ],
            "Stuur een bericht om te feliciteren.",
        ),
        "it": (
            [f"Congratulati con {who} per il nuovo lavoro", f"{who} ha iniziato un nuovo incarico"],
            [
                f"{who} ha iniziato un nuovo incarico come {title} presso {co}.",
                f"{who.split()[0]} festeggia {yrs} anni in {co}.",
            ],
            "Invia un messaggio di congratulazioni.",
        ),
        "pt": (
            [f"Dê os parabéns a {who} pelo novo emprego", f"{who} começou em um novo cargo"],
            [
                f"{who} começou um novo cargo como {title} na {co}.",
                f"{who.split()[0]} comemora {yrs} anos na {co}.",
            ],
            "Envie uma mensagem de parabéns.",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [
            ctx.pick(text[1]),
            f"{text[2]} {ctx.url(host, 'messaging')}",
            foot(ctx, net, host, lang, alert=False),
        ],
        (net, f"{ctx.pick(['notifications-noreply', 'updates-noreply', 'mailrobot'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.3,
        bulk=True,
    )


@family("o4_top_applicant_jobs_premium", "not_job", n=O4_N)
def top_applicant(ctx: Ctx) -> Draft:
    net, host = ctx.pick([("LinkedIn", "linkedin.com"), ("ProNet", "pronet.example")])
    region = ctx.pick(["us", "uk", "in", "au"])
    listing = []
    for _ in range(ctx.num(2, 5)):
        listing.append(
            f"{role(ctx, region)}\n{firm(ctx, region)} · {city(ctx, region)}\n{ctx.pick(['You would be a top applicant', 'Top 10% of ' + str(ctx.num(25, 400)) + ' applicants', 'Your skills match ' + str(ctx.num(6, 10)) + ' of 10 requirements', 'Actively recruiting'])}"
        )
    return mail(
        ctx,
        [
            "Jobs where you'd be a top applicant",
            f"{ctx.cand_first}, you'd stand out for these {len(listing)} jobs",
            "Be a top applicant: jobs picked for you",
        ],
        [
            ctx.pick(
                [
                    "Premium insights: compared to other applicants, you'd rank in the top 10% for these jobs.",
                    "Based on your skills and experience, you'd be among the top applicants for these jobs.",
                ]
            ),
            "\n\n".join(listing),
            ctx.pick(
                [
                    f"See how you compare to other applicants with Premium: {ctx.url(host, 'premium/insights')}",
                    f"See all top applicant jobs {ctx.url(host, 'jobs/top-applicant')}",
                ]
            ),
            foot(ctx, net, host, "en"),
        ],
        (net, f"{ctx.pick(['jobs-noreply', 'premium-noreply'])}@{host}"),
        "",
        greet_p=0.5,
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


_CTA = {
    "en": ("Start free trial", "Try it free", "Upgrade", "Get Premium"),
    "de": ("Jetzt kostenlos testen", "Upgrade starten"),
    "fr": ("Essayer gratuitement", "Passer à Premium"),
    "es": ("Pruébalo gratis", "Hazte Premium"),
    "it": ("Prova gratis", "Passa a Premium"),
    "nl": ("Probeer gratis", "Upgrade nu"),
}


@family("o4_premium_upsell_compare_applicants", "not_job", lang="multi", n=O4_N)
def premium_upsell(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de", "fr", "es", "it", "nl"])
    svc, host = ctx.pick(
        [
            ("LinkedIn Premium", "linkedin.com"),
            ("XING ProJobs", "xing.com"),
            ("Indeed Resume Boost", "indeed.com"),
            ("Glassdoor Plus", "glassdoor.com"),
        ]
        if lang in ("en", "de")
        else [("LinkedIn Premium", "linkedin.com"), ("Premium Carrière", "pronet.example")]
    )
    price = ctx.pick(["29,99 €", "39,99 €", "$39.99", "£29.99", "19,95 €"])
    stage = ctx.pick(["trial", "ending", "discount"])
    text = {
        "en": {
            "trial": (
                [
                    "Get noticed by recruiters",
                    "See how you compare to other applicants",
                    "Your free month of Premium is waiting",
                ],
                "Stand out and get hired faster: see how you compare to other applicants, message recruiters directly with InMail and get featured as a top applicant.",
            ),
            "ending": (
                [
                    f"Your free trial ends in {ctx.num(1, 3)} days",
                    "Reminder: your Premium trial is ending",
                ],
                f"Your trial ends soon. After that you'll be charged {price} per month. Keep applicant insights, InMail credits and salary data, or cancel anytime in Settings.",
            ),
            "discount": (
                ["50% off Premium Career - 2 months only", "Come back to Premium"],
                "For a limited time, get 50% off Premium Career. Job seekers with Premium are 2.6x more likely to get hired.",
            ),
        },
        "de": {
            "trial": (
                [
                    "Fallen Sie Recruitern auf",
                    "Sehen Sie, wie Sie im Vergleich zu anderen Bewerbern abschneiden",
                ],
                "Heben Sie sich ab: vergleichen Sie sich mit anderen Bewerbenden, schreiben Sie Recruitern direkt und erscheinen Sie weiter oben in Suchergebnissen.",
            ),
            "ending": (
                [f"Ihr Probemonat endet in {ctx.num(1, 3)} Tagen"],
                f"Danach kostet Ihre Mitgliedschaft {price} im Monat. Sie können jederzeit in den Einstellungen kündigen.",
            ),
            "discount": (
                ["50 % Rabatt auf Premium – nur für kurze Zeit"],
                "Nur jetzt: 50 % Rabatt für 2 Monate. Jobsuchende mit Premium werden häufiger von Recruitern kontaktiert.",
            ),
        },
        "fr": {
            "trial": (
                ["Démarquez-vous auprès des recruteurs", "Comparez-vous aux autres candidats"],
                "Découvrez comment vous vous situez par rapport aux autres candidats et contactez directement les recruteurs. Essai gratuit d'un mois.",
            ),
            "ending": (
                [f"Votre essai gratuit se termine dans {ctx.num(1, 3)} jours"],
                f"Ensuite, votre abonnement sera de {price} par mois. Résiliable à tout moment.",
            ),
            "discount": (
                ["-50 % sur Premium Carrière"],
                "Offre limitée : -50 % pendant 2 mois sur Premium Carrière.",
            ),
        },
        "es": {
            "trial": (
                ["Destaca ante los reclutadores", "Compárate con otros candidatos"],
                "Descubre cómo te comparas con otros candidatos y escribe directamente a los reclutadores. Prueba gratis un mes.",
            ),
            "ending": (
                [f"Tu prueba gratuita termina en {ctx.num(1, 3)} días"],
                f"Después se cobrarán {price} al mes. Puedes cancelar cuando quieras.",
            ),
            "discount": (
                ["50 % de descuento en Premium Profesional"],
                "Solo por tiempo limitado: 50 % de descuento durante 2 meses.",
            ),
        },
        "it": {
            "trial": (
                [
                    "Fatti notare dai recruiter",
                    "Scopri come ti posizioni rispetto agli altri candidati",
                ],
                "Confrontati con gli altri candidati e scrivi direttamente ai recruiter. Prova gratis per un mese.",
            ),
            "ending": (
                [f"La tua prova gratuita termina tra {ctx.num(1, 3)} giorni"],
                f"Poi l'abbonamento costerà {price} al mese. Puoi disdire quando vuoi.",
            ),
            "discount": (
                ["Sconto del 50% su Premium Career"],
                "Solo per poco: 50% di sconto per 2 mesi.",
            ),
        },
        "nl": {
            "trial": (
                ["Val op bij recruiters", "Vergelijk jezelf met andere sollicitanten"],
                "Zie hoe je scoort ten opzichte van andere sollicitanten en stuur recruiters direct een bericht. Probeer een maand gratis.",
            ),
            "ending": (
                [f"Je gratis proefperiode eindigt over {ctx.num(1, 3)} dagen"],
                f"Daarna betaal je {price} per maand. Opzeggen kan altijd.",
            ),
            "discount": (
                ["50% korting op Premium Career"],
                "Tijdelijk: 50% korting gedurende 2 maanden.",
            ),
        },
    }[lang][stage]
    return mail(
        ctx,
        text[0],
        [
            text[1],
            f"{ctx.pick(_CTA[lang])}: {ctx.url(host, 'premium')}",
            foot(ctx, svc, host, lang, alert=False),
        ],
        (svc, f"{ctx.pick(['premium-noreply', 'offers', 'billing-noreply'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.6,
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("o4_salary_insights_digest", "not_job", lang="multi", n=O4_N)
def salary_insights(ctx: Ctx) -> Draft:
    region = ctx.pick(["de", "uk", "us", "fr", "nl", "es", "in"])
    lang = REGION_LANG[region]
    svc, host = {
        "de": ("kununu Gehaltscheck", "kununu.example"),
        "fr": ("Glassdoor", "glassdoor.fr"),
        "nl": ("Loonwijzer", "loonwijzer.example"),
        "es": ("Glassdoor", "glassdoor.es"),
    }.get(
        region,
        ctx.pick(
            [
                ("Glassdoor", "glassdoor.com"),
                ("Payscale", "payscale.example"),
                ("AmbitionBox", "ambitionbox.example"),
            ]
        ),
    )
    what, where = role(ctx, region), city(ctx, region)
    lo, hi = ctx.num(35, 55), ctx.num(60, 95)
    cur = {"de": "€", "fr": "€", "nl": "€", "es": "€", "uk": "£", "us": "$", "in": "₹"}[region]
    unit = "L" if region == "in" else "k"
    text = {
        "en": (
            [
                f"Salary insights for {what} in {where}",
                f"How much does a {what} make?",
                "Your monthly salary report",
            ],
            f"The typical pay for {what} in {where} is {cur}{lo}{unit} - {cur}{hi}{unit} a year, based on {ctx.num(40, 2000)} salaries shared anonymously.",
            "Do you know your market value? Share your salary anonymously to unlock full reports.",
        ),
        "de": (
            [
                f"Gehaltscheck: {what} in {where}",
                "Ihr monatlicher Gehaltsreport",
                f"So viel verdient man als {what}",
            ],
            f"Das durchschnittliche Gehalt für {what} in {where} liegt bei {lo}.000 – {hi}.000 € brutto im Jahr (Basis: {ctx.num(40, 2000)} Gehaltsangaben).",
            "Teilen Sie Ihr Gehalt anonym und sehen Sie alle Details.",
        ),
        "fr": (
            [f"Salaires : {what} à {where}", "Votre rapport salaire du mois"],
            f"Le salaire moyen d'un(e) {what} à {where} est de {lo} k€ – {hi} k€ brut par an ({ctx.num(40, 2000)} salaires partagés).",
            "Partagez votre salaire anonymement pour voir le détail.",
        ),
        "nl": (
            [f"Salaris {what} in {where}", "Je maandelijkse salarisrapport"],
            f"Een {what} in {where} verdient gemiddeld € {lo}.000 – € {hi}.000 per jaar ({ctx.num(40, 2000)} salarissen).",
            "Deel je salaris anoniem en bekijk alle details.",
        ),
        "es": (
            [f"Sueldos de {what} en {where}", "Tu informe salarial del mes"],
            f"El salario medio de {what} en {where} es de {lo}.000 – {hi}.000 € brutos al año ({ctx.num(40, 2000)} sueldos compartidos).",
            "Comparte tu sueldo de forma anónima para ver el informe completo.",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [
            text[1],
            ctx.pick(
                [
                    "",
                    f"Top paying companies: {firm(ctx, region)}, {firm(ctx, region)}, {firm(ctx, region)}",
                ]
            ),
            f"{text[2]} {ctx.url(host, 'salaries')}",
            foot(ctx, svc, host, lang, alert=False),
        ],
        (svc, f"{ctx.pick(['noreply', 'insights', 'newsletter'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.5,
        bulk=True,
    )


@family("o4_company_reviews_digest", "not_job", lang="multi", n=O4_N)
def reviews_digest(ctx: Ctx) -> Draft:
    region = ctx.pick(["de", "de", "uk", "us", "fr", "in"])
    lang = REGION_LANG[region]
    svc, host = {
        "de": ("kununu", "kununu.example"),
        "fr": ("Glassdoor", "glassdoor.fr"),
        "in": ("AmbitionBox", "ambitionbox.example"),
    }.get(region, ("Glassdoor", "glassdoor.com"))
    items = []
    for _ in range(ctx.num(2, 4)):
        stars = (
            ctx.pick(["4,1", "3,2", "4,6", "2,9", "3,8"])
            if lang != "en"
            else ctx.pick(["4.1", "3.2", "4.6", "2.9", "3.8"])
        )
        quote = ctx.pick(
            {
                "en": [
                    '"Great people, but management changes every year."',
                    '"Good work-life balance, salaries below market."',
                    '"Interview process was long but fair."',
                    '"Lots of learning, limited career growth."',
                ],
                "de": [
                    "„Tolles Team, aber wenig Aufstiegsmöglichkeiten.“",
                    "„Gutes Gehalt, Homeoffice leider nur 1 Tag.“",
                    "„Das Vorstellungsgespräch war sehr angenehm.“",
                    "„Kommunikation der Führung ausbaufähig.“",
                ],
                "fr": [
                    "« Bonne ambiance, mais salaires en dessous du marché. »",
                    "« Management à l'écoute, beaucoup de télétravail. »",
                    "« Processus de recrutement long mais sérieux. »",
                ],
            }[lang]
        )
        items.append(f"{firm(ctx, region)} – {stars} ★\n{quote}")
    text = {
        "en": (
            [
                "New reviews at companies you follow",
                "What employees are saying this week",
                "Your company updates",
            ],
            "Here's what employees have shared recently about companies you follow.",
            "Read all reviews",
        ),
        "de": (
            [
                "Neue Bewertungen zu Arbeitgebern, denen Sie folgen",
                "Was Mitarbeitende diese Woche sagen",
                "Ihr kununu-Update",
            ],
            "Das sagen Mitarbeitende aktuell über die Arbeitgeber, denen Sie folgen.",
            "Alle Bewertungen lesen",
        ),
        "fr": (
            [
                "Nouveaux avis sur les entreprises que vous suivez",
                "Ce que disent les salariés cette semaine",
            ],
            "Voici les derniers avis publiés sur les entreprises que vous suivez.",
            "Lire tous les avis",
        ),
    }[lang]
    return mail(
        ctx,
        text[0],
        [
            text[1],
            "\n\n".join(items),
            f"{text[2]}: {ctx.url(host, 'reviews')}",
            foot(ctx, svc, host, lang, alert=False),
        ],
        (svc, f"{ctx.pick(['noreply', 'community', 'updates'])}@{host}"),
        "",
        lang=lang,
        greet_p=0.4,
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )
