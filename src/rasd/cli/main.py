"""The `rasd` command.  Area modules (rasd.cli.<area>) each expose ``register(app, train, eval)``.

Errors are printed as one line ``rasd: error[E###]: message`` and never as a traceback; exit
codes are 0 (ok), 1 (bad input), 2 (bad usage).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys

import typer

from rasd import __version__
from rasd.errors import RasdError

app = typer.Typer(
    name="rasd",
    help="Arabic news to conflict event data (who did what to whom, where, when, how sure).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
train_app = typer.Typer(
    help="Rebuild the shipped models and data from the data in the repo.", no_args_is_help=True
)
eval_app = typer.Typer(help="Score a shipped model on a gold file.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(eval_app, name="eval")

# The command areas, in the order they appear in `rasd --help`.
AREAS = ("text", "resources", "ner", "actors", "places", "events", "store", "serve", "bench")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rasd {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """rasd: read Arabic news, write conflict event data with evidence spans."""


def _register() -> None:
    for area in AREAS:
        name = f"rasd.cli.{area}"
        if importlib.util.find_spec(name) is None:
            continue
        importlib.import_module(name).register(app, train_app, eval_app)


_register()


def run() -> None:
    """Console-script entry point: coded one-line errors, never a traceback."""
    import gc

    gc.set_threshold(50_000, 20, 100)  # batch work allocates many small records: collect less often
    try:
        rc = app(standalone_mode=False)
        sys.exit(rc if isinstance(rc, int) else 0)
    except RasdError as err:
        typer.echo(err.line(), err=True)
        sys.exit(err.exit_code)
    except typer.Exit as ex:
        sys.exit(ex.exit_code)
    except typer.Abort:
        typer.echo("rasd: error[E002]: aborted", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("rasd: error[E003]: interrupted", err=True)
        sys.exit(130)
    except Exception as ex:  # click usage errors (typer may vendor click) and anything unexpected
        fmt = getattr(ex, "format_message", None)
        if callable(fmt) and isinstance(getattr(ex, "exit_code", None), int):
            if fmt():
                typer.echo(f"rasd: error[E001]: {fmt()}", err=True)
            sys.exit(2 if ex.exit_code == 2 else 1)  # type: ignore[attr-defined]
        if isinstance(ex, BrokenPipeError):
            sys.exit(0)
        typer.echo(f"rasd: error[E999]: internal error: {type(ex).__name__}: {ex}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    run()
