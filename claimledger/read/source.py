"""Load a file's bytes safely: every way a path can be wrong becomes one ReadError line.

The file is opened non-blocking and checked with fstat on the open descriptor, so a FIFO or device behind a
document name is refused instead of hanging the read, and a file swapped after the check cannot slip through.
"""
from __future__ import annotations

import errno
import os
import stat
import zlib
from pathlib import Path

from claimledger.errors import LimitExceeded, ReadError
from claimledger.read.limits import Limits, size_text

_CHUNK = 1024 * 1024


def _open_error(path: Path, exc: OSError) -> ReadError:
    if exc.errno == errno.ENOENT:
        if path.is_symlink():
            return ReadError(path, "broken symbolic link (its target does not exist)")
        return ReadError(path, "no such file")
    if exc.errno == errno.ELOOP:
        return ReadError(path, "symbolic link loop")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ReadError(path, "permission denied")
    if exc.errno == errno.EISDIR:
        return ReadError(path, "is a directory, not a file")
    if exc.errno == errno.ENAMETOOLONG:
        return ReadError(path, "file name too long")
    return ReadError(path, (exc.strerror or str(exc)).lower())


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a directory, not a file"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO), not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    return "is not a regular file"


def load_bytes(path: Path, limits: Limits) -> bytes:
    """The whole file, at most `limits.max_file_bytes`; ReadError for anything that is not a readable file."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise _open_error(path, exc) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(path, _kind(info.st_mode))
        if info.st_size > limits.max_file_bytes:
            raise _too_big(path, info.st_size, limits)
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as f:
            # read one byte past the limit: a file that grows while we read is still caught
            data = f.read(limits.max_file_bytes + 1)
    except OSError as exc:
        raise _open_error(path, exc) from exc
    finally:
        os.close(fd)
    if len(data) > limits.max_file_bytes:
        raise _too_big(path, len(data), limits)
    if not data:
        raise ReadError(path, "empty file")
    return data


def _too_big(path: Path, size: int, limits: Limits) -> LimitExceeded:
    size_, limit = size_text(size), size_text(limits.max_file_bytes)
    if size_ == limit:  # just over: rounded sizes would read "50 MB, over the 50 MB limit"
        size_, limit = f"{size:,} bytes", f"{limits.max_file_bytes:,} bytes"
    return LimitExceeded(path, f"file is {size_}, over the {limit} limit")


def gunzip(path: Path, data: bytes, limits: Limits) -> bytes:
    """The content of a .gz file, inflated to at most the file-size limit (gzip bombs stop there)."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limits.max_file_bytes + 1)
    except zlib.error as exc:
        raise ReadError(path, f"broken gzip file ({exc})") from exc
    if len(out) > limits.max_file_bytes or inflater.unconsumed_tail:
        raise LimitExceeded(path, f"gzip content inflates past the {size_text(limits.max_file_bytes)} limit")
    if not inflater.eof:
        raise ReadError(path, "truncated gzip file")
    if not out:
        raise ReadError(path, "empty file")
    return out
