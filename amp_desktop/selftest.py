"""A quick end-to-end check of an installed or bundled AMP: ``AMP --selftest``.

It needs no screen and touches none of the user's files: it checks that the
bundled resources and translations are there, opens the example catalogue in a
temporary folder, exports it to a workbook and checks that importing that back
would change nothing, plans a year, writes the capacity overview as a PDF, and
prints one line ending in ``OK``.  Any failure
exits non-zero with the reason on stderr.  Run it from a checkout with
``python -m amp_desktop.selftest``; the built bundle runs it for its smoke test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from amp_desktop import APP_NAME, __version__

PLAN_YEAR = 2026
EXPECTED_PROGRAMMES = 21


class SelfTestError(RuntimeError):
    """A check that did not hold."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


def check_resources() -> None:
    """The files AMP reads at run time are where :mod:`amp_desktop.resources` looks."""
    from amp_desktop.resources import resource_path

    for parts in (
        ("translations", "amp_sv.qm"),
        ("fonts", "DejaVuSans.ttf"),
        ("fonts", "DejaVuSans-Bold.ttf"),
        ("example", "vasteras-2021.json"),
        ("icons", "amp.svg"),
        ("help", "user-guide.md"),
        ("help", "user-guide.sv.md"),
        ("licenses", "README.md"),
    ):
        path = resource_path(*parts)
        _check(path.is_file(), f"missing resource: {path}")


def check_translations() -> None:
    """AMP's Swedish ``.qm`` and Qt's own ``qtbase_sv.qm`` load and translate."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from amp_desktop.ui.translations import qm_path

    ours = QTranslator()
    _check(ours.load(qm_path("sv")), f"cannot load {qm_path('sv')}")
    _check(
        ours.translate("Report", "Capacity overview") == "Kapacitetsöversikt",
        "the Swedish translation does not translate “Capacity overview”",
    )
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator()
    _check(qt_own.load("qtbase_sv", qt_dir), f"cannot load qtbase_sv.qm from {qt_dir}")
    _check(
        qt_own.translate("QPlatformTheme", "Cancel") == "Avbryt",
        "Qt's Swedish translation does not say “Avbryt”",
    )


def check_font() -> str:
    """The bundled DejaVu Sans registers (reports and screenshots use it)."""
    from amp_desktop.ui.printing.fonts import report_family

    family = report_family()
    _check("DejaVu" in family, f"the bundled font did not load (got “{family}”)")
    return family


def check_about() -> None:
    """Help → About finds every licence text and every component's version."""
    from amp_desktop.ui.about import COMPONENTS, component_version, licence_files

    for component in COMPONENTS:
        for path in licence_files(component):
            _check(path.is_file(), f"missing licence text: {path}")
        if component.version_from:
            version = component_version(component.version_from)
            _check(bool(version), f"the version of {component.name} is unknown")


def run(folder: Path) -> str:
    """Run every check with files in *folder*; returns a one-line summary."""
    from amp_desktop.core.example import load_example
    from amp_desktop.core.excel.export import export_workbook
    from amp_desktop.core.excel.importer import analyse
    from amp_desktop.core.excel.safety import open_workbook
    from amp_desktop.core.planning import Period, make_plan
    from amp_desktop.core.reports import capacity_overview
    from amp_desktop.core.store import Catalogue

    check_resources()
    check_translations()
    check_font()
    check_about()
    path = folder / "example.amp"
    with Catalogue.create(path) as catalogue:
        load_example(catalogue)
    with Catalogue.open(path) as catalogue:
        count = len(catalogue.programmes())
        _check(count == EXPECTED_PROGRAMMES, f"the example has {count} programmes")
        plan = make_plan(catalogue, Period.year(PLAN_YEAR))
        _check(len(plan.programmes) == count, "the plan does not cover every programme")
        workbook = export_workbook(catalogue, folder / "example.xlsx")
        preview = analyse(catalogue, workbook)
        changes = {k: v for k, v in preview.counts().items() if v and k != "unchanged"}
        _check(
            not changes and not preview.demand,
            f"export → import is not lossless: {changes}, {len(preview.demand)} demand cells",
        )
    book = open_workbook(workbook)
    sheets = list(book.sheetnames)
    book.close()  # read-only workbooks keep the file open (Windows could not delete it)
    _check(len(sheets) >= 4, f"the exported workbook has sheets {sheets}")
    from amp_desktop.ui.printing import write_pdf

    report = capacity_overview(plan, municipality="Västerås", unit="Selftest")
    pdf = folder / "overview.pdf"
    pages = write_pdf(report, pdf)
    data = pdf.read_bytes()
    _check(data.startswith(b"%PDF") and len(data) > 1000, "the PDF was not written")
    return (
        f"{count} programmes, plan {plan.period.label()}, "
        f"Excel round trip unchanged, PDF {pages} pages ({len(data) // 1024} KB)"
    )


def _application() -> object:
    """The running QApplication, or a new one (offscreen unless told otherwise)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
        app.setApplicationName(APP_NAME)
        app.setApplicationVersion(__version__)
    return app


def _say(stream: object, text: str, output: Path | None = None) -> None:
    # A windowed Windows bundle has no console (sys.stdout/stderr are None there):
    # --output FILE keeps the report readable anyway.
    if stream is not None:
        print(text, file=stream, flush=True)  # type: ignore[call-overload]
    if output is not None:
        with output.open("a", encoding="utf-8") as handle:
            handle.write(text.rstrip("\n") + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"{APP_NAME} --selftest", description=__doc__)
    parser.add_argument("--selftest", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--lang", default=os.environ.get("AMP_LANG", ""), help="sv or en")
    parser.add_argument("--keep", type=Path, help="write the files here instead of a temp dir")
    parser.add_argument("--output", type=Path, help="also write the report to this file")
    args, _unknown = parser.parse_known_args(argv)
    started = time.perf_counter()
    try:
        app = _application()
        from amp_desktop.ui import translations

        language = translations.install(args.lang or None)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            summary = run(args.keep)
        else:
            with tempfile.TemporaryDirectory(prefix="amp-selftest-") as folder:
                summary = run(Path(folder))
        del app
    except Exception as exc:  # every failure is reported, none is fatal to the caller
        _say(sys.stderr, traceback.format_exc(), args.output)
        _say(sys.stderr, f"{APP_NAME} {__version__} self-test FAILED: {exc}", args.output)
        return 1
    seconds = time.perf_counter() - started
    _say(
        sys.stdout,
        f"{APP_NAME} {__version__} self-test ({language}): {summary}, {seconds:.1f} s: OK",
        args.output,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
