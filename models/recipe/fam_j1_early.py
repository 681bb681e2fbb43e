"""Template families (session 10, helper J1): the first stages of hiring worlds the corpus had
little of: an apprenticeship application in Germany, an alternance or graduate programme in
France, an academic job portal, a Japanese mid-career application and a Swedish public
employer's receipt; an interview at a Dutch municipality. More interviews follow in
fam_j1_early2.py.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j1_kit import at, bye, de_hi, hi, j1, join, move, staff
from kit import Calendar, Ctx, Draft
from zf_kit import do_not_reply, privacy, weekday_future


@j1("j1_cf_ausbildung_eingang", "confirmation", lang="de")
def ausbildung_eingang(ctx: Ctx) -> Draft:
    """A German employer confirms an apprenticeship / dual-study application."""
    move(ctx, "de")
    ctx._title = ctx.pick(
        [
            "Ausbildung zum Kaufmann im Einzelhandel (m/w/d)",
            "Ausbildung Fachkraft für Lagerlogistik (m/w/d)",
            "Ausbildung Elektroniker für Betriebstechnik (m/w/d)",
            "Duales Studium Informatik (B.Sc.)",
            "Ausbildung Pflegefachfrau/-mann",
            "Ausbildung Industriekaufmann/-frau 2025",
        ]
    )
    du = ctx.chance(0.5)
    text = join(
        de_hi(ctx, du),
        ctx.fill(
            ctx.pick(
                [
                    "vielen Dank für deine Bewerbung um einen Ausbildungsplatz als {title} bei {co}! Deine Unterlagen sind vollständig bei uns eingegangen.",
                    "schön, dass du dich für die {title} bei uns beworben hast. Wir haben deine Bewerbung erhalten.",
                ]
                if du
                else [
                    "vielen Dank für Ihre Bewerbung um einen Ausbildungsplatz ({title}) bei {co}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
                    "wir bestätigen den Eingang Ihrer Bewerbung für {title} zum Ausbildungsbeginn am 1. [August|September].",
                ]
            )
        ),
        ctx.fill(
            ctx.pick(
                [
                    "Wie geht es weiter? Wir sichten alle Bewerbungen bis [Ende des Monats|Mitte Oktober|zum Bewerbungsschluss]. Danach laden wir ausgewählte Bewerber[*innen|] zu einem Online-Test und anschließend zu einem Kennenlerntag ein.",
                    "Bitte [reiche|reichen Sie] noch [dein|Ihr] letztes Schulzeugnis nach, falls noch nicht geschehen - das geht über den Link in [deinem|Ihrem] Bewerberkonto.",
                    "Die Auswahl dauert erfahrungsgemäß [zwei bis drei Wochen|etwa vier Wochen|einige Wochen]. Wir melden uns auf jeden Fall bei [dir|Ihnen].",
                ]
            )
        ),
        ctx.maybe("Übrigens: Ein Praktikum bei uns ist auch vor Ausbildungsbeginn möglich.", 0.3),
        bye(
            ctx,
            "de",
            ctx.pick(
                [
                    "Dein Ausbildungsteam von {co}",
                    "{person}\nAusbildungsleitung | {co}",
                    "Ihr Team Personal & Ausbildung\n{legal}",
                ]
            ),
        ),
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} Ausbildung"), ctx.fill("ausbildung@{domain}")),
            (ctx.fill("{co} Karriere"), ctx.fill("karriere@{domain}")),
            (ctx.fill("{co}"), ctx.fill("noreply@{slug}.softgarden.io")),
            (ctx.person, staff(ctx)),
        ]
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Eingangsbestätigung Ihrer Bewerbung",
                "Deine Bewerbung bei {co}",
                "Bewerbung {title} - Eingangsbestätigung",
                "Wir haben deine Bewerbung erhalten!",
                "Ihre Bewerbung um einen Ausbildungsplatz",
            ]
        )
    )
    foot = do_not_reply(ctx, "de") if "noreply" in addr and ctx.chance(0.7) else ""
    return Draft(subject, text, name, addr, greet=False, sign="", footer=foot, lang="de")


@j1("j1_cf_alternance_stage_fr", "confirmation", lang="fr")
def alternance_recue(ctx: Ctx) -> Draft:
    """A French employer's ATS acknowledges an application for an alternance or internship."""
    move(ctx, "fr")
    ctx._title = ctx.pick(
        [
            "Alternance - Assistant RH (H/F)",
            "Stage - Data Analyst (6 mois)",
            "Alternance Développeur Web (H/F) - Rentrée 2025",
            "Stage de fin d'études - Contrôle de gestion",
            "VIE - Ingénieur Commercial Export",
            "Graduate Programme Finance",
        ]
    )
    platform = ctx.pick(["wttj", "taleo", "own", "jobteaser"])
    text = join(
        hi(ctx, "fr"),
        ctx.fill(
            ctx.pick(
                [
                    "Nous avons bien reçu votre candidature pour le poste « {title} » et nous vous en remercions.",
                    "Merci pour votre candidature à l'offre {title} chez {co} ! Elle a bien été transmise à notre équipe recrutement.",
                    "Votre candidature au poste de {title} (réf. {req}) a bien été enregistrée.",
                ]
            )
        ),
        ctx.fill(
            ctx.pick(
                [
                    "Pour les contrats en alternance, merci de nous préciser votre école et votre rythme (ex. 3 semaines entreprise / 1 semaine école) si ce n'est pas déjà fait.",
                    "Notre équipe étudie chaque dossier avec attention. Si votre profil est retenu, vous serez contacté(e) sous [deux|trois|quatre] semaines pour un premier échange téléphonique.",
                    "Sans retour de notre part d'ici [trois semaines|un mois], vous pourrez considérer que votre candidature n'a pas été retenue pour ce poste.",
                    "Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.",
                ]
            )
        ),
        bye(
            ctx,
            "fr",
            ctx.pick(
                [
                    "L'équipe Recrutement {co}",
                    "Le service des Ressources Humaines\n{legal}",
                    "{person}\nChargée de recrutement campus",
                ]
            ),
        ),
    )
    if platform == "wttj":
        name, addr = ctx.fill("{co} via Welcome to the Jungle"), "no-reply@welcometothejungle.com"
    elif platform == "taleo":
        name, addr = ctx.fill("{co} Recrutement"), ctx.fill("{slug}@taleo.net")
    elif platform == "jobteaser":
        name, addr = ctx.fill("{co} via JobTeaser"), "notifications@jobteaser.com"
    else:
        name, addr = ctx.fill("Recrutement {co}"), ctx.fill("recrutement@{domain}")
    subject = ctx.fill(
        ctx.pick(
            [
                "Confirmation de votre candidature",
                "Votre candidature - {title}",
                "{co} : nous avons bien reçu votre candidature",
                "Accusé de réception - candidature {req}",
            ]
        )
    )
    foot = privacy(ctx, ctx.legal, ctx.domain, "fr") if ctx.chance(0.4) else ""
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=False,
        sign="",
        footer=foot,
        lang="fr",
        bulk=platform != "own",
    )


