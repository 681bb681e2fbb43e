"""Who sent a message, as company extraction needs to know: an automated mailbox, a text
message relayed by a carrier, a platform sending as "employer - platform", a booking tool
sending for an organizer at another firm, a public jobs board.

Moved out of ``companies`` (which weighs the evidence) so that it stays small.
"""

from __future__ import annotations

import re

from applytrack_desktop.intel import ats
from applytrack_desktop.intel.company_domains import stem_matches
from applytrack_desktop.intel.company_names import clean_candidate
from applytrack_desktop.intel.company_phrases import DEPT_PREFIX
from applytrack_desktop.intel.senders import looks_like_person
from applytrack_desktop.mail.message import MailMessage

# A mailbox no person reads: what a service sends from.
AUTOMATED = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|notifications?|alerts?|scheduling|candidates?)[@+._-]",
    re.IGNORECASE,
)
NO_REPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|donotreply)[@+._-]", re.IGNORECASE)
_PLATFORM_TAIL = re.compile(r"^(?P<head>.{2,60}?)[ \t]+[-|–—][ \t]+(?P<tail>[^-|–—]{2,30})$")

# A jobs board run by a public body or a group ("Civil Service Jobs", "NHS Jobs"): it sends
# for the employer its body names.
_JOBS_BOARD = re.compile(r"[ \t]Jobs$")

# Carriers' and phone apps' text-message gateways (5551234567@mms.att.net): a text from a
# phone, relayed as mail. The carrier is never the employer; the sender is a person.
_SMS_GATEWAYS = frozenset(
    {"mms.att.net", "txt.att.net", "vzwpix.com", "vtext.com", "tmomail.net",
     "messaging.sprintpcs.com", "pm.sprint.com", "txt.voice.google.com", "msg.fi.google.com",
     "mymetropcs.com", "mms.uscc.net", "email.uscc.net", "mms.cricketwireless.net",
     "txt.bell.ca", "msg.telus.com", "pcs.rogers.com"}
)  # fmt: skip


def sms_gateway(host: str) -> bool:
    return host in _SMS_GATEWAYS or host.partition(".")[2] in _SMS_GATEWAYS


def personal(host: str) -> bool:
    return ats.is_free_mail(host) or sms_gateway(host)


def employer_before_platform(sender_name: str, stem: str) -> str | None:
    """ "Saffron Software - Traffit" <noreply@traffit.com>: a hiring platform we do not list
    sends as "employer - platform" from its own domain. The employer, when the part after
    the dash is the sending domain's name and the part before is not a person or the same."""
    match = _PLATFORM_TAIL.match(sender_name.strip())
    if match is None or not stem_matches(match.group("tail"), stem):
        return None
    if DEPT_PREFIX.match(sender_name.strip()):
        return None  # "School Office - St Brendan's Academy": a team of the domain's own firm
    head = clean_candidate(match.group("head"))
    if not head or looks_like_person(head) or stem_matches(head, stem):
        return None
    return head


def booked_for_organizer(message: MailMessage) -> bool:
    """ "Cal.com" <no-reply@cal.com>, "Zoom Scheduler" <no-reply@zoom.us>: a booking tool's
    automated mail about an event organized by someone at another firm's own domain
    (isabel@fathomandfield.com). The organizer's firm is the employer, never the tool."""
    if not message.calendar or not AUTOMATED.match(message.sender_address):
        return False
    home = ats.registrable_domain(message.sender_domain)
    for event in message.calendar:
        host = event.organizer.rpartition("@")[2]
        if host and ats.is_own_domain(host) and ats.registrable_domain(host) != home:
            return True
    return False


def jobs_board(sender_name: str, stem: str) -> bool:
    """ "Civil Service Jobs" from cabinetoffice.gov: a board sending for the employer its mail
    names; not "Northgate Care Home Jobs" from northgatecare.co.uk, the employer's own."""
    return _JOBS_BOARD.search(sender_name) is not None and not stem_matches(sender_name, stem)
