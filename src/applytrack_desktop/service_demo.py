"""The demo: a throwaway encrypted store filled from the bundled demo mailbox.

It runs the real pipeline (classifier, extraction, matching, status rules) on mail of our
own writing, so a newcomer sees the whole product work without connecting an account. The
store is keyed with a random key held only in memory and deleted when the demo closes.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from types import TracebackType

from applytrack_desktop.service import Service
from applytrack_desktop.store.db import Store
from applytrack_desktop.store.ephemeral import EphemeralKeyring
from applytrack_desktop.sync.demo import demo_sources
from applytrack_desktop.sync.importer import import_sources


class DemoService(Service):
    """A ``Service`` whose store, folder and key vanish on ``close``."""

    def __init__(self, store: Store, folder: Path) -> None:
        super().__init__(store)
        self._folder = folder

    def close(self) -> None:
        try:
            super().close()
        finally:
            shutil.rmtree(self._folder, ignore_errors=True)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_demo() -> DemoService:
    """Create the throwaway store and import the demo mailbox into it."""
    folder = Path(tempfile.mkdtemp(prefix="applytrack-demo-"))
    try:
        store = Store.open(folder / "data", keyring_backend=EphemeralKeyring())
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    service = DemoService(store, folder)
    try:
        import_sources(store, demo_sources())
    except BaseException:
        service.close()
        raise
    return service
