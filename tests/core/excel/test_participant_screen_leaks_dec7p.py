"""Personal data a participant list holds where no column of names says so, kept off
the screen and out of the file: a name in an exit reason of a list without a names
column, a sheet named by an identity number, a column of first names (or surnames)
alone, and a name in the list's file name (the change log)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from amp_desktop.cli import main
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.participant_free_text import (
    import_file_name,
    is_wording_word,
    mask_name_runs,
)
from amp_desktop.core.excel.participant_values import exit_wordings
from amp_desktop.core.excel.preview import ImportPreview
from amp_desktop.core.excel.read import address
from amp_desktop.core.given_names import GIVEN_NAMES
from amp_desktop.core.personal import MASK
from amp_desktop.core.results.categories import reason_key
from amp_desktop.core.store import Catalogue
from tests.participant_lists import FIRST_NAMES, LAST_NAMES, REASONS_SV, write_sheets

D = dt.date
M2 = f"{MASK} {MASK}"


def _kept(folder: Path) -> bytes:
    """Every byte AMP wrote beside the catalogue (the file, its journal, its backups),
    and the catalogue's rows as SQL text."""
    data = [p.read_bytes() for p in folder.rglob("*.amp*") if p.is_file()]
    for path in folder.rglob("*.amp"):
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            data.append("\n".join(conn.iterdump()).encode())
    return b"".join(data)


def _absent(texts: tuple[str, ...], shown: str, kept: bytes = b"") -> None:
    """None of *texts* in what was *shown*, nor, in any case, in the bytes *kept* (a
    reason's key is kept case-folded: "konstigt: bertil lindqvist")."""
    lower = kept.lower()
    for text in texts:
        assert text.casefold() not in shown.casefold(), text
        word = (
            rb"(?<![a-z\x80-\xff])" + re.escape(text.casefold().encode()) + rb"(?![a-z\x80-\xff])"
        )
        assert re.search(word, lower) is None and text.encode("utf-16-le") not in kept, text


def _preview(catalogue: Path, listing: Path) -> ImportPreview:
    opened = Catalogue.open(catalogue)
    try:
        return analyse(opened, listing, "participants")
    finally:
        opened.close()


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    status = main(args)
    out, err = capsys.readouterr()
    return status, out + err


# 1. A name in an exit reason, the list without a names column.

_NO_NAMES = ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
_NAMED_REASONS = [
    ["850101-1236", "Atlas", D(2024, 1, 8), D(2024, 2, 1), "Flyttade – Anna Svensson"],
    ["9001011239", "Atlas", D(2024, 1, 9), D(2024, 2, 1), "Konstigt: Bertil Lindqvist"],
    ["121212-1212", "Atlas", D(2024, 1, 10), D(2024, 2, 1), "Arbete (Dan af Klint)"],
    ["19900101-1239", "Atlas", D(2024, 1, 11), D(2024, 2, 1), "Åter Till AF"],
    ["850101-1236", "Krami", D(2024, 1, 12), D(2024, 2, 1), "Avbrott – ringt Hassan"],
]
_NAMES_1 = ("Anna", "Svensson", "Bertil", "Lindqvist", "Klint", "Hassan")


@pytest.mark.parametrize("spelt", ["as the list has it", "as it is shown"])
def test_a_name_in_an_exit_reason_of_a_list_without_names_is_masked_and_mapped_so(
    spelt, example_path, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [_NO_NAMES, *_NAMED_REASONS]})
    preview = _preview(example_path, listing)
    assert preview.reasons == {
        f"Arbete ({MASK} {MASK} {MASK})": "Work",
        f"Avbrott – ringt {MASK}": "Interrupted",
        f"Flyttade – {M2}": "Interrupted",
        "Åter Till AF": "Back to the referrer",  # (capitalised, but a reason's words)
    }
    assert preview.unmapped_reasons == {f"Konstigt: {M2}": 1}
    args = ["import", str(example_path), str(listing), "--json"]
    status, shown = _run([*args, "--dry-run"], capsys)
    assert status == 1  # a reason to map
    assert json.loads(shown)["unmapped_reasons"] == {f"Konstigt: {M2}": 1}
    _absent(_NAMES_1, shown)
    # Mapped in a mapping file, spelt as the list has it or as AMP showed it.
    text = "Konstigt: Bertil Lindqvist" if spelt == "as the list has it" else f"Konstigt: {M2}"
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"reasons": {text: "completed"}}), encoding="utf-8")
    status, shown = _run([*args, "--mapping", str(mapping)], capsys)
    assert status == 0, shown
    assert json.loads(shown)["exit_reasons"][f"Konstigt: {M2}"] == "Assignment completed"
    _absent(_NAMES_1, shown)
    with Catalogue.open(example_path) as catalogue:
        assert catalogue.reason_mapping()[reason_key(f"Konstigt: {M2}")] == "completed"
    # The kept mapping maps the next list's wording (another name, masked alike).
    again = [["850101-1236", "Krami", D(2024, 3, 1), D(2024, 4, 1), "Konstigt: Cilla Ek"]]
    listing = write_sheets(tmp_path / "l2.xlsx", {"L": [_NO_NAMES, *again]})
    status, shown = _run(["import", str(example_path), str(listing), "--json"], capsys)
    assert status == 0, shown
    assert json.loads(shown)["exit_reasons"] == {f"Konstigt: {M2}": "Assignment completed"}
    _absent((*_NAMES_1, "Cilla"), shown, _kept(tmp_path))


