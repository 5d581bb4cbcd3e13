"""``amp export`` and ``amp import``: the catalogue to and from Excel workbooks."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from amp_desktop.cli.common import CliError, add_take_over_option, open_catalogue
from amp_desktop.cli.import_report import print_report
from amp_desktop.cli.interrupts import WriteGuard
from amp_desktop.core.errors import os_reason
from amp_desktop.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = subparsers.add_parser(
        "export", help=translate("CliHelp", "write the catalogue to an Excel workbook")
    )
    export.add_argument("file", help=translate("CliHelp", "the catalogue (.amp)"))
    export.add_argument("out", metavar="OUT.xlsx")
    export.add_argument(
        "--from",
        dest="first",
        metavar="YYYY-MM",
        help=translate("CliHelp", "first month of demand"),
    )
    export.add_argument(
        "--to", dest="last", metavar="YYYY-MM", help=translate("CliHelp", "last month of demand")
    )
    export.set_defaults(func=cmd_export)

    imp = subparsers.add_parser(
        "import",
        help=translate(
            "CliHelp",
            "import a workbook: our export, a programme sheet, a referral list or a "
            "participant list",
        ),
        description=translate(
            "CliHelp",
            "Exit status: 0 applied (or a clean dry run), 1 problems found and "
            "nothing written, 2 unreadable file, 3 the catalogue is held by another AMP "
            "or program, 130 stopped with Ctrl-C before anything was written.",
        ),
    )
    imp.add_argument("file", help=translate("CliHelp", "the catalogue (.amp)"))
    imp.add_argument(
        "workbook", metavar="IN.xlsx", help=translate("CliHelp", "the workbook to read")
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CliHelp", "show what would change, write nothing"),
    )
    add_take_over_option(imp)
    imp.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "print the result as JSON")
    )
    imp.add_argument(
        "--remove-missing",
        action="store_true",
        help=translate(
            "CliHelp",
            "remove programmes and agreements missing from the workbook, or the referrals "
            "of a referral list's months and sources that it does not hold",
        ),
    )
    imp.add_argument(
        "--kind",
        choices=("export", "catalogue", "referrals", "participants"),
        help=translate("CliHelp", "kind of workbook (recognised from its columns when left out)"),
    )
    imp.add_argument(
        "--mapping",
        metavar="MAPPING.json",
        help=translate(
            "CliHelp",
            'columns to fields, {"columns": {"Header or letter": "field"}, '
            '"programmes": {"name in the list": "catalogue name or code"}, '
            '"reasons": {"exit reason as written": "category"}} (reasons: participant lists)',
        ),
    )
    imp.add_argument(
        "--create-sources",
        action="store_true",
        help=translate(
            "CliHelp",
            "allow an import that creates more than 10 new referral sources "
            "(without it such an import stops, so a wrong column cannot create hundreds)",
        ),
    )
    imp.add_argument(
        "--conflicts",
        choices=("stop", "keep-amp", "take-workbook"),
        default="stop",
        help=translate(
            "CliHelp",
            "what to do with fields changed both in AMP and in the workbook (default: stop)",
        ),
    )
    imp.add_argument(
        "--every-month",
        action="store_true",
        help=translate(
            "CliHelp",
            "participant lists: replace every month the list reaches, also the months it "
            "seems to hold only in part (a corrected list you know to be whole)",
        ),
    )
    imp.set_defaults(func=cmd_import)


def _demand_months(first: str | None, last: str | None) -> tuple[str | None, str | None]:
    """``--from``/``--to`` checked as ``amp plan`` checks them (the same one line, exit 2);
    neither: every month of demand."""
    from amp_desktop.core.planning import Period, PeriodError

    if first is None and last is None:
        return None, None
    try:
        Period.from_options(first=first, last=last, year=None, tertial=None)
    except PeriodError as exc:
        raise CliError(str(exc), 2) from None
    return first, last


#: The endings of a workbook given where the catalogue belongs (``amp export`` writes .xlsx only).
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")


def check_order(command: str, catalogue: str, workbook: str) -> None:
    """A CliError when the catalogue and the workbook are given the wrong way round
    (``amp import IN.xlsx FILE.amp``): else the catalogue is said not to be one."""
    if (
        Path(catalogue).suffix.lower() in WORKBOOK_SUFFIXES
        and Path(workbook).suffix.lower() == ".amp"
    ):
        text = translate(
            "Cli",
            "the catalogue comes first, then the workbook: amp {command} {catalogue} {workbook}",
        )
        quoted = [f'"{x}"' if any(c.isspace() for c in x) else x for x in (workbook, catalogue)]
        raise CliError(text.format(command=command, catalogue=quoted[0], workbook=quoted[1]), 2)


def check_workbook_name(out: str) -> None:
    """A CliError (bad arguments) unless *out* is named as the workbook it will be:
    AMP writes .xlsx, which Excel will not open under another name (a folder is
    left to the export, which says so)."""
    path = Path(out)
    if path.suffix.lower() == ".xlsx" or path.is_dir():
        return
    name = path.with_suffix(".xlsx").name if path.suffix else f"{path.name}.xlsx"
    text = translate("Cli", "AMP exports Excel workbooks (.xlsx); name the file {name}.")
    raise CliError(text.format(name=name), 2)


def cmd_export(args: argparse.Namespace) -> int:
    from amp_desktop.core.excel.export import export_workbook

    check_order("export", args.file, args.out)
    check_workbook_name(args.out)
    first, last = _demand_months(args.first, args.last)
    with open_catalogue(args.file) as catalogue:
        try:
            path = export_workbook(catalogue, args.out, first, last)
        except OSError as exc:
            # (the export's own reasons name the file; the system's do not)
            if exc.strerror:
                text = translate("Cli", "cannot write {path}: {reason}")
                reason = text.format(path=args.out, reason=os_reason(exc))
            else:
                reason = str(exc)
            raise CliError(reason, 2) from None
        count = len(catalogue.programmes())
    if count == 1:
        print(translate("Cli", "Exported 1 programme to {path}.").format(path=path))
    else:
        text = translate("Cli", "Exported {count} programmes to {path}.")
        print(text.format(count=count, path=path))
    return 0


def _read_mapping(path: str | None) -> tuple[dict[str, str] | None, dict[str, str] | None]:
    columns, programmes, _reasons = _read_mapping_file(path)
    return columns, programmes


def _read_mapping_file(
    path: str | None,
) -> tuple[dict[str, str] | None, dict[str, str] | None, dict[str, str] | None]:
    """The mapping file's ``columns``, ``programmes`` and ``reasons`` (exit-reason
    wording → category key) objects."""
    if not path:
        return None, None, None
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:  # the system's reason, not Python's "[Errno 2] …: 'x'"
        if Path(path).is_dir():
            reason = translate("Cli", "it is a folder, not a file")
        else:
            reason = os_reason(exc).lower()
        text = translate("Cli", "cannot read the mapping file {path}: {reason}.")
        raise CliError(text.format(path=path, reason=reason), 2) from None
    except json.JSONDecodeError as exc:
        text = translate(
            "Cli",
            "the mapping file {path} is not JSON (line {line}, column {column}): "
            'write it as {{"columns": {{"Header or column letter": "field"}}}}.',
        )
        raise CliError(text.format(path=path, line=exc.lineno, column=exc.colno), 2) from None
    except ValueError:  # not UTF-8 text
        text = translate("Cli", "the mapping file {path} is not a JSON text file (UTF-8).")
        raise CliError(text.format(path=path), 2) from None
    if not isinstance(data, dict):
        text = translate("Cli", "the mapping file {path} must hold a JSON object.")
        raise CliError(text.format(path=path), 2)
    reasons: dict[str, str] = {}
    if "columns" in data or "programmes" in data or "reasons" in data:
        columns, programmes = data.get("columns") or {}, data.get("programmes") or {}
        reasons = data.get("reasons") or {}
    else:
        columns, programmes = data, {}
    shapes = {  # what each part maps, as its error shows it
        "columns": translate("Cli", '{"header or column letter": "field"}'),
        "programmes": translate("Cli", '{"name in the list": "catalogue name or code"}'),
        "reasons": translate("Cli", '{"exit reason as written": "category"}'),
    }
    for part, entries in (("columns", columns), ("programmes", programmes), ("reasons", reasons)):
        if not isinstance(entries, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in entries.items()
        ):
            text = translate(
                "Cli", 'the mapping file {path}: "{part}" must be an object of texts, {shape}.'
            )
            raise CliError(text.format(path=path, part=part, shape=shapes[part]), 2)
    fields = _mapping_fields()
    unknown = sorted(v for v in columns.values() if v and v not in fields)
    if unknown:
        text = translate(
            "Cli",
            "the mapping file {path} names unknown fields: {unknown}. Fields: {fields} "
            '("" ignores a column).',
        )
        raise CliError(
            text.format(path=path, unknown=", ".join(unknown), fields=", ".join(sorted(fields))),
            2,
        )
    from amp_desktop.core.results.categories import REASON_KEYS

    wrong = sorted(v for v in reasons.values() if v not in REASON_KEYS)
    if wrong:
        text = translate(
            "Cli",
            "the mapping file {path} names unknown exit-reason categories: {wrong}. "
            "Categories: {categories}.",
        )
        raise CliError(
            text.format(path=path, wrong=", ".join(wrong), categories=", ".join(REASON_KEYS)), 2
        )
    return columns or None, programmes or None, reasons or None


def _mapping_fields() -> set[str]:
    from amp_desktop.core.excel import vocabulary as cols
    from amp_desktop.core.excel.participants import SYNONYMS

    return (
        set(cols.PROGRAMME_SYNONYMS.values())
        | set(cols.OTHER_SYNONYMS.values())
        | set(SYNONYMS.values())
    )


def cmd_import(args: argparse.Namespace) -> int:
    from amp_desktop.core.excel.importer import analyse
    from amp_desktop.core.excel.participant_free_text import import_file_name
    from amp_desktop.core.excel.preview import KEEP_AMP, TAKE_WORKBOOK
    from amp_desktop.core.excel.safety import ExcelFileError
    from amp_desktop.core.personal import mask_personal_ids
    from amp_desktop.core.rules import RuleError
    from amp_desktop.core.store import ConflictError, StoreError

    check_order("import", args.file, args.workbook)
    columns, programmes, reasons = _read_mapping_file(args.mapping)
    with WriteGuard() as guard:  # (Ctrl-C: nothing written, or the change reported)
        with open_catalogue(
            args.file, write=not args.dry_run, take_over=args.take_over
        ) as catalogue:
            guard.watch(catalogue.conn)
            try:
                preview = analyse(
                    catalogue,
                    args.workbook,
                    args.kind,
                    columns,
                    programmes,
                    reasons,
                    every_month=args.every_month,
                )
            except ExcelFileError as exc:
                raise CliError(str(exc), 2) from None
            unconfirmed = bool(preview.confirmations) and not args.create_sources
            stop = (
                preview.blocking or (preview.conflicts and args.conflicts == "stop") or unconfirmed
            )
            choice = TAKE_WORKBOOK if args.conflicts == "take-workbook" else KEEP_AMP
            status = 1 if stop else 0
            applied = False
            message = ""
            if unconfirmed:
                message = translate(
                    "Cli",
                    "the import would create {n} new referral sources; check that the right "
                    "column is read as the source, then run again with --create-sources.",
                ).format(n=len(preview.new_sources))
            if not stop and not args.dry_run:
                name = import_file_name(preview.kind, Path(args.workbook).name)
                change = preview.changeset(
                    mask_personal_ids(translate("ImportDialog", "Import {name}").format(name=name)),
                    remove_missing=args.remove_missing,
                    resolutions=dict.fromkeys(range(len(preview.conflicts)), choice),
                )
                try:
                    catalogue.apply(change)
                    guard.committed()
                    applied = not change.is_empty()
                except (RuleError, ConflictError, StoreError) as exc:
                    status, message = 1, str(exc)
        print_report(args, preview, status, applied, message)
    if guard.held:
        print(f"amp: {guard.note()}", file=sys.stderr)
    return status
