"""Help → About AMP: the version, and the licences of the bundled components.

``show_about(parent)`` opens the dialog modally; ``show_about(parent, show=False)``
returns it unshown so tests can look at it without blocking.
"""

from __future__ import annotations

import platform
import sqlite3
from dataclasses import dataclass
from importlib import import_module, metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amp_desktop import APP_NAME, __version__
from amp_desktop.resources import resource_path
from amp_desktop.ui import dialogs
from amp_desktop.ui.window_size import resize_for_font

PUBLIC_DOMAIN = "Public domain"


@dataclass(frozen=True)
class Component:
    """A bundled component: its name, where its version comes from, its licence."""

    name: str
    licence: str
    files: tuple[str, ...]
    version_from: str = ""  # a module with __version__, or "dist:<distribution>"


def component_version(source: str) -> str:
    """The version in use of a component ("" when unknown)."""
    if not source:
        return ""
    if source == "python":
        return platform.python_version()
    if source == "qt":
        return qVersion()
    if source == "pyside":
        return pyside_version
    if source == "sqlite":
        return sqlite3.sqlite_version
    if source.startswith("dist:"):
        try:
            return metadata.version(source[5:])
        except metadata.PackageNotFoundError:
            return ""
    try:
        return str(getattr(import_module(source), "__version__", ""))
    except ImportError:
        return ""


COMPONENTS = (
    Component(APP_NAME, "GPL-3.0-or-later", ("GPL-3.0.txt",)),
    Component("Qt", "LGPL-3.0", ("LGPL-3.0.txt", "GPL-3.0.txt"), "qt"),
    Component("PySide6 / shiboken6", "LGPL-3.0", ("LGPL-3.0.txt", "GPL-3.0.txt"), "pyside"),
    Component("Python", "PSF-2.0", ("Python-PSF.txt",), "python"),
    Component("SQLite", PUBLIC_DOMAIN, (), "sqlite"),
    Component("sqlite-utils", "Apache-2.0", ("Apache-2.0.txt",), "dist:sqlite-utils"),
    Component("openpyxl", "MIT", ("openpyxl-MIT.txt",), "openpyxl"),
    Component("et_xmlfile", "MIT", ("et_xmlfile-MIT.txt",), "dist:et_xmlfile"),
    Component("defusedxml", "PSF-2.0", ("defusedxml-PSF.txt",), "defusedxml"),
    Component("python-calamine", "MIT", ("python-calamine-MIT.txt",), "dist:python-calamine"),
    Component("click", "BSD-3-Clause", ("click-BSD-3-Clause.txt",), "dist:click"),
    Component(
        "python-dateutil",
        "BSD-3-Clause",
        ("python-dateutil-BSD-3-Clause.txt",),
        "dist:python-dateutil",
    ),
    Component("pluggy", "MIT", ("pluggy-MIT.txt",), "dist:pluggy"),
    Component(
        "typing_extensions", "PSF-2.0", ("typing_extensions-PSF.txt",), "dist:typing_extensions"
    ),
    Component("DejaVu fonts", "Bitstream Vera/Arev", ("DejaVu-fonts.txt",)),
)


def licence_files(component: Component) -> list[Path]:
    """Where the licence texts of *component* are shipped."""
    return [resource_path("licenses", name) for name in component.files]


def licence_text(component: Component) -> str:
    """The licence texts of *component*, or a note when it needs none."""
    if not component.files:
        return AboutDialog.tr("%1 is in the public domain: no licence is needed.").replace(
            "%1", component.name
        )
    texts = []
    for path in licence_files(component):
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except OSError:
            texts.append(AboutDialog.tr("The licence text %1 is missing.").replace("%1", str(path)))
    return ("\n\n" + "=" * 72 + "\n\n").join(texts)


class AboutDialog(QDialog):
    """The version of AMP and of everything it ships with, and their licences."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        resize_for_font(self, 900, 520)  # the licence texts' 80 columns beside the list
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_page(), self.tr("&About"))
        self.tabs.addTab(self._licences_page(), self.tr("&Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._header())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _header(self) -> QWidget:
        header = QWidget()
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 0, 0)
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "amp.svg"))).pixmap(QSize(64, 64)))
        row.addWidget(icon)
        title = QLabel(
            f"<h2 style='margin:0'>{APP_NAME} {__version__}</h2>"
            + self.tr("The programme catalogue and capacity planning of a labour-market unit.")
        )
        title.setObjectName("aboutTitle")
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(title, 1)
        return header

    def _about_page(self) -> QWidget:
        text = "<p>" + self.tr(
            "%1 keeps the catalogue of programmes in a file on your computer, compares "
            "the places with the referrals month by month, and prints a capacity overview "
            "for the board."
        ).replace("%1", APP_NAME)
        text += "</p><p>" + self.tr(
            "%1 is free software: you may use, share and change it under the GNU General "
            "Public License, version 3 or later. It comes with no warranty."
        ).replace("%1", APP_NAME)
        text += "</p><p>" + self.tr("Versions in use:") + "<br>"
        text += "<br>".join(
            f"{c.name} {component_version(c.version_from)}".strip() for c in COMPONENTS[1:5]
        )
        text += "</p>"
        label = QLabel(text)
        label.setObjectName("aboutText")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(True)
        page = QWidget()
        QVBoxLayout(page).addWidget(label)
        return page

    def _licences_page(self) -> QWidget:
        self.components = QListWidget()
        self.components.setObjectName("aboutComponents")
        self.components.setAccessibleName(self.tr("Components"))
        for component in COMPONENTS:
            version = component_version(component.version_from)
            licence = component.licence
            if licence == PUBLIC_DOMAIN:
                licence = self.tr("Public domain")
            item = QListWidgetItem(f"{component.name} {version}".strip() + f" — {licence}")
            item.setData(Qt.ItemDataRole.UserRole, component)
            self.components.addItem(item)
        self.licence = QPlainTextEdit()
        self.licence.setObjectName("aboutLicence")
        self.licence.setAccessibleName(self.tr("Licence text"))
        self.licence.setReadOnly(True)
        # Wrapped at the pane's width: the texts' own 80-column lines are wider.
        self.licence.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.licence.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.components.currentItemChanged.connect(self._show_licence)
        splitter = QSplitter()
        splitter.addWidget(self.components)
        splitter.addWidget(self.licence)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([250, 610])
        note = QLabel(
            self.tr("The licence texts are also in the folder %1.").replace(
                "%1", str(resource_path("licenses"))
            )
        )
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(splitter, 1)
        layout.addWidget(note)
        self.components.setCurrentRow(0)
        return page

    def _show_licence(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.licence.setPlainText(licence_text(item.data(Qt.ItemDataRole.UserRole)))

    def select_component(self, name: str) -> None:
        """Show the licence of the component called *name* (for tests and links)."""
        for row in range(self.components.count()):
            if self.components.item(row).data(Qt.ItemDataRole.UserRole).name == name:
                self.tabs.setCurrentIndex(1)
                self.components.setCurrentRow(row)
                return
        raise KeyError(name)


def show_about(parent: QWidget | None, show: bool = True) -> AboutDialog:
    """Open the About dialog (modal); with ``show=False`` return it unshown."""
    dialog = AboutDialog(parent)
    if show:
        dialogs.run_modal(dialog)
    return dialog
