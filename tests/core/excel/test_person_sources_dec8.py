"""A person's name in a referral list's source column (a case worker, "Anna
Andersson") became a referral source kept in the file (found by the files helper,
8 December).  A source is who referred, never a person: the row is a problem at its
cell, the name is nowhere in the preview or the file, and a source made by hand is
refused the same way; a body's name ("Jobbtorg Syd", "Arbetsförmedlingen Västerås")
is still a source."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from amp_desktop.core import rules
from amp_desktop.core.domain import Programme, ReferralSource, SourceLink
from amp_desktop.core.errors import AmpError
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.personal import looks_like_person_name
from amp_desktop.core.store import Catalogue, ChangeSet, SourceChange

D = dt.date


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Anna Andersson", True),
        ("Andersson, Anna", True),
        ("Per-Erik Lind", True),
        ("Ann-Sofie Åberg", True),
        ("Erik Johansson Berg", True),
        ("Arbetsförmedlingen Västerås", False),
        ("Jobbtorg Syd", False),
        ("Egen anmälan", False),
        ("AF", False),
        ("Anna", False),  # (a given name alone: too little to be sure)
        ("Karl XII", False),
        # the review of 8 December: people written otherwise ...
        ("Andersson Anna", True),
        ("ANNA ANDERSSON", True),
        ("anna andersson", True),
        ("Anna Andersson (handläggare)", True),
        ("Handläggare Anna Andersson", True),
        ("Hans von Essen", True),
        ("Anna O'Brien", True),
        # ... and bodies named after people, which are sources
        ("Per Brahegymnasiet", False),
        ("Sven Eriksonsgymnasiet", False),
        ("Mikael Elias Gymnasium", False),
        ("Maria Ungdom", False),
        ("Nora Kommun", False),
        ("Sofia Församling", False),
        ("Västerås stad", False),
        ("Anna AF", False),
    ],
)
def test_a_person_is_told_from_a_body(text: str, person: bool) -> None:
    assert looks_like_person_name(text) is person


def _list(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Anvisningsdatum", "Insats", "Anvisande part"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_case_workers_name_is_never_a_source(tmp_path: Path) -> None:
    path = _list(
        tmp_path / "l.xlsx",
        [
            [D(2025, 3, 1), "Atlas", "Anna Andersson"],
            [D(2025, 3, 2), "Atlas", "AF"],
            [D(2025, 3, 3), "Atlas", "Jobbtorg Syd"],
        ],
    )
    with Catalogue.create(tmp_path / "c.amp") as catalogue:
        catalogue.add_programme(Programme(name="Atlas"))
        preview = analyse(catalogue, path)
        assert preview.new_sources == ["AF", "Jobbtorg Syd"]
        problems = [(p.where, p.message) for p in preview.problems]
        assert any(
            where == "Sheet!C2" and "person's name" in message for where, message in problems
        )
        shown = json.dumps(preview.to_json(), ensure_ascii=False)
        assert "Anna" not in shown and "Andersson" not in shown
        if not preview.blocking:
            catalogue.apply(preview.changeset("import"))
        assert {s.code for s in catalogue.sources()} <= {"AF", "Jobbtorg Syd"}
    data = (tmp_path / "c.amp").read_bytes()
    assert b"Andersson" not in data


def test_a_source_made_by_hand_is_refused_as_a_person_too() -> None:
    found = rules.check_source(ReferralSource("Anna Andersson", ""))
    assert [v.message for v in found] == [
        "Referral sources: this looks like a person's name; a source is who referred "
        "(Arbetsförmedlingen, Försäkringskassan, social services…), never a person."
    ]
    assert rules.check_source(ReferralSource("JTS", "Jobbtorg Syd")) == []
    assert rules.check_source(ReferralSource("HL", "Handläggare Lena Berg"))  # (a role too)
    assert rules.check_source(ReferralSource("PBG", "Per Brahegymnasiet")) == []
    assert rules.check_source(ReferralSource("LB", "Lena Berg"))


def test_a_file_holding_such_a_source_from_before_keeps_working(tmp_path: Path) -> None:
    """Its programmes link the source and its demand names it: editing them is not
    refused (only making or changing a source is)."""
    with Catalogue.create(tmp_path / "c.amp") as catalogue:
        catalogue.conn.execute("INSERT INTO sources(code, name) VALUES ('Lena Berg', '')")
        catalogue.add_programme(Programme(name="Atlas"))
        atlas = catalogue.find("Atlas")
        assert atlas is not None
        linked = atlas.replace(sources=(SourceLink("Lena Berg"),), places=4)
        catalogue.update_programme(linked)
        again = catalogue.find("Atlas")
        assert again is not None and again.places == 4
        assert [link.source for link in again.sources] == ["Lena Berg"]
        # making a new one so is refused
        made = ChangeSet("t", sources=(SourceChange("Eva Ek", None, ReferralSource("Eva Ek", "")),))
        with pytest.raises(AmpError, match="person's name"):
            catalogue.apply(made)


def test_a_source_column_of_case_workers_is_read_as_names(tmp_path: Path) -> None:
    """The review of 8 December: "Anvisad av" often holds the case worker.  When most
    of its texts are persons' names the column is names (dropped, said in the
    preview), and the referrals are counted without a source instead of each row
    refused."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Anvisningsdatum", "Insats", "Anvisad av"])
    for day, worker in enumerate(["Anna Andersson", "Bo Berg", "Anna Andersson", "AF"], 1):
        ws.append([D(2025, 3, day), "Atlas", worker])
    path = tmp_path / "l.xlsx"
    wb.save(path)
    with Catalogue.create(tmp_path / "c.amp") as catalogue:
        catalogue.add_programme(Programme(name="Atlas"))
        preview = analyse(catalogue, path)
        assert not preview.blocking and preview.problems == []
        assert "Column C (Anvisad av) holds names; it was not read." in preview.summary
        assert preview.new_sources == []
        assert sum(change.after for change in preview.demand) == 4
        shown = json.dumps(preview.to_json(), ensure_ascii=False)
        assert "Andersson" not in shown and "Berg" not in shown
        catalogue.apply(preview.changeset("import"))
    assert b"Andersson" not in (tmp_path / "c.amp").read_bytes()
