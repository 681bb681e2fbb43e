"""Word lists the corpus templates draw from: employers, job titles, people, places, brands.

All names are invented or real-style; employers include ones that look like common words
("Monday", "Harbor", "Target"), because real mail is full of them and extraction must cope.
Each employer is ``display|domain|legal name`` where the legal name is what a footer or an
offer letter might say ("Northwind Labs, Inc."); the label is always the display name.
"""

from __future__ import annotations

from dataclasses import dataclass

_COMPANIES = """
Acme|acme.com|Acme Corporation
Northwind Labs|northwindlabs.com|Northwind Labs, Inc.
Globex|globex.com|Globex Corporation
Initech|initech.com|Initech LLC
Umbrella Health|umbrellahealth.com|Umbrella Health Inc.
Hooli|hooli.xyz|Hooli, Inc.
Pied Piper|piedpiper.com|Pied Piper, Inc.
Stark Dynamics|starkdynamics.com|Stark Dynamics Corp.
Wayne Logistics|waynelogistics.com|Wayne Logistics LLC
Soylent Foods|soylentfoods.com|Soylent Foods Ltd
Monday|monday.example|Monday Software Ltd.
Harbor|harbor.io|Harbor Technologies, Inc.
Target|target.example|Target Brands, Inc.
Notion Works|notionworks.io|Notion Works Inc.
Bloom|bloom.co|Bloom Financial Ltd
Lattice Bio|latticebio.com|Lattice Bio, Inc.
Brightwave|brightwave.ai|Brightwave AI Inc.
Clearpath Robotics|clearpathrobotics.com|Clearpath Robotics Inc.
Quantum Leaf|quantumleaf.io|Quantum Leaf GmbH
Bluebird Health|bluebirdhealth.com|Bluebird Health, Inc.
Redwood Analytics|redwoodanalytics.com|Redwood Analytics LLC
Summit Bank|summitbank.com|Summit Bank N.A.
Evergreen Energy|evergreenenergy.com|Evergreen Energy Corp.
Foxtrot Games|foxtrotgames.com|Foxtrot Games Studio AB
Orbital Freight|orbitalfreight.com|Orbital Freight Inc.
Cobalt|cobalt.io|Cobalt Labs Inc.
Papertrail Media|papertrailmedia.com|Papertrail Media Group
Tandem|tandem.app|Tandem Software Ltd
Meridian Insurance|meridianins.com|Meridian Insurance Company
Silverline Security|silverlinesec.com|Silverline Security, Inc.
Kestrel|kestrel.dev|Kestrel Systems Ltd
Fable|fable.co|Fable Learning Inc.
Mosaic Data|mosaicdata.io|Mosaic Data, Inc.
Helix Therapeutics|helixtx.com|Helix Therapeutics, Inc.
Nimbus Cloud|nimbuscloud.com|Nimbus Cloud Services
Arcadia Retail|arcadiaretail.com|Arcadia Retail Group
Pinecone Labs|pineconelabs.io|Pinecone Labs Inc.
Vantage Point|vantagepoint.com|Vantage Point Consulting LLP
Copperleaf|copperleaf.com|Copperleaf Technologies
Driftwood|driftwood.co|Driftwood Studios LLC
Apex Manufacturing|apexmfg.com|Apex Manufacturing Co.
Lumen Learning|lumenlearning.org|Lumen Learning
Tidal Payments|tidalpayments.com|Tidal Payments Ltd
Riverstone Capital|riverstonecap.com|Riverstone Capital Partners
Beacon|beacon.health|Beacon Health Inc.
Granite|granite.build|Granite Construction Software
Cascade Systems|cascadesystems.com|Cascade Systems, Inc.
Orchard|orchard.com|Orchard Technologies Inc.
Polaris Aerospace|polarisaero.com|Polaris Aerospace Corp.
Ferris & Co|ferrisco.com|Ferris & Co.
Marigold|marigold.ai|Marigold AI Ltd
Sparrow Logistics|sparrowlogistics.com|Sparrow Logistics Inc.
Ironclad Legal|ironcladlegal.com|Ironclad Legal LLP
Zenith Media|zenithmedia.com|Zenith Media Holdings
Atlas Mobility|atlasmobility.com|Atlas Mobility GmbH
Juniper Health|juniperhealth.org|Juniper Health System
Verdant Foods|verdantfoods.com|Verdant Foods Inc.
Ember|ember.com|Ember Technologies, Inc.
Stride|stride.io|Stride Labs Inc.
Keystone Partners|keystonepartners.com|Keystone Partners LLC
Blue Harbor Bank|blueharborbank.com|Blue Harbor Bank
Catalyst|catalyst.dev|Catalyst Software Inc.
Otter Robotics|otterrobotics.com|Otter Robotics Inc.
Skyline Hotels|skylinehotels.com|Skyline Hotels & Resorts
Prism Analytics|prismanalytics.com|Prism Analytics Inc.
Wren|wren.co|Wren Climate PBC
Falcon Freight|falconfreight.com|Falcon Freight Ltd
Cedar Health|cedarhealth.com|Cedar Health Group
Nova Biotech|novabiotech.com|Nova Biotech AG
Lighthouse|lighthouse.app|Lighthouse Apps Inc.
Meadow|meadow.com|Meadow Technologies
Oakridge University Press|oakridgepress.org|Oakridge University Press
Sterling Motors|sterlingmotors.com|Sterling Motors Inc.
Halcyon|halcyon.io|Halcyon Inc.
Parallel|parallel.systems|Parallel Systems Inc.
Basecamp Outfitters|basecampoutfitters.com|Basecamp Outfitters Inc.
Crescent Pharma|crescentpharma.com|Crescent Pharmaceuticals
Mapleleaf Insurance|mapleleafins.ca|Mapleleaf Insurance Ltd
Echo|echo.tech|Echo Technologies Ltd
Vertex Robotics|vertexrobotics.com|Vertex Robotics Inc.
Sunrise Senior Living|sunriseliving.com|Sunrise Senior Living
Quill|quill.so|Quill Labs Inc.
Hearth|hearth.com|Hearth Home Services
Rivet|rivet.work|Rivet Works Inc.
Anchor Point|anchorpoint.com|Anchor Point Inc.
Birchbox Labs|birchboxlabs.com|Birchbox Labs
Tessellate|tessellate.ai|Tessellate AI
Goldfinch|goldfinch.finance|Goldfinch Finance Inc.
Mercury Works|mercuryworks.com|Mercury Works LLC
Canopy|canopy.eco|Canopy Climate Inc.
Trellis|trellis.co|Trellis Health Inc.
Spruce|spruce.dev|Spruce Software Inc.
Kite Pharma Labs|kitepharmalabs.com|Kite Pharma Labs
Harvest Table|harvesttable.com|Harvest Table Restaurants
Signal Peak|signalpeak.com|Signal Peak Ventures
Blueprint|blueprint.io|Blueprint Software Inc.
Ridgeline Outdoor|ridgelineoutdoor.com|Ridgeline Outdoor Co.
Nautilus Marine|nautilusmarine.com|Nautilus Marine Systems
Octave|octave.fm|Octave Audio Inc.
Saffron|saffron.co|Saffron Commerce Ltd
Lynx Security|lynxsecurity.com|Lynx Security Inc.
Paragon Health|paragonhealth.com|Paragon Health Partners
Cinder|cinder.io|Cinder Labs Inc.
Wavelength|wavelength.tv|Wavelength Media
Northstar Airlines|northstarair.com|Northstar Airlines
Fieldstone|fieldstone.com|Fieldstone Inc.
Alder|alder.dev|Alder Technologies
Mintleaf|mintleaf.io|Mintleaf Inc.
Coral Bay Resorts|coralbayresorts.com|Coral Bay Resorts
Tundra|tundra.ai|Tundra AI Corp.
Sable Systems|sablesystems.com|Sable Systems International
Pivot|pivot.co|Pivot Labs Inc.
Lantern|lantern.com|Lantern Inc.
Compass Rose|compassrose.org|Compass Rose Foundation
Greenfield Schools|greenfieldschools.org|Greenfield Schools
Indigo Textiles|indigotextiles.com|Indigo Textiles Ltd
Bramble|bramble.io|Bramble Software GmbH
Velocity Sports|velocitysports.com|Velocity Sports Inc.
Hexagon Labs|hexagonlabs.com|Hexagon Labs
Maple|maple.health|Maple Health Inc.
Oasis|oasis.travel|Oasis Travel Group
Nordlicht|nordlicht.de|Nordlicht Software GmbH
Boulangerie Martin|boulangeriemartin.fr|Boulangerie Martin SARL
Solaria|solaria.es|Solaria Energía S.L.
Datenwerk|datenwerk.de|Datenwerk AG
Horizonte|horizonte.es|Horizonte Digital S.A.
Lumière Studio|lumierestudio.fr|Lumière Studio SAS
Kraftwerk Logistik|kraftwerk-logistik.de|Kraftwerk Logistik GmbH
Estrella Foods|estrellafoods.com|Estrella Foods Inc.
Tidewater|tidewater.com|Tidewater Inc.
Gravity|gravity.so|Gravity Labs Inc.
Amber|amber.health|Amber Health Inc.
Sequoia Software|sequoiasoft.com|Sequoia Software Inc.
Pioneer Valley Hospital|pvhospital.org|Pioneer Valley Hospital
Cloudberry|cloudberry.io|Cloudberry Oy
Patchwork|patchwork.com|Patchwork Health Ltd
Ninefold|ninefold.com|Ninefold Inc.
Brightside|brightside.com|Brightside Benefit Inc.
Linear Motion|linearmotion.com|Linear Motion Inc.
Wildflower|wildflower.org|Wildflower Schools
Keel|keel.finance|Keel Finance Ltd
Yellowfin Data|yellowfindata.com|Yellowfin Data Inc.
Amazon|amazon.example|Amazon.com, Inc.
Stripe|stripe.example|Stripe, Inc.
Shopify|shopify.example|Shopify Inc.
Deloitte|deloitte.example|Deloitte LLP
Spotify|spotify.example|Spotify AB
"""


