"""Shared fixtures: offscreen Qt, settings and dialogs kept away from the user's."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["AMP_LANG"] = "en"  # tests read English unless they ask for Swedish

from amp_desktop.core.example import load_example  # noqa: E402
from amp_desktop.core.store import Catalogue  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Point QSettings at a fresh folder so tests never touch the user's settings."""
    try:
        from PySide6.QtCore import QCoreApplication, QSettings
    except ImportError:  # the Qt-free core tests run without Qt
        yield
        return
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("AMP-tests")
    QCoreApplication.setApplicationName("AMP-tests")
    yield


@pytest.fixture(autouse=True)
def _one_kind_of_qt_application(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``amp report`` run in-process makes a bare QGuiApplication, which pytest-qt
    then refuses for every widget test after it (a process has one application for
    good); in tests it uses pytest-qt's QApplication instead."""
    from amp_desktop.cli import report

    monkeypatch.setattr(report, "ensure_gui_application", lambda: request.getfixturevalue("qapp"))


class DialogAnswers:
    """Answers for :mod:`amp_desktop.ui.dialogs`, recording what was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, dict[str, object]]] = []
        self.replies: dict[str, object] = {"confirm": True, "choose": -1}

    def __call__(self, kind: str, **details: object) -> object:
        self.asked.append((kind, details))
        reply = self.replies.get(kind)
        return reply(**details) if callable(reply) else reply

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.asked]


class UnansweredDialog(AssertionError):
    """A dialog was run past ``amp_desktop.ui.dialogs``: it would block the test."""


def _refuse_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every blocking Qt dialog call raise instead of waiting for a click."""
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrintPreviewDialog
    from PySide6.QtWidgets import (
        QColorDialog,
        QDialog,
        QFileDialog,
        QFontDialog,
        QInputDialog,
        QMessageBox,
        QProgressDialog,
    )

    def refuse(name: str) -> Callable[..., object]:
        def blocked(*args: object, **kwargs: object) -> object:
            raise UnansweredDialog(
                f"{name} would block the test: run dialogs through amp_desktop.ui.dialogs "
                "and answer them with the dialog_answers fixture"
            )

        return blocked

    classes = (QDialog, QMessageBox, QFileDialog, QInputDialog, QColorDialog, QFontDialog)
    for cls in (*classes, QProgressDialog, QPrintDialog, QPrintPreviewDialog, QPageSetupDialog):
        monkeypatch.setattr(cls, "exec", refuse(f"{cls.__name__}.exec()"))
    statics = {
        QMessageBox: ("information", "warning", "critical", "question", "about"),
        QFileDialog: (
            "getOpenFileName",
            "getOpenFileNames",
            "getSaveFileName",
            "getExistingDirectory",
        ),
        QInputDialog: ("getText", "getInt", "getDouble", "getItem", "getMultiLineText"),
        QColorDialog: ("getColor",),
        QFontDialog: ("getFont",),
    }
    for cls, names in statics.items():
        for name in names:
            monkeypatch.setattr(cls, name, refuse(f"{cls.__name__}.{name}()"))


@pytest.fixture(autouse=True)
def dialog_answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[DialogAnswers]:
    """Every dialog in a test is answered from here instead of blocking; a dialog run
    any other way raises :class:`UnansweredDialog` (the test fails, it never hangs)."""
    try:
        from amp_desktop.ui import dialogs
    except ImportError:
        yield DialogAnswers()
        return
    _refuse_blocking_dialogs(monkeypatch)
    answers = DialogAnswers()
    dialogs.answerer = answers
    yield answers
    dialogs.answerer = None


@pytest.fixture(autouse=True)
def inline_tasks() -> Iterator[None]:
    """Background work (``amp_desktop.ui.tasks``) runs inline: no thread, no waiting."""
    try:
        from amp_desktop.ui import tasks
    except ImportError:  # the Qt-free core tests run without Qt
        yield
        return
    with tasks.use_executor(tasks.InlineExecutor()):
        yield


@pytest.fixture
def threaded_tasks(inline_tasks: None) -> Iterator[None]:
    """Opt in to the application's real worker thread for one test."""
    from PySide6.QtCore import QThreadPool

    from amp_desktop.ui import tasks

    with tasks.use_executor(tasks.ThreadExecutor()):
        yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def catalogue_path(tmp_path: Path) -> Path:
    """A new, empty catalogue file (closed)."""
    path = tmp_path / "catalogue.amp"
    Catalogue.create(path).close()
    return path


@pytest.fixture
def example_path(tmp_path: Path) -> Path:
    """The example catalogue (Västerås 2021, fictitious demand), closed."""
    path = tmp_path / "example.amp"
    with Catalogue.create(path) as catalogue:
        load_example(catalogue)
    return path


@pytest.fixture
def example(example_path: Path) -> Iterator[Catalogue]:
    """The example catalogue, open for writing."""
    with Catalogue.open(example_path) as catalogue:
        yield catalogue


@pytest.fixture
def make_catalogue(tmp_path: Path) -> Callable[..., Catalogue]:
    """Make and open a catalogue with the example (``example=True``) or empty."""
    opened: list[Catalogue] = []

    def make(name: str = "made.amp", example: bool = False) -> Catalogue:
        catalogue = Catalogue.create(tmp_path / name)
        if example:
            load_example(catalogue)
        opened.append(catalogue)
        return catalogue

    yield make  # type: ignore[misc]
    for catalogue in opened:
        catalogue.close()
