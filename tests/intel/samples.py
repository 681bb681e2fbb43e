"""Hand-written job emails in the styles real senders use, with what extraction must find.

Written independently of the corpus generator (so the extractors are not only tuned to its
templates): Workday, Greenhouse, Lever, Ashby, iCIMS, SmartRecruiters, Workable, BambooHR,
Taleo, LinkedIn, Indeed, company-own mail, agency and in-house recruiters with signatures,
and French, German and Spanish mail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from applytrack_desktop.core.enums import Category
from applytrack_desktop.mail.message import CalendarEvent, MailMessage

PACIFIC = timezone(timedelta(hours=-7))
BERLIN = timezone(timedelta(hours=1))
SENT = datetime(2026, 3, 10, 9, 30, tzinfo=PACIFIC)  # a Tuesday


@dataclass(frozen=True)
class Sample:
    name: str
    sender_name: str
    sender_address: str
    subject: str
    text: str
    category: Category
    company: str | None
    title: str | None
    ids: tuple[str, ...] = ()
    date: datetime = SENT
    html: str | None = None
    calendar: tuple[CalendarEvent, ...] = field(default=())

    def message(self) -> MailMessage:
        return MailMessage(
            message_id=f"<{self.name}@samples.test>",
            subject=self.subject,
            sender_name=self.sender_name,
            sender_address=self.sender_address,
            date=self.date,
            text=self.text,
            html=self.html,
            calendar=self.calendar,
        )


SAMPLES: tuple[Sample, ...] = (
    Sample(
        "workday-confirmation",
        "Workday",
        "cyrusone@myworkday.com",
        "Thank you for applying! - Senior Network Engineer (R-004512)",
        "Hi Sam,\n\nThank you for your interest in CyrusOne! We have received your application "
        "for the Senior Network Engineer position (R-004512).\n\nYou can check the status of "
        "your application at any time in your candidate home:\n"
        "https://cyrusone.wd1.myworkdayjobs.com/en-US/CyrusOne/job/Dallas-TX/"
        "Senior-Network-Engineer_R-004512\n\nCyrusOne Talent Acquisition",
        Category.CONFIRMATION,
        "CyrusOne",
        "Senior Network Engineer",
        ("R004512",),
    ),
    Sample(
        "workday-talent-subdomain",
        "Northwind Careers",
        "noreply@talent.northwindtraders.com",
        "Your application: Supply Chain Analyst",
        "Dear Sam,\nThank you for applying to the Supply Chain Analyst role at Northwind "
        "Traders. Job ID: JR-88213.\nOur recruiting team will review your background.",
        Category.CONFIRMATION,
        "Northwind Traders",
        "Supply Chain Analyst",
        ("JR88213",),
    ),
    Sample(
        "greenhouse-confirmation",
        "Acme Analytics Hiring Team",
        "no-reply@us.greenhouse-mail.io",
        "Thank you for applying to Acme Analytics",
        "Hi Sam,\n\nThanks for applying to Acme Analytics! We've received your application "
        "for the Staff Software Engineer, Payments role and our team is reviewing it.\n\n"
        "Best,\nThe Acme Analytics Recruiting Team\n"
        "https://boards.greenhouse.io/acmeanalytics/jobs/5123456",
        Category.CONFIRMATION,
        "Acme Analytics",
        "Staff Software Engineer, Payments",
        ("5123456",),
    ),
    Sample(
        "greenhouse-rejection",
        "Jane Smith",
        "no-reply@greenhouse.io",
        "Your application to Brightwave",
        "Hi Sam,\n\nThank you so much for your interest in Brightwave and for the time you "
        "invested in applying for the Product Designer position. Unfortunately, we have "
        "decided to move forward with other candidates whose experience more closely matches "
        "our current needs.\n\nWe wish you the best in your search.\nJane Smith\nBrightwave",
        Category.REJECTION,
        "Brightwave",
        "Product Designer",
    ),
    Sample(
        "lever-interview",
        "Lena from Quantiq",
        "no-reply@hire.lever.co",
        "Quantiq | Next steps",
        "Hi Sam,\n\nThanks again for your interest in the Machine Learning Engineer role. "
        "We'd love to set up a 30-minute call with our hiring manager. Please pick a time "
        "that works for you here: https://jobs.lever.co/quantiq/"
        "3f1c2a9e-7b6d-4c1e-9a2f-0b8e5d4c3a21/schedule\n\nCheers,\nLena",
        Category.INTERVIEW,
        "Quantiq",
        "Machine Learning Engineer",
        ("3f1c2a9e-7b6d-4c1e-9a2f-0b8e5d4c3a21",),
    ),
    Sample(
        "ashby-technical",
        "Fernhill Recruiting",
        "no-reply@ashbyhq.com",
        "Fernhill: take-home assignment for Backend Engineer",
        "Hi Sam,\n\nCongrats on moving to the next round for the Backend Engineer position! "
        "Please complete the take-home assignment by Friday, March 13 at 5pm PT and submit "
        "it through the link in this email.\n\nThe Fernhill Team",
        Category.TECHNICAL_ROUND,
        "Fernhill",
        "Backend Engineer",
    ),
    Sample(
        "icims-confirmation",
        "Globex Corporation",
        "globex-careers@icims.com",
        "Globex Corporation - Application Received",
        "Dear Sam Lee,\n\nThank you for applying for the position of Financial Analyst II at "
        "Globex Corporation. Requisition ID: 2026-14872.\n\nIf your qualifications match our "
        "needs, a recruiter will contact you.\n\nSincerely,\nGlobex Talent Acquisition\n"
        "https://careers-globex.icims.com/jobs/14872/financial-analyst-ii/job",
        Category.CONFIRMATION,
        "Globex Corporation",
        "Financial Analyst II",
        ("202614872", "14872"),
    ),
    Sample(
        "smartrecruiters-confirmation",
        "Vandelay Industries",
        "noreply@smartrecruiters.com",
        "Thank you for your application",
        "Dear Sam,\n\nThank you for your application for the Import/Export Coordinator "
        "position with Vandelay Industries. We will review it shortly.\n\n"
        "Kind regards,\nVandelay Industries Recruiting\n"
        "https://jobs.smartrecruiters.com/VandelayIndustries/743999812345678-import-export",
        Category.CONFIRMATION,
        "Vandelay Industries",
        "Import/Export Coordinator",
        ("743999812345678",),
    ),
    Sample(
        "workable-not-a-company",
        "Workable",
        "noreply@workablemail.com",
        "Your application for Customer Success Manager",
        "Hi Sam,\n\nThanks for applying for Customer Success Manager at Lumen Loop. "
        "We'll be in touch soon.\n\nLumen Loop\n"
        "Powered by Workable https://apply.workable.com/lumen-loop/j/AB12CD34EF/",
        Category.CONFIRMATION,
        "Lumen Loop",
        "Customer Success Manager",
        ("AB12CD34EF",),
    ),
    Sample(
        "bamboohr-offer",
        "Harbor Labs",
        "notifications@harborlabs.bamboohr.com",
        "Offer letter from Harbor Labs",
        "Hi Sam,\n\nCongratulations! We are delighted to offer you the Operations Manager "
        "position at Harbor Labs. Please review and sign your offer letter by March 12.\n\n"
        "Warmly,\nHarbor Labs People Team",
        Category.OFFER,
        "Harbor Labs",
        "Operations Manager",
    ),
    Sample(
        "taleo-confirmation",
        "Initrode Careers",
        "invalidemail@taleo.net",
        "Initrode - Job Submission: Data Center Technician",
        "Dear Sam,\n\nThank you for submitting your application for the Data Center "
        "Technician position (Job Number: 2600345) with Initrode. You can track your "
        "application at https://initrode.taleo.net/careersection/2/jobdetail.ftl",
        Category.CONFIRMATION,
        "Initrode",
        "Data Center Technician",
        ("2600345",),
    ),
    Sample(
        "linkedin-sent",
        "LinkedIn",
        "jobs-noreply@linkedin.com",
        "Sam, your application was sent to Metaverse Inc",
        "Your application was sent to Metaverse Inc\n\nFrontend Developer\n"
        "Metaverse Inc · San Francisco, CA (Remote)\n\nApplied on March 10, 2026",
        Category.CONFIRMATION,
        "Metaverse Inc",
        "Frontend Developer",
    ),
    Sample(
        "indeed-apply",
        "Indeed Apply",
        "indeedapply@indeed.com",
        "Indeed Application: Warehouse Associate",
        "Your application has been submitted\n\nWarehouse Associate\nUmbrella Corp - Austin, TX"
        "\n\nThe following items were sent to Umbrella Corp. Good luck!",
        Category.CONFIRMATION,
        "Umbrella Corp",
        "Warehouse Associate",
    ),
    Sample(
        "own-domain-interview",
        "Priya Raman",
        "priya.raman@stripe.com",
        "Interview invitation - Data Engineer",
        "Hi Sam,\n\nThank you for applying to the Data Engineer role at Stripe. We'd like to "
        "invite you to a 45-minute video interview. Reply with your availability for next "
        "week.\n\nBest,\nPriya Raman\nTechnical Recruiter | Stripe",
        Category.INTERVIEW,
        "Stripe",
        "Data Engineer",
    ),
    Sample(
        "own-domain-meta",
        "Meta Recruiting",
        "recruiting@meta.com",
        "Your application to Meta",
        "Hi Sam, thanks for applying to the Production Engineer position at Meta. "
        "We are reviewing your application.",
        Category.CONFIRMATION,
        "Meta",
        "Production Engineer",
    ),
    Sample(
        "agency-outreach",
        "Tom Baker",
        "tom.baker@talentbridge-partners.com",
        "Senior Platform Engineer opportunity",
        "Hi Sam,\n\nI came across your profile and I'm recruiting for a Senior Platform "
        "Engineer role at Helios Energy, a fast-growing climate company in Denver. "
        "Would you be open to a quick chat this week?\n\nTom Baker\nTalentBridge Partners",
        Category.RECRUITER_OUTREACH,
        "Helios Energy",
        "Senior Platform Engineer",
    ),
    Sample(
        "gmail-hiring-manager",
        "Dana Whitfield",
        "dana.whitfield@gmail.com",
        "Re: QA Engineer position",
        "Hi Sam,\n\nThanks for your note. I'm the hiring manager for the QA Engineer position "
        "at Pinecone Robotics. Can you do a call tomorrow at 10am?\n\nDana",
        Category.INTERVIEW,
        "Pinecone Robotics",
        "QA Engineer",
    ),
    Sample(
        "french-confirmation",
        "Recrutement Société Générale",
        "recrutement@socgen.com",
        "Votre candidature au poste de Analyste Risques",
        "Bonjour Sam,\n\nNous avons bien reçu votre candidature au poste de Analyste Risques "
        "chez Société Générale et vous en remercions.\n\nL'équipe Recrutement",
        Category.CONFIRMATION,
        "Société Générale",
        "Analyste Risques",
        date=datetime(2026, 3, 10, 9, 30, tzinfo=BERLIN),
    ),
    Sample(
        "german-interview",
        "Zalando Recruiting",
        "jobs@zalando.de",
        "Einladung zum Vorstellungsgespräch",
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Backend Entwickler (m/w/d) bei "
        "Zalando. Wir möchten Sie gerne am 17. März 2026 um 14:00 Uhr zu einem Gespräch "
        "einladen.\n\nBitte bestätigen Sie den Termin bis zum 13. März.\n\nIhr Zalando Team",
        Category.INTERVIEW,
        "Zalando",
        "Backend Entwickler (m/w/d)",  # the posting's own title, gender marker included
        date=datetime(2026, 3, 10, 9, 30, tzinfo=BERLIN),
    ),
    Sample(
        "spanish-rejection",
        "Equipo de Talento",
        "talento@telefonica.es",
        "Tu candidatura en Telefónica",
        "Hola Sam,\n\nGracias por tu interés en el puesto de Ingeniero de Datos. "
        "Lamentablemente, hemos decidido continuar con otros candidatos.\n\n"
        "Un saludo,\nEl equipo de Telefónica",
        Category.REJECTION,
        "Telefónica",
        "Ingeniero de Datos",
        date=datetime(2026, 3, 10, 9, 30, tzinfo=BERLIN),
    ),
    Sample(
        "jobvite-confirmation",
        "Oscorp Careers",
        "notification@jobvite.com",
        "Thank you for applying to Oscorp",
        "Dear Sam,\n\nThank you for your interest in the Research Scientist opening at "
        "Oscorp. Your application has been received.\n"
        "https://jobs.jobvite.com/oscorp/job/oAbC1234x",
        Category.CONFIRMATION,
        "Oscorp",
        "Research Scientist",
        ("OABC1234X",),
    ),
    Sample(
        "sendgrid-own-brand",
        "Careers at Wayfair",
        "careers@em.wayfair-mail.sendgrid.net",
        "Wayfair: We received your application for Senior Analyst",
        "Hi Sam, thank you for applying to Wayfair! We received your application for "
        "Senior Analyst and will be in touch.",
        Category.CONFIRMATION,
        "Wayfair",
        "Senior Analyst",
    ),
    Sample(
        "workday-rejection-hrtech",
        "Talent Acquisition",
        "wd5-notifications@myworkday.com",
        "Update on your application for Senior Accountant at Contoso",
        "Dear Sam,\n\nThank you for your interest in the Senior Accountant (JR-20931) position "
        "at Contoso. After careful review, we have decided to pursue other candidates whose "
        "qualifications more closely align with our needs.\n\nSincerely,\nContoso Talent "
        "Acquisition",
        Category.REJECTION,
        "Contoso",
        "Senior Accountant",
        ("JR20931",),
    ),
    Sample(
        "greenhouse-scheduling",
        "GoodTime Scheduling",
        "scheduling@goodtime.io",
        "Interview confirmed: Globex | Platform Engineer",
        "Hi Sam,\n\nYour interview with Globex for the Platform Engineer role is confirmed for "
        "Thursday, March 12 at 1:00 PM PT. Please join using the Zoom link below.\n\n"
        "Globex Recruiting",
        Category.INTERVIEW,
        "Globex",
        "Platform Engineer",
    ),
    Sample(
        "recruiter-plain-reply",
        "Marcus Lee",
        "marcus.lee@hooli.xyz",
        "RE: Solutions Architect opening",
        "Hey Sam - great chatting today. As discussed, the next step is a 60 minute technical "
        "interview with two engineers from the team. Could you send me a few times that work "
        "next week?\n\nMarcus Lee | Senior Technical Recruiter\nHooli",
        Category.TECHNICAL_ROUND,
        "Hooli",
        "Solutions Architect",
    ),
    Sample(
        "lever-offer-html-text",
        "Piper Nakamura",
        "no-reply@hire.lever.co",
        "Your offer from Pied Piper",
        "Offer Letter\n\nDear Sam,\n\nOn behalf of Pied Piper, I am pleased to offer you the "
        "position of Compression Engineer. Please review and sign the attached offer by "
        "Friday, March 13.\n\nRichard Hendricks\nCEO, Pied Piper",
        Category.OFFER,
        "Pied Piper",
        "Compression Engineer",
    ),
    Sample(
        "linkedin-easy-apply-viewed",
        "LinkedIn",
        "jobs-noreply@linkedin.com",
        "Your application was viewed by Duolingo",
        "Your application was viewed by Duolingo\n\nSenior Product Designer\nDuolingo · "
        "Pittsburgh, PA\n\nView job",
        Category.OTHER_JOB,
        "Duolingo",
        "Senior Product Designer",
    ),
    Sample(
        "french-offer",
        "Claire Martin",
        "claire.martin@doctolib.fr",
        "Proposition d'embauche - Ingénieure Data",
        "Bonjour Sam,\n\nNous avons le plaisir de vous proposer le poste d'Ingénieure Data au "
        "sein de Doctolib. Merci de nous retourner la promesse d'embauche signée avant le "
        "20 mars.\n\nBien cordialement,\nClaire Martin\nTalent Acquisition | Doctolib",
        Category.OFFER,
        "Doctolib",
        "Ingénieure Data",
        date=datetime(2026, 3, 10, 9, 30, tzinfo=BERLIN),
    ),
    Sample(
        "german-rejection-personio",
        "Celonis Recruiting",
        "noreply@celonis.jobs.personio.de",
        "Ihre Bewerbung bei Celonis",
        "Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Bewerbung als Data Scientist bei "
        "Celonis. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidaten "
        "entschieden haben.\n\nMit freundlichen Grüßen\nIhr Celonis Recruiting Team",
        Category.REJECTION,
        "Celonis",
        "Data Scientist",
        date=datetime(2026, 3, 10, 9, 30, tzinfo=BERLIN),
    ),
    Sample(
        "spanish-interview",
        "Equipo de Selección",
        "seleccion@cabify.com",
        "Entrevista para el puesto de Backend Developer",
        "Hola Sam,\n\nNos gustaría invitarte a una entrevista para el puesto de Backend "
        "Developer en Cabify el 17 de marzo a las 10:00. Por favor, confirma tu asistencia "
        "antes del 13 de marzo.\n\nUn saludo,\nEl equipo de Cabify",
        Category.INTERVIEW,
        "Cabify",
        "Backend Developer",
        date=datetime(2026, 3, 10, 9, 30, tzinfo=BERLIN),
    ),
    Sample(
        "codility-test",
        "Codility",
        "no-reply@codility.com",
        "Spotify has invited you to a Codility test",
        "Hello Sam,\n\nSpotify has invited you to complete a coding test for the Backend "
        "Engineer position. The test must be completed within 5 days.\n\nGood luck!\n"
        "The Codility Team",
        Category.TECHNICAL_ROUND,
        "Spotify",
        "Backend Engineer",
    ),
    Sample(
        "ashby-confirmation-html-ish",
        "Notion",
        "no-reply@ashbyhq.com",
        "Thanks for applying to Notion!",
        "Hi Sam,\n\nThanks for applying to the Software Engineer, Mobile role at Notion. "
        "We've received your application and will be reviewing it shortly.\n\n"
        "Notion Recruiting\nhttps://jobs.ashbyhq.com/notion/"
        "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
        Category.CONFIRMATION,
        "Notion",
        "Software Engineer, Mobile",
        ("0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",),
    ),
)
