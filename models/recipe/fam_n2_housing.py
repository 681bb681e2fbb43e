"""Hard negatives, session 10: homes applied for and offered.

Social housing is bid for and "shortlisted" (UK choice-based lettings, a French HLM allocation
committee ranking the "candidature", a Dutch housing-association "reactie", the Swedish housing
queue, Lisbon's affordable-rent draw, a Spanish protected-housing lottery). Student halls, a
bought flat, allotments and moorings follow in fam_n2_housing2.py. None of it is the reader's
job search.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from n2_kit import bye2, day2, local_time, neg2, staged, when2
from n_kit import NN_N, at, service_footer
from zf_kit import bye


@family("n2_council_housing_bids", "not_job", n=NN_N)
def council_housing_bids(ctx: Ctx) -> Draft:
    council = ctx.pick(
        [
            "Homes for Haringey",
            "Leeds Homes",
            "HomeChoice Bristol",
            "Sheffield Property Shop",
            "Moving with Manchester",
        ]
    )
    prop = ctx.fill(
        f"[2-bed flat|1-bed flat|3-bed house|2-bed maisonette], {ctx.num(1, 120)} [Elm Court|Bright Street|Canal View|Oak Tower|Mill Lane]"
    )
    ref = f"PR{ctx.num(10000, 99999)}"
    _stage, subjects, para = staged(
        ctx,
        {
            "result": (
                ["Your bid results", "Bidding cycle {n} results", f"Result of your bid on {ref}"],
                f"The bidding cycle has closed. Property {ref} ({prop}): you were position [3|5|11|27] of [64|112|230] bidders. [The property has been let to an applicant in a higher band.|You were not successful this time.] Keep bidding: new properties are advertised every Thursday.",
            ),
            "shortlisted": (
                ["You have been shortlisted for a property", f"Shortlisted: {ref}"],
                f"You have been shortlisted for {prop} (ref {ref}). Before we can make an offer we need to verify your application: please bring proof of income, photo ID and your last two bank statements to a pre-tenancy interview on {{day}} at {local_time(ctx)}.",
            ),
            "offer": (
                ["Offer of tenancy", "Your offer of accommodation"],
                f"Following your successful bid we are pleased to offer you the tenancy of {prop}. Your viewing is on {{day}}; you must accept or refuse the offer within 24 hours of the viewing. The tenancy start date will be the Monday after you sign.",
            ),
            "band": (
                ["Your housing register application", "Housing application - band decision"],
                "We have assessed your housing register application. You have been placed in Band [B|C|2] with an effective date of today. [If you disagree with this decision you can ask for a review within 21 days.|Your medical priority request is still being assessed.]",
            ),
        },
    )
    host = ctx.pick(["homechoice.example.gov.uk", "housingoptions.example.gov.uk"])
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.fill(
                f"[Log in to your account|View your bids|Manage your application]: {ctx.url(host, 'account')}"
            ),
            ctx.pick(
                [
                    "",
                    "Please do not reply to this email, the mailbox is not monitored.",
                    "Housing Options Team, Civic Centre",
                ]
            ),
        ],
        (council, ctx.pick([f"noreply@{host}", f"lettings@{host}"])),
        ctx.pick(["Kind regards,", "Regards,", "Yours sincerely,"])
        + f"\n{ctx.pick(['Lettings Team', 'Allocations Team', 'Housing Options'])}\n{council}",
        greet_p=0.6,
        form=ctx.pick(["plain", "html", "alt"]),
        footer=service_footer(ctx, council, host) if ctx.chance(0.4) else "",
    )


@family("n2_fr_logement_social", "not_job", lang="fr", n=NN_N)
def fr_logement_social(ctx: Ctx) -> Draft:
    bailleur = ctx.pick(
        [
            "Paris Habitat",
            "Lyon Métropole Habitat",
            "Habitat 76",
            "Logirep",
            "Nantes Métropole Habitat",
            "3F",
        ]
    )
    num = f"{ctx.num(75, 95)}{ctx.num(10, 99)}{ctx.num(100000, 999999)}"
    _stage, subjects, para = staged(
        ctx,
        {
            "cal": (
                [
                    "Résultat de la commission d'attribution",
                    "Décision CAL - votre demande de logement",
                ],
                "nous vous informons que la Commission d'Attribution des Logements (CAL) du [12|18|25] [mars|juin|octobre] a examiné votre candidature pour le logement [T2|T3|T4] situé [rue des Lilas|avenue Jean-Jaurès|résidence Les Tilleuls]. [Votre candidature a été retenue en rang 1 : vous recevrez une proposition de bail.|Votre candidature a été classée en rang 2. Le logement a été attribué au candidat classé en rang 1.|Malheureusement, votre candidature n'a pas été retenue.]",
            ),
            "pieces": (
                ["Pièces manquantes - demande de logement social", "Votre dossier de candidature"],
                f"votre demande de logement social n° {num} a été présélectionnée pour un logement. Pour que votre dossier passe en commission, merci de nous transmettre avant le {day2(ctx, 'fr')} : avis d'imposition, trois derniers bulletins de salaire, justificatif de domicile.",
            ),
            "visite": (
                ["Proposition de logement - visite", "Convocation à une visite"],
                f"suite à la décision favorable de la commission, nous vous proposons une visite du logement le {when2(ctx, 'fr')}, suivie d'un entretien avec votre chargée de clientèle pour la signature du bail. Vous disposez de 10 jours pour accepter ou refuser cette proposition.",
            ),
            "renouvellement": (
                [
                    "Renouvellement de votre demande de logement social",
                    "Votre demande arrive à échéance",
                ],
                f"votre demande de logement social n° {num} arrive à échéance le {day2(ctx, 'fr')}. Sans renouvellement, elle sera radiée et vous perdrez votre ancienneté.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "Service Gestion Locative - accueil du lundi au vendredi de 9h à 12h.",
                    "Ce message est envoyé automatiquement, merci de ne pas y répondre.",
                ]
            ),
        ],
        (
            bailleur,
            ctx.pick(
                [
                    "attributions@bailleur-social.example",
                    "ne-pas-repondre@demande-logement.example",
                    at(ctx, "habitat.example"),
                ]
            ),
        ),
        bye(
            ctx,
            "fr",
            ctx.pick(
                [f"Le Service des Attributions\n{bailleur}", f"{ctx.person}\nChargée d'attribution"]
            ),
        ),
        lang="fr",
        greet_p=0.9,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("n2_nl_woningnet_reactie", "not_job", lang="nl", n=NN_N)
def nl_woningnet_reactie(ctx: Ctx) -> Draft:
    corp = ctx.pick(
        ["Ymere", "Woonstad Rotterdam", "Portaal", "Eigen Haard", "Mitros", "de Alliantie"]
    )
    adres = ctx.fill(f"[Kastanjelaan|Molenstraat|Van Ostadestraat|Zonnebloemweg] {ctx.num(2, 180)}")
    _stage, subjects, para = staged(
        ctx,
        {
            "positie": (
                ["Je reactie op " + adres, "Update over je reactie"],
                f"bedankt voor je reactie op de woning aan de {adres}. De reactietermijn is gesloten. Je staat op plek [2|4|9|17] van de [146|312|88] reacties. [Alleen de eerste tien kandidaten worden uitgenodigd.|We laten je weten of je wordt uitgenodigd.]",
            ),
            "bezichtiging": (
                ["Uitnodiging bezichtiging " + adres, "Je bent uitgenodigd voor een bezichtiging"],
                f"goed nieuws: je bent uitgenodigd om de woning aan de {adres} te bekijken op {when2(ctx, 'nl')}. Neem je inkomensverklaring van de Belastingdienst en een geldig legitimatiebewijs mee. Na de bezichtiging heb je 24 uur om te laten weten of je de woning accepteert.",
            ),
            "aanbieding": (
                ["Woningaanbieding", "Je krijgt de woning aangeboden"],
                f"gefeliciteerd! Wij bieden je de woning aan de {adres} aan. De huur is €[742|815|690],- per maand en de ingangsdatum van het huurcontract is [1 mei|1 augustus|15 oktober]. We nodigen je uit voor de contractondertekening op {day2(ctx, 'nl')}.",
            ),
            "helaas": (
                ["Helaas, de woning is toegewezen", "Uitslag woning " + adres],
                f"helaas is de woning aan de {adres} aan een andere woningzoekende toegewezen. Blijf reageren: je inschrijfduur blijft gewoon staan.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "Dit is een automatisch bericht. Vragen? Kijk op onze website.",
                    "Je inschrijfnummer vind je in je account.",
                ]
            ),
        ],
        (
            ctx.pick([corp, "WoningNet", "Woonnet Haaglanden"]),
            ctx.pick(
                ["noreply@woningnet.example", f"verhuur@{corp.lower().replace(' ', '')}.example"]
            ),
        ),
        bye(ctx, "nl", f"Team Verhuur\n{corp}"),
        lang="nl",
        greet_p=0.8,
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("n2_sv_bostadsko_erbjudande", "not_job", lang="sv", n=NN_N)
def sv_bostadsko_erbjudande(ctx: Ctx) -> Draft:
    vard = ctx.pick(
        ["Bostadsförmedlingen", "Boplats Göteborg", "Boplats Syd", "Uppsalahem", "Familjebostäder"]
    )
    adr = ctx.fill(f"[Ringvägen|Storgatan|Björkvägen|Kungsgatan] {ctx.num(2, 90)}")
    _stage, subjects, para = staged(
        ctx,
        {
            "visning": (
                ["Erbjudande om visning", f"Visning av {adr}"],
                f"du är en av dem med flest ködagar som anmält intresse för lägenheten på {adr} ([2|3|1] rok, {ctx.num(38, 92)} kvm). Du erbjuds visning {when2(ctx, 'sv')}. Svara senast i morgon kl. 12 om du vill komma på visningen.",
            ),
            "erbjudande": (
                ["Erbjudande om lägenhet", "Du har fått ett erbjudande"],
                f"grattis! Du erbjuds kontrakt på lägenheten på {adr} med tillträde [1 mars|1 juni|1 oktober]. Vi behöver ditt svar senast {day2(ctx, 'sv')}. Tänk på att vi gör en kreditupplysning och kontrollerar din inkomst innan kontraktet skrivs.",
            ),
            "tyvarr": (
                ["Angående din intresseanmälan", f"{adr} - besked"],
                f"tack för att du anmälde intresse för {adr}. Tyvärr har lägenheten gått till en annan sökande med fler ködagar. Du har kvar alla dina ködagar.",
            ),
            "kopoang": (
                [
                    "Dags att förnya din köplats",
                    "Påminnelse: logga in för att behålla din plats i kön",
                ],
                "för att behålla din plats i bostadskön måste du logga in minst en gång per år. Du har idag [1 843|2 610|906] ködagar.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                ["", "Detta mejl går inte att svara på.", "Logga in på Mina sidor för att svara."]
            ),
        ],
        (vard, ctx.pick(["noreply@bostad.example.se", "info@boplats.example.se"])),
        bye2(ctx, "sv", vard),
        lang="sv",
        greet_p=0.9,
        form=ctx.pick(["html", "alt"]),
    )


@family("n2_pt_renda_acessivel", "not_job", lang="pt", n=NN_N)
def pt_renda_acessivel(ctx: Ctx) -> Draft:
    prog = ctx.pick(
        [
            "Programa Renda Acessível",
            "Programa de Arrendamento Acessível",
            "Concurso Habitação Municipal",
        ]
    )
    cand = f"{ctx.num(2024, 2026)}/{ctx.num(1000, 99999)}"
    _stage, subjects, para = staged(
        ctx,
        {
            "submetida": (
                ["Candidatura submetida com sucesso", f"{prog} - candidatura n.º {cand}"],
                f"a sua candidatura n.º {cand} ao {prog} foi submetida com sucesso. Será analisada pelos serviços municipais e o resultado da validação será comunicado por e-mail.",
            ),
            "sorteio": (
                ["Resultados do sorteio", f"{prog}: lista de resultados"],
                f"informamos que já se encontram publicados os resultados do sorteio do {prog}. [A sua candidatura foi sorteada para a tipologia T[1|2|3]; será contactado para a visita à habitação.|A sua candidatura não foi sorteada nesta fase; ficará em lista de reserva.]",
            ),
            "documentos": (
                ["Pedido de documentos", "Candidatura em análise - documentos em falta"],
                f"no âmbito da análise da sua candidatura n.º {cand}, solicitamos o envio da declaração de IRS e dos últimos três recibos de vencimento até {day2(ctx, 'pt')}. A falta de resposta implica a exclusão da candidatura.",
            ),
            "contrato": (
                ["Assinatura do contrato de arrendamento", "Atribuição de habitação"],
                f"parabéns, foi-lhe atribuída uma habitação. A assinatura do contrato de arrendamento está marcada para {when2(ctx, 'pt')} nos Paços do Concelho. A data de início do contrato é o primeiro dia do mês seguinte.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "Esta mensagem foi gerada automaticamente.",
                    "Para mais informações consulte a plataforma Habitar.",
                ]
            ),
        ],
        (
            "Câmara Municipal - Habitação",
            ctx.pick(["habitacao@cm-cidade.example.pt", "naoresponder@habitar.example.pt"]),
        ),
        bye(ctx, "pt", "Departamento de Habitação"),
        lang="pt",
        greet_p=0.8,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@family("n2_es_sorteo_vivienda_protegida", "not_job", lang="es", n=NN_N)
def es_sorteo_vivienda_protegida(ctx: Ctx) -> Draft:
    org = ctx.pick(
        [
            "EMVS Madrid",
            "Bilbao Viviendas",
            "Registro de Demandantes de VPO",
            "Etxebide",
            "Patronat Municipal de l'Habitatge",
        ]
    )
    promo = ctx.fill(
        f"[Promoción|Lote] [Vallecas|Sanchinarro|Zorrotzaurre|La Marina] {ctx.num(12, 96)} viviendas"
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "sorteo": (
                ["Resultado del sorteo", f"{promo}: resultado del sorteo"],
                f"le comunicamos el resultado del sorteo celebrado ante notario para la {promo}. [Ha resultado adjudicatario provisional con el número [7|15|32] de la lista.|Ha quedado en lista de espera con el número [48|112|230].|Su solicitud no ha resultado seleccionada.]",
            ),
            "requisitos": (
                ["Comprobación de requisitos", "Requerimiento de documentación"],
                "para continuar con la adjudicación debe acreditar que cumple los requisitos de acceso a vivienda protegida: empadronamiento, ingresos dentro de los límites y no ser titular de otra vivienda. Aporte la documentación en la sede electrónica antes del "
                + day2(ctx, "es")
                + ".",
            ),
            "eleccion": (
                ["Cita para elección de vivienda", "Elección de vivienda y plaza de garaje"],
                f"queda citado para elegir vivienda el {when2(ctx, 'es')} en nuestras oficinas. Debe acudir con DNI o NIE. Si no puede asistir, puede autorizar a otra persona.",
            ),
            "inscripcion": (
                ["Inscripción en el Registro de Demandantes", "Su solicitud ha sido admitida"],
                "su solicitud de inscripción en el Registro de Demandantes de Vivienda Protegida ha sido admitida. La inscripción tiene una validez de tres años.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    "Este correo es informativo; no responda a esta dirección.",
                    "Puede consultar el estado de su expediente en la sede electrónica.",
                ]
            ),
        ],
        (org, ctx.pick(["noreply@vivienda.example.es", "adjudicaciones@emvs.example.es"])),
        bye(ctx, "es", ctx.pick(["Departamento de Adjudicaciones", org])),
        lang="es",
        greet_p=0.85,
        form=ctx.pick(["plain", "alt"]),
        footer=ctx.pick(
            [
                "",
                "En cumplimiento del RGPD, sus datos se tratarán exclusivamente para la gestión de su solicitud.",
            ]
        ),
    )
