"""Generate the labelled training / evaluation corpus: ``models/corpus/corpus.jsonl``.

Run ``python models/recipe/corpus.py`` (``make models`` does it first). Deterministic: every
message is drawn from ``random.Random("<family>:<index>")``, so the same code writes the same
bytes.

Each template family (``fam_*.py``) is one writing style of one category. The split is BY
FAMILY, never by row: within each category the families are ordered by the SHA-256 of their
name and the first quarter (rounded up) is held out as ``eval``. No eval family is ever
trained on, so the eval figures measure generalisation to unseen styles (of our own making).

Labels: ``company`` and ``job_title`` are set only when the message really names them (the
template context records every read of the employer and the role, and the title must show in
the rendered message) and only for job mail;
``ats`` is the platform of the sending domain (``intel.features.platform_for_domain``).
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import importlib
import json
import math
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

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
EVAL_SHARE = 0.25
OUT = HERE.parent / "corpus" / "corpus.jsonl"


def split_of_families() -> dict[str, str]:
    """family name -> "train" | "eval", a quarter of each category's families held out."""
    by_category: dict[str, list[str]] = defaultdict(list)
    for fam in kit.REGISTRY:
        by_category[fam.category].append(fam.name)
    split: dict[str, str] = {}
    for names in by_category.values():
        ordered = sorted(names, key=lambda n: hashlib.sha256(n.encode()).hexdigest())
        held = math.ceil(len(ordered) * EVAL_SHARE)
        for i, name in enumerate(ordered):
            split[name] = "eval" if i < held else "train"
    return split


def _shown(eml: str) -> str:
    """What a reader sees of a rendered message: its text parts, sender and subject.

    A family may read the employer or the title for a sentence it then drops (a quoted
    earlier message that is cut, an alternative not taken); labels follow what is shown.
    """
    message = email.message_from_string(eml, policy=email.policy.default)
    parts = [
        str(part.get_content()) for part in message.walk() if part.get_content_maintype() == "text"
    ]
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
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
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
