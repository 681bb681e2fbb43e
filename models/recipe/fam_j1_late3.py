"""Template families (session 10, helper J1), continued from fam_j1_late2.py (fam_j1_late.py
had grown past the 600-line limit): the chores around an application: security vetting forms, a
civil-service eligibility list, "referred to the hiring manager", a German request for
referees, a Spanish background certificate, candidate surveys in Dutch, German and French, a
courier platform's onboarding and Japanese pre-joining paperwork. Its name sorts right after
fam_j1_late2.py (corpus.py imports fam_*.py in name order), so its families keep their place in
the registry and the corpus stays byte-identical.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import bye, day, de_hi, hi, j1, join, move, staff
from kit import Ctx, Draft
from vocab import Company
from zf_kit import do_not_reply, privacy, weekday_future

# --- other job mail --------------------------------------------------------------------


@j1("j1_oj_security_vetting_forms", "other_job")
def vetting(ctx: Ctx) -> Draft:
    """After an offer, a vetting unit asks the candidate to complete security clearance forms."""
    move(ctx, "uk_civil")
    level = ctx.pick(
        [
            "Baseline Personnel Security Standard (BPSS)",
            "Security Check (SC)",
            "Counter Terrorist Check (CTC)",
            "Non-Police Personnel Vetting (NPPV) Level 2",
            "Recruitment Vetting (RV)",
        ]
    )
    due = weekday_future(ctx, 5, 14)
    text = join(
        ctx.para(
            "As part of your pre-employment checks for the {title} post, you are required to obtain "
            + level
            + " clearance.",
            "Following your acceptance of our offer for {title}, the Vetting Unit at {co} will now carry out your "
            + level
            + " check.",
            "Your security vetting application has been initiated.",
        ),
        ctx.para(
            "Please log in to the vetting portal and complete the online questionnaire by "
            + day(ctx, due, "en")
            + ". You will need details of your addresses, employment and finances for the last 5 years.",
            "Please complete the attached vetting forms and return them, with copies of two forms of ID, by "
            + day(ctx, due, "en")
            + ".",
            "You'll receive a separate email from United Kingdom Security Vetting (UKSV) with your login details. Please complete the form within 10 working days.",
        ),
        ctx.para(
            "Clearance typically takes 4-8 weeks. We'll confirm your start date once it is granted.",
            "Please do not share your login details. If you have questions, contact the Vetting Unit.",
            "",
        ),
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Vetting Unit"), ctx.fill("vetting@{domain}")),
            ("UKSV", "no-reply@uksv.gov.example"),
            (ctx.fill("{co} Pre-Employment"), ctx.fill("preemployment@{domain}")),
        ]
    )
    subject = ctx.para(
        "Security vetting - action required",
        "Pre-employment checks: security clearance",
        "Vetting forms - {title}",
        "Your " + level.split(" (")[0] + " application",
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        sign=ctx.fill("[Kind regards,|Regards,]\n[Vetting Unit|Pre-Employment Checks Team]\n{co}"),
    )


@j1("j1_oj_eligibility_list_rank", "other_job")
def eligibility(ctx: Ctx) -> Draft:
    """A US public employer: the exam is scored and the applicant is placed on an eligibility list."""
    move(ctx, "us_public")
    rank = ctx.num(2, 40)
    text = join(
        ctx.para(
            "Thank you for participating in the examination process for {title} (Exam #{req}).",
            "Your application for {title} has been reviewed and scored.",
            "This notice is to inform you of your status for the {title} recruitment (Exam #{req}).",
        ),
        f"Final score: {ctx.num(70, 98)}.{ctx.num(0, 99):02d}\nRank on eligible list: {rank}\nList expires: "
        + ctx.pick(["6 months from establishment", "12 months from establishment", "one year"]),
        ctx.para(
            "Your name has been placed on the eligible list. Hiring departments may contact candidates from this list for interviews as vacancies occur.",
            "You are eligible for referral to hiring departments. Being on the list does not guarantee an interview or a job offer.",
            "Candidates are referred in rank order (Rule of Three). If you are contacted for an interview, please respond promptly.",
        ),
        ctx.pick(
            [
                "You can view your application status at any time in your governmentjobs.com account.",
                "If you believe there is an error in your score, you may request a review within 7 calendar days.",
                "",
            ]
        ),
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Human Resources"), "noreply@governmentjobs.com"),
            (ctx.fill("{co} Civil Service Commission"), ctx.fill("civilservice@{domain}")),
            (ctx.fill("{co} Personnel"), ctx.fill("hr@{domain}")),
        ]
    )
    subject = ctx.para(
        "Eligibility notice - {title}",
        "Notice of examination results",
        "Your status: {title} (Exam #{req})",
        "Eligible list placement",
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        sign=ctx.fill(
            "[Sincerely,|Regards,]\n[Human Resources Department|Civil Service Commission]\n{co}"
        ),
        bulk=True,
    )


@j1("j1_oj_referred_to_hiring_manager", "other_job")
def referred(ctx: Ctx) -> Draft:
    """A government jobs portal says the application was referred to the hiring manager (no outcome)."""
    move(ctx, "us_public")
    text = join(
        ctx.para(
            "Your application for the position of {title}, announcement number {req}, has been referred to the hiring manager for further consideration.",
            "Status update for {title} ({req}): Referred.",
            "The application you submitted for {title} with {co} has been reviewed. You have been found qualified and your application has been forwarded to the selecting official.",
        ),
        ctx.para(
            "The hiring manager may contact you directly to schedule an interview. Being referred does not mean you have been selected.",
            "Please allow several weeks for the hiring manager to review applications. You will be notified once a final selection is made.",
            "No further action is required at this time. You can track your application status by signing in to your account.",
        ),
        ctx.pick([do_not_reply(ctx), ""]),
    )
    name, addr = ctx.pick(
        [
            ("State Jobs Portal", "no-reply@jobs.state.example"),
            (ctx.fill("{co}"), "noreply@governmentjobs.com"),
            (ctx.fill("{co} Talent Acquisition"), ctx.fill("noreply@{slug}.csod.com")),
        ]
    )
    subject = ctx.para(
        "Application status update: {title}",
        "Your application has been referred",
        "{req} - Referred to hiring manager",
        "Application update from {co}",
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        sign=ctx.fill("[Thank you,|Regards,]\n{co} Human Resources"),
        bulk=True,
    )


@j1("j1_oj_de_referenzen_anfrage", "other_job", lang="de")
def de_referenzen(ctx: Ctx) -> Draft:
    """A German employer asks the candidate for referees before deciding (no outcome yet)."""
    move(ctx, "de")
    du = ctx.chance(0.4)
    text = join(
        de_hi(ctx, du),
        ctx.fill(
            ctx.pick(
                [
                    "danke nochmal für das gute Gespräch! Bevor wir eine finale Entscheidung für die Position {title} treffen, würden wir gern zwei Referenzen einholen.",
                    "wir sind fast am Ende des Auswahlprozesses für {title}. Kannst du uns noch zwei Referenzgeber*innen nennen?",
                ]
                if du
                else [
                    "vielen Dank für Ihr Interesse an der Position {title}. Im Rahmen unseres Auswahlverfahrens bitten wir Sie um die Kontaktdaten von zwei Referenzgebern.",
                    "für den weiteren Prozess ({title}) benötigen wir noch Referenzen aus Ihren letzten Beschäftigungsverhältnissen.",
                ]
            )
        ),
        ctx.fill(
            ctx.pick(
                [
                    "Am besten ehemalige Vorgesetzte - Name, Funktion, Telefonnummer und E-Mail reichen. Wir melden uns natürlich erst nach deinem OK bei ihnen.",
                    "Bitte schick uns die Kontakte bis [Freitag|Mittwoch], dann können wir zügig weitermachen.",
                ]
                if du
                else [
                    "Bitte teilen Sie uns Name, Position, Telefonnummer und E-Mail-Adresse mit. Wir kontaktieren die Referenzgeber selbstverständlich nur mit Ihrem Einverständnis.",
                    "Zusätzlich bitten wir um Kopien Ihrer letzten Arbeitszeugnisse, falls noch nicht eingereicht.",
                ]
            )
        ),
        bye(
            ctx, "de", ctx.pick(["{person}\nHR | {co}", "{person}\nTalent Acquisition", "{pfirst}"])
        ),
    )
    subject = ctx.para(
        "Referenzen - {title}",
        "Bitte um Referenzen",
        "Ihre Bewerbung: Referenzen und Zeugnisse",
        "Kurze Bitte: Referenzkontakte",
    )
    return Draft(subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="de")


@j1("j1_oj_es_certificado_antecedentes", "other_job", lang="es")
def es_certificado(ctx: Ctx) -> Draft:
    """A Spanish employer asks for the background certificates and documents before the contract."""
    move(ctx, "es")
    doc = ctx.pick(
        [
            "el Certificado de Delitos de Naturaleza Sexual",
            "el certificado de antecedentes penales",
            "el título compulsado y el número de colegiado/a",
        ]
    )
    text = join(
        hi(ctx, "es"),
        ctx.para(
            "Para continuar con tu incorporación como {title}, necesitamos que nos envíes la siguiente documentación:",
            "Antes de formalizar el contrato para el puesto de {title}, te pedimos la siguiente documentación:",
            "Como parte del proceso de selección de {co}, es obligatorio presentar:",
        ),
        "- "
        + doc
        + "\n- copia del DNI/NIE\n- número de la Seguridad Social\n- "
        + ctx.pick(["cuenta bancaria (IBAN)", "foto tamaño carné", "titulación"]),
        ctx.para(
            "El certificado se puede solicitar online en la sede electrónica del Ministerio de Justicia con certificado digital o Cl@ve.",
            "Puedes subirlo al portal del candidato o responder a este correo con los documentos adjuntos.",
            "Por favor, envíalo antes del [viernes|día 15|lunes] para no retrasar tu alta.",
        ),
        bye(
            ctx,
            "es",
            ctx.pick(["{person}\nRRHH | {co}", "Departamento de Personas\n{co}", "{pfirst}"]),
        ),
    )
    subject = ctx.para(
        "Documentación pendiente - {title}",
        "Certificado y documentación para tu incorporación",
        "Proceso de selección: documentos necesarios",
        "Documentación {co}",
    )
    return Draft(subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="es")


@j1("j1_oj_candidate_survey_i18n", "other_job")
def survey_i18n(ctx: Ctx) -> Draft:
    """A candidate-experience survey after an interview, in Dutch, German or French."""
    lang = ctx.pick(["nl", "de", "fr"])
    move(ctx, lang)
    link = ctx.url(
        ctx.pick(
            [
                "survey.survale.com",
                "candidate.starred.com",
                "feedback.greenhouse.io",
                "app.qualtrics.com",
            ]
        ),
        "s",
    )
    paras = {
        "nl": [
            "Bedankt voor je sollicitatie bij {co} voor de functie {title}. We horen graag hoe je het sollicitatieproces hebt ervaren.",
            "Het invullen van de korte vragenlijst duurt ongeveer 2 minuten. Je antwoorden zijn anoniem en hebben geen invloed op je sollicitatie.",
            "Hoe waarschijnlijk is het dat je {co} als werkgever aanbeveelt aan een vriend? "
            + link,
        ],
        "de": [
            "vielen Dank, dass Sie sich bei {co} als {title} beworben haben. Wie haben Sie unseren Bewerbungsprozess erlebt?",
            "Die Umfrage dauert nur 2 Minuten und ist anonym. Ihre Antworten haben keinen Einfluss auf Ihre Bewerbung.",
            "Zur Umfrage: " + link,
        ],
        "fr": [
            "Merci d'avoir postulé chez {co} pour le poste de {title}. Votre avis sur notre processus de recrutement nous intéresse.",
            "Ce questionnaire ne prend que 2 minutes. Vos réponses sont anonymes et n'ont aucun impact sur votre candidature.",
            "Répondre au questionnaire : " + link,
        ],
    }[lang]
    text = join(
        hi(ctx, lang),
        *(ctx.fill(p) for p in paras),
        bye(ctx, lang, ctx.pick(["Team Recruitment {co}", "{co} Talent Acquisition", "{co}"])),
    )
    subject = {
        "nl": [
            "Hoe was je sollicitatie bij {co}?",
            "Jouw mening telt - korte vragenlijst",
            "Feedback over je sollicitatieproces",
        ],
        "de": [
            "Wie war Ihr Bewerbungsprozess?",
            "Ihr Feedback zu Ihrer Bewerbung bei {co}",
            "2 Minuten für uns?",
        ],
        "fr": [
            "Votre avis sur notre processus de recrutement",
            "Comment s'est passée votre candidature chez {co} ?",
            "Questionnaire candidat",
        ],
    }[lang]
    foot = privacy(ctx, ctx.legal, ctx.domain, lang) if ctx.chance(0.4) else ""
    return Draft(
        ctx.para(*subject),
        text,
        ctx.fill("{co} Recruitment"),
        ctx.fill("no-reply@{domain}"),
        greet=False,
        sign="",
        footer=foot,
        lang=lang,
        bulk=True,
    )


@j1("j1_oj_courier_platform_onboarding", "other_job")
def courier_onboarding(ctx: Ctx) -> Draft:
    """A delivery platform's onboarding steps for a driver who applied (documents, video, kit)."""
    brand, host = ctx.pick(
        [
            ("Parcelway Flex", "parcelway.example"),
            ("Swiftline Couriers", "swiftline.example"),
            ("Falcon Freight Drivers", "falconfreight.com"),
            ("Sparrow Logistics", "sparrowlogistics.com"),
        ]
    )
    ctx._co = Company(brand, host, brand)
    ctx._title = ctx.pick(
        ["Delivery Driver", "Courier (own vehicle)", "Multi-drop Van Driver", "Delivery Partner"]
    )
    steps = ctx.pick(
        [
            "1. Upload your driving licence and proof of insurance\n2. Complete the background check consent\n3. Watch the 20-minute safety video",
            "1. Verify your identity\n2. Add your vehicle details\n3. Book your kit collection",
            "1. Right-to-work check\n2. DVLA licence code\n3. Bank details for weekly payments",
        ]
    )
    text = join(
        ctx.para(
            "Thanks for applying to drive with {co}! You're almost there - finish these steps to activate your account:",
            "Your {title} application with {co} is in progress. A few things are still missing:",
            "Welcome! Before you can book your first block, please complete your onboarding.",
        ),
        steps,
        ctx.para(
            "Most drivers finish in under 30 minutes. Open the app to continue.",
            "Spots in your area fill fast, so don't leave it too long.",
            "Need help? Visit our Driver Support centre.",
        ),
    )
    subject = ctx.para(
        "Finish your onboarding",
        "{co}: 2 steps left",
        "Action needed on your driver application",
        "Complete your profile to start delivering",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co}"),
        ctx.fill("no-reply@{domain}"),
        sign=ctx.fill("The {co} team"),
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@j1("j1_oj_ja_nyusha_shorui", "other_job", lang="ja")
def ja_shorui(ctx: Ctx) -> Draft:
    """A Japanese employer asks a future hire to send the pre-joining paperwork."""
    move(ctx, "ja")
    due = weekday_future(ctx, 5, 15)
    text = join(
        ctx.fill("{last} 様"),
        ctx.fill("お世話になっております。{co} 人事部です。"),
        ctx.para(
            "ご入社に向けて、下記の書類のご提出をお願いいたします。",
            "入社手続きに必要な書類についてご案内いたします。",
        ),
        "・"
        + ctx.pick(["年金手帳（基礎年金番号通知書）", "雇用保険被保険者証"])
        + "\n・源泉徴収票（前職分）\n・マイナンバー確認書類\n・"
        + ctx.pick(["健康診断書", "給与振込口座届", "身元保証書"]),
        "提出期限：" + day(ctx, due, "ja"),
        ctx.pick(
            [
                "書類は郵送または入社手続きシステムからアップロードしてください。",
                "ご不明な点がございましたら、お気軽にお問い合わせください。",
            ]
        ),
        ctx.fill("{co}\n人事部 入社手続き担当"),
    )
    subject = ctx.para("【{co}】入社書類ご提出のお願い", "入社手続きのご案内", "ご提出書類について")
    return Draft(
        subject,
        text,
        ctx.fill("{co} 人事部"),
        ctx.fill("jinji@{domain}"),
        greet=False,
        sign="",
        lang="ja",
    )