@dataclass(frozen=True, slots=True)
class Company:
    name: str
    domain: str
    legal: str

    @property
    def slug(self) -> str:
        """The tenant name an ATS would use: ``northwindlabs``."""
        return self.domain.split(".")[0].replace("-", "")


COMPANIES: tuple[Company, ...] = tuple(
    Company(*line.split("|")) for line in _COMPANIES.strip().splitlines()
)

_TITLES = """
Software Engineer|Senior Software Engineer|Staff Software Engineer|Backend Engineer
Frontend Engineer|Full Stack Developer|Data Engineer|Senior Data Engineer|Data Scientist
Machine Learning Engineer|ML Ops Engineer|Data Analyst|Business Analyst|Product Manager
Senior Product Manager|Product Designer|UX Designer|UX Researcher|UI Developer
DevOps Engineer|Site Reliability Engineer|Platform Engineer|Cloud Architect|Solutions Architect
Security Engineer|Security Analyst|QA Engineer|Test Automation Engineer|Mobile Developer
iOS Engineer|Android Developer|Embedded Software Engineer|Firmware Engineer|Hardware Engineer
Mechanical Engineer|Electrical Engineer|Civil Engineer|Process Engineer|Quality Engineer
Engineering Manager|Technical Program Manager|Program Manager|Project Manager|Scrum Master
Marketing Manager|Growth Marketing Manager|Content Strategist|Copywriter|SEO Specialist
Social Media Manager|Brand Designer|Graphic Designer|Motion Designer|Video Editor
Account Executive|Sales Development Representative|Customer Success Manager|Account Manager
Sales Engineer|Business Development Manager|Partnerships Manager|Recruiter|Technical Recruiter
HR Generalist|People Operations Specialist|Office Manager|Executive Assistant
Operations Manager|Supply Chain Analyst|Logistics Coordinator|Warehouse Associate
Financial Analyst|Senior Accountant|Staff Accountant|Controller|Tax Associate|Auditor
Investment Analyst|Risk Analyst|Compliance Officer|Legal Counsel|Paralegal
Registered Nurse|Nurse Practitioner|Medical Assistant|Pharmacist|Physical Therapist
Clinical Research Coordinator|Lab Technician|Research Scientist|Biostatistician
Teacher|Math Teacher|Teaching Assistant|Instructional Designer|Curriculum Developer
Customer Support Specialist|Technical Support Engineer|Help Desk Technician|IT Administrator
Network Engineer|Database Administrator|Systems Administrator|Solutions Engineer
Research Engineer|Computer Vision Engineer|NLP Engineer|Analytics Engineer|BI Developer
Software Engineering Intern|Data Science Intern|Marketing Intern|Product Management Intern
Graduate Software Engineer|Junior Developer|Associate Product Manager|Chief of Staff
Head of Engineering|VP of Marketing|Director of Operations|Store Manager|Barista
Line Cook|Sous Chef|Delivery Driver|Electrician|Welder|Architect|Interior Designer
Game Designer|Level Designer|Technical Artist|3D Artist|Sound Designer|Community Manager
"""

