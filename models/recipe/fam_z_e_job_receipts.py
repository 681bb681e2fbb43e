"""Application receipts in styles from platforms and writers the older families lack:
Teamtailor/Recruitee, JazzHR/Breezy/Pinpoint, job boards' "application sent" notes,
German boards and Personio, SEEK/Reed, and public-sector and university portals.
"""

# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from zd_kit import bye_in, hello_in, opt
from ze_kit import ZE_N, board, body, platform


@family("ze_cf_teamtailor_recruitee", "confirmation", n=ZE_N)
def _cf_tt(ctx: Ctx) -> Draft:
    key = ctx.pick(["teamtailor", "recruitee", "teamtailor"])
    name, addr = platform(ctx, key)
    subject = ctx.para(
        "Thanks for applying to {co}!",
        "We got your application – {title}",
        "{co}: application received",
        "Your application for {title}",
        "Thank you, {first} 🙌",
        "Application confirmation",
    )
    text = body(
        ctx.para(
            "Thanks for your application for the {title} role! We're genuinely happy you want to join us at {co}.",
            "This is a quick note to confirm that your application for {title} has landed safely with us.",
            "Woohoo, your application is in! Thank you for your interest in {co}.",
            "We have received your application and your details are now with the hiring team for {title}.",
        ),
        ctx.para(
            "What happens now? Our team reads every application personally. If there's a match we'll reach out to set up a first chat, usually within two weeks.",
            "We aim to get back to everyone within 10 working days, whatever the outcome.",
            "Our process is simple: an intro call, a task or deep dive with the team, and a final conversation with the founders. We'll let you know either way.",
            "We usually reply within {n} business days. In the meantime, feel free to check out our career page and get to know the team.",
        ),
        opt(
            ctx,
            0.5,
            "You can review or withdraw your application anytime from your candidate profile: "
            + ctx.url(f"{ctx.pick(['career', 'jobs'])}.{ctx.domain}", "connect"),
        ),
        opt(
            ctx,
            0.3,
            "PS: we don't use cover-letter screening robots. A human will read what you wrote.",
        ),
    )
    footer = ctx.pick(
        [
            "Powered by Teamtailor" if key == "teamtailor" else "Sent with Recruitee",
            "You're receiving this because you applied for a job. We store your data according to our privacy policy.",
            "",
        ]
    )
    return Draft(subject, text, name, addr, footer=footer, bulk=ctx.chance(0.7))


@family("ze_cf_smallats_applytojob", "confirmation", n=ZE_N)
def _cf_small(ctx: Ctx) -> Draft:
    key = ctx.pick(["jazzhr", "breezy", "pinpoint", "jazzhr"])
    name, addr = platform(ctx, key)
    subject = ctx.para(
        "Application Received - {title}",
        "Thank you for your application to {co}",
        "{title} ({city}) - application submitted",
        "We received your application",
        "Your {co} application",
    )
    ref = f"{ctx.pick(['#', 'ID ', 'Ref: '])}{ctx.num(100000, 999999)}"
    text = body(
        ctx.para(
            "Thank you for applying for the {title} position at {co}. This email confirms we've received your application.",
            "We appreciate your interest in {co} and the {title} opening. Your resume has been submitted successfully.",
            "Your application for {title} was submitted on " + f"{ctx.date:%B %d, %Y}" + ".",
        ),
        opt(ctx, 0.5, "Application " + ref + " · Position: {title} · Location: {city}"),
        ctx.para(
            "Due to the volume of applications we may not be able to respond to every applicant individually, but we will contact you if your qualifications match our needs.",
            "If selected to move forward, a member of our team will reach out by phone or email.",
            "Please allow 1-2 weeks for our team to review. No need to follow up - we'll be in touch.",
            "Answering the short questionnaire you received helps us review faster.",
        ),
        opt(ctx, 0.4, "Please do not reply to this message; this mailbox is not monitored."),
    )
    footer = ctx.pick(
        [
            "Powered by JazzHR",
            "Powered by Breezy HR",
            "Sent via Pinpoint",
            "",
            "{legal}".replace("{legal}", ctx.legal),
        ]
    )
    return Draft(
        subject, text, name, addr, footer=footer, bulk=True, form=ctx.pick(["alt", "html", "plain"])
    )


