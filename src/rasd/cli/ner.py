"""`rasd train ner` and `rasd eval ner FILE.conll`."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import typer

from rasd.errors import InputNotFound, ModelError, UsageError

_DATA_CANDIDATES = ("shared/data", "../shared/data")


def _data_dir(value: Path | None) -> Path:
    if value is not None:
        candidates = [value]
    else:
        env = os.environ.get("RASD_DATA")
        candidates = [Path(env)] if env else [Path(c) for c in _DATA_CANDIDATES]
    for path in candidates:
        if (path / "anercorp_camel").is_dir():
            return path
    raise InputNotFound(
        f"no training data folder with anercorp_camel/ among {[str(c) for c in candidates]}",
        hint="pass --data PATH/TO/shared/data or set RASD_DATA",
    )


def _print_table(title: str, rows: list[tuple[str, float, float, float, int]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for col in ("label", "P", "R", "F1", "gold"):
        table.add_column(col, justify="right" if col != "label" else "left")
    for label, p, r, f, n in rows:
        table.add_row(label, f"{p:.1f}", f"{r:.1f}", f"{f:.1f}", str(n))
    Console().print(table)


def _copy_lexicon(shipped: Path, out: Path, log: Callable[[str], object]) -> None:
    """Reuse the shipped clusters, embedding codes and gazetteer in a new output folder."""
    import shutil

    out.mkdir(parents=True, exist_ok=True)
    for name in ("clusters.tsv", "embcodes.npy", "gazetteer.tsv"):
        if not (out / name).exists():
            if not (shipped / name).exists():
                raise ModelError(f"no {name} in {shipped}", hint="rebuild it with --lexicon")
            shutil.copyfile(shipped / name, out / name)
            log(f"using the shipped {name}")


def train_ner(
    data: Path = typer.Option(
        None,
        "--data",
        help="The shared data folder (default: RASD_DATA, shared/data or ../shared/data).",
    ),
    out: Path = typer.Option(
        None, "--out", help="Where to write the model (default: the shipped model folder)."
    ),
    extra: str = typer.Option("", "--extra", help="Extra corpora, comma-separated: aqmar, wojood."),
    lexicon: bool = typer.Option(
        False,
        "--lexicon/--no-lexicon",
        help="Rebuild word clusters and gazetteer (word2vec + k-means, minutes).",
    ),
    iterations: int = typer.Option(100, "--iterations", min=1, help="L-BFGS iterations."),
    c1: float = typer.Option(0.01, "--c1", help="L1 regularisation."),
    c2: float = typer.Option(0.1, "--c2", help="L2 regularisation."),
    seed: int = typer.Option(13, "--seed", help="Seed of word2vec and k-means."),
    silver: int = typer.Option(
        0,
        "--silver-articles",
        min=0,
        help="News articles tagged for the self-trained name lexicon (0: none).",
    ),
    prune: float = typer.Option(
        0.1,
        "--prune",
        min=0.0,
        help="Ignore attributes whose largest state weight is at most this (faster tagging).",
    ),
) -> None:
    """Train the NER CRF on ANERcorp train (dev = every 10th sentence) and print dev scores."""
    from rich.console import Console
    from rich.progress import Progress

    from rasd.models.ner.build_lexicon import build_lexicon
    from rasd.models.ner.model import default_model_dir
    from rasd.models.ner.train import TrainConfig, load_data, train

    console = Console()
    base = _data_dir(data)
    out_dir = out or default_model_dir()
    corpora = tuple(c.strip() for c in extra.split(",") if c.strip())
    if any(c not in ("aqmar", "wojood") for c in corpora):
        raise UsageError(f"--extra takes aqmar and/or wojood, not {extra!r}")
    if lexicon:
        build_lexicon(base, out_dir, seed=seed, progress=console.print)
    else:
        _copy_lexicon(default_model_dir(), out_dir, console.print)
    ds = load_data(base, corpora)
    for name, (n_sent, n_tok) in ds.sizes.items():
        console.print(f"{name}: {n_sent:,} sentences, {n_tok:,} tokens")
    config = TrainConfig(
        base,
        out_dir,
        corpora,
        c1=c1,
        c2=c2,
        max_iterations=iterations,
        silver_articles=silver,
        prune=prune,
    )
    with Progress(console=console) as bar:
        task = bar.add_task("training CRF", total=iterations)
        result = train(
            config, ds, progress=lambda i, n: bar.update(task, completed=i), log=bar.console.print
        )
    _print_table("dev (every 10th ANERcorp train sentence)", result.table())
    console.print(f"model written to {out_dir}")


def eval_ner(
    path: Path = typer.Argument(
        ..., help="CoNLL file: 'token TAG' lines, blank line between sentences."
    ),
    model: Path = typer.Option(None, "--model", help="Model folder (default: the shipped model)."),
) -> None:
    """Score the NER model on a gold CoNLL file: P/R/F1 per type and micro (conlleval style)."""
    from rasd.models.ner.conll import read_conll
    from rasd.models.ner.model import NerModel
    from rasd.models.ner.train import evaluate_model

    if not path.is_file():
        raise InputNotFound(f"no such file: {path}")
    sentences = read_conll(path, "anercorp")
    result = evaluate_model(NerModel(model), sentences)
    _print_table(
        f"{path.name}: {len(sentences):,} sentences, {result.tokens:,} tokens", result.table()
    )


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    train_app.command("ner")(train_ner)
    eval_app.command("ner")(eval_ner)
