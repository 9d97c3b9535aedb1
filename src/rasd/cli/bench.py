"""`rasd bench`: speed of each stage on a corpus."""

from __future__ import annotations

import itertools

import typer


def bench(
    paths: list[str] = typer.Argument(
        None, help="Articles (.jsonl/.jsonl.gz/.txt/folders); default: the bundled samples."
    ),
    limit: int = typer.Option(500, "--limit", help="At most this many articles."),
) -> None:
    """Print documents/s, words/s and the time per stage (one process)."""
    from rich.console import Console
    from rich.table import Table

    from rasd.bench import bench_pipeline
    from rasd.demo import sample_articles
    from rasd.io.readers import iter_inputs

    if paths:
        arts = [i.article for i in itertools.islice(iter_inputs(paths), limit * 2) if i.article][
            :limit
        ]
    else:
        arts = (sample_articles() * 50)[:limit]
    res = bench_pipeline(arts)
    table = Table(title=f"{res.documents} documents, {res.words:,} words")
    table.add_column("stage")
    table.add_column("ms / document", justify="right")
    table.add_column("share", justify="right")
    total = sum(res.stage_seconds.values()) or 1.0
    for name, sec in res.stage_seconds.items():
        table.add_row(
            name, f"{1000 * sec / max(1, res.documents):.2f}", f"{100 * sec / total:.0f}%"
        )
    con = Console()
    con.print(table)
    con.print(
        f"end to end: {res.docs_per_s:.1f} documents/s, {res.words_per_s:,.0f} words/s "
        f"(model load {res.load_seconds:.2f} s, peak RSS {res.peak_rss_mb:.0f} MB)"
    )


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("bench")(bench)
