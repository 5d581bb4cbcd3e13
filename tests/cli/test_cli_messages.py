"""What a newcomer reads from ``amp``: aligned fields, one and many said right, bad
options and files as one plain line with the documented status, nothing written."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from amp_desktop.cli import main
from amp_desktop.core.store import Catalogue
from amp_desktop.ui import translations
from tests.cli.test_cli_report import amp


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """``AMP_LANG`` for one test; English (as every other test expects) afterwards."""
    saved = QLocale()
    monkeypatch.setenv("AMP_LANG", request.param)
    yield request.param
    translations.install("en")
    QLocale.setDefault(saved)


@pytest.fixture
def one_programme(example_path: Path) -> Path:
    """The example with only OSA left."""
    with Catalogue.open(example_path) as catalogue:
        catalogue.delete_programmes([p.id for p in catalogue.programmes() if p.name != "OSA"])
    return example_path


@pytest.mark.parametrize("language", ["en", "sv"], indirect=True)
def test_show_lines_up_every_label_and_indents_a_second_line(
    example_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    status, out, err = _run(capsys, "show", str(example_path), "Etablering/Kommun")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    width = lines[0].index(":")
    for line in lines:  # "label: text", "label:" (empty), or a further line of the text
        assert (
            line[width : width + 2] == ": "
            or line.endswith(":")
            and len(line) == width + 1
            or (line.startswith(" " * (width + 2)) and line.strip())
        ), line
    # The example's notes run over two lines: the second under the first's text.
    assert any(line.strip().startswith("Example data") for line in lines if line[width] != ":")
    labels = {line[:width].strip() for line in lines if line[width : width + 1] == ":"}
    expected = {"en": {"Id", "Referral sources"}, "sv": {"Id", "Anvisande parter"}}[language]
    assert expected <= labels


def test_counts_of_one_are_in_the_singular(
    one_programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_xlsx = tmp_path / "one.xlsx"
    assert _run(capsys, "export", str(one_programme), str(out_xlsx))[1] == (
        f"Exported 1 programme to {out_xlsx}.\n"
    )
    status, out, _ = _run(capsys, "history", str(one_programme), "--keep-days", "1")
    assert status == 0 and out.endswith("The log is kept 1 day.\n"), out
    assert "1 days" not in out and " 1 change-log entries" not in out
    pdf = tmp_path / "one.pdf"
    result = amp("report", str(one_programme), "--pdf", str(pdf), "--kind", "catalogue")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote {pdf} (1 page).\n"


def test_a_negative_limit_is_refused(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(example_path)
    status, out, err = _run(capsys, "history", str(example_path), "--limit", "-3")
    assert (status, out, err) == (2, "", "amp: --limit must be 0 or more.\n")
    assert _digest(example_path) == before


@pytest.mark.parametrize(
    "options",
    [
        ["--from", "2026-13", "--to", "2026-14"],
        ["--from", "2026-05"],
        ["--to", "2026-05"],
        ["--from", "2026-05", "--to", "2026-01"],
        ["--from", "2026-1", "--to", "2026-03"],
    ],
)
def test_export_checks_its_months_as_plan_does(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str]
) -> None:
    out = tmp_path / "out.xlsx"
    plan = _run(capsys, "plan", str(example_path), *options)
    export = _run(capsys, "export", str(example_path), str(out), *options)
    assert export == plan  # the same line, status 2 (bad input), nothing on stdout
    assert export[0] == 2 and export[1] == "" and export[2].count("\n") == 1
    assert not out.exists()


def test_export_into_a_missing_folder_names_the_file(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no such folder" / "out.xlsx"
    status, _, err = _run(capsys, "export", str(example_path), str(out))
    assert status == 2
    assert err.startswith(f"amp: cannot write {out}: ") and err.count("\n") == 1


def test_mapping_file_faults_are_one_plain_line(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / "export.xlsx"
    assert _run(capsys, "export", str(example_path), str(workbook))[0] == 0
    text = tmp_path / "mapping.txt"
    text.write_text("Name = name\n", encoding="utf-8")
    binary = tmp_path / "mapping.bin"
    binary.write_bytes(b"\xff\xfe\x00\x81" * 50)
    before = _digest(example_path)
    for mapping, says in (
        (tmp_path / "missing.json", "no such file or directory"),
        (tmp_path, "it is a folder, not a file"),
        (text, "is not JSON (line 1, column 1)"),
        (binary, "is not a JSON text file"),
    ):
        status, out, err = _run(
            capsys, "import", str(example_path), str(workbook), "--mapping", str(mapping)
        )
        assert (status, out) == (2, ""), err
        assert err.startswith("amp: ") and says in err and err.count("\n") == 1, err
        assert "Errno" not in err and "Expecting value" not in err and "char 0" not in err
    assert _digest(example_path) == before


def test_results_take_no_scenario(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "results", str(example_path), "--scenario", "More places")
    assert (status, out) == (2, "")
    assert "--scenario" in err and err.count("\n") == 1
    with pytest.raises(SystemExit):
        main(["results", "--help"])
    assert "--scenario" not in capsys.readouterr().out


def test_results_titles_are_whole_words(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(capsys, "results", str(example_path), "--year", "2026")
    header = out.splitlines()[2]
    assert status == 0 and "Participants" in header and "Partici-" not in header


@pytest.mark.parametrize(
    ("options", "says"),
    [
        (["--year", "20x6"], "amp: --year must be a year such as 2025.\n"),
        (
            ["--year", "2025", "--population", "12k"],
            "amp: --population must be a positive number.\n",
        ),
    ],
)
def test_a_yearly_number_that_is_none_is_one_line(
    example_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], says: str
) -> None:
    before = _digest(example_path)
    assert _run(capsys, "yearly", str(example_path), *options) == (2, "", says)
    assert _digest(example_path) == before


def test_an_empty_catalogue_and_log_are_said_in_words(
    catalogue_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "list", str(catalogue_path)) == (
        0,
        f"{catalogue_path} has no programmes yet.\n",
        "",
    )
    assert _run(capsys, "history", str(catalogue_path)) == (
        0,
        "The change log has no entries.\n",
        "",
    )


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["report", "{file}", "--pdf", "x.pdf", "--lang", "xx"], "invalid choice: 'xx'"),
        (["yearly", "{file}"], "required: --year"),
        (["plan", "{file}", "--colour"], "unrecognized arguments: --colour"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_a_wrong_option_is_one_line_not_the_usage(
    example_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    before = _digest(example_path)
    with pytest.raises(SystemExit) as exited:
        main([a.format(file=example_path) for a in args])
    out, err = capsys.readouterr()
    assert exited.value.code == 2 and out == ""
    assert says in err and err.count("\n") == 1 and "usage:" not in err, err
    assert err.rstrip().endswith("--help)")
    assert _digest(example_path) == before


def test_one_row_of_an_exit_reason_to_map_is_one_row(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
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
    status, out, _ = _run(
        capsys, "import", str(example_path), str(workbook), "--kind", "participants", "--dry-run"
    )
    assert "exit reason to map: “Blå lapp” (1 row)\n" in out, out
    assert "exit reason to map: “Grön lapp” (2 rows)\n" in out


def test_new_without_an_extension_makes_an_amp_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(capsys, "new", str(tmp_path / "demo"), "--example")
    assert (status, out) == (0, f"Created {tmp_path / 'demo.amp'} with 21 programmes.\n")
    assert (tmp_path / "demo.amp").is_file() and not (tmp_path / "demo").exists()


def test_a_participant_list_first_line_counts_problems_apart_from_notes(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A participant list adds no programmes: its first line says which programmes it
    has results for, and a note (here a gender not stated) is no problem."""
    import datetime as dt

    from tests.participant_lists import write_list

    rows = [
        ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön"],
        ["OSA", dt.date(2025, 1, 7), dt.date(2025, 2, 3), "Arbete", "K"],
        ["OSA", dt.date(2025, 1, 8), dt.date(2025, 2, 4), "Studier", "Okänt"],
        ["Krami", dt.date(2025, 1, 9), dt.date(2025, 2, 5), "Arbete", "M"],
    ]
    workbook = write_list(tmp_path / "deltagare.xlsx", rows)
    status, out, _ = _run(
        capsys, "import", str(example_path), str(workbook), "--kind", "participants", "--dry-run"
    )
    first = out.splitlines()[0]
    assert status == 0, out
    assert first == (
        "Participant list, sheet “Deltagare”, header row 1: results for 2 programmes, "
        "0 problems, 1 note."
    ), out
    assert "\n  note: " in out and "problem:" not in out
