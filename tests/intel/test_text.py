"""The extraction view: quoted replies cut, blanks squeezed, size capped, sentences split."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from applytrack_desktop.intel.text import (
    _QUOTE_START,
    MAX_EXTRACT_CHARS,
    KeywordGate,
    Prepared,
    _quote_start,
    clean_body,
    line_spans,
    quoted_part,
    strip_quoted,
    unwrap_forward,
)
from applytrack_desktop.mail.message import MailMessage
from tests.intel.corpus_sample import quote_texts


def test_quoted_reply_is_cut() -> None:
    text = "Thanks, see you then.\n\nOn Mon, Mar 2, 2026 at 10:00 AM Jane <j@x.com> wrote:\n> old"
    assert strip_quoted(text) == "Thanks, see you then.\n\n"


def test_outlook_and_german_quotes_are_cut() -> None:
    new = "See you on Friday."
    assert strip_quoted(f"{new}\nFrom: Jane\nSent: Monday\nOld").strip() == new
    assert strip_quoted(f"{new}\nAm 2. März 2026 schrieb Jane:\nAlt").strip() == new


def test_clean_body_squeezes_and_caps() -> None:
    body = clean_body("a\u00a0\u00a0 b\r\n\r\n\r\n\r\nc" + "x" * (MAX_EXTRACT_CHARS * 2))
    assert body.startswith("a b\n\nc")
    assert len(body) == MAX_EXTRACT_CHARS


def test_sentences_split_on_ends_and_lines_not_german_dates() -> None:
    prepared = Prepared("", "Hi Sam. Bitte bis zum 13. März antworten! Danke\nJane")
    assert prepared.sentences() == ["Hi Sam.", "Bitte bis zum 13. März antworten!", "Danke", "Jane"]


def test_hard_wrapped_paragraphs_are_joined_short_lines_kept() -> None:
    text = (
        "Thank you for applying! We have received your application for the\n"
        "Senior Data Engineer position and our team is reviewing it now, and we\n"
        "will be in touch.\n\nBest,\nJane\nRecruiter\n- item one\n"
    )
    assert clean_body(text) == (
        "Thank you for applying! We have received your application for the "
        "Senior Data Engineer position and our team is reviewing it now, and we "
        "will be in touch.\n\nBest,\nJane\nRecruiter\n- item one"
    )


def test_form_fields_are_never_joined_as_a_wrapped_paragraph() -> None:
    text = (
        "Project Coordinator - Elective Recovery Programme\n"
        "Employer: Northbank Teaching Hospitals NHS Foundation Trust\n"
        "Job reference: C9312-26-0418\n"
    )
    assert clean_body(text).splitlines()[1:] == [
        "Employer: Northbank Teaching Hospitals NHS Foundation Trust",
        "Job reference: C9312-26-0418",
    ]


def test_the_readers_own_headline_is_dropped_links_kept() -> None:
    text = (
        "Your application was sent to Cobalt Ridge Games\n\n"
        "Software Developer (https://www.linkedin.com/comm/jobs/view/39844)\n\n"
        "This email was intended for Maya Okafor (Software Engineer II at Arbutus Software). "
        "Learn why we included this.\nUnsubscribe"
    )
    body = clean_body(text)
    assert "Arbutus" not in body and "Unsubscribe" in body
    # Links stay: platform tenants, posting ids and the sending platform are read from them.
    assert "linkedin.com/comm/jobs/view/39844" in body


def test_a_bare_forward_keeps_the_forwarded_message() -> None:
    text = (
        "FYI\n\n---------- Forwarded message ---------\nFrom: Acme <jobs@acme.com>\n"
        "Thank you for applying to Acme."
    )
    assert "Thank you for applying to Acme." in strip_quoted(text)
    reply = "FYI\n\nOn Mon, Mar 2, 2026 at 10:00 AM Jane wrote:\n> Can you do Friday?"
    assert strip_quoted(reply) == "Can you do Friday?"


def _mail(subject: str, text: str) -> MailMessage:
    return MailMessage(
        message_id="<f@test>",
        subject=subject,
        sender_name="Robin Ashe",
        sender_address="robin.ashe@gmail.com",
        date=datetime(2026, 4, 2, tzinfo=UTC),
        text=text,
    )


def test_a_forward_is_read_as_the_forwarded_message() -> None:
    text = (
        "fwd to my main inbox so I don't lose it\n\n---------- Forwarded message ---------\n"
        "From: Redfern Manufacturing <notification@jobvite.com>\n"
        "Date: Thu, Apr 2, 2026 at 4:17 PM\nSubject: Application Confirmation\n"
        "To: <robin@outlook.com>\n\nDear Robin,\n\nThank you for your interest."
    )
    inner = unwrap_forward(_mail("Fwd: Application Confirmation", text))
    assert inner.sender_name == "Redfern Manufacturing"
    assert inner.sender_address == "notification@jobvite.com"
    assert inner.subject == "Application Confirmation"
    assert inner.text.strip().startswith("Dear Robin,")


def test_forward_markers_in_other_languages() -> None:
    text = (
        "zur Info\n\n-------- Weitergeleitete Nachricht --------\n"
        "Von: Vogt Elektronik <karriere@vogt-elektronik.de>\nBetreff: Ihre Bewerbung\n\nHallo"
    )
    inner = unwrap_forward(_mail("WG: Ihre Bewerbung", text))
    assert (inner.sender_address, inner.subject) == (
        "karriere@vogt-elektronik.de",
        "Ihre Bewerbung",
    )


def test_a_reply_with_quoted_history_is_not_a_forward() -> None:
    reply = _mail(
        "RE: Interview",
        "Friday works.\n\n-----Original Message-----\nFrom: Jane <jane@acme.com>\n"
        "Subject: Interview\n\nCan you do Friday?",
    )
    assert unwrap_forward(reply) is reply
    plain = _mail("Hello", "No forward here.")
    assert unwrap_forward(plain) is plain


_OUTLOOK_BLOCK = (
    "\n\n________________________________\nFrom: Anchor Point <no-reply@ashbyhq.com>\n"
    "Sent: Sunday, May 18, 2025 10:54 AM\nTo: Luis Ortega <luis.ortega@yahoo.com>\n"
    "Subject: Application received - Graphic Designer\n\nYour application was sent to "
    "Anchor Point."
)


def test_an_outlook_forward_is_read_as_the_forwarded_message() -> None:
    inner = unwrap_forward(
        _mail("FW: Application received - Graphic Designer", "applied today" + _OUTLOOK_BLOCK)
    )
    assert (inner.sender_name, inner.sender_address) == ("Anchor Point", "no-reply@ashbyhq.com")
    assert inner.subject == "Application received - Graphic Designer"
    # The same rule under an Outlook reply is quoted history, not a forward.
    reply = _mail("RE: Application received", "Thanks!" + _OUTLOOK_BLOCK)
    assert unwrap_forward(reply) is reply


def test_keyword_gate_finds_exactly_the_keywords_in_the_text() -> None:
    gate = KeywordGate([("appl", "application", " with ", "on"), ("position of", "tion")])
    texts = ["", "Application", "application with the position of", "reapply", "x on y", "tio"]
    for text in (t.lower() for t in texts):
        assert gate.found(text) == frozenset(k for k in gate.keywords if k in text), text


def test_line_spans_are_the_lines_holding_a_keyword_or_the_whole_text() -> None:
    text = "Hello\nWe applied to Acme\nnothing\napply now"
    low = text.lower()
    assert line_spans(low, text, ("appl",)) == [(6, 24), (33, 42)]
    assert line_spans(low, text, ("zzz",)) == []
    many = "\n".join(["apply"] * 6)
    assert line_spans(many, many, ("apply",)) == [(0, len(many))]


def test_quote_start_is_the_first_line_start_match() -> None:
    found = 0
    for text in quote_texts():
        for cut in (text, text[:4000], text[1:]):
            match = _QUOTE_START.search(cut)
            assert _quote_start(cut) == (-1 if match is None else match.start())
            found += match is not None
    assert found > 1000


def test_quoted_part_is_the_answered_message_without_its_quoting() -> None:
    text = "Thanks, we went another way.\n\nOn Mon, Jane wrote:\n> Hi,\n> Data Engineer\n"
    assert quoted_part(text) == "Hi,\nData Engineer\n"


def test_quoted_part_is_empty_without_a_quote_or_when_the_quote_is_the_content() -> None:
    assert quoted_part("Thanks, we went another way.") == ""
    assert quoted_part("FYI\nOn Mon, Jane wrote:\n> Application - Data Engineer\n") == ""


@pytest.mark.parametrize(
    "marker",
    [
        "Il giorno lun 2 mar 2026 alle ore 10:00 Giulia Rossi <g.rossi@acme.it> ha scritto:",
        "Op ma 2 mrt 2026 om 10:00 schreef Jan de Vries <jan@acme.nl>:",
        "Em seg., 2 de mar. de 2026 às 10:00, Ana Souza <ana@acme.com.br> escreveu:",
        "Den mån 2 mars 2026 kl 10:00 skrev Anna Berg <anna@acme.se>:",
        "man. 2. mar. 2026 kl. 10:00 skrev Ola Nordmann <ola@acme.no>:",
        "pon., 2 mar 2026 o 10:00 Anna Kowalska <anna@acme.pl> napisał(a):",
        "Von: Jana Müller <jana@acme.de>\nGesendet: Montag, 2. März 2026 10:00",
        "De : Marie Dupont <marie@acme.fr>\nEnvoyé : lundi 2 mars 2026 10:00",
        "De: Ana Ruiz <ana@acme.es>\nEnviado el: lunes, 2 de marzo de 2026 10:00",
        "Da: Giulia Rossi <g@acme.it>\nInviato: lunedì 2 marzo 2026 10:00",
        "Van: Jan de Vries <jan@acme.nl>\nVerzonden: maandag 2 maart 2026 10:00",
        "Från: Anna Berg <anna@acme.se>\nSkickat: den 2 mars 2026 10:00",
        "Fra: Ola Nordmann <ola@acme.no>\nSendt: mandag 2. mars 2026 10:00",
        "Od: Anna Kowalska <anna@acme.pl>\nWysłano: poniedziałek, 2 marca 2026 10:00",
        "-------- Messaggio originale --------",
        "---------- Doorgestuurd bericht ---------",
        "----- Wiadomość oryginalna -----",
    ],
)
def test_quoted_history_is_cut_in_other_languages(marker: str) -> None:
    # Until 2026-11-29 these were read as new text: the quoted invitation's dates became the
    # reply's deadlines.
    new = "Grazie, ci vediamo lunedì."
    text = f"{new}\n\n{marker}\n> Colloquio il 5 marzo alle 10:00, conferma entro il 3 marzo."
    assert strip_quoted(text).strip() == new


@pytest.mark.parametrize(
    "line",
    [
        "Jeg skrev til dig i går: vi ses på mandag.",  # "skrev" with no quoted address
        "Wczoraj Anna napisała: dziękuję za rozmowę.",
        "Op maandag om 10:00 schreef ik je al: prima.",  # the Dutch marker ends its line
        "Em breve escreveu: tudo certo.",
        "De: la part de l'équipe recrutement, merci.",  # "De:" without an Outlook block
    ],
)
def test_everyday_sentences_with_those_verbs_are_not_quotes(line: str) -> None:
    text = f"Hello Robin,\n{line}\nThe interview is on Friday at 10:00."
    assert strip_quoted(text) == text
