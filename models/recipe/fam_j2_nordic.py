"""Template families (session 10, helper J2): Danish and Norwegian hiring mail, which the
corpus had none of: a Danish application receipt from a recruiting system, an invitation
to a first interview and a rejection ("afslag"); a Norwegian interview invitation and an
offer of a position ("tilbud om stilling").
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from j2_kit import at, bye, day, go, hi, j2, join, person_addr
from kit import Calendar, Ctx, Draft
from zf_kit import weekday_future


@j2("j2_cf_da_ansoegning_modtaget", "confirmation", lang="da")
def da_received(ctx: Ctx) -> Draft:
    """A Danish employer's recruiting system confirms an application."""
    go(ctx, "da")
    deadline = weekday_future(ctx, 5, 20)
    text = join(
        hi(ctx, "da"),
        ctx.para(
            "Tak for din ansøgning til stillingen som {title} hos {co}. Vi bekræfter hermed, at vi har modtaget den.",
            "Vi har modtaget din ansøgning som {title}, og vi vil gerne takke for din interesse for {co}.",
            "Tusind tak for din ansøgning! Den er nu registreret i vores rekrutteringssystem.",
        ),
        ctx.para(
            "Ansøgningsfristen er "
            + day(ctx, deadline, "da")
            + ". Herefter gennemgår vi alle ansøgninger, og du hører fra os hurtigst muligt.",
            "Vi forventer at afholde samtaler i uge "
            + str(deadline.isocalendar()[1] + 1)
            + ". Du får besked, uanset om du bliver indkaldt eller ej.",
            "Vi behandler ansøgningerne løbende, så der kan gå lidt tid, før du hører fra os.",
        ),
        ctx.pick(
            [
                "Du kan altid se status på din ansøgning ved at logge ind på din kandidatprofil.",
                "Denne e-mail kan ikke besvares.",
                "",
            ]
        ),
        bye(ctx, "da", "[HR-afdelingen|Rekrutteringsteamet|{person}]\n{co}"),
    )
    subject = ctx.para(
        "Kvittering for din ansøgning",
        "Tak for din ansøgning - {title}",
        "Vi har modtaget din ansøgning",
        "{co}: ansøgning modtaget",
    )
    name, addr = ctx.pick(
        [
            (ctx.fill("{co}"), ctx.fill("noreply@{slug}.hr-manager.example")),
            (ctx.fill("{co} Rekruttering"), ctx.fill("job@{domain}")),
            (ctx.fill("{co}"), "no-reply@emply.example"),
        ]
    )
    return Draft(
        subject,
        text,
        name,
        addr,
        greet=False,
        sign="",
        lang="da",
        bulk=True,
        form=ctx.pick(["plain", "html", "alt"]),
    )


@j2("j2_iv_da_invitation_til_samtale", "interview", lang="da")
def da_interview(ctx: Ctx) -> Draft:
    """A Danish employer invites to a (first) interview, often with a case or a test beforehand."""
    go(ctx, "da")
    when = weekday_future(ctx, 3, 12)
    school = "Skole" in ctx._co.name
    text = join(
        hi(ctx, "da"),
        ctx.para(
            "Tak for din ansøgning til stillingen som {title}. Vi vil meget gerne invitere dig til en første samtale.",
            "Vi har læst din ansøgning med stor interesse og vil gerne invitere dig til samtale om stillingen som {title}.",
            "Du er udvalgt til samtale! Vi glæder os til at høre mere om dig.",
        ),
        "Tidspunkt: "
        + at(ctx, when, "da")
        + "\nSted: "
        + ctx.pick(
            ["skolens kontor, 1. sal", "Teams (link følger)"]
            if school
            else [
                "vores kontor, Havnegade 12, København",
                "Teams (link følger)",
                "Aarhus, Søren Frichs Vej",
            ]
        ),
        ctx.para(
            "I samtalen deltager "
            + (
                "skolelederen og to lærere"
                if school
                else ctx.pick(
                    [
                        "nærmeste leder og en medarbejderrepræsentant",
                        "afdelingslederen og en kollega fra teamet",
                    ]
                )
            )
            + ". Samtalen varer ca. [45|60] minutter.",
            "Inden samtalen beder vi dig udfylde en personlighedstest; du modtager et link i en separat mail.",
            "Samtalen varer omkring en time, og vi forventer at afholde 2. samtaler ugen efter.",
        ),
        ctx.para(
            "Bekræft venligst, at tidspunktet passer, ved at svare på denne mail.",
            "Giv mig endelig besked, hvis tidspunktet ikke passer.",
            "",
        ),
        bye(ctx, "da", "{person}\n[HR-partner|Afdelingsleder|Rekrutteringskonsulent], {co}"),
    )
    subject = ctx.para(
        "Invitation til samtale",
        "Samtale vedr. stillingen som {title}",
        "Invitation til 1. samtale - {co}",
    )
    addr = person_addr(ctx)
    cal = (
        Calendar(ctx.fill("Samtale - {title}"), when, 60, organizer=addr)
        if ctx.chance(0.3)
        else None
    )
    return Draft(subject, text, ctx.person, addr, greet=False, sign="", lang="da", calendar=cal)


