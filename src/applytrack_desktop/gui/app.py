"""Starting and stopping the desktop app: Qt set-up, unlocking the store, the main window.

``run_gui`` is what ``applytrack`` (no subcommand) calls. Unlocking follows the store's
rules: the key comes from the system keyring; without one, from ``APPLYTRACK_PASSPHRASE`` or
the passphrase dialog, which is asked again after a wrong try. The service is always closed
on the way out so the database is left clean.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from keyring.backend import KeyringBackend
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from applytrack_desktop.core.errors import (
    PassphraseRequiredError,
    UserFacingError,
    WrongKeyError,
)
from applytrack_desktop.gui import theme
from applytrack_desktop.gui.passphrase import ask_passphrase
from applytrack_desktop.paths import default_data_dir

if TYPE_CHECKING:
    from applytrack_desktop.service import Service

log = logging.getLogger(__name__)

# (new_store, error) -> passphrase or None to give up; the real one shows the dialog.
PassphrasePrompt = Callable[[bool, str], "str | None"]

WRONG_PASSPHRASE = "That passphrase did not unlock the database. Try again."


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication (created once), named and themed."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QCoreApplication.setOrganizationName("ApplyTrack")
        QCoreApplication.setApplicationName("ApplyTrack")
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("ApplyTrack")
    app.setDesktopFileName("applytrack-desktop")
    app.setWindowIcon(theme.app_icon())
    theme.apply_theme(app)
    return app


def _is_new_store(data_dir: Path | None) -> bool:
    """True when the data folder holds nothing yet: the passphrase will create the store."""
    folder = data_dir if data_dir is not None else default_data_dir()
    return not folder.exists() or not any(folder.iterdir())


def _dialog_prompt(parent: QWidget | None) -> PassphrasePrompt:
    def prompt(new_store: bool, error: str) -> str | None:
        return ask_passphrase(parent, new_store=new_store, error=error)

    return prompt


def open_service(
    data_dir: Path | None,
    prompt: PassphrasePrompt,
    passphrase: str | None = None,
    keyring_backend: KeyringBackend | None = None,
) -> Service | None:
    """Open the store, asking for a passphrase as long as one is needed and wrong.

    Returns None when the user gives up. ``KeyMissingError`` and other store errors
    propagate: no passphrase can fix them.
    """
    from applytrack_desktop.service import Service

    error = ""
    new_store = _is_new_store(data_dir)
    while True:
        try:
            return Service.open(data_dir, passphrase=passphrase, keyring_backend=keyring_backend)
        except PassphraseRequiredError:
            pass
        except WrongKeyError:
            if passphrase is None:
                raise
            error = WRONG_PASSPHRASE
        passphrase = prompt(new_store, error)
        if passphrase is None:
            return None


def show_error(exc: UserFacingError, parent: QWidget | None = None) -> None:
    QMessageBox.critical(parent, exc.title, exc.message)


def run_window(app: QApplication, service: Service, title: str | None = None) -> int:
    """The main window with background sync, the tray and notifications, until it quits."""
    from applytrack_desktop.gui.desktop import DesktopShell
    from applytrack_desktop.gui.main_window import MainWindow

    window = MainWindow(service)
    if title is not None:
        window.setWindowTitle(title)
    shell = DesktopShell(app, window)
    shell.start()
    window.show()
    try:
        return app.exec()
    finally:
        shell.stop()


def run_gui(data_dir: Path | None, demo: bool) -> int:
    """Run the desktop app until its window closes; the process exit code."""
    app = ensure_app()
    if demo:
        # A throwaway store filled from the bundled mailbox by the real pipeline; its key
        # lives only in this process and its folder is deleted on the way out.
        from applytrack_desktop.gui.demo import DEMO_TITLE, run_demo

        return run_demo(app, lambda service: run_window(app, service, DEMO_TITLE))
    passphrase = os.environ.get("APPLYTRACK_PASSPHRASE") or None
    try:
        service = open_service(data_dir, _dialog_prompt(None), passphrase)
    except UserFacingError as exc:  # KeyMissingError, a damaged store, ...
        show_error(exc)
        return 1
    if service is None:
        return 1
    try:
        return run_window(app, service)
    finally:
        service.close()
