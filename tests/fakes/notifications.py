"""A private session D-Bus with a recording ``org.freedesktop.Notifications`` server.

The test starts its own ``dbus-daemon`` (nothing reaches the developer's desktop), owns the
notifications name on it with jeepney, answers ``Notify`` with increasing ids, records
every call, and can emit ``ActionInvoked`` as if the user clicked a notification.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
from dataclasses import dataclass, field

from jeepney import DBusAddress, MessageType, message_bus, new_method_return, new_signal
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection

PATH = "/org/freedesktop/Notifications"
NAME = "org.freedesktop.Notifications"


def dbus_missing_reason() -> str | None:
    if shutil.which("dbus-daemon") is None:
        return "dbus-daemon is not installed (Debian: apt-get install dbus)"
    return None


class PrivateBus:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert self.proc.stdout is not None
        self.address = self.proc.stdout.readline().decode().strip()

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=5)
        assert self.proc.stdout is not None
        self.proc.stdout.close()


@dataclass
class Sent:
    app_name: str
    summary: str
    body: str
    actions: list[str]


@dataclass
class NotificationServer:
    address: str
    sent: list[Sent] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)

    def start(self) -> None:
        self._conn: DBusConnection = open_dbus_connection(bus=self.address)
        Proxy(message_bus, self._conn).RequestName(NAME, 4)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        next_id = 1
        try:
            while True:
                msg = self._conn.receive()
                if msg.header.message_type != MessageType.method_call:
                    continue
                member = msg.header.fields.get(3)  # HeaderFields.member
                if member == "Notify":
                    app, _replaces, _icon, summary, body, actions, _hints, _t = msg.body
                    self.sent.append(Sent(app, summary, body, list(actions)))
                    self._conn.send(new_method_return(msg, "u", (next_id,)))
                    next_id += 1
                    self.arrived.set()
                else:
                    self._conn.send(new_method_return(msg))
        except (OSError, ConnectionError, ValueError):
            return

    def click(self, notification_id: int) -> None:
        emitter = DBusAddress(PATH, interface=NAME)
        self._conn.send(new_signal(emitter, "ActionInvoked", "us", (notification_id, "default")))

    def stop(self) -> None:
        self._conn.close()


def environment_for(bus: PrivateBus) -> dict[str, str]:
    return {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus.address}
