"""``amp`` speaks Swedish on a Swedish system (``AMP_LANG=sv``): the import's report,
a programme not found, the mapping file's faults, the change log, the results' note."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale

from amp_desktop.cli import main
from amp_desktop.ui import translations


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def swedish(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``AMP_LANG=sv`` for one test; English (as every other test expects) afterwards."""
    saved = QLocale()
    monkeypatch.setenv("AMP_LANG", "sv")
    yield
    translations.install("en")
    QLocale.setDefault(saved)


@pytest.fixture
def edited_export(example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The example's export (made in English) with Atlas's places 30 → 35 and its last
    programme row deleted."""
    out = tmp_path / "export.xlsx"
    assert _run(capsys, "export", str(example_path), str(out))[0] == 0
    workbook = openpyxl.load_workbook(out)
    sheet = workbook["Programmes"]
    titles = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[titles.index("Name")].value == "Atlas":
            row[titles.index("Places")].value = 35
    sheet.delete_rows(sheet.max_row)
    workbook.save(out)
    return out


def test_the_import_report_is_swedish(
    example_path: Path, edited_export: Path, capsys: pytest.CaptureFixture[str], swedish: None
) -> None:
    status, out, err = _run(capsys, "import", str(example_path), str(edited_export), "--dry-run")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(
        "AMP-export, bladet ”Programmes”, rubrikrad 1: 0 tillagda, 1 ändrade"
    )
    assert lines[0].endswith("0 konflikter, 0 problem.")
    assert "  Atlas: Platser: 30 → 35" in lines
    assert any(line.endswith(": saknas i arbetsboken (behålls)") for line in lines), out
    assert lines[-1] == "Provkörning: inget skrevs."
    for english in ("added", "changed", "missing from", "Dry run", "places:", "sheet"):
        assert english not in out, english


def test_the_import_report_in_english_is_as_it_was(
    example_path: Path, edited_export: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(capsys, "import", str(example_path), str(edited_export), "--dry-run")
    lines = out.splitlines()
    assert status == 0 and lines[0].startswith("AMP export, sheet “Programmes”, header row 1:")
    assert "  Atlas: Places: 30 → 35" in lines  # the field's title, not its key
    assert lines[-1] == "Dry run: nothing was written."


def test_a_participant_list_is_reported_in_swedish(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], swedish: None
) -> None:
    import datetime as dt

    from tests.participant_lists import write_list

    rows = [
        ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"],
        ["OSA", dt.date(2025, 1, 7), dt.date(2025, 2, 3), "Blå lapp"],
        ["OSA", dt.date(2025, 1, 8), dt.date(2025, 2, 4), "Grön lapp"],
        ["OSA", dt.date(2025, 1, 9), dt.date(2025, 2, 5), "Grön lapp"],
    ]
    workbook = write_list(tmp_path / "deltagare.xlsx", rows)
    args = ("import", str(example_path), str(workbook), "--kind", "participants", "--dry-run")
    status, out, _ = _run(capsys, *args)
    assert out.startswith("Deltagarlista, bladet ")
    assert "  avslutsorsak att koppla: ”Blå lapp” (1 rad)\n" in out, out
    assert "  avslutsorsak att koppla: ”Grön lapp” (2 rader)\n" in out
    assert status == 1 and out.endswith("Inget skrevs.\n")


def test_a_programme_not_found_is_said_in_swedish(
    example_path: Path, capsys: pytest.CaptureFixture[str], swedish: None
) -> None:
    says = f"amp: ingen insats med namnet eller numret ”Nope” i {example_path}\n"
    assert _run(capsys, "show", str(example_path), "Nope") == (1, "", says)
    assert _run(capsys, "history", str(example_path), "--programme", "Nope") == (1, "", says)


def test_a_programme_not_found_in_english(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    says = f"amp: no programme named or numbered “Nope” in {example_path}\n"
    assert _run(capsys, "show", str(example_path), "Nope") == (1, "", says)
    assert _run(capsys, "history", str(example_path), "--programme", "Nope") == (1, "", says)


def test_refusals_are_swedish(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], swedish: None
) -> None:
    mapping = tmp_path / "mapping.json"
    mapping.write_text("{columns: 1}", encoding="utf-8")
    workbook = tmp_path / "x.xlsx"
    status, out, err = _run(
        capsys, "import", str(example_path), str(workbook), "--mapping", str(mapping)
    )
    assert (status, out) == (2, "")
    assert err.startswith(f"amp: kopplingsfilen {mapping} är inte JSON (rad 1, kolumn 2)"), err
    assert _run(capsys, "new", str(example_path)) == (
        2,
        "",
        f"amp: {example_path} finns redan; välj ett annat namn.\n",
    )
    status, _, err = _run(capsys, "history", str(example_path), "--purge-before", "snart")
    assert (status, err) == (2, "amp: --purge-before: ”snart” är inte ett datum ÅÅÅÅ-MM-DD.\n")
    status, _, err = _run(capsys, "history", str(example_path), "--keep-days", "-1")
    assert (status, err) == (2, "amp: --keep-days måste vara 0 eller mer.\n")
    out = tmp_path / "ingen mapp" / "ut.xlsx"
    status, _, err = _run(capsys, "export", str(example_path), str(out))
    assert (status, err) == (2, f"amp: kan inte skriva {out}: filen eller mappen finns inte\n")
    status, _, err = _run(capsys, "report", str(example_path), "--pdf", str(tmp_path))
    assert (status, err) == (2, f"amp: {tmp_path} är en mapp; ange PDF-filen som ska skrivas.\n")


def test_the_change_log_names_fields_and_actions_in_words(
    example_path: Path, edited_export: Path, capsys: pytest.CaptureFixture[str], swedish: None
) -> None:
    assert _run(capsys, "import", str(example_path), str(edited_export))[0] == 0
    status, out, _ = _run(capsys, "history", str(example_path), "--limit", "1")
    header, line = out.splitlines()
    assert header.split()[:3] == ["När", "Åtgärd", "Insats"]
    assert "Importera export.xlsx" in line and " Platser " in line and " places " not in line
    assert "anvisande part FK" in _run(capsys, "history", str(example_path))[1]
    entries = json.loads(_run(capsys, "history", str(example_path), "--json", "--limit", "1")[1])
    assert entries[0]["field"] == "places"  # the JSON keeps the key


def test_the_results_note_is_swedish(
    example_path: Path, capsys: pytest.CaptureFixture[str], swedish: None
) -> None:
    status, out, _ = _run(capsys, "results", str(example_path), "--year", "2025")
    assert status == 0 and out.startswith("Resultat för 2025\n")
    assert out.endswith("– inga resultat importerade för 2025 (amp import).\n"), out


def test_the_results_a_participant_list_brings_are_swedish(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], swedish: None
) -> None:
    import re

    from tests.participant_lists import participant_rows, write_list

    workbook = write_list(tmp_path / "deltagare.xlsx", participant_rows(["OSA"], 20, seed=2))
    args = ("import", str(example_path), str(workbook), "--kind", "participants", "--dry-run")
    status, out, _ = _run(capsys, *args)
    assert status == 0, out
    found = re.search(r"^  OSA: deltagare 0 → \d+, påbörjade 0 → \d+, avslut 0 → \d+$", out, re.M)
    assert found, out


def _helps() -> dict[str, str]:
    """Every help text of ``amp``'s commands and options, by where it is."""
    import argparse

    from amp_desktop.cli import build_parser

    found: dict[str, str] = {}

    def walk(parser: argparse.ArgumentParser, where: str) -> None:
        found[f"{where} (description)"] = parser.description or ""
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    found[f"{where} {choice.dest}"] = choice.help or ""
                for name, sub in action.choices.items():
                    walk(sub, f"{where} {name}")
            elif action.help and action.help != argparse.SUPPRESS:
                found[f"{where} {'/'.join(action.option_strings) or action.dest}"] = action.help

    walk(build_parser(), "amp")
    return {k: v for k, v in found.items() if v}


def test_every_help_text_is_swedish(swedish: None) -> None:
    from amp_desktop.cli.common import install_translator

    english = _helps()
    install_translator("sv")
    swedish_helps = _helps()
    assert swedish_helps.keys() == english.keys()
    same = [k for k, text in swedish_helps.items() if text == english[k]]
    assert not same, same


def test_the_help_page_is_swedish(capsys: pytest.CaptureFixture[str], swedish: None) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["plan", "--help"])
    out = capsys.readouterr().out
    assert exited.value.code == 0 and out.startswith("användning: amp plan ")
    for text in ("argument:", "flaggor:", "visa den här hjälpen", "katalogen (.amp)", "första"):
        assert text in out, text


