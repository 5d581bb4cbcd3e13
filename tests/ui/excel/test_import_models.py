"""The import wizard's Qt models (qtmodeltester), its drop-down delegate, and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from amp_desktop.core.excel.export import export_workbook as write_workbook
from amp_desktop.core.excel.preview import KEEP_AMP, TAKE_WORKBOOK
from amp_desktop.core.store import Catalogue
from amp_desktop.ui import tasks
from amp_desktop.ui.excel import flows, reading
from amp_desktop.ui.excel.choice_delegate import CHOICES_ROLE
from amp_desktop.ui.excel.import_dialog import ImportDialog
from amp_desktop.ui.excel.preview_models import MappingModel
from amp_desktop.ui.operations import CatalogueSession
from tests.excel_fixtures import file_digest, referral_list, vasteras_workbook
from tests.ui.excel.import_helpers import choose, texts

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def model_testers(request):  # type: ignore[no-untyped-def]
    """One pytest-qt model tester per model (a tester watches the last model it checked)."""
    from pytestqt.modeltest import ModelTester

    made: list[ModelTester] = []

    def check(model) -> None:  # type: ignore[no-untyped-def]
        tester = ModelTester(request.config)
        tester.check(model, force_py=True)
        made.append(tester)

    yield check
    for tester in made:
        tester._cleanup()  # noqa: SLF001


def _edited_export(catalogue: Catalogue, path: Path) -> Path:
    """AMP's export with two places edited, one formula, and Atlas changed in AMP since."""
    write_workbook(catalogue, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Programmes"]
    sheet["H2"] = 31  # Atlas places: also changed in AMP below, so a conflict
    sheet["H3"] = 44  # C2C places
    sheet["D4"] = "=1+1"
    book.save(path)
    catalogue.update_programme(catalogue.find("Atlas").replace(places=35))
    return path


def _workbook(kind: str, catalogue: Catalogue, folder: Path) -> Path:
    if kind == "export":
        return _edited_export(catalogue, folder / "edit.xlsx")
    if kind == "catalogue":
        return vasteras_workbook(folder / "v.xlsx")
    sources = ("AF", "SKE", "Nya parten")
    return referral_list(folder / "r.xlsx", ["Atlas", "Okänd kurs"], rows=40, sources=sources)[0]


def _dialog(qtbot, session: CatalogueSession, path: Path) -> ImportDialog:
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _models(dialog: ImportDialog) -> list[object]:
    return [
        dialog.mapping_model,
        dialog.match_model,
        dialog.problems_model,
        dialog.changes_model,
        dialog.conflicts_model,
        dialog.sources_model,
    ]


# -- the models ------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["export", "catalogue", "referrals"])
def test_every_model_of_the_dialog_passes_the_model_tester(
    qtbot, qtmodeltester, session, tmp_path, kind
) -> None:
    dialog = _dialog(qtbot, session, _workbook(kind, session.catalogue, tmp_path))
    assert dialog.preview.kind == kind
    for model in _models(dialog):
        qtmodeltester.check(model)  # Qt's own QAbstractItemModelTester
        qtmodeltester.check(model, force_py=True)  # and pytest-qt's, which says more
    dialog.show_page(1)
    dialog.grab()  # every view painted, the delegate's drop-downs too
    # No widgets in cells: a drop-down exists only while a cell is edited.
    assert dialog.findChildren(QComboBox) == []


@pytest.mark.parametrize("kind", ["catalogue", "referrals"])
def test_the_models_stay_valid_through_a_reanalysis(qtbot, model_testers, session, tmp_path, kind):
    """Each model watched by its own tester while the user's choices re-read the workbook."""
    dialog = _dialog(qtbot, session, _workbook(kind, session.catalogue, tmp_path))
    for model in _models(dialog):
        model_testers(model)
    if kind == "referrals":
        choose(dialog.unmatched_view, 0, 1, "C2C")
        qtbot.waitUntil(lambda: not dialog.preview.unmatched)
    else:
        choose(dialog.mapping_view, 1, 2, "notes")
        qtbot.waitUntil(lambda: "notes" in dialog.preview.mapping.values())
    for model in _models(dialog):
        model_testers(model)


def test_a_field_chosen_for_one_column_leaves_the_other_at_once(qtbot, session, tmp_path):
    dialog = _dialog(qtbot, session, vasteras_workbook(tmp_path / "v.xlsx"))
    model = dialog.mapping_model
    headers = [model.index(r, MappingModel.COL_HEADER).data() for r in range(model.rowCount())]
    described = headers.index("Beskrivning")
    typed = headers.index("Typ av insats")
    with qtbot.waitSignal(model.mapping_changed) as signal:
        assert model.setData(model.index(typed, MappingModel.COL_FIELD), "description", EDIT)
    assert signal.args[0]["B"] == "" and model.index(described, 2).data() == "(not read)"
    assert not model.setData(model.index(typed, MappingModel.COL_FIELD), "no such field", EDIT)
    assert not model.setData(model.index(typed, MappingModel.COL_HEADER), "x", EDIT)
    qtbot.waitUntil(lambda: dialog.preview.mapping.get(typed) == "description")
    assert "type" not in dialog.preview.mapping.values()


def test_a_matched_programme_stays_listed_so_it_can_be_changed_back(qtbot, session, tmp_path):
    dialog = _dialog(qtbot, session, _workbook("referrals", session.catalogue, tmp_path))
    model = dialog.match_model
    assert model.index(0, 0).data() == "Okänd kurs"
    assert model.index(0, 1).data() == "(leave out)"
    choose(dialog.unmatched_view, 0, 1, "C2C")
    qtbot.waitUntil(lambda: not dialog.preview.unmatched)
    assert model.rowCount() == 1 and model.index(0, 1).data() == "C2C"
    choose(dialog.unmatched_view, 0, 1, "")
    qtbot.waitUntil(lambda: dialog.preview.unmatched == ["Okänd kurs"])
    assert model.programme_map() == {}


def test_conflict_choice_survives_a_reanalysis_and_decides_the_apply(qtbot, session, tmp_path):
    dialog = _dialog(qtbot, session, _workbook("export", session.catalogue, tmp_path))
    model = dialog.conflicts_model
    keep = model.index(0, model.COL_KEEP)
    assert keep.data(EDIT) == KEEP_AMP and [v for v, _ in keep.data(CHOICES_ROLE)] == [
        KEEP_AMP,
        TAKE_WORKBOOK,
    ]
    dialog.show_page(1)
    choose(dialog.conflict_view, 0, model.COL_KEEP, TAKE_WORKBOOK)
    assert dialog.resolutions() == {0: TAKE_WORKBOOK}
    # Any re-read (here: a column mapped again to what it was) keeps the choice.
    dialog.mapping_model.mapping_changed.emit(dialog.mapping())
    qtbot.waitUntil(lambda: dialog.conflicts_model.rowCount() == 1)
    assert dialog.resolutions() == {0: TAKE_WORKBOOK}
    with qtbot.waitSignal(session.changed):
        dialog.apply_button.click()
    assert session.catalogue.find("Atlas").places == 31


def test_unticked_new_sources_are_not_created(qtbot, session, tmp_path):
    dialog = _dialog(qtbot, session, _workbook("referrals", session.catalogue, tmp_path))
    model = dialog.sources_model
    codes = [model.index(r, 0).data(EDIT) for r in range(model.rowCount())]
    assert "Nya parten" in codes
    row = codes.index("Nya parten")
    index = model.index(row, 0)
    assert index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert "Nya parten" not in dialog.sources_to_create()
    dialog.show_page(1)
    with qtbot.waitSignal(session.changed):
        dialog.apply_button.click()
    assert "Nya parten" not in {s.code for s in session.catalogue.sources()}


# -- Cancel ----------------------------------------------------------------------------------
class CancellingExecutor:
    """Runs work inline and presses Cancel once it has reported *after* times."""

    def __init__(self, after: int = 0) -> None:
        self.after = after
        self.cancelled = 0

    def submit(self, task, work) -> None:  # type: ignore[no-untyped-def]
        reports = []

        def reported(*_args: object) -> None:
            reports.append(1)
            if len(reports) > self.after:
                task.cancel()
                self.cancelled += 1

        if self.after == 0:
            task.cancel()
            self.cancelled += 1
        task.relay.progressed.connect(reported)
        tasks.InlineExecutor().submit(task, work)


class CancelWhileSaving(CancellingExecutor):
    """Presses Cancel while openpyxl is writing the workbook's file."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        super().__init__(after=1_000_000)
        self.task = None
        real = openpyxl.Workbook.save

        def save(book, filename):  # type: ignore[no-untyped-def]
            self.task.cancel()
            self.cancelled += 1
            return real(book, filename)

        monkeypatch.setattr(openpyxl.Workbook, "save", save)

    def submit(self, task, work) -> None:  # type: ignore[no-untyped-def]
        self.task = task
        super().submit(task, work)


def test_cancelling_the_export_leaves_no_file_and_no_part(
    qtbot, session, tmp_path, dialog_answers, monkeypatch
) -> None:
    target = tmp_path / "out.xlsx"
    dialog_answers.replies["save_file"] = str(target)
    for executor in (CancellingExecutor(0), CancelWhileSaving(monkeypatch)):
        with tasks.use_executor(executor):
            assert flows.export_workbook(None, session) is None
        assert executor.cancelled == 1
        assert sorted(tmp_path.glob("out*")) == []
    assert "error" not in dialog_answers.kinds()


def test_cancelling_an_export_over_a_workbook_keeps_the_old_one(
    qtbot, session, tmp_path, dialog_answers, monkeypatch
):
    target = write_workbook(session.catalogue, tmp_path / "out.xlsx")
    before = file_digest(target)
    session.catalogue.update_programme(session.catalogue.find("OSA").replace(places=75))
    dialog_answers.replies["save_file"] = str(target)
    with tasks.use_executor(CancelWhileSaving(monkeypatch)):
        assert flows.export_workbook(None, session) is None
    assert file_digest(target) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("out")] == ["out.xlsx"]


def test_cancelling_the_apply_leaves_the_catalogue_bytes(qtbot, session, tmp_path) -> None:
    path = _workbook("export", session.catalogue, tmp_path)
    catalogue_file = session.catalogue.path
    dialog = _dialog(qtbot, session, path)
    dialog.show_page(1)
    before = file_digest(catalogue_file)
    with tasks.use_executor(CancellingExecutor(0)):
        dialog.apply_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.isVisible()
    assert session.undo_stack.count() == 0
    assert file_digest(catalogue_file) == before
    with qtbot.waitSignal(session.changed):  # and Apply still works afterwards
        dialog.apply_button.click()
    assert session.catalogue.find("C2C").places == 44


def test_cancelling_the_reading_shows_no_dialog(qtbot, session, tmp_path, dialog_answers):
    path = write_workbook(session.catalogue, tmp_path / "same.xlsx")
    with tasks.use_executor(CancellingExecutor(0)):
        assert flows.import_workbook(None, session, str(path)) is False
    assert dialog_answers.kinds() == []


def test_the_workbook_is_read_in_the_worker(qtbot, session, tmp_path, threaded_tasks, monkeypatch):
    """With the application's executor the reading runs off the GUI thread."""
    threads = []
    real = reading.analyse

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(reading, "analyse", watched)
    path = write_workbook(session.catalogue, tmp_path / "same.xlsx")
    dialog = _dialog(qtbot, session, path)
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.preview.unchanged == 21


def test_many_new_sources_are_created_only_when_confirmed(
    qtbot, session, tmp_path, dialog_answers
) -> None:
    codes = tuple(f"Part {n}" for n in range(15))
    path = referral_list(tmp_path / "s.xlsx", ["Atlas", "C2C"], rows=60, sources=codes)[0]
    dialog = _dialog(qtbot, session, path)
    dialog.show_page(1)
    assert dialog.sources_warning.isVisible() and "15 new referral sources" in (
        dialog.sources_warning.text()
    )
    dialog_answers.replies["confirm"] = False
    dialog.apply_button.click()
    assert dialog_answers.kinds() == ["confirm"] and session.undo_stack.count() == 0
    dialog_answers.replies["confirm"] = True
    with qtbot.waitSignal(session.changed):
        dialog.apply_button.click()
    assert {f"Part {n}" for n in range(15)} <= {s.code for s in session.catalogue.sources()}


#: What the offscreen platform says when a popup list opens (raise, keyboard grab).
OFFSCREEN_POPUP = "This plugin does not support"


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUP)
def test_a_click_on_a_drop_down_cell_opens_its_list(qtbot, session, tmp_path) -> None:
    dialog = _dialog(qtbot, session, vasteras_workbook(tmp_path / "v.xlsx"))
    view = dialog.mapping_view
    index = dialog.mapping_model.index(1, MappingModel.COL_FIELD)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    combo = view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[0] == "(not read)" and "Description" in labels
    assert combo.currentText() == "Description"
    # A plain cell is not edited.
    header = dialog.mapping_model.index(1, MappingModel.COL_HEADER)
    assert not dialog.mapping_model.flags(header) & Qt.ItemFlag.ItemIsEditable


