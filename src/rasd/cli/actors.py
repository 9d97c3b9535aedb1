"""`rasd actors search|show|check`: look up and validate the actor registry."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def _registry(path: Path | None):  # type: ignore[no-untyped-def]
    from rasd.actors.registry import default_registry, load_registry

    return load_registry(path) if path is not None else default_registry()


_REGISTRY_OPT = typer.Option(None, "--registry", help="Registry folder (default: the bundled one).")


def search(
    name: str = typer.Argument(..., help="A name in Arabic or English, an alias or an id."),
    limit: int = typer.Option(10, "--limit", min=1, help="Show at most this many actors."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
    registry: Path = _REGISTRY_OPT,
) -> None:
    """Find actors by name (hamza, ta marbuta and article tolerant; one typo allowed)."""
    from rasd.actors.search import search as run_search

    hits = run_search(_registry(registry), name, limit)
    for score, rec in hits:
        if as_json:
            typer.echo(
                json.dumps(
                    {
                        "score": score,
                        "id": rec.id,
                        "name": rec.name,
                        "name_ar": rec.name_ar,
                        "kind": rec.kind,
                        "country": rec.country,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            typer.echo(
                f"{score:.2f}\t{rec.id}\t{rec.name}\t{rec.name_ar}\t{rec.kind}\t{rec.country or '-'}"
            )
    if not hits:
        typer.echo(f"no actor matches {name!r}", err=True)
        raise typer.Exit(1)


def show(
    actor_id: str = typer.Argument(..., metavar="ID", help="Actor id, e.g. syr-jaysh-al-islam."),
    registry: Path = _REGISTRY_OPT,
) -> None:
    """Print one registry entry as JSON."""
    from rasd.actors.search import record_json
    from rasd.errors import ActorNotFound

    rec = _registry(registry).get(actor_id)
    if rec is None:
        raise ActorNotFound(
            f"no actor with id {actor_id!r}", hint="find ids with `rasd actors search NAME`"
        )
    typer.echo(json.dumps(record_json(rec), ensure_ascii=False, indent=2))


def check(registry: Path = _REGISTRY_OPT) -> None:
    """Validate the registry: duplicate ids, alias clashes, dates, codes, dangling references."""
    from rasd.actors.check import check_registry

    reg = _registry(registry)
    problems = check_registry(reg)
    for problem in problems:
        typer.echo(problem.line(), err=True)
    if problems:
        typer.echo(f"{len(problems)} problem(s) in {len(reg)} actors", err=True)
        raise typer.Exit(1)
    typer.echo(f"ok: {len(reg)} actors, {sum(len(r.aliases_ar) for r in reg)} Arabic aliases")


def train_words(
    news: list[Path] = typer.Argument(..., help="JSONL article files (.jsonl or .jsonl.gz)."),
    out: Path = typer.Option(
        None, "-o", "--output", help="Default: the bundled common_words.txt.gz."
    ),
    min_count: int = typer.Option(10, "--min-count", min=1),
) -> None:
    """Rebuild the common-word list that keeps fuzzy actor matching from 'correcting' real words."""
    from importlib import resources

    from rasd.actors.wordlist import write_common_words

    if out is None:
        base = resources.files("rasd.resources").joinpath(
            "actors", "matching", "common_words.txt.gz"
        )
        out = Path(str(base))
    n = write_common_words(news, out, min_count)
    typer.echo(f"wrote {n} words to {out}")


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    actors_app = typer.Typer(help="Look up and validate the actor registry.", no_args_is_help=True)
    actors_app.command("search")(search)
    actors_app.command("show")(show)
    actors_app.command("check")(check)
    app.add_typer(actors_app, name="actors")
    train_app.command("actor-words")(train_words)
