"""Template families (zf_, written blind): job mail that moves no status as real inboxes show
it: requisitions put on hold, candidate-profile and availability reminders, EEO
self-identification surveys, candidate-portal messages, and receipts wrapped in ATS HTML
boilerplate or forwarded to oneself; plus a scheduling reply thread quoting the earlier mail.
"""

# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from kit import Ctx, Draft, ats_sender, family, sign_person, sign_team
from zd_kit import date_in
from zf_kit import (
    ZF_N,
    addr,
    body,
    bye,
    do_not_reply,
    fwd_header,
    hello,
    logo,
    opt,
    privacy,
    quoted,
    reply_line,
    unsub_block,
    view_in_browser,
)


@family("zf_oj_position_on_hold", "other_job", n=ZF_N)
def _on_hold(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "en", "de"])
    if lang == "en":
        main = body(
            ctx.para(
                "I wanted to give you an update on the {title} position you applied for. Due to a change in business priorities, the requisition has been put on hold for now.",
                "Quick update: hiring for the {title} role is paused while the team finalises next year's budget.",
                "We're writing to let you know that the {title} opening (Req {req}) is temporarily on hold.",
            ),
            ctx.para(
                "Your application remains active in our system and we'll contact you as soon as the search resumes. No action is needed on your side.",
                "We will keep your application on file and reach out when we have more clarity, most likely in [a few weeks|the new year|next quarter].",
                "You don't need to reapply; your candidate profile stays active and you'll hear from us if the role reopens.",
            ),
            opt(ctx, 0.5, "Thank you for your patience and your interest in {co}."),
        )
        subj = ctx.fill(
            ctx.pick(
                [
                    "Update on the {title} position",
                    "{title} - role on hold",
                    "Status of your application: position on hold",
                    "An update from {co}",
                ]
            )
        )
    else:
        main = body(
            ctx.fill(
                "wir möchten Sie informieren, dass die Besetzung der Position {title} vorübergehend ausgesetzt wurde. Ihre Bewerbung bleibt bei uns im System und wir melden uns, sobald es weitergeht."
            ),
            opt(ctx, 0.5, "Sie müssen nichts weiter tun."),
        )
        subj = ctx.fill("Zwischenstand zu Ihrer Bewerbung als {title}")
    name, from_addr = ats_sender(
        ctx, ctx.pick(["greenhouse", "workday", "own", "person", "smartrecruiters"])
    )
    return Draft(
        subject=subj,
        body=body(hello(ctx, lang, 0.9), main),
        from_name=name,
        from_addr=from_addr,
        greet=False,
        sign=bye(ctx, lang, ctx.pick(["{co} Talent Acquisition", "{person}", "{co} Recruiting"])),
        lang=lang,
    )


@family("zf_oj_complete_profile_ats_html", "other_job", n=ZF_N)
def _complete_profile(ctx: Ctx) -> Draft:
    ats = ctx.pick(["workday", "icims", "smartrecruiters", "own", "taleo"])
    name, from_addr = ats_sender(ctx, ats)
    host = from_addr.split("@")[1]
    main = body(
        ctx.para(
            "Your candidate profile for {co} is [60|70|80|85]% complete. Candidates with complete profiles are easier for our recruiters to match to open roles, including the {title} position you applied for.",
            "We noticed some information is missing from your candidate profile: work history, education and your work authorisation. Please complete it so we can continue reviewing your application.",
            "Action required: to move forward with your application for {title}, please log in to the {co} Careers portal and complete the remaining sections of your profile.",
        ),
        ctx.pick(
            [
                "Missing: Resume/CV · Work authorization · Preferred location",
                "Remaining steps: 2 of 5",
                "Sections to complete: Education, Languages, Voluntary disclosures",
                "",
            ]
        ),
        f"Complete my profile: {ctx.url(host, 'candidate/profile')}",
        opt(
            ctx,
            0.5,
            "Your username is your email address. Forgot your password? Use the reset link on the sign-in page.",
        ),
    )
    return Draft(
        subject=ctx.fill(
            ctx.pick(
                [
                    "Complete your candidate profile",
                    "Action required: finish your {co} profile",
                    "Your {co} Careers profile is incomplete",
                    "Reminder: missing information in your application",
                ]
            )
        ),
        body=body(
            logo(ctx.co, ctx),
            view_in_browser(ctx, host) if ctx.chance(0.4) else "",
            hello(ctx, "en"),
            main,
            do_not_reply(ctx),
            privacy(ctx, ctx.legal, host) if ctx.chance(0.7) else "",
        ),
        from_name=name,
        from_addr=from_addr,
        greet=False,
        sign=sign_team(ctx),
        form=ctx.pick(["html", "html", "alt"]),
        bulk=ctx.chance(0.4),
    )


