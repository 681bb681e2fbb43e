"""Template families (session P2): not-job twins of the platform hiring mail in
fam_p2_job_platforms.py and fam_p2_job_checks.py. The same systems used for other things: a
UK council's portal receiving a parking-permit application and a hospital patient portal
asking to book an appointment slot, a French dentist's invite with a text/calendar part, a
video-interview vendor's marketing to HR buyers, a coding-test platform's blog newsletter,
e-signature envelopes for a rental contract (Swedish) and a gym or utility contract
(Italian), a Turkish fintech's identity check, and a Finnish daycare application receipt.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import vocab
from kit import Calendar, Ctx, Draft, family
from p2_kit import ESIGN, P2_N, TESTS, VIDEO, at, bye, day, hi, join
from zf_kit import weekday_future

_COUNCILS = (
    "Harbridge City Council",
    "Ashworth Borough Council",
    "East Fenwick District Council",
    "Royal Borough of Kingsmere",
)


def _council_ref(ctx: Ctx) -> str:
    return ctx.pick(["PP", "RES", "VP", "CPZ"]) + "-" + str(ctx.num(100000, 999999))


@family("p2_nj_uk_council_permit_portal", "not_job", lang="en_gb", n=P2_N)
def council_permit(ctx: Ctx) -> Draft:
    """A council's online portal receives a parking-permit application."""
    council = ctx.pick(_COUNCILS)
    slug = council.lower().replace(" ", "")
    what = ctx.pick(
        [
            "resident parking permit",
            "visitor parking permit",
            "business parking permit",
            "carer's parking permit",
            "electric vehicle charging bay permit",
        ]
    )
    ref = _council_ref(ctx)
    text = join(
        hi(ctx, "en_gb", 1.0),
        ctx.pick(
            [
                f"Thank you for submitting your application for a {what} (reference {ref}).",
                f"This email confirms that your {what} application, reference {ref}, has been successfully submitted to {council}.",
                f"We have received your {what} application. Your reference number is {ref}.",
            ]
        ),
        ctx.pick(
            [
                "Your application will now be checked by our Parking Services team. Please allow up to 10 working days for processing.",
                "We may contact you if we need further evidence of your address (e.g. a council tax bill or tenancy agreement dated within the last 3 months).",
                "Once approved, your permit will be issued virtually and linked to your vehicle registration - you will not receive a paper permit.",
            ]
        ),
        ctx.pick(
            [
                f"You can track your application by signing in to your account: https://my.{slug}.gov.example/permits",
                "If you do not hear from us within 15 working days, please contact us quoting your reference number.",
                "",
            ]
        ),
        "This is an automated message - please do not reply to this email.",
        "Parking Services\n" + council,
    )
    subject = ctx.pick(
        [
            f"Application submitted - {what} - {ref}",
            f"Confirmation of your application: {what}",
            f"{council}: application received ({ref})",
            f"Your application {ref} has been received",
        ]
    )
    return Draft(
        subject,
        text,
        council,
        f"noreply@{slug}.gov.example",
        greet=False,
        sign="",
        bulk=ctx.chance(0.4),
        form=ctx.pick(["plain", "html", "alt"]),
    )


_TRUSTS = (
    "Northbrook Hospitals NHS Foundation Trust",
    "Kestrel Valley NHS Trust",
    "St Aldhelm's University Hospitals",
)


