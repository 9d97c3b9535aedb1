"""`rasd demo`: the main job on the bundled sample articles, ending with where the results are."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

__all__ = ["run_demo", "sample_articles"]


def sample_articles() -> list[dict[str, Any]]:
    """The bundled sample articles (written for rasd, in the style of wire reports)."""
    raw = resources.files("rasd.resources").joinpath("samples/demo.jsonl").read_text("utf-8")
    return [json.loads(line) for line in raw.splitlines() if line.strip()]


def _summary_table(results: list[dict[str, Any]]) -> Table:
    table = Table(title="rasd demo: events found in the sample articles")
    for col in ("article", "type", "modality", "actor1", "actor2", "place", "date", "deaths"):
        table.add_column(col)
    for res in results:
        actors = {a["id"]: a["name"] for a in res["actors"]}
        places = {p["id"]: p["name"] for p in res["places"]}
        for ev in res["events"]:
            table.add_row(
                str(res["id"]),
                ev["type"],
                ev["modality"],
                actors.get(ev["actor1"], ev["actor1"] or "-"),
                actors.get(ev["actor2"], ev["actor2"] or "-"),
                places.get(ev["location"], "-"),
                ev["date"] or "-",
                str(ev["fatalities"]["best"]),
            )
    return table


def run_demo(out_dir: Path, console: Console | None = None) -> dict[str, Path]:
    """Analyse the samples, store them, export them; return the paths written."""
    from rasd.extract import analyze_article

    console = console or Console()
    out_dir.mkdir(parents=True, exist_ok=True)
    articles = sample_articles()
    results = [analyze_article(a) for a in articles]
    paths = {"analyses": out_dir / "analyses.jsonl"}
    with open(paths["analyses"], "w", encoding="utf-8") as fh:
        for res in results:
            fh.write(json.dumps(res, ensure_ascii=False) + "\n")
    paths.update(_store_and_export(articles, results, out_dir))
    console.print(_summary_table(results))
    n_events = sum(len(r["events"]) for r in results)
    console.print(f"\n{len(results)} articles analysed, {n_events} events.")
    console.print("Results:")
    for name, path in paths.items():
        console.print(f"  {name:<10} {path.resolve()}")
    if "database" in paths:
        console.print(f"\nBrowse them: rasd serve --db sqlite:///{paths['database'].resolve()}")
    return paths


def _store_and_export(
    articles: list[dict[str, Any]], results: list[dict[str, Any]], out_dir: Path
) -> dict[str, Path]:
    """Store the analyses in a SQLite file and export ACLED CSV and GeoJSON."""
    from rasd.pipeline import default_pipeline
    from rasd.store import open_store
    from rasd.store.export import ExportFilters, export_to_path

    db = out_dir / "rasd.db"
    store = open_store(f"sqlite:///{db}")
    try:
        versions = default_pipeline().versions()
        for art, res in zip(articles, results, strict=True):
            store.add_article(art, res, versions)
        csv_path, geo_path = out_dir / "events_acled.csv", out_dir / "events.geojson"
        export_to_path(store, "acled-csv", csv_path, ExportFilters())
        export_to_path(store, "geojson", geo_path, ExportFilters())
    finally:
        store.close()
    return {"database": db, "acled_csv": csv_path, "geojson": geo_path}
