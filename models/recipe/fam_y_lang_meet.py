"""``ml_`` families, part 2: interview invitations and technical rounds (tests techniques,
Coding-Challenges, prueba técnica, case studies) in French, German, Spanish, Italian, Dutch
and Portuguese, from formal HR invitations to a hiring manager's informal note.
"""

# ruff: noqa: E501

from __future__ import annotations

from fam_y_lang_base import L, ats, body, footer, person_addr, pick_lang, sign
from kit import Calendar, Ctx, Draft, family


@family("ml_interview_invite", "interview", n=42)
def interview_invite(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    t = {
        "fr": (
            [
                "Invitation à un entretien - {title}",
                "Entretien chez {co}",
                "Proposition d'entretien",
                "Votre candidature : prochaine étape",
            ],
            [
                "Votre candidature au poste de {title} a retenu toute notre attention et nous souhaiterions vous rencontrer.",
                "Suite à votre candidature, nous aimerions échanger avec vous lors d'un premier entretien [téléphonique|en visio|dans nos locaux].",
            ],
            [
                "Seriez-vous disponible %D ? L'entretien durera environ [30|45] minutes[ sur Teams| sur Google Meet|].",
                "Je vous propose un créneau %D. Si cela ne vous convient pas, merci de m'indiquer vos disponibilités.",
            ],
            "Entretien {co}",
        ),
        "de": (
            [
                "Einladung zum Vorstellungsgespräch",
                "Einladung zum Kennenlerngespräch - {title}",
                "Ihre Bewerbung bei {co}: nächste Schritte",
                "Terminvorschlag Vorstellungsgespräch",
            ],
            [
                "Ihre Bewerbungsunterlagen haben uns überzeugt und wir würden Sie gerne persönlich kennenlernen.",
                "vielen Dank für Ihre Bewerbung als {title}. Gerne möchten wir Sie zu einem ersten Kennenlerngespräch [per Videocall|vor Ort in {city}|telefonisch] einladen.",
            ],
            [
                "Passt es Ihnen %D? Das Gespräch dauert ca. [30|45|60] Minuten.",
                "Wir würden uns freuen, Sie %D begrüßen zu dürfen. Bitte bestätigen Sie uns kurz, ob der Termin für Sie passt.",
            ],
            "Vorstellungsgespräch {co}",
        ),
        "es": (
            [
                "Invitación a entrevista - {title}",
                "Entrevista con {co}",
                "Siguiente paso en tu candidatura",
                "¿Hablamos?",
            ],
            [
                "Tu perfil nos ha parecido muy interesante y nos gustaría conocerte.",
                "Gracias por tu candidatura a {title}. Queremos invitarte a una primera entrevista [telefónica|por videollamada|presencial en nuestras oficinas].",
            ],
            [
                "¿Te vendría bien %D? La entrevista durará unos [30|45] minutos.",
                "Te proponemos %D. Si no te encaja, dinos tu disponibilidad esta semana.",
            ],
            "Entrevista {co}",
        ),
        "it": (
            [
                "Invito a colloquio - {title}",
                "Colloquio conoscitivo con {co}",
                "Convocazione colloquio",
                "Prossimi passi",
            ],
            [
                "Abbiamo letto con interesse la Sua candidatura e vorremmo conoscerLa di persona.",
                "grazie per la tua candidatura per {title}: ci piacerebbe fissare un primo colloquio [telefonico|su Teams|in sede a {city}].",
            ],
            [
                "Sarebbe disponibile %D? Il colloquio durerà circa 30 minuti.",
                "Ti proponiamo %D. Fammi sapere se ti va bene o indicami altre disponibilità.",
            ],
            "Colloquio {co}",
        ),
        "nl": (
            [
                "Uitnodiging sollicitatiegesprek",
                "Uitnodiging kennismakingsgesprek - {title}",
                "Je sollicitatie: volgende stap",
                "Even kennismaken?",
            ],
            [
                "We zijn enthousiast over je sollicitatie en willen graag met je kennismaken.",
                "Bedankt voor je sollicitatie als {title}. Graag nodigen we je uit voor een eerste gesprek [via Teams|op ons kantoor in {city}|telefonisch].",
            ],
            [
                "Schikt het je %D? Het gesprek duurt ongeveer [45|60] minuten.",
                "Ben je beschikbaar %D? Laat het even weten, dan stuur ik een uitnodiging.",
            ],
            "Gesprek {co}",
        ),
        "pt_br": (
            [
                "Convite para entrevista - {title}",
                "Entrevista com a {co}",
                "Próxima etapa do processo seletivo",
                "Bora conversar?",
            ],
            [
                "Gostamos muito do seu perfil e queremos te conhecer melhor!",
                "Parabéns, você avançou para a etapa de entrevista com o RH para a vaga de {title}.",
            ],
            [
                "Você teria disponibilidade %D? A conversa dura uns 30 minutos pelo Google Meet.",
                "Agende o melhor horário para você pelo link: {link}",
            ],
            "Entrevista RH {co}",
        ),
        "pt_pt": (
            [
                "Convite para entrevista",
                "Entrevista - {title}",
                "Próxima fase do processo de recrutamento",
            ],
            [
                "Gostaríamos de o(a) convidar para uma entrevista no âmbito da sua candidatura a {title}.",
                "O seu perfil despertou o nosso interesse e gostaríamos de conversar consigo.",
            ],
            [
                "Teria disponibilidade %D? A entrevista terá a duração de cerca de 45 minutos [por Teams|nas nossas instalações em {city}].",
                "Proponho %D. Caso não lhe seja possível, indique-nos alternativas.",
            ],
            "Entrevista {co}",
        ),
    }[lang]
    subj, opener, slot, summary = t
    name, addr = ats(ctx, lang) if ctx.chance(0.4) else person_addr(ctx)
    paras = [L(ctx, lang, ctx.pick(opener)), L(ctx, lang, ctx.pick(slot))]
    cal = None
    if ctx.chance(0.3):
        cal = Calendar(L(ctx, lang, summary), ctx.future(2, 10), minutes=45)
    return Draft(
        L(ctx, lang, ctx.pick(subj)),
        body(ctx, lang, paras),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang),
        footer=footer(ctx, lang, 0.2),
        calendar=cal,
        lang=lang,
    )


