"""Template families (session 12, helper H6): public-employer and trade mail in Spanish, French
and Portuguese the corpus lacked: a Spanish town hall or health area calling a candidate from
its job pool (llamamiento de bolsa) with a temporary contract, a French town hall's summons to a
recruitment panel (convocation à un entretien devant un jury) and a Portuguese shop or clinic's
practical test (prova prática) before hiring.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h6_kit import go, h6
from j2_kit import at, day, join, person_addr
from kit import Ctx, Draft
from zf_kit import weekday_future


@h6("h6_of_es_llamamiento_bolsa", "offer", lang="es")
def es_job_pool_call(ctx: Ctx) -> Draft:
    """A Spanish public employer offers a temporary contract to the next person on its job pool."""
    go(ctx, "es_public")
    start = weekday_future(ctx, 2, 10)
    text = join(
        ctx.fill(ctx.pick(["Estimado/a {first} {last}:", "Buenos días,", "Sr./Sra. {last}:"])),
        ctx.para(
            "Conforme al orden de la bolsa de trabajo de {title}, le comunicamos que se le ofrece un contrato de sustitución con incorporación el "
            + day(ctx, start, "es")
            + ".",
            "Por la presente se le realiza llamamiento desde la bolsa de empleo temporal de la categoría de {title} para cubrir una vacante "
            + ctx.pick(
                [
                    "por baja por IT",
                    "durante el periodo estival",
                    "de interinidad",
                    "a media jornada",
                ]
            )
            + ".",
            "Le informamos de que, según su posición en la bolsa ({title}), le corresponde una oferta de nombramiento temporal.",
        ),
        "Duración prevista: "
        + ctx.pick(
            [
                "3 meses",
                "hasta la reincorporación de la persona titular",
                "del " + day(ctx, start, "es") + " al 30 de septiembre",
                "6 meses",
            ]
        )
        + "\nJornada: "
        + ctx.pick(["completa", "parcial (20 h/semana)", "turno de mañana", "turnos rotatorios"]),
        ctx.para(
            "Deberá comunicar su aceptación o renuncia en el plazo de 24 horas respondiendo a este correo. La falta de respuesta se considerará renuncia y pasará al final de la lista.",
            "Rogamos confirme su aceptación por escrito en un plazo de dos días hábiles. En caso de aceptar, deberá presentar DNI, titulación y número de la Seguridad Social en el Departamento de Personal.",
            "Para aceptar, conteste a este correo o llame al Departamento de Personal antes de las 14:00 de mañana.",
        ),
        ctx.fill(
            "Atentamente,\n[Departamento de Personal|Unidad de Recursos Humanos|{person}, Negociado de Personal]\n{legal}"
        ),
    )
    subject = ctx.para(
        "Llamamiento bolsa de empleo - {title}",
        "Oferta de contrato temporal",
        "Llamamiento bolsa de trabajo",
        "Oferta de nombramiento - bolsa {title}",
    )
    return Draft(
        subject,
        text,
        ctx.para("{legal}", "Personal - {co}", "{person}"),
        ctx.pick(["personal@", "rrhh@", "bolsa.empleo@"]) + ctx.domain,
        greet=False,
        sign="",
        lang="es",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@h6("h6_iv_fr_mairie_convocation_jury", "interview", lang="fr")
def fr_town_panel(ctx: Ctx) -> Draft:
    """A French town hall or intercommunality summons a candidate to a recruitment panel."""
    go(ctx, "fr_public")
    when = weekday_future(ctx, 4, 15)
    text = join(
        ctx.fill(ctx.pick(["Madame, Monsieur,", "Bonjour {first} {last},", "Bonjour,"])),
        ctx.para(
            "Suite à votre candidature au poste de {title}, nous avons le plaisir de vous convoquer à un entretien devant un jury de recrutement.",
            "Votre candidature pour le poste de {title} a retenu notre attention. Vous êtes invité(e) à vous présenter à un entretien de recrutement.",
            "J'ai le plaisir de vous informer que votre candidature a été retenue pour un entretien (poste : {title}).",
        ),
        "Date : "
        + at(ctx, when, "fr")
        + "\nLieu : "
        + ctx.pick(
            [
                "salle du conseil",
                "siège de la communauté de communes, 2e étage",
                "mairie annexe, bureau des ressources humaines",
            ]
        ),
        ctx.para(
            "Le jury sera composé de l'élu(e) en charge du personnel, de la directrice générale des services et du responsable du service.",
            "L'entretien durera environ 30 minutes et pourra être précédé d'une courte mise en situation.",
            "Merci de vous munir d'une pièce d'identité et, le cas échéant, de votre arrêté de situation administrative.",
        ),
        ctx.para(
            "Merci de confirmer votre présence par retour de mail.",
            "En cas d'empêchement, merci de prévenir le service RH au plus vite.",
            "",
        ),
        ctx.fill(
            "[Cordialement|Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.]\n[Le service Ressources Humaines|{person}, gestionnaire RH|Pour le Maire, la DGS]\n{legal}"
        ),
    )
    subject = ctx.para(
        "Convocation entretien - {title}",
        "Convocation à un entretien de recrutement",
        "Votre candidature au poste de {title}",
        "Recrutement {title} - convocation",
    )
    return Draft(
        subject,
        text,
        ctx.para("{co}", "Ressources Humaines - {co}", "{person}"),
        ctx.pick(["rh@", "recrutement@", "mairie@"]) + ctx.domain,
        greet=False,
        sign="",
        lang="fr",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@h6("h6_tr_pt_prova_pratica", "technical_round", lang="pt")
def pt_practical_test(ctx: Ctx) -> Draft:
    """A Portuguese pastry shop, clinic or school asks a shortlisted candidate to a practical test."""
    go(ctx, "pt_small")
    when = weekday_future(ctx, 2, 9)
    text = join(
        ctx.fill(
            ctx.pick(
                [
                    "Olá {first},",
                    "Bom dia {first},",
                    "Cara candidata / Caro candidato,",
                    "Boa tarde,",
                ]
            )
        ),
        ctx.para(
            "Na sequência da entrevista, gostaríamos que viesse fazer uma prova prática para a função de {title}.",
            "Passou à fase seguinte do processo de recrutamento ({title}): uma prova prática nas nossas instalações.",
            "Obrigada pela conversa de ontem. O próximo passo é uma pequena prova prática.",
        ),
        "Data: "
        + at(ctx, when, "pt")
        + "\nDuração: "
        + ctx.pick(["cerca de 2 horas", "1 hora", "a manhã"]),
        ctx.para(
            "Na prova vai "
            + {
                "pastelariaavenida.pt": ctx.pick(
                    ["preparar duas receitas da nossa montra", "fazer um turno de balcão connosco"]
                ),
                "clinicasorriso.pt": ctx.pick(
                    [
                        "preparar um gabinete para consulta",
                        "fazer o atendimento de um paciente simulado",
                    ]
                ),
                "colegiosaojose.pt": ctx.pick(
                    ["dar uma aula de 20 minutos a uma turma", "acompanhar uma manhã na sala"]
                ),
            }[ctx._co.domain]
            + ".",
            "Traga a sua farda / roupa de trabalho e calçado adequado.",
            "A prova é avaliada pela direção e por um elemento da equipa.",
        ),
        ctx.para("Agradeço que confirme a sua presença.", "Qualquer questão, estou ao dispor.", ""),
        ctx.fill(
            "[Com os melhores cumprimentos,|Cumprimentos,|Obrigada,]\n{person}\n[Direção|Recursos Humanos|Gerência]\n{co}"
        ),
    )
    subject = ctx.para(
        "Prova prática - {title}",
        "Processo de recrutamento: prova prática",
        "Re: Entrevista",
        "Próxima fase do recrutamento",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="pt",
        form=ctx.pick(["plain", "alt"]),
    )
