"""Headers-first filtering: which messages are worth downloading in full.

Providers show us cheap metadata (sender, subject, list headers) before the full message.
Downloading only candidates is where sync speed and quota go, but every message skipped
here is a message the classifier never sees, so this filter is built for recall: it skips
only bulk mail (mailing lists, newsletters, marketing) that shows no sign of being about a
job. Personal mail is always fetched: a recruiter's "Quick question" has no job word in it.
"""

from __future__ import annotations

import re
from email.utils import parseaddr

from applytrack_desktop.intel.ats import platform_for_host
from applytrack_desktop.providers.base import HeaderInfo

_JOB_WORDS = re.compile(
    r"\b(?:appl(?:y|ied|ying|ication)s?|candida(?:te|cy|ture|tura)|interview\w*|offer\w*|"
    r"position|role|job|career\w*|recruit\w*|hiring|hire|talent|opportunit\w+|assessment|"
    r"coding|challenge|take[- ]home|next steps?|screen(?:ing)?|onsite|on-site|requisition|"
    r"req\b|vacanc\w+|opening|resume|cv|reference|background check|"
    r"bewerbung\w*|stelle|vorstellungsgespr\w+|absage|zusage|angebot|"
    r"candidature|entretien|poste|offre|recrutement|"
    r"solicitud|entrevista|puesto|vacante|oferta|postulaci\w+)\b",
    re.IGNORECASE,
)
_BULK_PRECEDENCE = {"bulk", "list", "junk"}


def is_bulk(header: HeaderInfo) -> bool:
    return bool(
        header.list_id
        or header.list_unsubscribe
        or header.precedence.strip().lower() in _BULK_PRECEDENCE
    )


def is_candidate(header: HeaderInfo) -> bool:
    """True when the full message should be fetched and classified."""
    address = parseaddr(header.sender)[1].lower()
    domain = address.rpartition("@")[2]
    if domain and platform_for_host(domain) is not None:
        return True
    if _JOB_WORDS.search(header.subject) or _JOB_WORDS.search(header.sender):
        return True
    return not is_bulk(header)
