"""The window names a lock's holder and age, takes a dead holder's lock over on a
confirmed request (#11.11), and refuses and reloads a stale edit (#11.10)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.lock import lock_path, read_lock
from tests.core.store.test_crash import HALF_WRITTEN


def _foreign_lock(path: Path) -> None:
    since = (dt.datetime.now() - dt.timedelta(days=3, hours=1)).isoformat(timespec="seconds")
    lock_path(path).write_text(
        json.dumps({"pid": 4242, "host": "PC-123", "user": "anna", "since": since, "token": "t"})
    )


def test_a_lock_from_another_computer_is_named_and_can_be_taken_over(
    make_window, example_path, dialog_answers
) -> None:
    _foreign_lock(example_path)
    dialog_answers.replies["choose"] = 1  # Take Over…
    dialog_answers.replies["confirm"] = True
    window = make_window()
    assert window.open_path(example_path)
    (kind, offered), (confirm, asked) = dialog_answers.asked[:2]
    assert kind == "choose" and offered["options"] == ["Open read-only", "Take Over…"]
    assert "anna on PC-123" in offered["text"] and "3 days ago" in offered["text"]
    assert confirm == "confirm" and "Take example.amp over from anna" in asked["text"]
    assert not window.current_session().catalogue.read_only
    holder = read_lock(example_path)
    assert holder is not None and holder.host != "PC-123"
    notes = (example_path.parent / "example.amp-backups" / "lock-takeovers.txt").read_text()
    assert "from anna on PC-123" in notes


def test_taking_over_needs_the_confirmation(make_window, example_path, dialog_answers) -> None:
    _foreign_lock(example_path)
    before = lock_path(example_path).read_text()
    dialog_answers.replies["choose"] = 1
    dialog_answers.replies["confirm"] = False
    window = make_window()
    assert not window.open_path(example_path)
    assert window.current_session() is None
    assert lock_path(example_path).read_text() == before


def test_a_live_holder_on_this_computer_is_not_offered_for_take_over(
    make_window, example_path, dialog_answers
) -> None:
    with Catalogue.open(example_path):
        window = make_window()
        assert not window.open_path(example_path)
        kind, details = dialog_answers.asked[-1]
        assert kind == "choose" and details["options"] == ["Open read-only"]


def test_an_interrupted_session_is_recovered_and_told(
    make_window, example_path, tmp_path, dialog_answers
) -> None:
    path = tmp_path / "hot.amp"
    shutil.copyfile(example_path, path)
    writer = subprocess.Popen(
        [sys.executable, "-c", HALF_WRITTEN, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "half-written"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    window = make_window()
    assert window.open_path(path)
    kind, details = dialog_answers.asked[-1]
    assert kind == "inform" and "was interrupted" in details["text"]


def test_an_edit_of_a_programme_changed_elsewhere_is_refused_and_reloaded(
    qtbot, make_window, example_path, dialog_answers
) -> None:
    """The lock file was deleted and another program changed the programme shown."""
    window = make_window(example_path)
    tab = window.catalogue_tab
    assert tab.select_programme(window.current_session().catalogue.find("OSA").id)
    editor = tab.editor
    lock_path(example_path).unlink()
    other = Catalogue.open(example_path)  # gets in: the lock file is gone
    try:
        osa = other.find("OSA")
        other.update_programme(osa.replace(places=osa.places + 5))
    finally:
        other.close()
    line = editor.field_editor("unit")
    line.setText("Edited here")
    line.editingFinished.emit()
    kind, details = dialog_answers.asked[-1]
    assert kind == "error" and "changed elsewhere" in details["text"]
    assert "not saved" in details["text"]
    assert editor.field_editor("places").text() == str(osa.places + 5)  # reloaded
    with Catalogue.open(example_path, read_only=True) as catalogue:
        stored = catalogue.find("OSA")
        assert stored.places == osa.places + 5 and stored.unit == osa.unit
