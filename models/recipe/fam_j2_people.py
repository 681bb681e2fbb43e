"""Template families (session 10, helper J2): hiring mail people write themselves: founders
approaching and hiring from their own domain (French and German; an equity offer), a
retained-search partner's approach, shortlist and verdict, a friend's referral update,
an offer negotiation thread, an offer put on hold, a withdrawal acknowledged (several
languages), and recruiters nudging a reader who went quiet (Spanish, Italian, Portuguese).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from j2_kit import at, bye, day, go, hi, j2, join, person_addr
from kit import Ctx, Draft, ascii_word
from zf_kit import quoted, reply_line, weekday_future


@j2("j2_ro_founder_own_domain_fr_de", "recruiter_outreach", lang="fr")
def founder_fr_de(ctx: Ctx) -> Draft:
    """A startup founder writes personally (French or German) about a role at their company."""
    go(ctx, "startup")
    if ctx.chance(0.5):
        ctx._title = ctx.pick(["Founding Engineer", "Lead Dev Backend", "Product Designer senior"])
        text = join(
            hi(ctx, "fr", 0.8),
            ctx.para(
                "Je suis [co-fondateur|CTO et co-fondateur|CEO] de {co}. Je suis tombé sur [ton profil GitHub|ton talk à la dernière meetup|ton article sur les files de messages] et je me suis dit que ça valait le coup d'écrire directement.",
                "Petit message direct : je monte l'équipe tech de {co} ([seed|pré-seed|série A] bouclée le mois dernier) et je cherche un·e {title}.",
            ),
            ctx.para(
                "On est [6|8|11] aujourd'hui, basés à [Paris|Lyon|Nantes] avec du remote partiel. Le poste : {title}, beaucoup d'autonomie, des BSPCE, un salaire correct.",
                "Concrètement : {title}, stack [Elixir/Postgres|TypeScript/Go|Python/Rust], premier recrutement après les fondateurs. Package : fixe + BSPCE.",
            ),
            ctx.para(
                "Partant·e pour un café ou un appel de 20 min la semaine prochaine ?",
                "Si ça te parle, réponds-moi simplement, on cale un call.",
                "Pas de pression si le timing n'est pas bon, dis-le moi aussi.",
            ),
            ctx.fill("{pfirst}\n[Co-fondateur|CEO|CTO], {co}"),
        )
        subject = ctx.para(
            "{co} - on recrute un·e {title}", "Un café ?", "Ton profil + {co}", "Question rapide"
        )
    else:
        ctx._title = ctx.pick(["Founding Engineer", "Senior Backend Engineer", "Head of Product"])
        text = join(
            ctx.fill("[Hi|Hallo|Hey] {first},"),
            ctx.para(
                "ich bin [Mitgründer|Gründer und CEO|CTO] von {co}. Dein [Vortrag auf der JSConf|Open-Source-Projekt|Profil] ist mir aufgefallen - deshalb schreibe ich dir direkt.",
                "kurze, persönliche Nachricht: wir bauen bei {co} gerade das Team auf und suchen eine:n {title}.",
            ),
            ctx.para(
                "Wir sind [7|9|12] Leute in [Berlin|Hamburg|Leipzig], remote-freundlich, [Seed|Series A] finanziert. Du wärst eine der ersten Einstellungen - mit echtem Einfluss und VSOP.",
                "Die Rolle: {title}, viel Verantwortung, faires Gehalt plus virtuelle Anteile.",
            ),
            ctx.para(
                "Hast du Lust auf ein kurzes Gespräch, ganz unverbindlich?",
                "Wenn du magst, lass uns nächste Woche 20 Minuten telefonieren.",
            ),
            ctx.fill("[Viele Grüße|Beste Grüße|LG]\n{pfirst}\n{co}"),
        )
        subject = ctx.para("{title} bei {co}?", "Kurze Frage", "Hallo aus Berlin - {co}")
    return Draft(
        subject,
        text,
        ctx.person,
        ascii_word(ctx.person_first) + "@" + ctx.domain,
        greet=False,
        sign="",
        form="plain",
    )


@j2("j2_of_founder_offer_equity", "offer")
def founder_offer(ctx: Ctx) -> Draft:
    """A founder writes the offer personally: salary, equity, vesting, a start date."""
    go(ctx, "startup")
    start = weekday_future(ctx, 20, 45)
    pct = ctx.pick(["0.5%", "0.75%", "1.0%", "0.25%", "0.4%"])
    text = join(
        ctx.fill("[Hey|Hi] {first},"),
        ctx.para(
            "Thanks so much for spending the day with us. We'd love you to join {co} as our {title}!",
            "I'll keep this short because I'm too excited: we want to offer you the {title} role at {co}.",
            "Following up on our call - here's the written version of the offer.",
        ),
        ctx.fill(
            "- Salary: [$165k|$180k|£95k|€88k|$150k]\n- Equity: "
            + pct
            + " in options, 4-year vesting with a 1-year cliff\n- Start: "
            + day(ctx, start)
            + " (flexible)\n- [Remote-first, we meet up quarterly|Office in [Brooklyn|Shoreditch|Kreuzberg] 3 days a week|Fully remote]"
        ),
        ctx.para(
            "The formal offer letter will come through [Rippling|Deel|DocuSign|Carta] shortly. Happy to jump on a call to go through the equity numbers.",
            "I'll send the paperwork via [Deel|Rippling] today. Take a few days, ask anything.",
            "Our lawyers are drafting the letter. Any questions, just call me.",
        ),
        ctx.fill("[Cheers|Best|Thanks],\n{pfirst}\n[Co-founder & CEO|Founder|CTO], {co}"),
    )
    subject = ctx.para(
        "Offer - {title} at {co}", "Welcome to {co} (offer)", "Your offer", "{co} offer details"
    )
    return Draft(
        subject,
        text,
        ctx.person,
        ascii_word(ctx.person_first) + "@" + ctx.domain,
        greet=False,
        sign="",
    )


@j2("j2_ro_exec_search_retained_mandate", "recruiter_outreach")
def exec_approach(ctx: Ctx) -> Draft:
    """A retained executive-search partner approaches about a confidential senior appointment."""
    go(ctx, "exec")
    firm = ctx.pick(["Ridgeway Partners", "Calloway Search", "Stanmore Associates", "Vey & Lund"])
    dom = ascii_word(firm.split()[0]) + ctx.pick(["search.com", "partners.com", ".com"])
    named = ctx.chance(0.5)
    text = join(
        hi(ctx, "en"),
        ctx.para(
            f"I lead the [consumer|industrial|technology|financial services] practice at {firm}, and we have been retained by "
            + ("{co}" if named else "a [FTSE 250|listed|private-equity backed] client")
            + " to appoint their {title}.",
            f"{firm} has been asked to run a confidential search for a {{title}} for "
            + ("{co}" if named else "a well-known [European|UK|Iberian] business")
            + ". Your name came up more than once in our conversations.",
        ),
        ctx.para(
            "The role reports to the [CEO|Chair|Group CEO] and sits on the executive committee. The business is at an interesting point: [a new strategy after a change of ownership|international expansion|a turnaround with strong backing].",
            "I'd value twenty minutes of your time, either to explore your interest or to hear who you'd suggest.",
        ),
        ctx.para(
            "Would you have time for a confidential call later this week or early next?",
            "My assistant can find a time that suits you; alternatively call me on my mobile.",
        ),
        ctx.fill(
            f"[With best wishes|Kind regards|Best regards],\n{{person}}\n[Partner|Managing Partner|Principal], {firm}\n+44 20 {ctx.num(7000, 7999)} {ctx.num(1000, 9999)}"
        ),
    )
    subject = ctx.para(
        "Confidential: {title} appointment",
        "{title} - confidential search",
        "A senior appointment - in confidence",
        "Introduction",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx, dom),
        greet=False,
        sign="",
        footer=ctx.pick(
            [
                "",
                "This email and any attachments are confidential and intended solely for the addressee.",
            ]
        ),
    )


@j2("j2_iv_exec_search_shortlist_client_meeting", "interview")
def exec_shortlist(ctx: Ctx) -> Draft:
    """The search partner: the reader is on the shortlist; a meeting with the client is set."""
    go(ctx, "exec")
    firm = ctx.pick(["Ridgeway Partners", "Calloway Search", "Stanmore Associates", "Vey & Lund"])
    dom = ascii_word(firm.split()[0]) + ctx.pick(["search.com", "partners.com"])
    when = weekday_future(ctx, 4, 12)
    who = ctx.pick(
        [
            "the Chair",
            "the CEO",
            "the Group CEO and the Chief People Officer",
            "two non-executive directors",
        ]
    )
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "Good news: following our presentation of the longlist, {co} has asked to meet you. You are one of [three|four] candidates on the shortlist for {title}.",
            "I'm pleased to say that the client has shortlisted you for the {title} role at {co}. Next step is a first meeting with "
            + who
            + ".",
        ),
        "Proposed: "
        + at(ctx, when)
        + ", "
        + ctx.pick(
            [
                "at their head office",
                "at our offices in St James's",
                "by video (Teams)",
                "over breakfast at the Connaught",
            ]
        )
        + ", with "
        + who
        + ".",
        ctx.para(
            "I'll send a briefing note beforehand covering the board's priorities and what they'll probe.",
            "Please let my colleague know if that time doesn't work; we'll hold it for now.",
            "Worth preparing a view on the first hundred days - they will ask.",
        ),
        bye(ctx, "en", f"{{person}}\n[Partner|Principal], {firm}"),
    )
    subject = ctx.para(
        "{co} - shortlist and next steps",
        "{title}: meeting with " + who,
        "Re: {title} search",
        "Shortlist update",
    )
    return Draft(subject, text, ctx.person, person_addr(ctx, dom), greet=False, sign="")


@j2("j2_rj_exec_search_client_chose_other", "rejection")
def exec_reject(ctx: Ctx) -> Draft:
    """The search partner tells the reader the client appointed someone else (English or Spanish)."""
    go(ctx, "exec")
    firm = ctx.pick(["Ridgeway Partners", "Calloway Search", "Stanmore Associates", "Vey & Lund"])
    dom = ascii_word(firm.split()[0]) + "search.com"
    if ctx.chance(0.5):
        text = join(
            hi(ctx, "en"),
            ctx.para(
                "I wanted to let you know personally that {co} has decided to proceed with another candidate for the {title} role.",
                "Thank you for your time and openness throughout the {title} process. After the final interviews the board has chosen another candidate, whose sector experience tipped the balance.",
            ),
            ctx.para(
                "The feedback on you was genuinely strong, and I'd like to stay in touch - I expect we'll have other mandates that fit you better.",
                "I'm sorry not to bring better news. Happy to share the detailed feedback on a call.",
            ),
            bye(ctx, "en", f"{{person}}\n{firm}"),
        )
        subject = ctx.para("{title} - outcome", "{co} search: update", "Re: {title}")
    else:
        text = join(
            hi(ctx, "es"),
            ctx.para(
                "quería comunicarte personalmente que {co} ha decidido seguir adelante con otro candidato para la posición de {title}.",
                "gracias por tu tiempo durante todo el proceso de {title}. Tras las entrevistas finales, el consejo se ha decantado por otro perfil.",
            ),
            ctx.para(
                "Las valoraciones sobre ti fueron muy positivas y me gustaría seguir en contacto para futuras búsquedas.",
                "Siento no traer mejores noticias. Si quieres, lo comentamos por teléfono.",
            ),
            bye(ctx, "es", f"{{person}}\n{firm} Madrid"),
        )
        subject = ctx.para(
            "{title} - resultado del proceso", "Proceso {co}: novedades", "Re: {title}"
        )
    return Draft(subject, text, ctx.person, person_addr(ctx, dom), greet=False, sign="")


@j2("j2_oj_friend_referral_update", "other_job")
def friend_referral(ctx: Ctx) -> Draft:
    """A friend who works there reports on the referral they made for the reader."""
    go(ctx, ctx.pick(["bigtech", "startup", "remote", "consulting"]))
    friend = ctx.person_first
    text = join(
        ctx.fill("[hey|Hey|Hi|yo] {first}[!|,|]"),
        ctx.para(
            "just submitted the referral for the {title} role, you should get an email from our recruiting team in a few days. [if not ping me|lmk if nothing shows up]",
            "quick update - I asked the recruiter about your application and she said it's with the hiring manager now. [no decision yet|they're slow this month], but it's not dead!",
            "FYI I put you in for {title} through the internal referral tool. It auto-sends you a link to confirm your details, [don't ignore it|it looks spammy but it's legit].",
            "the referral went through! The recruiter ([{person}|Dani|Marco]) said they're prioritising referrals for the {title} req so fingers crossed.",
        ),
        ctx.para(
            "also the team is great, happy to tell you more over a beer",
            "btw the referral bonus is on me if you get in :)",
            "if you get a call, ask about the on-call rota",
            "",
        ),
        ctx.pick([friend, friend.lower(), f"- {friend}", friend + "\n\nSent from my iPhone"]),
    )
    subject = ctx.para(
        "referral",
        "your referral at {co}",
        "Re: that {co} job",
        "update on your application",
        "{title} referral",
    )
    dom = ctx.pick(["gmail.com", "outlook.com", "icloud.com", "proton.me"])
    return Draft(
        subject,
        text,
        ctx.person,
        ascii_word(ctx.person_first) + ascii_word(ctx.person_last)[:3] + "@" + dom,
        greet=False,
        sign="",
        form="plain",
    )


@j2("j2_of_negotiation_thread_revised", "offer")
def negotiation(ctx: Ctx) -> Draft:
    """A recruiter answers the reader's counter-offer with revised numbers, quoting the thread."""
    go(ctx, ctx.pick(["bigtech", "remote", "pharma", "design"]))
    base = ctx.num(120, 190)
    text = join(
        hi(ctx, "en", 0.8),
        ctx.para(
            f"Thanks for your patience. I went back to the team with your counter and I'm glad to say we can move the base to ${base + 8},000 and add a $15,000 sign-on bonus.",
            f"Good news: compensation approved a revised package for {{title}} - base ${base + 5},000 (up from ${base},000) and an extra 1,000 RSUs.",
            f"We can't move on base beyond ${base + 4},000, but we've added a $20,000 sign-on and an extra week of PTO. I hope that bridges the gap.",
        ),
        ctx.para(
            "An updated offer letter is on its way through DocuSign. The start date stays the same.",
            "I'll send the revised letter once you let me know this works.",
            "This is the best we can do at this level - I hope you'll join us!",
        ),
        ctx.para("Can we chat tomorrow?", "Let me know your thoughts by Friday if you can.", ""),
        bye(ctx, "en", "{pfirst}"),
    )
    quote = ctx.fill(
        f"Hi {{pfirst}},\n\nThanks again for the offer for {{title}} - I'm really excited about it. [I do have a competing offer at a higher base|Based on my research and current package], would there be flexibility to get closer to ${base + 15},000?\n\nBest,\n{{first}}"
    )
    subject = ctx.para("Re: Offer - {title}", "Re: {co} offer", "Re: following up on your offer")
    return Draft(subject, text, ctx.person, person_addr(ctx), greet=False, sign="", quote=quote)


