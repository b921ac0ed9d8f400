"""`claimledger text FILE` prints exactly the text offsets index, and one error line otherwise."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from claimledger.cli import app


def test_text_prints_the_file_unchanged(tmp_path: Path) -> None:
    data = "Velmora: 212 killed.\r\nNo newline at the end — “quoted”".encode()
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + data)
    result = CliRunner().invoke(app, ["text", str(path)])
    assert result.exit_code == 0
    assert result.stdout_bytes == data


def test_text_of_a_seed_equals_the_file(seeds_dir: Path) -> None:
    path = sorted(seeds_dir.glob("*.txt"))[0]
    result = CliRunner().invoke(app, ["text", str(path)])
    with open(path, encoding="utf-8-sig", newline="") as f:
        assert result.stdout_bytes == f.read().encode()


def test_text_reports_one_error_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["text", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "Traceback" not in result.output
