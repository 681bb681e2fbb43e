"""More non-English hiring mail, for the stages ``fam_v_intl`` does not cover in each language
(tag ``vx_``): an Italian recruiter's approach, a Swedish reference check, a Brazilian
"not this time" from a local ATS and a Polish application receipt.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_v_intl import _when
from kit import Ctx, Draft, ats_sender, family


@family("vx_it_contatto_recruiter", "recruiter_outreach", lang="it", n=30)
def it_outreach(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    body = ctx.para(
        "Ciao {first},\n\nsono {pfirst}, [recruiter|Talent Acquisition Specialist|HR Specialist] di {co}. Ho visto il tuo profilo su LinkedIn e credo che la tua esperienza possa essere molto interessante per una posizione di {title} che stiamo cercando per il nostro team di [Milano|Roma|Torino|Bologna|Padova].\n\nTi andrebbe di sentirci per una breve chiamata [conoscitiva|di 15 minuti] nei prossimi giorni? Così ti racconto meglio il ruolo e capisco cosa stai cercando.",
        "Buongiorno {first},\n\nmi chiamo {person} e mi occupo di selezione per conto di {co}. Stiamo cercando un/una {title} e il Suo profilo ha attirato la mia attenzione.\n\nSarebbe disponibile per un breve confronto telefonico? [In allegato trova la descrizione della posizione.|Le lascio qui il link all'annuncio: https://careers.{domain}/jobs/{req}]",
        "Ciao {first}! Scusa il messaggio a freddo :) Stiamo crescendo e cerchiamo un/una {title} [full remote|in ibrido]. RAL [35-45k|40-55k|50-65k] + welfare. Se sei curioso/a, rispondimi pure qui e fissiamo una call.",
    )
    sign = ctx.fill(
        "[Un saluto|A presto|Cordiali saluti|Grazie e buona giornata],\n{person}[\n{co}|]"
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Opportunità {title} - {co}",
                "Posizione {title}",
                "Ciao {first}, due minuti?",
                "Una proposta di collaborazione",
                "Il tuo profilo",
            ]
        )
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign, lang="it")


@family("vx_sv_referenser", "other_job", lang="sv", n=30)
def sv_references(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    date, _ = _when(ctx, "sv")
    body = ctx.para(
        "Hej {first}!\n\nTack för senast. Som nästa steg i rekryteringen till tjänsten som {title} vill vi gärna ta referenser. Kan du skicka namn och telefonnummer till [två|tre] referenspersoner, gärna en tidigare chef?",
        "Hej {first},\n\nvi har nu pratat med dina referenser och allt ser bra ut. Vi återkommer inom kort med besked om nästa steg.",
        "Hej!\n\nVi har tagit emot dina intyg och betyg. Tack! Du behöver inte göra något mer just nu.",
        "Hej {first},\n\nen påminnelse om att fylla i bakgrundskontrollen i vår kandidatportal. Vi behöver den senast "
        + date
        + ".",
        "Hej {first},\n\ntjänsten som {title} är tyvärr pausad på grund av en omorganisation. Din ansökan ligger kvar och vi hör av oss när rekryteringen startar igen.",
        "Hej {first},\n\nvi vill bara meddela att processen drar ut lite på tiden. Vi räknar med att kunna ge besked efter vecka [12|34|47]. Tack för ditt tålamod!",
    )
    sign = ctx.fill(
        "[Med vänliga hälsningar|Vänliga hälsningar|Hälsningar],\n{person}\n[Rekryterare|HR-specialist|Talent Acquisition] | {co}"
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Referenser",
                "Rekryteringen till {title}",
                "Uppdatering",
                "Påminnelse",
                "Angående din ansökan",
            ]
        )
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign, lang="sv")


@family("vx_ptbr_nao_selecionado", "rejection", lang="pt", n=30)
def ptbr_reject(ctx: Ctx) -> Draft:
    platform = ctx.pick(["Gupy", "Kenoby", "InHire", ""])
    if platform:
        name, addr = ctx.fill(f"{{co}} via {platform}"), f"no-reply@{platform.lower()}.com.br"
    else:
        name, addr = ats_sender(ctx, ctx.pick(["own", "person"]))
    body = ctx.para(
        "Olá, {first}!\n\nAgradecemos muito sua participação no processo seletivo para a vaga de {title} na {co}. Após uma análise cuidadosa, optamos por seguir com outros candidatos cujo perfil está mais alinhado ao momento da vaga.\n\n[Sabemos que esse não é o retorno que você esperava, mas queremos que saiba que seu currículo continuará em nosso banco de talentos.|Continue acompanhando nossas vagas - novas oportunidades surgem o tempo todo!]",
        "Oi {first}, tudo bem?\n\nPassando para dar um retorno sobre a vaga {title}: infelizmente você não seguirá para a próxima etapa desta vez. Obrigado pelo seu tempo e pela [entrevista|conversa|participação no teste]!",
        "Prezado(a) {first},\n\nInformamos que o processo seletivo para a vaga de {title} foi encerrado e, neste momento, não seguiremos com a sua candidatura. Desejamos sucesso em sua trajetória profissional.",
        "{first}, obrigado por ter participado das etapas da vaga {title}. Foi muito bom te conhecer! Dessa vez decidimos seguir com outra pessoa, mas gostaríamos muito de manter contato.",
    )
    sign = ctx.fill(
        "[Abraços|Um abraço|Atenciosamente|Sucesso!],\n[Time de Recrutamento {co}|Equipe de Gente e Cultura|{person}]"
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Retorno sobre sua candidatura",
                "Processo seletivo {co} - {title}",
                "Atualização da sua candidatura",
                "Obrigado por participar",
                "Sobre a vaga {title}",
            ]
        )
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign, bulk=bool(platform), lang="pt")


@family("vx_pl_potwierdzenie", "confirmation", lang="pl", n=30)
def pl_confirm(ctx: Ctx) -> Draft:
    portal = ctx.pick(["eRecruiter", "Traffit", "HRlink", ""])
    if portal:
        name, addr = ctx.fill(f"{{co}} - {portal}"), f"noreply@{portal.lower()}.example"
    else:
        name, addr = ats_sender(ctx, ctx.pick(["own", "smartrecruiters", "workday"]))
    body = ctx.para(
        "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko {title}. Potwierdzamy jej otrzymanie.\n\nUprzejmie informujemy, że skontaktujemy się tylko z wybranymi kandydatami. [Jeśli zostaniesz zaproszony/a do kolejnego etapu, odezwiemy się w ciągu 14 dni.|]",
        "Cześć {first}!\n\nTwoje CV dotarło do nas - dzięki! Rekruterka prowadząca proces przejrzy je w ciągu [kilku|7] dni roboczych. Jeśli Twój profil będzie pasował, zaprosimy Cię na rozmowę.",
        "Szanowna Pani / Szanowny Panie,\n\npotwierdzamy otrzymanie aplikacji w procesie rekrutacyjnym na stanowisko {title} (nr ref. {req}). Status aplikacji można sprawdzić w panelu kandydata.",
        "Dzień dobry {first},\n\ndziękujemy za zainteresowanie ofertą pracy w {co}. Twoja aplikacja na stanowisko {title} została zapisana w naszej bazie.",
    )
    footer = ctx.fill(
        ctx.pick(
            [
                "Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.",
                "Administratorem danych osobowych jest {legal}, dane przetwarzamy w celu rekrutacji (RODO).",
                "",
            ]
        )
    )
    sign = ctx.fill(
        "[Pozdrawiamy|Z poważaniem|Pozdrawiamy serdecznie],\n[Zespół Rekrutacji {co}|Dział HR|Zespół HR]"
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Potwierdzenie otrzymania aplikacji",
                "Dziękujemy za aplikację - {title}",
                "Twoja aplikacja w {co}",
                "Aplikacja na stanowisko {title}",
                "Potwierdzenie aplikacji (nr ref. {req})",
            ]
        )
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=False,
        sign=sign,
        footer=footer,
        bulk=bool(portal),
        lang="pl",
    )
