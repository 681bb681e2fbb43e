"""Template families (session 11, helper K1): the news arrives as a reply inside an existing
thread. The subject is the earlier confirmation's ("Re: Application received: <role>",
"AW: Ihre Bewerbung als ...") or the candidate's own ("Re: Application - <role>"), the body
is new and often short: a rejection (role no longer open, filled internally, hiring freeze,
a plain no), an interview invitation, a technical round or take-home, an offer. About half
quote the earlier message below (Gmail or Outlook, in the writer's language), half do not.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import at, j1
from k1_kit import bye, closer, hi, join, local, reply, small, staff
from kit import Ctx, Draft
from zf_kit import weekday_future

N = 20

_ROLES = "[Recruiter|Talent Acquisition|Hiring Manager|Engineering Manager|HR Business Partner]"


def _who(ctx: Ctx, lang: str = "en") -> str:
    """The writer's sign-off lines: first name alone, or name, role and employer."""
    if ctx.chance(0.35):
        return "{pfirst}"
    return "{person}\n" + _ROLES + (" | {co}" if ctx.chance(0.6) else "")


@j1("k1_rj_re_role_no_longer_open", "rejection", n=N)
def no_longer_open(ctx: Ctx) -> Draft:
    """Reply in the receipt's thread: the role has been closed or cancelled."""
    text = join(
        hi(ctx, "en", 0.8),
        ctx.para(
            "Coming back to you on this one - unfortunately the {title} role is no longer open. The position has been [put on hold|cancelled|closed] following a change in priorities.",
            "Quick update: we've closed this position, so we won't be taking your application any further. Sorry it's not better news.",
            "I'm sorry to say the role you applied for has been withdrawn and we won't be progressing any applications.",
            "Unfortunately the {title} vacancy has been closed before interviews, so I can't take your application forward.",
        ),
        ctx.para(
            "Thanks for your interest and I'm sorry for the wait.",
            "We'll keep your details on file in case it reopens.",
            "Best of luck with your search.",
            "",
        ),
        bye(ctx, "en", _who(ctx)),
    )
    return reply(ctx, "en", text, ctx.person, staff(ctx), earlier="receipt")


@j1("k1_rj_re_filled_internally_en_de", "rejection", n=N)
def filled_internally(ctx: Ctx) -> Draft:
    """Reply in thread (English or German): the job went to an internal candidate."""
    lang = ctx.pick(["en", "de"])
    if lang == "de":
        local(ctx, "de")
        text = join(
            hi(ctx, "de"),
            ctx.para(
                "leider müssen wir Ihnen mitteilen, dass wir die Stelle als {title} intern besetzt haben. Wir können Ihre Bewerbung daher nicht weiter berücksichtigen.",
                "kurze Rückmeldung: die Position wurde inzwischen intern vergeben. Es tut mir leid, dass es diesmal nicht klappt.",
            ),
            ctx.para(
                "Wir wünschen Ihnen für die weitere Suche alles Gute.",
                "Vielen Dank für Ihr Interesse.",
                "",
            ),
            bye(ctx, "de", "{person}\n[Personalabteilung|Recruiting|HR], {co}"),
        )
    else:
        text = join(
            hi(ctx, "en", 0.8),
            ctx.para(
                "Thanks for your patience. We've decided to fill the {title} position with an internal candidate, so we won't be moving forward with external applications.",
                "Just wanted to let you know we've ended up filling this internally. I'm sorry we can't take your application further.",
                "An internal colleague has been appointed to the role, so we'll be closing the external process.",
            ),
            ctx.para("I really appreciated your interest.", "Wishing you all the best.", ""),
            bye(ctx, "en", _who(ctx)),
        )
    return reply(ctx, lang, text, ctx.person, staff(ctx))


