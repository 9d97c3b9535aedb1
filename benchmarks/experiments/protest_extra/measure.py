"""Does the extra PROTEST set (benchmarks/data/protest_extra.csv) help the PROTEST filter?

Inner measurement only, on the OEDA *training* part (``rasd.events.oeda.is_heldout`` false; the
held-out part is never read).  Repeated stratified 5-fold CV over the OEDA training sentences:
for each fold the filter (features and logistic regression exactly as rasd.events.train fits
it) is trained on the other four folds, with or without the extra sentences added, and scores
the held fold, which never holds an extra sentence.  F1 counts a sentence as predicted when it
is a candidate (an asserted PROTEST trigger, the only sentences the stage asks the filter about)
and its score passes the threshold.  Reported per arm and per C:

* ``f1_best``: F1 at the best threshold on the pooled out-of-fold scores (what train.py calls
  ``oof_f1``; optimistic, but the same for both arms);
* ``f1_p50``: F1 at probability 0.5 (class-balanced weights make 0.5 the natural cut);
* ``ap``: average precision over all sentences (non-candidates ranked last).

Run from the repository root (about 8 minutes on one shared core; ``--paired``: about 4,
per-repeat differences at C=0.03 over 10 repeats; ``--news``: CV over the extra set itself,
the news-domain direction):

    PYTHONPATH=src nice -n 10 python benchmarks/experiments/protest_extra/measure.py [--paired|--news]

Output of the last runs: ``measure_output.txt`` next to this script.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rasd.events.extra_data import load_extra
from rasd.events.oeda import is_heldout, load_detection
from rasd.events.train import _best_f1_threshold, _matrix, _sigmoid, featurize

OEDA = Path("../shared/data/events/protest_detection_dev.csv")
EXTRA = Path("benchmarks/data/protest_extra.csv")
NEWS = Path("../shared/data/news/saudinewsnet_2015_all.jsonl.gz")
CS = (0.03, 0.1, 0.3, 1.0, 3.0)
REPEATS = 5
ARMS = {"oeda only": 0.0, "+ extra (w=1)": 1.0, "+ extra (w=0.5)": 0.5}


def _featurize(texts: Sequence[str]) -> tuple[Any, np.ndarray]:
    feats = [featurize(t, "PROTEST") for t in texts]
    return _matrix([f for f, _ in feats]), np.array([c for _, c in feats])


def _fit(x: Any, y: np.ndarray, w: np.ndarray, c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="liblinear")
    return clf.fit(x, y, sample_weight=w)


def _oof(data: dict[str, Any], c: float, weight: float, seed: int) -> np.ndarray:
    """Out-of-fold decision scores of the OEDA training sentences, extra sentences (with
    ``weight``; none when 0) added to every training fold."""
    from scipy.sparse import vstack
    from sklearn.model_selection import StratifiedKFold

    x, y, xe, ye = data["x"], data["y"], data["xe"], data["ye"]
    out = np.zeros(len(y))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(x, y):
        xt, yt, wt = x[tr], y[tr], np.ones(len(tr))
        if weight > 0:
            xt, yt = vstack([xt, xe]).tocsr(), np.concatenate([yt, ye])
            wt = np.concatenate([wt, np.full(len(ye), weight)])
        out[te] = _fit(xt, yt, wt, c).decision_function(x[te])
    return out


def _scores(oof: np.ndarray, y: np.ndarray, cand: np.ndarray) -> tuple[float, float, float]:
    from sklearn.metrics import average_precision_score

    p = _sigmoid(oof)
    f1_best = _best_f1_threshold(p, y, cand)[0]
    pred = cand & (p >= 0.5)
    f1_p50 = 2 * float((pred & y).sum()) / max(1.0, pred.sum() + y.sum())
    ranked = np.where(cand, oof, oof.min() - 1.0)
    return f1_best, f1_p50, float(average_precision_score(y, ranked))


def _extra_report(data: dict[str, Any], labels: list[str]) -> list[str]:
    ye, ce = data["ye"], data["ce"]
    lines = [
        f"extra set: {len(labels)} rows, yes {labels.count('yes')}, no {labels.count('no')}, "
        f"ambiguous {labels.count('ambiguous')} (left out); used {len(ye)}",
        f"stage candidates in the extra set: {int(ce.sum())} of {len(ye)} "
        f"(yes {int((ce & ye).sum())} of {int(ye.sum())}, no {int((ce & ~ye).sum())} "
        f"of {int((~ye).sum())})",
    ]
    clf = _fit(data["x"], data["y"], np.ones(len(data["y"])), 0.3)
    p = _sigmoid(clf.decision_function(data["xe"]))
    pred = ce & (p >= 0.5)
    f1 = 2 * float((pred & ye).sum()) / max(1.0, pred.sum() + ye.sum())
    lines.append(
        f"filter fitted on all OEDA training sentences (C=0.3), applied to the extra set: "
        f"F1 {f1:.3f} at p>=0.5 (P {float((pred & ye).sum()) / max(1, pred.sum()):.3f}, "
        f"R {float((pred & ye).sum()) / max(1, ye.sum()):.3f})"
    )
    return lines


def _load() -> tuple[dict[str, Any], list[str]]:
    sents = [s for s in load_detection(OEDA) if not is_heldout(s.id)]
    extra_all = load_extra(EXTRA, NEWS, keep_ambiguous=True)
    extra = [e for e in extra_all if e.label != "ambiguous"]
    x, cand = _featurize([s.text for s in sents])
    xe, ce = _featurize([e.text for e in extra])
    data = {
        "x": x,
        "y": np.array([s.positive for s in sents]),
        "cand": cand,
        "xe": xe,
        "ye": np.array([e.positive for e in extra]),
        "ce": ce,
        "texts": [e.text for e in extra],
    }
    return data, [e.label for e in extra_all]


def paired(c: float = 0.03, repeats: int = 10) -> None:
    """Per-repeat differences (extra arm minus OEDA-only arm, same folds) at one C."""
    data, _ = _load()
    y, cand = data["y"], data["cand"]
    base = np.array([_scores(_oof(data, c, 0.0, s), y, cand) for s in range(repeats)])
    print(f"paired differences vs 'oeda only', C={c}, {repeats} repeats: mean ± sd (wins)")
    for arm, weight in list(ARMS.items())[1:]:
        rows = np.array([_scores(_oof(data, c, weight, s), y, cand) for s in range(repeats)])
        d = rows - base
        cells = ", ".join(
            f"{name} {d[:, k].mean():+.3f} ± {d[:, k].std():.3f} ({int((d[:, k] > 0).sum())})"
            for k, name in enumerate(("f1_best", "f1_p50", "ap"))
        )
        print(f"{arm}: {cells}")


def _group(text: str) -> str:
    """Near-duplicate key (one agency story printed by several papers): the first words."""
    return " ".join(text.lstrip("و").split()[:5])


def news_cv(c: float = 0.03, repeats: int = 5) -> None:
    """The other direction: 5-fold CV over the extra (news) set, folds grouped by
    near-duplicate key; the filter is trained on all OEDA training sentences plus, or without,
    the other extra folds, and scores the held extra fold."""
    from scipy.sparse import vstack
    from sklearn.model_selection import StratifiedGroupKFold

    data, _ = _load()
    x, y, xe, ye, ce = data["x"], data["y"], data["xe"], data["ye"], data["ce"]
    groups = [_group(t) for t in data["texts"]]
    print(f"news-side CV on the extra set (C={c}, {repeats} repeats): f1_best | f1_p50 | ap")
    for weight in (0.0, 1.0, 0.5):
        rows = []
        for seed in range(repeats):
            out = np.zeros(len(ye))
            folds = StratifiedGroupKFold(5, shuffle=True, random_state=seed)
            for tr, te in folds.split(xe, ye, groups):
                xt, yt, wt = x, y, np.ones(len(y))
                if weight > 0:
                    xt, yt = vstack([x, xe[tr]]).tocsr(), np.concatenate([y, ye[tr]])
                    wt = np.concatenate([wt, np.full(len(tr), weight)])
                out[te] = _fit(xt, yt, wt, c).decision_function(xe[te])
            rows.append(_scores(out, ye, ce))
        m, sd = np.array(rows).mean(axis=0), np.array(rows).std(axis=0)
        cells = " | ".join(f"{a:.3f} ± {b:.3f}" for a, b in zip(m, sd, strict=True))
        print(f"oeda + extra folds (w={weight}): {cells}")


def main() -> None:
    data, labels = _load()
    y, cand = data["y"], data["cand"]
    print(f"OEDA PROTEST training part: n={len(y)} yes={int(y.sum())} candidates={int(cand.sum())}")
    for line in _extra_report(data, labels):
        print(line)
    print(f"repeated 5-fold CV on the OEDA training part ({REPEATS} repeats), mean ± sd")
    print("| arm | C | f1_best | f1_p50 | ap |")
    print("|---|---|---|---|---|")
    for arm, weight in ARMS.items():
        for c in CS:
            rows = np.array([_scores(_oof(data, c, weight, s), y, cand) for s in range(REPEATS)])
            m, sd = rows.mean(axis=0), rows.std(axis=0)
            cells = " | ".join(f"{a:.3f} ± {b:.3f}" for a, b in zip(m, sd, strict=True))
            print(f"| {arm} | {c} | {cells} |")
            sys.stdout.flush()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--paired"]:
        paired()
    elif sys.argv[1:2] == ["--news"]:
        news_cv()
    else:
        main()