TITLES: tuple[str, ...] = tuple(
    t.strip() for line in _TITLES.strip().splitlines() for t in line.split("|")
)

FIRST_NAMES: tuple[str, ...] = tuple(
    """Sarah Michael Priya Wei Carlos Fatima James Aisha Tom Elena Daniel Mei Olivia Raj
    Lucas Hannah Omar Grace Kenji Sofia Ben Chloe Mateo Nadia Liam Zoe Ahmed Emily Jonas
    Ines Arjun Maya Noah Leila Ethan Yuki Isabel Marcus Amara Felix Rosa Victor Ana Sam
    Kwame Julia Diego Lena Pierre Camille Jürgen Katrin Javier Lucía Ngozi Tariq Hiroshi
    Bianca Devon Alexis Jordan Taylor Morgan Casey Riley Jamie Avery""".split()  # noqa: SIM905
)
LAST_NAMES: tuple[str, ...] = tuple(
    """Johnson Chen Patel Garcia Nguyen Smith Okafor Müller Rossi Kim Martin Lopez Cohen
    Schmidt Dubois Fernández Tanaka Ali Brown Williams Singh Kowalski Andersen O'Brien
    Murphy Haddad Silva Novak Weber Laurent Moreno Park Khan Ivanova Bianchi Mensah Reyes
    Fischer Nakamura Davis Wilson Clarke Evans Hughes Baker Rivera Torres Sato Gupta
    Yilmaz Larsen""".split()  # noqa: SIM905
)

