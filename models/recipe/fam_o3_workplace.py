"""Hard negatives, session 10: the reader's own employer writing to its employee, in several
languages.

A German pay adjustment letter ("Gehaltsanpassung", "Zielvereinbarung"), French profit-sharing
and individual raise notices ("augmentation", "intéressement"), an equity platform's new grant
to accept, an IT service desk approving or rejecting an access request, a Polish HR system's
leave and remote-work requests ("wniosek zaakceptowany"), Swedish salary review and office
notices, an office move, a leader's reorganisation memo naming who joins and who leaves, a
Spanish training enrolment, Italian performance bonus and welfare, Dutch leave and expense
approvals: hiring's vocabulary (offer, approved, role, joining, application) at a job the
reader already has.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Ctx, Draft, family
from n_kit import MOBILE, at
from o3_kit import O3_N, bye, date_x, footer_x, mail, when_x
from zf_kit import confidential, weekday_future


def _employer(ctx: Ctx) -> tuple[str, str]:
    """The reader's employer: a name and its mail domain, not the template's hiring company."""
    return ctx.pick(
        [
            ("Nordwind Logistik", "nordwind-logistik.example"),
            ("Vantage Analytics", "vantage-analytics.example"),
            ("Brightpath Insurance", "brightpath.example"),
            ("Solenne Cosmetics", "solenne.example"),
            ("Kubik Software", "kubik.example"),
            ("Meridian Health", "meridianhealth.example"),
            ("Castell Engineering", "castell-eng.example"),
        ]
    )


@family("o3_de_gehaltsanpassung_brief", "not_job", lang="de", n=O3_N)
def de_gehaltsanpassung_brief(ctx: Ctx) -> Draft:
    firma, host = _employer(ctx)
    stage = ctx.pick(["gehalt", "bonus", "ziel", "tarif"])
    paras = {
        "gehalt": [
            "im Rahmen der jährlichen Gehaltsrunde freuen wir uns, Ihnen mitzuteilen, dass Ihr monatliches Bruttogehalt ab dem [1. April|1. Januar|1. Juli] auf [4.850|5.320|6.100|3.975] EUR angepasst wird.",
            "Alle übrigen Bestimmungen Ihres Arbeitsvertrages bleiben unverändert. Das Schreiben finden Sie auch im Mitarbeiterportal unter „Meine Dokumente“.",
        ],
        "bonus": [
            f"auf Basis der Zielerreichung des Geschäftsjahres ({ctx.num(85, 125)} % Unternehmensziele, [100|110|95] % persönliche Ziele) beträgt Ihre variable Vergütung [3.400|5.150|2.800] EUR brutto.",
            "Die Auszahlung erfolgt mit der Gehaltsabrechnung für [März|April].",
        ],
        "ziel": [
            "bitte tragen Sie Ihre Ziele für das neue Geschäftsjahr bis Monatsende im Zielvereinbarungstool ein und stimmen Sie diese mit Ihrer Führungskraft ab.",
            f"Das Gespräch zur Zielvereinbarung ist für {when_x(ctx, 'de')} eingeplant.",
        ],
        "tarif": [
            "aufgrund des neuen Tarifabschlusses erhöhen sich die Tabellenentgelte ab [Oktober|dem 1. des Folgemonats] um [3,1|4,8|5,5] %. Zusätzlich wird eine Inflationsausgleichsprämie von 1.000 EUR steuerfrei ausgezahlt.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "gehalt": [
                "Ihre Gehaltsanpassung",
                "Mitteilung über die Anpassung Ihrer Vergütung",
                "Gehaltsrunde – Ihr persönliches Schreiben",
            ],
            "bonus": ["Ihre variable Vergütung", "Bonusmitteilung Geschäftsjahr"],
            "ziel": [
                "Zielvereinbarung: bitte bis Monatsende eintragen",
                "Erinnerung Zielvereinbarung",
            ],
            "tarif": ["Tariferhöhung", "Information zur Tarifanpassung"],
        }[stage],
        paras,
        ctx.pick(
            [
                (f"{firma} Personalabteilung", f"personal@{host}"),
                ("HR Services", f"hr-services@{host}"),
                (ctx.person, at(ctx, host)),
            ]
        ),
        bye(
            ctx,
            "de",
            ctx.pick([f"Ihre Personalabteilung\n{firma}", f"{ctx.person}\nHR Business Partner"]),
        ),
        lang="de",
        greet_p=0.95,
        form=ctx.pick(["plain", "alt"]),
        footer=ctx.pick(["", "Vertraulich – nur für den Empfänger bestimmt.", confidential(ctx)]),
    )


@family("o3_fr_remuneration_interessement", "not_job", lang="fr", n=O3_N)
def fr_remuneration_interessement(ctx: Ctx) -> Draft:
    firma, host = _employer(ctx)
    stage = ctx.pick(["augmentation", "interessement", "prime", "mutuelle"])
    paras = {
        "augmentation": [
            "suite à la campagne de révision salariale, nous avons le plaisir de vous informer que votre rémunération annuelle brute est portée à [42 500|51 000|38 900|63 200] € à compter du 1er [avril|janvier].",
            "Cette augmentation individuelle reconnaît votre contribution. Votre manager reviendra vers vous pour en parler.",
        ],
        "interessement": [
            f"le montant de votre intéressement et de votre participation au titre de l'exercice {ctx.date.year - 1} est de [1 840|2 615|980] €.",
            f"Vous pouvez choisir de le placer sur votre PEE ou d'en demander le versement avant le {date_x(ctx, weekday_future(ctx), 'fr')}. Sans choix de votre part, il sera placé par défaut.",
        ],
        "prime": [
            "nous avons le plaisir de vous annoncer le versement d'une prime exceptionnelle de partage de la valeur de [500|800|1 000] € sur votre bulletin de paie de [décembre|juin].",
        ],
        "mutuelle": [
            "à compter du 1er janvier, notre contrat de mutuelle d'entreprise évolue. Merci de mettre à jour vos ayants droit sur l'espace salarié.",
            "Une réunion d'information aura lieu le "
            + when_x(ctx, "fr")
            + " en salle [Loire|Seine|Rhône].",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "augmentation": [
                "Votre révision salariale",
                "Courrier individuel – rémunération",
                "Votre nouvelle rémunération",
            ],
            "interessement": [
                "Intéressement et participation : faites votre choix",
                "Votre épargne salariale",
            ],
            "prime": ["Prime de partage de la valeur", "Information prime exceptionnelle"],
            "mutuelle": [
                "Évolution de la mutuelle d'entreprise",
                "Mutuelle : ce qui change au 1er janvier",
            ],
        }[stage],
        paras,
        ctx.pick(
            [
                (f"{firma} – Ressources Humaines", f"rh@{host}"),
                ("Direction des Ressources Humaines", f"drh@{host}"),
                ("Épargne salariale", "noreply@epargne-salariale.example"),
            ]
        ),
        bye(
            ctx,
            "fr",
            ctx.pick(
                [f"La Direction des Ressources Humaines\n{firma}", f"{ctx.person}\nResponsable RH"]
            ),
        ),
        lang="fr",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("o3_equity_grant_platform", "not_job", n=O3_N)
def equity_grant_platform(ctx: Ctx) -> Draft:
    firma, host = _employer(ctx)
    plat, phost = ctx.pick(
        [
            ("Carta", "carta.example"),
            ("Shareworks by Morgan Stanley", "shareworks.example"),
            ("E*TRADE Equity Edge", "etrade-equity.example"),
            ("Ledgy", "ledgy.example"),
            ("Pulley", "pulley.example"),
        ]
    )
    units = ctx.num(4, 120) * 50
    stage = ctx.pick(["grant", "accept", "vest", "exercise", "refresh"])
    paras = {
        "grant": [
            f"{firma} has issued you a new equity grant: {units:,} [RSUs|stock options|restricted stock units].",
            f"Review and accept your grant in {plat} by {date_x(ctx, weekday_future(ctx, 10, 30))}. Grants that are not accepted may be cancelled.",
        ],
        "accept": [
            f"Reminder: you have 1 grant pending acceptance ({units:,} units from {firma}).",
            "Accepting confirms you have read the plan documents and the grant agreement.",
        ],
        "vest": [
            f"{units // 4:,} shares of your {firma} grant vested on {date_x(ctx, ctx.date)}. Shares were sold to cover taxes; the remaining shares are in your brokerage account."
        ],
        "exercise": [
            f"Your exercise request for {units // 2:,} options has been received. Strike price and estimated taxes are shown in your account.",
            "Please wire the funds within 5 business days.",
        ],
        "refresh": [
            f"As part of the annual review, the Compensation Committee has approved a refresh grant of {units:,} RSUs for you, vesting quarterly over [four|three] years.",
            "Congratulations, and thank you for everything you do.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "grant": [
                "You have a new grant to accept",
                f"{firma}: new equity grant",
                "Action required: accept your grant",
            ],
            "accept": ["Reminder: accept your grant", "Your grant is waiting"],
            "vest": ["Vesting event confirmation", "Your shares have vested"],
            "exercise": ["Exercise request received", "Option exercise - next steps"],
            "refresh": ["Your equity refresh", "Annual refresh grant"],
        }[stage],
        paras,
        ctx.pick(
            [
                (plat, f"no-reply@{phost}"),
                (f"{firma} via {plat}", f"notifications@{phost}"),
                (f"{firma} Total Rewards", f"rewards@{host}"),
            ]
        ),
        bye(
            ctx,
            "en",
            ctx.pick([f"The {plat} team", f"{firma} Total Rewards", "Stock Plan Administration"]),
        ),
        greet_p=0.7,
        form=ctx.pick(["html", "alt"]),
        footer=footer_x(ctx, plat, phost),
    )


@family("o3_it_access_request_servicedesk", "not_job", n=O3_N)
def it_access_request_servicedesk(ctx: Ctx) -> Draft:
    firma, host = _employer(ctx)
    app = ctx.pick(
        [
            "Salesforce Production",
            "AWS prod-billing account",
            "Tableau Server",
            "GitHub org admin",
            "SAP FI",
            "the Finance shared drive",
            "VPN (contractor profile)",
            "Jira Admin",
        ]
    )
    ticket = ctx.pick(["RITM", "REQ", "SR-", "IT-"]) + str(ctx.num(100000, 9999999))
    stage = ctx.pick(["approved", "rejected", "pending", "fulfilled", "expiring"])
    mgr = f"{ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)}"
    paras = {
        "approved": [
            f"Your request {ticket} for access to {app} has been approved by {mgr}.",
            "The request has been passed to the fulfilment team. You'll receive another email when access is granted.",
        ],
        "rejected": [
            f"Your request {ticket} for access to {app} has been rejected.",
            f'Approver comments: "[Please use the read-only role instead.|Not needed for your current role - talk to me if that changes.|Needs a business justification.]" - {mgr}',
        ],
        "pending": [
            f"Your request {ticket} ({app}) is awaiting approval from {mgr}.",
            "Requests not approved within 7 days are cancelled automatically.",
        ],
        "fulfilled": [
            f"{ticket} has been fulfilled: you now have access to {app}.",
            "Access may take up to an hour to propagate. Sign out and in again if you don't see it.",
        ],
        "expiring": [
            f"Your access to {app} expires in 7 days as part of the quarterly access review.",
            f"If you still need it, request an extension via the portal (ticket {ticket}).",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "approved": [
                f"{ticket} - Your request has been approved",
                f"Approved: access to {app}",
            ],
            "rejected": [f"{ticket} - Your request has been rejected", f"Request rejected: {app}"],
            "pending": [f"{ticket} - awaiting approval", "Your request is pending approval"],
            "fulfilled": [f"{ticket} - Request completed", f"Access granted: {app}"],
            "expiring": ["Access review: your access is expiring", f"Action needed: {app} access"],
        }[stage],
        paras,
        ctx.pick(
            [
                (f"{firma} IT Service Desk", f"servicedesk@{host}"),
                ("ServiceNow", f"{host.split('.')[0]}@service-now.example"),
                ("IT Support", f"jira@{host}"),
            ]
        ),
        bye(
            ctx,
            "en",
            ctx.pick(
                ["IT Service Desk", f"{firma} IT", "Ref:MSG" + str(ctx.num(1000000, 9999999))]
            ),
        ),
        greet_p=0.6,
        form=ctx.pick(["html", "alt", "plain"]),
        footer=ctx.pick(
            [
                "This is an automated message from the IT Service Portal.",
                "",
                "To view the request, log in to the Service Portal.",
            ]
        ),
    )


@family("o3_pl_wniosek_urlopowy_hr", "not_job", lang="pl", n=O3_N)
def pl_wniosek_urlopowy_hr(ctx: Ctx) -> Draft:
    firma, host = _employer(ctx)
    system = ctx.pick(["Kadry Online", "enova365", "BambooHR", "Symfonia HR", "HRnest"])
    od = weekday_future(ctx, 5, 30)
    stage = ctx.pick(["urlop_ok", "urlop_nie", "zdalna", "delegacja", "do_akceptacji"])
    paras = {
        "urlop_ok": [
            f"Twój wniosek urlopowy ([urlop wypoczynkowy|urlop na żądanie|opieka nad dzieckiem]) od {date_x(ctx, od, 'pl')} ([1 dzień|3 dni|5 dni|10 dni]) został zaakceptowany przez przełożonego.",
            "Pozostało Ci [6|12|17] dni urlopu w tym roku.",
        ],
        "urlop_nie": [
            f"Twój wniosek urlopowy od {date_x(ctx, od, 'pl')} został odrzucony.",
            "Komentarz przełożonego: [w tym terminie mamy wdrożenie, porozmawiajmy o innym terminie|zbyt wiele osób z zespołu jest wtedy nieobecnych].",
        ],
        "zdalna": [
            "Twój wniosek o pracę zdalną okazjonalną został zatwierdzony.",
            "Pamiętaj o zgłoszeniu miejsca wykonywania pracy w systemie.",
        ],
        "delegacja": [
            f"Wniosek o wyjazd służbowy do [Krakowa|Berlina|Gdańska] ({date_x(ctx, od, 'pl')}) został zatwierdzony. Rozliczenie delegacji należy złożyć w ciągu 14 dni od powrotu."
        ],
        "do_akceptacji": [
            "Masz nowy wniosek do akceptacji od członka zespołu: [urlop wypoczynkowy|praca zdalna|nadgodziny].",
            "Zaakceptuj lub odrzuć wniosek w systemie.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "urlop_ok": [
                "Wniosek urlopowy zaakceptowany",
                f"[{system}] Twój wniosek został zaakceptowany",
            ],
            "urlop_nie": ["Wniosek urlopowy odrzucony", f"[{system}] Zmiana statusu wniosku"],
            "zdalna": ["Wniosek o pracę zdalną - zatwierdzony", f"[{system}] Praca zdalna"],
            "delegacja": ["Delegacja zatwierdzona", f"[{system}] Wyjazd służbowy"],
            "do_akceptacji": [
                "Nowy wniosek do akceptacji",
                f"[{system}] Wniosek czeka na Twoją decyzję",
            ],
        }[stage],
        paras,
        ctx.pick([(system, f"powiadomienia@{host}"), (f"{firma} - Dział Kadr", f"kadry@{host}")]),
        bye(ctx, "pl", ctx.pick([system, "Dział Kadr i Płac"])),
        lang="pl",
        greet_p=0.6,
        form=ctx.pick(["plain", "alt", "html"]),
        footer=footer_x(ctx, firma, host, "pl"),
    )


@family("o3_sv_lonerevision_kontor", "not_job", lang="sv", n=O3_N)
def sv_lonerevision_kontor(ctx: Ctx) -> Draft:
    firma, host = _employer(ctx)
    stage = ctx.pick(["lon", "samtal", "flytt", "friskvard"])
    paras = {
        "lon": [
            "årets lönerevision är klar. Din nya månadslön är [42 300|38 750|51 000|46 900] kr från och med den 1 april, vilket är en ökning med [3,2|4,1|2,8] %.",
            "Lönebeskedet för april visar den nya lönen inklusive retroaktiv ersättning.",
        ],
        "samtal": [
            "det är dags för årets lönesamtal. Boka en tid med din chef via kalendern senast den 15:e.",
            f"Förslag på tid: {when_x(ctx, 'sv')}. Förbered gärna dina tankar om mål och utveckling.",
        ],
        "flytt": [
            f"nu är det klart: vi flyttar till nya lokaler på [Kungsgatan 44|Lindholmspiren 5|Hamngatan 12]. Flyttdag: {date_x(ctx, weekday_future(ctx, 20, 60), 'sv')}.",
            "Packa ditt skrivbord i de flyttkartonger som delas ut veckan innan. Nya passerkort hämtas i receptionen.",
        ],
        "friskvard": [
            "påminnelse: friskvårdsbidraget på 5 000 kr ska användas före årsskiftet. Ladda upp kvitton i Flex.",
            "Från nästa år höjs bidraget till 5 500 kr.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "lon": ["Lönerevision – din nya lön", "Resultat av lönerevisionen"],
            "samtal": ["Dags för lönesamtal", "Boka ditt lönesamtal"],
            "flytt": [
                "Vi flyttar! Information om nya kontoret",
                "Kontorsflytt – viktig information",
            ],
            "friskvard": ["Påminnelse friskvårdsbidrag", "Friskvård: använd ditt bidrag"],
        }[stage],
        paras,
        ctx.pick(
            [
                (f"HR {firma}", f"hr@{host}"),
                (ctx.person, at(ctx, host)),
                ("Flex HRM", f"noreply@{host}"),
            ]
        ),
        bye(ctx, "sv", ctx.pick([f"HR-avdelningen\n{firma}", f"{ctx.person}\nHR-chef"])),
        lang="sv",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt"]),
    )


@family("o3_office_relocation_notice", "not_job", n=O3_N)
def office_relocation_notice(ctx: Ctx) -> Draft:
    firma, host = _employer(ctx)
    where = ctx.pick(
        [
            "12 Finsbury Square",
            "the Tea Building, Shoreditch",
            "Level 14, 1 Collins Street, Melbourne",
            "Prestige Tech Park, Bengaluru",
            "Spinningfields, Manchester",
            "Pier 70, Building 2",
        ]
    )
    move = weekday_future(ctx, 14, 60)
    stage = ctx.pick(["announce", "logistics", "week", "desk"])
    paras = {
        "announce": [
            f"I'm excited to share that we've signed the lease on our new home: {where}. We'll be moving on {date_x(ctx, move)}.",
            "The new space has more meeting rooms, proper focus areas and a kitchen that seats everyone for Friday lunch. Thanks to the Workplace team for months of work on this.",
        ],
        "logistics": [
            f"Moving crates will be delivered to every desk on {date_x(ctx, weekday_future(ctx, 3, 10))}. Please label them with the coloured stickers and your name.",
            "Monitors, docks and chairs are moved by the removals company - do not pack them. Personal items left unlabelled will be disposed of.",
        ],
        "week": [
            "During move week please work from home on Thursday and Friday. The old office closes at 5pm Wednesday.",
            f"Your new access card can be collected from reception at {where} from Monday 8am. [Bring photo ID.|Parking permits are limited - apply via the Workplace portal.]",
        ],
        "desk": [
            "We're moving to hot-desking in the new office. Book a desk in the [Condeco|Robin|Envoy] app from next week; team neighbourhoods are on floor [3|4|5].",
            "Lockers are first come, first served.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "announce": ["We're moving! 📦", f"Our new office at {where}", "Big news: new office"],
            "logistics": ["Office move: packing instructions", "Office move - what you need to do"],
            "week": ["Office move: this week's plan", "Move week - working from home Thu/Fri"],
            "desk": ["Desk booking in the new office", "New office: hot-desking and lockers"],
        }[stage],
        paras,
        ctx.pick(
            [
                (ctx.person, at(ctx, host)),
                (f"{firma} Workplace", f"workplace@{host}"),
                ("All Staff", f"allstaff@{host}"),
            ]
        ),
        bye(
            ctx,
            "en",
            ctx.pick(
                [f"{ctx.person}\n[CEO|COO|Head of Workplace|Office Manager]", "The Workplace Team"]
            ),
        ),
        greet_p=0.3,
        form=ctx.pick(["plain", "alt", "html"]),
        footer=ctx.pick(["", "", "Internal - do not forward outside the company."]),
    )


@family("o3_team_reorg_memo", "not_job", n=O3_N)
def team_reorg_memo(ctx: Ctx) -> Draft:
    firma, host = _employer(ctx)
    new = f"{ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)}"
    old = f"{ctx.pick(vocab.FIRST_NAMES)} {ctx.pick(vocab.LAST_NAMES)}"
    group = ctx.pick(
        [
            "Platform",
            "Customer Operations",
            "Data & Analytics",
            "Growth",
            "Finance",
            "Product Design",
        ]
    )
    stage = ctx.pick(["joins", "leaves", "restructure", "promo"])
    paras = {
        "joins": [
            f"I'm delighted to announce that {new} is joining us as [VP of|Head of|Director of] {group}, starting {date_x(ctx, weekday_future(ctx, 5, 30))}. {new.split()[0]} comes to us from [a decade at Monzo|Atlassian|eight years at Deloitte|Zalando], where they led a team of [40|120|15].",
            f"{new.split()[0]} will report to me, and the {group} leads will report to {new.split()[0]}. Please give them a warm welcome.",
        ],
        "leaves": [
            f"After [six|four|nine] years, {old} has decided to leave {firma} to [take some time off|start their own company|move back to Spain]. Their last day is {date_x(ctx, weekday_future(ctx, 5, 20))}.",
            f"Until we appoint a successor, {new} will lead {group} on an interim basis. The role will be advertised internally first.",
        ],
        "restructure": [
            f"Today we're making some changes to how {group} is organised. From next month we'll move from functional teams to [three|four] product-aligned squads, each with its own engineering manager and product manager.",
            "Nobody's role is at risk as part of this change. Your manager will talk you through what it means for you in your 1:1 this week. Updated org charts are on the intranet.",
        ],
        "promo": [
            f"Please join me in congratulating {new}, who has been promoted to [Principal Engineer|Senior Manager|Director], and {old}, who takes over as team lead for {group}.",
            "Both changes take effect on the 1st.",
        ],
    }[stage]
    return _memo(ctx, stage, new, old, group, firma, host, paras)


def _memo(
    ctx: Ctx, stage: str, new: str, old: str, group: str, firma: str, host: str, paras: list[str]
) -> Draft:
    # A memo to a list: "Hi all" / "Team," rather than the reader's own name.
    opener = ctx.pick(["Hi all,", "Hi everyone,", "Team,", "Hello all,", "All,"])
    return mail(
        ctx,
        {
            "joins": [
                f"Welcome {new} to {firma}",
                f"Leadership update: {group}",
                "Org announcement",
            ],
            "leaves": [f"Farewell to {old}", f"{group} leadership update"],
            "restructure": [f"Changes to the {group} organisation", "Org update"],
            "promo": ["Congratulations to " + new, "Team announcements"],
        }[stage],
        [opener, *paras],
        (ctx.person, at(ctx, host)),
        bye(ctx, "en", f"{ctx.person}\n[CEO|CTO|Chief Operating Officer|SVP Engineering], {firma}")
        + ("\n\n" + ctx.pick(MOBILE) if ctx.chance(0.15) else ""),
        greet_p=0.0,
        form=ctx.pick(["plain", "alt", "html"]),
        footer=ctx.pick(["", "", "INTERNAL - please do not forward."]),
    )


@family("o3_es_formacion_interna", "not_job", lang="es", n=O3_N)
def es_formacion_interna(ctx: Ctx) -> Draft:
    firma, host = _employer(ctx)
    curso = ctx.pick(
        [
            "Excel avanzado",
            "Liderazgo de equipos",
            "Prevención de riesgos laborales",
            "Inglés B2 (grupo martes y jueves)",
            "Protección de datos (RGPD)",
            "Power BI para negocio",
        ]
    )
    stage = ctx.pick(["inscrito", "espera", "obligatorio", "diploma", "encuesta"])
    paras = {
        "inscrito": [
            f"Te confirmamos tu inscripción en el curso «{curso}». Primera sesión: {when_x(ctx, 'es')}, [aula 3|en Teams|sala Formación, planta 2].",
            "El curso está bonificado por FUNDAE; recuerda firmar la hoja de asistencia en cada sesión.",
        ],
        "espera": [
            f"Gracias por tu solicitud para el curso «{curso}». Las plazas se han cubierto y estás en lista de espera (posición [2|4|7]).",
            "Te avisaremos si se libera una plaza o cuando abramos una nueva edición.",
        ],
        "obligatorio": [
            f"Tienes pendiente la formación obligatoria «{curso}» en la plataforma de e-learning.",
            f"Fecha límite: {date_x(ctx, weekday_future(ctx), 'es')}. Duración aproximada: [45 minutos|2 horas].",
        ],
        "diploma": [
            f"¡Enhorabuena! Has completado el curso «{curso}». Puedes descargar tu diploma desde el portal del empleado."
        ],
        "encuesta": [
            f"Queremos saber tu opinión sobre el curso «{curso}». La encuesta es anónima y solo lleva 3 minutos."
        ],
    }[stage]
    return mail(
        ctx,
        {
            "inscrito": [
                f"Inscripción confirmada: {curso}",
                "Confirmación de inscripción en formación",
            ],
            "espera": [f"Lista de espera: {curso}", "Tu solicitud de formación"],
            "obligatorio": ["Formación obligatoria pendiente", f"Recordatorio: {curso}"],
            "diploma": ["Tu diploma ya está disponible", f"Curso completado: {curso}"],
            "encuesta": ["¿Qué te ha parecido el curso?", "Encuesta de satisfacción"],
        }[stage],
        paras,
        ctx.pick(
            [
                (f"Formación {firma}", f"formacion@{host}"),
                ("Campus Virtual", f"noreply@{host}"),
                (ctx.person, at(ctx, host)),
            ]
        ),
        bye(
            ctx,
            "es",
            ctx.pick(["Equipo de Formación y Desarrollo", f"{ctx.person}\nPersonas y Cultura"]),
        ),
        lang="es",
        greet_p=0.85,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("o3_it_premio_risultato_welfare", "not_job", lang="it", n=O3_N)
def it_premio_risultato_welfare(ctx: Ctx) -> Draft:
    firma, host = _employer(ctx)
    stage = ctx.pick(["premio", "welfare", "cedolino", "smart"])
    paras = {
        "premio": [
            f"ti comunichiamo che il Premio di Risultato relativo all'anno {ctx.date.year - 1} è pari a [1.200|1.850|950] euro lordi.",
            f"Puoi scegliere se riceverlo in busta paga o convertirlo in credito welfare (con un bonus del [10|15]%) entro il {date_x(ctx, weekday_future(ctx), 'it')}.",
        ],
        "welfare": [
            "il tuo credito welfare è stato caricato sulla piattaforma: [500|800|1.000] euro da utilizzare entro il 30 novembre per buoni spesa, rimborsi scolastici o trasporti."
        ],
        "cedolino": [
            "il cedolino del mese è disponibile nel portale dipendenti. Questo mese trovi anche il conguaglio fiscale e l'aumento previsto dal rinnovo del CCNL."
        ],
        "smart": [
            "la tua richiesta di lavoro agile per [2|3] giorni a settimana è stata approvata dal responsabile.",
            "L'accordo individuale è disponibile per la firma digitale nel portale.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "premio": [
                "Premio di Risultato: scegli come riceverlo",
                "Comunicazione Premio di Risultato",
            ],
            "welfare": ["Il tuo credito welfare è disponibile", "Piano welfare aziendale"],
            "cedolino": ["Cedolino disponibile", "È disponibile il tuo cedolino"],
            "smart": ["Richiesta lavoro agile approvata", "Smart working: esito richiesta"],
        }[stage],
        paras,
        ctx.pick(
            [
                (f"{firma} Risorse Umane", f"hr@{host}"),
                ("Portale Dipendenti", f"noreply@{host}"),
                ("Welfare Aziendale", "noreply@welfare-platform.example"),
            ]
        ),
        bye(ctx, "it", ctx.pick(["Ufficio Risorse Umane", f"{ctx.person}\nHR Business Partner"])),
        lang="it",
        greet_p=0.85,
        form=ctx.pick(["plain", "alt", "html"]),
        footer=ctx.pick(["", footer_x(ctx, firma, host, "it")]),
    )


@family("o3_nl_verlof_declaratie", "not_job", lang="nl", n=O3_N)
def nl_verlof_declaratie(ctx: Ctx) -> Draft:
    firma, host = _employer(ctx)
    system = ctx.pick(["AFAS Pocket", "Youforce", "Nmbrs", "Personio", "Visma Raet"])
    stage = ctx.pick(["verlof_ok", "verlof_nee", "declaratie", "gesprek", "thuiswerk"])
    paras = {
        "verlof_ok": [
            f"Je verlofaanvraag voor {date_x(ctx, weekday_future(ctx, 5, 40), 'nl')} ([1|2|5|10] dag[en|]) is goedgekeurd door je leidinggevende.",
            "Je resterende verlofsaldo is [64|112|23] uur.",
        ],
        "verlof_nee": [
            f"Je verlofaanvraag voor {date_x(ctx, weekday_future(ctx, 5, 40), 'nl')} is afgewezen.",
            "Toelichting: [in die week is de jaarafsluiting, kun je een andere week kiezen?|er zijn al te veel collega's afwezig.]",
        ],
        "declaratie": [
            "Je declaratie ([reiskosten|lunch met klant|cursusboek|thuiswerkplek]) van [€ 34,50|€ 112,00|€ 19,95] is goedgekeurd en wordt uitbetaald met het salaris van deze maand."
        ],
        "gesprek": [
            f"Je leidinggevende heeft een [functioneringsgesprek|beoordelingsgesprek|ontwikkelgesprek] ingepland op {when_x(ctx, 'nl')}.",
            "Vul vooraf het voorbereidingsformulier in.",
        ],
        "thuiswerk": [
            "Je aanvraag voor een thuiswerkvergoeding is verwerkt. Vanaf volgende maand ontvang je € 2,35 per thuiswerkdag."
        ],
    }[stage]
    return mail(
        ctx,
        {
            "verlof_ok": ["Verlofaanvraag goedgekeurd", f"[{system}] Je aanvraag is goedgekeurd"],
            "verlof_nee": ["Verlofaanvraag afgewezen", f"[{system}] Je aanvraag is afgewezen"],
            "declaratie": ["Declaratie goedgekeurd", f"[{system}] Declaratie verwerkt"],
            "gesprek": ["Uitnodiging gesprek", f"[{system}] Nieuwe afspraak"],
            "thuiswerk": ["Thuiswerkvergoeding", f"[{system}] Aanvraag verwerkt"],
        }[stage],
        paras,
        ctx.pick([(system, f"noreply@{host}"), (f"HR {firma}", f"hr@{host}")]),
        bye(ctx, "nl", ctx.pick([system, f"HR {firma}"])),
        lang="nl",
        greet_p=0.7,
        form=ctx.pick(["plain", "alt", "html"]),
        footer=ctx.pick(["", footer_x(ctx, firma, host, "nl")]),
    )
