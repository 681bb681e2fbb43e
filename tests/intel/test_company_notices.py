"""The notices that name an employer in their own way: agency answers, 'viewed by', e-signatures."""

from __future__ import annotations

from applytrack_desktop.intel.company_notices import (
    client_in_subject,
    client_names,
    document_parts,
    esign_people,
    message_from_names,
    requester_hosts,
    viewed_by_names,
)
from applytrack_desktop.intel.text import Prepared


def test_an_agency_reports_back_from_its_client_never_a_person() -> None:
    found = client_names(Prepared("Update", "Just heard back from Brightwater Labs - sorry."))
    assert found == ["Brightwater Labs"]
    assert client_names(Prepared("Update", "Just heard back from Sarah Jones today.")) == []
    assert client_names(Prepared("Hello", "Nothing to report.")) == []


def test_a_job_networks_viewed_notice() -> None:
    prepared = Prepared("Your application was viewed by Hooli", "Hooli viewed your application.")
    assert viewed_by_names(prepared) == ["Hooli", "Hooli"]
    assert viewed_by_names(Prepared("Your application was sent to Hooli", "Good luck!")) == []


def test_the_signed_documents_name_quoted_after_signature_on_or_a_colon() -> None:
    quoted = Prepared('You\'ve been asked to sign "Acme - Offer Letter"', "")
    assert document_parts(quoted) == ["Acme", "Offer Letter"]
    signed = Prepared("Jo Doe has requested your signature on Acme - Offer - Okafor", "")
    assert document_parts(signed) == ["Acme", "Offer", "Okafor"]
    colon = Prepared("Complete with Docusign: Globex Offer Letter", "")
    assert document_parts(colon) == ["Globex Offer Letter"]


def test_who_sent_an_esignature_request() -> None:
    body = "Bianca Ali sent you a document.\n\nBianca Ali\nbianca@redwoodstudios.io\n"
    assert requester_hosts(body) == ["redwoodstudios.io"]
    assert esign_people(body) == {"bianca"}
    assert esign_people("Please sign.\n\nMessage from Isabel: thanks") == {"isabel"}


def test_the_name_an_esignature_service_sends_as_is_a_person_when_it_sent_the_document() -> None:
    body = "Bianca Kowalski sent you a document to review and sign.\n\nOffer Letter - Claire"
    assert "bianca" in esign_people(body, "Bianca Kowalski via Dropbox Sign")
    # An employer sending as itself, or a name the notice does not say sent it, stays.
    labs = "Hexagon Labs has sent you an envelope to review and sign."
    assert "hexagon" not in esign_people(labs, "Hexagon Labs via DocuSign")
    amber = "Amber has sent you an envelope to review and sign."
    assert "ngozi" not in esign_people(amber, "Ngozi Weber via DocuSign")


def test_a_networks_message_notice_names_the_employer_never_a_person() -> None:
    assert message_from_names(Prepared("New message from Octave", "Hi.")) == ["Octave"]
    sent = Prepared("Alexis Torres from Spotify sent you a message", "Reply on Handshake.")
    assert message_from_names(sent) == ["Spotify"]
    meet = Prepared("Hexagon Labs wants to meet you", "Hexagon Labs wants to meet you.")
    assert message_from_names(meet) == ["Hexagon Labs", "Hexagon Labs"]
    inmail = Prepared("New message from Victor Fernández", "Hi Sam, quick question.")
    assert message_from_names(inmail, "Victor Fernández via LinkedIn") == []
    assert message_from_names(Prepared("New message from Jane Doe", "Hi.")) == []


def test_an_agencys_subject_naming_the_client_alone() -> None:
    assert client_in_subject("Interview request - Nordlicht") == "Nordlicht"
    assert client_in_subject("Linear Motion - next step") == "Linear Motion"
    assert client_in_subject("Re: Acme update") == "Acme"
    assert client_in_subject("Offer from Castleford Building Society") == (
        "Castleford Building Society"
    )
    assert client_in_subject("Vertrauliche Anfrage") is None  # a bare phrase names nobody
    assert client_in_subject("Exciting opportunity") is None
