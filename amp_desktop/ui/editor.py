"""The editor form for the selected programme: every field, checked as you leave it.

A field is saved through the session when it is finished (Enter or leaving the
field), never on each keystroke.  A value that cannot be read or that breaks a
rule is not saved; the message, naming the field, is shown under it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core import rules
from amp_desktop.core.domain import (
    FIELD_BY_NAME,
    Programme,
)
from amp_desktop.core.formatting import quoted
from amp_desktop.core.tables import fields
from amp_desktop.ui import dialogs
from amp_desktop.ui.field_editors import MULTILINE, SOURCES, make_field_editor
from amp_desktop.ui.field_messages import FieldMessages
from amp_desktop.ui.mandate_slot import MandateSlot
from amp_desktop.ui.operations import CatalogueSession

if TYPE_CHECKING:
    from amp_desktop.ui.mandate_box import MandateBox


# The form, in groups: (group title source text, field names).
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Programme", ("name", "code", "description", "target_group", "age_min", "age_max")),
    ("Places and money", ("places", "budgeted_places", "annual_budget_sek", "funding")),
    ("Organisation", ("unit", "type", "skr_category", "status", SOURCES)),
    ("Goal", ("goal_work_or_studies_share",)),
    ("Time", ("start_date", "end_date", "average_stay_weeks", "months")),
    ("Notes", ("notes",)),
)


class ProgrammeEditor(QWidget):
    """Edits one programme; every finished field is saved at once through the session."""

    #: The narrowest it gets beside the table (wider when its form needs it: a
    #: larger font).
    NARROWEST = 380

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: CatalogueSession | None = None
        self._programme: Programme | None = None
        self._read_only = False
        self._loading = False
        self._editors: dict[str, QWidget] = {}
        self._messages = FieldMessages(self)  # the message under each field
        self._labels: dict[str, QLabel] = {}

        self._pages = QStackedWidget(self)
        self._empty = QLabel(self.tr("Select a programme in the table to see and edit it here."))
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setMargin(24)
        self._pages.addWidget(self._empty)
        self._pages.addWidget(self._build_form())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        self.set_programme(None)

    # -- building the form ---------------------------------------------------------------
    def _build_form(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 4, 12, 8)
        self._title = QLabel(body)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._title.setWordWrap(True)
        column.addWidget(self._title)
        self._read_only_note = QLabel(
            self.tr(
                "Read-only: the catalogue is open for editing elsewhere, so it cannot be changed here."
            )
        )
        self._read_only_note.setWordWrap(True)
        # Styled when first shown (set_read_only): a style sheet anywhere in the
        # window puts every widget under QStyleSheetStyle, which slows start-up.
        self._read_only_note.hide()
        column.addWidget(self._read_only_note)
        # Alt+letter goes to a group's first field (too many fields for a letter each).
        titles = {
            "Programme": self.tr("Pro&gramme"),
            "Places and money": self.tr("Places and &money"),
            "Organisation": self.tr("&Organisation"),
            "Time": self.tr("&Time"),
            "Goal": self.tr("Res&ults goal"),
            "Notes": self.tr("&Notes"),
        }
        for key, names in GROUPS:
            box = QGroupBox(titles[key], body)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for name in names:
                self._add_field(form, name)
            column.addWidget(box)
        column.addStretch(1)
        # The legal bases and decision (#14), below the fields: made later.
        self._mandate = MandateSlot(body, column, lambda: self._editors[GROUPS[-1][1][-1]])
        # One label width for every group, so the fields line up down the form;
        # long labels (Swedish ones) wrap rather than squeeze the fields.
        widest = max(label.sizeHint().width() for label in self._labels.values())
        width = min(widest, self.fontMetrics().averageCharWidth() * 22)
        for label in self._labels.values():
            label.setWordWrap(True)
            label.setFixedWidth(width)
        scroll.setWidget(body)
        self._scroll = scroll
        return scroll

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As narrow as :data:`NARROWEST`, or as its form is with the scroll bar beside
        it, if wider: the splitter then never cuts off the fields' right edge (the
        scroll area has no horizontal scroll bar)."""
        hint = super().minimumSizeHint()
        form = self._scroll.widget().minimumSizeHint().width()
        width = form + self._scroll.verticalScrollBar().sizeHint().width()
        return QSize(max(self.NARROWEST, width), hint.height())

    def _add_field(self, form: QFormLayout, name: str) -> None:
        editor = self._make_editor(name)
        editor.setObjectName(f"field_{name}")
        label = QLabel(self._label_text(name) + ":")
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setBuddy(editor)
        holder = QWidget()
        stack = QVBoxLayout(holder)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(editor)
        form.addRow(label, holder)
        self._messages.add_column(name, stack)
        self._editors[name] = editor
        self._labels[name] = label

    def _make_editor(self, name: str) -> QWidget:
        return make_field_editor(name, self._commit)

    def _label_text(self, name: str) -> str:
        if name == SOURCES:
            return self.tr("Referral sources")
        return FIELD_BY_NAME[name].label()

    # -- the mandate box (made after the first paint: ui/mandate_slot.py) -------------------
    @property
    def mandate_box(self) -> MandateBox:
        """The programme's legal bases and decision (#14), made when first needed."""
        return self._mandate.get()

    def set_mandate_findings(self, messages: list[str]) -> None:
        """What the audit's checks find about the programme shown, for the mandate box."""
        self._mandate.set_findings(messages)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        self._mandate.make_when_idle(self)  # after this paint, once the window is idle

    def postpone_work(self) -> None:
        """The user is typing elsewhere (a search): what waits for an idle window waits."""
        self._mandate.postpone()

    # -- public API -------------------------------------------------------------------------
    def set_session(self, session: CatalogueSession | None, units: list[str] | None = None) -> None:
        """Edit programmes of *session*; *units* (the catalogue's, for completion)
        when the caller has them already."""
        self._session = session
        if units is None:
            units = session.catalogue.units() if session else []
        completer = self.field_editor("unit").completer()  # type: ignore[attr-defined]
        completer.model().setStringList(units)
        self._mandate.set_session(session)
        self.set_programme(None)

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        """*reason*: why the file cannot be written where it lies (a read-only disk),
        None when another AMP edits it."""
        self._read_only = read_only
        if read_only:
            self._read_only_note.setText(
                self.tr("Read-only: {reason}, so it cannot be changed here.").format(reason=reason)
                if reason
                else self.tr(
                    "Read-only: the catalogue is open for editing elsewhere, so it cannot be changed here."
                )
            )
        if read_only and not self._read_only_note.styleSheet():
            self._read_only_note.setStyleSheet(
                "background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; padding: 4px;"
            )
        self._read_only_note.setVisible(read_only)
        self._mandate.set_read_only(read_only)
        for editor in self._editors.values():
            if isinstance(editor, (QLineEdit, QPlainTextEdit)):
                editor.setReadOnly(read_only)
            else:
                editor.setEnabled(not read_only)

    def programme(self) -> Programme | None:
        return self._programme

    def field_editor(self, name: str) -> QWidget:
        return self._editors[name]

    def message(self, name: str) -> str:
        """The message shown under field *name* ("" when none)."""
        if name not in self._editors:
            raise KeyError(name)
        return self._messages.text(name)

    def messages(self) -> dict[str, str]:
        return {name: self.message(name) for name in self._editors if self.message(name)}

    def finish_editing(self) -> None:
        """Save the field being typed in, as leaving it would: a command (add, duplicate,
        delete, export) or closing the window acts on the catalogue as it is, and the
        value typed last was lost."""
        focused = QApplication.focusWidget()
        if focused is None:
            return
        for name, editor in self._editors.items():
            if editor is focused or editor.isAncestorOf(focused):
                self._commit(name)
                return

    def focus_field(self, name: str) -> None:
        editor = self._editors[name]
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    def set_programme(self, programme: Programme | None) -> None:
        """Show *programme*; for the same programme only the changed fields are reset."""
        previous = self._programme
        same = previous is not None and programme is not None and previous.id == programme.id
        self._programme = programme
        self._pages.setCurrentIndex(0 if programme is None else 1)
        self._mandate.set_programme(programme)
        if programme is None:
            return
        self._title.setText(programme.name)
        self._loading = True
        try:
            for name in self._editors:
                if same and previous is not None and previous.value(name) == programme.value(name):
                    continue  # keep what the user is typing (and its message)
                self._show_value(name, programme.value(name))
                self._set_message(name, "")
        finally:
            self._loading = False

    # -- values -------------------------------------------------------------------------------
    def _show_value(self, name: str, value: Any) -> None:
        editor = self._editors[name]
        if isinstance(editor, QComboBox):
            data = value.value if hasattr(value, "value") else (value or "")
            editor.setCurrentIndex(max(0, editor.findData(data)))
            return
        text = self._format(name, value)
        if editor.text() != text:  # type: ignore[attr-defined]
            editor.setText(text)  # type: ignore[attr-defined]
            if isinstance(editor, QLineEdit) and not editor.hasFocus():
                editor.setCursorPosition(0)  # (a long text shows from its beginning)

    @staticmethod
    def _format(name: str, value: Any) -> str:
        return fields.edit_text(name, value)

    def _read(self, name: str) -> Any:
        """The typed value of field *name*; raises ParseError when it cannot be read.

        The text ↔ value rules are the core's (:mod:`amp_desktop.core.tables.fields`);
        the editor adds only its own messages and keeps multi-line text's inner spaces.
        """
        from amp_desktop.core import parse  # needed once a field is edited, not at start-up

        editor = self._editors[name]
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            return data or None
        text = editor.text()  # type: ignore[attr-defined]
        if name == SOURCES:
            parsed = parse.parse_sources(text)
            if parsed.note:
                raise parse.ParseError(
                    self.tr("Referral sources: write source codes, fallbacks in brackets.")
                )
            return parsed.links
        if name in MULTILINE:
            return text.rstrip()
        value = fields.parse_text(name, text)
        if value is None and name == "places":
            raise parse.ParseError(self.tr("Places: write the number of places."))
        return value

    # -- committing ---------------------------------------------------------------------------
    def _commit(self, name: str) -> None:
        programme = self._programme
        if programme is None or self._loading or self._read_only or self._session is None:
            return
        from amp_desktop.core import parse

        try:
            value = self._read(name)
        except parse.ParseError as exc:
            self._set_message(name, self._named(name, str(exc)))
            return
        field = "sources" if name == SOURCES else name
        if programme.value(name) == value:
            self._set_message(name, "")
            return
        if name == SOURCES and not self._new_sources_confirmed(value):
            self._show_value(name, programme.value(name))
            self._set_message(name, "")
            return
        candidate = programme.replace(**{field: value})
        violations = rules.check_programme(candidate)
        if not violations:
            broken: list[rules.RuleError] = []
            saved = self._session.run(
                lambda catalogue: catalogue.update_programme(candidate, based_on=programme),
                parent=self,
                title=self.tr("Not saved"),
                on_rule_error=broken.append,
            )
            if broken:
                violations = broken[0].violations
            elif saved is None:
                shown = self._programme or programme  # reloaded after a conflict
                self._show_value(name, shown.value(name))  # what the file holds
                return
        self._show_violations(name, violations)

    def _new_sources_confirmed(self, links: tuple[Any, ...]) -> bool:
        """A source the catalogue does not have is added with the programme: ask
        first, so that a typo does not become a new referral source."""
        assert self._session is not None
        known = {
            source.code.casefold(): source.code for source in self._session.catalogue.sources()
        }
        new = [link.source for link in links if link.source.casefold() not in known]
        if not new:
            return True
        return dialogs.confirm(
            self,
            self.tr("New referral source"),
            self.tr(
                "{new} is not a referral source in this catalogue. Add it as a new one? "
                "(The catalogue has: {known}.)"
            ).format(
                new=", ".join(quoted(code) for code in new),
                known=", ".join(sorted(known.values(), key=str.casefold)),
            ),
            self.tr("Add"),
        )

    def _show_violations(self, edited: str, violations: list[rules.Violation]) -> None:
        by_field: dict[str, list[str]] = {}
        for violation in violations:
            target = SOURCES if violation.field == SOURCES else violation.field
            if target not in self._editors:
                target = edited
            by_field.setdefault(target, []).append(violation.message)
        if violations and edited not in by_field:
            by_field[edited] = [violations[0].message]
        for name in self._editors:
            if name == edited or name in by_field:
                self._set_message(name, "\n".join(by_field.get(name, [])))

    def _named(self, name: str, message: str) -> str:
        """*message* starting with the field's label (parse messages say "Number: …")."""
        label = self._label_text(name)
        head, sep, rest = message.partition(": ")
        if not sep or head == label:
            return message
        return f"{label}: {rest}"

    def _set_message(self, name: str, text: str) -> None:
        self._messages.show(name, text)
        editor = self._editors[name]
        editor.setToolTip(text)
        editor.setProperty("invalid", bool(text))
