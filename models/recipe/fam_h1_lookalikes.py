"""Not-job mail, session 11: everyday mail that borrows the words of hiring. A child's football
trial, a housing co-op's membership interview, an adoption home study, a magazine interview the
reader gives, user interviews the reader runs, a marketplace seller application, an app review
outcome, a casting call for extras, a public tender's admission, a service club's membership
proposal, a reseller programme, a publisher's answer to a manuscript. Shortlists, interviews,
offers and applications, none of them for a job of the reader's (more in fam_h1_more.py).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h1_kit import H1_N, form, mail, mine, other, when
from kit import Ctx, Draft, family


@family("h1_de_sichtungstraining_kind", "not_job", lang="de", n=H1_N)
def de_sichtungstraining_kind(ctx: Ctx) -> Draft:
    club = ctx.pick(
        [
            "SV Werder Nachwuchs",
            "TSV 1860 Jugend",
            "FC Eintracht U12",
            "SC Freiburg Fußballschule",
            "VfL Jugendabteilung",
        ]
    )
    kid = ctx.pick(["Leon", "Finn", "Mila", "Ben", "Lea", "Jonas"])
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            ["Einladung zum Sichtungstraining", f"Sichtungstraining {club}"],
            [f"Rückmeldung zum Probetraining von {kid}", "Ergebnis Sichtung"],
            ["Re: Probetraining nächste Woche?", f"{kid} - Probetraining"],
        ][kind],
        [
            [
                f"wir haben {kid} beim Turnier am Wochenende beobachtet und laden ihn/sie herzlich zum Sichtungstraining ein: {when(ctx, 'de')}, Kunstrasenplatz 2. Bitte Schienbeinschoner und Trinkflasche mitbringen.",
                f"vielen Dank, dass {kid} beim Probetraining dabei war. [Wir würden {kid} gern in den Kader aufnehmen; die Anmeldeunterlagen schicken wir separat.|Leider können wir {kid} in dieser Saison keinen Platz im Leistungskader anbieten. Wir empfehlen, im Verein weiterzuspielen und es nächstes Jahr erneut zu versuchen.]",
                f"klar, {kid} kann gern zum Probetraining kommen. Wir trainieren dienstags und donnerstags von 17 bis 18:30 Uhr.",
            ][kind],
            ctx.pick(
                ["Eltern dürfen gern zuschauen.", "", "Sportliche Grüße vom ganzen Trainerteam!"]
            ),
        ],
        (
            "{person} | " + club,
            mine(ctx, ctx.pick(["jugend-fussball.example.de", "gmx.de", "web.de"])),
        ),
        "{person}\n[Jugendtrainer|Jugendleiter|Sportlicher Leiter Nachwuchs]",
        lang="de",
        greet_p=1.0,
        form="plain",
    )


@family("h1_uk_housing_coop_interview", "not_job", lang="en_gb", n=H1_N)
def uk_housing_coop_interview(ctx: Ctx) -> Draft:
    coop = ctx.pick(
        [
            "Sanford Housing Co-op",
            "Brixton Road Co-operative",
            "Seymour Housing Co-op",
            "Leeds Student Housing Co-op",
            "Mill Lane Co-operative",
        ]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            ["Your application to join " + coop, "Membership interview - " + coop],
            ["Outcome of your membership interview", "Re: room at " + coop],
            ["Shortlisted for a room - come to dinner?", "Co-op vacancy: next steps"],
        ][kind],
        [
            [
                f"Thanks for applying to become a member of {coop}. We'd like to invite you to a membership interview with two members of the allocations group on {when(ctx, 'en_gb')}. It's informal - we want to hear why co-operative living appeals to you.",
                "The allocations group met after your interview and [we're pleased to offer you membership and the room on the second floor|we're sorry to say we've offered the room to someone else this time, but we'd love you to apply again]. ",
                "You've been shortlisted for the vacancy. Before members vote, we invite shortlisted applicants to a shared meal so everyone can meet you.",
            ][kind],
            ctx.pick(
                [
                    "Rent is £[480|520|610] a month including bills, plus four hours of co-op work a month.",
                    "",
                    "Let us know if you have any access needs.",
                ]
            ),
        ],
        (
            coop + " Allocations",
            ctx.pick(["allocations@coop.example.org.uk", "housing.coop@gmail.com"]),
        ),
        "[Allocations Group|{pfirst}, for the Allocations Group]",
        lang="en_gb",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h1_fr_agrement_adoption", "not_job", lang="fr", n=H1_N)
def fr_agrement_adoption(ctx: Ctx) -> Draft:
    dept = ctx.pick(["Gironde", "Rhône", "Loire-Atlantique", "Hérault", "Nord"])
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [
                "Votre demande d'agrément en vue d'adoption",
                "Accusé de réception - demande d'agrément",
            ],
            [
                "Entretien avec la psychologue - évaluation d'agrément",
                "Rendez-vous : évaluation sociale à domicile",
            ],
            [
                "Commission d'agrément - date de passage",
                "Décision relative à votre demande d'agrément",
            ],
        ][kind],
        [
            [
                f"Le service Adoption du Département de la {dept} accuse réception de votre demande d'agrément. La procédure d'évaluation comprend des entretiens avec une assistante sociale et un psychologue, et dure en moyenne neuf mois.",
                f"Dans le cadre de l'évaluation de votre projet d'adoption, nous vous proposons un entretien le {when(ctx, 'fr')}. La visite à domicile aura lieu lors d'un second rendez-vous.",
                "Votre dossier sera présenté à la commission d'agrément lors de sa prochaine séance. La décision du Président du Conseil départemental vous sera notifiée par courrier recommandé.",
            ][kind],
            ctx.pick(
                [
                    "Vous pouvez consulter votre dossier sur demande écrite.",
                    "",
                    "N'hésitez pas à nous contacter pour toute question.",
                ]
            ),
        ],
        (
            "Service Adoption - Département",
            ctx.pick(["adoption@departement.example.fr", "ne-pas-repondre@departement.example.fr"]),
        ),
        "{person}\n[Assistante sociale|Référente adoption|Service Adoption et Agrément]",
        lang="fr",
        greet_p=1.0,
        form="plain",
    )


@family("h1_it_intervista_rivista_data", "not_job", lang="it", n=H1_N)
def it_intervista_rivista_data(ctx: Ctx) -> Draft:
    mag = ctx.pick(
        [
            "Il Sole 24 Ore",
            "Wired Italia",
            "StartupItalia",
            "Corriere Innovazione",
            "la rivista dell'Ordine",
        ]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"Richiesta di intervista - {mag}", "Proposta di intervista"],
            ["Conferma intervista", "Re: intervista - orario"],
            ["Bozza dell'intervista da rileggere", "Intervista: testo per approvazione"],
        ][kind],
        [
            [
                f"sto preparando un articolo per {mag} sul [lavoro ibrido|futuro delle PMI|fintech in Italia|turismo sostenibile] e mi piacerebbe intervistarla come esperto/a del settore. Bastano 20-30 minuti al telefono.",
                f"le confermo l'intervista per {when(ctx, 'it')}. La chiamerò al numero che mi ha indicato; se preferisce possiamo fare una videochiamata.",
                "come d'accordo le invio la bozza dell'intervista. Può segnalarmi eventuali correzioni entro domani sera? Il pezzo esce nel numero di [lunedì|venerdì|fine mese].",
            ][kind],
            ctx.pick(
                [
                    "Grazie per la disponibilità.",
                    "",
                    "Le servirebbe anche una sua foto in alta risoluzione.",
                ]
            ),
        ],
        (
            "{person}",
            mine(ctx, ctx.pick(["redazione.example.it", "gmail.com", "giornalisti.example.it"])),
        ),
        "{person}\n[Giornalista|Redattore/Redattrice] - " + mag,
        lang="it",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h1_user_research_sessions_booked", "not_job", n=H1_N)
def user_research_sessions_booked(ctx: Ctx) -> Draft:
    tool, host = ctx.pick(
        [
            ("User Interviews", "userinterviews.com"),
            ("Respondent", "respondent.io"),
            ("Maze", "maze.co"),
            ("Lookback", "lookback.io"),
        ]
    )
    p = other(ctx)
    kind = ctx.num(0, 2)
    study = ctx.pick(
        [
            "Checkout redesign interviews",
            "Onboarding usability test",
            "Pricing page study",
            "B2B admin discovery calls",
        ]
    )
    return mail(
        ctx,
        [
            [f"New session booked: {p}", f'{p} scheduled a session for "{study}"'],
            [
                f'[4|6|9] new applicants to your study "{study}"',
                "Participants are waiting for approval",
            ],
            ["Your project is complete - pay incentives", f"No-show: {p}"],
        ][kind],
        [
            [
                f'{p} booked a 45-minute user interview for your study "{study}" on {when(ctx)}. The video link has been added to your calendar.',
                f'People have applied to take part in "{study}" and passed your screener. Approve the participants you want to interview.',
                f'Your participant sessions for "{study}" are done. Please confirm attendance so we can pay the $[50|75|100] incentives, or mark anyone who did not show up.',
            ][kind],
            f"[Manage project|Review participants|Open study]: {ctx.url('app.' + host, 'projects')}",
        ],
        (tool, f"[notifications|noreply|support]@{host}"),
        "",
        greet_p=0.6,
        form=form(ctx, "html", "alt"),
        bulk=True,
    )


@family("h1_es_solicitud_vendedor_marketplace", "not_job", lang="es", n=H1_N)
def es_solicitud_vendedor_marketplace(ctx: Ctx) -> Draft:
    mk, host = ctx.pick(
        [
            ("Amazon Seller Central", "amazon.es"),
            ("Mercado Libre", "mercadolibre.com"),
            ("Etsy", "etsy.com"),
            ("Wallapop PRO", "wallapop.com"),
            ("Miravia", "miravia.es"),
        ]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            ["Hemos recibido tu solicitud de vendedor", f"Tu solicitud en {mk}"],
            ["Verificación de identidad pendiente", "Necesitamos más información sobre tu negocio"],
            [
                "¡Tu cuenta de vendedor ha sido aprobada!",
                "Resultado de la revisión de tu solicitud",
            ],
        ][kind],
        [
            [
                f"Gracias por solicitar una cuenta de vendedor en {mk}. Estamos revisando tu información; normalmente tardamos entre 2 y 5 días hábiles.",
                "Para continuar con la revisión, sube una copia de tu DNI/NIE y un extracto bancario de los últimos 90 días. Si no recibimos la documentación en 14 días, la solicitud se cerrará.",
                "[¡Enhorabuena! Tu solicitud ha sido aprobada y ya puedes publicar tus productos.|Tras revisar tu solicitud, no podemos aprobar tu cuenta de vendedor en este momento. Puedes volver a solicitarlo dentro de 30 días.]",
            ][kind],
            f"Accede a tu cuenta: {ctx.url('sellercentral.' + host, 'cuenta')}",
        ],
        (mk, f"[no-responder|seller-notification|vendedores]@{host}"),
        "",
        lang="es",
        greet_p=0.7,
        form=form(ctx, "html", "alt"),
        bulk=ctx.chance(0.5),
    )


@family("h1_pt_br_google_play_revisao_app", "not_job", lang="pt", n=H1_N)
def pt_br_google_play_revisao_app(ctx: Ctx) -> Draft:
    app = ctx.pick(
        [
            "Agenda Fácil",
            "PetCare Brasil",
            "Controle de Gastos+",
            "Cardápio Digital",
            "Rota Entregas",
        ]
    )
    store, console, sender = ctx.pick(
        [
            ("Google Play Console", "play.google.com", "googleplay-noreply@google.com"),
            ("App Store Connect", "appstoreconnect.apple.com", "no_reply@email.apple.com"),
        ]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [f"Seu app {app} foi aprovado", "Atualização publicada"],
            [f"Ação necessária: {app} foi rejeitado", "Sua atualização não foi aprovada"],
            [
                "Sua inscrição no programa de testes foi aceita",
                "Aviso de política: prazo para correção",
            ],
        ][kind],
        [
            [
                f"A versão [2.3.1|1.8.0|4.0.2] do {app} passou pela revisão e já está disponível para os usuários.",
                f"Analisamos o {app} e encontramos um problema com a política de [Permissões de localização|Dados do usuário|Pagamentos]. Corrija e envie uma nova versão para revisão.",
                f"O {app} precisa se adequar à nova política até {when(ctx, 'pt')}; caso contrário, novas atualizações serão bloqueadas.",
            ][kind],
            f"Abrir no {store}: {ctx.url(console, 'apps')}",
        ],
        (store, sender),
        "",
        lang="pt",
        greet_p=0.6,
        form=form(ctx, "html", "alt"),
        bulk=True,
    )


@family("h1_nl_figuranten_casting", "not_job", lang="nl", n=H1_N)
def nl_figuranten_casting(ctx: Ctx) -> Draft:
    prod = ctx.pick(
        [
            "een Nederlandse speelfilm",
            "de nieuwe serie van Videoland",
            "een tv-commercial",
            "een videoclip",
            "de kerstvoorstelling",
        ]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            ["Figuranten gezocht - ben jij beschikbaar?", "Casting: figuratie " + prod],
            ["Je bent geselecteerd als figurant!", "Bevestiging draaidag"],
            ["Helaas - casting figuratie", "Re: je aanmelding als figurant"],
        ][kind],
        [
            [
                f"Voor {prod} zoeken we figuranten van [20-35|40-60|alle leeftijden]. Meld je aan via het formulier met twee recente foto's en je confectiemaat.",
                f"Leuk nieuws: je bent geselecteerd voor de draaidag op {when(ctx, 'nl')}. Verzamelen bij de set in [Amsterdam-Noord|Hilversum|Rotterdam]; kostuum wordt verzorgd.",
                "Bedankt voor je aanmelding. Deze keer zijn we voor een ander profiel gegaan, maar je blijft in ons bestand voor volgende producties.",
            ][kind],
            ctx.pick(["Vergoeding: €[75|90|120] per draaidag.", "", "Reiskosten worden vergoed."]),
        ],
        (
            "Castingbureau [Doe Mee|Figuratie NL|Setwerk]",
            ctx.pick(["casting@figuratie.example.nl", "info@castingbureau.example.nl"]),
        ),
        "[Team Casting|{pfirst} van de casting]",
        lang="nl",
        greet_p=0.9,
        form=form(ctx),
        bulk=ctx.chance(0.4),
    )


@family("h1_it_gara_appalto_ammissione", "not_job", lang="it", n=H1_N)
def it_gara_appalto_ammissione(ctx: Ctx) -> Draft:
    ente = ctx.pick(
        ["Comune di Bergamo", "ASL Roma 2", "Università di Padova", "Regione Puglia", "ATM Milano"]
    )
    cig = ctx.num(10000000, 99999999)
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [
                f"Procedura aperta CIG {cig} - ammissione",
                "Comunicazione esito verifica documentazione amministrativa",
            ],
            [f"Richiesta chiarimenti - CIG {cig}", "Soccorso istruttorio"],
            [f"Aggiudicazione gara CIG {cig}", "Comunicazione di aggiudicazione ex art. 90"],
        ][kind],
        [
            [
                f"[Si comunica che|Con la presente si informa che], a seguito [della verifica della documentazione amministrativa|dell'esame della busta A], l'operatore economico [è stato AMMESSO alla fase successiva|risulta ammesso all'apertura dell'offerta tecnica] della procedura [aperta|negoziata] indetta da {ente} per [il servizio di pulizia delle sedi|la fornitura di arredi scolastici|la manutenzione del verde pubblico|i servizi di consulenza informatica].",
                "[Ai sensi dell'art. 101 del Codice, si|Si] richiede di integrare la documentazione con [il DGUE firmato digitalmente|la garanzia provvisoria|la dichiarazione sul subappalto] entro [5|10] giorni, pena l'esclusione dalla procedura.",
                f"[Si comunica che|Si rende noto che] la gara indetta da {ente} è stata aggiudicata [alla Vostra impresa|ad altro operatore economico|al RTI primo in graduatoria] [con determina n. {ctx.num(100, 999)}/202[4|5]|]. La graduatoria [è consultabile sulla piattaforma|è pubblicata nella sezione Amministrazione trasparente]; [il termine per l'accesso agli atti è di 10 giorni.|la stipula avverrà decorso il termine dilatorio.]",
            ][kind],
            "[Distinti saluti.|Cordiali saluti.]\n\nIl Responsabile Unico del Progetto\n{person}",
            "Il presente messaggio è inviato tramite piattaforma di e-procurement; non rispondere a questa PEC.",
        ],
        (
            ente + " - Ufficio Gare",
            ctx.pick(["ufficio.gare@pec.ente.example.it", "noreply@eprocurement.example.it"]),
        ),
        "",
        lang="it",
        greet_p=0.0,
        form="plain",
    )


@family("h1_in_rotary_membership_proposal", "not_job", lang="en_in", n=H1_N)
def in_rotary_membership_proposal(ctx: Ctx) -> Draft:
    club = ctx.pick(
        [
            "Rotary Club of Bangalore East",
            "Lions Club Mumbai Juhu",
            "Round Table 27 Chennai",
            "Rotary Club of Delhi South",
        ]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            ["Proposal for membership - " + club, "Invitation to join " + club],
            [
                "Membership committee - meet and greet",
                "Your interaction with the membership committee",
            ],
            [f"Welcome to {club}!", "Induction ceremony - please confirm"],
        ][kind],
        [
            [
                f"It gives me great pleasure to inform you that Rtn. {{person}} has proposed your name for membership of {club}. Kindly fill the attached form and return it with two photographs.",
                f"As part of the process, the membership committee would like to meet you over coffee on {when(ctx, 'en_in')} at the club house. It is an informal interaction.",
                "The Board has approved your membership. Your induction will be at the next weekly meeting; kindly bring your spouse and be there by 7:30 pm.",
            ][kind],
            ctx.pick(
                [
                    "Annual dues are Rs. [12,000|15,000|18,500], payable in two instalments.",
                    "",
                    "Looking forward to your positive response.",
                ]
            ),
        ],
        ("{person}", mine(ctx, ctx.pick(["gmail.com", "yahoo.co.in", "rediffmail.com"]))),
        "{person}\n[Club Secretary|Membership Chair]",
        lang="en_in",
        greet_p=1.0,
        form="plain",
    )


@family("h1_au_reseller_partner_onboarding", "not_job", lang="en_au", n=H1_N)
def au_reseller_partner_onboarding(ctx: Ctx) -> Draft:
    vendor = ctx.pick(["Xero", "Atlassian", "Canva", "SafetyCulture", "Deputy", "Cin7"])
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            [
                f"Your {vendor} partner application",
                f"Thanks for applying to the {vendor} Partner Program",
            ],
            ["Partner onboarding: complete your certification", "Next steps - partner enablement"],
            [f"Welcome to the {vendor} Partner Program - Silver tier", "Your partner tier review"],
        ][kind],
        [
            [
                f"Thanks for applying to become a {vendor} reseller partner. Our partner team reviews applications within 10 business days; we may ask for a short call to understand your client base.",
                "To activate your partner account, two people in your business need to complete the certification course and you need one registered client deal this quarter.",
                f"[Congrats - your business has been approved as a {vendor} partner.|Following our annual review, your partner tier will stay at Registered.] Your partner manager will be in touch to book a kick-off.",
            ][kind],
            f"Partner portal: {ctx.url('partners.example.com.au', 'portal')}",
        ],
        (f"{vendor} Partner Program", f"partners@{vendor.lower()}.example.com"),
        f"The {vendor} Partner Team",
        lang="en_au",
        greet_p=0.9,
        form=form(ctx, "html", "alt"),
        bulk=ctx.chance(0.5),
    )


@family("h1_fr_manuscrit_maison_edition", "not_job", lang="fr", n=H1_N)
def fr_manuscrit_maison_edition(ctx: Ctx) -> Draft:
    house = ctx.pick(
        [
            "Éditions du Seuil",
            "Éditions Actes Sud",
            "Éditions de l'Olivier",
            "Éditions Zulma",
            "Éditions La Contre Allée",
        ]
    )
    title_ms = ctx.pick(
        ["Les Saisons du phare", "Rue des Abbesses", "L'Hiver à Tanger", "Nos pères silencieux"]
    )
    kind = ctx.num(0, 2)
    return mail(
        ctx,
        [
            ["Accusé de réception de votre manuscrit", f"Votre manuscrit « {title_ms} »"],
            [
                f"Réponse du comité de lecture - « {title_ms} »",
                "Suite à l'envoi de votre manuscrit",
            ],
            ["Proposition de rendez-vous", "Re: votre manuscrit"],
        ][kind],
        [
            [
                f"Nous accusons réception de votre manuscrit « {title_ms} ». Le comité de lecture vous répondra dans un délai de trois à quatre mois. Nous ne retournons pas les manuscrits.",
                "[Le comité de lecture a lu votre texte avec attention.|Nous avons pris le temps de lire votre manuscrit.|Votre texte a été lu par deux membres de notre comité.] [Malheureusement, il ne correspond pas à notre ligne éditoriale actuelle|Malgré ses qualités, il n'entre pas dans notre programme de publication|Nous avons le regret de ne pas pouvoir lui donner une suite favorable] [et nous ne pourrons pas le publier.|.] [Nous vous souhaitons de trouver l'éditeur qui lui conviendra.|En raison du nombre d'envois, nous ne pouvons pas vous adresser de commentaire détaillé.]",
                f"Votre manuscrit a retenu l'attention de notre comité. L'éditrice souhaiterait vous rencontrer le {when(ctx, 'fr')} pour parler du texte et d'éventuelles retouches.",
            ][kind],
        ],
        (house, ctx.pick(["manuscrits@editions.example.fr", "comite.lecture@editions.example.fr"])),
        "[Le comité de lecture|{person}, assistante éditoriale]\n" + house,
        lang="fr",
        greet_p=1.0,
        form="plain",
    )
