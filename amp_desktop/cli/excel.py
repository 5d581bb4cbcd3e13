"""``amp export`` and ``amp import``: the catalogue to and from Excel workbooks."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from amp_desktop.cli import CliError
from amp_desktop.cli.common import add_take_over_option, open_catalogue, print_json


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = subparsers.add_parser("export", help="write the catalogue to an Excel workbook")
    export.add_argument("file", help="catalogue (.amp)")
    export.add_argument("out", metavar="OUT.xlsx")
    export.add_argument("--from", dest="first", metavar="YYYY-MM", help="first month of demand")
    export.add_argument("--to", dest="last", metavar="YYYY-MM", help="last month of demand")
    export.set_defaults(func=cmd_export)

    imp = subparsers.add_parser(
        "import",
        help="import a workbook: our export, a programme sheet or a referral list",
        description="Exit status: 0 applied (or a clean dry run), 1 problems found and "
        "nothing written, 2 unreadable file.",
    )
    imp.add_argument("file", help="catalogue (.amp)")
    imp.add_argument("workbook", metavar="IN.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    add_take_over_option(imp)
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    imp.add_argument(
        "--remove-missing",
        action="store_true",
        help="remove programmes and agreements missing from the workbook",
    )
    imp.add_argument(
        "--kind",
        choices=("export", "catalogue", "referrals", "participants"),
        help="kind of workbook",
    )
    imp.add_argument(
        "--mapping",
        metavar="MAPPING.json",
        help='columns to fields, {"columns": {"Header or letter": "field"}, '
        '"programmes": {"name in the list": "catalogue name or code"}}',
    )
    imp.add_argument(
        "--create-sources",
        action="store_true",
        help="allow an import that creates more than 10 new referral sources "
        "(without it such an import stops, so a wrong column cannot create hundreds)",
    )
    imp.add_argument(
        "--conflicts",
        choices=("stop", "keep-amp", "take-workbook"),
        default="stop",
        help="what to do with fields changed both in AMP and in the workbook (default: stop)",
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


def cmd_export(args: argparse.Namespace) -> int:
    from amp_desktop.core.excel.export import export_workbook
    from amp_desktop.core.i18n import translate

    first, last = _demand_months(args.first, args.last)
    with open_catalogue(args.file) as catalogue:
        try:
            path = export_workbook(catalogue, args.out, first, last)
        except OSError as exc:
            # (the export's own reasons name the file; the system's do not)
            reason = f"cannot write {args.out}: {exc.strerror}" if exc.strerror else str(exc)
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
            reason = "it is a folder, not a file"
        else:
            reason = (exc.strerror or str(exc)).lower()
        raise CliError(f"cannot read the mapping file {path}: {reason}.", 2) from None
    except json.JSONDecodeError as exc:
        raise CliError(
            f"the mapping file {path} is not JSON (line {exc.lineno}, column {exc.colno}): "
            f'write it as {{"columns": {{"Header or column letter": "field"}}}}.',
            2,
        ) from None
    except ValueError:  # not UTF-8 text
        raise CliError(f"the mapping file {path} is not a JSON text file (UTF-8).", 2) from None
    if not isinstance(data, dict):
        raise CliError(f"the mapping file {path} must hold a JSON object.", 2)
    reasons: dict[str, str] = {}
    if "columns" in data or "programmes" in data or "reasons" in data:
        columns, programmes = data.get("columns") or {}, data.get("programmes") or {}
        reasons = data.get("reasons") or {}
    else:
        columns, programmes = data, {}
    for part, entries in (("columns", columns), ("programmes", programmes), ("reasons", reasons)):
        if not isinstance(entries, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in entries.items()
        ):
            raise CliError(
                f'the mapping file {path}: "{part}" must be an object of texts, '
                '{"header or column letter": "field"}.',
                2,
            )
    fields = _mapping_fields()
    unknown = sorted(v for v in columns.values() if v and v not in fields)
    if unknown:
        raise CliError(
            f"the mapping file {path} names unknown fields: {', '.join(unknown)}. "
            f'Fields: {", ".join(sorted(fields))} ("" ignores a column).',
            2,
        )
    from amp_desktop.core.results.categories import REASON_KEYS

    wrong = sorted(v for v in reasons.values() if v not in REASON_KEYS)
    if wrong:
        raise CliError(
            f"the mapping file {path} names unknown exit-reason categories: {', '.join(wrong)}. "
            f"Categories: {', '.join(REASON_KEYS)}.",
            2,
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
    from amp_desktop.core.excel.preview import KEEP_AMP, TAKE_WORKBOOK
    from amp_desktop.core.excel.safety import ExcelFileError
    from amp_desktop.core.personal import mask_personal_ids
    from amp_desktop.core.rules import RuleError
    from amp_desktop.core.store import ConflictError, StoreError

    columns, programmes, reasons = _read_mapping_file(args.mapping)
    with open_catalogue(args.file, write=not args.dry_run, take_over=args.take_over) as catalogue:
        try:
            preview = analyse(catalogue, args.workbook, args.kind, columns, programmes, reasons)
        except ExcelFileError as exc:
            raise CliError(str(exc), 2) from None
        unconfirmed = bool(preview.confirmations) and not args.create_sources
        stop = preview.blocking or (preview.conflicts and args.conflicts == "stop") or unconfirmed
        choice = TAKE_WORKBOOK if args.conflicts == "take-workbook" else KEEP_AMP
        status = 1 if stop else 0
        applied = False
        message = ""
        if unconfirmed:
            message = (
                f"the import would create {len(preview.new_sources)} new referral sources; "
                "check that the right column is read as the source, then run again with "
                "--create-sources."
            )
        if not stop and not args.dry_run:
            change = preview.changeset(
                mask_personal_ids(f"Import {Path(args.workbook).name}"),
                remove_missing=args.remove_missing,
                resolutions=dict.fromkeys(range(len(preview.conflicts)), choice),
            )
            try:
                catalogue.apply(change)
                applied = not change.is_empty()
            except (RuleError, ConflictError, StoreError) as exc:
                status, message = 1, str(exc)
    _report(args, preview, status, applied, message)
    return status


def _report(
    args: argparse.Namespace, preview: Any, status: int, applied: bool, message: str
) -> None:
    if args.json:
        data = preview.to_json(remove_missing=args.remove_missing)
        data["applied"] = applied
        data["dry_run"] = args.dry_run
        if message:
            data["error"] = message
        print_json(data)
        return
    counts = preview.counts()
    removed = counts["removed"] if args.remove_missing else 0
    print(
        f"{preview.kind} workbook, sheet “{preview.sheet}”, header row {preview.header_row}: "
        f"{counts['added']} added, {counts['changed']} changed, {removed} removed, "
        f"{counts['unchanged']} unchanged, {counts['conflicts']} conflicts, "
        f"{counts['problems']} problems."
    )
    if preview.recognised_by:
        print(f"  {preview.recognised_by}")
    for note in preview.summary:
        print(f"  {note}")
    for row in preview.skipped_rows:
        print(f"  skipped: {row.where}: {row.reason}")
    for question in preview.confirmations:
        print(f"  question: {question}")
    for line in preview.results_summary:
        print(
            "  {programme}: participants {p[0]} → {p[1]}, starts {s[0]} → {s[1]}, "
            "exits {e[0]} → {e[1]}".format(
                programme=line["programme"],
                p=line["participants"],
                s=line["starts"],
                e=line["exits"],
            )
        )
    for wording, n in preview.unmapped_reasons.items():
        print(f"  exit reason to map: “{wording}” ({n} {'row' if n == 1 else 'rows'})")
    for change in preview.field_changes():
        print(f"  {change['programme']}: {change['field']}: {change['old']} → {change['new']}")
    for programme in preview.added:
        print(f"  + {programme.name}")
    if preview.removed:
        verb = "removed" if args.remove_missing else "missing from the workbook (kept)"
        for programme in preview.removed:
            print(f"  - {programme.name}: {verb}")
    if preview.removed_agreements:
        verb = "removed" if args.remove_missing else "missing from the workbook (kept)"
        for change in preview.removed_agreements:
            print(f"  - agreement {change.before.label()}: {verb}")
    for conflict in preview.conflicts:
        print(
            f"  ! {conflict.programme}: {conflict.field}: exported {conflict.exported}, "
            f"AMP now {conflict.amp}, workbook {conflict.workbook}"
        )
    for source in preview.new_sources:
        print(f"  new referral source: {source}")
    for problem in preview.problems:
        print(f"  {'problem' if problem.blocking else 'note'}: {problem}")
    if message:
        print(f"amp: {message}")
    if status:
        print("Nothing was written.")
    elif args.dry_run:
        print("Dry run: nothing was written.")
    elif applied:
        print("Applied as one change.")
    else:
        print("No changes.")
