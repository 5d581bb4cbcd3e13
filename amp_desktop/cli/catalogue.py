"""``amp new``, ``amp list``, ``amp show`` and ``amp history``: the catalogue from the
command line."""

from __future__ import annotations

import argparse
from collections.abc import Collection
from pathlib import Path

from amp_desktop.cli.common import (
    CliError,
    add_take_over_option,
    open_catalogue,
    print_json,
    print_table,
    store_failure,
)
from amp_desktop.cli.text_tables import aligned_table
from amp_desktop.core.domain import FIELDS
from amp_desktop.core.i18n import translate
from amp_desktop.core.store import Catalogue, LockedError, StoreError
from amp_desktop.core.tables.catalogue_table import CATALOGUE
from amp_desktop.core.tables.fields import display_text


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    new = subparsers.add_parser("new", help=translate("CliHelp", "create a catalogue file"))
    new.add_argument(
        "file", help=translate("CliHelp", "the catalogue file to create (.amp is added if missing)")
    )
    new.add_argument(
        "--example",
        action="store_true",
        help=translate("CliHelp", "fill it with the example catalogue (Västerås 2021)"),
    )
    new.set_defaults(func=cmd_new)

    listing = subparsers.add_parser(
        "list", help=translate("CliHelp", "list the programmes of a catalogue")
    )
    listing.add_argument("file", help=translate("CliHelp", "the catalogue (.amp)"))
    listing.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
    listing.set_defaults(func=cmd_list)

    show = subparsers.add_parser("show", help=translate("CliHelp", "show one programme"))
    show.add_argument("file", help=translate("CliHelp", "the catalogue (.amp)"))
    show.add_argument(
        "programme",
        metavar="NAME_OR_ID",
        help=translate("CliHelp", "the programme's name, short code or id"),
    )
    show.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
    show.set_defaults(func=cmd_show)

    history = subparsers.add_parser(
        "history",
        help=translate("CliHelp", "show the change log, or purge it / set how long it is kept"),
    )
    history.add_argument("file", help=translate("CliHelp", "the catalogue (.amp)"))
    history.add_argument(
        "--programme", metavar="NAME_OR_ID", help=translate("CliHelp", "only this programme")
    )
    history.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help=translate("CliHelp", "entries shown (default 50)"),
    )
    history.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
    history.add_argument(
        "--purge-before",
        metavar="YYYY-MM-DD",
        help=translate("CliHelp", "remove the entries of actions before this day"),
    )
    keep = history.add_mutually_exclusive_group()
    keep.add_argument(
        "--keep-days",
        type=int,
        metavar="N",
        help=translate("CliHelp", "keep the log N days from now on"),
    )
    keep.add_argument(
        "--keep-forever", action="store_true", help=translate("CliHelp", "keep the log for ever")
    )
    add_take_over_option(history)
    history.set_defaults(func=cmd_history)


