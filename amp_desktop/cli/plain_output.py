"""Output a terminal or file cannot hold in its encoding (a Windows console's cp1252 or
cp850 when ``amp plan > plan.txt``, an ASCII pipe) written with plain stand-ins: the
minus sign as ``-``, arrows as ``->``, Swedish quotes as ``"``; never a traceback.

Å, ä and ö are in those encodings and written as they are; only what is not falls back.
"""

from __future__ import annotations

import codecs
import sys
import unicodedata
from typing import TextIO

HANDLER = "amp-plain"
JSON_HANDLER = "amp-json"

#: Typographic characters AMP writes, as plain text writes them.
_PLAIN = {
    "\u2212": "-",  # minus sign (Swedish numbers)
    "\u2013": "-",  # en dash ("2026-01 – 2026-12", "–" for none)
    "\u2014": "-",
    "\u2192": "->",
    "\u2190": "<-",
    "\u00a0": " ",  # no-break space (Swedish thousands)
    "\u202f": " ",
    "\u2009": " ",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u2026": "...",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u00d7": "x",
    "\u2022": "*",
}


def _plain(char: str) -> str:
    if char in _PLAIN:
        return _PLAIN[char]
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if base and base.isascii() else "?"


def _stand_in(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return "".join(_plain(c) for c in exc.object[exc.start : exc.end]), exc.end


def _json_escape(exc: UnicodeError) -> tuple[str, int]:
    """What the stream lacks as JSON's own ``\\uXXXX`` escapes (a pair for a character
    beyond U+FFFF): outside strings JSON is ASCII, so the values stay as they are."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for char in exc.object[exc.start : exc.end]:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out), exc.end


def install_json(stream: TextIO | None = None) -> None:
    """Standard output (or *stream*) carries JSON (``--json``): what its encoding lacks
    is written as JSON escapes, never as the plain stand-ins, which would change the
    values ("16-25 år" read back as "16-25 ar")."""
    try:
        codecs.lookup_error(JSON_HANDLER)
    except LookupError:
        codecs.register_error(JSON_HANDLER, _json_escape)
    target = stream or sys.stdout
    if getattr(target, "errors", None) == HANDLER:
        target.reconfigure(errors=JSON_HANDLER)  # type: ignore[attr-defined]


def install(*streams: TextIO) -> None:
    """Write *streams* (standard output and error by default) with plain stand-ins for
    what their encoding lacks; a stream that writes UTF-8 is left as it is."""
    try:
        codecs.lookup_error(HANDLER)
    except LookupError:
        codecs.register_error(HANDLER, _stand_in)
    for stream in streams or (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            utf = codecs.lookup(encoding).name.startswith("utf")
        except LookupError:
            utf = False
        reconfigure = getattr(stream, "reconfigure", None)
        if not utf and reconfigure is not None:
            reconfigure(errors=HANDLER)