@j2("j2_rj_da_afslag", "rejection", lang="da")
def da_reject(ctx: Ctx) -> Draft:
    """A Danish rejection: before or after an interview, with the usual polite lines."""
    go(ctx, "da")
    text = join(
        hi(ctx, "da"),
        ctx.para(
            "Tak for din ansøgning til stillingen som {title}. Vi har modtaget mange kvalificerede ansøgninger, og vi må desværre meddele, at vi har valgt andre kandidater til samtale.",
            "Tak for samtalen forleden. Vi har nu truffet et valg, og det er desværre ikke blevet dig denne gang.",
            "Vi har nu afsluttet rekrutteringen til stillingen som {title}, og vi må desværre give dig et afslag.",
        ),
        ctx.para(
            "Vi takker for den interesse, du har vist for {co}, og ønsker dig held og lykke med jobsøgningen.",
            "Vi vil gerne sige tak for din tid og ønske dig alt det bedste fremover.",
            "Du er velkommen til at ringe, hvis du ønsker en uddybende begrundelse.",
        ),
        ctx.pick(["Din ansøgning slettes efter 6 måneder i henhold til GDPR.", ""]),
        bye(ctx, "da", "[{person}|HR-afdelingen]\n{co}"),
    )
    subject = ctx.para(
        "Vedr. din ansøgning",
        "Svar på din ansøgning - {title}",
        "Din ansøgning hos {co}",
        "Afslag - {title}",
    )
    return Draft(
        subject,
        text,
        ctx.fill("{co}"),
        ctx.fill("[job|hr|noreply]@{domain}"),
        greet=False,
        sign="",
        lang="da",
        form=ctx.pick(["plain", "alt"]),
    )


# Where each Norwegian employer interviews, and who sits on its panel.
_NO_PLACES = {
    "Fjordkraft Nett": ("Teams", "Hovedkontoret, Bergen sentrum"),
    "Helse Vestland": ("Haukeland, bygg 2", "Teams"),
    "Tindsoft": ("Kontoret vårt i Oslo, Grünerløkka", "Teams"),
    "Bergvik kommune": ("Rådhuset, møterom 3", "Teams"),
}
_NO_PANEL = {
    "Fjordkraft Nett": (
        "avdelingslederen og en tillitsvalgt",
        "prosjektdirektøren og en HR-rådgiver",
    ),
    "Helse Vestland": (
        "avdelingssykepleieren og en tillitsvalgt",
        "seksjonslederen og en HR-rådgiver",
    ),
    "Tindsoft": ("teamlederen og en utvikler", "CTO-en og en utvikler"),
    "Bergvik kommune": ("rektor og en lærer", "virksomhetslederen og en tillitsvalgt"),
}


@j2("j2_iv_no_invitasjon_til_intervju", "interview", lang="no")
def no_interview(ctx: Ctx) -> Draft:
    """A Norwegian employer (municipality, hospital, tech) invites to an interview."""
    go(ctx, "no")
    when = weekday_future(ctx, 3, 12)
    text = join(
        hi(ctx, "no"),
        ctx.para(
            "Takk for søknaden din på stillingen som {title}. Vi ønsker å invitere deg til intervju.",
            "Vi har gått gjennom søknadene til stillingen som {title}, og vil gjerne bli bedre kjent med deg.",
            "Du er en av kandidatene vi ønsker å møte til et første intervju hos {co}.",
        ),
        "Tid: " + at(ctx, when, "no") + "\nSted: " + ctx.pick(_NO_PLACES[ctx._co.name]),
        ctx.para(
            "Til stede fra oss blir "
            + ctx.pick(_NO_PANEL[ctx._co.name])
            + ". Intervjuet tar rundt en time.",
            "Ta gjerne med kopi av vitnemål og attester.",
            "Vi kommer også til å be om referanser etter intervjuet.",
        ),
        ctx.para(
            "Gi beskjed om tidspunktet passer.", "Svar gjerne på denne e-posten for å bekrefte.", ""
        ),
        bye(ctx, "no", "{person}\n[Avdelingsleder|HR-rådgiver|Rekrutterer], {co}"),
    )
    subject = ctx.para(
        "Invitasjon til intervju",
        "Intervju - {title}",
        "Innkalling til intervju hos {co}",
        "Ang. søknad på {title}",
    )
    name, addr = ctx.pick(
        [
            (ctx.person, person_addr(ctx)),
            (ctx.fill("{co} via Webcruiter"), "noreply@webcruiter.example"),
            (ctx.fill("{co}"), "noreply@jobbnorge.example"),
        ]
    )
    return Draft(subject, text, name, addr, greet=False, sign="", lang="no")


@j2("j2_of_no_tilbud_om_stilling", "offer", lang="no")
def no_offer(ctx: Ctx) -> Draft:
    """A Norwegian offer of a position: salary, start, the contract to follow, answer by a date."""
    go(ctx, "no")
    due = weekday_future(ctx, 4, 10)
    start = weekday_future(ctx, 30, 90)
    text = join(
        hi(ctx, "no"),
        ctx.para(
            "Vi har gleden av å tilby deg fast stilling som {title} i {co}.",
            "Takk for gode samtaler! Vi vil gjerne tilby deg stillingen som {title}.",
            "Som avtalt på telefon i dag sender jeg deg herved tilbud om stilling som {title}.",
        ),
        ctx.fill(
            "Årslønn: kr [640 000|710 000|585 000|820 000]\nTiltredelse: "
            + day(ctx, start, "no")
            + "\nStillingsprosent: [100 %|80 %]\nPrøvetid: 6 måneder"
        ),
        "Vi ber om svar innen "
        + day(ctx, due, "no")
        + ". Arbeidsavtalen sendes til signering når du har takket ja.",
        ctx.para(
            "Gratulerer, og velkommen til oss!",
            "Ta kontakt dersom du har spørsmål til tilbudet.",
            "",
        ),
        bye(ctx, "no", "{person}\n[Avdelingsleder|HR-sjef|Daglig leder], {co}"),
    )
    subject = ctx.para(
        "Tilbud om stilling", "Tilbud om stilling som {title}", "Stillingstilbud - {co}"
    )
    return Draft(subject, text, ctx.person, person_addr(ctx), greet=False, sign="", lang="no")