@family("zf_oj_confirm_interest_availability", "other_job", n=ZF_N)
def _confirm_availability(ctx: Ctx) -> Draft:
    ats = ctx.pick(["greenhouse", "lever", "own", "workable", "person"])
    name, from_addr = ats_sender(ctx, ats)
    main = body(
        ctx.para(
            "We're still reviewing applications for the {title} role and wanted to check: are you still interested and available? Please confirm by clicking one of the buttons below.",
            "Before we continue, could you confirm your current availability (notice period and earliest start date) and that you're still interested in the {title} position?",
            "Please confirm your interest in the {title} role at {co} within 5 days. If we don't hear from you, we'll assume you are no longer interested and close your application.",
            "Quick check-in from {co}: is your application for {title} still current? Let us know your notice period and preferred location.",
        ),
        ctx.pick(
            [
                "[ Yes, I'm still interested ]   [ No, withdraw my application ]",
                "Reply YES to stay in the process.",
                "Update availability: " + ctx.url(from_addr.split("@")[1], "availability"),
                "",
            ]
        ),
    )
    return Draft(
        subject=ctx.fill(
            ctx.pick(
                [
                    "Please confirm your interest - {title}",
                    "Are you still interested in {co}?",
                    "Confirm your availability",
                    "Action needed: {title} application",
                ]
            )
        ),
        body=main,
        from_name=name,
        from_addr=from_addr,
        sign=None if ats != "person" else sign_person(ctx),
        footer=do_not_reply(ctx) if ctx.chance(0.4) else "",
    )


@family("zf_oj_eeo_selfid_survey", "other_job", n=ZF_N)
def _eeo(ctx: Ctx) -> Draft:
    ats = ctx.pick(["greenhouse", "workday", "icims", "lever", "own"])
    name, from_addr = ats_sender(ctx, ats)
    host = from_addr.split("@")[1]
    main = body(
        ctx.para(
            "Thank you for your application to {co}. As an equal opportunity employer, we invite applicants to complete a voluntary self-identification form.",
            "{co} is a federal contractor and is required to ask applicants to voluntarily self-identify their gender, race/ethnicity, veteran status and disability status.",
            "We'd appreciate it if you would take two minutes to complete our voluntary Equal Employment Opportunity survey for the {title} application.",
        ),
        ctx.para(
            "Providing this information is optional and will not affect your application. Responses are kept separate from your application and are not shared with the hiring team.",
            "Completing the form is entirely voluntary; declining to answer will not subject you to any adverse treatment.",
        ),
        f"Complete the survey: {ctx.url(host, 'eeo')}",
        ctx.maybe(
            "Form CC-305 (Voluntary Self-Identification of Disability), OMB Control Number 1250-0005.",
            0.4,
        ),
    )
    return Draft(
        subject=ctx.fill(
            ctx.pick(
                [
                    "Voluntary self-identification",
                    "Equal Employment Opportunity survey - {co}",
                    "Optional: EEO information for your application",
                    "Please complete our voluntary demographic survey",
                ]
            )
        ),
        body=body(
            logo(ctx.co, ctx) if ctx.chance(0.5) else "",
            main,
            do_not_reply(ctx) if ctx.chance(0.5) else "",
        ),
        from_name=name,
        from_addr=from_addr,
        sign=sign_team(ctx),
        footer=privacy(ctx, ctx.legal, host) if ctx.chance(0.5) else "",
        form=ctx.pick(["html", "alt"]),
    )


