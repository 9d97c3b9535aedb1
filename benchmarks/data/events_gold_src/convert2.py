"""Batches 2 and 3 of the events gold: turn a5.txt ... a8.txt (candidates of cands2.jsonl) or
a9.txt, a10.txt ... (candidates of cands3.jsonl) into rows of ../events_gold.jsonl with
``"batch": 2`` or ``"batch": 3``.  The rows of the other batches are kept as they are and in
their order (batch 1, written by convert.py, first); the rows of the batch converted are
replaced, after those of lower batches, so the script can be rerun.  Spans are found
as in convert.py (normalised sentence, first occurrence, mapped back to the original text); a
span that is not found is an error (exit status 1, nothing written).  Phrases found more than
once in their sentence are listed so that the first occurrence can be checked by hand
(``phrase#n`` in the annotation takes the n-th occurrence).
Run from the repository root:
``PYTHONPATH=$PWD/src python benchmarks/data/events_gold_src/convert2.py [batch]`` (default 2)."""

from __future__ import annotations

import collections
import glob
import gzip
import json
import sys
from typing import Any

from rasd.text.normalize import NormalizedText, normalize, normalize_key

SRC = "benchmarks/data/events_gold_src"
GOLD = "benchmarks/data/events_gold.jsonl"
NEWS = "../shared/data/news/saudinewsnet_2015_conflict.jsonl.gz"
FILES = {2: range(5, 9), 3: range(9, 20)}  # annotation files a<k>.txt of each batch


def load_views(need: set[str]) -> dict[str, NormalizedText]:
    out = {}
    for line in gzip.open(NEWS, "rt"):
        a = json.loads(line)
        if a["id"] in need:
            out[a["id"]] = normalize(a["text"])
    return out


def find(view: NormalizedText, s: int, e: int, phrase: str) -> tuple[list[int] | None, int]:
    """Span of the first occurrence of ``phrase`` (the n-th with a ``#n`` suffix) in s..e."""
    phrase, _, nth = phrase.partition("#")
    key = normalize_key(phrase)
    ns, ne = view.from_original(s), view.from_original(e)
    pos = ns - 1
    for _ in range(int(nth or 1)):
        pos = view.text.find(key, pos + 1, ne)
        if pos < 0:
            return None, 0
    return list(view.to_original(pos, pos + len(key))), 1 if nth else view.text.count(key, ns, ne)


def parse(view: NormalizedText, c: dict[str, Any], ann: str, errs: list[str]) -> list[dict]:
    evs: list[dict] = []
    if ann.strip() == "-":
        return evs
    for part in ann.split(" ; "):
        bits = part.strip().split("/")
        ev: dict[str, Any] = {"type": bits[0], "modality": bits[1]}
        for k, idx in (("trigger", 2), ("actor1", 3), ("actor2", 4)):
            phrase = bits[idx] if len(bits) > idx and bits[idx] != "-" else None
            if phrase is None:
                ev[k] = None
                continue
            sp, n = find(view, c["start"], c["end"], phrase)
            if sp is None:
                errs.append(f"{c['i']} {k}? {phrase}")
            elif n > 1:
                print(f"note: {c['i']} {k} '{phrase}' occurs {n} times; first taken")
            ev[k] = sp
        evs.append(ev)
    return evs


def main() -> None:
    batch = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    cands = {json.loads(x)["i"]: json.loads(x) for x in open(f"{SRC}/cands{batch}.jsonl")}
    views = load_views({c["article_id"] for c in cands.values()})
    rows, errs = [], []
    files = [f"{SRC}/a{k}.txt" for k in FILES[batch]]
    for f in [f for f in files if glob.glob(f)]:
        for line in open(f):
            if not line.strip():
                continue
            i, ann = line.rstrip("\n").split("\t")
            c = cands[int(i)]
            evs = parse(views[c["article_id"]], c, ann, errs)
            aid, s, e = c["article_id"], c["start"], c["end"]
            rows.append({"article_id": aid, "start": s, "end": e, "events": evs, "batch": batch})
    if errs:
        print("\n".join(errs), f"\n{len(errs)} spans not found: nothing written", file=sys.stderr)
        sys.exit(1)
    old = [json.loads(x) for x in open(GOLD) if x.strip()]
    keep = [r for r in old if r.get("batch", 1) != batch]
    with open(GOLD, "w") as fh:
        for r in sorted(keep + rows, key=lambda r: r.get("batch", 1)):  # stable: order kept
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    evs = [e for r in rows for e in r["events"]]
    print(len(keep), "other rows kept;", len(rows), f"batch-{batch} sentences,", len(evs), "events")
    print(collections.Counter(e["type"] for e in evs))
    print(collections.Counter(e["modality"] for e in evs))


if __name__ == "__main__":
    main()
