"""Which reader a file goes to: its extension when we know it, else what its first bytes look like."""
from __future__ import annotations

import re
from pathlib import Path

from claimledger.errors import ReadError

FORMATS_BY_SUFFIX: dict[str, str] = {
    ".txt": "txt", ".text": "txt", ".md": "txt", ".markdown": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".pdf": "pdf",
}
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S,
)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def content_suffixes(path: Path) -> tuple[str, bool]:
    """The suffix that names the content ('.html' for page.html.gz) and whether the file is gzipped."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return (suffixes[-2] if len(suffixes) > 1 else ""), True
    return (suffixes[-1] if suffixes else ""), False


def looks_binary(head: bytes) -> bool:
    """NUL bytes, or many control bytes, in the first kilobytes: no text file looks like that."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a BOM is full of NULs and still text
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(4, len(head) // 100)


# Magic numbers of binary formats that turn up behind document names (saved attachments, wrong downloads).
_BINARY_MAGIC: dict[bytes, str] = {
    b"PK\x03\x04": "a ZIP archive (.docx, .odt, .epub?)", b"\x1f\x8b": "gzip data", b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\xd0\xcf\x11\xe0": "an MS Office 97 file (.doc?)",
    b"{\\rtf": "an RTF document", b"\x7fELF": "a program", b"Rar!": "a RAR archive", b"7z\xbc\xaf": "a 7z archive",
}


def binary_kind(head: bytes) -> str | None:
    """What a binary file is, from its first bytes, when it is one we recognise."""
    for magic, kind in _BINARY_MAGIC.items():
        if head.startswith(magic):
            return kind
    return None


def is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]  # the header may follow up to 1 KB of junk


def sniff(path: Path, suffix: str, data: bytes) -> str:
    """The format of `data`: by a known suffix, else by content; ReadError for a file we cannot read.

    A PDF behind a .txt or .html name is read as the PDF it is (the caller adds a warning); other binary
    formats behind a text name are refused by name.
    """
    head = data[:4096]
    if suffix in FORMATS_BY_SUFFIX:
        known = FORMATS_BY_SUFFIX[suffix]
        if known != "pdf" and is_pdf(data):
            return "pdf"
        kind = binary_kind(head)
        if known != "pdf" and kind:
            raise ReadError(path, f"binary content ({kind}), not {known}")
        return known
    if is_pdf(data):
        return "pdf"
    stripped = head
    for bom in _BOMS:
        if stripped.startswith(bom):
            stripped = stripped[len(bom):]
            break
    if _HTML_START.match(stripped):
        return "html"
    if not looks_binary(head) and _is_utf8(data):
        return "txt"  # an unknown extension is read as text only when it is plainly UTF-8 text
    raise ReadError(path, f"unsupported file type {suffix or '(no extension)'}")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
