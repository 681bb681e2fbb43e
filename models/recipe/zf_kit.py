"""Helpers shared by the fam_z_f_*.py families (one writer's modules): the boilerplate real
inboxes wrap around a message (logo alt text, "view in browser" lines, legal and privacy
footers, do-not-reply blocks, unsubscribe blocks), forwarded-message headers in the shapes
the big mail clients write, and greetings / sign-offs in several languages for mail that
must not get render's English hiring ones.

Not a family module itself (corpus.py discovers only fam_*.py).
"""

# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime, timedelta

from kit import Calendar, Ctx, ascii_word
from zd_kit import BYE, HELLO, clock, date_in

# Messages per zf_ family: enough for a style to show its variety, small enough that the
# committed corpus stays inside its size budget (tests/models/test_corpus.py).
ZF_N = 26

LANG_HELLO = {
    "en": ("Hi {first},", "Hello {first},", "Dear {first} {last},", "Hi,", "{first},"),
    **HELLO,
}
LANG_BYE = {"en": ("Best,", "Thanks,", "Kind regards,", "Cheers,", "Regards,"), **BYE}


def body(*paras: str) -> str:
    """Paragraphs joined, the empty (optional, not drawn) ones left out."""
    return "\n\n".join(p for p in paras if p)


def opt(ctx: Ctx, p: float, template: str) -> str:
    """``template`` filled with probability ``p``, else nothing (slots read only when kept)."""
    return ctx.fill(template) if ctx.chance(p) else ""


def hello(ctx: Ctx, lang: str, p: float = 0.85) -> str:
    return ctx.fill(ctx.pick(LANG_HELLO[lang])) if ctx.chance(p) else ""


def bye(ctx: Ctx, lang: str, who: str) -> str:
    return ctx.pick(LANG_BYE[lang]) + "\n" + ctx.fill(who)


def when_text(ctx: Ctx, when: datetime, lang: str = "en") -> str:
    """A day and a time the way a writer of ``lang`` puts them."""
    at = {"en": "at", "de": "um", "fr": "à", "es": "a las", "it": "alle", "nl": "om", "pt": "às"}
    return f"{date_in(ctx, when, lang)} {at[lang]} {clock(ctx, when, lang)}"


def weekday_future(ctx: Ctx, lo: int = 1, hi: int = 14) -> datetime:
    when = ctx.future(lo, hi)
    return when + timedelta(days=(7 - when.weekday()) % 7 if when.weekday() >= 5 else 0)


def addr(ctx: Ctx, template: str) -> str:
    """An address with ``{pf}``/``{pl}`` as the writer's folded names, other slots filled."""
    out = template.replace("{pf}", ascii_word(ctx.person_first)).replace(
        "{pl}", ascii_word(ctx.person_last)
    )
    return ctx.fill(out)


def view_in_browser(ctx: Ctx, host: str, lang: str = "en") -> str:
    text = {
        "en": [
            "View this email in your browser",
            "Having trouble viewing this email? View it online",
            "View online",
        ],
        "de": [
            "E-Mail im Browser anzeigen",
            "Wird diese E-Mail nicht richtig angezeigt? Online ansehen",
        ],
        "fr": [
            "Voir la version en ligne",
            "Si cet e-mail ne s'affiche pas correctement, cliquez ici",
        ],
        "es": ["Ver en el navegador", "¿No ves bien este correo? Ábrelo en tu navegador"],
        "it": ["Visualizza nel browser", "Non visualizzi correttamente questa email? Clicca qui"],
        "nl": [
            "Bekijk deze e-mail in je browser",
            "Wordt deze e-mail niet goed weergegeven? Klik hier",
        ],
        "pt": ["Ver no navegador", "Não está vendo este e-mail corretamente? Clique aqui"],
    }[lang]
    return f"{ctx.pick(text)} {ctx.url(host, 'view')}" if ctx.chance(0.7) else ctx.pick(text)


def logo(name: str, ctx: Ctx) -> str:
    """What an HTML mail's header image leaves in the text part: its alt text."""
    return ctx.pick(
        [
            f"[{name} logo]",
            f"[{name}]",
            f"[image: {name}]",
            f"{name} logo",
            f"[cid:logo-{ascii_word(name)[:12]}.png]",
        ]
    )


