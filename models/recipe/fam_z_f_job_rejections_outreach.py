"""Template families (zf_, written blind): rejections (after an onsite with feedback, terse
ones in seven languages) and recruiter outreach (in-house with HTML signatures, headhunters
writing in German, French and Spanish, a friend forwarding a recruiter's note).
"""

# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from kit import Ctx, Draft, family, sign_person
from zf_kit import (
    ZF_N,
    addr,
    body,
    bye,
    confidential,
    fwd_header,
    hello,
    phone,
    privacy,
)


@family("zf_rej_after_onsite_feedback", "rejection", n=ZF_N)
def _rej_onsite_feedback(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "Thank you for spending the day with us last week and for the time you put into preparing. I know onsite interviews are a real investment.",
            "I wanted to thank you personally for coming in to meet the team for the {title} role.",
            "Thanks again for your patience while the team wrapped up the interviews for the {title} position.",
        ),
        ctx.para(
            "After a lot of discussion, the team has decided not to move forward with an offer at this time.",
            "Unfortunately, we've decided to go with another candidate whose experience more closely matches what we need right now.",
            "I'm sorry to say that we won't be extending an offer. It was a close call.",
            "The panel decided to pursue other candidates for this position.",
        ),
        ctx.para(
            "Since you asked for feedback: the interviewers really liked your communication and product sense. The main gap was depth in [system design|stakeholder management|data modelling|people leadership] for the scope of this role.",
            "Some feedback, in case it's helpful: your [case presentation|portfolio review|technical discussion] was strong, but the team felt you'd need more hands-on experience with [large-scale distributed systems|B2B enterprise sales cycles|regulated environments] to succeed from day one.",
            "Feedback from the panel was positive overall; the deciding factor was [seniority|domain experience|availability to start sooner].",
            "",
        ),
        ctx.para(
            "We'd genuinely like to stay in touch - I'll reach out if a role opens that fits better.",
            "Please don't hesitate to apply again in the future.",
            "I'm happy to set up a short call if you'd like to talk through the feedback.",
        ),
    ]
    return Draft(
        subject=ctx.fill(
            ctx.pick(
                [
                    "Update on your {title} interview",
                    "Re: {co} onsite",
                    "Your candidacy at {co}",
                    "Following up after your onsite",
                    "{title} - decision",
                ]
            )
        ),
        body=body(*paras),
        from_name=ctx.person,
        from_addr=addr(ctx, ctx.pick(["{pf}.{pl}@{domain}", "{pf}@{domain}"])),
        sign=sign_person(ctx),
        footer=confidential(ctx) if ctx.chance(0.3) else "",
    )


@family("zf_rej_terse_i18n", "rejection", lang="fr", n=ZF_N)
def _rej_terse(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "de", "fr", "es", "it", "nl", "pt"])
    text = {
        "en": [
            "We won't be moving forward with your application for {title}. Thanks for your interest.",
            "The {title} role has been filled. Best of luck with your search.",
            "Not a fit this time, sorry. Thanks for applying to {co}.",
        ],
        "de": [
            "leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung als {title} nicht weiter berücksichtigen können.",
            "die Stelle als {title} wurde bereits besetzt. Wir wünschen Ihnen viel Erfolg.",
        ],
        "fr": [
            "nous ne donnerons pas suite à votre candidature pour le poste de {title}.",
            "le poste de {title} a été pourvu. Nous vous souhaitons bonne continuation.",
        ],
        "es": [
            "lamentablemente, no continuaremos con tu candidatura para {title}.",
            "la vacante de {title} ya ha sido cubierta. Te deseamos mucho éxito.",
        ],
        "it": [
            "purtroppo non proseguiremo con la tua candidatura per {title}.",
            "la posizione di {title} è stata coperta. In bocca al lupo!",
        ],
        "nl": [
            "helaas gaan we niet verder met je sollicitatie voor {title}.",
            "de vacature {title} is inmiddels vervuld. Veel succes verder.",
        ],
        "pt": [
            "infelizmente não vamos avançar com a sua candidatura para {title}.",
            "a vaga de {title} já foi preenchida. Desejamos-lhe boa sorte.",
        ],
    }[lang]
    subj = {
        "en": "Your application",
        "de": "Ihre Bewerbung",
        "fr": "Votre candidature",
        "es": "Tu candidatura",
        "it": "La tua candidatura",
        "nl": "Je sollicitatie",
        "pt": "A sua candidatura",
    }[lang]
    h = hello(ctx, lang, 0.8)
    main = ctx.para(*text)
    if not h.endswith(",") or lang == "en":
        main = main[0].upper() + main[1:]
    return Draft(
        subject=ctx.fill(subj + ctx.pick([" - {co}", " ({title})", "", ": {title}"])),
        body=body(h, main),
        from_name=ctx.fill(ctx.pick(["{co}", "{co} HR", "{person}"])),
        from_addr=addr(ctx, ctx.pick(["hr@{domain}", "jobs@{domain}", "{pf}.{pl}@{domain}"])),
        greet=False,
        sign=bye(ctx, lang, ctx.pick(["{co}", "{person}", "HR {co}"])),
        form="plain",
        lang=lang,
    )