@j1("j1_cf_academic_portal_complete", "confirmation")
def academic_portal(ctx: Ctx) -> Draft:
    """An academic jobs portal says an application to a faculty search is complete (or nearly)."""
    move(ctx, "academic")
    letters = ctx.num(0, 3)
    portal = ctx.pick(["Interfolio", "AcademicJobsOnline", "own"])
    lines = [
        ctx.fill(
            ctx.pick(
                [
                    "Thank you for applying to the position of {title} (Position #{req}) at {co}.",
                    "Your application for {title}, Department of [Computer Science|Sociology|Economics|Chemistry|History], {co}, has been submitted.",
                    "This message confirms that your materials for the {title} search at {co} were received.",
                ]
            )
        ),
        "Application status: "
        + ("Complete" if letters == 3 else "Incomplete - awaiting reference letters"),
        f"Reference letters received: {letters} of 3",
        ctx.fill(
            ctx.pick(
                [
                    "Review of applications will begin on [November 15|December 1|January 10] and continue until the position is filled. The search committee will contact candidates selected for first-round interviews.",
                    "Please note that you may not edit your materials after submission. Letter writers will receive an automated request with upload instructions.",
                    "Due to the volume of applications, the committee is unable to respond to individual inquiries about the status of an application.",
                ]
            )
        ),
    ]
    if portal == "Interfolio":
        name, addr = "Interfolio Faculty Search", "no-reply@interfolio.com"
    elif portal == "AcademicJobsOnline":
        name, addr = "AcademicJobsOnline.org", "noreply@academicjobsonline.org"
    else:
        name, addr = ctx.fill("{co} Faculty Recruitment"), ctx.fill("facultyjobs@{domain}")
    subject = ctx.fill(
        ctx.pick(
            [
                "Application received: {title}",
                "Your application to {co}",
                "Confirmation of application submission - Position #{req}",
                "[{co}] Application submitted",
            ]
        )
    )
    return Draft(
        subject,
        "\n\n".join(lines[:1]) + "\n\n" + "\n".join(lines[1:3]) + "\n\n" + lines[3],
        name,
        addr,
        sign=ctx.fill(
            "[Sincerely,|Regards,]\n[Office of Faculty Affairs|Search Committee Chair|Faculty Recruitment]\n{co}"
        ),
        bulk=portal != "own",
    )