def test_names_are_told_from_the_words_reasons_are_written_with() -> None:
    for wording in [*REASONS_SV, "Åter Till Arbetsförmedlingen", "Arbete Utan Stöd",
                    "Eget Företag", "Avslutad Enligt Plan", "ÅTER TILL AF", "Studier Komvux",
                    "Flytt till Göteborg", "Sjukskriven", "Avslut i maj", "Flytt Mars 2024"]:  # fmt: skip
        assert mask_name_runs(wording) == wording, wording
    assert mask_name_runs("Avbrott, ringt Bertil") == f"Avbrott, ringt {MASK}"  # a given name
    assert mask_name_runs("FLYTTADE – ANNA SVENSSON") == f"FLYTTADE – {M2}"
    assert mask_name_runs("Anna-Karin Per flyttade") == f"{M2} flyttade"
    assert (
        mask_name_runs("Se anteckning: Per Ek, handläggare") == f"Se anteckning: {M2}, handläggare"
    )
    # No common given name, nor the test lists' names, is taken for a reason's word.
    names = {*GIVEN_NAMES, *map(str.casefold, FIRST_NAMES), *map(str.casefold, LAST_NAMES)}
    assert not [name for name in names if is_wording_word(name)]


def test_a_name_partly_in_the_list_s_names_column_is_masked_whole() -> None:
    # "Anna" is in the list's column of first names, "Svensson" in none.
    read = exit_wordings(["Flyttade – Anna Svensson", "Arbete"], {}, [["Anna", "Bo"]])
    assert read.shown == {"Flyttade – Anna Svensson": f"Flyttade – {M2}", "Arbete": "Arbete"}
    assert read.categories == {"Flyttade – Anna Svensson": "interrupted", "Arbete": "work"}


def test_a_problem_repeating_a_name_in_a_list_without_names_masks_it(
    example_path, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön", "Nivå"]
    rows = [
        ["Atlas", D(2024, 1, 8), D(2024, 2, 1), "Arbete", "K", "AM1"],
        ["Atlas", D(2024, 1, 9), D(2024, 2, 1), "Arbete", "Anna Svensson", "AM2"],
        ["Atlas", D(2024, 1, 10), D(2024, 2, 1), "Arbete", "M", "Bertil"],
        ["Atlas", D(2024, 1, 11), D(2024, 2, 1), "Arbete", "Kvinnna", "AM2"],
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [header, *rows]})
    messages = [p.message for p in _preview(example_path, listing).problems]
    assert f"“{M2}” is not a gender AMP knows (K or M)." in messages
    assert "“Kvinnna” is not a gender AMP knows (K or M)." in messages  # a typo is shown
    assert any(f"“{MASK}” (1) counted as not stated" in m for m in messages)
    _absent(("Anna", "Svensson", "Bertil"), "\n".join(messages))


# 2. A sheet named by an identity number.


