"""Staffing firms that ``senders.is_agency`` does not recognise by its own words.

A recruiter at a staffing firm writes about a client's role; the firm is never the employer
(an application filed under "Hays" or "Michael Page" collects every later answer about any
of their clients, and the one about the real employer goes to the review list). Besides the
stem words and "our client" phrases ``senders`` knows, two things say "agency":

- the firm is one of the large international staffing groups, whose names carry no
  agency word ("roberthalf.fr", "michaelpage.de", "hays.es");
- the recruiter calls themself a recruitment consultant or says they hire for a client, in
  the wording of each language ("Personalberater", "chasseur de têtes", "consultora de
  selección", "working on a role with a client", "im Auftrag eines ...").
"""

from __future__ import annotations

from typing import Final

from applytrack_desktop.intel.text import KeywordGate, Prepared

# The squashed domain stems of international staffing and executive-search groups.
STAFFING_GROUPS: Final[frozenset[str]] = frozenset(
    {
        "hays", "michaelpage", "pagegroup", "pagepersonnel", "pageexecutive", "roberthalf",
        "robertwalters", "adecco", "randstad", "manpower", "manpowergroup", "experis",
        "kellyservices", "kforce", "aerotek", "teksystems", "allegisgroup", "spherion",
        "insightglobal", "akkodis", "modis", "gigroup", "lhh", "kornferry", "heidrick",
        "spencerstuart", "russellreynolds", "egonzehnder", "harveynash", "sthree",
        "computerfutures", "huxley", "tempoteam", "synergie", "proman",
    }
)  # fmt: skip

# A recruiter's words for their own job, or for hiring on a client's behalf.
_CONSULTANT_PHRASES: Final[tuple[str, ...]] = (
    "with a client", "for a client", "direct client", "on behalf of a client",
    "personalberater", "im auftrag eines", "im auftrag einer", "für einen unserer kunden",
    "chasseur de têtes", "chasseuse de têtes",
    "consultor de selección", "consultora de selección", "consultor/a de selección",
    "per un nostro cliente", "voor een klant",
    # ("one of our clients", "nos clients", "cabinet de recrutement" are ``senders``' agency
    # phrases already)
    "consultant en recrutement", "consultante en recrutement", "l'une de nos clientes",
    "uno dei nostri clienti",
    # putting a candidate forward to a client, the agency's own step
    "put you forward", "putting you forward", "put your cv forward", "submit your cv to",
    "present you to the client", "zu besetzen habe", "vous présenter à mon client",
    "submit you today", "submit you for", "the client has accepted", "the client has asked",
    # an executive-search firm's mandate
    "been retained by", "retained search", "confidential search", "executive search",
)  # fmt: skip
_GATE: Final[KeywordGate] = KeywordGate([_CONSULTANT_PHRASES])


def staffing_mail(stem: str, prepared: Prepared) -> bool:
    """True when a mail from the squashed domain ``stem`` comes from a staffing firm."""
    return stem in STAFFING_GROUPS or bool(_GATE.found(prepared.body_low))
