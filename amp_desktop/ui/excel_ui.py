"""File → Export to Excel and File → Import from Excel: the window's side of Excel exchange.

:func:`export_workbook` asks where to save and writes the workbook.
:class:`ImportDialog` shows what AMP understood (mapping the user can correct,
problems with their cells), then the changes (added, changed, missing,
conflicts to decide, new referral sources), and applies them as one undoable
step — or cancels with nothing changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.domain import FIELD_BY_NAME, FIELDS
from amp_desktop.core.excel import columns as cols
from amp_desktop.core.excel.export import export_workbook as write_workbook
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.preview import KEEP_AMP, TAKE_WORKBOOK, ImportPreview
from amp_desktop.core.excel.read import cell_text
from amp_desktop.core.excel.safety import ExcelFileError
from amp_desktop.core.rules import RuleError
from amp_desktop.core.store import ConflictError, StoreError
from amp_desktop.ui import dialogs
from amp_desktop.ui.session import CatalogueSession

XLSX_FILTER = "Excel (*.xlsx *.xlsm)"


def export_workbook(parent: QWidget | None, session: CatalogueSession) -> Path | None:
    """Ask where to save, write the workbook, and return its path (None if cancelled)."""
    title = QCoreApplication.translate("Excel", "Export to Excel")
    suggested = str(session.catalogue.path.with_suffix(".xlsx"))
    chosen = dialogs.save_file(parent, title, suggested, XLSX_FILTER)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        path = path.with_suffix(".xlsx")
    try:
        with dialogs.busy():
            return write_workbook(session.catalogue, path)
    except OSError as exc:
        dialogs.error(parent, title, f"{path.name}: {exc.strerror or exc}")
        return None


def choose_workbook(parent: QWidget | None) -> str:
    """Ask for a workbook to import; "" when cancelled."""
    title = QCoreApplication.translate("Excel", "Import from Excel")
    return dialogs.open_file(parent, title, "", XLSX_FILTER)


def import_workbook(parent: QWidget | None, session: CatalogueSession, chosen: str = "") -> bool:
    """Run the import dialog on *chosen* (asked for when empty); True if applied."""
    title = QCoreApplication.translate("Excel", "Import from Excel")
    chosen = chosen or choose_workbook(parent)
    if not chosen:
        return False
    try:
        dialog = ImportDialog(session, Path(chosen), parent)
    except ExcelFileError as exc:
        dialogs.error(parent, title, str(exc))
        return False
    return dialog.exec() == QDialog.DialogCode.Accepted


class ImportDialog(QDialog):
    """The import preview: page 1 what AMP understood, page 2 the changes.

    Raises :class:`ExcelFileError` when the workbook cannot be read at all.
    """

    def __init__(self, session: CatalogueSession, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.path = Path(path)
        self.setWindowTitle(self.tr("Import from Excel: {name}").format(name=self.path.name))
        self.resize(820, 600)
        self._programme_map: dict[str, str] = {}
        with dialogs.busy():
            self.preview: ImportPreview = analyse(session.catalogue, self.path)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_understood())
        self.pages.addWidget(self._build_changes())
        # A wizard's order on every platform, which QDialogButtonBox (it puts Apply,
        # an accept button, before Back and Next) cannot give.
        self.back_button = QPushButton(self.tr("< Back"))
        self.next_button = QPushButton(self.tr("Next >"))
        self.apply_button = QPushButton(self.tr("Apply"))
        # Qt's own word, as on its standard Cancel buttons (translated by Qt and by us).
        self.cancel_button = QPushButton(QCoreApplication.translate("QPlatformTheme", "Cancel"))
        self.back_button.clicked.connect(lambda: self.show_page(0))
        self.next_button.clicked.connect(lambda: self.show_page(1))
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.back_button)
        self.buttons.addWidget(self.next_button)
        self.buttons.addSpacing(12)
        self.buttons.addWidget(self.apply_button)
        self.buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        # A fixed minimum from the layout makes the offscreen platform warn; the
        # dialog is resizable anyway.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.pages)
        layout.addLayout(self.buttons)
        self._refresh()
        self.show_page(0)

    # -- page 1: what AMP understood --------------------------------------------------
    def _build_understood(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.understood_label = QLabel(page)
        self.understood_label.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 4, page)
        self.mapping_table.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Header in the workbook"),
                self.tr("AMP field"),
                self.tr("First value"),
            ]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch
        )
        self.unmatched_label = QLabel(
            self.tr("Programmes in the list that are not in the catalogue:"), page
        )
        self.unmatched_table = QTableWidget(0, 2, page)
        self.unmatched_table.setHorizontalHeaderLabels(
            [self.tr("Name in the list"), self.tr("Count as")]
        )
        self.unmatched_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.unmatched_table.verticalHeader().setVisible(False)
        self.problem_label = QLabel(page)
        self.problem_list = QListWidget(page)
        layout.addWidget(self.understood_label)
        layout.addWidget(self.mapping_table, 3)
        layout.addWidget(self.unmatched_label)
        layout.addWidget(self.unmatched_table, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.problem_list, 2)
        return page

    def _field_choices(self) -> list[tuple[str, str]]:
        if self.preview.kind == "referrals":
            return [("", self.tr("(not read)"))] + [
                (f, cols.header(f)) for f in ("date", "programme", "source", "gender", "need_level")
            ]
        choices = [("", self.tr("(not read)"))]
        if self.preview.kind == "export":
            choices.append(("id", cols.header("id")))
        choices += [(spec.name, spec.label()) for spec in FIELDS]
        choices.append(("referral_sources", self.tr("Referral sources")))
        return choices

    def _fill_understood(self) -> None:
        from openpyxl.utils import get_column_letter

        preview = self.preview
        kinds = {
            "export": self.tr("a workbook exported from AMP"),
            "catalogue": self.tr("a sheet of programmes"),
            "referrals": self.tr("a list of referrals"),
        }
        self.understood_label.setText(
            self.tr(
                "AMP read {file} as {kind}: sheet “{sheet}”, header in row {row}. Correct the fields below if a column was read wrongly."
            ).format(
                file=self.path.name,
                kind=kinds.get(preview.kind, preview.kind),
                sheet=preview.sheet,
                row=preview.header_row,
            )
        )
        choices = self._field_choices()
        table = self.mapping_table
        table.setRowCount(0)
        first = self._first_values()
        for col, header in enumerate(preview.headers):
            if not header and col not in preview.mapping:
                continue
            row = table.rowCount()
            table.insertRow(row)
            letter = QTableWidgetItem(get_column_letter(col + 1))
            letter.setData(Qt.ItemDataRole.UserRole, col)
            table.setItem(row, 0, letter)
            table.setItem(row, 1, QTableWidgetItem(header))
            combo = QComboBox(table)
            for value, label in choices:
                combo.addItem(label, value)
            index = combo.findData(preview.mapping.get(col, ""))
            combo.setCurrentIndex(max(index, 0))
            combo.currentIndexChanged.connect(self._remap)
            table.setCellWidget(row, 2, combo)
            table.setItem(row, 3, QTableWidgetItem(first.get(col, "")))
        table.resizeColumnToContents(0)
        table.setColumnWidth(2, 220)
        self._fill_unmatched()
        problems = [p for p in preview.problems if p.blocking]
        notes = len(preview.problems) - len(problems) + len(preview.summary)
        if not problems and not notes:
            text = self.tr("No problems or notes.")
        elif not problems:
            text = self.tr("No problems; notes ({m}):").format(m=notes)
        else:
            text = self.tr(
                "Problems ({n}): those cells keep the value they have in AMP. Notes ({m}):"
            ).format(n=len(problems), m=notes)
        self.problem_label.setText(text)
        self.problem_list.clear()
        for note in preview.summary:
            self.problem_list.addItem(QListWidgetItem(note))
        for problem in preview.problems:
            prefix = self.tr("Problem") if problem.blocking else self.tr("Note")
            self.problem_list.addItem(QListWidgetItem(f"{prefix} — {problem}"))

    def _first_values(self) -> dict[int, str]:
        sample = self.preview.samples[0] if self.preview.samples else {}
        return {
            col: sample.get(field, "")
            for col, field in self.preview.mapping.items()
            if field in sample
        }

    def _fill_unmatched(self) -> None:
        table = self.unmatched_table
        table.setRowCount(0)
        visible = bool(self.preview.unmatched)
        self.unmatched_label.setVisible(visible)
        table.setVisible(visible)
        names = [p.name for p in self.session.catalogue.programmes()]
        for text in self.preview.unmatched:
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(text))
            combo = QComboBox(table)
            combo.addItem(self.tr("(leave out)"), "")
            for name in names:
                combo.addItem(name, name)
            combo.currentIndexChanged.connect(lambda _i, t=text, c=combo: self._map_programme(t, c))
            table.setCellWidget(row, 1, combo)

    def _map_programme(self, text: str, combo: QComboBox) -> None:
        target = combo.currentData()
        if target:
            self._programme_map[text] = target
        else:
            self._programme_map.pop(text, None)
        self._reanalyse(None)

    def mapping(self) -> dict[str, str]:
        """The mapping the user has set, by column letter."""
        out: dict[str, str] = {}
        for row in range(self.mapping_table.rowCount()):
            letter = self.mapping_table.item(row, 0).text()
            combo = self.mapping_table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            out[letter] = combo.currentData() or ""
        return out

    def _remap(self) -> None:
        self._reanalyse(self.mapping())

    def _reanalyse(self, mapping: dict[str, str] | None) -> None:
        if mapping is None:
            mapping = self.mapping()
        try:
            with dialogs.busy():
                self.preview = analyse(
                    self.session.catalogue,
                    self.path,
                    self.preview.kind,
                    mapping,
                    self._programme_map or None,
                )
        except ExcelFileError as exc:
            dialogs.error(self, self.windowTitle(), str(exc))
            return
        self._refresh()

    # -- page 2: the changes -------------------------------------------------------------
    def _build_changes(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.changes_label = QLabel(page)
        self.changes_label.setWordWrap(True)
        self.changes_tree = QTreeWidget(page)
        self.changes_tree.setHeaderLabels(
            [self.tr("Programme / field"), self.tr("Now in AMP"), self.tr("From the workbook")]
        )
        self.changes_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.conflict_label = QLabel(
            self.tr("Changed in AMP after the export and in the workbook — choose which to keep:"),
            page,
        )
        self.conflict_label.setWordWrap(True)
        self.conflict_table = QTableWidget(0, 5, page)
        self.conflict_table.setHorizontalHeaderLabels(
            [
                self.tr("Programme"),
                self.tr("Field"),
                self.tr("AMP now"),
                self.tr("Workbook"),
                self.tr("Keep"),
            ]
        )
        self.conflict_table.verticalHeader().setVisible(False)
        self.conflict_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.remove_missing = QCheckBox(page)
        self.sources_label = QLabel(
            self.tr("Referral sources AMP does not know yet — create them:"), page
        )
        self.sources_list = QListWidget(page)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes_tree, 3)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.conflict_table, 1)
        layout.addWidget(self.remove_missing)
        layout.addWidget(self.sources_label)
        layout.addWidget(self.sources_list, 1)
        return page

    def _fill_changes(self) -> None:
        preview = self.preview
        counts = preview.counts()
        self.changes_label.setText(
            self.tr(
                "{added} to add, {changed} to change, {missing} missing from the workbook, {unchanged} unchanged, {demand} changes to referrals, {conflicts} conflicts."
            ).format(
                added=counts["added"],
                changed=counts["changed"],
                missing=len(preview.removed),
                unchanged=counts["unchanged"],
                demand=len(preview.demand),
                conflicts=counts["conflicts"],
            )
        )
        tree = self.changes_tree
        tree.clear()
        if preview.added:
            group = QTreeWidgetItem(tree, [self.tr("Added ({n})").format(n=len(preview.added))])
            for programme in preview.added:
                QTreeWidgetItem(group, [programme.name, "", self.tr("new")])
        changed: dict[str, list[dict[str, Any]]] = {}
        for change in preview.field_changes():
            if not change["field"].startswith("demand:"):
                changed.setdefault(change["programme"], []).append(change)
        if changed:
            group = QTreeWidgetItem(tree, [self.tr("Changed ({n})").format(n=len(changed))])
            for name, fields in changed.items():
                item = QTreeWidgetItem(group, [name])
                for change in fields:
                    label = (
                        FIELD_BY_NAME[change["field"]].label()
                        if change["field"] in FIELD_BY_NAME
                        else cols.header(change["field"])
                        if change["field"] == "referral_sources"
                        else change["field"]
                    )
                    QTreeWidgetItem(item, [label, change["old"] or "", change["new"] or ""])
        if preview.removed:
            group = QTreeWidgetItem(
                tree, [self.tr("Missing from the workbook ({n})").format(n=len(preview.removed))]
            )
            for programme in preview.removed:
                QTreeWidgetItem(group, [programme.name])
        if preview.demand:
            group = QTreeWidgetItem(
                tree, [self.tr("Referrals ({n} cells)").format(n=len(preview.demand))]
            )
            for change in preview.demand[:500]:
                key = change.key
                QTreeWidgetItem(
                    group,
                    [
                        f"{preview.names.get(key.programme_id, '')} · {key.month} · {key.source or '–'} · {cols.enum_text(key.kind)}",
                        cell_text(change.before),
                        cell_text(change.after),
                    ],
                )
        # Show the fields of a few changed programmes at once; many stay folded.
        tree.expandToDepth(1 if len(changed) <= 10 else 0)
        self._fill_conflicts()
        self.remove_missing.setText(
            self.tr("Remove the {n} programmes missing from the workbook").format(
                n=len(preview.removed)
            )
        )
        self.remove_missing.setVisible(bool(preview.removed))
        self.remove_missing.setChecked(False)
        self.sources_list.clear()
        for code in preview.new_sources:
            item = QListWidgetItem(code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sources_list.addItem(item)
        self.sources_label.setVisible(bool(preview.new_sources))
        self.sources_list.setVisible(bool(preview.new_sources))

    def _fill_conflicts(self) -> None:
        table = self.conflict_table
        table.setRowCount(0)
        for index, conflict in enumerate(self.preview.conflicts):
            table.insertRow(index)
            label = (
                FIELD_BY_NAME[conflict.field].label()
                if conflict.field in FIELD_BY_NAME
                else conflict.field
            )
            for col, text in enumerate(
                (conflict.programme, label, conflict.amp or "", conflict.workbook or "")
            ):
                table.setItem(index, col, QTableWidgetItem(text))
            combo = QComboBox(table)
            combo.addItem(self.tr("Keep AMP's"), KEEP_AMP)
            combo.addItem(self.tr("Take the workbook's"), TAKE_WORKBOOK)
            table.setCellWidget(index, 4, combo)
        visible = bool(self.preview.conflicts)
        self.conflict_label.setVisible(visible)
        table.setVisible(visible)

    def resolutions(self) -> dict[int, str]:
        out = {}
        for row in range(self.conflict_table.rowCount()):
            combo = self.conflict_table.cellWidget(row, 4)
            assert isinstance(combo, QComboBox)
            out[row] = combo.currentData()
        return out

    def set_resolution(self, index: int, choice: str) -> None:
        combo = self.conflict_table.cellWidget(index, 4)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(choice))

    def sources_to_create(self) -> set[str]:
        return {
            self.sources_list.item(i).text()
            for i in range(self.sources_list.count())
            if self.sources_list.item(i).checkState() == Qt.CheckState.Checked
        }

    # -- flow ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        self._fill_understood()
        self._fill_changes()

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index == 0)
        self.apply_button.setEnabled(index == 1)
        self.apply_button.setDefault(index == 1)
        self.next_button.setDefault(index == 0)

    def apply(self) -> None:
        """Apply the changes as one change set: one undo step."""
        change = self.preview.changeset(
            self.tr("Import {name}").format(name=self.path.name),
            remove_missing=self.remove_missing.isChecked(),
            resolutions=self.resolutions(),
            create_sources=self.sources_to_create(),
        )
        try:
            with dialogs.busy():
                self.session.record(self.session.catalogue.apply(change))
        except (RuleError, ConflictError, StoreError) as exc:
            dialogs.error(self, self.windowTitle(), str(exc))
            return
        self.accept()


__all__ = ["ImportDialog", "export_workbook", "import_workbook"]