def test_changed_values_are_written_as_the_tables_write_them(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], swedish: None
) -> None:
    """The import's changes and the change log printed the stored text: "secondary →
    primary", "None → 0.48", "3750000", "40.5" in a Swedish terminal."""
    out = tmp_path / "export.xlsx"
    assert _run(capsys, "export", str(example_path), str(out))[0] == 0
    workbook = openpyxl.load_workbook(out)
    sheet = workbook.worksheets[0]
    titles = [cell.value for cell in sheet[1]]
    atlas = next(r for r in sheet.iter_rows(min_row=2) if r[titles.index("Namn")].value == "Atlas")
    for title, value in (
        ("Typ", "Primär"),
        ("Årsbudget (kr)", 4_000_000),
        ("Genomsnittlig tid i insats (veckor)", 40.5),
        ("Mål: andel till arbete eller studier", 0.48),
    ):
        atlas[titles.index(title)].value = value
    workbook.save(out)
    status, report, err = _run(capsys, "import", str(example_path), str(out))
    assert (status, err) == (0, "")
    parts = [
        line.removeprefix("  Atlas: ").rpartition(": ")
        for line in report.splitlines()
        if line.startswith("  Atlas: ")
    ]
    changes = {field: values for field, _colon, values in parts}
    assert changes == {
        "Typ": "Sekundär → Primär",
        "Årsbudget (kr)": "3\xa0750\xa0000\xa0kr → 4\xa0000\xa0000\xa0kr",
        "Genomsnittlig tid i insats (veckor)": "39 → 40,5",
        "Mål: andel till arbete eller studier": "– → 48,0\xa0%",
    }
    status, history, _ = _run(capsys, "history", str(example_path), "--programme", "Atlas")
    assert status == 0
    for shown in ("Sekundär", "Primär", "3\xa0750\xa0000\xa0kr", "40,5", "48,0\xa0%"):
        assert shown in history, shown
    for stored in ("secondary", "primary", "3750000", "40.5", "0.48"):
        assert stored not in history, stored