def do_not_reply(ctx: Ctx, lang: str = "en") -> str:
    text = {
        "en": [
            "This is an automated message. Please do not reply to this email; replies to this address are not monitored.",
            "Please do not reply to this message. This mailbox is unattended.",
            "*** This is an automatically generated email, please do not reply ***",
            "Do not reply: this address cannot receive messages.",
        ],
        "de": [
            "Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.",
            "Bitte nicht auf diese E-Mail antworten.",
        ],
        "fr": [
            "Ceci est un message automatique, merci de ne pas y répondre.",
            "Merci de ne pas répondre à cet e-mail, cette adresse n'est pas consultée.",
        ],
        "es": [
            "Este es un mensaje automático, por favor no respondas a este correo.",
            "No responda a este mensaje: esta dirección no admite respuestas.",
        ],
        "it": [
            "Questa è una email automatica, si prega di non rispondere.",
            "Non rispondere a questo messaggio.",
        ],
        "nl": [
            "Dit is een automatisch verzonden bericht. Je kunt niet op deze e-mail reageren.",
            "Beantwoord deze e-mail niet.",
        ],
        "pt": [
            "Esta é uma mensagem automática. Por favor, não responda a este e-mail.",
            "Não responda a esta mensagem.",
        ],
    }[lang]
    return ctx.pick(text)


def privacy(ctx: Ctx, who: str, host: str, lang: str = "en") -> str:
    """A privacy-notice footer paragraph naming ``who`` (filled text, not a template)."""
    text = {
        "en": [
            f"{who} processes your personal data in accordance with its Privacy Notice. To learn how we use your data, or to exercise your rights under the GDPR / CCPA, visit {ctx.url(host, 'privacy')}.",
            f"Your privacy matters to us. Read our privacy policy at {ctx.url(host, 'legal/privacy')}. {who}, all rights reserved.",
            f"© {ctx.date.year} {who}. All rights reserved. Privacy Policy | Terms of Use | Cookie Settings",
        ],
        "de": [
            f"Informationen zum Datenschutz bei {who} finden Sie unter {ctx.url(host, 'datenschutz')}. Impressum: {who}, Sitz der Gesellschaft und Registergericht siehe Website."
        ],
        "fr": [
            f"{who} traite vos données personnelles conformément au RGPD. Pour exercer vos droits : {ctx.url(host, 'donnees-personnelles')}. Mentions légales."
        ],
        "es": [
            f"En cumplimiento del RGPD, {who} le informa de que sus datos serán tratados conforme a nuestra política de privacidad: {ctx.url(host, 'privacidad')}."
        ],
        "it": [
            f"Informativa privacy ai sensi del Regolamento UE 2016/679: i suoi dati sono trattati da {who}. Dettagli: {ctx.url(host, 'privacy')}."
        ],
        "nl": [
            f"{who} verwerkt je persoonsgegevens volgens de AVG. Lees ons privacybeleid: {ctx.url(host, 'privacy')}."
        ],
        "pt": [
            f"A {who} trata os seus dados pessoais nos termos do RGPD/LGPD. Política de privacidade: {ctx.url(host, 'privacidade')}."
        ],
    }[lang]
    return ctx.pick(text)


def confidential(ctx: Ctx) -> str:
    """The corporate legal disclaimer pasted under every message from some companies."""
    return ctx.pick(
        [
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this message. Any unauthorized use, disclosure or copying is prohibited.",
            "This message is intended only for the addressee and may contain confidential information. If you have received it in error, please delete it and inform the sender.",
            "Disclaimer: The information contained in this communication is confidential and intended solely for the use of the individual to whom it is addressed. Please consider the environment before printing this email.",
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.",
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur.",
        ]
    )


def unsub_block(ctx: Ctx, host: str, lang: str = "en") -> str:
    text = {
        "en": [
            f"You are receiving this email because you opted in at {host}. Unsubscribe {ctx.url(host, 'unsubscribe')} | Update your preferences {ctx.url(host, 'prefs')}",
            f"Unsubscribe from these emails: {ctx.url(host, 'u')}",
            f"Want to change how you receive these emails? You can update your preferences or unsubscribe from this list. {ctx.url(host, 'manage')}",
        ],
        "de": [
            f"Sie erhalten diese E-Mail, weil Sie sich angemeldet haben. Abmelden: {ctx.url(host, 'abmelden')}"
        ],
        "fr": [
            f"Vous recevez cet e-mail car vous êtes inscrit(e). Se désinscrire : {ctx.url(host, 'desinscription')}"
        ],
        "es": [
            f"Recibes este correo porque estás suscrito. Darse de baja: {ctx.url(host, 'baja')}"
        ],
        "it": [
            f"Ricevi questa email perché sei iscritto. Annulla l'iscrizione: {ctx.url(host, 'unsubscribe')}"
        ],
        "nl": [
            f"Je ontvangt deze e-mail omdat je je hebt aangemeld. Afmelden: {ctx.url(host, 'afmelden')}"
        ],
        "pt": [
            f"Você recebe este e-mail porque se cadastrou. Cancelar inscrição: {ctx.url(host, 'descadastrar')}"
        ],
    }[lang]
    return ctx.pick(text)


