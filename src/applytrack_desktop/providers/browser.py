"""Opening the system browser for OAuth without waiting for it to close.

Python's ``webbrowser`` runs a ``BROWSER`` command line (``BROWSER="mybrowser %s"``) with
``GenericBrowser``, whose ``open`` *waits for the command to exit*. A browser that does the
sign-in and only then exits (a script, a text browser, a browser not yet running) would
then deadlock with us: it waits for our loopback listener to answer, and our listener
does not run until ``open`` returns. So the browser is opened on a thread of its own and
the listener serves at once, whatever kind of browser the user has.

msal opens the browser itself (``webbrowser.open`` inside its listener thread, before it
serves), so ``detached_webbrowser()`` makes ``webbrowser.open`` detached while msal signs in.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import webbrowser
from collections.abc import Callable, Iterator

log = logging.getLogger(__name__)

_lock = threading.Lock()
_depth = 0
_original: Callable[..., bool] | None = None
# Where the sign-in address goes when no browser starts (the command line prints it, so a
# user on a machine without a browser can open it elsewhere). The address holds no secret:
# the PKCE verifier and the code never leave this process.
_no_browser: Callable[[str], None] | None = None


def set_no_browser_handler(handler: Callable[[str], None] | None) -> None:
    global _no_browser
    _no_browser = handler


def _tell_user(url: str) -> None:
    handler = _no_browser
    if handler is not None:
        handler(url)


def _open_and_report(controller: webbrowser.BaseBrowser, url: str, new: int) -> None:
    try:
        if controller.open(url, new=new, autoraise=True):
            return
        log.warning("the browser command reported a failure")
    except Exception:  # a broken browser must not end the sign-in: the user can retry
        log.warning("could not start the browser", exc_info=True)
    _tell_user(url)


def open_detached(url: str, new: int = 1, autoraise: bool = True) -> bool:
    """Open ``url`` in the user's browser and return at once; False when there is none."""
    try:
        controller = webbrowser.get()
    except webbrowser.Error:
        _tell_user(url)
        return False
    threading.Thread(
        target=_open_and_report, args=(controller, url, new), name="browser", daemon=True
    ).start()
    return True


@contextlib.contextmanager
def detached_webbrowser() -> Iterator[None]:
    """While inside, ``webbrowser.open`` (as msal calls it) returns at once."""
    global _depth, _original
    with _lock:
        if _depth == 0:
            _original = webbrowser.open
            webbrowser.open = open_detached
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _original is not None:
                webbrowser.open = _original
                _original = None
