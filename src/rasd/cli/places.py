"""CLI for the gazetteer: `rasd train gazetteer` and `rasd places search NAME`."""

from __future__ import annotations

import json
from pathlib import Path

import typer

__all__ = ["register"]

DEFAULT_SOURCE = Path("../shared/data/gazetteer_ar")
DEFAULT_NEWS = Path("../shared/data/news/saudinewsnet_2015_conflict.jsonl.gz")


def train_gazetteer(
    source: Path = typer.Option(
        DEFAULT_SOURCE, "--source", help="Folder of the source gazetteer TSVs."
    ),
    news: Path = typer.Option(
        DEFAULT_NEWS,
        "--news",
        help="Gzipped JSONL news for word statistics (optional; skipped when missing).",
    ),
    out: Path = typer.Option(
        None, "--out", "-o", help="Output SQLite file (default: the shipped one)."
    ),
) -> None:
    """Build the embedded gazetteer (SQLite) from the source TSVs and the regions file."""
    import time

    from rasd.errors import InputNotFound
    from rasd.geo.build import build_gazetteer
    from rasd.geo.gazetteer import default_path

    if not source.is_dir():
        raise InputNotFound(f"gazetteer source folder not found: {source}", hint="pass --source")
    target = out or default_path()
    t0 = time.perf_counter()
    counts = build_gazetteer(
        source, target, default_path().parent / "regions.tsv", [news] if news.exists() else []
    )
    typer.echo(f"wrote {target}: {counts} in {time.perf_counter() - t0:.1f} s")


def search(
    name: str = typer.Argument(..., help="An Arabic place name (misspellings allowed)."),
    limit: int = typer.Option(10, "--limit", "-n", help="Most entries to print."),
) -> None:
    """Look a place name up in the gazetteer; prints one JSON object per entry."""
    from dataclasses import asdict

    from rasd.geo.locate import shipped_gazetteer

    for entry in shipped_gazetteer().search(name)[:limit]:
        typer.echo(json.dumps(asdict(entry), ensure_ascii=False))


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `rasd train gazetteer` and the `rasd places` group."""
    train_app.command("gazetteer")(train_gazetteer)
    places_app = typer.Typer(help="Look up places in the embedded gazetteer.", no_args_is_help=True)
    places_app.command("search")(search)
    app.add_typer(places_app, name="places")
