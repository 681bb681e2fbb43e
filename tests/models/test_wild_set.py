"""The wild set trains in small families; the blind set is measured and never trained on."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.models.recipe import import_recipe

wild_set = import_recipe("wild_set")

MAIL = b"From: a@b.org\nTo: c@d.org\nSubject: s\nMessage-ID: <m@b.org>\n\nbody\n"


def _folder(tmp_path: Path, labels: dict[str, str]) -> Path:
    for name in labels:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(MAIL.replace(b"<m@", f"<{name}@".encode()))
    body = {n: {"category": c} for n, c in labels.items()}
    (tmp_path / "labels.json").write_text(json.dumps(body), encoding="utf-8")
    return tmp_path


def test_wild_messages_form_small_families_per_category(tmp_path: Path) -> None:
    labels = {f"{i:03d}-x.eml": "offer" for i in range(7)}
    labels |= {"mailboxes/a/001-y.eml": "not_job", "mailboxes/a/002-y.eml": "not_job"}
    rows, messages = wild_set.training(_folder(tmp_path, labels))
    assert len(rows) == len(messages) == 9
    assert {r["split"] for r in rows} == {"train"}
    sizes = Counter(str(r["family"]) for r in rows)
    assert max(sizes.values()) == wild_set.FAMILY_SIZE
    offer_families = {r["family"] for r in rows if r["category"] == "offer"}
    assert len(offer_families) == 3  # 7 offers: 3 + 3 + 1
    assert not offer_families & {r["family"] for r in rows if r["category"] == "not_job"}
    assert [r["id"] for r in rows] == sorted(labels)  # file order: one writer's neighbours
    assert messages[0].message_id == "<000-x.eml@b.org>"


def test_no_blind_message_is_in_the_wild_set() -> None:
    wild = json.loads((wild_set.WILD / "labels.json").read_text(encoding="utf-8"))
    blind_messages, truth, names = wild_set.blind()
    assert len(names) >= 590 and len(truth) == len(blind_messages) == len(names)
    wild_ids = {wild_set.parse_message((wild_set.WILD / n).read_bytes()).message_id for n in wild}
    assert not wild_ids & {m.message_id for m in blind_messages if m.message_id}
