"""Plain text files: the offsets contract, encodings, and every way a path can be wrong."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from claimledger.errors import LimitExceeded, ReadError
from claimledger.read import Limits, read

TEXT = "The council of Velmora said 212 people were killed.\r\nA second line.\n\nA third, after a blank line."


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_seeds_read_exactly_as_the_contract_says(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        with open(path, encoding="utf-8-sig", newline="") as f:
            expected = f.read()
        document = read(path)
        assert document.text == expected
        assert document.format == "txt"
        assert document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_bom_is_dropped_and_line_endings_untouched(tmp_path: Path) -> None:
    document = read(_write(tmp_path, "a.txt", b"\xef\xbb\xbf" + TEXT.encode()))
    assert document.text == TEXT
    assert "\r\n" in document.text
    assert document.warnings == []


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_unicode_with_bom_decodes(tmp_path: Path, codec: str) -> None:
    assert read(_write(tmp_path, "u.txt", TEXT.encode(codec))).text == TEXT


def test_cp1252_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = "Café “Velmora” — naïve résumé of the 212 deaths. " * 4
    document = read(_write(tmp_path, "w.txt", text.encode("cp1252")))
    assert document.text == text
    assert document.warnings == ["decoded as cp1252: not valid UTF-8"]


def test_cyrillic_code_page_is_detected(tmp_path: Path) -> None:
    text = "Совет Велморы сообщил, что погибли 212 человек. " * 4
    document = read(_write(tmp_path, "c.txt", text.encode("cp1251")))
    assert document.text == text
    assert document.warnings == ["decoded as cp1251: not valid UTF-8"]


def test_mixed_utf8_and_cp1252_keeps_both(tmp_path: Path) -> None:
    data = "Ходжалы “quoted” — ".encode() + "naïve “cp1252”".encode("cp1252") + b" end"
    document = read(_write(tmp_path, "m.txt", data))
    assert document.text == "Ходжалы “quoted” — naïve “cp1252” end"
    assert document.warnings and document.warnings[0].startswith("mixed encodings")


@pytest.mark.parametrize("data", [b"text\x00with a NUL", b"\x00" * 100, "no BOM".encode("utf-16-le")])
def test_nul_bytes_are_binary(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(ReadError, match="binary content, not text"):
        read(_write(tmp_path, "n.txt", data))


def test_random_high_bytes_are_undecodable(tmp_path: Path) -> None:
    data = bytes((i * 73 + 11) % 128 + 128 for i in range(3000))
    with pytest.raises(ReadError, match="undecodable|binary"):
        read(_write(tmp_path, "r.txt", data))


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="empty file"):
        read(_write(tmp_path, "e.txt", b""))


def test_missing_directory_fifo_and_symlinks(tmp_path: Path) -> None:
    cases: dict[Path, str] = {tmp_path / "missing.txt": "no such file"}
    (tmp_path / "dir.txt").mkdir()
    cases[tmp_path / "dir.txt"] = "directory"
    os.mkfifo(tmp_path / "pipe.txt")
    cases[tmp_path / "pipe.txt"] = "FIFO"
    (tmp_path / "dangling.txt").symlink_to("nowhere.txt")
    cases[tmp_path / "dangling.txt"] = "broken symbolic link"
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    cases[tmp_path / "loop.txt"] = "symbolic link loop"
    for path, reason in cases.items():
        with pytest.raises(ReadError, match=reason) as caught:
            read(path)
        assert str(path) in str(caught.value)
        assert "\n" not in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied(tmp_path: Path) -> None:
    path = _write(tmp_path, "locked.txt", b"text")
    path.chmod(0)
    with pytest.raises(ReadError, match="permission denied"):
        read(path)


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    assert read(_write(tmp_path, "notes.csv", b"place,killed\nVelmora,212\n")).format == "txt"
    page = b"<!DOCTYPE html><html><body><p>Velmora report.</p></body></html>"
    assert read(_write(tmp_path, "page", page)).format == "html"
    with pytest.raises(ReadError, match=r"unsupported file type \.docx"):
        read(_write(tmp_path, "a.docx", b"\x01\x02\x03\x04\x05\x06" * 100))
    with pytest.raises(ReadError, match="binary content \\(a ZIP archive"):
        read(_write(tmp_path, "zipped.txt", b"PK\x03\x04" + b"x" * 100))


def test_file_size_limit(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", b"a" * 3000)
    with pytest.raises(LimitExceeded, match=r"file is 3 KB, over the 2 KB limit"):
        read(path, Limits(max_file_bytes=2000))
    assert read(path, Limits(max_file_bytes=3000)).text == "a" * 3000


def test_text_length_limit(tmp_path: Path) -> None:
    with pytest.raises(LimitExceeded, match="characters, over the 100 limit"):
        read(_write(tmp_path, "long.txt", "é".encode() * 150), Limits(max_text_chars=100))


def test_time_limit(tmp_path: Path) -> None:
    with pytest.raises(LimitExceeded, match="reading took over"):
        read(_write(tmp_path, "t.txt", b"text"), Limits(max_seconds=-1))
