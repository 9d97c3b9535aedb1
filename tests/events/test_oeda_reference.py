"""The one-annotator reference of the OEDA labels (rasd.events.oeda.annotator_reference)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.events.oeda import annotator_reference, is_heldout


def test_expected_single_annotator_scores(tmp_path: Path) -> None:
    ids = [str(i) for i in range(200)]
    train = [i for i in ids if not is_heldout(i)][:5]
    rows = [
        (train[0], "yes", 3, 0),
        (train[1], "yes", 3, 0),
        (train[2], "difficult no", 1, 2),  # one annotator in three accepts it
        (train[3], "easy no", 0, 3),
        (train[4], "ambiguous", 1, 0),  # left out, as in the scorer
    ]
    csv = tmp_path / "d.csv"
    csv.write_text(
        "accept,event_type,id,label,reject,text,total\n"
        + "".join(f"{a},ASSAULT,{i},{lab},{r},نص,{a + r}\n" for i, lab, a, r in rows),
        encoding="utf-8",
    )
    ref = annotator_reference(csv, "train")
    assert ref["positives"] == 2 and ref["expected_fp"] == pytest.approx(1 / 3)
    assert ref["precision"] == pytest.approx(2 / (2 + 1 / 3))
    assert ref["f1"] == pytest.approx(2 * ref["precision"] / (1 + ref["precision"]))
    assert annotator_reference(csv, "heldout")["positives"] == 0
