"""The import dialog: what AMP understood, the changes, apply as one undo step, cancel."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from amp_desktop.core.excel.export import export_workbook as write_workbook
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.preview import TAKE_WORKBOOK
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.excel.flows import export_workbook, import_workbook
from amp_desktop.ui.excel.import_dialog import ImportDialog
from amp_desktop.ui.operations import CatalogueSession
from tests.excel_fixtures import file_digest, vasteras_workbook
from tests.ui.excel.import_helpers import choose, texts


def _edited_export(session, tmp_path):
    path = write_workbook(session.catalogue, tmp_path / "edit.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Programmes"]
    ws["H2"] = 31  # Atlas places
    ws["H3"] = 44  # C2C places
    ws["D4"] = "=1+1"  # a formula: reported, not used
    wb.save(path)
    session.catalogue.update_programme(session.catalogue.find("Atlas").replace(places=35))
    return path


def _dialog(qtbot, session, path):
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_understood_changes_apply_is_one_undo_step(qtbot, session, tmp_path):
    path = _edited_export(session, tmp_path)
    dialog = _dialog(qtbot, session, path)
    assert dialog.mapping_model.rowCount() == 22  # every exported column: 21 fields + the id
    problems = texts(dialog.problems_model)
    assert any("Programmes!D4" in text and "formula" in text for text in problems)
    assert dialog.problem_label.text() == (
        "Problems (1): those cells keep the value they have in AMP. Notes (0):"
    )
    dialog.grab().save(str(tmp_path / "import_page1.png"))
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 1 and dialog.apply_button.isEnabled()
    assert dialog.conflicts_model.rowCount() == 1
    assert dialog.conflicts_model.index(0, 0).data() == "Atlas"
    dialog.set_resolution(0, TAKE_WORKBOOK)
    dialog.grab().save(str(tmp_path / "import_page2.png"))
    steps = session.undo_stack.count()
    with qtbot.waitSignal(session.changed):
        dialog.apply_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert session.undo_stack.count() == steps + 1
    assert session.catalogue.find("Atlas").places == 31
    assert session.catalogue.find("C2C").places == 44
    assert session.catalogue.change_log(limit=1)[0]["action"] == "import"
    session.undo_stack.undo()
    assert session.catalogue.find("Atlas").places == 35
    assert session.catalogue.find("C2C").places == 30


def test_cancel_changes_nothing(qtbot, session, tmp_path):
    path = _edited_export(session, tmp_path)
    session.catalogue.close()  # compare the file's bytes around the dialog
    reopened = CatalogueSession(Catalogue.open(session.catalogue.path))
    before = file_digest(reopened.catalogue.path)
    dialog = _dialog(qtbot, reopened, path)
    dialog.next_button.click()
    dialog.cancel_button.click()
    assert dialog.result() == dialog.DialogCode.Rejected
    assert reopened.undo_stack.count() == 0
    reopened.catalogue.close()
    assert file_digest(session.catalogue.path) == before


def test_correcting_the_mapping_of_a_foreign_sheet(qtbot, session, tmp_path):
    path = vasteras_workbook(tmp_path / "v.xlsx")
    dialog = _dialog(qtbot, session, path)
    assert dialog.preview.kind == "catalogue"
    headers = texts(dialog.mapping_model, 1)
    row = headers.index("Beskrivning")
    field = dialog.mapping_model.index(row, 2)
    assert field.data(Qt.ItemDataRole.EditRole) == "description"
    combo = choose(dialog.mapping_view, row, 2, "notes")
    assert combo.currentData() == "notes"
    qtbot.waitUntil(lambda: "notes" in dialog.preview.mapping.values())
    assert "description" not in dialog.preview.mapping.values()
    dialog.next_button.click()
    dialog.grab().save(str(tmp_path / "import_foreign.png"))
    changes = dialog.preview.field_changes()
    assert changes and all(c["field"] == "notes" for c in changes)


def test_export_and_import_entry_points(qtbot, session, tmp_path, dialog_answers):
    target = tmp_path / "chosen"
    dialog_answers.replies["save_file"] = str(target)
    path = export_workbook(None, session)
    assert path == tmp_path / "chosen.xlsx" and path.exists()
    dialog_answers.replies["save_file"] = ""
    assert export_workbook(None, session) is None
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    dialog_answers.replies["open_file"] = str(bad)
    assert import_workbook(None, session) is False
    assert dialog_answers.kinds()[-1] == "error"


def test_referral_list_unmatched_programme_mapped_and_sources_offered(qtbot, session, tmp_path):
    from tests.excel_fixtures import referral_list

    path, ids, _names = referral_list(tmp_path / "r.xlsx", ["Atlas", "Okänd kurs"], rows=40)
    dialog = _dialog(qtbot, session, path)
    assert dialog.preview.kind == "referrals"
    notes = texts(dialog.problems_model)
    assert any("personal identity numbers" in n for n in notes)
    assert dialog.match_model.rowCount() == 1
    dialog.grab().save(str(tmp_path / "import_referrals.png"))
    choose(dialog.unmatched_view, 0, 1, "C2C")
    qtbot.waitUntil(lambda: not dialog.preview.unmatched)
    dialog.next_button.click()
    dialog.grab().save(str(tmp_path / "import_referrals_changes.png"))
    with qtbot.waitSignal(session.changed):
        dialog.apply_button.click()
    assert session.undo_stack.count() == 1
    session.catalogue.close()
    data = session.catalogue.path.read_bytes()
    assert all(pnr.encode() not in data for pnr in ids)


def test_a_referral_lists_count_column_can_be_chosen_in_the_mapping(qtbot, session, tmp_path):
    """The mapping of a referral list did not offer the count field: a column of
    how many referrals each row stands for, under a header AMP does not know,
    could not be chosen, and each row counted as one."""
    import datetime as dt

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Insats", "Anvisningsdatum", "Kön", "Omfattning"])
    for n in range(10):
        ws.append(["Atlas", dt.datetime(2024, 1, 10), "K" if n % 2 else "M", 3])
    path = tmp_path / "counts.xlsx"
    wb.save(path)
    dialog = _dialog(qtbot, session, path)
    assert dialog.preview.kind == "referrals"
    assert [c.after for c in dialog.preview.demand] == [10.0]
    row = texts(dialog.mapping_model, 1).index("Omfattning")
    combo = choose(dialog.mapping_view, row, 2, "count")
    assert combo.currentText() == "Number of referrals"
    qtbot.waitUntil(lambda: "count" in dialog.preview.mapping.values())
    assert [c.after for c in dialog.preview.demand] == [30.0]
    assert "Gender: K: 15, M: 15" in dialog.preview.summary


def _export_without_its_agreement(session, tmp_path):
    """An export whose Agreements sheet lacks the catalogue's one agreement (every
    programme still there): only an agreement is missing."""
    from amp_desktop.core.mandate import Agreement, Counterparty

    session.catalogue.save_agreement(Agreement(Counterparty.AF, "AF-2026-3", "Lokal", "2026-01-01"))
    path = write_workbook(session.catalogue, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Agreements"].delete_rows(2)
    wb.save(path)
    return path


@pytest.mark.parametrize("remove", [False, True])
def test_agreements_missing_from_the_workbook_can_be_removed_in_the_window(
    qtbot, session, tmp_path, remove
):
    """#14: "Remove missing" was shown only when programmes were missing, so an
    agreement missing from the Agreements sheet could not be removed from the
    window (the CLI's --remove-missing removes it)."""
    path = _export_without_its_agreement(session, tmp_path)
    dialog = _dialog(qtbot, session, path)
    assert dialog.preview.removed == [] and len(dialog.preview.removed_agreements) == 1
    dialog.next_button.click()
    assert dialog.remove_missing.isVisible()
    assert dialog.remove_missing.text() == (  # (was "Remove the 1 agreements …")
        "Remove the agreement missing from the workbook's Agreements sheet"
    )
    assert "Agreements missing from the workbook (1)" in texts(dialog.changes_model)
    dialog.remove_missing.setChecked(remove)
    dialog.apply_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [a.reference for a in session.catalogue.agreements()] == (
        [] if remove else ["AF-2026-3"]
    )


def test_reading_the_workbook_shows_the_wait_cursor(qtbot, session, tmp_path, monkeypatch):
    """A 100,000-row referral list takes most of a second to read: the cursor says so,
    and is back to normal afterwards, also when the file cannot be read."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    import amp_desktop.ui.excel.reading as excel_ui
    from amp_desktop.core.excel.safety import ExcelFileError

    seen = []
    real = excel_ui.analyse

    def watched(*args, **kwargs):
        cursor = QGuiApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        return real(*args, **kwargs)

    monkeypatch.setattr(excel_ui, "analyse", watched)
    path = write_workbook(session.catalogue, tmp_path / "x.xlsx")
    _dialog(qtbot, session, path)
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QGuiApplication.overrideCursor() is None

    def unreadable(*args, **kwargs):
        raise ExcelFileError("x.xlsx: not a workbook")

    monkeypatch.setattr(excel_ui, "analyse", unreadable)
    with pytest.raises(ExcelFileError):
        ImportDialog(session, path)
    assert QGuiApplication.overrideCursor() is None


def test_an_unchanged_workbook_has_no_problems_to_show(qtbot, session, tmp_path):
    path = write_workbook(session.catalogue, tmp_path / "same.xlsx")
    dialog = _dialog(qtbot, session, path)
    assert dialog.problem_label.text() == "No problems or notes."
    dialog.next_button.click()
    assert dialog.changes_label.text() == (
        "0 to add, 0 to change, 0 missing from the workbook, 21 unchanged, "
        "0 changes to referrals, 0 conflicts."
    )


def test_the_preview_says_what_it_recognised_skipped_and_ignored(qtbot, session, tmp_path):
    """A unit head's sheet with a foreign Id column and a totals row: the dialog says
    what AMP recognised it by, which row it skipped and which column it ignored."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Insatser"
    sheet.append(["Namn", "Id", "Antal platser", "Anvisning"])
    sheet.append(["Atlas", 1, 31, "AF"])
    sheet.append(["C2C", 2, 12, "SKE"])
    sheet.append(["Summa", None, 43, None])
    book.save(tmp_path / "sheet.xlsx")
    dialog = _dialog(qtbot, session, tmp_path / "sheet.xlsx")
    assert dialog.recognised_label.isVisible()
    assert dialog.recognised_label.text().startswith(
        "Recognised as a programme catalogue by its columns Namn"
    )
    notes = texts(dialog.problems_model)
    assert "Insatser!A4: a totals row (“Summa”); it was skipped." in notes
    model = dialog.mapping_model
    row = texts(model, 1).index("Id")
    header = model.index(row, 1)
    assert header.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "was not read" in header.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, 2).data(Qt.ItemDataRole.EditRole) == ""
    assert "Summa" not in [p.name for p in dialog.preview.added]
    dialog.next_button.click()
    groups = texts(dialog.changes_model)
    assert groups == ["Changed (2)", "Missing from the workbook (19)"], groups


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Insatser v.48", "Insatser v.48.xlsx"),  # a dot in the name is no suffix
        ("katalog.xlsm", "katalog.xlsx"),  # Excel refuses xlsx content named .xlsm
        ("katalog.XLSX", "katalog.XLSX"),
    ],
)
def test_the_export_is_named_as_typed_with_xlsx_after_it(
    qtbot, session, tmp_path, dialog_answers, typed, written
):
    """The window's export replaced whatever followed the name's last dot ("Insatser
    v.48" was written as "Insatser v.xlsx") and wrote an .xlsx workbook under an
    .xlsm name, which Excel will not open."""
    dialog_answers.replies["save_file"] = str(tmp_path / typed)
    path = export_workbook(None, session)
    assert path == tmp_path / written and path.exists()
    assert typed == written or not (tmp_path / typed).exists()
    assert not (tmp_path / "Insatser v.xlsx").exists()


