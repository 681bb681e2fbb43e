"""Hard negatives, part 7: appointments and offers in French, German and Spanish.

A French booking site confirming a doctor's or a prefecture appointment, German confirmations from
a town hall, a practice or a garage, and Spanish second-hand marketplace offers and telecom
"ofertas". Words like "entretien", "rendez-vous", "Termin", "Angebot", "oferta" and "solicitud"
look like hiring mail to a classifier trained mostly on English; none of this is about the user's
own job applications.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_w_neg1 import WN_N
from kit import Calendar, Ctx, Draft, family


@family("wn_fr_rdv", "not_job", lang="fr", n=WN_N)
def fr_rdv(ctx: Ctx) -> Draft:
    when = ctx.future(1, 30)
    date, heure = f"{when:%d/%m/%Y}", f"{when:%H:%M}"
    body, subjects, sender = ctx.pick(
        [
            (
                f"Bonjour {{first}},\n\nVotre rendez-vous est confirmé.\n\n[Dr {ctx.person_last}, médecin généraliste|Cabinet dentaire des Lilas|Kinésithérapeute - {ctx.person}]\nLe {date} à {heure}\n[12 rue de la République, Lyon|3 place du Marché, Nantes]\n\n[Pensez à apporter votre carte Vitale.|En cas d'empêchement, annulez votre rendez-vous pour libérer le créneau.]",
                [
                    "Rendez-vous confirmé",
                    "Confirmation de votre rendez-vous",
                    "Rappel : rendez-vous demain",
                ],
                ("Prise de RDV", "no-reply@rdv-sante.example.fr"),
            ),
            (
                f"Madame, Monsieur,\n\nVotre rendez-vous en préfecture pour [le dépôt de votre demande de titre de séjour|la remise de votre carte de résident|un entretien d'assimilation (naturalisation)] est fixé au {date} à {heure}.\n\n[Présentez-vous muni de cette convocation et des pièces justificatives originales.|Tout rendez-vous non honoré ne pourra être reporté.]",
                ["Convocation en préfecture", "Confirmation de rendez-vous", "Votre rendez-vous"],
                ("Préfecture - Prise de rendez-vous", "ne-pas-repondre@prefecture.example.gouv.fr"),
            ),
            (
                f"Bonjour,\n\nVotre conseiller vous propose un rendez-vous [téléphonique|en agence] le {date} à {heure} [pour étudier votre demande de prêt immobilier|pour faire le point sur votre épargne|au sujet de votre offre de crédit]. [Pensez à préparer vos trois derniers bulletins de salaire.|Vous pouvez modifier ce rendez-vous depuis votre espace client.]",
                [
                    "Votre rendez-vous avec votre conseiller",
                    "Proposition de rendez-vous",
                    "Votre offre de prêt",
                ],
                ("Ma Banque", "conseiller@mabanque.example.fr"),
            ),
            (
                f"Bonjour {{first}},\n\nNous vous confirmons le rendez-vous [au garage pour la révision de votre véhicule|pour l'installation de la fibre|pour le contrôle technique] le {date} entre {when:%H}h{when:%M} et {when.hour + 2}h{when:%M}. [Un technicien vous appellera 30 minutes avant son arrivée.|Merci de prévoir un accès au véhicule.]",
                [
                    "Confirmation d'intervention",
                    "Votre rendez-vous technicien",
                    "Rendez-vous confirmé",
                ],
                ("Service client", "rdv@serviceclient.example.fr"),
            ),
        ]
    )
    return Draft(
        ctx.pick(subjects),
        ctx.fill(body),
        *sender,
        greet=False,
        sign=ctx.pick(
            ["", "Cordialement,", "Bien à vous,\nL'équipe", "Ceci est un message automatique."]
        ),
        lang="fr",
        calendar=Calendar(ctx.pick(subjects), when, 30) if ctx.chance(0.2) else None,
    )


@family("wn_de_termine", "not_job", lang="de", n=WN_N)
def de_termine(ctx: Ctx) -> Draft:
    when = ctx.future(1, 30)
    datum, zeit = f"{when:%d.%m.%Y}", f"{when:%H:%M}"
    nummer = str(ctx.num(100000, 999999))
    body, subjects, sender = ctx.pick(
        [
            (
                f"Sehr geehrte/r {{first}} {{last}},\n\nhiermit bestätigen wir Ihren Termin im Bürgeramt [Mitte|Nord|Altstadt].\n\nAnliegen: [Anmeldung einer Wohnung|Personalausweis beantragen|Reisepass abholen|Führerschein umschreiben]\nDatum: {datum}\nUhrzeit: {zeit} Uhr\nVorgangsnummer: {nummer}\n\n[Bitte bringen Sie alle erforderlichen Unterlagen mit.|Sollten Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte ab.]",
                [
                    "Terminbestätigung",
                    "Ihr Termin im Bürgeramt",
                    f"Bestätigung Vorgangsnummer {nummer}",
                ],
                ("Bürgeramt Online-Terminvergabe", "noreply@terminvergabe.example.de"),
            ),
            (
                f"Guten Tag,\n\nwir erinnern Sie an Ihren Termin in unserer Praxis am {datum} um {zeit} Uhr bei [Dr. {ctx.person_last}|Frau Dr. {ctx.person_last}]. [Bitte denken Sie an Ihre Versichertenkarte.|Falls Sie verhindert sind, sagen Sie bitte mindestens 24 Stunden vorher ab.]",
                ["Terminerinnerung", "Ihr Termin am " + datum, "Erinnerung: Praxistermin"],
                ("Praxis am Park", "termine@praxis-am-park.example.de"),
            ),
            (
                f"Hallo {{first}},\n\ndein Termin [in der Werkstatt für den Reifenwechsel|für die Inspektion|beim Hundetrainer zum Erstgespräch] ist bestätigt: {datum}, {zeit} Uhr. [Bitte sei 10 Minuten früher da.|Das Angebot über die Kosten schicken wir dir vorab per E-Mail.]",
                ["Dein Termin ist bestätigt", "Terminbestätigung", "Bis bald!"],
                ("Autohaus Becker", "service@autohaus-becker.example.de"),
            ),
            (
                f"Sehr geehrte/r {{first}} {{last}},\n\nvielen Dank für Ihren Kreditantrag. Für das Beratungsgespräch haben wir folgenden Termin reserviert: {datum}, {zeit} Uhr[, Filiale Hauptstraße| per Video]. [Bitte halten Sie Ihre letzten drei Gehaltsabrechnungen bereit.|Ihr persönliches Angebot besprechen wir im Termin.]",
                ["Ihr Beratungstermin", "Terminbestätigung Kreditberatung", "Ihr Kreditangebot"],
                ("Sparkasse Beratung", "beratung@sparkasse.example.de"),
            ),
        ]
    )
    return Draft(
        ctx.pick(subjects),
        ctx.fill(body),
        *sender,
        greet=False,
        sign=ctx.pick(["", "Mit freundlichen Grüßen", "Viele Grüße", sender[0]]),
        lang="de",
    )


@family("wn_es_ofertas", "not_job", lang="es", n=WN_N)
def es_ofertas(ctx: Ctx) -> Draft:
    item = ctx.pick(
        [
            "bicicleta de montaña",
            "sofá cama",
            "iPhone 12",
            "cochecito de bebé",
            "mesa de comedor",
            "patinete eléctrico",
        ]
    )
    precio = ctx.num(30, 500)
    oferta = int(precio * ctx.pick([0.6, 0.75, 0.8, 0.9]))
    hasta = f"{ctx.future(3, 20):%d/%m}"
    body, subjects, sender = ctx.pick(
        [
            (
                f"¡Tienes una nueva oferta! Un comprador te ofrece {oferta} € por tu {item} (precio: {precio} €). [Acepta o rechaza la oferta antes de 48 horas.|Responde rápido: las ofertas caducan.]",
                [
                    "Nueva oferta por tu producto",
                    f"Te han hecho una oferta por {item}",
                    "Tienes una oferta",
                ],
                ("Wallapop-ish", "no-reply@segundamano.example.es"),
            ),
            (
                f"Hola! me interesa tu anuncio ({item}), ¿sigue disponible? [te ofrezco {oferta}€|te doy {oferta} y la recojo hoy|¿aceptarías {oferta}?] gracias",
                [f"Re: {item}", "¿Sigue disponible?", "Oferta"],
                (ctx.person, f"{ctx.person_first.lower()}{ctx.num(1, 99)}@gmail.com"),
            ),
            (
                f"Hola {{first}},\n\n[¡Enhorabuena!|Buenas noticias:] el vendedor ha aceptado tu oferta de {oferta} € por {item}. [Completa el pago para que te lo envíe.|Tienes 24 horas para pagar.]",
                ["Tu oferta ha sido aceptada", "¡Oferta aceptada!"],
                ("Wallapop-ish", "no-reply@segundamano.example.es"),
            ),
            (
                f"Hola {{first}},\n\n[Como cliente, tienes una oferta exclusiva|Solo para ti]: [fibra 1 Gb + móvil por 35 €/mes|un 50% de descuento durante 6 meses|la renovación de tu terminal sin coste]. [Oferta válida hasta el {hasta}.|Solicítala en tu área de cliente.] [Consulta las condiciones en nuestra web.|]",
                ["Una oferta pensada para ti", "Tu oferta de permanencia", "¡No te lo pierdas!"],
                ("Movistel", "ofertas@movistel.example.es"),
            ),
            (
                f"Estimado/a {{first}} {{last}}:\n\nHemos recibido su solicitud de [préstamo personal|tarjeta de crédito|hipoteca]. [Nos complace comunicarle que ha sido aprobada con un límite de {precio * 20} €.|Un gestor se pondrá en contacto con usted para concertar una entrevista.] [La oferta vinculante está disponible en la banca online.|]",
                [
                    "Su solicitud ha sido aprobada",
                    "Estado de su solicitud",
                    "Su oferta de financiación",
                ],
                ("Banco Ibérico", "avisos@bancoiberico.example.es"),
            ),
        ]
    )
    return Draft(
        ctx.fill(ctx.pick(subjects)),
        ctx.fill(body),
        *sender,
        greet=False,
        sign=""
        if "@gmail.com" in sender[1]
        else ctx.pick(["", "Un saludo,", "Atentamente,", "El equipo"]),
        lang="es",
        form="plain" if "@gmail.com" in sender[1] else "",
    )