@j2("j2_oj_offer_on_hold_approvals", "other_job")
def offer_hold(ctx: Ctx) -> Draft:
    """The offer is delayed: approvals, a headcount review, or a budget freeze (not yet withdrawn)."""
    go(ctx, ctx.pick(["bigtech", "pharma", "ngo", "hotel", "startup"]))
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "I wanted to give you a transparent update. The {title} offer is currently on hold while the leadership team completes a headcount review. It hasn't been cancelled, but I can't give you a firm date yet.",
            "Quick update: your offer is still in the approval chain - finance has paused all new hires until the quarterly review. I expect to know more in [two|three] weeks.",
            "Apologies for the silence. The role is on a temporary hold because of a reorganisation in the team; we're still keen on you and will be back in touch once the budget is confirmed.",
        ),
        ctx.para(
            "I know that's frustrating, especially if you have other processes running. Please keep me posted.",
            "If you receive other offers in the meantime, let me know and I'll push for an answer.",
            "",
        ),
        bye(ctx, "en", "{person}\n[Talent Acquisition|Recruiter|HR Business Partner], {co}"),
    )
    subject = ctx.para(
        "Update on your offer",
        "{title} - timeline update",
        "Re: next steps",
        "Quick update from {co}",
    )
    return Draft(subject, text, ctx.person, person_addr(ctx), greet=False, sign="")


