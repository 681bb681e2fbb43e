"""The sender's own domain: which name fits it, and how a bare domain is written."""

from __future__ import annotations

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.intel.companies import CompanyGuess
from applytrack_desktop.intel.company_domains import squash, tenant_sender

from .company_mail import company_guess, company_name


def test_own_domain_without_text_uses_the_domain_stem() -> None:
    guess = company_guess("Jane Doe", "jane@mail.hooli.co.uk", "Catch up", "Hi Sam, are you free?")
    assert guess == CompanyGuess("Hooli")


def test_own_domain_prefers_the_text_spelling_and_keeps_the_stem_as_alias() -> None:
    guess = company_guess(
        "Jane Doe", "jane@acmecorp.com", "Hello", "Thank you for applying to Acme Corp, Inc."
    )
    assert guess is not None
    assert guess.name == "Acme Corp"  # the legal form is not shown
    assert guess.aliases == ("acmecorp",)


def test_meta_is_not_metaverse() -> None:
    guess = company_guess(
        "Meta Careers", "careers@metaverse-inc.com", "Hello", "Welcome to Metaverse!"
    )
    assert guess is not None
    assert normalize_company(guess.name) != "meta"
    guess = company_guess(
        "Metaverse Careers", "jobs@meta.com", "Hi", "Thanks for applying to Meta."
    )
    assert guess is not None
    assert guess.name == "Meta"


def test_abbreviated_domain_matches_the_full_name() -> None:
    guess = company_guess(
        "Procter & Gamble Careers", "careers@pg.com", "Application", "Thanks for applying."
    )
    assert guess is not None
    assert guess.name == "Procter & Gamble"
    assert guess.aliases == ("pg",)


def test_own_domain_spelled_in_the_signature_beats_a_role_in_the_subject() -> None:
    # "Solutions Architect - interview ..." reads like "<Company> <Title>", but the sender's
    # own domain is spelled out in the signature: that is the employer.
    guess = company_guess(
        "Art Vandelay",
        "art@vandelay-industries.com",
        "Solutions Architect - interview with our architecture team",
        "Hello Jordan,\n\nThank you for your application for the Solutions Architect position. "
        "We would like to schedule an interview.\n\nArt Vandelay\n"
        "Director of Solutions, Vandelay Industries",
        Category.INTERVIEW,
    )
    assert guess is not None
    assert guess.name == "Vandelay Industries"


def test_a_job_board_under_the_example_domain_is_never_the_employer() -> None:
    # usajobs.example stands for usajobs.gov: the board, never "Usa"; the office named wins.
    guess = company_guess(
        "USAJOBS",
        "no-reply@usajobs.example",
        "Application Received - DE-24-15271",
        "Your application for iOS Engineer, Announcement Number DE-24-15271, has been "
        "received by the Foxtrot Games Human Resources Office.\n\nFoxtrot Games Human "
        "Resources Office",
    )
    assert guess is not None
    assert guess.name == "Foxtrot Games"


@pytest.mark.parametrize(
    ("name", "address", "company"),
    [
        ("Department for Education Human Resources", "recruitment@education.example.gov.uk",
         "Department for Education"),
        ("Ministry of Justice Human Resources", "recruitment@justice.example.gov.uk",
         "Ministry of Justice"),
        ("State Department of Health", "hr-noreply@health.example.gov",
         "State Department of Health"),
    ],
)  # fmt: skip
def test_a_public_body_keeps_its_full_name_at_its_own_domain(
    name: str, address: str, company: str
) -> None:
    guess = company_guess(
        name, address, "Application received", "We confirm receipt of your application."
    )
    assert guess is not None
    assert guess.name == company


def test_nhs_employers_are_told_apart_and_the_nhs_jobs_portal_is_none_of_them() -> None:
    # Every NHS body sends from its own name under nhs.uk (a public suffix, like ac.uk) or
    # from the shared nhs.net mail service; "NHS" alone would make one employer of them all.
    trust = company_guess(
        "Recruitment",
        "recruitment@leedsth.nhs.uk",
        "Your application",
        "Dear Robin,\n\nThank you for applying for Staff Nurse.\n\nRecruitment Team\n"
        "Leeds Teaching Hospitals NHS Trust",
    )
    assert trust == CompanyGuess("Leeds Teaching Hospitals NHS Trust", ("leedsth",))
    manager = company_guess(
        "Jane Smith",
        "jane.smith@nhs.net",
        "Interview",
        "Hi Robin, can we talk about the Staff Nurse post?\n\nJane Smith\nWard Manager\n"
        "Northside NHS Foundation Trust",
    )
    assert manager is not None and manager.name == "Northside NHS Foundation Trust"
    portal = company_guess(
        "NHS Jobs",
        "noreply@jobs.nhs.uk",
        "Invitation to interview",
        "Dear Robin,\n\nThank you for your application for the post of Staff Nurse. You have "
        "been shortlisted for interview.\n\nKind regards,\nRecruitment Team",
        Category.INTERVIEW,
    )
    assert portal is None


