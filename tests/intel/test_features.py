"""The feature string shared by training and runtime."""

from __future__ import annotations

from datetime import UTC, datetime

from applytrack_desktop.intel.features import (
    _QUOTE_START,
    _ROLE_FORMS,
    _ROLE_WORDS,
    _TITLE_FORMS,
    _TITLE_WORDS,
    _quote_start,
    feature_text,
    normal_words,
    normalize,
    platform_for_domain,
)
from applytrack_desktop.mail.message import CalendarEvent, MailMessage
from tests.intel.corpus_sample import prepared_sample, quote_texts


def mail(**fields: object) -> MailMessage:
    base: dict[str, object] = {
        "message_id": "<f@example.com>",
        "subject": "Hello",
        "sender_name": "",
        "sender_address": "a@example.com",
        "date": datetime(2026, 1, 1, tzinfo=UTC),
        "text": "",
    }
    base.update(fields)
    return MailMessage(**base)  # type: ignore[arg-type]


def test_normalize_uses_placeholders_and_folds() -> None:
    text = "Café: see https://x.io/a?b=1, mail me@x.io, $120,000 at 10:30 AM, req 4512 & I"
    assert normalize(text) == "cafe see xurl mail xemail xmoney at xtime req xnum"


def test_letters_without_a_decomposition_fold_to_ascii_not_away() -> None:
    # NFKD leaves these letters whole, so an ASCII filter alone dropped them ("sknad").
    text = "Søknad ansøgning DESVÆRRE została Łódź Straße œuvre Þór alındı"
    assert normalize(text) == "soknad ansogning desvaerre zostala lodz strasse oeuvre thor alindi"


def test_nordic_job_words_with_their_own_letters_get_glosses() -> None:
    words = feature_text(mail(subject="Din søknad", text="Desværre har vi valgt en anden.")).split()
    assert {"application", "unfortunately"} <= set(words)


def test_platform_for_domain_and_subdomains() -> None:
    assert platform_for_domain("hire.lever.co") == ("lever", "ats")
    assert platform_for_domain("us.greenhouse-mail.io") == ("greenhouse", "ats")
    assert platform_for_domain("LinkedIn.com") == ("linkedin", "board")
    assert platform_for_domain("notlever.co") is None
    assert platform_for_domain("") is None


def test_marker_words() -> None:
    message = mail(
        subject="Re: Interview",
        sender_address="no-reply@greenhouse.io",
        headers={"list-unsubscribe": "<x>"},
        calendar=(CalendarEvent(method="REQUEST"),),
        text="Hi",
    )
    words = feature_text(message).split()
    for marker in ("xatsgreenhouse", "xkindats", "xflaglist", "xflagcalendar", "xflagreply"):
        assert marker in words
    assert "xflagcalrequest" in words


def test_html_only_body_is_read_and_quotes_dropped() -> None:
    html_only = mail(html="<p>We <b>received</b> your application</p><style>x{}</style>")
    assert "we received your application" in feature_text(html_only)
    assert "xflaghtmlonly" in feature_text(html_only)
    quoted = mail(
        text="Thanks for the update, I will look at it and talk to you soon.\n\n"
        "On Mon, Mar 2 Bob wrote:\n> offer"
    )
    assert "offer" not in feature_text(quoted).split()


def test_quoted_messages_of_other_mail_clients_are_dropped() -> None:
    lead = "Thanks for the update, I will look at it and talk to you soon.\n\n"
    for quote in (
        "On Mon, Mar 2, 2026 at 9:00 AM Bob Stone <\nbob@acme.com> wrote:\n> offer",
        "From: Bob Stone <bob@acme.com>\nSent: Monday, March 2, 2026 9:00\nTo: me\n\noffer",
        "________________________________\nFrom: Bob Stone\nSent: Monday\n\noffer",
        "-----Original Message-----\nFrom: Bob\n\noffer",
        "Le lun. 2 mars 2026 à 09:00, Bob <bob@acme.fr> a écrit :\n> offer",
        "Am Mo., 2. März 2026 um 09:00 Uhr schrieb Bob <bob@acme.de>:\n> offer",
        "El lun, 2 mar 2026 a las 9:00, Bob (<bob@acme.es>) escribió:\n> offer",
    ):
        words = feature_text(mail(text=lead + quote)).split()
        assert "offer" not in words, quote
        assert "update" in words
    # A forward carries its meaning below the header block: kept.
    forward = "From: Bob Stone <bob@acme.com>\nSent: Monday\nSubject: Offer\n\noffer"
    words = feature_text(mail(subject="FW: Offer", text=lead + forward)).split()
    assert "offer" in words
    # A line that only starts with "From:" is the message itself.
    kept = mail(text="Hello there, a note for you today.\nFrom: our team\nWe offer help")
    assert "offer" in feature_text(kept).split()


