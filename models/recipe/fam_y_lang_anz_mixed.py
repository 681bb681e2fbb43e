"""``ml_`` families, part 6: Australian / New Zealand English and mixed-language mail.

ANZ mail comes through SEEK and Trade Me Jobs and reads casually ("G'day", "keen to have a
chat", "this arvo"). Mixed-language mail is common in Europe: an English subject from a
global ATS over a local-language body, or a local note full of English hiring jargon
("next step", "tech interview", "offer").
"""

# ruff: noqa: E501

from __future__ import annotations

from fam_y_lang_base import L, ats, body, person_addr, sign
from kit import Ctx, Draft, family

AU_CITIES = (
    "Sydney",
    "Melbourne",
    "Brisbane",
    "Perth",
    "Adelaide",
    "Auckland",
    "Wellington",
    "Christchurch",
)


@family("ml_au_seek_confirm", "confirmation", n=32)
def au_seek_confirm(ctx: Ctx) -> Draft:
    if ctx.chance(0.5):
        name, addr = ctx.pick(
            [
                ("SEEK", "noreply@s.seek.com.au"),
                ("Trade Me Jobs", "jobs@trademe.co.nz"),
                ("SEEK NZ", "noreply@s.seek.co.nz"),
            ]
        )
        text = ctx.fill(
            ctx.pick(
                [
                    "Your application was successfully submitted.\n\n{title}\n{co}\n%C\n\nWhat happens next? The employer will review your application and contact you directly if you're shortlisted. You can track your application in your SEEK profile.",
                    "Application sent!\n\nYou applied for {title} at {co} ([Full time|Contract/Temp|Part time]). [Your resume and cover letter were sent to the employer.|The employer will be notified when you apply.]",
                ]
            )
        ).replace("%C", ctx.pick(AU_CITIES))
        return Draft(
            ctx.fill(
                ctx.pick(
                    [
                        "Your application for {title}",
                        "Application sent: {title} at {co}",
                        "You applied for {title}",
                    ]
                )
            ),
            text,
            name,
            addr,
            greet=False,
            sign="",
            bulk=True,
            footer="SEEK Limited ABN 46 080 075 314. Unsubscribe from application notifications."
            if "seek" in addr
            else "",
            lang="en_au",
        )
    name, addr = person_addr(ctx)
    text = ctx.fill(
        ctx.pick(
            [
                "Kia ora {first},\n\nThanks heaps for applying for the {title} role with {co}. We've got your application and we'll be in touch once applications close[ on {day}|].",
                "G'day {first},\n\nThanks for your application for {title}. Just letting you know we've received it and the team will have a look over the next week or so.",
                "Hi {first},\n\nThank you for applying for the {title} position. Applications close {day} and shortlisted candidates will be contacted shortly after. Please note only shortlisted applicants will be contacted.",
            ]
        )
    )
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Thanks for your application",
                    "Application received - {title}",
                    "{co} - we've got your application",
                ]
            )
        ),
        text,
        name,
        addr,
        greet=False,
        sign=ctx.pick(["Cheers,", "Ngā mihi,", "Kind regards,", "Thanks,"]) + "\n" + ctx.person,
        lang="en_au",
    )


@family("ml_au_phone_chat", "interview", n=30)
def au_phone_chat(ctx: Ctx) -> Draft:
    name, addr = person_addr(ctx)
    text = ctx.fill(
        ctx.pick(
            [
                "G'day {first},\n\nThanks for applying for the {title} gig. Keen to have a quick chat this arvo or tomorrow morning if you're free - about 15 mins over the phone. What suits?",
                "Hi {first},\n\nLoved your application for {title}! We'd like to invite you in for an interview at our %C office on {day} at [9:30am|10am|11:15am|2pm|3:30pm]. Let me know if that works, otherwise happy to find another time.",
                "Kia ora {first},\n\nCongrats, you've been shortlisted for {title}. We'd love to have a kōrero with you via Teams on {day}. Can you let me know your availability?",
                "Hey {first}, reckon you'd be a great fit for the {title} role. Are you around for a phone screen {day}? No need to prep, just a casual yarn about the role.",
            ]
        )
    ).replace("%C", ctx.pick(AU_CITIES))
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Quick chat?",
                    "Interview - {title}",
                    "Your application - next steps",
                    "Phone screen",
                    "Re: {title}",
                ]
            )
        ),
        text,
        name,
        addr,
        greet=False,
        sign=ctx.pick(["Cheers,", "Ngā mihi,", "Thanks,", "Chat soon,"]) + "\n" + ctx.person_first,
        form=ctx.pick(["plain", "alt"]),
        lang="en_au",
    )


