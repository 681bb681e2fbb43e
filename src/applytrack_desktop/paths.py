"""Where the shipped models and resources live, and where user data goes by default.

The models and resources sit at the top of the source tree (``models/``, ``resources/``);
``APPLYTRACK_MODELS_DIR`` / ``APPLYTRACK_RESOURCES_DIR`` point elsewhere for packaged builds.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_SOURCE_ROOT = Path(__file__).resolve().parents[2]


def models_dir() -> Path:
    return Path(os.environ.get("APPLYTRACK_MODELS_DIR") or _SOURCE_ROOT / "models")


def resources_dir() -> Path:
    return Path(os.environ.get("APPLYTRACK_RESOURCES_DIR") or _SOURCE_ROOT / "resources")


def default_data_dir() -> Path:
    """The data folder: ``APPLYTRACK_DATA_DIR`` or the platform's user data folder."""
    env = os.environ.get("APPLYTRACK_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("applytrack-desktop", appauthor=False))
