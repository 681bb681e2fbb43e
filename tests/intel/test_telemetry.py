"""onnxruntime telemetry is turned off before the first inference session is created."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import onnxruntime
import pytest

from applytrack_desktop import paths
from applytrack_desktop.intel import classifier


def test_telemetry_is_disabled_before_any_session(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real_disable = onnxruntime.disable_telemetry_events
    real_session = onnxruntime.InferenceSession

    def disable() -> None:
        calls.append("disable_telemetry")
        real_disable()

    def session(*args: Any, **kwargs: Any) -> Any:
        calls.append("session")
        return real_session(*args, **kwargs)

    monkeypatch.setattr(onnxruntime, "disable_telemetry_events", disable)
    monkeypatch.setattr(onnxruntime, "InferenceSession", session)
    model = sorted(Path(paths.models_dir()).glob("*.onnx"))[0]

    classifier._session(model)

    assert calls == ["disable_telemetry", "session"]
