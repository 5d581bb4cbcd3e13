"""``amp report``: the capacity overview, the catalogue list or the results as a PDF, no screen needed."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from amp_desktop.cli.common import (
    CliError,
    add_period_options,
    add_thresholds_option,
    install_translator,
    open_catalogue,
    period_from_args,
    thresholds_from_args,
)
from amp_desktop.core.i18n import translate
from amp_desktop.core.reports import KIND_OVERVIEW, KINDS, build_report


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = subparsers.add_parser(
        "report",
        help=translate(
            "CliHelp",
            "write the capacity overview, the catalogue list, the results, the audit "
            "or the yearly figures as a PDF",
        ),
        description=translate(
            "CliHelp",
            "Write a printable report as a PDF (A4 landscape). The overview plans "
            "the period given, the current calendar year by default, exactly as amp plan does.",
        ),
    )
    report.add_argument("file", help=translate("CliHelp", "the catalogue (.amp)"))
    report.add_argument(
        "--pdf", metavar="OUT.pdf", required=True, help=translate("CliHelp", "the PDF to write")
    )
    report.add_argument(
        "--kind",
        choices=KINDS,
        default=KIND_OVERVIEW,
        help=translate(
            "CliHelp",
            "overview (capacity overview, default), catalogue (catalogue list), results "
            "(results per programme from the imported participant lists), audit (what the "
            "auditors ask per programme: places, cost, results, mandate, decision) or yearly "
            "(the year's figures for SKR's survey, compared with Kolada)",
        ),
    )
    add_period_options(report)
    add_thresholds_option(report)
    report.add_argument(
        "--municipality", default="", help=translate("CliHelp", "municipality named in the title")
    )
    report.add_argument("--unit", default="", help=translate("CliHelp", "unit named in the title"))
    report.add_argument(
        "--lang", choices=("sv", "en"), help=translate("CliHelp", "language of the report")
    )
    report.add_argument(
        "--exact",
        action="store_true",
        help=translate(
            "CliHelp",
            "results: print small counts exactly, for internal use (by default counts of "
            "1-4 are shown as <5 and what would give them away is hidden)",
        ),
    )
    report.set_defaults(func=cmd_report)


def ensure_gui_application() -> None:
    """A QGuiApplication for fonts and painting, on Qt's offscreen platform.

    The command never opens a window, so it does not need a screen at all; even
    with ``DISPLAY`` set (say, a stale one from an ended ssh session) offscreen is
    used unless ``QT_QPA_PLATFORM`` asks for another platform.
    """
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _app
    _app = QGuiApplication(["amp"])


_app: object = None


def cmd_report(args: argparse.Namespace) -> int:
    period, thresholds = period_from_args(args), thresholds_from_args(args)
    out = Path(args.pdf)
    if out.is_dir():
        text = translate("Cli", "{path} is a folder; give the PDF file to write.")
        raise CliError(text.format(path=out), 2)
    if not out.parent.is_dir():  # (the printing's reason would be the system's, in English)
        text = translate("Printing", "Could not write %1.").replace("%1", str(out))
        reason = translate("Cli", "No such file or directory").lower()
        raise CliError(f"{text} ({reason})", 2)
    ensure_gui_application()
    install_translator(args.lang)  # after the application exists, so Qt's side is translated
    from amp_desktop.core.planning.scenarios import ScenarioError
    from amp_desktop.ui.printing import write_pdf
    from amp_desktop.ui.printing.output import check_target

    try:  # before any work: never over the catalogue or another file that is not a PDF
        check_target(out)
    except OSError as exc:
        raise CliError(str(exc), 2) from None
    if out.suffix.lower() != ".pdf":  # (as `amp export` wants .xlsx)
        name = out.with_suffix(".pdf").name if out.suffix else f"{out.name}.pdf"
        text = translate("Cli", "AMP writes reports as PDF files (.pdf); name the file {name}.")
        raise CliError(text.format(name=name), 2)
    with open_catalogue(args.file) as catalogue:
        try:
            report = build_report(
                catalogue,
                args.kind,
                period,
                municipality=args.municipality,
                unit=args.unit,
                scenario=args.scenario,
                thresholds=thresholds,
                exact=True if args.exact else None,
            )
        except ScenarioError as exc:
            raise CliError(str(exc), 2) from None
    try:
        pages = write_pdf(report, out)
    except OSError as exc:
        raise CliError(str(exc), 2) from None
    if pages == 1:
        print(translate("Cli", "Wrote {path} (1 page).").format(path=out))
    else:
        print(translate("Cli", "Wrote {path} ({pages} pages).").format(path=out, pages=pages))
    return 0
