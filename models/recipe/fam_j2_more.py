"""Template families (session 10, helper J2): receipts, approaches and paperwork from the
same new worlds: a Brazilian pharma receipt through Gupy (pt-BR), a big-tech referral
application receipt, an Italian receipt from an in-house recruiting portal; a Danish or
Norwegian headhunter and an Italian hospitality headhunter; an airline's pre-employment
checks, Brazilian admission documents ('documentos admissionais') and a German request to
consent to the talent pool.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import de_hi
from j2_kit import bye, day, go, hi, j2, join, person_addr
from kit import Ctx, Draft, ascii_word
from zf_kit import do_not_reply, weekday_future


@j2("j2_cf_ptbr_gupy_candidatura_pharma", "confirmation", lang="pt")
def ptbr_gupy(ctx: Ctx) -> Draft:
    """A Brazilian pharma/biotech confirms an application through its recruiting platform."""
    go(ctx, "pharma")
    ctx._title = ctx.pick(
        [
            "Analista de Assuntos Regulatórios",
            "Representante Propagandista",
            "Analista de Controle de Qualidade Jr",
            "Estágio em P&D",
            "Farmacêutico(a) Responsável Técnico",
        ]
    )
    text = join(
        hi(ctx, "pt"),
        ctx.para(
            "recebemos sua candidatura para a vaga de {title} na {co}. Que bom ter você por aqui!",
            "sua inscrição na vaga {title} foi concluída com sucesso.",
            "obrigado por se candidatar para {title}. Sua candidatura já está com o nosso time de Atração e Seleção.",
        ),
        ctx.para(
            "As próximas etapas incluem testes online, dinâmica em grupo e entrevistas. Você pode acompanhar cada etapa pela sua página de candidato.",
            "Fique de olho no seu e-mail (e na caixa de spam): todos os próximos passos serão comunicados por aqui.",
            "Analisaremos seu perfil com carinho e retornaremos assim que houver novidades.",
        ),
        ctx.pick(["Boa sorte!", "Conte com a gente!", ""]),
        bye(ctx, "pt", "Time de Gente & Gestão\n{co}"),
    )
    subject = ctx.para(
        "Candidatura recebida - {title}",
        "Recebemos sua candidatura!",
        "{co} | Inscrição confirmada",
        "Sua candidatura para {title}",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} via Gupy"),
        "naoresponda@gupy.example",
        greet=False,
        sign="",
        lang="pt",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
        footer=do_not_reply(ctx, "pt") if ctx.chance(0.4) else "",
    )


@j2("j2_cf_bigtech_referral_application_received", "confirmation")
def referral_received(ctx: Ctx) -> Draft:
    """A big-tech careers site confirms an application made through an employee's referral."""
    go(ctx, "bigtech")
    referrer = f"{ctx.person_first} {ctx.pick(['Nakamura', 'Okafor', 'Lindqvist', 'Rao', 'Costa', 'Meyer'])}"
    text = join(
        hi(ctx, "en"),
        ctx.para(
            referrer
            + " referred you for the {title} role at {co}, and your application has now been submitted. Thanks for your interest!",
            "Thanks for applying to {co}! We've received your application for {title}, submitted through a referral from "
            + referrer
            + ".",
            "Your referred application for {title} ({req}) is in. "
            + referrer
            + " will be notified that you applied.",
        ),
        ctx.para(
            "Referrals get a close look from our recruiting team. If your experience matches the role, a recruiter will reach out to discuss next steps.",
            "We review every application; due to volume, it may take a few weeks for us to get back to you.",
        ),
        ctx.para(
            "You can check the status of your application at any time on the careers site.",
            "In the meantime, you can read about how we interview at careers.{domain}/how-we-hire.",
            "",
        ),
    )
    subject = ctx.para(
        "Thanks for applying to {co}",
        "{co}: application received ({title})",
        "Your referral application for {title}",
        "We got your application",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} Careers"),
        ctx.fill("[careers-noreply|no-reply|careers]@{domain}"),
        greet=False,
        sign=ctx.fill("[Best|Thanks],\n{co} Recruiting"),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@j2("j2_cf_it_candidatura_ricevuta_portale", "confirmation", lang="it")