def test_a_cancelled_rereading_shows_the_choices_it_was_read_with(qtbot, session, tmp_path):
    dialog = _dialog(qtbot, session, _workbook("referrals", session.catalogue, tmp_path))
    with tasks.use_executor(CancellingExecutor(0)):
        choose(dialog.unmatched_view, 0, 1, "C2C")
        qtbot.waitUntil(lambda: dialog.match_model.index(0, 1).data() == "(leave out)")
    assert dialog.preview.unmatched == ["Okänd kurs"] and dialog.match_model.programme_map() == {}
    with tasks.use_executor(CancellingExecutor(0)):
        choose(dialog.mapping_view, 4, 2, "")  # the source column: not read
        qtbot.waitUntil(lambda: dialog.mapping_model.index(4, 2).data(EDIT) == "source")
    assert "source" in dialog.preview.mapping.values()


def test_an_export_that_cannot_be_written_says_so_in_one_dialog(
    qtbot, session, tmp_path, dialog_answers
) -> None:
    folder = tmp_path / "taken.xlsx"
    folder.mkdir()
    dialog_answers.replies["save_file"] = str(folder)
    assert flows.export_workbook(None, session) is None
    assert dialog_answers.kinds() == ["save_file", "error"]
    message = dialog_answers.asked[-1][1]["text"]
    assert "taken.xlsx" in str(message) and "folder" in str(message)
    assert list(tmp_path.glob("*.part")) == []