@family("ml_interview_casual", "interview", n=32)
def interview_casual(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    lines = {
        "fr": [
            "J'ai vu passer ta candidature pour {title}, ton parcours m'a bien plu ! On se cale un petit call de 20 min pour faire connaissance ? Dispo %D ?",
            "Tu as le temps pour un échange rapide cette semaine ? Je voudrais te présenter l'équipe et le poste. Voici mon Calendly : {link}",
        ],
        "de": [
            "ich hab mir deine Bewerbung als {title} angeschaut und fand sie richtig spannend. Hast du Lust auf ein kurzes Telefonat (ca. 20 Min.)? Wie wäre es %D?",
            "kurze Frage: Hättest du diese Woche Zeit für einen ersten Call? Such dir gern einen Slot aus: {link}",
        ],
        "es": [
            "he visto tu candidatura para {title} y me ha encantado tu perfil. ¿Tienes 20 minutos para una llamada rápida? ¿Te va bien %D?",
            "¿hablamos esta semana? Quiero contarte más del puesto y conocerte. Aquí puedes elegir hueco: {link}",
        ],
        "it": [
            "ho visto la tua candidatura per {title} e mi piacerebbe fare una chiacchierata conoscitiva. Ti andrebbe una call di 20 minuti %D?",
            "hai tempo questa settimana per una breve telefonata? Prenota pure uno slot qui: {link}",
        ],
        "nl": [
            "ik zag je sollicitatie voor {title} voorbijkomen en ben benieuwd naar je! Zullen we even bellen, ongeveer 20 minuten? Past het %D?",
            "heb je deze week tijd voor een kort belletje? Plan gerust iets in via {link}",
        ],
        "pt_br": [
            "vi sua candidatura pra {title} e curti muito seu perfil! Topa um bate-papo rápido de 20 min? Pode ser %D?",
            "bora marcar uma call rapidinha essa semana? Escolhe um horário aqui: {link}",
        ],
        "pt_pt": [
            "vi a tua candidatura para {title} e gostava de falar contigo. Tens 20 minutos para uma chamada %D?",
            "podemos falar esta semana? Escolhe um horário aqui: {link}",
        ],
    }
    subj = {
        "fr": ["Petit call ?", "Ta candidature {title}", "On en parle ?", "Re: candidature"],
        "de": ["Kurzes Telefonat?", "Deine Bewerbung", "Kennenlernen?", "Re: {title}"],
        "es": ["¿Llamada rápida?", "Tu candidatura", "¿Hablamos?", "Re: {title}"],
        "it": ["Due chiacchiere?", "La tua candidatura", "Call conoscitiva", "Re: {title}"],
        "nl": ["Even bellen?", "Je sollicitatie", "Kennismaken", "Re: {title}"],
        "pt_br": ["Bate-papo?", "Sua candidatura", "Bora conversar?", "Re: {title}"],
        "pt_pt": ["Falamos?", "A tua candidatura", "Chamada rápida", "Re: {title}"],
    }
    name, addr = person_addr(ctx)
    return Draft(
        L(ctx, lang, ctx.pick(subj[lang])),
        body(ctx, lang, [L(ctx, lang, ctx.pick(lines[lang]))], casual=True),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang, casual=True),
        form="plain",
        lang=lang,
    )