@j1("k1_rj_re_hiring_freeze_en_nl", "rejection", n=N)
def hiring_freeze(ctx: Ctx) -> Draft:
    """Reply in thread (English or Dutch): a hiring freeze ends the process."""
    lang = ctx.pick(["en", "en", "nl"])
    if lang == "nl":
        local(ctx, "nl")
        text = join(
            hi(ctx, "nl"),
            ctx.para(
                "Helaas moet ik je laten weten dat er een vacaturestop is ingesteld. De procedure voor {title} wordt daarom stopgezet.",
                "Vervelend nieuws: door een reorganisatie nemen we voorlopig niemand aan. We sluiten de vacature en kunnen je sollicitatie niet verder in behandeling nemen.",
            ),
            bye(ctx, "nl", "{person}\n{co}"),
        )
    else:
        text = join(
            hi(ctx, "en", 0.8),
            ctx.para(
                "I'm afraid I have disappointing news: the company has introduced a hiring freeze, and the {title} role is one of those affected. We're not able to continue with your application.",
                "Unfortunately budgets have been frozen for the rest of the [year|quarter] and we've had to pause all hiring, including this role. Apologies for the late notice.",
                "Sorry to be the bearer of bad news - we've been told to stop all recruitment for now, so this process is closed.",
            ),
            ctx.para(
                "If things change I'll reach out.", "Thank you for the time you've put in.", ""
            ),
            bye(ctx, "en", _who(ctx)),
        )
    return reply(ctx, lang, text, ctx.person, staff(ctx))


@j1("k1_rj_re_short_no_de_fr", "rejection", lang="de", n=N)
def short_no_de_fr(ctx: Ctx) -> Draft:
    """Reply (AW:/RE :) in German or French: a short, plain decision against."""
    lang = ctx.pick(["de", "fr"])
    local(ctx, lang)
    body = {
        "de": (
            "nach sorgfältiger Prüfung haben wir uns für andere Kandidat:innen entschieden, deren Profil besser zu unseren Anforderungen passt.",
            "danke nochmal für deine Bewerbung. Wir haben uns leider für jemand anderen entschieden.",
            "leider können wir Ihnen keine positive Rückmeldung geben. Wir wünschen Ihnen viel Erfolg.",
        ),
        "fr": (
            "après étude de votre candidature, nous sommes au regret de ne pas pouvoir y donner une suite favorable.",
            "merci pour ta candidature. On a finalement retenu un autre profil pour le poste de {title}.",
            "nous avons bien étudié votre dossier mais avons retenu une autre candidature, plus proche de nos besoins.",
        ),
    }[lang]
    sig = {"de": "{person}\n{co}", "fr": "{person}\n{co}"}[lang]
    text = join(hi(ctx, lang), ctx.para(*body), closer(ctx, lang, "rj"), bye(ctx, lang, sig))
    return reply(ctx, lang, text, ctx.person, staff(ctx))


@j1("k1_rj_re_decline_es_it_pt", "rejection", lang="es", n=N)
def decline_es_it_pt(ctx: Ctx) -> Draft:
    """Reply (RE:/R:/RES:) in Spanish, Italian or Portuguese: the candidate is not selected."""
    lang = ctx.pick(["es", "it", "pt"])
    local(ctx, lang)
    body = {
        "es": (
            "te escribo para comentarte que finalmente hemos decidido seguir con otros candidatos para el puesto de {title}.",
            "lamentamos comunicarte que tu candidatura no ha sido seleccionada en esta ocasión.",
            "gracias por tu interés. Tras revisar los perfiles, no vamos a continuar con tu candidatura.",
        ),
        "it": (
            "ti ringraziamo per l'interesse, ma abbiamo deciso di proseguire con altri profili per la posizione di {title}.",
            "purtroppo la tua candidatura non è stata selezionata per le fasi successive.",
            "dopo un'attenta valutazione, abbiamo scelto un candidato con un profilo più in linea.",
        ),
        "pt": (
            "agradecemos o interesse, mas decidimos avançar com outros candidatos para a função de {title}.",
            "infelizmente a sua candidatura não foi selecionada desta vez.",
            "após análise, optámos por um perfil mais próximo do que procuramos. Desejamos-lhe muito sucesso.",
        ),
    }[lang]
    text = join(
        hi(ctx, lang), ctx.para(*body), closer(ctx, lang, "rj"), bye(ctx, lang, "{person}\n{co}")
    )
    return reply(ctx, lang, text, ctx.person, staff(ctx))


