"""The Kolada parts of the Yearly figures window: Import Kolada File… (one undo step; a
bad file one message naming it; what was left out said), Cancel while Kolada says
nothing (heard at once, nothing written), and an address that is no web address."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest

from amp_desktop.core.store import Catalogue
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.yearly.dialog import YearlyDialog
from tests.core.kolada.kolada_server import Answer, kolada_server, vasteras_routes
from tests.core.yearly.yearly_data import build

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

EXCEL_CSV = (
    "\ufeffNyckeltal id;Kommun-id;År;Kön;Värde\r\n"
    "U40455;1980;2025;Totalt;47,5\r\n"
    "N00945;1980;2025;Totalt;3\r\n"
    ";;;;\r\n"
)


@pytest.fixture()
def session(catalogue_path: Path, qtbot):  # type: ignore[no-untyped-def]
    with Catalogue.open(catalogue_path) as catalogue:
        build(catalogue)
    catalogue = Catalogue.open(catalogue_path)
    yield CatalogueSession(catalogue)
    catalogue.close()


def _dialog(qtbot, session: CatalogueSession) -> YearlyDialog:  # type: ignore[no-untyped-def]
    dialog = YearlyDialog(session)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2025)
    return dialog


def test_import_kolada_file_is_one_undo_step_and_says_what_was_left_out(  # type: ignore[no-untyped-def]
    qtbot, session, tmp_path, dialog_answers
) -> None:
    saved = tmp_path / "kolada.csv"
    saved.write_text(EXCEL_CSV, encoding="utf-8")
    dialog = _dialog(qtbot, session)
    dialog_answers.replies["open_file"] = str(saved)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert [r[:5] for r in session.catalogue.kolada_rows()] == [("U40455", "1980", 2025, "T", 47.5)]
    assert session.undo_stack.count() == 1
    kind, details = dialog_answers.asked[-1]
    assert kind == "inform" and "kolada.csv: Not imported, not among AMP's figures: N00945." in str(
        details["text"]
    )
    session.undo_stack.undo()
    assert session.catalogue.kolada_rows() == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<!DOCTYPE html><html><title>Logga in</title></html>", "a web page"),
        (b"", "The file is empty."),
        ("Nyckeltal id;Kommun-id;År;Värde\nU40455;1980;2025;x\n".encode(), "Line 2"),
    ],
)
def test_a_bad_file_is_one_message_naming_it_and_nothing_is_written(  # type: ignore[no-untyped-def]
    qtbot, session, tmp_path, dialog_answers, data, message
) -> None:
    saved = tmp_path / "saved.json"
    saved.write_bytes(data)
    dialog = _dialog(qtbot, session)
    before = hashlib.sha256(Path(session.catalogue.path).read_bytes()).hexdigest()
    assert dialog.import_kolada_file(str(saved)) is False
    assert dialog_answers.kinds() == ["error"]
    text = str(dialog_answers.asked[0][1]["text"])
    assert text.startswith("saved.json: ") and message in text and "\n" not in text
    assert session.undo_stack.count() == 0
    assert hashlib.sha256(Path(session.catalogue.path).read_bytes()).hexdigest() == before


def test_choosing_no_file_does_nothing(qtbot, session, dialog_answers) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, session)
    dialog_answers.replies["open_file"] = ""
    assert dialog.import_kolada_file() is False
    assert dialog_answers.kinds() == ["open_file"]


def test_cancel_while_kolada_says_nothing_is_heard_at_once(  # type: ignore[no-untyped-def]
    qtbot, session, monkeypatch, dialog_answers
) -> None:
    """Cancel waited for the request's 20 s timeout; the catalogue stays as it was."""
    from amp_desktop.ui.yearly import kolada_fetch as fetch_module

    real_fetch = fetch_module.fetch
    progress_of: list[object] = []

    def spy(client, kpis, code, years, progress):  # type: ignore[no-untyped-def]
        progress_of.append(progress)
        return real_fetch(client, kpis, code, years, progress)

    def hang(path: str, query: str) -> Answer | None:
        if path.startswith("/v3/data/"):
            progress_of[0].cancel()  # type: ignore[attr-defined]  # the user presses Cancel
            return 0, {}, b""
        return None

    monkeypatch.setattr(fetch_module, "fetch", spy)
    dialog = _dialog(qtbot, session)
    before = hashlib.sha256(Path(session.catalogue.path).read_bytes()).hexdigest()
    with kolada_server() as server:
        server.routes.append(hang)
        vasteras_routes(server, [])
        dialog.api_url.setText(server.base_url)
        started = time.monotonic()
        dialog.fetch_from_kolada()
        assert time.monotonic() - started < 10  # the client's timeout is 20 s
    assert dialog_answers.kinds() == [] and session.undo_stack.count() == 0
    assert hashlib.sha256(Path(session.catalogue.path).read_bytes()).hexdigest() == before


def test_an_address_that_is_no_web_address_is_one_message(  # type: ignore[no-untyped-def]
    qtbot, session, dialog_answers
) -> None:
    """ "api.kolada.se/v3" without https:// raised ValueError out of the worker."""
    dialog = _dialog(qtbot, session)
    dialog.api_url.setText("api.kolada.se/v3")
    dialog.fetch_from_kolada()
    assert dialog_answers.kinds() == ["error"]
    text = str(dialog_answers.asked[0][1]["text"])
    assert text.startswith("“api.kolada.se/v3” is not a web address") and "\n" not in text
    assert session.undo_stack.count() == 0
    assert dialog.settings.kolada_api_url == ""  # a wrong address is not remembered


def test_preferences_refuse_a_kolada_address_that_is_no_web_address(  # type: ignore[no-untyped-def]
    qtbot, session
) -> None:
    """Any text was saved as Kolada's address, to fail at the next fetch."""
    from amp_desktop.ui.preferences import PreferencesDialog
    from amp_desktop.ui.settings import Settings

    settings = Settings()
    dialog = PreferencesDialog(settings, session=session)
    qtbot.addWidget(dialog)
    dialog.yearly_group.kolada_address.setText("api.kolada.se/v3")
    dialog.accept()
    assert dialog.yearly_group.address_problem_label.text().startswith(
        "Kolada address: “api.kolada.se/v3”"
    )
    assert settings.kolada_api_url == ""
    dialog.yearly_group.kolada_address.setText("http://127.0.0.1:8099/v3/")
    dialog.accept()
    assert settings.kolada_api_url == "http://127.0.0.1:8099/v3/"
