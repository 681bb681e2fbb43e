"""Exporting applications with their mail and history (JSON, CSV) and importing JSON back.

The ``applications --format json`` shape of CONTRACTS.md is the core of every record. The
JSON export adds every other stored field (but never full email bodies), so that importing
an export into an empty store and exporting again gives the same document.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.core.errors import InvalidInputError
from applytrack_desktop.core.models import Application, ChangeCause
from applytrack_desktop.store import applications as apps_q
from applytrack_desktop.store import emails as emails_q
from applytrack_desktop.store import history as history_q
from applytrack_desktop.store.emails import NewEmail
from applytrack_desktop.store.timeutil import from_db, to_db, to_db_opt

CSV_COLUMNS = (
    "id", "company", "job_title", "status", "location", "url", "source", "created_at",
    "updated_at", "last_email_at", "next_event_at", "emails", "history", "notes",
)  # fmt: skip


def _app_record(app: Application, *, full: bool) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": app.id,
        "company": app.company,
        "job_title": app.job_title,
        "status": app.status.value,
        "created_at": to_db(app.created_at),
        "updated_at": to_db(app.updated_at),
    }
    if full:
        record |= {
            "location": app.location,
            "url": app.url,
            "notes": app.notes,
            "source": app.source,
            "ats_ids": list(app.ats_ids),
            "last_email_at": to_db_opt(app.last_email_at),
            "next_event_at": to_db_opt(app.next_event_at),
        }
    return record


_EMAIL_CONTRACT = "application_id, message_id, category, date"
_EMAIL_FULL = (
    ", provider_id, thread_key, sender_name, sender_address, subject, confidence, company,"
    " job_title, ats, ats_ids, sentiment, urgent, deadlines, next_steps, interview_at"
)


def records(conn: sqlcipher3.Connection, *, full: bool = False) -> list[dict[str, Any]]:
    """Every application (oldest first) with its emails and history, as plain dicts."""
    apps = apps_q.list_(conn, sort="id", descending=False)
    mail: dict[int, list[dict[str, Any]]] = defaultdict(list)
    columns = _EMAIL_CONTRACT + (_EMAIL_FULL if full else "")
    cur = conn.execute(
        f"SELECT {columns} FROM emails WHERE application_id IS NOT NULL"
        " ORDER BY application_id, date, id"
    )
    names = [d[0] for d in cur.description]
    for row in cur:
        item = dict(zip(names, row, strict=True))
        app_id = item.pop("application_id")
        if full:
            for key in ("ats_ids", "deadlines", "next_steps"):
                item[key] = json.loads(item[key])
            item["urgent"] = bool(item["urgent"])
        mail[app_id].append(item)
    changes: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in conn.execute(
        "SELECT application_id, from_status, to_status, cause, at, undone FROM status_changes"
        " ORDER BY application_id, id"
    ):
        change: dict[str, Any] = {"from": row[1], "to": row[2], "cause": row[3], "at": row[4]}
        if full:
            change["undone"] = bool(row[5])
        changes[row[0]].append(change)
    out = []
    for app in apps:
        record = _app_record(app, full=full)
        record["emails"] = mail.get(app.id, [])
        record["history"] = changes.get(app.id, [])
        out.append(record)
    return out


def write_json(conn: sqlcipher3.Connection, path: Path) -> int:
    data = records(conn, full=True)
    _write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return len(data)


def csv_text(conn: sqlcipher3.Connection) -> str:
    """One row per application; its history flattened into one readable cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for record in records(conn, full=True):
        history = "; ".join(
            f"{h['from'] or '-'} -> {h['to']} ({h['cause']}, {h['at']})" for h in record["history"]
        )
        record = record | {"emails": len(record["emails"]), "history": history}
        writer.writerow(["" if record[c] is None else record[c] for c in CSV_COLUMNS])
    return buffer.getvalue()


def write_csv(conn: sqlcipher3.Connection, path: Path) -> int:
    text = csv_text(conn)
    _write_text(path, text)
    return max(text.count("\n") - 1, 0)


def _write_text(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise InvalidInputError(f"Cannot write {path}: {exc.strerror}.") from None


# -- import -------------------------------------------------------------------------------


def read_json(path: Path) -> list[Mapping[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {path}: {exc.strerror}.") from None
    except (ValueError, UnicodeDecodeError):
        raise InvalidInputError(f"{path} is not a JSON file.") from None
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise InvalidInputError(f"{path} is not an ApplyTrack export (a list of applications).")
    return data


def import_records(conn: sqlcipher3.Connection, data: Iterable[Mapping[str, Any]]) -> int:
    """Insert the exported applications (keeping their ids where free); return how many.

    Runs inside the caller's transaction: any bad record aborts the whole import.
    """
    count = 0
    for index, record in enumerate(data, start=1):
        try:
            _import_one(conn, record)
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInputError(
                f"Application {index} of the import is not valid ({type(exc).__name__}: {exc})."
            ) from None
        count += 1
    return count


def _dt(value: Any) -> datetime | None:
    return None if value in (None, "") else from_db(str(value))


def _import_one(conn: sqlcipher3.Connection, r: Mapping[str, Any]) -> None:
    wanted_id = r.get("id")
    if not isinstance(wanted_id, int) or apps_q.exists(conn, wanted_id):
        wanted_id = None
    company = str(r["company"]).strip()
    if not company:
        raise ValueError("empty company")
    app_id = apps_q.insert(
        conn,
        company=company,
        job_title=str(r.get("job_title") or ""),
        status=Status(r["status"]),
        location=str(r.get("location") or ""),
        url=str(r.get("url") or ""),
        notes=str(r.get("notes") or ""),
        source=str(r.get("source") or "import"),
        created_at=_dt(r.get("created_at")),
        updated_at=_dt(r.get("updated_at")),
        last_email_at=_dt(r.get("last_email_at")),
        next_event_at=_dt(r.get("next_event_at")),
        ats_ids=[str(a) for a in r.get("ats_ids") or ()],
        app_id=wanted_id,
    )
    for e in r.get("emails") or ():
        message_id = str(e.get("message_id") or "")
        provider_id = str(e.get("provider_id") or f"import:{message_id or app_id}")
        if emails_q.exists(conn, None, provider_id):
            continue
        date = _dt(e["date"])
        if date is None:
            raise ValueError("an email without a date")
        emails_q.insert(
            conn,
            NewEmail(
                account_id=None,
                provider_id=provider_id,
                message_id=message_id,
                thread_key=str(e.get("thread_key") or ""),
                date=date,
                subject=str(e.get("subject") or ""),
                category=Category(e["category"]),
                confidence=float(e.get("confidence", 1.0)),
                sender_name=str(e.get("sender_name") or ""),
                sender_address=str(e.get("sender_address") or ""),
                application_id=app_id,
                company=str(e.get("company") or ""),
                job_title=str(e.get("job_title") or ""),
                ats=str(e.get("ats") or ""),
                ats_ids=tuple(str(a) for a in e.get("ats_ids") or ()),
                sentiment=str(e.get("sentiment") or "neutral"),
                urgent=bool(e.get("urgent", False)),
                deadlines=tuple(d for d in map(_dt, e.get("deadlines") or ()) if d),
                next_steps=tuple(str(s) for s in e.get("next_steps") or ()),
                interview_at=_dt(e.get("interview_at")),
            ),
        )
    for h in r.get("history") or ():
        history_q.insert(
            conn,
            app_id,
            None if h.get("from") is None else Status(h["from"]),
            Status(h["to"]),
            ChangeCause(h["cause"]),
            at=_dt(h["at"]),
            undone=bool(h.get("undone", False)),
        )
