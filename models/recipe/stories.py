"""Story mailboxes for measuring what matters to the user: each application's final status.

The classifier's figures (``EVAL.md``) say how well single messages are read; they do not
say whether, after a whole mailbox is replayed, each application ends in the right status.
This module writes such a mailbox from held-out material only:

- about 150 invented applications (employers and job titles that are NOT in ``vocab.py``,
  so no training message ever named them), each a realistic sequence of categories in date
  order: a confirmation alone, confirmation -> rejection, confirmation -> interview ->
  technical round -> offer, outreach first, an interview with no confirmation, two roles at
  one employer, replies in one thread (In-Reply-To / References, "Re:" subject);
- every message rendered by a template family of the ``eval`` split
  (``corpus.split_of_families``), never a training family, with ``kit``/``mime`` as the
  corpus does; the title is sometimes written differently from one message to the next
  ("Senior Frontend Engineer - Design Systems" vs "Senior Frontend Engineer (Remote)");
- about two not-job messages per job message, from the eval-split ``not_job`` families.

``build(..., split="train")`` renders the same kind of mailbox from TRAINING families only:
settings (the confidence threshold) are chosen on it, and the held-out one only reports.

The expected final status follows CONTRACTS.md: a confirmation creates the application as
Applied; automatic moves go forward only (Applied < Interviewing < Technical Round < Offer
Extended); a rejection moves to Rejected from anywhere and nothing leaves Rejected. A
story without a confirmation expects no application (its mail belongs in the review list).

Run ``python models/recipe/stories.py [--out DIR]`` to write ``stories.mbox`` (import it
with ``applytrack import``) and ``stories.json`` (the truth); ``benchmarks/eval_status.py``
builds the same mailbox in memory. Deterministic: the same code writes the same bytes.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import hashlib
import json
import mailbox
import random
import re
import sys
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import kit  # noqa: E402
import mime  # noqa: E402
import vocab  # noqa: E402

CANDIDATE = ("Robin", "Okafor", "robin.okafor@fastmail.com")
START = datetime(2025, 2, 3, 8, 0, tzinfo=UTC)
NOT_JOB_PER_JOB = 2.0

# Invented employers: <first> <second>, kept only when vocab.py does not know the name.
_FIRST_TEXT = (
    "Brightwater Cobalt Juniper Halcyon Meridian Quarry Lantern Saffron Tidewell Ironbark "
    "Bluefin Copperline Driftwood Emberly Foxglove Granite Harbor Kestrel Larkspur Moonrise "
    "Northgate Orchard Pinecrest Quill Redwood Silverleaf Thistle Umberfield Vantage Willow "
    "Yarrow Zephyr Alder Beacon Cinder Dovetail Evergreen Fairwind Glasshouse Heron"
)
_SECOND_TEXT = (
    "Kinetics Robotics Health Labs Foods Freight Analytics Bank Studios Energy Systems Media "
    "Biosciences Logistics Insurance Mobility Software Outfitters Pharma Learning"
)
_FIRST = tuple(_FIRST_TEXT.split())
_SECOND = tuple(_SECOND_TEXT.split())
_TLDS = (".com", ".com", ".io", ".co", ".net", ".com")
_LEGAL = ("Inc.", "LLC", "GmbH", "Ltd", "Corp.", "S.A.", "plc")

# Invented titles (none is in vocab.TITLES) and how mail sometimes shortens or dresses them.
_TITLES_TEXT = (
    "Payments Platform Engineer|Senior Reliability Analyst|Clinical Data Manager|"
    "Robotics Software Engineer|Revenue Operations Analyst|Localization Program Manager|"
    "Fraud Strategy Analyst|Developer Advocate|Infrastructure Engineer II|Pricing Analyst|"
    "Solutions Consultant|Field Service Technician|Grants Coordinator|Procurement Specialist|"
    "Audio Software Engineer|Simulation Engineer|Talent Sourcer|Product Marketing Manager|"
    "Data Platform Lead|Senior iOS Developer|Embedded Linux Engineer|Supply Planner|"
    "Research Associate|Learning Experience Designer|Cybersecurity Consultant|"
    "Brand Partnerships Lead|Quantitative Researcher|Treasury Analyst|Warehouse Operations Lead|"
    "Mobile QA Analyst|Computational Biologist|Payroll Specialist|Visual Designer|"
    "Backend Engineer (Go)|Senior Frontend Engineer - Design Systems|"
    "Customer Onboarding Manager|Energy Analyst|Hydrogeologist|Claims Adjuster|"
    "Staff Backend Engineer, Payments|Observability Engineer|Store Operations Supervisor"
)
TITLES = tuple(_TITLES_TEXT.split("|"))

# Category sequences with weights; C=confirmation, I=interview, T=technical round, O=offer,
# R=rejection, RO=recruiter outreach, X=other job mail.
SEQUENCES: tuple[tuple[int, tuple[str, ...]], ...] = (
    (20, ("C",)),
    (25, ("C", "R")),
    (12, ("C", "I")),
    (8, ("C", "I", "T")),
    (6, ("C", "I", "T", "O")),
    (4, ("C", "I", "O")),
    (12, ("C", "I", "R")),
    (8, ("C", "I", "T", "R")),
    (5, ("RO", "C", "I")),
    (3, ("RO", "C")),
    (4, ("I",)),
    (3, ("RO",)),
    (5, ("C", "X", "I")),
    (4, ("C", "T")),
    (2, ("C", "I", "T", "O", "X")),
    (3, ("C", "R", "X")),
)
CODE = {
    "C": "confirmation",
    "I": "interview",
    "T": "technical_round",
    "O": "offer",
    "R": "rejection",
    "RO": "recruiter_outreach",
    "X": "other_job",
}
TARGET = {"interview": 1, "technical_round": 2, "offer": 3}
STATUS = ("Applied", "Interviewing", "Technical Round", "Offer Extended")
# Families that only make sense in a given place of a story (held-out ones first, then
# the training ones that ``--split train`` draws from).
_AFTER_INTERVIEW = {
    "reject_after_interview",
    "cr_rej_after_interview",
    "ml_reject_after_interview",
    "vx_reject_after_interview_praise",
    "vx_reply_reject_over_interview",
    "oo_interview_survey",
    "hd_other_interview_survey",
}
_AFTER_TECHNICAL = {"cr_rej_post_assessment", "hd_thread_reject_over_takehome"}
_AFTER_OFFER = {
    "other_withdrawn_onboarding",
    "hd_offer_rescinded",
    "hd_thread_bgcheck_after_accept",
    "vx_other_offer_stage_checks",
}
_AFTER_REJECTION = {"other_candidate_survey"}
# Only right after the confirmation: "still reviewing your application".
_AFTER_CONFIRMATION = {
    "other_still_reviewing",
    "zs_still_reviewing",
    "hd_mixed_still_reviewing",
    "vx_other_hold_reviewing",
}
_RARE = {  # i18n: 1 in 8
    "confirmation_es",
    "offer_de",
    "offer_es",
    "recruiter_outreach_de",
    "confirmation_de",
    "confirmation_fr",
    "interview_de",
    "interview_es",
    "interview_fr",
    "technical_round_de",
    "technical_round_es",
    "technical_round_fr",
    "offer_fr",
    "rejection_de",
    "rejection_es",
    "rejection_fr",
    "other_job_de",
    "other_job_es",
    "other_job_fr",
    "recruiter_outreach_es",
    "recruiter_outreach_fr",
}
SPLITS = ("eval", "train")


@dataclass
class StoryMail:
    message_id: str
    story: str  # the story key; "" for not-job mail
    category: str
    family: str
    date: str
    company_named: bool
    title_named: bool
    in_thread: bool = False  # a reply (In-Reply-To / References) to the story's earlier mail
    raw: bytes = field(repr=False, default=b"")
    # The family wrote about another employer or role than the story's (a public body's own
    # receipt, an hourly role, a technical role for a technical round): no matcher can tie
    # this mail to its story. Recorded, not avoided, so the mailbox stays as it is.
    off_story: bool = False


@dataclass
class Story:
    key: str
    company: str
    title: str
    codes: tuple[str, ...]
    expected_status: str | None  # None: no application is expected (no confirmation)
    threaded: bool
    mail: list[StoryMail] = field(default_factory=list)


def expected_status(categories: list[str]) -> str | None:
    """The contract's rules folded over one story's categories."""
    status: str | None = None
    for cat in categories:
        if cat == "confirmation" and status is None:
            status = "Applied"
        elif status is None or status == "Rejected":
            continue
        elif cat == "rejection":
            status = "Rejected"
        elif cat in TARGET and TARGET[cat] > STATUS.index(status):
            status = STATUS[TARGET[cat]]
    return status


def _families(which: str) -> dict[str, list[kit.Family]]:
    """The template families of one corpus split, by category."""
    split = corpus.split_of_families()
    by_cat: dict[str, list[kit.Family]] = {}
    for fam in kit.REGISTRY:
        if split[fam.name] == which:
            by_cat.setdefault(fam.category, []).append(fam)
    return by_cat


def _companies(rng: random.Random, n: int) -> list[vocab.Company]:
    known = {c.name.casefold() for c in vocab.COMPANIES}
    names = sorted({f"{a} {b}" for a in _FIRST for b in _SECOND} - known)
    out = []
    for name in rng.sample(names, n):
        slug = name.lower().replace(" ", rng.choice(["", "", "-"]))
        out.append(vocab.Company(name, slug + rng.choice(_TLDS), f"{name} {rng.choice(_LEGAL)}"))
    return out


def _title_variant(rng: random.Random, title: str) -> str:
    """How one message of a story may write the role: mostly as is."""
    roll = rng.random()
    if roll < 0.7:
        return title
    core = re.split(r" - |, | \(", title)[0]
    if roll < 0.85:
        return core
    return core + rng.choice([" (Remote)", " (Hybrid)", " - Remote", " (m/w/d)"])


def _pick_family(rng: random.Random, fams: list[kit.Family], before: list[str]) -> kit.Family:
    ok = [
        f
        for f in fams
        if (f.name not in _AFTER_INTERVIEW or "interview" in before)
        and (f.name not in _AFTER_OFFER or "offer" in before)
        and (f.name not in _AFTER_TECHNICAL or "technical_round" in before)
        and (f.name not in _AFTER_REJECTION or "rejection" in before)
        and (f.name not in _AFTER_CONFIRMATION or before == ["confirmation"])
    ]
    common = [f for f in ok if f.name not in _RARE]
    if common and (rng.random() < 0.875 or len(common) == len(ok)):
        return rng.choice(common)
    return rng.choice(ok)


def _ctx(seed: str, company: vocab.Company, title: str, date: datetime) -> kit.Ctx:
    ctx = kit.Ctx(random.Random(seed))
    ctx._co, ctx._title, ctx.date = company, title, date
    ctx.cand_first, ctx.cand_last, ctx.cand_addr = CANDIDATE
    return ctx


def _message_id(seed: str, from_addr: str) -> str:
    digest = hashlib.sha256(seed.encode()).hexdigest()
    return f"<{digest[:20]}.{digest[20:26]}@{from_addr.rpartition('@')[2]}>"


def _render(
    ctx: kit.Ctx, draft: kit.Draft, message_id: str, parents: list[str], subject: str | None
) -> bytes:
    if subject is not None:
        draft.subject = subject
    if parents and not draft.quote:
        draft.headers["In-Reply-To"] = parents[-1]
    if parents:
        draft.headers["References"] = " ".join(parents)
    text = mime.render(ctx, draft)
    head, sep, body = text.partition("\n\n")
    head = re.sub(r"^Message-ID: .*$", f"Message-ID: {message_id}", head, count=1, flags=re.M)
    if parents:  # a quoted draft got a made-up In-Reply-To: point it at the real parent
        head = re.sub(r"^In-Reply-To: .*$", f"In-Reply-To: {parents[-1]}", head, flags=re.M)
    return (head + sep + body).encode("utf-8")


def _off_story(raw: bytes, ctx: kit.Ctx, company: vocab.Company, title: str) -> bool:
    """True when the template wrote about another employer or role than the story's and the
    message shows it: another role's title is in it, or the story's employer is not."""
    if ctx._co is company and ctx._title == title:
        return False
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    body = parsed.get_body(preferencelist=("plain", "html"))
    shown = f"{parsed['Subject']}\n{body.get_content() if body is not None else ''}"
    if ctx._co is not company and company.name not in shown:
        return True
    return ctx._title != title and ctx._title in shown


# Portals only public bodies recruit through (NHS Jobs, Civil Service Jobs).
_PUBLIC_PORTAL = re.compile(rb"^From:.*@(?:jobs\.nhs\.uk|csjobs\.example\.gov\.uk)", re.M)


def _public_portal_mail(raw: bytes, company: vocab.Company) -> bool:
    """True for mail from a portal only public bodies recruit through that does not name the
    story's employer: it is never about one of the invented private employers of a story."""
    if not _PUBLIC_PORTAL.search(raw.partition(b"\n\n")[0]):
        return False
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    part = parsed.get_body(preferencelist=("plain", "html"))
    shown = f"{parsed['Subject']}\n{part.get_content() if part is not None else ''}"
    return company.name not in shown


