"""One data row of a programme sheet read into a programme, and the preview's notes
on how its cells were read (empty cells kept, columns in thousands of kronor)."""

from __future__ import annotations

from typing import Any

from openpyxl.utils import get_column_letter

from amp_desktop.core.domain import FIELD_BY_NAME, Programme
from amp_desktop.core.excel.preview import ImportPreview, Problem, split_where
from amp_desktop.core.excel.programme_match import names_no_programme
from amp_desktop.core.excel.read import Formula, Sheet, address, cell_text
from amp_desktop.core.excel.threeway import same_as_exported
from amp_desktop.core.excel.values import money_scale, names_kronor_and_thousands, parse_field
from amp_desktop.core.excel.vocabulary import normalise, one_line
from amp_desktop.core.formatting import format_number
from amp_desktop.core.i18n import translate
from amp_desktop.core.parse import ParseError

#: What a table writes in a cell it has nothing for.
_DASHES = frozenset({"-", "–", "—", "−", "--"})


def _not_stated(raw: Any, field: str) -> bool:
    """Whether a foreign sheet's cell says nothing: empty, or a dash (a name is a name)."""
    if raw is None:
        return True
    text = cell_text(raw).strip()
    return not text or (text in _DASHES and field != "name")


def _has_value(value: Any) -> bool:
    """Whether a programme's field holds something an empty cell would clear."""
    return (
        value is not None
        and value != ""
        and not (isinstance(value, (tuple, list, set, frozenset)) and not value)
    )


def unnamed_row_reason(label: str) -> str | None:
    """Why a catalogue row whose name cell holds only a placeholder ("-", "?", "n/a",
    "x") was skipped, or None when *label* names something."""
    if not names_no_programme(label):
        return None
    return translate(
        "Excel",
        "the name cell says only “{text}”, which names no programme; the row was skipped "
        "(write the programme's name in it to import it).",
    ).format(text=label)


def repeats_header(row: list[Any], headers: list[str], mapping: dict[int, str]) -> bool:
    """Whether *row* is the header row again (printed above each page, or a second
    table's): its cells in the columns read say what the header says, two at least."""
    same = 0
    for col in mapping:
        value = row[col] if col < len(row) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if col >= len(headers) or normalise(value) != normalise(headers[col]):
            return False
        same += 1
    return same >= 2


def name_only(row: list[Any], mapping: dict[int, str], name_col: int | None) -> bool:
    """Whether *row* has its name and nothing else in the columns read: in another
    unit's table a heading ("Primära insatser") or a note ("Källa: Ekonomi"), not a
    programme."""
    if name_col is None:
        return False
    return all(
        _not_stated(row[col] if col < len(row) else None, field)
        for col, field in mapping.items()
        if col != name_col and field != "id"
    ) and any(col != name_col and field != "id" for col, field in mapping.items())


class RowReader:
    """Reads one data row into a programme on top of a starting programme."""

    def __init__(self, preview: ImportPreview, sheet: Sheet, foreign: bool, codes: set[str]):
        self.preview = preview
        self.sheet = sheet
        self.foreign = foreign
        self.codes = codes
        #: The cells of a foreign sheet left empty on a programme AMP has: the sheet
        #: does not state that field, so the programme keeps its value.
        self.kept_empty: list[str] = []
        #: Those of them where the programme has a value (which the cell did not clear).
        self.kept_values: list[str] = []
        #: The kronor each amount of a column stands for ("Budget (tkr)": 1,000).
        self.scales = {
            col: scale
            for col, field in preview.mapping.items()
            if foreign
            and field in FIELD_BY_NAME
            and FIELD_BY_NAME[field].kind == "money"
            and col < len(preview.headers)
            and (scale := money_scale(preview.headers[col])) != 1
        }

    def read(
        self, r: int, start: Programme, exported: Programme | None
    ) -> tuple[Programme, dict[str, str]]:
        values: dict[str, Any] = {}
        explicit: set[str] = set()  # fields a cell of their own set
        derived: set[str] = set()  # fields read out of another cell
        where: dict[str, str] = {}
        kept: dict[str, str] = {}  # field → its empty cell (a foreign sheet's)
        for col, field in self.preview.mapping.items():
            if field == "id":
                continue
            raw = self.sheet.cell(r, col)
            cell = address(self.sheet.name, r, col)
            where[field] = cell
            if self.foreign and _not_stated(raw, field):
                # Another organisation's table that leaves a cell empty (no budget
                # stated for one programme), or puts a dash in it, does not say "none":
                # the catalogue keeps its value, a new programme has the field's
                # default. (AMP's own export: an emptied cell empties the field.)
                if start.id is not None:
                    kept[field] = cell
                continue
            if exported is not None and same_as_exported(raw, exported, field):
                attr = "sources" if field == "referral_sources" else field
                values.setdefault(attr, getattr(exported, attr))
                continue
            if (
                field == "places"
                and start.id is not None
                and start.places
                and cell_text(raw).strip() == ""
            ):
                # A cleared Places cell is not "no places": a programme AMP has keeps
                # its number until a cell says 0 (a new row's empty cell is 0).
                self.preview.problems.append(
                    Problem(
                        cell,
                        translate(
                            "Excel",
                            "the cell is empty; the programme keeps its {places} places "
                            "(write 0 if it has none).",
                        ).format(places=start.places),
                    )
                )
                continue
            if isinstance(raw, Formula):
                self.preview.problems.append(
                    Problem(
                        cell,
                        translate(
                            "Excel", "the cell holds a formula ({formula}); it was not used."
                        ).format(formula=raw.text),
                    )
                )
                continue
            try:
                parsed = parse_field(field, raw, self.foreign, self.codes, self.scales.get(col, 1))
            except ParseError as exc:
                self.preview.problems.append(
                    Problem(
                        cell,
                        translate("Excel", "{message} The cell says “{text}”.").format(
                            message=exc, text=cell_text(raw)[:80]
                        ),
                    )
                )
                continue
            for note in parsed.notes:
                self.preview.problems.append(Problem(cell, note, blocking=False))
            for key, value in parsed.values.items():
                if key == field:
                    # An empty column does not undo what another cell said
                    # (``24 (budget 10)`` in Places, an empty Budgeted places).
                    if value is None and key in derived:
                        continue
                    values[key] = value
                    explicit.add(key)
                elif key not in explicit:
                    values[key] = value
                    derived.add(key)
        attrs = {"sources" if f == "referral_sources" else f: c for f, c in kept.items()}
        self.kept_empty.extend(c for f, c in attrs.items() if f not in values)
        # (those where the programme has a value the cell would have cleared are named
        # apart: an export copied without its base sheet said "152 empty cells" for
        # the one budget the user had cleared)
        self.kept_values.extend(
            c for f, c in attrs.items() if f not in values and _has_value(getattr(start, f, None))
        )
        try:
            result = start.replace(**values)
        except (ValueError, TypeError) as exc:
            self.preview.problems.append(Problem(address(self.sheet.name, r, 0), str(exc)))
            result = start
        return result, where