@family("ml_au_not_job", "not_job", n=30)
def au_not_job(ctx: Ctx) -> Draft:
    kind = ctx.num(0, 2)
    if kind == 0:
        name, addr = "SEEK", "jobmail@s.seek.com.au"
        jobs = "\n\n".join(
            ctx.fill(
                "{title}\n[Acme Health|Coastal Council|Southern Cross Logistics|Harbour Bank] - "
                + ctx.pick(AU_CITIES)
                + "\n$"
                + str(ctx.num(80, 180))
                + "k + super"
            )
            for _ in range(ctx.num(3, 6))
        )
        return Draft(
            ctx.fill(
                ctx.pick(
                    [
                        "{n} new jobs for {title}",
                        "New jobs match your saved search",
                        "JobMail: jobs you might like",
                    ]
                )
            ),
            "Here are the latest jobs matching your saved search.\n\n"
            + jobs
            + "\n\nManage JobMail | Unsubscribe",
            name,
            addr,
            greet=False,
            sign="",
            bulk=True,
            form="html",
            lang="en_au",
        )
    if kind == 1:
        text = ctx.pick(
            [
                "Thank you for submitting your rental application for [12 Beach Rd|4/27 King St|8 Ridge Ave] via 1Form. The property manager will review it and be in touch. Please make sure your payslips and 100 points of ID are attached.",
                "Unfortunately your application for the property at [12 Beach Rd|4/27 King St] was unsuccessful on this occasion. We have other properties available - check our listings.",
            ]
        )
        return Draft(
            ctx.pick(
                [
                    "Your rental application",
                    "Application update - rental property",
                    "1Form: application submitted",
                ]
            ),
            text,
            "Ray Harbour Real Estate",
            "rentals@rayharbour.example.com.au",
            greet=True,
            sign="Kind regards,\nLeasing Team",
            lang="en_au",
        )
    text = ctx.pick(
        [
            "Your home loan application is being assessed. We'll let you know if we need any more information. Reference: HL"
            + str(ctx.num(100000, 999999)),
            "Good news - your application for a credit card has been conditionally approved. Log in to NetBank to complete it.",
            "Your application to enrol in the Certificate IV in Project Management has been received. Census date is in 4 weeks.",
        ]
    )
    return Draft(
        ctx.pick(
            ["Your application update", "Application received", "We've received your application"]
        ),
        text,
        ctx.pick(["Harbour Bank", "Southern TAFE"]),
        ctx.pick(["noreply@harbourbank.example.com.au", "enrolments@tafe.example.edu.au"]),
        greet=True,
        sign="",
        bulk=True,
        lang="en_au",
    )


ENG_SUBJECT_REJECT = [
    "Your application at {co}",
    "Update on your application",
    "{title} - Application status",
    "Your application for {title}",
    "Thank you for your interest in {co}",
]
LOCAL_REJECT = {
    "de": "vielen Dank für Ihr Interesse an der Position {title}. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
    "fr": "merci pour votre candidature au poste de {title}. Nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature.",
    "es": "gracias por tu interés en la posición de {title}. Lamentablemente hemos decidido seguir adelante con otros perfiles.",
    "it": "grazie per l'interesse verso la posizione di {title}. Purtroppo abbiamo deciso di non procedere con la tua candidatura.",
    "nl": "bedankt voor je sollicitatie op de functie {title}. Helaas hebben we besloten niet verder te gaan met je sollicitatie.",
    "pt_br": "agradecemos seu interesse na vaga de {title}. Infelizmente decidimos não seguir com sua candidatura neste momento.",
    "pt_pt": "agradecemos o seu interesse na função de {title}. Lamentamos informar que não iremos avançar com a sua candidatura.",
}


