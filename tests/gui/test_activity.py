"""The notification bell: unread badge, the activity drop-down, clicking through."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from applytrack_desktop.gui.activity import ApplicationIdRole, badge_text
from applytrack_desktop.store import activity as activity_q


def _record(service: Any, title: str, app_id: int | None = None) -> None:
    # The sync writes activity; the service has no public writer for it, so write as it does.
    service.store.write(
        lambda conn: activity_q.insert(conn, "status_changed", title, application_id=app_id)
    )


def test_badge_text() -> None:
    assert badge_text(0) == ""
    assert badge_text(7) == "7"
    assert badge_text(150) == "99+"


def test_bell_shows_unread_and_marks_read_on_open(qtbot: Any, window: Any, service: Any) -> None:
    app = service.create_application("Acme", "Data Engineer")
    window.reload()
    bell = window.bell
    assert bell.unread == 0
    assert bell.accessibleName() == "Notifications"
    _record(service, "Acme: Applied → Interviewing", app.id)
    _record(service, "New application: Globex")
    bell.refresh()
    assert bell.unread == 2
    assert "2 unread" in bell.accessibleName()
    QTest.mouseClick(bell, Qt.MouseButton.LeftButton)
    popup = bell.popup
    assert popup.isVisible()
    assert popup.list.count() == 2
    titles = {popup.list.item(i).text() for i in range(popup.list.count())}
    assert titles == {"Acme: Applied → Interviewing", "New application: Globex"}
    assert service.unread_count() == 0
    assert bell.unread == 0
    # Clicking the entry of an application opens it.
    row = next(i for i in range(popup.list.count()) if popup.list.item(i).data(ApplicationIdRole))
    with qtbot.waitSignal(bell.open_requested) as blocker:
        popup.list.itemClicked.emit(popup.list.item(row))
    assert blocker.args == [app.id]
    assert window.detail.isVisible()
    assert window.detail.title.text() == "Acme"


def test_empty_feed_says_so(qtbot: Any, window: Any) -> None:
    window.bell.show_popup()
    assert window.bell.popup.empty.isVisible()
    assert not window.bell.popup.list.isVisible()


def test_bell_polls_only_while_shown(qtbot: Any, window: Any) -> None:
    assert window.bell.polling
    window.close()
    assert not window.bell.polling


def test_bell_reads_nothing_while_the_store_is_replaced(
    qtbot: Any, window: Any, monkeypatch: Any
) -> None:
    # Deleting everything or a new key closes the store in a worker thread while the window
    # stays on screen behind the dialog: the 10 s poll must not read it meanwhile.
    reads: list[int] = []

    def unread_count() -> int:
        reads.append(1)
        return 0

    monkeypatch.setattr(window.service, "unread_count", unread_count)
    window.suspend()
    assert not window.bell.polling
    window.bell.hide()
    window.bell.show()  # shown again: still quiet
    assert not window.bell.polling
    window.bell.refresh()
    assert reads == []
    window.reopened()
    assert window.bell.polling
    assert reads  # the count is read again once the store is back
