"""`rasd serve` (the API and the web interface) and `rasd users add` (API tokens)."""

from __future__ import annotations

from enum import StrEnum

import typer

from rasd.errors import UsageError

DB_HELP = (
    "Database URL: sqlite:///path or postgresql://... (default: a file in the user's data dir)."
)


class Role(StrEnum):
    reviewer = "reviewer"
    admin = "admin"


def serve(db: str | None, host: str, port: int) -> None:
    """Serve the API and the web interface over the store at ``db`` until interrupted."""
    import uvicorn

    from rasd.api import create_app
    from rasd.store import open_store

    store = open_store(db)
    try:
        typer.echo(f"rasd: serving on http://{host}:{port}/ (Ctrl+C stops)", err=True)
        uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
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
    ) -> None:
        """Start the HTTP API (OpenAPI at /openapi.json) and the web interface at /."""
        serve(db, host, port)

    @users_app.command("add")
    def users_add_cmd(
        name: str = typer.Argument(..., help="User name, recorded with each review."),
        role: Role = typer.Option(Role.reviewer, "--role", help="reviewer or admin."),
        db: str | None = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Create an API user and print its token (shown once; only its hash is stored)."""
        typer.echo(add_user(db, name, role.value))
