"""Cross-article dedup on the dev set of duplicate reports (benchmarks/data/dedup_gold.jsonl).

    python benchmarks/dedup.py                 # oracle events (gold attributes), both date modes
    python benchmarks/dedup.py --pipeline      # + events found by rasd's pipeline on the articles

Pairwise figures over reports in *different* articles: a gold pair is two reports of one
incident; a merged pair is two reports whose events ended in one incident.
under-merge = gold pairs not merged / gold pairs; over-merge = merged pairs that are not gold
pairs / merged pairs.  Articles arrive in publication order, as in a daily ingest.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from rasd.store import open_store

HERE = Path(__file__).parent
GOLD = HERE / "data" / "dedup_gold.jsonl"
NEWS = Path("/work/shared/data/news/saudinewsnet_2015_conflict.jsonl.gz")


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _oracle_event(
    inc: dict[str, Any], rep: dict[str, Any], eid: str, date_mode: str
) -> dict[str, Any]:
    date = inc["date"] if date_mode == "event" else rep["publication_date"]
    f = inc["fatalities"]
    return {
        "id": eid,
        "type": inc["type"],
        "mode": None,
        "acled_event_type": None,
        "acled_sub_event_type": None,
        "cameo": None,
        "actor1": inc["actor1"],
        "actor2": inc["actor2"],
        "location": "p1",
        "geo_precision": 1,
        "date": date,
        "time_precision": 1,
        "modality": "asserted",
        "fatalities": {"low": f, "best": f, "high": f, "start": None, "end": None},
        "quantities": [],
        "trigger": {"start": rep["span"][0], "end": rep["span"][0] + 1},
        "evidence": {"start": rep["span"][0], "end": rep["span"][1]},
        "confidence": 0.9,
    }


def _oracle_store(
    gold: list[dict[str, Any]], date_mode: str, url: str
) -> dict[tuple[str, str], str]:
    """Store one synthetic article per gold article; returns (incident, article) -> event uid."""
    by_article: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for inc in gold:
        for rep in inc["reports"]:
            by_article[rep["article_id"]].append((inc, rep))
    order = sorted(
        by_article, key=lambda a: (by_article[a][0][1]["publication_date"], int(a.split("-")[1]))
    )
    uids: dict[tuple[str, str], str] = {}
    with open_store(url) as st:
        for art in order:
            reps = by_article[art]
            events = [
                _oracle_event(inc, rep, f"ev{i + 1}", date_mode)
                for i, (inc, rep) in enumerate(reps)
            ]
            place = reps[0][0]["place"]
            analysis = {
                "id": art,
                "publication_date": reps[0][1]["publication_date"],
                "events": events,
                "places": [
                    {"id": "p1", "text": place["name"], **place, "admin1": None, "geo_precision": 1}
                ],
                "actors": [],
            }
            art_id, _ = st.add_article(
                {
                    "id": art,
                    "text": f"oracle article {art}",
                    "date": reps[0][1]["publication_date"],
                },
                analysis,
                {},
            )
            for (inc, _rep), ev in zip(reps, events, strict=True):
                uids[(inc["incident"], art)] = f"{art_id}-{ev['id']}"
    return uids


def pair_scores(
    gold: list[dict[str, Any]], group_of: dict[tuple[str, str], str | None]
) -> dict[str, Any]:
    """Pairwise under/over-merging over the reports that have an event (``group_of``)."""
    reports = [
        (inc["incident"], rep["article_id"])
        for inc in gold
        for rep in inc["reports"]
        if (inc["incident"], rep["article_id"]) in group_of
    ]
    gold_pairs = merged = both = 0
    for (i1, a1), (i2, a2) in itertools.combinations(reports, 2):
        if a1 == a2:
            continue
        same_gold = i1 == i2
        same_pred = group_of[(i1, a1)] is not None and group_of[(i1, a1)] == group_of[(i2, a2)]
        gold_pairs += same_gold
        merged += same_pred
        both += same_gold and same_pred
    return {
        "reports": len(reports),
        "gold_pairs": gold_pairs,
        "merged_pairs": merged,
        "correct_merges": both,
        "under_merge": round(1 - both / gold_pairs, 3) if gold_pairs else None,
        "over_merge": round(1 - both / merged, 3) if merged else 0.0,
        "incidents_gold": len({i for i, _ in reports}),
        "incidents_predicted": len({group_of[r] for r in reports}),
    }


def run_oracle(gold: list[dict[str, Any]], date_mode: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/oracle.sqlite"
        uids = _oracle_store(gold, date_mode, url)
        with open_store(url) as st:
            groups = {k: st.get_event(u)["dedup_group"] for k, u in uids.items()}
    return pair_scores(gold, groups)


def _overlaps(a: dict[str, int], span: list[int]) -> bool:
    return a["start"] < span[1] and span[0] < a["end"]


def _explain(gold: list[dict[str, Any]], found: dict[tuple[str, str], dict[str, Any]]) -> None:
    """Print the attributes of gold pairs that were not merged (to see which rule said no)."""
    keys = ("type", "modality", "date", "actor1", "actor2")
    for inc in gold:
        reps = [found.get((inc["incident"], r["article_id"])) for r in inc["reports"]]
        for a, b in itertools.combinations([r for r in reps if r], 2):
            if a["dedup_group"] != b["dedup_group"] and a["article_id"] != b["article_id"]:
                pa, pb = a.get("place") or {}, b.get("place") or {}
                diff = {k: (a.get(k), b.get(k)) for k in keys if a.get(k) != b.get(k)}
                if pa.get("name") != pb.get("name"):
                    diff["place"] = (pa.get("name"), pb.get("name"))
                print(f"  not merged, {inc['incident']}: {json.dumps(diff, ensure_ascii=False)}")


def run_pipeline(gold: list[dict[str, Any]], verbose: bool = False) -> dict[str, Any]:
    """rasd's own events: each gold report is matched to an event of its type whose evidence
    overlaps the gold sentence."""
    from rasd.engine.ingest import IngestSummary, ingest_articles

    wanted = {rep["article_id"] for inc in gold for rep in inc["reports"]}
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        arts = [a for a in map(json.loads, fh) if a["id"] in wanted]
    arts.sort(key=lambda a: (a["date"], int(a["id"].split("-")[1])))
    with tempfile.TemporaryDirectory() as tmp, open_store(f"sqlite:///{tmp}/p.sqlite") as st:
        summary = ingest_articles(arts, st, IngestSummary())
        groups: dict[tuple[str, str], str | None] = {}
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for inc in gold:
            for rep in inc["reports"]:
                art = st.get_article(rep["article_id"])
                events, _ = st.query_events(limit=1000, type=inc["type"]) if art else ([], 0)
                hits = (
                    [
                        e
                        for e in events
                        if e["article_id"] == art["id"] and _overlaps(e["evidence"], rep["span"])
                    ]
                    if art
                    else []
                )
                if hits:
                    groups[(inc["incident"], rep["article_id"])] = hits[0]["dedup_group"]
                    found[(inc["incident"], rep["article_id"])] = hits[0]
        n_events = st.info()["events"]
    if verbose:
        _explain(gold, found)
    scores = pair_scores(gold, groups)
    return scores | {
        "articles": len(arts),
        "failed": len(summary.failed),
        "events_found": n_events,
        "reports_total": sum(len(i["reports"]) for i in gold),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pipeline", action="store_true", help="also score rasd's own events")
    ap.add_argument("-v", "--verbose", action="store_true", help="explain missed merges")
    args = ap.parse_args()
    gold = load_gold()
    print(f"dev set: {len(gold)} incidents, {sum(len(i['reports']) for i in gold)} reports")
    for mode in ("event", "publication"):
        print(f"oracle events, {mode} dates:", json.dumps(run_oracle(gold, mode)))
    if args.pipeline:
        print("pipeline events:", json.dumps(run_pipeline(gold, args.verbose)))


if __name__ == "__main__":
    main()
