"""CPU ms per document of each pipeline stage, two passes over the first 300 news articles.

    PYTHONPATH=/tmp/before/src python benchmarks/stage_cpu.py   # "before" tree
    PYTHONPATH=$PWD/src python benchmarks/stage_cpu.py          # this checkout

The pipeline's per-stage timer is switched to ``time.process_time`` (CPU time of this process),
so other jobs on a shared machine count less. Pass 1 starts with empty per-word caches (like
`rasd bench`); pass 2 runs the same articles again with warm caches (like a long batch run).
Run "before" and "after" alternately in one session and compare like with like.
"""

from __future__ import annotations

import gzip
import json
import time

import rasd
import rasd.pipeline as pipeline_module

NEWS = "/work/shared/data/news/saudinewsnet_2015_conflict.jsonl.gz"


def main(limit: int = 300) -> None:
    pipeline_module.time.perf_counter = time.process_time  # type: ignore[attr-defined]
    pipe = pipeline_module.default_pipeline()
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        arts = [json.loads(line) for _, line in zip(range(limit), fh, strict=False)]
    pipe(arts[0]["text"])  # load every model first
    print(rasd.__file__)
    for npass in (1, 2):
        for k in pipe.timings:
            pipe.timings[k] = 0.0
        t0 = time.process_time()
        for a in arts:
            pipe(a["text"], date=a.get("date"))
        total = 1000 * (time.process_time() - t0) / len(arts)
        split = " ".join(f"{k}={1000 * v / len(arts):.2f}" for k, v in pipe.timings.items())
        print(f"pass {npass} {split} total={total:.2f}")


if __name__ == "__main__":
    main()
