"""Job titles in real-style mail: ATS subjects, offer and onboarding phrasing, lower-case
mentions, and French, German, Spanish, Italian, Dutch and Portuguese forms."""

from __future__ import annotations

import pytest

from applytrack_desktop.intel.text import Prepared
from applytrack_desktop.intel.titles import extract_title


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        ("Application received: Environmental Planner 2", "", "Environmental Planner 2"),
        ("Application Received: Data Analyst (R12345)", "", "Data Analyst"),
        ("Invitation: Portfolio presentation - Robin Ashe (Senior Product Designer)", "",
         "Senior Product Designer"),
        ("Search update - Assistant Professor of History (Atlantic World)", "",
         "Assistant Professor of History (Atlantic World)"),
        ("Einladung zum Fachgespräch – Embedded Softwareentwickler (m/w/d)", "",
         "Embedded Softwareentwickler (m/w/d)"),
        ("Votre candidature - Chef de projet digital", "", "Chef de projet digital"),
        ("Entretien – poste de Chargé(e) de communication", "", "Chargé(e) de communication"),
        ("Opportunità come Project Manager – settore energia", "", "Project Manager"),
        ("Oportunidade: Engenheiro(a) de Dados Sênior na Caju Saúde", "",
         "Engenheiro(a) de Dados Sênior"),
        ("Terugkoppeling sollicitatie Beleidsmedewerker Duurzaamheid", "",
         "Beleidsmedewerker Duurzaamheid"),
        ("Proposta di assunzione – Addetto/a Ufficio Acquisti", "", "Addetto/a Ufficio Acquisti"),
        ("Re: Ops generalist role", "", "Ops generalist"),
    ],
)  # fmt: skip
def test_subjects(subject: str, body: str, title: str) -> None:
    assert extract_title(Prepared(subject, body), "Acme") == title


