"""`process` functions for the time-limit tests: real reading, plus files that hang in C or kill their process.

A module of its own so that Dask workers and a subprocess can import them by name.
"""
from __future__ import annotations

import os
import re
import signal
from pathlib import Path

from claimledger.errors import ReadError
from claimledger.read import read
from claimledger.store.ingest import Failure, Processed, Result


def write_texts(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, name in enumerate(names):
        path = folder / f"{name}.txt"
        path.write_text(f"A dispatch from the valley of Orsk ({name}): observers counted {40 + i} dead.\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def read_only(path: str) -> Result:
    """Read for real, no extraction: these tests are about the process around it, not the extractors."""
    try:
        return Processed(read(path), [])
    except ReadError as exc:
        return Failure(path, exc.reason)


def stuck_in_c(path: str) -> Result:
    """Files named *stuck* run a catastrophic regex (2**40 backtracking steps inside one C call; no Python
    signal handler or cooperative clock gets a turn). The process id goes to `<path>.pid` first."""
    if "stuck" in Path(path).name:
        Path(path + ".pid").write_text(str(os.getpid()))
        re.match(r"(a+)+$", "a" * 40 + "b")
    return read_only(path)


def killed_on_doomed(path: str) -> Result:
    """Files named *doomed-KILL* or *doomed-SEGV* kill their own process with that signal, mid-file."""
    name = Path(path).stem
    if "doomed-" in name:
        os.kill(os.getpid(), signal.Signals["SIG" + name.split("doomed-")[1]])
    return read_only(path)
