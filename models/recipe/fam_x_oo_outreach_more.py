"""More ``recruiter_outreach`` families: campus recruiting, German/Dutch and French/Spanish outreach.

Split from ``fam_x_outreach_other`` (shared helpers live there) to keep files under 600 lines.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_x_outreach_other import _join, _opt
from kit import Ctx, Draft, ats_sender, family, sign_person

_MAJORS = (
    "Computer Science",
    "Electrical Engineering",
    "Data Science",
    "Business Administration",
    "Mechanical Engineering",
    "Statistics",
    "Finance",
    "Nursing",
    "Design",
)
_FAIRS = (
    "Fall Engineering Career Fair",
    "Spring Career Expo",
    "STEM Career Fair",
    "Tech Talent Night",
    "Graduate Career Fair",
    "Business & Tech Career Fair",
)


@family("oo_campus_recruiting", "recruiter_outreach", n=30)
def campus_recruiting(ctx: Ctx) -> Draft:
    major = ctx.pick(_MAJORS)
    fair = ctx.pick(_FAIRS)
    via_handshake = ctx.chance(0.4)
    opener = ctx.para(
        "I'm on the University Recruiting team at {co}, and I noticed on your profile that you're studying "
        + major
        + " [and graduating next spring|and looking for a summer internship|with an interest in our industry].",
        "Your profile came up in our search for [students|recent grads] in "
        + major
        + ", and [your project experience|your coursework|your internship last summer] really stood out to us.",
        "We're visiting your campus [soon|this semester] and wanted to personally invite you to connect with {co}!",
    )
    event = ctx.para(
        "We'll be at the "
        + fair
        + " on {day} - stop by booth [#{n}{n}|{n}] to meet our [engineers|recruiters|team], ask questions, and learn about our {title} [openings|program].",
        "We're hosting [an info session|a virtual coffee chat|a resume review night|a tech talk with pizza] on {day} at {time}[ in the Student Union| on Zoom|]. Seats are limited, so RSVP here: {link}",
        "We'd love for you to apply to our {title} [role|program] for [summer 2025|2026 new grads|the upcoming cohort] - applications are open until {day}.",
    )
    extra = _opt(
        ctx,
        0.5,
        "[Bring a few copies of your resume!|No need to prepare anything - just come say hi.|Students from all years are welcome.]",
        "Our [intern class|new grad cohort] gets [mentorship, real projects and a return offer path|paid housing and a stipend|rotations across teams].",
        "Sponsorship [is|is not] available for this program.",
    )
    subject = ctx.para(
        "Meet {co} at the " + fair,
        "You're invited: {co} info session",
        "{first}, we'd love to meet you on campus",
        "Invitation to apply: {title}",
        "{co} is hiring " + major + " students",
        "Message from {co}",
    )
    body = _join(opener, event, extra)
    if via_handshake:
        body = (
            ctx.fill("{person} from {co} sent you a message:\n\n")
            + body
            + "\n\nReply on Handshake: https://app.joinhandshake.com/stu/conversations/"
            + str(ctx.num(10**6, 10**7))
        )
        return Draft(
            ctx.fill(
                "[New message from {co}|{person} from {co} sent you a message|{co} wants to meet you]"
            ),
            body,
            "Handshake",
            "messages@notifications.joinhandshake.com",
            greet=False,
            sign="",
            footer="You're receiving this because you are a Handshake student user. Manage email preferences.",
            bulk=True,
            form="alt",
        )
    name, addr = (
        ctx.fill("[University Recruiting|{co} Campus Recruiting|{co} Early Careers|{person}]"),
        ctx.fill("[campus|earlycareers|university]@{domain}"),
    )
    return Draft(
        subject,
        body,
        name,
        addr,
        sign=sign_person(
            ctx,
            ctx.pick(["University Recruiter", "Campus Recruiting Lead", "Early Careers Recruiter"]),
        ),
        bulk=ctx.chance(0.3),
    )


@family("oo_xing_de_nl", "recruiter_outreach", n=30)
def xing_de_nl(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, "person")
    if ctx.chance(0.55):
        lang = "de"
        if ctx.chance(0.6):  # "Sie": the usual first contact
            hello = ctx.fill(
                "[Guten Tag {first} {last}|Hallo {first} {last}|Sehr geehrte/r {first} {last}|Hallo {first}],"
            )
            intro = ctx.para(
                "ich bin auf Ihr [Profil bei XING|LinkedIn-Profil|Profil] gestoßen und möchte Sie gerne auf eine spannende Position bei {co} aufmerksam machen.",
                "mein Name ist {person}, ich bin [Recruiterin|Recruiter|Talent Acquisition Partner] bei {co}. Ihr Werdegang hat mich sehr angesprochen, daher melde ich mich direkt bei Ihnen.",
                "wir kennen uns noch nicht - ich bin {person} aus dem Recruiting-Team von {co} und bin bei meiner Suche auf Ihr Profil gestoßen.",
            )
            ask = ctx.para(
                "Wären Sie grundsätzlich offen für einen Wechsel? Dann würde ich mich über ein kurzes, unverbindliches Telefonat freuen.",
                "Hätten Sie in den nächsten Tagen 15 Minuten Zeit für ein erstes Kennenlernen?",
                "Falls Sie Interesse haben, sende ich Ihnen gerne die vollständige Stellenbeschreibung zu.",
            )
        else:  # "du": startups and tech
            hello = ctx.fill("[Hi {first}|Hallo {first}|Hey {first}|Moin {first}],")
            intro = ctx.para(
                "entschuldige die direkte Nachricht - ich bin {pfirst} von {co} und suche aktuell Verstärkung für unser Team.",
                "ich bin über dein [GitHub|LinkedIn-Profil|XING-Profil] auf dich aufmerksam geworden und wollte mich kurz melden. Ich bin {pfirst}, [Recruiterin|Recruiter|Gründer] bei {co}.",
            )
            ask = ctx.para(
                "Hast du Lust, dich kurz auszutauschen? Schreib mir gerne, wann es dir passt.",
                "Wärst du offen für einen kurzen Call diese Woche? Ganz unverbindlich.",
                "Falls das spannend klingt, meld dich gern - sonst nichts für ungut!",
            )
        body = _join(
            hello,
            intro,
            ctx.para(
                "Wir suchen eine/n {title} (m/w/d)[ am Standort {city}| in {city} oder remote| - hybrid in {city}|]. [Unbefristet, 30 Urlaubstage, Gehalt bis {money}.|Die Stelle ist neu geschaffen.|Das Team besteht aus {n} Kolleg:innen.]",
                "Aktuell besetzen wir die Position {title} (w/m/d)[ in Vollzeit|] - [mit viel Gestaltungsspielraum|in einem wachsenden Team|mit flexiblen Arbeitszeiten].",
            ),
            ask,
            ctx.fill("[Viele Grüße|Beste Grüße|Mit freundlichen Grüßen|LG]\n{person}[\n{co}|]"),
        )
        subject = ctx.para(
            "Spannende Position als {title}",
            "Ihr Profil - {title} (m/w/d)",
            "Kurze Frage",
            "Neue Herausforderung?",
            "{co} sucht {title}",
            "Kontaktaufnahme",
        )
    else:
        lang = "nl"
        body = _join(
            ctx.fill("[Hoi {first}|Hallo {first}|Beste {first}|Goedemiddag {first}],"),
            ctx.para(
                "ik kwam je profiel tegen op LinkedIn en werd meteen enthousiast.",
                "mijn naam is {person}, recruiter bij {co}. We kennen elkaar nog niet, maar ik zag je ervaring en wilde je graag benaderen.",
                "ik ben {pfirst} van {co} en ik ben op zoek naar een {title} voor ons team[ in {city}|].",
            ),
            ctx.para(
                "Het gaat om een functie als {title}[ in {city}| (hybride)| (32-40 uur)|]. [Salaris tot {money}, plus een goede pensioenregeling.|Het team groeit hard dit jaar.|Je krijgt veel vrijheid en verantwoordelijkheid.]",
                "We zoeken een {title} die [het team komt versterken|mee wil bouwen aan ons platform]. [Vast contract na een jaar.|Inclusief leasebudget en thuiswerkvergoeding.]",
            ),
            ctx.para(
                "Sta je open voor een nieuwe uitdaging? Zullen we even bellen?",
                "Heb je deze week tijd voor een kort, vrijblijvend kennismakingsgesprek?",
                "Laat je me weten of je interesse hebt? Dan stuur ik je de vacaturetekst.",
            ),
            ctx.fill(
                "[Groet|Met vriendelijke groet|Groetjes|Hartelijke groet],\n{person}[\n{co}|]"
            ),
        )
        subject = ctx.para(
            "Nieuwe uitdaging als {title}?",
            "Vacature: {title}",
            "Even kennismaken?",
            "Jouw profiel",
            "Interessante functie bij {co}",
        )
    return Draft(
        subject, body, name, addr, greet=False, sign="", lang=lang, form=ctx.pick(["plain", "alt"])
    )


@family("oo_fr_es_approche", "recruiter_outreach", n=30)
def fr_es_approche(ctx: Ctx) -> Draft:
    name, addr = ats_sender(ctx, ctx.pick(["person", "person", "own"]))
    if ctx.chance(0.5):
        lang = "fr"
        body = _join(
            ctx.fill("[Bonjour {first}|Bonjour {first} {last}|Hello {first}],"),
            ctx.para(
                "Je me permets de vous contacter car votre profil a retenu toute mon attention.",
                "Je suis {person}, [chargée|chargé] de recrutement chez {co}. Nous ne nous connaissons pas, mais j'ai découvert votre parcours sur LinkedIn.",
                "Je travaille chez {co} et je recherche actuellement un(e) {title} pour [notre équipe|notre bureau de {city}|un poste clé].",
            ),
            ctx.para(
                "Il s'agit d'un poste de {title} en [CDI|CDD de 12 mois|freelance] basé à {city}[ avec 2 jours de télétravail|, full remote possible|]. [Rémunération : {money} selon profil.|Le poste est à pourvoir rapidement.]",
                "Nous renforçons notre équipe et cherchons un(e) {title} [confirmé(e)|senior|motivé(e)].",
            ),
            ctx.para(
                "Seriez-vous ouvert(e) à de nouvelles opportunités ? Si oui, seriez-vous disponible pour un échange téléphonique de 15 minutes ?",
                "Si le sujet vous intéresse, je serais ravi(e) d'en discuter lors d'un premier appel, sans engagement.",
                "N'hésitez pas à me répondre directement ici si vous souhaitez en savoir plus.",
            ),
            ctx.fill("[Bien à vous|Cordialement|Belle journée|Bien cordialement],\n{person}"),
        )
        subject = ctx.para(
            "Opportunité : {title}",
            "Votre profil",
            "Poste de {title} chez {co}",
            "Prise de contact",
            "Une opportunité qui pourrait vous intéresser",
        )
    else:
        lang = "es"
        body = _join(
            ctx.fill("[Hola {first}|Buenos días {first}|Estimado/a {first}],"),
            ctx.para(
                "¿qué tal? Soy {person}, [recruiter|responsable de selección|talent acquisition] en {co}. He visto tu perfil en LinkedIn y creo que encajarías muy bien en un puesto que tenemos abierto.",
                "te escribo porque tu perfil me ha llamado mucho la atención. Trabajo en {co} y estoy buscando un/a {title}.",
                "no nos conocemos, pero me he tomado la libertad de contactarte por tu experiencia como profesional del sector.",
            ),
            ctx.para(
                "Se trata de una posición de {title} en {city}[ (modalidad híbrida)| (100% remoto)|]. [Contrato indefinido y salario de {money}.|Incorporación inmediata.|Equipo joven y en pleno crecimiento.]",
                "Buscamos un/a {title} para [reforzar el equipo|liderar un nuevo proyecto] en {co}.",
            ),
            ctx.para(
                "¿Estarías abierto/a a escuchar nuevas oportunidades? Si te apetece, podemos tener una llamada de 15 minutos esta semana.",
                "Si te interesa, respóndeme y te paso la descripción completa del puesto.",
                "¿Te viene bien que hablemos por teléfono un momento?",
            ),
            ctx.fill("[Un saludo|Saludos|Muchas gracias|Un abrazo],\n{person}"),
        )
        subject = ctx.para(
            "Oportunidad: {title}",
            "Tu perfil",
            "Posición de {title} en {co}",
            "¿Hablamos?",
            "Oferta de empleo: {title}",
        )
    return Draft(
        subject, body, name, addr, greet=False, sign="", lang=lang, form=ctx.pick(["plain", "alt"])
    )


# ---- other job mail -----------------------------------------------------------------------------
