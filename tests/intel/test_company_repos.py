"""A code host's invitation to a take-home repository names the repository's owner."""

from __future__ import annotations

from applytrack_desktop.intel.company_repos import repository_owner

from .company_mail import company_name


def test_a_code_hosts_invitation_names_the_repositorys_owner() -> None:
    subject = (
        "@hiring-bot has invited you to collaborate on the quietloop/interview-challenge-claire "
        "repository"
    )
    text = "You can accept or decline this invitation.\n\nThis invitation will expire in 7 days."
    assert company_name("GitLab", "noreply@gitlab.com", subject, text) == "Quietloop"


def test_a_link_names_the_owner_and_other_senders_are_not_read() -> None:
    body = "Head over to https://github.com/driftwood/take-home-dana/invitations to accept."
    assert repository_owner("github.com", "Invitation", body) == "Driftwood"
    assert repository_owner("github.com", "Invitation", "Open github.com/settings/x") == ""
    assert repository_owner("acme.com", "Invitation", body) == ""
