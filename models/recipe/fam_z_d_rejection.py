"""Rejections that open warmly (thanks, praise, the shortlist was strong) and only then say
no, in English, French, German, Spanish, and Dutch / Italian / Portuguese.

One writer's families (zd_), written without reading the other family modules.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, ascii_word, ats_sender, family, sign_person, sign_team
from zc_kit import body
from zd_kit import ZD_N, bye_in, hello_in, one


@family("zd_rej_warm_en", "rejection", n=ZD_N)
def warm_en(ctx: Ctx) -> Draft:
    """English: gratitude and a compliment first, the decision in the second paragraph."""
    paras = [
        one(
            ctx,
            "First of all, thank you for the time and energy you put into the {title} process - [the team really enjoyed meeting you|everyone who spoke with you came away impressed|your take-home was one of the most thoughtful we received].",
            "It was a real pleasure getting to know you over the past few weeks, and I want to thank you for your patience while we finished our interviews for {title}.",
            "I hope you've had a good week! I wanted to personally reach out about the {title} role at {co}.",
            "Thanks so much for your interest in {co} and for sharing your story with us.",
        ),
        one(
            ctx,
            "This was an incredibly difficult decision, but we've decided to [move ahead with another candidate|offer the role to someone whose experience lines up more closely with what we need right now].",
            "After a lot of discussion, we won't be moving forward with your application this time.",
            "Unfortunately, we've [chosen|decided] to pursue other candidates for this position.",
            "I'm sorry to say we won't be extending an offer on this occasion.",
        ),
        one(
            ctx,
            "[I know this isn't the news you were hoping for.|Please don't read this as a reflection of your ability.|We'd genuinely love to stay in touch.] [If you'd like feedback, I'm happy to set up a short call.|We'll keep your details on file for future roles.|I hope our paths cross again.]",
            "We wish you every success in your search.",
            "",
        ),
    ]
    subject = one(
        ctx,
        "Your application for {title}",
        "Thank you, {first}",
        "{co} - an update on {title}",
        "Following up on your interviews",
        "Update from {co}",
    )
    ats = ctx.pick(["greenhouse", "lever", "ashby", "person", "own"])
    sender = ats_sender(ctx, ats)
    return Draft(
        subject,
        body(*paras),
        sender[0],
        sender[1],
        sign=sign_person(ctx) if ats in ("person", "ashby") else sign_team(ctx),
    )


def _from(ctx: Ctx) -> tuple[str, str]:
    """A recruiter's own address or the company's careers address."""
    if ctx.chance(0.5):
        return (
            ctx.person,
            f"{ascii_word(ctx.person_first)}.{ascii_word(ctx.person_last)}@{ctx.domain}",
        )
    return ctx.fill(ctx.pick(["{co} Recruiting", "{co} Talent", "{co}", "{co} HR"])), ctx.fill(
        ctx.pick(["jobs@{domain}", "careers@{domain}", "rh@{domain}", "talent@{domain}"])
    )


def _who(ctx: Ctx, role: str) -> str:
    return ctx.fill(
        ctx.pick(
            [
                f"{{person}}\n{role} | {{co}}",
                "{person}",
                "{pfirst}",
                "L'équipe {co}" if role.startswith("Charg") else "{co}",
            ]
        )
    )


@family("zd_rej_warm_fr", "rejection", lang="fr", n=ZD_N)
def warm_fr(ctx: Ctx) -> Draft:
    paras = [
        hello_in(ctx, "fr"),
        one(
            ctx,
            "Merci [sincèrement|beaucoup] pour l'intérêt que vous portez à {co} et pour le temps consacré à nos échanges concernant le poste de {title}.",
            "Nous avons pris beaucoup de plaisir à échanger avec vous [lors de vos entretiens|ces dernières semaines] et nous vous remercions pour votre disponibilité.",
            "Tout d'abord, merci pour votre candidature au poste de {title} : votre parcours a retenu toute notre attention.",
        ),
        one(
            ctx,
            "Après mûre réflexion, nous [avons décidé de|avons choisi de] poursuivre avec [un autre candidat|une autre candidate|un(e) autre candidat(e)] dont le profil correspond davantage à nos besoins actuels.",
            "Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre candidature.",
            "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.",
        ),
        one(
            ctx,
            "Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présente.",
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "N'hésitez pas à suivre nos prochaines offres.",
        ),
    ]
    subject = one(
        ctx,
        "Votre candidature chez {co}",
        "Suite à votre candidature - {title}",
        "{co} : retour sur votre candidature",
        "Votre candidature au poste de {title}",
    )
    name, addr = _from(ctx)
    return Draft(
        subject,
        body(*paras),
        name,
        addr,
        greet=False,
        sign=bye_in(ctx, "fr", _who(ctx, "Chargée de recrutement")),
        lang="fr",
    )


@family("zd_rej_warm_de", "rejection", lang="de", n=ZD_N)
def warm_de(ctx: Ctx) -> Draft:
    paras = [
        hello_in(ctx, "de"),
        one(
            ctx,
            "vielen Dank für Ihr Interesse an {co} und die Zeit, die Sie sich für die Gespräche zur Position {title} genommen haben.",
            "zunächst einmal herzlichen Dank für Ihre Bewerbung als {title} und die angenehmen Gespräche mit unserem Team.",
            "danke, dass Sie sich bei uns beworben haben - wir haben Ihre Unterlagen mit großem Interesse gelesen.",
        ),
        one(
            ctx,
            "Nach sorgfältiger Prüfung haben wir uns [leider|jedoch] für [eine andere Kandidatin|einen anderen Kandidaten|eine andere Person] entschieden, deren Profil noch besser zu unseren aktuellen Anforderungen passt.",
            "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
            "Wir bedauern, Ihnen heute keine positive Nachricht geben zu können: Die Stelle wurde anderweitig besetzt.",
        ),
        one(
            ctx,
            "Bitte verstehen Sie dies nicht als Urteil über Ihre Qualifikation. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute und viel Erfolg.",
            "Gerne behalten wir Ihre Unterlagen - Ihr Einverständnis vorausgesetzt - für künftige Vakanzen in unserem Talentpool.",
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.",
        ),
    ]
    subject = one(
        ctx,
        "Ihre Bewerbung bei {co}",
        "Ihre Bewerbung als {title}",
        "Rückmeldung zu Ihrer Bewerbung",
        "{co} - Ihre Bewerbung",
    )
    name, addr = _from(ctx)
    text = body(*paras)
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=False,
        sign=bye_in(ctx, "de", _who(ctx, "Talent Acquisition")),
        lang="de",
    )


@family("zd_rej_warm_es", "rejection", lang="es", n=ZD_N)
def warm_es(ctx: Ctx) -> Draft:
    paras = [
        hello_in(ctx, "es"),
        one(
            ctx,
            "Queremos agradecerte [de corazón|sinceramente] el tiempo y el interés que has dedicado al proceso de selección para el puesto de {title} en {co}.",
            "Ha sido un placer conocerte durante las entrevistas y te agradecemos la paciencia mientras cerrábamos el proceso.",
            "Gracias por tu candidatura a {title}; tu perfil nos pareció muy interesante.",
        ),
        one(
            ctx,
            "Tras valorar todas las candidaturas, hemos decidido continuar con otra persona cuyo perfil se ajusta más a las necesidades actuales del equipo.",
            "Lamentablemente, en esta ocasión no vamos a seguir adelante con tu candidatura.",
            "Sentimos comunicarte que no has sido seleccionado/a para la siguiente fase.",
        ),
        one(
            ctx,
            "Guardaremos tu CV para futuras vacantes que encajen con tu perfil.",
            "Te deseamos mucho éxito en tu búsqueda.",
            "Esperamos que nuestros caminos se vuelvan a cruzar.",
        ),
    ]
    subject = one(
        ctx,
        "Tu candidatura en {co}",
        "Proceso de selección - {title}",
        "Respuesta a tu candidatura",
        "{co}: actualización de tu proceso",
    )
    name, addr = _from(ctx)
    return Draft(
        subject,
        body(*paras),
        name,
        addr,
        greet=False,
        sign=bye_in(ctx, "es", _who(ctx, "Talent Acquisition")),
        lang="es",
    )


_NIP = {
    "nl": (
        [
            "Je sollicitatie bij {co}",
            "Terugkoppeling sollicitatie {title}",
            "Update over je sollicitatie",
        ],
        [
            "Hartelijk dank voor je sollicitatie en voor [de prettige gesprekken|je tijd en enthousiasme] rond de functie {title}.",
            "Na zorgvuldige afweging hebben we besloten om verder te gaan met een andere kandidaat. [Het was een lastige keuze.|Dit was geen makkelijke beslissing.]",
            "[We wensen je veel succes met je verdere zoektocht.|Met je toestemming bewaren we je gegevens voor toekomstige vacatures.]",
        ],
    ),
    "it": (
        [
            "La tua candidatura presso {co}",
            "Aggiornamento sulla candidatura - {title}",
            "Esito della selezione",
        ],
        [
            "Ti ringraziamo [sinceramente|molto] per l'interesse mostrato verso {co} e per il tempo dedicato ai colloqui per la posizione di {title}.",
            "Dopo un'attenta valutazione, abbiamo deciso di proseguire con un altro profilo più in linea con le esigenze attuali del team.",
            "[Ti auguriamo il meglio per il tuo percorso professionale.|Conserveremo il tuo CV per future opportunità.]",
        ],
    ),
    "pt": (
        [
            "A sua candidatura na {co}",
            "Retorno sobre o processo - {title}",
            "Atualização da sua candidatura",
        ],
        [
            "Muito obrigado pelo seu interesse na {co} e pelo tempo dedicado às entrevistas para a vaga de {title}.",
            "Depois de uma análise cuidadosa, decidimos seguir com outro(a) candidato(a) cujo perfil está mais alinhado ao momento da equipe.",
            "[Desejamos muito sucesso na sua jornada.|Manteremos o seu currículo no nosso banco de talentos para futuras oportunidades.]",
        ],
    ),
}


@family("zd_rej_warm_nl_it_pt", "rejection", n=ZD_N)
def warm_nl_it_pt(ctx: Ctx) -> Draft:
    lang = ctx.pick(sorted(_NIP))
    subjects, paras = _NIP[lang]
    text = body(hello_in(ctx, lang), *(ctx.fill(p) for p in paras))
    name, addr = _from(ctx)
    return Draft(
        ctx.fill(ctx.pick(subjects)),
        text,
        name,
        addr,
        greet=False,
        sign=bye_in(ctx, lang, _who(ctx, "Talent Acquisition")),
        lang=lang,
    )
