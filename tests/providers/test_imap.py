"""The IMAP provider against a real Dovecot: TLS, login, read-only walking, cursors, errors.

Resume-after-crash and the other cross-provider promises are in the conformance suite;
these tests cover what only IMAP has (folders, UIDVALIDITY, STARTTLS, XOAUTH2, flags).
"""

from __future__ import annotations

import socket
import ssl
from datetime import UTC, datetime, timedelta

import pytest

from applytrack_desktop.core.errors import AuthError, NetworkError, StaleCursorError
from applytrack_desktop.providers import imap
from applytrack_desktop.providers.base import Page, SyncRequest
from applytrack_desktop.providers.imap import PASSWORD_SECRET, ImapProvider
from applytrack_desktop.providers.imap_cursor import decode_uids, encode_uids
from applytrack_desktop.providers.secrets import MemorySecrets
from tests.fakes.dovecot import Dovecot, ImapAccount
from tests.providers.conformance import make_message, message_id_of

SINCE = datetime.now(UTC) - timedelta(days=180)


def provider_for(account: ImapAccount, **kwargs: object) -> ImapProvider:
    secrets = MemorySecrets()
    secrets.set(PASSWORD_SECRET, account.password)
    options: dict[str, object] = {
        "secrets": secrets,
        "port": account.server.port,
        "ssl_context": account.server.ssl_context,
    }
    options.update(kwargs)
    return ImapProvider("127.0.0.1", account.user, **options)  # type: ignore[arg-type]


def sync(provider: ImapProvider, cursor: str | None = None, **kwargs: object) -> list[Page]:
    request = SyncRequest(cursor=cursor, since=SINCE, **kwargs)  # type: ignore[arg-type]
    return list(provider.pages(request))


def message_ids(pages: list[Page]) -> list[str]:
    return [message_id_of(m.raw) for p in pages for m in p.messages]


def test_first_sync_reads_inbox_and_children_within_the_window(imap_account: ImapAccount) -> None:
    imap_account.append(make_message(1))
    imap_account.append(make_message(2), folder="INBOX.Jobs")
    imap_account.append(make_message(3), folder="Archive")  # not under INBOX: not watched
    old = datetime.now(UTC) - timedelta(days=400)
    imap_account.append(make_message(4), when=old)  # before the first-sync window
    pages = sync(provider_for(imap_account))
    assert sorted(message_ids(pages)) == sorted([message_id_of(make_message(n)) for n in (1, 2)])
    folders = {m.folder for p in pages for m in p.messages}
    assert folders == {"INBOX", "INBOX.Jobs"}
    assert pages[-1].total == 2


def test_sent_junk_trash_and_drafts_under_inbox_are_not_read(imap_account: ImapAccount) -> None:
    # The "INBOX." namespace of Courier-style servers: every folder is a child of INBOX.
    imap_account.append(make_message(1))
    for n, folder in enumerate(("INBOX.Sent", "INBOX.Junk", "INBOX.Trash", "INBOX.Drafts"), 2):
        imap_account.append(make_message(n), folder=folder)
    imap_account.append(make_message(6), folder="INBOX.Sent.2025")
    imap_account.append(make_message(7), folder="INBOX.Applications")
    pages = sync(provider_for(imap_account))
    assert {m.folder for p in pages for m in p.messages} == {"INBOX", "INBOX.Applications"}
    assert sorted(message_ids(pages)) == sorted(message_id_of(make_message(n)) for n in (1, 7))


def test_sync_changes_nothing_on_the_server(imap_account: ImapAccount) -> None:
    for n in range(5):
        imap_account.append(make_message(n))
    before = imap_account.snapshot()
    assert all(b"\\Seen" not in flags for flags in before.values())
    pages = sync(provider_for(imap_account, page_size=2))
    assert len(message_ids(pages)) == 5
    assert imap_account.snapshot() == before  # same messages, same flags: no \Seen set
    # The server saw no STORE/COPY/EXPUNGE. Its log is written a moment late and in order, so
    # make one change, wait until it shows, and then every logged change must be that one.
    imap_account.expunge(1)
    changes = imap_account.wait_for_changes()
    assert changes != []
    assert all("uid=1," in line or line.rstrip().endswith("uid=1") for line in changes), changes


def test_pages_are_bounded_and_count_progress(imap_account: ImapAccount) -> None:
    for n in range(5):
        imap_account.append(make_message(n))
    provider = provider_for(imap_account, page_size=2, body_chunk=1)
    pages = sync(provider)
    assert [len(p.messages) for p in pages] == [2, 2, 1]
    assert [p.done for p in pages] == [2, 4, 5]
    assert provider.stats.bodies == 5
    # Newest first: the first page holds the two most recent UIDs.
    first = {m.provider_id.rsplit(":", 1)[1] for m in pages[0].messages}
    assert first == {"4", "5"}


def test_large_bodies_cut_pages_early_without_losing_mail(
    imap_account: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imap, "PAGE_BYTES", 1)  # every wanted body fills a page on its own
    for n in range(3):
        imap_account.append(make_message(n))
    provider = provider_for(imap_account, page_size=10)
    pages = sync(provider)
    assert [len(p.messages) for p in pages] == [1, 1, 1]
    assert sorted(message_ids(pages)) == sorted(message_id_of(make_message(n)) for n in range(3))
    resumed = sync(provider_for(imap_account, page_size=10), pages[0].cursor)
    assert len(message_ids(resumed)) == 2


