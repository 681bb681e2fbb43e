"""The story mailbox behind the final-status figure: held-out material only, rules as contracted."""

from __future__ import annotations

import sys
from email import message_from_bytes, policy
from types import ModuleType

import pytest

from applytrack_desktop import paths


@pytest.fixture(scope="module")
def recipe() -> tuple[ModuleType, ModuleType, ModuleType]:
    sys.path.insert(0, str(paths.models_dir() / "recipe"))
    import corpus
    import stories
    import vocab

    return stories, corpus, vocab


@pytest.mark.parametrize(
    ("categories", "status"),
    [
        (["confirmation"], "Applied"),
        (["confirmation", "rejection"], "Rejected"),
        (["confirmation", "interview", "technical_round", "offer"], "Offer Extended"),
        (["confirmation", "technical_round", "interview"], "Technical Round"),  # forward only
        (["confirmation", "rejection", "interview"], "Rejected"),  # nothing leaves Rejected
        (["recruiter_outreach", "confirmation", "other_job"], "Applied"),
        (["interview", "offer"], None),  # no confirmation: no application is created
    ],
)
def test_expected_status_follows_the_contract(
    recipe: tuple[ModuleType, ModuleType, ModuleType], categories: list[str], status: str | None
) -> None:
    stories, _, _ = recipe
    assert stories.expected_status(categories) == status


def test_the_mailbox_uses_only_held_out_families_and_invented_names(
    recipe: tuple[ModuleType, ModuleType, ModuleType],
) -> None:
    stories, corpus, vocab = recipe
    told, mail = stories.build(24, seed="test")
    split = corpus.split_of_families()
    assert {split[m.family] for m in mail} == {"eval"}
    assert {s.company for s in told}.isdisjoint(c.name for c in vocab.COMPANIES)
    assert {s.title for s in told}.isdisjoint(vocab.TITLES)
    job = [m for m in mail if m.story]
    assert len(mail) - len(job) == round(len(job) * stories.NOT_JOB_PER_JOB)
    assert [m.date for m in mail] == sorted(m.date for m in mail)
    assert len({m.message_id for m in mail}) == len(mail)
    assert stories.build(24, seed="test")[1][5].raw == mail[5].raw  # deterministic


def test_replies_point_at_the_story_s_earlier_mail(
    recipe: tuple[ModuleType, ModuleType, ModuleType],
) -> None:
    stories, _, _ = recipe
    told, _ = stories.build(60, seed="test")
    replies = 0
    for story in told:
        earlier: list[str] = []
        for m in story.mail:
            parsed = message_from_bytes(m.raw, policy=policy.default)
            assert parsed["Message-ID"] == m.message_id
            if m.in_thread:
                replies += 1
                assert parsed["In-Reply-To"] == earlier[-1]
                assert str(parsed["References"]).split() == earlier
                assert str(parsed["Subject"]).startswith("Re: ")
            earlier.append(m.message_id)
    assert replies > 0


def test_templates_that_rewrite_the_employer_are_seen_and_drawn_again(
    recipe: tuple[ModuleType, ModuleType, ModuleType],
) -> None:
    stories, _, _ = recipe
    kit = sys.modules["kit"]
    renames = next(f for f in kit.REGISTRY if f.name == "zs_public_sector_receipt")
    start = stories.START
    seen_off = 0
    for i in range(30):
        company = stories.vocab.COMPANIES[i]
        ctx = stories._ctx(f"off:{i}", company, "Data Analyst", start)
        draft = renames.make(ctx)
        raw = stories._render(ctx, draft, f"<off-{i}@test>", [], None)
        seen_off += stories._off_story(raw, ctx, company, "Data Analyst")
    assert seen_off > 0, "the family no longer renames its employer: pick another for this test"
    told, _ = stories.build(150, seed="test")
    assert not [m for s in told for m in s.mail if m.off_story]


def test_the_training_mailbox_uses_only_training_families(
    recipe: tuple[ModuleType, ModuleType, ModuleType],
) -> None:
    stories, corpus, _ = recipe
    _, mail = stories.build(24, seed="test", split="train")
    split = corpus.split_of_families()
    assert {split[m.family] for m in mail} == {"train"}
    assert [m.date for m in mail] == sorted(m.date for m in mail)
    with pytest.raises(ValueError, match="split"):
        stories.build(2, seed="test", split="wild")


def test_a_public_sector_portals_mail_is_not_a_private_employers(
    recipe: tuple[ModuleType, ModuleType, ModuleType],
) -> None:
    # NHS Jobs / Civil Service Jobs write for public bodies only, naming none: such mail in a
    # story about an invented private employer is another application's (drawn again).
    stories, _, _ = recipe
    kit = sys.modules["kit"]
    shortlisted = next(f for f in kit.REGISTRY if f.name == "ml_uk_shortlisted")
    seen = {True: 0, False: 0}
    for i in range(40):
        company = stories.vocab.COMPANIES[i]
        ctx = stories._ctx(f"portal:{i}", company, "Data Analyst", stories.START)
        draft = shortlisted.make(ctx)
        raw = stories._render(ctx, draft, f"<portal-{i}@test>", [], None)
        portal = draft.from_addr.endswith(("@jobs.nhs.uk", "@csjobs.example.gov.uk"))
        named = company.name in raw.decode()
        assert stories._public_portal_mail(raw, company) == (portal and not named)
        seen[portal] += 1
    assert seen[True] and seen[False], "the family no longer writes as a portal: pick another"
