"""The Agreements dialog: the catalogue's agreements with AF, FK, coordination
associations and regions — listed, added, edited and deleted, each an undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.mandate import Agreement, Counterparty, check_dates, counterparty_label
from amp_desktop.core.parse import written_date
from amp_desktop.core.store import ChangeSet
from amp_desktop.ui import dialogs
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.window_size import resize_for_font

_Index = QModelIndex | QPersistentModelIndex


class AgreementsModel(QAbstractTableModel):
    """The agreements, one row each: with whom, reference, title, valid from/to."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._agreements: list[Agreement] = []

    def load(self, agreements: list[Agreement]) -> None:
        self.beginResetModel()
        self._agreements = list(agreements)
        self.endResetModel()

    def agreement_at(self, row: int) -> Agreement:
        return self._agreements[row]

    def row_of(self, agreement_id: int) -> int:
        return next((n for n, a in enumerate(self._agreements) if a.id == agreement_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._agreements)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        a = self._agreements[index.row()]
        values = (
            counterparty_label(a.counterparty),
            a.reference,
            a.title,
            a.valid_from or "",
            a.valid_to or "",
        )
        return values[index.column()]

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("With"),
            self.tr("Reference"),
            self.tr("Title"),
            self.tr("Valid from"),
            self.tr("Valid to"),
        )
        return titles[section] if 0 <= section < len(titles) else None


class AgreementsDialog(QDialog):
    """Lists the agreements; the form below edits the one selected, or a new one."""

    def __init__(self, session: CatalogueSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agreements_dialog")
        self.setWindowTitle(self.tr("Agreements"))
        resize_for_font(self, 720, 460)
        self.session = session
        self.model = AgreementsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("agreements_table")
        self.table.setAccessibleName(self.tr("Agreements"))
        self.table.setTabKeyNavigation(False)  # (read-only) Tab moves on to the form
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda c, _p: self._show(c.row()))

        self.counterparty = QComboBox()
        self.counterparty.setObjectName("counterparty")
        for party in Counterparty:
            self.counterparty.addItem(counterparty_label(party), party.value)
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.valid_from = QLineEdit()
        self.valid_from.setObjectName("valid_from")
        self.valid_to = QLineEdit()
        self.valid_to.setObjectName("valid_to")
        for line in (self.valid_from, self.valid_to):
            line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        form = QFormLayout()
        # (each label is its field's buddy: Alt+letter goes to it, a screen reader says it)
        form.addRow(self.tr("Wit&h:"), self.counterparty)
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow(self.tr("Valid &from:"), self.valid_from)
        form.addRow(self.tr("Valid &to:"), self.valid_to)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.message = QLabel()
        self.message.setObjectName("agreement_message")
        self.message.setWordWrap(True)
        self.message.hide()

        self.new_button = QPushButton(self.tr("Ne&w"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        # Enter in a field saves what was typed (the first button, New, would empty it).
        self.save_button.setDefault(True)
        for button in (self.new_button, self.delete_button):
            button.setAutoDefault(False)
        read_only = session.catalogue.read_only
        for button in (self.new_button, self.save_button, self.delete_button):
            button.setEnabled(not read_only)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Agreements the programmes' legal bases link to: with Arbetsförmedlingen "
                    "(lag 2009:47), Försäkringskassan, a coordination association or a region."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._editing: int | None = None
        session.changed.connect(self._on_changed)
        self.finished.connect(lambda _r: session.changed.disconnect(self._on_changed))
        self.reload()
        self.start_new() if self.model.rowCount() == 0 else self.table.selectRow(0)

    def reload(self) -> None:
        self.model.load(self.session.catalogue.agreements())

    def _on_changed(self, change: ChangeSet) -> None:
        if change.agreements:
            self.reload()
            row = self.model.row_of(self._editing) if self._editing is not None else -1
            if row >= 0:
                self.table.selectRow(row)

    def _show(self, row: int) -> None:
        if row < 0:
            return
        a = self.model.agreement_at(row)
        self._editing = a.id
        self.counterparty.setCurrentIndex(max(0, self.counterparty.findData(a.counterparty.value)))
        self.reference.setText(a.reference)
        self.title.setText(a.title)
        self.valid_from.setText(a.valid_from or "")
        self.valid_to.setText(a.valid_to or "")
        self.notes.setText(a.notes)
        self._set_message("")

    def start_new(self) -> None:
        """Empty the form for a new agreement (saved with Save)."""
        self._editing = None
        self.table.clearSelection()
        for line in (self.reference, self.title, self.valid_from, self.valid_to, self.notes):
            line.clear()
        self.counterparty.setCurrentIndex(0)
        self.reference.setFocus()

    def form_agreement(self) -> Agreement | str:
        """The agreement the form says, or a message naming the field that cannot be
        saved (which then has the focus)."""
        first = written_date(self.valid_from.text())
        last = written_date(self.valid_to.text())
        fields = (
            (self.valid_from, self.tr("Valid from"), check_dates(first, None)),
            (self.valid_to, self.tr("Valid to"), check_dates(None, last)),
            (self.valid_to, self.tr("Valid to"), check_dates(first, last)),
        )
        for line, name, problem in fields:
            if problem:
                line.setFocus()
                return f"{name}: {problem}"
        if not (self.reference.text().strip() or self.title.text().strip()):
            self.reference.setFocus()
            return self.tr(
                "Give the agreement a reference or a title: the legal bases name it by them."
            )
        return Agreement(
            Counterparty(self.counterparty.currentData()),
            self.reference.text().strip(),
            self.title.text().strip(),
            first,
            last,
            self.notes.text().strip(),
            self._editing,
        )

    def save(self) -> None:
        agreement = self.form_agreement()
        if isinstance(agreement, str):
            self._set_message(agreement)
            return
        self._set_message("")
        change = self.session.run(
            lambda catalogue: catalogue.save_agreement(agreement),
            parent=self,
            title=self.tr("Not saved"),
        )
        if change is not None and change.agreements:
            self._editing = change.agreements[0].id
            self.table.selectRow(self.model.row_of(self._editing))

    def delete(self) -> None:
        if self._editing is None:
            return
        agreement = self.session.catalogue.agreement(self._editing)
        if agreement is None or not dialogs.confirm(
            self, self.tr("Delete agreement"), self._delete_question(agreement), self.tr("Delete")
        ):
            return
        deleted = self._editing
        self.session.run(
            lambda catalogue: catalogue.delete_agreement(deleted),
            parent=self,
            title=self.tr("Not deleted"),
        )
        self.start_new()

    def _delete_question(self, agreement: Agreement) -> str:
        """The question before a delete, naming the programmes whose basis links to it."""
        catalogue = self.session.catalogue
        mandates = catalogue.mandates()
        linked = [
            p.name
            for p in catalogue.programmes()
            if p.id in mandates and agreement.id in mandates[p.id].agreement_ids()
        ]
        if not linked:
            return self.tr("Delete “{name}”? No programme's legal basis links to it.").format(
                name=agreement.label()
            )
        return self.tr(
            "Delete “{name}”? The legal basis of these programmes links to it: {programmes}. "
            "They keep the basis, without the agreement, and the checks will flag what that "
            "leaves them without. You can undo this."
        ).format(name=agreement.label(), programmes=", ".join(linked))

    def _set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
