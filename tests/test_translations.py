"""The Swedish translation is complete, current, compiles, and keeps placeholders."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "amp_sv.ts"
BIN = Path(sys.executable).parent

_BRACES = re.compile(r"\{[A-Za-z_0-9]*\}")
_PERCENT = re.compile(r"%(?:n|L?\d)")
_SHORTCUT = re.compile(r"\b(?:Ctrl|Shift|Alt|Cmd)\+[\w,]+")
_ACCELERATOR = re.compile(r"&(?!&)(?=\w)")
_TAG = re.compile(r"</?[a-z]+[^>]*>")

Message = tuple[str, str, str]  # context, source, translation


def _tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    on_path = shutil.which(name)
    assert on_path is not None, f"{name} is not installed: run make test, which installs it"
    return on_path


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations() -> list[Message]:
    """Every translation; a plural (``%n``) message gives one entry per form."""
    found = []
    for context, message in _messages(TS):
        element = message.find("translation")
        assert element is not None
        forms = [form.text or "" for form in element.iter("numerusform")]
        for text in forms or [element.text or ""]:
            found.append((context, message.findtext("source", ""), text))
    return found


def _python_sources() -> list[str]:
    return sorted(str(path) for path in (ROOT / "amp_desktop").rglob("*.py"))


def test_no_unfinished_or_empty_translations() -> None:
    problems = []
    for context, message in _messages(TS):
        element = message.find("translation")
        source = message.findtext("source", "")
        kind = element.get("type", "") if element is not None else "missing"
        forms = [f.text for f in element.iter("numerusform")] if element is not None else []
        empty = element is None or (
            not all((f or "").strip() for f in forms) if forms else not (element.text or "").strip()
        )
        if kind or empty:
            problems.append(f"[{context}] {source!r}: {kind or 'empty'}")
    assert not problems, "untranslated (run `make update-translations`):\n" + "\n".join(problems)


def test_every_source_string_in_the_code_is_in_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    result = subprocess.run(
        [_tool("pyside6-lupdate"), *_python_sources(), "-ts", str(fresh)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    in_code = {(context, m.findtext("source", "")) for context, m in _messages(fresh)}
    in_ts = {(context, m.findtext("source", "")) for context, m in _messages(TS)}
    missing = sorted(in_code - in_ts)
    assert not missing, "strings not in amp_sv.ts (run `make update-translations`):\n" + "\n".join(
        f"[{c}] {s!r}" for c, s in missing
    )
    stale = sorted(in_ts - in_code)
    assert not stale, "amp_sv.ts has strings the code no longer uses:\n" + "\n".join(
        f"[{c}] {s!r}" for c, s in stale
    )


def test_the_qm_file_builds_and_translates(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "amp_sv.qm"
    result = subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 unfinished" in result.stdout, result.stdout
    assert "Ignored" not in result.stdout, result.stdout
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Report", "Capacity overview") == "Kapacitetsöversikt"
    assert translator.translate("MainWindow", "&File") == "&Arkiv"


def test_placeholders_tags_shortcuts_and_accelerators_are_kept() -> None:
    problems = []
    for context, source, translation in _translations():
        for name, pattern in (
            ("{…}", _BRACES),
            ("%", _PERCENT),
            ("shortcut", _SHORTCUT),
            ("HTML tag", _TAG),
        ):
            if sorted(pattern.findall(source)) != sorted(pattern.findall(translation)):
                problems.append(f"[{context}] {name}: {source!r} → {translation!r}")
        if len(_ACCELERATOR.findall(source)) != len(_ACCELERATOR.findall(translation)):
            problems.append(f"[{context}] accelerator: {source!r} → {translation!r}")
        if source.count("\n") != translation.count("\n"):
            problems.append(f"[{context}] line breaks: {source!r} → {translation!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("english", "swedish"),
    [
        ("programme", "insats"),
        ("referral", "anvis"),
        ("utilisation", "beläggning"),
        ("budgeted places", "budgeterade platser"),
        ("cost per place", "kostnad per plats"),
    ],
)
def test_domain_words_follow_the_glossary(english: str, swedish: str) -> None:
    """DOMAIN.md's words: every string about programmes speaks of insatser, and so on."""
    wrong = [
        f"[{context}] {source!r} → {translation!r}"
        for context, source, translation in _translations()
        if english in source.lower() and swedish not in translation.lower()
    ]
    assert not wrong, "\n".join(wrong)


def _call_name(node: ast.Call) -> str | None:
    function = node.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else None


def test_every_translated_text_is_written_where_lupdate_finds_it() -> None:
    """``pyside6-lupdate`` extracts only ``tr("…")`` and ``translate("Context", "…")``
    with the text written out: a helper such as ``_tr(text)`` hid 12 messages of the
    open flow and the Kolada windows from the ``.ts`` file, so a Swedish user read
    "Open read-only" and "Import Kolada File" in English."""
    hidden = []
    for source in _python_sources():
        if source.endswith("ui/translations.py"):  # the loader: it translates for Qt
            continue
        for node in ast.walk(ast.parse(Path(source).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name, args = _call_name(node), node.args
            if name == "tr":
                text = args[0] if args else None
            elif name == "translate" and len(args) >= 2:  # (str.translate takes one)
                text = args[1]
            else:
                continue
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                hidden.append(f"{source}:{node.lineno}: {ast.unparse(node)[:80]}")
    assert not hidden, "texts lupdate cannot extract:\n" + "\n".join(hidden)


def test_the_open_flow_and_kolada_windows_speak_swedish(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "amp_sv.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("OpenFlow", "Open read-only") == "Öppna skrivskyddad"
    assert translator.translate("KoladaImport", "Import Kolada File") == "Importera Koladafil"
    assert translator.translate("YearlyDialog", "Save Survey Sheet") == "Spara enkätblad"