def test_reserved_example_domains_make_no_marker() -> None:
    # The corpus's made-up senders use example.com; real mail never does.
    words = feature_text(mail(sender_address="sam@mail.example.com")).split()
    assert "xdommail" in words
    assert "xdomexample" not in words


def test_output_is_ascii_words_of_two_or_more_characters() -> None:
    text = feature_text(mail(subject="Ünïcødé — ß x", text="a b cc\tdd\n\nee"))
    assert text.isascii()
    assert all(len(w) > 1 for w in text.split())
    assert "  " not in text


def test_foreign_job_words_get_english_glosses() -> None:
    text = feature_text(
        mail(subject="Votre candidature", text="Leider können wir Ihnen keine Zusage geben.")
    )
    assert text.split()[-2:] == ["application", "unfortunately"]  # glosses come last, sorted
    english = feature_text(mail(subject="Your application", text="Thanks")).split()
    assert english.count("application") == 1 and "unfortunately" not in english


def test_candidates_in_the_third_person_mark_hiring_side_mail() -> None:
    agency = feature_text(
        mail(subject="4 CVs for your Welder vacancy", text="The candidates are available now.")
    ).split()
    assert "xthirdparty" in agency and "xsecondperson" not in agency
    german = feature_text(mail(subject="Kandidaten für Ihr Team", text="Anbei drei Profile."))
    assert "xthirdparty" in german.split()


def test_mail_that_addresses_the_reader_as_the_candidate_is_second_person() -> None:
    # "other candidates" in a rejection is about the reader's rivals, not the reader's hires.
    rejection = feature_text(
        mail(
            subject="Your application",
            text="We have decided to move forward with other candidates.",
        )
    ).split()
    assert "xsecondperson" in rejection and "xthirdparty" not in rejection
    french = feature_text(mail(subject="Votre candidature", text="Merci.")).split()
    assert "xsecondperson" in french
    plain = feature_text(mail(subject="Lunch", text="See you at noon.")).split()
    assert "xsecondperson" not in plain and "xthirdparty" not in plain


def test_title_and_role_markers() -> None:
    job = feature_text(mail(subject="Interview", text="for the Senior Data Engineer role"))
    assert "xtitleword" in job.split() and "xroleword" in job.split()
    loan = feature_text(mail(subject="Your loan application", text="has been approved"))
    assert "xtitleword" not in loan.split() and "xroleword" not in loan.split()


def test_title_and_role_nouns_are_whole_words_plural_or_not() -> None:
    def markers(text: str) -> set[str]:
        return set(feature_text(mail(subject="Hi", text=text)).split()) & {
            "xtitleword",
            "xroleword",
        }

    assert markers("two open positions for engineers") == {"xtitleword", "xroleword"}
    assert markers("Internships and jobs") == {"xtitleword", "xroleword"}
    assert markers("poste de chef de projet") == {"xtitleword", "xroleword"}
    # Inside a longer word, or with more than one "s", they are not the noun.
    assert markers("leadership engineering jobss repositioning") == set()


def test_noun_forms_are_the_nouns_and_their_plurals_in_s() -> None:
    # feature_text tests a message's words against these sets at once; a word counts when it
    # is a noun, or a noun followed by one "s" (the rule the sets stand for).
    words = {w for p in prepared_sample() for w in normal_words(f"{p.subject} {p.body}")}
    words |= {"s", "ss", "leads", "leadss", "roles", "roless", "sroles", "jobs"}
    for nouns, forms in ((_TITLE_WORDS, _TITLE_FORMS), (_ROLE_WORDS, _ROLE_FORMS)):
        found = {w for w in words if w in nouns or (w[-1] == "s" and w[:-1] in nouns)}
        assert {w for w in words if w in forms} == found
        assert any(w not in nouns for w in found)  # plurals were among the words


