"""Participant and referral lists as more case systems head them, and their report
footers (found by the files helper, 8 December): a Procapita-style list ("Personnr,
Klient, Insatstyp, Verkställd from, Verkställd tom, Avslutsanledning") and a unit's
own ("Verksamhet, Påbörjad, Avslutad, Anledning") were refused; a participant list
ending in "Totalt antal: 2" or "Sida 1 av 1" was refused for a start date empty
there; a referral list's "Anvisad av" was not its source."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.store import Catalogue
from tests.participant_lists import write_list

D = dt.date


@pytest.fixture
def catalogue(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Catalogue.create(tmp_path / "c.amp") as made:
        made.add_programme(Programme(name="Atlas", places=5))
        yield made


@pytest.mark.parametrize(
    "header",
    [
        [
            "Personnr",
            "Klient",
            "Insatstyp",
            "Verkställd from",
            "Verkställd tom",
            "Avslutsanledning",
        ],
        ["Personnummer", "Namn", "Verksamhet", "Påbörjad", "Avslutad", "Anledning"],
    ],
)
def test_more_case_systems_headers_are_read(
    catalogue: Catalogue, tmp_path: Path, header: list[str]
) -> None:
    rows = [
        header,
        ["850101-1236", "Adam Berg", "Atlas", D(2025, 1, 10), D(2025, 3, 5), "Arbete"],
        ["9001011239", "Bo Ek", "Atlas", D(2025, 2, 1), None, None],
    ]
    preview = analyse(catalogue, write_list(tmp_path / "l.xlsx", rows), kind="participants")
    assert not preview.blocking, [p.message for p in preview.problems]
    assert sorted(set(preview.mapping.values())) == [
        "end", "person_name", "personal_id", "programme", "reason", "start",
    ]  # fmt: skip
    assert preview.results_summary == [
        {"programme": "Atlas", "participants": [0, 2], "starts": [0, 2], "exits": [0, 1]}
    ]
    shown = json.dumps(preview.to_json(), ensure_ascii=False)
    assert "Adam" not in shown and "850101" not in shown


@pytest.mark.parametrize("footer", ["Totalt antal: 2", "Sida 1 av 1", "Summa: 2", "Urval: alla"])
def test_a_participant_lists_report_footer_is_skipped(
    catalogue: Catalogue, tmp_path: Path, footer: str
) -> None:
    rows = [
        ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"],
        ["850101-1236", "Atlas", D(2025, 1, 10), D(2025, 3, 5), "Arbete"],
        ["9001011239", "Atlas", D(2025, 2, 1), None, None],
        [None, footer, None, None, None],
    ]
    preview = analyse(catalogue, write_list(tmp_path / "l.xlsx", rows), kind="participants")
    assert not preview.blocking, [p.message for p in preview.problems]
    assert [(s.where, s.reason) for s in preview.skipped_rows] == [
        ("Deltagare!B4", "a footer line, not an enrolment.")
    ]


def test_a_referral_lists_anvisad_av_is_its_source(catalogue: Catalogue, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Anvisningsdatum", "Insats", "Anvisad av", "Bedömningsnivå"])
    ws.append([D(2025, 3, 1), "Atlas", "AF", "AM2"])
    ws.append([D(2025, 3, 2), "Atlas", "FK", "AM1"])
    path = tmp_path / "r.xlsx"
    wb.save(path)
    preview = analyse(catalogue, path)
    assert not preview.blocking, [p.message for p in preview.problems]
    assert preview.mapping[2] == "source"
    assert sorted(preview.new_sources) == ["AF", "FK"]