def it_received(ctx: Ctx) -> Draft:
    """An Italian employer's in-house recruiting portal confirms an application."""
    kind = ctx.pick(["pharma", "hotel", "big4", "consulting"])
    go(ctx, kind)
    ctx._title = ctx.pick(
        {
            "pharma": [
                "Addetto/a Controllo Qualità",
                "Informatore scientifico del farmaco",
                "Stage R&D",
            ],
            "hotel": ["Receptionist", "Chef de partie", "Governante ai piani"],
            "big4": ["Revisore contabile junior", "Stage in Tax", "Consulente IT Audit"],
            "consulting": ["Junior Consultant", "Business Analyst", "Stage in Strategy"],
        }[kind]
    )
    text = join(
        hi(ctx, "it"),
        ctx.para(
            "grazie per aver inviato la tua candidatura per la posizione {title}. Ti confermiamo che è stata registrata correttamente.",
            "la ringraziamo per l'interesse dimostrato verso {co}. La sua candidatura per la posizione di {title} è stata ricevuta.",
            "abbiamo ricevuto il tuo CV per la posizione di {title}: grazie!",
        ),
        ctx.para(
            "Il nostro team Risorse Umane valuterà il tuo profilo e, in caso di esito positivo, ti contatterà per un primo colloquio.",
            "Qualora il suo profilo risultasse in linea, verrà ricontattato/a per un colloquio conoscitivo.",
            "Potrai seguire lo stato della candidatura accedendo alla tua area riservata.",
        ),
        bye(ctx, "it", "Team Risorse Umane\n{co}"),
    )
    subject = ctx.para(
        "Conferma ricezione candidatura",
        "Candidatura ricevuta - {title}",
        "{co} - grazie per la tua candidatura",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} Lavora con noi"),
        ctx.fill("[lavoraconnoi|noreply|hr]@{domain}"),
        greet=False,
        sign="",
        lang="it",
        bulk=ctx.chance(0.6),
        footer=do_not_reply(ctx, "it") if ctx.chance(0.4) else "",
    )


@j2("j2_ro_da_no_headhunter", "recruiter_outreach", lang="da")
def nordic_headhunter(ctx: Ctx) -> Draft:
    """A Danish or Norwegian headhunter approaches about a role at a named or unnamed client."""
    lang = ctx.pick(["da", "no"])
    go(ctx, lang)
    firm = ctx.pick(
        ["Nordhav Search", "Fjeld & Partners", "Kompas Rekruttering", "Hygge Executive"]
    )
    named = ctx.chance(0.5)
    if lang == "da":
        text = join(
            hi(ctx, "da"),
            ctx.fill(
                "Jeg skriver til dig, fordi vi hjælper "
                + (
                    "{co}"
                    if named
                    else "en af vores kunder [inden for energi|i den offentlige sektor|i tech-branchen]"
                )
                + " med at finde en ny {title}, og din profil på LinkedIn fangede min opmærksomhed."
            ),
            ctx.para(
                "Er det noget, du kunne have lyst til at høre mere om? Jeg tager gerne en uforpligtende snak.",
                "Har du tid til en kort, fortrolig samtale i løbet af næste uge?",
            ),
            bye(ctx, "da", "{person}\n[Senior Consultant|Partner|Researcher], " + firm),
        )
        subject = ctx.para(
            "Fortrolig henvendelse - {title}",
            "Spændende stilling som {title}",
            "Henvendelse fra " + firm,
        )
    else:
        text = join(
            hi(ctx, "no"),
            ctx.fill(
                "Jeg tar kontakt fordi vi bistår "
                + (
                    "{co}"
                    if named
                    else "en av våre kunder [i energibransjen|i offentlig sektor|innen teknologi]"
                )
                + " med å rekruttere en {title}, og profilen din virker svært relevant."
            ),
            ctx.para(
                "Er dette noe du kunne tenke deg å høre mer om? Jeg tar gjerne en uforpliktende prat.",
                "Har du tid til en kort og fortrolig samtale i løpet av neste uke?",
            ),
            bye(ctx, "no", "{person}\n[Seniorkonsulent|Partner|Rekrutteringsrådgiver], " + firm),
        )
        subject = ctx.para(
            "Fortrolig henvendelse - {title}",
            "Spennende stilling som {title}",
            "Henvendelse fra " + firm,
        )
    dom = ascii_word(firm.split()[0]) + ("search.dk" if lang == "da" else "search.no")
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx, dom),
        greet=False,
        sign="",
        lang=lang,
        form="plain",
    )


