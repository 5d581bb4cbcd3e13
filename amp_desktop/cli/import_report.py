"""What ``amp import`` prints without ``--json``: the import in words, in the user's language."""

from __future__ import annotations

import argparse
from typing import Any

from amp_desktop.cli.common import print_json
from amp_desktop.core.i18n import translate
from amp_desktop.core.tables.fields import logged_text


def kind_text(kind: str) -> str:
    """The kind of workbook, as the first line of the report names it."""
    kinds = {
        "export": translate("Cli", "AMP export"),
        "catalogue": translate("Cli", "Programme catalogue"),
        "referrals": translate("Cli", "Referral list"),
        "participants": translate("Cli", "Participant list"),
    }
    return kinds.get(kind, kind)


def field_text(field: str) -> str:
    """A changed field as the user knows it (an import's changes, the change log):
    its column title in AMP's export, a demand cell's month, source and kind, or what
    else a ``kind:name`` entry of the log is about."""
    from amp_desktop.core.excel import vocabulary as vocab

    if field.startswith("demand:"):
        _demand, kind, month, source = (field.split(":", 3) + ["", "", ""])[:4]
        return translate("Cli", "referrals {month} from {source} ({kind})").format(
            month=month, source=source or "–", kind=vocab.enum_text(kind)
        )
    prefix, _colon, rest = field.partition(":")
    prefixed = {
        "source": lambda: translate("Cli", "referral source {name}"),
        "scenario": lambda: translate("Cli", "scenario {name}"),
        "setting": lambda: translate("Cli", "setting {name}"),
        "results": lambda: translate("Cli", "results {name}"),
        "exit_reason": lambda: translate("Cli", "exit reason {name}"),
        "agreement": lambda: translate("Cli", "agreement {name}"),
        "kolada": lambda: translate("Cli", "Kolada {name}"),
    }
    if rest and prefix == "setting":
        from amp_desktop.core.store.settings import setting_label

        return prefixed[prefix]().format(name=setting_label(rest))
    if rest and prefix in prefixed:
        return prefixed[prefix]().format(name=rest.replace("..", "–"))
    if field == "mandate":
        return translate("Cli", "mandate (legal bases, board decision)")
    return vocab.field_label(field)


#: The longest value a change line writes whole (a note may hold 30,000 characters).
BRIEF_LIMIT = 120


def brief(text: str | None) -> str:
    """A changed value on one line: "–" for none, a long one cut with how long it is."""
    from amp_desktop.core.formatting import format_number

    flat = " ".join(line.strip() for line in (text or "").splitlines() if line.strip())
    if not flat:
        return "–"
    if len(flat) <= BRIEF_LIMIT:
        return flat
    return translate("Cli", "{start}… ({n} characters)").format(
        start=flat[: BRIEF_LIMIT - 20].rstrip(), n=format_number(len(text or ""))
    )


def counted(n: int, one: str, many: str) -> str:
    """*one* ("1 problem") when *n* is 1, else *many* ("{n} problems") with *n* written
    in the language's number format."""
    from amp_desktop.core.formatting import format_number

    return one if n == 1 else many.format(n=format_number(n))


def rows_text(n: int) -> str:
    return counted(n, translate("Cli", "1 row"), translate("Cli", "{n} rows"))


def print_report(
    args: argparse.Namespace, preview: Any, status: int, applied: bool, message: str
) -> None:
    """The import's result: JSON with ``--json``, else a summary line and a line for
    each thing found, and what was (not) written."""
    if args.json:
        data = preview.to_json(remove_missing=args.remove_missing)
        data["applied"] = applied
        data["dry_run"] = args.dry_run
        if message:
            data["error"] = message
        print_json(data)
        return
    if preview.kind == "participants":
        print(_participants_line(preview))
    else:
        print(_catalogue_line(args, preview))
    _print_findings(args, preview)
    if message:
        print(f"amp: {message}")
    if status:
        print(translate("Cli", "Nothing was written."))
    elif args.dry_run:
        print(translate("Cli", "Dry run: nothing was written."))
    elif applied:
        print(translate("Cli", "Applied as one change."))
    else:
        print(translate("Cli", "No changes."))


def _catalogue_line(args: argparse.Namespace, preview: Any) -> str:
    """The first line for a workbook of programmes or referrals: what it changes
    ("1 conflict", "1 problem": the count's own form; numbers as the language writes them)."""
    from amp_desktop.core.formatting import format_number

    counts = preview.counts()
    removed = counts["removed"] if args.remove_missing else 0
    conflicts, problems = counts["conflicts"], counts["problems"]
    return translate(
        "Cli",
        "{kind}, sheet “{sheet}”, header row {row}: {added} added, {changed} changed, "
        "{removed} removed, {unchanged} unchanged, {conflicts}, {problems}.",
    ).format(
        kind=kind_text(preview.kind),
        sheet=preview.sheet_shown,
        row=preview.header_row,
        added=format_number(counts["added"]),
        changed=format_number(counts["changed"]),
        removed=format_number(removed),
        unchanged=format_number(counts["unchanged"]),
        conflicts=counted(
            conflicts, translate("Cli", "1 conflict"), translate("Cli", "{n} conflicts")
        ),
        problems=counted(problems, translate("Cli", "1 problem"), translate("Cli", "{n} problems")),
    )


