"""``make screenshots`` under a real X server: PNGs of the board, table and detail panel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.slow


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (CI installs it)")
def test_screenshots_are_written(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["APPLYTRACK_PASSPHRASE"] = "unused"
    out = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "-m", "applytrack_desktop.gui.screenshots", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    dialog = QImage(str(out / "add-dialog.png"))
    assert not dialog.isNull()
    assert dialog.width() < 1440
    for name in ("integrations", "import", "settings-data", "delete-everything", "disconnect"):
        image = QImage(str(out / f"{name}.png"))
        assert not image.isNull() and image.width() < 1440, name
    for name in (
        "board",
        "table",
        "detail",
        "history",
        "emails",
        "board-dark",
        "review",
        "welcome",
        "demo-board",
        "demo-emails",
    ):
        image = QImage(str(out / f"{name}.png"))
        assert not image.isNull(), name
        assert (image.width(), image.height()) == (1440, 900)
        # A real render has many colours; a blank or failed grab has one or two.
        colours = {image.pixel(x, y) for x in range(0, 1440, 37) for y in range(0, 900, 23)}
        assert len(colours) > 20, name
