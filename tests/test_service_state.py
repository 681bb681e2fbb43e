"""A hypothesis state machine: any sequence of user actions keeps the service and a plain
Python model of it in agreement (statuses, fields, history length, undo)."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import keyring
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, rule

from applytrack_desktop.core.enums import Status
from applytrack_desktop.service import Service
from tests.conftest import MemoryKeyring

_names = st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=12)


@dataclass
class ModelApp:
    company: str
    job_title: str
    status: Status
    stack: list[Status] = field(default_factory=list)  # statuses to go back to on undo
    changes: int = 1  # history rows (creation counts)


class ServiceMachine(RuleBasedStateMachine):
    apps = Bundle("apps")

    def __init__(self) -> None:
        super().__init__()
        self._tmp = tempfile.TemporaryDirectory()
        self._previous = keyring.get_keyring()
        keyring.set_keyring(MemoryKeyring())
        self.service = Service.open(Path(self._tmp.name) / "data")
        self.model: dict[int, ModelApp] = {}

    @rule(target=apps, company=_names, title=_names, status=st.sampled_from(Status))
    def create(self, company: str, title: str, status: Status) -> int:
        app = self.service.create_application(company, title, status=status)
        self.model[app.id] = ModelApp(company, title, status)
        return app.id

    @rule(app_id=apps, status=st.sampled_from(Status))
    def set_status(self, app_id: int, status: Status) -> None:
        if app_id not in self.model:
            return
        self.service.set_status(app_id, status)
        m = self.model[app_id]
        m.stack.append(m.status)
        m.status = status
        m.changes += 1

    @rule(app_id=apps)
    def undo(self, app_id: int) -> None:
        if app_id not in self.model:
            return
        change = self.service.undo_last_change(app_id)
        m = self.model[app_id]
        if not m.stack:
            assert change is None
            return
        assert change is not None
        m.status = m.stack.pop()
        m.changes += 1

    @rule(app_id=apps, title=_names)
    def rename(self, app_id: int, title: str) -> None:
        if app_id not in self.model:
            return
        self.service.update_application(app_id, job_title=title)
        self.model[app_id].job_title = title

    @rule(app_id=consumes(apps))
    def delete(self, app_id: int) -> None:
        if app_id not in self.model:
            return
        self.service.delete_application(app_id)
        del self.model[app_id]

    @invariant()
    def agrees_with_model(self) -> None:
        listed = {a.id: a for a in self.service.list_applications()}
        assert set(listed) == set(self.model)
        for app_id, m in self.model.items():
            app = listed[app_id]
            assert (app.company, app.job_title, app.status) == (m.company, m.job_title, m.status)
            assert len(self.service.history(app_id)) == m.changes
        counts = self.service.status_counts()
        assert sum(counts.values()) == len(self.model)

    def teardown(self) -> None:
        self.service.close()
        keyring.set_keyring(self._previous)
        self._tmp.cleanup()


ServiceMachine.TestCase.settings = settings(max_examples=10, stateful_step_count=15, deadline=None)
test_service_state_machine = ServiceMachine.TestCase