@pytest.mark.parametrize(
    ("sheet", "shown_sheet"),
    [
        ("850101-1236", MASK),
        ("19850101-1236", MASK),
        ("8501011236", MASK),
        ("Lista 850101-1236", f"Lista {MASK}"),
        ("Anna Svensson", M2),
    ],
)
def test_a_sheet_named_by_an_identity_number_is_masked_in_every_address(
    sheet, shown_sheet, example_path, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön"]
    rows = [
        ["Atlas", D(2024, 1, 8), D(2024, 2, 1), "Arbete", "X"],  # not a gender
        ["Atlas", D(2024, 3, 8), D(2024, 2, 1), "Arbete", "K"],  # end before start
        ["Atlas", D(2024, 3, 8), D(2024, 4, 1), "Arbete", "K"],
        ["Summa", None, None, None, None],
    ]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    for row in [header, *rows]:
        ws.append(row)
    ws.row_dimensions[4].hidden = True  # (a filter: the note on it is kept)
    listing = tmp_path / "l.xlsx"
    wb.save(listing)
    preview = _preview(example_path, listing)
    wheres = [p.where for p in preview.problems] + [s.where for s in preview.skipped_rows]
    assert preview.sheet == shown_sheet
    assert wheres and all(
        w.startswith(f"{shown_sheet}!") or w.startswith(f"'{shown_sheet}'!") for w in wheres
    )
    assert "1 row hidden in Excel was read (row 4)." in preview.summary
    status, shown = _run(["import", str(example_path), str(listing), "--json", "--dry-run"], capsys)
    assert status == 1
    assert json.loads(shown)["sheet"] == shown_sheet
    _absent(("850101", "8501011236", "1236", "Anna", "Svensson"), shown)
    assert address("850101-1236", 3, 2) == f"{MASK}!C4"
    assert address("Deltagare", 3, 2) == "Deltagare!C4"


# 3. A column of first names alone, or of surnames alone.


_GIVEN = ["Bertil", "Anna", "Bertil", "Anna", "Cecilia", "Bertil", "Anna", "Anna"]
_SURNAMES = ["Lindqvist", "Svensson", "Bergström", "Dahl", "Lindqvist", "Ekholm", "Forsberg"]


@pytest.mark.parametrize(
    ("header", "names"),
    [
        (None, _GIVEN),  # few differ, but they are common given names
        ("Kund", _GIVEN),
        (None, _SURNAMES),  # most differ
        ("Brukare", _SURNAMES),
        ("Tilltalsnamn", _GIVEN),  # (by the header)
        ("First name", _GIVEN),
        ("Surname", _SURNAMES),
        ("Efternamn", _SURNAMES),
    ],
)
def test_a_column_of_single_names_is_dropped_and_its_names_masked(
    header, names, example_path, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    head = [
        header,
        "Stadsdel",
        "Insats",
        "Startdatum",
        "Slutdatum",
        "Avslutsorsak",
        "Kön",
        "Anvisare?",
        "Modersmål",
    ]
    languages = ["Arabiska", "Somaliska", "Dari", "Tigrinja", "Persiska", "Polska", "Finska"]
    rows = [
        [name, ["Centrum", "Norr"][i % 2], "Atlas", D(2024, 1, 8 + i), D(2024, 2, 1),
         f"Avbrott, ringt {names[(i + 1) % len(names)]}", "K", ["AF", "FK"][i % 2],
         languages[i % len(languages)]]
        for i, name in enumerate(names)
    ]  # fmt: skip
    # A row shifted one column: a name where the gender is.
    rows.append(
        [None, "Norr", "Atlas", D(2024, 1, 30), D(2024, 2, 1), "Arbete", names[0], "AF", "Dari"]
    )
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [head, *rows]})
    preview = _preview(example_path, listing)
    assert preview.mapping[0] == "person_name"
    # A district, a code, a language (single capitalised words, but not a person's).
    assert 1 not in preview.mapping and 7 not in preview.mapping and 8 not in preview.mapping
    column = header or "A"
    assert (
        f"Column “{column}” holds personal data: it is used only while reading, never stored."
        in preview.summary
    )
    assert set(preview.reasons) == {f"Avbrott, ringt {MASK}"}
    messages = [p.message for p in preview.problems]
    assert f"“{MASK}” is not a gender AMP knows (K or M)." in messages
    status, shown = _run(["import", str(example_path), str(listing), "--json"], capsys)
    assert status == 1  # (the shifted row)
    _absent(tuple(set(names)), shown, _kept(tmp_path))


# 4. A name in the file's name.


def test_a_name_in_the_list_s_file_name_never_reaches_the_change_log(
    example_path, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    rows = [["Atlas", D(2024, 1, 8), D(2024, 2, 1), "Arbete"]]
    listing = write_sheets(
        tmp_path / "Deltagare Anna Svensson 850101-1236.xlsx", {"L": [header, *rows]}
    )
    status, shown = _run(["import", str(example_path), str(listing)], capsys)
    assert status == 0, shown
    with Catalogue.open(example_path) as catalogue:
        descriptions = [entry["description"] for entry in catalogue.change_log()]
    assert f"Import Deltagare {M2} {MASK}.xlsx" in descriptions
    status, history = _run(["history", str(example_path)], capsys)
    assert status == 0
    _absent(("Anna", "Svensson", "850101"), shown + history, _kept(tmp_path))


def test_only_a_participant_list_s_file_name_is_read_for_names() -> None:
    assert import_file_name("participants", "Deltagare_Anna_Svensson.xlsx") == (
        f"Deltagare_{MASK}_{MASK}.xlsx"
    )
    assert import_file_name("participants", "Treserva export 2024.xlsx") == (
        "Treserva export 2024.xlsx"
    )
    assert import_file_name("programmes", "Katalog Västerås Stad.xlsx") == (
        "Katalog Västerås Stad.xlsx"
    )
    assert import_file_name("referrals", "Remisser 850101-1236.xlsx") == f"Remisser {MASK}.xlsx"


def test_a_list_that_cannot_be_read_names_its_file_with_the_name_masked(
    example_path, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    listing = write_sheets(tmp_path / "Deltagare Anna Svensson.xlsx", {"L": [["A", "B"], [1, 2]]})
    args = ["import", str(example_path), str(listing), "--kind", "participants"]
    status, shown = _run(args, capsys)
    assert status == 2
    assert f"Deltagare {M2}.xlsx: no sheet has a header row" in shown
    _absent(("Anna", "Svensson"), shown)