def fwd_header(
    ctx: Ctx, from_name: str, from_addr: str, subject: str, when: datetime, to: str = ""
) -> str:
    """The header block a mail client puts above a forwarded message (Gmail, Outlook, Apple)."""
    to = to or f"{ctx.cand_first} {ctx.cand_last} <{ctx.cand_addr}>"
    style = ctx.num(0, 3)
    if style == 0:
        return (
            "---------- Forwarded message ---------\n"
            f"From: {from_name} <{from_addr}>\nDate: {when:%a, %b %d, %Y at %I:%M %p}\n"
            f"Subject: {subject}\nTo: {to}"
        )
    if style == 1:
        return (
            "________________________________\n"
            f"From: {from_name} <{from_addr}>\nSent: {when:%A, %B %d, %Y %I:%M %p}\n"
            f"To: {to}\nSubject: {subject}"
        )
    if style == 2:
        return (
            f"Begin forwarded message:\n\nFrom: {from_name} <{from_addr}>\nSubject: {subject}\n"
            f"Date: {when:%d %B %Y at %H:%M:%S} GMT\nTo: {to}"
        )
    return (
        "-------- Original Message --------\n"
        f"Subject: {subject}\nDate: {when:%Y-%m-%d %H:%M}\nFrom: {from_name} <{from_addr}>\nTo: {to}"
    )


def quoted(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.strip().splitlines())


def reply_line(ctx: Ctx, who: str, who_addr: str, when: datetime, lang: str = "en") -> str:
    """The attribution line above a quoted reply, in the writer's client language."""
    shapes = {
        "en": f"On {when:%a, %b %d, %Y at %I:%M %p} {who} <{who_addr}> wrote:",
        "de": f"Am {when:%d.%m.%Y} um {when:%H:%M} schrieb {who} <{who_addr}>:",
        "fr": f"Le {when:%d/%m/%Y} à {when:%H:%M}, {who} <{who_addr}> a écrit :",
        "es": f"El {when:%d/%m/%Y} a las {when:%H:%M}, {who} (<{who_addr}>) escribió:",
        "it": f"Il giorno {when:%d/%m/%Y} alle ore {when:%H:%M} {who} <{who_addr}> ha scritto:",
        "nl": f"Op {when:%d-%m-%Y} om {when:%H:%M} schreef {who} <{who_addr}>:",
        "pt": f"Em {when:%d/%m/%Y} às {when:%H:%M}, {who} <{who_addr}> escreveu:",
    }
    return shapes[lang]


def teams_block(ctx: Ctx) -> str:
    """The join block Teams / Zoom / Meet paste under a calendar invite."""
    n = ctx.num(100, 999)
    return ctx.pick(
        [
            f"________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting {ctx.url('teams.microsoft.com', 'l/meetup-join')}\nMeeting ID: {n} {ctx.num(100, 999)} {ctx.num(100, 999)}\nPasscode: {ctx.pick(['aB3xQ9', 'Zk7pLm', 'r4TtW2'])}\nLearn More | Meeting options\n________________________________________________________________________________",
            f"Join Zoom Meeting\n{ctx.url('us02web.zoom.us', 'j')}\nMeeting ID: {ctx.num(800, 999)} {ctx.num(1000, 9999)} {ctx.num(1000, 9999)}\nOne tap mobile\n+13462487799,,{ctx.num(10**9, 10**10)}# US (Houston)",
            f"Join with Google Meet\nmeet.google.com/{ctx.pick(['abc', 'xqv', 'kmr', 'tpw'])}-{ctx.pick(['defg', 'mnop', 'wxyz'])}-{ctx.pick(['hij', 'rst', 'uvk'])}\nJoin by phone\n(US) +1 {ctx.num(200, 989)}-{ctx.num(200, 989)}-{ctx.num(1000, 9999)} PIN: {ctx.num(100000, 999999)}#",
        ]
    )


def phone(ctx: Ctx, lang: str = "en") -> str:
    if lang == "en":
        return f"+1 {ctx.num(200, 989)} {ctx.num(200, 989)} {ctx.num(1000, 9999)}"
    cc = {"de": "+49", "fr": "+33", "es": "+34", "it": "+39", "nl": "+31", "pt": "+351"}[lang]
    return f"{cc} {ctx.num(10, 99)} {ctx.num(100, 999)} {ctx.num(10, 99)} {ctx.num(10, 99)}"


def maybe_cal(
    ctx: Ctx, summary: str, when: datetime, mins: int, org: str, loc: str = "", p: float = 0.5
) -> Calendar | None:
    """A calendar part for ``p`` of the messages (many services attach one, many do not)."""
    return Calendar(summary, when, mins, organizer=org, location=loc) if ctx.chance(p) else None