@j1("k1_rj_re_after_call_pl_sv_nl", "rejection", lang="pl", n=N)
def after_call_pl_sv_nl(ctx: Ctx) -> Draft:
    """Reply in Polish, Swedish or Dutch after an interview: they chose someone else."""
    lang = ctx.pick(["pl", "sv", "nl"])
    local(ctx, lang)
    body = {
        "pl": (
            "dziękujemy za rozmowę. Niestety zdecydowaliśmy się na innego kandydata na stanowisko {title}.",
            "po rozmowach z kandydatami podjęliśmy decyzję o wyborze innej osoby. Dziękujemy za poświęcony czas.",
        ),
        "sv": (
            "tack för intervjun. Vi har nu gått vidare med en annan kandidat till tjänsten som {title}.",
            "tyvärr blev det inte du den här gången. Vi valde en kandidat med mer erfarenhet inom området.",
        ),
        "nl": (
            "bedankt voor het gesprek. We hebben besloten verder te gaan met een andere kandidaat voor de functie {title}.",
            "helaas moeten we je laten weten dat we voor iemand anders hebben gekozen.",
        ),
    }[lang]
    text = join(
        hi(ctx, lang), ctx.para(*body), closer(ctx, lang, "rj"), bye(ctx, lang, "{person}\n{co}")
    )
    return reply(ctx, lang, text, ctx.person, staff(ctx))


@j1("k1_iv_re_invite_en", "interview", n=N)
def invite_en(ctx: Ctx) -> Draft:
    """Reply in the receipt's or application's thread: come and talk to us."""
    when = weekday_future(ctx, 2, 12)
    text = join(
        hi(ctx, "en", 0.8),
        ctx.para(
            "Thanks for applying for the {title} role. We'd like to invite you for an interview - would "
            + at(ctx, when)
            + " work?",
            "Good news - the team liked your application and we'd love to set up a [30-minute|45-minute] video interview. Are you free "
            + at(ctx, when)
            + "?",
            "I'd like to have a chat about the role. Could you do "
            + at(ctx, when)
            + " on [Teams|Zoom|Google Meet]? If not, send me a few times that suit.",
            "We'd like to meet you in person at our [office|site]. How does "
            + at(ctx, when)
            + " sound?",
        ),
        ctx.para(
            "You'll meet me and [one of the team leads|our CTO|the head of department].",
            "It'll be a conversation about your experience and the role, nothing to prepare.",
            "",
        ),
        bye(ctx, "en", _who(ctx)),
    )
    return reply(ctx, "en", text, ctx.person, staff(ctx))


@j1("k1_iv_re_invite_de_nl_sv", "interview", lang="de", n=N)
def invite_de_nl_sv(ctx: Ctx) -> Draft:
    """Reply in thread (German, Dutch, Swedish): an invitation to an interview."""
    lang = ctx.pick(["de", "nl", "sv"])
    if ctx.chance(0.4):
        small(ctx, lang)
    else:
        local(ctx, lang)
    when = weekday_future(ctx, 2, 12)
    w = at(ctx, when, lang)
    body = {
        "de": (
            "vielen Dank für Ihre Bewerbung als {title}. Wir würden Sie gerne zu einem Vorstellungsgespräch einladen, am "
            + w
            + ". Passt Ihnen das?",
            "deine Unterlagen haben uns gefallen! Hast du Zeit für ein Kennenlerngespräch am "
            + w
            + "?",
        ),
        "nl": (
            "bedankt voor je sollicitatie. We nodigen je graag uit voor een gesprek op "
            + w
            + ". Laat je weten of dat schikt?",
            "leuk dat je hebt gesolliciteerd als {title}! Kun je langskomen voor een kennismakingsgesprek op "
            + w
            + "?",
        ),
        "sv": (
            "tack för din ansökan. Vi vill gärna träffa dig på en intervju " + w + ". Passar det?",
            "vi har läst din ansökan som {title} och vill bjuda in dig till en intervju " + w + ".",
        ),
    }[lang]
    text = join(
        hi(ctx, lang), ctx.para(*body), closer(ctx, lang, "iv"), bye(ctx, lang, "{person}\n{co}")
    )
    return reply(ctx, lang, text, ctx.person, staff(ctx))