@family("zf_cf_ats_html_boilerplate", "confirmation", n=ZF_N)
def _cf_html(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "en", "nl", "it", "pt"])
    ats = ctx.pick(["workday", "icims", "smartrecruiters", "successfactors", "taleo", "own"])
    if ats == "successfactors":
        name, from_addr = ctx.fill("{co} Careers"), ctx.fill("{slug}@successfactors.eu")
    else:
        name, from_addr = ats_sender(ctx, ats)
    host = from_addr.split("@")[1]
    main = {
        "en": ctx.para(
            "Thank you for applying for the position of {title} (Job ID {req}). We have successfully received your application and our recruitment team will review it carefully.",
            "Your application for {title} has been submitted. You can track its status at any time in your candidate account.",
            "We confirm receipt of your application for the {title} vacancy. Due to the high number of applications, we may not be able to respond to every applicant individually.",
        ),
        "nl": ctx.fill(
            "Bedankt voor je sollicitatie op de functie {title}. We hebben je sollicitatie in goede orde ontvangen en nemen binnen twee weken contact met je op."
        ),
        "it": ctx.fill(
            "Grazie per esserti candidato/a per la posizione di {title}. Abbiamo ricevuto correttamente la tua candidatura e la valuteremo con attenzione."
        ),
        "pt": ctx.fill(
            "Obrigado pela sua candidatura à vaga de {title}. Recebemos a sua candidatura com sucesso e entraremos em contacto caso o seu perfil seja selecionado."
        ),
    }[lang]
    return Draft(
        subject=ctx.fill(
            {
                "en": ctx.pick(
                    [
                        "Thank you for applying to {co}",
                        "Application received: {title}",
                        "{co} | Application confirmation",
                        "We've received your application ({req})",
                    ]
                ),
                "nl": "Ontvangstbevestiging sollicitatie {title}",
                "it": "Conferma candidatura - {title}",
                "pt": "Confirmação de candidatura - {title}",
            }[lang]
        ),
        body=body(
            logo(ctx.co, ctx),
            view_in_browser(ctx, host, lang) if ctx.chance(0.4) else "",
            hello(ctx, lang, 0.9),
            main,
            opt(
                ctx,
                0.5,
                "What happens next?\n1. Our recruiters review your application\n2. If your profile matches, we'll invite you to a first conversation\n3. You can withdraw at any time from your candidate home",
            ),
            do_not_reply(ctx, lang),
            privacy(ctx, ctx.legal, host, lang),
            opt(ctx, 0.4, "Follow us: LinkedIn | Instagram | Glassdoor"),
        ),
        from_name=name,
        from_addr=from_addr,
        greet=False,
        sign=bye(
            ctx, lang, ctx.pick(["{co} Talent Acquisition", "{co} Recruiting Team", "{co} HR"])
        ),
        form=ctx.pick(["html", "html", "alt"]),
        bulk=ctx.chance(0.5),
        lang=lang,
    )


@family("zf_cf_fwd_self_records", "confirmation", n=ZF_N)
def _cf_fwd_self(ctx: Ctx) -> Draft:
    name, from_addr = ats_sender(
        ctx, ctx.pick(["greenhouse", "lever", "workday", "linkedin", "indeed", "own", "ashby"])
    )
    orig_subj = ctx.fill(
        ctx.pick(
            [
                "Thank you for applying to {co}",
                "Your application to {co}",
                "Application received - {title}",
                "{co} - We got your application",
            ]
        )
    )
    orig = body(
        ctx.fill("Hi {first},"),
        ctx.para(
            "Thanks for applying for the {title} role at {co}. We've received your application and will review it shortly.",
            "Your application for {title} was sent to {co}. We'll let you know if the employer responds.",
            "This confirms we received your application for {title}. If there's a match, someone from our team will be in touch.",
        ),
        ctx.fill("The {co} Team"),
    )
    note = ctx.pick(
        [
            "",
            "applied today",
            "for my tracker",
            "keep",
            "applied - follow up in 2 weeks",
            "ref",
            "saving this",
        ]
    )
    return Draft(
        subject=ctx.pick(["Fwd: ", "FW: "]) + orig_subj,
        body=body(
            note,
            fwd_header(
                ctx, name, from_addr, orig_subj, ctx.date - timedelta(minutes=ctx.num(5, 3000))
            ),
            orig,
        ),
        from_name=f"{ctx.cand_first} {ctx.cand_last}",
        from_addr=ctx.cand_addr,
        greet=False,
        sign="",
        form=ctx.pick(["plain", "alt"]),
    )


