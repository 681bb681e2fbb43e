"""Whether a message names the role it is about: evidence for the job decision.

Mail about one's own application nearly always names the role ("your application for Data
Engineer"); the everyday mail that borrows job words (a podcast's "interview", a loan
"application", a friend's "offer") names none. Out of fold on the training families, of the
mail the models kept as job mail, the share that was not about a job was about 0.5% where
the title extractor found a role and about 5% where it found none. So the ``blend`` layout
has two cuts on P(job), both chosen by cross-validation: a lower one for mail that names a
role and a higher one for mail that does not. Only mail between the two cuts needs the
look-up, a few percent of a mailbox, so it costs the import almost nothing.
"""

from __future__ import annotations

from applytrack_desktop.intel.reply_title import reply_title
from applytrack_desktop.intel.text import prepare
from applytrack_desktop.mail.message import MailMessage


def names_role(message: MailMessage) -> bool:
    """True when the title extractor finds the job title the message is about (in a reply
    naming none, the role of the message it answers: ``reply_title``)."""
    return reply_title(message, prepare(message), None) is not None
