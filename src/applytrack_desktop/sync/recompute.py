"""An application's status recomputed from all its mail, and the change recorded.

Used by the pipeline after each email it attaches, and by the service after a user attaches,
detaches or moves mail by hand: the status always follows from the application's mail and
the user's last hand-set status (``replay``), whatever order the mail came in.
"""

from __future__ import annotations

import sqlcipher3

from applytrack_desktop.core.models import Application, ChangeCause
from applytrack_desktop.core.status_rules import DEFAULT_CONFIDENCE_THRESHOLD
from applytrack_desktop.store import activity, applications, emails, history
from applytrack_desktop.sync.replay import MailEvent, ReplayResult, replay_status


def recompute_status(
    conn: sqlcipher3.Connection, app_id: int, threshold: float = DEFAULT_CONFIDENCE_THRESHOLD
) -> tuple[Application, ReplayResult] | None:
    """Replay an application's mail and store the status it leads to (cause: email).

    The replay starts from the status the user last set by hand (mail older than that is
    ignored), else from the status the application was created with. Returns the
    application as it was before and the replay's result; None if it does not exist.
    """
    app = applications.get(conn, app_id)
    if app is None:
        return None
    changes = history.for_application(conn, app_id)
    by_hand = [c for c in changes if c.cause is ChangeCause.USER and c.from_status is not None]
    if by_hand:
        base, manual_at = by_hand[-1].to_status, by_hand[-1].at
    elif changes:
        base, manual_at = changes[0].to_status, None
    else:
        base, manual_at = app.status, None
    events = [MailEvent(*row) for row in emails.status_events(conn, app_id)]
    result = replay_status(base, events, manual_at=manual_at, threshold=threshold)
    if result.status is not app.status:
        # The change happened when its mail was sent, not when we happened to read it.
        when = next((e.date for e in events if e.email_id == result.caused_by), None)
        applications.set_status(conn, app_id, result.status, at=when)
        history.insert(
            conn,
            app_id,
            app.status,
            result.status,
            ChangeCause.EMAIL,
            email_id=result.caused_by,
            at=when,
        )
        activity.insert(
            conn,
            "status_changed",
            f"{app.company}: {app.status} → {result.status}",
            application_id=app_id,
            email_id=result.caused_by,
            at=when,
        )
    return app, result
