"""Everyday account mail, part 2: signing in.

One-time codes ("482913 is your verification code"), magic sign-in links, "new sign-in
from Chrome on Windows" and "your Apple ID was used to sign in" alerts, two-step
verification being switched on, and the same in Dutch, Swedish and Portuguese (banks,
shops, DigiD / BankID / gov.br). Short, transactional, never about a job.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h2_kit import DEVICES, H2_N, PLACES, acct, code, footer, ip, stamp
from kit import Ctx, Draft, family


@family("h2_one_time_code", "not_job", n=H2_N)
def one_time_code(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Slack", "slack.com"),
            ("Zoom", "zoom.us"),
            ("Microsoft account", "accountprotection.microsoft.com"),
            ("Uber", "uber.com"),
            ("Coinbase", "coinbase.com"),
            ("Wise", "wise.com"),
            ("Twitch", "twitch.tv"),
            ("Shopify", "shopify.com"),
            ("Revolut", "revolut.com"),
            ("Airbnb", "airbnb.com"),
            ("Steam", "steampowered.com"),
        ]
    )
    c = code(ctx, ctx.pick([6, 6, 6, 4, 8]))
    return acct(
        ctx,
        [
            f"{c} is your {org} verification code",
            f"Your {org} code: {c}",
            "Your verification code",
            f"Slack confirmation code: {c}" if org == "Slack" else f"{org} security code",
            "🔐 Your one-time passcode",
            "Verify it's you",
            "Microsoft account security code"
            if org.startswith("Microsoft")
            else f"Sign in to {org}",
        ],
        [
            f"[Your verification code is:|Here is your one-time code:|Use this code to sign in:|Please use the following security code for the {org} account {{first}}***@***:|Enter this code to confirm it's you:]",
            c,
            "[This code expires in [10|5|15|30] minutes.|The code is valid for 10 minutes and can be used once.|]",
            f"[Don't share this code with anyone. {org} will never ask for it.|If you didn't request this code, you can ignore this email. Someone may have typed your address by mistake.|If you didn't try to sign in, we recommend you change your password: {ctx.url(host, 'security')}]",
        ],
        (
            org,
            ctx.pick(
                [
                    f"no-reply@{host}",
                    f"account-security-noreply@{host}",
                    f"verify@{host}",
                    f"noreply@{host}",
                ]
            ),
        ),
        ctx.pick(["", f"Thanks,\nThe {org} account team", f"- {org}", f"The {org} Team"]),
        greet_p=0.35,
        footer=footer(ctx, org, host, p=0.6),
        form=ctx.pick(["html", "alt", "plain", "plain"]),
    )


@family("h2_new_signin_alert", "not_job", n=H2_N)
def new_signin_alert(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Google", "accounts.google.com"),
            ("Apple", "id.apple.com"),
            ("Microsoft", "accountprotection.microsoft.com"),
            ("Instagram", "mail.instagram.com"),
            ("Facebook", "facebookmail.com"),
            ("Netflix", "netflix.com"),
            ("Amazon", "amazon.com"),
            ("X", "x.com"),
            ("Discord", "discord.com"),
            ("LastPass", "lastpass.com"),
        ]
    )
    dev = ctx.pick(DEVICES)
    place = ctx.pick(PLACES)
    first = ctx.pick(
        [
            "Your Apple ID ({first}.{last}@icloud.com) was used to sign in to iCloud via a web browser."
            if org == "Apple"
            else f"We noticed a new sign-in to your {org} account on {dev}.",
            f"A new device signed in to your {org} account.",
            f"Your {org} account was just signed in to from a new device.",
            f"New login to {org} from {dev}.",
        ]
    )
    return acct(
        ctx,
        [
            "Security alert",
            f"New sign-in to your {org} account",
            "Your Apple ID was used to sign in to iCloud via a web browser"
            if org == "Apple"
            else f"New login from {dev}",
            f"[{org}] A new device is using your account",
            "New sign-in on " + dev.split(" on ")[-1],
            "Did you just sign in?",
        ],
        [
            first,
            f"[Date and Time|When]: {stamp(ctx)}\n[Device|Browser]: {dev}\n[Location|Near]: {place} (approximate)\nIP: {ip(ctx)}",
            "[If this was you, you don't need to do anything.|If you signed in recently, you can disregard this email.|If this was you, you can safely ignore this alert.]",
            f"[If you don't recognize this activity, please secure your account:|If this wasn't you, change your password right away:|Not you? Review your account:] {ctx.url(host, 'security')}",
            "[You received this email to let you know about important changes to your account and services.|This is an automated security message.|]",
        ],
        (org, ctx.pick([f"no-reply@{host}", f"security@{host}", f"noreply@{host}"])),
        ctx.pick(["", f"The {org} Accounts team", f"{org} Support", f"Thanks,\n{org}"]),
        greet_p=0.5,
        footer=footer(ctx, org, host, p=0.6),
        form=ctx.pick(["html", "alt"]),
    )


@family("h2_magic_link_signin", "not_job", n=H2_N)
def magic_link_signin(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Slack", "slack.com"),
            ("Medium", "medium.com"),
            ("Notion", "notion.so"),
            ("Substack", "substack.com"),
            ("Linear", "linear.app"),
            ("Vercel", "vercel.com"),
            ("Loom", "loom.com"),
            ("Readwise", "readwise.io"),
            ("Calendly", "calendly.com"),
        ]
    )
    ws = ctx.pick(
        [
            "acme-design",
            "hiking-club",
            "family-photos",
            "oss-contributors",
            "side-project",
            "book-club",
        ]
    )
    link = ctx.url(host, ctx.pick(["magic-link", "login/callback", "signin/email", "auth"]))
    return acct(
        ctx,
        [
            f"Your magic link for {org}",
            f"Sign in to {org}",
            f"Log in to {ws}.{host}" if org == "Slack" else f"Your {org} login link",
            "Here's your sign-in link ✨",
            f"Confirm your email to sign in to {org}",
        ],
        [
            f"[Click the link below to sign in to {org}.|You asked us to send you a magic link for quickly signing in to {org}.|Here's the link you requested to log in to your account.|Somebody asked to sign in to the {ws} workspace with this email address.]",
            f"[Sign in|Log in to {org}|Continue to {org}|Sign in to {ws}]: {link}",
            "[This link will expire in [15 minutes|1 hour|24 hours] and can only be used once.|The link is valid for one use only.]",
            "[If you didn't request this, you can safely ignore this email.|Didn't try to sign in? Nothing to worry about, just ignore this.|Or enter this code in the window where you started: "
            + code(ctx)
            + "]",
        ],
        (org, ctx.pick([f"no-reply@{host}", f"login@{host}", f"hello@{host}"])),
        ctx.pick(["", f"- The {org} team", f"Thanks,\n{org}"]),
        greet_p=0.4,
        footer=footer(ctx, org, host, p=0.5),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_two_step_setup", "not_job", n=H2_N)
def two_step_setup(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("GitHub", "github.com"),
            ("Google", "accounts.google.com"),
            ("Dropbox", "dropbox.com"),
            ("Binance", "binance.com"),
            ("PayPal", "paypal.com"),
            ("Atlassian", "atlassian.com"),
            ("1Password", "1password.com"),
            ("Epic Games", "epicgames.com"),
        ]
    )
    kind = ctx.pick(["on", "off", "key", "recovery", "phone"])
    first = {
        "on": f"[Two-step verification is now turned on for your {org} account.|You've successfully enabled two-factor authentication (2FA).|Two-factor authentication has been added to your account.]",
        "off": "[Two-step verification was turned off for your account.|Two-factor authentication has been disabled on your account.]",
        "key": f'[A security key ("YubiKey [5C|5 NFC]") was added to your account.|A new passkey was created for your {org} account on {ctx.pick(DEVICES)}.]',
        "recovery": "[Your recovery codes were regenerated. Your old codes no longer work.|You viewed your backup codes. Keep them somewhere safe: you'll need them if you lose your phone.]",
        "phone": f"[The recovery phone number on your account was changed to ••• ••• {ctx.num(10, 99)}.|A new phone number was added for two-step verification.]",
    }[kind]
    return acct(
        ctx,
        {
            "on": [
                "Two-step verification turned on",
                "[GitHub] Two-factor authentication enabled",
                "2FA is now active on your account",
            ],
            "off": ["Two-step verification turned off", "Security alert: 2FA disabled"],
            "key": [
                "A security key was added to your account",
                "New passkey created",
                f"[{org}] A new passkey has been added",
            ],
            "recovery": ["Your recovery codes were regenerated", "Backup codes viewed"],
            "phone": ["Recovery phone changed", "Your recovery phone number was updated"],
        }[kind],
        [
            first,
            f"[When: {stamp(ctx)}|From now on, when you sign in on a new device you'll also need a code from your authenticator app.|]",
            f"[If you did this, you can ignore this email.|If this wasn't you, someone may have access to your account. Review your security settings: {ctx.url(host, 'settings/security')}|Didn't make this change? Contact support right away.]",
        ],
        (org, ctx.pick([f"no-reply@{host}", f"security@{host}", f"noreply@{host}"])),
        ctx.pick(["", f"Thanks,\nThe {org} Team", f"{org} Security"]),
        greet_p=0.6,
        footer=footer(ctx, org, host, p=0.6),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_nl_inlogcode_nieuw_apparaat", "not_job", lang="nl", n=H2_N)
def nl_inlogcode_nieuw_apparaat(ctx: Ctx) -> Draft:
    c = code(ctx)
    org, host = ctx.pick(
        [
            ("bol.com", "bol.com"),
            ("ING", "ing.nl"),
            ("DigiD", "digid.nl"),
            ("Albert Heijn", "ah.nl"),
            ("Marktplaats", "marktplaats.nl"),
            ("NS", "ns.nl"),
            ("KPN", "kpn.com"),
            ("Thuisbezorgd.nl", "thuisbezorgd.nl"),
        ]
    )
    kind = ctx.pick(["code", "device", "verify", "reset"])
    paras = {
        "code": [
            f"[Je verificatiecode is:|Gebruik deze code om in te loggen bij {org}:|Je eenmalige inlogcode:] {c}",
            "[De code is 10 minuten geldig.|Deel deze code met niemand, ook niet met medewerkers van "
            + org
            + ".]",
        ],
        "device": [
            f"[Er is ingelogd op je {org}-account vanaf een nieuw apparaat.|We zagen een nieuwe inlog op je account.]",
            f"Apparaat: {ctx.pick(['iPhone', 'Windows-pc', 'Android-telefoon', 'MacBook'])}\nTijdstip: {ctx.date:%d-%m-%Y %H:%M}\nLocatie: {ctx.pick(['Utrecht', 'Amsterdam', 'Rotterdam', 'Eindhoven', 'Gent'])}",
            f"[Was jij dit? Dan hoef je niets te doen.|Herken je dit niet? Wijzig direct je wachtwoord:] {ctx.url(host, 'beveiliging')}",
        ],
        "verify": [
            f"[Bedankt voor je registratie bij {org}!|Welkom bij {org}.]",
            f"Bevestig je e-mailadres via deze link: {ctx.url(host, 'bevestigen')}",
            "[Heb je geen account aangemaakt? Dan kun je deze e-mail negeren.|De link is 48 uur geldig.]",
        ],
        "reset": [
            f"Je hebt gevraagd om je wachtwoord voor {org} opnieuw in te stellen.",
            f"Kies een nieuw wachtwoord: {ctx.url(host, 'wachtwoord-herstellen')}",
            "Heb je dit niet aangevraagd? Dan blijft je wachtwoord ongewijzigd.",
        ],
    }[kind]
    subj = {
        "code": [
            f"Je verificatiecode voor {org}",
            f"{c} is je inlogcode",
            "Je eenmalige code",
        ],
        "device": ["Nieuwe inlog op je account", f"Ingelogd op een nieuw apparaat - {org}"],
        "verify": ["Bevestig je e-mailadres", f"Activeer je {org}-account"],
        "reset": ["Wachtwoord opnieuw instellen", f"{org}: je wachtwoord wijzigen"],
    }[kind]
    return acct(
        ctx,
        subj,
        paras,
        (org, ctx.pick([f"noreply@{host}", f"no-reply@{host}", f"klantenservice@{host}"])),
        ctx.pick([f"Groeten,\nTeam {org}", f"Met vriendelijke groet,\n{org} Klantenservice", ""]),
        lang="nl",
        greet_p=0.6,
        footer=footer(ctx, org, host, "nl"),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_sv_engangskod_konto", "not_job", lang="sv", n=H2_N)
def sv_engangskod_konto(ctx: Ctx) -> Draft:
    c = code(ctx)
    org, host = ctx.pick(
        [
            ("Klarna", "klarna.com"),
            ("Blocket", "blocket.se"),
            ("SJ", "sj.se"),
            ("Tradera", "tradera.com"),
            ("ICA", "ica.se"),
            ("Apotek Hjärtat", "apotekhjartat.se"),
            ("Telia", "telia.se"),
            ("Skatteverket", "skatteverket.se"),
        ]
    )
    kind = ctx.pick(["code", "verify", "reset", "login"])
    paras = {
        "code": [
            f"[Din engångskod är:|Här är din verifieringskod:|Använd koden nedan för att logga in på {org}:] {c}",
            "[Koden är giltig i 10 minuter.|Dela aldrig koden med någon.]",
        ],
        "verify": [
            f"[Tack för att du registrerade dig hos {org}!|Välkommen till {org}.]",
            f"Bekräfta din e-postadress genom att klicka på länken: {ctx.url(host, 'bekrafta')}",
            "[Om du inte skapat ett konto kan du bortse från det här mejlet.|Länken är giltig i 24 timmar.]",
        ],
        "reset": [
            f"Vi har fått en begäran om att återställa lösenordet för ditt konto hos {org}.",
            f"Välj ett nytt lösenord här: {ctx.url(host, 'aterstall')}",
            "Om det inte var du kan du ignorera detta meddelande.",
        ],
        "login": [
            f"Någon loggade in på ditt {org}-konto från en ny enhet ({ctx.pick(['iPhone', 'Windows-dator', 'Android'])}) {ctx.date:%Y-%m-%d} kl. {ctx.date:%H:%M}.",
            f"Var det inte du? Byt lösenord direkt: {ctx.url(host, 'sakerhet')}",
        ],
    }[kind]
    subj = {
        "code": [f"Din engångskod till {org}", f"{c} är din kod", "Verifieringskod"],
        "verify": ["Bekräfta din e-postadress", f"Välkommen till {org} - bekräfta ditt konto"],
        "reset": ["Återställ ditt lösenord", f"{org}: nytt lösenord"],
        "login": ["Ny inloggning på ditt konto", f"{org}: inloggning från ny enhet"],
    }[kind]
    return acct(
        ctx,
        subj,
        paras,
        (org, ctx.pick([f"noreply@{host}", f"no-reply@{host}", f"info@{host}"])),
        ctx.pick([f"Vänliga hälsningar,\n{org}", f"Hälsningar,\nKundservice {org}", ""]),
        lang="sv",
        greet_p=0.6,
        footer=footer(ctx, org, host, "sv"),
        form=ctx.pick(["html", "alt", "plain"]),
    )


@family("h2_pt_codigo_verificacao", "not_job", lang="pt", n=H2_N)
def pt_codigo_verificacao(ctx: Ctx) -> Draft:
    c = code(ctx)
    org, host = ctx.pick(
        [
            ("Nubank", "nubank.com.br"),
            ("iFood", "ifood.com.br"),
            ("gov.br", "acesso.gov.br"),
            ("Mercado Livre", "mercadolivre.com.br"),
            ("CTT", "ctt.pt"),
            ("Portal das Finanças", "portaldasfinancas.gov.pt"),
            ("Worten", "worten.pt"),
            ("99", "99app.com"),
        ]
    )
    kind = ctx.pick(["code", "verify", "reset", "device"])
    paras = {
        "code": [
            f"[Seu código de verificação é|O seu código de acesso é|Use o código abaixo para entrar no {org}:] {c}",
            "[O código expira em 10 minutos.|Não compartilhe este código com ninguém.|Nunca partilhe este código.]",
        ],
        "verify": [
            f"[Obrigado por se cadastrar no {org}!|Bem-vindo(a) ao {org}.]",
            f"[Confirme seu e-mail clicando no link:|Para ativar a sua conta, confirme o seu endereço de e-mail:] {ctx.url(host, 'confirmar')}",
            "Se você não criou uma conta, ignore este e-mail.",
        ],
        "reset": [
            f"Recebemos um pedido para redefinir a senha da sua conta {org}.",
            f"Criar nova senha: {ctx.url(host, 'redefinir-senha')}",
            "Se não foi você, pode ignorar esta mensagem com segurança.",
        ],
        "device": [
            f"Sua conta {org} foi acessada em um novo dispositivo ({ctx.pick(['iPhone', 'Android', 'Chrome no Windows'])}) em {ctx.date:%d/%m/%Y} às {ctx.date:%H:%M}.",
            f"Não foi você? Altere sua senha agora: {ctx.url(host, 'seguranca')}",
        ],
    }[kind]
    subj = {
        "code": [
            f"Seu código {org}: {c}",
            "Código de verificação",
            "O seu código de acesso",
        ],
        "verify": ["Confirme seu e-mail", f"Ative a sua conta {org}"],
        "reset": ["Redefinição de senha", f"{org}: recuperar acesso"],
        "device": ["Novo acesso à sua conta", "Alerta de segurança"],
    }[kind]
    return acct(
        ctx,
        subj,
        paras,
        (org, ctx.pick([f"naoresponda@{host}", f"no-reply@{host}", f"seguranca@{host}"])),
        ctx.pick([f"Equipe {org}", f"Abraço,\nTime {org}", "", f"Atenciosamente,\n{org}"]),
        lang="pt",
        greet_p=0.6,
        footer=footer(ctx, org, host, "pt"),
        form=ctx.pick(["html", "alt", "plain"]),
    )
