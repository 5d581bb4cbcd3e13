"""``amp export`` and ``amp import``: exit statuses, JSON, dry run, mapping file, kinds."""

from __future__ import annotations

import json

import openpyxl

from amp_desktop.cli import main
from amp_desktop.core.store import Catalogue
from tests.excel_fixtures import file_digest, referral_list, vasteras_workbook


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def test_export_then_import_is_clean(example_path, tmp_path, capsys):
    out = tmp_path / "out.xlsx"
    assert (
        main(["export", str(example_path), str(out), "--from", "2025-01", "--to", "2025-12"]) == 0
    )
    assert "Exported 21 programmes" in capsys.readouterr().out
    before = file_digest(example_path)
    assert main(["import", str(example_path), str(out), "--json"]) == 0
    data = _json(capsys)
    assert {k: data[k] for k in ("added", "changed", "removed", "unchanged")} == {
        "added": 0,
        "changed": 0,
        "removed": 0,
        "unchanged": 21,
    }
    assert data["conflicts"] == [] and data["problems"] == [] and data["changes"] == []
    assert file_digest(example_path) == before  # nothing to write


def test_edit_applies_and_dry_run_writes_nothing(example_path, tmp_path, capsys):
    out = tmp_path / "out.xlsx"
    main(["export", str(example_path), str(out)])
    wb = openpyxl.load_workbook(out)
    wb["Programmes"]["H2"] = 31
    wb.save(out)
    capsys.readouterr()
    before = file_digest(example_path)
    assert main(["import", str(example_path), str(out), "--dry-run", "--json"]) == 0
    data = _json(capsys)
    assert data["changes"] == [{"programme": "Atlas", "field": "places", "old": "30", "new": "31"}]
    assert file_digest(example_path) == before
    assert main(["import", str(example_path), str(out)]) == 0
    assert "Applied as one change." in capsys.readouterr().out
    with Catalogue.open(example_path, read_only=True) as catalogue:
        assert catalogue.find("Atlas").places == 31
        assert catalogue.change_log(limit=1)[0]["action"] == "import"


def test_problems_exit_1_and_nothing_written(example_path, tmp_path, capsys):
    out = tmp_path / "out.xlsx"
    main(["export", str(example_path), str(out)])
    wb = openpyxl.load_workbook(out)
    wb["Programmes"]["H2"] = "trettio"
    wb["Programmes"]["H3"] = 99
    wb.save(out)
    capsys.readouterr()
    before = file_digest(example_path)
    assert main(["import", str(example_path), str(out), "--json"]) == 1
    data = _json(capsys)
    assert data["problems"][0]["where"] == "Programmes!H2"
    assert file_digest(example_path) == before


def test_unreadable_file_exits_2(example_path, tmp_path, capsys):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("a,b\n1,2\n")
    before = file_digest(example_path)
    assert main(["import", str(example_path), str(bad)]) == 2
    assert "bad.xlsx cannot be read" in capsys.readouterr().err
    assert file_digest(example_path) == before


def test_conflict_stops_unless_told(example_path, tmp_path, capsys):
    out = tmp_path / "out.xlsx"
    main(["export", str(example_path), str(out)])
    wb = openpyxl.load_workbook(out)
    wb["Programmes"]["H2"] = 31
    wb.save(out)
    with Catalogue.open(example_path) as catalogue:
        catalogue.update_programme(catalogue.find("Atlas").replace(places=35))
    capsys.readouterr()
    assert main(["import", str(example_path), str(out), "--json"]) == 1
    assert _json(capsys)["conflicts"][0]["workbook"] == "31"
    assert main(["import", str(example_path), str(out), "--conflicts", "take-workbook"]) == 0
    with Catalogue.open(example_path, read_only=True) as catalogue:
        assert catalogue.find("Atlas").places == 31


