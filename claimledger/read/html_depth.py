"""How deeply an HTML source nests its elements, measured before any parser sees it.

libxml2 (under lxml and trafilatura) stops descending at 256 levels and drops what lies deeper, and a page
nested 100,000 levels deep is an attack, not an article. A single regex pass keeps a stack of open tags the
way a browser would: void elements never open, a closing tag pops back to its opener, and a new <p> or <li>
closes the one still open.
"""
from __future__ import annotations

import re

_TAG = re.compile(r"<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>", re.S)
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "noscript", "template"})
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr", "basefont", "bgsound", "frame", "keygen", "command", "isindex", "nextid", "spacer",
})
_SELF_CLOSING_PEERS = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody"})
PARSER_DEPTH = 256  # libxml2's limit without XML_PARSE_HUGE


def max_depth(source: str, stop_at: int) -> int:
    """The deepest nesting of `source`, counted up to `stop_at` (then returned at once)."""
    stack: list[str] = []
    deepest = 0
    raw_until: str | None = None  # inside <script> etc., only its own closing tag counts
    for match in _TAG.finditer(source):
        closing, name, self_closed = match.group(1), match.group(2), match.group(3)
        if name is None:
            continue  # a comment
        name = name.lower()
        if raw_until is not None:
            if closing and name == raw_until:
                raw_until = None
            continue
        if closing:
            for index in range(len(stack) - 1, -1, -1):  # the stack never grows past stop_at
                if stack[index] == name:
                    del stack[index:]
                    break
            continue
        if name in _VOID or self_closed:
            continue
        if name in _SELF_CLOSING_PEERS and stack and stack[-1] == name:
            stack.pop()
        if name in _RAW_TEXT:
            raw_until = name
            continue
        stack.append(name)
        if len(stack) > deepest:
            deepest = len(stack)
            if deepest > stop_at:
                return deepest
    return deepest