@j1("k1_iv_re_invite_fr_es_it_pl", "interview", lang="fr", n=N)
def invite_fr_es_it_pl(ctx: Ctx) -> Draft:
    """Reply in thread (French, Spanish, Italian, Polish): an interview proposed."""
    lang = ctx.pick(["fr", "es", "it", "pl"])
    local(ctx, lang)
    when = weekday_future(ctx, 2, 12)
    w = at(ctx, when, lang)
    body = {
        "fr": (
            "suite à votre candidature au poste de {title}, nous souhaiterions vous rencontrer pour un entretien le "
            + w
            + ". Merci de me confirmer votre disponibilité.",
            "ton profil nous intéresse ! Serais-tu dispo pour un premier échange en visio le "
            + w
            + " ?",
        ),
        "es": (
            "nos gustaría conocerte en una entrevista para el puesto de {title}. ¿Te viene bien el "
            + w
            + "?",
            "hemos revisado tu CV y queremos invitarte a una entrevista por videollamada el "
            + w
            + ".",
        ),
        "it": (
            "abbiamo letto il tuo CV e vorremmo invitarti a un colloquio conoscitivo "
            + w
            + ". Fammi sapere se va bene.",
            "saremmo lieti di incontrarla per un colloquio per la posizione di {title}, " + w + ".",
        ),
        "pl": (
            "dziękujemy za aplikację. Chcielibyśmy zaprosić Panią/Pana na rozmowę kwalifikacyjną w dniu "
            + w
            + ".",
            "Twoje CV nas zainteresowało. Czy pasuje Ci rozmowa online " + w + "?",
        ),
    }[lang]
    text = join(
        hi(ctx, lang), ctx.para(*body), closer(ctx, lang, "iv"), bye(ctx, lang, "{person}\n{co}")
    )
    return reply(ctx, lang, text, ctx.person, staff(ctx))


@j1("k1_tr_re_takehome_en", "technical_round", n=N)
def takehome_en(ctx: Ctx) -> Draft:
    """Reply in thread: the next step is a take-home exercise, with a deadline."""
    days = ctx.pick(["3 days", "5 days", "a week", "72 hours"])
    text = join(
        hi(ctx, "en", 0.8),
        ctx.para(
            "Thanks for applying! As a next step we'd like you to complete a short take-home exercise. The brief is attached; it should take about [2|3|4] hours and you have "
            + days
            + " to send it back.",
            "We'd like to move you to the technical stage. Here's the take-home: "
            + ctx.url("github.com", "org/exercise")
            + " - please fork it and share your solution within "
            + days
            + ".",
            "Next up is a small coding task. I've sent you an invite to [a private repo|CoderPad|HackerRank]; you've got "
            + days
            + " to do it at your own pace.",
        ),
        ctx.para(
            "We'll then discuss your solution in a [45-minute|1-hour] technical interview.",
            "Don't over-engineer it - we care about readability and tests.",
            "",
        ),
        bye(ctx, "en", _who(ctx)),
    )
    return reply(ctx, "en", text, ctx.person, staff(ctx))


@j1("k1_tr_re_test_de_fr_es", "technical_round", lang="de", n=N)
def test_de_fr_es(ctx: Ctx) -> Draft:
    """Reply in thread (German, French, Spanish): a technical test or case study follows."""
    lang = ctx.pick(["de", "fr", "es"])
    local(ctx, lang)
    link = ctx.url(
        ctx.pick(
            ["app.codility.com", "www.hackerrank.com", "app.testgorilla.com", "coderbyte.com"]
        ),
        "test",
    )
    body = {
        "de": (
            "als nächsten Schritt bitten wir Sie, einen kurzen Online-Test zu absolvieren (ca. 60 Minuten): "
            + link,
            "wir würden gerne mit einer kleinen Fallstudie weitermachen. Die Aufgabe hängt an; bitte schick uns deine Lösung bis Ende der Woche.",
        ),
        "fr": (
            "nous vous proposons de passer à l'étape suivante : un test technique en ligne d'environ une heure. Lien : "
            + link,
            "prochaine étape : un petit exercice à la maison (cas pratique en pièce jointe), à nous renvoyer sous 5 jours.",
        ),
        "es": (
            "el siguiente paso es una prueba técnica online de unos 60 minutos: " + link,
            "te proponemos una pequeña prueba práctica. Tienes el enunciado adjunto y una semana para enviarla.",
        ),
    }[lang]
    text = join(
        hi(ctx, lang), ctx.para(*body), closer(ctx, lang, "tr"), bye(ctx, lang, "{person}\n{co}")
    )
    return reply(ctx, lang, text, ctx.person, staff(ctx))