@family("zf_ro_inhouse_html_signature", "recruiter_outreach", n=ZF_N)
def _ro_inhouse(ctx: Ctx) -> Draft:
    paras = [
        ctx.para(
            "I came across your profile and was impressed by your work at your current company. I'm hiring a {title} for our team in {city} and thought you might be a great fit.",
            "I lead recruiting for our product engineering org at {co}, and I'm reaching out because your background lines up really well with a {title} role we just opened.",
            "I hope you don't mind the cold email. We're growing the team at {co} and I'm looking for a {title} - your experience caught my eye.",
        ),
        ctx.para(
            "A few highlights: hybrid (2 days in office), a compensation range of {money} plus equity, and a team that ships weekly.",
            "The role reports to our VP and owns a meaningful piece of the roadmap. Range is {money} depending on level.",
            "We're a [Series B|public|bootstrapped|family-owned] company of around [80|400|2,000] people, and this is a brand new position.",
        ),
        ctx.para(
            "Would you be open to a 20-minute conversation next week? No pressure if the timing isn't right.",
            "If you're open to hearing more, just reply with a couple of times that work - or grab a slot here: {link}",
            "Even if you're not looking, I'd love to connect for the future.",
        ),
    ]
    sig = "\n".join(
        [
            ctx.fill("{person}"),
            ctx.fill(
                ctx.pick(
                    [
                        "Senior Technical Recruiter",
                        "Talent Acquisition Lead",
                        "Head of Talent",
                        "Recruiting Manager",
                    ]
                )
                + " | {co}"
            ),
            phone(ctx),
            ctx.fill("www.{domain}"),
            ctx.pick(
                [
                    "[LinkedIn icon] [Twitter icon]",
                    "[image: company logo]",
                    "We're hiring! See all open roles on our careers page.",
                    "Pronouns: she/her",
                    "Pronouns: he/him",
                    "",
                ]
            ),
        ]
    )
    return Draft(
        subject=ctx.fill(
            ctx.pick(
                [
                    "{title} at {co}?",
                    "Quick question, {first}",
                    "Opportunity at {co}",
                    "Your background + our {title} role",
                    "{co} is hiring - thought of you",
                ]
            )
        ),
        body=body(*paras),
        from_name=ctx.person,
        from_addr=addr(ctx, ctx.pick(["{pf}.{pl}@{domain}", "{pf}@{domain}"])),
        sign=ctx.pick(["Best,", "Cheers,", "Thanks,", "Warmly,"]) + "\n" + sig,
        footer=confidential(ctx) if ctx.chance(0.4) else "",
        form=ctx.pick(["alt", "alt", "html", "plain"]),
    )


_AGENCIES = {
    "de": (
        "Hays",
        "hays.de",
        "Michael Page",
        "michaelpage.de",
        "Kienbaum",
        "kienbaum.de",
        "Robert Walters",
        "robertwalters.de",
        "Personalwerk Consulting",
        "personalwerk-consulting.de",
    ),
    "fr": (
        "Hays",
        "hays.fr",
        "Michael Page",
        "michaelpage.fr",
        "Robert Half",
        "roberthalf.fr",
        "Spring",
        "spring-talents.fr",
        "Talentys Conseil",
        "talentys-conseil.fr",
    ),
    "es": (
        "Michael Page",
        "michaelpage.es",
        "Hays",
        "hays.es",
        "PageGroup",
        "pagegroup.es",
        "Adecco Professional",
        "adecco.es",
        "Talentia Selección",
        "talentiaseleccion.es",
    ),
}