def test_the_company_before_the_title_is_dropped() -> None:
    subject = "Invitation to take the Oriel Systems Software Engineer II test"
    assert extract_title(Prepared(subject, ""), "Oriel Systems") == "Software Engineer II"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("This message acknowledges receipt of your application for Requisition 55812, Charge "
         "Nurse - Cardiac ICU (Nights). Applications are screened.",
         "Charge Nurse - Cardiac ICU (Nights)"),
        ("We received your application for Sales Associate - Part Time.",
         "Sales Associate - Part Time"),
        # an en dash sets a qualifier off as a hyphen does, and stays as the mail wrote it
        ("We received your application for Product Manager – Payments, and we are delighted.",
         "Product Manager – Payments"),
        ("Application received: Nurse Unit Manager – Rehabilitation - Acme",
         "Nurse Unit Manager – Rehabilitation"),
        # an assessment named after the role; a table's label and value on one line; a
        # letter's reference line
        ("Ridgeback Security has invited you to take the Security Software Engineer - Online "
         "Assessment as part of their hiring process.", "Security Software Engineer"),
        ("We have received your application for the following position:\n\nJob Requisition ID "
         "R-104233\n\nJob Title Claims Data Analyst\n\nLocation Hartford, CT (Hybrid)",
         "Claims Data Analyst"),
        ("vielen Dank für Ihre Online-Bewerbung vom 26.02.2026 auf die Position\n\n Digital "
         "Product Manager (w/m/d) Kfz-Versicherung\n Kennziffer 2026-0117, Standort Hamburg",
         "Digital Product Manager (w/m/d) Kfz-Versicherung"),
        ("Dear Sam,\n\nRe: Regulatory Affairs Associate - Req ID 7782-RA\n\nThank you for your "
         "interest.", "Regulatory Affairs Associate"),
        ("Calder Hydro is pleased to confirm its offer of employment for the role of Field Service "
         "Technician, reporting to the manager.", "Field Service Technician"),
        ("We are pleased to extend to you a contingent offer of employment as Pharmacy Technician "
         "at our Riverside location.", "Pharmacy Technician"),
        ("We're so happy to share your offer to join Alderbrook Outfitters as our Ecommerce "
         "Manager.", "Ecommerce Manager"),
        ("We're excited for you to start as Shift Lead on Monday, June 15.", "Shift Lead"),
        ("As part of your conditional offer for Logistics Coordinator, please complete a drug "
         "screen.", "Logistics Coordinator"),
        (" - Role: Investment Associate, Infrastructure team\n - Base: $165,000",
         "Investment Associate"),
        ("We're looking forward to hosting you for the Clinical Operations Manager panel on "
         "March 18.",
         "Clinical Operations Manager"),
        ("Please choose your availability for your Hiring Manager Conversation (45 min) for "
         "Solutions Consultant.", "Solutions Consultant"),
        ("we'd love to tell you about open Credit Risk Analyst roles at Maple Street Bank.",
         "Credit Risk Analyst"),
        ("You have a new task: Offer - Robin Ashe - Respiratory Therapist II (Full Time, Days).",
         "Respiratory Therapist II"),
        ("saw your application come thru for the service manager spot. can you swing by?",
         "Service Manager"),
        ("We'd love to have you as our founding designer.", "Founding Designer"),
        ("je me permets de vous contacter car nous recrutons notre Head of Operations à Lyon.",
         "Head of Operations"),
        ("Hartelijk dank voor je sollicitatie op de functie van Servicemonteur W-installaties "
         "en voor het gesprek.", "Servicemonteur W-installaties"),  # a Dutch trade's ending
        ("This email confirms that we have received your application for:\n\nSpecial "
         "Education Teacher - Resource Room\nJob ID: 2026-3314\n",
         "Special Education Teacher - Resource Room"),  # the title on a line of its own
        ("we've gone with someone with a bit more site experience for the bench joiner job.",
         "Bench Joiner"),
        ("Could you come in for a trial shift on Saturday for the chef de partie job?",
         "Chef de Partie"),  # the head noun first, the link word kept low
        ("Wat leuk dat je hebt gesolliciteerd op de vacature Teamleider Productie bij Bakkerij Van "
         "Dalen!", "Teamleider Productie"),
        ("Hartelijk dank voor uw sollicitatie naar de functie van Beleidsmedewerker Duurzaamheid "
         "bij de gemeente.", "Beleidsmedewerker Duurzaamheid"),
        ("la Fonderia Bellandi intende offrirLe il ruolo di Addetto/a Ufficio Acquisti presso la "
         "sede di Brescia.", "Addetto/a Ufficio Acquisti"),
        ("A vaga é para Engenheiro(a) de Dados Sênior, 100% remota.",
         "Engenheiro(a) de Dados Sênior"),
        ("você avançou para a próxima etapa do processo seletivo para Desenvolvedor(a) Front-end "
         "Pleno.", "Desenvolvedor(a) Front-end Pleno"),
        ("nos alegra comunicarte que queremos contar contigo como Analista de Datos.",
         "Analista de Datos"),
        ("Merci pour votre candidature au poste de Chargé(e) de communication au sein de "
         "l'Atelier Solène.", "Chargé(e) de communication"),
    ],
)  # fmt: skip
def test_body_phrases(body: str, title: str) -> None:
    assert extract_title(Prepared("Hello", body), "Acme") == title


