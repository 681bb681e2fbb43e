"""Hard negatives: appointments outside work in French, German, Spanish, Italian, Dutch and
Portuguese (doctor, dentist, garage, hairdresser, a government office).

They confirm a date, a time and a place and ask to confirm or reschedule, as an interview
booking does; the glosses map the local words for "appointment" and "interview" to English,
so the model needs these to learn that a dentist's confirmation is not a hiring step.
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Sequence

from kit import Calendar, Ctx, Draft, family
from zc_kit import ZC_N

# kind -> (sender name, sender address, subjects, body lines); {d} date, {h} time, {p} person.
_Table = dict[str, tuple[str, str, Sequence[str], Sequence[str]]]


def _rdv(ctx: Ctx, table: _Table, lang: str, hellos: Sequence[str], signs: Sequence[str]) -> Draft:
    kind = ctx.pick(sorted(table))
    name, addr, subjects, lines = table[kind]
    when = ctx.future(2, 25)
    text = "\n\n".join(
        ctx.fill(line)
        .replace("<d>", f"{when:%d.%m.%Y}" if lang in ("de", "nl") else f"{when:%d/%m/%Y}")
        .replace("<h>", f"{when:%H:%M}" if lang != "fr" else f"{when:%Hh%M}")
        .replace("<p>", ctx.person_last)
        .replace("<n>", str(ctx.num(100000, 999999)))
        for line in lines
        if line and ctx.chance(0.85 if line is not lines[0] else 1.0)
    )
    greeting = ctx.fill(ctx.pick(hellos))
    subject = ctx.fill(ctx.pick(subjects))
    return Draft(
        subject,
        (greeting + "\n\n" if greeting else "") + text,
        name.replace("<p>", ctx.person_last),
        addr,
        greet=False,
        sign=ctx.pick(signs),
        lang=lang,
        form=ctx.pick(["plain", "html", "alt"]),
        calendar=Calendar(subject, when, ctx.pick([20, 30, 45, 60])) if ctx.chance(0.25) else None,
    )


_FR: _Table = {
    "medecin": (
        "Doctolib",
        "no-reply@doctolib.example.fr",
        ["Votre rendez-vous est confirmé", "Rappel : rendez-vous le <d>"],
        [
            "Votre rendez-vous avec le Dr <p> ([médecin généraliste|dermatologue|ophtalmologue]) est confirmé le <d> à <h>.",
            "Pensez à apporter votre carte Vitale et votre ordonnance.",
            "[Vous ne pouvez pas venir ? Annulez au moins 24 h à l'avance.|Pour déplacer le rendez-vous, utilisez l'application.]",
        ],
    ),
    "dentiste": (
        "Cabinet dentaire du Parc",
        "contact@dentaireduparc.example.fr",
        ["Rappel de rendez-vous", "Confirmation de votre rendez-vous"],
        [
            "Nous vous rappelons votre rendez-vous [de détartrage|de contrôle|pour la couronne] le <d> à <h>.",
            "Merci de confirmer votre présence en répondant OUI.",
        ],
    ),
    "garage": (
        "Garage Martin Auto",
        "atelier@martinauto.example.fr",
        ["Rendez-vous atelier confirmé", "Votre véhicule : rendez-vous"],
        [
            "Votre rendez-vous pour [la révision|le contrôle technique|le changement des pneus] est fixé au <d> à <h>.",
            "Merci de déposer le véhicule 10 minutes avant. Devis n° <n> joint.",
        ],
    ),
    "coiffeur": (
        "Salon Mèches & Co",
        "rdv@mechesetco.example.fr",
        ["Votre rendez-vous chez Mèches & Co", "À bientôt au salon !"],
        [
            "C'est noté : [coupe + brushing|couleur|coupe homme] le <d> à <h> avec [Julie|Karim|Sandrine].",
            "Un empêchement ? Prévenez-nous au moins 24 h avant.",
        ],
    ),
    "prefecture": (
        "Préfecture - Prise de rendez-vous",
        "ne-pas-repondre@prefecture.example.gouv.fr",
        ["Confirmation de rendez-vous", "Convocation - titre de séjour"],
        [
            "Votre rendez-vous pour [le renouvellement de votre titre de séjour|le dépôt de votre dossier|la remise de votre carte] est confirmé le <d> à <h>, guichet [3|5|B].",
            "Présentez-vous muni de cette convocation et des pièces justificatives originales. Numéro de dossier : <n>.",
        ],
    ),
}
_DE: _Table = {
    "arzt": (
        "Praxis Dr. <p>",
        "termine@praxis-dr.example.de",
        ["Terminbestätigung", "Erinnerung an Ihren Termin am <d>"],
        [
            "Ihr Termin in unserer Praxis ist am <d> um <h> Uhr bestätigt.",
            "Bitte bringen Sie Ihre Versichertenkarte mit. Absagen bitte spätestens 24 Stunden vorher.",
        ],
    ),
    "zahnarzt": (
        "Zahnarztpraxis am Markt",
        "info@zahnarzt-am-markt.example.de",
        ["Ihr Termin zur Prophylaxe", "Terminerinnerung"],
        [
            "wir erinnern Sie an Ihren Termin zur [professionellen Zahnreinigung|Kontrolluntersuchung|Füllung] am <d> um <h> Uhr.",
            "Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab.",
        ],
    ),
    "werkstatt": (
        "Autohaus Becker - Werkstatt",
        "service@autohaus-becker.example.de",
        ["Ihr Werkstatttermin", "Terminbestätigung Inspektion"],
        [
            "Ihr Fahrzeug ist am <d> um <h> Uhr für [die Inspektion|den Reifenwechsel|die Hauptuntersuchung] eingeplant.",
            "Auftragsnummer <n>. Ein Ersatzwagen steht auf Wunsch bereit.",
        ],
    ),
    "friseur": (
        "Salon Haarscharf",
        "termine@haarscharf.example.de",
        ["Deine Buchung ist bestätigt", "Bis bald im Salon"],
        [
            "Dein Termin: [Schnitt & Föhnen|Farbe|Herrenschnitt] am <d> um <h> Uhr bei [Lea|Murat|Svenja].",
            "Du kannst bis 24 Stunden vorher kostenlos umbuchen.",
        ],
    ),
    "amt": (
        "Bürgeramt - Terminvereinbarung",
        "noreply@service.example.berlin.de",
        ["Terminbestätigung Bürgeramt", "Ihr Termin: Anmeldung einer Wohnung"],
        [
            "Ihr Termin für [die Anmeldung einer Wohnung|einen Personalausweis|einen Reisepass] findet am <d> um <h> Uhr statt. Vorgangsnummer: <n>.",
            "Bitte bringen Sie alle erforderlichen Unterlagen im Original mit.",
        ],
    ),
}
_ES: _Table = {
    "medico": (
        "Centro Médico Salus",
        "citas@salus.example.es",
        ["Confirmación de cita", "Recordatorio de su cita"],
        [
            "Le confirmamos su cita con [el Dr.|la Dra.] <p> el <d> a las <h>.",
            "Si no puede acudir, anule la cita con 24 horas de antelación.",
        ],
    ),
    "dentista": (
        "Clínica Dental Sonrisa",
        "info@clinicasonrisa.example.es",
        ["Recordatorio: cita en la clínica", "Tu cita está confirmada"],
        [
            "Te recordamos tu cita de [revisión|limpieza|ortodoncia] el <d> a las <h>.",
            "Responde SÍ para confirmar o llámanos para cambiarla.",
        ],
    ),
    "taller": (
        "Taller Hermanos Ruiz",
        "taller@hermanosruiz.example.es",
        ["Cita en el taller", "Tu coche: cita confirmada"],
        [
            "Tienes cita para [la ITV|el cambio de aceite|revisar los frenos] el <d> a las <h>.",
            "Presupuesto nº <n> adjunto.",
        ],
    ),
    "peluqueria": (
        "Peluquería Tijeras",
        "reservas@tijeras.example.es",
        ["Reserva confirmada", "¡Te esperamos!"],
        [
            "Reserva: [corte y peinado|mechas|corte caballero] el <d> a las <h> con [Marta|Luis|Carmen].",
            "Si necesitas cambiarla, avísanos con antelación.",
        ],
    ),
    "gobierno": (
        "Cita Previa - Administración",
        "noreply@citaprevia.example.gob.es",
        ["Justificante de cita previa", "Su cita para la renovación del DNI"],
        [
            "Su cita para [la renovación del DNI|la toma de huellas (TIE)|el empadronamiento] es el <d> a las <h>. Localizador: <n>.",
            "Acuda con el justificante y la documentación original.",
        ],
    ),
}
_IT: _Table = {
    "medico": (
        "Poliambulatorio San Luca",
        "prenotazioni@sanluca.example.it",
        ["Conferma prenotazione", "Promemoria appuntamento"],
        [
            "Le confermiamo l'appuntamento per [la visita cardiologica|l'ecografia|la visita di controllo] il <d> alle <h>.",
            "Si presenti con la tessera sanitaria e l'impegnativa.",
        ],
    ),
    "dentista": (
        "Studio Dentistico Bianchi",
        "segreteria@studiobianchi.example.it",
        ["Promemoria: appuntamento dal dentista", "Appuntamento confermato"],
        [
            "Le ricordiamo l'appuntamento per [l'igiene dentale|il controllo|l'otturazione] il <d> alle <h>.",
            "In caso di disdetta, ci avvisi almeno 24 ore prima.",
        ],
    ),
    "officina": (
        "Officina Ferri",
        "officina@ferri.example.it",
        ["Appuntamento in officina", "Conferma tagliando"],
        [
            "La sua auto è prenotata per [il tagliando|la revisione|il cambio gomme] il <d> alle <h>.",
            "Preventivo n. <n> in allegato.",
        ],
    ),
    "parrucchiere": (
        "Salone Forbici d'Oro",
        "prenota@forbicidoro.example.it",
        ["Prenotazione confermata", "Ci vediamo presto!"],
        [
            "Appuntamento: [taglio e piega|colore|taglio uomo] il <d> alle <h>.",
            "Per spostarlo, rispondi a questa email.",
        ],
    ),
    "comune": (
        "Comune - Agenda Appuntamenti",
        "noreply@agenda.example.comune.it",
        ["Conferma appuntamento anagrafe", "Prenotazione carta d'identità"],
        [
            "Il suo appuntamento per [la carta d'identità elettronica|il cambio di residenza|il certificato] è fissato il <d> alle <h>. Codice: <n>.",
            "Porti con sé una fototessera e il documento scaduto.",
        ],
    ),
}
_NL: _Table = {
    "huisarts": (
        "Huisartsenpraktijk De Linde",
        "assistente@praktijkdelinde.example.nl",
        ["Bevestiging afspraak", "Herinnering: uw afspraak"],
        [
            "Uw afspraak bij dokter <p> is op <d> om <h>.",
            "Kunt u niet komen? Meld het uiterlijk 24 uur van tevoren af.",
        ],
    ),
    "tandarts": (
        "Tandartspraktijk Centrum",
        "info@tandartscentrum.example.nl",
        ["Herinnering tandartsafspraak", "Afspraak bevestigd"],
        [
            "Wij herinneren u aan uw afspraak voor [de periodieke controle|het gebitsreiniging|een vulling] op <d> om <h>.",
            "Afzeggen kan telefonisch of via de app.",
        ],
    ),
    "garage": (
        "Autobedrijf Visser",
        "werkplaats@autovisser.example.nl",
        ["Uw werkplaatsafspraak", "APK-afspraak bevestigd"],
        [
            "Uw auto staat gepland voor [de APK|een onderhoudsbeurt|het wisselen van de banden] op <d> om <h>.",
            "Werkordernummer <n>.",
        ],
    ),
    "kapper": (
        "Kapsalon Knip",
        "afspraken@kapsalonknip.example.nl",
        ["Je afspraak is bevestigd", "Tot snel!"],
        [
            "Je afspraak: [knippen|kleuren|knippen heren] op <d> om <h> bij [Sanne|Joris|Fleur].",
            "Verzetten kan tot 24 uur van tevoren.",
        ],
    ),
    "gemeente": (
        "Gemeente - Afspraken",
        "noreply@afspraken.example.gemeente.nl",
        ["Bevestiging van uw afspraak", "Afspraak paspoort aanvragen"],
        [
            "U heeft een afspraak voor [het aanvragen van een paspoort|een verhuizing doorgeven|een rijbewijs] op <d> om <h>. Afspraaknummer: <n>.",
            "Neem uw huidige identiteitsbewijs en een pasfoto mee.",
        ],
    ),
}
_PT: _Table = {
    "medico": (
        "Clínica Saúde Mais",
        "marcacoes@saudemais.example.pt",
        ["Confirmação de consulta", "Lembrete da sua consulta"],
        [
            "A sua consulta de [clínica geral|dermatologia|oftalmologia] com [o Dr.|a Dra.] <p> está marcada para <d> às <h>.",
            "Em caso de impossibilidade, desmarque com 24 horas de antecedência.",
        ],
    ),
    "dentista": (
        "Clínica Dentária Sorriso",
        "geral@sorriso.example.pt",
        ["Lembrete: consulta de medicina dentária", "Consulta confirmada"],
        [
            "Lembramos a sua consulta de [higiene oral|revisão|ortodontia] no dia <d> às <h>.",
            "Responda SIM para confirmar.",
        ],
    ),
    "oficina": (
        "Oficina Auto Lopes",
        "oficina@autolopes.example.pt",
        ["Marcação na oficina", "Revisão do seu carro"],
        [
            "O seu carro está marcado para [a inspeção|a revisão|a troca de pneus] em <d> às <h>.",
            "Orçamento n.º <n> em anexo.",
        ],
    ),
    "cabeleireiro": (
        "Cabeleireiro Estilo",
        "reservas@estilo.example.pt",
        ["Reserva confirmada", "Até breve!"],
        [
            "A sua marcação: [corte e brushing|coloração|corte homem] em <d> às <h>.",
            "Para alterar, contacte-nos com antecedência.",
        ],
    ),
    "governo": (
        "Agendamento - Loja do Cidadão",
        "naoresponder@agendamento.example.gov.pt",
        ["Confirmação de agendamento", "Agendamento: Cartão de Cidadão"],
        [
            "O seu atendimento para [renovação do Cartão de Cidadão|autorização de residência|carta de condução] está agendado para <d> às <h>. Senha: <n>.",
            "Apresente-se com os documentos originais.",
        ],
    ),
}


@family("zc_rdv_fr", "not_job", lang="fr", n=ZC_N)
def rdv_fr(ctx: Ctx) -> Draft:
    return _rdv(
        ctx,
        _FR,
        "fr",
        ["Bonjour,", "Bonjour {first},", "Madame, Monsieur,", ""],
        [
            "",
            "Cordialement,\nLe secrétariat",
            "À bientôt !",
            "Ceci est un message automatique, merci de ne pas répondre.",
        ],
    )


@family("zc_rdv_de", "not_job", lang="de", n=ZC_N)
def rdv_de(ctx: Ctx) -> Draft:
    return _rdv(
        ctx,
        _DE,
        "de",
        ["Guten Tag,", "Hallo {first},", "Sehr geehrte Damen und Herren,", ""],
        [
            "",
            "Mit freundlichen Grüßen\nIhr Praxisteam",
            "Viele Grüße",
            "Diese E-Mail wurde automatisch erstellt.",
        ],
    )


@family("zc_rdv_es", "not_job", lang="es", n=ZC_N)
def rdv_es(ctx: Ctx) -> Draft:
    return _rdv(
        ctx,
        _ES,
        "es",
        ["Hola,", "Hola {first}:", "Estimado/a paciente:", ""],
        ["", "Un saludo.", "Atentamente,\nRecepción", "Mensaje automático, no responda."],
    )


@family("zc_rdv_it", "not_job", lang="it", n=ZC_N)
def rdv_it(ctx: Ctx) -> Draft:
    return _rdv(
        ctx,
        _IT,
        "it",
        ["Gentile cliente,", "Ciao {first},", "Buongiorno,", ""],
        [
            "",
            "Cordiali saluti,\nLa segreteria",
            "A presto!",
            "Messaggio automatico, non rispondere.",
        ],
    )


@family("zc_rdv_nl", "not_job", lang="nl", n=ZC_N)
def rdv_nl(ctx: Ctx) -> Draft:
    return _rdv(
        ctx,
        _NL,
        "nl",
        ["Beste {first},", "Geachte heer/mevrouw,", "Hallo,", ""],
        [
            "",
            "Met vriendelijke groet,\nDe assistente",
            "Tot ziens!",
            "Dit is een automatisch bericht.",
        ],
    )


@family("zc_rdv_pt", "not_job", lang="pt", n=ZC_N)
def rdv_pt(ctx: Ctx) -> Draft:
    return _rdv(
        ctx,
        _PT,
        "pt",
        ["Olá,", "Olá {first},", "Exmo(a). Sr(a).,", ""],
        [
            "",
            "Com os melhores cumprimentos,\nA receção",
            "Até breve!",
            "Mensagem automática, não responda.",
        ],
    )
