"""The hard time limit per document: a file that hangs inside one C call, or kills its process, is one Failure
line and the ingest goes on; Ctrl-C still commits, exits and leaves no child behind."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from timed_helpers import killed_on_doomed, read_only, stuck_in_c, write_texts
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.scale import ingest_mapper
from claimledger.scale.timed import ENV_VARIABLE, TimedRunner, timed_mapper
from claimledger.store import Ledger
from claimledger.store.ingest import Failure, Processed, ingest
from claimledger.store.models import IngestRun

HERE = Path(__file__).resolve().parent
GOOD = ["a0", "a1", "a2", "a3"]
LATE = ["z0", "z1"]


def _stored(ledger: Ledger) -> list[str]:
    return sorted(row["path"] for row in ledger.document_rows())


def test_a_file_stuck_in_a_c_call_is_one_failure_and_the_rest_are_stored(tmp_path: Path) -> None:
    good = write_texts(tmp_path / "in", GOOD + LATE)
    [stuck] = write_texts(tmp_path / "in", ["m-stuck"])
    started = time.monotonic()
    with Ledger(str(tmp_path / "l.db")) as ledger:
        report = ingest(ledger, [tmp_path / "in"], process=stuck_in_c, mapper=timed_mapper(1.0))
        assert time.monotonic() - started < 20  # the regex alone would run for hours
        assert report.failures == [Failure(str(stuck), "took over 1 s (read + extract); skipped")]
        assert report.added == len(good)
        assert _stored(ledger) == sorted(str(p) for p in good)  # the files queued behind it were not lost
    pid = int(Path(str(stuck) + ".pid").read_text())
    with pytest.raises(ProcessLookupError):  # killed and reaped, not left spinning
        os.kill(pid, 0)


@pytest.mark.parametrize("seconds", [None, 30.0])
@pytest.mark.parametrize("sig", ["KILL", "SEGV"])
def test_a_child_that_dies_mid_file_is_one_failure_and_the_ingest_goes_on(
        tmp_path: Path, sig: str, seconds: float | None) -> None:
    good = write_texts(tmp_path / "in", GOOD + LATE)
    [doomed] = write_texts(tmp_path / "in", [f"m-doomed-{sig}"])
    with Ledger(str(tmp_path / "l.db")) as ledger:
        report = ingest(ledger, [tmp_path / "in"], process=killed_on_doomed, mapper=timed_mapper(seconds))
        assert [(f.path, f.reason) for f in report.failures] == [
            (str(doomed), f"the process reading it was killed by SIG{sig}; skipped")]
        assert report.added == len(good) and _stored(ledger) == sorted(str(p) for p in good)


def test_the_runner_reuses_one_child_and_replaces_it_only_after_a_timeout(tmp_path: Path) -> None:
    paths = [str(p) for p in write_texts(tmp_path, ["a", "b-stuck", "c", "d"])]
    with TimedRunner(stuck_in_c, 0.5) as runner:
        results = list(runner.map(paths))
        again = runner.run(paths[0])
    assert [type(r).__name__ for r in results] == ["Processed", "Failure", "Processed", "Processed"]
    assert isinstance(again, Processed) and again.document.path == paths[0]
    assert runner.restarts == 1


def test_a_slow_consumer_never_times_out_files_the_child_finished_long_ago(tmp_path: Path) -> None:
    paths = [str(p) for p in write_texts(tmp_path, ["a", "b", "c", "d"])]
    results = []
    with TimedRunner(read_only, 0.3) as runner:
        for result in runner.map(paths):  # the child has the next files queued while this loop sleeps
            results.append(result)
            time.sleep(0.6)
    assert all(isinstance(r, Processed) for r in results) and runner.restarts == 0


def test_a_keyboard_interrupt_raised_by_process_reaches_the_ingest_once(tmp_path: Path) -> None:
    write_texts(tmp_path / "in", GOOD)
    calls: list[str] = []

    def interrupt_on_third(path: str) -> Processed | Failure:
        # runs in the one long-lived child, so its count carries over from file to file
        if len(calls) == 2:
            raise KeyboardInterrupt
        calls.append(path)
        return read_only(path)

    with Ledger(str(tmp_path / "l.db")) as ledger:
        with pytest.raises(KeyboardInterrupt) as caught:
            ingest(ledger, [tmp_path / "in"], process=interrupt_on_third, mapper=timed_mapper(30), batch_size=1)
        assert caught.value.report.added == 2  # type: ignore[attr-defined]
        assert len(ledger.document_rows()) == 2
        assert not calls  # the parent never ran `process` itself


CTRL_C_SCRIPT = """
import os, sys
sys.path.insert(0, sys.argv[3])
from timed_helpers import stuck_in_c
from claimledger.scale.timed import timed_mapper
from claimledger.store import Ledger
from claimledger.store.ingest import IngestInterrupted, ingest
with Ledger(sys.argv[1]) as ledger:
    try:
        ingest(ledger, [sys.argv[2]], process=stuck_in_c, mapper=timed_mapper(600), batch_size=1)
    except IngestInterrupted as exc:
        [pid_file] = [name for name in os.listdir(sys.argv[2]) if name.endswith(".pid")]
        pid = int(open(os.path.join(sys.argv[2], pid_file)).read())
        try:
            os.waitpid(pid, os.WNOHANG)
            reaped = False
        except ChildProcessError:
            reaped = True
        print(f"interrupted added={exc.report.added} child_reaped={reaped}")
        sys.exit(130)