@pytest.mark.parametrize(
    "body",
    [
        "saw your application come thru for the ML platform role.",  # no job noun: no title
        "We're looking for the right role for you.",
        "It was great to meet the team.",
        "Thanks for applying for the engineering team role.",  # a weak noun only
        "Good luck landing the dream job!",
    ],
)
def test_lower_case_mentions_need_a_job_noun(body: str) -> None:
    assert extract_title(Prepared("Hi", body), "Acme") is None


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        # LinkedIn puts the company line first in some layouts, the title first in others.
        ("Your application was sent to Hooli",
         "Robin, your application was sent to Hooli\n\nHooli\nStaff Data Scientist\n"
         "Mountain View, CA\n\nApplied on 3/10/2026", "Staff Data Scientist"),
        ("Robin, your application was sent to Hooli",
         "Your application was sent to Hooli\n\nSenior Backend Engineer\n"
         "Hooli · Palo Alto, CA (On-site)\n\nView job", "Senior Backend Engineer"),
        # a comma and an "&" inside the title; the link's address the HTML converter adds
        ("Maya, your application was sent to Hooli",
         "Your application was sent to Hooli\n\nSoftware Developer, Tools & Pipeline "
         "(https://www.linkedin.com/comm/jobs/view/3984417201)\n\n"
         "Hooli · Toronto, Ontario, Canada (Hybrid)\n\nApplied on June 10, 2026",
         "Software Developer, Tools & Pipeline"),
        ("Invitation: Interview with Acme Robotics @ Tue",
         "Interview with Acme Robotics for Product Designer", "Product Designer"),
        ("La tua candidatura",
         "Grazie per la tua candidatura per Product Designer presso Acme Robotica.",
         "Product Designer"),
    ],
)  # fmt: skip
def test_platform_layouts(subject: str, body: str, title: str) -> None:
    assert extract_title(Prepared(subject, body), "Hooli") == title


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        ("Phone screen: Robin Ashe / Treasury Analyst", "", "Treasury Analyst"),
        ("Ihre Bewerbung", "vielen Dank für Ihre Bewerbung als Buchhalter (m/w/d) bei der "
         "Nordwind GmbH.", "Buchhalter (m/w/d)"),
        ("Colloquio", "la ringraziamo per la sua candidatura per la posizione di Responsabile "
         "Logistica presso Vetreria Ferro.", "Responsabile Logistica"),
    ],
)  # fmt: skip
def test_more_job_nouns_and_separators(subject: str, body: str, title: str) -> None:
    assert extract_title(Prepared(subject, body), "Nordwind") == title


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        ("Tollander Medical - Application Received", "Thank you for applying for the position "
         "Biomedical Technician (Requisition 4471) with Tollander Medical.",
         "Biomedical Technician"),
        ("Einladung", "wir möchten Sie zu einem Gespräch für die Stelle als Elektroniker für "
         "Betriebstechnik (m/w/d) einladen.", "Elektroniker für Betriebstechnik (m/w/d)"),
        ("Proceso de selección - Recepcionista", "Hola Robin", "Recepcionista"),
    ],
)  # fmt: skip
def test_position_without_of_and_trades(subject: str, body: str, title: str) -> None:
    assert extract_title(Prepared(subject, body), "Tollander Medical") == title


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        ("Update regarding the Product Manager job", "Dear Applicant", "Product Manager"),
        ("Your application to Tundra has been submitted",
         "Application submitted\n\nTeaching Assistant\nTundra - Amsterdam\n\nGood luck!",
         "Teaching Assistant"),
        ("Reminder: your test expires soon",
         "Skyline Hotels has invited you to take the Product Management Intern challenge.",
         "Product Management Intern"),
        ("Acknowledgement of application",
         "This message acknowledges receipt of your application for vacancy 2024-23316, Security "
         "Engineer. Applications are screened.", "Security Engineer"),
        ("Acknowledgement", "your application for the post of Pharmacist, Pharmacist.",
         "Pharmacist"),
    ],
)  # fmt: skip
def test_ats_layouts_from_the_train_split(subject: str, body: str, title: str) -> None:
    assert extract_title(Prepared(subject, body), "Tundra") == title


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        ("Regarding the Computer Vision Engineer position", "Hi", "Computer Vision Engineer"),
        ("Vielen Dank", "den Eingang Ihrer Bewerbung für die Position Software Engineering Intern.",
         "Software Engineering Intern"),
        ("Offer of Employment", "We are pleased to offer you employment for the role Business "
         "Analyst, reporting to the Director.", "Business Analyst"),
        ("Votre profil", "Je recrute actuellement un(e) Marketing Manager pour un client.",
         "Marketing Manager"),
        ("New opportunity", "I'm partnering with Vantage Point on their ML Ops Engineer search.",
         "ML Ops Engineer"),
        ("Exciting Store Manager opportunity - Raleigh, NC", "Hi Sam", "Store Manager"),
        ("See you on 23 April!", "We're looking forward to hosting you for the Partnerships "
         "Manager final interviews on Monday.", "Partnerships Manager"),
    ],
)  # fmt: skip
def test_more_train_split_layouts(subject: str, body: str, title: str) -> None:
    assert extract_title(Prepared(subject, body), "Vantage Point") == title