def test_a_participant_list_shows_its_fields_and_results(
    qtbot, qtmodeltester, session, tmp_path
) -> None:
    from tests.participant_lists import participant_rows, write_list

    rows = participant_rows(["Atlas", "C2C"], 30)
    dialog = _dialog(qtbot, session, write_list(tmp_path / "deltagare.xlsx", rows))
    assert dialog.preview.kind == "participants"
    model = dialog.mapping_model
    row = texts(model, 1).index("Startdatum")
    start = model.index(row, MappingModel.COL_FIELD)
    assert start.data(EDIT) == "start" and start.data() == "Start date"
    assert "End date" in [label for _v, label in start.data(CHOICES_ROLE)]
    dialog.show_page(1)
    assert dialog.changes_label.text().startswith("Results (counts only) to replace for 2 ")
    assert texts(dialog.changes_model) == ["Results (2 programmes)"]
    for each in _models(dialog):
        qtmodeltester.check(each, force_py=True)
    with qtbot.waitSignal(session.changed):
        dialog.apply_button.click()
    assert session.undo_stack.count() == 1


def test_changed_values_and_conflicts_are_written_as_the_tables_write_them(
    qtbot, session, tmp_path
):
    """The changes and conflicts showed the stored text: "secondary", "3750000",
    "1200"."""
    path = tmp_path / "export.xlsx"
    write_workbook(session.catalogue, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Programmes"]
    titles = [cell.value for cell in sheet[1]]
    for title, value in (
        ("Type", "Primary"),
        ("Places", 1200),
        ("Goal: share to work or studies", 0.48),
        ("Annual budget (SEK)", 4_000_000),  # changed in AMP too: a conflict
    ):
        sheet.cell(2, titles.index(title) + 1).value = value  # Atlas
    book.save(path)
    atlas = session.catalogue.find("Atlas")
    session.catalogue.update_programme(atlas.replace(annual_budget_sek=3_800_000))
    dialog = _dialog(qtbot, session, path)
    model = dialog.changes_model
    (changed,) = [
        model.index(r, 0) for r in range(model.rowCount()) if "Changed" in texts(model)[r]
    ]
    atlas_row = model.index(0, 0, changed)
    rows = {
        model.index(r, 0, atlas_row).data(): (
            model.index(r, model.COL_AMP, atlas_row).data(),
            model.index(r, model.COL_WORKBOOK, atlas_row).data(),
        )
        for r in range(model.rowCount(atlas_row))
    }
    assert rows == {
        "Type": ("Secondary", "Primary"),
        "Places": ("30", "1,200"),
        "Goal: share to work or studies": ("", "48.0%"),
    }
    conflicts = dialog.conflicts_model
    assert [conflicts.index(0, c).data() for c in (conflicts.COL_AMP, conflicts.COL_WORKBOOK)] == [
        "SEK\xa03,800,000",
        "SEK\xa04,000,000",
    ]


def test_mandate_and_agreement_changes_are_shown_before_they_are_applied(qtbot, session, tmp_path):
    """The window's preview showed nothing of the Mandates and Agreements sheets:
    "0 to change" and an empty tree, and Apply stored them (adversarial pass)."""
    path = tmp_path / "export.xlsx"
    write_workbook(session.catalogue, path)
    book = openpyxl.load_workbook(path)
    atlas = next(r for r in book["Mandates"].iter_rows(min_row=2) if r[1].value == "Atlas")
    atlas[7].value = "KS 2026/4"
    book["Agreements"].append(["", "Arbetsförmedlingen", "AF-7", "LÖK", None, None, ""])
    book.save(path)
    dialog = _dialog(qtbot, session, path)
    model = dialog.changes_model
    groups = texts(model)
    assert "Mandates changed (1)" in groups and "Agreements added or changed (1)" in groups
    mandates = model.index(groups.index("Mandates changed (1)"), 0)
    atlas_row = model.index(0, 0, mandates)
    assert atlas_row.data() == "Atlas"
    line = [model.index(0, c, atlas_row).data() for c in range(3)]
    assert line == ["Decision diary number", "", "KS 2026/4"]


def test_page_two_sentence_counts_mandate_and_agreement_changes(qtbot, session, tmp_path):
    """Page 2 opened with "0 to add, 0 to change, …" for an export whose only changes
    were a mandate and an agreement, listed in the tree right below it (noticed in the
    evening's adversarial pass): the sentence now counts them as the tree does."""
    path = tmp_path / "export.xlsx"
    write_workbook(session.catalogue, path)
    book = openpyxl.load_workbook(path)
    atlas = next(r for r in book["Mandates"].iter_rows(min_row=2) if r[1].value == "Atlas")
    atlas[7].value = "KS 2026/4"
    book["Agreements"].append(["", "Arbetsförmedlingen", "AF-7", "LÖK", None, None, ""])
    book.save(path)
    text = _dialog(qtbot, session, path).changes_label.text()
    assert text.startswith("0 to add, 0 to change, ")
    assert text.endswith(" Mandates to change: 1. Agreements to add or change: 1.")


def test_page_two_sentence_says_nothing_of_mandates_an_export_leaves(qtbot, session, tmp_path):
    path = tmp_path / "export.xlsx"
    write_workbook(session.catalogue, path)
    text = _dialog(qtbot, session, path).changes_label.text()
    assert "Mandates" not in text and "Agreements" not in text