@j2("j2_oj_withdrawal_acknowledged_i18n", "other_job", lang="de")
def withdrawal(ctx: Ctx) -> Draft:
    """The reader withdrew; the employer or ATS acknowledges it (de, fr, nl, en)."""
    lang = ctx.pick(["de", "fr", "nl", "en"])
    go(ctx, ctx.pick(["pharma", "big4", "hotel", "remote"]))
    lines = {
        "de": (
            "wir bestätigen hiermit den Rückzug Ihrer Bewerbung für die Position {title}. Schade, dass es nicht passt - wir wünschen Ihnen viel Erfolg.",
            "vielen Dank für Ihre Nachricht. Wie gewünscht haben wir Ihre Bewerbung als {title} zurückgezogen und Ihre Daten zur Löschung vorgemerkt.",
        ),
        "fr": (
            "nous accusons bonne réception du retrait de votre candidature au poste de {title}. Nous vous souhaitons une bonne continuation.",
            "suite à votre message, votre candidature pour {title} a bien été retirée. N'hésitez pas à postuler à nouveau chez {co}.",
        ),
        "nl": (
            "hierbij bevestigen we dat je je sollicitatie voor {title} hebt ingetrokken. Jammer, maar we begrijpen het. Veel succes!",
            "bedankt voor je bericht. Je sollicitatie voor de functie {title} is ingetrokken; je gegevens worden na vier weken verwijderd.",
        ),
        "en": (
            "This is to confirm that your application for {title} has been withdrawn at your request. Thanks for letting us know, and good luck with your next step.",
            "You have withdrawn your application for {title} (req {req}). If this was a mistake, contact us within 14 days to reinstate it.",
        ),
    }[lang]
    who = {
        "de": "Ihr HR-Team\n{co}",
        "fr": "L'équipe Recrutement\n{co}",
        "nl": "Team Recruitment\n{co}",
        "en": "{co} Talent Acquisition",
    }[lang]
    text = join(hi(ctx, lang), ctx.para(*lines), bye(ctx, lang, who))
    subject = ctx.fill(
        {
            "de": "[Rückzug Ihrer Bewerbung|Ihre Bewerbung: Rückzug bestätigt] - {title}",
            "fr": "[Retrait de votre candidature|Confirmation de retrait] - {title}",
            "nl": "[Intrekking sollicitatie|Bevestiging intrekking] {title}",
            "en": "[Application withdrawn|Withdrawal confirmed]: {title}",
        }[lang]
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Careers"), ctx.fill("{slug}@myworkday.com")),
            (ctx.fill("{co}"), ctx.fill("noreply@{slug}.softgarden.io")),
            (ctx.person, person_addr(ctx)),
        ]
    )
    return Draft(subject, text, name, addr, greet=False, sign="", lang=lang)


