"""How an email feels to the candidate: positive, neutral or negative.

The category carries most of it (a rejection is bad news however warmly it starts, an offer
or an interview invitation is good news), so it sets a prior; a small lexicon in English,
French, German and Spanish moves the other categories ("unfortunately", "congratulations").
"""

from __future__ import annotations

import re
from typing import Final

from applytrack_desktop.core.enums import Category
from applytrack_desktop.intel.analysis import Sentiment

_PRIOR: Final[dict[Category, int]] = {
    Category.OFFER: 3,
    Category.INTERVIEW: 2,
    Category.TECHNICAL_ROUND: 2,
    Category.REJECTION: -3,
    Category.CONFIRMATION: 0,
    Category.RECRUITER_OUTREACH: 0,
    Category.OTHER_JOB: 0,
    Category.NOT_JOB: 0,
}

_POSITIVE = re.compile(
    r"congratulations|congrats|delighted|thrilled|excited to|pleased to|happy to (?:inform|offer|"
    r"invite|share|let you know)|glad to|impressed|great news|good news|move (?:you )?forward with "
    r"you|advance you|next round|invite you|we(?:'d| would) love to|félicitations|ravis de|"
    r"heureux de|nous avons le plaisir|herzlichen glückwunsch|wir freuen uns|gratulieren|"
    r"enhorabuena|felicidades|nos complace|encantados de",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(
    r"unfortunately|regret|not (?:be )?(?:moving|move) forward|not to (?:move|proceed)|"
    r"decided to (?:pursue|move forward with) other|other candidates|not (?:been )?selected|"
    r"no longer (?:being )?considered|position has been filled|will not be proceeding|"
    r"unable to (?:offer|move|proceed)|rescind|withdrawn|cancel(?:l?ed)?|declined?|"
    r"malheureusement|nous regrettons|pas été retenue?|leider|bedauern|absage|"
    r"nicht berücksichtigen|"
    r"lamentablemente|lamentamos|no ha sido seleccionad|desafortunadamente",
    re.IGNORECASE,
)


def sentiment(category: Category, subject: str, body: str) -> Sentiment:
    """positive / neutral / negative for an email of ``category``."""
    if category is Category.REJECTION:
        return "negative"
    if category is Category.OFFER:
        return "positive"
    text = f"{subject}\n{body}"
    score = _PRIOR[category]
    score += min(2, len(_POSITIVE.findall(text)))
    score -= 2 * min(2, len(_NEGATIVE.findall(text)))
    if score >= 2:
        return "positive"
    if score <= -2:
        return "negative"
    return "neutral"
