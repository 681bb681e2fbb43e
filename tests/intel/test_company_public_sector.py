"""Employers that public-sector portals, schools, hospitals and agencies name in their own
ways: long labelled names, school domains under a county, a ward signing for its hospital,
a government body "for" something, and the checks and portals that are never the employer."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel import ats
from applytrack_desktop.intel.company_domains import is_public_body
from applytrack_desktop.intel.company_names import clean_candidate

from .company_mail import company_name


@pytest.mark.parametrize(
    ("name", "address", "subject", "text", "expected"),
    [
        # a labelled line holds a six-word name
        ("NHS Jobs", "noreply@jobs.nhs.uk", "Application submitted: Staff Nurse - Acute Unit",
         "Job title: Staff Nurse\nEmployer: Calder Valley Hospitals NHS Foundation Trust\n"
         "Job reference: C9421", "Calder Valley Hospitals NHS Foundation Trust"),
        # a shared government portal writes on behalf of an "Office for ..."
        ("Civil Service Jobs", "noreply@csjobs.cabinetoffice.gov.uk", "Update on your application",
         "Your application is still being considered.\n\nCivil Service Jobs on behalf of Office "
         "for Rail Safety Standards", "Office for Rail Safety Standards"),
        ("GC Jobs / Emplois GC", "no-reply@psc-cfp.gc.ca", "Application submitted",
         "Position: Policy Analyst (EC-04)\nOrganization: Employment and Social Development "
         "Canada\nLocation: Gatineau", "Employment and Social Development Canada"),
        # a criminal-record check names the school that asked for it, not the check's list
        ("uCheck", "noreply@ucheck.co.uk", "Your DBS application has been submitted",
         "Your application for an Enhanced DBS check with Children's Barred List has been "
         "submitted.\n\nOrganisation: Brookfield Academy Trust\nPosition applied for: "
         "Teaching Assistant", "Brookfield Academy Trust"),
        # a school's own domain under its county
        ("Jane Pemberton", "head@oakfield.lancs.sch.uk", "Interview - Class Teacher (Year 4)",
         "I am pleased to invite you to interview at Oakfield Primary School on Thursday.",
         "Oakfield Primary School"),
        # a ward manager from the NHS's shared mail domain signs with ward, then hospital
        ("Sarah Whitlock", "sarah.whitlock3@nhs.net", "Healthcare Assistant interview - outcome",
         "Unfortunately on this occasion you were not successful.\n\nBest wishes,\n\nSarah "
         "Whitlock\nWard Manager, Ward 23 (Elderly Care)\nNorthern Moors General Hospital\n"
         "Ext. 4417", "Northern Moors General Hospital"),
        # "The Grange at Polzeath" from thegrangeatpolzeath.co.uk, written without its "The"
        ("Tom Pascoe", "tom@thegrangeatpolzeath.co.uk", "chef de partie - trial shift?",
         "Could you come in for a trial shift?\n\nTom\nHead Chef, The Grange at Polzeath",
         "Grange at Polzeath"),
        # agencies: "Client is X", "recruiting a X for Y", never the city and state
        ("Ruud Verhoeven", "ruud.verhoeven.it@gmail.com", "DevOps Engineer - 6m contract",
         "Open to a 6-month DevOps Engineer contract? Client is Nordhaven Bank, Amsterdam "
         "Zuid.\n\nRuud Verhoeven | Independent IT Recruitment", "Nordhaven Bank"),
        ("Brad Kennedy", "brad.kennedy@pilbaratalent.com.au", "FIFO Maintenance Planner",
         "I'm recruiting a Maintenance Planner (fixed plant) for Redbank Iron at their "
         "Hamersley Creek operation.\n\nCheers,\nBrad Kennedy\nPrincipal Consultant\n"
         "Pilbara Talent Group | Perth WA", "Redbank Iron"),
        # a recruiter from his own Gmail: "a contract going with Kauri Bank"
        ("Jared Whiu", "jared.whiu.recruits@gmail.com", "Quick q - open to contract Java work?",
         "Got a 6-month contract going with Kauri Bank for a Senior Java Developer.\n\nCheers\n"
         "Jared\n022 318 4471", "Kauri Bank"),
        # a travel-nurse agency's job card names the hospital
        ("Kayla Brooks", "kbrooks@meridiantravelnursing.com", "ICU Travel RN | Reno, NV",
         "I have a contract that made me think of you:\n\nICU Travel RN - Sierra Crest Medical "
         "Center, Reno NV\n- 13 weeks\n\nKayla Brooks\nMeridian Travel Nursing",
         "Sierra Crest Medical Center"),
        # a seven-word labelled name, and a six-word name in a sentence
        ("NHS Jobs", "no-reply@jobs.nhs.uk", "Application submitted: Programme Support Officer",
         "Programme Support Officer - Urgent and Emergency Care\nEmployer: NHS Irwell and "
         "Medlock Integrated Care Board\nJob reference: 970-IMICB-UEC-06\nBand 5\n",
         "NHS Irwell and Medlock Integrated Care Board"),
        ("NHS Jobs", "no-reply@jobs.nhs.uk", "You have been invited to an interview",
         "Good news - Northbank Teaching Hospitals NHS Foundation Trust would like to invite you "
         "to an interview for:\n\nProject Coordinator",
         "Northbank Teaching Hospitals NHS Foundation Trust"),
        # a city's portal mail signed "City of Brookmere, Illinois": the state is a place
        ("City of Brookmere", "noreply@governmentjobs.com", "Application Received: Accountant II",
         "Thank you for applying.\n\nHuman Resources Department\nCity of Brookmere, Illinois",
         "City of Brookmere"),
        # an agency's subject names role, client and town; the recruiter's practice is not one
        ("Tanya Okafor", "tokafor@brightpathstaffing.com",
         "Re: Senior Accountant (Contract) - Hollister Foods, Downers Grove",
         "Great news - the plant controller would like to meet you.\n\nTanya Okafor\n"
         "Senior Recruiter, Accounting & Finance\nBrightpath Staffing | Chicago, IL",
         "Hollister Foods"),
        # an e-signature's document name keeps no file extension
        ("Renee Castillo via DocuSign", "dse_na3@docusign.net",
         "Please DocuSign: Dana Whitfield - Offer Letter - Prairie State Bank.pdf",
         "Renee Castillo sent you a document to review and sign.", "Prairie State Bank"),
        # a portal's receipt names the employer after the post "with"
        ("NHS Jobs", "noreply@jobs.nhs.uk", "Your application has been submitted",
         "Thank you for applying for the post of Band 5 Staff Nurse - Acute Medical Unit with "
         "Thornbury and Wyre NHS Foundation Trust.\n\nYour application has been sent.",
         "Thornbury and Wyre NHS Foundation Trust"),
        # the NHS's HR is "Workforce": its team signs above the trust
        ("Moorside Mental Health NHS Foundation Trust", "no-reply@trac.jobs",
         "Application Received - Project Officer",
         "Thank you for applying for the post of Project Officer.\n\nKind regards\n\n"
         "Workforce Recruitment Team\nMoorside Mental Health NHS Foundation Trust",
         "Moorside Mental Health NHS Foundation Trust"),
        # "Director of Clinical Services" names a department; the domain names the employer
        ("Daniel Ashworth", "daniel.ashworth@oakleighhealthcare.co.uk", "Phone interview",
         "I'm the Director of Clinical Services here and I'd like to set up a telephone "
         "interview.\n\nBest regards,\nDaniel Ashworth", "Oakleigh Healthcare"),
        # a domain in one word: a sector word in the plural, and "care", close the name
        ("Hannah Okafor", "hannah.okafor@calderbrookhospitals.co.uk", "RE: Next stage",
         "I'm sorry to say that we've decided to offer the role to another candidate.\n\nHannah",
         "Calderbrook Hospitals"),
        ("Joanne Whitlock", "joanne.whitlock@brightwatercare.co.uk", "RE: Application",
         "Perfect - Tuesday 26th at 2pm it is.\n\nJoanne", "Brightwater Care"),
    ],
)  # fmt: skip
def test_public_sector_schools_hospitals_and_agencies(
    name: str, address: str, subject: str, text: str, expected: str
) -> None:
    assert company_name(name, address, subject, text) == expected


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("HR Department - Al Waha Contracting", "Al Waha Contracting"),
        ("Dún Ríada County Council - HR Section", "Dún Ríada County Council"),
        ("Farmácias Ipê - Departamento Pessoal", "Farmácias Ipê"),
        ("Zespół HR", ""),  # a team in its language, nobody's name
        ("Accounting & Finance", ""),  # a recruiter's practice
        ("FP&A", ""),
        ("Jordan Reyes sent you Offer of Employment", ""),  # a sentence
    ],
)
def test_hr_teams_before_or_after_the_name_are_cut(raw: str, clean: str) -> None:
    assert clean_candidate(raw) == clean


def test_school_hosts_under_a_county_keep_the_schools_name() -> None:
    assert ats.domain_stem("oakfield.lancs.sch.uk") == "oakfield"
    assert ats.domain_stem("kowhai.school.nz") == "kowhai"
    assert ats.domain_stem("wattlegrove.health.vic.gov.au") == "wattlegrove"
    assert ats.domain_stem("mail.lincoln.k12.ca.us") == "lincoln"
    assert ats.domain_stem("talent.acme.co.uk") == "acme"
    assert is_public_body("lakeviewusd.org")
    assert is_public_body("cyfairisd.net")
    assert not is_public_body("museum.org")


def test_portals_and_check_services_are_brands() -> None:
    for brand in ("Civil Service Jobs", "GC Jobs / Emplois GC", "Children's Barred List"):
        assert ats.is_brand(brand)
    assert ats.platform_for_host("www.ucheck.co.uk") == "ucheck"


@pytest.mark.parametrize("host", ["posteo.de", "mailbox.org", "bigpond.com", "btinternet.com"])
def test_regional_mail_providers_are_personal_mail_not_employers(host: str) -> None:
    assert ats.is_free_mail(host)
    name = company_name(
        "Daniel Roth", f"daniel.roth@{host}", "Referenz?",
        "Hey Jonas, könntest du mir eine Referenz schreiben? Danke!\n\nDaniel",
    )  # fmt: skip
    assert name is None
