"""Places on random news articles, to diff two versions of the places stage by hand.

    PYTHONPATH=/work/main/src python benchmarks/geo_news_diff.py run /tmp/before.json
    PYTHONPATH=$PWD/src python benchmarks/geo_news_diff.py run /tmp/after.json
    python benchmarks/geo_news_diff.py diff /tmp/before.json /tmp/after.json

``run`` writes, for 400 random articles (seed 7) of the conflict news, every place record
(span, surface, name, country, context); ``diff`` prints the records added, removed and changed.
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

NEWS = Path(__file__).resolve().parents[1].parent / "shared/data/news"
Record = list[object]


def run(out: Path, n: int = 400, seed: int = 7) -> None:
    from rasd.registry import build_pipeline

    with gzip.open(NEWS / "saudinewsnet_2015_conflict.jsonl.gz", "rt", encoding="utf-8") as f:
        arts = [json.loads(line) for line in f]
    random.Random(seed).shuffle(arts)
    pipe = build_pipeline()
    found: dict[str, list[Record]] = {}
    for a in arts[:n]:
        t = a["text"]
        found[a["id"]] = [
            [p.start, p.end, t[p.start : p.end], p.name, p.country,
             t[max(0, p.start - 25) : p.end + 15].replace("\n", " ")]
            for p in pipe(t).layer("places")
        ]  # fmt: skip
    out.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")


def diff(before: Path, after: Path) -> None:
    b = json.loads(before.read_text(encoding="utf-8"))
    a = json.loads(after.read_text(encoding="utf-8"))
    print("places before", sum(map(len, b.values())), "after", sum(map(len, a.values())))
    for k in sorted(b):
        old = {(r[0], r[1]): r for r in b[k]}
        new = {(r[0], r[1]): r for r in a.get(k, [])}
        for s in sorted(new.keys() - old.keys()):
            print("+", k, *new[s][2:])
        for s in sorted(old.keys() - new.keys()):
            print("-", k, *old[s][2:])
        for s in sorted(old.keys() & new.keys()):
            if old[s][3] != new[s][3]:
                print("~", k, old[s][3], "->", *new[s][2:])


if __name__ == "__main__":
    if sys.argv[1] == "run":
        run(Path(sys.argv[2]))
    else:
        diff(Path(sys.argv[2]), Path(sys.argv[3]))
