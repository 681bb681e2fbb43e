"""Life-admin and social mail with hiring-like words: passport / visa / permit appointments,
tenant screening, insurance claim assessments, tax offices, flat "applications" in German,
French and Dutch, university applications abroad, dating and social matches, and friends'
own job news.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Calendar, Ctx, Draft, family
from zd_kit import bye_in, clock, date_in, hello_in, opt, workday
from ze_kit import ZE_N, body, mobile, neg_hello, neg_sign, unsub


@family("ze_ng_passport_visa_appointment", "not_job", n=ZE_N)
def _visa(ctx: Ctx) -> Draft:
    org, addr = ctx.pick(
        [
            ("VFS Global", "donotreply@vfsglobal.com"),
            ("TLScontact", "noreply@tlscontact.com"),
            ("U.S. Visa Information Service", "support@ustraveldocs.com"),
            ("HM Passport Office", "noreply@passport.service.gov.uk"),
            ("USCIS", "uscis-noreply@uscis.dhs.gov"),
            ("Immigration, Refugees and Citizenship Canada", "noreply@cic.gc.ca"),
            ("Ausländerbehörde Berlin", "terminvereinbarung@lea.berlin.de"),
        ]
    )
    when = workday(ctx, 5, 30)
    subject = ctx.pick(
        [
            "Appointment confirmation - " + date_in(ctx, when),
            "Your biometrics appointment",
            "Visa interview scheduled",
            "Application received: reference "
            + f"{ctx.pick(['GWF', 'IOE', 'MSC', 'W'])}{ctx.num(10**7, 10**8)}",
            "Your passport application: we need more information",
            "Residence permit - appointment reminder",
            "Decision on your application",
        ]
    )
    text = body(
        neg_hello(ctx, 0.6),
        ctx.pick(
            [
                "Your appointment at the visa application centre is confirmed for "
                + date_in(ctx, when)
                + " at "
                + clock(ctx, when)
                + ". Please arrive 15 minutes early with your passport and appointment letter.",
                "Your consular interview has been scheduled. Bring your DS-160 confirmation page, a photo and your interview appointment letter.",
                "We have received your application and biometric information. Processing currently takes "
                + str(ctx.num(3, 12))
                + " weeks.",
                "We need a new photo to continue with your passport application. Upload it via the link below.",
                "A decision has been made on your application. Your passport will be returned by courier.",
                "Your work permit (EAD) application has been received. Receipt number: "
                + f"IOE{ctx.num(10**9, 10**10)}.",
            ]
        ),
        opt(
            ctx,
            0.5,
            "Manage or reschedule your appointment: " + ctx.url(addr.split("@")[1], "appointment"),
        ),
        opt(
            ctx,
            0.4,
            "Applicants who miss their appointment will need to book again and may be charged a fee.",
        ),
        "This is an automated message. Do not reply.",
    )
    cal = Calendar("Biometrics appointment", when, 30) if ctx.chance(0.25) else None
    return Draft(subject, text, org, addr, greet=False, sign="", calendar=cal)


@family("ze_ng_tenant_screening", "not_job", n=ZE_N)
def _tenant(ctx: Ctx) -> Draft:
    org, addr = ctx.pick(
        [
            ("SmartMove by TransUnion", "no-reply@mysmartmove.com"),
            ("RentSpree", "support@rentspree.com"),
            ("Zillow Rentals", "rentals@zillow.com"),
            ("Apartments.com", "noreply@apartments.com"),
            ("Goodlord", "noreply@goodlord.co"),
            ("Avail", "hello@avail.co"),
        ]
    )
    unit = ctx.pick(
        [
            "Unit 4B, 221 Elm St",
            "Apt 12, 88 Harbor View",
            "Flat 3, 17 Kingsway",
            "1420 Maple Ave #7",
            "The Foundry, Apt 509",
        ]
    )
    subject = ctx.pick(
        [
            "Your rental application for " + unit,
            "Action required: complete your screening",
            "Your landlord requested a screening report",
            "Application status: approved",
            "Referencing update",
            "Your application was declined",
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                "Your landlord has requested a credit, criminal and eviction report as part of your application for "
                + unit
                + ".",
                "Great news! Your application for "
                + unit
                + " has been approved. The property manager will contact you about signing the lease.",
                "Your referencing is in progress. We have contacted your employer and previous landlord to verify your details.",
                "Unfortunately, the owner has decided not to proceed with your application for "
                + unit
                + ".",
                "Please verify your income by connecting your bank account or uploading 3 recent payslips.",
            ]
        ),
        opt(ctx, 0.5, "Screening fee: $" + str(ctx.num(25, 55)) + ".00"),
        opt(ctx, 0.5, "Continue: " + ctx.url(addr.split("@")[1], "renter")),
    )
    return Draft(
        subject,
        text,
        org,
        addr,
        greet=False,
        sign=neg_sign(ctx, "The " + org + " team"),
        bulk=ctx.chance(0.5),
    )


@family("ze_ng_insurance_claim_assessment", "not_job", n=ZE_N)
def _claim(ctx: Ctx) -> Draft:
    org, host = ctx.pick(
        [
            ("Lemonade", "lemonade.com"),
            ("Aviva", "aviva.co.uk"),
            ("State Farm", "statefarm.com"),
            ("Allianz", "allianz.de"),
            ("AXA", "axa.fr"),
            ("Direct Line", "directline.com"),
        ]
    )
    claim = f"{ctx.pick(['CLM-', 'C', '#'])}{ctx.num(10**6, 10**7)}"
    when = workday(ctx, 2, 10)
    subject = ctx.pick(
        [
            "Your claim " + claim + ": assessor appointment",
            "Update on your claim",
            "We need a few more details for your claim",
            "Claim assessment scheduled",
            "Claim " + claim + " - decision",
            "Your loss adjuster will contact you",
        ]
    )
    text = body(
        neg_hello(ctx),
        ctx.pick(
            [
                "We've appointed a loss assessor to inspect the damage to your property. They will visit on "
                + date_in(ctx, when)
                + " between "
                + clock(ctx, when)
                + " and noon.",
                "Our claims team has completed the assessment of your claim. We're pleased to confirm a settlement of "
                + ctx.pick(["$1,240", "£860", "€2.300", "$4,100"])
                + ".",
                "To progress your claim we need photos of the damage, the repair estimate and a copy of the police report.",
                "Following the assessment, we're unable to accept your claim as the damage is excluded under section 4 of your policy.",
                "A virtual assessment via video call has been booked. You'll need your phone to show the damaged items.",
            ]
        ),
        "Claim reference: " + claim,
        opt(ctx, 0.5, "Upload documents: " + ctx.url("claims." + host, "upload")),
    )
    return Draft(
        subject,
        text,
        org + " Claims",
        ctx.pick(["claims@", "noreply@", "no-reply@"]) + host,
        greet=False,
        sign=neg_sign(ctx, ctx.pick(["{person}, Claims Handler", org + " Claims Team"])),
    )


@family("ze_ng_tax_office_letters", "not_job", n=ZE_N)
def _tax(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "de", "fr", "nl", "es", "it"])
    year = ctx.date.year - 1
    table = {
        "en": (
            ("HMRC", "noreply@tax.service.gov.uk"),
            [
                "Your tax return has been received",
                "Your Self Assessment: payment reminder",
                "New message in your tax account",
                "Your tax code has changed",
            ],
            [
                f"We've received your {year} to {year + 1} tax return. You can view your calculation in your online account.",
                "Your tax code has changed because your employer sent us new information. Check your new code online.",
                "You have a new message from us about your Self Assessment. Sign in to read it.",
            ],
        ),
        "de": (
            ("Finanzamt / ELSTER", "noreply@elster.de"),
            [
                "Neue Nachricht in Ihrem ELSTER-Postfach",
                f"Steuerbescheid {year}",
                "Eingangsbestätigung Ihrer Einkommensteuererklärung",
            ],
            [
                f"Ihre Einkommensteuererklärung {year} ist eingegangen und wird bearbeitet.",
                "in Ihrem ELSTER-Postfach liegt ein neuer Bescheid zum Abruf bereit.",
                "Ihr Steuerbescheid wurde erstellt. Bitte prüfen Sie die Angaben zu Ihren Einkünften aus nichtselbständiger Arbeit.",
            ],
        ),
        "fr": (
            ("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"),
            [
                "Votre avis d'impôt est disponible",
                "Nouveau message dans votre espace particulier",
                "Déclaration de revenus : accusé de réception",
            ],
            [
                f"Votre avis d'impôt sur les revenus {year} est disponible dans votre espace particulier.",
                "Nous accusons réception de votre déclaration de revenus.",
                "Un nouveau document est disponible dans votre messagerie sécurisée.",
            ],
        ),
        "nl": (
            ("Belastingdienst", "noreply@belastingdienst.nl"),
            [
                "Er staat een nieuw bericht in uw Berichtenbox",
                f"Aanslag inkomstenbelasting {year}",
                "Ontvangstbevestiging aangifte",
            ],
            [
                f"Wij hebben uw aangifte inkomstenbelasting {year} ontvangen.",
                "Er staat een nieuw bericht voor u klaar in de Berichtenbox van MijnOverheid.",
            ],
        ),
        "es": (
            ("Agencia Tributaria", "noreply@correo.aeat.es"),
            [
                "Notificación disponible en su Dirección Electrónica",
                f"Borrador de la declaración de la renta {year}",
            ],
            [
                "Le informamos de que tiene una nueva notificación en su buzón electrónico.",
                "Su declaración ha sido presentada correctamente.",
            ],
        ),
        "it": (
            ("Agenzia delle Entrate", "noreply@agenziaentrate.it"),
            ["Dichiarazione precompilata disponibile", "Nuova comunicazione nel cassetto fiscale"],
            [
                "La dichiarazione precompilata è disponibile nell'area riservata.",
                "È presente una nuova comunicazione nel tuo cassetto fiscale.",
            ],
        ),
    }
    (org, addr), subjects, lines = table[lang]
    greeting = (
        neg_hello(ctx, 0.5)
        if lang == "en"
        else (hello_in(ctx, lang, 0.6) if lang in ("de", "fr", "nl", "es", "it") else "")
    )
    text = body(
        greeting,
        ctx.pick(lines),
        opt(ctx, 0.5, "Reference: " + str(ctx.num(10**8, 10**9))),
        "Sign in: " + ctx.url(addr.split("@")[1], "login"),
    )
    return Draft(ctx.pick(subjects), text, org, addr, greet=False, sign="", lang=lang)


@family("ze_ng_flat_application_i18n", "not_job", n=ZE_N)
def _flat(ctx: Ctx) -> Draft:
    lang = ctx.pick(["de", "de", "fr", "nl"])
    when = workday(ctx, 1, 7)
    who = ctx.fill("{person}")
    if lang == "de":
        org, addr = ctx.pick(
            [
                ("ImmoScout24", "noreply@immobilienscout24.de"),
                (who, "vermietung@hausverwaltung-nord.de"),
                ("WG-Gesucht", "noreply@wg-gesucht.de"),
            ]
        )
        subject = ctx.pick(
            [
                "Ihre Bewerbung für die Wohnung "
                + ctx.pick(["in Berlin-Neukölln", "Lindenstraße 12", "3-Zimmer-Altbau"]),
                "Einladung zur Wohnungsbesichtigung",
                "Absage zu Ihrer Wohnungsanfrage",
                "Selbstauskunft und Schufa-Auskunft",
            ]
        )
        core = ctx.pick(
            [
                "vielen Dank für Ihre Bewerbung um die Wohnung. Wir laden Sie gerne zu einer Besichtigung am "
                + date_in(ctx, when, "de")
                + " um "
                + f"{when:%H:%M}"
                + " Uhr ein.",
                "leider müssen wir Ihnen mitteilen, dass wir die Wohnung an andere Interessenten vergeben haben.",
                "bitte senden Sie uns Ihre Mieterselbstauskunft, die letzten drei Gehaltsnachweise und eine aktuelle Schufa-Auskunft.",
            ]
        )
    elif lang == "fr":
        org, addr = ctx.pick(
            [
                ("SeLoger", "noreply@seloger.com"),
                (who, "gestion@agence-immo-lyon.fr"),
                ("Leboncoin", "no-reply@leboncoin.fr"),
            ]
        )
        subject = ctx.pick(
            [
                "Votre dossier de location",
                "Visite de l'appartement",
                "Votre candidature pour le logement rue "
                + ctx.pick(["Oberkampf", "de la République", "Victor Hugo"]),
                "Dossier incomplet",
            ]
        )
        core = ctx.pick(
            [
                "nous avons bien reçu votre dossier de location. Le propriétaire l'étudiera avec les autres candidatures.",
                "je vous propose une visite le "
                + date_in(ctx, when, "fr")
                + " à "
                + clock(ctx, when, "fr")
                + ".",
                "votre dossier est incomplet : merci d'ajouter vos trois derniers bulletins de salaire et un avis d'imposition.",
            ]
        )
    else:
        org, addr = ctx.pick(
            [
                ("Funda", "noreply@funda.nl"),
                ("Pararius", "noreply@pararius.nl"),
                (who, "verhuur@makelaardij-west.nl"),
            ]
        )
        subject = ctx.pick(
            [
                "Uitnodiging bezichtiging",
                "Je reactie op de woning",
                "Inschrijving woningcorporatie",
                "Helaas: woning verhuurd",
            ]
        )
        core = ctx.pick(
            [
                "bedankt voor je reactie op de woning. Je bent uitgenodigd voor een bezichtiging op "
                + date_in(ctx, when, "nl")
                + ".",
                "helaas is de woning inmiddels verhuurd aan een andere kandidaat.",
                "stuur ons je werkgeversverklaring en laatste drie loonstroken zodat we je aanvraag kunnen beoordelen.",
            ]
        )
    text = body(hello_in(ctx, lang), core)
    return Draft(
        subject,
        text,
        org,
        addr,
        greet=False,
        sign=bye_in(ctx, lang, who if ctx.chance(0.5) else org),
        lang=lang,
    )


@family("ze_ng_university_application_i18n", "not_job", n=ZE_N)
def _uni(ctx: Ctx) -> Draft:
    lang = ctx.pick(["de", "fr", "es", "it", "pt", "en"])
    table = {
        "de": (
            "Studierendensekretariat",
            "bewerbung@studium.uni-nordstadt.de",
            [
                "Ihre Bewerbung um einen Studienplatz",
                "Zulassungsbescheid Master Informatik",
                "Eingang Ihrer Bewerbung (uni-assist)",
            ],
            [
                "Ihre Bewerbung für den Masterstudiengang ist vollständig eingegangen.",
                "wir freuen uns, Ihnen mitteilen zu können, dass Sie zum Studium zugelassen sind.",
                "leider können wir Ihnen keinen Studienplatz anbieten.",
            ],
        ),
        "fr": (
            "Parcoursup / Admissions",
            "noreply@parcoursup.fr",
            [
                "Réponse à votre candidature en master",
                "Votre vœu a reçu une proposition d'admission",
                "Entretien de sélection - Master",
            ],
            [
                "votre candidature en master a été retenue pour un entretien de sélection.",
                "vous avez reçu une proposition d'admission.",
                "nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
            ],
        ),
        "es": (
            "Universidad - Admisiones",
            "admisiones@unimadrid-centro.es",
            ["Resolución de admisión", "Su solicitud de admisión al máster"],
            [
                "nos complace comunicarle que ha sido admitido/a en el máster.",
                "su solicitud de preinscripción ha sido recibida correctamente.",
            ],
        ),
        "it": (
            "Segreteria Studenti",
            "segreteria@uni-lombardia.it",
            ["Esito domanda di ammissione", "Graduatoria corso di laurea magistrale"],
            [
                "la tua domanda di ammissione è stata valutata positivamente.",
                "è stata pubblicata la graduatoria del corso di laurea magistrale.",
            ],
        ),
        "pt": (
            "Candidaturas - Universidade",
            "candidaturas@ulisboa.pt",
            ["Resultado da candidatura ao mestrado", "Candidatura submetida com sucesso"],
            [
                "a sua candidatura ao mestrado foi aceite.",
                "confirmamos a submissão da sua candidatura.",
            ],
        ),
        "en": (
            "UCAS",
            "noreply@ucas.com",
            [
                "There's been a change to your application",
                "Your UCAS application decision",
                "Interview invitation from your university choice",
            ],
            [
                "One of your universities has updated your application. Sign in to Track to see the decision.",
                "Your university choice would like to invite you to an interview day.",
                "Congratulations - you have an unconditional offer.",
            ],
        ),
    }
    org, addr, subjects, lines = table[lang]
    greeting = hello_in(ctx, lang) if lang != "en" else neg_hello(ctx)
    text = body(
        greeting, ctx.pick(lines), opt(ctx, 0.5, "Portal: " + ctx.url(addr.split("@")[1], "portal"))
    )
    sign = bye_in(ctx, lang, org) if lang != "en" else neg_sign(ctx, org)
    return Draft(ctx.pick(subjects), text, org, addr, greet=False, sign=sign, lang=lang)


@family("ze_ng_dating_social_matches", "not_job", n=ZE_N)
def _dating(ctx: Ctx) -> Draft:
    lang = ctx.pick(["en", "en", "en", "fr", "de", "es"])
    app, host = ctx.pick(
        [
            ("Hinge", "hinge.co"),
            ("Bumble", "bumble.com"),
            ("Tinder", "gotinder.com"),
            ("Meetup", "meetup.com"),
            ("Bumble BFF", "bumble.com"),
            ("Timeleft", "timeleft.com"),
        ]
    )
    name = ctx.person_first
    lines = {
        "en": (
            [
                "You have a new match! 💛",
                f"{name} liked you",
                f"{name} sent you a message",
                "Your dinner on Wednesday is confirmed",
                f"You and {name} matched",
                "New members near you",
            ],
            [
                f"It's a match! You and {name} liked each other. Don't keep them waiting - say hi.",
                f"{name} wants to meet you. Reply before your match expires in 24 hours.",
                "Your table for Wednesday's dinner with 5 strangers is confirmed. Location revealed on the day.",
                f"{name} is interested in your profile. See who else liked you with Premium.",
            ],
        ),
        "fr": (
            ["Vous avez un nouveau match !", f"{name} vous a envoyé un message"],
            [
                f"C'est un match ! Vous et {name} vous êtes plu. Envoyez le premier message.",
                "Votre dîner de mercredi est confirmé.",
            ],
        ),
        "de": (
            [f"Neues Match mit {name}!", "Du hast eine neue Nachricht"],
            [
                f"Ihr habt ein Match! Schreib {name} jetzt eine Nachricht.",
                "Jemand hat dein Profil geliked.",
            ],
        ),
        "es": (
            ["¡Tienes un nuevo match!", f"{name} te ha escrito"],
            [
                f"¡Es un match! A ti y a {name} os gustáis. Rompe el hielo.",
                "Alguien ha visitado tu perfil.",
            ],
        ),
    }
    subjects, texts = lines[lang]
    text = body(ctx.pick(texts), "Open " + app + ": " + ctx.url(host, "app"), unsub(ctx, host))
    return Draft(
        ctx.pick(subjects),
        text,
        app,
        ctx.pick(["no-reply@", "hello@", "notifications@"]) + host,
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
        lang=lang,
    )


@family("ze_ng_friend_job_news", "not_job", n=ZE_N)
def _friend(ctx: Ctx) -> Draft:
    friend = ctx.person_first
    fdom = ctx.pick(
        ["gmail.com", "icloud.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "gmx.de"]
    )
    addr = f"{ctx.person_first.lower().encode('ascii', 'ignore').decode()}.{ctx.person_last.lower().encode('ascii', 'ignore').decode().replace(chr(39), '')}{ctx.num(1, 99)}@{fdom}"
    new_co = ctx.pick(
        [
            "a fintech in Berlin",
            "the hospital downtown",
            "Figma",
            "a tiny startup",
            "the city council",
            "a design agency",
            "my old uni",
        ]
    )
    subject = ctx.pick(
        [
            "news!!",
            "guess what",
            "Re: catching up",
            "big update",
            "new job 🎉",
            "drinks friday?",
            "Quick question",
            "Update",
        ]
    )
    text = body(
        ctx.pick(["Hey {first}!", "{first}!!", "Hiya,", ""]),
        ctx.pick(
            [
                f"So I finally got the offer from {new_co} - I start in March! Had four interviews and a take-home, honestly brutal but worth it.",
                f"I handed in my notice today 😅 Moving to {new_co}. Leaving drinks on Friday, you have to come.",
                f"Got rejected from {new_co} after the final round, which sucks. Anyway, are we still on for the weekend?",
                f"Quick one - my team at {new_co} is hiring, do you know anyone good for a {ctx.pick(['designer', 'backend', 'ops', 'nurse'])} role? Not for you obviously, you love your job ha.",
                f"Mum says you're doing well at work! I'm interviewing at {new_co} next week, any tips?",
            ]
        ),
        ctx.pick(
            [
                "Love, " + friend,
                friend,
                "xx " + friend,
                "- " + friend[0],
                friend + "\n\n" + mobile(ctx, 1.0),
            ]
        ),
    )
    quote = (
        "How's everything? We should catch up soon!\n{first}".replace("{first}", ctx.cand_first)
        if subject.startswith("Re:")
        else ""
    )
    return Draft(
        subject, ctx.fill(text), ctx.person, addr, greet=False, sign="", quote=quote, form="plain"
    )