@j1("j1_cf_ja_oubo_uketsuke", "confirmation", lang="ja")
def ja_oubo(ctx: Ctx) -> Draft:
    """A Japanese employer's automatic acknowledgement of a mid-career application."""
    move(ctx, "ja")
    text = join(
        ctx.fill("{last} {first} 様"),
        ctx.para(
            "この度は、弊社の求人にご応募いただき、誠にありがとうございます。",
            "このたびは{co}の中途採用にご応募いただき、ありがとうございます。",
        ),
        ctx.fill("以下の内容で応募を受け付けました。\n\n応募職種：{title}\n応募番号：{req}"),
        ctx.pick(
            [
                "書類選考の結果につきましては、1週間程度でご連絡いたします。今しばらくお待ちくださいますようお願い申し上げます。",
                "選考結果は、通過された方にのみ2週間以内にご連絡いたします。あらかじめご了承ください。",
                "マイページより応募状況をご確認いただけます。",
            ]
        ),
        ctx.pick(
            [
                "※本メールは送信専用アドレスから送信しています。ご返信いただいてもお答えできませんのでご了承ください。",
                "",
            ]
        ),
        ctx.fill("{co}\n人事部 採用担当"),
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co} 採用担当"), ctx.fill("recruit@{domain}")),
            (ctx.fill("{co} 採用事務局"), ctx.fill("noreply@{slug}.hrmos.co")),
            (ctx.fill("{co}"), "no-reply@herp.cloud"),
        ]
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "【{co}】ご応募ありがとうございます",
                "応募受付のお知らせ（{title}）",
                "【応募完了】{co} 中途採用",
            ]
        )
    )
    return Draft(subject, text, name, addr, greet=False, sign="", lang="ja")


