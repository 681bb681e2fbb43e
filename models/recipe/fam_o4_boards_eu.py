"""Hard negatives, session 10: national job boards' saved-search alerts, in their languages.

A job seeker's inbox fills with these: StepStone's Jobagent, the Bundesagentur's Jobbörse
Suchauftrag, France Travail's offers, InfoJobs and Computrabajo, Catho, Pracuj.pl,
Platsbanken, Jobindex, FINN, Nationale Vacaturebank and an Italian board. Each lists jobs
(title, employer, place, pay, "quick apply") in the board's own layout and words, and none is
about an application the reader made, so all are not_job.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from o4_kit import CITIES, O4_N, block, cards, city, firm, foot, mail, role, words
from zf_kit import logo, view_in_browser


@family("o4_de_stepstone_jobagent", "not_job", lang="de", n=O4_N)
def de_stepstone_jobagent(ctx: Ctx) -> Draft:
    host = "stepstone.de"
    what, where = role(ctx, "de"), city(ctx, "de")
    k = ctx.num(2, 9)
    intro = ctx.pick(
        [
            f"Ihr Jobagent „{what}“ in {where} hat {k} neue Stellenangebote gefunden.",
            f"es gibt {k} neue Jobs, die zu Ihrer Suche „{what}“ passen.",
            f"seit gestern sind {k} neue Anzeigen für Ihren Jobagenten dazugekommen. Hier die Top-Treffer:",
        ]
    )
    return mail(
        ctx,
        [
            f"{k} neue Jobs: {what}",
            f"Ihr Jobagent: {what} in {where}",
            f"Neue Stellenangebote für Sie – {what}",
            f"{what} und {k - 1} weitere Jobs",
        ],
        [
            intro,
            cards(ctx, "de", host, 2, 6),
            f"{words(ctx, 'de', 'all')}: {ctx.url(host, 'jobagent')}",
            ctx.pick(
                [
                    "",
                    "Tipp: Mit einem vollständigen Profil werden Sie von Arbeitgebern schneller gefunden.",
                    "Gehaltsplaner: Wissen Sie, was Sie verdienen könnten? Jetzt vergleichen.",
                ]
            ),
            foot(ctx, "StepStone Deutschland GmbH", host, "de"),
        ],
        ("StepStone Jobagent", ctx.pick(["jobagent@stepstone.de", "noreply@stepstone.de"])),
        "",
        lang="de",
        greet_p=0.6,
        top=ctx.pick(["", logo("StepStone", ctx)]),
        bulk=True,
        form=ctx.pick(["alt", "html", "alt"]),
    )


@family("o4_de_arbeitsagentur_jobboerse_suchauftrag", "not_job", lang="de", n=O4_N)
def de_arbeitsagentur_jobboerse(ctx: Ctx) -> Draft:
    host = "arbeitsagentur.example"
    k = ctx.num(1, 14)
    what = role(ctx, "de")
    lines = []
    for _ in range(min(k, ctx.num(2, 5))):
        ref = f"{ctx.num(10000, 19999)}-{ctx.num(100000, 999999)}-S"
        lines.append(
            block(
                f"{role(ctx, 'de')}\n{ctx.pick(['Arbeitgeber', 'Arbeitgeber', 'Personaldienstleister'])}: {firm(ctx, 'de')}\nArbeitsort: {city(ctx, 'de')}\nEintrittsdatum: {ctx.pick(['ab sofort', '01.' + str(ctx.num(1, 12)).zfill(2) + '.' + str(ctx.date.year + 1)])}\nReferenznummer: {ref}"
            )
        )
    return mail(
        ctx,
        [
            "Jobbörse: neue Ergebnisse zu Ihrem Suchauftrag",
            f"Ihr Suchauftrag „{what}“ – {k} neue Stellenangebote",
            "Neue Stellenangebote in der JOBBÖRSE der Bundesagentur für Arbeit",
        ],
        [
            ctx.pick(["Sehr geehrte Nutzerin, sehr geehrter Nutzer,", "Guten Tag {first} {last},"])
            + f"\n\nzu Ihrem gespeicherten Suchauftrag „{what}“ wurden {k} neue Stellenangebote veröffentlicht.",
            "\n\n".join(lines),
            f"Alle Ergebnisse finden Sie nach der Anmeldung unter {ctx.url(host, 'jobsuche')}.",
            "Sie können den Suchauftrag jederzeit unter „Meine Suchaufträge“ ändern oder löschen. Diese E-Mail wurde automatisch erstellt; Antworten auf diese Nachricht können nicht bearbeitet werden.",
        ],
        ("Bundesagentur für Arbeit – Jobbörse", "noreply@jobboerse.arbeitsagentur.example"),
        "Mit freundlichen Grüßen\nIhre Bundesagentur für Arbeit",
        lang="de",
        greet_p=0.0,
        bulk=True,
        form=ctx.pick(["plain", "plain", "alt"]),
    )


@family("o4_fr_france_travail_offres", "not_job", lang="fr", n=O4_N)
def fr_france_travail_offres(ctx: Ctx) -> Draft:
    host = "francetravail.example"
    k = ctx.num(2, 25)
    what, where = role(ctx, "fr"), city(ctx, "fr")
    offers = []
    for _ in range(ctx.num(2, 5)):
        offers.append(
            block(
                f"{role(ctx, 'fr')}\n{ctx.pick(['CDI', 'CDD - 6 mois', 'Intérim - 3 mois', 'CDI - Temps partiel', 'Contrat d’apprentissage'])} – {city(ctx, 'fr')}\n{firm(ctx, 'fr')}\nOffre n° {ctx.num(100, 199)}{ctx.pick('ABCDEFGHJK')}{ctx.pick('ABCDEFGHJK')}{ctx.num(10, 99)}{ctx.pick('XYZW')}"
            )
        )
    return mail(
        ctx,
        [
            f"{k} nouvelles offres correspondent à votre recherche",
            f"Vos offres d'emploi du jour : {what}",
            f"Alerte offres : {what} – {where}",
        ],
        [
            ctx.pick(
                [
                    f"{k} nouvelles offres d'emploi correspondant à vos critères (« {what} », {where}) ont été publiées.",
                    f"voici les dernières offres publiées pour votre recherche « {what} ».",
                ]
            ),
            "\n\n".join(offers),
            f"Consulter toutes les offres dans votre espace : {ctx.url(host, 'candidat/recherche')}",
            ctx.pick(
                [
                    "",
                    "Pensez à mettre à jour votre profil de compétences pour que les recruteurs vous trouvent.",
                    "Besoin d'aide pour votre CV ? Des ateliers sont proposés dans votre agence.",
                ]
            ),
            "Pour ne plus recevoir ces alertes, modifiez vos préférences dans votre espace personnel. Ceci est un message automatique, merci de ne pas y répondre.",
        ],
        (
            "France Travail",
            ctx.pick(["ne-pas-repondre@francetravail.example", "alertes@francetravail.example"]),
        ),
        ctx.pick(["", "France Travail\nL'équipe de votre espace personnel"]),
        lang="fr",
        greet_p=0.7,
        bulk=True,
    )


@family("o4_es_infojobs_alertas", "not_job", lang="es", n=O4_N)
def es_infojobs_alertas(ctx: Ctx) -> Draft:
    host = "infojobs.net"
    what, where = role(ctx, "es"), city(ctx, "es")
    k = ctx.num(2, 30)
    return mail(
        ctx,
        [
            f"{k} ofertas nuevas de {what} en {where}",
            f"Tu alerta «{what}»: nuevas ofertas",
            f"¡Hay {k} ofertas que encajan contigo!",
            f"{what} y otras {k} ofertas para ti",
        ],
        [
            ctx.pick(
                [
                    f"tenemos {k} ofertas nuevas para tu alerta «{what}» en {where}.",
                    "estas son las ofertas publicadas en las últimas 24 horas que coinciden con tu alerta.",
                    "¡Buenas noticias! Hay empresas buscando perfiles como el tuyo.",
                ]
            ),
            cards(ctx, "es", host, 3, 7),
            f"{words(ctx, 'es', 'all')} → {ctx.url(host, 'ofertas-trabajo')}",
            ctx.pick(
                [
                    "",
                    "Consejo: las candidaturas con carta de presentación reciben más respuestas. ¡Actualiza tu CV!",
                    "¿Sabes cuánto se paga por tu puesto? Consulta el salario medio en InfoJobs Salarios.",
                ]
            ),
            foot(ctx, "InfoJobs, S.A.", host, "es"),
        ],
        ("InfoJobs", ctx.pick(["alertas@infojobs.net", "noreply@infojobs.net"])),
        ctx.pick(["", "El equipo de InfoJobs"]),
        lang="es",
        top=ctx.pick(["", view_in_browser(ctx, host, "es")]),
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("o4_es_latam_computrabajo_vacantes", "not_job", lang="es", n=O4_N)
def es_computrabajo(ctx: Ctx) -> Draft:
    host = ctx.pick(["mx.computrabajo.com", "co.computrabajo.com"])
    pay = (
        ["$ 9,500.00 (Mensual)", "Sueldo a convenir", "$ 14,000 - $ 18,000 (Mensual)"]
        if host.startswith("mx")
        else ["$ 1.423.500 (Mensual)", "A convenir", "$ 2.300.000 a $ 2.800.000 (Mensual)"]
    )
    towns = (
        CITIES["mx"][:3]
        if host.startswith("mx")
        else ("Bogotá, D.C.", "Medellín, Antioquia", "Cali, Valle del Cauca", "Barranquilla")
    )
    what = role(ctx, "mx")
    k = ctx.num(3, 40)
    vac = []
    for _ in range(ctx.num(3, 6)):
        vac.append(
            block(
                f"{role(ctx, 'mx')}\n{firm(ctx, 'mx')} · {ctx.pick(towns)}\n{ctx.pick(['Tiempo completo', 'Medio tiempo', 'Home office', 'Por horas'])} | {ctx.pick(['Contrato por tiempo indeterminado', 'Contrato temporal', 'Prácticas profesionales'])}\n{ctx.pick(pay)}\nPostúlate: {ctx.url(host, 'ofertas-de-trabajo')}"
            )
        )
    return mail(
        ctx,
        [
            f"{k} vacantes nuevas de {what}",
            f"Nuevas ofertas de empleo: {what}",
            "Vacantes que coinciden con tu perfil",
            f"¡{ctx.cand_first}, estas vacantes son para ti!",
        ],
        [
            ctx.pick(
                [
                    f"encontramos {k} vacantes que coinciden con tu búsqueda de «{what}».",
                    "las empresas publicaron nuevas vacantes que podrían interesarte:",
                    "te compartimos las ofertas de empleo más recientes de tu alerta.",
                ]
            ),
            "\n\n".join(vac),
            ctx.pick(
                [
                    "Completa tu hoja de vida al 100% y aparece primero en las búsquedas de las empresas.",
                    "Recuerda: Computrabajo nunca te pedirá dinero para postularte a una vacante.",
                    "",
                ]
            ),
            f"Ver más vacantes: {ctx.url(host, 'empleos')}\nNo quiero recibir más alertas: {ctx.url(host, 'baja')}",
        ],
        ("Computrabajo", ctx.pick([f"alertas@{host}", "noreply@computrabajo.com"])),
        "",
        lang="es",
        bulk=True,
    )


@family("o4_pt_br_catho_vagas", "not_job", lang="pt", n=O4_N)
def pt_catho_vagas(ctx: Ctx) -> Draft:
    host = "catho.com.br"
    what, where = role(ctx, "pt"), city(ctx, "pt")
    k = ctx.num(3, 60)
    return mail(
        ctx,
        [
            f"{k} novas vagas de {what} para você",
            f"{ctx.cand_first}, temos vagas de {what} em {where.split(',')[0]}",
            "Vagas selecionadas para o seu perfil",
            f"Alerta de vagas: {what}",
        ],
        [
            ctx.pick(
                [
                    f"separamos {k} vagas que combinam com o seu currículo.",
                    f"as empresas anunciaram novas vagas para {what} perto de você.",
                    "confira as oportunidades publicadas hoje:",
                ]
            ),
            cards(ctx, "pt", host, 3, 6),
            ctx.pick(
                [
                    "Assine o plano Catho e veja os salários de todas as vagas, além de se candidatar sem limites.",
                    "Dica: currículos com foto e resumo profissional são mais visualizados pelos recrutadores.",
                    "Você sabia? Perfis completos aparecem mais vezes nas buscas das empresas.",
                    "",
                ]
            ),
            f"{words(ctx, 'pt', 'all')}: {ctx.url(host, 'vagas')}",
            foot(ctx, "Catho Online Ltda.", host, "pt"),
        ],
        ("Catho", ctx.pick(["vagas@catho.com.br", "noreply@catho.com.br"])),
        "",
        lang="pt",
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("o4_it_annunci_lavoro_avviso", "not_job", lang="it", n=O4_N)
def it_annunci_lavoro(ctx: Ctx) -> Draft:
    board, host = ctx.pick(
        [
            ("InfoJobs Italia", "infojobs.it"),
            ("Indeed", "it.indeed.com"),
            ("Subito Lavoro", "subito.it"),
            ("Monster Italia", "monster.it"),
        ]
    )
    what, where = role(ctx, "it"), city(ctx, "it")
    k = ctx.num(2, 35)
    return mail(
        ctx,
        [
            f"{k} nuove offerte di lavoro per {what} a {where}",
            f"Nuovi annunci: {what}",
            "Offerte di lavoro che potrebbero interessarti",
            f"{what} – {where}: {k} nuovi annunci",
        ],
        [
            ctx.pick(
                [
                    f"ecco i nuovi annunci per la tua ricerca «{what}» a {where}.",
                    f"abbiamo trovato {k} offerte di lavoro pubblicate di recente che corrispondono al tuo avviso.",
                    "le aziende stanno assumendo: dai un'occhiata a queste offerte.",
                ]
            ),
            cards(ctx, "it", host, 2, 6),
            f"{words(ctx, 'it', 'all')}: {ctx.url(host, 'offerte-lavoro')}",
            foot(ctx, board, host, "it"),
        ],
        (board, f"noreply@{host}"),
        ctx.pick(["", f"Il team di {board}"]),
        lang="it",
        bulk=True,
    )


@family("o4_nl_vacaturebank_nieuwe_vacatures", "not_job", lang="nl", n=O4_N)
def nl_vacatures(ctx: Ctx) -> Draft:
    board, host = ctx.pick(
        [
            ("Nationale Vacaturebank", "nationalevacaturebank.nl"),
            ("Intermediair", "intermediair.nl"),
            ("werk.nl", "werk.example"),
            ("Indeed", "nl.indeed.com"),
        ]
    )
    what, where = role(ctx, "nl"), city(ctx, "nl")
    k = ctx.num(2, 25)
    return mail(
        ctx,
        [
            f"{k} nieuwe vacatures voor {what} in {where}",
            "Nieuwe vacatures die bij je passen",
            f"Je vacature-alert: {what}",
            f"Vandaag {k} nieuwe banen in {where}",
        ],
        [
            ctx.pick(
                [
                    f"er zijn {k} nieuwe vacatures gevonden voor je zoekopdracht '{what}' in de buurt van {where}.",
                    "deze vacatures zijn in de afgelopen 24 uur geplaatst en passen bij je zoekopdracht.",
                    "goed nieuws: werkgevers zoeken mensen zoals jij. Bekijk de nieuwste vacatures.",
                ]
            ),
            cards(ctx, "nl", host, 3, 7),
            f"{words(ctx, 'nl', 'all')}: {ctx.url(host, 'vacatures')}",
            ctx.pick(
                [
                    "",
                    "Tip: upload je cv zodat recruiters je kunnen vinden.",
                    "Benieuwd wat je kunt verdienen? Doe de salarischeck.",
                ]
            ),
            foot(ctx, board, host, "nl"),
        ],
        (board, f"noreply@{host}"),
        "",
        lang="nl",
        bulk=True,
        form=ctx.pick(["alt", "html", "plain"]),
    )


@family("o4_pl_pracuj_powiadomienia", "not_job", lang="pl", n=O4_N)
def pl_pracuj(ctx: Ctx) -> Draft:
    board, host = ctx.pick(
        [("Pracuj.pl", "pracuj.pl"), ("OLX Praca", "olx.pl"), ("justjoin.it", "justjoin.it")]
    )
    what, where = role(ctx, "pl"), city(ctx, "pl")
    k = ctx.num(2, 40)
    return mail(
        ctx,
        [
            f"{k} nowych ofert pracy: {what}",
            f"Nowe oferty dla Ciebie – {what}, {where}",
            "Oferty pracy dopasowane do Twojego wyszukiwania",
            f"{ctx.cand_first}, mamy dla Ciebie {k} ofert",
        ],
        [
            ctx.pick(
                [
                    f"pojawiły się nowe oferty pracy pasujące do Twojego powiadomienia „{what}” ({where}).",
                    f"znaleźliśmy {k} nowych ofert, które mogą Cię zainteresować.",
                    "oto najnowsze ogłoszenia z ostatnich 24 godzin:",
                ]
            ),
            cards(ctx, "pl", host, 3, 6),
            ctx.pick(
                [
                    "",
                    "Umowa o pracę, B2B czy zlecenie? Filtruj oferty po rodzaju umowy.",
                    "Sprawdź, ile zarabiają inni na podobnym stanowisku – raport płacowy jest już dostępny.",
                ]
            ),
            f"{words(ctx, 'pl', 'all')}: {ctx.url(host, 'praca')}",
            foot(ctx, board, host, "pl"),
        ],
        (board, ctx.pick([f"powiadomienia@{host}", f"noreply@{host}"])),
        ctx.pick(["", f"Zespół {board}"]),
        lang="pl",
        bulk=True,
    )


@family("o4_sv_platsbanken_jobbevakning", "not_job", lang="sv", n=O4_N)
def sv_platsbanken(ctx: Ctx) -> Draft:
    board, host, sender = ctx.pick(
        [
            ("Platsbanken", "arbetsformedlingen.example", "Arbetsförmedlingen"),
            ("Jobbsafari", "jobbsafari.example", "Jobbsafari"),
            ("Indeed", "se.indeed.com", "Indeed"),
        ]
    )
    what, where = role(ctx, "sv"), city(ctx, "sv")
    k = ctx.num(1, 20)
    return mail(
        ctx,
        [
            f"{k} nya annonser i din bevakning",
            f"Nya jobb: {what} i {where}",
            f"Din jobbevakning – {what}",
        ],
        [
            ctx.pick(
                [
                    f"det har kommit {k} nya annonser som matchar din sparade sökning ”{what}”.",
                    f"här är de senaste jobben i {where} som matchar din bevakning.",
                ]
            ),
            cards(ctx, "sv", host, 2, 5),
            ctx.pick(
                [
                    f"Sista ansökningsdag för flera annonser är om {ctx.num(3, 20)} dagar.",
                    "Kom ihåg att aktivitetsrapportera varje månad om du är inskriven.",
                    "",
                ]
            ),
            f"{words(ctx, 'sv', 'all')} i {board}: {ctx.url(host, 'platsbanken')}",
            foot(ctx, sender, host, "sv"),
        ],
        (sender, f"noreply@{host}"),
        "",
        lang="sv",
        bulk=True,
    )


@family("o4_da_jobindex_jobagent", "not_job", lang="da", n=O4_N)
def da_jobindex(ctx: Ctx) -> Draft:
    board, host = ctx.pick(
        [("Jobindex", "jobindex.dk"), ("Jobnet", "jobnet.example"), ("Jobbank", "jobbank.dk")]
    )
    what, where = role(ctx, "da"), city(ctx, "da")
    k = ctx.num(1, 18)
    return mail(
        ctx,
        [
            f"Jobagent: {k} nye job som {what}",
            f"Nye job i {where}",
            f"{what} – {k} nye stillingsopslag",
        ],
        [
            ctx.pick(
                [
                    f"din jobagent ”{what}” har fundet {k} nye job.",
                    f"her er dagens nye stillingsopslag i {where}, som matcher din søgning.",
                ]
            ),
            cards(ctx, "da", host, 2, 6),
            ctx.pick(
                [
                    "",
                    "Husk at opdatere dit CV, så virksomhederne kan finde dig i CV-databasen.",
                    "Ansøgningsfrist snart: se opslag der udløber i denne uge.",
                ]
            ),
            f"{words(ctx, 'da', 'all')}: {ctx.url(host, 'jobsoegning')}",
            foot(ctx, board, host, "da"),
        ],
        (board, ctx.pick([f"jobagent@{host}", f"noreply@{host}"])),
        ctx.pick(["", f"Venlig hilsen\n{board}"]),
        lang="da",
        bulk=True,
    )


@family("o4_no_finn_lagret_sok", "not_job", lang="no", n=O4_N)
def no_finn(ctx: Ctx) -> Draft:
    board, host = ctx.pick(
        [("FINN jobb", "finn.no"), ("NAV Arbeidsplassen", "arbeidsplassen.example")]
    )
    what, where = role(ctx, "no"), city(ctx, "no")
    k = ctx.num(1, 15)
    return mail(
        ctx,
        [
            f"{k} nye treff i ditt lagrede søk",
            f"Nye stillinger: {what} i {where}",
            f"Varsel: {what}",
        ],
        [
            ctx.pick(
                [
                    f"vi har funnet {k} nye annonser som passer til søket ditt «{what}».",
                    f"det er lagt ut nye stillinger i {where} som matcher søket ditt.",
                ]
            ),
            cards(ctx, "no", host, 2, 5),
            ctx.pick(
                [
                    "",
                    f"Søknadsfrist for flere av stillingene er om {ctx.num(3, 14)} dager.",
                    "Tips: Lag en jobbprofil, så kan arbeidsgivere finne deg.",
                ]
            ),
            f"{words(ctx, 'no', 'all')}: {ctx.url(host, 'job/fulltime')}",
            foot(ctx, board, host, "no"),
        ],
        (board, f"noreply@{host}"),
        "",
        lang="no",
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )
