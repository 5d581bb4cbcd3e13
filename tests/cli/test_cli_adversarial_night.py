"""The command line as a unit head or the IT person uses it, found wrong in the night's
adversarial pass: counts in their own form, a mandate in the change log in words,
Ctrl-C around an import's write, the catalogue and the workbook given the wrong way
round, ``--take-over`` refused without saying why, ``amp history --json`` after a purge."""

from __future__ import annotations

import io
import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale

from amp_desktop.cli import main
from amp_desktop.core.mandate import Agreement, BasisKind, Counterparty, LegalBasis, Mandate
from amp_desktop.core.store import Catalogue
from amp_desktop.ui import translations
from tests.excel_fixtures import file_digest
from tests.participant_lists import participant_rows, write_list


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


def _export(capsys: pytest.CaptureFixture[str], catalogue: Path, out: Path) -> Path:
    assert _run(capsys, "export", str(catalogue), str(out))[0] == 0
    return out


def _edited(path: Path, **cells: object) -> Path:
    workbook = openpyxl.load_workbook(path)
    for cell, value in cells.items():
        workbook.worksheets[0][cell] = value  # (Programmes, Insatser in Swedish)
    workbook.save(path)
    return path


# -- the first line of amp import: "1 problem", "1 conflict" ------------------------------
def test_one_problem_is_a_problem_not_problems(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = _edited(_export(capsys, example_path, tmp_path / "out.xlsx"), H2="many")
    status, out, _err = _run(capsys, "import", str(example_path), str(workbook))
    assert status == 1
    assert out.splitlines()[0].endswith(" 0 conflicts, 1 problem."), out


def test_one_conflict_is_a_conflict_not_conflicts(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = _edited(_export(capsys, example_path, tmp_path / "out.xlsx"), H2=31)
    with Catalogue.open(example_path) as catalogue:
        catalogue.update_programme(catalogue.find("Atlas").replace(places=35))
    status, out, _err = _run(capsys, "import", str(example_path), str(workbook))
    assert status == 1
    assert out.splitlines()[0].endswith(" 1 conflict, 0 problems."), out


def test_one_conflict_and_one_problem_in_swedish(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], swedish: None
) -> None:
    """(Needs the Swedish of packaging/i18n/sv.py in the .qm: make update-translations.)"""
    workbook = _edited(_export(capsys, example_path, tmp_path / "out.xlsx"), H2=31, H3="många")
    with Catalogue.open(example_path) as catalogue:
        catalogue.update_programme(catalogue.find("Atlas").replace(places=35))
    status, out, _err = _run(capsys, "import", str(example_path), str(workbook))
    assert status == 1
    assert out.splitlines()[0].endswith(" oförändrade, 1 konflikt, 1 problem."), out


def test_participant_counts_are_written_as_the_language_writes_numbers(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], swedish: None
) -> None:
    """A programme with 1 200 participants read "deltagare 0 → 1200"."""
    listing = write_list(tmp_path / "deltagare.xlsx", participant_rows(["OSA"], 1200, seed=5))
    status, out, _err = _run(
        capsys, "import", str(example_path), str(listing), "--kind", "participants", "--dry-run"
    )
    assert status == 0, out
    line = next(x for x in out.splitlines() if x.startswith("  OSA: "))
    assert "deltagare 0 → 1\u00a0200" in line, line


# -- amp history: a mandate in the window's words -----------------------------------------
@pytest.fixture
def mandate_history(example_path: Path) -> Path:
    """Atlas's mandate set (income support and an agreement with AF, board decision
    KS 1 of 2 January 2024), then changed to income support alone, undated."""
    with Catalogue.open(example_path) as catalogue:
        catalogue.apply(catalogue.agreement_change(Agreement(Counterparty.AF, "Af-1", "Lokal")))
        agreement = catalogue.agreements()[0].id
        atlas = catalogue.find("Atlas")
        assert atlas is not None and atlas.id is not None
        bases = (
            LegalBasis(BasisKind.INCOME_SUPPORT),
            LegalBasis(BasisKind.AF_AGREEMENT, agreement_id=agreement),
        )
        catalogue.set_mandate(Mandate(atlas.id, bases, "KS 1", "2024-01-02"))
        catalogue.set_mandate(Mandate(atlas.id, bases[:1], "KS 1", None))
    return example_path


