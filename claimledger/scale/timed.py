"""A hard time limit per document: reading and extraction run in a child process that is killed when one file
takes too long.

`read()` checks its own clock between steps, but nothing inside a process can interrupt one long C call (a
catastrophic regex, lxml on a hostile page, pypdf inflating a stream). So `TimedRunner` keeps ONE long-lived
child process and feeds it file by file over a pipe. When a file goes over the limit, the runner kills the child
(SIGTERM, then SIGKILL after a short grace) and the file becomes one `Failure`. A fresh child then takes the next
file. A child that dies on its own (a segfault, the OOM killer) is also one Failure, for the file it was on.

Why a raw `os.fork` and not multiprocessing:
- A fork starts in ~3 ms and inherits the modules already loaded, so restarting after a kill is cheap.
  A spawned or forkserver child took ~550 ms here before its first result (imports and lexicons).
- Dask worker processes are daemonic, and multiprocessing refuses to start children from them.

The child ignores SIGINT: Ctrl-C is the ingest's to handle (it commits what is done, then stops the child).
The child also dies with the thread that forked it (PR_SET_PDEATHSIG), so SIGKILLing the ingest leaves no orphan.
"""
from __future__ import annotations

import contextlib
import ctypes
import faulthandler
import gc
import os
import signal
import socket
import time
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection
from types import TracebackType

from claimledger.read.limits import Limits
from claimledger.store.ingest import Failure, Mapper, Process, Result, process_file, warm_up

ENV_VARIABLE = "CLAIMLEDGER_TIME_LIMIT"
DEFAULT_SECONDS = Limits().max_seconds  # the same budget read() gives itself, now enforced on read + extract
AHEAD = 2  # paths queued in the child beyond the one it works on: it keeps working while the ingest writes
GRACE_SECONDS = 0.5  # between SIGTERM and SIGKILL; the child keeps SIGTERM's default action, so it rarely waits
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def available() -> bool:
    """Whether a hard limit can be enforced here (it needs fork: Linux, macOS, the BSDs)."""
    return hasattr(os, "fork")


def timeout_reason(seconds: float) -> str:
    return f"took over {seconds:g} s (read + extract); skipped"


def death_reason(status: int) -> str:
    """Why the child stopped, from its wait status: 'killed by SIGSEGV', 'exited with status 3'."""
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return f"the process reading it was killed by {name}; skipped"
    return f"the process reading it exited with status {os.waitstatus_to_exitcode(status)}; skipped"


class _Interrupt:
    """Sent instead of a result when `process` raised KeyboardInterrupt in the child."""


class _Child:
    """One forked child serving `process` over a socket pair: a path in, a pickled Result out."""

    def __init__(self, process: Process) -> None:
        ours, theirs = socket.socketpair()
        parent = os.getpid()
        # Block SIGINT across the fork so a Ctrl-C cannot reach the child before it ignores SIGINT. A SIGINT that
        # arrives meanwhile stays pending in the parent and is delivered when the mask is restored.
        old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            pid = os.fork()
        except BaseException:
            signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
            ours.close()
            theirs.close()
            raise
        if pid == 0:  # the child: never returns; os._exit skips the parent's atexit hooks and finalizers
            code = 1
            try:
                ours.close()  # else the child would hold the parent's end open and never see EOF
                _become_child(parent, old_mask)
                code = _serve(Connection(theirs.detach()), process)
            finally:
                os._exit(code)
        signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
        theirs.close()
        self.pid = pid
        self.conn = Connection(ours.detach())
        self.outstanding = 0  # paths sent whose results were not read yet

    def stop(self, polite: bool) -> int:
        """End the child and reap it; its wait status. `polite`: ask it to exit (it is idle) before killing."""
        if polite and not self.outstanding:
            with contextlib.suppress(OSError):
                self.conn.send(None)
            status = _reap(self.pid, GRACE_SECONDS)
        else:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGTERM)
            status = _reap(self.pid, GRACE_SECONDS)
        self.conn.close()
        return status


def _become_child(parent: int, mask: Iterable[int]) -> None:
    faulthandler.disable()  # a crash here is one Failure line, not a traceback dump on the ingest's stderr
    gc.freeze()  # collections in the child skip what it inherited: fewer copy-on-write page copies
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the ingest's to handle, never the child's
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a kill must work even inside a long C call
    with contextlib.suppress(ValueError):  # never wake the parent's event loop (a Dask worker's) from here
        signal.set_wakeup_fd(-1)
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a pending SIGINT is discarded: it is ignored now
    with contextlib.suppress(OSError, AttributeError):  # Linux only; elsewhere the closed pipe ends the child
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the prctl took effect
        os._exit(0)


