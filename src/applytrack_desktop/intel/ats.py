"""Which hiring platform sent an email, and which employer it sent it for.

Applicant tracking systems (Greenhouse, Lever, Workday...) and job platforms (LinkedIn,
Indeed...) send mail for thousands of employers from their own domains. Their names must
never be taken for the employer (a peer once filed every "Workable" email under one company),
and their domains must never be read as the company's own. Many of them still name the
employer in the address: a Workday tenant in the local part (``acme@myworkday.com``), a
subdomain (``acme.wd5.myworkdayjobs.com``, ``acme.bamboohr.com``) or a board path
(``boards.greenhouse.io/acme/jobs/...``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.intel.platform_brands import BRAND_NAMES
from applytrack_desktop.intel.platform_table import PLATFORM_DOMAINS
from applytrack_desktop.intel.vocab import words
from applytrack_desktop.mail.message import MailMessage

# Providers with a domain in many countries (yahoo.gr, hotmail.com.br, outlook.es, gmx.li):
# any of them is a person's mailbox.
_FREE_MAIL_STEMS: Final = frozenset(
    {"gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "gmx", "aol", "yandex"}
)

# Mailbox providers: an address there says nothing about an employer (those of
# ``_FREE_MAIL_STEMS`` in any country, and these).
FREE_MAIL_DOMAINS: Final[frozenset[str]] = words(
    "live.com msn.com icloud.com me.com mac.com proton.me protonmail.com pm.me web.de "
    "t-online.de freenet.de mail.ru zoho.com zohomail.com fastmail.com hey.com orange.fr "
    "free.fr laposte.net sfr.fr wanadoo.fr libero.it qq.com 163.com 126.com naver.com "
    "tutanota.com nhs.net "
    # regional providers people write from (a friend on posteo.de was "Posteo")
    "mailbox.org posteo.de posteo.net live.co.uk live.de live.fr btinternet.com sky.com "
    "virginmedia.com talktalk.net comcast.net verizon.net att.net sbcglobal.net "
    "bellsouth.net shaw.ca rogers.com sympatico.ca bigpond.com optusnet.com.au xtra.co.nz "
    "bluewin.ch seznam.cz wp.pl o2.pl onet.pl interia.pl virgilio.it alice.it tiscali.it "
    "telenet.be skynet.be ziggo.nl kpnmail.nl planet.nl home.nl xs4all.nl online.no "
    "telia.com rambler.ru ukr.net daum.net hanmail.net sina.com sohu.com 139.com "
    "rediffmail.com protonmail.ch tuta.io tutamail.com"
)

# Bulk-mail services that send on behalf of others.
SENDING_SERVICE_DOMAINS: Final[frozenset[str]] = words(
    "sendgrid.net amazonses.com mailgun.org mailgun.net mandrillapp.com sparkpostmail.com "
    "mcsv.net mailchimp.com mktomail.com exacttarget.com hubspotemail.net hs-email.net "
    "mailjet.com sendinblue.com brevo.com postmarkapp.com"
)

# Second-level labels under which registrations happen (acme.co.uk -> "acme").
_SECOND_LEVEL: Final[frozenset[str]] = words(
    "co com net org ac gov edu ltd plc ne or gob k12 nhs sch govt gouv go mil police mod asn school"
)

_AU_STATES: Final[frozenset[str]] = words("vic nsw qld wa sa tas act nt")

# Labels of platform hosts and paths that name the platform's own parts, never a tenant.
_GENERIC_LABELS: Final[frozenset[str]] = words(
    "www jobs job careers career boards job-boards boards-api app apply api mail email mails "
    "e em us eu uk ca au de fr hire hiring notifications notification notify no-reply noreply "
    "donotreply do-not-reply reply talent recruiting recruitment system alerts info mailer "
    "bounce bounces messages message en en-us external internal portal candidate candidates "
    "login account accounts my secure go click links link ats community embed "
    # a platform's help, legal and employer pages ("help.jobandtalent.com",
    # "candidato.computrabajo.com", "pracuj.pl/polityka-prywatnosci")
    "help support helpdesk faq privacy legal terms cookies polityka-prywatnosci datenschutz "
    "impressum candidato candidatos candidat candidats kandidat kandidaten static cdn assets "
    "images img media blog news newsletter unsubscribe preferences employers employer "
    "empresas empresa recruiters business about contact kontakt"
)
# Workday pods and the region shards of e-signature and SaaS hosts (``secure.na1.adobesign.com``,
# ``eu2.docusign.net``): parts of the platform, never a tenant.
# A platform's own server names: Workday pods ("wd3"), Zoom's clusters ("us06web"),
# SuccessFactors' data centres ("career2.successfactors.com", "performancemanager5").
_WD_POD = re.compile(
    r"^(?:wd\d{1,2}|impl|sandbox|services\d*|(?:na|eu|au|ap|us|ca|uk)\d{1,2}(?:web)?"
    r"|career\d{1,2}|performancemanager\d{0,2}|hcm\d{1,2})$"
)
_TENANT_NOISE = re.compile(
    r"^(?:careers?|jobs|recruiting|talent)[-_]|[-_](?:careers?|jobs|recruiting|talent|hr)$"
)
_URL_HOST = re.compile(r"https?://([a-z0-9.-]+\.[a-z]{2,})(/[^\s\"'<>)\]]*)?", re.IGNORECASE)

# Host labels of public job boards, whose first path segment is the employer's board.
_BOARD_HOSTS: Final[frozenset[str]] = frozenset(
    {"", "boards", "job-boards", "jobs", "apply", "careers", "www", "hire"}
)

# Platforms whose URLs carry the tenant as the first path segment.
_PATH_TENANT: Final[frozenset[str]] = frozenset(
    {"greenhouse", "lever", "ashby", "workable", "smartrecruiters", "jobvite", "recruitee",
     "homerun", "comeet", "pinpoint", "join", "wellfound", "breezy", "workday"}
)  # fmt: skip


# Labels reserved for documentation and tests (RFC 2606): ``acme.example.com`` and
# ``acme.example`` stand for ``acme.com``, so the label is dropped, never read as a name.
_RESERVED_LABELS: Final[frozenset[str]] = words("example")


@lru_cache(maxsize=4096)
def registrable_domain(host: str) -> str:
    """``talent.acme.co.uk`` -> ``acme.co.uk``; ``mail.acme.com`` -> ``acme.com``.

    A reserved ``example`` label after a name is skipped: ``acme.example.co.uk`` ->
    ``acme.co.uk`` (but ``mail.example.com`` is ``example.com``).
    """
    labels = host.lower().strip(".").split(".")
    for at in range(len(labels) - 2, 0, -1):  # "mail.example.com" stays example.com
        if labels[at] in _RESERVED_LABELS and labels[at - 1] not in _GENERIC_LABELS:
            del labels[at]
            break
    if len(labels) <= 2:
        return ".".join(labels)
    # A reserved top-level ``example`` stands for a real one, as after a name: the stem of
    # ``lakeshore.edu.example`` is "lakeshore", as it is for lakeshore.edu or eastmoor.ac.uk.
    last = labels[-1]
    # A school under its county: oakfield.lancs.sch.uk, lincoln.k12.ca.us
    if len(labels) >= 4 and (labels[-2:] == ["sch", "uk"] or labels[-3] == "k12"):
        return ".".join(labels[-4:])
    # An Australian state body: wattlegrove.health.vic.gov.au is Wattle Grove's
    if len(labels) >= 4 and labels[-2:] == ["gov", "au"] and labels[-3] in _AU_STATES:
        return ".".join(labels[-5:])
    keep = 3 if labels[-2] in _SECOND_LEVEL and (len(last) == 2 or last in _RESERVED_LABELS) else 2
    return ".".join(labels[-keep:])


def domain_stem(host: str) -> str:
    """The name part of a registrable domain: ``talent.acme-labs.co.uk`` -> ``acme-labs``."""
    return registrable_domain(host).split(".")[0]


# A platform's name part, for hosts under the reserved ``example`` top-level domain:
# ``usajobs.example`` stands for ``usajobs.gov`` as ``acme.example`` stands for ``acme.com``.
# A stem several platforms share goes to the last listed: "jobs" (jobs.ch, jobs.cz, jobs.ac.uk,
# jobs.nhs.uk) to NHS Jobs, whose ``jobs.nhs.example`` the corpus and tests use.
_PLATFORM_STEMS: Final[dict[str, str]] = {
    domain.split(".")[0]: key for domain, key in PLATFORM_DOMAINS.items()
}


@lru_cache(maxsize=4096)
def platform_for_host(host: str) -> str | None:
    """The platform key for a host name, or None for an ordinary domain."""
    domain = registrable_domain(host)
    found = PLATFORM_DOMAINS.get(domain)
    if found is None and domain.endswith(".example"):
        return _PLATFORM_STEMS.get(domain.split(".")[0])
    return found


def names_sender_platform(name: str, host: str) -> bool:
    """True for a name the platform sending from ``host`` calls itself: its key leads the
    squashed name ("SEEK Applications", "reed.co.uk") or the name is a piece of its key ("Info"
    from InfoJobs' sender). A job board's receipt names the employer elsewhere."""
    platform = platform_for_host(host)
    if not platform:
        return False
    words = [w for w in re.split(r"[^a-z0-9]+", name.casefold()) if w]
    squashed = "".join(words)
    # The key is whole leading words of the name: "Willow Pharma" sending through Willo
    # (key "willo") is the employer, not the platform.
    leads = any("".join(words[:n]) == platform for n in range(1, min(len(words), 3) + 1))
    return leads or (len(squashed) >= 3 and platform.startswith(squashed))


@lru_cache(maxsize=8192)
def is_brand(name: str) -> bool:
    """True for the name of a hiring platform or mail tool, which is never an employer."""
    return normalize_company(name) in BRAND_NAMES


def is_free_mail(host: str) -> bool:
    domain = registrable_domain(host)
    return (
        host.lower() in FREE_MAIL_DOMAINS
        or domain in FREE_MAIL_DOMAINS
        or domain.split(".")[0] in _FREE_MAIL_STEMS
    )


def is_sending_service(host: str) -> bool:
    return registrable_domain(host) in SENDING_SERVICE_DOMAINS


# Tools that send from a big employer's own domain: an invite from Google Calendar is not
# mail from Google.
TOOL_ADDRESSES: Final[dict[str, str]] = {
    "calendar-notification@google.com": "google_calendar",
    "calendar-server@google.com": "google_calendar",
    "no-reply@teams.mail.microsoft": "microsoft_teams",
    "noreply@email.teams.microsoft.com": "microsoft_teams",
}


def tool_for_address(address: str) -> str | None:
    """The tool that sent from ``address`` on someone else's behalf, or None."""
    return TOOL_ADDRESSES.get(address.lower())


def is_own_domain(host: str) -> bool:
    """True when ``host`` may belong to the employer itself (not a platform, free mail, ESP)."""
    return bool(host) and not (
        platform_for_host(host)
        or is_free_mail(host)
        or is_sending_service(host)
        or domain_stem(host) in _RESERVED_LABELS  # example.com names nobody
    )


def detect_platform(message: MailMessage, body: str = "") -> str | None:
    """The platform that sent ``message``: sender, then Reply-To, then the first platform link."""
    if tool := tool_for_address(message.sender_address):
        return tool
    for address in (message.sender_address, message.reply_to):
        host = address.rpartition("@")[2]
        if host and (key := platform_for_host(host)):
            return key
    if is_own_domain(message.sender_domain):
        return None  # an employer's own mail that links to its ATS is still its own mail
    if "http" in body:
        for match in _URL_HOST.finditer(body):
            if key := platform_for_host(match.group(1)):
                return key
    return None


def _clean_tenant(label: str) -> str:
    label = _TENANT_NOISE.sub("", label.lower())
    return "" if label in _GENERIC_LABELS or len(label) < 2 or label.isdigit() else label


def tenant_from_address(address: str) -> str:
    """A tenant slug in a platform address: ``acme@myworkday.com``, ``x@acme.bamboohr.com``."""
    local, _, host = address.lower().rpartition("@")
    platform = platform_for_host(host)
    if not platform or platform in {"linkedin", "indeed", "glassdoor", "ziprecruiter"}:
        return ""
    sub = host[: -len(registrable_domain(host))].strip(".").split(".") if "." in host else []
    for label in sub:
        if not _WD_POD.match(label) and (tenant := _clean_tenant(label)):
            return tenant
    if platform == "workday":
        return _clean_tenant(local.split("+")[0])
    return ""


def tenant_from_url(host: str, path: str) -> str:
    """A tenant slug in a platform link (subdomain or first path segment), or ""."""
    host = host.lower()
    platform = platform_for_host(host)
    if not platform:
        return ""
    sub = host[: -len(registrable_domain(host))].strip(".").split(".")
    for label in sub:
        # (never a country's two letters: "mx.computrabajo.com")
        if len(label) > 2 and not _WD_POD.match(label) and (tenant := _clean_tenant(label)):
            return tenant
    if (
        platform in _PATH_TENANT
        and path
        and all(label in _BOARD_HOSTS or _WD_POD.match(label) for label in sub)
    ):
        segments = [s for s in path.split("/") if s]
        for segment in segments[:2]:
            if not re.fullmatch(r"[a-z]{2}(?:-[A-Za-z]{2})?", segment):  # skip locale parts
                return _clean_tenant(segment)
    return ""


def tenants_in_text(text: str) -> list[str]:
    """Tenant slugs from platform links in ``text``, first seen first, deduplicated."""
    seen: list[str] = []
    if "http" not in text:
        return seen
    for match in _URL_HOST.finditer(text):
        tenant = tenant_from_url(match.group(1), match.group(2) or "")
        if tenant and tenant not in seen:
            seen.append(tenant)
    return seen
