"""The layering rules of ARCHITECTURE.md, checked on the source itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "applytrack_desktop"

# package -> top-level modules/packages of ours it must never import
FORBIDDEN: dict[str, set[str]] = {
    "core": {"store", "mail", "intel", "providers", "sync", "service", "cli", "gui", "commands"},
    "store": {"providers", "sync", "service", "cli", "gui", "commands", "intel", "mail"},
    "mail": {"store", "intel", "providers", "sync", "service", "cli", "gui", "commands"},
    "intel": {"store", "providers", "sync", "service", "cli", "gui", "commands"},
    "providers": {"store", "sync", "service", "cli", "gui", "commands", "intel"},
    "sync": {"service", "cli", "gui", "commands"},
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_sources_found() -> None:
    assert len(_sources()) > 10


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_gui_imports_pyside6(path: Path) -> None:
    if path.relative_to(PACKAGE).parts[0] == "gui":
        return
    offenders = [n for n in _imports(path) if n.split(".")[0] in {"PySide6", "shiboken6"}]
    assert not offenders, f"{path} imports {offenders}; only gui/ may import Qt"


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layers_import_only_upwards(path: Path) -> None:
    layer = path.relative_to(PACKAGE).parts[0]
    forbidden = FORBIDDEN.get(layer)
    if not forbidden:
        return
    bad = []
    for name in _imports(path):
        parts = name.split(".")
        if parts[0] == "applytrack_desktop" and len(parts) > 1 and parts[1] in forbidden:
            bad.append(name)
    assert not bad, f"{path} ({layer}/) must not import {bad}"


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_has_docstring_and_is_small(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"{path} needs a module docstring saying why it exists"
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= 600, f"{path} has {lines} lines; split it by purpose"