@j2("j2_ro_it_hospitality_headhunter", "recruiter_outreach", lang="it")
def it_hotel_headhunter(ctx: Ctx) -> Draft:
    """An Italian hospitality headhunter approaches about a hotel or restaurant role."""
    go(ctx, "hotel")
    ctx._title = ctx.pick(
        [
            "Direttore d'albergo",
            "Executive Chef",
            "Front Office Manager",
            "Revenue Manager",
            "Restaurant Manager",
            "F&B Manager",
        ]
    )
    place = ctx.pick(
        [
            "in Costiera Amalfitana",
            "a Milano",
            "sul Lago di Como",
            "a Venezia",
            "in Sardegna",
            "a Firenze",
        ]
    )
    firm, dom = ctx.pick(
        [
            ("Ospitalità & Talenti Srl", "ospitalitaetalenti.it"),
            ("HoReCa Search", "horecasearch.it"),
            ("Mare Blu Recruiting", "mareblurecruiting.it"),
        ]
    )
    named = ctx.chance(0.5)
    text = join(
        hi(ctx, "it"),
        ctx.fill(
            "mi permetto di contattarti perché stiamo seguendo, per conto di "
            + (
                "{co}"
                if named
                else "un [prestigioso|noto] gruppo alberghiero [5 stelle|internazionale|boutique]"
            )
            + ", la ricerca di un/una {title} per una struttura "
            + place
            + "."
        ),
        ctx.para(
            "Il tuo percorso mi sembra molto in linea: ti andrebbe di fare due chiacchiere telefoniche, in totale riservatezza?",
            "Si tratta di un'opportunità [stagionale|annuale] con alloggio incluso e un pacchetto retributivo interessante. Posso chiamarti questa settimana?",
        ),
        bye(
            ctx,
            "it",
            "{person}\n[Senior Consultant|Head Hunter] - Hospitality\n" + firm,
        ),
    )
    subject = ctx.para(
        "Opportunità: {title} " + place,
        "Ricerca riservata: {title}",
        "Proposta di collaborazione - {title}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        person_addr(ctx, dom),
        greet=False,
        sign="",
        lang="it",
    )


@j2("j2_oj_airline_preemployment_checks", "other_job")
def airline_checks(ctx: Ctx) -> Draft:
    """After an airline's offer: five-year background check, airside pass and medical paperwork."""
    go(ctx, "airline")
    due = weekday_future(ctx, 3, 10)
    text = join(
        hi(ctx, "en"),
        ctx.para(
            "To complete your pre-employment checks for {title}, we need you to fill in the 5-year employment and education history form via our vetting partner. Any gaps of more than 28 days must be explained.",
            "Your airside ID pass application has been started. Please upload a certified copy of your passport, proof of address and your basic DBS certificate to the portal.",
            "Please book your aviation medical with our occupational health provider. You'll receive a separate email from them with available slots.",
        ),
        "Deadline: "
        + day(ctx, due)
        + ". "
        + ctx.pick(
            [
                "Your training course place can't be confirmed until the checks are complete.",
                "If you have questions, reply to this email.",
                "",
            ]
        ),
        ctx.pick(["Vetting portal: " + ctx.url("vetting.example", "candidate"), ""]),
    )
    subject = ctx.para(
        "Action required: pre-employment checks",
        "Your background check - {co}",
        "Airside pass application",
        "{co}: documents needed before training",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} Onboarding"),
        ctx.fill("[onboarding|vetting|recruitment]@{domain}"),
        greet=False,
        sign=ctx.fill("[Kind regards|Thanks],\n[Onboarding Team|Crew Vetting Team]\n{co}"),
        bulk=ctx.chance(0.4),
    )


