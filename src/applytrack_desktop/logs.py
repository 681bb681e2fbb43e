"""Logging set-up with a redacting filter on every handler.

Our own code never logs message content. Third-party libraries (urllib3, requests,
oauthlib, googleapiclient, msal) log URLs, headers and bodies at DEBUG, which can carry
tokens and authorization codes: they are held at WARNING unless asked for, and every
record, whoever wrote it, passes through ``RedactingFilter`` before any handler sees it.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
from pathlib import Path
from typing import Any

import platformdirs

NOISY_LIBRARIES = (
    "urllib3",
    "requests",
    "requests_oauthlib",
    "oauthlib",
    "googleapiclient",
    "google_auth_oauthlib",
    "google.auth",
    "msal",
    "imapclient",
    "apscheduler",
)

_SECRET_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+"), r"\1 [redacted]"),
    (
        re.compile(
            r"(?i)([\"']?(?:access_token|refresh_token|id_token|client_secret|code|"
            r"code_verifier|password|passwd|assertion|token|secret|state|nonce)[\"']?"
            r"\s*[=:]\s*[\"']?)[^\s\"'&,;}]+"
        ),
        r"\1[redacted]",
    ),
    (re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)[^\"'\n]+"), r"\1[redacted]"),
    (re.compile(r"\bya29\.[A-Za-z0-9._-]+"), "[redacted]"),
    (re.compile(r"\b1//[A-Za-z0-9._-]{10,}"), "[redacted]"),
    (re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"), "[redacted-jwt]"),
)


# Loggers whose DEBUG records carry the mail itself (imapclient logs the IMAP wire, FETCH
# literals included): no pattern can tell message text apart, so those records are dropped,
# verbose or not. Found by tests/commands/test_no_leaks.py.
CONTENT_LOGGERS = ("imapclient",)


def redact(text: str) -> str:
    """Remove anything that looks like a credential from ``text``."""
    for pattern, replacement in _SECRET_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (and traceback text) with secrets removed."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.INFO and record.name.split(".")[0] in CONTENT_LOGGERS:
            return False
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is now, not what it was at set-up (tests swap it)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


def log_dir() -> Path:
    return Path(
        os.environ.get("APPLYTRACK_LOG_DIR")
        or platformdirs.user_log_dir("applytrack-desktop", appauthor=False)
    )


def setup_logging(
    *, verbose: bool = False, to_file: bool = True, console_level: int | None = None
) -> None:
    """Configure the root logger once: stderr for warnings (or all, verbose), a rotating file.

    ``console_level`` overrides what reaches stderr (commands print their own sentences and
    keep log records, tracebacks included, for the file).
    """
    root = logging.getLogger()
    if getattr(root, "_applytrack_configured", False):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    redactor = RedactingFilter()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")

    console = _StderrHandler()
    console.setLevel(
        console_level
        if console_level is not None
        else logging.DEBUG
        if verbose
        else logging.WARNING
    )
    console.setFormatter(formatter)
    console.addFilter(redactor)
    root.addHandler(console)

    if to_file:
        try:
            directory = log_dir()
            directory.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                directory / "applytrack.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError:
            pass  # a read-only home must not stop the app; stderr still works
        else:
            handler.setFormatter(formatter)
            handler.addFilter(redactor)
            root.addHandler(handler)

    if not verbose:
        for name in NOISY_LIBRARIES:
            logging.getLogger(name).setLevel(logging.WARNING)
    root._applytrack_configured = True  # type: ignore[attr-defined]
