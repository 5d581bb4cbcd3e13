"""Fill ``resources/translations/amp_sv.ts`` from the Swedish glossary in ``sv.py``.

Usage (from the repository root)::

    python packaging/i18n/apply_sv.py            # fill the .ts, list what is missing
    python packaging/i18n/apply_sv.py --check    # exit 1 if anything is untranslated
    python packaging/i18n/apply_sv.py --missing  # print the missing sources as Python

``make update-translations`` runs ``pyside6-lupdate`` and then this script.  The
glossary maps an English source text to its Swedish translation; an entry keyed
``(context, source)`` overrides the plain one for that context.  Translations
made by hand in Qt Linguist (not in the glossary) are kept.  The ``.ts`` file is
edited in place, message by message, so lupdate's layout is preserved.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "amp_sv.ts"

_CONTEXT = re.compile(r"(<context>\s*<name>)(.*?)(</name>)(.*?)(</context>)", re.S)
_MESSAGE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_TRANSLATION = re.compile(r"<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)
_NUMERUS = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)
_QUOTES = {'"': "&quot;", "'": "&apos;"}

Glossary = dict[object, object]


def load_glossary() -> Glossary:
    spec = importlib.util.spec_from_file_location(
        "amp_sv_glossary", Path(__file__).with_name("sv.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.SV)


def _xml(text: str) -> str:
    return escape(text, _QUOTES)


def _lookup(glossary: Glossary, context: str, source: str) -> object | None:
    return glossary.get((context, source), glossary.get(source))


def _translation_xml(value: object, numerus: bool, indent: str) -> str:
    if numerus:
        forms = value if isinstance(value, (tuple, list)) else (value, value)
        inner = "".join(f"\n{indent}    <numerusform>{_xml(str(f))}</numerusform>" for f in forms)
        return f"<translation>{inner}\n{indent}</translation>"
    return f"<translation>{_xml(str(value))}</translation>"


def _is_done(match: re.Match[str]) -> bool:
    attrs = match.group("attrs") or ""
    text = match.group("text") or ""
    if "unfinished" in attrs or "vanished" in attrs or "obsolete" in attrs:
        return False
    forms = _NUMERUS.findall(text)
    return all(f.strip() for f in forms) if forms else bool(text.strip())


def fill(ts_text: str, glossary: Glossary) -> tuple[str, list[tuple[str, str]]]:
    """*ts_text* with every glossary translation applied, and what is still missing."""
    missing: list[tuple[str, str]] = []

    def in_context(match: re.Match[str]) -> str:
        context = html.unescape(match.group(2))

        def in_message(message: re.Match[str]) -> str:
            body = message.group("body")
            source = html.unescape(_SOURCE.search(body).group(1))  # type: ignore[union-attr]
            numerus = "numerus" in message.group("attrs")
            found = _TRANSLATION.search(body)
            assert found is not None, source
            value = _lookup(glossary, context, source)
            if value is None:
                if not _is_done(found):
                    missing.append((context, source))
                return message.group(0)
            indent = re.search(r"\n([ \t]*)<translation", body)
            new = _translation_xml(value, numerus, indent.group(1) if indent else "        ")
            body = body[: found.start()] + new + body[found.end() :]
            return f"<message{message.group('attrs')}>{body}</message>"

        messages = _MESSAGE.sub(in_message, match.group(4))
        return match.group(1) + match.group(2) + match.group(3) + messages + match.group(5)

    return _CONTEXT.sub(in_context, ts_text), missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts", type=Path, default=TS)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if missing")
    parser.add_argument("--missing", action="store_true", help="print missing entries as Python")
    args = parser.parse_args(argv)
    text = args.ts.read_text(encoding="utf-8")
    filled, missing = fill(text, load_glossary())
    if not args.check and filled != text:
        args.ts.write_text(filled, encoding="utf-8")
    if args.missing:
        for context, source in missing:
            print(f'    # {context}\n    {source!r}: "",')
    elif missing:
        print(f"{len(missing)} untranslated in {args.ts}:", file=sys.stderr)
        for context, source in missing:
            print(f"  [{context}] {source}", file=sys.stderr)
    return 1 if missing and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
