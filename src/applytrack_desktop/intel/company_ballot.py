"""The ballot company extraction counts: every mention of a name is a vote for it.

A name found in the display name, the subject, a phrase or a signature adds its weight to
the votes of its normalized form (``core.names``), so "Acme, Inc." and "ACME" count
together; the spelling of the strongest single mention is the one shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.intel.company_names import clean_candidate


@dataclass(slots=True)
class Vote:
    display: str
    weight: int
    best: int  # weight of the strongest single mention (its spelling is the display)
    proxy: bool = False  # named as the employer a service (checks, surveys...) works for


class Ballot:
    def __init__(self) -> None:
        self.votes: dict[str, Vote] = {}
        self.order: list[str] = []

    def add(self, raw: str, weight: int, proxy: bool = False) -> None:
        name = clean_candidate(raw)
        if not name:
            return
        key = normalize_company(name)
        vote = self.votes.get(key)
        if vote is None:
            self.votes[key] = Vote(name, weight, weight, proxy)
            self.order.append(key)
            return
        vote.weight += weight
        vote.proxy = vote.proxy or proxy
        if weight > vote.best:
            vote.display, vote.best = name, weight

    def ranked(self) -> list[Vote]:
        self._merge_possessives()
        return sorted(
            (self.votes[k] for k in self.order), key=lambda v: v.weight, reverse=True
        )  # stable: earlier mentions win ties

    def _merge_possessives(self) -> None:
        """ "Kingsford Park Hospital's Workday recruiting system" votes for the hospital when
        the mail names it plainly too ("St Brigid's" alone stays as written)."""
        for key in list(self.order):
            vote = self.votes[key]
            if not vote.display.endswith(("'s", "’s")):
                continue
            base = self.votes.get(normalize_company(vote.display[:-2]))
            if base is None or base is vote:
                continue
            # At most doubled: a footer's "X's recruiting system" confirms the plain name; it
            # must not outvote the subject's fuller name ("Thank you for applying to St
            # Brigid's Private Hospital" over "St Brigid's Health Group's careers site").
            base.weight += min(vote.weight, base.weight)
            base.proxy = base.proxy or vote.proxy
            self.order.remove(key)
            del self.votes[key]
