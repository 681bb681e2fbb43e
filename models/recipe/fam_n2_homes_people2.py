"""Hard negatives, session 10, continued from fam_n2_homes_people.py, which had grown past the
600-line limit: people choosing people for places and loans. A Spanish official language school
publishes its list of "admitidos"; a Brazilian driving exam and a home-loan "proposta
aprovada"; a partner forwards the estate agent's "bod geaccepteerd"; family members send
one-line good news. Hiring words, no job search. Its name sorts right after
fam_n2_homes_people.py (corpus.py imports fam_*.py in name order), so its families keep their
place in the registry and the corpus stays byte-identical.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from kit import Ctx, Draft, ascii_word, family
from n2_kit import day2, neg2, staged, when2
from n_kit import MOBILE, NN_N, at, service_footer
from zc_kit import PERSONAL_HOSTS
from zf_kit import body, bye, fwd_header


@family("n2_es_eoi_admision", "not_job", lang="es", n=NN_N)
def es_eoi_admision(ctx: Ctx) -> Draft:
    eoi = ctx.pick(
        [
            "EOI Madrid-Jesús Maestro",
            "Escuela Oficial de Idiomas de Sevilla",
            "EOI Valencia",
            "EOI Barcelona Drassanes",
        ]
    )
    idioma = ctx.pick(["inglés", "alemán", "francés", "italiano", "chino", "árabe"])
    _stage, subjects, para = staged(
        ctx,
        {
            "listado": (
                [
                    "Publicación del listado provisional de admitidos",
                    "Proceso de admisión: listados",
                ],
                f"le informamos de que se ha publicado el listado provisional de admitidos para el curso de {idioma}. [Su solicitud figura como ADMITIDA.|Su solicitud figura en lista de espera con el número [34|120|268].|Su solicitud figura como EXCLUIDA por falta de documentación; puede presentar alegaciones en un plazo de 3 días hábiles.]",
            ),
            "prueba": (
                ["Prueba de clasificación", f"Citación prueba de nivel de {idioma}"],
                f"queda citado/a para realizar la prueba de clasificación de {idioma} el {when2(ctx, 'es')} en el aula [12|B-3|Salón de actos]. Traiga DNI/NIE y bolígrafo azul.",
            ),
            "matricula": (
                ["Plazo de matrícula", "Formalice su matrícula"],
                f"como alumno/a admitido/a, debe formalizar la matrícula antes del {day2(ctx, 'es')}. Si no lo hace, perderá la plaza y se ofrecerá a la siguiente persona de la lista de espera.",
            ),
            "certificado": (
                ["Resultados de la prueba de certificación", "Calificaciones disponibles"],
                f"ya puede consultar en la secretaría virtual la calificación de la prueba de certificación de nivel [B1|B2|C1] de {idioma}: [APTO|NO APTO].",
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
                    "Secretaría - horario de atención de 9:00 a 13:00.",
                    "No responda a este correo.",
                ]
            ),
        ],
        (eoi, ctx.pick(["secretaria@eoi.example.es", "admision@eoi.example.es"])),
        bye(ctx, "es", "La Secretaría"),
        lang="es",
        greet_p=0.8,
        form=ctx.pick(["plain", "alt"]),
    )


@family("n2_pt_br_detran_exame", "not_job", lang="pt", n=NN_N)
def pt_br_detran_exame(ctx: Ctx) -> Draft:
    detran = ctx.pick(["DETRAN-SP", "DETRAN-RJ", "DETRAN-MG", "DETRAN-PR"])
    _stage, subjects, para = staged(
        ctx,
        {
            "agendado": (
                ["Exame prático agendado", "Confirmação de agendamento"],
                f"seu exame prático de direção (categoria B) foi agendado para {when2(ctx, 'pt')}. Compareça com 30 minutos de antecedência, portando documento original com foto e o RENACH.",
            ),
            "resultado": (
                ["Resultado do exame", "Resultado do exame teórico"],
                "o resultado do seu exame [teórico|prático] já está disponível: [APROVADO(A). Aguarde a emissão da Permissão para Dirigir.|REPROVADO(A). Você poderá remarcar após 15 dias, mediante pagamento de nova taxa.]",
            ),
            "cnh": (
                ["Sua CNH está pronta", "Permissão para Dirigir emitida"],
                "sua Permissão para Dirigir foi emitida e já pode ser consultada na CNH Digital. A via impressa será enviada pelos Correios.",
            ),
            "autoescola": (
                ["Aulas práticas - agenda", "Sua agenda de aulas"],
                f"suas aulas práticas na autoescola estão confirmadas a partir de {day2(ctx, 'pt')}, às [7h|8h|18h]. Faltam [5|8|12] aulas para completar a carga horária mínima.",
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
                    "Esta é uma mensagem automática, não responda.",
                    "Acesse o portal para mais informações.",
                ]
            ),
        ],
        (
            ctx.pick([detran, "Autoescola Avenida", "Poupatempo"]),
            ctx.pick(["naoresponda@detran.example.gov.br", "contato@autoescola.example.com.br"]),
        ),
        bye(ctx, "pt", ctx.pick([detran, "Equipe Poupatempo"])),
        lang="pt",
        greet_p=0.8,
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("n2_pt_br_financiamento_imovel", "not_job", lang="pt", n=NN_N)
def pt_br_financiamento_imovel(ctx: Ctx) -> Draft:
    banco = ctx.pick(["Caixa", "Banco do Brasil", "Itaú", "Bradesco", "Santander"])
    valor = f"R$ {ctx.num(180, 890)}.{ctx.pick(['000', '500'])},00"
    _stage, subjects, para = staged(
        ctx,
        {
            "aprovada": (
                [
                    "Sua proposta de financiamento foi aprovada",
                    "Crédito imobiliário: proposta aprovada",
                ],
                f"temos uma ótima notícia: sua proposta de financiamento imobiliário no valor de {valor} foi aprovada em análise de crédito. O próximo passo é a avaliação do imóvel por um engenheiro credenciado.",
            ),
            "avaliacao": (
                ["Agendamento da vistoria do imóvel", "Avaliação do imóvel"],
                f"a vistoria de avaliação do imóvel foi agendada para {when2(ctx, 'pt')}. O engenheiro entrará em contato com o vendedor para acesso ao imóvel.",
            ),
            "pendencia": (
                ["Pendência na sua proposta", "Documentos pendentes"],
                "identificamos pendências na documentação da sua proposta: [certidão de casamento atualizada|extrato do FGTS|comprovante de renda dos últimos três meses]. Envie pelo app para não atrasar a análise.",
            ),
            "contrato": (
                ["Assinatura do contrato", "Seu contrato está pronto para assinatura"],
                f"seu contrato de financiamento está pronto. A assinatura está marcada para {when2(ctx, 'pt')} na agência. Depois, o contrato deve ser registrado no cartório de imóveis.",
            ),
        },
    )
    host = ascii_word(banco) + ".example.com.br"
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                [
                    "",
                    f"Protocolo: {ctx.num(10**9, 10**10)}",
                    "Dúvidas? Fale com seu correspondente bancário.",
                ]
            ),
        ],
        (
            ctx.pick([f"{banco} Habitação", ctx.person]),
            ctx.pick([f"habitacao@{host}", at(ctx, "correspondente.example.com.br")]),
        ),
        bye(
            ctx,
            "pt",
            ctx.pick([f"Equipe {banco} Habitação", f"{ctx.person}\nCorrespondente bancário"]),
        ),
        lang="pt",
        greet_p=0.85,
        form=ctx.pick(["html", "alt", "plain"]),
        footer=service_footer(ctx, banco, host, "pt") if ctx.chance(0.5) else "",
    )


@family("n2_nl_fwd_bod_makelaar", "not_job", lang="nl", n=NN_N)
def nl_fwd_bod_makelaar(ctx: Ctx) -> Draft:
    adres = ctx.fill(
        f"[Prinsengracht|Lindenlaan|Vondelstraat|Dorpsstraat|Parklaan] {ctx.num(3, 240)}"
    )
    bod = f"€ {ctx.num(285, 790)}.{ctx.pick(['000', '500'])}"
    stage, _subjects, para = staged(
        ctx,
        {
            "geaccepteerd": (
                [""],
                f"Goed nieuws! De verkoper heeft uw bod van {bod} k.k. op {adres} geaccepteerd, onder voorbehoud van financiering en bouwkundige keuring. De koopakte wordt opgesteld door de notaris; de sleuteloverdracht is gepland op [1 maart|15 juni|1 september].",
            ),
            "tegenbod": (
                [""],
                f"De verkoper heeft uw bod van {bod} op {adres} niet geaccepteerd, maar doet een tegenbod. Wilt u mij vóór morgen 12:00 laten weten of u wilt reageren?",
            ),
            "afgewezen": (
                [""],
                f"Helaas heeft de verkoper gekozen voor een ander bod op {adres}. Er waren [8|12|5] biedingen. Ik houd u op de hoogte van nieuwe woningen die aan uw zoekprofiel voldoen.",
            ),
        },
    )
    makelaar = ctx.person
    host = ctx.pick(
        ["makelaardij-devries.example.nl", "vbo-makelaars.example.nl", "aankoopmakelaar.example.nl"]
    )
    mak_addr = at(ctx, host)
    when = ctx.date - timedelta(hours=ctx.num(1, 30))
    inner_subject = ctx.fill(f"[Uw bod op {adres}|Reactie verkoper {adres}|Bod {adres}]")
    note = ctx.fill(
        {
            "geaccepteerd": "[WE HEBBEN HET HUIS!!! 🎉|Ons bod is geaccepteerd!!|Lees dit even... JA!!]",
            "tegenbod": "[Tegenbod, zie hieronder. Vanavond even bellen?|Wat denk jij? Ik zou tot 10k hoger gaan.|Hmm. Bellen?]",
            "afgewezen": "[Balen... zie hieronder.|Helaas pindakaas.|Niet gelukt deze keer 😞]",
        }[stage]
    )
    partner = ctx.pick(["Sanne", "Thijs", "Lotte", "Bram", "Eva", "Joost"])
    partner_name = partner + " " + ctx.pick(["de Vries", "Jansen", "Bakker", "Visser"])
    partner_addr = ascii_word(partner) + str(ctx.num(70, 99)) + "@" + ctx.pick(PERSONAL_HOSTS)
    text = body(
        note,
        f"{partner}\n\n" + ctx.pick(list(MOBILE)),
        fwd_header(
            ctx, makelaar, mak_addr, inner_subject, when, f"{partner_name} <{partner_addr}>"
        ),
        para,
        f"Met vriendelijke groet,\n{makelaar}\nAankoopmakelaar NVM",
    )
    return Draft(
        ctx.pick(["Fwd: ", "FW: ", "Fw: "]) + inner_subject,
        text,
        partner_name,
        partner_addr,
        greet=False,
        sign="",
        lang="nl",
        form=ctx.pick(["plain", "alt"]),
    )


@family("n2_short_family_news", "not_job", n=NN_N)
def short_family_news(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de", "es", "it"])
    lines = {
        "en": [
            (
                "[We got the allotment!!|Allotment!!]",
                "[Top of the waiting list at last|Finally off the waiting list]. Plot [14|7B|31]. Come and dig on [Sunday|Saturday]?",
            ),
            (
                "[Nursery place|Nursery!!|Good news]",
                "[Leo|Ava|Sam] got offered a place at [Little Acorns|Busy Bees|Treetops] from [September|January]!! [Accepted it straight away.|So relieved.]",
            ),
            (
                "[Re: the flat|flat]",
                "[They offered it to someone else|The landlord went with another couple|Didn't get it]. [Gutted. Onwards.|Oh well, next one.]",
            ),
            (
                "[Citizenship!!|Ceremony]",
                "Ceremony is on the [12th|3rd|21st] - you're [both|all] invited. [I passed the test first time :)|Wear something nice!]",
            ),
            (
                "[news|Mum]",
                "Mum's been offered a place at [Oakfield|Rosewood|St Clare's] care home. Start date is [Monday|the 1st]. Can you help with the move?",
            ),
            (
                "[Driving test|!!!]",
                "PASSED!!! [2 minors|No minors|5 minors, who cares]. [Taking the car out tonight.|Road trip?]",
            ),
            (
                "[Re: the choir|choir]",
                "[Got in!|They offered me a place in the altos!] First rehearsal [Wednesday|next week].",
            ),
            (
                "[Re: housing|bid]",
                "[We were 3rd on the list for the flat on Elm Court|Shortlisted for the council flat!!]. [Fingers crossed.|Viewing on Thursday.]",
            ),
            (
                "[school appeal|Re: appeal]",
                "Appeal [won|lost]. [Zara starts at Beechwood in September!!|We'll try the waiting list.]",
            ),
        ],
        "de": [
            (
                "[Kita!!|Kitaplatz]",
                "Wir haben die Zusage für die Kita [Regenbogen|Sonnenblume|Pusteblume] bekommen!! Ab [August|September]. [Ich kann's nicht glauben.|Endlich!]",
            ),
            (
                "[Re: Wohnung|Wohnung]",
                "Absage. [Die Vermieterin hat sich für ein Paar ohne Kinder entschieden.|Die Genossenschaft hat sie an ein älteres Mitglied vergeben.] [Naja.|Weiter suchen.]",
            ),
            ("[Führerschein|!!!]", "Bestanden!!! [🚗|Heute Abend fahr ich euch rum.]"),
            (
                "[Garten|Parzelle]",
                "Wir haben die Parzelle! [Vorstand|Der Verein] hat heute angerufen. [Sonntag grillen?|Laube inklusive!]",
            ),
            (
                "[WG|Zimmer]",
                "[Hab das Zimmer in Ehrenfeld!!|Absage von der WG, schade.] [Erzähl dir später mehr.|]",
            ),
        ],
        "es": [
            (
                "[¡¡El piso!!|Piso]",
                "¡Nos han adjudicado el piso de protección oficial! Firmamos el contrato el [lunes|jueves].",
            ),
            (
                "[Re: guardería|guarde]",
                "Nada, estamos en lista de espera, puesto [23|41|9]. [Qué rabia.|A esperar.]",
            ),
            (
                "[carnet|¡¡Aprobado!!]",
                "¡¡Aprobado el [práctico|teórico]!! [A la primera 😎|Por fin.]",
            ),
            (
                "[abuela|residencia]",
                "[Le han dado plaza a la abuela en la residencia|La abuela sigue en lista de espera para la residencia]. [Te llamo luego.|Ya hablamos.]",
            ),
        ],
        "it": [
            (
                "[Nido!|Nido]",
                "[Giulia è stata ammessa|Tommaso è stato ammesso] al nido [Arcobaleno|Il Girasole]!! [Siamo al settimo cielo.|Che sollievo.]",
            ),
            (
                "[Re: conservatorio|conservatorio]",
                "Idoneo ma non ammesso, per ora. [Speriamo nello scorrimento della graduatoria.|Riproviamo l'anno prossimo.]",
            ),
        ],
    }[lang]
    subject, text = (ctx.fill(part) for part in ctx.pick(lines))
    who = (
        ctx.pick(["Mum", "Dad", "Mamma", "Mama", ctx.person_first])
        if ctx.chance(0.5)
        else ctx.person_first
    )
    sign = ctx.pick(["", "x", "xx", f"{who}", f"{who} x", "😘", "Besos", "Bacioni", "Kuss"])
    if lang == "en" and sign in ("Besos", "Bacioni", "Kuss"):
        sign = "x"
    return Draft(
        subject,
        text,
        who if ctx.chance(0.5) else ctx.person,
        at(ctx, ctx.pick(PERSONAL_HOSTS)),
        greet=False,
        sign=sign + ("\n\n" + ctx.pick(list(MOBILE)) if ctx.chance(0.5) else ""),
        lang=lang,
        form="plain",
    )
