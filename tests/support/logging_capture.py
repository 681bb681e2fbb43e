"""A fixture that runs ``logs.setup_logging`` afresh (verbose) and gives its log file.

``setup_logging`` configures the root logger once per process; tests that check what the
log holds need their own, fresh set-up with every library logger at DEBUG, and the
process's logging restored afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from applytrack_desktop import logs


@pytest.fixture
def debug_logging(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``setup_logging`` made to run afresh (verbose) with its file in ``tmp_path/logs``."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    saved_flag = getattr(root, "_applytrack_configured", False)
    saved_levels = {n: logging.getLogger(n).level for n in logs.NOISY_LIBRARIES}
    monkeypatch.setenv("APPLYTRACK_LOG_DIR", str(tmp_path / "logs"))
    root._applytrack_configured = False  # type: ignore[attr-defined]
    for name in logs.NOISY_LIBRARIES:  # whatever an earlier set-up in this process did
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield tmp_path / "logs" / "applytrack.log"
    finally:
        for handler in root.handlers[:]:
            if handler not in saved_handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(saved_level)
        root._applytrack_configured = saved_flag  # type: ignore[attr-defined]
        for name, level in saved_levels.items():
            logging.getLogger(name).setLevel(level)
