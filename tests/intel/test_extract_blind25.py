"""Extraction and platform rules found on the session-24 blind set's mail (now in training) and on
the session-25 blind set's, each with the mail shape it came from."""

from __future__ import annotations

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.ats import is_brand, platform_for_host
from applytrack_desktop.intel.company_names import clean_candidate
from applytrack_desktop.intel.company_notices import client_in_subject
from applytrack_desktop.intel.platform_table import PLATFORM_KINDS
from applytrack_desktop.intel.text import prepare
from applytrack_desktop.intel.titles import extract_title

from .company_mail import company_mail, company_name


@pytest.mark.parametrize(
    ("host", "key"),
    [
        ("itjobs.pt", "itjobs"),
        ("mail.wanted.co.kr", "wanted"),
        ("rocketpunch.com", "rocketpunch"),
        ("noreply.rememberapp.co.kr", "remember"),
        ("jobberman.com", "jobberman"),
        ("myjobmag.com", "myjobmag"),
        ("jobscout24.ch", "jobscout24"),
    ],
)
def test_the_session_24_inboxes_boards_are_known_platforms(host: str, key: str) -> None:
    assert platform_for_host(host) == key
    assert PLATFORM_KINDS[key] == "board"


def test_a_board_on_a_personal_mail_providers_domain_is_known_by_name_only() -> None:
    # SAPO Emprego sends from emprego.sapo.pt; sapo.pt is also where people have mailboxes.
    assert platform_for_host("emprego.sapo.pt") is None
    assert platform_for_host("sapo.pt") is None
    assert is_brand("SAPO Emprego")


def test_zoho_recruits_indian_domain_is_zoho() -> None:
    assert platform_for_host("zohorecruit.in") == platform_for_host("zohorecruit.com") == "zoho"


def test_a_reply_prefix_in_another_language_is_never_the_employer() -> None:
    body = (
        "Sehr geehrte Frau Moser,\n\ndanke für Ihre Bewerbung, die ist gut bei uns angekommen!\n\n"
        "Freundliche Grüße aus Spitz an der Donau\nGerhard Fuchs\n\n"
        "Weinhotel Rosenhof · Gasthof Fuchs · Landhaus am Tausendeimerberg\n"
        "Rosenhof Hotels Wachau\nTel. 02713 2241\n"
    )
    found = company_name(
        "Gerhard Fuchs", "gerhard.fuchs@gmx.at",
        "AW: Bewerbung als Cluster Revenue Manager (m/w/d) – Katharina Moser", body,
        Category.CONFIRMATION,
    )  # fmt: skip
    # The line of the group's houses is no wrapped paragraph: the group's name is a line of
    # its own, and a name whose organisation's word comes before its place is a firm's.
    assert found == "Rosenhof Hotels Wachau"
    assert "Tausendeimerberg\nRosenhof" in prepare(company_mail("", "", "", body)).body


@pytest.mark.parametrize(
    ("name", "address", "subject", "body", "want"),
    [
        (  # "Engineering" closes the firm's name under the writer's role
            "Jess McAllister", "jess.mcallister@corallineeng.com.au", "Interview (Teams)",
            "Hi Tama,\n\nWould Tuesday suit?\n\nCheers,\nJess\n\nJess McAllister\n"
            "Talent Acquisition Partner\nCoralline Engineering\nM +61 414 208 771\n",
            "Coralline Engineering",
        ),
        (  # a firm of engineers, named in the subject
            "Nikki Chen", "nikki.chen@aramoanaeng.co.nz", "Aramoana Engineers – let's chat",
            "Hi Tama,\n\nI'd like to set up a 30-minute phone call.\n\nTalk soon,\nNikki\n",
            "Aramoana Engineers",
        ),
    ],
)  # fmt: skip
def test_a_firm_named_for_its_engineers(
    name: str, address: str, subject: str, body: str, want: str
) -> None:
    assert company_name(name, address, subject, body, Category.INTERVIEW) == want


def test_civil_engineers_are_a_role_not_a_firm() -> None:
    assert clean_candidate("Aramoana Engineers") == "Aramoana Engineers"
    assert clean_candidate("Civil Engineers") == ""


