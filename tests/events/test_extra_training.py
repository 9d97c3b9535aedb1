"""Extra annotated sentences join the training folds only (rasd.events.cvselect.repeated_oof)."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from rasd.events.cvselect import repeated_oof


def _data(n: int, seed: int) -> tuple[sp.csr_matrix, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = rng.random(n) < 0.3
    x = rng.normal(size=(n, 5))
    x[:, 0] += 1.5 * y  # one informative column
    return sp.csr_matrix(x), y


def test_extra_rows_train_but_are_never_scored() -> None:
    x, y = _data(60, 1)
    ex, ey = _data(40, 2)
    plain, folds = repeated_oof(x, y, 1.0, seeds=(0, 1), folds=3)
    with_extra, folds2 = repeated_oof(x, y, 1.0, seeds=(0, 1), folds=3, extra=(ex, ey, 0.5))
    assert plain.shape == with_extra.shape == (2, 60)  # scores only for the scored rows
    assert (folds == folds2).all()  # the same folds of the scored rows
    assert not np.allclose(plain, with_extra)  # the extra rows changed the fold models


def test_zero_weight_extra_changes_nothing() -> None:
    x, y = _data(60, 3)
    ex, ey = _data(30, 4)
    plain, _ = repeated_oof(x, y, 1.0, seeds=(0,), folds=3)
    zero, _ = repeated_oof(x, y, 1.0, seeds=(0,), folds=3, extra=(ex, ey, 0.0))
    assert np.allclose(plain, zero, atol=1e-6)
