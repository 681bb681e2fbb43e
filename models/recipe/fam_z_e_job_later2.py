"""Later hiring stages in new styles, continued from fam_z_e_job_later.py, which had grown past
the 600-line limit: rejections of many tones and from job boards, contract-agency outreach, and
the other job mail around an application (screening vendors, references, withdrawals, careers
site passwords). Its name sorts right after fam_z_e_job_later.py (corpus.py imports fam_*.py in
name order), so its families keep their place in the registry and the corpus stays
byte-identical.
"""

# ruff: noqa: E501

from __future__ import annotations

from fam_z_e_job_later import _PERSON
from kit import Ctx, Draft, family
from zd_kit import bye_in, hello_in, opt, staffing
from ze_kit import ZE_N, board, body, mobile, platform, sender


@family("ze_rej_tones_bare_subject", "rejection", n=ZE_N)
def _rej_tones(ctx: Ctx) -> Draft:
    own = ctx.chance(0.5)
    name, addr = (
        sender(ctx, _PERSON)
        if own
        else platform(
            ctx,
            ctx.pick(
                ["teamtailor", "recruitee", "jazzhr", "breezy", "pinpoint", "rippling", "personio"]
            ),
        )
    )
    subject = ctx.pick(
        [
            "Update",
            "Re: your application",
            "Your application",
            ctx.fill("{co} update"),
            ctx.fill("{title} at {co}"),
            "Following up",
        ]
    )
    text = body(
        ctx.para(
            "Thanks for your patience. We've decided not to move forward with your application.",
            "I wanted to personally let you know that we've gone with another candidate for the {title} role. It was a close call.",
            "After careful consideration, we regret to inform you that your application was not successful on this occasion.",
            "Sorry for the slow reply! We ended up hiring someone internally, so the role is filled.",
            "Unfortunately we won't be progressing your application further. We had a very strong pool of candidates.",
            "Bad news, I'm afraid - the team decided to pursue candidates with more direct experience in our domain.",
            "We have filled the {title} position and are no longer considering other applicants.",
        ),
        ctx.para(
            "We'd genuinely welcome an application from you for future roles.",
            "Please don't take this as a reflection of your abilities.",
            "I'm happy to share brief feedback if you want it - just reply.",
            "We'll keep your details on file for 6 months with your permission.",
            "",
        ),
        opt(ctx, 0.3, "Wishing you the best of luck in your search."),
    )
    sign = ctx.fill(ctx.pick(["{pfirst}", "{person}\n{co}", "The {co} team", "Best,\n{person}"]))
    quote = (
        ctx.fill("Hi, any update on the {title} role? Thanks!\n{first}")
        if subject.startswith("Re:")
        else ""
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=ctx.chance(0.8),
        sign=sign,
        quote=quote,
        bulk=not own and ctx.chance(0.5),
    )


