"""A participant list imported end to end: preview, apply, undo, re-import, `amp results`,
and no personal data anywhere in the file's bytes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.excel.importer import analyse, detect_kind
from amp_desktop.core.store import Catalogue
from tests.participant_lists import participant_rows, write_list

D = dt.date
# Identity numbers with valid check digits, in every spelling the byte grep looks for.
ANNA = "19850312-2387"  # 12 digits with hyphen
BO = "9001011239"  # 10 digits, none
CILLA = "850372-2384"  # samordningsnummer
HEADER = ["Personnummer", "Namn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön"]


def _list(path: Path, rows: list[list[object]]) -> Path:
    return write_list(path, [HEADER, *rows])


ROWS = [
    [ANNA, "Anna Andersson", "Jobbspår", D(2025, 1, 13), D(2025, 4, 30), "Arbete utan stöd", "K"],
    [BO, "Bo Berg", "Jobbspår", D(2025, 2, 3), D(2025, 3, 14), "Åter till AF", "M"],
    [CILLA, "Cilla Carlsson", "Jobbspår", D(2025, 3, 1), None, None, "K"],
]


@pytest.fixture()
def catalogue_with_jobbspar(make_catalogue):  # type: ignore[no-untyped-def]
    from amp_desktop.core.domain import Programme

    catalogue = make_catalogue()
    catalogue.add_programme(Programme("Jobbspår", places=10, annual_budget_sek=1_200_000))
    return catalogue


def test_a_participant_list_is_recognised_and_previewed(catalogue_with_jobbspar, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _list(tmp_path / "deltagare.xlsx", ROWS)
    assert detect_kind(path) == "participants"
    preview = analyse(catalogue_with_jobbspar, path)
    assert preview.kind == "participants"
    assert "participant list" in preview.recognised_by
    assert not preview.blocking, preview.problems
    assert preview.results_summary == [
        {"programme": "Jobbspår", "participants": [0, 3], "starts": [0, 3], "exits": [0, 2]}
    ]
    assert any("Personnummer" in note for note in preview.summary)
    assert (preview.results.first, preview.results.last) == ("2025-01", "2025-04")


def test_apply_is_one_undoable_change_and_reimport_changes_nothing(
    catalogue_with_jobbspar, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    catalogue = catalogue_with_jobbspar
    path = _list(tmp_path / "deltagare.xlsx", ROWS)
    change = catalogue.apply(analyse(catalogue, path).changeset("Import"))
    tallies = catalogue.results_tallies("2025-01", "2025-12")
    starts = sum(c["starts"] for c in tallies.values())
    assert starts == 3
    again = analyse(catalogue, path).changeset("Again")
    assert again.is_empty()
    catalogue.apply(change.inverse())
    assert catalogue.results_tallies("2025-01", "2025-12") == {}


def test_an_updated_list_replaces_only_the_months_it_covers(
    catalogue_with_jobbspar, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    catalogue = catalogue_with_jobbspar
    catalogue.apply(analyse(catalogue, _list(tmp_path / "a.xlsx", ROWS)).changeset("First"))
    later = [[BO, "Bo Berg", "Jobbspår", D(2025, 6, 2), D(2025, 7, 31), "Studier", "M"]]
    catalogue.apply(analyse(catalogue, _list(tmp_path / "b.xlsx", later)).changeset("Second"))
    year = catalogue.results_tallies("2025-01", "2025-12")
    assert sum(c["starts"] for c in year.values()) == 4  # January–April kept, June added
    assert sum(c["exit:studies"] for c in year.values()) == 1


def test_no_personal_data_reaches_the_file_its_log_or_backups(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cat.amp"
    assert main(["new", str(path), "--example"]) == 0
    with Catalogue.open(path) as catalogue:
        name = catalogue.programmes()[0].name
    rows = [[r[0], r[1], name, *r[3:]] for r in ROWS]
    listing = _list(tmp_path / "deltagare.xlsx", rows)
    assert main(["import", str(path), str(listing)]) == 0
    data = b"".join(p.read_bytes() for p in tmp_path.rglob("*.amp*") if p.is_file())
    for text in (ANNA, "198503122387", "8503122387", "850312-2387", BO, "900101-1239",
                 CILLA, "8503722384", "Anna", "Andersson", "Bo Berg", "Cilla",
                 "2025-01-13", "2025-04-30", "2025-03-14"):  # fmt: skip
        assert text.encode() not in data, text
        assert text.encode("utf-16-le") not in data, text


def test_amp_results_json(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cat.amp"
    assert main(["new", str(path)]) == 0
    from amp_desktop.core.domain import Programme

    with Catalogue.open(path) as catalogue:
        catalogue.add_programme(Programme("Jobbspår", places=10, annual_budget_sek=1_200_000))
    assert (
        main(["import", str(path), str(_list(tmp_path / "d.xlsx", ROWS)), "--kind", "participants"])
        == 0
    )
    capsys.readouterr()
    assert main(["results", str(path), "--year", "2025", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    (jobbspar,) = doc["programmes"]
    assert (jobbspar["participants"], jobbspar["starts"], jobbspar["exits"]) == (3, 3, 2)
    assert jobbspar["exits_by_reason"]["work"] == 1
    assert jobbspar["exits_by_reason"]["back_to_referrer"] == 1
    assert jobbspar["work_or_studies_share"] == 0.5
    assert jobbspar["by_gender"]["K"]["work_or_studies_share"] == 1.0
    assert jobbspar["cost_per_work_or_studies_sek"] == pytest.approx(1_200_000)
    assert set(jobbspar["exits_by_reason"]) == {
        "work", "work_subsidised", "municipal_job", "studies", "back_to_referrer",
        "other_actor", "completed", "interrupted", "unknown",
    }  # fmt: skip
    assert main(["results", str(path), "--year", "2025"]) == 0
    text = capsys.readouterr().out
    assert "Jobbspår" in text and "50.0%" in text


def test_an_unmapped_reason_stops_the_cli_until_the_mapping_file_names_it(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cat.amp"
    assert main(["new", str(path), "--example"]) == 0
    with Catalogue.open(path) as catalogue:
        name = catalogue.programmes()[0].name
    listing = _list(
        tmp_path / "d.xlsx", [[BO, "Bo", name, D(2025, 1, 1), D(2025, 2, 1), "Blå lapp", "M"]]
    )
    before = path.read_bytes()
    capsys.readouterr()
    assert main(["import", str(path), str(listing), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["unmapped_reasons"] == {"Blå lapp": 1}
    assert path.read_bytes() == before
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"reasons": {"Blå lapp": "completed"}}), encoding="utf-8")
    assert main(["import", str(path), str(listing), "--mapping", str(mapping)]) == 0
    with Catalogue.open(path) as catalogue:
        assert catalogue.reason_mapping() == {"blå lapp": "completed"}
    # The next list with the same wording needs no mapping file.
    assert main(["import", str(path), str(listing), "--dry-run"]) == 0


def test_a_generated_list_of_many_rows_imports(catalogue_with_jobbspar, tmp_path) -> None:  # type: ignore[no-untyped-def]
    listing = write_list(tmp_path / "many.xlsx", participant_rows(["Jobbspår"], 2_000, seed=3))
    preview = analyse(catalogue_with_jobbspar, listing)
    assert not preview.blocking, preview.problems[:3]
    catalogue_with_jobbspar.apply(preview.changeset("many"))
    tallies = catalogue_with_jobbspar.results_tallies("2025-01", "2025-12")
    assert sum(c["starts"] for c in tallies.values()) == 2_000
