"""Look-ahead in one batch: a dropped message whose thread holds job mail later in the batch.

The pipeline stores mail in date order, so the receipt that starts an application comes
before the answers in its thread. When the classifier drops that receipt as not about a job,
no application is made and every answer goes to the review list. All of a batch (an import,
a sync page) is read before anything is stored, so the answers are known in advance: a
dropped message that gave the classifier some doubt (``second_choice.RESCUE_FLOOR``) and
whose thread holds job mail of the batch is job mail by the evidence of its thread. The other
order (a backfill reads newest first, so the answers are already stored) is the pipeline's
(``_kept_by_thread``). Not-job mail is still dropped without its content: a rescued message is
job mail. One pass over the batch to collect its job threads, one to rescue: O(n).

A dropped reply to job mail is job mail too: the pipeline keeps it in the application's thread
(``_kept_by_thread``), and the thread it carries ("Re: Vacature ..." answering both a
recruiter's first note and a job board's receipt) is then a job thread. Its thread joins the
look-ahead, so the first note is rescued here as it is when the reply is already stored: a
second import of the same mailbox found it so, and stored a message the first had dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from applytrack_desktop.sync.pipeline import Prepared, related_ids, thread_key
from applytrack_desktop.sync.second_choice import held_for_thread, job_mail_of_thread


def rescue_in_batch(prepared: Sequence[Prepared]) -> list[Prepared]:
    """``prepared`` with each held message whose thread holds job mail read as job mail."""
    threads: set[str] = set()  # the thread keys of the batch's job mail, and what it answers
    for item in prepared:
        if item.message is not None and item.analysis is not None and item.job_related:
            threads.add(thread_key(item.message, item.incoming.thread_id))
            threads.update(related_ids(item.message))
    if not threads:
        return list(prepared)
    _add_answering_replies(prepared, threads)
    out: list[Prepared] = []
    for item in prepared:
        message, analysis = item.message, item.analysis
        if (
            message is not None
            and analysis is not None
            and held_for_thread(analysis)
            and (
                thread_key(message, item.incoming.thread_id) in threads
                or message.message_id in threads
            )
        ):
            item = Prepared(item.incoming, message, job_mail_of_thread(message, analysis))
        out.append(item)
    return out


_MAX_PASSES = 4  # chains of replies are short; date order settles them in one


def _add_answering_replies(prepared: Sequence[Prepared], threads: set[str]) -> None:
    """Add to ``threads`` the threads of dropped replies to its job mail (a reply to a reply
    later in date order is found in the same pass; a few passes settle any other order)."""
    for _ in range(_MAX_PASSES):
        grew = False
        for item in prepared:
            message = item.message
            if message is None or item.analysis is None or item.job_related:
                continue
            related = related_ids(message)
            if not related or threads.isdisjoint(related):
                continue
            new = {thread_key(message, item.incoming.thread_id), *related} - threads
            if new:
                threads.update(new)
                grew = True
        if not grew:
            return
