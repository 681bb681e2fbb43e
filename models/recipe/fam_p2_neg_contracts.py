"""Template families (session P2): not-job twins of the e-signature offers and the checks
around an application (the job families were set aside, see p2_kit): e-signature envelopes
for a rental contract (Swedish) and a gym, utility or bank contract (Italian), a Turkish
fintech's identity check (KYC, not a background check), and a Finnish city's e-service
receipt for a daycare, school-care or parking application (not a recruitment portal's).
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft, family
from p2_kit import ESIGN, P2_N, bye, day, hi, join
from zf_kit import weekday_future


@family("p2_nj_sv_hyresavtal_esign", "not_job", lang="sv", n=P2_N)
def sv_rental_esign(ctx: Ctx) -> Draft:
    """A Swedish rental contract (hyresavtal) arrives as an e-signature envelope."""
    brand, domain, host = ctx.pick(ESIGN)
    landlord = ctx.pick(
        ["Bostads AB Mimer", "Heimstaden", "Stena Fastigheter", "Hyresvärden Ekdal"]
    )
    address = (
        ctx.pick(["Storgatan", "Kungsgatan", "Vasavägen", "Ringvägen"]) + " " + str(ctx.num(2, 80))
    )
    doc, note = ctx.pick(
        [
            (
                "Hyresavtal lägenhet",
                "Hej! Här kommer hyresavtalet som vi pratade om. Tillträde den 1:a nästa månad. Signera gärna så snart du kan.",
            ),
            (
                "Andrahandskontrakt",
                "Hej, här är andrahandskontraktet för lägenheten. Depositionen betalas in innan tillträdet.",
            ),
            (
                "Hyresavtal bostad",
                "Hej! Avtalet gäller tills vidare med tre månaders uppsägningstid. Hör av dig om något är oklart.",
            ),
            (
                "Avtal om parkeringsplats",
                "Här är avtalet för parkeringsplatsen. Hör av dig om något är oklart!",
            ),
        ]
    )
    doc = f"{doc} - {address}"
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
            ("Energia Chiara", "Contratto di fornitura luce e gas"),
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


_TR_APPS = (
    ("Papelito", "papelito.example"),
    ("CepBank", "cepbank.example"),
    ("Kuruş Dijital", "kurusdijital.example"),
    ("Anadolu Finans Mobil", "anadolufinans-mobil.example"),
)


@family("p2_nj_tr_kimlik_dogrulama", "not_job", lang="tr", n=P2_N)
def tr_kyc(ctx: Ctx) -> Draft:
    """A Turkish bank or fintech app asks to verify identity (KYC): a check that is no job's."""
    app, host = ctx.pick(_TR_APPS)
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
        "Doğrulamayı başlat: " + ctx.url("m." + host, "kyc"),
        ctx.pick(
            [
                "Doğrulama tamamlanmazsa hesabınız geçici olarak kısıtlanabilir.",
                "Bu e-postayı siz talep etmediyseniz lütfen müşteri hizmetlerimizle iletişime geçin.",
                "",
            ]
        ),
        ctx.pick(["Saygılarımızla,", "Teşekkür ederiz,"]) + "\n" + app + " Müşteri Hizmetleri",
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
        f"noreply@{host}",
        greet=False,
        sign="",
        lang="tr",
        bulk=ctx.chance(0.3),
        form=ctx.pick(["html", "alt"]),
    )


_FI_CITIES = (
    ("Järvelän kaupunki", "jarvela"),
    ("Koivulan kunta", "koivula"),
    ("Lahdenrannan kaupunki", "lahdenranta"),
)
# What a resident applies for, what happens next, and which office signs.
_FI_KINDS = (
    (
        "Varhaiskasvatushakemus",
        "Hakemus on jätettävä vähintään neljä kuukautta ennen hoidon tarvetta. Toivottu aloituspäivä: {start}.",
        "Varhaiskasvatuksen palveluohjaus",
    ),
    (
        "Esiopetushakemus",
        "Esiopetuspaikka ilmoitetaan huoltajille toukokuun aikana.",
        "Kasvatuksen ja opetuksen toimiala",
    ),
    (
        "Hakemus koululaisten iltapäivätoimintaan",
        "Päätökset lähetetään ennen lukuvuoden alkua.",
        "Perusopetuksen palvelut",
    ),
    (
        "Asukaspysäköintitunnushakemus",
        "Tunnus on voimassa vuoden. Maksu laskutetaan, kun hakemus on hyväksytty.",
        "Pysäköintipalvelut",
    ),
)


@family("p2_nj_fi_varhaiskasvatushakemus", "not_job", lang="fi", n=P2_N)
def fi_daycare(ctx: Ctx) -> Draft:
    """A Finnish city's e-service confirms a daycare, school-care or parking application."""
    city, host = ctx.pick(_FI_CITIES)
    what, next_step, office = ctx.pick(_FI_KINDS)
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
        next_step.replace("{start}", day(ctx, start, "fi")),
        ctx.pick(
            [
                "Saat päätöksen sähköisesti, kun hakemus on käsitelty.",
                "Voit muokata hakemusta asiointipalvelussa, kunnes se on otettu käsittelyyn.",
                "",
            ]
        ),
        "Tähän viestiin ei voi vastata.",
        bye(ctx, "fi", city + "\n" + office),
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
        f"noreply@asiointi.{host}.fi.example",
        greet=False,
        sign="",
        lang="fi",
        bulk=ctx.chance(0.3),
        form=ctx.pick(["plain", "html", "alt"]),
    )