@pytest.mark.parametrize(
    ("address", "company"),
    [
        ("ahmed@kitepharmalabs.com", "Kite Pharma Labs"),  # split off the end, then again
        ("casey@nautilusmarine.com", "Nautilus Marine"),
        ("diego@orbitalfreight.com", "Orbital Freight"),
        ("sarah@papertrailmedia.com", "Papertrail Media"),  # "trail" is no sector: one word
        ("jane@clearpathrobotics.com", "Clearpath Robotics"),
    ],
)
def test_a_bare_domain_is_shown_with_its_sector_words_apart(address: str, company: str) -> None:
    guess = company_guess("Jane Doe", address, "Quick call?", "Are you free tomorrow?")
    assert guess is not None and guess.name == company


@pytest.mark.parametrize(
    ("name", "address", "text", "expected"),
    [
        # The domain writes a letter without its accent, or as its ASCII look-alike.
        ("Lucía Weber", "lucia@regionostjylland.dk", "Mvh.\nLucía Weber\nHR-partner, Region "
         "Østjylland", "Region Østjylland"),
        ("Jan Nowak", "jan@wislalogistics.pl", "Pozdrawiam,\nWisła Logistics", "Wisła Logistics"),
        # The domain spells the whole name, so its last word is the firm's even when an
        # applicant tracking system has that name (Ashby).
        ("Bramwell Ashby Graduate Recruitment", "graduaterecruitment@bramwellashby.com",
         "Best wishes,\nAlexis Rossi\nBramwell Ashby", "Bramwell Ashby"),
        # A phrase names the employer in full, a word before what its domain keeps.
        ("Michael Johnson", "michael@olivar.es", "Un saludo,\nMichael Johnson\nTech "
         "Recruiter | Supermercados Olivar", "Supermercados Olivar"),
    ],
)  # fmt: skip
def test_the_mail_spells_its_own_domain(name: str, address: str, text: str, expected: str) -> None:
    guess = company_guess(name, address, "[Supermercados Olivar] Prueba técnica", text)
    assert guess is not None
    assert guess.name == expected


def test_squash_folds_accents_the_way_domains_write_them() -> None:
    assert squash("Skärgårdens Logistik") == "skargardenslogistik"
    assert squash("Wisła Østjylland") == "wislaostjylland"
    assert squash("Acme, Inc.") == "acmeinc"


def test_a_platform_mail_domain_sending_as_its_tenant_names_the_employer() -> None:
    text = "Hi Robin!\n\nWe have chosen another candidate.\n\nAll the best"
    address = "brightwateroutfitters@recruiteemail.com"
    assert tenant_sender("Brightwater Outfitters", address)
    found = company_name("Brightwater Outfitters", address, "Senior Reliability Analyst", text)
    assert found == "Brightwater Outfitters"
    # A team of the domain's own firm is not a tenant: its domain is not a mail service's.
    assert not tenant_sender("People Ops", "peopleops@maple.com")


def test_a_public_jobs_board_names_the_employer_its_mail_lists() -> None:
    text = (
        "Thank you for applying for the Work Coach vacancy (reference J35962) at Ministry of "
        "Justice.\n\nYou can find practice tests on the Civil Service Jobs website.\n\n"
        "Civil Service Resourcing"
    )
    address = "noreply@csjobs.cabinetoffice.gov.uk"
    subject = "Civil Service Jobs: action required for your application"
    found = company_name("Civil Service Jobs", address, subject, text)
    assert found == "Ministry of Justice"
    # An employer's own "Jobs" mailbox is no board: its own name stays.
    own = "Thanks for applying to be a Phlebotomist with Northgate Care Home!"
    address = "jobs@northgatecare.co.uk"
    found = company_name("Northgate Care Home Jobs", address, "Next step", own)
    assert found == "Northgate Care Home"


def test_a_town_halls_full_name_wins_over_the_place_its_domain_spells() -> None:
    text = (
        "Bonjour Priya Shah,\n\nSuite à votre premier entretien pour le poste de Data Analyst, "
        "nous avons le plaisir de vous convier à la seconde étape du processus.\n\n"
        "Cordialement,\nJürgen Hughes\nTalent Acquisition - Mairie de Saint-Aubin"
    )
    address = "jurgenhughes@saint-aubin.fr"
    found = company_name("Jürgen Hughes", address, "Prochaine étape: cas pratique", text)
    assert found == "Mairie de Saint-Aubin"