def cmd_new(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.suffix and not path.is_dir():  # a catalogue is FILE.amp (the window looks for it)
        path = path.with_name(path.name + ".amp")
    if path.exists():
        text = translate("Cli", "{path} already exists; choose another name.")
        raise CliError(text.format(path=path), 2)
    if not path.parent.exists():  # (the store's reason would be the system's, in English)
        text = translate("Cli", "cannot write {path}: {reason}")
        reason = translate("Cli", "No such file or directory")
        raise CliError(text.format(path=path, reason=reason), 2)
    try:
        catalogue = Catalogue.create(path)
    except (StoreError, LockedError) as exc:
        raise store_failure(exc) from None
    try:
        if args.example:
            from amp_desktop.core.example import load_example

            load_example(catalogue)
        count = len(catalogue.programmes())
    except BaseException as exc:  # a store error, or Ctrl-C while the example was loading
        catalogue.close()
        path.unlink(missing_ok=True)  # ours, made a moment ago: leave nothing half-made
        if isinstance(exc, StoreError):
            raise store_failure(exc) from None
        raise
    finally:
        catalogue.close()
    if count == 1:
        print(translate("Cli", "Created {path} with 1 programme.").format(path=path))
    else:
        text = translate("Cli", "Created {path} with {count} programmes.")
        print(text.format(path=path, count=count))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_catalogue(args.file) as catalogue:
        programmes = catalogue.programmes()
    if args.json:
        print_json([p.to_json() for p in programmes])
        return 0
    if not programmes:
        print(translate("Cli", "{path} has no programmes yet.").format(path=args.file))
        return 0
    columns = CATALOGUE.for_cli()  # titles and cell text as on screen and on paper
    aligned_table(columns, [[c.text(p) for c in columns] for p in programmes])
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from amp_desktop.cli.audit import mandate_json, mandate_lines

    with open_catalogue(args.file) as catalogue:
        programme = catalogue.find(args.programme)
        mandate = mandate_json(catalogue, programme.id) if programme and programme.id else {}
    if programme is None:
        text = translate("Cli", "no programme named or numbered “{programme}” in {path}")
        raise CliError(text.format(programme=args.programme, path=args.file), 1)
    if args.json:
        print_json({**programme.to_json(), "mandate": mandate})
        return 0
    lines = [(translate("Field", "Id"), str(programme.id))]
    for spec in FIELDS:
        text = display_text(spec.name, programme.value(spec.name))
        if spec.kind == "months" and not text:
            text = translate("Cli", "all year")
        lines.append((spec.label(), text))
    sources = display_text("referral_sources", programme.sources)
    lines.append((translate("Field", "Referral sources"), sources))
    prose = {spec.label() for spec in FIELDS if spec.name in PROSE}
    print_fields([*lines, *mandate_lines(mandate)], prose)
    return 0


#: The fields of running prose, wrapped to the terminal by ``amp show``.
PROSE = ("description", "target_group", "notes")


def print_fields(lines: list[tuple[str, str]], prose: Collection[str] = ()) -> None:
    """``label: text`` lines, the labels right-aligned to the widest, a text's further
    lines (a note of several lines; the texts labelled in *prose* wrapped to the
    terminal too) indented under its first."""
    import textwrap

    from amp_desktop.cli.text_tables import terminal_width

    width = max(len(label) for label, _text in lines)
    terminal = terminal_width()  # (a file or a pipe gets each text on one line)
    room = max(terminal - width - 2, 40) if terminal else None
    for label, text in lines:
        first, *more = [
            part
            for line in text.splitlines() or [""]
            for part in (
                textwrap.wrap(line, room, break_on_hyphens=False)
                if room and label in prose
                else [line]
            )
            or [""]
        ]
        print(f"{label:>{width}}: {first}".rstrip())
        for line in more:
            print(f"{'':>{width}}  {line}".rstrip())


def cmd_history(args: argparse.Namespace) -> int:
    """The change log, newest first; or purge it, or set its retention."""
    import datetime as dt

    writes = bool(args.purge_before or args.keep_forever or args.keep_days is not None)
    if args.keep_days is not None and args.keep_days < 0:
        raise CliError(translate("Cli", "--keep-days must be 0 or more."), 2)
    if args.limit < 0:
        raise CliError(translate("Cli", "--limit must be 0 or more."), 2)
    cutoff = None
    if args.purge_before:
        try:
            cutoff = dt.date.fromisoformat(args.purge_before)
        except ValueError:
            text = translate("Cli", "--purge-before: “{text}” is not a date YYYY-MM-DD.")
            raise CliError(text.format(text=args.purge_before), 2) from None
    with open_catalogue(args.file, write=writes, take_over=args.take_over) as catalogue:
        if writes:
            removed = catalogue.purge_change_log(cutoff) if cutoff else 0
            if args.keep_forever:
                catalogue.set_change_log_retention(None)
            elif args.keep_days is not None:
                removed += catalogue.set_change_log_retention(args.keep_days)
            days = catalogue.change_log_retention()
            if args.json:
                print_json({"removed": removed, "keep_days": days})
            else:
                print(retention_text(removed, days))
            return 0
        programme_id = None
        if args.programme:
            programme = catalogue.find(args.programme)
            if programme is None:
                text = translate("Cli", "no programme named or numbered “{programme}” in {path}")
                raise CliError(text.format(programme=args.programme, path=args.file), 1)
            programme_id = programme.id
        entries = catalogue.change_log(programme_id, limit=args.limit)
        agreements = {a.id: a for a in catalogue.agreements() if a.id is not None}
    if args.json:
        print_json(entries)
        return 0
    if not entries:
        if args.limit:  # (--limit 0 asks for none: the log may well have some)
            print(translate("Cli", "The change log has no entries."))
        return 0
    from amp_desktop.cli.history_text import history_value
    from amp_desktop.cli.import_report import field_text

    rows = [
        [
            e["at"].replace("T", " "),
            e["description"] or e["action"],
            e["programme"] or "",
            field_text(e["field"]),
            history_value(e["field"], e["old"], agreements),
            history_value(e["field"], e["new"], agreements),
        ]
        for e in entries
    ]
    headers = [
        translate("Cli", "When"),
        translate("Cli", "Action"),
        translate("Cli", "Programme"),
        translate("Cli", "Field"),
        translate("Cli", "Old"),
        translate("Cli", "New"),
    ]
    print_table(headers, rows)
    return 0


def retention_text(removed: int, days: int | None) -> str:
    """What ``amp history --purge-before/--keep-days`` did, in one sentence."""
    if removed == 1:
        done = translate("Cli", "Removed 1 change-log entry.")
    else:
        done = translate("Cli", "Removed {count} change-log entries.").format(count=removed)
    if days is None:
        kept = translate("Cli", "The log is kept for ever.")
    elif days == 1:
        kept = translate("Cli", "The log is kept 1 day.")
    else:
        kept = translate("Cli", "The log is kept {days} days.").format(days=days)
    return f"{done} {kept}"
