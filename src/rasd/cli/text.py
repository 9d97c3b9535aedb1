"""`rasd extract` and `rasd demo`."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from rasd.errors import BadDate, UsageError


def _check_date(value: str | None) -> str | None:
    from rasd.io.readers import normalize_date

    if value is None:
        return None
    iso = normalize_date(value)
    if iso is None or len(value) != 10:
        raise BadDate(f"--date {value!r} is not a date YYYY-MM-DD")
    return iso


def extract(
    paths: list[str] = typer.Argument(
        None,
        help="Article files (.txt, .jsonl, .jsonl.gz, .html) or folders; '-' or nothing reads stdin.",
    ),
    out: Path = typer.Option(None, "-o", "--output", help="Write to this file instead of stdout."),
    fmt: str = typer.Option("json", "--format", help="json (one object, or a list) or jsonl."),
    date: str = typer.Option(
        None, "--date", help="Publication date YYYY-MM-DD of plain-text articles."
    ),
    engine: str = typer.Option("local", "--engine", help="local or spark."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes (local engine)."),
    master: str = typer.Option(None, "--master", help="Spark master URL (default local[*])."),
) -> None:
    """Analyse articles and print the analysis (CONTRACT.md JSON)."""
    from rasd.extract import ExtractSummary, analyze_items, write_results
    from rasd.io.readers import iter_inputs

    if fmt not in ("json", "jsonl"):
        raise UsageError(f"--format must be json or jsonl, not {fmt!r}")
    if engine not in ("local", "spark"):
        raise UsageError(f"--engine must be local or spark, not {engine!r}")
    default_date = _check_date(date)
    summary = ExtractSummary()
    items = iter_inputs(paths or [], default_date=default_date)
    if engine == "spark" or workers > 1:
        from rasd.engine import run_extract

        results = run_extract(
            items,
            summary,
            engine=engine,
            workers=workers,
            master=master,
            on_error=lambda line: typer.echo(line, err=True),
        )
    else:
        results = analyze_items(items, summary, on_error=lambda line: typer.echo(line, err=True))
    if out is not None:
        with open(out, "w", encoding="utf-8", newline="\n") as fh:
            write_results(results, fh, fmt)
    else:
        write_results(results, sys.stdout, fmt)
        sys.stdout.flush()
    if summary.failed:
        raise typer.Exit(1)


def demo(
    out_dir: Path = typer.Option(
        Path("rasd-demo"), "-o", "--output", help="Folder for the results."
    ),
) -> None:
    """Run rasd's main job on the bundled sample articles and say where the results are."""
    from rasd.demo import run_demo

    run_demo(out_dir)


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("demo")(demo)