@j2("j2_ro_nudge_after_silence_es_it_pt", "recruiter_outreach", lang="es")
def nudge(ctx: Ctx) -> Draft:
    """A recruiter's second or third nudge after the reader did not answer (es, it, pt)."""
    lang = ctx.pick(["es", "it", "pt"])
    go(ctx, ctx.pick(["pharma", "bigtech", "hotel", "consulting"]))
    first = {
        "es": "Hola {first}, te escribo por la posición de {title} en {co}. ¿Te interesaría hablar?",
        "it": "Ciao {first}, ti contatto per una posizione di {title} in {co}. Ti andrebbe di sentirci?",
        "pt": "Olá {first}, estou a contactar-te sobre uma vaga de {title} na {co}. Tens interesse em conversar?",
    }[lang]
    body = {
        "es": (
            "solo quería volver a mi mensaje de la semana pasada sobre {title}. Sé que estarás liado/a; si no es el momento, dímelo y no insisto.",
            "te vuelvo a escribir por si se perdió mi correo. El proceso para {title} sigue abierto unas semanas más y creo que encajas muy bien.",
            "último intento, prometo :) ¿Te encajaría una llamada de 15 minutos esta semana?",
        ),
        "it": (
            "riprendo il mio messaggio della settimana scorsa sulla posizione di {title}. Se non è il momento giusto, nessun problema, fammelo sapere.",
            "ti riscrivo nel caso la mia mail fosse finita nello spam: la ricerca per {title} è ancora aperta e il tuo profilo è molto in linea.",
            "ultimo tentativo, promesso! Avresti 15 minuti questa settimana per una chiamata?",
        ),
        "pt": (
            "volto ao meu e-mail da semana passada sobre a vaga de {title}. Se não for o momento, diz-me e não insisto.",
            "escrevo de novo caso a minha mensagem se tenha perdido: o processo para {title} continua aberto e o teu perfil encaixa muito bem.",
            "última tentativa, prometo :) Terias 15 minutos esta semana para uma chamada?",
        ),
    }[lang]
    text = join(
        hi(ctx, lang),
        ctx.para(*body),
        bye(ctx, lang, "{person}\n[Talent Acquisition|Recruiter] - {co}"),
    )
    subject = "Re: " + ctx.fill(
        {
            "es": "[{title} en {co}|Oportunidad: {title}]",
            "it": "[{title} - {co}|Opportunità: {title}]",
            "pt": "[{title} na {co}|Oportunidade: {title}]",
        }[lang]
    )
    addr = person_addr(ctx)
    if ctx.chance(0.5):
        # Their own earlier message, quoted below as their mail client does.
        text += (
            "\n\n"
            + reply_line(ctx, ctx.person, addr, ctx.date - timedelta(days=ctx.num(5, 12)), lang)
            + "\n"
            + quoted(ctx.fill(first))
        )
    return Draft(subject, text, ctx.person, addr, greet=False, sign="", lang=lang)
