"""The typed settings the app reads, with their defaults, over the store's key/value table.

Values are kept as text; a stored value that no longer parses falls back to the default
rather than breaking start-up (it is logged, without the value).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from applytrack_desktop.core.errors import InvalidInputError
from applytrack_desktop.core.status_rules import DEFAULT_CONFIDENCE_THRESHOLD

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Settings:
    sync_interval_minutes: int = 5
    confidence_threshold: float = DEFAULT_CONFIDENCE_THRESHOLD
    create_from_confirmations: bool = True
    notifications_enabled: bool = True
    notifications_show_content: bool = False
    retention_days: int = 90
    active_thread_days: int = 60
    close_to_tray: bool = True

    @classmethod
    def from_values(cls, values: Mapping[str, str]) -> Settings:
        """The settings from stored text values; unknown keys are ignored."""
        parsed: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in values:
                try:
                    parsed[f.name] = parse_value(f.name, values[f.name])
                except InvalidInputError:
                    log.warning("ignoring an invalid stored value for setting %s", f.name)
        return cls(**parsed)

    def to_values(self) -> dict[str, str]:
        return {f.name: format_value(getattr(self, f.name)) for f in fields(self)}

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


_TYPES: dict[str, type] = {f.name: type(f.default) for f in fields(Settings)}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}
_MINIMUM: dict[str, float] = {
    "sync_interval_minutes": 1,
    "retention_days": 1,
    "active_thread_days": 1,
    "confidence_threshold": 0.0,
}


def is_known(key: str) -> bool:
    return key in _TYPES


def parse_value(key: str, text: str) -> Any:
    """A known setting's text as its typed value; InvalidInputError when it does not fit."""
    kind = _TYPES[key]
    value: Any
    try:
        if kind is bool:
            lowered = text.strip().lower()
            if lowered not in _TRUE | _FALSE:
                raise ValueError(text)
            value = lowered in _TRUE
        else:
            value = kind(text.strip())
    except ValueError:
        raise InvalidInputError(f"The setting {key} needs a {kind.__name__} value.") from None
    if key in _MINIMUM and value < _MINIMUM[key]:
        raise InvalidInputError(f"The setting {key} must be at least {_MINIMUM[key]}.")
    if key == "confidence_threshold" and value > 1:
        raise InvalidInputError("The setting confidence_threshold must be between 0 and 1.")
    return value


def format_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
