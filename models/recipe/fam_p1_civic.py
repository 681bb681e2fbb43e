"""Template families (session P1): civic and club mail with hiring words. A visa centre books
a biometrics "appointment" for an "applicant"; a Danish charity welcomes a new unpaid volunteer
("frivillig") with an intro meeting; a Norwegian football club invites a player to a trial
("prøvetrening"); a UK jury summons and its "selection"; a Finnish gym processes a "membership
application"; a Czech grant agency on a project "žádost"; a Turkish bank on a housing loan
"başvuru". Applications and selections, none of them for a job.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft
from p1_kit import amount, at, bye, day, draft, evening, hi, join, mailbox, p1, ref, who
from zf_kit import weekday_future


@p1("p1_in_visa_appointment_biometrics", lang="en_in")
def in_visa(ctx: Ctx) -> Draft:
    """A visa application centre in India: appointment, biometrics, passport ready for collection."""
    country = ctx.pick(
        ["Germany", "France", "the Netherlands", "Italy", "Canada", "the United Kingdom"]
    )
    city = ctx.pick(["Bengaluru", "Mumbai", "New Delhi", "Chennai", "Hyderabad", "Pune"])
    gwf = ref(ctx, ctx.pick(["GWF", "BLR", "IND"]), 9)
    when = weekday_future(ctx, 3, 15)
    kind = ctx.pick(["appointment", "appointment", "tracking", "collect"])
    if kind == "appointment":
        subject = ctx.pick(
            [
                f"Appointment Confirmation - {country} Visa Application Centre {city}",
                f"Your visa appointment is confirmed ({gwf})",
            ]
        )
        core = [
            f"Dear Applicant,\n\nYour appointment at the {country} Visa Application Centre, {city} has been confirmed for {at(ctx, when, 'en_in')}.",
            f"Reference number: {gwf}\nVisa category: {ctx.pick(['Short stay (Schengen) - Tourism', 'Short stay (Schengen) - Business', 'Visitor', 'Student', 'Family reunion'])}",
            "Please arrive 15 minutes before your slot with your printed appointment letter, passport, completed application form and supporting documents. Biometrics (fingerprints and photograph) will be captured at the centre.",
            "Mobile phones and large bags are not permitted inside the centre.",
        ]
    elif kind == "tracking":
        subject = f"Status update for your visa application {gwf}"
        core = [
            "Dear Applicant,",
            f"Your application ({gwf}) has been forwarded to the Embassy/Consulate for processing. Processing times vary; the Visa Application Centre has no role in the decision.",
            "You will receive an SMS and email when your passport is ready for collection.",
        ]
    else:
        subject = f"Passport ready for collection - {gwf}"
        core = [
            "Dear Applicant,",
            f"Your processed passport is ready for collection at the {country} Visa Application Centre, {city}. Collection hours: 3:00 PM to 5:00 PM, Monday to Friday.",
            "Please carry the original receipt and a photo ID. If someone else collects on your behalf, an authorisation letter is required.",
        ]
    return draft(
        ctx,
        "en_in",
        subject,
        join(*core, "Regards,\nVisa Application Centre"),
        (
            f"{country} Visa Application Centre",
            ctx.pick(["donotreply@visacentre-in.example", "info.india@visaservices.example"]),
        ),
        footer="This is an auto-generated email. Please do not reply to this email.",
        form=ctx.pick(["html", "plain"]),
        bulk=True,
    )


_DK_ORGS = (
    ("Røde Kors Aarhus", "aarhus.rodekors.dk.example"),
    ("Fødevarebanken København", "foedevarebanken.dk.example"),
    ("Kirkens Korshær Odense", "korshaer-odense.dk.example"),
    ("Ældre Sagen Roskilde", "aeldresagen-roskilde.dk.example"),
)
_DK_TASKS = (
    "besøgsven",
    "frivillig i genbrugsbutikken",
    "lektiehjælper",
    "chauffør til madudbringning",
    "frivillig ved morgenmadscaféen",
)


@p1("p1_da_frivillig_tilmelding", lang="da")
def da_volunteer(ctx: Ctx) -> Draft:
    """A Danish charity welcomes an unpaid volunteer: intro meeting, rota, a criminal record consent."""
    org, host = ctx.pick(_DK_ORGS)
    first, last = who(ctx, "da")
    task = ctx.pick(_DK_TASKS)
    when = evening(ctx, weekday_future(ctx, 2, 10))
    kind = ctx.pick(["velkommen", "intro", "vagtplan"])
    if kind == "velkommen":
        subject = ctx.pick(
            [
                "Tak for din tilmelding som frivillig!",
                f"Velkommen som {task}",
                "Din henvendelse om frivilligt arbejde",
            ]
        )
        core = [
            f"Tusind tak for din interesse i at blive {task} hos {org}. Vi bliver så glade, når nogen vil give en hånd med.",
            "Inden du starter, skal vi lige mødes til en uformel snak, så vi kan høre lidt om dig og fortælle om stedet. Det er ikke en jobsamtale – bare en kop kaffe.",
            f"Kan du {at(ctx, when, 'da')}?",
        ]
    elif kind == "intro":
        subject = ctx.pick(
            ["Introaften for nye frivillige", "Invitation: intro for nye frivillige"]
        )
        core = [
            f"Vi holder introaften for nye frivillige {at(ctx, when, 'da')} i vores lokaler.",
            "Du får en rundvisning, møder de andre frivillige og hører om vagtplanen. Der er kage!",
            (
                "Da du skal hjælpe børn med lektier, beder vi dig også give samtykke til, at vi indhenter en børneattest. Det gør du via MitID."
                if task == "lektiehjælper"
                else "Tag gerne behageligt tøj på – du kommer til at prøve et par opgaver sammen med en erfaren frivillig."
            ),
        ]
    else:
        subject = ctx.pick(["Vagtplan for næste måned", "Kan du tage en ekstra vagt?"])
        core = [
            f"Her er vagtplanen for næste måned. Du står på {day(ctx, when, 'da')} fra {ctx.pick(['9', '10', '13'])} til {ctx.pick(['15', '16', '17'])}.",
            "Skriv endelig hvis det ikke passer – vi finder en løsning. Husk at alle vagter er frivillige og ulønnede.",
        ]
    sign = bye(ctx, "da", first, f"Frivilligkoordinator, {org}")
    return draft(
        ctx,
        "da",
        subject,
        join(hi(ctx, "da"), *core, sign),
        (f"{first} {last}", mailbox(ctx, first, last, host)),
        form=ctx.pick(["plain", "alt"]),
    )


_NO_CLUBS = (
    ("Stabekk IL Fotball", "stabekk-il.no.example"),
    ("Fjordbyen FK", "fjordbyenfk.no.example"),
    ("Lyn Bergen Håndball", "lynbergen.no.example"),
)


@p1("p1_no_idrettslag_provetrening", lang="no")
def no_trial(ctx: Ctx) -> Draft:
    """A Norwegian sports club invites a player (or a parent's child) to a trial, then picks the squad."""
    club, host = ctx.pick(_NO_CLUBS)
    first, last = who(ctx, "no")
    team = ctx.pick(["G16", "J15", "A-laget", "G14 elite", "rekruttlaget", "damelaget"])
    when = evening(ctx, weekday_future(ctx, 2, 9))
    kind = ctx.pick(["invitasjon", "uttak", "kontingent"])
    if kind == "invitasjon":
        subject = ctx.pick(
            [f"Invitasjon til prøvetrening – {team}", "Prøvetrening hos oss", f"Hospitering {team}"]
        )
        core = [
            f"Vi har fått tips fra trenerteamet om deg og vil gjerne invitere deg på prøvetrening med {team} {at(ctx, when, 'no')} på {ctx.pick(['kunstgresset', 'Nadderud', 'hallen', 'Storhamar'])}.",
            "Ta med drikkeflaske, leggskinn og innesko/fotballsko. Trening varer ca. 90 minutter.",
            "Gi beskjed om du kan komme, så setter vi deg opp på lista.",
        ]
    elif kind == "uttak":
        subject = ctx.pick([f"Uttak til {team}", "Tilbakemelding etter prøvetreningen"])
        core = [
            ctx.pick(
                [
                    f"Takk for flott innsats på prøvetreningene! Vi vil gjerne tilby deg plass i stallen til {team} denne sesongen.",
                    f"Takk for at du kom på prøvetrening. Denne gangen ble det dessverre ikke plass på {team}, men vi anbefaler deg å fortsette på breddelaget.",
                ]
            ),
            "Ta kontakt om du har spørsmål.",
        ]
    else:
        subject = "Medlemskontingent og treningsavgift"
        core = [
            f"Velkommen som medlem! Medlemskontingent og treningsavgift på til sammen {amount(ctx, 900, 4200, 'kr', 50)} sendes ut via Spond. Forfall: {day(ctx, when, 'no')}.",
            "Husk også å melde deg inn i laget på Spond-appen.",
        ]
    sign = bye(
        ctx, "no", first, ctx.pick(["Trener", "Sportslig leder", "Lagleder"]) + f" {team}", club
    )
    return draft(
        ctx,
        "no",
        subject,
        join(hi(ctx, "no"), *core, sign),
        (f"{first} {last}", mailbox(ctx, first, last, host)),
        form=ctx.pick(["plain", "alt"]),
    )


@p1("p1_uk_jury_summons_selection", lang="en_gb")
def uk_jury(ctx: Ctx) -> Draft:
    """HM Courts: a jury summons, its reply form, and a reminder; 'selection' of jurors, no job."""
    court = ctx.pick(
        [
            "Crown Court at Lewes",
            "Snaresbrook Crown Court",
            "Crown Court at Leeds",
            "Cardiff Crown Court",
            "Crown Court at Preston",
        ]
    )
    juror = ref(ctx, "", 9)
    when = weekday_future(ctx, 20, 60)
    kind = ctx.pick(["summons", "reminder", "confirmed"])
    if kind == "summons":
        subject = ctx.pick(
            ["You have been summoned for jury service", "Jury summons: reply online"]
        )
        core = [
            f"You have been selected at random from the electoral register for jury service at the {court}, starting on {day(ctx, when, 'en_gb')}.",
            f"You must reply within 7 days, even if you cannot do jury service. Reply online using your juror number {juror} and your last name.",
            "Jury service normally lasts up to 10 working days. Your employer must allow you time off, but they do not have to pay you; you can claim for loss of earnings.",
        ]
    elif kind == "reminder":
        subject = "Reminder: reply to your jury summons"
        core = [
            f"We have not yet received your reply to your jury summons (juror number {juror}).",
            "If you do not reply, you could be fined up to £1,000.",
        ]
    else:
        subject = "Jury service confirmed"
        core = [
            f"Thank you for replying. Your jury service at the {court} is confirmed from {day(ctx, when, 'en_gb')}. Please arrive at 9:15am.",
            "On your first day you will watch a short film about the role of a juror. Jurors for each trial are then chosen by ballot in the courtroom.",
        ]
    return draft(
        ctx,
        "en_gb",
        subject,
        join(
            ctx.pick(["Dear " + ctx.cand_first + " " + ctx.cand_last + ",", "Dear Juror,", ""]),
            *core,
            "Jury Central Summoning Bureau",
        ),
        ("Jury Central Summoning Bureau", "jury.summoning@justice.gov.uk.example"),
        footer="Do not reply to this email. This mailbox is not monitored.",
        form=ctx.pick(["plain", "html"]),
    )


_FI_GYMS = (
    ("Kuntokeskus Voima", "voimakuntokeskus.fi"),
    ("Liikuntakeskus Sykettä", "sykette.fi"),
    ("Tampereen Uimahalli & Kuntosali", "tampereenuimahalli.fi.example"),
)


@p1("p1_fi_kuntosali_jasenhakemus", lang="fi")
def fi_gym(ctx: Ctx) -> Draft:
    """A Finnish gym on a membership application: received, intro session ("perehdytys"), first invoice."""
    gym, host = ctx.pick(_FI_GYMS)
    first, _last = who(ctx, "fi")
    when = weekday_future(ctx, 1, 7)
    kind = ctx.pick(["vastaanotettu", "perehdytys", "lasku"])
    fee = amount(ctx, 29, 69, "€", 1)
    if kind == "vastaanotettu":
        subject = ctx.pick(["Jäsenhakemuksesi on vastaanotettu", "Tervetuloa jäseneksi!"])
        core = [
            f"Kiitos jäsenhakemuksestasi! Jäsenyytesi ({ctx.pick(['12 kk sopimus', 'toistaiseksi voimassa', 'opiskelijajäsenyys'])}) alkaa {day(ctx, when, 'fi')}.",
            f"Kuukausimaksu on {fee}. Kulkutunniste aktivoidaan, kun käyt ensimmäisen kerran vastaanotossa.",
        ]
    elif kind == "perehdytys":
        subject = "Kuntosaliperehdytys varattu"
        core = [
            f"Olet varannut maksuttoman kuntosaliperehdytyksen {at(ctx, when, 'fi')}. Ohjaajana toimii {first}.",
            "Perehdytyksessä käydään läpi laitteet ja tehdään sinulle aloitusohjelma. Varaa mukaan sisäkengät ja juomapullo.",
        ]
    else:
        subject = "Ensimmäinen laskusi"
        core = [
            f"Jäsenyytesi ensimmäinen lasku ({fee}) on nyt nähtävillä verkkopankissa e-laskuna.",
            "Jatkossa maksu veloitetaan kuukausittain.",
        ]
    sign = bye(ctx, "fi", gym)
    return draft(
        ctx,
        "fi",
        subject,
        join(hi(ctx, "fi"), *core, sign),
        (gym, ctx.pick(["asiakaspalvelu@", "noreply@", "info@"]) + host),
        form=ctx.pick(["html", "alt"]),
        bulk=ctx.chance(0.4),
    )


@p1("p1_cs_zadost_o_grant", lang="cs")
def cs_grant(ctx: Ctx) -> Draft:
    """A Czech city or foundation on a grant application (žádost o dotaci): received, assessment, result."""
    donor, host = ctx.pick(
        [
            ("Magistrát města Brna – Odbor kultury", "brno.cz.example"),
            ("Nadace Zelený most", "zelenymost.cz.example"),
            ("Statutární město Ostrava – Odbor sociálních věcí", "ostrava.cz.example"),
            ("Nadační fond Sousedé", "nfsousede.cz.example"),
        ]
    )
    project = ctx.pick(
        [
            "Komunitní zahrada Lesná",
            "Letní kino na náměstí",
            "Sousedská knihovnička",
            "Festival amatérského divadla",
            "Kroužek robotiky pro děti",
        ]
    )
    first, last = who(ctx, "cs")
    when = weekday_future(ctx, 7, 30)
    kind = ctx.pick(["prijata", "hodnoceni", "vysledek"])
    if kind == "prijata":
        subject = ctx.pick(
            ["Potvrzení přijetí žádosti o dotaci", f"Žádost č. {ref(ctx, '', 6)} – přijata"]
        )
        core = [
            f"potvrzujeme přijetí Vaší žádosti o dotaci na projekt „{project}“.",
            "Žádost nyní projde formální kontrolou. V případě nedostatků Vás vyzveme k doplnění.",
        ]
    elif kind == "hodnoceni":
        subject = "Výzva k doplnění žádosti"
        core = [
            f"při formální kontrole žádosti na projekt „{project}“ jsme zjistili, že chybí položkový rozpočet a čestné prohlášení.",
            f"Prosíme o doplnění do {day(ctx, when, 'cs')}. Poté bude žádost postoupena hodnoticí komisi.",
        ]
    else:
        subject = ctx.pick(["Výsledek hodnocení žádosti", "Rozhodnutí o poskytnutí dotace"])
        core = [
            ctx.pick(
                [
                    f"s potěšením Vám oznamujeme, že hodnoticí komise doporučila Váš projekt „{project}“ k podpoře ve výši {amount(ctx, 20000, 300000, 'Kč', 1000)}.",
                    f"je nám líto, ale Váš projekt „{project}“ v letošním kole nezískal podporu. Hodnocení komise najdete v příloze.",
                ]
            ),
            "Děkujeme za Váš zájem.",
        ]
    sign = bye(ctx, "cs", f"{first} {last}", donor)
    return draft(
        ctx,
        "cs",
        subject,
        join(hi(ctx, "cs"), *core, sign),
        (donor.split(" – ")[0], mailbox(ctx, first, last, host)),
        form=ctx.pick(["plain", "alt"]),
    )


@p1("p1_tr_konut_kredisi_basvurusu", lang="tr")
def tr_mortgage(ctx: Ctx) -> Draft:
    """A Turkish bank on a housing loan application: received, appraisal (ekspertiz), approval."""
    bank, host = ctx.pick(
        [
            ("Marmara Katılım Bankası", "marmarakatilim.com.tr"),
            ("Kuzey Bank", "kuzeybank.com.tr"),
            ("Ege Yatırım Bankası", "egeyatirim.com.tr"),
        ]
    )
    when = weekday_future(ctx, 2, 10)
    sum_ = amount(ctx, 800000, 4500000, "TL", 10000)
    kind = ctx.pick(["alindi", "ekspertiz", "onay"])
    if kind == "alindi":
        subject = ctx.pick(["Konut kredisi başvurunuz alındı", "Kredi başvurunuz hakkında"])
        core = [
            f"{sum_} tutarındaki konut kredisi başvurunuz alınmıştır. Başvuru numaranız: {ref(ctx, '', 10)}.",
            "Başvurunuz değerlendirme sürecindedir; sonuç SMS ve e-posta ile bildirilecektir.",
        ]
    elif kind == "ekspertiz":
        subject = "Ekspertiz randevunuz oluşturuldu"
        core = [
            f"Kredi başvurunuza konu taşınmaz için ekspertiz randevusu {at(ctx, when, 'tr')} olarak planlanmıştır.",
            "Eksper, tapu fotokopisi ve yapı kullanma izin belgesini görmek isteyecektir.",
        ]
    else:
        subject = "Konut kredisi başvurunuz onaylandı"
        core = [
            f"Konut kredisi başvurunuz {sum_} tutarında, {ctx.pick(['60', '120', '96'])} ay vade ile onaylanmıştır.",
            "Tapu devri ve ipotek işlemleri için şubeniz sizinle iletişime geçecektir.",
        ]
    return draft(
        ctx,
        "tr",
        subject,
        join(
            hi(ctx, "tr"), *core, ctx.pick(["Saygılarımızla,", "İyi günler dileriz,"]) + "\n" + bank
        ),
        (bank, ctx.pick(["bilgilendirme@", "noreply@"]) + host),
        footer="Bu e-posta bilgilendirme amaçlıdır, lütfen yanıtlamayınız.",
        form=ctx.pick(["html", "alt"]),
    )
