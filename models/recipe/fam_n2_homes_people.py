"""Hard negatives, session 10: people choosing people for rooms, places and loans.

A German shared flat invites to a "WG-Casting" and sends a "Zusage" or "Absage"; a British
or Australian flatshare holds "flatmate interviews"; a housing co-operative admits members
and offers a flat; a French nursery committee gives an "avis favorable" and an "entretien"
with the director; a Swedish municipality offers a preschool place with a start date; a
Spanish official language school publishes its list of "admitidos"; a Brazilian driving exam
and a home-loan "proposta aprovada"; a partner forwards the estate agent's "bod
geaccepteerd"; family members send one-line good news. Hiring words, no job search.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from kit import Ctx, Draft, ascii_word, family
from n2_kit import bye2, day2, local_time, neg2, staged, when2
from n_kit import MOBILE, NN_N, at, private, service_footer
from zc_kit import PERSONAL_HOSTS
from zf_kit import body, bye, fwd_header


@family("n2_de_wg_casting", "not_job", lang="de", n=NN_N)
def de_wg_casting(ctx: Ctx) -> Draft:
    zimmer = "[14|16|19|22] m²-Zimmer in [Neukölln|der Südstadt|Connewitz|Ehrenfeld|der Neustadt]"
    _stage, subjects, para = staged(
        ctx,
        {
            "einladung": (
                ["WG-Casting", "Re: Dein Zimmer-Anfrage", "Einladung zum WG-Casting :)"],
                f"danke für deine nette Nachricht zum {zimmer}! Wir würden dich gern kennenlernen und laden dich zum WG-Casting ein: {when2(ctx, 'de')}. Wir sind zu dritt, kochen oft zusammen und suchen keine Zweck-WG. Sag kurz Bescheid, ob das klappt.",
            ),
            "zusage": (
                ["Zusage fürs Zimmer!", "Re: WG-Casting", "Du hast das Zimmer :)"],
                f"wir haben uns nach dem Casting lange beraten und würden dir das Zimmer sehr gern anbieten! Einzug wäre ab [1. Oktober|1. März|Mitte April], die Miete ist [420|480|550] € warm. Gib uns bitte bis {day2(ctx, 'de')} Bescheid, dann schicken wir dir den Untermietvertrag.",
            ),
            "absage": (
                ["Re: WG-Casting", "Absage Zimmer", "Unser Zimmer"],
                "vielen Dank, dass du beim Casting warst, es war echt nett mit dir! Leider haben wir uns für jemand anderen entschieden - es war eine knappe Entscheidung. Wir wünschen dir viel Glück bei der Suche!",
            ),
            "zweites": (
                ["Zweites Kennenlernen?", "Re: Casting am Wochenende"],
                "du bist bei uns in der engeren Auswahl! Hättest du Lust, am [Samstag|Sonntag] nochmal zum Abendessen vorbeizukommen? Dann lernst du auch [Jonas|Max|Leo] kennen, der beim ersten Mal nicht da war.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        # Flatmates write "du": their own greeting, never the kit's formal German ones.
        [
            ctx.fill(
                ctx.pick(["Hey {first}!", "Hi {first},", "Hallo {first},", "Hallo {first} :)"])
            ),
            para,
        ],
        private(ctx),
        ctx.pick(["Liebe Grüße", "LG", "Viele Grüße", "Bis bald!"])
        + f"\n{ctx.person_first}"
        + ctx.pick(["", " (für die WG)", " & die WG"]),
        lang="de",
        greet_p=0.0,
        form=ctx.pick(["plain", "plain", "alt"]),
        footer=ctx.pick(["", "", "Gesendet von meinem iPhone"]),
    )


@family("n2_flatmate_interview", "not_job", n=NN_N)
def flatmate_interview(ctx: Ctx) -> Draft:
    area = ctx.pick(["Peckham", "Clapham", "Newtown", "Fitzroy", "Headingley", "Leith", "Bondi"])
    stage, subjects, para = staged(
        ctx,
        {
            "invite": (
                ["Re: Double room in " + area, "Room viewing", "Re: your message about the room"],
                f"Thanks for your message about the double room in {area}! We're doing viewings / flatmate interviews on {{day}} - could you come by at {local_time(ctx)}? It's pretty informal, just a chat over a cuppa so we can see if we'd all get on. There are [two|three] of us, mostly working from home, fairly tidy.",
            ),
            "offer": (
                ["Re: Room", "The room is yours if you want it!", "Room in " + area],
                "It was really nice to meet you on Tuesday. We all agreed you'd be a great fit, so we'd love to offer you the room! The move-in date would be [the 1st|the 15th|whenever suits after the 1st], rent is [£850|$320 a week|£720] plus bills. The agent will need references and a holding deposit - shall I put you in touch?",
            ),
            "no": (
                ["Re: Room", "Re: flatmate interview", "Thanks for coming round"],
                "Thanks so much for coming to see the flat. Unfortunately we've decided to go with someone else this time - it was a really tough choice. Best of luck finding somewhere, I'm sure you'll find something soon!",
            ),
            "platform": (
                ["New message about your ad", "Someone replied to your Room Wanted ad"],
                f'You have a new message from a flatmate in {area}: "Hi! Saw your room wanted ad - we\'ve got a room coming up. Would you like to come for a flatmate interview?" Reply within 24 hours to stay at the top of their list.',
            ),
        },
    )
    if stage == "platform":
        return neg2(
            ctx,
            subjects,
            [
                para,
                ctx.fill(
                    f"[Read the message|Reply now]: {ctx.url('spareroom.example.co.uk', 'messages')}"
                ),
            ],
            ("SpareRoom", "messages@spareroom.example.co.uk"),
            "The SpareRoom Team",
            greet_p=0.7,
            form=ctx.pick(["html", "alt"]),
            footer=service_footer(ctx, "SpareRoom", "spareroom.example.co.uk"),
        )
    return neg2(
        ctx,
        subjects,
        [para],
        private(ctx),
        ctx.pick(["Cheers,", "Thanks!", "Best,", "x"]) + f"\n{ctx.person_first}",
        greet_p=0.9,
        form="plain",
        footer=ctx.pick(list(MOBILE)),
    )


@family("n2_de_genossenschaft_mitglied", "not_job", lang="de", n=NN_N)
def de_genossenschaft_mitglied(ctx: Ctx) -> Draft:
    geno = ctx.pick(
        [
            "Wohnungsbaugenossenschaft Freie Scholle eG",
            "WBG Zukunft eG",
            "Bauverein der Elbgemeinden eG",
            "Wohnungsgenossenschaft am Ostseeplatz eG",
        ]
    )
    _stage, subjects, para = staged(
        ctx,
        {
            "aufnahme": (
                ["Ihr Antrag auf Mitgliedschaft", "Aufnahme in die Genossenschaft"],
                "der Vorstand hat Ihrem Antrag auf Aufnahme als Mitglied zugestimmt. Bitte zahlen Sie die Pflichtanteile ([3|5] Anteile zu je [200|310] €) innerhalb von vier Wochen ein. Erst danach können wir Sie bei der Wohnungsvergabe berücksichtigen.",
            ),
            "angebot": (
                ["Wohnungsangebot", "Angebot einer Genossenschaftswohnung"],
                f"wir können Ihnen eine [2-Zimmer|3-Zimmer|2,5-Zimmer]-Wohnung ({ctx.num(48, 86)} m², [2. OG|EG|4. OG mit Aufzug]) zum [1. Juli|1. September|1. Januar] anbieten. Eine Besichtigung ist möglich am {when2(ctx, 'de')}. Bitte teilen Sie uns innerhalb von einer Woche mit, ob Sie das Angebot annehmen.",
            ),
            "gespraech": (
                ["Einladung zum Kennenlerngespräch", "Gesprächstermin Wohnungsvergabe"],
                f"im Rahmen der Wohnungsvergabe führen wir mit allen Interessenten ein persönliches Gespräch. Ihr Termin: {when2(ctx, 'de')} in der Geschäftsstelle. Bitte bringen Sie Einkommensnachweise und den WBS (falls vorhanden) mit.",
            ),
            "absage": (
                ["Ihre Bewerbung um eine Wohnung", "Wohnungsvergabe - Rückmeldung"],
                "für die von Ihnen angefragte Wohnung haben wir sehr viele Bewerbungen erhalten und sie an ein langjähriges Mitglied vergeben. Ihre Vormerkung bleibt bestehen.",
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
                    "Sprechzeiten der Geschäftsstelle: Mo und Do 9-12 Uhr, Di 14-18 Uhr.",
                    "Bitte geben Sie bei Rückfragen Ihre Mitgliedsnummer an.",
                ]
            ),
        ],
        (geno, ctx.pick(["vermietung@geno.example.de", at(ctx, "geno.example.de")])),
        bye(ctx, "de", f"{ctx.person}\n[Vermietung|Mitgliederbetreuung]\n{geno}"),
        lang="de",
        greet_p=0.95,
        form=ctx.pick(["plain", "alt"]),
        footer=ctx.pick(
            [
                "",
                f"{geno} | Vorstand: {ctx.person} | Registergericht Amtsgericht, GnR {ctx.num(100, 999)}",
            ]
        ),
    )


@family("n2_fr_creche_commission", "not_job", lang="fr", n=NN_N)
def fr_creche_commission(ctx: Ctx) -> Draft:
    creche = ctx.pick(
        [
            "crèche Les Petits Loups",
            "multi-accueil Les Lucioles",
            "crèche collective Pomme d'Api",
            "micro-crèche Les Ptits Mousses",
        ]
    )
    enfant = ctx.pick(["Louise", "Gabriel", "Jade", "Raphaël", "Inès"])
    _stage, subjects, para = staged(
        ctx,
        {
            "avis": (
                [
                    "Décision de la commission d'attribution des places en crèche",
                    "Votre demande de place en crèche",
                ],
                f"la commission d'attribution des places en accueil collectif s'est réunie le [14|21|28] [mai|juin|mars]. [Elle a émis un avis favorable pour l'accueil de {enfant} à la {creche} à compter de [septembre|janvier].|Nous sommes au regret de vous informer qu'aucune place n'a pu être proposée pour {enfant}. Votre demande reste active pour la prochaine commission.]",
            ),
            "rdv": (
                ["Rendez-vous d'admission", "Entretien avec la directrice de la crèche"],
                f"suite à l'attribution d'une place pour {enfant}, la directrice de la {creche} vous propose un entretien d'admission le {when2(ctx, 'fr')}. Merci d'apporter le carnet de santé, votre avis d'imposition et un justificatif de domicile.",
            ),
            "adaptation": (
                ["Période d'adaptation", f"Adaptation de {enfant}"],
                f"la période d'adaptation de {enfant} commencera le {day2(ctx, 'fr')} : une heure le premier jour, puis nous allongerons progressivement. Prévoyez une tenue de rechange et le doudou !",
            ),
            "confirmation": (
                ["Confirmation de votre acceptation", "Acceptation de la place"],
                f"nous avons bien reçu votre acceptation de la place pour {enfant}. Le contrat d'accueil vous sera remis lors du premier jour. Sans réponse de votre part sous 8 jours, la place aurait été proposée à une autre famille.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(
                ["", "Direction de la Petite Enfance", "Merci de ne pas répondre à ce courriel."]
            ),
        ],
        (
            ctx.pick(["Mairie - Service Petite Enfance", creche.capitalize()]),
            ctx.pick(["petite-enfance@mairie.example.fr", at(ctx, "mairie.example.fr")]),
        ),
        bye(ctx, "fr", ctx.pick(["Le Service Petite Enfance", f"{ctx.person}\nDirectrice"])),
        lang="fr",
        greet_p=0.95,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("n2_sv_forskoleplats", "not_job", lang="sv", n=NN_N)
def sv_forskoleplats(ctx: Ctx) -> Draft:
    forskola = ctx.pick(
        ["Förskolan Solrosen", "Förskolan Ekorren", "Förskolan Humlan", "Förskolan Tallbacken"]
    )
    barn = ctx.pick(["Ella", "Liam", "Wilma", "Noah", "Astrid", "Elias"])
    _stage, subjects, para = staged(
        ctx,
        {
            "erbjudande": (
                ["Erbjudande om förskoleplats", "Placeringserbjudande"],
                f"{barn} erbjuds plats på {forskola} med startdatum {day2(ctx, 'sv')}. Du behöver tacka ja eller nej inom 14 dagar i e-tjänsten. Om du tackar nej står {barn} kvar i kön men förlorar sitt garantidatum.",
            ),
            "inskolning": (
                ["Välkommen till förskolan!", "Information om inskolning"],
                f"välkommen till {forskola}! Inskolningen för {barn} börjar {when2(ctx, 'sv')}. Vi har föräldraaktiv inskolning, vilket betyder att du är med hela dagarna den första veckan.",
            ),
            "ko": (
                ["Bekräftelse på köanmälan", "Din ansökan om förskoleplats"],
                f"vi har tagit emot din ansökan om förskoleplats för {barn}. Önskat placeringsdatum är registrerat. Du får ett erbjudande senast fyra månader efter önskat datum.",
            ),
            "samtal": (
                ["Inbjudan till utvecklingssamtal", "Dags för utvecklingssamtal"],
                f"nu är det dags för utvecklingssamtal om {barn}. Boka en tid som passar via länken i Vklass. Samtalet tar ca 30 minuter.",
            ),
        },
    )
    return neg2(
        ctx,
        subjects,
        [
            para,
            ctx.pick(["", "Detta mejl kan inte besvaras.", "Frågor? Kontakta förskoleenheten."]),
        ],
        (
            ctx.pick(["Förskoleförvaltningen", forskola, "Barn- och utbildningsförvaltningen"]),
            ctx.pick(["noreply@kommun.example.se", at(ctx, "kommun.example.se")]),
        ),
        bye2(ctx, "sv", ctx.pick(["Placeringsenheten", f"{ctx.person}\nförskolechef, {forskola}"])),
        lang="sv",
        greet_p=0.9,
        form=ctx.pick(["plain", "html", "alt"]),
    )


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
