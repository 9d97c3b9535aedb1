"""A rich progress bar for corpus runs: articles done, articles/s and time left (on stderr)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

__all__ = ["RateColumn", "ingest_progress"]


class RateColumn(ProgressColumn):
    """Articles per second over the run so far."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:6.1f} articles/s", style="progress.data.speed")


@contextmanager
def ingest_progress(total: int | None, *, enabled: bool = True) -> Iterator[Callable[[], None]]:
    """Yields ``tick()``, to call once per article handled (stored, skipped or failed)."""
    if not enabled:
        yield lambda: None
        return
    columns = (
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task("ingest", total=total)
        yield lambda: bar.advance(task)