_REDRAWS = 8


def build(
    n_stories: int = 150, seed: str = "stories-v1", split: str = "eval"
) -> tuple[list[Story], list[StoryMail]]:
    """The stories (with their mail) and every message of the mailbox, in date order.

    ``split="eval"`` (the report) renders with held-out families only; ``split="train"``
    with training families only, the mailbox on which settings such as the confidence
    threshold are chosen.
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    rng = random.Random(seed)
    fams = _families(split)
    companies = _companies(rng, n_stories)
    weights = [w for w, _ in SEQUENCES]
    stories: list[Story] = []
    employers: list[vocab.Company] = []  # each story's employer, by index
    for i in range(n_stories):
        codes = rng.choices([s for _, s in SEQUENCES], weights)[0]
        company = companies[i]
        if i % 12 == 11:  # a second role at an employer an earlier story applied to
            company = employers[rng.randrange(len(employers))]
        employers.append(company)
        taken = {s.title for s in stories if s.company == company.name}
        title = rng.choice([t for t in TITLES if t not in taken])
        cats = [CODE[c] for c in codes]
        story = Story(
            key=f"s{i:03d}",
            company=company.name,
            title=title,
            codes=codes,
            expected_status=expected_status(cats),
            threaded=len(codes) > 1 and rng.random() < 0.4,
        )
        day = START + timedelta(days=rng.uniform(0, 150), hours=rng.uniform(0, 10))
        parents: list[str] = []
        first_subject = ""
        for step, cat in enumerate(cats):
            # A template that writes about another employer or role than the story's (a
            # public body renamed, a coding round for another title) makes mail that is not
            # this story's, so the truth would be wrong: draw again (a few times at most).
            draw = rng
            for attempt in range(_REDRAWS):
                fam = _pick_family(draw, fams[cat], cats[:step])
                mseed = f"{seed}:{story.key}:{step}" + (f":{attempt}" if attempt else "")
                variant = _title_variant(draw, title)
                ctx = _ctx(mseed, company, variant, day)
                draft = fam.make(ctx)
                message_id = _message_id(mseed, draft.from_addr)
                # Only people and the employer's own system reply in a thread; an ATS or an
                # assessment platform starts its own.
                in_thread = story.threaded and step > 0 and draft.from_addr.endswith(company.domain)
                subject = None
                if in_thread:
                    subject = "Re: " + re.sub(r"^(?i:re|aw|fwd?):\s*", "", first_subject)
                raw = _render(ctx, draft, message_id, parents if in_thread else [], subject)
                off_story = _off_story(raw, ctx, company, variant)
                portal = _public_portal_mail(raw, company)
                if not off_story and not portal:
                    break
                if portal and not off_story:
                    # Drawn again from a stream of its own, so the rest of the mailbox stays
                    # the mailbox it was before portal mail was recognised.
                    draw = random.Random(f"{mseed}:portal")
            off_story = off_story or portal
            first_subject = first_subject or draft.subject
            parents.append(message_id)
            story.mail.append(
                StoryMail(
                    message_id,
                    story.key,
                    cat,
                    fam.name,
                    day.isoformat(),
                    ctx.company_label() is not None,
                    ctx.title_used,
                    in_thread,
                    raw,
                    off_story,
                )
            )
            day += timedelta(days=rng.uniform(2, 21), hours=rng.uniform(-4, 4))
        stories.append(story)

    job = [m for s in stories for m in s.mail]
    noise: list[StoryMail] = []
    neg = fams["not_job"]
    for j in range(round(len(job) * NOT_JOB_PER_JOB)):
        fam = rng.choice(neg)
        mseed = f"{seed}:noise:{j}"
        ctx = kit.Ctx(random.Random(mseed))
        ctx.date = START + timedelta(days=rng.uniform(0, 200), seconds=rng.randrange(86400))
        ctx.cand_first, ctx.cand_last, ctx.cand_addr = CANDIDATE
        draft = fam.make(ctx)
        message_id = _message_id(mseed, draft.from_addr)
        raw = _render(ctx, draft, message_id, [], None)
        noise.append(
            StoryMail(
                message_id, "", "not_job", fam.name, ctx.date.isoformat(), False, False, raw=raw
            )
        )
    everything = sorted(job + noise, key=lambda m: m.date)
    return stories, everything


def truth(stories: list[Story]) -> list[dict[str, object]]:
    """The stories as JSON-ready dicts (without the raw bytes)."""
    out = []
    for s in stories:
        mails = [{k: v for k, v in asdict(m).items() if k != "raw"} for m in s.mail]
        out.append(
            {
                "key": s.key,
                "company": s.company,
                "title": s.title,
                "codes": list(s.codes),
                "expected_status": s.expected_status,
                "threaded": s.threaded,
                "mail": mails,
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("build/stories"))
    parser.add_argument("-n", type=int, default=150, help="how many applications")
    parser.add_argument("--seed", default="stories-v1", help="another seed, another mailbox")
    parser.add_argument(
        "--split", choices=SPLITS, default="eval", help="template families: held-out or training"
    )
    args = parser.parse_args()
    stories, mail = build(args.n, args.seed, args.split)
    args.out.mkdir(parents=True, exist_ok=True)
    box_path = args.out / "stories.mbox"
    box_path.unlink(missing_ok=True)
    box = mailbox.mbox(box_path)
    for m in mail:
        box.add(m.raw)
    box.flush()
    box.close()
    (args.out / "stories.json").write_text(json.dumps(truth(stories), indent=1) + "\n")
    job = sum(1 for m in mail if m.story)
    print(f"{len(stories)} stories, {job} job messages, {len(mail) - job} not-job -> {args.out}")


if __name__ == "__main__":
    main()
