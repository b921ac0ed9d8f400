"""The pages of a PDF, even when its page tree is broken.

Incrementally updated or damaged files can lose the /Pages tree while every page object is still there;
pypdf then refuses `reader.pages`. Scanning the cross-reference table for /Type /Page objects recovers them,
in object order (usually the page order), and the reader says so in the document's warnings.
"""
from __future__ import annotations

from collections.abc import Sequence

import pypdf
from pypdf import PageObject
from pypdf.errors import LimitReachedError, PdfReadError, PyPdfError
from pypdf.generic import DictionaryObject, IndirectObject

from claimledger.read.limits import Deadline


def pages_of(reader: pypdf.PdfReader, deadline: Deadline, max_pages: int) -> tuple[Sequence[PageObject], list[str]]:
    """The page objects and any warning about how they were found. Raises PdfReadError when there are none."""
    try:
        pages = reader.pages
        len(pages)  # the page list is lazy: counting flattens the tree, where a broken one fails
        return pages, []
    except LimitReachedError:
        raise
    except (PdfReadError, KeyError, AttributeError, TypeError, ValueError) as exc:
        recovered = _scan_for_pages(reader, deadline, max_pages + 1)
        if not recovered:
            raise PdfReadError(f"page tree unreadable ({exc})") from exc
        return recovered, [f"page tree is broken: {len(recovered)} pages recovered by scanning objects"]


def _scan_for_pages(reader: pypdf.PdfReader, deadline: Deadline, stop_after: int) -> list[PageObject]:
    references = {(idnum, generation) for generation, table in reader.xref.items() for idnum in table}
    references |= {(idnum, 0) for idnum in reader.xref_objStm}
    pages: list[PageObject] = []
    for index, (idnum, generation) in enumerate(sorted(references)):
        if index % 200 == 0:
            deadline.check("scanning for pages")
        reference = IndirectObject(idnum, generation, reader)
        try:
            obj = reader.get_object(reference)
        except LimitReachedError:
            raise
        except (PyPdfError, KeyError, AttributeError, TypeError, ValueError, IndexError, RecursionError):
            continue
        if isinstance(obj, DictionaryObject) and obj.get("/Type") == "/Page":
            page = PageObject(reader, reference)
            page.update(obj)
            pages.append(page)
            if len(pages) >= stop_after:
                break
    return pages