@family("ml_tech_test", "technical_round", n=40)
def tech_test(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    t = {
        "fr": (
            [
                "Test technique - {title}",
                "Prochaine étape : exercice technique",
                "Votre test technique {co}",
                "Cas pratique à réaliser",
            ],
            [
                "Suite à votre entretien avec notre équipe RH, nous avons le plaisir de vous proposer la prochaine étape : un test technique.",
                "Bonne nouvelle, tu passes à l'étape suivante ! On te propose un petit exercice technique à faire chez toi.",
            ],
            [
                "Vous recevrez un lien vers la plateforme [CodinGame|HackerRank|Codility] ; vous aurez 90 minutes pour le compléter, à réaliser avant %D.",
                "Le sujet est en pièce jointe (3 à 4 heures maximum), à rendre sous forme de repo GitHub avant %D.",
                "Le cas pratique sera ensuite présenté à l'équipe lors d'un entretien technique de 1h.",
            ],
        ),
        "de": (
            [
                "Technische Aufgabe - {title}",
                "Nächster Schritt: Coding-Challenge",
                "Einladung zum Fachgespräch",
                "Ihre Case Study für {co}",
            ],
            [
                "nach dem angenehmen Erstgespräch möchten wir Sie gerne zur nächsten Runde einladen: einem technischen Interview mit zwei Kolleg:innen aus dem Team.",
                "du bist eine Runde weiter! Als nächstes kommt eine kleine Coding-Challenge, die du bequem von zu Hause lösen kannst.",
            ],
            [
                "Den Link zur Aufgabe auf [HackerRank|Codility|CoderPad] erhalten Sie separat; Sie haben dafür 2 Stunden Zeit. Bitte bearbeiten Sie sie bis %D.",
                "Im Fachgespräch %D gehen wir gemeinsam Ihre Lösung durch und machen etwas Live-Coding.",
                "Die Aufgabe liegt im Anhang (Aufwand ca. 3 Stunden), Abgabe als Git-Repository bis %D.",
            ],
        ),
        "es": (
            [
                "Prueba técnica - {title}",
                "Siguiente fase: entrevista técnica",
                "Tu prueba técnica para {co}",
                "Caso práctico",
            ],
            [
                "¡Enhorabuena! Has superado la primera entrevista y pasas a la fase técnica del proceso.",
                "Tras la entrevista con RRHH, el siguiente paso es una prueba técnica.",
            ],
            [
                "Te enviaremos un enlace a [HackerRank|Codility|CoderByte]; tendrás 90 minutos para completarla antes de %D.",
                "La entrevista técnica con el equipo será %D y durará una hora, con algo de live coding.",
                "Te adjuntamos el caso práctico. Tienes hasta %D para enviarnos tu solución.",
            ],
        ),
        "it": (
            [
                "Prova tecnica - {title}",
                "Secondo colloquio tecnico",
                "Test tecnico {co}",
                "Caso studio",
            ],
            [
                "a seguito del primo colloquio, siamo lieti di invitarLa alla fase successiva: un colloquio tecnico con il team di sviluppo.",
                "complimenti, hai superato il primo step! Il prossimo passo è un test tecnico online.",
            ],
            [
                "Il link alla piattaforma [HackerRank|Codility] arriverà a breve: 2 ore di tempo, da completare entro %D.",
                "Il colloquio tecnico si terrà %D su Teams e comprenderà un esercizio di live coding.",
                "In allegato il caso studio, da presentare al team %D.",
            ],
        ),
        "nl": (
            [
                "Technische opdracht - {title}",
                "Tweede gesprek: technisch interview",
                "Je case voor {co}",
                "Volgende ronde",
            ],
            [
                "Leuk nieuws: je bent door naar de volgende ronde! Die bestaat uit een technische opdracht.",
                "Na het eerste gesprek nodigen we je graag uit voor een technisch interview met twee developers uit het team.",
            ],
            [
                "Je ontvangt een link naar [Codility|HackerRank]; je hebt 90 minuten en de deadline is %D.",
                "Het technische gesprek staat gepland %D en duurt ongeveer anderhalf uur, inclusief een pair-programming sessie.",
                "In de bijlage vind je de case. Stuur je uitwerking uiterlijk %D.",
            ],
        ),
        "pt_br": (
            [
                "Teste técnico - {title}",
                "Próxima etapa: desafio técnico",
                "Seu case para a {co}",
                "Entrevista técnica",
            ],
            [
                "Parabéns, você avançou para a etapa técnica do processo seletivo!",
                "Depois da conversa com o RH, a próxima etapa é um desafio técnico.",
            ],
            [
                "O desafio está no link abaixo e o prazo de entrega é até %D. Suba sua solução num repositório no GitHub.",
                "A entrevista técnica com o time será %D e inclui live coding.",
                "Você vai receber um link do [HackerRank|Codility] e terá 90 minutos para concluir.",
            ],
        ),
        "pt_pt": (
            ["Prova técnica - {title}", "Próxima fase: entrevista técnica", "Desafio técnico {co}"],
            [
                "Temos o prazer de informar que passou à fase técnica do processo de recrutamento.",
                "Parabéns, passaste à fase seguinte: um desafio técnico.",
            ],
            [
                "Segue em breve um link para a plataforma [Codility|HackerRank]: 90 minutos, até %D.",
                "A entrevista técnica com a equipa será %D, por Teams.",
            ],
        ),
    }[lang]
    subj, opener, detail = t
    name, addr = ats(ctx, lang) if ctx.chance(0.35) else person_addr(ctx)
    i = ctx.num(0, 1)  # fr/de/it/pt_pt: the second opener is the informal one
    casual = i == 1 if lang in ("fr", "de", "it", "pt_pt") else ctx.chance(0.5)
    paras = [L(ctx, lang, opener[i]), L(ctx, lang, ctx.pick(detail))]
    if ctx.chance(0.35):
        paras.append(L(ctx, lang, ctx.pick(detail)))
    return Draft(
        L(ctx, lang, ctx.pick(subj)),
        body(ctx, lang, list(dict.fromkeys(paras)), casual=casual),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang),
        footer=footer(ctx, lang, 0.2),
        lang=lang,
    )


