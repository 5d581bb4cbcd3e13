"""The one way to write (ui/operations.py): apply, one undo step, the signal, one error dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from amp_desktop.core.progress import Progress
from amp_desktop.core.rules import RuleError
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange, StoreError
from amp_desktop.ui import tasks
from amp_desktop.ui.operations import CatalogueSession
from tests.conftest import UnansweredDialog


@pytest.fixture
def session(qapp, example: Catalogue) -> CatalogueSession:
    return CatalogueSession(example)


def _places(session: CatalogueSession, name: str, places: int) -> ChangeSet:
    """A built (not applied) change set: *name* gets *places*."""
    before = session.catalogue.find(name)
    assert before is not None
    after = before.replace(places=places)
    return ChangeSet(
        f"Places of {name}", programmes=(ProgrammeChange(before.id or 0, before, after),)
    )


def test_a_built_change_is_applied_undoable_and_announced(session: CatalogueSession) -> None:
    heard: list[ChangeSet] = []
    session.changed.connect(heard.append)  # a view subscribes itself
    change = session.run(_places(session, "OSA", 75))
    assert change is not None and session.catalogue.find("OSA").places == 75
    assert heard == [change] and session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.catalogue.find("OSA").places == 60
    assert [c.kind for c in heard] == ["edit", "undo"]
    session.undo_stack.redo()
    assert session.catalogue.find("OSA").places == 75


def test_a_command_that_applies_itself_is_recorded_the_same(session: CatalogueSession) -> None:
    osa = session.catalogue.find("OSA")
    change = session.run(lambda c: c.update_programme(osa.replace(places=70)))
    assert change is not None and session.undo_stack.undoText() == change.description
    assert session.run(lambda c: ChangeSet("nothing")) == ChangeSet("nothing")
    assert session.undo_stack.count() == 1  # an empty change is no undo step


def test_a_failed_write_is_one_dialog_and_nothing_written(
    session: CatalogueSession, dialog_answers
) -> None:
    heard: list[ChangeSet] = []
    session.changed.connect(heard.append)

    def broken(catalogue: Catalogue) -> ChangeSet:
        raise StoreError("The disk is full.")

    assert session.run(broken, title="Not saved") is None
    assert dialog_answers.asked == [("error", {"title": "Not saved", "text": "The disk is full."})]
    assert heard == [] and session.undo_stack.count() == 0


def test_a_broken_rule_can_go_to_the_caller_instead(session: CatalogueSession, dialog_answers):
    osa = session.catalogue.find("OSA")
    broken: list[RuleError] = []
    bad = osa.replace(places=-3)
    assert session.run(lambda c: c.update_programme(bad), on_rule_error=broken.append) is None
    assert broken and broken[0].violations and dialog_answers.asked == []
    assert session.run(lambda c: c.update_programme(bad)) is None
    assert dialog_answers.kinds() == ["error"]
    assert session.catalogue.find("OSA").places == osa.places


def test_a_bug_is_not_swallowed(session: CatalogueSession) -> None:
    def buggy(catalogue: Catalogue) -> ChangeSet:
        raise KeyError("a bug")

    with pytest.raises(KeyError):
        session.run(buggy)


def test_an_import_in_the_worker_is_one_undo_step(session: CatalogueSession, threaded_tasks):
    change = session.run(_places(session, "OSA", 80), in_worker=True, task_title="Importing")
    assert change is not None and session.catalogue.find("OSA").places == 80
    session.undo_stack.undo()
    assert session.catalogue.find("OSA").places == 60


def test_cancel_before_the_write_leaves_the_catalogue(session: CatalogueSession, monkeypatch):
    class Cancelling(tasks.InlineExecutor):
        def submit(self, task, work):  # type: ignore[no-untyped-def]
            task.cancel()  # Cancel pressed before the worker got to the write
            super().submit(task, work)

    with tasks.use_executor(Cancelling()):
        assert session.run(_places(session, "OSA", 90), in_worker=True) is None
    assert session.catalogue.find("OSA").places == 60
    assert session.undo_stack.count() == 0


def test_an_undo_that_no_longer_fits_is_one_dialog(session: CatalogueSession, dialog_answers):
    session.run(_places(session, "OSA", 75))
    # The file changed under the step (written past the session): undo meets a conflict.
    osa = session.catalogue.find("OSA")
    session.catalogue.update_programme(osa.replace(places=50))
    failed: list[str] = []
    session.failed.connect(failed.append)
    session.undo_stack.undo()
    assert dialog_answers.kinds() == ["error"] and len(failed) == 1
    assert session.catalogue.find("OSA").places == 50


def test_a_dialog_run_past_the_dialogs_module_fails_the_test(qapp) -> None:
    with pytest.raises(UnansweredDialog):
        QMessageBox.information(None, "Hello", "Nobody would ever press OK")
    with pytest.raises(UnansweredDialog):
        QMessageBox().exec()


def test_progress_reaches_the_store_when_it_takes_it(
    session: CatalogueSession, monkeypatch, tmp_path: Path
) -> None:
    """A built change in the worker hands its Progress to Catalogue.apply if it has one."""
    seen: list[object] = []

    def apply(self: Catalogue, change: ChangeSet, progress: Progress | None = None) -> ChangeSet:
        seen.append(progress)
        return change

    monkeypatch.setattr(Catalogue, "apply", apply)
    session.run(_places(session, "OSA", 61), in_worker=True)
    assert len(seen) == 1 and isinstance(seen[0], Progress)


def test_a_session_let_go_of_is_freed_without_the_collector(example: Catalogue) -> None:
    """Its undo steps hold it weakly: no cycle through Qt's ownership (session → undo
    stack → step → session) is left for the collector, whose taking a session and its
    steps apart at once crashed the process."""
    import gc
    import weakref

    from amp_desktop.core.domain import Programme

    session = CatalogueSession(example)
    session.run(lambda c: c.add_programme(Programme(name="Ny insats", places=3)))
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert session.undo_stack.count() == 1
    gone = weakref.ref(session)
    collecting = gc.isenabled()
    gc.disable()
    try:
        del session
        assert gone() is None  # freed at once, by reference counting
    finally:
        if collecting:
            gc.enable()
