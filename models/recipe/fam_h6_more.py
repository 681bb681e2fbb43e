"""Template families (session 12, helper H6): more job mail in styles the corpus lacked: a
Brazilian manager's "can we talk tomorrow?", a Danish reply-thread interview invitation, a
Swedish employer's practical first-shift note, an Australian retailer's group interview for
casuals, an Irish school's interview-board notice, a bilingual onsite-logistics note
(German/French/Dutch with English below), a Dutch municipality's written case round, a Polish
rejection, a Spanish contract-paperwork request, a German care-sector headhunter and a
Brazilian recruiter's LinkedIn-style approach.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h6_kit import attribution, cand, go, h6, mobile
from j2_kit import at, bye, day, hi, join, person_addr
from kit import Ctx, Draft
from vocab import Company
from zf_kit import quoted, weekday_future


@h6("h6_iv_br_conversar_amanha", "interview", lang="pt")
def br_quick_talk(ctx: Ctx) -> Draft:
    """A Brazilian store or clinic manager asks the applicant to come by or talk, informally."""
    go(ctx, "br")
    when = weekday_future(ctx, 1, 5)
    text = join(
        ctx.fill(
            ctx.pick(
                [
                    "Oi {first}, tudo bem?",
                    "Olá {first}!",
                    "Boa tarde {first}, tudo certo?",
                    "Oi {first}!",
                ]
            )
        ),
        ctx.para(
            "Recebi seu currículo para a vaga de {title}. Você pode vir conversar com a gente "
            + at(ctx, when, "pt")
            + "?",
            "Vi seu currículo aqui e gostei do seu perfil. Podemos fazer uma entrevista "
            + day(ctx, when, "pt")
            + "?",
            "Sobre a vaga de {title}: consegue passar aqui na loja "
            + day(ctx, when, "pt")
            + " para uma entrevista rápida?",
        ),
        ctx.para(
            "É só chegar na recepção e perguntar por mim.",
            "Se preferir, me chama no WhatsApp ("
            + str(ctx.num(11, 99))
            + ") 9"
            + str(ctx.num(1000, 9999))
            + "-"
            + str(ctx.num(1000, 9999))
            + ".",
            "Traz um documento com foto e a carteira de trabalho.",
            "",
        ),
        ctx.para("Me confirma, por favor.", "Aguardo!", "Abraço!"),
        ctx.fill(ctx.pick(["{pfirst}", "{person}\nGerente", "Att.,\n{person}"]))
        + ctx.para("", "\n{co}"),
        mobile(ctx, "pt", 0.5),
    )
    subject = ctx.para(
        "Entrevista", "Vaga de {title}", "Re: Currículo", "Conversa amanhã?", "Seu currículo"
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx)
        if ctx.chance(0.6)
        else ctx.fill("{pfirst}.") + ctx.pick(["loja", "rh", "gerencia"]) + "@gmail.com",
        greet=False,
        sign="",
        lang="pt",
        form="plain",
    )


@h6("h6_iv_da_sv_ansoegning_samtale", "interview", lang="da")
def da_reply_invite(ctx: Ctx) -> Draft:
    """A Danish manager answers the application mail in the same thread: come for a talk."""
    go(ctx, "da")
    when = weekday_future(ctx, 2, 9)
    who, addr = cand(ctx)
    quote_it = ctx.chance(0.7)
    earlier = (
        ""
        if not quote_it
        else ctx.fill(
            "Hej,\n\nHermed min ansøgning til stillingen som {title}. CV er vedhæftet.\n\nVenlig hilsen\n"
            + who
        )
    )
    text = join(
        ctx.fill(ctx.pick(["Hej {first}", "Hej {first},", "Kære {first}"])),
        ctx.para(
            "Tak for din ansøgning. Vi vil gerne invitere dig til en samtale "
            + at(ctx, when, "da")
            + ".",
            "Spændende ansøgning! Har du mulighed for at komme forbi til en snak "
            + at(ctx, when, "da")
            + "?",
            "Vi vil meget gerne møde dig. Passer det dig at komme til samtale "
            + at(ctx, when, "da")
            + "?",
        ),
        ctx.para(
            "Samtalen tager ca. en halv time, og du møder også en af dine kommende kolleger.",
            "Du er velkommen til at se med på en vagt bagefter.",
            "Adressen står nedenfor. Ring på klokken ved hovedindgangen.",
            "",
        ),
        ctx.para(
            "Skriv lige, om tidspunktet passer.",
            "Giv besked, hvis du ikke kan, så finder vi en anden dag.",
        ),
        ctx.fill("[Venlig hilsen|Mvh.|Hilsen]\n{person}\n[Leder|Daglig leder|Souschef]\n{co}"),
        attribution(ctx, who, addr, ctx.date, "da") + "\n" + quoted(earlier) if quote_it else "",
    )
    subject = ctx.para(
        "SV: Ansøgning", "SV: Ansøgning - {title}", "SV: Uopfordret ansøgning", "Samtale"
    )
    return Draft(
        subject, text, ctx.person, person_addr(ctx), greet=False, sign="", lang="da", form="plain"
    )


@h6("h6_oj_sv_forsta_passet", "other_job", lang="sv")
def sv_first_shift(ctx: Ctx) -> Draft:
    """A Swedish café, clinic or municipality sends practical notes before the new hire's first shift."""
    go(ctx, "sv")
    start = weekday_future(ctx, 3, 14)
    text = join(
        hi(ctx, "sv"),
        ctx.para(
            "Välkommen till oss! Här kommer lite praktisk info inför ditt första pass som {title}.",
            "Vad roligt att du börjar hos oss. Lite information inför din första dag:",
            "Nu är det snart dags! Inför starten behöver du veta följande.",
        ),
        "Första dagen: "
        + at(ctx, start, "sv")
        + "\n"
        + ctx.pick(
            [
                "Fråga efter mig i receptionen.",
                "Personalingången är på baksidan, koden får du på sms.",
                "Introduktion med din handledare hela första veckan.",
            ]
        ),
        ctx.para(
            "Ta med ditt bankkontonummer och en kopia på ID-handling så vi kan lägga in dig i lönesystemet.",
            "Glöm inte utdrag ur belastningsregistret om du inte redan lämnat det.",
            "Arbetskläder finns på plats. Schemat för de första fyra veckorna bifogas.",
        ),
        ctx.para("Hör av dig om något är oklart!", "Vi ses!", ""),
        bye(ctx, "sv", "{person}\n[Enhetschef|Ägare|Schemaläggare]\n{co}"),
        mobile(ctx, "sv", 0.3),
    )
    subject = ctx.para(
        "Inför din första dag",
        "Välkommen - praktisk info",
        "Schema och första passet",
        "Startinformation {title}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="sv",
        form=ctx.pick(["plain", "alt"]),
    )


