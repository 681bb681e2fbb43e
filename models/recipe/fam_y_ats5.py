"""Platform-true candidate mail, part 5: Personio in German, the small-company ATSs
(JazzHR, Breezy, Rippling, Pinpoint) and the ATS vendors' own marketing.

Personio mail for German employers is German, sometimes with an English copy below; the
small ATSs send portal chores (questionnaires, document uploads, status changes with no
outcome) next to confirmations, offers and rejections. The vendors themselves mail HR
people about "interviews", "offers" and "candidates": that is marketing, not job mail.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from fam_y_ats import fam, join, sender, subject, topic
from kit import Ctx, Draft

PS = [
    ("{co}", "noreply@mail.personio.de"),
    ("{co} Recruiting", "{slug}@jobs.personio.de"),
    ("{person} | {co}", "noreply@mail.personio.de"),
]
SMALL = [
    ("{co}", "noreply@applytojob.com", "JazzHR", "{slug}.applytojob.com"),
    ("{co} Hiring", "{slug}@applytojob.com", "JazzHR", "{slug}.applytojob.com"),
    ("{co}", "noreply@breezy.hr", "Breezy HR", "{slug}.breezy.hr"),
    ("{co} Team", "{slug}@messaging.breezy.hr", "Breezy HR", "{slug}.breezy.hr"),
    ("{co} Recruiting", "ats-noreply@rippling.com", "Rippling", "ats.rippling.com"),
    ("{co}", "no-reply@rippling.com", "Rippling", "app.rippling.com"),
    ("{co} Careers", "notifications@pinpointhq.com", "Pinpoint", "{slug}.pinpointhq.com"),
]


def small(ctx: Ctx) -> tuple[str, str, str, str]:
    """Sender name, address, a 'Powered by' footer and a portal link of one small ATS."""
    name, addr, brand, host = ctx.pick(SMALL)
    foot = ctx.pick(
        [
            "",
            f"Powered by {brand}",
            f"Sent via {brand}",
            "Please do not reply to this automated message.",
        ]
    )
    link = ctx.url(ctx.fill(host), ctx.pick(["apply", "candidate", "portal", "p"]))
    return ctx.fill(name), ctx.fill(addr), foot, link


def de_pick(ctx: Ctx, du: bool, sie: list[str], du_forms: list[str]) -> str:
    """German mail keeps one register: the informal "du" or the formal "Sie" throughout."""
    return ctx.fill(ctx.pick(du_forms if du else sie))


def de_greet(ctx: Ctx, du: bool) -> str:
    return de_pick(
        ctx,
        du,
        ["Sehr geehrte/r {first} {last},", "Guten Tag {first} {last},", "Hallo {first} {last},"],
        ["Hallo {first},", "Hi {first},", "Liebe/r {first},"],
    )


def de_sign(ctx: Ctx, du: bool) -> str:
    return de_pick(
        ctx,
        du,
        [
            "Mit freundlichen Grüßen\n[Ihr {co} Recruiting-Team|{person}\nHR | {co}]",
            "Freundliche Grüße\n{person}\nPeople & Culture",
        ],
        [
            "Viele Grüße\n[{person}|Dein Team von {co}]",
            "Beste Grüße\n{person}\nPeople & Culture",
            "Liebe Grüße aus {city}\n{person}",
        ],
    )


DE_FOOT = (
    "",
    "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
    "Informationen zur Verarbeitung deiner bzw. Ihrer Daten findest du bzw. finden Sie in unserer Datenschutzerklärung für Bewerber*innen.",
    "Powered by Personio",
)


@fam("at_personio_eingang", "confirmation", ats="personio", lang="de", n=30)
def ps_received(ctx: Ctx) -> Draft:
    du = ctx.chance(0.4)
    german = join(
        de_greet(ctx, du),
        de_pick(
            ctx,
            du,
            [
                "vielen Dank für Ihre Bewerbung als {title} bei {co}! Wir haben Ihre Unterlagen erhalten.",
                "hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Position {title}.",
                "vielen Dank für Ihr Interesse an {co}. Ihre Bewerbung ist bei uns eingegangen.",
            ],
            [
                "vielen Dank für deine Bewerbung und dein Interesse an {co}! Deine Unterlagen sind gut bei uns angekommen.",
                "danke für deine Bewerbung als {title}, wir freuen uns sehr!",
            ],
        ),
        de_pick(
            ctx,
            du,
            [
                "Wir prüfen Ihre Bewerbung sorgfältig und melden uns schnellstmöglich bei Ihnen.",
                "Bitte haben Sie etwas Geduld, die Prüfung kann einige Tage in Anspruch nehmen.",
                "Sobald wir Ihre Unterlagen gesichtet haben, erhalten Sie eine Rückmeldung von uns.",
            ],
            [
                "Wir schauen uns deine Bewerbung in Ruhe an und melden uns in den nächsten [zwei Wochen|Tagen|14 Tagen] bei dir.",
                "Wir melden uns so schnell wie möglich bei dir.",
            ],
        ),
        de_sign(ctx, du),
    )
    english = ""
    if ctx.chance(0.35):
        english = join(
            "--- English version ---",
            ctx.fill("[Dear|Hi] {first},"),
            ctx.para(
                "Thank you for your application for the {title} position. We have received your documents and will get back to you as soon as possible.",
                "thank you for applying to {co}! We'll review your application and be in touch shortly.",
            ),
        )
    name, addr = sender(ctx, PS)
    subj = de_pick(
        ctx,
        du,
        [
            "Ihre Bewerbung bei {co}",
            "Eingangsbestätigung: {title}",
            "Vielen Dank für Ihre Bewerbung",
            "Bewerbung erhalten / Application received",
        ],
        ["Deine Bewerbung als {title}", "Danke für deine Bewerbung!", "Deine Bewerbung bei {co}"],
    )
    return Draft(
        subj,
        join(german, english),
        name,
        addr,
        greet=False,
        sign="",
        footer=ctx.pick(DE_FOOT),
        lang="de",
    )


@fam("at_personio_einladung", "interview", ats="personio", lang="de", n=28)
def ps_invite(ctx: Ctx) -> Draft:
    du = ctx.chance(0.4)
    body = join(
        de_greet(ctx, du),
        de_pick(
            ctx,
            du,
            [
                "vielen Dank für Ihre Bewerbung als {title}. Ihr Profil hat uns überzeugt und wir möchten Sie gerne zu einem [persönlichen Gespräch|Kennenlerngespräch|Videointerview|ersten Telefonat] einladen.",
                "gerne würden wir Sie näher kennenlernen und laden Sie zu einem Vorstellungsgespräch ein.",
            ],
            [
                "wir freuen uns, dich zu einem Vorstellungsgespräch für die Position {title} bei {co} einzuladen!",
                "deine Bewerbung hat uns gefallen und wir würden dich gern in einem [kurzen Call|Kennenlerngespräch] besser kennenlernen.",
            ],
        ),
        de_pick(
            ctx,
            du,
            [
                "Bitte wählen Sie über den folgenden Link einen passenden Termin aus:",
                "Bitte buchen Sie einen Termin in unserem Kalender:",
            ],
            [
                "Über diesen Link kannst du dir einen Termin aussuchen:",
                "Such dir hier einfach einen passenden Slot aus:",
            ],
        ),
        ctx.url(ctx.fill("{slug}.jobs.personio.de"), "interview/slots"),
        ctx.fill(
            "Das Gespräch dauert ca. [30|45|60] Minuten und findet [per Microsoft Teams|per Google Meet|bei uns im Büro in {city}] statt."
        )
        if ctx.chance(0.6)
        else "",
        de_pick(
            ctx,
            du,
            ["Falls keiner der Termine passt, antworten Sie gerne auf diese E-Mail.", ""],
            ["Falls nichts passt, antworte einfach auf diese Mail.", ""],
        ),
        de_sign(ctx, du),
    )
    name, addr = sender(ctx, PS)
    subj = de_pick(
        ctx,
        du,
        [
            "Einladung zum Vorstellungsgespräch",
            "Einladung zum Kennenlernen - {co}",
            "Ihre Bewerbung als {title}: nächste Schritte",
            "Terminvereinbarung Vorstellungsgespräch",
        ],
        [
            "Einladung zum Kennenlernen",
            "Deine Bewerbung als {title}: nächster Schritt",
            "Lass uns sprechen! {co}",
        ],
    )
    return Draft(subj, body, name, addr, greet=False, sign="", footer=ctx.pick(DE_FOOT), lang="de")


@fam("at_personio_absage", "rejection", ats="personio", lang="de", n=30)
def ps_reject(ctx: Ctx) -> Draft:
    du = ctx.chance(0.4)
    body = join(
        de_greet(ctx, du),
        de_pick(
            ctx,
            du,
            [
                "vielen Dank für Ihr Interesse an {co} und die Zeit, die Sie in Ihre Bewerbung als {title} investiert haben.",
                "wir bedanken uns für Ihre Bewerbung und das damit verbundene Vertrauen in unser Unternehmen.",
            ],
            [
                "nochmals vielen Dank für deine Bewerbung und das nette Gespräch.",
                "danke, dass du dich als {title} bei {co} beworben hast.",
            ],
        ),
        de_pick(
            ctx,
            du,
            [
                "Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidat*innen entschieden haben, deren Profil noch besser zu unseren Anforderungen passt.",
                "Nach sorgfältiger Prüfung Ihrer Unterlagen können wir Ihnen leider keine positive Rückmeldung geben.",
                "Wir haben uns die Entscheidung nicht leicht gemacht, uns aber für eine*n andere*n Bewerber*in entschieden.",
            ],
            [
                "Leider können wir dich in diesem Bewerbungsprozess nicht weiter berücksichtigen.",
                "Wir haben uns am Ende leider für eine*n andere*n Kandidat*in entschieden.",
            ],
        ),
        de_pick(
            ctx,
            du,
            [
                "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.",
                "Gerne würden wir Ihre Unterlagen für zukünftige Positionen in unserem Talentpool speichern, sofern Sie damit einverstanden sind.",
            ],
            [
                "Für deinen weiteren Weg wünschen wir dir alles Gute!",
                "Wenn du magst, behalten wir dich gern für künftige Stellen im Hinterkopf.",
            ],
        ),
        de_sign(ctx, du),
    )
    name, addr = sender(ctx, PS)
    subj = de_pick(
        ctx,
        du,
        [
            "Ihre Bewerbung als {title}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Ihre Bewerbung bei {co}",
            "Absage: {title}",
        ],
        [
            "Update zu deiner Bewerbung",
            "Deine Bewerbung bei {co}",
            "Rückmeldung zu deiner Bewerbung",
        ],
    )
    return Draft(subj, body, name, addr, greet=False, sign="", footer=ctx.pick(DE_FOOT), lang="de")


@fam("at_smallats_received", "confirmation", ats="jazzhr", n=30)
def sm_received(ctx: Ctx) -> Draft:
    name, addr, foot, link = small(ctx)
    body = join(
        ctx.para(
            "Thank you for applying to {co}! This email confirms we've received your application for {title}.",
            "Your application to {co} for the position of {title} has been received.",
            "You applied for {title} at {co}. Thanks for your interest!",
            "We appreciate your interest in {co}. Your application is in!",
            "Thanks for applying. We've got your resume and we'll take a look this week.",
        ),
        ctx.para(
            "We're a small team, so bear with us while we review applications.",
            "If your experience is a good fit, we'll reach out to schedule a time to talk.",
            "We'll follow up once we've had a chance to review.",
            "",
        ),
        ctx.maybe("You can check your application status any time here:\n", 0.5) + link
        if ctx.chance(0.35)
        else "",
    )
    return Draft(
        subject(
            ctx,
            [
                "Thank you for applying to {co}",
                "Application received",
                "We received your application!",
                "{title} application - {co}",
                "Thanks for applying",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Thanks,|Best,|Regards,|Cheers,]\n[{co}|{person}\nOffice Manager, {co}|{person}, Founder|The {co} Team]"
        ),
        footer=foot,
    )


@fam("at_smallats_portal_chores", "other_job", ats="jazzhr", n=30)
def sm_chores(ctx: Ctx) -> Draft:
    name, addr, foot, link = small(ctx)
    text, subj = topic(
        ctx,
        [
            (
                "{co} has requested that you complete a questionnaire as part of your application for {title}.",
                ["Questionnaire request from {co}", "Action required: {title} application"],
            ),
            (
                "Please complete the following form: {co} Candidate Questionnaire.",
                ["Please complete a form for {co}", "{co} Candidate Questionnaire"],
            ),
            (
                "{co} has requested additional documents: [a cover letter|references|a writing sample|your portfolio|proof of work authorization].",
                ["{co} needs more information", "Document request from {co}"],
            ),
            (
                "Please confirm your email address to finish applying for {title}.",
                ["Confirm your email", "Verify your email to finish applying"],
            ),
            (
                "Your application status has changed to: [In Review|Under Review|Reviewed].",
                ["Your application status has changed", "Application status: {co}"],
            ),
            (
                "This confirms that you have withdrawn your application for {title} at {co}.",
                ["Application withdrawn", "You withdrew your application"],
            ),
            (
                "Your candidate profile was updated. If you didn't make this change, let us know.",
                ["Your profile was updated", "Candidate profile change"],
            ),
        ],
    )
    body = join(
        text,
        ctx.fill("[Click here|Open|Continue]: ") + link,
        ctx.maybe("This link is unique to you; please don't share it.", 0.3),
    )
    sign = ctx.fill("[Thanks,\n|Thank you,\n|]") + ctx.fill("[{co}|{co} Hiring Team]")
    return Draft(subj, body, name, addr, greet=ctx.chance(0.6), sign=sign, footer=foot)


@fam("at_smallats_reject", "rejection", ats="jazzhr", n=30)
def sm_reject(ctx: Ctx) -> Draft:
    name, addr, foot, _ = small(ctx)
    body = join(
        ctx.para(
            "Thanks for your interest in the {title} role at {co}.",
            "Thank you for applying and for your patience.",
            "Thanks for taking the time to chat with us about {title}.",
        ),
        ctx.para(
            "We've reviewed your application and unfortunately we won't be moving forward.",
            "We've decided to go in a different direction for this role.",
            "The position has been filled, so we're closing out remaining applications.",
            "We've decided to pursue candidates whose background better matches what we need right now.",
        ),
        ctx.para(
            "We really appreciate your interest and wish you the best.",
            "Good luck in your search!",
            "Please feel free to apply for future openings.",
            "",
        ),
    )
    return Draft(
        subject(
            ctx,
            [
                "Your application to {co}",
                "{title} at {co}",
                "Update from {co}",
                "Thank you for applying",
                "Application update",
            ],
        ),
        body,
        name,
        addr,
        sign=ctx.fill(
            "[Best,|Thanks,|Regards,|All the best,]\n[{co} Hiring Team|{person}|{person}\n{co}]"
        ),
        footer=foot,
    )


@fam("at_rippling_offer", "offer", ats="rippling", n=26)
def rp_offer(ctx: Ctx) -> Draft:
    body = join(
        ctx.para(
            "You have a new offer letter from {co}!",
            "{person} from {co} sent you an offer letter for the {title} position.",
            "Congratulations! {co} would like to offer you the role of {title}.",
        ),
        ctx.para(
            "Review the details and sign your offer letter in Rippling by {day}.",
            "Please review and sign your offer letter. Once signed, you'll receive an invitation to complete your onboarding.",
            "Open the offer letter to see your compensation, start date and equity.",
        ),
        ctx.fill("[Review offer letter|View and sign]: ")
        + ctx.url("app.rippling.com", "offer-letter"),
    )
    name, addr = sender(
        ctx,
        [
            ("{co} via Rippling", "no-reply@rippling.com"),
            ("{co}", "ats-noreply@rippling.com"),
            ("Rippling", "no-reply@rippling.com"),
        ],
    )
    return Draft(
        subject(
            ctx,
            [
                "You have a new offer letter from {co}",
                "Offer letter: {title}",
                "{co} sent you an offer letter",
                "Action required: sign your offer letter",
            ],
        ),
        body,
        name,
        addr,
        greet=ctx.chance(0.7),
        sign="",
        footer=ctx.pick(
            [
                "",
                "Rippling · The Workforce Management Platform",
                "You're receiving this email because {co} uses Rippling.".replace(
                    "{co}", "your employer"
                ),
            ]
        ),
    )


@fam("at_vendor_marketing", "not_job", n=30)
def vendor_marketing(ctx: Ctx) -> Draft:
    brand, addr = ctx.pick(
        [
            ("Greenhouse", "marketing@greenhouse.io"),
            ("Lever", "hello@lever.co"),
            ("Workable", "news@workable.com"),
            ("Ashby", "team@ashbyhq.com"),
            ("BambooHR", "news@bamboohr.com"),
            ("Teamtailor", "hello@teamtailor.com"),
            ("Personio", "newsletter@personio.com"),
        ]
    )
    # Each campaign: its subjects, its pitch and its call to action belong together.
    subjects, pitch, cta = ctx.pick(
        [
            (
                [
                    f"Your {brand} trial is ending",
                    f"{ctx.num(2, 7)} days left on your {brand} trial",
                ],
                f"Your {brand} free trial ends soon. Upgrade now to keep your job posts live and your candidates in one place.",
                "Upgrade now",
            ),
            (
                [
                    "Webinar: better interviews, better hires",
                    "Save your seat: structured interviewing live",
                ],
                f"Join us for a live webinar: structured interviews that reduce bias. Learn how teams use {brand} scorecards to make better hiring decisions.",
                "Register now",
            ),
            (
                [f"New: offer letters in {brand}", "Send offers faster"],
                f"New in {brand}: send offer letters and collect e-signatures without leaving your pipeline.",
                "See what's new",
            ),
            (
                ["The 2025 Hiring Benchmark Report", "How fast do companies really hire?"],
                "The 2025 Hiring Benchmark Report is here: time-to-hire, offer acceptance rates and candidate experience across 4,000 companies.",
                "Read the report",
            ),
            (
                [
                    "7 interview questions to ask every candidate",
                    "Free template: interview scorecard",
                ],
                f"Hiring this quarter? Here are 7 interview questions top recruiters swear by, plus a free template from the {brand} team.",
                "Download the template",
            ),
        ]
    )
    body = join(pitch, cta + ": " + ctx.url("www." + addr.split("@")[1], "lp"))
    return Draft(
        ctx.pick(subjects),
        body,
        brand,
        addr,
        greet=ctx.chance(0.4),
        sign=ctx.pick(["", f"The {brand} Team", f"- The team at {brand}"]),
        footer=f"You're receiving this email because you signed up for {brand} updates. Unsubscribe | Manage preferences",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )
