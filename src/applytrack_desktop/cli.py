"""The ``applytrack`` command line (CONTRACTS.md): argument parsing and error handling.

Each subcommand lives in ``applytrack_desktop/commands/<name>.py`` with ``register()`` and
``run()``; this module only wires them up and turns errors into one sentence on stderr.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from applytrack_desktop import __version__
from applytrack_desktop.core.errors import UserFacingError

log = logging.getLogger(__name__)

# Subcommands, in the order ``--help`` lists them.
COMMANDS: tuple[str, ...] = (
    "applications",
    "review",
    "import",
    "classify",
    "export",
    "accounts",
    "sync",
    "purge",
    "delete-everything",
)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
STORE_BUSY = (
    "The store is in use by another ApplyTrack process (the desktop app, a sync or an "
    "import); try again when it is done."
)


# Commands whose name is not a valid module name.
_MODULES = {"import": "import_mail", "delete-everything": "delete_everything"}


def _command_module(name: str) -> ModuleType:
    return importlib.import_module(f"applytrack_desktop.commands.{_MODULES.get(name, name)}")


class _Parser(argparse.ArgumentParser):
    """A usage error is one sentence too, like every other error (no usage dump)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"applytrack: {message} (see '{self.prog} --help').\n")


def build_parser() -> argparse.ArgumentParser:
    from applytrack_desktop.commands.store_access import data_dir_arg

    # Subparsers are made with the parent's class, so every subcommand gets _Parser too.
    parser = _Parser(
        prog="applytrack",
        description="Track your job applications from your mailbox, on your own machine.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=data_dir_arg,
        default=None,
        metavar="DIR",
        help="where the encrypted store lives "
        "(default: $APPLYTRACK_DATA_DIR or the platform's data folder)",
    )
    parser.add_argument("--demo", action="store_true", help="open the app on a demo store")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        _command_module(name).register(sub)
    for child in sub.choices.values():
        _accept_data_dir(child)
    return parser


def _accept_data_dir(parser: argparse.ArgumentParser) -> None:
    """``--data-dir`` works after the command too (``applytrack import --data-dir D x.mbox``),
    and every command's ``--help`` shows it (CONTRACTS: every command takes it)."""
    from applytrack_desktop.commands.store_access import add_data_dir_option

    if "--data-dir" not in parser._option_string_actions:
        add_data_dir_option(parser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _accept_data_dir(child)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from applytrack_desktop.logs import setup_logging

    # A command speaks in its own sentences on stderr; log records (warnings, tracebacks)
    # go to the log file unless --verbose. The desktop app keeps warnings on stderr.
    quiet = args.command is not None and not args.verbose
    setup_logging(verbose=args.verbose, console_level=logging.CRITICAL + 1 if quiet else None)
    try:
        if args.command is None:
            if _no_display():
                print(
                    "applytrack: No display is available to open the desktop app; run it in "
                    "a desktop session, or use a command (see 'applytrack --help').",
                    file=sys.stderr,
                )
                return EXIT_ERROR
            from applytrack_desktop.gui.app import run_gui

            return run_gui(data_dir=args.data_dir, demo=args.demo)
        result: int = _command_module(args.command).run(args)
        return result
    except UserFacingError as exc:
        # A store error caused by another process's write lock says so, not "cannot read".
        message = STORE_BUSY if _store_busy(exc) else exc.message
        print(f"applytrack: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("applytrack: interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # a folder that is a file, a full disk, no permission, ...
        log.exception("file system error in command %s", args.command)
        where = f" ({exc.filename})" if exc.filename else ""
        reason = exc.strerror or type(exc).__name__
        print(f"applytrack: {reason}{where}.", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        if _store_busy(exc):
            log.warning("the store stayed locked by another process in command %s", args.command)
            print(f"applytrack: {STORE_BUSY}", file=sys.stderr)
            return EXIT_ERROR
        if _store_damaged(exc):
            log.warning("the store failed a read in command %s: damaged", args.command)
            from applytrack_desktop.commands.store_access import data_dir

            folder = data_dir(args)
            print(
                f"applytrack: The store in {folder} is damaged and could not be read; "
                "it was left untouched.",
                file=sys.stderr,
            )
            return EXIT_ERROR
        log.exception("unexpected error in command %s", args.command)
        print(
            "applytrack: an unexpected error occurred; details are in the log file.",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _store_busy(exc: BaseException) -> bool:
    """SQLite's "database is locked" (here or as the cause): another process held the store's
    write lock past the busy timeout."""
    return _sqlite_error(exc, "OperationalError", ("locked",))


def _store_damaged(exc: BaseException) -> bool:
    """A page of the store failed SQLCipher's HMAC check (or is garbage) after it opened."""
    return _sqlite_error(exc, "DatabaseError", ("malformed", "not a database", "corrupt"))


def _sqlite_error(exc: BaseException, name: str, words: tuple[str, ...]) -> bool:
    """``exc`` or its cause is sqlcipher3's ``name`` error saying one of ``words``. Matched
    without importing sqlcipher3: only a store raises these, so it is loaded when it matters."""
    error = getattr(sys.modules.get("sqlcipher3.dbapi2"), name, None)
    seen: BaseException | None = exc
    for _ in range(5):  # the chain is short: the store's own error and its cause
        if seen is None or not isinstance(error, type):
            return False
        if isinstance(seen, error) and any(w in str(seen).lower() for w in words):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _no_display() -> bool:
    """On Linux without X11 or Wayland (a server, an ssh session) Qt would abort with its
    own multi-line plugin error; say so in one sentence instead. QT_QPA_PLATFORM (offscreen,
    vnc, ...) is the user's explicit choice and is left to Qt."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