@j1("k1_tr_re_tech_interview_booking", "technical_round", n=N)
def tech_interview_booking(ctx: Ctx) -> Draft:
    """Reply in thread: book the technical interview (pairing, system design, live coding)."""
    when = weekday_future(ctx, 2, 10)
    kind = ctx.pick(
        [
            "a live coding session",
            "a pair-programming session",
            "a system design interview",
            "a technical interview with two of our engineers",
        ]
    )
    text = join(
        hi(ctx, "en", 0.8),
        ctx.para(
            "Following your application for {title}, we'd like to invite you to "
            + kind
            + ". Does "
            + at(ctx, when)
            + " work?",
            "Next step is " + kind + " ([60|75|90] minutes). Book a slot here: {link}",
            "The team would like to do "
            + kind
            + " with you. I've pencilled in "
            + at(ctx, when)
            + " - let me know if that's OK.",
        ),
        ctx.para(
            "Bring your own laptop/IDE setup if you prefer.",
            "You can use any language you're comfortable with.",
            "",
        ),
        bye(ctx, "en", _who(ctx)),
    )
    return reply(ctx, "en", text, ctx.person, staff(ctx))


@j1("k1_of_re_offer_en", "offer", n=N)
def offer_en(ctx: Ctx) -> Draft:
    """Reply in thread: the offer, briefly, with the figure and the paperwork to follow."""
    text = join(
        hi(ctx, "en", 0.8),
        ctx.para(
            "I'm delighted to offer you the {title} position. The salary is {money} per year and we'd love you to start [next month|on the 1st|in four weeks].",
            "Great news - we'd like to make you an offer! Base of {money}, plus [bonus|benefits|pension]. The formal offer letter will follow today.",
            "Following your interviews, we're pleased to offer you the role. Details are in the attached offer letter; please sign and return it by [Friday|the end of next week].",
        ),
        ctx.para(
            "Any questions, give me a ring.",
            "Congratulations!",
            "Let me know if you'd like to talk anything through.",
            "",
        ),
        bye(ctx, "en", _who(ctx)),
    )
    return reply(ctx, "en", text, ctx.person, staff(ctx))


@j1("k1_of_re_offer_i18n", "offer", lang="de", n=N)
def offer_i18n(ctx: Ctx) -> Draft:
    """Reply in thread in German, French, Dutch, Swedish or Polish: the offer."""
    lang = ctx.pick(["de", "fr", "nl", "sv", "pl"])
    local(ctx, lang)
    body = {
        "de": (
            "wir freuen uns, Ihnen die Stelle als {title} anbieten zu können! Den Arbeitsvertrag schicken wir Ihnen in den nächsten Tagen zu.",
            "gute Nachrichten: wir möchten dir ein Angebot machen. Gehalt und Startdatum findest du im angehängten Vertragsentwurf.",
        ),
        "fr": (
            "nous avons le plaisir de vous proposer le poste de {title}. Vous trouverez la promesse d'embauche en pièce jointe.",
            "bonne nouvelle : on aimerait te faire une proposition ! Le contrat suit par mail.",
        ),
        "nl": (
            "we zijn blij je de functie {title} aan te bieden! Het arbeidsvoorwaardenvoorstel zit in de bijlage.",
            "goed nieuws: we willen je graag aannemen. Ik stuur je vandaag het contract.",
        ),
        "sv": (
            "vi är glada att kunna erbjuda dig tjänsten som {title}! Anställningsavtalet skickas separat.",
            "vi vill gärna anställa dig. Erbjudandet med lön och startdatum ligger bifogat.",
        ),
        "pl": (
            "z przyjemnością przedstawiamy ofertę zatrudnienia na stanowisku {title}. Szczegóły w załączniku.",
            "mamy dobrą wiadomość - chcemy złożyć Ci ofertę pracy. Umowę prześlemy w tym tygodniu.",
        ),
    }[lang]
    text = join(
        hi(ctx, lang), ctx.para(*body), closer(ctx, lang, "of"), bye(ctx, lang, "{person}\n{co}")
    )
    return reply(ctx, lang, text, ctx.person, staff(ctx))