@family("p2_nj_uk_patient_portal_book_slot", "not_job", lang="en_gb", n=P2_N)
def patient_portal(ctx: Ctx) -> Draft:
    """A hospital's patient portal: you have been referred, log in to book your appointment slot."""
    trust = ctx.pick(_TRUSTS)
    when = weekday_future(ctx, 5, 30)
    clinic = ctx.pick(
        [
            "Dermatology Outpatients",
            "Orthopaedic Clinic",
            "Audiology",
            "Physiotherapy",
            "Ophthalmology (Eye Clinic)",
            "Cardiology Outpatients",
        ]
    )
    text = join(
        ctx.fill(
            ctx.pick(["Dear {first} {last},", "Dear {first},", "Hello {first},", "Dear Patient,"])
        ),
        ctx.pick(
            [
                f"You have been referred to {clinic} at {trust}. We have reserved the appointment below for you.",
                f"We are pleased to offer you an appointment with {clinic}.",
                f"Your appointment with {clinic} has been booked.",
            ]
        ),
        "Date: "
        + day(ctx, when, "en_gb")
        + "\nLocation: "
        + ctx.pick(
            [
                "Outpatients Department, Level 2",
                "Main Hospital, Clinic C",
                "Telephone appointment - we will call you",
                "Community Health Centre, Bridge Street",
            ]
        ),
        ctx.pick(
            [
                "Please log in to the patient portal to confirm the appointment or choose another slot. If you do not respond within 14 days you may be returned to your GP.",
                "Please bring a list of your current medications and arrive 15 minutes early.",
                "If you need an interpreter or any reasonable adjustments, please let us know as soon as possible.",
            ]
        ),
        ctx.pick(
            [
                "If you cannot attend, please cancel or rebook via the portal so that the slot can be offered to another patient.",
                "Missed appointments cost the NHS millions each year - please let us know if you cannot attend.",
            ]
        ),
        "Patient Access Centre\n" + trust,
    )
    subject = ctx.pick(
        [
            f"Your appointment with {clinic}",
            "Action required: book your hospital appointment",
            f"{trust} - appointment letter",
            "New letter available in your patient portal",
        ]
    )
    return Draft(
        subject,
        text,
        trust,
        "noreply@patientportal.nhs.example",
        greet=False,
        sign="",
        form=ctx.pick(["plain", "html", "alt"]),
    )


_DENTISTS = (
    ("Cabinet dentaire des Lilas", "cabinet-deslilas.fr"),
    ("Centre dentaire Bellecour", "dentaire-bellecour.fr"),
    ("Dr Mathilde Roussel - Chirurgien-dentiste", "dr-roussel.fr"),
)


@family("p2_nj_fr_rdv_dentiste_ics", "not_job", lang="fr", n=P2_N)
def fr_dentist_ics(ctx: Ctx) -> Draft:
    """A French dental practice confirms an appointment with a calendar invite attached."""
    practice, host = ctx.pick(_DENTISTS)
    when = weekday_future(ctx, 2, 20)
    act = ctx.pick(
        ["détartrage", "contrôle annuel", "soin carie", "consultation", "pose de couronne"]
    )
    text = join(
        hi(ctx, "fr"),
        ctx.pick(
            [
                "Nous vous confirmons votre rendez-vous\u00a0:",
                "Votre rendez-vous est bien enregistré\u00a0:",
                "Suite à votre appel, voici la confirmation de votre rendez-vous\u00a0:",
            ]
        ),
        "Date\u00a0: "
        + at(ctx, when, "fr")
        + "\nMotif\u00a0: "
        + act
        + "\nPraticien\u00a0: Dr "
        + ctx.person_last,
        ctx.pick(
            [
                "Merci de vous munir de votre carte Vitale et de votre attestation de mutuelle.",
                "En cas d'empêchement, merci de prévenir au moins 48 heures à l'avance.",
                "Vous trouverez l'invitation en pièce jointe (fichier .ics) pour l'ajouter à votre agenda.",
            ]
        ),
        bye(
            ctx,
            "fr",
            practice
            + "\n"
            + ctx.pick(["01", "04", "02"])
            + f" {ctx.num(10, 99)} {ctx.num(10, 99)} {ctx.num(10, 99)} {ctx.num(10, 99)}",
        ),
    )
    subject = ctx.pick(
        [
            "Confirmation de votre rendez-vous",
            "Rendez-vous du " + day(ctx, when, "fr"),
            "Invitation\u00a0: RDV dentiste",
            "Rappel\u00a0: votre rendez-vous",
        ]
    )
    cal = Calendar(
        "RDV " + act + " - " + practice, when, 30, organizer=f"rdv@{host}", location=practice
    )
    return Draft(
        subject,
        text,
        practice,
        f"rdv@{host}",
        greet=False,
        sign="",
        lang="fr",
        calendar=cal,
        form=ctx.pick(["plain", "alt"]),
    )


