"""``make screenshots``: PNGs of the main views, rendered by a real X server (Xvfb).

Run as ``python -m applytrack_desktop.gui.screenshots OUT_DIR``. With no ``DISPLAY`` it starts
its own ``Xvfb`` on a free display number and stops it afterwards. The window shows a
throwaway encrypted store filled with a dozen sample applications (``sample_data``) imported
through the service, so the pictures show exactly what a user would see.
"""

from __future__ import annotations

import json
import os
import secrets
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from applytrack_desktop.gui.sample_data import STORIES, sample_records

if TYPE_CHECKING:
    from applytrack_desktop.gui.main_window import MainWindow
    from applytrack_desktop.service import Service

WINDOW_SIZE = (1440, 900)


def fill_sample(service: Service, folder: Path) -> int:
    """Import the sample applications through the service; the id of the one to open."""
    path = folder / "sample.json"
    path.write_text(json.dumps(sample_records(datetime.now(UTC))), encoding="utf-8")
    service.import_json(path)
    path.unlink()
    focus = service.list_applications(company=STORIES[0].company)
    return focus[0].id


def start_xvfb(xvfb: str, width: int, height: int) -> tuple[subprocess.Popen[bytes], int]:
    """Xvfb on a display number it picks itself (``-displayfd``), once it accepts clients.

    Xvfb claims a free number atomically; picking one by looking for lock files raced with
    any other Xvfb starting at the same moment (two test runs side by side).
    """
    read, write = os.pipe()
    proc = subprocess.Popen(
        [
            xvfb,
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write,),
    )
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        ready, _, _ = select.select([pipe], [], [], 10)
        line = pipe.readline() if ready else b""  # written when it accepts clients
    if not line.strip().isdigit():
        proc.terminate()
        proc.wait(timeout=10)
        raise RuntimeError("Xvfb did not start")
    return proc, int(line)


@contextmanager
def x_display() -> Iterator[None]:
    """Use ``DISPLAY`` when set; otherwise run a private Xvfb for the duration."""
    if os.environ.get("DISPLAY"):
        yield
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise RuntimeError("Xvfb is not installed (Debian: apt-get install xvfb)")
    width, height = WINDOW_SIZE
    proc, number = start_xvfb(xvfb, width + 80, height + 80)
    try:
        os.environ["DISPLAY"] = f":{number}"
        yield
    finally:
        os.environ.pop("DISPLAY", None)
        proc.terminate()
        proc.wait(timeout=10)


def _settle(seconds: float = 0.3) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def capture(window: MainWindow, out_dir: Path, focus_id: int | None) -> list[Path]:
    """Save the board, the table and the detail panel of ``window`` as PNGs."""
    from applytrack_desktop.gui.header import BOARD, TABLE

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(name: str) -> None:
        _settle()
        path = out_dir / f"{name}.png"
        if not window.grab().save(str(path)):
            raise RuntimeError(f"could not write {path}")
        written.append(path)

    window.show_view(BOARD)
    save("board")
    window.show_view(TABLE)
    save("table")
    if focus_id is not None:
        window.show_view(BOARD)
        window.open_application(focus_id)
        save("detail")
        window.detail.tabs.setCurrentIndex(1)
        save("history")
        window.detail.tabs.setCurrentIndex(2)
        window.detail.email_list.setCurrentRow(0)
        save("emails")
        window.detail.close_panel()
    from applytrack_desktop.gui.app_dialog import ApplicationDialog

    dialog = ApplicationDialog(window)
    dialog.company.setText("Initech")
    dialog.job_title.setText("Platform Engineer")
    dialog.show()
    _settle()
    path = out_dir / "add-dialog.png"
    dialog.grab().save(str(path))
    written.append(path)
    dialog.close()
    written += capture_settings(window, out_dir)
    return written


def capture_settings(window: MainWindow, out_dir: Path) -> list[Path]:
    """Settings → Data (the privacy actions) and the Delete Everything confirmation."""
    from applytrack_desktop.gui.data_page import DeleteEverythingDialog, deletion_summary
    from applytrack_desktop.gui.settings_dialog import SettingsDialog

    written: list[Path] = []
    settings = SettingsDialog(window.service, window)
    settings.tabs.setCurrentIndex(settings.tabs.count() - 1)
    confirm = DeleteEverythingDialog(deletion_summary(window.service), window)
    for name, dialog in (("settings-data", settings), ("delete-everything", confirm)):
        dialog.show()
        _settle()
        path = out_dir / f"{name}.png"
        if not dialog.grab().save(str(path)):
            raise RuntimeError(f"could not write {path}")
        written.append(path)
        dialog.close()
    return written


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else Path("build/screenshots")
    with x_display():
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        import keyring.backends.fail

        from applytrack_desktop.gui.app import ensure_app
        from applytrack_desktop.gui.main_window import MainWindow
        from applytrack_desktop.gui.screenshots_mail import capture_mail_views
        from applytrack_desktop.gui.theme import apply_theme, dark_palette
        from applytrack_desktop.service import Service

        app = ensure_app()
        with tempfile.TemporaryDirectory(prefix="applytrack-shots-") as tmp:
            # A passphrase, never the keyring: a throwaway store must leave no keyring entry.
            service = Service.open(
                Path(tmp),
                passphrase=secrets.token_urlsafe(16),
                keyring_backend=keyring.backends.fail.Keyring(),
            )
            try:
                focus = fill_sample(service, Path(tmp))
                window = MainWindow(service)
                window.resize(*WINDOW_SIZE)
                window.show()
                written = capture(window, out_dir, focus)
                window.close()
                # The mail side on the demo data: review list, welcome, import, integrations.
                written += capture_mail_views(out_dir)
                # The same board in the system's dark scheme: the palette drives every colour.
                app.setPalette(dark_palette())
                apply_theme(app)
                dark = MainWindow(service)
                dark.resize(*WINDOW_SIZE)
                dark.show()
                _settle()
                path = out_dir / "board-dark.png"
                dark.grab().save(str(path))
                written.append(path)
                dark.close()
                app.processEvents()
            finally:
                service.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
