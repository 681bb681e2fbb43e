"""Hard negatives, session 10, continued from fam_o3_workplace.py, which had grown past the
600-line limit: more of the reader's own employer writing to its employee: an office move, a
leader's reorganisation memo naming who joins and who leaves, a Spanish training enrolment,
Italian performance bonus and welfare, Dutch leave and expense approvals; the employers come
from fam_o3_workplace.py. Its name sorts right after fam_o3_workplace.py (corpus.py imports
fam_*.py in name order), so its families keep their place in the registry and the corpus stays
byte-identical.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from fam_o3_workplace import _employer
from kit import Ctx, Draft, family
from n_kit import MOBILE, at
from o3_kit import O3_N, bye, date_x, footer_x, mail, when_x
from zf_kit import weekday_future


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