@family("ml_tech_panel_schedule", "technical_round", n=30)
def tech_panel(ctx: Ctx) -> Draft:
    lang = pick_lang(ctx)
    lines = {
        "fr": [
            "Ton test a beaucoup plu à l'équipe 👏 On aimerait maintenant organiser le debrief technique avec [notre CTO|deux devs de l'équipe|le lead data] %D. Ça te va ?",
            "Nous avons le plaisir de vous convier à l'entretien technique (2e tour) avec le manager de l'équipe %D. Prévoyez environ 1h30, avec une partie system design.",
        ],
        "de": [
            "dein Code hat uns überzeugt! Als nächstes würden wir gern das technische Interview mit [unserem CTO|dem Teamlead|zwei Entwickler:innen] machen, %D. Passt das?",
            "gerne laden wir Sie zur zweiten Runde ein: ein technisches Interview (System Design und Live-Coding) %D, ca. 90 Minuten.",
        ],
        "es": [
            "¡Al equipo le ha encantado tu prueba! Queremos hacer la entrevista técnica con [el CTO|dos personas del equipo] %D. ¿Te encaja?",
            "Nos gustaría convocarte a la segunda ronda: entrevista técnica con el responsable del equipo %D (1h30 aprox., diseño de sistemas).",
        ],
        "it": [
            "il tuo test è piaciuto molto al team! Vorremmo fissare il colloquio tecnico con [il CTO|il team lead] %D. Ti va bene?",
            "siamo lieti di invitarLa al secondo colloquio, di natura tecnica, con il responsabile del team %D.",
        ],
        "nl": [
            "het team was erg te spreken over je opdracht! We willen graag het technische vervolggesprek plannen met [onze CTO|de tech lead] %D. Lukt dat?",
            "graag nodigen we u uit voor de tweede, technische gespreksronde %D (ca. 90 minuten, inclusief system design).",
        ],
        "pt_br": [
            "o time curtiu muito seu case! Bora marcar a entrevista técnica com [o CTO|a tech lead|dois devs do time] %D?",
            "você foi aprovado(a) no teste e seguimos para a entrevista técnica com o gestor %D (cerca de 1h30, com system design).",
        ],
        "pt_pt": [
            "a equipa gostou muito do teu desafio! Queremos marcar a entrevista técnica com [o CTO|o team lead] %D. Dá-te jeito?",
            "temos o prazer de o(a) convidar para a segunda entrevista, de cariz técnico, %D.",
        ],
    }
    subj = {
        "fr": ["Entretien technique", "2e tour - {title}", "Re: test technique", "Prochaine étape"],
        "de": [
            "Technisches Interview",
            "Zweite Runde - {title}",
            "Re: Coding-Challenge",
            "Nächste Runde",
        ],
        "es": [
            "Entrevista técnica",
            "Segunda ronda - {title}",
            "Re: prueba técnica",
            "Siguiente paso",
        ],
        "it": ["Colloquio tecnico", "Secondo step - {title}", "Re: test tecnico", "Prossimo step"],
        "nl": ["Technisch gesprek", "Tweede ronde - {title}", "Re: opdracht", "Volgende stap"],
        "pt_br": [
            "Entrevista técnica",
            "Segunda etapa - {title}",
            "Re: case técnico",
            "Próximo passo",
        ],
        "pt_pt": ["Entrevista técnica", "Segunda fase - {title}", "Re: desafio", "Próximo passo"],
    }
    name, addr = person_addr(ctx)
    i = ctx.num(0, 1)  # the first line of each language is the informal one
    cal = (
        Calendar(L(ctx, lang, "Tech interview - {title}"), ctx.future(2, 9), 90)
        if ctx.chance(0.3)
        else None
    )
    return Draft(
        L(ctx, lang, ctx.pick(subj[lang])),
        body(ctx, lang, [L(ctx, lang, lines[lang][i])], casual=i == 0),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang, casual=i == 0),
        calendar=cal,
        lang=lang,
    )