@pytest.mark.parametrize("remove", [False, True])
def test_referrals_a_corrected_list_no_longer_holds_can_be_removed_in_the_window(
    qtbot, session, tmp_path, remove
):
    """A corrected referral list moved March's referrals from one programme to another;
    the window kept the old ones (March counted twice) and offered nothing to remove
    them. They are listed, kept by default, and removed when the box is ticked."""
    import datetime as dt

    first, second = [p.name for p in session.catalogue.programmes()][:2]
    march = dt.datetime(2031, 3, 3)  # (a month the example holds nothing in)

    def referral_list(name, programme):
        book = openpyxl.Workbook()
        book.active.append(["Anvisningsdatum", "Insats", "Anvisande part"])
        for _ in range(4):
            book.active.append([march, programme, "AF"])
        book.save(tmp_path / name)
        return tmp_path / name

    session.run(analyse(session.catalogue, referral_list("a.xlsx", first)).changeset("first list"))
    dialog = _dialog(qtbot, session, referral_list("b.xlsx", second))
    dialog.next_button.click()
    assert dialog.remove_missing.isVisible()
    assert dialog.remove_missing.text() == (
        "Remove the referrals of 1 monthly cell that the list does not hold (its months, its sources)"
    )
    assert "Referrals not in the list (1 cell)" in texts(dialog.changes_model)
    dialog.remove_missing.setChecked(remove)
    dialog.apply_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    march_cells = {
        p: v
        for p, m, s, k, v in session.catalogue.demand_rows()
        if m == "2031-03" and k == "actual"
    }
    ids = {p.name: p.id for p in session.catalogue.programmes()}
    assert march_cells == ({ids[second]: 4.0} if remove else {ids[first]: 4.0, ids[second]: 4.0})