@family("ml_mixed_en_subject_reject", "rejection", n=30)
def mixed_reject(ctx: Ctx) -> Draft:
    lang = ctx.pick(list(LOCAL_REJECT))
    name, addr = (
        ats(ctx, lang)
        if ctx.chance(0.5)
        else (ctx.fill("{co} Talent Acquisition"), ctx.fill("{slug}@myworkday.com"))
    )
    paras = [L(ctx, lang, LOCAL_REJECT[lang])]
    if ctx.chance(0.5):  # the global template's English boilerplate under the local text
        paras.append(
            ctx.fill(
                "[We appreciate your interest in {co} and wish you the best in your job search.|Please do not reply to this email.|This message was sent by {co} Careers.]"
            )
        )
    return Draft(
        ctx.fill(ctx.pick(ENG_SUBJECT_REJECT)),
        body(ctx, lang, paras),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang, team=True),
        lang=lang,
    )


CODESWITCH_TECH = {
    "de": "super, dass du die Coding-Challenge gemacht hast – das Team war echt happy damit! Next step wäre ein Tech Interview mit unserem Lead Engineer, ca. 60 Min, mit etwas Live-Coding und System Design. Passt dir %D?",
    "fr": "ton take-home a beaucoup plu à l'équipe ! Next step : un tech interview avec notre lead dev, environ 1h, avec du live coding et un peu de system design. Dispo %D ?",
    "es": "¡el equipo ha flipado con tu take-home! El next step sería una tech interview con nuestro lead engineer, 1 hora, con live coding y system design. ¿Te va bien %D?",
    "it": "il tuo take-home è piaciuto tantissimo al team! Next step: una tech interview con il nostro lead engineer, circa un'ora, con live coding e system design. Ti va bene %D?",
    "nl": "het team was super enthousiast over je take-home assignment! Next step is een tech interview met onze lead engineer, ongeveer een uur, met live coding en system design. Past %D?",
    "pt_br": "o time amou seu take-home! O next step é uma tech interview com nosso lead engineer, 1h, com live coding e system design. Pode ser %D?",
    "pt_pt": "a equipa gostou muito do teu take-home! O next step é uma tech interview com o nosso lead engineer, 1h, com live coding. Dá-te jeito %D?",
}


@family("ml_mixed_codeswitch_tech", "technical_round", n=30)
def mixed_tech(ctx: Ctx) -> Draft:
    lang = ctx.pick(list(CODESWITCH_TECH))
    name, addr = person_addr(ctx)
    return Draft(
        ctx.fill(
            ctx.pick(
                [
                    "Next step: tech interview",
                    "Tech interview - {title}",
                    "Re: take-home",
                    "Next round 🚀",
                ]
            )
        ),
        body(ctx, lang, [L(ctx, lang, CODESWITCH_TECH[lang])], casual=True),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang, casual=True),
        form="plain",
        lang=lang,
    )


CODESWITCH_OFFER = {
    "de": "wir haben intern alles approved – wir würden dir gern ein Offer als {title} machen! Base wären %M plus Equity, Start-Date flexibel. Das Offer Letter kommt gleich per DocuSign.",
    "fr": "tout est validé en interne : on aimerait te faire une offer pour le poste de {title} ! Package : %M + BSPCE, start date flexible. L'offer letter arrive sur DocuSign.",
    "es": "¡ya tenemos todo aprobado! Queremos hacerte una offer como {title}: %M + stock options, start date flexible. Te llega la offer letter por DocuSign.",
    "it": "abbiamo l'ok interno: vorremmo farti un'offer come {title}! Package: %M + stock options, start date flessibile. La offer letter arriva su DocuSign.",
    "nl": "alles is intern approved: we willen je graag een offer doen als {title}! %M plus equity, startdatum flexibel. De offer letter komt via DocuSign.",
    "pt_br": "tudo aprovado aqui: queremos te fazer uma offer como {title}! %M + stock options, start date flexível. A offer letter chega pelo DocuSign.",
    "pt_pt": "está tudo aprovado: queremos fazer-te uma offer como {title}! %M + equity, start date flexível. A offer letter segue por DocuSign.",
}


@family("ml_mixed_codeswitch_offer", "offer", n=28)
def mixed_offer(ctx: Ctx) -> Draft:
    lang = ctx.pick(list(CODESWITCH_OFFER))
    name, addr = person_addr(ctx)
    return Draft(
        ctx.fill(ctx.pick(["Your offer 🎉", "Offer - {title}", "Good news!", "Welcome on board"])),
        body(ctx, lang, [L(ctx, lang, CODESWITCH_OFFER[lang])], casual=True),
        name,
        addr,
        greet=False,
        sign=sign(ctx, lang, casual=True),
        lang=lang,
    )