def test_agreements_missing_from_the_workbook_are_listed_and_removed_on_request(
    example_path, tmp_path, capsys
):
    """The text output named missing programmes only; --remove-missing also removes
    the agreements the workbook's Agreements sheet lacks (as the window does)."""
    from amp_desktop.core.excel.export import export_workbook
    from amp_desktop.core.mandate import Agreement, Counterparty

    with Catalogue.open(example_path) as catalogue:
        catalogue.save_agreement(Agreement(Counterparty.AF, "AF-2026-3", "Lokal", "2026-01-01"))
        path = export_workbook(catalogue, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Agreements"].delete_rows(2)
    wb.save(path)
    assert main(["import", str(example_path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "  - agreement Lokal (AF-2026-3): missing from the workbook (kept)" in out
    with Catalogue.open(example_path, read_only=True) as catalogue:
        assert len(catalogue.agreements()) == 1
    assert main(["import", str(example_path), str(path), "--remove-missing"]) == 0
    assert "  - agreement Lokal (AF-2026-3): removed" in capsys.readouterr().out
    with Catalogue.open(example_path, read_only=True) as catalogue:
        assert catalogue.agreements() == []


def test_foreign_sheet_with_mapping_file_and_remove_missing(example_path, tmp_path, capsys):
    path = vasteras_workbook(tmp_path / "v.xlsx")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"columns": {"Beskrivning": ""}}))
    assert (
        main(
            [
                "import",
                str(example_path),
                str(path),
                "--dry-run",
                "--json",
                "--mapping",
                str(mapping),
            ]
        )
        == 0
    )
    data = _json(capsys)
    assert data["kind"] == "catalogue"
    assert "description" not in data["mapping"].values()
    assert data["removed"] == 0 and data["missing"] == []


def test_referral_list_kind_and_override(example_path, tmp_path, capsys):
    path, ids, _names = referral_list(tmp_path / "r.xlsx", ["Atlas", "C2C"], rows=40)
    assert main(["import", str(example_path), str(path), "--json"]) == 0
    data = _json(capsys)
    assert data["kind"] == "referrals" and data["applied"]
    assert ids[0].encode() not in example_path.read_bytes()
    # Forced to read it as programmes, the names in it are still never read
    before = example_path.read_bytes()
    assert main(["import", str(example_path), str(path), "--kind", "catalogue", "--json"]) == 1
    data = _json(capsys)
    assert data["added"] == 0 and "personal identity numbers" in data["problems"][0]["message"]
    assert example_path.read_bytes() == before


def test_a_bad_mapping_file_is_named_not_a_traceback(example_path, tmp_path, capsys):
    """A typo in a field name, or a list instead of an object, raised AttributeError."""
    workbook = tmp_path / "x.xlsx"
    assert main(["export", str(example_path), str(workbook)]) == 0
    before = file_digest(example_path)
    for data, expected in (
        ({"columns": {"Places": "place"}}, "names unknown fields: place. Fields: age_max"),
        ({"columns": ["Places"]}, '"columns" must be an object of texts'),
        ({"columns": {"Places": 5}}, '"columns" must be an object of texts'),
        ({"programmes": {"Atlas": None}}, '"programmes" must be an object of texts'),
        # Each part shows its own shape (all showed the columns' before)
        (
            {"programmes": ["Atlas"]},
            '"programmes" must be an object of texts, '
            '{"name in the list": "catalogue name or code"}.',
        ),
        (
            {"reasons": {"Fick jobb": 1}},
            '"reasons" must be an object of texts, {"exit reason as written": "category"}.',
        ),
    ):
        mapping = tmp_path / "mapping.json"
        mapping.write_text(json.dumps(data), encoding="utf-8")
        capsys.readouterr()
        assert main(["import", str(example_path), str(workbook), "--mapping", str(mapping)]) == 2
        assert expected in capsys.readouterr().err
    assert file_digest(example_path) == before


def test_a_conflict_is_printed_as_the_tables_write_its_values(example_path, tmp_path, capsys):
    """The text report wrote a conflict's stored text: "exported 3750000, AMP now
    3800000" and a type as its key ("secondary")."""
    out = tmp_path / "out.xlsx"
    main(["export", str(example_path), str(out)])
    wb = openpyxl.load_workbook(out)
    titles = [cell.value for cell in wb["Programmes"][1]]
    wb["Programmes"].cell(2, titles.index("Annual budget (SEK)") + 1).value = 4_000_000
    wb["Programmes"].cell(2, titles.index("Status") + 1).value = "Planned"
    wb.save(out)
    with Catalogue.open(example_path) as catalogue:
        atlas = catalogue.find("Atlas")
        catalogue.update_programme(atlas.replace(annual_budget_sek=3_800_000, status="paused"))
    capsys.readouterr()
    assert main(["import", str(example_path), str(out), "--dry-run"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert (
        "  ! Atlas: Annual budget (SEK): exported SEK\xa03,750,000, AMP now SEK\xa03,800,000, "
        "workbook SEK\xa04,000,000"
    ) in lines
    assert "  ! Atlas: Status: exported Active, AMP now Paused, workbook Planned" in lines


def test_the_text_report_lists_each_mandate_and_agreement_change(example_path, tmp_path, capsys):
    """It printed only "programme mandates changed: 1"; the fields were in --json only."""
    out = tmp_path / "out.xlsx"
    main(["export", str(example_path), str(out)])
    wb = openpyxl.load_workbook(out)
    atlas = next(r for r in wb["Mandates"].iter_rows(min_row=2) if r[1].value == "Atlas")
    atlas[2].value, atlas[7].value = "Work placement on income support (SoL 4 kap. 4 §)", "KS 9"
    wb.save(out)
    capsys.readouterr()
    assert main(["import", str(example_path), str(out), "--dry-run"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "  Atlas: Decision diary number: – → KS 9" in lines
    assert "  Atlas: Legal basis: – → Work placement, SoL 4:4" in lines
