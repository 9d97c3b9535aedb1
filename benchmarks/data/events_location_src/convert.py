"""ann.txt → benchmarks/data/events_location_gold.jsonl (offsets only, no news text).

Each annotation names the place mention by its surface: searched in the gold sentence, or with
``@art`` from the start of the article.  The place name is the one given after ``=``, else the
name rasd's places stage gives the mention at that span (the gazetteer's canonical name)."""

from __future__ import annotations

import json
from pathlib import Path

from rasd.events.scoring import load_news
from rasd.registry import build_pipeline

ROOT = Path(__file__).resolve().parents[3]
NEWS = ROOT.parent / "shared/data/news/saudinewsnet_2015_conflict.jsonl.gz"
HERE = Path(__file__).resolve().parent


def _parse(spec: str) -> tuple[str, bool, str | None, int] | None:
    if spec == "null":
        return None
    body, prec = spec.rsplit("|", 1)
    name = None
    if "=" in body:
        body, name = body.split("=", 1)
    whole = body.endswith("@art")
    return body.removesuffix("@art"), whole, name, int(prec)


def _find(text: str, surface: str, lo: int, hi: int, places) -> int:  # type: ignore[no-untyped-def]
    """First whole-word occurrence, preferring one the places stage found."""
    found = []
    at = text.find(surface, lo, hi)
    while at >= 0:
        nxt = text[at + len(surface) : at + len(surface) + 1]
        if not ("\u0621" <= nxt <= "\u064a"):
            found.append(at)
        at = text.find(surface, at + 1, hi)
    known = [a for a in found if any(p.start <= a < p.end for p in places)]
    return (known or found or [-1])[0]


def main() -> None:
    rows = [json.loads(x) for x in (ROOT / "benchmarks/data/events_gold.jsonl").open()]
    rows = [r for r in rows if r.get("batch", 1) == 1]  # batch 2 has no location gold
    ann = {}
    for line in (HERE / "ann.txt").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, spec = line.split("\t")
            ann[key] = _parse(spec.strip())
    news = load_news(NEWS, {r["article_id"] for r in rows})
    pipe = build_pipeline(("normalize", "tokenize", "sentences", "ner", "places"))
    out = []
    for i, r in enumerate(rows):
        for j, g in enumerate(r["events"]):
            a = ann.pop(f"{i}.{j}")
            rec = {"article_id": r["article_id"], "type": g["type"], "trigger": g["trigger"]}
            if a is None:
                rec.update(location=None, name=None, geo_precision=None)
                out.append(rec)
                continue
            surface, whole, name, prec = a
            text = news[r["article_id"]]["text"]
            places = pipe(text).get("places")
            lo, hi = (0, len(text)) if whole else (r["start"], r["end"])
            s = _find(text, surface, lo, hi, places)
            assert s >= 0, (i, j, surface)
            e = s + len(surface)
            if name is None:
                hit = [p for p in places if p.start < e and s < p.end]
                assert hit, (i, j, surface, "no rasd place: give =Name")
                name = hit[0].name
            rec.update(location=[s, e], name=name, geo_precision=prec)
            out.append(rec)
    assert not ann, ann
    dest = ROOT / "benchmarks/data/events_location_gold.jsonl"
    dest.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in out), "utf-8")
    print(len(out), "events,", sum(x["location"] is not None for x in out), "with a place")


if __name__ == "__main__":
    main()
