"""`rasd train events` and `rasd eval events FILE`."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from rasd.errors import InputNotFound, UsageError

_DATA = Path("../shared/data/events")
_NEWS = Path("../shared/data/news/saudinewsnet_2015_conflict.jsonl.gz")
_GOLD = Path("benchmarks/data/events_gold.jsonl")
_EXTRA = Path("benchmarks/data/protest_extra.csv")
_EXTRA_NEWS = Path("../shared/data/news/saudinewsnet_2015_all.jsonl.gz")


def train_events(
    data: Path = typer.Option(
        _DATA, "--data", help="Folder with the OEDA *_detection_dev.csv files."
    ),
    gold: Path = typer.Option(
        _GOLD, "--gold", help="rasd's own events gold (its dev half is used)."
    ),
    news: Path = typer.Option(_NEWS, "--news", help="News JSONL.gz the gold points into."),
    out: Path = typer.Option(None, "--out", help="Output .npz (default: the bundled resource)."),
    protest_extra: Path = typer.Option(
        _EXTRA,
        "--protest-extra",
        help="Extra annotated PROTEST sentences (CSV of news offsets); '-' for none.",
    ),
    extra_news: Path = typer.Option(
        _EXTRA_NEWS, "--extra-news", help="News JSONL.gz the --protest-extra rows point into."
    ),
) -> None:
    """Retrain the ASSAULT / PROTEST sentence filters and their calibration (needs scikit-learn)."""
    from rasd.events.extra_data import load_extra
    from rasd.events.train import train_filters

    use_extra = str(protest_extra) != "-"
    for path in (data, gold, news, *((protest_extra, extra_news) if use_extra else ())):
        if not path.exists():
            raise InputNotFound(f"not found: {path}", hint="see --help for the data it needs")
    extra = {}
    if use_extra:
        extra["PROTEST"] = [(s.text, s.positive) for s in load_extra(protest_extra, extra_news)]
    target = out or Path(__file__).resolve().parents[1] / "resources" / "events" / "filters.npz"
    for line in train_filters(data, gold, news, target, extra):
        typer.echo(line)
    typer.echo(f"wrote {target}")


def eval_events(
    file: Path = typer.Argument(..., help="OEDA detection CSV, or rasd events gold JSONL."),
    split: str = typer.Option(
        "heldout",
        "--split",
        help="OEDA: heldout, train or all; own gold: test (=heldout), dev or all.",
    ),
    news: Path = typer.Option(_NEWS, "--news", help="News JSONL.gz the gold JSONL points into."),
) -> None:
    """Score the events stage on a gold file and print the figures as JSON."""
    from rasd.events.scoring import oeda_detection, own_gold_scores

    if not file.is_file():
        raise InputNotFound(f"no such file {file}")
    if split not in ("heldout", "train", "all", "test", "dev"):
        raise UsageError(f"--split must be heldout, train, dev, test or all, not {split!r}")
    if file.suffix == ".csv":
        event_type = "PROTEST" if "protest" in file.name.lower() else "ASSAULT"
        result = oeda_detection(file, event_type, split)
    else:
        result = own_gold_scores(file, news, {"heldout": "test", "train": "dev"}.get(split, split))
        result.pop("modality_pairs")
    typer.echo(json.dumps(result, ensure_ascii=False, indent=1))


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    train_app.command("events")(train_events)
    eval_app.command("events")(eval_events)