@pytest.mark.parametrize(
    ("name", "address", "subject", "body", "want"),
    [
        (  # a labelled client with an aside after it
            "Camila Rossi", "camila.rossi@andestalentpartners.com",
            "Senior Data Scientist (contract) – US fintech, paid in USD",
            "Hola Valentina!\n\nI'm Camila, a Talent Partner at Andes Talent Partners.\n\n"
            "Client: Orchard Ledger (NYC-based fintech, ~180 people, Series C)\n"
            "Role: Senior Data Scientist (Contract, Remote – LATAM)\n\nAbrazo,\nCamila\n",
            "Orchard Ledger",
        ),
        (  # German: "on behalf of", and a director "of" a field is no firm
            "Markus Leitner", "m.leitner@alpine-hospitality-search.at",
            "Vertrauliche Anfrage: Director of Revenue & Distribution",
            "Sehr geehrte Frau Moser,\n\nIm Auftrag der Palais Lindenhof Hotel Collection suche "
            "ich derzeit eine:n\n\n Director of Revenue & Distribution\n\nmit Sitz in Wien.\n\n"
            "Markus Leitner\nPartner | Alpine Hospitality Search GmbH\n",
            "Palais Lindenhof Hotel Collection",
        ),
        (  # the client's COO
            "Markus Leitner", "m.leitner@alpine-hospitality-search.at",
            "Einladung zum Gespräch mit dem COO",
            "Sehr geehrte Frau Moser,\n\nich habe Ihr Profil mit Dr. Philipp Stadler, dem COO "
            "der Palais Lindenhof Hotel Collection, besprochen.\n\nMarkus Leitner\n",
            "Palais Lindenhof Hotel Collection",
        ),
        (  # the client's offer, told by the agency
            "Markus Leitner", "m.leitner@alpine-hospitality-search.at", "Gute Nachrichten",
            "Sehr geehrte Frau Moser,\n\nDie Palais Lindenhof Hotel Collection möchte Ihnen die "
            "Position als Director of Revenue & Distribution anbieten!\n\nMarkus Leitner\n",
            "Palais Lindenhof Hotel Collection",
        ),
        (  # Indonesian: "we are helping X (…) look for"
            "Andreas Wibisono", "andreas.w@talentara.co.id",
            "Peluang Senior Product Analyst - klien e-grocery",
            "Halo Mas Rizky,\n\nSaat ini kami membantu Pasar Segar (platform belanja sayur, "
            "sudah Seri B) mencari Senior Product Analyst untuk tim Growth.\n\nSalam,\n"
            "Andreas Wibisono\nTalentara Search | Jakarta\n",
            "Pasar Segar",
        ),
    ],
)  # fmt: skip
def test_an_agency_names_its_client(
    name: str, address: str, subject: str, body: str, want: str
) -> None:
    assert company_name(name, address, subject, body, Category.RECRUITER_OUTREACH) == want


@pytest.mark.parametrize(
    ("name", "address", "subject", "body", "want"),
    [
        (
            "JobStreet", "noreply@jobstreet.co.id",
            "Lamaran Anda telah terkirim ke PT Jalur Kirim Nusantara",
            "Lamaran Anda untuk posisi berikut telah berhasil dikirim:\n\nData & Product "
            "Analyst\n\nPT Jalur Kirim Nusantara\n",
            "Jalur Kirim Nusantara",
        ),
        (
            "Kalibrr", "no-reply@kalibrr.com",
            "Lamaran Anda untuk Senior Product Analyst di Kantong Kita sudah diterima",
            "Halo Rizky,\n\nLamaran Anda sudah kami teruskan ke tim rekrutmen Kantong Kita.\n",
            "Kantong Kita",
        ),
        (  # an employer's own recruiting team, its legal form before its name
            "Rekrutmen PT Sigma Kredit Indonesia", "rekrutmen@sigmakredit.co.id",
            "Konfirmasi Penerimaan Berkas Lamaran - Analis Produk Digital",
            "Yth. Saudara Rizky,\n\nBerkas lamaran Saudara telah kami terima.\n\nHormat kami,\n"
            "Hartati Simanjuntak\nRecruitment & Talent Management\nDivisi Human Capital\n"
            "PT Sigma Kredit Indonesia\n",
            "Sigma Kredit Indonesia",
        ),
        (  # Argentina's ZonaJobs: its card's line, the employer first
            "ZonaJobs", "noreply@zonajobs.com.ar",
            "Postulación exitosa: Data Scientist – Pronóstico de Demanda",
            "Hola Valentina,\n\nTe postulaste correctamente al aviso:\n\nData Scientist – "
            "Pronóstico de Demanda\n\nVerdeluz Energía · Vicente López, Buenos Aires · Híbrido\n",
            "Verdeluz Energía",
        ),
        (
            "Verdeluz Energía vía ZonaJobs", "noreply@zonajobs.com.ar",
            "Novedades sobre tu postulación", "Hola Valentina,\n\nHay novedades.\n",
            "Verdeluz Energía",
        ),
        (  # over the role's "de Rutas" in the subject
            "Bumeran", "noreply@bumeran.com.ar",
            "¡Tu postulación fue enviada! Data Scientist Ssr/Sr – Optimización de Rutas",
            "¡Hola Valentina!\n\nTe postulaste con éxito. Pampa Logística ya recibió tu CV "
            "para el aviso.\n",
            "Pampa Logística",
        ),
        (
            "hokify", "noreply@hokify.com",
            "Kaiserhof Stadthotels hat deine Bewerbung angesehen",
            "Hallo Katharina,\n\ngute Neuigkeiten: Kaiserhof Stadthotels hat sich deine "
            "Bewerbung als Revenue Analyst (m/w/d) angesehen.\n",
            "Kaiserhof Stadthotels",
        ),
    ],
)  # fmt: skip
def test_boards_of_indonesia_argentina_and_austria_name_the_employer(
    name: str, address: str, subject: str, body: str, want: str
) -> None:
    assert company_name(name, address, subject, body, Category.CONFIRMATION) == want


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        ("Lamaran terkirim: Product Analyst (Growth) di Keranjang Hijau", "Hi!\n",
         "Product Analyst (Growth)"),
        ("Update", "Terima kasih telah melamar posisi Senior Product Analyst di PT Kantong Kita "
         "Indonesia melalui Kalibrr.\n", "Senior Product Analyst"),
        ("Peluang Senior Product Analyst - klien e-grocery", "Halo!\n", "Senior Product Analyst"),
        ("Konfirmasi Penerimaan Berkas Lamaran - Analis Produk Digital", "Yth. Saudara,\n",
         "Analis Produk Digital"),
    ],
)  # fmt: skip
def test_indonesian_titles_without_the_employer_or_the_opportunity(
    subject: str, body: str, want: str
) -> None:
    assert extract_title(prepare(company_mail("HR", "hr@example.co.id", subject, body))) == want