@h6("h6_iv_au_group_interview_casuals", "interview", lang="en")
def au_group_interview(ctx: Ctx) -> Draft:
    """An Australian retailer or café invites seasonal casual applicants to a group interview."""
    go(ctx, "en_small")
    when = weekday_future(ctx, 2, 10)
    text = join(
        ctx.fill(ctx.pick(["Hi {first},", "Hey {first}!", "Hi there,"])),
        ctx.para(
            "Thanks for applying for our Christmas casual roles! We'd love you to come along to a group interview.",
            "Thanks for your application for the {title} position. You've been shortlisted for our group interview session.",
            "We're holding group interviews for casual {title} roles and we'd like you to attend.",
        ),
        "When: "
        + at(ctx, when, "en")
        + "\nWhere: "
        + ctx.pick(
            [
                "the store, upstairs staff room",
                "our Cannington store - ask at the service desk",
                "in store, before opening",
            ]
        )
        + "\nHow long: about "
        + ctx.pick(["1 hour", "90 minutes", "45 mins"]),
        ctx.para(
            "You'll do a couple of team activities and a short one-on-one chat. Please bring your availability for Dec-Jan and your RSA/White Card if you have one.",
            "Wear something neat and casual. Bring your TFN and a copy of your visa if applicable, in case we make offers on the day.",
            "No need to prepare anything - just be yourself!",
        ),
        ctx.para(
            "Please reply to confirm your spot.",
            "Can't make it? Let us know and we'll try to fit you into another session.",
            "Spots are limited so please RSVP by tomorrow.",
        ),
        ctx.fill("[Cheers|Thanks|See you then]\n{pfirst}\n[Store Manager|Team Leader|Owner]\n{co}"),
    )
    subject = ctx.para(
        "Group interview invitation",
        "Christmas casual group interview",
        "Your application - group interview",
        "Re: {title}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="en",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@h6("h6_iv_ie_school_interview_board", "interview", lang="en")
def ie_school_board(ctx: Ctx) -> Draft:
    """An Irish or UK school's board of management notifies a shortlisted candidate of interview."""
    irish = ctx.chance(0.6)
    name = ctx.pick(
        [
            "Scoil Mhuire National School",
            "St. Kevin's Community College",
            "Gaelscoil an Chnoic",
            "Holy Family Secondary School",
        ]
        if irish
        else ["Millbrook Primary School", "Ashfield Academy", "St Anne's C of E School"]
    )
    slug = "".join(ch for ch in name.lower() if ch.isalnum())[:14]
    ctx._co = Company(name, slug + (".ie" if irish else ".sch.uk"), name)
    ctx._title = ctx.pick(
        [
            "Mainstream Class Teacher",
            "Special Education Teacher",
            "Teacher of Irish and History",
            "Special Needs Assistant",
            "Deputy Principal",
        ]
        if irish
        else [
            "Class Teacher (KS2)",
            "Teaching Assistant",
            "Teacher of Science",
            "School Business Manager",
        ]
    )
    when = weekday_future(ctx, 4, 14)
    text = join(
        ctx.fill(
            ctx.pick(
                ["Dear {first},", "Dear {first} {last},", "Dear Applicant,", "A chara,"]
                if irish
                else ["Dear {first},", "Dear {first} {last},", "Dear Applicant,"]
            )
        ),
        ctx.para(
            "Thank you for your application for the post of {title}. I am pleased to inform you that you have been shortlisted for interview.",
            "Further to your application for the position of {title}, the Board of Management invites you to attend for interview.",
            "Interviews for the post of {title} at {co} will take place on "
            + day(ctx, when, "en")
            + ". You are invited to attend.",
        ),
        "Date: "
        + day(ctx, when, "en")
        + "\nTime: "
        + ctx.pick(["9:40am", "11:20am", "2:15pm", "3:45pm"])
        + "\nVenue: "
        + ctx.pick(
            ["the school office", "the Principal's office", "the board room, main building"]
        ),
        ctx.para(
            "Please bring original qualifications, your Teaching Council registration"
            + (" and Garda vetting disclosure if available." if irish else " and photo ID."),
            "You will be asked to teach a short lesson (20 minutes) to a Year "
            + str(ctx.num(3, 9))
            + " group before the interview.",
            "The interview board will consist of the Chairperson, the Principal and an independent assessor.",
        ),
        ctx.para(
            "Please confirm your attendance by email.",
            "Kindly confirm by return whether you will attend.",
            "If you are no longer interested, please let us know.",
        ),
        ctx.fill(
            "[Is mise le meas,|Yours sincerely,|Kind regards,]\n{person}\n[Principal|Secretary to the Board of Management|School Secretary]\n{co}"
        )
        if irish
        else ctx.fill(
            "[Yours sincerely,|Kind regards,]\n{person}\n[Headteacher|HR Officer|School Business Manager]\n{co}"
        ),
    )
    subject = ctx.para(
        "Interview - {title}",
        "Invitation to interview: post of {title}",
        "Shortlisting - {title}",
        "Interview notification",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        ctx.pick(["office@", "principal@", "secretary@", "hr@"]) + ctx.domain,
        greet=False,
        sign="",
        lang="en",
        form=ctx.pick(["plain", "alt"]),
    )


@h6("h6_iv_bilingual_onsite_english_below", "interview", lang="multi")
def bilingual_onsite(ctx: Ctx) -> Draft:
    """Onsite interview logistics written twice: the local language first, English below."""
    lang = ctx.pick(["de", "fr", "nl"])
    go(ctx, {"de": "de_small", "fr": "fr_small", "nl": "nl"}[lang])
    when = weekday_future(ctx, 2, 10)
    local = {
        "de": join(
            ctx.fill(ctx.pick(["Hallo {first},", "Guten Tag {first} {last},"])),
            "wie besprochen hier die Details zu Ihrem Vorstellungsgespräch: "
            + at(ctx, when, "de")
            + ", "
            + ctx.pick(
                [
                    "Empfang im 2. OG",
                    "Eingang B, bitte am Empfang melden",
                    "Besucherparkplätze vor dem Gebäude",
                ]
            )
            + ". Bitte bringen Sie einen Ausweis mit.",
        ),
        "fr": join(
            ctx.fill(ctx.pick(["Bonjour {first},", "Bonjour {first} {last},"])),
            "comme convenu, voici les informations pour votre entretien : "
            + at(ctx, when, "fr")
            + ", "
            + ctx.pick(
                [
                    "accueil au 1er étage",
                    "entrée par la cour",
                    "parking visiteurs devant le bâtiment",
                ]
            )
            + ". Merci de vous munir d'une pièce d'identité.",
        ),
        "nl": join(
            ctx.fill(ctx.pick(["Hoi {first},", "Beste {first},"])),
            "hierbij de details voor je gesprek: "
            + at(ctx, when, "nl")
            + ", "
            + ctx.pick(
                [
                    "melden bij de receptie",
                    "ingang aan de achterkant",
                    "bezoekersparkeerplaatsen voor de deur",
                ]
            )
            + ". Neem een geldig ID mee.",
        ),
    }[lang]
    english = join(
        ctx.fill(ctx.pick(["Hi {first},", "Dear {first},"])),
        ctx.para(
            "Here are the details for your interview for the {title} role: "
            + at(ctx, when, "en")
            + ". Please report to reception and bring photo ID.",
            "As discussed, your onsite interview is "
            + at(ctx, when, "en")
            + ". You'll meet the team lead and take a short tour.",
        ),
        ctx.para(
            "Public transport: the stop is a five-minute walk away.",
            "Let me know if you need a parking permit.",
            "Reply to this email if anything changes.",
        ),
    )
    marker = {
        "de": "--- English version below ---",
        "fr": "--- English version below ---",
        "nl": "--- English below ---",
    }[lang]
    text = join(
        local,
        marker,
        english,
        ctx.fill("[Best regards|Kind regards|Viele Grüße / Best regards]\n{person}\n{co}"),
    )
    subject = ctx.para(
        {
            "de": "Vorstellungsgespräch / Interview",
            "fr": "Entretien / Interview",
            "nl": "Sollicitatiegesprek / Interview",
        }[lang]
        + " "
        + day(ctx, when, "en"),
        "Interview details - {title}",
        {
            "de": "Ihr Termin bei {co} / Your interview",
            "fr": "Votre entretien chez {co} / Your interview",
            "nl": "Je gesprek bij {co} / Your interview",
        }[lang],
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="multi",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@h6("h6_tr_nl_schriftelijke_casus", "technical_round", lang="nl")
def nl_case_round(ctx: Ctx) -> Draft:
    """A Dutch municipality or care foundation sends the written case for the second round."""
    go(ctx, "nl")
    due = weekday_future(ctx, 3, 9)
    text = join(
        ctx.fill(ctx.pick(["Beste {first},", "Beste {first} {last},", "Hoi {first},"])),
        ctx.para(
            "Leuk dat je door bent naar de tweede ronde voor de functie {title}! Zoals besproken ontvang je hierbij de casus.",
            "Naar aanleiding van het eerste gesprek nodigen we je uit voor de tweede ronde. Onderdeel daarvan is een praktijkopdracht.",
            "In de bijlage vind je de schriftelijke opdracht voor het vervolggesprek.",
        ),
        ctx.para(
            "Je hebt tot "
            + day(ctx, due, "nl")
            + " om je uitwerking (max. 2 A4) te mailen. In het tweede gesprek presenteer je die in 10 minuten.",
            "Tijdens het tweede gesprek op "
            + at(ctx, due, "nl")
            + " krijg je 45 minuten om de casus ter plekke uit te werken, daarna bespreken we hem.",
            "De opdracht gaat over een praktijksituatie uit ons werk. Lever je antwoord uiterlijk "
            + day(ctx, due, "nl")
            + " in.",
        ),
        ctx.para("Succes!", "Vragen? Bel of mail me gerust.", ""),
        ctx.fill("Met vriendelijke groet,\n{person}\n[Teamleider|Recruiter|Adviseur P&O]\n{co}"),
    )
    subject = ctx.para(
        "Casus tweede ronde",
        "Tweede gesprek {title} - opdracht",
        "Praktijkopdracht sollicitatieprocedure",
        "Uitnodiging tweede ronde",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="nl",
        form=ctx.pick(["plain", "alt"]),
    )


@h6("h6_rej_pl_odpowiedz_negatywna", "rejection", lang="pl")
def pl_rejection(ctx: Ctx) -> Draft:
    """A Polish employer tells the applicant, after the interview or the CV screen, that it is a no."""
    go(ctx, "pl")
    text = join(
        ctx.pick(
            [
                "Dzień dobry,",
                "Szanowna Pani / Szanowny Panie,",
                "Dzień dobry Pani/Panie " + ctx.cand_last + ",",
            ]
        ),
        ctx.para(
            "dziękujemy za udział w rozmowie kwalifikacyjnej na stanowisko {title}. Niestety tym razem zdecydowaliśmy się na innego kandydata.",
            "uprzejmie informujemy, że Pani/Pana kandydatura na stanowisko {title} nie została wybrana do dalszego etapu rekrutacji.",
            "dziękujemy za zainteresowanie pracą w {co}. Z przykrością informujemy, że proces rekrutacji został zakończony wyborem innej osoby.",
        ),
        ctx.para(
            "Za zgodą Pani/Pana zachowamy CV w naszej bazie na potrzeby przyszłych rekrutacji.",
            "Życzymy powodzenia w dalszych poszukiwaniach pracy.",
            "Zachęcamy do śledzenia naszych ogłoszeń.",
        ),
        bye(ctx, "pl", "[{person}|Dział Kadr|Zespół rekrutacji]\n{co}"),
    )
    subject = ctx.para(
        "Informacja o wyniku rekrutacji",
        "Rekrutacja na stanowisko {title}",
        "Odp: rozmowa kwalifikacyjna",
        "Wynik rekrutacji",
    )
    return Draft(
        subject,
        text,
        ctx.para("{person}", "{co}"),
        person_addr(ctx),
        greet=False,
        sign="",
        lang="pl",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@h6("h6_oj_es_documentacion_contrato", "other_job", lang="es")
def es_contract_paperwork(ctx: Ctx) -> Draft:
    """A Spanish small employer or gestoría asks the new hire for the data to register the contract."""
    go(ctx, "es")
    due = weekday_future(ctx, 1, 6)
    text = join(
        ctx.fill(ctx.pick(["Hola {first},", "Buenos días {first},", "Buenas tardes,"])),
        ctx.para(
            "Para tramitar tu alta en la Seguridad Social y preparar el contrato necesitamos lo siguiente:",
            "Bienvenido/a. Antes de tu incorporación como {title}, envíanos por favor:",
            "La gestoría me pide estos datos para hacer el contrato:",
        ),
        "- DNI/NIE (por las dos caras)\n- Número de afiliación a la Seguridad Social\n- IBAN de tu cuenta"
        + ctx.pick(
            ["\n- Título o certificado de estudios", "\n- Certificado de delitos sexuales", ""]
        )
        + ctx.pick(["\n- Modelo 145 (IRPF) firmado", "\n- Dirección completa y teléfono", ""]),
        ctx.para(
            "Si puede ser, antes del " + day(ctx, due, "es") + ".",
            "Cuanto antes mejor, para darte de alta antes de empezar.",
            "Puedes mandarlo escaneado o en foto, que se lea bien.",
        ),
        ctx.fill("[Gracias,|Un saludo,|Saludos,]\n{person}\n[Administración|Gerencia|RRHH]\n{co}"),
        mobile(ctx, "es", 0.3),
    )
    subject = ctx.para(
        "Documentación para el contrato",
        "Alta Seguridad Social - datos",
        "Tu incorporación - documentos",
        "Re: Incorporación {title}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx),
        greet=False,
        sign="",
        lang="es",
        form=ctx.pick(["plain", "alt"]),
    )


@h6("h6_ro_de_pflege_personalvermittlung", "recruiter_outreach", lang="de")
def de_care_headhunter(ctx: Ctx) -> Draft:
    """A German care-sector recruiter approaches a nurse or carer about a specific post."""
    agency = ctx.pick(
        ["CareMatch Personalberatung", "Pflegeprofis Vermittlung", "MedPersonal Nord"]
    )
    ctx._co = Company(
        ctx.pick(
            [
                "Klinikum Am Stadtpark",
                "Seniorenresidenz Lindenhof",
                "Ambulanter Pflegedienst Sonnenschein",
                "Kreiskrankenhaus Oberau",
            ]
        ),
        "example.org",
        "",
    )
    ctx._title = ctx.pick(
        [
            "Pflegefachkraft (m/w/d)",
            "Pflegefachkraft Intensivstation",
            "Wohnbereichsleitung",
            "Praxisanleiter/in Pflege",
        ]
    )
    named = ctx.chance(0.5)
    text = join(
        ctx.fill(ctx.pick(["Hallo {first},", "Guten Tag {first} {last},", "Liebe/r {first},"])),
        ctx.para(
            "ich bin Personalberaterin bei "
            + agency
            + " und auf Ihr Profil gestoßen. Für "
            + ("unseren Kunden, {co}," if named else "eine Klinik in Ihrer Region")
            + " suche ich aktuell eine {title}.",
            "mein Name ist {person}, ich vermittle Pflegekräfte in Festanstellung. Ein Kunde von uns ("
            + ("{co}" if named else "Pflegeeinrichtung, ca. 20 Min. von Ihrem Wohnort")
            + ") sucht eine {title} - passt das vielleicht zu Ihnen?",
        ),
        ctx.para(
            "Geboten werden: Bezahlung nach TVöD-P, keine geteilten Dienste, 30 Tage Urlaub, Wunschdienstplan.",
            "Vollzeit oder Teilzeit möglich, unbefristet, Wechselprämie "
            + str(ctx.num(2, 5))
            + ".000 Euro.",
            "Feste Teams, kein Springen, Fort- und Weiterbildung werden bezahlt.",
        ),
        ctx.para(
            "Hätten Sie Zeit für ein kurzes Telefonat diese Woche?",
            "Wann passt Ihnen ein kurzer Anruf?",
            "Für Sie ist unsere Vermittlung selbstverständlich kostenlos.",
        ),
        "Viele Grüße\n"
        + ctx.person
        + "\n"
        + agency
        + "\nTel. 0"
        + str(ctx.num(30, 99))
        + " "
        + str(ctx.num(100000, 999999)),
    )
    subject = ctx.para(
        "Stelle als {title}",
        "Neue Perspektive in der Pflege?",
        "Ihr Profil - {title}",
        "Kurze Frage zu einer Stelle",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx, agency.split()[0].lower() + ".de"),
        greet=False,
        sign="",
        lang="de",
        form=ctx.pick(["plain", "alt", "html"]),
    )


@h6("h6_ro_br_recrutadora_vaga", "recruiter_outreach", lang="pt")
def br_recruiter(ctx: Ctx) -> Draft:
    """A Brazilian recruiter (agency or in-house) writes about an open role after finding the profile."""
    go(ctx, "br")
    text = join(
        ctx.fill(ctx.pick(["Olá {first}, tudo bem?", "Oi {first}!", "Bom dia, {first}!"])),
        ctx.para(
            "Sou {person}, recrutadora aqui na {co}. Encontrei seu perfil e acho que você tem tudo a ver com a nossa vaga de {title}.",
            "Estou com uma vaga de {title} em aberto e seu perfil me chamou atenção.",
            "Meu nome é {person}, trabalho com recrutamento e seleção. Tenho uma oportunidade de {title} que pode te interessar.",
        ),
        ctx.para(
            "Regime CLT, "
            + ctx.pick(
                [
                    "vale-transporte e vale-refeição",
                    "plano de saúde e VR",
                    "escala 6x1",
                    "horário comercial",
                ]
            )
            + ", salário a combinar.",
            "A vaga é para início imediato, presencial, na zona "
            + ctx.pick(["sul", "norte", "leste", "oeste"])
            + ".",
            "Salário de R$ " + str(ctx.num(1600, 4200)) + ",00 + benefícios.",
        ),
        ctx.para(
            "Tem interesse? Se sim, me manda seu currículo atualizado e um número de WhatsApp.",
            "Podemos conversar rapidinho por telefone?",
            "Me avisa se quiser saber mais!",
        ),
        ctx.fill(
            "[Abraços,|Att.,|Obrigada!]\n{person}\n[Recrutadora|Analista de R&S|Talent Acquisition]"
        ),
    )
    subject = ctx.para(
        "Oportunidade: {title}",
        "Vaga de {title}",
        "Oportunidade de trabalho",
        "Seu perfil - vaga {title}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx) if ctx.chance(0.6) else ctx.fill("{pfirst}.rh") + "@gmail.com",
        greet=False,
        sign="",
        lang="pt",
        form=ctx.pick(["plain", "alt"]),
    )
