"""Whether a receipt that fits no application may create one, or goes to the review list.

An unmatched confirmation creates its application (CONTRACTS.md). Everyday mail that borrows
the words of a receipt (a visa or grant "application received", a forum's "thanks for
applying to be a moderator", a casting call) sometimes gets past the classifier as one, and
then the user finds a card on the board for a job they never applied to: worse than one more
item in the review list, where "Track as New…" starts the application in one click.

Such receipts name no role: a job's receipt nearly always does, or comes from a hiring
platform (whose receipts may leave the role to the portal). So a receipt naming no role,
from no hiring platform, that the classifier itself doubted was about a job at all goes to
the review list instead of the board. A role alone is no gate: many real receipts name none
("Thanks for applying to Acme"), and the rest of their story then has no application to land
on. Nor is the sender's own domain naming the employer: a visa office or a forum writes from
its own domain too.

Chosen on training-family story mailboxes read out of fold (``benchmarks/eval_status.py
--split train --oof``). First (the 150-story mailbox and three of 600 stories): of 16
applications made from not-job mail, a floor of 0.80 left 9 and 3 of 1,950 stories lost their
status (a real receipt that waits in the review list); 0.90 left 7 but lost 11 stories;
requiring a role lost 201. Then, with the models of the evening of 2026-11-27, whose job cut
is lower (0.33, was 0.45) so that more not-job mail passes as a receipt in doubt (two
mailboxes of 400 stories, seeds stories-v1 and other-2): floors 0.80 / 0.90 / 0.95 made
13 / 10 / 8 and 14 / 14 / 10 applications from not-job mail, and got the same statuses right
at all three (0.877 and 0.860).
"""

from __future__ import annotations

from applytrack_desktop.intel.analysis import Analysis

# P(about a job) below which a receipt naming no role, from no hiring platform, does not
# create its application (figures above and in the commits that set it).
ROLELESS_JOB_FLOOR = 0.95


def creates_application(analysis: Analysis) -> bool:
    """Whether an unmatched receipt may create its application (else it goes to review)."""
    return (
        bool(analysis.job_title)
        or bool(analysis.ats)
        or analysis.job_related_confidence >= ROLELESS_JOB_FLOOR
    )
