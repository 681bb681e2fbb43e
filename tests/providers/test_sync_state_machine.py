"""A hypothesis state machine over real providers: new mail, deletions and crashes interleaved.

A "crash" takes some pages, commits them like the engine does (messages and cursor
together), then drops the next page uncommitted and stops. After any complete sync the
mirror must hold exactly the mail in the mailbox (or, where deletions are not reported,
everything ever added), and no commit may ever bring a message twice. Example counts are
kept low: each step talks to a real Dovecot.
"""

from __future__ import annotations

import itertools
from collections.abc import Generator

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule, run_state_machine_as_test

from applytrack_desktop.providers.base import SyncRequest
from tests.providers.conformance import (
    SINCE,
    Mirror,
    ProviderEnv,
    make_message,
    message_id_of,
)
from tests.providers.test_conformance import ENV_FACTORIES

_numbers = itertools.count(1000)


class SyncMachine(RuleBasedStateMachine):
    env: ProviderEnv

    def __init__(self) -> None:
        super().__init__()
        self.present: set[str] = set()
        self.ever: set[str] = set()
        self.mirror = Mirror()

    @rule(count=st.integers(min_value=1, max_value=3))
    def new_mail(self, count: int) -> None:
        for _ in range(count):
            raw = make_message(next(_numbers))
            self.env.add_message(raw)
            self.present.add(message_id_of(raw))
            self.ever.add(message_id_of(raw))

    @precondition(lambda self: self.env.supports_deletion and bool(self.present))
    @rule(data=st.data())
    def delete_mail(self, data: st.DataObject) -> None:
        victim = data.draw(st.sampled_from(sorted(self.present)))
        self.env.delete_message(victim)
        self.present.discard(victim)

    @rule(crash_at=st.one_of(st.none(), st.integers(min_value=0, max_value=3)))
    def sync(self, crash_at: int | None) -> None:
        provider = self.env.make_provider(2)
        pages = provider.pages(SyncRequest(self.mirror.cursor, SINCE))
        crashed = False
        try:
            for index, page in enumerate(pages):
                if crash_at is not None and index == crash_at:
                    crashed = True  # this page is lost with the process
                    break
                self.mirror.commit(page)  # asserts nothing comes twice
        finally:
            if isinstance(pages, Generator):
                pages.close()  # as a killed process would: the provider's finally runs
            provider.close()
        if not crashed:
            stored = set(self.mirror.stored.values())
            if self.env.supports_deletion:
                assert stored == self.present
            else:
                assert stored == self.ever


SETTINGS = settings(
    max_examples=6,
    stateful_step_count=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.mark.parametrize("name", sorted(ENV_FACTORIES))
def test_no_message_lost_or_twice(name: str, request: pytest.FixtureRequest) -> None:
    """Every provider env of the conformance suite runs the machine (a fresh env each example)."""

    class Machine(SyncMachine):
        def __init__(self) -> None:
            self.env = ENV_FACTORIES[name](request)
            super().__init__()

    examples = 6 if name == "imap" else 12  # IMAP steps talk to a real server
    run_state_machine_as_test(Machine, settings=settings(SETTINGS, max_examples=examples))
