"""Template families (session P2): the hiring mail around an application's edges, in languages
the corpus had little or none of: a Czech recruiter asking the candidate for referees, a
Turkish background-check vendor writing to the candidate, Norwegian start-date and relocation
logistics after an accepted offer, and a Finnish municipal recruitment portal's receipt.
"""

# Sentence tables read better unbroken, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

from kit import Ctx, Draft
from p2_kit import CHECKS, at, bye, day, go, hi, join, p2
from zf_kit import weekday_future


@p2("p2_oj_cs_zadost_o_reference", "other_job", lang="cs")
def cs_references(ctx: Ctx) -> Draft:
    """A Czech recruiter asks the candidate for two referees before the final decision."""
    go(ctx, "cs")
    due = weekday_future(ctx, 2, 6)
    text = join(
        hi(ctx, "cs"),
        ctx.para(
            "děkujeme za Váš čas na pohovoru na pozici {title}. Než se rozhodneme o dalším postupu, rádi bychom Vás požádali o kontakty na reference.",
            "jak jsme se domluvili na posledním pohovoru, prosím Vás o zaslání kontaktů na dvě reference z předchozích zaměstnání.",
            "v rámci výběrového řízení na pozici {title} ve společnosti {co} bychom rádi oslovili Vaše reference.",
        ),
        ctx.para(
            "Ideálně jde o bývalé nadřízené, kteří s Vámi pracovali alespoň půl roku. U každé osoby prosím uveďte jméno, pozici, firmu, telefon a e-mail.",
            "Stačí nám dva kontakty (ideálně přímý nadřízený). Potřebujeme jméno, vztah k Vám, telefon a e-mail.",
        ),
        ctx.para(
            "Reference budeme kontaktovat až s Vaším souhlasem a pouze telefonicky.",
            "Vašeho současného zaměstnavatele bez Vašeho výslovného souhlasu nekontaktujeme.",
            "Pokud by Vám to nevadilo, poslali bychom jim krátký dotazník e-mailem.",
        ),
        "Prosím o zaslání do "
        + f"{due.day}. {due.month}."
        + ctx.pick([" Děkuji!", " Předem děkuji.", ""]),
        bye(ctx, "cs", "{person}\n[HR specialista|Recruiter|Talent Acquisition Specialist]\n{co}"),
    )
    subject = ctx.para(
        "Žádost o reference - {title}",
        "Reference - výběrové řízení {co}",
        "Re: Pohovor {title}",
        "Kontakty na reference",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        ctx.person_first.lower() + "." + ctx.person_last.lower() + "@" + ctx.domain,
        greet=False,
        sign="",
        lang="cs",
        form=ctx.pick(["plain", "alt"]),
    )


@p2("p2_oj_tr_gecmis_arastirmasi", "other_job", lang="tr")
def tr_background(ctx: Ctx) -> Draft:
    """A background-screening vendor writes to the candidate on behalf of a Turkish employer."""
    go(ctx, "tr")
    brand, domain, host = ctx.pick(CHECKS)
    due = weekday_future(ctx, 2, 7)
    text = join(
        hi(ctx, "tr"),
        ctx.para(
            "{co} bünyesindeki işe alım sürecinizin bir parçası olarak, "
            + brand
            + " tarafından sizin için bir geçmiş araştırması başlatılmıştır.",
            "{co} ile yürüttüğünüz {title} pozisyonu işe alım süreci kapsamında, güvenlik ve referans kontrolleriniz "
            + brand
            + " tarafından yapılacaktır.",
            "İş teklifinizin son adımı olarak {co} adına çalışma geçmişi, eğitim ve adli sicil kontrolü gerçekleştireceğiz.",
        ),
        ctx.para(
            "Lütfen aşağıdaki bağlantıdan kişisel bilgilerinizi doldurun, KVKK aydınlatma metnini onaylayın ve e-Devlet'ten alacağınız adli sicil kaydı belgesini yükleyin.",
            "Süreci başlatmak için formu doldurmanız, diploma ve son iş yerinizden çalışma belgesini yüklemeniz gerekmektedir.",
        ),
        "Formu doldurmak için: " + ctx.url(host, "aday"),
        "Son tarih: " + day(ctx, due, "tr"),
        ctx.para(
            "Araştırma genellikle 3-5 iş günü sürer. Sonuç yalnızca {co} insan kaynakları ile paylaşılır.",
            "Sorularınız için "
            + brand
            + " aday destek ekibine bu e-postayı yanıtlayarak ulaşabilirsiniz.",
        ),
        bye(ctx, "tr", brand + " Aday Destek Ekibi"),
    )
    subject = ctx.para(
        "{co} - Geçmiş araştırması için bilgileriniz gerekiyor",
        "İşlem gerekli: geçmiş araştırması formu",
        "Referans ve güvenlik kontrolü - {title}",
        brand + ": {co} adına aday bilgi formu",
    )
    return Draft(
        subject,
        text,
        brand,
        f"noreply@{domain}",
        greet=False,
        sign="",
        lang="tr",
        form=ctx.pick(["html", "alt"]),
    )


