"""Replay the hand-written mailboxes through the real pipeline; score each application.

``models/corpus/blind/mailboxes/<name>/`` (session 25, never trained on) and
``models/corpus/wild/mailboxes/<name>/`` (sessions 19 to 24, trained on since) each hold
one job seeker's inbox over a few months, as .eml files written by someone who never saw the
templates or the code, and ``expected.json``: each application's messages and the status its
story ends in. Unlike ``eval_status.py``'s mailbox (held-out template families), nothing
here was generated: the employers, wording, threads and hard negatives are the writers' own.

Each mailbox is imported into a throwaway encrypted store as ``applytrack import`` would
(``eval_status.replay``), then each story is found as the application holding most of its
messages. *Status right* follows the contract: a story that starts with a confirmation
must end in its final status; one that starts with other mail (a recruiter's outreach)
makes no application by itself (its mail waits in the review list), so it is right when no
application holds its mail. Portal-account mail and outreach before the confirmation (an
account created, then the receipt) make and move nothing, so the first message that can move
a status decides. Also printed: applications created that no story owns, story
mail left unattached, and, with ``--verbose``, every failing story.

Run: ``.venv/bin/python benchmarks/eval_blind_mailboxes.py [--verbose]``. Figures are
printed, never asserted; the mailboxes' first measurements are in the session-19 to
session-25 notes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_status import CachingAnalyzer, replay

from applytrack_desktop.core.status_rules import DEFAULT_CONFIDENCE_THRESHOLD
from applytrack_desktop.mail.parse import parse_message
from applytrack_desktop.mail.sources import RawSource

ROOT = Path(__file__).resolve().parents[1]
# The blind set's inboxes (session 25, never trained on) and the wild set's (sessions 19
# to 24, trained on since: their classification is no longer a blind figure).
SETS = {
    "blind": ROOT / "models" / "corpus" / "blind",
    "wild, trained on": ROOT / "models" / "corpus" / "wild",
}


def score(folder: Path, labels: dict[str, dict[str, str]], verbose: bool) -> tuple[int, ...]:
    """(stories right, stories, applications no story owns, story mail unattached)."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    files = sorted(folder.glob("*.eml"))
    ids = {f.name: parse_message(f.read_bytes()).message_id for f in files}
    sources = [RawSource(f.name, f.read_bytes()) for f in files]
    result = replay(sources, CachingAnalyzer(), DEFAULT_CONFIDENCE_THRESHOLD)
    right = 0
    owned: set[int] = set()
    unattached = 0
    for story in expected:
        names = story["messages"]
        holders = Counter(
            app for n in names if (app := result.mail.get(ids[n], (None,))[0]) is not None
        )
        unattached += sum(1 for n in names if result.mail.get(ids[n], (None,))[0] is None)
        cats = [labels[f"mailboxes/{folder.name}/{n}"]["category"] for n in names]
        # Portal-account mail and outreach neither make nor move an application: the story's
        # application is made by its first message that can move a status, if a confirmation.
        first = next((c for c in cats if c not in ("other_job", "recruiter_outreach")), None)
        if holders:
            app_id = holders.most_common(1)[0][0]
            owned.add(app_id)
            got: str | None = str(result.apps[app_id][2])
        else:
            got = None
        want = story["final_status"] if first == "confirmation" else None
        ok = got == want
        right += ok
        if verbose and not ok:
            name = f"{story['company']} / {story['job_title']}"
            print(f"  {folder.name}: {name}: want {want}, got {got}")
    spare = [a for a in result.apps if a not in owned]
    if verbose:
        for app_id in spare:
            company, title, status = result.apps[app_id]
            print(f"  {folder.name}: no story's application: {company} / {title} ({status})")
    return right, len(expected), len(spare), unattached


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every failing story")
    args = parser.parse_args()
    for name, root in SETS.items():
        labels = json.loads((root / "labels.json").read_text(encoding="utf-8"))
        total = [0, 0, 0, 0]
        mailboxes = root / "mailboxes"
        for folder in sorted(p for p in mailboxes.iterdir() if (p / "expected.json").is_file()):
            right, stories, spare, unattached = score(folder, labels, args.verbose)
            print(
                f"{folder.name}: final status right {right}/{stories} ({right / stories:.3f}); "
                f"applications of no story {spare}; story mail unattached {unattached}"
            )
            total = [t + v for t, v in zip(total, (right, stories, spare, unattached), strict=True)]
        right, stories, spare, unattached = total
        print(
            f"{name}, all: final status right {right}/{stories} ({right / max(stories, 1):.3f}); "
            f"applications of no story {spare}; story mail unattached {unattached}\n"
        )


if __name__ == "__main__":
    main()
