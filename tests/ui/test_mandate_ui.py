"""The window's mandate: the editor's group, the Agreements dialog, and the catalogue's
"Needs attention" icon, text and filter — the same findings as ``amp audit``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from amp_desktop.cli import main
from amp_desktop.core.domain import Programme
from amp_desktop.core.mandate import Agreement, BasisKind, Counterparty, LegalBasis, Mandate
from amp_desktop.core.store import Catalogue
from amp_desktop.ui import catalogue_model as cm
from amp_desktop.ui.agreements_dialog import AgreementsDialog
from amp_desktop.ui.catalogue_tab import CatalogueTab
from amp_desktop.ui.operations import CatalogueSession


@pytest.fixture
def session(qapp: object, example: Catalogue) -> CatalogueSession:
    return CatalogueSession(example)


@pytest.fixture
def tab(qtbot, session: CatalogueSession) -> Iterator[CatalogueTab]:  # type: ignore[no-untyped-def]
    host = QWidget()  # as in the window: the tab is never a window of its own
    host.resize(1200, 800)
    tab = CatalogueTab(host)
    layout = QVBoxLayout(host)
    # The offscreen platform warns when a window's minimum size is set from a layout.
    layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    layout.addWidget(tab)
    qtbot.addWidget(host)
    tab.set_session(session)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: not tab._attention_due)
    yield tab
    tab.set_session(None)
    host.close()


def _select(tab: CatalogueTab, name: str) -> int:
    programme = tab.model.programmes()[0]
    for programme in tab.model.programmes():
        if programme.name == name:
            break
    assert programme.id is not None and tab.select_programme(programme.id)
    return programme.id


def _enter(qtbot, line: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_the_editor_saves_the_legal_basis_and_decision_as_undo_steps(
    qtbot, tab: CatalogueTab, session: CatalogueSession
) -> None:  # type: ignore[no-untyped-def]
    pid = _select(tab, "Krami")
    aid = (
        session.run(
            lambda c: c.save_agreement(Agreement(Counterparty.AF, "AF-7", "Lokal", "2020-01-01"))
        )
        .agreements[0]
        .id
    )
    box = tab.editor.mandate_box
    combo = box.agreement_combos[BasisKind.AF_AGREEMENT]
    assert combo.findData(aid) > 0  # the new agreement is offered at once
    combo.setCurrentIndex(combo.findData(aid))
    box.checks[BasisKind.AF_AGREEMENT].setChecked(True)
    _enter(qtbot, box.decision_reference, "AMN 2021/3")
    _enter(qtbot, box.decision_date, "2021-03-18")
    assert session.catalogue.mandate(pid) == Mandate(
        pid, (LegalBasis(BasisKind.AF_AGREEMENT, aid),), "AMN 2021/3", "2021-03-18"
    )
    _enter(qtbot, box.decision_date, "18 mars")
    assert box.message.text().startswith("Decision date")
    assert session.catalogue.mandate(pid).decision_date == "2021-03-18"
    qtbot.waitUntil(lambda: not tab._attention_due)
    keys_text = "\n".join(tab.attention(pid))
    assert "no agreement" not in keys_text and "no board decision" not in keys_text
    while session.undo_stack.canUndo() and session.catalogue.mandates():
        session.undo_stack.undo()
    assert session.catalogue.mandate(pid) == Mandate(pid)
    assert not box.checks[BasisKind.AF_AGREEMENT].isChecked()


def test_needs_attention_icon_text_and_filter(
    qtbot, qtmodeltester, tab: CatalogueTab, session: CatalogueSession
) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model)
    krami = session.catalogue.find("Krami")
    assert krami is not None and krami.id is not None
    row = tab.model.row_of(krami.id)
    index = tab.model.index(row, cm.COL_NAME)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "“Krami”" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert tab.model.index(row, cm.COL_PLACES).data(Qt.ItemDataRole.DecorationRole) is None
    later = session.run(
        lambda c: c.add_programme(Programme("Framtida", places=5, start_date="2099-01-01"))
    )
    qtbot.waitUntil(lambda: not tab._attention_due)
    later_id = later.programmes[0].id
    total = tab.proxy.rowCount()
    tab.attention_filter.setChecked(True)
    assert tab.proxy.rowCount() == total - 1  # the programme not yet begun has nothing
    assert (
        tab.model.index(tab.model.row_of(later_id), 0).data(Qt.ItemDataRole.DecorationRole) is None
    )
    assert "of" in tab.count_label.text()
    tab.clear_filters()
    assert tab.proxy.rowCount() == total


def test_window_and_cli_show_the_same_findings(
    qtbot, tab: CatalogueTab, example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    assert main(["audit", str(example_path), "--year", str(dt.date.today().year), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    for programme in document["programmes"]:
        assert tab.attention(programme["id"]) == [c["message"] for c in programme["checks"]]


def test_agreements_dialog(qtbot, qtmodeltester, session: CatalogueSession, dialog_answers) -> None:  # type: ignore[no-untyped-def]
    session.catalogue.set_mandate(
        Mandate(1, (LegalBasis(BasisKind.FINSAM, None),), "D", "2020-01-01")
    )
    dialog = AgreementsDialog(session)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 0
    dialog.counterparty.setCurrentIndex(dialog.counterparty.findData("finsam"))
    dialog.reference.setText("SF-2024")
    dialog.valid_from.setText("2024-01-01")
    dialog.valid_to.setText("2023-01-01")
    dialog.save()
    assert "before the start" in dialog.message.text() and session.catalogue.agreements() == []
    dialog.valid_to.setText("2026-12-31")
    dialog.save()
    saved = session.catalogue.agreements()
    assert [a.reference for a in saved] == ["SF-2024"] and dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "SF-2024"
    dialog.title.setText("Finsam Västerås")
    dialog.save()
    assert session.catalogue.agreements()[0].title == "Finsam Västerås"
    session.catalogue.set_mandate(
        Mandate(1, (LegalBasis(BasisKind.FINSAM, saved[0].id),), "D", "2020-01-01")
    )
    dialog.delete()
    assert "confirm" in dialog_answers.kinds()
    assert session.catalogue.agreements() == [] and dialog.model.rowCount() == 0
    assert session.catalogue.mandate(1).bases == (LegalBasis(BasisKind.FINSAM),)
    session.undo_stack.undo()  # the delete, in one step
    assert session.catalogue.mandate(1).bases == (LegalBasis(BasisKind.FINSAM, saved[0].id),)
    dialog.close()


def test_a_read_only_catalogue_cannot_be_edited(qtbot, example_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Catalogue.open(example_path, read_only=True) as catalogue:
        session = CatalogueSession(catalogue)
        dialog = AgreementsDialog(session)
        qtbot.addWidget(dialog)
        assert not dialog.save_button.isEnabled()
        tab = CatalogueTab()
        qtbot.addWidget(tab)
        tab.set_session(session)
        assert not tab.editor.mandate_box.checks[BasisKind.OTHER].isEnabled()
        tab.set_session(None)
        dialog.close()


def test_the_report_chooser_offers_the_audit(qtbot, example: Catalogue) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.core.planning import Period
    from amp_desktop.ui.printing.chooser import ReportChooser, report_maker

    chooser = ReportChooser(None, Period.year(2026), kind="audit")
    qtbot.addWidget(chooser)
    assert chooser.kind() == "audit" and chooser.picker.isEnabled()
    report = report_maker(example, chooser.kind(), chooser.period())()
    assert report.kind == "audit" and report.sections[0].title == "At a glance"


def test_preferences_set_the_audit_thresholds(qtbot, example: Catalogue) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.ui.preferences import PreferencesDialog
    from amp_desktop.ui.settings import Settings

    dialog = PreferencesDialog(Settings(), catalogue=example)
    qtbot.addWidget(dialog)
    assert dialog.audit_group.ending_months.value() == 3
    dialog.audit_group.ending_months.setValue(6)
    dialog.audit_group.far_tertials.setValue(3)
    dialog.accept()
    assert example.audit_settings() == {
        "audit_ending_within_months": 6,
        "audit_far_tertials_running": 3,
    }
    assert PreferencesDialog(Settings()).audit_group.ending_months.isEnabled() is False


class _HeldExecutor:
    """Keeps the work it is given until the test runs it (a worker that is slow)."""

    def __init__(self) -> None:
        self.held: list[tuple[object, object]] = []

    def submit(self, task: object, work: object) -> None:
        self.held.append((task, work))

    def finish(self) -> None:
        from amp_desktop.ui import tasks

        task, work = self.held.pop(0)
        tasks.InlineExecutor().submit(task, work)  # type: ignore[arg-type]


def _host(qtbot, session: CatalogueSession) -> tuple[QWidget, CatalogueTab]:  # type: ignore[no-untyped-def]
    host = QWidget()
    host.resize(1200, 800)
    tab = CatalogueTab(host)
    layout = QVBoxLayout(host)
    layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    layout.addWidget(tab)
    qtbot.addWidget(host)
    tab.set_session(session)
    return host, tab


def test_no_check_runs_before_the_window_is_painted(
    qtbot, session: CatalogueSession, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from amp_desktop.ui import attention

    calls: list[int] = []
    real = attention.audit_data
    monkeypatch.setattr(attention, "audit_data", lambda *a, **k: calls.append(1) or real(*a, **k))
    host, tab = _host(qtbot, session)
    for _ in range(5):
        QCoreApplication.processEvents()
    assert calls == [] and tab._attention_due  # nothing checked while nothing is painted
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: not tab._attention_due)
    assert calls and tab._findings
    tab.set_session(None)
    host.close()


def test_many_programmes_are_checked_in_the_worker_and_a_newer_run_wins(
    qtbot, session: CatalogueSession, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.ui import attention, tasks

    monkeypatch.setattr(attention, "QUICK_PROGRAMMES", 1)
    worker = _HeldExecutor()
    with tasks.use_executor(worker):
        host, tab = _host(qtbot, session)
        host.show()
        qtbot.waitExposed(host)
        qtbot.waitUntil(lambda: len(worker.held) == 1)
        assert tab._findings == {} and tab._attention_due  # the GUI thread did not check
        first = worker.held[0][0]
        tab.refresh_attention()  # e.g. a reload while the first run still works
        qtbot.waitUntil(lambda: first.progress.cancelled)  # type: ignore[attr-defined]
        worker.finish()  # the superseded run stops (Cancelled), the newer one starts
        qtbot.waitUntil(lambda: len(worker.held) == 1)
        assert tab._findings == {}
        worker.finish()
        qtbot.waitUntil(lambda: not tab._attention_due)
    krami = session.catalogue.find("Krami")
    assert krami is not None and tab.attention(krami.id or 0)
    tab.set_session(None)
    host.close()


def test_the_checks_run_off_the_gui_thread(
    qtbot, session: CatalogueSession, monkeypatch: pytest.MonkeyPatch, threaded_tasks: None
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from amp_desktop.ui import attention

    monkeypatch.setattr(attention, "QUICK_PROGRAMMES", 1)
    threads: list[threading.Thread] = []
    real = attention.audit_data
    monkeypatch.setattr(
        attention,
        "audit_data",
        lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k),
    )
    host, tab = _host(qtbot, session)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: not tab._attention_due)
    assert threads and threading.main_thread() not in threads and tab._findings
    tab.set_session(None)
    host.close()


def test_file_export_pdf_of_the_audit_from_the_window(
    make_window, example_path: Path, tmp_path: Path, dialog_answers, capsys
) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from amp_desktop.core.planning import Period
    from amp_desktop.core.reports import KIND_AUDIT

    year = dt.date.today().year
    window = make_window(example_path)
    pdf = tmp_path / "audit.pdf"
    dialog_answers.replies["choose_report"] = (KIND_AUDIT, Period.year(year))
    dialog_answers.replies["save_file"] = str(pdf)
    window.pdf_action.trigger()  # File → Export PDF…, the audit chosen
    assert "choose_report" in dialog_answers.kinds() and pdf.is_file()
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "At a glance" in flat and "Page 1 of" in flat and str(year) in flat
    assert main(["audit", str(example_path), "--year", str(year), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    failing = [p for p in document["programmes"] if p["checks"]]
    assert failing
    for programme in failing:  # programme by programme, with its failing checks
        assert programme["name"] in flat
        assert " ".join(programme["checks"][0]["message"].split()) in flat


def test_several_bases_of_the_same_kind_are_edited(
    qtbot, tab: CatalogueTab, session: CatalogueSession
) -> None:  # type: ignore[no-untyped-def]
    pid = _select(tab, "Krami")
    first = LegalBasis(BasisKind.PROJECT, None, "2024-01-01", "2025-12-31", "ESF Vägen")
    second = LegalBasis(BasisKind.PROJECT, None, "2026-01-01", "2027-12-31", "ESF Nästa steg")
    session.run(lambda c: c.set_mandate(Mandate(pid, (first, second), "AMN 1", "2021-01-01")))
    box = tab.editor.mandate_box
    (row,) = box.more_rows[BasisKind.PROJECT]
    assert row.last is not None and row.last.text() == "2027-12-31"
    _enter(qtbot, box.decision_reference, "AMN 2")
    assert session.catalogue.mandate(pid).bases == (first, second)  # both projects kept
    assert session.catalogue.mandate(pid).decision_reference == "AMN 2"
    # A third project: "+" beside the kind, its dates entered in the new row.
    box.add_buttons[BasisKind.PROJECT].click()
    third = box.more_rows[BasisKind.PROJECT][-1]
    assert len(box.more_rows[BasisKind.PROJECT]) == 2 and third.first is not None
    _enter(qtbot, third.first, "2028-01-01")
    assert third.last is not None
    _enter(qtbot, third.last, "2027-01-01")
    assert box.message.text().startswith("Project dates")  # not saved
    assert session.catalogue.mandate(pid).bases[2].valid_to is None  # the start was saved
    _enter(qtbot, third.last, "2029-06-30")
    assert session.catalogue.mandate(pid).bases[2] == LegalBasis(
        BasisKind.PROJECT, None, "2028-01-01", "2029-06-30"
    )
    # A second AF agreement beside the first.
    aid = (
        session.run(
            lambda c: c.save_agreement(Agreement(Counterparty.AF, "AF-8", "Ny", "2020-01-01"))
        )
        .agreements[0]
        .id
    )
    box.add_buttons[BasisKind.AF_AGREEMENT].click()
    assert box.checks[BasisKind.AF_AGREEMENT].isChecked()
    combo = box.more_rows[BasisKind.AF_AGREEMENT][0].combo
    assert combo is not None and combo.findData(aid) > 0
    combo.setCurrentIndex(combo.findData(aid))
    combo.activated.emit(combo.currentIndex())
    kinds = [b.kind for b in session.catalogue.mandate(pid).bases]
    assert kinds.count(BasisKind.AF_AGREEMENT) == 2 and kinds.count(BasisKind.PROJECT) == 3
    # Remove the second project; undo brings it back in its row.
    box.more_rows[BasisKind.PROJECT][0].remove.click()
    assert [b.text for b in session.catalogue.mandate(pid).bases if b.text] == ["ESF Vägen"]
    session.undo_stack.undo()
    assert second in session.catalogue.mandate(pid).bases
    assert len(box.more_rows[BasisKind.PROJECT]) == 2
    box.checks[BasisKind.PROJECT].setChecked(False)  # the kind is no basis: none of it
    assert [b.kind for b in session.catalogue.mandate(pid).bases] == [
        BasisKind.AF_AGREEMENT,
        BasisKind.AF_AGREEMENT,
    ]
    assert box.more_rows[BasisKind.PROJECT] == []


@pytest.mark.parametrize("kind", list(BasisKind))
def test_every_field_of_every_kind_of_basis_is_edited_one_undo_step_each(
    qtbot, tab: CatalogueTab, session: CatalogueSession, kind: BasisKind
) -> None:  # type: ignore[no-untyped-def]
    """#14 item 1 (second audit): the dates of a basis other than a project, and a
    project's name, were only shown (set through Excel); every field the Mandates sheet
    carries — agreement, valid from/to, text — is now edited in the window."""
    from dataclasses import fields

    from amp_desktop.core.excel.mandate_sheets import MANDATE_HEADERS

    assert [h[0] for h in MANDATE_HEADERS[3:7]] == ["Agreement", "Valid from", "Valid to", "Text"]
    assert [f.name for f in fields(LegalBasis)] == [
        "kind", "agreement_id", "valid_from", "valid_to", "text"
    ]  # fmt: skip
    pid = _select(tab, "Krami")
    party = Counterparty.FINSAM if kind is BasisKind.FINSAM else Counterparty.AF
    made = session.run(lambda c: c.save_agreement(Agreement(party, "AVT-1", "Avtalet")))
    aid = made.agreements[0].id
    session.run(lambda c: c.set_mandate(Mandate(pid, (), "AMN 1", "2021-01-01")))
    box = tab.editor.mandate_box
    fields_of = box.first_rows[kind]
    assert not fields_of.isVisibleTo(box)  # not ticked: no fields
    box.checks[kind].setChecked(True)
    assert fields_of.isVisibleTo(box)
    steps = session.undo_stack.count()
    fields_of.combo.setCurrentIndex(fields_of.combo.findData(aid))
    fields_of.combo.activated.emit(fields_of.combo.currentIndex())
    _enter(qtbot, fields_of.first, "2024-01-01")
    _enter(qtbot, fields_of.last, "2026-06-30")
    fields_of.text.setText("ESF Vägen")  # (keyClicks types ASCII only)
    fields_of.text.editingFinished.emit()
    assert session.catalogue.mandate(pid).bases == (
        LegalBasis(kind, aid, "2024-01-01", "2026-06-30", "ESF Vägen"),
    )
    assert session.undo_stack.count() == steps + 4  # one undo step per field
    session.undo_stack.undo()
    assert session.catalogue.mandate(pid).bases == (
        LegalBasis(kind, aid, "2024-01-01", "2026-06-30"),
    )
    assert fields_of.text.text() == ""
    _enter(qtbot, fields_of.last, "2023-12-31")  # before the start: not saved, said
    assert box.message.isVisibleTo(box) and box.message.text()
    assert session.catalogue.mandate(pid).bases[0].valid_to == "2026-06-30"
    # A second basis of the same kind, with its own fields, kept by the next edit.
    box.add_buttons[kind].click()
    (more,) = box.more_rows[kind]
    _enter(qtbot, more.first, "2027-01-01")
    _enter(qtbot, fields_of.last, "2026-06-30")
    _enter(qtbot, box.decision_reference, "AMN 2")
    assert session.catalogue.mandate(pid).bases == (
        LegalBasis(kind, aid, "2024-01-01", "2026-06-30"),
        LegalBasis(kind, None, "2027-01-01"),
    )


def test_dates_typed_year_first_in_any_spelling_are_kept_as_amp_keeps_dates(
    qtbot, tab: CatalogueTab, session: CatalogueSession, dialog_answers
) -> None:  # type: ignore[no-untyped-def]
    """The store keeps a mandate's dates only as YYYY-MM-DD: the window writes what
    is typed in that form first (2021-3-18 and 20210318 were refused, or kept as
    typed), and still refuses a day-first date."""
    pid = _select(tab, "Krami")
    box = tab.editor.mandate_box
    _enter(qtbot, box.decision_date, "2021-3-18")
    assert session.catalogue.mandate(pid).decision_date == "2021-03-18"
    assert box.decision_date.text() == "2021-03-18"  # shown as kept
    _enter(qtbot, box.decision_date, "20220401")
    assert session.catalogue.mandate(pid).decision_date == "2022-04-01"
    _enter(qtbot, box.decision_date, "1/4/2022")
    assert box.message.text().startswith("Decision date")
    assert session.catalogue.mandate(pid).decision_date == "2022-04-01"
    _enter(qtbot, box.decision_date, "2022-04-01")
    box.checks[BasisKind.PROJECT].setChecked(True)
    project = box.first_rows[BasisKind.PROJECT]
    _enter(qtbot, project.first, "2024/1/1")
    _enter(qtbot, project.last, "2026.6.30")
    (basis,) = session.catalogue.mandate(pid).bases
    assert (basis.valid_from, basis.valid_to) == ("2024-01-01", "2026-06-30")
    dialog = AgreementsDialog(session)
    qtbot.addWidget(dialog)
    dialog.reference.setText("AF-9")
    dialog.valid_from.setText("2024-2-1")
    dialog.valid_to.setText("20261231")
    dialog.save()
    (agreement,) = session.catalogue.agreements()
    assert (agreement.valid_from, agreement.valid_to) == ("2024-02-01", "2026-12-31")
    dialog.close()