@p2("p2_oj_no_oppstart_og_flytting", "other_job", lang="no")
def no_start_logistics(ctx: Ctx) -> Draft:
    """After the offer is signed: a Norwegian employer sorts out start date, relocation and day one."""
    go(ctx, "no")
    start = weekday_future(ctx, 14, 60).replace(
        hour=ctx.pick([8, 8, 9, 10]), minute=ctx.pick([0, 0, 30])
    )
    text = join(
        hi(ctx, "no"),
        ctx.para(
            "Så hyggelig at du har takket ja til stillingen som {title}! Her kommer litt praktisk informasjon før oppstart.",
            "Takk for signert arbeidsavtale - vi gleder oss til å ha deg med på laget. Under finner du det praktiske før første arbeidsdag.",
            "Velkommen til {co}! Nå som kontrakten er på plass, vil jeg gå gjennom oppstart og flytting.",
        ),
        "Første arbeidsdag: " + at(ctx, start, "no") + ", i resepsjonen.",
        ctx.para(
            "Flytting: Vi dekker flyttebyrå etter regning (inntil kr "
            + str(ctx.num(30, 80))
            + " 000) og bolig de første to månedene. Send meg gjerne ønsket innflyttingsdato, så booker jeg leilighet.",
            "Du får flyttegodtgjørelse i henhold til avtalen. Kvitteringer leveres i reiseregningssystemet etter oppstart.",
            "Trenger du hjelp med å finne bolig i nærheten? Vi har avtale med et relocation-byrå som tar kontakt med deg.",
        ),
        ctx.para(
            "Før oppstart trenger vi skattekort, kontonummer og kopi av pass/ID. Du får en egen lenke til personalsystemet.",
            "Husk å ta med gyldig legitimasjon første dag, så får du adgangskort og PC.",
            "Hvis du trenger å flytte oppstartsdatoen, si fra så snart som mulig.",
        ),
        bye(ctx, "no", "{person}\n[HR-rådgiver|Personalkonsulent|Leder], {co}"),
    )
    subject = ctx.para(
        "Oppstart " + day(ctx, start, "no"),
        "Praktisk info før oppstart i {co}",
        "Flytting og første arbeidsdag",
        "Velkommen - {title}",
    )
    return Draft(
        subject,
        text,
        ctx.person,
        ctx.person_first.lower() + "@" + ctx.domain,
        greet=False,
        sign="",
        lang="no",
        form=ctx.pick(["plain", "alt"]),
    )


@p2("p2_cf_fi_kuntaportaali_hakemus", "confirmation", lang="fi")
def fi_portal_received(ctx: Ctx) -> Draft:
    """A Finnish municipal recruitment portal confirms an application (a reply it cannot take)."""
    go(ctx, "fi_public")
    closes = weekday_future(ctx, 3, 20)
    ref = f"{ctx.num(100, 999)}-{ctx.num(10, 99)}-{ctx.num(2024, 2026)}"
    portal = ctx.pick(["Kuntahaku", "Rekrytointi"])
    text = join(
        hi(ctx, "fi"),
        ctx.para(
            "Kiitos hakemuksestasi! Olemme vastaanottaneet hakemuksesi tehtävään {title} ("
            + ref
            + ").",
            "Hakemuksesi tehtävään {title}, {co}, on vastaanotettu.",
            "Tämä on vahvistus siitä, että hakemuksesi tehtävään {title} on tallennettu järjestelmään.",
        ),
        ctx.para(
            "Hakuaika päättyy "
            + day(ctx, closes, "fi")
            + ". Voit muokata hakemustasi hakuajan päättymiseen asti.",
            "Haastatteluihin valittaviin ollaan yhteydessä hakuajan päättymisen jälkeen.",
            "Saat tiedon valinnasta sähköpostitse, kun valintapäätös on tehty.",
        ),
        ctx.maybe("Hakemuksesi tila löytyy kirjautumalla omalle sivullesi.", 0.6),
        "Tähän viestiin ei voi vastata.",
        bye(ctx, "fi", "{co}\n" + portal),
    )
    subject = ctx.para(
        "Hakemus vastaanotettu: {title}",
        "Kiitos hakemuksestasi - {co}",
        "Vahvistus hakemuksen vastaanottamisesta",
        "{title} (" + ref + ")",
    )
    host = "kuntahaku.example" if portal == "Kuntahaku" else ctx._co.domain
    return Draft(
        subject,
        text,
        ctx.fill("{co} - " + portal),
        f"noreply@{host}",
        greet=False,
        sign="",
        lang="fi",
        bulk=ctx.chance(0.3),
        form=ctx.pick(["plain", "html", "alt"]),
    )