def test_history_writes_a_mandate_in_words_not_keys(
    mandate_history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(capsys, "history", str(mandate_history), "--limit", "2")
    assert (status, err) == (0, "")
    assert "bases:" not in out and "income_support" not in out and "#1" not in out
    newest, older = out.splitlines()[1:3]
    assert newest.endswith(
        "Legal basis: Work placement on income support (SoL 4 kap. 4 §); Board decision: KS 1"
    ), newest
    assert older.endswith(
        "Legal basis: Work placement on income support (SoL 4 kap. 4 §); Agreement with "
        "Arbetsförmedlingen (lag 2009:47) (Lokal (Af-1)); Board decision: KS 1 2024-01-02"
    ), older


def test_history_names_a_deleted_agreement_and_keeps_json_as_stored(
    mandate_history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Catalogue.open(mandate_history) as catalogue:
        atlas = catalogue.find("Atlas")
        assert atlas is not None and atlas.id is not None
        catalogue.set_mandate(Mandate(atlas.id))
        agreement = catalogue.agreements()[0]
        catalogue.delete_agreement(agreement.id)  # type: ignore[arg-type]
    status, out, _err = _run(capsys, "history", str(mandate_history), "--limit", "5")
    assert status == 0
    assert "(lag 2009:47) (agreement 1); Board decision: KS 1 2024-01-02" in out, out
    assert "Legal basis: –; Board decision: –" in out, out
    status, out, _err = _run(capsys, "history", str(mandate_history), "--limit", "5", "--json")
    mandates = [e for e in json.loads(out) if e["field"] == "mandate"]
    assert mandates[-1]["new"].startswith("bases: income_support, af_agreement#1; ")


def test_history_writes_a_mandate_in_swedish(
    mandate_history: Path, capsys: pytest.CaptureFixture[str], swedish: None
) -> None:
    status, out, _err = _run(capsys, "history", str(mandate_history), "--limit", "1")
    assert status == 0
    assert out.splitlines()[1].endswith(
        "Rättslig grund: Praktik vid ekonomiskt bistånd (SoL 4 kap. 4 §); Nämndbeslut: KS 1"
    ), out


def test_history_limit_0_does_not_say_the_log_is_empty(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "history", str(example_path), "--limit", "0") == (0, "", "")


def test_history_json_after_a_purge_is_json(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _err = _run(capsys, "history", str(example_path), "--keep-days", "30", "--json")
    assert status == 0
    assert json.loads(out) == {"removed": 0, "keep_days": 30}


# -- Ctrl-C ----------------------------------------------------------------------------------
def _interrupt() -> None:
    """Ctrl-C, as the terminal sends it (the handler runs before the next line)."""
    os.kill(os.getpid(), signal.SIGINT)


def test_ctrl_c_after_the_commit_still_reports_the_change(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    """A Ctrl-C the moment the change was committed ended with 130 and no report over
    a file that had changed."""
    workbook = _edited(_export(capsys, example_path, tmp_path / "out.xlsx"), H2=35)
    applied = Catalogue.apply

    def apply_then_interrupt(self: Catalogue, change: object) -> object:
        done = applied(self, change)  # type: ignore[arg-type]
        _interrupt()
        return done

    monkeypatch.setattr(Catalogue, "apply", apply_then_interrupt)
    status, out, err = _run(capsys, "import", str(example_path), str(workbook))
    assert status == 0
    assert out.splitlines()[-1] == "Applied as one change."
    assert (
        err == "amp: Ctrl-C came after the change was written: it is kept, and the file is whole.\n"
    )
    with Catalogue.open(example_path, read_only=True) as catalogue:
        assert catalogue.find("Atlas").places == 35  # type: ignore[union-attr]


def test_ctrl_c_during_the_write_leaves_the_file_as_it_was(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    workbook = _edited(_export(capsys, example_path, tmp_path / "out.xlsx"), H2=35)
    write = Catalogue._write_programme

    def write_then_interrupt(self: Catalogue, change: object) -> None:
        write(self, change)  # type: ignore[arg-type]
        _interrupt()

    monkeypatch.setattr(Catalogue, "_write_programme", write_then_interrupt)
    before = file_digest(example_path)
    assert _run(capsys, "import", str(example_path), str(workbook)) == (130, "", "")
    assert file_digest(example_path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("example.amp")) == [
        "example.amp"
    ]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ctrl_c_while_amp_starts_is_no_traceback(
    example_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    """Ctrl-C before the command ran (Qt's translator loading) showed a traceback."""

    def interrupted(_language: str | None = None) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("amp_desktop.cli.common.install_translator", interrupted)
    assert _run(capsys, "list", str(example_path)) == (130, "", "")


def test_ctrl_c_while_qt_loads_is_held_until_it_has_loaded(
    example_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    """A KeyboardInterrupt inside PySide6's first import aborted the process ("Fatal
    Python error: libshiboken/signature: could not initialize part 2", exit -6)."""
    loaded: list[bool] = []

    def loading(_language: str | None = None) -> str:
        _interrupt()  # (in the middle of Qt's start-up)
        loaded.append(True)
        return "en"

    monkeypatch.setattr("amp_desktop.cli.common.install_translator", loading)
    assert _run(capsys, "list", str(example_path)) == (130, "", "")
    assert loaded == [True]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_the_amp_process_ignores_ctrl_c_once_its_work_is_done(
    example_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    """A Ctrl-C as the process ends (Qt's teardown) killed it by signal after it had
    printed "Applied as one change.": a script read that as interrupted."""
    monkeypatch.setattr(sys, "argv", ["amp", "list", str(example_path)])
    try:
        assert main() == 0
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    capsys.readouterr()


def test_ctrl_c_while_the_example_loads_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    """``amp new X --example`` cut short left an empty X.amp: the next try said it exists."""

    def interrupted(_catalogue: Catalogue) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("amp_desktop.core.example.load_example", interrupted)
    assert _run(capsys, "new", str(tmp_path / "ny katalog"), "--example")[0] == 130
    assert list(tmp_path.iterdir()) == []


# -- arguments the wrong way round, --take-over, a report's folder --------------------------
@pytest.mark.parametrize("command", ["import", "export"])
def test_the_workbook_and_catalogue_the_wrong_way_round_say_so(
    command: str, example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "out ä.xlsx is not an AMP catalogue (file is not a database)"."""
    workbook = _export(capsys, example_path, tmp_path / "out ä.xlsx")
    before = file_digest(example_path), file_digest(workbook)
    status, out, err = _run(capsys, command, str(workbook), str(example_path))
    assert (status, out) == (2, "")
    assert err == (
        f"amp: the catalogue comes first, then the workbook: amp {command} "
        f'{example_path} "{workbook}"\n'
    )
    assert (file_digest(example_path), file_digest(workbook)) == before


def test_take_over_refused_says_why(
    example: Catalogue, example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With the file open in an AMP on this computer --take-over repeated only that it
    was open, as if the option had not been given."""
    workbook = tmp_path / "out.xlsx"
    from amp_desktop.core.excel.export import export_workbook

    export_workbook(example, workbook)
    status, out, err = _run(capsys, "import", str(example_path), str(workbook), "--take-over")
    assert (status, out) == (3, "")
    assert err.startswith("amp: example.amp is open for editing by ")
    assert err.endswith(
        " --take-over is refused while that AMP runs on this computer: close the file there "
        "first.\n"
    )


def test_a_report_into_a_missing_folder_says_why_in_swedish(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], swedish: None
) -> None:
    """It said "Kunde inte skriva …. (No such file or directory)": the system's words."""
    out = tmp_path / "saknas" / "översikt.pdf"
    status, printed, err = _run(capsys, "report", str(example_path), "--pdf", str(out))
    assert (status, printed) == (2, "")
    assert err == f"amp: Kunde inte skriva {out}. (filen eller mappen finns inte)\n"


def test_new_in_a_missing_folder_says_why_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], swedish: None
) -> None:
    """It said "… kan inte användas (No such file or directory)": the system's words."""
    path = tmp_path / "saknas" / "ny katalog"
    status, out, err = _run(capsys, "new", str(path))
    assert (status, out) == (2, "")
    assert err == f"amp: kan inte skriva {path}.amp: filen eller mappen finns inte\n"
    assert list(tmp_path.iterdir()) == []


# -- output an encoding cannot hold ------------------------------------------------------------
def _stream(encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding, newline="\n")


def _written(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode(stream.encoding)  # type: ignore[attr-defined]


def test_a_plan_sent_to_a_cp1252_file_is_written_not_a_traceback(
    example_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch, swedish: None
) -> None:
    """``amp plan FILE > plan.txt`` on a Swedish Windows (cp1252): the minus sign U+2212
    raised UnicodeEncodeError, a traceback instead of the plan."""
    out = _stream("cp1252")
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["plan", str(example_path), "--year", "2026"]) == 0
    text = _written(out)
    atlas = next(line for line in text.splitlines() if " Atlas " in line)
    assert " -4,3 " in atlas and "?" not in text, atlas
    assert "Överskott + brist -" in text  # (å, ä, ö are cp1252's: as they are)


def test_a_list_sent_to_an_ascii_pipe_is_written_plain(
    example_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    out = _stream("ascii")
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["list", str(example_path)]) == 0
    assert "Valfardsjobb" in _written(out)


def test_a_long_changed_text_is_one_short_line_in_the_report(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A description of 9,000 characters changed in an export was printed whole on one
    line by `amp import` (the night's print pass): it is cut, and its length said."""
    workbook_path = _export(capsys, example_path, tmp_path / "out.xlsx")
    workbook = openpyxl.load_workbook(workbook_path)
    sheet = workbook.worksheets[0]
    titles = [cell.value for cell in sheet[1]]
    long = ("Lång beskrivning med många ord " * 300)[:9_000]
    sheet.cell(2, titles.index("Description") + 1).value = long
    workbook.save(workbook_path)
    status, out, _err = _run(capsys, "import", str(example_path), str(workbook_path), "--dry-run")
    assert status == 0
    (line,) = [line for line in out.splitlines() if "Lång beskrivning" in line]
    assert len(line) < 300 and line.endswith("… (9,000 characters)")


def test_json_sent_to_an_ascii_pipe_keeps_every_value(
    example_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    """The plain stand-ins for an ASCII pipe changed the values of `--json` ("16-25 år"
    read back as "16-25 ar"): JSON escapes what the stream cannot hold instead."""
    out = _stream("ascii")
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["list", str(example_path), "--json"]) == 0
    written = json.loads(_written(out))
    names = {p["name"] for p in written}
    assert any("å" in p["description"] for p in written) and names
    with Catalogue.open(example_path, read_only=True) as catalogue:
        assert [p["description"] for p in written] == [
            p.description for p in catalogue.programmes()
        ]


def test_a_plan_as_json_sent_to_an_ascii_pipe_keeps_every_name(
    example_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    """`amp plan --json` writes its JSON itself, programme by programme: on an ASCII
    pipe its names lost their å, ä, ö too (the lead's review)."""
    out = _stream("ascii")
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["plan", str(example_path), "--year", "2025", "--json"]) == 0
    names = [p["name"] for p in json.loads(_written(out))["programmes"]]
    with Catalogue.open(example_path, read_only=True) as catalogue:
        assert sorted(names) == sorted(p.name for p in catalogue.programmes())
    assert any(not name.isascii() for name in names)
