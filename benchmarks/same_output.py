"""Check that a performance change leaves `rasd extract` output byte-identical.

    git archive <base commit> src | tar -x -C /tmp/before
    python benchmarks/same_output.py --before /tmp/before/src --limit 200

Runs ``rasd extract --format jsonl`` on the first ``--limit`` news articles with the ``src`` tree
of this checkout and with ``--before``, and compares the two outputs byte for byte (exit 1 and the
first differing article when they differ).
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import tempfile
from pathlib import Path

NEWS = Path("/work/shared/data/news/saudinewsnet_2015_conflict.jsonl.gz")
HERE = Path(__file__).resolve().parent.parent / "src"


def extract(src: Path, articles: Path, out: Path) -> bytes:
    env = {**os.environ, "PYTHONPATH": str(src)}
    cmd = [sys.executable, "-m", "rasd.cli.main", "extract", str(articles)]
    subprocess.run([*cmd, "--format", "jsonl", "-o", str(out)], env=env, check=True)
    return out.read_bytes()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", type=Path, required=True, help="the old src folder")
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--news", type=Path, default=NEWS)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        articles = Path(tmp) / "articles.jsonl"
        with gzip.open(args.news, "rt", encoding="utf-8") as fh:
            lines = [line for _, line in zip(range(args.limit), fh, strict=False)]
        articles.write_text("".join(lines), encoding="utf-8")
        old = extract(args.before.resolve(), articles, Path(tmp) / "before.jsonl")
        new = extract(HERE, articles, Path(tmp) / "after.jsonl")
    if old == new:
        print(f"identical: {len(lines)} articles, {len(new)} bytes")
        return 0
    for i, (a, b) in enumerate(zip(old.splitlines(), new.splitlines(), strict=False)):
        if a != b:
            print(f"article {i} differs")
            break
    print(f"DIFFERENT: {len(old)} vs {len(new)} bytes")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
