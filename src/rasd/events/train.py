"""Training of the ASSAULT / PROTEST sentence filters (needs scikit-learn and scipy).

* weights: logistic regression on the OEDA training part (the held-out part is never read);
  C, and the ``oeda`` profile's threshold, from 5-fold out-of-fold scores; its Platt scaling is
  fitted on the out-of-fold scores of the candidates that pass the threshold;
* ``news`` profile: same slope, intercept refitted (maximum likelihood) and threshold chosen on
  the *dev* half of rasd's own news gold (benchmarks/data/events_gold.jsonl); its test half is
  never read here.

The result goes to ``resources/events/filters.npz`` (see rasd.events.model).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rasd.events.detect import analyse_sentence
from rasd.events.features import DIM, TriggerView, hashed, sentence_features
from rasd.events.lexicon import load_lexicon
from rasd.events.oeda import OedaSentence, is_heldout, load_detection
from rasd.events.trigger_context import clusters_crc
from rasd.text.tokenize import tokenize

__all__ = ["featurize", "train_filters"]

_CS = (0.03, 0.1, 0.3, 1.0, 3.0)
_MIN_EMITTED = 100


def featurize(text: str, event_type: str = "") -> tuple[list[int], bool]:
    """Hashed feature indices of one sentence, as the stage computes them, and whether it
    holds an asserted trigger of ``event_type`` (the stage only asks the filter about those)."""
    tokens = tokenize(text)
    sa = analyse_sentence(tokens, 0, len(tokens), load_lexicon(), {})
    span = max(1, len(tokens))
    views = [TriggerView(m, mod, m.first / span) for m, mod, _ in sa.triggers]
    cand = any(
        getattr(m.entry, "type", "") == event_type and mod == "asserted"
        for m, mod, _ in sa.triggers
    )
    return hashed(sentence_features(tokens, 0, len(tokens), views, sa.clauses)), cand


def _matrix(rows: Sequence[list[int]]):  # type: ignore[no-untyped-def]
    from scipy.sparse import csr_matrix

    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows])
    return csr_matrix(
        (np.ones(len(indices), dtype=np.float32), indices, indptr), shape=(len(rows), DIM)
    )


def _oof_scores(x, y: np.ndarray, c: float) -> np.ndarray:  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    out = np.zeros(len(y))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(x, y):
        clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="liblinear")
        clf.fit(x[tr], y[tr])
        out[te] = clf.decision_function(x[te])
    return out


def _best_f1_threshold(p: np.ndarray, y: np.ndarray, cand: np.ndarray) -> tuple[float, float]:
    """Best F1 of 'cand and p >= t' over t, and that t (the lowest t when tied)."""
    best = (0.0, -1.0)
    for t in np.unique(np.round(p[cand], 3)):
        pred = cand & (p >= t)
        f1 = 2 * float((pred & y).sum()) / max(1.0, pred.sum() + y.sum())
        if f1 > best[0]:
            best = (f1, float(t))
    return best[0], max(best[1], 0.0)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def _fit_intercept(score: np.ndarray, y: np.ndarray, a: float) -> float:
    """Maximum-likelihood b of sigmoid(a * score + b) with the slope a fixed."""
    grid = np.linspace(-8, 8, 801)
    eps = 1e-9
    nll = [
        -(
            y * np.log(_sigmoid(a * score + b) + eps)
            + (~y) * np.log(1 - _sigmoid(a * score + b) + eps)
        ).sum()
        for b in grid
    ]
    return float(grid[int(np.argmin(nll))])


def _emitted_platt(
    oof: np.ndarray, y: np.ndarray, cand: np.ndarray, abt: tuple[float, float, float]
) -> tuple[float, float, float]:
    """Platt curve refitted on the out-of-fold scores of the candidates the threshold emits
    (the only ones whose confidence is ever shown), with the threshold moved onto it so the
    same sentences pass; kept on all candidates when fewer than ``_MIN_EMITTED`` pass (nested
    CV: emitted-only is better with ~140 emitted ASSAULT events, worse with ~60 PROTEST ones)."""
    from sklearn.linear_model import LogisticRegression

    a, b, thr = abt
    t = min(max(thr, 1e-6), 1 - 1e-6)
    z_t = (np.log(t / (1 - t)) - b) / a
    emitted = cand & (oof >= z_t)
    if emitted.sum() < _MIN_EMITTED or len(set(y[emitted].tolist())) < 2:
        return a, b, thr
    platt = LogisticRegression(C=1e6).fit(oof[emitted].reshape(-1, 1), y[emitted])
    a2, b2 = float(platt.coef_[0][0]), float(platt.intercept_[0])
    if a2 <= 0:
        return a, b, thr
    thr2 = float(_sigmoid(np.array([a2 * z_t + b2]))[0]) - 1e-6
    return a2, b2, max(thr2, 0.0)


def _fit_oeda(sents: Sequence[OedaSentence], name: str, log: list[str]):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    feats = [featurize(s.text, name) for s in sents]
    x = _matrix([f for f, _ in feats])
    cand = np.array([c for _, c in feats])
    y = np.array([s.positive for s in sents])
    scored = []
    for c in _CS:
        oof = _oof_scores(x, y, c)
        scored.append((_best_f1_threshold(_sigmoid(oof), y, cand)[0], c, oof))
    f1, c, oof = max(scored, key=lambda t: t[0])
    platt = LogisticRegression(C=1e6).fit(oof[cand].reshape(-1, 1), y[cand])
    a, b = float(platt.coef_[0][0]), float(platt.intercept_[0])
    _, thr = _best_f1_threshold(_sigmoid(a * oof + b), y, cand)
    a, b, thr = _emitted_platt(oof, y, cand, (a, b, thr))
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="liblinear").fit(
        x, y
    )
    log.append(
        f"{name}: oeda n={len(y)} pos={int(y.sum())} C={c} oof_f1={f1:.3f} threshold={thr:.3f}"
    )
    return clf, (a, b, thr)


def _news_profile(
    clf,
    rows: Sequence[tuple[str, bool]],
    name: str,
    a: float,  # type: ignore[no-untyped-def]
    log: list[str],
) -> tuple[float, float, float]:
    feats = [featurize(text, name) for text, _ in rows]
    cand = np.array([c for _, c in feats])
    y = np.array([lab for _, lab in rows])
    score = clf.decision_function(_matrix([f for f, _ in feats]))
    b = _fit_intercept(score[cand], y[cand], a)
    f1, thr = _best_f1_threshold(_sigmoid(a * score + b), y, cand)
    log.append(
        f"{name}: news dev n={len(y)} pos={int(y.sum())} candidates={int(cand.sum())} "
        f"intercept={b:.2f} f1={f1:.3f} threshold={thr:.3f}"
    )
    return a, b, thr


def news_dev_sentences(gold: Path, news: Path, event_type: str) -> list[tuple[str, bool]]:
    """(sentence text, has an asserted gold event of the type) for the dev half of the own gold."""
    from rasd.events.scoring import load_news

    rows = _dev_rows(gold)
    arts = load_news(news, {r["article_id"] for r in rows})
    return [
        (
            arts[r["article_id"]]["text"][r["start"] : r["end"]],
            any(e["type"] == event_type and e["modality"] == "asserted" for e in r["events"]),
        )
        for r in rows
    ]


def _dev_rows(gold: Path) -> list[dict]:  # type: ignore[type-arg]
    rows = [json.loads(x) for x in gold.read_text("utf-8").splitlines() if x.strip()]
    return [r for r in rows if not is_heldout(r["article_id"])]


def fit_lexicon_calibration(gold: Path, news: Path, filters_path: Path, out: Path) -> str:
    """Platt curve from raw lexicon confidence to 'the sentence has a gold event of this type',
    fitted on the events of the gold's dev half that the filters do not score; written to ``out``."""
    from sklearn.linear_model import LogisticRegression

    from rasd.events.context import load_fatality_words
    from rasd.events.evaluate import analyse_text
    from rasd.events.extract import EventResources, extract_events
    from rasd.events.model import read_filters
    from rasd.events.scoring import load_news

    filters = read_filters(filters_path, "news")
    res = EventResources(load_lexicon(), filters, load_fatality_words(), (1.0, 0.0))
    rows = _dev_rows(gold)
    arts = load_news(news, {r["article_id"] for r in rows})
    xs, ys = [], []
    for art_id in sorted(arts):
        events = extract_events(analyse_text(arts[art_id]["text"]), res)
        for r in (r for r in rows if r["article_id"] == art_id):
            gold_types = {e["type"] for e in r["events"]}
            for e in events:
                if r["start"] <= e.trigger.start < r["end"] and not (
                    e.type in filters and e.modality == "asserted"
                ):
                    xs.append(np.log(e.confidence / (1 - e.confidence)))
                    ys.append(e.type in gold_types)
    lr = LogisticRegression(C=1e6).fit(np.array(xs).reshape(-1, 1), np.array(ys))
    a, b = float(lr.coef_[0][0]), float(lr.intercept_[0])
    out.write_text(
        json.dumps(
            {
                "a": round(a, 4),
                "b": round(b, 4),
                "n": len(ys),
                "positive": int(sum(ys)),
                "fitted_on": "benchmarks/data/events_gold.jsonl dev half",
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    return f"lexicon calibration: n={len(ys)} right={int(sum(ys))} a={a:.3f} b={b:.3f}"


def train_filters(data_dir: Path, gold: Path, news: Path, out: Path) -> list[str]:
    """Train both filters and both profiles, then the lexicon calibration; write ``out`` and
    ``calibration.json`` next to it; return a log."""
    log: list[str] = []
    arrays: dict[str, np.ndarray] = {}
    for name, fname in (
        ("ASSAULT", "assault_detection_dev.csv"),
        ("PROTEST", "protest_detection_dev.csv"),
    ):
        sents = [s for s in load_detection(data_dir / fname) if not is_heldout(s.id)]
        clf, oeda = _fit_oeda(sents, name, log)
        news_p = _news_profile(clf, news_dev_sentences(gold, news, name), name, oeda[0], log)
        arrays[f"{name}_w"] = clf.coef_[0].astype(np.float16)
        arrays[f"{name}_meta"] = np.array(
            [float(clf.intercept_[0]), *news_p, *oeda, float(clusters_crc())]
        )
    np.savez_compressed(out, **arrays)  # type: ignore[arg-type]
    log.append(fit_lexicon_calibration(gold, news, out, out.parent / "calibration.json"))
    return log
