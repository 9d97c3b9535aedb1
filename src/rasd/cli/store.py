"""`rasd ingest`, `rasd export` and `rasd db ...` (thin wrappers over rasd.engine / rasd.store)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from rasd.errors import UsageError

db_app = typer.Typer(help="Inspect and maintain the rasd database.", no_args_is_help=True)

_DB_HELP = "Database URL: sqlite:///path or postgresql://... (default: a file in the user data dir, or $RASD_DB)."


def ingest(
    paths: list[str] = typer.Argument(
        ..., help="Article files (.txt, .jsonl, .jsonl.gz, .html) or folders; '-' reads stdin."
    ),
    db: str = typer.Option(None, "--db", help=_DB_HELP),
    engine: str = typer.Option("local", "--engine", help="local or spark."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes (local engine)."),
    master: str = typer.Option(None, "--master", help="Spark master URL (default local[*])."),
    date: str = typer.Option(
        None, "--date", help="Publication date YYYY-MM-DD of plain-text articles."
    ),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show the progress bar."),
) -> None:
    """Analyse and store a corpus: idempotent (same text stored once) and resumable after a crash."""
    from rasd.cli.text import _check_date
    from rasd.engine.ingest import ingest as run_ingest
    from rasd.store import open_store

    if engine not in ("local", "spark"):
        raise UsageError(f"--engine must be local or spark, not {engine!r}")
    default_date = _check_date(date)
    with open_store(db) as store:
        summary = run_ingest(
            paths,
            store,
            engine=engine,
            workers=workers,
            master=master,
            default_date=default_date,
            progress=progress,
            on_error=lambda line: typer.echo(line, err=True),
        )
    typer.echo(summary.line(), err=True)
    if summary.failed:
        typer.echo(f"failed ({len(summary.failed)}):", err=True)
        for line in summary.failed[:20]:
            typer.echo(f"  {line}", err=True)
        raise typer.Exit(1)


def export(
    fmt: str = typer.Option(..., "--format", help="acled-csv, plover-jsonl, geojson or parquet."),
    db: str = typer.Option(None, "--db", help=_DB_HELP),
    out: Path = typer.Option(None, "-o", "--output", help="Output file (default stdout)."),
    all_modalities: bool = typer.Option(
        False,
        "--all-modalities",
        help="Also export negated, intended, threatened, hypothetical and uncertain events.",
    ),
    date_from: str = typer.Option(None, "--date-from", help="First event date YYYY-MM-DD."),
    date_to: str = typer.Option(None, "--date-to", help="Last event date YYYY-MM-DD."),
    country: str = typer.Option(None, "--country", help="ISO code (SYR, SY) or English name."),
    etype: str = typer.Option(
        None, "--type", help="PLOVER type(s), comma-separated, e.g. ASSAULT,PROTEST."
    ),
    per_event: bool = typer.Option(
        False, "--per-event", help="One row per article event instead of one per merged incident."
    ),
) -> None:
    """Export stored events (reviews applied; asserted events only unless --all-modalities)."""
    from rasd.cli.text import _check_date
    from rasd.store import open_store
    from rasd.store.export import FORMATS, ExportFilters, export_to_path

    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt == "parquet" and out is None:
        raise UsageError("--format parquet needs -o FILE")
    filters = ExportFilters(
        date_from=_check_date(date_from),
        date_to=_check_date(date_to),
        country=country,
        type=etype,
        all_modalities=all_modalities,
        per_event=per_event,
    )
    with open_store(db) as store:
        n = export_to_path(store, fmt, out, filters)
    typer.echo(f"exported {n} records" + (f" to {out}" if out else ""), err=True)


@db_app.command("info")
def db_info(db: str = typer.Option(None, "--db", help=_DB_HELP)) -> None:
    """Print the database URL, schema version and row counts (JSON)."""
    from rasd.store import open_store

    with open_store(db) as store:
        typer.echo(json.dumps(store.info(), indent=2))


@db_app.command("dedup")
def db_dedup(db: str = typer.Option(None, "--db", help=_DB_HELP)) -> None:
    """Recompute every cross-article incident from scratch."""
    from rasd.store import open_store

    with open_store(db) as store:
        n = store.rebuild_incidents()
    typer.echo(f"{n} incidents", err=True)


@db_app.command("search")
def db_search(
    query: str = typer.Argument(..., help="Words to find (Arabic-aware full-text search)."),
    db: str = typer.Option(None, "--db", help=_DB_HELP),
    limit: int = typer.Option(20, "--limit", min=1),
) -> None:
    """Full-text search over stored articles; prints matching events as JSONL."""
    from rasd.store import open_store

    with open_store(db) as store:
        events, total = store.query_events(q=query, limit=limit)
    for ev in events:
        typer.echo(json.dumps(ev, ensure_ascii=False))
    typer.echo(f"{total} events match", err=True)


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("export")(export)
    app.add_typer(db_app, name="db")