def note_kept_empty(
    preview: ImportPreview, cells: list[str], valued: list[str] | None = None
) -> None:
    """The preview's one line on the empty cells of a foreign sheet that left the
    catalogue's values as they were (the first few named, those of *valued* first: the
    cells where the catalogue has a value), and a line naming *valued* when they are
    fewer than all."""
    if not cells:
        return
    valued = valued or []
    if valued and len(valued) < len(cells):
        first = set(valued)
        cells = [*valued, *(c for c in cells if c not in first)]
    # The sheet is named once: "Insatser!C2, D3, C4".
    shown = ", ".join([cells[0], *(split_where(c)[1] for c in cells[1:5])])
    shown += ", …" if len(cells) > 5 else ""
    text = (
        translate(
            "Excel", "1 empty cell was left as it was: the catalogue keeps its value ({cells})."
        )
        if len(cells) == 1
        else translate(
            "Excel",
            "{n} empty cells were left as they were: the catalogue keeps its values ({cells}).",
        )
    )
    preview.summary.append(text.format(n=format_number(len(cells)), cells=shown))
    if valued and len(valued) < len(cells):
        named = ", ".join([valued[0], *(split_where(c)[1] for c in valued[1:5])])
        named += ", …" if len(valued) > 5 else ""
        text = (
            translate(
                "Excel",
                "Of them, 1 empty cell is where the catalogue has a value, which it keeps "
                "({cells}); to clear it, edit the programme in AMP.",
            )
            if len(valued) == 1
            else translate(
                "Excel",
                "Of them, {n} empty cells are where the catalogue has values, which it "
                "keeps ({cells}); to clear them, edit the programmes in AMP.",
            )
        )
        preview.summary.append(text.format(n=format_number(len(valued)), cells=named))


def note_scaled_columns(preview: ImportPreview, scales: dict[int, int]) -> None:
    """A line in *preview* for each column whose amounts are thousands or millions,
    and for each whose title names kronor and thousands both (read as kronor)."""
    for col, field in preview.mapping.items():
        title = preview.headers[col] if col < len(preview.headers) else ""
        if (
            field in FIELD_BY_NAME
            and FIELD_BY_NAME[field].kind == "money"
            and names_kronor_and_thousands(title)
        ):
            preview.summary.append(
                translate(
                    "Excel",
                    "Column {column} (“{title}”) names both kronor and thousands of kronor: "
                    "its amounts were read as kronor (write kr or tkr alone in the title to "
                    "say which).",
                ).format(column=get_column_letter(col + 1), title=one_line(title))
            )
    for col, scale in scales.items():
        text = (
            translate(
                "Excel",
                "Column {column} (“{title}”) is in thousands of kronor: its amounts were "
                "multiplied by {factor}.",
            )
            if scale == 1_000
            else translate(
                "Excel",
                "Column {column} (“{title}”) is in millions of kronor: its amounts were "
                "multiplied by {factor}.",
            )
        )
        title = one_line(preview.headers[col])
        preview.summary.append(
            text.format(column=get_column_letter(col + 1), title=title, factor=format_number(scale))
        )
