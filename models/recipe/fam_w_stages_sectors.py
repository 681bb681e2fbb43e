"""Employers, roles and senders outside tech, for the ``ws_`` job-stage families.

The shared vocabulary is mostly software companies; real job seekers also apply to schools,
hospitals, care homes, building firms, pubs, depots, charities, law firms, banks and councils,
and the classifier has barely seen how those employers write. This module registers no family:
it only lets a family move a message into one of those sectors, so the labels (company,
title) follow the employer and role the message really names.
"""

from __future__ import annotations

import vocab
from kit import Ctx, ascii_word

# sector -> (employers "name|domain", roles)
SECTORS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "school": (
        (
            "St Aidan's Primary School|staidans.sch.example",
            "Riverside Academy|riversideacademy.example",
            "Hollins Park High School|hollinspark.example",
            "Westbrook Unified School District|westbrookusd.example",
            "Oakfield Community College|oakfieldcc.example",
            "The Meadows Primary|themeadows.example",
            "Kingsmead Learning Trust|kingsmeadtrust.example",
            "Cedar Grove Elementary|cedargrove-es.example",
        ),
        (
            "Year 4 Class Teacher",
            "Teacher of Mathematics",
            "KS2 Teacher",
            "Teaching Assistant (Level 3)",
            "Head of Science",
            "SENCo",
            "Early Years Practitioner",
            "Teacher of English",
            "5th Grade Teacher",
            "Special Education Teacher",
            "Cover Supervisor",
        ),
    ),
    "university": (
        (
            "University of Eastmoor|eastmoor.ac.example",
            "Kingsbridge University|kingsbridge.ac.example",
            "Lakeshore State University|lakeshore.edu.example",
            "Institute of Marine Sciences|ims-research.example",
            "Halvorsen College|halvorsen.edu.example",
        ),
        (
            "Postdoctoral Research Associate",
            "Research Fellow in Computational Biology",
            "Lecturer in Economics",
            "Assistant Professor of Chemistry",
            "Research Assistant",
            "Postdoctoral Fellow",
            "Teaching Fellow in History",
            "Senior Lecturer in Nursing",
        ),
    ),
    "health": (
        (
            "St Columba's Hospital|stcolumbas.nhs.example",
            "Mercy Valley Medical Center|mercyvalley.example",
            "Northgate Care Home|northgatecare.example",
            "Willow Lodge Care|willowlodge.example",
            "Pioneer Valley Hospital|pvhospital.org",
            "Harbourside Health NHS Trust|harbourside.nhs.example",
            "Brookfield Dental Group|brookfielddental.example",
        ),
        (
            "Staff Nurse (Band 5)",
            "Registered Nurse - ICU",
            "Healthcare Assistant",
            "Senior Care Assistant",
            "Night Care Assistant",
            "Physiotherapist (Band 6)",
            "Ward Clerk",
            "Phlebotomist",
            "Dental Nurse",
            "Theatre Practitioner",
            "Registered Nurse - Med/Surg",
        ),
    ),
    "trades": (
        (
            "Hartley & Sons Builders|hartleyandsons.example",
            "Brightspark Electrical|brightspark.example",
            "Keller Mechanical|kellermech.example",
            "Ashdown Construction|ashdowncon.example",
            "Northline Rail Services|northlinerail.example",
        ),
        (
            "Electrician",
            "Site Labourer",
            "Plumber",
            "Groundworker",
            "Carpenter",
            "Apprentice Electrician",
            "Site Manager",
            "HVAC Technician",
            "Maintenance Technician",
        ),
    ),
    "hospitality": (
        (
            "The Copper Kettle|copperkettle.example",
            "Blue Door Bistro|bluedoorbistro.example",
            "Harbour View Hotel|harbourviewhotel.example",
            "Skyline Hotels|skylinehotels.com",
            "Harvest Table|harvesttable.com",
            "The Fox & Hound|foxandhoundpub.example",
            "Daily Grind Coffee|dailygrind.example",
        ),
        (
            "Bartender",
            "Server",
            "Line Cook",
            "Sous Chef",
            "Front of House Team Member",
            "Barista",
            "Kitchen Porter",
            "Hotel Receptionist",
            "Housekeeping Supervisor",
        ),
    ),
    "retail": (
        (
            "FreshMart|freshmart.example",
            "Arcadia Retail|arcadiaretail.com",
            "Basecamp Outfitters|basecampoutfitters.com",
            "Hollow Oak Garden Centre|hollowoak.example",
            "Penny Lane Pharmacy|pennylanepharmacy.example",
        ),
        (
            "Sales Assistant",
            "Store Associate",
            "Customer Assistant (Nights)",
            "Assistant Store Manager",
            "Cashier",
            "Stock Associate",
            "Pharmacy Technician",
        ),
    ),
    "logistics": (
        (
            "Swiftline Couriers|swiftline.example",
            "Redline Haulage|redlinehaulage.example",
            "Sparrow Logistics|sparrowlogistics.com",
            "Parcelpoint|parcelpoint.example",
            "Falcon Freight|falconfreight.com",
            "Kraftwerk Logistik|kraftwerk-logistik.de",
        ),
        (
            "HGV Class 1 Driver",
            "Delivery Driver",
            "Warehouse Operative",
            "Forklift Operator",
            "Multi-drop Van Driver",
            "Picker Packer",
            "CDL-A Truck Driver",
            "Transport Planner",
        ),
    ),
    "charity": (
        (
            "Hope Street Trust|hopestreet.org.example",
            "Open Doors Foundation|opendoors.org.example",
            "Compass Rose Foundation|compassrose.org",
            "Riverbank Food Project|riverbankfood.example",
        ),
        (
            "Fundraising Officer",
            "Volunteer Coordinator",
            "Support Worker",
            "Community Outreach Worker",
            "Grants Manager",
            "Youth Worker",
        ),
    ),
    "law": (
        (
            "Pemberton Shaw LLP|pembertonshaw.example",
            "Marlowe & Finch Solicitors|marlowefinch.example",
            "Ironclad Legal|ironcladlegal.com",
            "Hale Whitmore LLP|halewhitmore.example",
        ),
        (
            "Trainee Solicitor",
            "Paralegal",
            "Legal Secretary",
            "Associate Solicitor - Employment",
            "Conveyancing Assistant",
            "Litigation Associate",
        ),
    ),
    "bank": (
        (
            "Castleford Building Society|castlefordbs.example",
            "First Prairie Bank|firstprairie.example",
            "Summit Bank|summitbank.com",
            "Blue Harbor Bank|blueharborbank.com",
            "Meridian Insurance|meridianins.com",
        ),
        (
            "Customer Service Adviser",
            "Graduate Analyst",
            "Mortgage Adviser",
            "Branch Cashier",
            "Claims Handler",
            "Financial Crime Analyst",
        ),
    ),
    "public": (
        (
            "Westmere Borough Council|westmere.gov.example",
            "City of Fairhaven|fairhaven.gov.example",
            "Department for Rural Affairs|ruralaffairs.gov.example",
            "County of Lark Valley|larkvalley.gov.example",
            "Office for Transport Statistics|ots.gov.example",
        ),
        (
            "Planning Officer",
            "Administrative Officer",
            "Executive Officer",
            "Housing Officer",
            "Refuse Collection Operative",
            "Policy Adviser (HEO)",
            "Environmental Health Officer",
            "Library Assistant",
        ),
    ),
}

