"""Hiring-side cue phrases with a slot for a role's name, which the phrase automaton cannot hold.

English, German and Dutch put the role BEFORE the noun that says whose it is ("five CVs for
your Electrical Engineer vacancy", "a quick question about your Physical Therapist hire"),
and job boards put it between an employer's posting and its news ("Sua vaga Electrical
Engineer foi publicada"). ``intel.cues`` matches fixed word sequences, so such hiring-side
mail went without its ``hiring`` cue whenever a role stood in the middle, and the words
around it (candidate, CVs, interview) made it read as the reader's own job mail.

Each pattern runs on normalised text (``features.normalize``: lower case, accents folded,
one-letter words dropped). As in ``intel.cues_hiring``, a pattern must be one a CANDIDATE
never receives; a slot never takes the words of a candidate's own mail ("your application
for the Data Analyst role", "your job search", "your new hire paperwork").
"""

from __future__ import annotations

import re

# Words a role's slot never holds: with them the phrase is the reader's own job search.
_NOT_IN_SLOT = (
    "job|jobs|career|new|next|own|first|dream|start|application|applications|candidacy|"
    "interview|offer|bewerbung|sollicitatie|candidatura|candidature"
)


def _slot(fewest: int, most: int) -> str:
    """Between ``fewest`` and ``most`` words of a role's name, each followed by a blank."""
    return rf"(?:(?!(?:{_NOT_IN_SLOT}) )[a-z0-9]+ ){{{fewest},{most}}}"


_POSTING = "job|posting|job posting|job ad|job advert|ad|advert|listing|vacancy|vacancies|req"

_HIRING = (
    # Profiles sent for the reader's role: an agency to its client, a recruiter to a manager.
    r"(?:candidates|candidate|cvs|resumes|profiles|shortlist|applicants|shortlisted candidates)"
    rf" for your {_slot(0, 6)}(?:vacancy|vacancies|role|roles|opening|openings|position|"
    r"positions|search|hire|hires|req|reqs|requisition|requisitions)",
    # An agency or a vendor about the reader's own hire. (Not "for your ... hiring": "thanks
    # for your time in our hiring process"; nor "recruitment": "your graduate recruitment
    # application".)
    rf"(?:about|with|on|regarding) your {_slot(1, 6)}(?:hire|hires|vacancy|vacancies|req|"
    r"requisition)",
    rf"(?:help|helping|assist|support) (?:with|you with|on) your {_slot(1, 6)}search",
    # A job board or an ATS to the employer about the reader's posting.
    rf"(?:applied|applicant|applicants|application|applications|candidate|candidates) "
    rf"(?:to|for|on|in) your {_slot(0, 6)}(?:{_POSTING})(?! search| alert| alerts)",
    rf"your {_slot(0, 6)}(?:{_POSTING}) (?:is live|is now live|has been published|"
    r"was published|has been approved|is expiring|expires|has expired|has new|got new)",
    # German and Dutch: the same, with their word order.
    r"(?:kandidaten|kandidatinnen|bewerber|bewerberinnen|bewerbungen|profile|lebenslaufe) "
    rf"(?:fur|auf|zu) (?:ihre|deine|eure|ihren|deinen|euren) {_slot(0, 4)}"
    r"(?:stelle|stellenanzeige|anzeige|ausschreibung|vakanz|position|suche)",
    rf"(?:ihre|deine) stellenanzeige {_slot(0, 6)}(?:ist online|ist jetzt online|"
    r"wurde veroffentlicht|lauft ab|endet|hat neue)",
    r"(?:kandidaten|sollicitanten|sollicitaties|cv s|profielen) (?:voor|op) (?:jouw|je|uw) "
    rf"{_slot(0, 4)}(?:vacature|functie|rol|zoektocht)",
    # Portuguese, Spanish and French boards: the role after the posting, its news after both.
    rf"(?:sua|tua) vaga {_slot(0, 6)}(?:foi publicada|esta publicada|foi aprovada|expira|"
    r"vai expirar|recebeu)",
    rf"(?:tu|su) (?:oferta|vacante|anuncio) {_slot(0, 6)}(?:ha sido publicada|"
    r"ha sido publicado|se ha publicado|esta publicada|esta publicado|caduca|ha recibido)",
    rf"votre (?:offre|annonce) {_slot(0, 6)}(?:ete publiee|est en ligne|expire|recu)",
)

# One pattern for all: one scan of a message's text, not one per phrase.
HIRING = re.compile(" (?:" + "|".join(_HIRING) + ") ")


def slot_cues(text: str) -> set[str]:
    """The cue names whose slotted phrases occur in normalised ``text``."""
    return {"hiring"} if HIRING.search(f" {text} ") else set()
