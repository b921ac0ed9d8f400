"""The Typer application every command module registers on."""
from __future__ import annotations

import typer

app = typer.Typer(
    name="claimledger",
    help="Extract, attribute, reconcile and review the claims in documents about contested events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