def test_unwanted_mail_is_skipped_without_fetching_its_body(imap_account: ImapAccount) -> None:
    imap_account.append(make_message(1, subject="Interview invitation"))
    imap_account.append(make_message(2, subject="Weekly newsletter"))
    provider = provider_for(imap_account)
    pages = sync(provider, wanted=lambda h: "newsletter" not in h.subject.lower())
    assert message_ids(pages) == [message_id_of(make_message(1, subject="Interview invitation"))]
    assert len([s for p in pages for s in p.skipped]) == 1
    assert provider.stats.headers == 2
    assert provider.stats.bodies == 1


def test_idle_resync_yields_nothing_and_new_mail_comes_next(imap_account: ImapAccount) -> None:
    imap_account.append(make_message(1))
    cursor = sync(provider_for(imap_account))[-1].cursor
    idle = provider_for(imap_account)
    assert sync(idle, cursor) == []
    assert idle.stats.bodies == 0
    imap_account.append(make_message(2), folder="INBOX.Jobs")
    pages = sync(provider_for(imap_account), cursor)
    assert message_ids(pages) == [message_id_of(make_message(2))]


def test_expunged_mail_is_reported_deleted(imap_account: ImapAccount) -> None:
    uids = [imap_account.append(make_message(n)) for n in range(3)]
    first = sync(provider_for(imap_account))
    ids = {message_id_of(m.raw): m.provider_id for p in first for m in p.messages}
    imap_account.expunge(uids[1])
    pages = sync(provider_for(imap_account), first[-1].cursor)
    assert [d for p in pages for d in p.deleted] == [ids[message_id_of(make_message(1))]]
    assert sync(provider_for(imap_account), pages[-1].cursor) == []


def test_new_uidvalidity_resyncs_that_folder_without_error(imap_account: ImapAccount) -> None:
    imap_account.append(make_message(1))
    imap_account.append(make_message(2), folder="INBOX.Jobs")
    cursor = sync(provider_for(imap_account))[-1].cursor
    with imap_account.client() as client:  # recreating a folder gives it a new UIDVALIDITY
        client.delete_folder("INBOX.Jobs")
    imap_account.append(make_message(2), folder="INBOX.Jobs")
    pages = sync(provider_for(imap_account), cursor)
    assert message_ids(pages) == [message_id_of(make_message(2))]
    assert pages[0].messages[0].folder == "INBOX.Jobs"


def test_starttls_and_xoauth2(dovecot: Dovecot) -> None:
    account = dovecot.new_account()
    account.append(make_message(7))
    provider = ImapProvider(
        "127.0.0.1",
        account.user,
        port=dovecot.starttls_port,
        security="starttls",
        access_token=lambda: account.password,
        ssl_context=dovecot.ssl_context,
    )
    assert message_ids(sync(provider)) == [message_id_of(make_message(7))]
    provider = ImapProvider(
        "127.0.0.1",
        account.user,
        port=dovecot.starttls_port,
        security="starttls",
        access_token=lambda: "expired-token",
        ssl_context=dovecot.ssl_context,
    )
    with pytest.raises(AuthError):
        sync(provider)


def test_production_context_trusts_a_ca_from_ssl_cert_file(
    imap_account: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    """How the CLI end-to-end tests reach Dovecot: the default context reads SSL_CERT_FILE."""
    imap_account.append(make_message(1))
    monkeypatch.setenv("SSL_CERT_FILE", str(imap_account.server.ca_file))
    provider = provider_for(imap_account, ssl_context=ssl.create_default_context)
    assert message_ids(sync(provider)) == [message_id_of(make_message(1))]


def test_wrong_or_missing_password_needs_reconnect(imap_account: ImapAccount) -> None:
    secrets = MemorySecrets()
    secrets.set(PASSWORD_SECRET, "not-the-password")
    with pytest.raises(AuthError):
        sync(provider_for(imap_account, secrets=secrets))
    with pytest.raises(AuthError):
        sync(provider_for(imap_account, secrets=MemorySecrets()))
    with pytest.raises(AuthError):
        provider_for(imap_account, secrets=secrets).verify()
    provider_for(imap_account).verify()  # the right password passes


def test_untrusted_certificate_and_closed_port_are_network_errors(
    imap_account: ImapAccount,
) -> None:
    with pytest.raises(NetworkError, match="certificate"):
        sync(provider_for(imap_account, ssl_context=ssl.create_default_context))
    closed = ImapProvider("127.0.0.1", "x@example.test", secrets=MemorySecrets(), port=1)
    with pytest.raises(NetworkError):
        sync(closed)


def test_a_silent_server_times_out_as_a_network_error() -> None:
    with socket.socket() as listener:  # accepts, never greets
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        secrets = MemorySecrets()
        secrets.set(PASSWORD_SECRET, "pw")
        provider = ImapProvider(
            "127.0.0.1", "x@example.test", secrets=secrets, port=port, timeout=0.3
        )
        with pytest.raises(NetworkError, match="in time"):
            sync(provider)


def test_unreadable_cursor_is_stale(imap_account: ImapAccount) -> None:
    with pytest.raises(StaleCursorError):
        sync(provider_for(imap_account), "{not json")


def test_uid_sets_round_trip() -> None:
    uids = [1, 2, 3, 7, 9, 10, 42]
    assert encode_uids(uids) == "1:3,7,9:10,42"
    assert decode_uids(encode_uids(uids)) == uids
    assert decode_uids("") == []
