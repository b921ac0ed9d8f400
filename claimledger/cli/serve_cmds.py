"""Server commands: `serve` the review UI and JSON API, `user add` an account, `token create` an API token."""
from __future__ import annotations

import sys
from typing import Annotated

import typer

from claimledger.cli.app import app
from claimledger.cli.ledger_cmds import DbOption, open_ledger
from claimledger.cli.output import err_console, fail
from claimledger.errors import ClaimledgerError
from claimledger.store.review_models import ROLES

user_app = typer.Typer(help="Accounts of the review server.", no_args_is_help=True)
token_app = typer.Typer(help="API tokens of the review server.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")


@app.command("serve")
def serve_cmd(db: DbOption = None,
              host: Annotated[str, typer.Option(help="address to listen on (keep it on loopback)")] = "127.0.0.1",
              port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
              reindex: Annotated[bool, typer.Option("--reindex", help="recompute the stored comparison and "
                                                                      "search index before serving")] = False,
              ) -> None:
    """Serve the review UI and the JSON API (docs at /docs) over the ledger.

    Example: claimledger serve --db claimledger.db --port 8000
    """
    import uvicorn

    from claimledger.serve import create_app, refresh

    with open_ledger(db, must_exist=True) as ledger:
        if reindex:
            counts = refresh(ledger)
            err_console.print(f"indexed {counts['claims']} claims, {counts['questions']} questions", highlight=False)
    try:
        server = create_app(db)
    except ClaimledgerError as exc:
        raise fail(str(exc)) from exc
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(f"warning: listening on {host}, beyond this machine; put TLS in front of it", style="yellow")
    err_console.print(f"claimledger: serving on http://{host}:{port}/ (Ctrl-C stops)", highlight=False)
    uvicorn.run(server, host=host, port=port, log_level="warning", proxy_headers=False)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = typer.prompt("Password", hide_input=True)
    second = typer.prompt("Repeat the password", hide_input=True)
    if first != second:
        raise fail("the two passwords differ")
    return str(first)


@user_app.command("add")
def user_add(name: Annotated[str, typer.Argument(help="the user's name")],
             role: Annotated[str, typer.Option(help=f"one of: {', '.join(ROLES)}")] = "reader",
             password_stdin: Annotated[bool, typer.Option("--password-stdin", help="read the password from "
                                                                                   "stdin")] = False,
             db: DbOption = None) -> None:
    """Add an account; asks for the password twice, or reads one line from stdin with --password-stdin.

    Example: claimledger user add amira --role reviewer
    """
    from claimledger.store.reviews import add_user

    if role not in ROLES:
        raise fail(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    password = _password(password_stdin)
    with open_ledger(db) as ledger:
        try:
            user = add_user(ledger, name, role, password)
        except ClaimledgerError as exc:
            raise fail(str(exc)) from exc
    err_console.print(f"added {user['name']} ({user['role']})", highlight=False, markup=False)


@token_app.command("create")
def token_create(name: Annotated[str, typer.Argument(help="the user the token acts for")],
                 db: DbOption = None) -> None:
    """Create an API token for a user and print it once (send it as `Authorization: Bearer <token>`).

    Example: claimledger token create amira
    """
    from claimledger.store.reviews import create_token

    with open_ledger(db, must_exist=True) as ledger:
        try:
            token = create_token(ledger, name)
        except ClaimledgerError as exc:
            raise fail(str(exc)) from exc
    typer.echo(token)
