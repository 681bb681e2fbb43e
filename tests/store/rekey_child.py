"""Child process for the key-rotation crash test: rotates the store key in a loop.

Usage: ``python -m tests.store.rekey_child DATA_DIR`` with ``DBUS_SESSION_BUS_ADDRESS``
pointing at the test's private Secret Service (the real gnome-keyring: its entries outlive
this process, as a user's would). Prints ``ready`` once, then ``rotated`` after each
rotation; the parent SIGKILLs it at a random moment.
"""

from __future__ import annotations

import sys
from pathlib import Path

from keyring.backends import SecretService

from applytrack_desktop.store import rekey


def main() -> None:
    data_dir = Path(sys.argv[1])
    backend = SecretService.Keyring()
    print("ready", flush=True)
    while True:
        rekey.rotate_raw_key(data_dir, backend)
        print("rotated", flush=True)


if __name__ == "__main__":
    main()
