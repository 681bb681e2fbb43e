"""Matching order and its traps: threads with two roles, Meta vs Metaverse, one active app."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from applytrack_desktop.core.enums import Category, Status
from applytrack_desktop.core.names import normalize_company
from applytrack_desktop.sync.matcher import (
    Candidate,
    EmailFacts,
    Match,
    MatchMethod,
    match_email,
    suggest,
    titles_conflict,
)


@dataclass
class FakeIndex:
    apps: dict[int, Candidate] = field(default_factory=dict)
    threads: dict[tuple[int | None, str], int] = field(default_factory=dict)
    message_ids: dict[str, int] = field(default_factory=dict)
    ats: dict[str, int] = field(default_factory=dict)
    senders: dict[int, set[str]] = field(default_factory=dict)  # app -> addresses of its mail
    mail_dates: dict[int, list[datetime]] = field(default_factory=dict)  # app -> its mail's dates

    def add(self, app_id: int, company: str, title: str, status: Status = Status.APPLIED) -> None:
        self.apps[app_id] = Candidate(app_id, normalize_company(company), title, status)

    def application_for_thread(self, account_id: int | None, thread_key: str) -> int | None:
        return self.threads.get((account_id, thread_key))

    def application_for_message_ids(self, message_ids: Sequence[str]) -> int | None:
        return next((self.message_ids[m] for m in message_ids if m in self.message_ids), None)

    def applications_for_ats_ids(self, ats_ids: Sequence[str]) -> list[int]:
        return [self.ats[a] for a in ats_ids if a in self.ats]

    def applications_for_company(self, company_norm: str) -> list[Candidate]:
        return [c for c in self.apps.values() if c.company_norm == company_norm]

    def candidate(self, application_id: int) -> Candidate | None:
        return self.apps.get(application_id)

    def applications_with_sender(self, address: str, among: Sequence[int]) -> list[int]:
        return [a for a in among if address in self.senders.get(a, set())]

    def applications_with_host(self, host: str) -> list[int]:
        return [
            a
            for a, addresses in self.senders.items()
            if any(x.endswith("@" + host) for x in addresses)
        ]

    def active_candidates(self) -> list[Candidate]:
        return [c for c in self.apps.values() if c.status.is_active and c.job_title]

    def last_mail_before(self, among: Sequence[int], when: datetime) -> dict[int, datetime]:
        found = {a: [d for d in self.mail_dates.get(a, []) if d <= when] for a in among}
        return {a: max(dates) for a, dates in found.items() if dates}


def facts(
    company: str = "",
    title: str = "",
    *,
    thread: str = "t-new",
    related: tuple[str, ...] = (),
    ats_ids: tuple[str, ...] = (),
    category: Category = Category.INTERVIEW,
) -> EmailFacts:
    norms = (normalize_company(company),) if company else ()
    return EmailFacts(1, thread, related, category, norms, title, ats_ids)


def test_thread_wins_over_everything() -> None:
    index = FakeIndex()
    index.add(1, "Acme", "Data Engineer")
    index.add(2, "Globex", "Analyst")
    index.threads[(1, "t1")] = 2
    found = match_email(facts("Acme", thread="t1"), index)
    assert found is not None
    assert (found.application_id, found.method) == (2, MatchMethod.THREAD)


def test_references_find_the_thread_without_a_provider_thread_id() -> None:
    index = FakeIndex()
    index.add(7, "Acme", "Data Engineer")
    index.message_ids["<root@acme.com>"] = 7
    found = match_email(facts(related=("<other@x>", "<root@acme.com>")), index)
    assert found is not None
    assert found.application_id == 7


def test_a_thread_yields_to_a_clearly_different_title() -> None:
    index = FakeIndex()
    index.add(1, "Acme", "Data Engineer")
    index.add(2, "Acme", "Product Designer")
    index.threads[(1, "t1")] = 1
    found = match_email(facts("Acme", "Product Designer", thread="t1"), index)
    assert found is not None
    assert (found.application_id, found.method) == (2, MatchMethod.COMPANY_TITLE)


def test_ats_id_match() -> None:
    index = FakeIndex()
    index.add(1, "Acme", "Data Engineer")
    index.add(2, "Acme", "Data Engineer II")
    index.ats["r-123"] = 2
    found = match_email(facts("Acme", "Data Engineer", ats_ids=("r-123",)), index)
    assert found is not None
    assert (found.application_id, found.method) == (2, MatchMethod.ATS_ID)


def test_company_and_fuzzy_title() -> None:
    index = FakeIndex()
    index.add(1, "Acme Inc.", "Senior Data Engineer")
    index.add(2, "Acme", "Marketing Manager")
    found = match_email(facts("ACME", "Data Engineer (Remote)"), index)
    assert found is not None
    assert (found.application_id, found.method) == (1, MatchMethod.COMPANY_TITLE)


def test_company_alone_only_when_exactly_one_active_application_fits() -> None:
    index = FakeIndex()
    index.add(1, "Acme", "Data Engineer")
    index.add(2, "Acme", "Analyst", Status.REJECTED)
    found = match_email(facts("Acme"), index)
    assert found is not None
    assert (found.application_id, found.method) == (1, MatchMethod.COMPANY)
    index.add(3, "Acme", "Designer")
    assert match_email(facts("Acme"), index) is None


def test_company_is_compared_whole_never_as_a_substring() -> None:
    index = FakeIndex()
    index.add(1, "Metaverse Inc", "Engineer")
    assert match_email(facts("Meta", "Engineer"), index) is None


def test_a_new_role_at_the_same_company_is_not_merged() -> None:
    index = FakeIndex()
    index.add(1, "Acme", "Data Engineer")
    assert (
        match_email(facts("Acme", "Product Designer", category=Category.CONFIRMATION), index)
        is None
    )


def test_suggestion_prefers_active_and_closest_title() -> None:
    index = FakeIndex()
    index.add(1, "Acme", "Data Engineer", Status.REJECTED)
    index.add(2, "Acme", "Data Analyst")
    index.add(3, "Acme", "Designer")
    assert suggest(facts("Acme", "Data Analytics"), index) == 2
    assert suggest(facts("Nobody"), index) is None


def test_titles_conflict_needs_both_titles() -> None:
    assert not titles_conflict("", "Data Engineer")
    assert not titles_conflict("Senior Data Engineer", "data engineer")
    assert titles_conflict("Data Engineer", "Account Executive")


def dated(category: Category, day: int) -> EmailFacts:
    """Mail from Acme naming no title, sent on ``day`` of May 2026."""
    return replace(facts("Acme", category=category), date=datetime(2026, 5, day, tzinfo=UTC))


def test_company_alone_skips_an_application_made_after_a_status_moving_mail() -> None:
    index = FakeIndex()
    created = datetime(2026, 5, 20, tzinfo=UTC)
    index.apps[1] = Candidate(1, "acme", "Data Engineer", Status.APPLIED, created)
    assert match_email(dated(Category.REJECTION, 10), index) is None
    assert match_email(dated(Category.REJECTION, 19), index) == Match(1, MatchMethod.COMPANY)
    assert match_email(dated(Category.REJECTION, 21), index) == Match(1, MatchMethod.COMPANY)


def test_older_mail_that_moves_no_status_still_fits_by_company() -> None:
    index = FakeIndex()
    created = datetime(2026, 5, 20, tzinfo=UTC)
    index.apps[1] = Candidate(1, "acme", "Data Engineer", Status.APPLIED, created)
    found = match_email(dated(Category.RECRUITER_OUTREACH, 2), index)
    assert found == Match(1, MatchMethod.COMPANY)


def test_the_older_role_takes_old_mail_when_a_newer_role_exists() -> None:
    index = FakeIndex()
    index.apps[1] = Candidate(
        1, "acme", "Talent Sourcer", Status.TECHNICAL_ROUND, datetime(2026, 5, 1, tzinfo=UTC)
    )
    index.apps[2] = Candidate(
        2, "acme", "Mobile QA Analyst", Status.APPLIED, datetime(2026, 5, 25, tzinfo=UTC)
    )
    assert match_email(dated(Category.REJECTION, 12), index) == Match(1, MatchMethod.COMPANY)
    assert match_email(dated(Category.REJECTION, 28), index) is None  # both fit: ambiguous


def test_a_reply_naming_an_unknown_role_stays_in_its_thread() -> None:
    index = FakeIndex()
    index.add(1, "Acme", "Embedded Linux Engineer")
    index.threads[(1, "t1")] = 1
    # No application of Acme fits "Systems Administrator": the thread decides.
    found = match_email(facts("Acme", "Systems Administrator", thread="t1"), index)
    assert found == Match(1, MatchMethod.THREAD)
    # A confirmation of another role in the thread is a new application, never this one.
    confirmation = facts(
        "Acme", "Systems Administrator", thread="t1", category=Category.CONFIRMATION
    )
    assert match_email(confirmation, index) is None


def test_a_confirmation_weeks_after_an_application_there_is_a_new_application() -> None:
    index = FakeIndex()
    created = datetime(2026, 5, 1, 9, tzinfo=UTC)
    index.apps[1] = Candidate(1, "acme", "", Status.INTERVIEWING, created)
    later = replace(
        facts("Acme", "Claims Adjuster", category=Category.CONFIRMATION),
        date=datetime(2026, 5, 20, tzinfo=UTC),
    )
    assert match_email(later, index) is None
    # The same day it is the duplicate receipt of the same application ("thanks, got it").
    same_day = replace(later, date=datetime(2026, 5, 1, 15, tzinfo=UTC))
    assert match_email(same_day, index) == Match(1, MatchMethod.COMPANY)
    # Other mail weeks later still fits the one active application.
    interview = replace(later, category=Category.INTERVIEW)
    assert match_email(interview, index) == Match(1, MatchMethod.COMPANY)


def test_a_confirmation_turns_a_wishlist_entry_of_any_age_into_its_application() -> None:
    index = FakeIndex()
    index.apps[1] = Candidate(1, "acme", "", Status.WISHLIST, datetime(2026, 3, 1, tzinfo=UTC))
    confirmation = replace(
        facts("Acme", category=Category.CONFIRMATION), date=datetime(2026, 5, 20, tzinfo=UTC)
    )
    assert match_email(confirmation, index) == Match(1, MatchMethod.COMPANY)


def _two_roles(first: Status = Status.APPLIED, second: Status = Status.APPLIED) -> FakeIndex:
    index = FakeIndex()
    index.apps[1] = Candidate(1, "acme", "Talent Sourcer", first, datetime(2026, 4, 1, tzinfo=UTC))
    index.apps[2] = Candidate(2, "acme", "", second, datetime(2026, 4, 20, tzinfo=UTC))
    return index


def test_company_alone_skips_an_open_role_whose_title_names_another() -> None:
    index = _two_roles()
    found = match_email(dated(Category.REJECTION, 5), index)
    assert found is None  # names no role: either could be meant
    named = replace(dated(Category.REJECTION, 5), job_title="Staff Backend Engineer, Payments")
    assert match_email(named, index) == Match(2, MatchMethod.COMPANY)


def test_a_recruiter_who_wrote_about_one_role_before_tells_the_roles_apart() -> None:
    index = _two_roles()
    index.senders = {1: {"mei@acme.com", "jobs@acme.com"}, 2: {"jobs@acme.com"}}
    from_mei = replace(dated(Category.INTERVIEW, 5), sender_address="Mei@acme.com")
    assert match_email(from_mei, index) == Match(1, MatchMethod.COMPANY)
    # A shared mailbox or an address seen on both says nothing.
    assert match_email(replace(from_mei, sender_address="jobs@acme.com"), index) is None
    assert match_email(replace(from_mei, sender_address="raj@acme.com"), index) is None


def test_an_offer_goes_to_the_one_role_in_interviews() -> None:
    index = _two_roles(first=Status.APPLIED, second=Status.INTERVIEWING)
    assert match_email(dated(Category.OFFER, 5), index) == Match(2, MatchMethod.COMPANY)
    assert match_email(dated(Category.REJECTION, 5), index) is None  # fits either
    both = _two_roles(first=Status.TECHNICAL_ROUND, second=Status.INTERVIEWING)
    assert match_email(dated(Category.OFFER, 5), both) is None


def test_mail_that_moves_nothing_stays_with_the_roles_that_existed_when_it_was_sent() -> None:
    index = FakeIndex()
    index.apps[1] = Candidate(
        1, "acme", "Analyst", Status.REJECTED, datetime(2026, 4, 1, tzinfo=UTC)
    )
    index.apps[2] = Candidate(
        2, "acme", "Designer", Status.APPLIED, datetime(2026, 6, 7, tzinfo=UTC)
    )
    survey = dated(Category.OTHER_JOB, 4)  # May: only the rejected role existed
    assert match_email(survey, index) is None
    assert match_email(replace(survey, date=datetime(2026, 6, 9, tzinfo=UTC)), index) == Match(
        2, MatchMethod.COMPANY
    )


def test_mail_naming_only_a_role_is_suggested_never_attached() -> None:
    # The agency's client may be an application that is not tracked: a wrong automatic
    # rejection of another employer's role with the same title is worse than a suggestion.
    index = FakeIndex()
    index.add(1, "Meridian Foods", "Research Associate")
    index.add(2, "Quill Bank", "Treasury Analyst")
    rejection = facts("", "Research Associate role", category=Category.REJECTION)
    assert match_email(rejection, index) is None
    assert suggest(rejection, index) == 1


def test_a_one_word_role_alone_suggests_no_application() -> None:
    # "RE: Confidential opportunity – Buyer": "Buyer" is part of too many titles.
    index = FakeIndex()
    index.add(1, "Casa Orsolina", "Buyer Tessile Casa")
    interview = facts("", "Buyer", category=Category.INTERVIEW)
    assert suggest(interview, index) is None
    assert suggest(replace(interview, job_title="Buyer Tessile Casa"), index) == 1


def test_outreach_about_an_unnamed_clients_role_suggests_no_application() -> None:
    # "A fast-growing fintech client is looking for a Staff Data Engineer": a new opening,
    # not news of the user's own Data Engineer application elsewhere.
    index = FakeIndex()
    index.add(1, "Northwind Analytics", "Data Engineer")
    outreach = facts("", "Data Engineer", category=Category.RECRUITER_OUTREACH)
    assert match_email(outreach, index) is None
    assert suggest(outreach, index) is None
    assert suggest(replace(outreach, category=Category.REJECTION), index) == 1


def test_an_older_confirmation_of_a_rejected_role_is_not_given_to_another_open_role() -> None:
    index = FakeIndex()
    index.add(1, "Acme", "Designer", Status.REJECTED)
    index.add(2, "Acme", "Data Engineer")
    confirmation = facts("Acme", "Designer", category=Category.CONFIRMATION)
    assert match_email(confirmation, index) == Match(1, MatchMethod.COMPANY_TITLE)


def test_good_news_goes_to_the_one_role_with_news_in_the_weeks_before() -> None:
    index = _two_roles()
    index.mail_dates = {
        1: [datetime(2026, 4, 1, tzinfo=UTC)],  # quiet since April
        2: [datetime(2026, 4, 20, tzinfo=UTC), datetime(2026, 4, 28, tzinfo=UTC)],
    }
    assert match_email(dated(Category.INTERVIEW, 5), index) == Match(2, MatchMethod.COMPANY)
    # A rejection often closes the role that went quiet: recency says nothing about it.
    assert match_email(dated(Category.REJECTION, 5), index) is None
    # Both with recent news: still ambiguous.
    index.mail_dates[1].append(datetime(2026, 5, 2, tzinfo=UTC))
    assert match_email(dated(Category.INTERVIEW, 5), index) is None


def test_the_suggestion_is_the_open_role_with_the_latest_news() -> None:
    index = _two_roles()
    index.mail_dates = {
        1: [datetime(2026, 4, 1, tzinfo=UTC), datetime(2026, 5, 3, tzinfo=UTC)],
        2: [datetime(2026, 4, 20, tzinfo=UTC)],
    }
    rejection = dated(Category.REJECTION, 5)
    assert match_email(rejection, index) is None  # both open roles fit: the user decides
    assert suggest(rejection, index) == 1
    named = replace(rejection, job_title="Staff Backend Engineer")  # role 1 is another one
    assert suggest(named, index) == 2


def test_mail_naming_only_a_role_suggests_the_applications_with_it() -> None:
    index = FakeIndex()
    index.add(1, "Meridian Foods", "Research Associate")
    index.add(2, "Vantage Labs", "Research Associate")
    index.add(3, "Quill Bank", "Treasury Analyst")
    assert suggest(facts("", "Research Associate", category=Category.REJECTION), index) in {1, 2}
    assert suggest(facts("", "Barista", category=Category.REJECTION), index) is None


def test_an_unsure_confirmation_weeks_later_stays_with_the_one_open_role() -> None:
    index = FakeIndex()
    index.apps[1] = Candidate(1, "acme", "", Status.APPLIED, datetime(2026, 5, 1, tzinfo=UTC))
    later = replace(
        facts("Acme", category=Category.CONFIRMATION), date=datetime(2026, 5, 20, tzinfo=UTC)
    )
    assert match_email(later, index) is None  # sure: a second application
    assert match_email(replace(later, sure=False), index) == Match(1, MatchMethod.COMPANY)


def test_only_a_certain_confirmation_weeks_later_starts_a_second_role() -> None:
    # LinkedIn's "Your application was viewed by Acme", read as a confirmation at 0.74 a week
    # after the application: news of the one open role, not a second application.
    index = FakeIndex()
    index.apps[1] = Candidate(1, "acme", "", Status.APPLIED, datetime(2026, 5, 1, tzinfo=UTC))
    viewed = replace(
        facts("Acme", "Product Analyst", category=Category.CONFIRMATION),
        date=datetime(2026, 5, 7, tzinfo=UTC),
        confidence=0.74,
    )
    assert match_email(viewed, index) == Match(1, MatchMethod.COMPANY)
    assert match_email(replace(viewed, confidence=0.97), index) is None  # a second role
    # Weeks before the application, it is the receipt of another role (a backfill's old mail).
    older = replace(viewed, date=datetime(2026, 4, 10, tzinfo=UTC))
    assert match_email(older, index) is None
    # Once the role is in interviews, a new receipt there is another role's.
    index.apps[1] = replace(index.apps[1], status=Status.INTERVIEWING)
    assert match_email(viewed, index) is None
    index.apps[1] = replace(index.apps[1], status=Status.APPLIED)
    # With two open roles it fits neither: it is no reason to pick one.
    index.apps[2] = Candidate(2, "acme", "", Status.APPLIED, datetime(2026, 5, 2, tzinfo=UTC))
    assert match_email(viewed, index) is None


def test_an_interview_invite_is_not_for_the_role_that_already_has_an_offer() -> None:
    index = _two_roles(first=Status.OFFER_EXTENDED, second=Status.APPLIED)
    index.mail_dates = {
        1: [datetime(2026, 5, 3, tzinfo=UTC)],
        2: [datetime(2026, 5, 1, tzinfo=UTC)],
    }
    assert match_email(dated(Category.INTERVIEW, 5), index) == Match(2, MatchMethod.COMPANY)


def _from_host(
    company: str = "", title: str = "", category: Category = Category.REJECTION
) -> EmailFacts:
    return replace(facts(company, title, category=category), own_host="ccvschools.org")


def test_mail_naming_only_its_host_goes_to_the_one_application_with_mail_from_it() -> None:
    index = FakeIndex()
    index.add(1, "Clear Creek Valley Schools", "Facilities Supervisor - HVAC", Status.INTERVIEWING)
    index.add(2, "Summit Mechanical Services", "HVAC Service Supervisor", Status.INTERVIEWING)
    index.senders = {1: {"wharaway@ccvschools.org"}, 2: {"ray@summitmechanicalco.com"}}
    assert match_email(_from_host("Ccvschools"), index) == Match(1, MatchMethod.SENDER_HOST)
    assert match_email(_from_host(), index) == Match(1, MatchMethod.SENDER_HOST)
    # without the host's own reading (a platform, free mail, another name), no host match
    assert match_email(facts("Ccvschools", category=Category.REJECTION), index) is None
    # outreach is about a role not applied to; a receipt starts an application
    for category in (Category.RECRUITER_OUTREACH, Category.CONFIRMATION):
        assert match_email(_from_host("Ccvschools", category=category), index) is None


def test_a_host_that_wrote_about_two_applications_or_a_closed_one_tells_nothing() -> None:
    index = FakeIndex()
    index.add(1, "Clear Creek Valley Schools", "Facilities Supervisor", Status.INTERVIEWING)
    index.add(2, "Clear Creek Valley Schools", "HVAC Technician", Status.APPLIED)
    index.senders = {1: {"a@ccvschools.org"}, 2: {"b@ccvschools.org"}}
    assert match_email(_from_host("Ccvschools"), index) is None
    index.senders = {1: {"a@ccvschools.org"}}
    index.add(1, "Clear Creek Valley Schools", "Facilities Supervisor", Status.REJECTED)
    assert match_email(_from_host("Ccvschools"), index) is None


def test_a_host_match_yields_to_another_roles_title_and_to_a_known_employer() -> None:
    index = FakeIndex()
    index.add(1, "Clear Creek Valley Schools", "Facilities Supervisor", Status.INTERVIEWING)
    index.add(2, "Ccvschools", "Groundskeeper", Status.APPLIED)
    index.senders = {1: {"a@ccvschools.org"}}
    assert match_email(_from_host("", "Chief Financial Officer"), index) is None
    # the employer it names is in the store: matching by company decides, not the host
    found = match_email(_from_host("Ccvschools", "Groundskeeper"), index)
    assert found == Match(2, MatchMethod.COMPANY_TITLE)


def test_a_title_written_as_its_initials_is_the_same_role() -> None:
    from applytrack_desktop.sync.matcher import title_similarity

    assert not titles_conflict("SDET", "Software Development Engineer in Test (SDET)")
    assert not titles_conflict("Clinical Nurse Educator", "CNE")
    assert titles_conflict("SRE", "Data Engineer")
    assert title_similarity("Sdet", "Software Development Engineer in Test") < 80  # not initials
