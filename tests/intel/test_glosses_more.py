"""Nordic, Polish and Afrikaans job words get English glosses in the features."""

from __future__ import annotations

from datetime import UTC, datetime

from applytrack_desktop.intel import glosses_more
from applytrack_desktop.intel.features import GLOSSES, feature_text
from applytrack_desktop.intel.letters import fold
from applytrack_desktop.mail.message import MailMessage


def mail(subject: str, text: str) -> MailMessage:
    return MailMessage(
        message_id="<g@example.com>",
        subject=subject,
        sender_name="",
        sender_address="a@example.com",
        date=datetime(2026, 1, 1, tzinfo=UTC),
        text=text,
    )


def test_keys_are_folded_words_and_merged_into_the_feature_glosses() -> None:
    for word, gloss in glosses_more.MORE.items():
        assert fold(word) == word and word.isalpha() and gloss.isalpha()
        assert GLOSSES[word] == gloss


def test_scandinavian_and_polish_mail_borrows_english_evidence() -> None:
    swedish = feature_text(mail("Din ansökan", "Tyvärr har vi valt en annan kandidat."))
    # (the glosses close the text; "kandidat" is glossed since version 23, by the Indonesian
    # word, which is the Swedish one too)
    assert swedish.split()[-3:] == ["application", "candidate", "unfortunately"]
    polish = feature_text(mail("Zaproszenie na rozmowę", "Niestety"))
    assert {"invitation", "interview", "unfortunately"} <= set(polish.split())


def test_afrikaans_mail_borrows_english_evidence_but_dutch_maintenance_does_not() -> None:
    afrikaans = feature_text(
        mail("Jou aansoek", "Ongelukkig is jy nie vir die posisie kortgelys nie.")
    )
    assert {"application", "unfortunately", "position", "shortlisted"} <= set(afrikaans.split())
    dutch = feature_text(
        mail("Gepland onderhoud", "Wegens onderhoud is de dienst niet bereikbaar.")
    )
    assert "interview" not in dutch.split()