ALL_SECTORS = tuple(SECTORS)


def place(ctx: Ctx, *sectors: str) -> str:
    """Move this message to an employer and role of one of ``sectors``; returns the sector."""
    sector = ctx.pick(sectors or ALL_SECTORS)
    employers, roles = SECTORS[sector]
    name, domain = ctx.pick(employers).split("|")
    ctx._co = vocab.Company(name, domain, name)
    ctx._title = ctx.pick(roles)
    return sector


def person_addr(ctx: Ctx, domain: str = "") -> str:
    """The address a named staff member writes from (employer domain unless given)."""
    first, last = ascii_word(ctx.person_first), ascii_word(ctx.person_last)
    host = domain or ctx.domain
    shape = ctx.pick(["{f}.{l}", "{f}{l}", "{i}{l}", "{f}"])
    return shape.format(f=first, l=last, i=first[:1]) + "@" + host


def agency(ctx: Ctx) -> tuple[str, str, str]:
    """An agency recruiter: (display name, address, agency name)."""
    name, domain = ctx.rng.choice(AGENCIES)
    return ctx.person, person_addr(ctx, domain), name


AGENCIES: tuple[tuple[str, str], ...] = (
    *vocab.RECRUITING_AGENCIES,
    ("Class Act Education Recruitment", "classact-edu.example"),
    ("CareFirst Staffing", "carefirststaffing.example"),
    ("Driveforce Recruitment", "driveforce.example"),
    ("Hospitality Hands", "hospitalityhands.example"),
    ("Lexicon Legal Recruitment", "lexiconlegal.example"),
    ("BuildRight Personnel", "buildright.example"),
    ("Civic Interim Partners", "civicinterim.example"),
)


def mobile_sig(ctx: Ctx) -> str:
    return ctx.pick(
        [
            "Sent from my iPhone",
            "Sent from Outlook for Android",
            "Sent from my Galaxy",
            "Get Outlook for iOS",
            "",
        ]
    )