@family("ze_cf_board_sent", "confirmation", n=ZE_N)
def _cf_board(ctx: Ctx) -> Draft:
    key = ctx.pick(["wellfound", "otta", "handshake", "dice", "ziprecruiter", "hired", "wttj"])
    name, addr = board(ctx, key)
    subject = ctx.para(
        "Your application to {co} was sent",
        "Application submitted: {title} at {co}",
        "You applied to {co}!",
        "{co} received your application",
        "Nice work, {first} - application sent to {co}",
        "Applied: {title}",
    )
    text = body(
        ctx.para(
            "Your application for {title} at {co} has been submitted.",
            "You just applied to {co} for the {title} role. Good luck!",
            "We've passed your profile and resume to the team at {co} for {title}.",
            "Your one-click application to {co} went through.",
        ),
        ctx.para(
            "What's next: the company will review your application. You'll get a notification here if they respond.",
            "Companies typically reply within 7 days. We'll email you when the status of your application changes.",
            "Track this and your other applications in your dashboard: "
            + ctx.url(addr.split("@")[1], "applications"),
            "Tip: employers are 3x more likely to respond when your profile is complete.",
        ),
        opt(
            ctx,
            0.4,
            "Role: {title} · {city} · "
            + ctx.pick(["Full-time", "Contract", "Internship", "Hybrid", "Remote"]),
        ),
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=ctx.chance(0.5),
        sign=ctx.pick(["", "- The " + name + " team", "Good luck!\n" + name]),
        bulk=True,
        form=ctx.pick(["alt", "html"]),
    )


@family("ze_cf_de_boards_personio", "confirmation", lang="de", n=ZE_N)
def _cf_de(ctx: Ctx) -> Draft:
    src = ctx.pick(["personio", "stepstone", "xing", "personio"])
    name, addr = platform(ctx, "personio") if src == "personio" else board(ctx, src)
    subject = ctx.para(
        "Eingangsbestätigung Ihrer Bewerbung",
        "Ihre Bewerbung als {title} bei {co}",
        "Vielen Dank für Ihre Bewerbung, {first}",
        "Bewerbung erfolgreich versendet: {title}",
        "Deine Bewerbung bei {co} ist angekommen",
    )
    du = ctx.chance(0.4)
    text = body(
        hello_in(ctx, "de"),
        ctx.para(
            "vielen Dank für Ihre Bewerbung als {title} und Ihr Interesse an {co}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen."
            if not du
            else "danke für deine Bewerbung als {title}! Wir freuen uns sehr über dein Interesse an {co}.",
            "Ihre Bewerbung auf die Stelle {title} wurde erfolgreich an {co} übermittelt.",
        ),
        ctx.para(
            "Wir werden Ihre Unterlagen sorgfältig prüfen und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.",
            "Unser Recruiting-Team sichtet alle Bewerbungen und meldet sich zeitnah.",
            "Den Status deiner Bewerbung kannst du jederzeit in deinem Profil einsehen.",
            "Sobald das Unternehmen Ihre Bewerbung gelesen hat, informieren wir Sie per E-Mail.",
        ),
        opt(
            ctx,
            0.4,
            "Hinweise zum Datenschutz finden Sie unter "
            + ctx.url(f"{ctx.slug}.jobs.personio.de", "privacy"),
        ),
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=False,
        sign=bye_in(ctx, "de", ctx.fill("[Ihr {co} Recruiting Team|{person}|Dein Team von {co}]")),
        bulk=True,
        lang="de",
    )