@family("zf_iv_reply_thread_scheduling", "interview", lang="es", n=ZF_N)
def _iv_reply_thread(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "es", "pt", "it"])
    when = ctx.future(1, 8)
    slot = {
        "en": "Great - "
        + ctx.fill(
            "you're booked for {day} at {time} with {person}. A calendar invite with the video link is on its way."
        ),
        "es": "Perfecto, queda confirmada la entrevista para el "
        + date_in(ctx, when, "es")
        + f" a las {when:%H:%M}"
        + " con el responsable del equipo. Te envío la invitación con el enlace.",
        "pt": "Ótimo, a entrevista fica marcada para "
        + date_in(ctx, when, "pt")
        + f" às {when:%H:%M}"
        + ". Vou enviar o convite com o link da videochamada.",
        "it": "Perfetto, il colloquio è confermato per "
        + date_in(ctx, when, "it")
        + f" alle {when:%H:%M}"
        + ". Ti mando l'invito con il link.",
    }[lang]
    earlier = {
        "en": ctx.fill("Hi {pfirst}, thanks! Tuesday or Thursday afternoon both work for me."),
        "es": "Hola, gracias por contactarme. Tengo disponibilidad el martes o el jueves por la tarde.",
        "pt": "Olá, obrigado! Tenho disponibilidade na terça ou quinta à tarde.",
        "it": "Ciao, grazie! Sono disponibile martedì o giovedì pomeriggio.",
    }[lang]
    first = {
        "en": ctx.fill(
            "We'd like to invite you to interview for the {title} position at {co}. What's your availability next week?"
        ),
        "es": ctx.fill(
            "Nos gustaría invitarte a una entrevista para el puesto de {title} en {co}. ¿Qué disponibilidad tienes la próxima semana?"
        ),
        "pt": ctx.fill(
            "Gostaríamos de convidá-lo para uma entrevista para a vaga de {title} na {co}. Qual a sua disponibilidade?"
        ),
        "it": ctx.fill(
            "Vorremmo invitarti a un colloquio per la posizione di {title} in {co}. Che disponibilità hai la prossima settimana?"
        ),
    }[lang]
    rec_addr = addr(ctx, "{pf}.{pl}@{domain}")
    thread = body(
        reply_line(
            ctx,
            f"{ctx.cand_first} {ctx.cand_last}",
            ctx.cand_addr,
            ctx.date - timedelta(hours=ctx.num(2, 30)),
            lang,
        ),
        quoted(
            earlier
            + "\n\n"
            + reply_line(ctx, ctx.person, rec_addr, ctx.date - timedelta(days=ctx.num(2, 5)), lang)
            + "\n"
            + quoted(first)
        ),
    )
    return Draft(
        subject="Re: "
        + ctx.fill(
            {
                "en": "Interview - {title}",
                "es": "Entrevista - {title}",
                "pt": "Entrevista - {title}",
                "it": "Colloquio - {title}",
            }[lang]
        ),
        body=body(hello(ctx, lang, 0.7), slot, thread if ctx.chance(0.8) else ""),
        from_name=ctx.person,
        from_addr=rec_addr,
        greet=False,
        sign=bye(ctx, lang, ctx.pick(["{pfirst}", "{person}\n{co}"])),
        footer="",
        form=ctx.pick(["plain", "alt"]),
        lang=lang,
    )


@family("zf_oj_portal_new_message", "other_job", n=ZF_N)
def _oj_portal_message(ctx: Ctx) -> Draft:
    # A status-page nudge from the portal of an application the reader made: portal mail.
    name, from_addr = ats_sender(ctx, ctx.pick(["workday", "icims", "taleo", "smartrecruiters"]))
    host = from_addr.split("@")[1]
    return Draft(
        subject=ctx.fill(
            ctx.pick(
                [
                    "A message about your application ({req})",
                    "New message in your {co} candidate account",
                    "You have an update in the {co} Careers portal",
                ]
            )
        ),
        body=body(
            logo(ctx.co, ctx),
            ctx.para(
                "You have a new message regarding your application for {title}. For data protection reasons, the content can only be viewed after signing in to your candidate account.",
                "There is a new task waiting for you in your candidate home: please review and acknowledge the updated candidate privacy statement for your {title} application.",
                "A document has been shared with you regarding the {title} position. Sign in to the {co} Careers site to view it.",
            ),
            f"Sign in: {ctx.url(host, 'candidate/login')}",
            do_not_reply(ctx),
            unsub_block(ctx, host) if ctx.chance(0.3) else "",
        ),
        from_name=name,
        from_addr=from_addr,
        greet=ctx.chance(0.5),
        sign=sign_team(ctx),
        form=ctx.pick(["html", "alt"]),
        bulk=True,
    )
