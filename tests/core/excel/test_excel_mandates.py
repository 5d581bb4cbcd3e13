"""The Agreements and Mandates sheets: export, edit in the workbook, import back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from amp_desktop.core import i18n
from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.mandate import Agreement, BasisKind, Counterparty, LegalBasis, Mandate
from amp_desktop.core.store import Catalogue


def _record(catalogue: Catalogue) -> tuple[int, int]:
    krami = catalogue.find("Krami")
    assert krami is not None and krami.id is not None
    aid = (
        catalogue.save_agreement(
            Agreement(Counterparty.AF, "AF-2026-3", "=Lokal överenskommelse", "2026-01-01")
        )
        .agreements[0]
        .id
    )
    catalogue.set_mandate(
        Mandate(
            krami.id,
            (
                LegalBasis(BasisKind.AF_AGREEMENT, aid),
                LegalBasis(BasisKind.PROJECT, None, "2024-01-01", "2026-12-31", "ESF Vägen"),
            ),
            "AMN 2021/7",
            "2021-02-01",
        )
    )
    return krami.id, aid


def test_every_export_has_the_sheets_to_fill_in_and_reads_back_unchanged(
    tmp_path: Path,
) -> None:
    from amp_desktop.core.domain import Programme

    with Catalogue.create(tmp_path / "fresh.amp") as fresh:
        wb = openpyxl.load_workbook(export_workbook(fresh, tmp_path / "empty.xlsx"))
        assert [c.value for c in wb["Agreements"][1]][:3] == ["AMP id", "With", "Reference"]
        assert wb["Mandates"].max_row == 1  # the headers, no programme yet
        fresh.add_programme(Programme("Krami", places=10))
        path = export_workbook(fresh, tmp_path / "fresh.xlsx")
        wb = openpyxl.load_workbook(path)
        rows = [[c.value for c in r] for r in wb["Mandates"].iter_rows(min_row=2)]
        assert [r[1] for r in rows] == ["Krami"] and rows[0][2] is None  # to fill in
        preview = analyse(fresh, path)
        assert preview.mandates == [] and preview.agreements == []
        assert preview.removed_agreements == []
        assert preview.changeset("import").is_empty()  # untouched: no changes
        # Filled in in Excel first: an agreement and Krami's basis and decision.
        wb["Agreements"].append([None, "Arbetsförmedlingen", "AF-1", "Lokal", "2026-01-01"])
        ws = wb["Mandates"]
        ws["C2"], ws["D2"], ws["H2"], ws["I2"] = "Agreement with AF (2009:47)", "AF-1", "D 1", None
        wb.save(path)
        fresh.apply(analyse(fresh, path).changeset("import"))
        krami = fresh.find("Krami")
        assert krami is not None and krami.id is not None
        (agreement,) = fresh.agreements()
        assert fresh.mandate(krami.id).bases == (LegalBasis(BasisKind.AF_AGREEMENT, agreement.id),)


def test_agreements_missing_from_the_workbook_go_only_when_asked(
    example: Catalogue, tmp_path: Path
) -> None:
    krami_id, aid = _record(example)
    path = export_workbook(example, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Agreements"].delete_rows(2)  # the AF agreement's row
    wb.save(path)
    preview = analyse(example, path)
    assert [c.id for c in preview.removed_agreements] == [aid]
    assert any("AF-2026-3" in note for note in preview.summary)  # listed
    assert preview.to_json()["missing_agreements"] == [example.agreement(aid).label()]  # type: ignore[union-attr]
    assert preview.changeset("import").is_empty()  # kept without --remove-missing
    example.apply(preview.changeset("import", remove_missing=True))
    assert example.agreements() == []
    bases = example.mandate(krami_id).bases
    assert bases[0] == LegalBasis(BasisKind.AF_AGREEMENT)  # the kind stays, unlinked


def test_mandates_and_agreements_make_the_round_trip(example: Catalogue, tmp_path: Path) -> None:
    krami_id, aid = _record(example)
    before = (example.mandates(), example.agreements())
    path = export_workbook(example, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb["Agreements"]["C2"].value == "AF-2026-3"
    assert wb["Agreements"]["D2"].data_type == "s"  # "=Lokal…" stays text
    rows = [[c.value for c in r] for r in wb["Mandates"].iter_rows(min_row=2)]
    krami_rows = [r for r in rows if r[1] == "Krami"]
    assert [r[2] for r in krami_rows] == ["Agreement with AF (2009:47)", "Project funding (ESF)"]
    assert krami_rows[0][3] == "AF-2026-3" and krami_rows[0][7] == "AMN 2021/7"
    # Unchanged, the workbook changes nothing.
    preview = analyse(example, path)
    assert preview.mandates == [] and preview.agreements == []
    assert (example.mandates(), example.agreements()) == before

    # Edited: the agreement's end date, a decision for Atlas, a new FK agreement.
    ws = wb["Agreements"]
    ws["F2"] = dt.datetime(2027, 6, 30)
    ws.append([None, "Försäkringskassan", "FK-9", "Finsam-avtal", "2025-01-01", None, None])
    ws = wb["Mandates"]
    atlas = next(n for n, r in enumerate(rows, 2) if r[1] == "Atlas")
    ws[f"C{atlas}"] = "Other"
    ws[f"D{atlas}"] = "FK-9"
    ws[f"G{atlas}"] = "Kommunfullmäktige"
    ws[f"H{atlas}"] = "KS 2020/1"
    ws[f"I{atlas}"] = "2020-05-05"
    wb.save(path)
    preview = analyse(example, path)
    assert not [p for p in preview.problems if "Mandates" in p.where or "Agreements" in p.where]
    assert len(preview.agreements) == 2 and len(preview.mandates) == 1
    change = example.apply(preview.changeset("import"))
    assert example.agreement(aid).valid_to == "2027-06-30"  # type: ignore[union-attr]
    fk = next(a for a in example.agreements() if a.reference == "FK-9")
    atlas_programme = example.find("Atlas")
    assert atlas_programme is not None and atlas_programme.id is not None
    assert example.mandate(atlas_programme.id) == Mandate(
        atlas_programme.id,
        (LegalBasis(BasisKind.OTHER, fk.id, text="Kommunfullmäktige"),),
        "KS 2020/1",
        "2020-05-05",
    )
    assert example.mandate(krami_id) == before[0][krami_id]
    example.apply(change.inverse())  # one undo takes the import back whole
    assert (example.mandates(), example.agreements()) == before


def test_swedish_sheets_and_bad_cells(example: Catalogue, tmp_path: Path) -> None:
    _record(example)
    i18n.set_backend(lambda context, text: text, "sv")
    try:
        path = export_workbook(example, tmp_path / "sv.xlsx")
    finally:
        i18n.set_backend(None)
    wb = openpyxl.load_workbook(path)
    assert {"Avtal", "Mandat"} <= set(wb.sheetnames)
    ws = wb["Mandat"]
    assert ws["C1"].value == "Rättslig grund"
    krami = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Krami")
    assert krami[2].value == "Överenskommelse med AF (2009:47)"
    krami[8].value = "1 feb 2021"
    ws.append([None, "Ingen sådan insats", "Annat"])
    wb.save(path)
    preview = analyse(example, path)
    where = {p.where.split("!")[0] for p in preview.problems if not p.blocking}
    assert "Mandat" in where
    assert preview.mandates == []  # the bad date keeps AMP's value; nothing else changed


def test_amp_import_lists_missing_agreements_and_removes_them_only_when_asked(
    example_path: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.cli import main

    with Catalogue.open(example_path) as catalogue:
        catalogue.save_agreement(Agreement(Counterparty.AF, "AF-1", "Lokal", "2020-01-01"))
        path = export_workbook(catalogue, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Agreements"].delete_rows(2)
    wb.save(path)
    assert main(["import", str(example_path), str(path)]) == 0
    assert "Agreements missing from the workbook" in capsys.readouterr().out
    with Catalogue.open(example_path) as catalogue:
        assert [a.reference for a in catalogue.agreements()] == ["AF-1"]  # kept
    assert main(["import", str(example_path), str(path), "--remove-missing"]) == 0
    with Catalogue.open(example_path) as catalogue:
        assert catalogue.agreements() == []


def test_a_basis_and_a_party_named_as_the_window_names_them_are_read(
    example: Catalogue, tmp_path: Path
) -> None:
    """A unit head copies the names from the editor into the workbook (review of #14)."""
    krami_id, _ = _record(example)
    path = export_workbook(example, tmp_path / "window-names.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Agreements"]
    ws.append([None, "A coordination association (samordningsförbund)", "SF-1", "Finsam"])
    ws = wb["Mandates"]
    krami = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Krami" and r[3].value)
    krami[2].value = "Agreement with Arbetsförmedlingen (lag 2009:47)"
    atlas = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Atlas")
    atlas[2].value = "The municipality as employer"
    ws.append([None, "C2C", "A basis no one knows"])
    wb.save(path)
    preview = analyse(example, path)
    messages = [p.message for p in preview.problems]
    assert len(messages) == 1, messages
    assert "write one of: Agreement with AF (2009:47); Work placement, SoL 4:4;" in messages[0]
    added = [c.after for c in preview.agreements if c.before is None]
    assert [(a.counterparty, a.reference) for a in added if a] == [(Counterparty.FINSAM, "SF-1")]
    changed = {m.programme_id: m for m in preview.mandates}
    assert krami_id not in changed  # the same kind, written the window's way
    atlas_id = example.find("Atlas").id  # type: ignore[union-attr]
    after = changed[atlas_id].after
    assert after is not None and [b.kind for b in after.bases] == [BasisKind.EMPLOYER]


def test_an_upgraded_file_keeps_its_flags_through_an_untouched_export(tmp_path: Path) -> None:
    """Migration (#14 item 1): empty, flagged, never guessed — and an export read back
    unchanged neither fills nor unflags anything; filling one programme in unflags it."""
    from tests.core.store.test_mandate_store import _make_version_three

    path = tmp_path / "v3.amp"
    _make_version_three(path)
    with Catalogue.open(path) as catalogue:
        flagged = catalogue.mandates()
        assert all(m.needs_review and not m.bases for m in flagged.values())
        workbook = export_workbook(catalogue, tmp_path / "v3.xlsx")
        preview = analyse(catalogue, workbook)
        assert preview.mandates == [] and preview.changeset("import").is_empty()
        wb = openpyxl.load_workbook(workbook)
        ws = wb["Mandates"]
        krami = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Krami")
        krami[2].value, krami[7].value = "Municipality as employer", "AMN 2019/2"
        krami[8].value = dt.datetime(2019, 5, 2)
        wb.save(workbook)
        catalogue.apply(analyse(catalogue, workbook).changeset("import"))
        after = catalogue.mandates()
        krami_id = catalogue.find("Krami").id  # type: ignore[union-attr]
        assert after[krami_id] == Mandate(
            krami_id, (LegalBasis(BasisKind.EMPLOYER),), "AMN 2019/2", "2019-05-02"
        )
        others = [m for pid, m in after.items() if pid != krami_id]
        assert others and all(m.needs_review and not m.bases for m in others)


def test_two_agreements_with_one_reference_keep_their_links(
    example: Catalogue, tmp_path: Path
) -> None:
    """Review of #14: an AF agreement renewed under the same diary number — the untouched
    export, read back, moved Krami's link from the old agreement to the new one (the
    Mandates sheet named both "AF-1")."""
    old = Agreement(Counterparty.AF, "AF-1", "Första", "2020-01-01", "2024-12-31")
    new = Agreement(Counterparty.AF, "AF-1", "Andra", "2025-01-01")
    first = example.save_agreement(old).agreements[0].id
    second = example.save_agreement(new).agreements[0].id
    krami, osa = example.find("Krami"), example.find("OSA")
    assert krami and osa and krami.id and osa.id
    example.set_mandate(Mandate(krami.id, (LegalBasis(BasisKind.AF_AGREEMENT, first),)))
    example.set_mandate(Mandate(osa.id, (LegalBasis(BasisKind.AF_AGREEMENT, second),)))
    path = export_workbook(example, tmp_path / "renewed.xlsx")
    preview = analyse(example, path)
    assert preview.problems == [] and preview.changeset("import").is_empty()
    wb = openpyxl.load_workbook(path)
    cells = {r[1].value: r[3].value for r in wb["Mandates"].iter_rows(min_row=2) if r[3].value}
    assert cells == {"Krami": f"AF-1 #{first}", "OSA": f"AF-1 #{second}"}
    # A cell that says just "AF-1" is a problem at its cell, never a guess.
    ws = wb["Mandates"]
    atlas = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Atlas")
    atlas[2].value, atlas[3].value = "Agreement with AF (2009:47)", "AF-1"
    wb.save(path)
    preview = analyse(example, path)
    (problem,) = preview.problems
    assert problem.where == f"Mandates!D{atlas[0].row}" and "“AF-1 #id”" in problem.message
    # Changed deliberately (3 December, evening): the mandate was applied with the kind
    # and without the link; a cell AMP cannot read now stops the import and keeps the
    # programme's mandate as it is (bad input leaves the catalogue unchanged).
    assert problem.blocking and preview.mandates == []


@pytest.mark.parametrize(
    ("column", "value"),
    [(2, "Work placement, SoL 4:4x"), (3, "NOPE-9"), (4, "2026-02-30")],
)
def test_a_cell_of_a_mandate_amp_cannot_read_keeps_the_mandate_whole(
    example: Catalogue, tmp_path, column: int, value: str
) -> None:  # type: ignore[no-untyped-def]
    """A stray character in a basis, an unknown agreement or an impossible date was a
    note, and the import dropped that basis, link or date (adversarial pass)."""
    atlas = example.find("Atlas")
    assert atlas is not None and atlas.id is not None
    mandate = Mandate(
        atlas.id,
        bases=(LegalBasis(BasisKind.INCOME_SUPPORT), LegalBasis(BasisKind.EMPLOYER)),
        decision_reference="KS 1",
    )
    example.set_mandate(mandate)
    path = export_workbook(example, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(path)
    row = next(r for r in wb["Mandates"].iter_rows(min_row=2) if r[1].value == "Atlas")
    row[column].value = value
    wb.save(path)
    preview = analyse(example, path)
    assert preview.blocking and any(p.where.startswith("Mandates!") for p in preview.problems)
    assert preview.mandates == []
    assert example.mandate(atlas.id) == mandate


def test_an_old_export_sent_back_never_undoes_mandates_and_agreements_entered_since(
    example: Catalogue, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A colleague changed only C2C's places in an export; meanwhile Atlas's mandate
    was entered and an agreement renamed in AMP. Importing the workbook emptied the
    mandate and put the old title back, with "0 conflicts" (adversarial pass)."""
    import dataclasses

    example.save_agreement(Agreement(Counterparty.AF, "AF-1", "LÖK 2026"))
    krami = example.find("Krami")
    assert krami is not None and krami.id is not None
    example.set_mandate(Mandate(krami.id, decision_reference="KS 1"))
    path = export_workbook(example, tmp_path / "out.xlsx")  # the colleague's copy
    (agreement,) = example.agreements()
    example.save_agreement(dataclasses.replace(agreement, title="LÖK 2026 (förlängd)"))
    atlas = example.find("Atlas")
    assert atlas is not None and atlas.id is not None
    entered = Mandate(
        atlas.id, bases=(LegalBasis(BasisKind.INCOME_SUPPORT),), decision_reference="KS 9"
    )
    example.set_mandate(entered)
    example.set_mandate(Mandate(krami.id, decision_reference="KS 2"))  # changed in AMP too
    wb = openpyxl.load_workbook(path)
    titles = [c.value for c in wb["Programmes"][1]]
    c2c = next(
        r for r in wb["Programmes"].iter_rows(min_row=2) if r[titles.index("Name")].value == "C2C"
    )
    c2c[titles.index("Places")].value = 33
    mandates = wb["Mandates"]
    krami_row = next(r for r in mandates.iter_rows(min_row=2) if r[1].value == "Krami")
    krami_row[7].value = "KS 3"  # and by the colleague: both changed
    wb.save(path)
    preview = analyse(example, path)
    assert not preview.blocking, preview.problems
    assert preview.mandates == [] and preview.agreements == []
    (note,) = [
        p for p in preview.problems if "changed both in AMP and in the workbook" in p.message
    ]
    assert "“Krami”" in note.message and not note.blocking
    example.apply(preview.changeset("import"))
    assert example.find("C2C").places == 33  # type: ignore[union-attr]
    assert example.mandate(atlas.id) == entered
    assert example.mandate(krami.id).decision_reference == "KS 2"
    assert example.agreements()[0].title == "LÖK 2026 (förlängd)"


def test_a_mandate_changed_in_the_workbook_only_is_still_taken(
    example: Catalogue, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = export_workbook(example, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(path)
    atlas_row = next(r for r in wb["Mandates"].iter_rows(min_row=2) if r[1].value == "Atlas")
    atlas_row[7].value = "KS 2026/4"
    wb.save(path)
    preview = analyse(example, path)
    (change,) = preview.mandates
    assert change.after.decision_reference == "KS 2026/4"


@pytest.mark.parametrize("cell", ["2022-3-1", "20220301", " 2022.03.01 "])
def test_a_decision_date_typed_as_text_is_kept_as_amp_writes_dates(
    example: Catalogue, tmp_path: Path, cell: str
) -> None:
    """A text date year first is read and kept as 2022-03-01 (it was refused, or kept
    as typed: "20220301")."""
    _record(example)
    path = export_workbook(example, tmp_path / "dates.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Mandates"]
    for row in ws.iter_rows(min_row=2):
        if row[1].value == "Krami":  # (one row per basis, each with the decision)
            row[8].value = cell
    wb.save(path)
    preview = analyse(example, path)
    assert not preview.blocking
    assert [c.after.decision_date for c in preview.mandates] == ["2022-03-01"]