def test_an_agency_naming_no_client_is_the_employer_only_when_applied_to() -> None:
    # A talent network hiring for its own bench: the application went to it.
    found = company_name(
        "Talentra", "applications@talentra.io", "We've received your application to Talentra",
        "Application received, Valentina\n\nThanks for applying to join Talentra as a Freelance "
        "Data Scientist.\n",
        Category.CONFIRMATION,
    )  # fmt: skip
    assert found == "Talentra"
    # An agency's news about a client it does not name names nobody.
    unnamed = company_name(
        "Liam Prescott", "liam.prescott@civitasrecruitment.co.nz", "Quick update from Civitas",
        "Kia ora Tama,\n\nThe client is still reviewing CVs for the transport role.\n\nLiam\n",
        Category.OTHER_JOB,
    )  # fmt: skip
    assert unnamed is None


def test_a_boards_card_under_a_greeting_with_the_employers_legal_form() -> None:
    body = (
        "Sehr geehrte Frau Moser,\n\nIhre Bewerbung wurde erfolgreich an FernReise Mobility GmbH "
        "versendet.\n\nYield Manager (m/w/x)\nFernReise Mobility GmbH · Wien\n"
        "Beworben am 26.02.2026\n\nSie finden alle Ihre Bewerbungen unter Meine Bewerbungen.\n"
        "Das Unternehmen wird sich direkt bei Ihnen melden.\n"
    )
    message = company_mail(
        "StepStone", "noreply@stepstone.at", "Ihre Bewerbung wurde erfolgreich versendet", body
    )
    assert extract_title(prepare(message), "FernReise Mobility") == "Yield Manager (m/w/x)"


def test_a_recruiters_desk_is_no_firm_and_the_client_leads_a_reply_chain() -> None:
    body = (
        "Hi Mira,\n\nAgenda for Thursday below.\n\nJamal Whitaker | Principal Recruiter, "
        "Infrastructure\nNorthPeak Talent\n"
    )
    found = company_name(
        "Jamal Whitaker", "jamal@northpeaktalent.com",
        "Re: Re: Re: Quillon Health - Senior SRE", body, Category.INTERVIEW,
    )  # fmt: skip
    assert found == "Quillon Health"


@pytest.mark.parametrize(
    "subject", ["Interview - Senior Engineer", "Exciting Opportunity - Senior Developer"]
)
def test_what_a_subject_says_before_the_role_is_no_client(subject: str) -> None:
    assert client_in_subject(subject) is None


@pytest.mark.parametrize(
    ("address", "want"),
    [
        ("lena.hoffmann@kestrelmetrics.com", "Kestrel Metrics"),
        ("anders@tessellatemaps.com", "Tessellate Maps"),
    ],
)
def test_a_domain_named_for_the_firms_product_reads_as_two_words(address: str, want: str) -> None:
    found = company_name("Lena", address, "Next steps", "Hi,\n\nTalk soon.\n", Category.INTERVIEW)
    assert found == want


@pytest.mark.parametrize(
    ("subject", "client"),
    [
        ("Re: Peluang Senior Product Analyst - klien e-grocery (Pasar Segar)", "Pasar Segar"),
        ("Java Developer (Remote Only)", None),  # a bracket without the word "client"
        ("Nurse (Night Shift)", None),
    ],
)
def test_an_agencys_subject_names_its_client_in_brackets(subject: str, client: str | None) -> None:
    assert client_in_subject(subject) == client
