"""Hiring mail in Italian, Dutch, Portuguese (BR and PT), Polish and Swedish, plus English
templates that carry a local greeting and footer (tag ``vx_``).

Job seekers in Europe and Brazil get most of their hiring mail in the local language, often
from local ATSs, with GDPR/RODO/AVG footers and local date formats; multinational recruiters
write English but greet and sign in the local language. Each family is one category in one
language, in that language's own idiom (not a translation of an English template).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ats_sender, family

_DAYS = {
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"),
    "pl": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag"),
}
_MONTHS = {
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}


def _when(ctx: Ctx, lang: str) -> tuple[str, str]:
    """A weekday + date and a 24-hour time written the way that language writes them."""
    d = ctx.future(2, 14)
    day = _DAYS[lang][d.weekday() % 5]
    month = _MONTHS[lang].split()[d.month - 1]
    if lang == "pl":
        date = ctx.pick(
            [f"{d.day} {month} ({day})", f"{d.day:02d}.{d.month:02d}", f"{d.day} {month}"]
        )
    elif lang == "pt":
        date = ctx.pick(
            [f"{day}, dia {d.day} de {month}", f"{d.day}/{d.month:02d}", f"{d.day} de {month}"]
        )
    elif lang == "it":
        date = ctx.pick(
            [f"{day} {d.day} {month}", f"{day} {d.day}/{d.month}", f"il {d.day} {month}"]
        )
    else:
        date = ctx.pick([f"{day} {d.day} {month}", f"{day} {d.day}/{d.month}", f"{d.day} {month}"])
    time = ctx.pick(
        [f"{d.hour}:{d.minute:02d}", f"{d.hour}.{d.minute:02d}", f"{d.hour}:{d.minute:02d}"]
    )
    return date, time


def _person_sender(ctx: Ctx) -> tuple[str, str]:
    return ats_sender(ctx, "person")


@family("vx_it_colloquio", "interview", lang="it", n=30)
def it_interview(ctx: Ctx) -> Draft:
    date, time = _when(ctx, "it")
    style = ctx.pick(["formal", "formal", "startup", "confirm"])
    if style == "formal":
        name, addr = (
            ctx.fill("[Selezione del Personale {co}|{co} - Risorse Umane|{person}]"),
            ctx.fill("[selezione|recruiting|hr]@{domain}"),
        )
        body = ctx.fill(
            "Gentile {first} {last},\n\n"
            "La ringraziamo per aver inviato la Sua candidatura per la posizione di {title} presso {co}. "
            "[Abbiamo il piacere di invitarLa a un primo colloquio conoscitivo|Saremmo lieti di incontrarLa per un colloquio di selezione|Il Suo profilo ha suscitato il nostro interesse e vorremmo approfondire la Sua esperienza in un colloquio], "
            f"che si svolgerà [in videochiamata su Microsoft Teams|telefonicamente|presso la nostra sede di [Milano|Roma|Torino|Bologna], Via [Roma|Garibaldi|Mazzini] [12|45|3]] {date} alle ore {time}.\n\n"
            "La preghiamo di confermare la Sua disponibilità rispondendo a questa e-mail.[ Qualora la data proposta non fosse compatibile con i Suoi impegni, non esiti a indicarci alcune alternative.|]"
            "[\n\nLe chiediamo di portare con sé un documento d'identità e una copia aggiornata del CV.|]"
        )
        sign = ctx.fill(
            "[Cordiali saluti|Distinti saluti|Un cordiale saluto],\n{person}\n[HR Recruiter|Talent Acquisition Specialist|Ufficio Risorse Umane] - {co}"
        )
    elif style == "startup":
        name, addr = _person_sender(ctx)
        body = ctx.fill(
            "Ciao {first}!\n\n"
            "Grazie per esserti candidat[o|a|o/a] per il ruolo di {title}. Il tuo profilo ci è piaciuto [molto|parecchio] e vorremmo conoscerti meglio con una chiacchierata di [20|30] minuti con [me|il nostro hiring manager|{pfirst}, il nostro CTO]. "
            "[Puoi scegliere lo slot che preferisci qui: {link}|Ti andrebbe bene "
            + date
            + " alle "
            + time
            + "? Altrimenti dimmi tu quando sei libero.]"
        )
        sign = ctx.fill("[A presto|Buona giornata|Un saluto],\n{pfirst}[\n{co}|]")
    else:
        name, addr = _person_sender(ctx)
        body = ctx.fill(
            "Buongiorno {first},\n\n"
            f"come da accordi telefonici Le confermo il colloquio di {date} alle {time} con {{person}}, [Responsabile del personale|HR Business Partner|Direttore tecnico|Store Manager]. "
            "[Di seguito il link per collegarsi: https://meet.google.com/[abc|kqe|xrt]-[defg|mnop]-[hij|xyz]|L'indirizzo è quello della nostra sede: Via [Roma|Verdi|Dante] [8|21], [Milano|Padova|Firenze].]\n\n"
            "[Resto a disposizione per qualsiasi chiarimento.|Per qualsiasi necessità può contattarmi a questo indirizzo.]"
        )
        sign = ctx.fill("[Cordiali saluti|Saluti],\n{person}")
    footer = ctx.pick(
        [
            "Ai sensi del Regolamento UE 2016/679 (GDPR), i Suoi dati personali saranno trattati esclusivamente ai fini della selezione.",
            "Questo messaggio e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario indicato. Se ha ricevuto questa e-mail per errore, La preghiamo di cancellarla e di informare il mittente.",
            "",
            "",
        ]
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Invito a colloquio - {title}",
                "Colloquio conoscitivo | {co}",
                "Candidatura {title} - colloquio",
                "Conferma colloquio",
                "La tua candidatura",
                "Selezione {title}",
            ]
        )
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign, footer=footer, lang="it")


@family("vx_nl_uitnodiging", "interview", lang="nl", n=30)
def nl_interview(ctx: Ctx) -> Draft:
    date, time = _when(ctx, "nl")
    if ctx.chance(0.65):
        name, addr = ats_sender(ctx, ctx.pick(["own", "person", "workable"]))
        body = ctx.fill(
            "[Beste|Hallo|Geachte] {first}[ {last}|],\n\n"
            "Bedankt voor je sollicitatie op de functie [van |]{title} bij {co}. We hebben je cv en motivatie met [interesse|veel plezier|belangstelling] gelezen en nodigen je graag uit voor een [eerste gesprek|kennismakingsgesprek|sollicitatiegesprek].\n\n"
            f"Het gesprek vindt plaats op {date} om {time} [op ons kantoor in [Amsterdam|Utrecht|Rotterdam|Eindhoven|Den Haag]|via Teams|online (de link volgt nog)]. Je spreekt met {{person}} ([teamleider|HR-adviseur|manager Operations|recruiter]). Reken op ongeveer [45 minuten|een uur|een halfuur].\n\n"
            "[Wil je laten weten of dit schikt?|Laat je even weten of je kunt?|Graag ontvangen we een bevestiging.][ Als het tijdstip niet uitkomt, stuur dan een paar alternatieven.|]"
        )
        sign = ctx.fill(
            "[Met vriendelijke groet|Hartelijke groet|Groet],\n\n{person}\n[Recruiter|HR-adviseur|Talent Acquisition] | {co}"
        )
    else:
        name, addr = _person_sender(ctx)
        body = ctx.fill(
            "Hoi {first}!\n\n"
            "Leuk dat je hebt gesolliciteerd[ op de vacature {title}|]! [Je profiel sprak ons erg aan.|Je ervaring past mooi bij wat we zoeken.] Heb je [deze week|volgende week] tijd voor een korte videocall van een halfuurtje? "
            "[Plan hier zelf een moment in: {link}|Donderdag of vrijdag middag zou mij goed uitkomen.]"
        )
        sign = ctx.fill("[Groetjes|Groet|Tot snel],\n{pfirst}")
    footer = ctx.pick(
        [
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Heb je dit bericht per abuis ontvangen, verwijder het dan en laat het de afzender weten.",
            "We bewaren je gegevens tot 4 weken na afloop van de procedure, conform de AVG.",
            "",
        ]
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Uitnodiging sollicitatiegesprek",
                "Uitnodiging kennismakingsgesprek {title}",
                "Je sollicitatie bij {co}",
                "Uitnodiging gesprek",
                "Re: sollicitatie {title}",
                "Even kennismaken?",
            ]
        )
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign, footer=footer, lang="nl")


@family("vx_ptbr_candidatura_recebida", "confirmation", lang="pt", n=30)
def ptbr_confirm(ctx: Ctx) -> Draft:
    platform = ctx.pick(["Gupy", "Kenoby", "Solides", "InHire", ""])
    if platform:
        name, addr = ctx.fill(f"{{co}} via {platform}"), f"no-reply@{platform.lower()}.com.br"
    else:
        name, addr = ats_sender(ctx, "own")
    first = ctx.para(
        "Olá, {first}!\n\nRecebemos sua candidatura para a vaga de {title} na {co}. Obrigado pelo interesse em fazer parte do nosso time!",
        "Oi {first}, tudo bem?\n\nSua inscrição para a vaga {title} foi realizada com sucesso. 🎉",
        "Prezado(a) {first},\n\nConfirmamos o recebimento do seu currículo para a posição de {title}.",
        "Olá {first}!\n\nQue bom ter você por aqui! Sua candidatura para {title} já está com o nosso time de Recrutamento e Seleção.",
    )
    steps = ctx.para(
        "Nosso processo seletivo tem as seguintes etapas: triagem de currículos, entrevista com o RH, [teste técnico|case|dinâmica de grupo] e entrevista com a liderança. Caso seu perfil seja selecionado, entraremos em contato por e-mail ou WhatsApp.",
        "Agora é com a gente: vamos analisar seu perfil com carinho. Se você avançar para a próxima etapa, você receberá um convite para a entrevista.",
        "Fique de olho no seu e-mail (e na caixa de spam!) - é por lá que enviaremos as próximas etapas, como testes online e entrevistas.",
        "Devido ao grande volume de candidaturas, o retorno pode levar até [15|20|30] dias.",
    )
    extra = ctx.para(
        f"Você pode acompanhar o status da sua candidatura na plataforma {platform or 'de carreiras'}.",
        "Enquanto isso, que tal conhecer um pouco mais da nossa cultura no LinkedIn?",
        "",
    )
    body = "\n\n".join(p for p in (first, steps, extra) if p)
    sign = ctx.fill(
        "[Abraços|Um abraço|Atenciosamente|Boa sorte!],\n[Time de Gente & Gestão {co}|Equipe de Recrutamento|Time de Talent Acquisition da {co}]"
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Recebemos sua candidatura!",
                "Candidatura confirmada - {title}",
                "Obrigado por se candidatar na {co}",
                "Sua inscrição no processo seletivo",
                "{first}, sua candidatura foi enviada",
            ]
        )
    )
    footer = ctx.pick(
        [
            "Este é um e-mail automático, por favor não responda.",
            "Seus dados são tratados conforme a LGPD.",
            "",
        ]
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        greet=False,
        sign=sign,
        footer=footer,
        bulk=ctx.chance(0.5),
        lang="pt",
    )


@family("vx_ptpt_proposta", "offer", lang="pt", n=30)
def ptpt_offer(ctx: Ctx) -> Draft:
    date, _ = _when(ctx, "pt")
    name, addr = ats_sender(ctx, ctx.pick(["person", "own"]))
    salary = f"{ctx.num(11, 45) * 100}"
    if ctx.chance(0.6):
        body = ctx.fill(
            "[Caro|Cara|Olá] {first},\n\n"
            "[Na sequência do processo de recrutamento para a função de {title}, temos o prazer de lhe apresentar uma proposta de trabalho para integrar a equipa da {co}.|É com muito gosto que lhe enviamos a nossa proposta para a função de {title}.]\n\n"
            f"Remuneração base mensal: {salary} € ([14|12] meses)\n"
            "Subsídio de alimentação: [9,60|7,63|10,20] € por dia útil[ (cartão refeição)|]\n"
            "Tipo de contrato: [sem termo|a termo certo de 12 meses|contrato de trabalho a tempo inteiro]\n"
            f"Data de início prevista: {date}[\nRegime: [híbrido, 2 dias no escritório de Lisboa|remoto|presencial no Porto]|]\n\n"
            "[Solicitamos que nos comunique a sua decisão até ao final da próxima semana.|Agradecemos a sua resposta no prazo de 5 dias úteis.] Estamos ao dispor para qualquer esclarecimento."
        )
    else:
        body = ctx.fill(
            "Olá {first},\n\n"
            "[Conforme falámos ao telefone|Na sequência da nossa conversa de hoje], envio em anexo a carta-proposta para a posição de {title}. "
            "[Fico a aguardar a sua resposta.|Se tiver alguma dúvida sobre as condições, ligue-me.|Esperamos mesmo poder contar consigo!]"
        )
    sign = ctx.fill(
        "[Com os melhores cumprimentos|Cumprimentos|Atenciosamente],\n{person}\n[Recursos Humanos|Talent Acquisition|Direção de Pessoas] | {co}"
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Proposta de trabalho - {title}",
                "Proposta {co}",
                "Carta-proposta",
                "A sua candidatura - proposta",
                "Proposta de colaboração",
            ]
        )
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign, lang="pt")


@family("vx_pl_etap_techniczny", "technical_round", lang="pl", n=30)
def pl_tech(ctx: Ctx) -> Draft:
    date, time = _when(ctx, "pl")
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own", "smartrecruiters"]))
    greet = ctx.fill("[Dzień dobry {first}|Cześć {first}|Dzień dobry|Hej {first}],")
    thanks = ctx.para(
        "dziękujemy za rozmowę z naszym zespołem. Z przyjemnością zapraszamy Cię do kolejnego etapu rekrutacji na stanowisko {title}.",
        "dziękuję za poświęcony czas podczas pierwszej rozmowy. Mam dobrą wiadomość - przechodzisz do etapu technicznego!",
        "dziękujemy za przesłanie CV na stanowisko {title}. Kolejnym krokiem w procesie jest zadanie techniczne.",
    )
    what = ctx.para(
        "Zadanie rekrutacyjne znajdziesz pod linkiem: [https://github.com/{slug}-recruitment/task-[backend|frontend|data]|https://drive.google.com/drive/folders/{num}]\nNa jego wykonanie masz [5|7] dni, a szacowany czas pracy to około [3|4] godzin. Rozwiązanie prześlij jako link do repozytorium.",
        f"Rozmowa techniczna odbędzie się w dniu {date} o godz. {time} na [Teams|Google Meet|Zoomie] i potrwa ok. [60|90] minut. Wezmą w niej udział [Marek|Kasia|Tomasz|Ola] (Tech Lead) oraz [jeden z naszych developerów|Senior Engineer z zespołu]. Będzie część live codingu i pytania z architektury.",
        "Test na platformie [Codility|HackerRank|TestGorilla] zawiera [2|3] zadania i trwa [70|90] minut. Link do testu przyjdzie w osobnej wiadomości - jest aktywny przez [3|5] dni.",
    )
    close = ctx.para(
        "W razie pytań jestem do dyspozycji.",
        "Powodzenia!",
        "Daj znać, czy termin Ci odpowiada.",
        "",
    )
    body = greet + "\n\n" + "\n\n".join(p for p in (thanks, what, close) if p)
    sign = ctx.fill(
        "[Pozdrawiam serdecznie|Pozdrawiam|Z poważaniem|Pozdrowienia],\n{person}\n[IT Recruiter|Talent Acquisition Specialist|HR Business Partner][ - {co}|]"
    )
    footer = ctx.pick(
        [
            ctx.fill(
                "Administratorem Twoich danych osobowych jest {legal}, a dane przetwarzane są wyłącznie w celu przeprowadzenia procesu rekrutacji (RODO)."
            ),
            "Ta wiadomość może zawierać informacje poufne. Jeśli nie jesteś jej adresatem, usuń ją i poinformuj nadawcę.",
            "",
        ]
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Kolejny etap rekrutacji - {title}",
                "Zadanie rekrutacyjne",
                "Zaproszenie na rozmowę techniczną",
                "Rekrutacja {co} - test techniczny",
                "Re: rekrutacja {title}",
            ]
        )
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign, footer=footer, lang="pl")


@family("vx_sv_besked", "rejection", lang="sv", n=30)
def sv_reject(ctx: Ctx) -> Draft:
    if ctx.chance(0.5):
        name, addr = ctx.fill("{co}"), ctx.fill("no-reply@{slug}.teamtailor-mail.com")
    else:
        name, addr = ats_sender(ctx, ctx.pick(["person", "own"]))
    body = ctx.fill(
        "[Hej|Hej {first}|Hej {first}!|Hejsan {first}],\n\n"
        "[Tack för din ansökan till tjänsten som {title} hos {co} och för ditt intresse för oss.|Tack för att du sökt tjänsten som {title}.|Tack för att du tog dig tid att träffa oss på intervjun[ förra veckan|].]\n\n"
        "[Vi har fått in många kvalificerade ansökningar och efter noggrant övervägande har vi valt att gå vidare med andra kandidater vars profil bättre matchar kravprofilen.|Tyvärr har vi beslutat att inte gå vidare med din ansökan den här gången.|Vi har nu gjort vårt val och tyvärr blev det inte du den här gången.|Rekryteringen är nu avslutad och tjänsten är tillsatt.]\n\n"
        "[Vi önskar dig lycka till i ditt fortsatta jobbsökande.|Vi hoppas att du söker till oss igen i framtiden.|Håll utkik på vår karriärsida - vi har ofta nya tjänster ute.|]"
    )
    sign = ctx.fill(
        "[Med vänliga hälsningar|Vänliga hälsningar|Allt gott],\n[{person}|{co}|Rekryteringsteamet på {co}]"
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Angående din ansökan",
                "Besked om tjänsten som {title}",
                "Din ansökan till {co}",
                "Tack för din ansökan",
                "Återkoppling - {title}",
            ]
        )
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign, lang="sv")


_LOCAL = (
    (
        "[Hallo {first}|Guten Tag {first}|Hallo],",
        "Mit freundlichen Grüßen",
        "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. {legal}, Sitz der Gesellschaft: [München|Berlin|Hamburg], Amtsgericht [HRB 12345|HRB 98765].",
    ),
    (
        "[Bonjour {first}|Bonjour],",
        "[Cordialement|Bien à vous]",
        "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. {legal} - [Paris|Lyon].",
    ),
    (
        "[Hola {first}|Buenos días {first}|Hola],",
        "[Un saludo|Saludos cordiales]",
        "Este mensaje y sus archivos adjuntos son confidenciales. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine. {legal}, [Madrid|Barcelona].",
    ),
    ("[Hej {first}|Hej],", "Med venlig hilsen", "{legal} - København"),
    ("[Hei {first}|Hei],", "Vennlig hilsen", "{legal} - Oslo"),
    ("[Hej {first}|Hejsan],", "Med vänliga hälsningar", "{legal} - Stockholm"),
    ("[Ciao {first}|Buongiorno {first}],", "[Cordiali saluti|A presto]", "{legal} - [Milano|Roma]"),
)


@family("vx_mixlang_tech_round", "technical_round", n=30)
def mix_tech(ctx: Ctx) -> Draft:
    greet, signoff, foot = ctx.pick(_LOCAL)
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    body = (
        ctx.fill(greet)
        + "\n\n"
        + ctx.para(
            "Thanks for the nice conversation [last week|on Monday|yesterday]. As discussed, the next step is a technical interview with [our dev team|two engineers from the platform team|our Head of Engineering]. It's [60|90] minutes, [remote|on site in our office], with some live coding. Please send me a few time slots for next week.",
            "as promised, please find attached the technical challenge for the {title} position. You have [one week|5 working days] to send it back; we'll then discuss your solution together with the team.",
            "good news: you passed the first interview! The second round is a technical case with [the team lead|our CTO]. I'll send the calendar invite once you confirm a date.",
            "the team would like to continue with a technical round (system design + coding). Could you do {day} at {time}?",
        )
    )
    sign = ctx.fill(signoff) + "\n" + ctx.fill("{person}[\n[Recruiter|Talent Acquisition|HR]|]")
    subject = ctx.fill(
        ctx.pick(
            [
                "Next step: technical interview",
                "Technical challenge - {title}",
                "Second round",
                "Your application at {co} - technical round",
                "Re: next steps",
            ]
        )
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign, footer=ctx.fill(foot))


@family("vx_mixlang_offer", "offer", n=30)
def mix_offer(ctx: Ctx) -> Draft:
    greet, signoff, foot = ctx.pick(_LOCAL)
    name, addr = ats_sender(ctx, ctx.pick(["person", "own"]))
    body = (
        ctx.fill(greet)
        + "\n\n"
        + ctx.para(
            "I'm happy to tell you that we would like to offer you the position of {title}! Please find the contract attached. The annual gross salary is {money}, start date {day}. Let us know your decision by the end of next week.",
            "after talking with the team, we are very pleased to make you an offer to join {co} as {title}. I'll call you [tomorrow|this afternoon] to go through the details - the written offer is attached.",
            "congratulations - the management approved your offer! Attached you'll find the offer letter and the employment contract in English and [German|French|Spanish|Danish|Italian]. Sign both via DocuSign if everything is fine.",
            "following our call, here is the written offer we discussed for the {title} role. Looking forward to your answer!",
        )
    )
    sign = (
        ctx.fill(signoff)
        + "\n"
        + ctx.fill("{person}[\n[People & Culture|HR Manager|Recruiting Lead]|]")
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Your offer - {title}",
                "Offer letter",
                "Job offer {co}",
                "Contract & offer",
                "Congratulations!",
            ]
        )
    )
    return Draft(subject, body, name, addr, greet=False, sign=sign, footer=ctx.fill(foot))
