"""Fill rates of the ACLED columns rasd derives (admin3, source_scale, assoc_actor_1/2).

    rasd ingest NEWS.jsonl --db sqlite:////tmp/x.db
    rasd export --format acled-csv --db sqlite:////tmp/x.db -o /tmp/x.csv
    python benchmarks/acled_fields.py /tmp/x.csv [--sample 25 --seed 13]

Prints the counts and, with --sample, that many random rows with an identity-group associated
actor for a person to judge against their notes.
"""

from __future__ import annotations

import argparse
import collections
import csv
import random
import re

IDENTITY = re.compile(r"^(Women|Children|Students|Journalists|Refugees/IDPs|Health Workers|"
                      r"Aid Workers|Teachers|Prisoners|Farmers|Fishers|Labor Group|Lawyers) \(")  # fmt: skip


def _identity(row: dict[str, str]) -> bool:
    names = (row["assoc_actor_1"] + "; " + row["assoc_actor_2"]).split("; ")
    return any(IDENTITY.match(n) for n in names)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    with open(args.csv, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    print(f"records {len(rows)}")
    for col in ("admin3", "source_scale", "assoc_actor_1", "assoc_actor_2"):
        print(f"{col:14} filled {sum(bool(r[col]) for r in rows)}")
    syr = [r for r in rows if r["country"] == "Syria"]
    print(
        f"Syria rows {len(syr)}: admin2 {sum(bool(r['admin2']) for r in syr)}, "
        f"admin3 {sum(bool(r['admin3']) for r in syr)}"
    )
    print("source_scale values", dict(collections.Counter(r["source_scale"] for r in rows)))
    ident = [r for r in rows if _identity(r)]
    print(f"rows with an identity-group associated actor {len(ident)}")
    random.seed(args.seed)
    for i, r in enumerate(random.sample(ident, min(args.sample, len(ident)))):
        print(
            i, r["actor1"], f"[{r['assoc_actor_1']}]", "/", r["actor2"], f"[{r['assoc_actor_2']}]"
        )
        print("   ", r["notes"][:160])


if __name__ == "__main__":
    main()