def _participants_line(preview: Any) -> str:
    """The first line for a participant list: the programmes it has results for, the
    problems that stop it and the notes that do not (a list adds no programmes)."""

    problems = sum(1 for p in preview.problems if p.blocking)
    notes = len(preview.problems) - problems
    programmes = len(preview.results.programme_ids) if preview.results else 0
    return translate(
        "Cli", "{kind}, sheet “{sheet}”, header row {row}: {scope}, {problems}, {notes}."
    ).format(
        kind=kind_text(preview.kind),
        sheet=preview.sheet_shown,
        row=preview.header_row,
        scope=counted(
            programmes,
            translate("Cli", "results for 1 programme"),
            translate("Cli", "results for {n} programmes"),
        ),
        problems=counted(problems, translate("Cli", "1 problem"), translate("Cli", "{n} problems")),
        notes=counted(notes, translate("Cli", "1 note"), translate("Cli", "{n} notes")),
    )


def _print_findings(args: argparse.Namespace, preview: Any) -> None:
    from amp_desktop.core.formatting import format_number

    if preview.recognised_by:
        print(f"  {preview.recognised_by}")
    for note in preview.summary:
        print(f"  {note}")
    for row in preview.skipped_rows:
        print("  " + translate("Cli", "skipped: {row}").format(row=row.described()))
    for question in preview.confirmations:
        print("  " + translate("Cli", "question: {question}").format(question=question))
    for line in preview.results_summary:
        print(
            "  "
            + translate(
                "Cli",
                "{name}: participants {p0} → {p1}, starts {s0} → {s1}, exits {e0} → {e1}",
            ).format(
                name=line["programme"],
                p0=format_number(line["participants"][0]),
                p1=format_number(line["participants"][1]),
                s0=format_number(line["starts"][0]),
                s1=format_number(line["starts"][1]),
                e0=format_number(line["exits"][0]),
                e1=format_number(line["exits"][1]),
            )
        )
    for wording, n in preview.unmapped_reasons.items():
        text = translate("Cli", "exit reason to map: “{wording}” ({rows})")
        print("  " + text.format(wording=wording, rows=rows_text(n)))
    for change in preview.field_changes():
        field, old, new = change["field"], change["old"], change["new"]
        print(
            f"  {change['programme']}: {field_text(field)}: "
            f"{brief(logged_text(field, old))} → {brief(logged_text(field, new))}"
        )
    from amp_desktop.core.excel.mandate_sheets_json import change_lines

    for name, field, old, new in (line for lines in change_lines(preview) for line in lines):
        print(f"  {name}: {field}: {brief(old)} → {brief(new)}")
    for programme in preview.added:
        print(f"  + {programme.name}")
    if args.remove_missing:
        verb = translate("Cli", "removed")
    else:
        verb = translate("Cli", "missing from the workbook (kept)")
    for programme in preview.removed:
        print(f"  - {programme.name}: {verb}")
    if preview.kind == "referrals":  # (a removed programme's cells go with it)
        _print_missing_referrals(preview, verb)
    for change in preview.removed_agreements:
        text = translate("Cli", "agreement {label}: {verb}")
        print("  - " + text.format(label=change.before.label(), verb=verb))
    for conflict in preview.conflicts:
        text = translate(
            "Cli",
            "{name}: {field}: exported {exported}, AMP now {amp}, workbook {workbook}",
        )
        values = {"exported": conflict.exported, "amp": conflict.amp, "workbook": conflict.workbook}
        print(
            "  ! "
            + text.format(
                name=conflict.programme,
                field=field_text(conflict.field),
                **{k: logged_text(conflict.field, v) or "–" for k, v in values.items()},
            )
        )
    for source in preview.new_sources:
        print("  " + translate("Cli", "new referral source: {source}").format(source=source))
    for problem in preview.problems:
        if problem.blocking:
            print("  " + translate("Cli", "problem: {problem}").format(problem=problem))
        else:
            print("  " + translate("Cli", "note: {problem}").format(problem=problem))


#: Cells a referral list lacks listed one by one; the rest are counted.
MISSING_SHOWN = 20


def _print_missing_referrals(preview: Any, verb: str) -> None:
    from amp_desktop.core.formatting import format_number, format_whole_or_tenth

    missing = preview.removed_demand
    for change in missing[:MISSING_SHOWN]:
        key = change.key
        text = translate("Cli", "{name}: referrals {month} {source}: {n}: {verb}")
        print(
            "  - "
            + text.format(
                name=preview.names.get(key.programme_id, str(key.programme_id)),
                month=key.month,
                source=key.source or "–",
                n=format_whole_or_tenth(change.before),
                verb=verb,
            )
        )
    if len(missing) > MISSING_SHOWN:
        more = len(missing) - MISSING_SHOWN
        print("  - " + translate("Cli", "… and {n} more cells").format(n=format_number(more)))
