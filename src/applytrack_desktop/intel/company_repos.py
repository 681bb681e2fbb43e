"""The employer behind a code host's invitation to a take-home repository.

"@hiring-bot has invited you to collaborate on the quietloop/interview-challenge
repository", sent by GitHub, GitLab or Bitbucket: the code host is never the employer; the
repository's owner (the part before the slash) is the employer's account.
"""

from __future__ import annotations

import re

from applytrack_desktop.intel import ats
from applytrack_desktop.intel.company_spelling import segmented

_CODE_HOSTS = frozenset({"github.com", "gitlab.com", "bitbucket.org"})
# "on the quietloop/interview-challenge repository", "gitlab.com/quietloop/interview-...".
_REPOSITORY = re.compile(
    r"\bthe[ \t]+(?P<named>[A-Za-z0-9][A-Za-z0-9-]{1,38})/[\w.-]+[ \t]+repository\b|"
    r"\b(?:github\.com|gitlab\.com|bitbucket\.org)/(?P<linked>[A-Za-z0-9][A-Za-z0-9-]{1,38})/[\w.-]+"
)
# First path segments of a code host's own pages, never an account.
_HOST_PAGES = frozenset({"invitations", "settings", "orgs", "notifications", "login", "users"})


def repository_owner(sender_domain: str, subject: str, body: str) -> str:
    """The readable name of the account owning the repository a code host's invitation is
    about ("Quietloop"), or "" when the sender is no code host or names no repository."""
    if ats.registrable_domain(sender_domain) not in _CODE_HOSTS:
        return ""
    for text in (subject, body[:2000]):
        for match in _REPOSITORY.finditer(text):
            owner = (match.group("named") or match.group("linked")).lower()
            if owner not in _HOST_PAGES:
                return segmented(owner.replace("-", ""))
    return ""