def _agency(ctx: Ctx, lang: str) -> tuple[str, str]:
    pairs = _AGENCIES[lang]
    i = ctx.num(0, len(pairs) // 2 - 1) * 2
    return pairs[i], pairs[i + 1]


@family("zf_ro_headhunter_de", "recruiter_outreach", lang="de", n=ZF_N)
def _ro_de(ctx: Ctx) -> Draft:
    agency, dom = _agency(ctx, "de")
    paras = [
        ctx.para(
            "ich bin Personalberater bei "
            + agency
            + " und aktuell im Auftrag eines [renommierten Mittelständlers|börsennotierten Technologieunternehmens|erfolgreichen Scale-ups] auf der Suche nach einem {title} (m/w/d) in {city}.",
            "über Ihr XING-Profil bin ich auf Sie aufmerksam geworden. Für einen unserer Kunden suchen wir derzeit eine/n {title} - Ihr Profil passt hervorragend.",
            "ich melde mich, weil ich eine spannende Position als {title} zu besetzen habe, die sehr gut zu Ihrem Werdegang passen könnte.",
        ),
        ctx.para(
            "Die Position bietet ein Jahresgehalt von {money}, 30 Tage Urlaub, flexible Arbeitszeiten und bis zu 3 Tage Homeoffice.",
            "Es handelt sich um eine unbefristete Festanstellung mit attraktiver Vergütung und echten Gestaltungsmöglichkeiten.",
            "",
        ),
        ctx.para(
            "Hätten Sie Interesse an einem kurzen, vertraulichen Telefonat in dieser Woche?",
            "Wenn Sie offen für einen Austausch sind, freue ich mich über eine kurze Rückmeldung mit Ihrer Telefonnummer.",
            "Gerne stelle ich Ihnen die Details in einem unverbindlichen Gespräch vor.",
        ),
    ]
    return Draft(
        subject=ctx.fill(
            ctx.pick(
                [
                    "Spannende Position als {title}",
                    "Vertrauliche Anfrage: {title} (m/w/d)",
                    "Karrierechance {title} in {city}",
                    "Ihr Profil - {title}",
                ]
            )
        ),
        body=body(hello(ctx, "de", 1.0), *paras),
        from_name=ctx.fill("{person}") + (" | " + agency if ctx.chance(0.5) else ""),
        from_addr=addr(ctx, "{pf}.{pl}@" + dom),
        greet=False,
        sign=bye(ctx, "de", "{person}\nSenior Consultant | " + agency + "\n" + phone(ctx, "de")),
        footer=privacy(ctx, agency, dom, "de") if ctx.chance(0.5) else "",
        lang="de",
    )


@family("zf_ro_chasseur_fr", "recruiter_outreach", lang="fr", n=ZF_N)
def _ro_fr(ctx: Ctx) -> Draft:
    agency, dom = _agency(ctx, "fr")
    paras = [
        ctx.para(
            "je me permets de vous contacter car je recrute actuellement un(e) {title} pour l'un de mes clients, [une scale-up parisienne|un grand groupe industriel|un éditeur de logiciels SaaS], basé à {city}.",
            "je suis consultante chez "
            + agency
            + " et votre profil a retenu mon attention pour un poste de {title} en CDI.",
            "en tant que chasseur de têtes chez "
            + agency
            + ", j'accompagne un client qui recherche un(e) {title}. Votre parcours correspond très bien au profil recherché.",
        ),
        ctx.para(
            "Package : {money} fixe + variable, télétravail partiel, RTT.",
            "Le poste est à pourvoir rapidement, avec une rémunération attractive selon profil.",
            "",
        ),
        ctx.para(
            "Seriez-vous disponible pour un échange téléphonique de 15 minutes cette semaine ?",
            "Si le sujet vous intéresse, n'hésitez pas à me communiquer vos disponibilités.",
            "Je serais ravie d'en discuter avec vous, en toute confidentialité.",
        ),
    ]
    return Draft(
        subject=ctx.fill(
            ctx.pick(
                [
                    "Opportunité {title} - CDI",
                    "Poste de {title} à {city}",
                    "Votre profil / opportunité confidentielle",
                    "Proposition de poste : {title}",
                ]
            )
        ),
        body=body(hello(ctx, "fr", 1.0), *paras),
        from_name=ctx.fill("{person}"),
        from_addr=addr(ctx, "{pf}.{pl}@" + dom),
        greet=False,
        sign=bye(
            ctx,
            "fr",
            "{person}\nConsultant(e) en recrutement - " + agency + "\n" + phone(ctx, "fr"),
        ),
        footer=privacy(ctx, agency, dom, "fr") if ctx.chance(0.5) else "",
        lang="fr",
    )


@family("zf_ro_headhunter_es", "recruiter_outreach", lang="es", n=ZF_N)
def _ro_es(ctx: Ctx) -> Draft:
    agency, dom = _agency(ctx, "es")
    paras = [
        ctx.para(
            "te escribo desde "
            + agency
            + " porque estamos buscando un/a {title} para una empresa líder del sector en {city} y creo que tu perfil encaja muy bien.",
            "he visto tu perfil en LinkedIn y me ha parecido muy interesante para un proceso de selección que estoy llevando: {title}, contrato indefinido.",
            "soy consultora de selección en "
            + agency
            + ". Tengo una oportunidad como {title} que podría interesarte.",
        ),
        ctx.para(
            "Ofrecemos una banda salarial de {money}, modelo híbrido y un plan de carrera claro.",
            "Es una posición estable con teletrabajo flexible y muy buen ambiente de equipo.",
            "",
        ),
        ctx.para(
            "¿Te encaja que hablemos por teléfono unos minutos esta semana?",
            "Si te interesa, respóndeme con tu disponibilidad y te llamo.",
            "Quedo a la espera de tu respuesta, ¡gracias!",
        ),
    ]
    return Draft(
        subject=ctx.fill(
            ctx.pick(
                [
                    "Oportunidad: {title}",
                    "Proceso de selección {title} - {city}",
                    "¿Abierto/a a nuevos retos?",
                    "Posición de {title}",
                ]
            )
        ),
        body=body(hello(ctx, "es", 1.0), *paras),
        from_name=ctx.fill("{person}"),
        from_addr=addr(ctx, "{pf}.{pl}@" + dom),
        greet=False,
        sign=bye(
            ctx, "es", "{person}\nConsultor/a de Selección | " + agency + "\n" + phone(ctx, "es")
        ),
        footer=privacy(ctx, agency, dom, "es") if ctx.chance(0.5) else "",
        lang="es",
    )


@family("zf_ro_fwd_by_friend", "recruiter_outreach", n=ZF_N)
def _ro_fwd_friend(ctx: Ctx) -> Draft:
    friend = ctx.pick(["Maya", "Ben", "Rosa", "Kwame", "Julia", "Tariq", "Chloe", "Diego"])
    orig_subj = ctx.fill(
        ctx.pick(
            [
                "Looking for a {title}",
                "Know anyone? {title} at {co}",
                "Hiring: {title}",
                "Referral ask - {title}",
            ]
        )
    )
    orig = body(
        ctx.fill("Hi " + friend + ","),
        ctx.para(
            "We're hiring a {title} at {co} and I remember you mentioned a friend who might be a fit. Would you mind passing this along? Happy to chat with them directly.",
            "Hope you're well! I'm recruiting for a {title} role at {co}. If you know someone good, please forward this - they can reply to me directly.",
        ),
        ctx.fill("Thanks!\n{person}\nRecruiter, {co}"),
    )
    note = ctx.para(
        "Hey {first}! Thought of you immediately - this recruiter at {co} is looking for exactly what you do. Reach out to {pfirst} directly, I told her you might write.",
        "{first} - forwarding this, sounds like your thing? The recruiter ({pfirst}) is expecting to hear from you.",
        "Saw this and thought of you. {pfirst} is great, I worked with them before. Want me to make an intro?",
    )
    return Draft(
        subject="Fwd: " + orig_subj,
        body=body(
            note,
            friend,
            fwd_header(
                ctx,
                ctx.person,
                addr(ctx, "{pf}.{pl}@{domain}"),
                orig_subj,
                ctx.date - timedelta(days=ctx.num(0, 4)),
                to=f"{friend} <{friend.lower()}@gmail.com>",
            ),
            orig,
        ),
        from_name=friend + " " + ctx.pick(["Lopez", "Kim", "Haddad", "Mensah", "Larsen"]),
        from_addr=f"{friend.lower()}@gmail.com",
        greet=False,
        sign="",
        form=ctx.pick(["plain", "alt"]),
    )
