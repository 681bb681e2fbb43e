"""Hard negatives, session 10: exams, talks, awards and bug reports of people already in work.

A cloud certification's score report ("Congratulations, you passed"), a project-management
certification's application approved or "selected for audit", a German chamber's further-
training exam ("Zulassung", "Prüfungsergebnis"), a Polish meetup's answer to a talk proposal,
bug-bounty triage in English and French, and an industry award entry "shortlisted" by the
judges: results and selections that are not a job search.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from n_kit import MOBILE, at, private
from o3_kit import O3_N, bye, date_x, footer_x, mail, when_x
from zf_kit import weekday_future


@family("o3_cloud_cert_exam_result", "not_job", n=O3_N)
def cloud_cert_exam_result(ctx: Ctx) -> Draft:
    cert, vendor, host = ctx.pick(
        [
            (
                "AWS Certified Solutions Architect - Associate",
                "AWS Training and Certification",
                "aws-certification.example",
            ),
            (
                "Microsoft Certified: Azure Administrator Associate (AZ-104)",
                "Microsoft Learn",
                "learn.microsoft.example",
            ),
            (
                "Google Cloud Professional Data Engineer",
                "Google Cloud Certification",
                "cloud-cert.google.example",
            ),
            (
                "Certified Kubernetes Administrator (CKA)",
                "The Linux Foundation",
                "training.linuxfoundation.example",
            ),
            ("HashiCorp Certified: Terraform Associate", "HashiCorp", "hashicorp-certs.example"),
            ("Salesforce Certified Administrator", "Trailhead", "trailhead.example"),
        ]
    )
    stage = ctx.pick(["pass", "pass", "fail", "booked", "badge", "expiring"])
    score = ctx.num(720, 980)
    paras = {
        "pass": [
            f"Congratulations, you passed! You have successfully completed the {cert} exam with a score of {score}.",
            "Your digital badge will be issued by Credly within 48 hours, and your certificate is available in your certification account. [Share it on your profile to let your network know.|Your certification is valid for three years.]",
        ],
        "fail": [
            f"Thank you for taking the {cert} exam. Unfortunately, you did not achieve a passing score this time (your score: {ctx.num(520, 690)}; passing score: 700).",
            "Your score report shows your performance by domain to help you prepare. You may retake the exam after 14 days; a retake discount voucher has been added to your account.",
        ],
        "booked": [
            f"Your exam appointment is confirmed: {cert}, {when_x(ctx)}, [online proctored|Pearson VUE test centre, {{city}}].",
            "Please check in 30 minutes early with a valid government-issued ID. For online exams, run the system test beforehand.",
        ],
        "badge": [
            f"{vendor} has issued you a new badge: {cert}.",
            "Accept your badge to share it and verify your achievement with employers and peers.",
        ],
        "expiring": [
            f"Your {cert} certification expires on {date_x(ctx, weekday_future(ctx, 20, 60))}.",
            "Renew for free by passing the online renewal assessment in your learning profile.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "pass": [
                "Congratulations! You're now certified",
                f"Your {cert} exam results",
                "Exam result: PASS",
            ],
            "fail": [f"Your {cert} exam results", "Exam results are available"],
            "booked": ["Exam appointment confirmation", f"Confirmed: {cert} exam"],
            "badge": [f"You've earned a badge from {vendor}", "Accept your new badge"],
            "expiring": ["Your certification is expiring soon", f"Renew your {cert}"],
        }[stage],
        paras,
        ctx.pick(
            [
                (vendor, f"no-reply@{host}"),
                ("Credly", "admin@credly.example"),
                ("Pearson VUE", "pearsonvueconfirmation@pearson.example"),
            ]
        ),
        bye(ctx, "en", ctx.pick([f"{vendor}", "Certification Team", "The Credly Team"])),
        greet_p=0.85,
        form=ctx.pick(["html", "alt"]),
        footer=footer_x(ctx, vendor, host),
    )


@family("o3_pmi_certification_application_audit", "not_job", n=O3_N)
def pmi_certification_application_audit(ctx: Ctx) -> Draft:
    cert, body_name, host = ctx.pick(
        [
            ("PMP", "PMI", "pmi.example"),
            ("CAPM", "Project Management Institute", "pmi.example"),
            ("PMI-ACP", "PMI", "pmi.example"),
            ("PgMP", "Project Management Institute", "pmi.example"),
            ("PRINCE2 Practitioner", "PeopleCert", "peoplecert.example"),
            ("CISSP", "ISC2", "isc2.example"),
        ]
    )
    stage = ctx.pick(["approved", "audit", "audit_ok", "eligibility", "endorse"])
    paras = {
        "approved": [
            f"Congratulations! Your {cert} application has been approved. Your eligibility ID is {ctx.num(1000000, 9999999)}.",
            "You may now pay the exam fee and schedule your exam. Your eligibility period is one year from today; you may take the exam up to three times within it.",
        ],
        "audit": [
            f"Your {cert} application has been randomly selected for audit. This is a standard part of our quality process.",
            "Please send copies of your education certificate, signed confirmation of your project management experience from your supervisors, and your 35 contact hours certificate within 90 days.",
        ],
        "audit_ok": [
            f"We have received your audit materials and your {cert} application audit is now complete. You may proceed to payment and scheduling.",
        ],
        "eligibility": [
            f"A reminder that your {cert} exam eligibility expires on {date_x(ctx, weekday_future(ctx, 20, 60))}. You have not yet scheduled an exam.",
        ],
        "endorse": [
            f"Congratulations on passing the {cert} exam. To be awarded the certification, your experience must be endorsed by an active credential holder.",
            "Submit your endorsement application within nine months.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "approved": [
                f"Your {cert} application has been approved",
                "Application approved - next steps",
            ],
            "audit": [f"{cert} application audit", "Your application has been selected for audit"],
            "audit_ok": ["Audit complete", f"{cert}: audit approved"],
            "eligibility": ["Your exam eligibility is expiring", f"{cert} eligibility reminder"],
            "endorse": ["Next step: endorsement", "Complete your endorsement"],
        }[stage],
        paras,
        (
            ctx.pick([body_name, f"{body_name} Certification", "Customer Care"]),
            ctx.pick([f"certification@{host}", f"noreply@{host}"]),
        ),
        bye(ctx, "en", ctx.pick([f"{body_name} Certification Team", "Customer Care"])),
        greet_p=0.9,
        form=ctx.pick(["plain", "html", "alt"]),
        footer=footer_x(ctx, body_name, host),
    )


@family("o3_de_ihk_weiterbildung_pruefung", "not_job", lang="de", n=O3_N)
def de_ihk_weiterbildung_pruefung(ctx: Ctx) -> Draft:
    kammer = ctx.pick(
        [
            "IHK München und Oberbayern",
            "IHK Köln",
            "IHK Region Stuttgart",
            "Handwerkskammer Hamburg",
            "IHK Berlin",
        ]
    )
    abschluss = ctx.pick(
        [
            "Geprüfte/r Betriebswirt/in",
            "Geprüfte/r Technische/r Fachwirt/in",
            "Ausbildereignungsprüfung (AEVO)",
            "Geprüfte/r Wirtschaftsfachwirt/in",
            "Meisterprüfung Elektrotechnik Teil III",
        ]
    )
    stage = ctx.pick(["zulassung", "einladung", "ergebnis_ok", "ergebnis_nein", "zeugnis"])
    paras = {
        "zulassung": [
            f"Ihr Antrag auf Zulassung zur Fortbildungsprüfung „{abschluss}“ wurde geprüft. Wir freuen uns, Ihnen mitzuteilen, dass Sie zur Prüfung zugelassen sind.",
            "Die Prüfungsgebühr wird gesondert in Rechnung gestellt.",
        ],
        "einladung": [
            f"hiermit laden wir Sie zur [schriftlichen Prüfung|mündlichen Prüfung (Fachgespräch)|praktischen Prüfung] „{abschluss}“ ein: {when_x(ctx, 'de')}, [Raum 2.14|Prüfungszentrum, Raum E05|Saal 3].",
            "Bitte bringen Sie Ihren Personalausweis und die Einladung mit. Zugelassene Hilfsmittel: nicht programmierbarer Taschenrechner.",
        ],
        "ergebnis_ok": [
            f"herzlichen Glückwunsch! Sie haben die Prüfung „{abschluss}“ bestanden. Gesamtnote: [gut (2)|befriedigend (3)|sehr gut (1)].",
            "Ihr Zeugnis wird Ihnen in den nächsten Wochen per Post zugesandt.",
        ],
        "ergebnis_nein": [
            f"leider haben Sie die Prüfung „{abschluss}“ im Prüfungsteil [Handlungsspezifische Qualifikationen|Fachgespräch|Situationsaufgabe] nicht bestanden.",
            "Sie können den Prüfungsteil zweimal wiederholen. Die Anmeldung zur Wiederholungsprüfung ist ab sofort möglich.",
        ],
        "zeugnis": [
            f"Ihr Zeugnis „{abschluss}“ liegt zur Abholung bereit. Alternativ senden wir es per Einschreiben.",
        ],
    }[stage]
    return mail(
        ctx,
        {
            "zulassung": ["Zulassung zur Prüfung", f"Ihr Zulassungsantrag – {abschluss}"],
            "einladung": ["Einladung zur Prüfung", f"Prüfungstermin {abschluss}"],
            "ergebnis_ok": ["Ihr Prüfungsergebnis", "Prüfung bestanden"],
            "ergebnis_nein": ["Ihr Prüfungsergebnis", f"Ergebnis der Prüfung {abschluss}"],
            "zeugnis": ["Ihr Prüfungszeugnis", "Zeugnis zur Abholung bereit"],
        }[stage],
        paras,
        (
            kammer,
            ctx.pick(
                [
                    "weiterbildungspruefungen@ihk.example",
                    at(ctx, "ihk.example"),
                    "noreply@pruefung-online.example",
                ]
            ),
        ),
        bye(ctx, "de", f"{ctx.person}\nFortbildungsprüfungen\n{kammer}"),
        lang="de",
        greet_p=0.95,
        form=ctx.pick(["plain", "alt"]),
        footer=ctx.pick(["", footer_x(ctx, kammer, "ihk.example", "de")]),
    )


@family("o3_pl_meetup_zgloszenie_prelekcji", "not_job", lang="pl", n=O3_N)
def pl_meetup_zgloszenie_prelekcji(ctx: Ctx) -> Draft:
    meetup = ctx.pick(
        [
            "Warsaw JUG",
            "Kraków Python Meetup",
            "Trójmiasto.js",
            "Wrocław DevOps Meetup",
            "Poznań Data Science",
            "Łódź QA Meetup",
        ]
    )
    temat = ctx.pick(
        [
            "migracji na Kubernetesa",
            "testów kontraktowych",
            "observability w praktyce",
            "LLM-ów w produkcji",
            "monorepo w dużej firmie",
        ]
    )
    stage = ctx.pick(["tak", "nie", "termin", "tak"])
    paras = {
        "tak": [
            f"dzięki za zgłoszenie prelekcji o {temat}! Bardzo nam się podoba i chcielibyśmy, żebyś wystąpił(a) na najbliższym spotkaniu {meetup}: {when_x(ctx, 'pl')}.",
            "Slot to 30 minut + 10 minut na pytania. Podeślesz nam krótkie bio i zdjęcie do zapowiedzi?",
        ],
        "nie": [
            f"dziękujemy za zgłoszenie tematu o {temat}. Tym razem mamy już pełną agendę, więc niestety nie damy rady go zmieścić.",
            "Bardzo chętnie wrócimy do tematu przy kolejnej edycji - zostawiamy zgłoszenie na liście.",
        ],
        "termin": [
            f"potwierdzamy Twój występ na {meetup}. Sala: [Aula A|Google for Startups Campus|biuro sponsora, piętro 3]. Start o 18:00, prosimy być 30 minut wcześniej na test rzutnika.",
            "Po wydarzeniu wrzucimy nagranie na YouTube, jeśli się zgadzasz.",
        ],
    }[stage]
    who = ctx.person
    return mail(
        ctx,
        {
            "tak": [
                f"{meetup} - Twoja prelekcja",
                "Re: Zgłoszenie prelekcji",
                "Wystąpienie na meetupie?",
            ],
            "nie": ["Re: Zgłoszenie prelekcji", f"{meetup} - zgłoszenie tematu"],
            "termin": [f"{meetup} - potwierdzenie wystąpienia", "Szczegóły spotkania"],
        }[stage],
        paras,
        ctx.pick(
            [
                (who, at(ctx, "gmail.com")),
                (f"{meetup} (Meetup)", "info@meetup.example"),
                (who, private(ctx)[1]),
            ]
        ),
        bye(ctx, "pl", ctx.pick([f"{who}\nOrganizatorzy {meetup}", ctx.person_first]))
        + ("\n\n" + ctx.pick(MOBILE) if ctx.chance(0.2) else ""),
        lang="pl",
        greet_p=1.0,
        form="plain",
    )


@family("o3_bug_bounty_report_triage", "not_job", n=O3_N)
def bug_bounty_report_triage(ctx: Ctx) -> Draft:
    plat, host = ctx.pick(
        [
            ("HackerOne", "hackerone.example"),
            ("Bugcrowd", "bugcrowd.example"),
            ("Intigriti", "intigriti.example"),
            ("Immunefi", "immunefi.example"),
        ]
    )
    program = ctx.pick(
        ["Shopify", "GitLab", "Uber", "Coinbase", "Booking.com", "PayPal", "Spotify"]
    )
    rid = ctx.num(1000000, 2999999)
    stage = ctx.pick(["triaged", "duplicate", "informative", "bounty", "resolved", "need_info"])
    paras = {
        "triaged": [
            f"Report #{rid} [IDOR on /api/v2/orders|Stored XSS in profile bio|SSRF via image import|Open redirect on login] submitted to {program} has been triaged. Severity: [High (7.5)|Medium (5.4)|Critical (9.1)|Low (3.1)].",
            "The team is now working on a fix. You'll be notified when the report is resolved.",
        ],
        "duplicate": [
            f"Your report #{rid} to {program} has been closed as Duplicate of an earlier report.",
            "Your reputation will not change. Thanks for your submission, and happy hacking!",
        ],
        "informative": [
            f"The {program} team has closed report #{rid} as Informative: [the behaviour is intended|the issue is out of scope per the program policy|the impact could not be demonstrated]."
        ],
        "bounty": [
            f"Congratulations! {program} has awarded you a bounty of [$500|$1,500|$3,000|$250] for report #{rid}.",
            "The payout will be processed within [7|14] days to your payment method on file.",
        ],
        "resolved": [
            f"Report #{rid} has been marked as Resolved by {program}. Please retest the fix and let the team know if the issue persists.",
            "You can request disclosure of this report.",
        ],
        "need_info": [
            f"{program} has requested more information on report #{rid}: [Could you provide a full HTTP request/response?|Please share a video proof of concept.|Which account roles did you test with?]"
        ],
    }[stage]
    return mail(
        ctx,
        {
            "triaged": [f"[{plat}] Report #{rid} has been triaged", f"#{rid} - Triaged"],
            "duplicate": [
                f"[{plat}] #{rid} closed as Duplicate",
                f"Report #{rid} was marked as a duplicate",
            ],
            "informative": [f"[{plat}] #{rid} closed as Informative", f"Update on report #{rid}"],
            "bounty": [
                f"[{plat}] You've been awarded a bounty!",
                f"Bounty awarded for report #{rid}",
            ],
            "resolved": [f"[{plat}] #{rid} was resolved", f"Report #{rid} resolved"],
            "need_info": [f"[{plat}] Action needed on #{rid}", f"Needs more info: report #{rid}"],
        }[stage],
        paras,
        (plat, ctx.pick([f"no-reply@{host}", f"notifications@{host}"])),
        bye(ctx, "en", ctx.pick([f"The {plat} Team", f"{plat} Triage"])),
        greet_p=0.5,
        form=ctx.pick(["html", "alt", "plain"]),
        footer=footer_x(ctx, plat, host),
    )


@family("o3_fr_yeswehack_rapport", "not_job", lang="fr", n=O3_N)
def fr_yeswehack_rapport(ctx: Ctx) -> Draft:
    prog = ctx.pick(
        ["Orange Cyberdefense", "Doctolib", "La Poste", "Qwant", "OVHcloud", "un programme privé"]
    )
    rid = f"YWH-PGM{ctx.num(1000, 9999)}-{ctx.num(10, 999)}"
    stage = ctx.pick(["accepte", "doublon", "recompense", "infos", "hors"])
    paras = {
        "accepte": [
            f"Le statut de votre rapport {rid} ({prog}) est passé de « Nouveau » à « Accepté ». Criticité retenue : [Haute|Moyenne|Critique|Basse].",
            "L'équipe du programme prépare le correctif.",
        ],
        "doublon": [
            f"Votre rapport {rid} sur le programme {prog} a été fermé en tant que doublon.",
            "Merci pour votre participation !",
        ],
        "recompense": [
            f"Félicitations ! Une récompense de [300|750|1 500|2 000] € vous a été attribuée pour le rapport {rid} ({prog}).",
            "Le paiement sera effectué sous 30 jours.",
        ],
        "infos": [
            f"Le programme {prog} demande des informations complémentaires sur le rapport {rid} : [pouvez-vous fournir une preuve de concept ?|quel navigateur avez-vous utilisé ?|merci de préciser l'impact]."
        ],
        "hors": [
            f"Le rapport {rid} a été fermé : la vulnérabilité signalée est hors périmètre du programme {prog}."
        ],
    }[stage]
    return mail(
        ctx,
        {
            "accepte": [
                f"[YesWeHack] Rapport {rid} accepté",
                "Changement de statut de votre rapport",
            ],
            "doublon": [f"[YesWeHack] Rapport {rid} : doublon", "Votre rapport a été fermé"],
            "recompense": [
                "[YesWeHack] Nouvelle récompense 🎉",
                f"Récompense pour le rapport {rid}",
            ],
            "infos": [
                f"[YesWeHack] Action requise sur {rid}",
                "Demande d'informations complémentaires",
            ],
            "hors": [f"[YesWeHack] Rapport {rid} fermé", "Hors périmètre"],
        }[stage],
        paras,
        ("YesWeHack", ctx.pick(["notifications@yeswehack.example", "no-reply@yeswehack.example"])),
        bye(ctx, "fr", "L'équipe YesWeHack"),
        lang="fr",
        greet_p=0.7,
        form=ctx.pick(["html", "alt"]),
        footer=footer_x(ctx, "YesWeHack", "yeswehack.example", "fr"),
    )


@family("o3_industry_award_entry", "not_job", n=O3_N)
def industry_award_entry(ctx: Ctx) -> Draft:
    award, host = ctx.pick(
        [
            ("The Drum Awards for Digital Industries", "thedrumawards.example"),
            ("UK IT Industry Awards", "ukitawards.example"),
            ("Australian Marketing Institute Awards", "amiawards.example"),
            ("Campaign Tech Awards", "campaigntech.example"),
            ("Dezeen Awards", "dezeenawards.example"),
        ]
    )
    cat = ctx.pick(
        [
            "Best Use of Data",
            "Small Agency of the Year",
            "Digital Transformation Project of the Year",
            "Best Workplace Design",
            "Start-up of the Year",
        ]
    )
    stage = ctx.pick(["shortlisted", "not", "winner", "received", "judging"])
    paras = {
        "shortlisted": [
            f"Congratulations! Your entry '{ctx.pick(['Project Lighthouse', 'Rewiring Retail', 'The Greenhouse Office', 'Open Banking for All'])}' has been shortlisted in the {cat} category of the {award}.",
            "The judges were impressed. Winners will be announced at the awards ceremony; table bookings are now open.",
        ],
        "not": [
            f"Thank you for entering the {award}. The standard this year was exceptionally high and we're sorry to say your entry in {cat} has not been shortlisted.",
            "Judges' feedback on your entry will be shared in the coming weeks.",
        ],
        "winner": [
            f"We're delighted to confirm that you won {cat} at the {award}! Your trophy and winner's logo pack will be sent this week.",
            "Please keep the result under embargo until 9am tomorrow.",
        ],
        "received": [
            f"Thank you, we have received your entry for {cat}. Entry reference: AW-{ctx.num(1000, 9999)}.",
            "Shortlists are published in [six|four] weeks.",
        ],
        "judging": [
            f"Your entry in {cat} has progressed to the final round. Please attend a 15-minute presentation to the judging panel on {when_x(ctx)} (online)."
        ],
    }[stage]
    return mail(
        ctx,
        {
            "shortlisted": [
                f"You've been shortlisted! {award}",
                "Congratulations - shortlist announcement",
            ],
            "not": [f"{award}: shortlist results", "Your entry"],
            "winner": ["You're a winner! (embargoed)", f"{award} - winner"],
            "received": ["Entry received", f"{award} entry confirmation"],
            "judging": ["Final round judging - presentation slot", f"{award}: judging panel"],
        }[stage],
        paras,
        ctx.pick([(f"{award}", f"entries@{host}"), (ctx.person, at(ctx, host))]),
        bye(ctx, "en", ctx.pick([f"The {award} team", f"{ctx.person}\nAwards Manager"])),
        greet_p=0.8,
        form=ctx.pick(["html", "alt", "plain"]),
        bulk=ctx.chance(0.4),
        footer=footer_x(ctx, award, host),
    )