print("finished")
"""


def _count(db: str) -> int:
    if not Path(db).exists():
        return 0
    with sqlite3.connect(db, timeout=30) as connection:
        try:
            return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])
        except sqlite3.OperationalError:  # not migrated yet
            return 0


def test_ctrl_c_to_the_whole_process_group_commits_reaps_the_child_and_resumes(tmp_path: Path) -> None:
    write_texts(tmp_path / "in", GOOD + LATE)
    [stuck] = write_texts(tmp_path / "in", ["m-stuck"])
    pid_file = Path(str(stuck) + ".pid")
    db = str(tmp_path / "l.db")
    # a session of its own: the SIGINT goes to the ingest and its child at once, as a terminal's Ctrl-C does
    run = subprocess.Popen([sys.executable, "-c", CTRL_C_SCRIPT, db, str(tmp_path / "in"), str(HERE)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        # the child is stuck and the four files before it are committed (results still in the pipe would be
        # dropped by Ctrl-C, unstored, for the rerun to redo)
        while not (pid_file.exists() and _count(db) == 4) and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pid_file.exists(), run.communicate()
        os.killpg(run.pid, signal.SIGINT)
        out, err = run.communicate(timeout=30)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert run.returncode == 130, err
    assert "interrupted added=4 child_reaped=True" in out and "Traceback" not in err
    with pytest.raises(ProcessLookupError):
        os.kill(int(pid_file.read_text()), 0)
    with Ledger(db) as ledger:
        assert len(ledger.document_rows()) == 4
        report = ingest(ledger, [tmp_path / "in"], process=stuck_in_c, mapper=timed_mapper(0.5))
        assert (report.added, report.skipped) == (2, 4)
        assert [f.path for f in report.failures] == [str(stuck)]
        with ledger.session() as session:
            assert list(session.scalars(select(IngestRun.status).order_by(IngestRun.id))) == ["interrupted", "done"]


@pytest.mark.slow
def test_dask_workers_apply_the_limit_per_file_and_keep_the_rest_of_the_partition(tmp_path: Path) -> None:
    good = write_texts(tmp_path / "in", GOOD + LATE)
    [stuck] = write_texts(tmp_path / "in", ["m-stuck"])
    with Ledger(str(tmp_path / "l.db")) as ledger:
        report = ingest(ledger, [tmp_path / "in"], process=stuck_in_c, mapper=ingest_mapper(2, time_limit=1.0))
        assert report.failures == [Failure(str(stuck), "took over 1 s (read + extract); skipped")]
        assert _stored(ledger) == sorted(str(p) for p in good)


@pytest.mark.parametrize("how", ["option", "environment"])
def test_the_command_skips_a_file_over_the_time_limit_with_one_line(
        tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch) -> None:
    small = write_texts(tmp_path / "in", ["small"])[0]
    big = tmp_path / "in" / "big.txt"
    # a few MB of real prose with figures: seconds of reading and extraction, far over a 0.2 s budget
    sentence = "Observers in the valley of Orsk said {} people were killed and {} wounded in the shelling. "
    big.write_text("".join(sentence.format(10 + i % 900, 3 + i % 70) for i in range(40_000)), encoding="utf-8")
    args = ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "l.db"), "--no-index"]
    if how == "option":
        args += ["--time-limit", "0.2"]
    else:
        monkeypatch.setenv(ENV_VARIABLE, "0.2")
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert f"claimledger: {big}: took over 0.2 s (read + extract); skipped" in result.stderr
    assert "ingested 1 document (0 already stored)" in result.stdout
    with Ledger(str(tmp_path / "l.db")) as ledger:
        assert _stored(ledger) == [str(small)]
