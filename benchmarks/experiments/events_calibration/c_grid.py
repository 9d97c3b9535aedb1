"""Repeated stratified 5-fold x 5 seeds over C for the ASSAULT / PROTEST filters, OEDA training
part only (the held-out part is never read): mean OOF F1 +- one SE, cross-fitted F1 and ECE of
the emitted events with Platt on all candidates / on emitted candidates.

    PYTHONPATH=$PWD/src OMP_NUM_THREADS=1 nice -n 10 python benchmarks/experiments/events_calibration/c_grid.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from rasd.events.cvselect import one_se_choice, repeated_oof, summarise
from rasd.events.oeda import is_heldout, load_detection
from rasd.events.train import _matrix, featurize

DATA = Path(__file__).resolve().parents[4] / "shared/data/events"
CS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)


def main() -> None:
    types = sys.argv[1].split(",") if len(sys.argv) > 1 else ["ASSAULT", "PROTEST"]
    for name in types:
        fname = f"{name.lower()}_detection_dev.csv"
        sents = [s for s in load_detection(DATA / fname) if not is_heldout(s.id)]
        feats = [featurize(s.text, name) for s in sents]
        x = _matrix([f for f, _ in feats])
        cand = np.array([c for _, c in feats])
        y = np.array([s.positive for s in sents])
        print(f"\n{name}: n={len(y)} pos={int(y.sum())} candidates={int(cand.sum())}")
        print("| C | OOF F1 (5x5) | SE | per seed | x-fit F1 | x-fit ECE all / emitted (n) |")
        print("|---|---|---|---|---|---|")
        res = []
        for c in CS:
            r = summarise(c, *repeated_oof(x, y, c), y, cand)
            res.append(r)
            print(
                f"| {c} | {r.oof_f1:.3f} | {r.oof_se:.3f} | "
                f"{' '.join(f'{v:.3f}' for v in r.seed_f1)} | {r.xfit_f1['all']:.3f} | "
                f"{r.xfit_ece['all']:.3f} / {r.xfit_ece['emitted']:.3f} ({r.xfit_n}) |",
                flush=True,
            )
        print(f"one-SE choice: C={one_se_choice(res).c}")


if __name__ == "__main__":
    main()
