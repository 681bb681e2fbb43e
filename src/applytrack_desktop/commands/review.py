"""``applytrack review``: the review list from the command line.

An import or a sync ends with "N for review": mail the pipeline would not decide alone
(unmatched, or a status change below the confidence threshold). Without the desktop app
that list was out of reach; these are the Review page's decisions:

- ``review [--format table|json]`` lists the open items (the same as ``review list``);
- ``review accept ID`` does what the item suggests;
- ``review assign ID APPLICATION`` attaches the mail to an application you name;
- ``review track ID [--company C] [--title T] [--status S]`` starts a new application from
  it (by default with the company and role the email names);
- ``review dismiss ID`` says it is not about any application.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from applytrack_desktop.commands import text_table
from applytrack_desktop.commands.store_access import application_id, open_service, review_item_id
from applytrack_desktop.core.enums import Status
from applytrack_desktop.core.errors import InvalidInputError, NotFoundError
from applytrack_desktop.core.models import Application, Email, ReviewItem
from applytrack_desktop.core.status_rules import tracking_start

FORMATS = ("table", "json")
_MAX_WIDTH = 40


def _status(text: str) -> Status:
    for status in Status:
        if text.strip().lower() in (status.value.lower(), status.name.lower()):
            return status
    names = ", ".join(s.value for s in Status)
    raise argparse.ArgumentTypeError(f"{text!r} is not a status ({names})")


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "review",
        help="list and decide the mail waiting for review",
        description="The mail ApplyTrack would not decide alone: list it, or accept, assign, "
        "track or dismiss one item by its id.",
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", help="list the open items (the default)")
    listing.add_argument(
        "--format", choices=FORMATS, default=argparse.SUPPRESS, help="output format"
    )
    accept = actions.add_parser("accept", help="do what the item suggests")
    accept.add_argument("id", type=review_item_id, help="the review item's id")
    assign = actions.add_parser("assign", help="attach the mail to an application")
    assign.add_argument("id", type=review_item_id, help="the review item's id")
    assign.add_argument("application", type=application_id, help="the application's id")
    track = actions.add_parser("track", help="start a new application from the mail")
    track.add_argument("id", type=review_item_id, help="the review item's id")
    track.add_argument("--company", default=None, help="default: the company the email names")
    track.add_argument("--title", default=None, help="default: the role the email names")
    track.add_argument(
        "--status",
        type=_status,
        default=None,
        help="where it starts (default: Wishlist for a recruiter's approach, else Applied)",
    )
    dismiss = actions.add_parser("dismiss", help="not about any application")
    dismiss.add_argument("id", type=review_item_id, help="the review item's id")


def run(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        action = args.action or "list"
        if action == "list":
            items = service.review_items()
            found = [(item, service.get_email(item.email_id)) for item in items]
            wanted = {i.suggested_application_id for i in items}
            ids = sorted(a for a in wanted if a is not None)
            apps = {a.id: a for a in service.get_applications(ids)}
            if args.format == "json":
                rows = [_json(item, email, apps) for item, email in found]
                sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
            else:
                sys.stdout.write(table(found, apps))
            return 0
        if action == "track":
            email = _open_email(service, args.id)
            company = email.company if args.company is None else args.company
            if not company.strip():
                raise InvalidInputError("The email names no company: give one with --company NAME.")
            status = args.status or tracking_start(email.category)
            title = email.job_title if args.title is None else args.title
            app_id = service.track_review(args.id, company, title, status)
            print(f"Tracking {_name(service.get_application(app_id))}.")
        elif action == "accept":
            email_id = _open_email(service, args.id).id
            service.accept_review(args.id)
            print(f"Accepted: {_name(_attached(service, email_id))}.")
        elif action == "assign":
            email_id = _open_email(service, args.id).id
            service.assign_review(args.id, args.application)
            print(f"Assigned: {_name(_attached(service, email_id))}.")
        else:
            service.dismiss_review(args.id)
            print(f"Dismissed review item {args.id}.")
    return 0


def _open_email(service: Any, item_id: int) -> Email:
    """The mail of an open item; a clear error for an id that is not open."""
    try:
        item = service.open_review_item(item_id)
    except NotFoundError:
        raise InvalidInputError(
            f"There is no open review item {item_id}; `applytrack review` lists them."
        ) from None
    email: Email = service.get_email(item.email_id)
    return email


def _attached(service: Any, email_id: int) -> Application:
    app_id = service.get_email(email_id).application_id
    app: Application = service.get_application(app_id)
    return app


def _name(app: Application) -> str:
    role = f", {app.job_title}" if app.job_title else ""
    return f"application {app.id} ({app.company}{role}), now {app.status.value}"


def _suggestion(item: ReviewItem, email: Email, apps: dict[int, Application]) -> str:
    app = apps.get(item.suggested_application_id or 0)
    status = item.suggested_status
    if app is None:  # what ``review track ID`` would start, when the email names it
        return f"none; track: {email.company}" if email.company else "none"
    move = f" -> {status.value}" if status is not None and status is not app.status else ""
    return f"{app.id} {app.company}{move}"


def _json(item: ReviewItem, email: Email, apps: dict[int, Application]) -> dict[str, Any]:
    app = apps.get(item.suggested_application_id or 0)
    return {
        "id": item.id,
        "reason": item.reason,
        "suggested_application_id": app.id if app is not None else None,
        "suggested_status": item.suggested_status.value if item.suggested_status else None,
        "email": {
            "message_id": email.message_id,
            "from": email.sender_address,
            "subject": email.subject,
            "date": email.date.isoformat(),
            "category": email.category.value,
            "confidence": round(email.confidence, 4),
            "company": email.company,
            "job_title": email.job_title,
        },
    }


_HEADERS = ("ID", "Received", "From", "Subject", "What", "Suggestion")


def _cell(text: str) -> str:
    return text_table.cell(text, _MAX_WIDTH)


def table(found: list[tuple[ReviewItem, Email]], apps: dict[int, Application]) -> str:
    if not found:
        return "Nothing to review.\n"
    rows = [
        (str(item.id), email.date.astimezone().strftime("%Y-%m-%d"),
         _cell(email.sender_name or email.sender_address), _cell(email.subject),
         f"{email.category.value} {email.confidence:.0%}", _cell(_suggestion(item, email, apps)))
        for item, email in found
    ]  # fmt: skip
    return text_table.render(_HEADERS, rows)
