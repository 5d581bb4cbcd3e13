"""The welcome page shown on first run and whenever no catalogue is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon
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
    """Big, plain choices: a new catalogue, an existing file, or the example."""

    new_requested = Signal()
    open_requested = Signal()
    example_requested = Signal()
    import_requested = Signal()
    #: A recent file was chosen (its path).
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._recent_box = QVBoxLayout()
        self._recent_title = QLabel(self.tr("Recent catalogues"))
        self._recent_buttons: list[QCommandLinkButton] = []

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
            self.tr("&New catalogue…"),
            self.tr("Start an empty catalogue and add your programmes."),
        )
        self.open_button = self._button(
            self.tr("&Open a catalogue…"), self.tr("Open an .amp file you or a colleague made.")
        )
        self.import_button = self._button(
            self.tr("&Import from Excel…"),
            self.tr("Start a new catalogue from a workbook, e.g. the list you kept before AMP."),
        )
        self.example_button = self._button(
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

        panel = QWidget()
        panel.setLayout(column)
        panel.setMaximumWidth(640)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addWidget(panel, 4)
        outer.addStretch(1)
        self.set_recent_files([])

    def _button(self, text: str, description: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def set_recent_files(self, paths: list[str]) -> None:
        """Offer up to five recent catalogues that still exist."""
        for button in self._recent_buttons:
            self._recent_box.removeWidget(button)
            button.deleteLater()
        self._recent_buttons = []
        for path in [p for p in paths if Path(p).exists()][:5]:
            button = QCommandLinkButton(Path(path).name, path, self)
            button.clicked.connect(lambda _checked=False, p=path: self.recent_requested.emit(p))
            self._recent_box.addWidget(button)
            self._recent_buttons.append(button)
        self._recent_title.setVisible(bool(self._recent_buttons))
        self._line.setVisible(bool(self._recent_buttons))

    def focus_first(self) -> None:
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)
