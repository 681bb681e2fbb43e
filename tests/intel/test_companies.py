"""Company extraction: every sender style, brands never a company, no substring matches."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from applytrack_desktop.core.enums import Category
from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.intel.companies import CompanyGuess, clean_candidate, extract_company
from applytrack_desktop.intel.text import prepare
from applytrack_desktop.mail.message import CalendarEvent, MailMessage

from .company_mail import company_guess
from .samples import SAMPLES, Sample


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.name)
def test_hand_written_samples(sample: Sample) -> None:
    message = sample.message()
    guess = extract_company(message, prepare(message), sample.category)
    assert guess is not None
    assert sample.company is not None
    assert normalize_company(guess.name) == normalize_company(sample.company)


def test_display_name_keeps_the_tidy_spelling() -> None:
    guess = company_guess(
        "Acme Analytics Hiring Team", "no-reply@us.greenhouse-mail.io", "Thanks!", "Hi Sam."
    )
    assert guess == CompanyGuess("Acme Analytics")


def test_workday_tenant_alone_names_the_company() -> None:
    guess = company_guess("Workday", "initech@myworkday.com", "Application received", "Thank you.")
    assert guess is not None
    assert guess.name == "Initech"
    assert guess.aliases == ()


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


@pytest.mark.parametrize(
    ("name", "address", "subject", "text"),
    [
        ("Workable", "noreply@workablemail.com", "Your application", "Thanks for applying."),
        ("LinkedIn", "jobs-noreply@linkedin.com", "New jobs for you", "Apply to LinkedIn jobs."),
        ("Greenhouse", "no-reply@greenhouse.io", "Application", "Powered by Greenhouse"),
        ("Sam Lee", "sam.lee@gmail.com", "hi", "see you soon"),
    ],
)
def test_brands_and_free_mail_are_never_a_company(
    name: str, address: str, subject: str, text: str
) -> None:
    assert company_guess(name, address, subject, text) is None


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


def test_staffing_agency_mail_names_the_client_or_nobody() -> None:
    text = "I am hiring for a Staff Engineer role at Helios Energy in Denver."
    for category in (Category.RECRUITER_OUTREACH, Category.INTERVIEW):
        guess = company_guess("Tom", "tom@bridge-search.com", "Role", text, category)
        assert guess == CompanyGuess("Helios Energy")  # the agency is no alias of its client
    unnamed = "My client, a fast-growing fintech, is hiring a Staff Engineer."
    assert company_guess("Tom", "tom@bluesky-staffing.com", "Role", unnamed) is None


def test_outreach_from_another_company_names_the_client() -> None:
    text = "I am hiring for a Staff Engineer role at Helios Energy in Denver."
    outreach = company_guess("Tom", "tom@northpeak.com", "Role", text, Category.RECRUITER_OUTREACH)
    other = company_guess("Tom", "tom@northpeak.com", "Role", text, Category.OTHER_JOB)
    assert outreach == CompanyGuess("Helios Energy", ("northpeak",))
    # Whatever the category, mail that never names its own domain but names another employer
    # strongly comes from an intermediary writing for that employer.
    assert other == CompanyGuess("Helios Energy")
    plain = company_guess("Tom", "tom@northpeak.com", "Role", "Thanks for your time today.")
    assert plain == CompanyGuess("Northpeak")


def test_person_display_names_are_not_companies() -> None:
    guess = company_guess("Jennifer Walsh", "no-reply@hire.lever.co", "Update", "Thanks, Jennifer")
    assert guess is None


def test_person_from_company_display_name() -> None:
    guess = company_guess("Lena from Quantiq", "no-reply@hire.lever.co", "Next steps", "Hi Sam")
    assert guess == CompanyGuess("Quantiq")


def test_abbreviated_domain_matches_the_full_name() -> None:
    guess = company_guess(
        "Procter & Gamble Careers", "careers@pg.com", "Application", "Thanks for applying."
    )
    assert guess is not None
    assert guess.name == "Procter & Gamble"
    assert guess.aliases == ("pg",)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("The Acme Team", "Acme"),
        ("Acme Recruiting Team", "Acme"),
        ("Careers at Initech", "Initech"),
        ("Globex via Greenhouse", "Globex"),
        ("Senior Data Engineer", ""),
        ("Workable", ""),
        ("Our Team", ""),
        ("Hiring Team", ""),
        ("Equipa de", ""),  # what is left of "Equipa de Recrutamento"
        ("Recruteur", ""),
        ("Banco do Brasil", "Banco do Brasil"),
        ("Das Thistle Pharma Talent Team", "Thistle Pharma"),  # the article of "Team"
        ("L'équipe", ""),
        ("Glasshouse Software Recrutamento", "Glasshouse Software"),
        ("Talento de Quill Logistics", "Quill Logistics"),
        ("Dział HR", ""),  # "HR department", signed in Polish, Dutch, German
        ("Afdeling HR", ""),
        ("Abteilung Personal", ""),  # "L'équipe Talent Acquisition": the team, not an employer
        ("Umberfield Insurance Lavora con noi", "Umberfield Insurance"),  # its careers inbox
        ("Cinder Insurance Personalabteilung", "Cinder Insurance"),  # HR departments and
        ("RH de Orchard Energy", "Orchard Energy"),  # careers inboxes in other languages
        ("Larkspur Labs Carreiras", "Larkspur Labs"),
        ("Glasshouse Systems Werken bij", "Glasshouse Systems"),
        ("Carreras Group", "Carreras Group"),  # a name, not a suffix
        ("Dein Yarrow Bank", "Yarrow Bank"),  # German "your"
        ("Dein", ""),  # what "Dein Team von Acme" leaves before "Team"
        ("E-Mail", ""),  # "wir informieren Sie per E-Mail"
        ("Halvorsen College HR Services", "Halvorsen College"),  # the HR department signing
        ("Kingsbridge University People Services", "Kingsbridge University"),
        ("Northline Rail Services", "Northline Rail Services"),  # a name ending in Services
        ("Ember Recruiting Coordination", "Ember"),  # the team booking interviews
        ("Blue Harbor Bank Interview Scheduling", "Blue Harbor Bank"),
    ],
)
def test_clean_candidate(raw: str, expected: str) -> None:
    assert clean_candidate(raw) == expected


def test_reply_to_of_an_ats_mail_names_the_company() -> None:
    message = MailMessage(
        message_id="<t@test>",
        subject="Next steps",
        sender_name="Jane Doe",
        sender_address="no-reply@hire.lever.co",
        date=datetime(2026, 3, 10, tzinfo=UTC),
        text="Hi Sam, can we chat this week?",
        reply_to="jane@initech.com",
    )
    guess = extract_company(message, prepare(message))
    assert guess is not None
    assert guess.name == "Initech"


def test_calendar_tools_are_not_their_owners() -> None:
    message = MailMessage(
        message_id="<t@test>",
        subject="Invitation: Phone screen @ Tue Mar 17, 2026 2pm",
        sender_name="Google Calendar",
        sender_address="calendar-notification@google.com",
        date=datetime(2026, 3, 10, tzinfo=UTC),
        text="You have been invited to the following event.",
        calendar=(CalendarEvent(summary="Phone screen", organizer="jane@initech.com"),),
    )
    assert extract_company(message, prepare(message)) == CompanyGuess("Initech")
    zoom = company_guess(
        "Zoom", "no-reply@zoom.us", "Meeting reminder", "Your meeting starts soon."
    )
    assert zoom is None


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


def test_a_branch_number_is_not_part_of_the_name() -> None:
    assert clean_candidate("Sterling Motors Store #4257") == "Sterling Motors"
    assert clean_candidate("Echo Location No. 12") == "Echo"
    assert clean_candidate("Store 24") == "Store 24"  # a number alone is not a branch suffix


@pytest.mark.parametrize(
    ("subject", "text", "company"),
    [
        ("Update", "Just heard back from Pinecone Labs - unfortunately they've gone with "
         "another candidate for the HR Generalist role.\n\nAna\nHarper Search", "Pinecone Labs"),
        ("Update", "Sorry Claire, Lynx Security aren't progressing your application for the "
         "Mobile Developer position.\n\nFelix\nBlueSky Staffing", "Lynx Security"),
        ("Re: HR Generalist", "Clearpath Robotics came back with feedback: they liked you but "
         "have offered the role to someone else.\n\nEthan\nApex Talent Group",
         "Clearpath Robotics"),
        ("Feedback from Coral Bay Resorts", "Unfortunately the hiring manager at my client has "
         "decided not to proceed.\n\nAhmed\nHirewell Search", "Coral Bay Resorts"),
        ("Compass Rose update", "Bad news I'm afraid, the client has decided to go with "
         "someone else.\n\nCarlos\nHarper & Cole Executive Search", "Compass Rose"),
    ],
)  # fmt: skip
def test_an_agency_reports_its_clients_answer(subject: str, text: str, company: str) -> None:
    guess = company_guess("Ana Nguyen", "ana.nguyen@harpercole-search.com", subject, text)
    assert guess is not None
    assert guess.name == company


def test_an_agency_passing_on_a_persons_answer_names_no_company() -> None:
    guess = company_guess(
        "Ana Nguyen",
        "ana.nguyen@harpercole-search.com",
        "Update",
        "Just heard back from Sarah - she came back with feedback for you.\n\nAna",
    )
    assert guess is None


def test_an_esignature_request_names_the_requesters_employer() -> None:
    guess = company_guess(
        "Adobe Acrobat Sign",
        "adobesign@adobesign.com",
        "You're invited to sign: Robin Okafor - Claims Adjuster Offer",
        "Ngozi Fischer (people@kestrel-outfitters.co) has requested your signature on Robin "
        "Okafor - Claims Adjuster Offer.\n\nReview and sign\n"
        "https://secure.na1.adobesign.com/public/esign/iggsryzfg5ckva3k",
    )
    assert guess is not None
    assert normalize_company(guess.name) == "kestrel outfitters"  # never the "na1" shard


def test_an_esignature_request_never_names_the_person_who_sent_it() -> None:
    guess = company_guess(
        "Dropbox Sign",
        "noreply@mail.hellosign.com",
        "Fatima Rivera has requested your signature on Offer Letter REQ-70697",
        "Fatima Rivera has requested your signature on Offer Letter REQ-70697.",
    )
    assert guess is None or guess.name != "Fatima Rivera"


def test_an_esignature_document_quoted_in_the_subject_names_the_employer() -> None:
    # Dropbox Sign quotes the document's name; "Message from Isabel" shows who sent it.
    guess = company_guess(
        "Dovetail Insurance via Dropbox Sign",
        "noreply@mail.hellosign.com",
        'You\'ve been asked to sign "Dovetail Insurance - Offer of Employment - Okafor"',
        'Isabel Andersen has requested your signature on "Dovetail Insurance - Offer of '
        'Employment - Okafor".\n\nMessage from Isabel: Please sign and return by April 6.',
    )
    assert guess is not None
    assert guess.name == "Dovetail Insurance"


def test_an_esignature_document_named_after_signature_on_names_the_employer() -> None:
    message = MailMessage(
        message_id="<t@test>",
        subject="Jordan Laurent has requested your signature on Yarrow Foods - Offer of "
        "Employment - Okafor",
        sender_name="Jordan Laurent via Dropbox Sign",
        sender_address="noreply@mail.hellosign.com",
        date=datetime(2026, 3, 10, tzinfo=UTC),
        text="Jordan Laurent has requested your signature.\n\nMessage from Jordan: Attached is "
        "the offer we discussed on the phone.",
        recipients=("robin.okafor@fastmail.com",),
    )
    guess = extract_company(message, prepare(message), Category.OFFER)
    assert guess is not None
    assert guess.name == "Yarrow Foods"


def test_an_esignature_requester_under_their_name_gives_the_employers_domain() -> None:
    guess = company_guess(
        "Bianca Ali via Docusign",
        "dse_na3@docusign.net",
        "Reminder: Complete with Docusign: Offer Letter REQ-18578",
        "Bianca Ali sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\n"
        "Bianca Ali\nbianca@redwoodstudios.io\n\nDo Not Share This Email",
    )
    assert guess is not None
    assert normalize_company(guess.name) == "redwood studios"


def test_an_employer_requesting_a_signature_stays_the_employer() -> None:
    # Named like a person ("Nautilus Marine") but the person is Ana: the employer stays.
    guess = company_guess(
        "Ana Nguyen via Dropbox Sign",
        "noreply@mail.hellosign.com",
        "Ana Nguyen sent you Offer of Employment_Claire_Fontaine.pdf",
        'Nautilus Marine has requested your signature on "Offer of Employment.pdf".\n\n'
        "Message from Ana Nguyen: So excited to have you join us!",
    )
    assert guess is not None
    assert guess.name == "Nautilus Marine"


def test_a_job_networks_viewed_notice_names_the_employer() -> None:
    guess = company_guess(
        "LinkedIn",
        "jobs-noreply@linkedin.com",
        "Your application was viewed by Hooli",
        "Hooli viewed your application for Product Analyst.\n\nYour profile stands out when "
        "it's complete.",
    )
    assert guess is not None
    assert guess.name == "Hooli"


def test_an_employer_via_a_hiring_platform_is_the_employer_whatever_the_domain() -> None:
    # "via InHire" names the platform; its sending domain is never the employer.
    guess = company_guess(
        "Emberly Biosciences via InHire",
        "no-reply@inhire.com.br",
        "Atualização da sua candidatura",
        "Prezado(a) Robin,\n\nInformamos que o processo seletivo foi encerrado.\n\n"
        "Atenciosamente,\nEquipe de Gente e Cultura",
    )
    assert guess is not None
    assert guess.name == "Emberly Biosciences"
    guess = company_guess(
        "Indigo Textiles via Taleez",
        "no-reply@taleez.com",
        "Invitation à un entretien - Mobile Developer",
        "Votre candidature a retenu toute notre attention.\n\nCordialement,\nAisha Patel\n"
        "Recruteur - Indigo Textiles",
    )
    assert guess is not None
    assert guess.name == "Indigo Textiles"


def test_a_job_board_receipt_lists_the_employer_under_the_role() -> None:
    guess = company_guess(
        "SEEK",
        "noreply@s.seek.com.au",
        "You applied for Claims Adjuster",
        "Your application was successfully submitted.\n\nClaims Adjuster\nBeacon Systems\n"
        "Brisbane\n\nWhat happens next? The employer will review your application.",
    )
    assert guess is not None
    assert guess.name == "Beacon Systems"


def test_a_state_code_in_a_signature_is_a_place_not_the_employer() -> None:
    guess = company_guess(
        "Dovetail Energy",
        "notifications@app.bamboohr.com",
        "Submission received: Energy Analyst",
        "Your submission has been received.\n\nDetails of your submission:\nOpening: Energy "
        "Analyst\nOffice: Boston, MA\nSubmission ID: R64758",
    )
    assert guess is not None
    assert guess.name == "Dovetail Energy"


def test_a_job_board_receipt_names_the_employer_after_the_role() -> None:
    guess = company_guess(
        "Trade Me Jobs",
        "jobs@trademe.co.nz",
        "You applied for Infrastructure Engineer II",
        "Application sent!\n\nYou applied for Infrastructure Engineer II at Cobalt Outfitters "
        "(Full time). The employer will be notified when you apply.",
    )
    assert guess is not None
    assert guess.name == "Cobalt Outfitters"


def test_an_employers_resourcing_team_is_the_employer() -> None:
    guess = company_guess(
        "Blueprint Resourcing",
        "resourcing@blueprint.io",
        "Interview invitation - Financial Analyst",
        "Thank you for your application for the post of Financial Analyst.",
    )
    assert guess is not None
    assert guess.name == "Blueprint"


def test_a_team_signing_a_platform_receipt_is_not_the_employer() -> None:
    assert clean_candidate("Recruitment Services") == ""
    assert clean_candidate("HR Shared Services") == ""
    assert clean_candidate("Acme Services") == "Acme Services"
    guess = company_guess(
        "Harbor Biosciences Inc.",
        "do-not-reply@taleo.net",
        "Your Application for Solutions Consultant (Toronto, ON)",
        "Thank you for your interest in employment with Harbor Biosciences Inc.. This email "
        "confirms that we have received your application.\n\nRegards,\nRecruitment Services\n"
        "Harbor Biosciences Inc.",
    )
    assert guess is not None
    assert guess.name == "Harbor Biosciences"


def test_a_display_name_naming_the_employer_then_its_ats_is_the_employer() -> None:
    guess = company_guess(
        "Meridian Foods | Gupy",
        "naoresponda@gupy.io",
        "Atualização sobre sua candidatura",
        "Olá Robin, agradecemos o seu interesse.",
    )
    assert guess is not None
    assert guess.name == "Meridian Foods"


def test_the_candidates_own_name_is_never_the_employer() -> None:
    message = MailMessage(
        message_id="<t@test>",
        subject="Complete with Docusign: Pinecrest Insurance - Offer of Employment - Okafor",
        sender_name="Lucía O'Brien via Docusign",
        sender_address="dse_na3@docusign.net",
        date=datetime(2026, 3, 10, tzinfo=UTC),
        text="Lucía O'Brien sent you a document to review and sign.",
        recipients=("robin.okafor@fastmail.com",),
    )
    guess = extract_company(message, prepare(message), Category.OFFER)
    assert guess is not None
    assert guess.name == "Pinecrest Insurance"


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


def test_a_french_service_recrutement_is_the_employers_team_not_an_agency() -> None:
    guess = company_guess(
        "Solaria Jobs",
        "jobs@solaria.es",
        "Entretien Solaria",
        "Madame, Monsieur,\n\nSuite à votre candidature, je vous propose un entretien lundi.\n\n"
        "Bien à vous,\nJordan Mensah\nService Recrutement",
    )
    assert guess is not None
    assert guess.name == "Solaria"


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("Saffron Software - Traffit", "noreply@traffit.com"),
        ("Saffron Software - HRlink", "noreply@hrlink.pl"),
        ("Saffron Software | eRecruiter", "noreply@erecruiter.pl"),
    ],
)
def test_a_platform_sending_as_employer_dash_platform_names_the_employer(
    name: str, address: str
) -> None:
    # A hiring platform we do not list sends from its own domain as "employer - platform":
    # the domain's name is the platform, the part before the dash the employer.
    text = (
        "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji. Potwierdzamy jej otrzymanie."
        "\n\nPozdrawiamy,\nDział HR"
    )
    guess = company_guess(name, address, "Potwierdzenie aplikacji", text, Category.CONFIRMATION)
    assert guess is not None and guess.name == "Saffron Software"


def test_a_person_before_the_dash_is_not_the_employer() -> None:
    guess = company_guess("Jane Doe - Acme", "jane@acme.com", "Hello", "Hi Robin, quick note.")
    assert guess is not None and guess.name == "Acme"


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


def test_an_unlisted_platform_sending_in_the_employers_name_names_the_employer() -> None:
    # "Brightwater Media" <noreply@altamirahrm.com>: the domain is never spelled in the mail.
    text = (
        "Gentile candidato/a,\n\ngrazie per aver inviato la tua candidatura per Product "
        "Marketing Manager.\n\nCi dispiace informarti che non potremo procedere.\n\n"
        "Cordiali saluti,\nFatima Khan\nHR Specialist"
    )
    guess = company_guess("Brightwater Media", "noreply@altamirahrm.com", "Esito", text)
    assert guess is not None and guess.name == "Brightwater Media"
    # A person's own address is not a platform: the employer is the domain's.
    guess = company_guess("Fatima Khan", "fatima@brightwatermedia.com", "Esito", text)
    assert guess is not None and guess.name == "Brightwater Media"


def test_an_agency_reporting_its_clients_feedback_names_the_client_not_itself() -> None:
    # The agency's own domain (rwconsulting) fits its own name, but it writes for its client.
    text = (
        "Robin,\n\nI've had feedback from Brightwater Pharma on your CV and it's a yes for "
        "first stage!\n\nSpeak soon,\nNadia Bianchi\nTalent Consultant | RW Consulting"
    )
    guess = company_guess(
        "Nadia Bianchi", "nadia@rwconsulting.com", "Client feedback", text, Category.INTERVIEW
    )
    assert guess is not None and guess.name == "Brightwater Pharma"


def test_an_hr_platforms_offer_notice_names_the_employer() -> None:
    text = (
        "Good morning Robin,\n\nCongratulations! Dovetail Studios would like to offer you the "
        "role of Warehouse Operations Lead.\n\nReview offer letter: https://app.rippling.com/x"
    )
    subject = "You have a new offer letter from Dovetail Studios"
    guess = company_guess("Rippling", "no-reply@rippling.com", subject, text, Category.OFFER)
    assert guess is not None and guess.name == "Dovetail Studios"
