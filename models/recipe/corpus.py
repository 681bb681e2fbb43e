"""Generate the labelled training / evaluation corpus: ``models/corpus/corpus.jsonl.gz``.

Run ``python models/recipe/corpus.py`` (``make models`` does it first). Deterministic: every
message is drawn from ``random.Random("<family>:<index>")``, so the same code writes the same
bytes.

Each template family (``fam_*.py``) is one writing style of one category. The split is BY
FAMILY, never by row: a family is held out as ``eval`` when the SHA-256 of its name (in hex)
sorts before its category's ``EVAL_CUTOFF``, and is ``train`` otherwise. No eval family is
ever trained on, so the eval figures measure generalisation to unseen styles (of our own making).

The cutoffs froze the split of session 9 (2026-11-27, 778 families): until then the first
quarter (rounded up) of each category's families in hash order was held out, so adding one
family could move OTHER families between train and eval, and the held-out set shifted under
every comparison. Each cutoff is the first 8 hex digits of the hash of that category's first
training family at the freeze, so every family that existed then keeps its split exactly
(``tests/models/test_split.py`` checks it against the list of that day), and a new family is
held out by the same rule: about a quarter of new families land in ``eval``, by name alone.

Labels: ``company`` and ``job_title`` are set only when the message really names them (the
template context records every read of the employer and the role, and the title must show in
the rendered message) and only for job mail;
``ats`` is the platform of the sending domain (``intel.features.platform_for_domain``).
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import html
import importlib
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_file  # noqa: E402
import kit  # noqa: E402
import mime  # noqa: E402

from applytrack_desktop.intel.features import platform_for_domain  # noqa: E402

# Every ``fam_*.py`` beside this file registers its families in ``kit.REGISTRY`` when imported;
# importing them in name order keeps the corpus byte-identical from run to run.
FAMILY_MODULES = tuple(importlib.import_module(path.stem) for path in sorted(HERE.glob("fam_*.py")))
CATEGORIES = (
    "confirmation",
    "interview",
    "technical_round",
    "offer",
    "rejection",
    "recruiter_outreach",
    "other_job",
    "not_job",
)
# Per category: a family is ``eval`` when sha256(name).hexdigest() < the cutoff (see the
# docstring; the cutoffs reproduce the quarter-by-hash split of 2026-11-27 exactly).
EVAL_CUTOFF = {
    "confirmation": "4a22971e",
    "interview": "51bbb2ed",
    "technical_round": "41d1b9d0",
    "offer": "392840d1",
    "rejection": "40921ddf",
    "recruiter_outreach": "24468cfc",
    "other_job": "52d30442",
    "not_job": "434308e4",
}
OUT = corpus_file.path()


def split_of(name: str, category: str) -> str:
    """ "eval" when the family's name hashes below its category's cutoff, else "train".

    A function of the name alone: adding or removing a family never moves another one.
    """
    held = hashlib.sha256(name.encode()).hexdigest() < EVAL_CUTOFF[category]
    return "eval" if held else "train"


def split_of_families() -> dict[str, str]:
    """family name -> "train" | "eval" for every registered family (``split_of``)."""
    return {fam.name: split_of(fam.name, fam.category) for fam in kit.REGISTRY}


FROZEN_SPLIT = HERE / "split_2026-11-27.txt"  # every family of that day: category, name, split


def families_held_out_then() -> set[str]:
    """The families held out on 2026-11-27: the eval set the figures before then used."""
    lines = FROZEN_SPLIT.read_text(encoding="utf-8").splitlines()
    return {name for _, name, split in (line.split() for line in lines) if split == "eval"}


def _shown(eml: str) -> str:
    """What a reader sees of a rendered message: its text parts, sender and subject.

    A family may read the employer or the title for a sentence it then drops (a quoted
    earlier message that is cut, an alternative not taken); labels follow what is shown.
    """
    message = email.message_from_string(eml, policy=email.policy.default)
    parts = []
    for part in message.walk():
        if part.get_content_maintype() == "text":
            content = str(part.get_content())
            if part.get_content_subtype() == "html":
                # An HTML part says "Marlowe &amp; Finch"; its reader sees "Marlowe & Finch".
                content = html.unescape(content)
            parts.append(content)
    return " ".join(parts) + " " + str(message["From"]) + " " + str(message["Subject"])


def _names_company(shown: str, company: str) -> bool:
    """Named in the text, or only by its domain / ATS tenant (``acme@myworkday.com``)."""
    stem = "".join(ch for ch in company.lower() if ch.isalnum())
    compact = "".join(ch for ch in shown.lower() if ch.isalnum())
    return company in shown or stem in compact


def generate() -> list[dict[str, object]]:
    split = split_of_families()
    rows: list[dict[str, object]] = []
    for fam in kit.REGISTRY:
        if fam.category not in CATEGORIES:
            raise ValueError(f"family {fam.name} has unknown category {fam.category}")
        for i in range(fam.n):
            ctx = kit.Ctx(random.Random(f"{fam.name}:{i}"))
            ctx.job_mail = fam.category != "not_job"
            draft = fam.make(ctx)
            eml = mime.render(ctx, draft)
            job = fam.category != "not_job"
            company = ctx.company_label() if job else None
            title = ctx._title if job and ctx.title_used else None
            shown = _shown(eml) if company or title else ""
            platform = platform_for_domain(draft.from_addr.rpartition("@")[2])
            rows.append(
                {
                    "id": f"{fam.name}-{i:03d}",
                    "family": fam.name,
                    "split": split[fam.name],
                    "category": fam.category,
                    "company": company if company and _names_company(shown, company) else None,
                    "job_title": title if title and title in shown else None,
                    "ats": platform[0] if platform else None,
                    "lang": draft.lang if draft.lang != "en" else fam.lang,
                    "eml": eml,
                }
            )
    return rows


def main() -> None:
    rows = generate()
    corpus_file.write(rows, OUT)
    counts = Counter((r["category"], r["split"]) for r in rows)
    fams = Counter((f.category, split_of_families()[f.name]) for f in kit.REGISTRY)
    for cat in CATEGORIES:
        print(
            f"{cat:20} train {counts[(cat, 'train')]:5} ({fams[(cat, 'train')]} families)  "
            f"eval {counts[(cat, 'eval')]:5} ({fams[(cat, 'eval')]} families)"
        )
    print(f"{len(rows)} messages, {OUT.stat().st_size / 1e6:.1f} MB -> {OUT}")


if __name__ == "__main__":
    main()
