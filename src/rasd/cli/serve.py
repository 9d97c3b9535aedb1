"""`rasd serve` (the API and the web interface) and `rasd users add` (API tokens)."""

from __future__ import annotations

import os
from enum import StrEnum
from typing import Any

import typer

from rasd.errors import UsageError

DB_HELP = (
    "Database URL: sqlite:///path or postgresql://... (default: a file in the user's data dir)."
)


class Role(StrEnum):
    reviewer = "reviewer"
    admin = "admin"


#: The environment variable that hands the database URL to server worker processes
DB_ENV = "RASD_DB"


def app_from_env() -> Any:
    """The app over the store named by ``$RASD_DB``: the import-string factory that each
    `rasd serve --workers N` worker process calls (``rasd.cli.serve:app_from_env``)."""
    from rasd.api import create_app
    from rasd.store import open_store

    return create_app(open_store(os.environ.get(DB_ENV)))


def serve(db: str | None, host: str, port: int, workers: int = 1) -> None:
    """Serve the API and the web interface over the store at ``db`` until interrupted.

    The store is opened (created, migrated) once here, before any worker starts.  With
    ``workers`` > 1 uvicorn starts that many processes, each building its app with
    `app_from_env`; with 1 the app is served from this process.
    """
    import uvicorn

    from rasd.api import create_app
    from rasd.store import open_store

    if workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    store = open_store(db)
    try:
        typer.echo(
            f"rasd: serving on http://{host}:{port}/ with {workers} worker(s) (Ctrl+C stops)",
            err=True,
        )
        if workers == 1:
            uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
            return
        os.environ[DB_ENV] = store.url
        store.close()
        uvicorn.run(
            "rasd.cli.serve:app_from_env",
            factory=True,
            workers=workers,
            host=host,
            port=port,
            log_level="warning",
        )
    finally:
        store.close()


def add_user(db: str | None, name: str, role: str) -> str:
    """Create an API user and return its token (only a hash of it is stored)."""
    from rasd.store import open_store

    if not name.strip():
        raise UsageError("the user name is empty")
    store = open_store(db)
    try:
        return store.add_user(name.strip(), role)
    finally:
        store.close()


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `rasd serve` and the `rasd users` group."""
    users_app = typer.Typer(help="Manage API users (reviewers, admins).", no_args_is_help=True)
    app.add_typer(users_app, name="users")

    @app.command("serve")
    def serve_cmd(
        db: str | None = typer.Option(None, "--db", help=DB_HELP),
        port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
        workers: int = typer.Option(
            1, "--workers", min=1, help="Server processes (each opens the database itself)."
        ),
    ) -> None:
        """Start the HTTP API (OpenAPI at /openapi.json) and the web interface at /."""
        serve(db, host, port, workers)

    @users_app.command("add")
    def users_add_cmd(
        name: str = typer.Argument(..., help="User name, recorded with each review."),
        role: Role = typer.Option(Role.reviewer, "--role", help="reviewer or admin."),
        db: str | None = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Create an API user and print its token (shown once; only its hash is stored)."""
        typer.echo(add_user(db, name, role.value))