def test_normal_words_are_the_words_of_normalize() -> None:
    for p in prepared_sample():
        for text in (p.subject, p.body, "Ünïcødé ² 10:30 am $5 www.x.io a@b.io"):
            assert " ".join(normal_words(text)) == normalize(text)
            assert all(w and " " not in w for w in normal_words(text))


def test_a_blank_text_part_counts_as_none() -> None:
    html = "<p>Your interview</p>"
    for text in ("", " \n\t ", "\u00a0\u2003"):  # blanks as str.strip sees them
        words = feature_text(mail(text=text, html=html)).split()
        assert "xflaghtmlonly" in words and "interview" in words
    assert "xflaghtmlonly" not in feature_text(mail(text=" ok ", html=html)).split()


def test_cue_markers_for_body_and_subject() -> None:
    words = feature_text(
        mail(
            subject="Update on your application",
            text="Unfortunately, we have decided to move forward with other candidates.",
        )
    ).split()
    assert "xcuereject" in words and "xcueregret" in words
    assert "xscuereject" not in words  # the subject says nothing of the kind
    assert "xscuestatus" in words and "xcuestatus" in words
    plain = feature_text(mail(subject="Photos", text="Here are the photos from Saturday.")).split()
    assert not [w for w in plain if w.startswith(("xcue", "xscue"))]


def test_more_languages_get_glosses() -> None:
    text = feature_text(mail(subject="Colloquio", text="Helaas, infelizmente"))
    assert text.split()[-2:] == ["interview", "unfortunately"]


def test_quote_start_is_the_first_line_start_match() -> None:
    texts = quote_texts()
    found = 0
    for text in texts:
        for cut in (text, text[:4000], text[1:]):
            match = _QUOTE_START.search(cut)
            assert _quote_start(cut) == (-1 if match is None else match.start())
            found += match is not None
    assert found > 1000


def test_platforms_and_their_kinds_come_from_the_platform_table() -> None:
    # Since feature version 15: every platform the company extractor knows, with its kind.
    assert platform_for_domain("candidate.tal.net") == ("oleeo", "ats")
    assert platform_for_domain("noreply.hirevue.com") == ("hirevue", "video")
    assert platform_for_domain("s.seek.com.au") == ("seek", "board")
    assert platform_for_domain("na2.docusign.net") == ("docusign", "signing")
    assert platform_for_domain("mail.hellowork.example") == ("hellowork", "board")
    assert platform_for_domain("acme.example") is None
    assert platform_for_domain("mail.acme.com") is None


def test_every_platform_kind_is_one_the_features_know() -> None:
    from applytrack_desktop.intel.platform_table import PLATFORM_DOMAINS, PLATFORM_KINDS

    kinds = {"ats", "board", "assessment", "video", "screening", "scheduling", "signing"}
    kinds.add("meeting")
    assert set(PLATFORM_KINDS.values()) <= kinds
    assert set(PLATFORM_KINDS) <= set(PLATFORM_DOMAINS.values())  # no kind for a stray key


def test_quoted_history_is_cut_in_more_languages() -> None:
    # Since feature version 16 (Italian, Dutch, Portuguese, Nordic, Polish quote lines).
    new = "Ciao Robin, grazie mille per la risposta, a presto."  # more than a bare "FYI"
    for marker in (
        "Il giorno lun 2 mar 2026 alle ore 10:00 Giulia Rossi <g@acme.it> ha scritto:",
        "Em seg., 2 de mar. de 2026 às 10:00, Ana Souza <ana@acme.com.br> escreveu:",
        "Den mån 2 mars 2026 kl 10:00 skrev Anna Berg <anna@acme.se>:",
        "Van: Jan de Vries <jan@acme.nl>\nVerzonden: maandag 2 maart 2026 10:00",
    ):
        text = feature_text(mail(text=f"{new}\n\n{marker}\ncolloquio offerta"))
        assert "colloquio" not in text.split()
        assert "grazie" in text.split()
