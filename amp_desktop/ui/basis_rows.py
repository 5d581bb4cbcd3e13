"""One more legal basis of a kind in the editor's mandate group: a second ESF project
with its dates, a second agreement with Arbetsförmedlingen, another "other" text.

The first basis of each kind is edited beside its tick box (:mod:`.mandate_box`);
each further one is a :class:`BasisRow` under it, with a button that removes it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from amp_desktop.core.mandate import Agreement, BasisKind, Counterparty, LegalBasis, check_dates

#: Kinds of basis that name an agreement, and with whom such an agreement is.
AGREEMENT_KINDS = {BasisKind.AF_AGREEMENT: Counterparty.AF, BasisKind.FINSAM: Counterparty.FINSAM}
#: Kinds a programme may rest on more than once (each with its own detail).
REPEATABLE = (*AGREEMENT_KINDS, BasisKind.PROJECT, BasisKind.OTHER)


class BasisRow(QWidget):
    """A further basis of *kind*: its agreement, its dates or its text, and Remove."""

    #: A field was finished: save.
    edited = Signal()
    #: Remove pressed.
    remove_requested = Signal()

    def __init__(self, kind: BasisKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"more_{kind.value}")
        self._shown = LegalBasis(kind)
        self.combo: QComboBox | None = None
        self.first: QLineEdit | None = None
        self.last: QLineEdit | None = None
        self.text: QLineEdit | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        if kind in AGREEMENT_KINDS:
            self.combo = QComboBox()
            self.combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.combo.setMinimumContentsLength(12)
            self.combo.setAccessibleName(self.tr("Which agreement"))
            self.combo.activated.connect(lambda _i: self.edited.emit())
            row.addWidget(self.combo, 1)
        elif kind is BasisKind.PROJECT:
            self.first = self._line(self.tr("from YYYY-MM-DD"))
            self.last = self._line(self.tr("to YYYY-MM-DD"))
            row.addWidget(self.first)
            row.addWidget(self.last)
        else:
            self.text = self._line(self.tr("What the programme rests on"))
            row.addWidget(self.text, 1)
        self.remove = QToolButton()
        self.remove.setText("−")
        self.remove.setToolTip(self.tr("Remove this basis"))
        self.remove.setAccessibleName(self.tr("Remove this basis"))
        self.remove.clicked.connect(self.remove_requested.emit)
        row.addWidget(self.remove)

    def _line(self, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setPlaceholderText(placeholder)
        line.setAccessibleName(placeholder)
        line.editingFinished.connect(self.edited.emit)
        return line

    def focus_first_field(self) -> None:
        next(w for w in (self.combo, self.first, self.text) if w is not None).setFocus()

    def fill_agreements(self, agreements: list[Agreement], none_text: str) -> None:
        """Offer the agreements with this kind's counterparty, keeping the choice."""
        if self.combo is None:
            return
        current = self.combo.currentData()
        self.combo.clear()
        self.combo.addItem(none_text, None)
        for agreement in agreements:
            if agreement.counterparty is AGREEMENT_KINDS[self.kind]:
                self.combo.addItem(agreement.label(), agreement.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))

    def set_basis(self, basis: LegalBasis) -> None:
        """Show *basis* (what the row does not edit is kept when it is read)."""
        self._shown = basis
        if self.combo is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(basis.agreement_id)))
        if self.first is not None and self.last is not None:
            self.first.setText(basis.valid_from or "")
            self.last.setText(basis.valid_to or "")
        if self.text is not None:
            self.text.setText(basis.text)

    def basis(self) -> LegalBasis | str | None:
        """The basis the row says; None while it is empty (not saved); a message
        naming what cannot be read."""
        if self.combo is not None:
            chosen = self.combo.currentData()
            return None if chosen is None else replace(self._shown, agreement_id=chosen)
        if self.first is not None and self.last is not None:
            dates = (self.first.text().strip() or None, self.last.text().strip() or None)
            if dates == (None, None) and not self._shown.text:
                return None
            problem = check_dates(*dates)
            if problem:
                return self.tr("Project dates: {problem}").format(problem=problem)
            return replace(self._shown, valid_from=dates[0], valid_to=dates[1])
        assert self.text is not None
        text = self.text.text().strip()
        return replace(self._shown, text=text) if text else None

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.combo, self.remove):
            if widget is not None:
                widget.setEnabled(not read_only)
        for line in (self.first, self.last, self.text):
            if line is not None:
                line.setReadOnly(read_only)
