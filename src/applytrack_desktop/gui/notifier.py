"""OS notifications: "Acme — Interviewing", sent to the desktop's notification service.

On Linux that is ``org.freedesktop.Notifications`` on the session D-Bus (talked to with
jeepney, the pure-Python D-Bus library keyring already brings). Qt's own
``QSystemTrayIcon.showMessage`` is the fallback where there is no such service.

With "hide content" on, a notification names no company and quotes nothing of any mail.
Clicking one asks the window to open that application (``activated`` signal).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
from jeepney.io.blocking import Proxy, open_dbus_connection
from PySide6.QtCore import QObject, Signal

from applytrack_desktop.core.models import ActivityItem

log = logging.getLogger(__name__)

APP_NAME = "ApplyTrack"
_NOTIFICATIONS = DBusAddress(
    "/org/freedesktop/Notifications",
    bus_name="org.freedesktop.Notifications",
    interface="org.freedesktop.Notifications",
)
NOTIFY_KINDS = frozenset({"status_changed", "application_created", "mail_received"})


@dataclass(frozen=True, slots=True)
class Notice:
    title: str
    body: str
    application_id: int | None


def notice_for(item: ActivityItem, *, show_content: bool) -> Notice | None:
    """What to tell the user about one activity entry; None for entries not worth a popup."""
    if item.kind not in NOTIFY_KINDS:
        return None
    if not show_content:
        generic = {
            "status_changed": "An application changed status.",
            "application_created": "A new application was added from your mail.",
            "mail_received": "New mail about one of your applications.",
        }[item.kind]
        return Notice(APP_NAME, generic, item.application_id)
    company, _, rest = item.title.partition(": ")
    if item.kind == "status_changed" and "→" in rest:
        before, _, after = rest.partition("→")
        return Notice(
            f"{company} — {after.strip()}",
            f"{before.strip()} → {after.strip()}",
            item.application_id,
        )
    return Notice(item.title, item.body, item.application_id)


class Notifier(QObject):
    """Sends notices without ever blocking the GUI thread."""

    activated = Signal(int)  # application id

    def __init__(
        self, fallback: Callable[[Notice], None] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fallback = fallback
        self._ids: dict[int, int] = {}  # notification id -> application id
        self._lock = threading.Lock()
        self._listener: threading.Thread | None = None
        self._listening = threading.Event()

    def notify(self, notice: Notice) -> None:
        threading.Thread(target=self._send, args=(notice,), daemon=True, name="notify").start()

    def send_now(self, notice: Notice) -> int | None:
        """Send on the calling thread; returns the notification id (None if not delivered)."""
        return self._send(notice)

    def _send(self, notice: Notice) -> int | None:
        if notice.application_id is not None:
            # Subscribe to clicks before the notification exists, so none is missed.
            self._ensure_listener()
            self._listening.wait(1.0)
        try:
            with open_dbus_connection(bus="SESSION") as conn:
                message = new_method_call(
                    _NOTIFICATIONS,
                    "Notify",
                    "susssasa{sv}i",
                    (APP_NAME, 0, "", notice.title, notice.body, ["default", "Open"], {}, -1),
                )
                reply = conn.send_and_get_reply(message, timeout=5)
                notification_id = int(reply.body[0])
        except Exception as exc:  # no session bus, no server: use Qt's balloon instead
            log.info("desktop notifications unavailable (%s)", type(exc).__name__)
            if self._fallback is not None:
                self._fallback(notice)
            return None
        if notice.application_id is not None:
            with self._lock:
                self._ids[notification_id] = notice.application_id
        return notification_id

    def _ensure_listener(self) -> None:
        with self._lock:
            if self._listener is not None:
                return
            self._listening.clear()
            self._listener = threading.Thread(target=self._listen, daemon=True, name="notify-click")
        self._listener.start()

    def _listen(self) -> None:
        rule = MatchRule(
            type="signal",
            interface="org.freedesktop.Notifications",
            member="ActionInvoked",
            path="/org/freedesktop/Notifications",
        )
        try:
            with open_dbus_connection(bus="SESSION") as conn:
                Proxy(message_bus, conn).AddMatch(rule)
                with conn.filter(rule) as queue:
                    self._listening.set()
                    while True:
                        signal = conn.recv_until_filtered(queue)
                        notification_id = int(signal.body[0])
                        with self._lock:
                            app_id = self._ids.get(notification_id)
                        if app_id is not None:
                            self.activated.emit(app_id)
        except Exception as exc:
            log.info("stopped listening for notification clicks (%s)", type(exc).__name__)
        finally:
            self._listening.set()  # never leave a sender waiting
            with self._lock:
                self._listener = None
