"""Candidate-portal account mail (job, ``other_job``): the account chores of ONE employer's
careers site or ATS while the reader applies there.

Workday's "verify your account", SuccessFactors' password reset, Taleo's username reminder,
an iCIMS sign-in code, Personio and Teamtailor in German and Swedish, MyGreenhouse's sign-in
link and French/Spanish company career portals. They read like everyday account mail (the
fam_h2_verify/signin families), but they name the employer whose application they serve:
that tie to an application is what makes them job mail.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h2_kit import H2_N, code
from kit import Ctx, Draft, family


def _job(
    ctx: Ctx, subjects: list[str], paras: list[str], sender: tuple[str, str], **kw: object
) -> Draft:
    """A job Draft from templates: render adds the greeting; ``sign`` may be given in ``kw``."""
    text = "\n\n".join(p for p in (ctx.fill(x).strip() for x in paras if x) if p)
    return Draft(ctx.fill(ctx.pick(subjects)), text, ctx.fill(sender[0]), ctx.fill(sender[1]), **kw)  # type: ignore[arg-type]


@family("h2_cand_workday_verify_account", "other_job", ats="workday", n=H2_N)
def cand_workday_verify_account(ctx: Ctx) -> Draft:
    link = ctx.url(ctx.fill("{slug}.wd[1|3|5].myworkdayjobs.com"), "activate")
    return _job(
        ctx,
        [
            "Verify your candidate account",
            "{co} Careers: please verify your email",
            "Action required: activate your {co} candidate account",
            "Verify your account to continue your application",
        ],
        [
            "[Thank you for creating a candidate account on the {co} careers site.|You have created an account to apply for jobs at {co}.|Thanks for your interest in careers at {co}!]",
            "[Before you can continue your application[ for {title}|], please verify your email address.|To activate your account and continue applying, verify your email address by clicking the link below.|Please verify your account so you can submit your application and track its status.]",
            f"[Verify Account|Activate your account|Click here to verify]: {link}",
            "[This link expires in [24 hours|72 hours].|If the link has expired, sign in again to request a new one.|]",
            "[If you did not create an account with {co}, please ignore this email.|]",
        ],
        ctx.pick(
            [
                ("{co} Careers", "{slug}@myworkday.com"),
                ("Workday", "{slug}@myworkday.com"),
                ("{co} Talent Acquisition", "noreply@{domain}"),
            ]
        ),
        sign=ctx.fill("[{co} Talent Acquisition|The {co} Recruiting Team|{co} Careers|]"),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_cand_successfactors_password", "other_job", n=H2_N)
def cand_successfactors_password(ctx: Ctx) -> Draft:
    de = ctx.chance(0.35)
    link = ctx.url("career[2|5|8|10].successfactors.[com|eu]", "career")
    if de:
        paras = [
            "[Guten Tag {first} {last},|Sehr geehrte/r {first} {last},|Hallo {first},]",
            "Sie haben ein neues Passwort für Ihr Bewerberprofil im Karriereportal von {co} angefordert.",
            f"Bitte klicken Sie auf den folgenden Link, um ein neues Passwort festzulegen: {link}",
            "[Der Link ist 24 Stunden gültig.|Falls Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren. Ihre Bewerbung[ als {title}|] bleibt davon unberührt.]",
        ]
        subjects = [
            "Passwort zurücksetzen - Karriereportal {co}",
            "{co}: Ihr Bewerberkonto",
            "Neues Passwort für Ihr Kandidatenprofil",
        ]
        sign = ctx.fill(
            "Mit freundlichen Grüßen\n[Ihr {co} Recruiting Team|{co} Talent Acquisition]"
        )
    else:
        paras = [
            "[We received a request to reset the password for your {co} candidate profile.|You requested a password reset for your account on the {co} career site.|Your password for the {co} Careers candidate profile has been reset.]",
            f"[To create a new password, click the link below:|Reset your password here:|Use this temporary link to sign in and choose a new password:] {link}",
            "[Your username is: {first}.{last}|Your user name is your email address.|]",
            "[Once you are signed in you can continue your application[ for the {title} position|] or check its status.|Your saved applications and job alerts are unaffected.|]",
        ]
        subjects = [
            "Reset Password Request",
            "{co} Careers - password reset",
            "Your {co} candidate profile password",
            "Password reset for your {co} job application account",
        ]
        sign = ctx.fill("[Best regards,|Kind regards,]\n[{co} Talent Acquisition|{co} Recruiting]")
    return _job(
        ctx,
        subjects,
        paras,
        ctx.pick(
            [
                ("{co} Careers", "careers@{domain}"),
                ("{co} Recruiting", "noreply@successfactors.com"),
                ("{co}", "{slug}@successfactors.eu"),
            ]
        ),
        greet=not de,
        sign=sign,
        lang="de" if de else "en",
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_cand_taleo_username_reminder", "other_job", ats="taleo", n=H2_N)
def cand_taleo_username_reminder(ctx: Ctx) -> Draft:
    kind = ctx.pick(["user", "pass", "locked"])
    first = {
        "user": "[You recently requested a reminder of your user name for the {co} career section.|Here is the user name for your {co} job application account:] [{first}{last}|{first}.{last}|{first}_{last}"
        + str(ctx.num(1, 99))
        + "]",
        "pass": "[A request to reset your password for the {co} career section has been received.|Your access code for resetting your {co} careers password is: "
        + code(ctx, 8)
        + "]",
        "locked": "[Your {co} career section account has been locked after too many unsuccessful sign-in attempts.|For your security, access to your {co} candidate account was temporarily locked.]",
    }[kind]
    return _job(
        ctx,
        {
            "user": ["User Name Reminder - {co} Careers", "{co}: your user name", "Your user name"],
            "pass": ["Password Reset - {co}", "{co} Careers - Access Code", "Reset your password"],
            "locked": ["{co} Careers - account locked", "Your candidate account is locked"],
        }[kind],
        [
            first,
            f"[Sign in to the career section|Access your account|Return to the {{co}} career section] to [continue your submission|check the status of your application[ for {{title}}|]|finish the application you started]: {ctx.url(ctx.fill('{slug}.taleo.net'), 'careersection')}",
            "This is an automated message. Please do not reply.",
        ],
        ctx.pick([("{co} Careers", "{slug}@taleo.net"), ("{legal}", "do-not-reply@taleo.net")]),
        sign=ctx.fill("[{co} Talent Acquisition|{co} Careers|]"),
        form=ctx.pick(["html", "plain"]),
    )


@family("h2_cand_icims_signin_code", "other_job", ats="icims", n=H2_N)
def cand_icims_signin_code(ctx: Ctx) -> Draft:
    c = code(ctx)
    return _job(
        ctx,
        [
            "Your {co} Careers verification code",
            f"{c} is your {{co}} careers sign-in code",
            "{co} job portal: one-time passcode",
            "Verify your identity to continue your application",
        ],
        [
            "[To continue your application with {co}, enter the verification code below.|You are signing in to the {co} careers portal. Use this code to verify your identity:|Here is the one-time passcode you requested to access your {co} candidate dashboard:]",
            c,
            "[This code expires in [10|15|20] minutes.|The code can be used once.]",
            "[Your application[ for {title}|] has been saved; after signing in you can pick up where you left off.|After signing in you can view the status of your submitted applications.|If you didn't try to sign in to the {co} careers portal, you can ignore this email.]",
        ],
        ctx.pick(
            [
                ("{co} Talent Acquisition", "noreply@{slug}.icims.com"),
                ("{co} Careers", "donotreply@icims.com"),
            ]
        ),
        sign=ctx.fill("[{co} Talent Acquisition|{co} Careers Team|]"),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_cand_personio_bewerberkonto", "other_job", lang="de", n=H2_N)
def cand_personio_bewerberkonto(ctx: Ctx) -> Draft:
    du = ctx.chance(0.5)
    link = ctx.url(ctx.fill("{slug}.jobs.personio.de"), "bewerbung")
    if du:
        paras = [
            "[Hallo {first},|Hi {first},]",
            "[danke für dein Interesse an {co}!|schön, dass du dich bei {co} bewerben möchtest.]",
            "[Bitte bestätige deine E-Mail-Adresse, damit wir deine Bewerbung[ als {title}|] bearbeiten können:|Damit deine Bewerbung bei uns ankommt, bestätige bitte noch kurz deine E-Mail-Adresse:] "
            + link,
            "[Über denselben Link kannst du später deine Unterlagen ergänzen.|Der Link ist 7 Tage gültig.]",
        ]
        sign = ctx.fill("[Viele Grüße|Beste Grüße]\n") + ctx.pick(
            [ctx.fill("dein {co} Recruiting-Team"), ctx.fill("{person} | {co}")]
        )
    else:
        paras = [
            "[Guten Tag {first} {last},|Hallo {first} {last},]",
            "[vielen Dank für Ihr Interesse an {co}.|Sie haben begonnen, sich bei {co} zu bewerben.]",
            "[Um Ihre Bewerbung[ für die Position {title}|] abzuschließen, bestätigen Sie bitte Ihre E-Mail-Adresse:|Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Bewerberkonto zu aktivieren:] "
            + link,
            "[Ihr Zugangscode lautet: " + code(ctx) + "|Der Link ist 7 Tage gültig.]",
        ]
        sign = "Mit freundlichen Grüßen\n" + ctx.pick(
            [ctx.fill("Ihr {co} Recruiting-Team"), ctx.fill("{person}\nPeople & Culture | {co}")]
        )
    return _job(
        ctx,
        [
            "Bitte bestätige deine E-Mail-Adresse"
            if du
            else "Bitte bestätigen Sie Ihre E-Mail-Adresse",
            "Deine Bewerbung bei {co}: E-Mail bestätigen"
            if du
            else "Ihre Bewerbung bei {co}: E-Mail-Bestätigung",
            "{co} | Zugang zu Ihrem Bewerberkonto",
        ],
        paras,
        ctx.pick(
            [("{co}", "noreply@mail.personio.de"), ("{co} Recruiting", "{slug}@jobs.personio.de")]
        ),
        greet=False,
        sign=sign,
        lang="de",
        form=ctx.pick(["html", "alt"]),
    )


@family("h2_cand_teamtailor_connect", "other_job", n=H2_N)
def cand_teamtailor_connect(ctx: Ctx) -> Draft:
    sv = ctx.chance(0.5)
    link = ctx.url(ctx.fill("career.{domain}"), "connect/login")
    if sv:
        paras = [
            "Hej {first}!",
            "[Här är din inloggningslänk till {co}s karriärsida.|Du har bett om att logga in på din kandidatprofil hos {co}.]",
            f"Logga in: {link}",
            "[Där kan du se din ansökan[ till tjänsten som {title}|], uppdatera ditt CV och svara på meddelanden från rekryteraren.|Länken är giltig i 30 minuter.]",
        ]
        sign = ctx.fill("Vänliga hälsningar,\n{co}")
    else:
        paras = [
            "[Here's your link to sign in to your candidate profile at {co}.|You asked for a sign-in link to the {co} career site.|Use the link below to access your {co} Connect profile.]",
            f"[Sign in|Log in to your profile]: {link}",
            "[From your profile you can follow your application[ for {title}|], update your CV and answer the recruiter's messages.|The link is valid for 30 minutes.]",
        ]
        sign = ctx.fill("[Best regards,|Cheers,]\n[{co}|The {co} team]")
    return _job(
        ctx,
        [
            "Logga in på {co}" if sv else "Sign in to {co}",
            "Din inloggningslänk" if sv else "Your sign-in link for {co} Careers",
            "{co} - kandidatprofil" if sv else "{co}: access your candidate profile",
        ],
        paras,
        ctx.pick(
            [
                ("{co}", "no-reply@teamtailor-mail.com"),
                ("{co} Careers", "{slug}@teamtailor-mail.com"),
            ]
        ),
        greet=not sv,
        sign=sign,
        lang="sv" if sv else "en",
        form=ctx.pick(["html", "alt"]),
    )


@family("h2_cand_mygreenhouse_signin", "other_job", ats="greenhouse", n=H2_N)
def cand_mygreenhouse_signin(ctx: Ctx) -> Draft:
    kind = ctx.pick(["code", "link", "finish"])
    c = code(ctx, 8) if ctx.chance(0.5) else code(ctx)
    paras = {
        "code": [
            "[Copy and paste this temporary security code to verify your application to {co}:|Please enter this security code in the application form for {co} to confirm you are not a robot:]",
            c,
            "[After entering the code, your application[ for {title}|] will be submitted.|This code expires in 10 minutes.]",
        ],
        "link": [
            "[Here's your link to sign in to MyGreenhouse and see your application to {co}.|You asked to sign in to MyGreenhouse to track your application at {co}.]",
            f"Sign in: {ctx.url('my.greenhouse.io', 'sign_in')}",
            "[The link expires in 15 minutes.|Once signed in you can see the status of your {co} application[ ({title})|].]",
        ],
        "finish": [
            "[Your application to {co} isn't submitted yet.|You started applying to {co}[ for {title}|] but didn't finish.]",
            "[Complete your candidate profile to finish applying: |Pick up where you left off: ]"
            + ctx.url("job-boards.greenhouse.io", ctx.fill("{slug}")),
        ],
    }[kind]
    return _job(
        ctx,
        {
            "code": [
                "Security code for your application to {co}",
                "Your {co} application verification code",
            ],
            "link": ["Sign in to MyGreenhouse", "Your MyGreenhouse sign-in link"],
            "finish": [
                "Complete your candidate profile to finish applying to {co}",
                "Finish your application to {co}",
            ],
        }[kind],
        paras,
        ctx.pick(
            [
                ("{co} Recruiting", "no-reply@greenhouse.io"),
                ("Greenhouse", "no-reply@greenhouse.io"),
                ("{co}", "no-reply@us.greenhouse-mail.io"),
            ]
        ),
        sign=ctx.fill("[The {co} Recruiting Team|Greenhouse on behalf of {co}|]"),
        form=ctx.pick(["html", "alt"]),
    )


@family("h2_cand_portail_candidat_fr_es", "other_job", lang="fr", n=H2_N)
def cand_portail_candidat_fr_es(ctx: Ctx) -> Draft:
    es = ctx.chance(0.45)
    if es:
        link = ctx.url(ctx.fill("[empleo|careers|talento].{domain}"), "candidato")
        paras = [
            "Hola {first}:",
            "[Gracias por registrarte en el portal de empleo de {co}.|Has creado tu perfil de candidato en {co}.|Has solicitado restablecer la contraseña de tu perfil de candidato en {co}.]",
            f"[Confirma tu correo para continuar con tu candidatura[ al puesto de {{title}}|]:|Accede a tu perfil para completar tu candidatura:|Restablece tu contraseña aquí:] {link}",
            "[Tu código de acceso es " + code(ctx) + ".|El enlace caduca en 24 horas.]",
        ]
        sign = ctx.fill("Un saludo,\n[Equipo de Selección de {co}|Talento {co}]")
        subjects = [
            "Confirma tu cuenta de candidato - {co}",
            "{co} Empleo: activa tu perfil",
            "Restablece tu contraseña - portal de empleo {co}",
        ]
    else:
        link = ctx.url(ctx.fill("[careers|recrutement|carrieres].{domain}"), "candidat")
        paras = [
            "Bonjour {first},",
            "[Merci d'avoir créé votre espace candidat sur le site carrières de {co}.|Vous avez demandé la réinitialisation du mot de passe de votre espace candidat {co}.|Votre candidature chez {co} est enregistrée en brouillon.]",
            f"[Confirmez votre adresse e-mail pour finaliser votre candidature[ au poste de {{title}}|] :|Choisissez un nouveau mot de passe :|Connectez-vous pour compléter votre profil candidat :] {link}",
            "[Votre code de vérification : " + code(ctx) + "|Ce lien est valable 24 heures.]",
        ]
        sign = ctx.fill(
            "[Cordialement,|Bien à vous,]\n[L'équipe Recrutement {co}|{co} Talent Acquisition]"
        )
        subjects = [
            "Activez votre espace candidat {co}",
            "{co} Carrières : confirmez votre adresse e-mail",
            "Réinitialisation de votre mot de passe - espace candidat {co}",
        ]
    return _job(
        ctx,
        subjects,
        paras,
        ctx.pick(
            [
                ("{co} Recrutement" if not es else "{co} Empleo", "noreply@{domain}"),
                ("{co}", "careers@{domain}"),
            ]
        ),
        greet=False,
        sign=sign,
        lang="es" if es else "fr",
        form=ctx.pick(["html", "alt", "plain"]),
    )
