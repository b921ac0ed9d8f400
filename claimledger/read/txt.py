"""Plain text files: UTF-8 (BOM dropped, line endings untouched), UTF-16/32 with a BOM, else a detected
legacy encoding reported in the document's warnings.

The UTF-8 rule is the offsets contract: the text equals ``open(path, encoding="utf-8-sig", newline="").read()``.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

import charset_normalizer

from claimledger.errors import ReadError
from claimledger.read.data import cues
from claimledger.read.sniff import looks_binary

# UTF-32 LE's BOM begins with UTF-16 LE's, so the longer marks are tried first.
_UNICODE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_ESCAPED = re.compile("[\udc80-\udcff]+")
_COHERENCE_TIE = 0.03  # candidates this close to the most coherent one count as a tie
DETECTION_SAMPLE = 1_000_000  # bytes charset-normalizer looks at


def decode(path: Path, data: bytes) -> tuple[str, list[str]]:
    """The text of `data` and any warnings about how it was decoded."""
    for bom, codec in _UNICODE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), []
            except UnicodeDecodeError:
                continue  # e.g. UTF-16 text that starts with U+0000 looks like UTF-32: try the next
    if looks_binary(data[:8192]) or b"\x00" in data:
        raise ReadError(path, "binary content, not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    mixed = decode_mixed(data)
    if mixed is not None:
        return mixed
    # detection reads a sample (seconds saved on big files); the whole file must then decode with its answer
    encoding = guess_legacy(data[:DETECTION_SAMPLE])
    if encoding is None:
        raise ReadError(path, "undecodable: not UTF-8 and no other encoding fits")
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ReadError(path, f"undecodable: not UTF-8, and not {encoding} either") from exc
    return text, [f"decoded as {encoding}: not valid UTF-8"]


def decode_mixed(data: bytes) -> tuple[str, list[str]] | None:
    """UTF-8 text with some legacy bytes pasted in (a cp1252 quote in a UTF-8 page): UTF-8 where valid,
    cp1252 elsewhere. None when the file does not look like mostly UTF-8."""
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if not valid:
        return None
    text = data.decode("utf-8", errors="surrogateescape")  # each bad byte becomes one U+DC80..U+DCFF
    bad = sum(len(run) for run in _ESCAPED.findall(text))
    if bad > valid:
        return None
    text = _ESCAPED.sub(lambda run: bytes(ord(ch) - 0xDC00 for ch in run.group()).decode("cp1252", "replace"), text)
    return text.removeprefix("\ufeff"), [f"mixed encodings: {bad} bytes that are not UTF-8 decoded as cp1252"]


def guess_legacy(data: bytes) -> str | None:
    """charset-normalizer's guess, broken toward the common Windows code pages when it cannot tell them apart."""
    results = list(charset_normalizer.from_bytes(data))
    if not results:
        return None
    best = results[0]
    top = max(r.coherence for r in results if r.chaos <= best.chaos + 0.05)
    tied: set[str] = set()
    for r in results:
        if r.chaos <= best.chaos + 0.05 and r.coherence >= top - _COHERENCE_TIE:
            tied.update(r.could_be_from_charset)
    for name in cues()["encodings"]["preferred"]:
        if name in tied:
            return str(name)
    return str(best.encoding)