@family("ze_cf_seek_reed", "confirmation", n=ZE_N)
def _cf_seek(ctx: Ctx) -> Draft:
    key = ctx.pick(["seek", "reed"])
    name, addr = board(ctx, key)
    subject = ctx.para(
        "Your application was successfully submitted",
        "Application sent to {co}",
        "You've applied for {title}",
        "Thanks for applying - {title} with {co}",
    )
    text = body(
        ctx.para(
            "Your application for {title} with {co} has been sent.",
            "Good news - your application for {title} was successfully sent to {co}.",
            "We've sent your CV and cover letter to {co} for the {title} role in "
            + ctx.pick(
                [
                    "Melbourne VIC",
                    "Sydney NSW",
                    "Brisbane QLD",
                    "Manchester",
                    "Leeds",
                    "London",
                    "Perth WA",
                    "Bristol",
                ]
            )
            + ".",
        ),
        ctx.para(
            "The employer may contact you directly. Keep an eye on your inbox and phone.",
            "You can see all your applied jobs in your profile. If the employer views your application we'll let you know.",
            "Hirers often shortlist within a week. Add your salary expectations to stand out.",
        ),
        opt(ctx, 0.35, "Applied with: CV_" + ctx.cand_last + ".pdf"),
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        sign=ctx.pick(["Good luck,\nThe SEEK team", "Kind regards,\nreed.co.uk", ""]),
        bulk=True,
        form="alt",
    )


@family("ze_cf_public_university_portal", "confirmation", n=ZE_N)
def _cf_pub(ctx: Ctx) -> Draft:
    org, dom = ctx.pick(
        [
            ("USAJOBS", "usajobs.gov"),
            ("Civil Service Jobs", "civilservicejobs.service.gov.uk"),
            ("jobs.ac.uk", "jobs.ac.uk"),
            ("University of Westbridge", "westbridge.edu"),
            ("City of Riverton", "rivertoncity.gov"),
            ("Northshore University Hospital", "northshorehealth.org"),
            ("State of Colorado Careers", "governmentjobs.com"),
        ]
    )
    vac = (
        f"{ctx.pick(['Vacancy ', 'Job Req ', 'Reference: ', 'Posting #'])}{ctx.num(10000, 999999)}"
    )
    subject = ctx.fill(
        ctx.pick(
            [
                "Application Received: " + vac,
                "Confirmation of application - {title}",
                "Your application has been submitted",
                "Application acknowledgement ({title})",
                "Receipt of application - " + vac,
            ]
        )
    )
    text = body(
        ctx.para(
            "This confirms that your application for the position of {title} ("
            + vac
            + ") was received on "
            + f"{ctx.date:%m/%d/%Y}"
            + ".",
            "Thank you for submitting an application for {title}. Your application is now complete.",
            "We acknowledge receipt of your application for the post of {title}, " + vac + ".",
        ),
        ctx.para(
            "Applications will be assessed against the essential criteria in the person specification after the closing date. Shortlisted candidates will be contacted by email.",
            "Your application will be reviewed by Human Resources to determine whether you meet the minimum qualifications. You will be notified of your status by email.",
            "Please note the selection process may take several weeks. You can view the status of your application in your account at any time.",
            "If you are a veteran or require reasonable adjustments, please contact us at the address below.",
        ),
        opt(ctx, 0.4, "Closing date: " + ctx.day_phrase()),
    )
    sign = ctx.pick(
        [
            "Human Resources\n" + org,
            "Recruitment Team\n" + org,
            org + " Talent Acquisition",
            "Office of Human Resources",
        ]
    )
    return Draft(
        subject,
        text,
        org,
        ctx.pick(["noreply@", "hr-recruitment@", "jobs@", "no-reply@"]) + dom,
        sign="Regards,\n" + sign,
        footer=ctx.pick(
            [
                "",
                "This is an automated message. Please do not reply.",
                "An equal opportunity employer.",
            ]
        ),
        bulk=ctx.chance(0.5),
    )
