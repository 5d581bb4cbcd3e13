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
