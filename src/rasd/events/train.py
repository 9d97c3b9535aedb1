"""Training of the ASSAULT / PROTEST sentence filters (needs scikit-learn and scipy).

* weights: logistic regression on the OEDA training part (the held-out part is never read);
  C from repeated stratified 5-fold x 5 seeds with the one-standard-error rule towards the
  smaller C (rasd.events.cvselect); the ``oeda`` profile's threshold and Platt curve from the
  out-of-fold scores of all seeds pooled (Platt on the emitted candidates or on all candidates,
  whichever has the lower cross-fitted ECE);
* ``news`` profile: same slope, intercept refitted (maximum likelihood) and threshold chosen on
  the *dev* half of rasd's own news gold (benchmarks/data/events_gold.jsonl); its test half is
  never read here;
* lexicon confidence (``calibration.json``, rasd.events.lexcal): Platt curve on the dev half,
  its intercept shrunk towards the accuracy of a lexicon not tuned on that half.

The result goes to ``resources/events/filters.npz`` (see rasd.events.model).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rasd.events.cvselect import (
    CResult,
    best_threshold,
    fit_platt,
    one_se_choice,
    repeated_oof,
    summarise,
)
from rasd.events.detect import analyse_sentence
from rasd.events.features import DIM, TriggerView, hashed, sentence_features
from rasd.events.lexcal import fit_lexicon_calibration
from rasd.events.lexicon import load_lexicon
from rasd.events.oeda import OedaSentence, is_heldout, load_detection
from rasd.events.trigger_context import clusters_crc
from rasd.text.tokenize import tokenize

__all__ = ["featurize", "fit_lexicon_calibration", "train_filters"]

_CS = (0.03, 0.1, 0.3, 1.0, 3.0)
# weight of the extra annotated news sentences (benchmarks/data/protest_extra.csv) against an
# OEDA sentence: 0.5 was the best of 0.5 / 1 on repeated OOF F1 and average precision of the
# OEDA training part (benchmarks/experiments/protest_extra/RESULTS.md)
EXTRA_WEIGHT = 0.5


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


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def _best_f1_threshold(p: np.ndarray, y: np.ndarray, cand: np.ndarray) -> tuple[float, float]:
    """Best F1 of 'cand and p >= t' over t, and that t (the lowest t when tied)."""
    f1, t = best_threshold(p, y, cand)
    return f1, max(t, 0.0) if np.isfinite(t) else 0.0


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


def _fit_oeda(  # type: ignore[no-untyped-def]
    sents: Sequence[OedaSentence],
    name: str,
    log: list[str],
    extra: Sequence[tuple[str, bool]] = (),
):
    """C by repeated stratified K-fold with the one-SE rule; threshold and Platt curve on the
    out-of-fold scores of all seeds pooled (Platt on the emitted candidates when that is the
    better calibrator on cross-fitted ECE, else on all candidates).  The filter is the mean of
    the fold models at that C, so that its scores have the scale the Platt curve was fitted on
    (a refit on all rows gave larger scores: nested ECE 0.067 vs 0.035 for ASSAULT).
    ``extra`` (text, positive) sentences join every training fold with weight ``EXTRA_WEIGHT``
    and are never scored."""
    feats = [featurize(s.text, name) for s in sents]
    x = _matrix([f for f, _ in feats])
    more = None
    if extra:
        ex = _matrix([featurize(text, name)[0] for text, _ in extra])
        more = (ex, np.array([pos for _, pos in extra]), EXTRA_WEIGHT)
        log.append(f"{name}: {len(extra)} extra training sentences, weight {EXTRA_WEIGHT}")
    cand = np.array([c for _, c in feats])
    y = np.array([s.positive for s in sents])
    results: list[CResult] = []
    oofs: dict[float, tuple[np.ndarray, np.ndarray]] = {}
    models: dict[float, list[tuple[np.ndarray, float]]] = {}
    for c in _CS:
        models[c] = []
        oofs[c] = repeated_oof(x, y, c, models=models[c], extra=more)
        results.append(summarise(c, *oofs[c], y, cand))
        log.append(_c_line(name, results[-1]))
    chosen = one_se_choice(results)
    mode = "emitted" if chosen.xfit_ece["emitted"] <= chosen.xfit_ece["all"] else "all"
    a, b, thr = _pooled_platt(oofs[chosen.c][0], y, cand, mode)
    w = np.mean([m[0] for m in models[chosen.c]], axis=0)
    bias = float(np.mean([m[1] for m in models[chosen.c]]))
    log.append(
        f"{name}: oeda n={len(y)} pos={int(y.sum())} C={chosen.c} (one-SE rule) "
        f"oof_f1={chosen.oof_f1:.3f} platt={mode} a={a:.3f} b={b:.3f} threshold={thr:.3f}"
    )
    return (w, bias), (a, b, thr)


def _c_line(name: str, r: CResult) -> str:
    return (
        f"{name}: C={r.c} oof_f1={r.oof_f1:.3f} se={r.oof_se:.3f} "
        f"xfit_f1={r.xfit_f1['emitted']:.3f} xfit_ece all={r.xfit_ece['all']:.3f} "
        f"emitted={r.xfit_ece['emitted']:.3f} (n={r.xfit_n})"
    )


def _pooled_platt(
    scores: np.ndarray, y: np.ndarray, cand: np.ndarray, mode: str
) -> tuple[float, float, float]:
    """(a, b, probability threshold) from the OOF scores of every seed, pooled."""
    ys, cs = np.tile(y, scores.shape[0]), np.tile(cand, scores.shape[0])
    flat = scores.ravel()
    _, t = best_threshold(flat, ys, cs)
    em = cs & (np.round(flat, 3) >= t) if mode == "emitted" else cs
    fit = fit_platt(flat[em], ys[em]) or fit_platt(flat[cs], ys[cs])
    if fit is None:
        raise ValueError("cannot fit a Platt curve: one class only among the candidates")
    thr = float(fit(np.array([t]))[0]) - 1e-6
    return fit.a, fit.b, max(thr, 0.0)


def _news_profile(
    model: tuple[np.ndarray, float],
    rows: Sequence[tuple[str, bool]],
    name: str,
    a: float,  # type: ignore[no-untyped-def]
    log: list[str],
) -> tuple[float, float, float]:
    feats = [featurize(text, name) for text, _ in rows]
    cand = np.array([c for _, c in feats])
    y = np.array([lab for _, lab in rows])
    score = _matrix([f for f, _ in feats]) @ model[0] + model[1]
    b = _fit_intercept(score[cand], y[cand], a)
    f1, thr = _best_f1_threshold(_sigmoid(a * score + b), y, cand)
    # the threshold was chosen on probabilities rounded to 3 decimals, the stage compares the
    # unrounded probability: lower it by half a unit so every sentence counted above passes
    thr = max(thr - 5e-4, 0.0)
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


def train_filters(
    data_dir: Path,
    gold: Path,
    news: Path,
    out: Path,
    extra: dict[str, Sequence[tuple[str, bool]]] | None = None,
) -> list[str]:
    """Train both filters and both profiles, then the lexicon calibration; write ``out`` and
    ``calibration.json`` next to it; return a log.  ``extra``: event type -> extra annotated
    (text, positive) training sentences (see `_fit_oeda`)."""
    log: list[str] = []
    arrays: dict[str, np.ndarray] = {}
    for name, fname in (
        ("ASSAULT", "assault_detection_dev.csv"),
        ("PROTEST", "protest_detection_dev.csv"),
    ):
        sents = [s for s in load_detection(data_dir / fname) if not is_heldout(s.id)]
        (w, bias), oeda = _fit_oeda(sents, name, log, (extra or {}).get(name, ()))
        news_p = _news_profile((w, bias), news_dev_sentences(gold, news, name), name, oeda[0], log)
        arrays[f"{name}_w"] = w.astype(np.float16)
        arrays[f"{name}_meta"] = np.array([bias, *news_p, *oeda, float(clusters_crc())])
    np.savez_compressed(out, **arrays)  # type: ignore[arg-type]
    log.extend(fit_lexicon_calibration(_dev_rows(gold), news, out, out.parent / "calibration.json"))
    return log
