"""Hard negatives, session 9, in German, French, Spanish and Dutch: everyday words that are
job words too.

German daycare places come with "Zusage" / "Absage" and an "Aufnahmegespräch"; French
"entretien" is also the boiler's or the car's service; a Spanish owners' association sends a
"convocatoria" and asks for "candidaturas" to its presidency; a Dutch municipality or a
physiotherapist invites to an "intakegesprek" or a "keukentafelgesprek". Each is written
the way its senders write, with the dates and times of the language.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from n_kit import NN_N, at, neg, service_footer, when
from zd_kit import date_in
from zf_kit import bye, weekday_future


@family("nn_de_kita_platz", "not_job", lang="de", n=NN_N)
def de_kita_platz(ctx: Ctx) -> Draft:
    kita = ctx.pick(
        [
            "Kita Sonnenblume",
            "Kita Regenbogen",
            "Kita Wirbelwind",
            "Kita Eichhörnchen",
            "Kita Pusteblume",
        ]
    )
    stage = ctx.pick(["zusage", "absage", "gespraech", "warteliste"])
    para = {
        "zusage": f"wir freuen uns, Ihnen für Ihr Kind [Mia|Paul|Emil|Lina|Noah] einen Betreuungsplatz in der {kita} ab dem [1. August|1. September|1. März] anbieten zu können. Bitte bestätigen Sie die Zusage bis zum {date_in(ctx, weekday_future(ctx), 'de')} über das Elternportal; danach vergeben wir den Platz weiter.",
        "absage": f"vielen Dank für Ihre Anmeldung in der {kita}. Leider müssen wir Ihnen mitteilen, dass wir Ihnen zum gewünschten Termin keinen Platz anbieten können. Wir haben sehr viele Anmeldungen erhalten. Ihre Anmeldung bleibt auf unserer Warteliste.",
        "gespraech": f"vielen Dank für Ihr Interesse an der {kita}. Wir möchten Sie und Ihr Kind gerne zu einem Aufnahmegespräch einladen, damit wir uns kennenlernen: {when(ctx, 'de')}. Bitte bringen Sie das Vorsorgeheft und den Impfpass mit.",
        "warteliste": "Ihr Kind steht weiterhin auf unserer Warteliste (Platz [4|7|12]). Sobald ein Platz frei wird, melden wir uns bei Ihnen. Bitte geben Sie uns Bescheid, falls sich Ihr Bedarf ändert.",
    }[stage]
    leader = ctx.person
    return neg(
        ctx,
        {
            "zusage": ["Zusage Betreuungsplatz", f"{kita}: Platzangebot für Ihr Kind"],
            "absage": ["Ihre Anmeldung in der " + kita, "Absage Betreuungsplatz"],
            "gespraech": ["Einladung zum Aufnahmegespräch", "Kennenlerngespräch in der " + kita],
            "warteliste": ["Warteliste " + kita, "Ihre Anmeldung"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "Bei Fragen erreichen Sie uns Mo-Fr von 8 bis 12 Uhr.",
                    "",
                    "Wir freuen uns auf Sie!",
                ]
            ),
        ],
        (
            f"{kita}",
            ctx.pick(
                [
                    at(ctx, "kita-stadt.example"),
                    "leitung@kita-sonnenblume.example",
                    "anmeldung@kitaportal.example",
                ]
            ),
        ),
        bye(ctx, "de", f"{leader}\nKitaleitung"),
        lang="de",
        greet_p=1.0,
        form=ctx.pick(["plain", "alt"]),
    )


@family("nn_fr_entretien_maison", "not_job", lang="fr", n=NN_N)
def fr_entretien_maison(ctx: Ctx) -> Draft:
    what, org, host = ctx.pick(
        [
            ("l'entretien annuel de votre chaudière", "Chauffage Dumas", "chauffage-dumas.example"),
            (
                "l'entretien de votre véhicule (révision des 30 000 km)",
                "Garage du Centre",
                "garageducentre.example",
            ),
            ("l'entretien de votre pompe à chaleur", "ThermoServices", "thermoservices.example"),
            ("l'entretien de votre jardin", "Les Jardins de Claire", "jardinsdeclaire.example"),
            ("le ramonage et l'entretien du poêle", "Ramonage Lefort", "ramonage-lefort.example"),
        ]
    )
    stage = ctx.pick(["rdv", "rappel", "compte_rendu"])
    para = {
        "rdv": f"nous vous confirmons votre rendez-vous pour {what} le {when(ctx, 'fr')}. Notre technicien vous appellera 30 minutes avant son arrivée.",
        "rappel": f"votre contrat prévoit {what} une fois par an. La dernière visite date de [mars|juin|octobre] dernier : merci de prendre rendez-vous en ligne ou en répondant à ce message.",
        "compte_rendu": f"suite à {what}, vous trouverez ci-joint l'attestation d'entretien. [Tout est en ordre.|Nous vous conseillons de remplacer le joint avant l'hiver.|Aucune anomalie constatée.]",
    }[stage]
    return neg(
        ctx,
        {
            "rdv": ["Confirmation de votre rendez-vous d'entretien", "Votre entretien du {day}"],
            "rappel": ["Rappel : entretien annuel", "Il est temps de planifier votre entretien"],
            "compte_rendu": ["Attestation d'entretien", "Compte rendu d'intervention"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "En cas d'empêchement, merci de nous prévenir 48 h à l'avance.",
                    "",
                    "Le paiement se fait sur place (CB ou chèque).",
                ]
            ),
        ],
        (org, ctx.pick([f"contact@{host}", f"rdv@{host}", at(ctx, host)])),
        bye(ctx, "fr", ctx.pick([f"L'équipe {org}", f"{ctx.person}\n{org}"])),
        lang="fr",
        greet_p=1.0,
        form=ctx.pick(["plain", "html", "alt"]),
        footer=ctx.pick(["", f"{org} - SIRET {ctx.num(100000000, 999999999)}00012"]),
    )


@family("nn_es_comunidad_vecinos", "not_job", lang="es", n=NN_N)
def es_comunidad_vecinos(ctx: Ctx) -> Draft:
    calle = ctx.pick(
        ["C/ Alcalá 214", "Av. del Puerto 12", "C/ Sant Antoni 58", "Plaza Mayor 3", "C/ Ribera 27"]
    )
    stage = ctx.pick(["convocatoria", "candidaturas", "acta"])
    para = {
        "convocatoria": f"por la presente se le convoca a la Junta General Ordinaria de la Comunidad de Propietarios de {calle}, que se celebrará el {when(ctx, 'es')} en primera convocatoria y media hora más tarde en segunda convocatoria. Orden del día: 1) aprobación de cuentas; 2) elección de presidente; 3) obras de la fachada; 4) ruegos y preguntas.",
        "candidaturas": "recordamos que este año toca renovar la presidencia de la comunidad. Si algún propietario desea presentar su candidatura para presidente o vicepresidente, puede comunicarlo a la administración antes de la junta. Si no hay candidatos, se hará por turno rotatorio.",
        "acta": "les remitimos el acta de la última junta. Se aprobó el presupuesto y se eligió presidente por turno. La derrama para el ascensor se cobrará en [tres|cuatro] cuotas.",
    }[stage]
    admin = ctx.pick(
        ["Administración de Fincas Ortega", "Gestión Vecinal López", "Fincas Mediterráneo"]
    )
    return neg(
        ctx,
        {
            "convocatoria": [
                "Convocatoria Junta General Ordinaria",
                f"Convocatoria junta de propietarios - {calle}",
            ],
            "candidaturas": ["Renovación de cargos de la comunidad", "Candidaturas a presidente"],
            "acta": ["Acta de la junta", f"Comunidad {calle}: acta"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "Si no puede asistir, puede delegar su voto por escrito.",
                    "",
                    "Se ruega puntualidad.",
                ]
            ),
        ],
        (
            admin,
            ctx.pick(
                [
                    "administracion@fincasortega.example",
                    "info@gestionvecinal.example",
                    at(ctx, "fincasmed.example"),
                ]
            ),
        ),
        bye(ctx, "es", ctx.pick([f"{ctx.person}\nAdministrador", admin, "El Presidente"])),
        lang="es",
        greet_p=1.0,
        form=ctx.pick(["plain", "alt"]),
        footer=ctx.pick(
            [
                "",
                "De conformidad con la LOPDGDD, sus datos se tratan para la gestión de la comunidad.",
            ]
        ),
    )


@family("nn_nl_intakegesprek", "not_job", lang="nl", n=NN_N)
def nl_intakegesprek(ctx: Ctx) -> Draft:
    org, host, what = ctx.pick(
        [
            (
                "Gemeente Utrecht, team Wmo",
                "gemeente.example",
                "keukentafelgesprek over uw aanvraag voor huishoudelijke hulp",
            ),
            ("Fysiotherapie De Brug", "fysiodebrug.example", "intakegesprek bij de fysiotherapeut"),
            (
                "Sportschool FitFabriek",
                "fitfabriek.example",
                "intakegesprek met een van onze trainers",
            ),
            (
                "Huisartsenpraktijk Oost",
                "hapoost.example",
                "kennismakingsgesprek met uw nieuwe huisarts",
            ),
            (
                "Woningcorporatie Thuis",
                "wonenthuis.example",
                "intakegesprek voor uw woningaanvraag",
            ),
        ]
    )
    stage = ctx.pick(["uitnodiging", "bevestiging", "verzet"])
    para = {
        "uitnodiging": f"graag nodigen wij u uit voor een {what}. Het gesprek duurt ongeveer [30|45|60] minuten. Wij hebben de volgende afspraak voor u ingepland: {when(ctx, 'nl')}.",
        "bevestiging": f"hierbij bevestigen wij uw afspraak voor een {what} op {when(ctx, 'nl')}. Neem een geldig identiteitsbewijs mee.",
        "verzet": f"helaas moeten wij uw afspraak voor een {what} verzetten. De nieuwe afspraak is {when(ctx, 'nl')}. Past dit niet? Bel ons dan even.",
    }[stage]
    return neg(
        ctx,
        {
            "uitnodiging": ["Uitnodiging voor een gesprek", "Uitnodiging intakegesprek"],
            "bevestiging": ["Bevestiging van uw afspraak", "Uw afspraak"],
            "verzet": ["Uw afspraak is verzet", "Wijziging afspraak"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "U kunt uw afspraak ook bekijken in de app.",
                    "",
                    "Met vriendelijke groet en tot dan.",
                ]
            )
            if stage != "verzet"
            else "",
        ],
        (org, ctx.pick([f"noreply@{host}", f"info@{host}", at(ctx, host)])),
        bye(ctx, "nl", ctx.pick([org, f"{ctx.person}\n{org}"])),
        lang="nl",
        greet_p=1.0,
        form=ctx.pick(["plain", "html", "alt"]),
        footer=service_footer(ctx, org, host, "nl") if ctx.chance(0.4) else "",
    )


@family("nn_de_fuehrerschein_pruefung", "not_job", lang="de", n=NN_N)
def de_fuehrerschein(ctx: Ctx) -> Draft:
    stage = ctx.pick(["termin", "bestanden", "nicht", "fahrlehrer"])
    para = {
        "termin": f"Ihr Termin für die praktische Fahrerlaubnisprüfung (Klasse B) ist am {when(ctx, 'de')}. Treffpunkt ist die Fahrschule; bitte bringen Sie Ihren Personalausweis mit. Der Prüfer begleitet Sie ca. 55 Minuten.",
        "bestanden": "herzlichen Glückwunsch zur bestandenen Prüfung! Ihren Führerschein können Sie ab [nächster Woche|sofort] bei der Fahrerlaubnisbehörde abholen.",
        "nicht": "leider haben Sie die theoretische Prüfung nicht bestanden ([12|14|18] Fehlerpunkte). Eine Wiederholung ist frühestens nach zwei Wochen möglich. Melden Sie sich bei Ihrer Fahrschule für einen neuen Termin.",
        "fahrlehrer": "hi {first}, kurze Info: die Fahrstunde am [Dienstag|Donnerstag] verschiebt sich auf 17 Uhr. Wir üben nochmal Autobahn und Einparken, dann bist du fit für die Prüfung!",
    }[stage]
    sender = (
        (f"Fahrschule {ctx.person_last}", at(ctx, "fahrschule.example"))
        if stage == "fahrlehrer"
        else ctx.pick(
            [
                ("TÜV Prüfstelle", "pruefung@tuev.example"),
                ("DEKRA Prüfzentrum", "noreply@dekra.example"),
                ("Fahrschule Müller", "info@fahrschule-mueller.example"),
            ]
        )
    )
    return neg(
        ctx,
        {
            "termin": ["Ihr Prüfungstermin", "Termin praktische Prüfung"],
            "bestanden": ["Prüfung bestanden", "Ihre Fahrerlaubnisprüfung"],
            "nicht": ["Ergebnis Ihrer Theorieprüfung", "Ihre Prüfung"],
            "fahrlehrer": ["Fahrstunde", "kurze Info"],
        }[stage],
        [ctx.fill(para)],
        sender,
        bye(ctx, "de", ctx.person_first if stage == "fahrlehrer" else sender[0]),
        lang="de",
        greet_p=0.0 if stage == "fahrlehrer" else 1.0,
        form=ctx.pick(["plain", "alt"]),
    )


@family("nn_fr_permis_aides", "not_job", lang="fr", n=NN_N)
def fr_dossier_aides(ctx: Ctx) -> Draft:
    org, what = ctx.pick(
        [
            ("CAF", "votre demande d'aide au logement"),
            ("Crous", "votre dossier de bourse sur critères sociaux"),
            ("Mairie de Lyon 3e", "votre demande de place en crèche municipale"),
            ("Préfecture", "votre demande de titre de séjour"),
            ("ANTS", "votre demande de permis de conduire"),
        ]
    )
    stage = ctx.pick(["recu", "incomplet", "accorde", "refus"])
    para = {
        "recu": f"nous accusons réception de {what}. Votre dossier est en cours d'instruction ; le délai de traitement est d'environ [4|6|8] semaines.",
        "incomplet": f"il manque des pièces justificatives à {what}. Merci de nous transmettre les documents manquants ([avis d'imposition|justificatif de domicile|RIB]) avant le {date_in(ctx, weekday_future(ctx), 'fr')}, sans quoi votre demande sera classée sans suite.",
        "accorde": f"nous avons le plaisir de vous informer que {what} a reçu un avis favorable. Vous recevrez une notification détaillée par courrier.",
        "refus": f"après examen de {what}, nous sommes au regret de vous informer qu'une suite favorable ne peut y être donnée. Vous pouvez contester cette décision dans un délai de deux mois.",
    }[stage]
    return neg(
        ctx,
        {
            "recu": ["Accusé de réception de votre demande", f"{org} : votre dossier"],
            "incomplet": [
                "Dossier incomplet : pièces à fournir",
                "Action requise sur votre dossier",
            ],
            "accorde": ["Décision concernant votre demande", f"{org} : décision"],
            "refus": ["Décision concernant votre demande", "Notification de décision"],
        }[stage],
        [
            ctx.fill(para),
            ctx.pick(
                [
                    "Vous pouvez suivre votre dossier dans votre espace personnel.",
                    "Ceci est un message automatique, merci de ne pas y répondre.",
                    "",
                ]
            ),
        ],
        (
            org,
            ctx.pick(
                [
                    "ne-pas-repondre@caf.example",
                    "noreply@crous.example",
                    "notification@service-public.example",
                ]
            ),
        ),
        ctx.pick(["Cordialement,", "Veuillez agréer nos salutations distinguées."]) + f"\n{org}",
        lang="fr",
        greet_p=1.0,
        form=ctx.pick(["plain", "html", "alt"]),
    )
