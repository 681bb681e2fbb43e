"""Word lists that only the title extractor needs: places that follow a title, more role
nouns, and job nouns too weak to make a title on their own.

"Financial Analyst - Madrid" and "Operations Manager, Los Angeles" name a role and where it
sits; "Software Engineer, Backend" and "Registered Nurse - Med/Surg" name a role and its
team. Nothing in the words tells a city from a team, so the cities that job mail names most
are listed (lower case). A city missing here only leaves the place on the title, which the
matcher's fuzzy comparison still fits to the bare title. Names that are also team words
("Mobile", "Reading") are left out on purpose.
"""

from __future__ import annotations

from typing import Final

from applytrack_desktop.intel.vocab import words

CITIES: Final[frozenset[str]] = words(
    "london manchester birmingham leeds glasgow edinburgh bristol liverpool cambridge oxford "
    "belfast cardiff dublin cork paris lyon marseille toulouse lille nantes bordeaux nice "
    "berlin munich münchen hamburg frankfurt cologne köln stuttgart düsseldorf dusseldorf "
    "leipzig dresden hannover nuremberg nürnberg vienna wien zurich zürich geneva genève "
    "basel bern lausanne amsterdam rotterdam utrecht eindhoven brussels bruxelles antwerp "
    "luxembourg madrid barcelona valencia seville sevilla bilbao malaga málaga lisbon lisboa "
    "porto milan milano rome roma turin torino naples bologna florence stockholm gothenburg "
    "copenhagen oslo helsinki reykjavik warsaw krakow kraków wroclaw prague budapest bucharest "
    "sofia athens istanbul ankara tallinn riga vilnius kyiv kiev belgrade zagreb ljubljana "
    "bratislava toronto vancouver montreal montréal calgary ottawa edmonton waterloo boston "
    "chicago seattle austin denver atlanta dallas houston miami philadelphia pittsburgh "
    "portland phoenix detroit minneapolis nashville charlotte raleigh baltimore orlando tampa "
    "sacramento cleveland columbus cincinnati indianapolis milwaukee richmond boulder "
    "brooklyn manhattan nyc sf sydney melbourne brisbane perth adelaide auckland wellington "
    "singapore tokyo osaka seoul beijing shanghai shenzhen taipei bangalore bengaluru mumbai "
    "delhi hyderabad chennai pune gurgaon gurugram noida kolkata dubai doha riyadh cairo "
    "lagos nairobi johannesburg jakarta manila bangkok hanoi karachi lahore dhaka "
    "bogotá bogota lima santiago montevideo "
) | frozenset(
    (
        "new york", "new york city", "los angeles", "san francisco", "san diego", "san jose",
        "salt lake city", "las vegas", "washington dc", "washington, dc", "washington d.c.",
        "st. louis", "kansas city", "new orleans", "palo alto", "mountain view", "menlo park",
        "sunnyvale", "redmond", "cape town", "hong kong", "tel aviv", "kuala lumpur",
        "buenos aires", "são paulo", "sao paulo", "rio de janeiro", "mexico city",
        "ciudad de méxico", "ho chi minh city", "abu dhabi", "the hague", "den haag",
        "frankfurt am main", "greater london", "bay area", "sf bay area", "new delhi",
    )
)  # fmt: skip

# Head nouns of roles that the shared ``vocab.JOB_NOUNS`` lacks: hourly, retail, care,
# trades, public-sector and academic roles, and short forms ("Senior PM").
TITLE_NOUNS: Final[frozenset[str]] = words(
    "practitioner adjuster pm tpm sde swe stocker merchandiser server bartender host hostess "
    "dishwasher housekeeper custodian janitor caregiver carer aide paramedic firefighter "
    "dispatcher inspector investigator ranger guard courier picker packer loader handler "
    "installer plumber carpenter painter landscaper lifeguard teller banker translator "
    "interpreter surveyor estimator scheduler trainer librarian archivist curator midwife "
    "worker attendant operative labourer laborer fitter joiner roofer foreman warden "
    "caseworker counselor counsellor mentor facilitator organizer organiser fundraiser "
    "postdoc postdoctoral educator nanny broker realtor appraiser assessor examiner reviewer "
    "moderator annotator reporter correspondent presenter illustrator drafter draftsman "
    "modeller modeler butcher baker barber tailor greeter runner valet porter concierge "
    "keyholder dentist veterinarian vet hygienist optometrist physiotherapist clinician "
    "surgeon doctor officer deputy constable sergeant lieutenant chief "
    "crew scaffolder bricklayer groundworker sommelier liaison senco "
    # health, science and trades roles
    "phlebotomist sonographer radiographer technologist dietitian nutritionist psychologist "
    "audiologist podiatrist chiropractor orthodontist embryologist optician biologist "
    "solicitor stewardess waiter waitress cleaner gardener glazier plasterer tiler"
)

# Job nouns that also name a department or a group ("Acme Engineering", "Customer Support",
# "our staff"): a phrase whose only job noun is one of these is not taken for a title.
WEAK_NOUNS: Final[frozenset[str]] = words("engineering staff support member qa")

# Roles after which "in" names a subject, not a place: "Lecturer in Economics", "Teaching
# Fellow in History", "Teacher in Mathematics" (capitalised, as they are written).
SUBJECT_ROLES: Final[tuple[str, ...]] = (
    "Lecturer", "Professor", "Fellow", "Teacher", "Reader", "Tutor", "Chair", "Lectureship",
    "Professorship", "Studentship", "Instructor",
    # research posts name their field: "Postdoctoral Researcher in Arctic Hydrology"
    "Researcher", "Scientist",
    # an internship in a field: "Stage in Marketing", "Internship in Audit"
    "Stage", "Internship", "Praktikum",
)  # fmt: skip
