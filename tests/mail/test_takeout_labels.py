"""Reading a Google Takeout message's Gmail labels and the ones an import skips."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from applytrack_desktop.mail.takeout_labels import SKIPPED_LABELS, gmail_labels, skipped_label


def raw(labels_header: str | None, body: str = "Hello.") -> bytes:
    head = "From: a@example.com\r\nSubject: Hi\r\n"
    if labels_header is not None:
        head += labels_header + "\r\n"
    return (head + "\r\n" + body).encode()


def test_labels_are_read_from_the_header() -> None:
    message = raw("X-Gmail-Labels: Inbox,Important,Opened,Category Updates")
    assert gmail_labels(message) == {"inbox", "important", "opened", "category updates"}
    assert skipped_label(message) is None


def test_sent_spam_trash_drafts_and_chats_are_skipped() -> None:
    for label in ("Sent", "Spam", "Trash", "Drafts", "Chat"):
        assert skipped_label(raw(f"X-Gmail-Labels: Opened,{label}")) == label.lower()


def test_a_folded_header_and_a_quoted_label_with_a_comma() -> None:
    message = raw('X-Gmail-Labels: Inbox,"Jobs, 2026",\r\n Archived,Sent')
    assert gmail_labels(message) == {"inbox", "jobs, 2026", "archived", "sent"}
    assert skipped_label(message) == "sent"


def test_a_user_label_that_only_contains_a_system_word_is_not_skipped() -> None:
    assert skipped_label(raw("X-Gmail-Labels: Inbox,Sent applications,Spam filter test")) is None


def test_an_encoded_label_is_decoded() -> None:
    message = raw("X-Gmail-Labels: =?UTF-8?Q?Bewerbungen_M=C3=BCnchen?=,Inbox")
    assert "bewerbungen münchen" in gmail_labels(message)


def test_mail_without_labels_or_with_them_only_in_the_body_is_kept() -> None:
    assert gmail_labels(raw(None)) == frozenset()
    assert skipped_label(raw(None, body="X-Gmail-Labels: Spam\r\n")) is None


@given(st.binary(max_size=400))
def test_any_bytes_give_an_answer(data: bytes) -> None:
    labels = gmail_labels(data)
    assert all(label == label.lower() for label in labels)
    assert skipped_label(data) in SKIPPED_LABELS | {None}
