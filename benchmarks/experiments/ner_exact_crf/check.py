"""Can a pure-Python/numpy tagger give crfsuite's tags and marginals bit for bit? (issue 8)

    PYTHONPATH=$PWD/src python benchmarks/experiments/ner_exact_crf/check.py --articles 30

Reads the shipped ``ner.crfsuite`` directly (FEAT chunk = exact float64 weights; the label and
attribute CQDB chunks = id -> string; pycrfsuite's ``info()`` rounds weights to 6 decimals),
then re-does crfsuite's arithmetic in the same order: state score = weights added attribute by
attribute in item order, Viterbi with first-maximum ties, forward-backward with per-position
scaling and ``math.exp``. It compares every tag and every (position, label) marginal with ``==``.
A slow reference implementation (pure Python loops), for checking only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import struct
from pathlib import Path

import numpy as np

from rasd.models.ner.model import MODEL_FILE, NerModel, default_model_dir
from rasd.pipeline import Pipeline
from rasd.stages.text import NormalizeStage, SentenceStage, TokenizeStage

NEWS = Path("/work/shared/data/news/saudinewsnet_2015_conflict.jsonl.gz")
_FEATURE = np.dtype([("type", "<i4"), ("src", "<i4"), ("dst", "<i4"), ("w", "<f8")])


def _cqdb_strings(buf: bytes, base: int) -> list[str]:
    chunk, _size, _flag, _order, n, bwd = struct.unpack_from("<4sIIIII", buf, base)
    assert chunk == b"CQDB"
    out = [""] * n
    for off in struct.unpack_from(f"<{n}I", buf, base + bwd):
        if off:
            rid, ksize = struct.unpack_from("<II", buf, base + off)
            out[rid] = buf[base + off + 8 : base + off + 7 + ksize].decode("utf-8")
    return out


def read_model(
    path: Path,
) -> tuple[list[str], dict[str, int], list[list[float]], list[list[float]]]:
    """(labels, attribute ids, state weights [attr][label], transition weights [from][to])."""
    buf = path.read_bytes()
    head = struct.unpack_from("<4sI4sIIIIIIIII", buf, 0)
    n_labels, n_attrs, off_feat, off_labels, off_attrs = head[5], head[6], head[7], head[8], head[9]
    chunk, _size, n_feat = struct.unpack_from("<4sII", buf, off_feat)
    assert chunk == b"FEAT"
    rec = np.frombuffer(buf, dtype=_FEATURE, count=n_feat, offset=off_feat + 12)
    state, trans = np.zeros((n_attrs, n_labels)), np.zeros((n_labels, n_labels))
    st, tr = rec[rec["type"] == 0], rec[rec["type"] == 1]
    state[st["src"], st["dst"]] = st["w"]
    trans[tr["src"], tr["dst"]] = tr["w"]
    attrs = _cqdb_strings(buf, off_attrs)
    return (
        _cqdb_strings(buf, off_labels),
        {a: i for i, a in enumerate(attrs)},
        state.tolist(),
        trans.tolist(),
    )


def state_scores(
    items: list[list[str]], ids: dict[str, int], w: list[list[float]]
) -> list[list[float]]:
    out = []
    for item in items:
        st = [0.0] * len(w[0])
        for a in item:
            if (i := ids.get(a)) is not None:
                st = [s + x if x != 0.0 else s for s, x in zip(st, w[i], strict=True)]
        out.append(st)
    return out


def viterbi(s: list[list[float]], trans: list[list[float]]) -> list[int]:
    n_labels = len(trans)
    cur, backs = s[0][:], []
    for t in range(1, len(s)):
        new, back = [0.0] * n_labels, [0] * n_labels
        for j in range(n_labels):
            best, arg = -1.7976931348623157e308, 0
            for i in range(n_labels):
                if best < (sc := cur[i] + trans[i][j]):
                    best, arg = sc, i
            back[j], new[j] = arg, best + s[t][j]
        backs.append(back)
        cur = new
    path = [max(range(n_labels), key=lambda i: (cur[i], -i))]
    for back in reversed(backs):
        path.append(back[path[-1]])
    return path[::-1]


def marginals(s: list[list[float]], trans: list[list[float]]) -> list[list[float]]:
    n_labels, n = len(trans), len(s)
    es = [[math.exp(x) for x in row] for row in s]
    et = [[math.exp(x) for x in row] for row in trans]
    alpha, scale = [], []
    for t in range(n):
        if t == 0:
            cur = es[0][:]
        else:
            cur = [0.0] * n_labels
            for i in range(n_labels):
                cur = [c + alpha[-1][i] * e for c, e in zip(cur, et[i], strict=True)]
            cur = [c * e for c, e in zip(cur, es[t], strict=True)]
        total = 0.0
        for x in cur:
            total += x
        scale.append(1.0 / total if total != 0 else 1.0)
        alpha.append([x * scale[-1] for x in cur])
    beta = [[scale[-1]] * n_labels]
    for t in range(n - 2, -1, -1):
        row = [b * e for b, e in zip(beta[0], es[t + 1], strict=True)]
        cur = []
        for i in range(n_labels):
            dot = 0.0
            for e, r in zip(et[i], row, strict=True):
                dot += e * r
            cur.append(dot)
        beta.insert(0, [x * scale[t] for x in cur])
    return [[a * b / scale[t] for a, b in zip(alpha[t], beta[t], strict=True)] for t in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=30)
    args = ap.parse_args()
    labels, ids, w, trans = read_model(default_model_dir() / MODEL_FILE)
    model, pre = NerModel(), Pipeline([NormalizeStage(), TokenizeStage(), SentenceStage()])
    bad_tags = bad_marg = n_marg = 0
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        for _, line in zip(range(args.articles), fh, strict=False):
            doc = pre(json.loads(line)["text"])
            toks = doc.layer("tokens")
            for sent in doc.layer("sentences"):
                words = [t.norm for t in toks[sent.first_token : sent.last_token]]
                if not words:
                    continue
                items = model.features.sequence(words)
                ref = model.tagger.tag(items)
                s = state_scores(items, ids, w)
                bad_tags += [labels[i] for i in viterbi(s, trans)] != ref
                mine = marginals(s, trans)
                for t in range(len(words)):
                    for j, lab in enumerate(labels):
                        n_marg += 1
                        bad_marg += mine[t][j] != model.tagger.marginal(lab, t)
    print(f"sentences with other tags: {bad_tags}; marginals differing: {bad_marg} of {n_marg}")


if __name__ == "__main__":
    main()