def _serve(conn: Connection, process: Process) -> int:
    """The child's loop: until the parent sends None or goes away."""
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return 0
        if path is None:
            return 0
        result: Result | _Interrupt
        try:
            result = process(path)
        except KeyboardInterrupt:  # raised by `process` itself (SIGINT is ignored here): the ingest's to handle
            result = _Interrupt()
        except Exception as exc:  # process_file already catches; a custom `process` may not
            result = Failure.of_process(path, exc)
        try:
            conn.send(result)
        except OSError:
            return 0
        except Exception as exc:  # the result could not be pickled: nothing was written, so say why instead
            conn.send(Failure(path, f"processing failed (result not transferable: {exc.__class__.__name__})"))


def _reap(pid: int, grace: float) -> int:
    """Wait up to `grace` seconds for `pid` to end, then SIGKILL it; its wait status."""
    deadline = time.monotonic() + grace
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        if time.monotonic() >= deadline:
            break
        time.sleep(0.005)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    return os.waitpid(pid, 0)[1]


class TimedRunner:
    """`process(path)` for one file after another in a child process, each within `seconds` (None: no limit,
    but a crash is still contained). Use as a context manager so the child is always reaped.

    `map` keeps up to `ahead` more paths queued in the child, so while this process unpickles and stores one
    result the child already works on the next file. The clock of a file starts when the previous result
    arrives (or when it is sent to an idle child), which is never before the child starts it: a slow consumer
    can only make the limit more lenient, never time out a file unfairly.
    """

    def __init__(self, process: Process, seconds: float | None, ahead: int = AHEAD) -> None:
        self.process = process
        self.seconds = seconds
        self.ahead = max(0, ahead)
        self._child: _Child | None = None
        self.restarts = 0  # children replaced after a timeout or a death (for tests and benchmarks)

    def __enter__(self) -> TimedRunner:
        return self

    def __exit__(self, kind: type[BaseException] | None, _exc: BaseException | None,
                 _tb: TracebackType | None) -> None:
        self.close(polite=kind is None)

    def run(self, path: str) -> Result:
        """One file's Result, or a Failure naming the time limit or how the child died."""
        return next(self.map([path]))

    def map(self, paths: Iterable[str]) -> Iterator[Result]:
        """The Result of every path, in order (see the class docstring)."""
        pending: deque[str] = deque()  # sent to the child, in order; it works on the head
        source = iter(paths)
        exhausted = False
        started = 0.0
        while True:
            while not exhausted and len(pending) <= self.ahead:
                path = next(source, None)
                if path is None:
                    exhausted = True
                    break
                self._send(path)  # may fork first: the file's clock starts after that
                if not pending:
                    started = time.monotonic()
                pending.append(path)
            if not pending:
                return
            result = self._receive(pending, started)
            started = time.monotonic()
            pending.popleft()
            yield result

    def close(self, polite: bool = True) -> None:
        """Stop the child: let an idle one exit, kill a busy one (after Ctrl-C nothing waits for it)."""
        if self._child is not None:
            child, self._child = self._child, None
            child.stop(polite)

    def _send(self, path: str) -> None:
        if self._child is None:
            if self.process is process_file:
                warm_up()  # once per process: every child forked from here starts with lexicons loaded
            self._child = _Child(self.process)
        self._child.outstanding += 1
        with contextlib.suppress(OSError):  # a child that died is noticed, and replaced, by _receive
            self._child.conn.send(path)

    def _receive(self, pending: deque[str], started: float) -> Result:
        """The head file's result; on a timeout or a death, its Failure, and the files queued behind it go to a
        fresh child."""
        child = self._child
        assert child is not None  # every pending path was sent to the current child
        head = pending[0]
        try:
            remaining = None if self.seconds is None else max(0.0, started + self.seconds - time.monotonic())
            if child.conn.poll(remaining):
                result: Result | _Interrupt = child.conn.recv()
                child.outstanding -= 1
                if isinstance(result, _Interrupt):
                    raise KeyboardInterrupt  # once, here, where ingest commits what is done
                return result
            failure = Failure(head, timeout_reason(self.seconds or 0))
            self._discard(child)
        except (EOFError, OSError):  # the child died: its socket closed with it
            failure = Failure(head, death_reason(self._discard(child)))
        for path in list(pending)[1:]:
            self._send(path)
        return failure

    def _discard(self, child: _Child) -> int:
        self._child = None
        self.restarts += 1
        return child.stop(polite=False)


def timed_mapper(seconds: float | None) -> Mapper:
    """A serial Mapper for `ingest`: one long-lived child process fed file by file, each file within `seconds`."""

    def mapper(process: Process, paths: Iterable[str]) -> Iterator[Result]:
        # A generator: ingest closes it on Ctrl-C or error, which kills and reaps the child.
        with TimedRunner(process, seconds) as runner:
            yield from runner.map(paths)

    return mapper
