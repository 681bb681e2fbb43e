"""Imports a module of the model recipe (`models/recipe/`), which is a folder of scripts, not a
package: its folder goes on `sys.path` only for the import, so no test sees it afterwards."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

RECIPE = Path(__file__).resolve().parents[2] / "models" / "recipe"


def import_recipe(name: str, *needs: str) -> ModuleType:
    """The recipe module `name`; the test skips when a build-time package in `needs` is missing."""
    for package in needs:
        pytest.importorskip(package)
    sys.path.insert(0, str(RECIPE))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(RECIPE))