@j1("j1_cf_sv_ansokan_mottagen", "confirmation", lang="sv")
def sv_mottagen(ctx: Ctx) -> Draft:
    """A Swedish region, municipality or company confirms an application (Varbi/ReachMee style)."""
    move(ctx, "sv")
    text = join(
        hi(ctx, "sv"),
        ctx.fill(
            ctx.pick(
                [
                    "Tack för din ansökan till tjänsten som {title} hos {co}. Vi har tagit emot dina handlingar.",
                    "Vi bekräftar härmed att vi har tagit emot din ansökan avseende {title} (ref.nr {req}).",
                    "Tack för att du visat intresse för att arbeta hos oss på {co}!",
                ]
            )
        ),
        ctx.pick(
            [
                "Urval sker löpande, så tjänsten kan komma att tillsättas innan sista ansökningsdag.",
                "Efter sista ansökningsdag går vi igenom samtliga ansökningar. Du får besked om hur det gått så snart rekryteringen är avslutad.",
                "Du kan när som helst logga in och se eller ändra din ansökan fram till sista ansökningsdag.",
            ]
        ),
        ctx.pick(
            [
                "Detta meddelande går inte att svara på.",
                "",
                "Vi hanterar dina personuppgifter enligt dataskyddsförordningen (GDPR).",
            ]
        ),
        bye(ctx, "sv", ctx.pick(["{co}", "Rekryteringsgruppen, {co}", "{person}\nHR-specialist"])),
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co}"), "noreply@varbi.com"),
            (ctx.fill("{co} Rekrytering"), "no-reply@reachmee.com"),
            (ctx.fill("{co}"), ctx.fill("rekrytering@{domain}")),
            (ctx.fill("{co} via Teamtailor"), "no-reply@teamtailor.com"),
        ]
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Tack för din ansökan",
                "Bekräftelse: {title}",
                "Din ansökan till {co}",
                "Ansökan mottagen - ref {req}",
            ]
        )
    )
    return Draft(subject, text, name, addr, greet=False, sign="", lang="sv")


@j1("j1_iv_nl_gemeente_gesprek", "interview", lang="nl")
def nl_gesprek(ctx: Ctx) -> Draft:
    """A Dutch municipality or agency invites an applicant to a panel interview."""
    move(ctx, "nl")
    when = weekday_future(ctx, 4, 14)
    text = join(
        hi(ctx, "nl"),
        ctx.fill(
            ctx.pick(
                [
                    "Bedankt voor je sollicitatie op de vacature {title}. Met plezier nodigen we je uit voor een eerste gesprek.",
                    "Naar aanleiding van uw sollicitatie naar de functie van {title} nodigen wij u graag uit voor een sollicitatiegesprek.",
                    "De selectiecommissie heeft je brief en cv gelezen en wil graag kennis met je maken.",
                ]
            )
        ),
        "Datum en tijd: "
        + at(ctx, when, "nl")
        + "\n"
        + ctx.fill(
            ctx.pick(
                [
                    "Locatie: [Stadskantoor|ons kantoor|het gemeentehuis], [Raadhuisplein 1|Marktplein 12|Stationsweg 4] (meld je bij de receptie)",
                    "Locatie: online via Microsoft Teams (de link volgt in een aparte uitnodiging)",
                    "Duur: ongeveer [45 minuten|een uur]",
                ]
            )
        ),
        ctx.fill(
            "De commissie bestaat uit {person} ([teamleider|afdelingshoofd|manager]), [een HR-adviseur|een collega van het team] en [een lid van de OR|een beleidsadviseur]. [Het gesprek duurt ongeveer een uur.|Na het eerste gesprek volgt eventueel een tweede gesprek.|Een assessment kan onderdeel zijn van de procedure.]"
        ),
        ctx.para(
            *[
                "Wil je uiterlijk [morgen|vrijdag|binnen twee dagen] laten weten of je aanwezig kunt zijn?",
                "Graag ontvangen wij een bevestiging van uw komst.",
                "Neem een geldig legitimatiebewijs mee.",
            ]
        ),
        bye(
            ctx,
            "nl",
            ctx.pick(["{person}\nHR-adviseur | {co}", "Team Werving & Selectie\n{co}", "{person}"]),
        ),
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Uitnodiging sollicitatiegesprek {title}",
                "Uitnodiging gesprek",
                "Je sollicitatie bij {co}: uitnodiging",
                "Sollicitatie {title} (vacaturenummer {req})",
            ]
        )
    )
    cal = Calendar(ctx.fill("Sollicitatiegesprek {title}"), when, 60) if ctx.chance(0.3) else None
    return Draft(
        subject, text, ctx.person, staff(ctx), greet=False, sign="", lang="nl", calendar=cal
    )
