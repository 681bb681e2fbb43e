"""Not-job mail, session 12: PEOPLE write to the reader because the reader hires.

Agencies invoice or shortlist for the reader as their client, HR asks the reader for a reference
letter about a leaver, a recruiter books an intake for the reader's new opening, people answer
the reader's own small ad for a shop or a restaurant, freelancers pitch the reader's project,
campus teams brief the staff of a career-fair booth, a colleague wants to swap an interview
slot, a friend forwards a nephew's CV. The reader is manager, client, owner or interviewer;
somebody else is the candidate.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from h1_kit import H1_N, form, mail, mine, other, private, when
from kit import Ctx, Draft, ascii_word, family


@family("h5_uk_agency_placement_fee_invoice", "not_job", lang="en_gb", n=H1_N)
def uk_agency_placement_fee_invoice(ctx: Ctx) -> Draft:
    cand = other(ctx)
    firm = ctx.pick(
        ["Harnham", "Hays", "Reed", "Hudson Shribman", "Oakleaf Partnership", "Sammons Recruitment"]
    )
    host = firm.lower().replace(" ", "") + ".co.uk"
    kind = ctx.pick(["invoice", "chase", "rebate"])
    fee = ctx.num(6, 18) * 1000 + ctx.pick([0, 250, 500])
    paras = {
        "invoice": [
            f"Please find attached our invoice INV-{ctx.num(10000, 99999)} for the placement of {cand} as {{title}}, who started with you on {ctx.day_phrase()}.",
            f"Fee: £{fee:,} + VAT ([18|20|22]% of first-year base salary), payable within 30 days as per our Terms of Business.",
        ],
        "chase": [
            f"Just a gentle nudge on invoice INV-{ctx.num(10000, 99999)} (placement of {cand}), which is now [14|21|30] days overdue.",
            "Could you let me know if it's been passed to your accounts team, or if you need a PO number adding?",
        ],
        "rebate": [
            f"Sorry to hear that {cand} has left within the rebate period.",
            "As per our terms, you're entitled to a [50|75]% rebate of the fee, or we can run a free replacement search for the {title} role. Let me know which you'd prefer.",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "invoice": [
                "Invoice - placement of " + cand,
                f"{firm} invoice INV attached",
                "Placement fee: {title}",
            ],
            "chase": [
                "Outstanding invoice",
                "Re: Invoice - placement of " + cand,
                "Payment reminder",
            ],
            "rebate": ["Re: " + cand + " - leaving", "Rebate / replacement options"],
        }[kind],
        paras,
        ("{person} | " + firm, mine(ctx, host)),
        "{person}\n[Accounts|Principal Consultant|Director] | "
        + firm
        + "\n[0161|020|0113] [496|555|743] [0210|3921|7776]",
        lang="en_gb",
        greet_p=0.95,
        form=form(ctx, "plain", "alt"),
        footer=ctx.pick(
            [
                "",
                f"{firm} Ltd is acting as an employment agency. Registered in England No. {ctx.num(1000000, 9999999)}.",
            ]
        ),
    )


@family("h5_fr_cabinet_shortlist_client", "not_job", lang="fr", n=H1_N)
def fr_cabinet_shortlist_client(ctx: Ctx) -> Draft:
    firm = ctx.pick(
        [
            "Michael Page",
            "Hays",
            "Fed Finance",
            "Robert Walters",
            "Cabinet Laurent & Associés",
            "Approach People",
        ]
    )
    a, b, c = other(ctx), other(ctx), other(ctx)
    kind = ctx.pick(["shortlist", "debrief", "relance"])
    paras = {
        "shortlist": [
            "Suite à notre point de lancement, voici la shortlist pour votre poste de {title} :",
            f"- {a} : [8|10|12] ans d'expérience, disponible sous 3 mois, package souhaité [55|60|68] k€\n- {b} : [5|6|7] ans d'expérience, en poste, ouvert(e) à la discussion\n- {c} : profil plus junior mais très motivé(e)",
            "Les dossiers de compétences sont en pièce jointe. Dites-moi qui vous souhaitez rencontrer.",
        ],
        "debrief": [
            f"Merci pour vos retours après les entretiens de [mardi|jeudi|ce matin]. J'ai fait un débrief avec {a}, qui est très enthousiaste à l'idée de rejoindre votre équipe.",
            "Je vous propose de caler un deuxième entretien avec votre N+1 la semaine prochaine. Quelles sont vos disponibilités ?",
        ],
        "relance": [
            f"Je me permets de revenir vers vous concernant {b}. Il/elle a une autre proposition en cours et doit répondre d'ici [vendredi|lundi].",
            "Pouvez-vous me dire si vous souhaitez avancer ?",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "shortlist": [
                "Shortlist - {title}",
                "Candidats pour votre poste {title}",
                "Présentation de candidats",
            ],
            "debrief": ["Re: Entretiens {title}", "Débrief entretiens"],
            "relance": ["Re: Shortlist - {title}", "Candidat(e) " + b + " - retour ?"],
        }[kind],
        paras,
        ("{person} - " + firm, mine(ctx, ascii_word(firm) + ".fr")),
        "{person}\n[Consultant(e) senior|Manager exécutif|Associé(e)] - " + firm,
        lang="fr",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h5_it_agenzia_somministrazione_cliente", "not_job", lang="it", n=H1_N)
def it_agenzia_somministrazione_cliente(ctx: Ctx) -> Draft:
    firm = ctx.pick(["Randstad", "Gi Group", "Adecco", "Umana", "Openjobmetis", "Manpower"])
    a, b = other(ctx), other(ctx)
    kind = ctx.pick(["profili", "inizio", "proroga"])
    paras = {
        "profili": [
            f"come da vostra richiesta di personale per [2|3|4] {{title}} presso la vostra sede di [Bologna|Verona|Brescia|Torino], vi inviamo in allegato i profili di {a} e {b}.",
            "Entrambi sono disponibili da lunedì e hanno già fatto il corso sicurezza. Attendiamo un vostro riscontro per organizzare i colloqui conoscitivi.",
        ],
        "inizio": [
            f"vi confermiamo che {a} inizierà la missione presso di voi lunedì alle [8:00|8:30|9:00]. Vi chiediamo di indicarci il referente che lo/la accoglierà.",
            "Ricordiamo che le ore vanno registrate sul portale clienti entro il venerdì.",
        ],
        "proroga": [
            f"il contratto di somministrazione di {b} scade a fine mese. Volete prorogarlo di [3|6] mesi o valutare un inserimento diretto?",
            "Restiamo a disposizione per un confronto telefonico.",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "profili": [
                "Profili per la vostra richiesta - {title}",
                "Candidature selezionate per voi",
                "Rif. vostra richiesta di personale",
            ],
            "inizio": ["Conferma inizio missione " + a, "Inizio somministrazione lunedì"],
            "proroga": ["Scadenza contratto " + b, "Proroga missione - " + b],
        }[kind],
        paras,
        (f"{{person}} - {firm}", mine(ctx, firm.lower().replace(" ", "") + ".it")),
        "{person}\n[Account manager|Consulente filiale di {city}|Responsabile di filiale] - "
        + firm,
        lang="it",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h5_sv_referenstagning_tidigare_medarbetare", "not_job", lang="sv", n=H1_N)
def sv_referenstagning_tidigare_medarbetare(ctx: Ctx) -> Draft:
    cand = other(ctx)
    kind = ctx.pick(["fraga", "tack", "tid"])
    paras = {
        "fraga": [
            f"jag arbetar med en rekrytering till {{co}} och {cand} har angett dig som referens från tiden då hen rapporterade till dig.",
            "Skulle du ha möjlighet att prata en kvart i telefon någon gång den här veckan? Frågorna handlar om samarbete, ansvarstagande och utvecklingsområden.",
        ],
        "tack": [
            f"Stort tack för att du tog dig tid att lämna referens om {cand} i går. Dina synpunkter var mycket värdefulla.",
            "Vi återkommer inte med något mer, men ville bara tacka.",
        ],
        "tid": [
            f"Passar det att jag ringer dig {when(ctx, 'sv')} angående referensen för {cand}?",
            "Annars föreslå gärna en annan tid som passar dig.",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "fraga": [
                "Referenstagning - " + cand,
                "Förfrågan om referens",
                "Du är angiven som referens",
            ],
            "tack": ["Tack för referensen", "Re: Referenstagning - " + cand],
            "tid": ["Tid för referenssamtal?", "Re: Förfrågan om referens"],
        }[kind],
        paras,
        ("{person}", mine(ctx, ctx.pick(["{domain}", "rekryteringspartner.se", "talentum.se"]))),
        "{person}\n[Rekryteringskonsult|HR-specialist|Researcher]",
        lang="sv",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h5_de_arbeitszeugnis_fuer_mitarbeiter", "not_job", lang="de", n=H1_N)
def de_arbeitszeugnis_fuer_mitarbeiter(ctx: Ctx) -> Draft:
    cand = other(ctx)
    kind = ctx.pick(["bitte", "entwurf", "frist"])
    paras = {
        "bitte": [
            f"{cand} verlässt uns zum Monatsende und hat ein qualifiziertes Arbeitszeugnis angefordert. Da {cand.split()[0]} in Ihrem Team war, bitte ich Sie um eine kurze Einschätzung zu Leistung und Verhalten.",
            "Den Beurteilungsbogen finden Sie im Anhang. Eine Rückmeldung bis [Freitag|nächsten Mittwoch] wäre toll.",
        ],
        "entwurf": [
            f"anbei der Entwurf des Zwischenzeugnisses für {cand}. Könnten Sie bitte die Aufgabenbeschreibung prüfen und ggf. ergänzen?",
            "Die Schlussformel habe ich wie besprochen formuliert („... stets zu unserer vollsten Zufriedenheit“).",
        ],
        "frist": [
            f"kurze Erinnerung: das Zeugnis für {cand} ist noch offen. Rechtlich sollten wir es zeitnah ausstellen.",
            "Falls Sie Unterstützung brauchen, rufen Sie mich gern an.",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "bitte": [
                "Arbeitszeugnis " + cand + " - Ihre Einschätzung",
                "Bitte um Zuarbeit: Arbeitszeugnis",
            ],
            "entwurf": ["Entwurf Zwischenzeugnis " + cand, "AW: Zeugnis " + cand],
            "frist": [
                "Erinnerung: Arbeitszeugnis " + cand,
                "AW: Bitte um Zuarbeit: Arbeitszeugnis",
            ],
        }[kind],
        paras,
        ("{person}", mine(ctx, ctx.domain)),
        "{person}\n[HR Business Partner|Personalreferent/in|Personalabteilung] | {co}",
        lang="de",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h5_es_movilidad_interna_responsable", "not_job", lang="es", n=H1_N)
def es_movilidad_interna_responsable(ctx: Ctx) -> Draft:
    a, b = other(ctx), other(ctx)
    n = ctx.num(2, 7)
    kind = ctx.pick(["candidatos", "aviso", "publicada"])
    paras = {
        "candidatos": [
            f"la vacante interna de {{title}} que gestionas ha recibido {n} candidaturas de compañeros, entre ellas {a} (área de [Operaciones|Ventas|Finanzas]) y {b}.",
            "Antes de entrevistarles, recuerda avisar a sus responsables actuales, tal como indica la política de movilidad interna.",
        ],
        "aviso": [
            f"te informo de que {a}, de tu equipo, se ha inscrito en una vacante interna en otro departamento. No tienes que hacer nada; solo queríamos que lo supieras antes de la entrevista."
        ],
        "publicada": [
            "tu vacante interna «{title}» ya está publicada en la intranet durante [10|15] días naturales. Después podrás abrirla a candidatos externos si no hay perfiles adecuados."
        ],
    }[kind]
    return mail(
        ctx,
        {
            "candidatos": [
                "Candidaturas internas para {title}",
                f"{n} compañeros se han inscrito en tu vacante",
            ],
            "aviso": [
                "Movilidad interna - aviso a responsable",
                "Confidencial: candidatura interna de tu equipo",
            ],
            "publicada": [
                "Vacante interna publicada",
                "Tu vacante «{title}» ya está en la intranet",
            ],
        }[kind],
        paras,
        ("{person}", mine(ctx, ctx.domain))
        if ctx.chance(0.6)
        else ("Talento {co}", "talento@{domain}"),
        "{person}\n[HR Business Partner|Talento y Desarrollo|Personas] - {co}",
        lang="es",
        greet_p=1.0,
        form=form(ctx),
    )


@family("h5_de_kleinanzeige_aushilfe_antworten", "not_job", lang="de", n=H1_N)
def de_kleinanzeige_aushilfe_antworten(ctx: Ctx) -> Draft:
    job = ctx.pick(
        [
            "Aushilfe Bäckerei (Minijob)",
            "Verkäufer/in für unseren Hofladen",
            "Reinigungskraft für Ferienwohnung",
            "Fahrer/in für Lieferungen am Wochenende",
            "Servicekraft Eiscafé",
        ]
    )
    site = ctx.pick(["Kleinanzeigen", "Ihre Anzeige", "Aushang im Laden", "Nebenan.de"])
    return mail(
        ctx,
        [
            f"Anfrage zu Ihrer Anzeige „{job}“",
            f"Re: {job}",
            "Ihre Anzeige - ist die Stelle noch frei?",
            f"Nutzer-Anfrage zu: {job}",
        ],
        [
            ctx.pick(["Hallo,", "Guten Tag,", "Hallo zusammen,", "Moin,"]),
            ctx.pick(
                [
                    f"ich habe Ihre Anzeige „{job}“ gesehen ({site}) und hätte großes Interesse. Ich bin [Studentin|Schüler, 17|Rentner|Mutter von zwei Kindern] und könnte [vormittags|am Wochenende|2-3 Tage die Woche].",
                    "ist die Stelle noch frei? Ich wohne ganz in der Nähe und habe schon in der Gastronomie gearbeitet.",
                    f"meine Tochter würde sich gerne auf Ihre Anzeige „{job}“ melden. Sie ist 16, zuverlässig und sucht etwas für die Sommerferien. Wann könnte sie vorbeikommen?",
                ]
            ),
            "[Wann könnte ich mich bei Ihnen vorstellen?|Sie erreichen mich unter 01[5|7][1|6]-[2|4|8][3|5|9]6[0|7]4[1|2]8.|Ich kann auch gerne mal zum Probearbeiten kommen.|]",
        ],
        private(ctx),
        "{pfirst}",
        lang="de",
        greet_p=0.0,
        form="plain",
    )


@family("h5_es_restaurante_respuestas_anuncio_camarero", "not_job", lang="es", n=H1_N)
def es_restaurante_respuestas_anuncio_camarero(ctx: Ctx) -> Draft:
    job = ctx.pick(
        [
            "camarero/a",
            "ayudante de cocina",
            "friegaplatos",
            "dependienta para la panadería",
            "monitor de campamento",
        ]
    )
    return mail(
        ctx,
        [
            f"Anuncio {job}",
            f"Interesado en el puesto de {job}",
            f"Re: Se busca {job}",
            "CV para el anuncio",
            "Hola, por lo del anuncio",
        ],
        [
            ctx.pick(["Hola buenas,", "Buenas tardes,", "Hola,", "Buenos días,"]),
            ctx.pick(
                [
                    f"he visto el cartel en la puerta de vuestro local y me gustaría trabajar como {job}. Tengo [2|3|5] años de experiencia en hostelería y disponibilidad total.",
                    f"os escribo por el anuncio de {job} que pusisteis en [Milanuncios|Wallapop|Instagram|el grupo de Facebook del barrio]. Os adjunto mi CV.",
                    f"mi hijo tiene 18 años y está buscando trabajo de {job} para el verano. ¿Todavía buscáis a alguien? Podría pasar a dejar el currículum.",
                ]
            ),
            "[Mi teléfono es 6[1|4|9][2|5|7] [34|58|91] [22|60|77] [10|43|85].|Cualquier cosa me decís.|Puedo empezar cuando queráis.|]",
        ],
        private(ctx),
        "{pfirst}" if ctx.chance(0.6) else "",
        lang="es",
        greet_p=0.0,
        form="plain",
        footer=ctx.pick(["", "", "Enviado desde mi iPhone", "Enviado desde mi Samsung Galaxy"]),
    )


@family("h5_fr_malt_client_projet_freelances", "not_job", lang="fr", n=H1_N)
def fr_malt_client_projet_freelances(ctx: Ctx) -> Draft:
    site, host = ctx.pick(
        [
            ("Malt", "malt.fr"),
            ("Crème de la Crème", "cremedelacreme.io"),
            ("Codeur.com", "codeur.com"),
            ("ComeUp", "comeup.com"),
        ]
    )
    cand = other(ctx)
    n = ctx.num(2, 12)
    kind = ctx.pick(["offres", "message", "devis", "fin"])
    para = {
        "offres": f"Votre projet « [Refonte du site vitrine|Application mobile de réservation|Audit SEO|Traduction de fiches produits] » a reçu {n} propositions de freelances. [{cand} a répondu en moins d'une heure.|Comparez les profils et les tarifs journaliers.]",
        "message": f"{cand} vous a envoyé un message au sujet de votre projet : « Bonjour, je suis disponible dès [lundi|la semaine prochaine] et j'ai réalisé un projet similaire pour [une PME|une start-up]. Pouvons-nous en discuter ? »",
        "devis": f"{cand} vous a envoyé un devis de [1 800|3 200|4 500|650] € HT. Vous pouvez l'accepter ou demander une modification.",
        "fin": f"La mission avec {cand} est terminée. Laissez un avis pour aider les autres clients.",
    }[kind]
    return mail(
        ctx,
        {
            "offres": [
                f"{n} freelances ont répondu à votre projet",
                "Nouvelles propositions pour votre projet",
            ],
            "message": ["Nouveau message de " + cand, f"{cand} vous a écrit sur {site}"],
            "devis": ["Nouveau devis reçu", "Devis de " + cand],
            "fin": ["Laissez un avis sur " + cand, "Votre mission est terminée"],
        }[kind],
        [para, "Voir sur " + site + " : " + ctx.url("www." + host, "client/projets")],
        (site, f"[noreply|notifications]@{host}"),
        "",
        lang="fr",
        greet_p=0.7,
        form=form(ctx, "html", "alt"),
        bulk=True,
        footer=f"Vous recevez cet e-mail car vous avez un compte client sur {site}.",
    )


@family("h5_campus_career_fair_booth_staff", "not_job", n=H1_N)
def campus_career_fair_booth_staff(ctx: Ctx) -> Draft:
    uni = ctx.pick(
        ["Georgia Tech", "UIUC", "Purdue", "UT Austin", "Michigan", "Waterloo", "Northeastern"]
    )
    kind = ctx.pick(["logistics", "volunteers", "recap", "resumes"])
    paras = {
        "logistics": [
            f"Thanks for volunteering to staff our booth at the {uni} career fair on {ctx.day_phrase()}.",
            "Booth #[112|47|B-18], setup from 8:30, doors open at 10. Parking passes are in the shared folder. The banner, swag (stickers, [water bottles|tote bags]) and the QR stand ship to {person}'s hotel.",
            "Dress code: company tee + jeans. Lunch is on us.",
        ],
        "volunteers": [
            f"We still need [2|3] more engineers for the afternoon shift at {uni}. If you can spare 3 hours, add your name to the sheet.",
            "Talking points: our intern program, new-grad roles, and please don't promise anyone an interview on the spot.",
        ],
        "recap": [
            f"Great job at {uni} yesterday! We talked to ~{ctx.num(120, 400)} students and collected {ctx.num(60, 250)} QR sign-ups.",
            "Please tag the students you flagged as strong in the spreadsheet by Friday so recruiting can follow up.",
        ],
        "resumes": [
            f"The resume book from {uni} is in the drive ({ctx.num(80, 300)} PDFs). As booth staff, please review the ones in your bucket and mark Yes/No.",
            "Reminder: these are confidential; don't download them to personal devices.",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "logistics": [
                f"{uni} career fair - booth logistics",
                "Booth staffing: what to know",
                f"[Campus] {uni} fair this week",
            ],
            "volunteers": ["Volunteers needed: career fair booth", f"Re: {uni} booth shifts"],
            "recap": [f"{uni} fair recap + next steps", "Thank you, booth crew!"],
            "resumes": ["Resume book review - your bucket", f"{uni} resume book is ready"],
        }[kind],
        paras,
        ("{person}", mine(ctx, ctx.domain))
        if ctx.chance(0.7)
        else ("{co} University Recruiting", "campus@{domain}"),
        "{person}\n[University Recruiting|Campus Programs Lead|Early Careers] | {co}",
        greet_p=0.8,
        form=form(ctx),
    )


@family("h5_in_placement_cell_to_company_recruiter", "not_job", lang="en_in", n=H1_N)
def in_placement_cell_to_company_recruiter(ctx: Ctx) -> Draft:
    inst = ctx.pick(
        [
            "NIT Trichy",
            "VIT Vellore",
            "PSG College of Technology",
            "IIIT Hyderabad",
            "Manipal Institute of Technology",
            "SRM University",
        ]
    )
    n = ctx.num(60, 400)
    kind = ctx.pick(["slot", "list", "ppt", "offers"])
    para = {
        "slot": f"Greetings from the Training & Placement Cell, {inst}. We are pleased to allot Day [1|2], Slot [1|2|3] to {{co}} for the {ctx.date.year + 1} placement season. Kindly confirm your participation and share the JD and CTC details.",
        "list": f"Please find attached the list of {n} eligible students (CGPA ≥ [6.5|7.0|7.5], no active backlogs) who have registered for your company's drive. The online test link may kindly be shared by [Monday|tomorrow EOD].",
        "ppt": f"This is to confirm the Pre-Placement Talk by your team on {ctx.day_phrase()} at [10:00 AM|2:30 PM] in Seminar Hall [2|A]. A projector and mic will be arranged. Kindly let us know the number of panel members visiting campus.",
        "offers": "We request you to kindly share the final list of selected students and offer letters at the earliest, as students are awaiting to be blocked from further placements.",
    }[kind]
    return mail(
        ctx,
        {
            "slot": [
                f"Campus Placement {ctx.date.year + 1}-{ctx.date.year % 100 + 2} - Slot allotment - {inst}",
                "Invitation for Campus Recruitment Drive",
            ],
            "list": [
                "Registered students list for your drive",
                f"Re: {{co}} drive at {inst} - student list",
            ],
            "ppt": ["Confirmation of Pre-Placement Talk", f"PPT schedule - {inst}"],
            "offers": ["Request for final selects list", "Reg: result of your recruitment drive"],
        }[kind],
        [para],
        (
            "Training & Placement Officer, " + inst,
            "[placement|tpo|placements]@" + inst.split()[0].lower() + ".ac.in",
        ),
        "Dr. {person}\nTraining & Placement Officer\n" + inst,
        lang="en_in",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h5_recruiter_intake_meeting_new_req", "not_job", n=H1_N)
def recruiter_intake_meeting_new_req(ctx: Ctx) -> Draft:
    kind = ctx.pick(["intake", "followup", "calibrate"])
    paras = {
        "intake": [
            "Congrats on getting the {title} req approved! I'll be your recruiter for this one.",
            "Can we do a 30-min intake [this week|on {day}]? I'd like to cover: must-haves vs nice-to-haves, interview loop and who's on it, comp band, and a few target companies.",
            "If you have a doc with the team's current setup, send it over beforehand.",
        ],
        "followup": [
            "Thanks for the intake earlier. Summary:",
            "- Level: [Senior|Staff|Mid]\n- Loop: phone screen (me), technical (you), panel ([3|4] people), values\n- Target start: [Q1|Q2|ASAP]\n- Sourcing: I'll send you [10|15] profiles to calibrate by Friday",
            "Shout if I got anything wrong.",
        ],
        "calibrate": [
            "Here are the first [8|10|12] calibration profiles for your {title} role. Could you give each a quick yes / no / maybe with one line on why?",
            "That'll help me tune the search before I start outreach.",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "intake": [
                "Intake for your {title} role",
                "Kicking off: {title} ({req})",
                "New req - intake meeting?",
            ],
            "followup": ["Re: Intake for your {title} role", "Intake notes: {title}"],
            "calibrate": ["Calibration profiles - {title}", "Re: Intake notes: {title}"],
        }[kind],
        paras,
        ("{person}", mine(ctx, ctx.domain)),
        "{pfirst}\n[Senior Recruiter|Talent Partner|Technical Recruiter], {co}",
        greet_p=0.95,
        form=form(ctx, "plain", "alt"),
    )


@family("h5_au_offer_accepted_manager_prepare", "not_job", lang="en_au", n=H1_N)
def au_offer_accepted_manager_prepare(ctx: Ctx) -> Draft:
    cand = other(ctx)
    kind = ctx.pick(["accepted", "checklist", "declined"])
    paras = {
        "accepted": [
            f"Good news - {cand} has signed the contract for the {{title}} role in your team. Start date is {ctx.day_phrase()}.",
            "Could you please raise the IT request for a laptop and access, and let me know who their buddy will be for the first few weeks?",
        ],
        "checklist": [
            f"Quick reminder that {cand} starts on Monday. Outstanding on your side:",
            "- Welcome email to the team\n- First-week plan\n- Desk/locker at the [Parramatta|Southbank|Fortitude Valley|Perth CBD] office",
            "Payroll and super are sorted on our end.",
        ],
        "declined": [
            f"Bit of bad news, sorry - {cand} has decided not to take up our offer (counter-offer from their current employer).",
            "I've gone back to the silver-medallist from the panel. Are you happy for me to make them a verbal offer at the same package?",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "accepted": ["Offer accepted - " + cand, "Your new starter: " + cand],
            "checklist": ["New starter Monday - checklist", "Re: Offer accepted - " + cand],
            "declined": ["Offer declined - " + cand, "Re: Offer for {title}"],
        }[kind],
        paras,
        ("{person}", mine(ctx, ctx.domain)),
        "{pfirst}\n[People & Culture Advisor|Talent Acquisition|HR Business Partner] | {co}",
        lang="en_au",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h5_pl_agencja_rekrutacyjna_klient", "not_job", lang="pl", n=H1_N)
def pl_agencja_rekrutacyjna_klient(ctx: Ctx) -> Draft:
    firm = ctx.pick(
        ["Hays Poland", "Antal", "Grafton Recruitment", "Randstad Polska", "HRK", "Sedlak & Sedlak"]
    )
    a, b = other(ctx), other(ctx)
    kind = ctx.pick(["kandydaci", "spotkanie", "umowa"])
    paras = {
        "kandydaci": [
            f"zgodnie z ustaleniami przesyłam profile dwóch kandydatów na stanowisko {{title}}: {a} oraz {b}.",
            "Oboje mają [3|5|7] lat doświadczenia i okres wypowiedzenia 1 miesiąc. Proszę o informację, z kim chcieliby Państwo się spotkać.",
        ],
        "spotkanie": [
            f"potwierdzam spotkanie Państwa z kandydatem {a} w {when(ctx, 'pl')} w biurze przy ul. [Marszałkowskiej|Grunwaldzkiej|Piotrkowskiej].",
            "Kandydat prosi o informację, czy na miejscu jest parking.",
        ],
        "umowa": [
            "w załączeniu przesyłam umowę o współpracy rekrutacyjnej dotyczącą stanowiska {title}. Wynagrodzenie agencji: [15|18|20]% rocznego wynagrodzenia brutto, gwarancja 3 miesiące.",
            "Proszę o podpis i odesłanie skanu.",
        ],
    }[kind]
    return mail(
        ctx,
        {
            "kandydaci": ["Kandydaci na stanowisko {title}", "Profile kandydatów - {title}"],
            "spotkanie": [
                "Potwierdzenie spotkania z kandydatem",
                "Re: Kandydaci na stanowisko {title}",
            ],
            "umowa": ["Umowa o współpracy - {title}", "Oferta współpracy rekrutacyjnej"],
        }[kind],
        paras,
        (f"{{person}} | {firm}", mine(ctx, firm.lower().split()[0] + ".pl")),
        "{person}\n[Senior Consultant|Konsultant ds. rekrutacji|Team Leader] | " + firm,
        lang="pl",
        greet_p=1.0,
        form=form(ctx, "plain", "alt"),
    )


@family("h5_uk_colleague_interview_slot_swap", "not_job", lang="en_gb", n=H1_N)
def uk_colleague_interview_slot_swap(ctx: Ctx) -> Draft:
    cand = other(ctx)
    return mail(
        ctx,
        [
            "Swap interview slots?",
            "Quick favour - Thursday interview",
            "Re: Interview panel " + cand,
            "Can you cover my interview?",
            "Interview " + cand + " - clash",
        ],
        [
            ctx.pick(
                [
                    f"I've been pulled into a client call on {when(ctx, 'en_gb')} and I'm down to interview {cand} at the same time. Any chance you could take my slot? I'll do your Friday one in return.",
                    f"Would you mind swapping panels with me? I know {cand} from a previous job so I should probably step out of theirs - conflict of interest and all that.",
                    f"I'm off sick today. Could you possibly sit in on {cand}'s interview at {{time}}? The scorecard template is in the panel folder and HR have the CV.",
                ]
            ),
            "[No worries if not, I'll ask someone else.|Owe you a coffee!|Let me know either way and I'll update the invite.|]",
        ],
        ("{person}", mine(ctx, ctx.domain)),
        "{pfirst}" if ctx.chance(0.6) else "",
        lang="en_gb",
        greet_p=0.9,
        form="plain",
        footer=ctx.pick(["", "", "Sent from Outlook for iOS"]),
    )


@family("h5_fwd_relative_cv_to_manager_friend", "not_job", n=H1_N)
def fwd_relative_cv_to_manager_friend(ctx: Ctx) -> Draft:
    cand = other(ctx)
    rel = ctx.pick(["nephew", "niece", "son", "daughter", "neighbour's kid", "brother-in-law"])
    first, last = (ascii_word(part) for part in cand.split())
    fwd = ""
    if ctx.chance(0.5):
        fwd = f"---------- Forwarded message ---------\nFrom: {cand} <{first}.{last}@gmail.com>\nSubject: CV\n\nHi, here is my CV as discussed. Thanks for asking around!"
    return mail(
        ctx,
        [
            f"Fwd: {cand.split()[0]}'s CV",
            f"my {rel}'s resume",
            "Fwd: resume - any openings on your team?",
            "Favour to ask",
            "Fw: CV",
        ],
        [
            ctx.pick(
                [
                    f"Hope all's well! My {rel} {cand.split()[0]} just finished [college|a bootcamp|their masters] and is looking for something in [marketing|data|software|finance]. Since you manage a team at {{co}}, would you mind having a look at the attached CV and maybe passing it on?",
                    f"Sorry to bother you with this. My {rel} has been applying everywhere without luck. You're the only person I know who actually hires people - any advice on the CV would mean a lot.",
                    f"Forwarding this from my {rel} - they saw your company is hiring. No pressure at all, just if you think they'd fit somewhere.",
                ]
            ),
            "[Thanks so much, drinks on me next time.|Let's catch up soon anyway!|Love to the kids.|]",
            fwd,
        ],
        private(ctx),
        "{pfirst}" if ctx.chance(0.7) else "[x|xx] {pfirst}",
        greet_p=0.9,
        form="plain",
    )
