"""The welcome page shown on first run and whenever no catalogue is open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.resources import resource_path


class WelcomePage(QWidget):
    """Big, plain choices: a new catalogue, an existing file, or the example.

    The page's contents are built the first time it is shown (or a button is asked
    for): a window that opens a catalogue at start-up never shows it, and building
    it, with its SVG icon, cost a few ms of every start.
    """

    new_requested = Signal()
    open_requested = Signal()
    example_requested = Signal()
    import_requested = Signal()
    #: A recent file was chosen (its path).
    recent_requested = Signal(str)

    _BUILT_ON_DEMAND = frozenset({"new_button", "open_button", "import_button", "example_button"})

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._built = False
        self._focus_when_built = False
        self._recent_paths: list[str] = []
        self._recent_buttons: list[QCommandLinkButton] = []
        self._outer = QHBoxLayout(self)
        self._outer.setContentsMargins(32, 32, 32, 32)

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not found: the buttons before the page is built.
        if name in WelcomePage._BUILT_ON_DEMAND and not self.__dict__.get("_built", True):
            self._build()
            return getattr(self, name)
        raise AttributeError(name)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._build()
        if self._focus_when_built:
            self._focus_when_built = False
            self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        # Everything is made inside a parentless panel first, then put in place and
        # shown at once (a child added to a visible page would be shown later).
        panel = self._panel = QWidget()
        self._recent_box = QVBoxLayout()
        self._recent_title = QLabel(self.tr("Recent catalogues"))

        title = QLabel(self.tr("Welcome to AMP"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "AMP keeps your unit's catalogue of labour-market programmes — places, "
                "budget, referral sources — in one file on your computer. Every change "
                "is saved at once and can be undone."
            )
        )
        intro.setWordWrap(True)

        self.new_button = self._button(
            panel,
            self.tr("&New catalogue…"),
            self.tr("Start an empty catalogue and add your programmes."),
        )
        self.open_button = self._button(
            panel,
            self.tr("&Open a catalogue…"),
            self.tr("Open an .amp file you or a colleague made."),
        )
        self.import_button = self._button(
            panel,
            self.tr("&Import from Excel…"),
            self.tr("Start a new catalogue from a workbook, e.g. the list you kept before AMP."),
        )
        self.example_button = self._button(
            panel,
            self.tr("Open the &example"),
            self.tr("Västerås's 21 programmes of 2021, with fictitious budgets and referrals."),
        )
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.example_button.clicked.connect(self.example_requested)
        self.import_button.clicked.connect(self.import_requested)

        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "amp.svg"))).pixmap(56, 56))
        heading = QHBoxLayout()
        heading.addWidget(icon)
        heading.addWidget(title, 1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addLayout(heading)
        column.addWidget(intro)
        column.addSpacing(16)
        for button in (self.new_button, self.open_button, self.import_button, self.example_button):
            column.addWidget(button)
        column.addSpacing(16)
        self._line = QFrame()
        self._line.setFrameShape(QFrame.Shape.HLine)
        self._line.setFrameShadow(QFrame.Shadow.Sunken)
        column.addWidget(self._line)
        column.addWidget(self._recent_title)
        column.addLayout(self._recent_box)
        column.addStretch(2)

        panel.setLayout(column)
        panel.setMaximumWidth(640)
        self._show_recent()
        self._outer.addStretch(1)
        self._outer.addWidget(panel, 4)
        self._outer.addStretch(1)
        if self.isVisible():
            panel.show()

    @staticmethod
    def _button(parent: QWidget, text: str, description: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, parent)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def set_recent_files(self, paths: list[str]) -> None:
        """Offer up to five recent catalogues that still exist."""
        self._recent_paths = list(paths)
        if self._built:
            self._show_recent()

    def _show_recent(self) -> None:
        for button in self._recent_buttons:
            # Hidden at once: deleteLater() waits for the event loop, and until then
            # the old button would still be painted where it was.
            button.hide()
            self._recent_box.removeWidget(button)
            button.deleteLater()
        self._recent_buttons = []
        for path in [p for p in self._recent_paths if Path(p).exists()][:5]:
            button = QCommandLinkButton(Path(path).name, path, self._panel)
            button.clicked.connect(lambda _checked=False, p=path: self.recent_requested.emit(p))
            self._recent_box.addWidget(button)
            self._recent_buttons.append(button)
        self._recent_title.setVisible(bool(self._recent_buttons))
        self._line.setVisible(bool(self._recent_buttons))

    def focus_first(self) -> None:
        """Put the focus on the first choice (once the page is shown)."""
        if self._built and self.isVisible():
            self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._focus_when_built = True
