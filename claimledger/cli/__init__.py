"""The `claimledger` command: thin commands over the library, one module per stage."""
from __future__ import annotations

import importlib

from claimledger.cli.app import app

# Each module registers its commands on `app`; a stage that is not installed yet is simply absent.
COMMAND_MODULES = ("read_cmds", "extract_cmds", "ledger_cmds", "reconcile_cmds", "serve_cmds", "admin_cmds")
for _name in COMMAND_MODULES:
    try:
        importlib.import_module(f"claimledger.cli.{_name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"claimledger.cli.{_name}":
            raise


def main() -> None:
    app()
