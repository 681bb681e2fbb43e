"""Everyday account mail, part 1: confirm your address and get back into your account.

Every sign-up sends "verify your email" (SaaS, social networks, games, shops, banks,
government portals, newsletters' double opt-in) and every forgotten password a reset link;
locked accounts and username reminders follow. None of it is about a job, though it is
full of "account", "profile", "verify" and "complete": the words candidate portals use too.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h2_kit import H2_N, acct, code, footer, ip, stamp
from kit import Ctx, Draft, family

_SAAS = (
    ("Notion", "notify.notion.so", "notion.so"),
    ("Discord", "discord.com", "discord.com"),
    ("Kaggle", "kaggle.com", "kaggle.com"),
    ("Figma", "email.figma.com", "figma.com"),
    ("Canva", "engage.canva.com", "canva.com"),
    ("Airtable", "airtable.com", "airtable.com"),
    ("Duolingo", "duolingo.com", "duolingo.com"),
    ("Strava", "strava.com", "strava.com"),
    ("Trello", "atlassian.com", "trello.com"),
    ("Miro", "miro.com", "miro.com"),
    ("Pinterest", "explore.pinterest.com", "pinterest.com"),
    ("Etsy", "mail.etsy.com", "etsy.com"),
    ("Goodreads", "goodreads.com", "goodreads.com"),
    ("Mastodon", "mastodon.social", "mastodon.social"),
)


@family("h2_signup_verify_email", "not_job", n=H2_N)
def signup_verify_email(ctx: Ctx) -> Draft:
    c = code(ctx)
    org, mail_host, host = ctx.pick(_SAAS)
    link = ctx.url(host, ctx.pick(["verify", "confirm-email", "email/verify", "activate"]))
    return acct(
        ctx,
        [
            "Verify your email address",
            f"Please verify your email for {org}",
            f"Confirm your email address to finish signing up for {org}",
            f"[Action required|One more step]: verify your {org} account",
            f"Welcome to {org} - please confirm your email",
            f"{c} is your {org} verification code",
        ],
        [
            f"[Thanks for signing up for {org}!|You're almost there!|Welcome to {org}.|Someone (hopefully you) created an account on {org} with this address.]",
            "[To finish setting up your account, please confirm that this is your email address.|Before you get started, we need to verify your email address.|Please verify your email address so we know it's really you.|Tap the button below to verify your email and activate your account.]",
            f"[Verify email|Confirm my email|Verify my account|Activate account]: {link}",
            "[This link will expire in [24 hours|48 hours|7 days|30 minutes].|Or paste this code in the app: "
            + c
            + "]",
            "[If you didn't create an account, you can safely ignore this email.|Didn't sign up? Just ignore this message and the account won't be created.|If this wasn't you, no further action is needed.|]",
        ],
        (
            org,
            ctx.pick(
                [
                    f"noreply@{mail_host}",
                    f"no-reply@{mail_host}",
                    f"verify@{mail_host}",
                    f"hello@{mail_host}",
                ]
            ),
        ),
        ctx.pick(
            [
                f"The {org} Team",
                f"- The {org} team",
                "",
                f"Thanks,\n{org}",
                f"Cheers,\nThe {org} team",
            ]
        ),
        greet_p=0.6,
        footer=footer(
            ctx, org + ("" if org.endswith("Inc.") else ctx.pick([", Inc.", " Inc.", ""])), host
        ),
        form=ctx.pick(["html", "alt", "alt", "plain"]),
    )


@family("h2_newsletter_double_optin", "not_job", n=H2_N)
def newsletter_double_optin(ctx: Ctx) -> Draft:
    pub, host = ctx.pick(
        [
            ("The Morning Brew", "morningbrew.com"),
            ("Platformer", "platformer.substack.com"),
            ("Garden Notes by Ruth Ellis", "ruthellis.substack.com"),
            ("City Library Events", "citylibrary.org"),
            ("Riverside Farmers Market", "list-manage.com"),
            ("Hacker Newsletter", "hackernewsletter.com"),
            ("The Weekend Cook", "buttondown.email"),
            ("Oxfam", "email.oxfam.org"),
            ("Trail Runners Club", "mailchi.mp"),
        ]
    )
    link = ctx.url(host, ctx.pick(["subscribe/confirm", "confirm", "optin"]))
    return acct(
        ctx,
        [
            f"Confirm your subscription to {pub}",
            "Please confirm your subscription",
            f"{pub}: please confirm your email",
            "One click to confirm 👇",
            "Confirm your email to start receiving our newsletter",
        ],
        [
            f"[Thanks for subscribing to {pub}!|You (or someone using your address) asked to join the mailing list of {pub}.|Hello from {pub}!]",
            "[Please confirm your subscription by clicking the link below.|To make sure we have the right address, please confirm your subscription.|One more step: click below to confirm, otherwise you won't hear from us.]",
            f"[Yes, subscribe me to this list|Confirm subscription|Confirm my email]: {link}",
            "[If you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link above.|If you didn't sign up, ignore this email and we won't send you anything.|]",
            "[Issues arrive every [Tuesday|weekday morning|Sunday]. Add us to your address book so we don't land in spam.|]",
        ],
        (pub, ctx.pick([f"newsletter@{host}", f"hello@{host}", f"no-reply@{host}"])),
        ctx.pick(["", f"- {pub}", "Thanks for reading!"]),
        greet_p=0.4,
        footer=footer(ctx, pub, host),
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.5),
    )


@family("h2_de_konto_bestaetigen", "not_job", lang="de", n=H2_N)
def de_konto_bestaetigen(ctx: Ctx) -> Draft:
    c = code(ctx)
    org, host = ctx.pick(
        [
            ("Kleinanzeigen", "mail.kleinanzeigen.de"),
            ("Deutsche Bahn", "bahn.de"),
            ("Otto", "otto.de"),
            ("Zalando", "zalando.de"),
            ("Chefkoch", "chefkoch.de"),
            ("Stadtwerke München", "swm.de"),
            ("ELSTER", "elster.de"),
            ("Thalia", "thalia.de"),
            ("Sparkasse", "sparkasse.de"),
            ("GMX", "gmx.net"),
        ]
    )
    link = ctx.url(host, ctx.pick(["bestaetigen", "konto/aktivieren", "verify"]))
    du = org in ("Kleinanzeigen", "Zalando", "Chefkoch")
    return acct(
        ctx,
        [
            "Bitte bestätigen Sie Ihre E-Mail-Adresse"
            if not du
            else "Bitte bestätige deine E-Mail-Adresse",
            f"Ihre Registrierung bei {org}"
            if not du
            else f"Willkommen bei {org}! Nur noch ein Schritt",
            f"{org}: Aktivierung Ihres Kontos" if not du else f"Aktiviere dein {org}-Konto",
            f"Ihr Bestätigungscode: {c}",
        ],
        [
            (
                f"[vielen Dank für Ihre Registrierung bei {org}.|Sie haben bei {org} ein Kundenkonto angelegt.|Sie haben Ihre E-Mail-Adresse in Ihrem {org}-Konto geändert.]"
                if not du
                else f"[danke, dass du dich bei {org} registriert hast!|schön, dass du dabei bist.|du hast gerade ein Konto bei {org} erstellt.]"
            ),
            (
                "Um Ihr Konto zu aktivieren, bestätigen Sie bitte Ihre E-Mail-Adresse über folgenden Link:"
                if not du
                else "Bitte bestätige deine E-Mail-Adresse, damit wir dein Konto freischalten können:"
            ),
            link,
            "[Der Link ist [24 Stunden|48 Stunden|7 Tage] gültig.|Alternativ können Sie den Code "
            + c
            + " eingeben.|]",
            (
                "[Falls Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren.|Sie haben diese Anmeldung nicht veranlasst? Dann ignorieren Sie diese Nachricht bitte.]"
                if not du
                else "Du hast dich nicht registriert? Dann kannst du diese E-Mail einfach ignorieren."
            ),
        ],
        (org, ctx.pick([f"noreply@{host}", f"service@{host}", f"kundenservice@{host}"])),
        ctx.pick(
            [
                "Mit freundlichen Grüßen\nIhr " + org + "-Team",
                "Viele Grüße\nDein " + org + "-Team",
                "Ihr " + org + " Kundenservice",
                "",
            ]
        ),
        lang="de",
        greet_p=0.75,
        footer=footer(ctx, org, host, "de"),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_fr_confirmez_adresse", "not_job", lang="fr", n=H2_N)
def fr_confirmez_adresse(ctx: Ctx) -> Draft:
    c = code(ctx)
    org, host = ctx.pick(
        [
            ("leboncoin", "leboncoin.fr"),
            ("Doctolib", "doctolib.fr"),
            ("SNCF Connect", "sncf-connect.com"),
            ("Ameli", "assurance-maladie.ameli.fr"),
            ("Vinted", "vinted.fr"),
            ("La Poste", "laposte.fr"),
            ("Decathlon", "decathlon.fr"),
            ("FranceConnect", "franceconnect.gouv.fr"),
            ("BlaBlaCar", "blablacar.fr"),
        ]
    )
    link = ctx.url(host, ctx.pick(["validation", "confirmer-email", "activation"]))
    return acct(
        ctx,
        [
            "Confirmez votre adresse e-mail",
            f"Bienvenue sur {org} ! Activez votre compte",
            f"{org} : validez votre adresse e-mail",
            "Dernière étape avant de finaliser votre inscription",
            f"Votre code de vérification {org} : {c}",
        ],
        [
            f"[Merci pour votre inscription sur {org}.|Vous venez de créer votre compte {org}.|Vous avez demandé à modifier l'adresse e-mail de votre compte {org}.]",
            "[Pour activer votre compte, merci de confirmer votre adresse e-mail en cliquant sur le lien ci-dessous :|Il ne vous reste plus qu'à valider votre adresse e-mail :|Afin de sécuriser votre compte, veuillez confirmer votre adresse e-mail :]",
            link,
            "[Ce lien est valable [24 heures|72 heures|30 minutes].|Vous pouvez aussi saisir le code "
            + c
            + " dans l'application.|]",
            "[Si vous n'êtes pas à l'origine de cette demande, ignorez simplement ce message.|Vous n'avez pas créé de compte ? Aucune action n'est nécessaire.]",
        ],
        (org, ctx.pick([f"no-reply@{host}", f"ne-pas-repondre@{host}", f"compte@{host}"])),
        ctx.pick(
            [
                f"L'équipe {org}",
                f"À très vite sur {org} !",
                f"Cordialement,\nLe service client {org}",
                "",
            ]
        ),
        lang="fr",
        footer=footer(ctx, org, host, "fr"),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_password_reset_services", "not_job", n=H2_N)
def password_reset_services(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("GitHub", "github.com"),
            ("Spotify", "spotify.com"),
            ("Netflix", "netflix.com"),
            ("Dropbox", "dropbox.com"),
            ("Reddit", "reddit.com"),
            ("Booking.com", "booking.com"),
            ("Zoom", "zoom.us"),
            ("Steam", "steampowered.com"),
            ("Tesco", "tesco.com"),
            ("Vodafone", "vodafone.co.uk"),
            ("Adobe", "adobe.com"),
        ]
    )
    link = ctx.url(host, ctx.pick(["password_reset", "reset-password", "account/recover"]))
    return acct(
        ctx,
        [
            "Reset your password",
            f"[{org}] Please reset your password",
            f"Password reset request for your {org} account",
            f"Your {org} password reset link",
            "Forgot your password? Let's get you a new one",
            f"{org} account recovery",
        ],
        [
            f"[We heard that you lost your {org} password. Sorry about that!|Someone requested a password reset for the {org} account associated with this email address.|We received a request to reset the password for your {org} account.|Need to reset your password? No problem.]",
            f"[You can use the following link to reset your password:|Click the link below to choose a new password:|To reset your password, visit:|Reset password:] {link}",
            "[If you don't use this link within [3 hours|1 hour|24 hours|15 minutes], it will expire.|For your security, this link expires in [60|30|15] minutes.|This link can only be used once.]",
            f"[If you didn't request a password reset, you can ignore this email. Your password won't change.|If you did not make this request, please secure your account: {ctx.url(host, 'security')}|Didn't ask for this? Someone may have typed your email address by mistake; no changes were made.]",
            "[Request made from IP " + ip(ctx) + ".|]",
        ],
        (
            org,
            ctx.pick(
                [f"noreply@{host}", f"no-reply@{host}", f"accounts@{host}", f"security@{host}"]
            ),
        ),
        ctx.pick(["Thanks,\nThe " + org + " Team", f"- {org}", "", "The " + org + " Support Team"]),
        greet_p=0.6,
        footer=footer(ctx, org, host),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_password_changed_locked", "not_job", n=H2_N)
def password_changed_locked(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Okta", "okta.com"),
            ("PayPal", "paypal.com"),
            ("Amazon", "amazon.com"),
            ("Instagram", "mail.instagram.com"),
            ("Chase", "chase.com"),
            ("Epic Games", "epicgames.com"),
            ("Ticketmaster", "ticketmaster.com"),
            ("Bitwarden", "bitwarden.com"),
            ("Comcast Xfinity", "xfinity.com"),
            ("Monzo", "monzo.com"),
        ]
    )
    kind = ctx.pick(["changed", "locked", "username", "changed", "attempts"])
    subj = {
        "changed": [
            "Your password was changed",
            f"Your {org} password has been changed",
            "Password updated successfully",
            "Security notice: password change",
        ],
        "locked": [
            "Your account has been locked",
            f"{org}: account temporarily locked",
            "We've locked your account to protect it",
        ],
        "username": [
            "Your username reminder",
            f"Your {org} username",
            "Forgot your username? Here it is",
        ],
        "attempts": [
            "Unsuccessful sign-in attempts",
            "Too many failed login attempts",
            f"Unusual activity on your {org} account",
        ],
    }[kind]
    first = {
        "changed": f"[The password for your {org} account was changed on|Your password was successfully updated on|This is a confirmation that the password for your account was changed on] {stamp(ctx)}.",
        "locked": f"[After several unsuccessful sign-in attempts, we've temporarily locked your {org} account.|We noticed suspicious activity and locked your account as a precaution.|Your account has been locked because the wrong password was entered [5|10|3] times.]",
        "username": f"[You asked us to remind you of your username.|Here is the username associated with this email address:] [{{first}}{ctx.num(10, 99)}|{{first}}.{{last}}|{{last}}_{{first}}{ctx.num(1, 9)}]",
        "attempts": f"[We detected [3|4|7] failed attempts to sign in to your account|Someone tried to sign in to your {org} account with an incorrect password] from {ip(ctx)} on {stamp(ctx)}.",
    }[kind]
    nxt = {
        "changed": f"[If you made this change, no further action is needed.|If this was you, you can disregard this email.] [If you did not change your password, reset it immediately and contact support: {ctx.url(host, 'help')}|If this wasn't you, please secure your account now: {ctx.url(host, 'security')}]",
        "locked": f"[You can unlock it by resetting your password:|To regain access, verify your identity here:|The lock will be lifted automatically in 30 minutes, or unlock it now:] {ctx.url(host, 'unlock')}",
        "username": f"[Sign in|Log in to your account]: {ctx.url(host, 'login')}",
        "attempts": "[If this was you, you can ignore this message.|If this wasn't you, we recommend changing your password and turning on two-step verification.]",
    }[kind]
    return acct(
        ctx,
        subj,
        [
            first,
            nxt,
            "[We'll never ask for your password by email.|For security, this is a one-time notification.|]",
        ],
        (
            org,
            ctx.pick(
                [
                    f"no-reply@{host}",
                    f"security@{host}",
                    f"account-update@{host}",
                    f"service@{host}",
                ]
            ),
        ),
        ctx.pick([f"{org} Account Security", f"The {org} team", "", f"Thanks,\n{org}"]),
        greet_p=0.7,
        footer=footer(ctx, org, host),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_es_restablecer_contrasena", "not_job", lang="es", n=H2_N)
def es_restablecer_contrasena(ctx: Ctx) -> Draft:
    c = code(ctx)
    org, host = ctx.pick(
        [
            ("Mercado Libre", "mercadolibre.com"),
            ("Movistar", "movistar.es"),
            ("Wallapop", "wallapop.com"),
            ("Renfe", "renfe.com"),
            ("BBVA", "bbva.es"),
            ("El Corte Inglés", "elcorteingles.es"),
            ("Cl@ve", "clave.gob.es"),
            ("Rappi", "rappi.com"),
        ]
    )
    kind = ctx.pick(["reset", "reset", "changed", "verify"])
    link = ctx.url(
        host, {"reset": "restablecer", "changed": "seguridad", "verify": "verificar"}[kind]
    )
    paras = {
        "reset": [
            f"[Hemos recibido una solicitud para restablecer la contraseña de tu cuenta de {org}.|Has solicitado cambiar tu contraseña de {org}.|¿Olvidaste tu contraseña? No pasa nada.]",
            f"[Haz clic en el siguiente enlace para crear una nueva contraseña:|Para restablecerla, entra aquí:] {link}",
            "[El enlace caduca en [1 hora|24 horas|15 minutos].|Por seguridad, este enlace solo se puede usar una vez.]",
            "[Si no has sido tú, ignora este correo; tu contraseña no cambiará.|Si no solicitaste el cambio, contacta con nosotros.]",
        ],
        "changed": [
            f"Te confirmamos que la contraseña de tu cuenta de {org} se modificó el {ctx.date:%d/%m/%Y} a las {ctx.date:%H:%M}.",
            f"Si no reconoces este cambio, bloquea tu cuenta de inmediato: {ctx.url(host, 'seguridad')}",
        ],
        "verify": [
            f"[Gracias por registrarte en {org}.|Ya casi está: solo falta confirmar tu correo.]",
            f"Confirma tu dirección de correo electrónico: {link}",
            f"[O introduce este código: {c}|Tu código de verificación es {c}.]",
        ],
    }[kind]
    subj = {
        "reset": [
            "Restablece tu contraseña",
            f"{org}: solicitud de cambio de contraseña",
            "Recupera el acceso a tu cuenta",
        ],
        "changed": ["Tu contraseña ha sido modificada", f"Aviso de seguridad de {org}"],
        "verify": [
            "Confirma tu correo electrónico",
            f"Bienvenido/a a {org}: verifica tu cuenta",
            f"{c} es tu código de {org}",
        ],
    }[kind]
    return acct(
        ctx,
        subj,
        paras,
        (org, ctx.pick([f"no-reply@{host}", f"noresponder@{host}", f"seguridad@{host}"])),
        ctx.pick(
            [f"El equipo de {org}", f"Saludos,\n{org}", "", "Atentamente,\nAtención al cliente"]
        ),
        lang="es",
        footer=footer(ctx, org, host, "es"),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_it_recupero_password", "not_job", lang="it", n=H2_N)
def it_recupero_password(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Trenitalia", "trenitalia.com"),
            ("Poste Italiane", "posteitaliane.it"),
            ("Subito", "subito.it"),
            ("SPID - Aruba ID", "aruba.it"),
            ("Esselunga", "esselunga.it"),
            ("TIM", "tim.it"),
            ("Fineco", "finecobank.com"),
            ("Feltrinelli", "lafeltrinelli.it"),
        ]
    )
    kind = ctx.pick(["reset", "verify", "changed"])
    link = ctx.url(
        host, {"reset": "recupero-password", "verify": "conferma", "changed": "sicurezza"}[kind]
    )
    paras = {
        "reset": [
            f"[Abbiamo ricevuto una richiesta di reimpostazione della password per il tuo account {org}.|Hai richiesto il recupero della password.]",
            f"Per scegliere una nuova password clicca qui: {link}",
            "[Il link è valido per [30 minuti|24 ore].|Se non hai fatto tu la richiesta, ignora questa email.]",
        ],
        "verify": [
            f"[Grazie per esserti registrato su {org}!|Benvenuto su {org}.]",
            f"[Per attivare il tuo account conferma il tuo indirizzo email:|Conferma la tua email cliccando sul link:] {link}",
            f"[Il codice di verifica è {code(ctx)}.|]",
        ],
        "changed": [
            f"La password del tuo account {org} è stata modificata il {ctx.date:%d/%m/%Y} alle {ctx.date:%H:%M}.",
            "[Se non sei stato tu, contatta subito il servizio clienti.|Se hai effettuato tu la modifica, non devi fare nulla.]",
        ],
    }[kind]
    subj = {
        "reset": [
            "Recupero password",
            f"{org} - Reimposta la tua password",
            "Richiesta di modifica password",
        ],
        "verify": [
            "Conferma il tuo indirizzo email",
            f"Attiva il tuo account {org}",
            "Completa la registrazione",
        ],
        "changed": ["La tua password è stata modificata", f"{org}: avviso di sicurezza"],
    }[kind]
    return acct(
        ctx,
        subj,
        paras,
        (org, ctx.pick([f"noreply@{host}", f"no-reply@{host}", f"assistenza@{host}"])),
        ctx.pick([f"Il team {org}", f"Cordiali saluti,\n{org}", "", "A presto!"]),
        lang="it",
        footer=footer(ctx, org, host, "it"),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_pl_weryfikacja_konta", "not_job", lang="pl", n=H2_N)
def pl_weryfikacja_konta(ctx: Ctx) -> Draft:
    c = code(ctx)
    org, host = ctx.pick(
        [
            ("Allegro", "allegro.pl"),
            ("OLX", "olx.pl"),
            ("mBank", "mbank.pl"),
            ("InPost", "inpost.pl"),
            ("Empik", "empik.com"),
            ("Profil Zaufany", "gov.pl"),
            ("Play", "play.pl"),
        ]
    )
    kind = ctx.pick(["verify", "reset", "login"])
    link = ctx.url(
        host, {"verify": "aktywacja", "reset": "reset-hasla", "login": "logowanie"}[kind]
    )
    paras = {
        "verify": [
            f"[Dziękujemy za założenie konta w {org}.|Witamy w {org}!]",
            f"[Aby aktywować konto, kliknij w poniższy link:|Potwierdź swój adres e-mail:] {link}",
            "[Link jest ważny przez [24 godziny|7 dni].|Jeśli to nie Ty zakładałeś konto, zignoruj tę wiadomość.]",
        ],
        "reset": [
            f"Otrzymaliśmy prośbę o zmianę hasła do Twojego konta {org}.",
            f"Ustaw nowe hasło: {link}",
            "Jeśli to nie Ty, zignoruj tę wiadomość - Twoje hasło pozostanie bez zmian.",
        ],
        "login": [
            f"[Twój kod weryfikacyjny to: {c}|Kod do logowania: {c}]",
            "[Kod jest ważny przez 10 minut. Nie podawaj go nikomu.|Nie udostępniaj tego kodu. Pracownicy "
            + org
            + " nigdy o niego nie proszą.]",
        ],
    }[kind]
    subj = {
        "verify": [
            "Aktywuj swoje konto",
            f"Potwierdź adres e-mail w {org}",
            "Witamy! Dokończ rejestrację",
        ],
        "reset": ["Zmiana hasła", f"{org}: resetowanie hasła"],
        "login": [f"Kod weryfikacyjny {org}", f"{c} - Twój kod do logowania"],
    }[kind]
    return acct(
        ctx,
        subj,
        paras,
        (org, ctx.pick([f"noreply@{host}", f"powiadomienia@{host}", f"kontakt@{host}"])),
        ctx.pick([f"Zespół {org}", f"Pozdrawiamy,\nZespół {org}", ""]),
        lang="pl",
        footer=footer(ctx, org, host, "pl"),
        form=ctx.pick(["html", "alt", "plain"]),
    )