@family("p2_nj_video_vendor_marketing", "not_job", n=P2_N)
def video_vendor(ctx: Ctx) -> Draft:
    """A one-way video interview vendor markets itself to HR buyers: webinar, demo, report."""
    brand, domain, host = ctx.pick(VIDEO)
    when = weekday_future(ctx, 5, 20)
    text = join(
        ctx.fill(ctx.pick(["Hi {first},", "Hello {first},", "Hi there,"])),
        ctx.pick(
            [
                f"Hiring teams using {brand} cut time-to-hire by 42% last year. Want to see how?",
                f'Join our live webinar "The future of high-volume hiring" on {day(ctx, when)} - with talent leaders from retail, healthcare and logistics.',
                "Our 2025 Candidate Experience Report is out: 3,200 job seekers told us what makes them drop out of a hiring process.",
                f"New in {brand}: AI-generated interview summaries, structured scorecards and a Workday integration.",
            ]
        ),
        ctx.pick(
            [
                "In 30 minutes we'll cover: screening 1,000 applicants without burning out your recruiters, reducing bias with structured questions, and what candidates really think of one-way video.",
                "Book a 20-minute demo with our team and get a free 30-day pilot for up to 3 open roles.",
                "Download the report to benchmark your funnel and see where candidates drop off.",
            ]
        ),
        ctx.pick(["Save my seat: ", "Book a demo: ", "Download the report: ", "See what's new: "])
        + ctx.url(host, "lp"),
        ctx.pick(["Cheers,", "Best,", "Talk soon,"])
        + "\n"
        + ctx.person_first
        + ", "
        + ctx.pick(["Customer Marketing", "Account Executive", "Head of Growth"])
        + " at "
        + brand,
        f"You are receiving this because you subscribed to {brand} updates. Unsubscribe: {ctx.url(host, 'unsubscribe')}\n{brand}, {ctx.num(10, 999)} Market Street, San Francisco, CA",
    )
    subject = ctx.pick(
        [
            f"Webinar: the future of high-volume hiring ({day(ctx, when)})",
            "Cut time-to-hire by 42%",
            "The 2025 Candidate Experience Report",
            f"What's new in {brand}",
            "Your recruiters deserve a break",
        ]
    )
    return Draft(
        subject,
        text,
        f"{ctx.person_first} at {brand}",
        f"hello@{domain}",
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("p2_nj_coding_platform_blog_digest", "not_job", n=P2_N)
def coding_blog(ctx: Ctx) -> Draft:
    """A coding-test platform's monthly blog newsletter: challenges, articles, no one's test."""
    brand, domain, host = ctx.pick(TESTS)
    posts = ctx.rng.sample(
        [
            "How we stopped our test suite from flaking (and what it taught us)",
            "Monthly challenge: the longest palindromic substring in O(n)",
            "Dynamic programming for people who hate dynamic programming",
            "Why we rewrote our grader in Rust",
            "Remote pair programming: 7 habits of great pairs",
            "What 2 million submissions tell us about Python vs Java",
            "Big-O is not the whole story: profiling a real API",
            "Last month's challenge results: 12,400 solutions, 3 perfect scores",
        ],
        3,
    )
    text = join(
        ctx.pick(
            [
                f"This month on the {brand} blog",
                f"The {brand} Digest - {vocab.MONTHS[ctx.date.month - 1]}",
                "Hello developers,",
            ]
        ),
        "\n\n".join(f"{p}\nRead more: {ctx.url(host, 'blog')}" for p in posts),
        ctx.pick(
            [
                "Take this month's challenge and get a certificate you can share on your profile - it's free and takes about 30 minutes.",
                "Try our new practice arena: 300 problems with hints and editorial solutions.",
                "",
            ]
        ),
        f"You're receiving this because you signed up for the {brand} newsletter. Manage preferences or unsubscribe: {ctx.url(host, 'preferences')}",
    )
    subject = ctx.pick(
        [
            f"The {brand} Digest: {posts[0]}",
            posts[0],
            f"Monthly challenge is live + {ctx.num(3, 6)} reads",
            f"{brand} blog: what's new this month",
        ]
    )
    return Draft(
        subject,
        text,
        f"{brand} Blog",
        f"newsletter@{domain}",
        greet=False,
        sign="",
        bulk=True,
        form=ctx.pick(["html", "alt"]),
    )


@family("p2_nj_sv_hyresavtal_esign", "not_job", lang="sv", n=P2_N)
def sv_rental_esign(ctx: Ctx) -> Draft:
    """A Swedish rental contract (hyresavtal) arrives as an e-signature envelope."""
    brand, domain, host = ctx.pick(ESIGN)
    landlord = ctx.pick(
        ["Bostads AB Mimer", "Heimstaden", "Stena Fastigheter", "Hyresvärden Ekdal"]
    )
    doc = (
        ctx.pick(
            [
                "Hyresavtal lägenhet",
                "Andrahandskontrakt",
                "Hyresavtal bostad",
                "Avtal om parkeringsplats",
            ]
        )
        + " - "
        + ctx.pick(["Storgatan", "Kungsgatan", "Vasavägen", "Ringvägen"])
        + " "
        + str(ctx.num(2, 80))
    )
    note = ctx.pick(
        [
            "Hej! Här kommer hyresavtalet som vi pratade om. Tillträde den 1:a nästa månad. Signera gärna så snart du kan.",
            "Hej, bifogat finns kontraktet för lägenheten. Depositionen betalas in innan tillträdet.",
            "Här är avtalet för parkeringsplatsen. Hör av dig om något är oklart!",
        ]
    )
    text = join(
        f"{ctx.person} på {landlord} har skickat ett dokument till dig för signering.",
        "Dokument: " + doc,
        'Meddelande från avsändaren:\n"' + note + '"',
        "Öppna och signera dokumentet: " + ctx.url(host, "sign"),
        ctx.pick(
            ["Du signerar med BankID.", "Signera med BankID eller med e-post och SMS-kod.", ""]
        ),
        f"Det här mejlet skickades av {brand} på uppdrag av {landlord}. Dela inte länken med någon annan.",
    )
    subject = ctx.pick(
        [
            f'{ctx.person} ({landlord}) har skickat dokumentet "{doc}" för signering',
            "Signera: " + doc,
            f"Dokument att signera från {landlord}",
        ]
    )
    return Draft(
        subject,
        text,
        f"{ctx.person} via {brand}",
        f"noreply@{domain}",
        greet=False,
        sign="",
        lang="sv",
        form=ctx.pick(["html", "alt"]),
    )


@family("p2_nj_it_contratto_firma_digitale", "not_job", lang="it", n=P2_N)
def it_contract_esign(ctx: Ctx) -> Draft:
    """An Italian gym, utility or insurance contract sent for electronic signature."""
    brand, domain, host = ctx.pick(ESIGN[:2])
    sender, doc = ctx.pick(
        [
            ("Palestra FitZone Milano", "Contratto di abbonamento annuale"),
            ("Energia Chiara S.p.A.", "Contratto di fornitura luce e gas"),
            ("Assicurazioni Lagunare", "Polizza RC Auto - proposta"),
            ("Immobiliare Duomo", "Contratto di locazione 4+4"),
            ("Banca Adriatica", "Apertura conto corrente - modulo di adesione"),
        ]
    )
    text = join(
        f"{ctx.person} ({sender}) ti ha inviato un documento da firmare.",
        f"Documento: {doc} - {ctx.cand_first} {ctx.cand_last}",
        "Messaggio:\n«"
        + ctx.fill(
            ctx.pick(
                [
                    "Gentile {first}, come concordato ti inviamo il contratto da firmare digitalmente. Grazie!",
                    "Buongiorno, in allegato il documento per completare l'attivazione.",
                    "Ciao {first}, ecco il contratto: firmalo entro venerdì per bloccare la promozione.",
                ]
            )
        )
        + "»",
        "Rivedi e firma: " + ctx.url(host, "firma"),
        ctx.pick(
            [
                "Il link scade tra 14 giorni.",
                "Per firmare ti verrà inviato un codice OTP via SMS.",
                "",
            ]
        ),
        f"Questa email è stata inviata da {brand} per conto di {sender}. Non inoltrarla: il link è personale.",
    )
    subject = ctx.pick(
        [
            f"Firma richiesta: {doc}",
            f'{ctx.person} ti ha inviato "{doc}"',
            f"{sender} - documento da firmare",
        ]
    )
    return Draft(
        subject,
        text,
        f"{ctx.person} tramite {brand}",
        f"noreply@{domain}",
        greet=False,
        sign="",
        lang="it",
        form=ctx.pick(["html", "alt"]),
    )


@family("p2_nj_tr_kimlik_dogrulama", "not_job", lang="tr", n=P2_N)
def tr_kyc(ctx: Ctx) -> Draft:
    """A Turkish bank or fintech app asks to verify identity (KYC): a check that is no job's."""
    app = ctx.pick(["Papelito", "CepBank", "Kuruş Dijital", "Anadolu Finans Mobil"])
    due = weekday_future(ctx, 2, 10)
    text = join(
        hi(ctx, "tr"),
        ctx.pick(
            [
                f"{app} hesabınızı kullanmaya devam edebilmeniz için kimlik doğrulamanızı tamamlamanız gerekmektedir.",
                "Yasal düzenlemeler gereği müşterilerimizin kimlik ve adres bilgilerini güncellemesi gerekmektedir.",
                f"{app} kart başvurunuzun son adımı: görüntülü görüşme ile kimlik doğrulama.",
            ]
        ),
        ctx.pick(
            [
                "Lütfen uygulamaya giriş yaparak kimlik kartınızın ön ve arka yüzünü yükleyin ve kısa bir selfie videosu çekin.",
                "Adres bilginizi e-Devlet'ten alacağınız yerleşim yeri belgesi ile güncelleyin.",
                "Görüntülü görüşme yaklaşık 5 dakika sürer; yanınızda çipli kimlik kartınızın olması yeterlidir.",
            ]
        ),
        "Son tarih: " + day(ctx, due, "tr"),
        "Doğrulamayı başlat: "
        + ctx.url(ctx.pick(["app.papelito.example", "m.cepbank.example"]), "kyc"),
        ctx.pick(
            [
                "Doğrulama tamamlanmazsa hesabınız geçici olarak kısıtlanabilir.",
                "Bu e-postayı siz talep etmediyseniz lütfen müşteri hizmetlerimizle iletişime geçin.",
                "",
            ]
        ),
        bye(ctx, "tr", app + " Müşteri Hizmetleri"),
    )
    subject = ctx.pick(
        [
            "Kimlik doğrulamanızı tamamlayın",
            f"{app}: işlem gerekli",
            "Bilgilerinizi güncelleyin",
            "Hesabınız için kimlik doğrulama",
        ]
    )
    return Draft(
        subject,
        text,
        app,
        f"noreply@{app.lower().replace(' ', '').replace('ş', 's').replace('ı', 'i')}.example",
        greet=False,
        sign="",
        lang="tr",
        bulk=ctx.chance(0.3),
        form=ctx.pick(["html", "alt"]),
    )


@family("p2_nj_fi_varhaiskasvatushakemus", "not_job", lang="fi", n=P2_N)
def fi_daycare(ctx: Ctx) -> Draft:
    """A Finnish city's e-service confirms a daycare (or school) place application."""
    city = ctx.pick(["Järvelän kaupunki", "Koivulan kunta", "Lahdenrannan kaupunki"])
    what = ctx.pick(
        [
            "Varhaiskasvatushakemus",
            "Esiopetushakemus",
            "Hakemus koululaisten iltapäivätoimintaan",
            "Asukaspysäköintitunnushakemus",
        ]
    )
    ref = f"{ctx.num(100, 999)}-{ctx.num(10, 99)}-{ctx.num(2024, 2026)}"
    start = weekday_future(ctx, 30, 120)
    text = join(
        hi(ctx, "fi"),
        ctx.pick(
            [
                f"{what} on vastaanotettu ({ref}).",
                f"Kiitos hakemuksestasi! Olemme vastaanottaneet hakemuksen: {what.lower()}.",
                f"Tämä on vahvistus siitä, että hakemuksesi ({what.lower()}) on tallennettu palveluun.",
            ]
        ),
        ctx.pick(
            [
                "Toivottu aloituspäivä: "
                + day(ctx, start, "fi")
                + ". Hakemus on jätettävä vähintään neljä kuukautta ennen tarvetta.",
                "Saat päätöksen sähköisesti, kun hakemus on käsitelty. Käsittelyaika on noin 4 viikkoa.",
                "Voit muokata hakemusta asiointipalvelussa, kunnes se on otettu käsittelyyn.",
            ]
        ),
        "Tähän viestiin ei voi vastata.",
        bye(
            ctx,
            "fi",
            city
            + "\n"
            + ctx.pick(
                [
                    "Asiointipalvelu",
                    "Varhaiskasvatuksen palveluohjaus",
                    "Kasvatuksen ja opetuksen toimiala",
                ]
            ),
        ),
    )
    subject = ctx.pick(
        [
            f"Hakemus vastaanotettu: {what}",
            f"Kiitos hakemuksestasi - {city}",
            "Vahvistus hakemuksen vastaanottamisesta",
            f"{what} ({ref})",
        ]
    )
    return Draft(
        subject,
        text,
        f"{city} - Asiointi",
        "noreply@asiointi.jarvela.fi.example",
        greet=False,
        sign="",
        lang="fi",
        bulk=ctx.chance(0.3),
        form=ctx.pick(["plain", "html", "alt"]),
    )
