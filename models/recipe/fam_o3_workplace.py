"""Hard negatives, session 10: the reader's own employer writing to its employee, in several
languages.

A German pay adjustment letter ("Gehaltsanpassung", "Zielvereinbarung"), French profit-sharing
and individual raise notices ("augmentation", "intéressement"), an equity platform's new grant
to accept, an IT service desk approving or rejecting an access request, a Polish HR system's
leave and remote-work requests ("wniosek zaakceptowany"), a Swedish salary review; more in
fam_o3_workplace2.py. Hiring's vocabulary (offer, approved, role, joining, application) at a
job the reader already has.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Ctx, Draft, family
from n_kit import at
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
