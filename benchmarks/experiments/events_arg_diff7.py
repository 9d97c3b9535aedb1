"""Actor arguments of the events stage on unlabelled news articles, for a before / after diff.

    PYTHONPATH=src python benchmarks/experiments/events_arg_diff7.py OUT.jsonl [N]

N (200) articles of shared/data/news that hold no news-gold row, drawn with seed 7; one line
per event: article, trigger offsets and text, type, actor1, actor2 and the texts of their
mentions in the sentence.  Run it on two checkouts and compare the files.
"""

import gzip
import json
import random
import sys
from pathlib import Path

from rasd.events.evaluate import analyse_text

sys.path.insert(0, str(Path(__file__).parent))
from events_arg_errors7 import GOLD, NEWS, _layers


def main() -> None:
    out, n = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 200
    gold = {json.loads(line)["article_id"] for line in GOLD.open(encoding="utf-8")}
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        arts = [a for a in map(json.loads, f) if a["id"] not in gold]
    random.Random(7).shuffle(arts)
    layers = _layers()
    with out.open("w", encoding="utf-8") as w:
        for a in arts[:n]:
            doc = analyse_text(a["text"], date=a.get("date"), layers=layers)
            names = {}
            for m in doc.get("actor_mentions"):
                names.setdefault(m.actor_id, []).append((m.start, a["text"][m.start : m.end]))
            for e in doc.get("events"):
                row = {
                    "id": a["id"],
                    "trigger": [e.trigger.start, e.trigger.end],
                    "text": a["text"][e.trigger.start : e.trigger.end],
                    "type": e.type,
                }
                for role in ("actor1", "actor2"):
                    aid = getattr(e, role)
                    near = min(
                        names.get(aid, []), key=lambda p: abs(p[0] - e.trigger.start), default=None
                    )
                    row[role] = [aid, near[1] if near else None]
                w.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
