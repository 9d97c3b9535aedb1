"""`rasd resources`: list and check the bundled data files and their provenance."""

from __future__ import annotations

import typer

resources_app = typer.Typer(
    help="Bundled data files: manifest, checksums, licences.", no_args_is_help=True
)


@resources_app.command("manifest")
def manifest(
    write: bool = typer.Option(False, "--write", help="Rewrite resources/manifest.toml."),
) -> None:
    """Print (or --write) the manifest of bundled resources."""
    from rasd.manifest import build_manifest, render_manifest, resource_root

    text = render_manifest(build_manifest())
    if write:
        (resource_root() / "manifest.toml").write_text(text, "utf-8")
        typer.echo(f"wrote {resource_root() / 'manifest.toml'}")
    else:
        typer.echo(text)


@resources_app.command("check")
def check() -> None:
    """Check that every bundled file is in the manifest with the right sha256 and a licence."""
    from rasd.errors import ResourceError
    from rasd.manifest import manifest_problems

    problems = manifest_problems()
    for p in problems:
        typer.echo(p, err=True)
    if problems:
        raise ResourceError(f"{len(problems)} resource problem(s)", hint="see the lines above")
    typer.echo("resources ok")


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    app.add_typer(resources_app, name="resources")