@j2("j2_oj_ptbr_documentos_admissionais", "other_job", lang="pt")
def ptbr_admissao(ctx: Ctx) -> Draft:
    """A Brazilian employer asks a hired candidate for admission documents and the medical exam."""
    go(ctx, ctx.pick(["pharma", "hotel", "bigtech"]))
    ctx._title = ctx.pick(
        [
            "Analista de Dados Pleno",
            "Recepcionista",
            "Analista de Assuntos Regulatórios",
            "Engenheiro(a) de Software Sênior",
            "Auxiliar de Cozinha",
        ]
    )
    due = weekday_future(ctx, 2, 7)
    text = join(
        hi(ctx, "pt"),
        ctx.para(
            "seja bem-vindo(a)! Para darmos andamento à sua admissão como {title}, precisamos dos documentos abaixo:",
            "estamos na etapa de admissão para a vaga de {title}. Por favor, envie os documentos listados até "
            + day(ctx, due, "pt")
            + ":",
        ),
        "- RG e CPF\n- Carteira de Trabalho Digital\n- Comprovante de residência\n- Título de eleitor\n- Dados bancários\n- Certidão de nascimento dos dependentes (se houver)",
        ctx.para(
            "O exame admissional (ASO) já está agendado; você receberá o endereço da clínica por WhatsApp.",
            "Os documentos podem ser enviados pelo aplicativo de admissão digital.",
            "Qualquer dúvida, é só responder este e-mail.",
        ),
        bye(ctx, "pt", "{person}\nDepartamento Pessoal | {co}"),
    )
    subject = ctx.para(
        "Documentos para admissão", "Admissão - {title}", "{co}: envio de documentos admissionais"
    )
    return Draft(subject, text, ctx.person, person_addr(ctx), greet=False, sign="", lang="pt")


@j2("j2_oj_de_talentpool_einwilligung", "other_job", lang="de")
def de_talentpool(ctx: Ctx) -> Draft:
    """A German employer asks for consent to keep an applicant's data in its talent pool."""
    kind = ctx.pick(["pharma", "consulting", "remote", "bigtech"])
    go(ctx, kind)
    ctx._title = ctx.pick(
        {
            "pharma": [
                "Referent Regulatory Affairs (m/w/d)",
                "Laborant (m/w/d)",
                "Pharmareferent (m/w/d)",
            ],
            "consulting": ["Senior Consultant (m/w/d)", "Junior Consultant (w/m/d)"],
            "remote": ["Backend Developer (m/w/d)", "DevOps Engineer (m/w/d)"],
            "bigtech": ["Data Scientist (w/m/d)", "Software Engineer (m/w/d)"],
        }[kind]
    )
    text = join(
        de_hi(ctx, False),
        ctx.para(
            "Ihre Bewerbung als {title} liegt uns weiterhin vor. Gemäß unseren Datenschutzbestimmungen würden wir Ihre Daten nach Abschluss des Verfahrens löschen.",
            "im Rahmen Ihrer Bewerbung für {title} möchten wir Sie fragen, ob wir Ihre Unterlagen in unseren Talent-Pool aufnehmen dürfen.",
        ),
        ctx.para(
            "Wenn Sie einverstanden sind, speichern wir Ihr Profil für 24 Monate und melden uns, sobald eine passende Stelle frei wird. Bitte bestätigen Sie dies über den folgenden Link: "
            + ctx.url("career.softgarden.example", "consent"),
            "Bitte erteilen Sie uns dazu Ihre Einwilligung im Bewerberportal. Ohne Einwilligung werden Ihre Daten nach sechs Monaten gelöscht.",
        ),
        ctx.pick(["Die Einwilligung können Sie jederzeit widerrufen.", ""]),
        bye(ctx, "de", "Ihr Recruiting-Team\n{co}"),
    )
    subject = ctx.para(
        "Ihre Einwilligung: Aufnahme in unseren Talent-Pool",
        "Talent-Pool {co}",
        "Datenschutz: Ihre Bewerbungsdaten",
        "Einwilligung zur Speicherung Ihrer Bewerbung",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co} Karriere"),
        ctx.fill("[karriere|noreply|jobs]@{domain}"),
        greet=False,
        sign="",
        lang="de",
        bulk=True,
        form=ctx.pick(["html", "alt", "plain"]),
    )