# The job seeker the mail is addressed to.
CANDIDATES: tuple[tuple[str, str], ...] = (
    ("Alex", "Morgan"),
    ("Jordan", "Lee"),
    ("Sam", "Rivera"),
    ("Priya", "Shah"),
    ("Chris", "Novak"),
    ("Dana", "Whitfield"),
    ("Luis", "Ortega"),
    ("Mina", "Kang"),
    ("Tobias", "Brandt"),
    ("Claire", "Fontaine"),
)
CANDIDATE_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "proton.me", "fastmail.com")

CITIES: tuple[str, ...] = (
    "San Francisco, CA",
    "New York, NY",
    "Austin, TX",
    "Seattle, WA",
    "Chicago, IL",
    "Boston, MA",
    "Denver, CO",
    "Atlanta, GA",
    "Toronto, ON",
    "London",
    "Berlin",
    "Paris",
    "Madrid",
    "Amsterdam",
    "Dublin",
    "Remote",
    "Remote (US)",
    "Hybrid - Portland, OR",
    "Raleigh, NC",
    "Los Angeles, CA",
    "Munich",
    "Barcelona",
    "Lyon",
    "Singapore",
)

RECRUITING_AGENCIES: tuple[tuple[str, str], ...] = (
    ("TalentBridge Partners", "talentbridge.com"),
    ("Hirewell Search", "hirewellsearch.com"),
    ("Apex Talent Group", "apextalentgroup.com"),
    ("Northbound Recruiting", "northboundrecruiting.com"),
    ("BlueSky Staffing", "blueskystaffing.com"),
    ("Keystone Search", "keystonesearch.co"),
    ("Vertical Talent", "verticaltalent.io"),
    ("Harper & Cole Executive Search", "harpercole.com"),
    ("CodeHire", "codehire.io"),
    ("Robert Walters-style Consulting", "rwconsulting.example"),
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
TIMEZONES = ("PT", "ET", "CT", "PST", "EST", "CET", "BST", "GMT", "UTC")

# Brands for non-job mail.
SHOPS = ("Amazon", "Etsy", "Target", "IKEA", "Best Buy", "Zalando", "Uniqlo", "Wayfair", "REI")
BANKS = ("Chase", "Summit Bank", "Capital One", "Ally", "Revolut", "N26", "Monzo", "Wells Fargo")
SAAS = ("Notion", "Figma", "Slack", "Dropbox", "Canva", "Zoom", "Spotify", "Netflix", "Duolingo")
