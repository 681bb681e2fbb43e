"""Everyday account mail, part 3: products welcoming, nudging and changing accounts.

"Welcome to Dropbox!", "Getting started" series, "Complete your profile", "Add a profile
photo", "Invite your team"; then the account's life: email changed, plan upgraded, card
updated, data export ready, account deletion scheduled; gaming and forum accounts; and
German and Spanish welcome series. Mail every inbox gets and no job search sends.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h2_kit import H2_N, acct, code, footer, stamp
from kit import Ctx, Draft, family
from zf_kit import logo

_PRODUCTS = (
    ("Dropbox", "dropbox.com", "store, share and sync your files"),
    ("Notion", "notion.so", "write, plan and organize in one place"),
    ("Todoist", "todoist.com", "organize your tasks"),
    ("Headspace", "headspace.com", "build a meditation habit"),
    ("Spotify", "spotify.com", "listen to the music you love"),
    ("Calm", "calm.com", "sleep better"),
    ("YNAB", "ynab.com", "give every dollar a job"),
    ("Grammarly", "grammarly.com", "write clearly"),
    ("Evernote", "evernote.com", "remember everything"),
    ("Asana", "asana.com", "track your team's work"),
    ("MyFitnessPal", "myfitnesspal.com", "track what you eat"),
    ("Splitwise", "splitwise.com", "split expenses with friends"),
)


@family("h2_welcome_to_product", "not_job", n=H2_N)
def welcome_to_product(ctx: Ctx) -> Draft:
    org, host, what = ctx.pick(_PRODUCTS)
    tips = ctx.pick(
        [
            "1. Install the app on your phone\n2. Turn on notifications\n3. Invite a friend",
            "Step 1: Set up your workspace\nStep 2: Import your data\nStep 3: Explore templates",
            "- Download the desktop app\n- Connect your calendar\n- Try our 2-minute tour",
        ]
    )
    return acct(
        ctx,
        [
            f"Welcome to {org}!",
            f"Welcome to {org}, {{first}} 👋",
            f"You're in! Here's how to get started with {org}",
            f"Getting started with {org}",
            f"[Day 1|Tip #1]: make the most of {org}",
        ],
        [
            logo(org, ctx) if ctx.chance(0.4) else "",
            f"[Thanks for joining {org}!|We're so glad you're here.|Welcome aboard!|Your account is ready.] [{org} helps you {what}.|Millions of people use {org} to {what}.|]",
            f"[Here are a few things to get you started:|To get the most out of {org}, try these:|Three quick steps:]\n{tips}",
            f"[Get started|Open {org}|Take the tour]: {ctx.url(host, 'start')}",
            "[Questions? Just reply to this email, we read every message.|Our Help Center has answers to the most common questions.|Over the next few days we'll send you a few tips. You can turn these emails off any time.]",
        ],
        (org, ctx.pick([f"hello@{host}", f"team@{host}", f"no-reply@{host}", f"welcome@{host}"])),
        ctx.pick(
            [
                f"Cheers,\nThe {org} Team",
                f"- {ctx.person_first}, {org} co-founder",
                f"Welcome aboard,\n{org}",
                "",
            ]
        ),
        greet_p=0.6,
        footer=footer(ctx, org, host),
        form=ctx.pick(["html", "html", "alt"]),
        bulk=ctx.chance(0.4),
    )


@family("h2_complete_profile_nudge", "not_job", n=H2_N)
def complete_profile_nudge(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Meetup", "meetup.com"),
            ("Strava", "strava.com"),
            ("Nextdoor", "nextdoor.com"),
            ("Bumble", "bumble.com"),
            ("Airbnb", "airbnb.com"),
            ("Duolingo", "duolingo.com"),
            ("Zoom", "zoom.us"),
            ("Miro", "miro.com"),
            ("ClickUp", "clickup.com"),
            ("HubSpot", "hubspot.com"),
            ("Monday.com", "monday.com"),
            ("Vinted", "vinted.com"),
        ]
    )
    ask = ctx.pick(["photo", "finish", "team", "percent", "prefs"])
    para = {
        "photo": "[Add a profile photo so people recognise you.|Profiles with a photo get [3x|5x] more replies.|Put a face to your name: add a photo in 10 seconds.]",
        "finish": "[You're just a few steps away from finishing setting up your account.|Finish setting up your account to unlock everything.|Your account setup is almost done.]",
        "team": f"[{org} works better together. Invite your teammates to your workspace.|Invite your team: it's free for up to [3|5|10] people.|Collaboration starts with an invite.]",
        "percent": "[Your profile is [40|60|75|80]% complete.|Complete your profile to get better recommendations.|Complete your profile: tell us a bit about yourself and your interests.]",
        "prefs": "[Tell us what you're interested in and we'll tailor your feed.|Choose your notification preferences.|Connect your calendar to never miss a thing.]",
    }[ask]
    return acct(
        ctx,
        {
            "photo": [
                "Add a profile photo",
                "{first}, add a photo to your profile 📸",
                "Let people see who you are",
            ],
            "finish": [
                "Finish setting up your account",
                "Complete your setup",
                "You're almost done!",
            ],
            "team": ["Invite your team", f"Bring your team to {org}", "Work is better together"],
            "percent": [
                "Complete your profile",
                "Your profile is almost complete",
                "{first}, finish your profile",
            ],
            "prefs": ["Personalise your experience", "Set your preferences", "One last thing..."],
        }[ask],
        [
            para,
            {
                "photo": "[Add photo|Upload a photo]",
                "finish": "[Finish setup|Continue]",
                "team": "[Invite teammates|Send invites]",
                "percent": "[Complete now|Update profile]",
                "prefs": "[Set preferences|Get started]",
            }[ask]
            + f": {ctx.url(host, 'onboarding')}",
            "[It only takes a minute.|Takes less than 2 minutes.|]",
        ],
        (
            org,
            ctx.pick(
                [f"no-reply@{host}", f"hello@{host}", f"info@{host}", f"notifications@{host}"]
            ),
        ),
        ctx.pick(["", f"The {org} team", f"Thanks,\n{org}"]),
        greet_p=0.55,
        footer=footer(ctx, org, host, p=0.9),
        form=ctx.pick(["html", "html", "alt"]),
        bulk=ctx.chance(0.6),
    )


@family("h2_account_changes", "not_job", n=H2_N)
def account_changes(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Dropbox", "dropbox.com"),
            ("Google One", "google.com"),
            ("Canva", "canva.com"),
            ("Evernote", "evernote.com"),
            ("Disney+", "disneyplus.com"),
            ("Patreon", "patreon.com"),
            ("Proton", "proton.me"),
            ("Fitbit", "fitbit.com"),
            ("Audible", "audible.com"),
            ("Backblaze", "backblaze.com"),
        ]
    )
    kind = ctx.pick(["email", "plan", "card", "export", "delete", "info"])
    subj = {
        "email": [
            "Your email address was changed",
            f"{org}: email address updated",
            "Confirm your new email address",
        ],
        "plan": [
            f"You've upgraded to {org} [Plus|Premium|Pro]",
            "Your plan has changed",
            "Receipt: plan upgrade",
        ],
        "card": [
            "Your payment method was updated",
            "Card details updated",
            "Your billing information has changed",
        ],
        "export": [
            "Your data export is ready",
            f"Your {org} data is ready to download",
            "Your archive is ready",
        ],
        "delete": [
            "Your account will be deleted",
            "Account deletion scheduled",
            f"We're sorry to see you go - {org}",
        ],
        "info": [
            "Your account information has been updated",
            "Account details changed",
            "Profile updated",
        ],
    }[kind]
    first = {
        "email": f"The email address on your {org} account was changed from {{first}}***@{ctx.pick(['gmail.com', 'outlook.com', 'yahoo.com'])} to this address on {stamp(ctx)}.",
        "plan": f"[Thanks for upgrading!|Your upgrade is complete.] You're now on {org} [Plus|Premium|Pro|Family], billed [monthly|annually] at [$9.99|$11.99|€8.99|£99.00]. Your next payment is due on {ctx.future(25, 35):%B %d, %Y}.",
        "card": f"The card ending in {ctx.num(1000, 9999)} is now the default payment method for your {org} subscription.",
        "export": f"[The data export you requested on {ctx.date:%B %d} is ready.|Your copy of your {org} data is ready.] [Download it within 7 days|The link expires in 48 hours]: {ctx.url(host, 'export/download')}",
        "delete": f"We received your request to delete your {org} account. Your account and all its data will be permanently deleted on {ctx.future(14, 30):%B %d, %Y}. [If you change your mind, just sign in before then.|To cancel the deletion, sign in and choose Keep my account.]",
        "info": f"[The following details on your {org} account were updated:|We're letting you know that your account information was recently changed:] [name|phone number|address|date of birth|display name].",
    }[kind]
    return acct(
        ctx,
        subj,
        [
            first,
            "[If you made this change, no further action is needed.|If you did not make this change, please contact us immediately.|If this wasn't you, secure your account: "
            + ctx.url(host, "security")
            + "]"
            if kind in ("email", "card", "info")
            else "[View your account settings: "
            + ctx.url(host, "account")
            + "|Manage your subscription: "
            + ctx.url(host, "account/plan")
            + "|]",
            "[Reference: " + code(ctx, 8) + "|]",
        ],
        (
            org,
            ctx.pick(
                [f"no-reply@{host}", f"accounts@{host}", f"billing@{host}", f"support@{host}"]
            ),
        ),
        ctx.pick(["", f"The {org} team", f"Thanks,\n{org} Support"]),
        greet_p=0.7,
        footer=footer(ctx, org, host),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_game_forum_accounts", "not_job", n=H2_N)
def game_forum_accounts(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Steam", "steampowered.com"),
            ("Epic Games", "epicgames.com"),
            ("Battle.net", "battle.net"),
            ("Nintendo Account", "accounts.nintendo.com"),
            ("PlayStation", "playstation.com"),
            ("Home Assistant Community", "community.home-assistant.io"),
            ("Stack Overflow", "stackoverflow.com"),
            ("Ars Technica Forums", "arstechnica.com"),
            ("r/photography", "reddit.com"),
            ("Chess.com", "chess.com"),
        ]
    )
    kind = ctx.pick(["guard", "activate", "welcome", "trust"])
    user = ctx.pick(
        ["n1ghtowl", "pixelpusher", "{first}_plays", "kettle_drum", "grumpy_gnome", "{first}{last}"]
    )
    para = {
        "guard": f"[Here is the Steam Guard code you need to login to account {user}:|Your login code for {org}:|Here is your {org} security code:] {code(ctx, 5).upper()}",
        "activate": f"[Thanks for signing up at {org}! Before you can post, please activate your account by clicking this link:|To activate your new account {user}, visit:] {ctx.url(host, 'u/activate-account')}",
        "welcome": f"[Welcome to {org}, {user}!|Hey {user}, welcome aboard.] [Read the community guidelines before you post.|New members can post after reading a few topics.|Your trust level will go up as you read and take part.]",
        "trust": f"[Congratulations, {user}: you've been promoted to trust level [1|2].|You've earned the badge \"[Basic|Member|Autobiographer]\".|Your reputation reached [15|50|100]: you can now upvote.]",
    }[kind]
    return acct(
        ctx,
        {
            "guard": [
                f"Your {org} account: Access from new computer",
                f"{org} login code",
                "Your security code",
            ],
            "activate": [
                f"[{org}] Confirm your new account",
                "Activate your account",
                f"Welcome to {org} - confirm your email",
            ],
            "welcome": [f"Welcome to {org}!", f"[{org}] Welcome, {user}", "Thanks for joining"],
            "trust": [
                f"[{org}] You've been promoted",
                "You earned a new badge",
                "Your account reached a new level",
            ],
        }[kind],
        [
            para,
            "[This email was generated because of a login attempt from a web or mobile device located at "
            + ctx.pick(["Berlin, DE", "Leeds, GB", "Ohio, US", "Lisbon, PT"])
            + ".|If you didn't do this, ignore this email.|Happy gaming!|See you around!]",
        ],
        (
            org,
            ctx.pick(
                [f"noreply@{host}", f"no-reply@{host}", f"help@{host}", f"notifications@{host}"]
            ),
        ),
        ctx.pick([f"The {org} Team", f"The {org} community team", "", "Cheers,\nThe moderators"]),
        greet_p=0.3,
        footer=footer(ctx, org, host, p=0.5),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_de_willkommen_onboarding", "not_job", lang="de", n=H2_N)
def de_willkommen_onboarding(ctx: Ctx) -> Draft:
    org, host, what = ctx.pick(
        [
            ("N26", "n26.com", "dein Konto ist startklar"),
            ("Babbel", "babbel.com", "deine erste Lektion wartet"),
            ("Komoot", "komoot.de", "plane deine nächste Tour"),
            ("Lieferando", "lieferando.de", "bestell bei deinen Lieblingsrestaurants"),
            ("Trade Republic", "traderepublic.com", "dein Depot ist eröffnet"),
            ("Urban Sports Club", "urbansportsclub.com", "buche deinen ersten Kurs"),
            ("Too Good To Go", "toogoodtogo.de", "rette dein erstes Essen"),
            ("Ecosia", "ecosia.org", "pflanze Bäume beim Suchen"),
        ]
    )
    kind = ctx.pick(["welcome", "profile", "tips"])
    para = {
        "welcome": f"[Willkommen bei {org}!|Schön, dass du da bist!|Herzlich willkommen an Bord.] {what[0].upper()}{what[1:]}.",
        "profile": "[Dein Profil ist fast fertig. Füge noch ein Profilbild hinzu|Vervollständige dein Profil, damit wir dir passende Vorschläge machen können|Nur noch ein Schritt: richte dein Konto vollständig ein].",
        "tips": "[Hier sind drei Tipps für den Start:|So holst du das Beste aus deinem Konto:]\n1. App herunterladen\n2. Benachrichtigungen aktivieren\n3. [Freunde einladen|Einstellungen anpassen]",
    }[kind]
    return acct(
        ctx,
        {
            "welcome": [
                f"Willkommen bei {org} 🎉",
                f"Hallo {{first}}, willkommen bei {org}!",
                "Los geht's!",
            ],
            "profile": [
                "Vervollständige dein Profil",
                "Nur noch ein Schritt",
                "Dein Konto ist fast eingerichtet",
            ],
            "tips": [f"Erste Schritte mit {org}", "3 Tipps für deinen Start"],
        }[kind],
        [
            "[Hallo {first},|Hi {first}!|Hey {first},|]",
            para,
            f"[Jetzt loslegen|Zur App|Profil vervollständigen]: {ctx.url(host, 'start')}",
            "[Fragen? Unser Hilfe-Center ist für dich da.|Du kannst auf diese E-Mail einfach antworten.|]",
        ],
        (org, ctx.pick([f"hallo@{host}", f"noreply@{host}", f"team@{host}"])),
        ctx.pick([f"Dein {org}-Team", f"Viele Grüße\nDein {org} Team", ""]),
        lang="de",
        greet_p=0.0,
        footer=footer(ctx, org, host, "de"),
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.5),
    )


@family("h2_es_bienvenida_cuenta", "not_job", lang="es", n=H2_N)
def es_bienvenida_cuenta(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Glovo", "glovoapp.com"),
            ("Cabify", "cabify.com"),
            ("Idealista", "idealista.com"),
            ("Spotify", "spotify.com"),
            ("Bizum", "bizum.es"),
            ("Vueling Club", "vueling.com"),
            ("Decathlon", "decathlon.es"),
            ("Fnac", "fnac.es"),
        ]
    )
    kind = ctx.pick(["welcome", "profile", "data", "changed"])
    para = {
        "welcome": f"[¡Te damos la bienvenida a {org}!|¡Ya formas parte de {org}!|Tu cuenta de {org} está lista.] [Descarga la app y empieza a disfrutar.|Descubre todo lo que puedes hacer.|]",
        "profile": "[Completa tu perfil para recibir recomendaciones personalizadas.|Añade una foto de perfil y tu número de teléfono.|Solo te falta un paso para terminar de configurar tu cuenta.]",
        "data": "[Tus datos personales se han actualizado correctamente.|Hemos actualizado la información de tu cuenta: dirección de entrega.]",
        "changed": "[Has cambiado el correo electrónico asociado a tu cuenta.|Tu número de teléfono se ha modificado.]",
    }[kind]
    return acct(
        ctx,
        {
            "welcome": [
                f"¡Bienvenido/a a {org}!",
                f"Hola {{first}}, ya eres parte de {org}",
                "Tu cuenta está lista 🎉",
            ],
            "profile": ["Completa tu perfil", "Termina de configurar tu cuenta"],
            "data": ["Datos de tu cuenta actualizados", "Hemos actualizado tu información"],
            "changed": ["Cambio en tu cuenta", f"{org}: aviso de cambio de datos"],
        }[kind],
        [
            para,
            f"[Ir a mi cuenta|Empezar|Completar perfil]: {ctx.url(host, 'cuenta')}",
            "[Si no has sido tú, contacta con nosotros.|¿Tienes dudas? Visita nuestro centro de ayuda.|]",
        ],
        (org, ctx.pick([f"hola@{host}", f"no-reply@{host}", f"info@{host}"])),
        ctx.pick([f"El equipo de {org}", f"¡Un saludo!\n{org}", ""]),
        lang="es",
        greet_p=0.6,
        footer=footer(ctx, org, host, "es"),
        form=ctx.pick(["html", "alt"]),
    )
