"""The fields of one legal basis in the editor's mandate group: its agreement, its
valid from/to dates and its text (a project's name, what "other" rests on, a note) —
every field the Mandates sheet carries, so nothing is set only through Excel.

The first basis of each kind is a :class:`BasisRow` under its tick box, with "+" for
another of the kind (a second ESF project, a second agreement with Arbetsförmedlingen);
each further one is a row under it, with "−" that removes it (:mod:`.mandate_box`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QToolButton, QWidget

from amp_desktop.core.mandate import (
    Agreement,
    BasisKind,
    Counterparty,
    LegalBasis,
    check_dates,
    counterparty_label,
)
from amp_desktop.core.parse import written_date

#: Kinds of basis that name an agreement, and with whom such an agreement is.
AGREEMENT_KINDS = {BasisKind.AF_AGREEMENT: Counterparty.AF, BasisKind.FINSAM: Counterparty.FINSAM}
#: Kinds a programme may rest on more than once (each with its own detail): all of
#: them, as the Mandates sheet allows (a second employer basis was dropped unseen).
REPEATABLE = tuple(BasisKind)
#: How far a basis's fields sit in from its tick box.
INDENT = 22


class BasisRow(QWidget):
    """One basis of *kind*: which agreement, valid from/to, its text; with "+" (the
    kind's first basis, *first*) or "−" (a further one)."""

    #: A field was finished: save.
    edited = Signal()
    #: "−" pressed.
    remove_requested = Signal()
    #: "+" pressed (the first row of a kind).
    add_requested = Signal()

    def __init__(self, kind: BasisKind, parent: QWidget | None = None, *, first: bool = False):
        super().__init__(parent)
        self.kind = kind
        self.is_first = first
        self.setObjectName(f"{'basis' if first else 'more'}_{kind.value}_fields")
        self._shown = LegalBasis(kind)
        self._stored = False  # shows a stored basis (not a row just added, still empty)
        self._agreements: list[Agreement] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(INDENT, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        # An agreement's basis names the agreement first; the others their dates and
        # text (a project's name), an agreement last.  Made in that order: Tab follows.
        agreement_first = kind in AGREEMENT_KINDS
        if not agreement_first:
            self.first, self.last, self.text = self._dates_and_text(kind)
        self.combo: QComboBox = QComboBox()
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        self.combo.setAccessibleName(self.tr("Which agreement"))
        self.combo.activated.connect(lambda _i: self.edited.emit())
        if agreement_first:
            self.first, self.last, self.text = self._dates_and_text(kind)
        rows = (0, 1, 2) if agreement_first else (2, 0, 1)  # combo, dates, text
        grid.addWidget(self.combo, rows[0], 0, 1, 2)
        grid.addWidget(self.first, rows[1], 0)
        grid.addWidget(self.last, rows[1], 1)
        grid.addWidget(self.text, rows[2], 0, 1, 2)
        self.button = QToolButton()
        if first:
            self.button.setObjectName(f"add_{kind.value}")
            self.button.setText("+")
            tip = self.tr("Another basis of this kind (e.g. a second ESF project)")
            self.button.clicked.connect(self.add_requested.emit)
        else:
            self.button.setText("−")
            tip = self.tr("Remove this basis")
            self.button.clicked.connect(self.remove_requested.emit)
        self.button.setToolTip(tip)
        self.button.setAccessibleName(tip)
        grid.addWidget(self.button, 0, 2, Qt.AlignmentFlag.AlignTop)
        #: "−" of a further row (the name the tests and older code use).
        self.remove = self.button

    def _dates_and_text(self, kind: BasisKind) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        first = self._line(self.tr("from YYYY-MM-DD"))
        last = self._line(self.tr("to YYYY-MM-DD"))
        for line in (first, last):  # a whole date, never cut
            line.setMinimumWidth(line.fontMetrics().horizontalAdvance("0000-00-00") + 16)
        return first, last, self._line(self._text_placeholder(kind))

    def _text_placeholder(self, kind: BasisKind) -> str:
        if kind is BasisKind.PROJECT:
            return self.tr("Project name, e.g. ESF Vägen")
        if kind is BasisKind.OTHER:
            return self.tr("What the programme rests on")
        return self.tr("Note")

    def _line(self, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setPlaceholderText(placeholder)
        line.setAccessibleName(placeholder)
        line.editingFinished.connect(self.edited.emit)
        return line

    def lines(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.first, self.last, self.text

    def focus_first_field(self) -> None:
        (self.combo if self.kind in AGREEMENT_KINDS else self.first).setFocus()

    def fill_agreements(self, agreements: list[Agreement], none_text: str) -> None:
        """Offer the agreements with this kind's counterparty (any agreement, named
        with its party, for a kind that is not an agreement), keeping the choice."""
        self._agreements = list(agreements)
        current = self.combo.currentData()
        self.combo.clear()
        self.combo.addItem(none_text, None)
        party = AGREEMENT_KINDS.get(self.kind)
        for agreement in agreements:
            if party is None:
                text = f"{agreement.label()} ({counterparty_label(agreement.counterparty)})"
                self.combo.addItem(text, agreement.id)
            elif agreement.counterparty is party:
                self.combo.addItem(agreement.label(), agreement.id)
        offer_linked(self.combo, current, self._agreements)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))

    def set_basis(self, basis: LegalBasis, *, stored: bool = True) -> None:
        """Show *basis*; *stored* False for a kind not ticked (its fields emptied)."""
        self._shown = basis
        self._stored = stored
        offer_linked(self.combo, basis.agreement_id, self._agreements)
        self.combo.setCurrentIndex(max(0, self.combo.findData(basis.agreement_id)))
        self.first.setText(basis.valid_from or "")
        self.last.setText(basis.valid_to or "")
        self.text.setText(basis.text)

    def basis(self, *, required: bool = False) -> LegalBasis | str | None:
        """The basis the row says; None while a row just added is empty (not saved)
        unless *required* (the kind is ticked); a message naming what cannot be read."""
        chosen = self.combo.currentData()
        dates = (written_date(self.first.text()), written_date(self.last.text()))
        text = self.text.text().strip()
        empty = chosen is None and dates == (None, None) and not text
        if empty and not (required or self._stored):
            return None
        problem = check_dates(*dates)
        if problem:
            if self.kind is BasisKind.PROJECT:
                return self.tr("Project dates: {problem}").format(problem=problem)
            return self.tr("Dates of the legal basis: {problem}").format(problem=problem)
        return replace(
            self._shown,
            agreement_id=chosen,
            valid_from=dates[0],
            valid_to=dates[1],
            text=text,
        )

    def set_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)
        self.button.setEnabled(not read_only)
        for line in self.lines():
            line.setReadOnly(read_only)


def offer_linked(combo: QComboBox, agreement_id: int | None, agreements: list[Agreement]) -> None:
    """Add the agreement a basis links to when *combo* does not offer it (it is with
    another party, e.g. changed to Försäkringskassan since): shown and kept, never
    dropped silently by the next edit."""
    for index in reversed(range(combo.count())):  # one offered for another basis: gone
        if combo.itemData(index, _OFFERED) and combo.itemData(index) != agreement_id:
            combo.removeItem(index)
    if agreement_id is None or combo.findData(agreement_id) >= 0:
        return
    linked = next((a for a in agreements if a.id == agreement_id), None)
    text = f"{linked.label()} ({counterparty_label(linked.counterparty)})" if linked else ""
    combo.addItem(text or f"#{agreement_id}", agreement_id)
    combo.setItemData(combo.count() - 1, True, _OFFERED)


#: Marks an item :func:`offer_linked` added.
_OFFERED = Qt.ItemDataRole.UserRole + 1
