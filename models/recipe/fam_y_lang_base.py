"""Shared helpers for the ``ml_`` families: non-English and regional-English hiring mail.

The generic renderer greets and signs in English, so these families greet and sign in the
message's own language here, write dates the way each country writes them ("le 14 mars à
14h30", "am 14.03. um 14:30 Uhr") and send from the ATS and job boards each market uses.
This module registers no family; the ``fam_y_lang_*`` modules import it.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, ascii_word

LANGS = ("fr", "de", "es", "it", "nl", "pt_br", "pt_pt")

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
DAYS = {
    "fr": "lundi mardi mercredi jeudi vendredi",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag",
    "es": "lunes martes miércoles jueves viernes",
    "it": "lunedì martedì mercoledì giovedì venerdì",
    "nl": "maandag dinsdag woensdag donderdag vrijdag",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira",
}


def base(lang: str) -> str:
    return lang.split("_")[0]


def when(ctx: Ctx, lang: str) -> str:
    """A local interview date and time, written as people in that country write it."""
    d = ctx.future(2, 14)
    b = base(lang)
    month = MONTHS[b].split()[d.month - 1]
    wd = DAYS[b].split()[d.weekday() % 5]
    hm = f"{d.hour}:{d.minute:02d}"
    forms = {
        "fr": [
            f"le {wd} {d.day} {month} à {d.hour}h{d.minute:02d}",
            f"le {d.day} {month} à {d.hour}h" + (f"{d.minute:02d}" if d.minute else ""),
            f"{wd} {d.day}/{d.month:02d} à {d.hour}h{d.minute:02d}",
            f"le {d:%d/%m/%Y} à {d.hour}h{d.minute:02d}",
        ],
        "de": [
            f"am {wd}, {d:%d.%m.} um {hm} Uhr",
            f"am {d.day}. {month} um {hm} Uhr",
            f"am {d:%d.%m.%Y}, {hm} Uhr",
            f"{wd}, den {d:%d.%m.} um {hm}",
        ],
        "es": [
            f"el {wd} {d.day} de {month} a las {hm}",
            f"el {d:%d/%m/%Y} a las {hm} h",
            f"el próximo {wd} {d.day} a las {hm}",
        ],
        "it": [
            f"{wd} {d.day} {month} alle {hm}",
            f"il {d:%d/%m/%Y} alle ore {d.hour}.{d.minute:02d}",
            f"il giorno {d.day} {month} alle ore {hm}",
        ],
        "nl": [
            f"op {wd} {d.day} {month} om {d.hour}.{d.minute:02d} uur",
            f"{wd} {d:%d-%m} om {hm}",
            f"op {d:%d-%m-%Y} om {hm} uur",
        ],
        "pt": [
            f"na {wd}, dia {d.day} de {month}, às {d.hour}h{d.minute:02d}",
            f"no dia {d:%d/%m} às {hm}",
            f"dia {d.day}/{d.month:02d} ({wd}) às {d.hour}h",
        ],
    }
    return ctx.pick(forms[b])


def money(ctx: Ctx, lang: str) -> str:
    k = ctx.num(32, 95)
    if lang == "pt_br":
        return ctx.pick([f"R$ {ctx.num(6, 28)}.{ctx.num(0, 9)}00,00", f"R$ {ctx.num(6, 28)} mil"])
    forms = {
        "fr": [f"{k} k€ bruts annuels", f"{k} 000 € brut/an", f"{k}K€"],
        "de": [f"{k}.000 € brutto p.a.", f"{k}.000 EUR Jahresbrutto", f"{k}k €"],
        "es": [f"{k}.000 € brutos anuales", f"{k}.000 € brutos/año", f"{k}K €"],
        "it": [f"RAL {k}.000 €", f"{k}.000 € lordi annui", f"una RAL di {k}k"],
        "nl": [f"€ {k * 100 // 14}0 bruto per maand", f"€{k}.000 bruto per jaar"],
        "pt": [f"{k}.000 € brutos anuais", f"{k * 1000 // 14} € brutos mensais"],
    }
    return ctx.pick(forms[base(lang)])


GREET_FORMAL = {
    "fr": [
        "Bonjour {first} {last},",
        "Madame, Monsieur,",
        "Bonjour {first},",
        "Chère candidate, cher candidat,",
    ],
    "de": [
        "Guten Tag {first} {last},",
        "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
        "Hallo {first} {last},",
        "Sehr geehrte/r {first} {last},",
    ],
    "es": [
        "Estimado/a {first}:",
        "Hola, {first}:",
        "Buenos días, {first}:",
        "Estimado/a candidato/a:",
    ],
    "it": [
        "Gentile {first} {last},",
        "Gentile candidato/a,",
        "Buongiorno {first},",
        "Egregio/a {first} {last},",
    ],
    "nl": [
        "Beste {first},",
        "Geachte heer/mevrouw {last},",
        "Beste {first} {last},",
        "Goedemiddag {first},",
    ],
    "pt_br": [
        "Olá, {first}!",
        "Prezado(a) {first},",
        "Olá {first}, tudo bem?",
        "Prezado(a) candidato(a),",
    ],
    "pt_pt": [
        "Caro(a) {first},",
        "Exmo(a). Sr(a). {first} {last},",
        "Bom dia {first},",
        "Olá {first},",
    ],
}
GREET_CASUAL = {
    "fr": ["Salut {first},", "Hello {first} !", "Bonjour {first} !", "Coucou {first},"],
    "de": ["Hi {first},", "Hallo {first}!", "Hey {first},", "Moin {first},"],
    "es": ["¡Hola {first}!", "Hola {first},", "Buenas {first},", "Qué tal {first}:"],
    "it": ["Ciao {first}!", "Ciao {first},", "Buongiorno {first}!", "Hey {first},"],
    "nl": ["Hoi {first},", "Hi {first}!", "Hey {first},", "Hallo {first},"],
    "pt_br": ["Oi {first}!", "Oi, {first}, tudo bem?", "E aí {first},", "Olá {first}!"],
    "pt_pt": ["Olá {first}!", "Viva {first},", "Bom dia {first}!", "Olá {first}, tudo bem?"],
}
SIGN_FORMAL = {
    "fr": [
        "Cordialement,",
        "Bien cordialement,",
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
        "Belle journée,",
    ],
    "de": ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße", "Viele Grüße"],
    "es": ["Un saludo,", "Atentamente,", "Saludos cordiales,", "Un cordial saludo,"],
    "it": ["Cordiali saluti,", "Distinti saluti,", "Un cordiale saluto,", "Saluti,"],
    "nl": ["Met vriendelijke groet,", "Vriendelijke groeten,", "Met hartelijke groet,", "Groet,"],
    "pt_br": ["Atenciosamente,", "Abraços,", "Att.,", "Um abraço,"],
    "pt_pt": [
        "Com os melhores cumprimentos,",
        "Cumprimentos,",
        "Atentamente,",
        "Melhores cumprimentos,",
    ],
}
SIGN_CASUAL = {
    "fr": ["À très vite,", "Bonne journée !", "Belle journée,", "À bientôt,"],
    "de": ["LG", "Viele Grüße", "Bis bald!", "Beste Grüße"],
    "es": ["¡Un abrazo!", "Saludos,", "¡Hablamos!", "Un saludo,"],
    "it": ["A presto!", "Un saluto,", "Ciao,", "Buona giornata!"],
    "nl": ["Groetjes,", "Groet,", "Tot snel!", "Fijne dag!"],
    "pt_br": ["Abs,", "Abraço!", "Valeu!", "Até mais,"],
    "pt_pt": ["Abraço,", "Até breve!", "Cumprimentos,", "Obrigado!"],
}
TEAM = {
    "fr": [
        "L'équipe Recrutement {co}",
        "L'équipe RH de {co}",
        "Le service des ressources humaines",
        "L'équipe Talent Acquisition",
    ],
    "de": [
        "Ihr Recruiting-Team von {co}",
        "Das {co} Talent Team",
        "Personalabteilung {legal}",
        "Ihr HR-Team",
    ],
    "es": [
        "Equipo de Selección de {co}",
        "Departamento de RRHH",
        "El equipo de Talento de {co}",
        "Recursos Humanos {co}",
    ],
    "it": [
        "Il team Recruiting di {co}",
        "Ufficio Risorse Umane",
        "HR {co}",
        "Il team Talent Acquisition",
    ],
    "nl": [
        "Team Recruitment {co}",
        "Afdeling HR",
        "Het recruitmentteam van {co}",
        "Team Werving & Selectie",
    ],
    "pt_br": [
        "Equipe de Recrutamento {co}",
        "Time de Gente & Gestão",
        "Equipe de RH {co}",
        "Time de Talent Acquisition",
    ],
    "pt_pt": [
        "Equipa de Recrutamento {co}",
        "Departamento de Recursos Humanos",
        "Equipa de RH",
        "Equipa de Talento {co}",
    ],
}
ROLE = {
    "fr": ["Chargée de recrutement", "Talent Acquisition Manager", "Responsable RH", "Recruteur"],
    "de": [
        "Recruiterin",
        "Talent Acquisition Specialist",
        "HR Business Partner",
        "Personalreferent",
    ],
    "es": ["Técnica de Selección", "Talent Acquisition", "Responsable de RRHH", "Recruiter"],
    "it": ["HR Specialist", "Talent Acquisition", "Responsabile Selezione", "Recruiter"],
    "nl": ["Corporate Recruiter", "HR-adviseur", "Recruiter", "Talent Acquisition Specialist"],
    "pt_br": [
        "Analista de Recrutamento e Seleção",
        "Tech Recruiter",
        "Business Partner de RH",
        "Talent Acquisition",
    ],
    "pt_pt": ["Técnica de Recrutamento", "Talent Acquisition", "Gestora de RH", "Recruiter"],
}
FOOTER = {
    "fr": [
        "Conformément au RGPD, vous pouvez exercer vos droits d'accès et de suppression de vos données à tout moment.",
        "Ceci est un message automatique, merci de ne pas y répondre.",
        "Vos données sont conservées 2 ans dans notre base candidats.",
    ],
    "de": [
        "Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.",
        "Informationen zum Datenschutz (DSGVO) finden Sie in unserer Datenschutzerklärung.",
        "{legal} · Sitz der Gesellschaft: {city} · Amtsgericht {city} HRB {n}{n}{n}{n}{n}",
    ],
    "es": [
        "Este es un mensaje automático, por favor no respondas a este correo.",
        "De acuerdo con el RGPD, puedes ejercer tus derechos de acceso, rectificación y supresión.",
        "Aviso de confidencialidad: este mensaje es para uso exclusivo de su destinatario.",
    ],
    "it": [
        "Questa è una e-mail generata automaticamente, si prega di non rispondere.",
        "Informativa privacy ai sensi del GDPR (Reg. UE 2016/679).",
        "Il presente messaggio è destinato esclusivamente al destinatario indicato.",
    ],
    "nl": [
        "Dit is een automatisch gegenereerd bericht, je kunt hier niet op reageren.",
        "Wij bewaren je gegevens maximaal 4 weken na afronding van de procedure, tenzij je toestemming geeft voor langer.",
        "Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.",
    ],
    "pt_br": [
        "Esta é uma mensagem automática, por favor não responda.",
        "Seus dados são tratados conforme a LGPD.",
        "Não responda este e-mail.",
    ],
    "pt_pt": [
        "Esta é uma mensagem automática, por favor não responda.",
        "Os seus dados são tratados nos termos do RGPD.",
        "Mensagem gerada automaticamente.",
    ],
}
# Local ATS / career-site senders per market.
ATS = {
    "fr": [
        ("{co} Recrutement", "no-reply@welcometothejungle.com"),
        ("{co}", "noreply@flatchr.io"),
        ("{co} via Taleez", "no-reply@taleez.com"),
        ("{co} Recrutement", "recrutement@{domain}"),
        ("{co}", "no-reply@teamtailor.com"),
    ],
    "de": [
        ("{co} Karriere", "noreply@{slug}.jobs.personio.de"),
        ("{co}", "noreply@softgarden.io"),
        ("{legal}", "bewerbung@{domain}"),
        ("{co} Recruiting", "jobs@{domain}"),
        ("{co} Karriere", "no-reply@dvinci-mail.com"),
    ],
    "es": [
        ("{co}", "noreply@infojobs.net"),
        ("{co} Selección", "seleccion@{domain}"),
        ("{co}", "no-reply@factorialhr.com"),
        ("Empleo {co}", "empleo@{domain}"),
    ],
    "it": [
        ("{co} Careers", "noreply@inrecruiting.com"),
        ("{co} Lavora con noi", "lavoraconnoi@{domain}"),
        ("{co}", "selezione@{domain}"),
        ("{co}", "noreply@altamirahrm.com"),
    ],
    "nl": [
        ("{co}", "noreply@recruitee.com"),
        ("{co} Werken bij", "werkenbij@{domain}"),
        ("{co}", "no-reply@homerun.co"),
        ("{co} Recruitment", "recruitment@{domain}"),
    ],
    "pt_br": [
        ("{co} | Gupy", "naoresponda@gupy.io"),
        ("{co}", "no-reply@kenoby.com"),
        ("{co} Carreiras", "carreiras@{domain}"),
        ("{co}", "noreply@solides.com.br"),
    ],
    "pt_pt": [
        ("{co} Recrutamento", "recrutamento@{domain}"),
        ("{co}", "noreply@net-empregos.com"),
        ("{co} Careers", "careers@{domain}"),
        ("{co}", "no-reply@teamtailor.com"),
    ],
}


CITY = {
    "fr": ("Paris", "Lyon", "Nantes", "Lille", "Bordeaux", "Toulouse"),
    "de": ("Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Stuttgart"),
    "es": ("Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga"),
    "it": ("Milano", "Roma", "Torino", "Bologna", "Padova"),
    "nl": ("Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Den Haag"),
    "pt_br": ("São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Florianópolis"),
    "pt_pt": ("Lisboa", "Porto", "Braga", "Coimbra"),
}


def pick_lang(ctx: Ctx, langs: tuple[str, ...] = LANGS) -> str:
    return ctx.pick(langs)


def greet(ctx: Ctx, lang: str, casual: bool = False) -> str:
    return ctx.fill(ctx.pick((GREET_CASUAL if casual else GREET_FORMAL)[lang]))


def sign(ctx: Ctx, lang: str, casual: bool = False, team: bool = False) -> str:
    off = ctx.pick((SIGN_CASUAL if casual else SIGN_FORMAL)[lang])
    if team:
        return off + "\n" + ctx.fill(ctx.pick(TEAM[lang]))
    lines = [off, ctx.person if ctx.chance(0.75) else ctx.person_first]
    if not casual or ctx.chance(0.4):
        lines.append(ctx.fill(ctx.pick(ROLE[lang]) + ctx.pick(["", " | {co}", " - {co}"])))
    return "\n".join(lines)


def footer(ctx: Ctx, lang: str, p: float = 0.5) -> str:
    if not ctx.chance(p):
        return ""
    return ctx.fill(ctx.pick(FOOTER[lang]).replace("{city}", ctx.pick(CITY[lang])))


def ats(ctx: Ctx, lang: str) -> tuple[str, str]:
    name, addr = ctx.pick(ATS[lang])
    return ctx.fill(name), ctx.fill(addr)


def person_addr(ctx: Ctx) -> tuple[str, str]:
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    local = ctx.pick([f"{first}.{last}", f"{first[:1]}{last}", first])
    return ctx.person, f"{local}@{ctx.domain}"


def L(ctx: Ctx, lang: str, text: str) -> str:  # noqa: N802 - reads like a template marker
    """Fill slots, then the local date (%D) and local money (%M)."""
    out = ctx.fill(text.replace("{city}", ctx.pick(CITY[lang])))
    if "%D" in out:
        out = out.replace("%D", when(ctx, lang))
    if "%M" in out:
        out = out.replace("%M", money(ctx, lang))
    return out


def body(ctx: Ctx, lang: str, paras: list[str], casual: bool = False, neutral: bool = False) -> str:
    """Greeting in the message's language plus the non-empty paragraphs.

    ``neutral`` avoids the "dear candidate" greetings, for mail that is not about a job.
    """
    hello = greet(ctx, lang, casual)
    if neutral and any(w in hello for w in ("andidat", "Bewerber", "Madame")):
        hello = ctx.fill(GREET_FORMAL[lang][0])
    parts = [p for p in paras if p]
    if ctx.chance(0.92):
        parts.insert(0, hello)
    elif parts:  # no greeting: the letter opens with a capital ("vielen Dank" -> "Vielen Dank")
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    return "\n\n".join(parts)
