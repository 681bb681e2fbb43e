"""A small employer's own mailbox spells its name: "jess.kettleandcrumb@gmail.com".

Owners, office managers and founders write from Gmail or Outlook; their address often
holds the business's name, which then confirms a weak mention of it in the mail (a
signature line, a subject that is only the name).
"""

from __future__ import annotations

from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.intel.company_ballot import Ballot
from applytrack_desktop.intel.company_domains import squash
from applytrack_desktop.intel.company_spelling import signature_firms
from applytrack_desktop.intel.senders import looks_like_person
from applytrack_desktop.intel.text import REPLY_PREFIX
from applytrack_desktop.mail.message import MailMessage


def confirm_by_mailbox_name(ballot: Ballot, message: MailMessage, body: str) -> None:
    """A small employer's Gmail address spells its name ("jess.kettleandcrumb@gmail.com"
    signing "Kettle & Crumb", "casaluciarestaurante@" for "Restaurante Casa Lucía"): the
    weak display or signature name it spells counts as the employer's. Never the writer's
    own name ("Dean Walsh" <deanwalsh.chef@gmail.com>): a person's mailbox spells it."""
    local = squash(message.sender_address.partition("@")[0].replace("&", "and"))
    writer = normalize_company(message.sender_name)
    # The subject may be the name alone: "Red Mesa" from luis.ortega.redmesa@gmail.com.
    subject = REPLY_PREFIX.sub("", message.subject).strip()
    named = subject.split()
    if (
        1 <= len(named) <= 4
        and all(w[:1].isupper() or w == "&" for w in named)
        and _spells(normalize_company(subject), local)
        and not looks_like_person(subject)
    ):
        ballot.add(subject, 20)
    # "Saltbush Café - 401 Sydney Rd Brunswick" signed from dimitri.saltbush@gmail.com
    for firm in signature_firms(body):
        first = squash(firm.split()[0])
        if len(first) >= 5 and first in local and not looks_like_person(firm):
            ballot.add(firm, 20)
    for vote in ballot.votes.values():
        key = normalize_company(vote.display)
        if looks_like_person(vote.display) or (key == writer and len(key.split()) == 2):
            continue
        if _spells(key, local):
            vote.weight += 40


def _spells(key: str, local: str) -> bool:
    """Whether a mailbox's squashed local part spells every word of a company key."""
    words = [squash(w) for w in key.split() if w != "&"]
    return (
        bool(words) and sum(map(len, words)) >= 6 and all(len(w) >= 2 and w in local for w in words)
    )
