"""Platform detection and tenants: which ATS sent a mail, and for which employer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from applytrack_desktop.intel import ats
from applytrack_desktop.mail.message import MailMessage


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("talent.acme.com", "acme.com"),
        ("mail.acme.co.uk", "acme.co.uk"),
        ("acme.com", "acme.com"),
        ("a.b.c.acme.com.au", "acme.com.au"),
        # RFC 2606 documentation names: the "example" label is not the name.
        ("vandalen-bakkerij.example.nl", "vandalen-bakkerij.nl"),
        ("talent.acme.example.com", "acme.com"),
        ("harwick.example.ac.uk", "harwick.ac.uk"),
        ("millbrook.k12.example.us", "millbrook.k12.us"),
        ("mail.example.com", "example.com"),
        ("acme.example", "acme.example"),
        # ... and so is a top-level "example" after a second-level label (edu, ac, nhs, gov).
        ("lakeshore.edu.example", "lakeshore.edu.example"),
        ("recruitment.harbourside.nhs.example", "harbourside.nhs.example"),
        # Country-code second levels of schools, governments and police forces.
        ("staidans.sch.uk", "staidans.sch.uk"),
        ("careers.digital.go.jp", "digital.go.jp"),
        ("jobs.health.govt.nz", "health.govt.nz"),
        ("recrutement.interieur.gouv.fr", "interieur.gouv.fr"),
        ("jobs.kent.police.uk", "kent.police.uk"),
        ("careers.acme.co.jp", "acme.co.jp"),
    ],
)
def test_registrable_domain(host: str, expected: str) -> None:
    assert ats.registrable_domain(host) == expected


@pytest.mark.parametrize(
    ("host", "platform"),
    [
        ("us.greenhouse-mail.io", "greenhouse"),
        ("hire.lever.co", "lever"),
        ("myworkday.com", "workday"),
        ("acme.wd5.myworkdayjobs.com", "workday"),
        ("ashbyhq.com", "ashby"),
        ("workablemail.com", "workable"),
        ("linkedin.com", "linkedin"),
        ("indeedemail.com", "indeed"),
        ("inhire.com.br", "inhire"),
        ("net-empregos.com", "netempregos"),
        ("acme.com", None),
        ("gmail.com", None),
    ],
)
def test_platform_for_host(host: str, platform: str | None) -> None:
    assert ats.platform_for_host(host) == platform


@pytest.mark.parametrize(
    ("host", "own"),
    [
        ("acme.example.com", True),
        ("example.com", False),  # names nobody
        ("outlook.example.com", False),  # free mail behind the documentation label
        ("goodtime.example.io", False),  # a platform behind it
        ("acme.com", True),
    ],
)
def test_is_own_domain(host: str, own: bool) -> None:
    assert ats.is_own_domain(host) is own


@pytest.mark.parametrize(
    ("address", "tenant"),
    [
        ("cyrusone@myworkday.com", "cyrusone"),
        ("noreply@myworkday.com", ""),
        ("notifications@harborlabs.bamboohr.com", "harborlabs"),
        ("no-reply@us.greenhouse-mail.io", ""),
        ("jobs-noreply@linkedin.com", ""),
        ("jane@acme.com", ""),
    ],
)
def test_tenant_from_address(address: str, tenant: str) -> None:
    assert ats.tenant_from_address(address) == tenant


@pytest.mark.parametrize(
    ("url", "tenant"),
    [
        ("https://boards.greenhouse.io/acme/jobs/4567890", "acme"),
        ("https://job-boards.greenhouse.io/acme/jobs/4567890", "acme"),
        ("https://jobs.lever.co/quantiq/3f1c2a9e-7b6d-4c1e-9a2f-0b8e5d4c3a21", "quantiq"),
        ("https://acme.wd5.myworkdayjobs.com/en-US/External/job/X_R123", "acme"),
        ("https://wd3.myworkdayjobs.com/en-US/globex/job/X_R123", "globex"),
        ("https://careers-globex.icims.com/jobs/1/x/job", "globex"),
        ("https://app.greenhouse.io/candidate/portal", ""),
        ("https://www.linkedin.com/company/acme", ""),
        ("https://acme.com/careers", ""),
    ],
)
def test_tenants_in_text(url: str, tenant: str) -> None:
    found = ats.tenants_in_text(f"See {url} for details.")
    assert found == ([tenant] if tenant else [])


def _message(address: str, reply_to: str = "") -> MailMessage:
    return MailMessage(
        message_id="<t@test>",
        subject="s",
        sender_name="",
        sender_address=address,
        date=datetime(2026, 3, 10, tzinfo=UTC),
        text="",
        reply_to=reply_to,
    )


def test_detect_platform_from_sender_reply_to_and_links() -> None:
    assert ats.detect_platform(_message("x@hire.lever.co")) == "lever"
    assert ats.detect_platform(_message("x@gmail.com", "y@ashbyhq.com")) == "ashby"
    link = "Apply: https://boards.greenhouse.io/acme/jobs/1234567"
    assert ats.detect_platform(_message("x@em.sendgrid.net"), link) == "greenhouse"
    # An employer's own mail that links to its ATS is still its own mail.
    assert ats.detect_platform(_message("jane@acme.com"), link) is None


@pytest.mark.parametrize(
    ("name", "brand"),
    [("Workable", True), ("LinkedIn", True), ("iCIMS", True), ("Lever", True), ("Acme", False)],
)
def test_brands(name: str, brand: bool) -> None:
    assert ats.is_brand(name) is brand


def test_own_domain() -> None:
    assert ats.is_own_domain("acme.com")
    assert not ats.is_own_domain("gmail.com")
    assert not ats.is_own_domain("bounce.sendgrid.net")
    assert not ats.is_own_domain("myworkday.com")
    assert not ats.is_own_domain("")


def test_tools_sending_from_big_domains() -> None:
    assert ats.detect_platform(_message("calendar-notification@google.com")) == "google_calendar"
    assert ats.detect_platform(_message("jane@google.com")) is None
    assert ats.tool_for_address("Calendar-Notification@google.com") == "google_calendar"


@pytest.mark.parametrize(
    ("host", "platform"),
    [
        ("usajobs.example", "usajobs"),  # the reserved TLD stands for the platform's own
        ("mail.greenhouse.example", "greenhouse"),
        ("acme.example", None),
    ],
)
def test_platforms_under_the_reserved_example_domain(host: str, platform: str | None) -> None:
    assert ats.platform_for_host(host) == platform


def test_region_shards_of_signature_hosts_are_not_tenants() -> None:
    assert ats.tenants_in_text("Sign https://secure.na1.adobesign.com/public/esign/x here") == []
    assert ats.tenants_in_text("Sign https://na2.docusign.net/Signing/x here") == []


@pytest.mark.parametrize(
    ("url", "tenant"),
    [
        # a Zoom cluster and a country's two letters are the platform's, never a tenant
        ("https://us06web.zoom.us/j/83311920457?pwd=Yk2bQx", ""),
        ("https://mx.computrabajo.com/candidato/postulaciones", ""),
        ("https://acme.zoom.us/j/83311920457", "acme"),
    ],
)
def test_no_tenant_in_a_platforms_own_server_names(url: str, tenant: str) -> None:
    assert ats.tenants_in_text(f"Join: {url}") == ([tenant] if tenant else [])


@pytest.mark.parametrize(
    "host",
    ["computrabajo.com.mx", "careers.gov.sg", "darwinbox.in", "keka.com", "referoo.com.au"],
)
def test_the_session_20_platforms_are_known(host: str) -> None:
    assert ats.platform_for_host(host) is not None