@family("ze_rej_board_platform_status", "rejection", n=ZE_N)
def _rej_board(ctx: Ctx) -> Draft:
    key = ctx.pick(
        ["otta", "wellfound", "handshake", "dice", "hired", "ziprecruiter", "seek", "reed"]
    )
    name, addr = board(ctx, key)
    subject = ctx.para(
        "Update on your application to {co}",
        "{co} has moved forward with other candidates",
        "Your application status changed",
        "An update about {title}",
        "Application update: {co}",
    )
    text = body(
        ctx.para(
            "{co} has reviewed your application for {title} and decided not to move forward at this time.",
            "Unfortunately, {co} has chosen to pursue other candidates for the {title} role.",
            "The employer has marked your application for {title} as unsuccessful.",
            "{co} closed the {title} position and your application is no longer being considered.",
        ),
        ctx.para(
            "Don't be discouraged - there are new roles matching your profile every day.",
            "Rejection is part of every search. Keep going!",
            "We've added a few similar roles to your feed.",
        ),
        opt(ctx, 0.5, "See roles like this one: " + ctx.url(addr.split("@")[1], "jobs")),
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=ctx.chance(0.6),
        sign=ctx.pick(["", "The " + name + " team"]),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("ze_rej_i18n_de_it_pt_nl", "rejection", n=ZE_N)
def _rej_i18n(ctx: Ctx) -> Draft:
    lang = ctx.pick(["de", "it", "pt", "nl"])
    name, addr = sender(
        ctx,
        (
            ("{co} Recruiting", "jobs@{domain}"),
            ("{person}", "{pfirst}@{domain}"),
            ("{co}", "noreply@personio.de"),
        ),
    )
    lines = {
        "de": (
            ["Ihre Bewerbung als {title}", "Absage: {title}", "Rückmeldung zu Ihrer Bewerbung"],
            [
                "leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidaten entschieden haben.",
                "nach sorgfältiger Prüfung können wir Ihre Bewerbung für die Stelle als {title} leider nicht weiter berücksichtigen.",
                "die Entscheidung ist uns nicht leichtgefallen, aber wir haben uns für eine andere Bewerberin entschieden.",
            ],
            "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.",
        ),
        "it": (
            [
                "La tua candidatura per {title}",
                "Esito candidatura - {co}",
                "Aggiornamento sulla selezione",
            ],
            [
                "ti ringraziamo per l'interesse dimostrato. Purtroppo abbiamo deciso di proseguire con altri profili.",
                "dopo un'attenta valutazione, non possiamo dare seguito alla tua candidatura per la posizione di {title}.",
            ],
            "Ti auguriamo il meglio per il tuo percorso professionale.",
        ),
        "pt": (
            [
                "Sua candidatura para {title}",
                "Retorno do processo seletivo - {co}",
                "Atualização da sua candidatura",
            ],
            [
                "agradecemos sua participação no processo seletivo. Infelizmente, seguimos com outros candidatos neste momento.",
                "após análise cuidadosa, informamos que seu perfil não foi selecionado para a vaga de {title}.",
            ],
            "Vamos manter seu currículo em nosso banco de talentos para futuras oportunidades.",
        ),
        "nl": (
            [
                "Je sollicitatie als {title}",
                "Terugkoppeling sollicitatie {co}",
                "Update over je sollicitatie",
            ],
            [
                "helaas moeten we je laten weten dat we niet verdergaan met je sollicitatie.",
                "na zorgvuldige overweging hebben we gekozen voor een andere kandidaat voor de functie van {title}.",
            ],
            "We wensen je veel succes met je zoektocht.",
        ),
    }
    subjects, cores, close = lines[lang]
    text = body(hello_in(ctx, lang), ctx.para(*cores), close)
    return Draft(
        ctx.para(*subjects),
        text,
        name,
        addr,
        greet=False,
        sign=bye_in(ctx, lang, ctx.fill("[{person}|Team {co}|{co} HR]")),
        lang=lang,
    )


@family("ze_ro_contract_agency", "recruiter_outreach", n=ZE_N)
def _ro_agency(ctx: Ctx) -> Draft:
    agency, adom = staffing(ctx)
    rate = f"${ctx.num(55, 140)}/hr"
    subject = ctx.para(
        "Contract opportunity: {title} (" + ctx.pick(["W2", "C2C", "1099", "6-month"]) + ")",
        "{title} - " + rate + " - {city}",
        "Quick question",
        "Are you open to contract work?",
        "Immediate need: {title}",
    )
    text = body(
        ctx.para(
            "I came across your profile and wanted to reach out about a contract role with one of our clients, a "
            + ctx.pick(
                [
                    "Fortune 500 retailer",
                    "large healthcare network",
                    "fintech scale-up",
                    "major bank",
                    "logistics company",
                ]
            )
            + ".",
            "I'm a recruiter with "
            + agency
            + ". I have an urgent {title} requirement with a direct client and your experience stood out.",
            "Hope you're doing well! I'm working on a {title} contract and think you could be a strong fit.",
        ),
        "Rate: "
        + rate
        + " "
        + ctx.pick(["W2", "on C2C", "all-inclusive"])
        + "\nDuration: "
        + ctx.pick(["6 months", "12 months+", "3 months, likely extension"])
        + "\nLocation: {city}".replace("{city}", ctx.fill("{city}")),
        ctx.para(
            "If interested, please send your updated resume and a good time to talk.",
            "Could you share your availability for a quick call today or tomorrow?",
            "Reply with your rate expectations and visa status and I'll submit you right away.",
        ),
    )
    first = ctx.person_first.lower().encode("ascii", "ignore").decode() or "recruiter"
    sign = (
        ctx.fill(
            "{person}\n[Technical Recruiter|Senior Account Manager|Talent Specialist] | " + agency
        )
        + f"\nDirect: ({ctx.num(200, 989)}) {ctx.num(200, 989)}-{ctx.num(1000, 9999)}"
    )
    return Draft(
        subject,
        text,
        ctx.person,
        f"{first}@{adom}",
        sign=sign,
        form=ctx.pick(["plain", "alt", "html"]),
    )


@family("ze_oj_screening_vendor", "other_job", n=ZE_N)
def _oj_screen(ctx: Ctx) -> Draft:
    vendor, host = ctx.pick(
        [
            ("Checkr", "checkr.com"),
            ("Sterling", "sterlingcheck.com"),
            ("HireRight", "hireright.com"),
            ("First Advantage", "fadv.com"),
        ]
    )
    subject = ctx.para(
        "{co} has requested a background check",
        "Action required: complete your background check for {co}",
        "Your background check is complete",
        "Reminder: please provide your information",
        "Update on your " + vendor + " report",
    )
    text = body(
        ctx.para(
            "{co} uses "
            + vendor
            + " to conduct background checks. To continue, please provide your information and consent.",
            "Your background check for {co} is now complete. You can view your report at any time.",
            "We still need a few details to start your screening for {co}: previous addresses, employment history and education.",
            "A county court search in your background check is taking longer than usual. No action is needed.",
        ),
        "Continue: " + ctx.url(f"candidate.{host}", "invitation"),
        opt(
            ctx,
            0.4,
            "Under the Fair Credit Reporting Act you have the right to request a copy of your report.",
        ),
    )
    return Draft(
        subject,
        text,
        vendor,
        ctx.pick(["noreply@", "no-reply@", "support@"]) + host,
        sign=ctx.pick(["", "Thanks,\nThe " + vendor + " Team"]),
        bulk=True,
    )


@family("ze_oj_references_withdrawal", "other_job", n=ZE_N)
def _oj_refs(ctx: Ctx) -> Draft:
    kind = ctx.pick(["refs", "withdraw", "refs_tool"])
    if kind == "withdraw":
        name, addr = sender(
            ctx,
            (
                ("{co} Recruiting", "recruiting@{domain}"),
                ("{person}", "{pfirst}@{domain}"),
                ("{co}", "no-reply@ashbyhq.com"),
            ),
        )
        subject = ctx.para(
            "Application withdrawn",
            "Re: Withdrawing my application",
            "Confirmation: you withdrew your application for {title}",
        )
        text = body(
            ctx.para(
                "Thanks for letting us know. We've withdrawn your application for {title} as requested.",
                "This confirms that your application for {title} at {co} has been withdrawn. No further action is needed.",
                "Totally understand, and congrats on the new role! I've closed out your candidacy on our side.",
            ),
            opt(ctx, 0.5, "If you change your mind, you're welcome to apply again in the future."),
        )
        quote = (
            ctx.fill(
                "Hi, I've accepted another offer and would like to withdraw from the {title} process. Thank you for your time.\n{first}"
            )
            if ctx.chance(0.6)
            else ""
        )
        return Draft(subject, text, name, addr, quote=quote)
    if kind == "refs_tool":
        tool, host = ctx.pick(
            [
                ("Crosschq", "crosschq.com"),
                ("Xref", "xref.com"),
                ("SkillSurvey", "skillsurvey.com"),
                ("Checkster", "checkster.com"),
            ]
        )
        subject = ctx.para(
            "{co}: please nominate your referees",
            "Reference check for {title} - action needed",
            "Reminder: add your references",
        )
        text = body(
            ctx.para(
                "{co} has asked you to provide references through "
                + tool
                + " as part of your application for {title}.",
                "You're nearly there! {co} would like to hear from {n} people you've worked with.",
            ),
            "Add referees: " + ctx.url(f"app.{host}", "candidate"),
            opt(
                ctx,
                0.4,
                "Your referees will receive a short online questionnaire; it takes them about 10 minutes.",
            ),
        )
        return Draft(
            subject, text, ctx.fill(tool + " on behalf of {co}"), "noreply@" + host, bulk=True
        )
    name, addr = sender(ctx, _PERSON)
    subject = ctx.para(
        "References",
        "Quick question",
        "Re: next steps - references",
        "Could you send 2 references?",
    )
    text = body(
        ctx.para(
            "We're at the final stage for {title} and would like to speak with two of your references, ideally a former manager.",
            "Could you send me contact details for two professional references? Name, relationship, email and phone is perfect.",
            "Thanks for sending your references - I'll reach out to them this week and keep you posted.",
        ),
        mobile(ctx, 0.2),
    )
    return Draft(subject, text, name, addr)


@family("ze_oj_careers_password_reset", "other_job", n=ZE_N)
def _oj_pw(ctx: Ctx) -> Draft:
    host = ctx.pick(
        [
            "{slug}.wd5.myworkdayjobs.com",
            "careers.{domain}",
            "{slug}.taleo.net",
            "jobs.{domain}",
            "career5.successfactors.eu",
        ]
    )
    host = ctx.fill(host)
    code = ctx.num(100000, 999999)
    subject = ctx.para(
        "Reset your password - {co} Careers",
        "Your {co} candidate account verification code",
        "Password reset request",
        "Verify your email to continue your application",
        "{co} Careers: your account was created",
    )
    text = body(
        ctx.para(
            "We received a request to reset the password for your candidate account on the {co} career site.",
            "Use the code below to verify your email address and continue your application with {co}.",
            "Your candidate account has been created. Sign in to track your applications and update your profile.",
        ),
        ctx.pick(
            [
                f"Verification code: {code}",
                "Reset password: " + ctx.url(host, "reset"),
                f"Your one-time code is {code}. It expires in 15 minutes.",
                "Sign in: " + ctx.url(host, "login"),
            ]
        ),
        opt(ctx, 0.6, "If you didn't request this, you can ignore this email."),
    )
    addr = ctx.pick(["noreply@", "do-not-reply@", "careers-noreply@"]) + (
        host.split(".", 1)[1] if host.count(".") >= 2 else host
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} Careers"),
        addr,
        greet=ctx.chance(0.4),
        sign=ctx.pick(["", "{co} Talent Acquisition".replace("{co}", ctx.co)]),
        bulk=False,
    )