def test_the_change_log_names_the_programme_of_every_entry(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A mandate's and a referral cell's entries showed no programme, also under
    --programme Atlas, and a mandate's field read "mandate" (adversarial pass)."""
    from amp_desktop.core.mandate import BasisKind, LegalBasis, Mandate
    from amp_desktop.core.store import Catalogue

    with Catalogue.open(example_path) as catalogue:
        atlas = catalogue.find("Atlas")
        assert atlas is not None and atlas.id is not None
        catalogue.set_mandate(Mandate(atlas.id, bases=(LegalBasis(BasisKind.EMPLOYER),)))
    status, out, _ = _run(capsys, "history", str(example_path), "--programme", "Atlas")
    assert status == 0
    (line,) = [row for row in out.splitlines() if "mandate (legal bases, board decision)" in row]
    assert "Atlas" in line
    referral_rows = [row for row in out.splitlines() if "referrals 20" in row]
    assert referral_rows and all("Atlas" in row for row in referral_rows)


def test_sqlite_and_system_reasons_are_swedish(
    swedish: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`amp list` on a text file ended "(file is not a database)" inside a Swedish
    sentence (the night's CLI pass): SQLite's and the system's common reasons are
    said in the user's language, in one place (core/errors.py)."""
    text = tmp_path / "anteckning.amp"
    text.write_text("hej\n" * 400, encoding="utf-8")
    status, _out, err = _run(capsys, "list", str(text))
    assert status == 2
    assert err.strip() == f"amp: {text} är ingen AMP-katalog (filen är ingen databas)."
