"""The what-if panel as a unit head uses it (4 December, evening): long names, names
in other spellings, every step undone one at a time, a promotion of an unnamed one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from amp_desktop.core.planning import Period
from amp_desktop.core.planning.scenarios import Adjustment
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.planning import PlanningView
from amp_desktop.ui.planning.scenario_models import adjustment_text
from amp_desktop.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen, on show()

LONG = (
    "Utökning av platser på Östra Mälardalens arbetsmarknadsenhet inför budgetåret "
    "2027 – alternativ två"
)


@pytest.fixture
def view(qtbot, example: Catalogue) -> Iterator[PlanningView]:  # type: ignore[no-untyped-def]
    widget = PlanningView(CatalogueSession(example), Settings())
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.set_period(Period.year(2026))
    widget.tabs.setCurrentWidget(widget.scenarios)
    yield widget


def _saved(catalogue: Catalogue) -> dict[str, str | None]:
    return {name: catalogue.scenario_data(name) for name in catalogue.scenario_names()}


def test_a_long_name_leaves_room_to_type_and_to_compare(view: PlanningView) -> None:
    """A saved name of 90 letters made the list of saved scenarios as wide as itself
    (the name being typed got 30 pixels) and every column of its side in the
    comparison as wide as the name."""
    panel = view.scenarios
    panel.add_adjustment(Adjustment(11, "places", "add", 20))
    panel.name.setText(LONG)
    assert panel.save()
    panel.right_choice.setCurrentIndex(panel.right_choice.findData(LONG))
    assert panel.name.width() >= 200
    assert panel.saved.width() <= 300
    header = panel.comparison_view.horizontalHeader()
    model = panel.comparison
    for section in range(1, model.columnCount()):
        assert header.sectionSize(section) < 250, model.headerData(
            section, Qt.Orientation.Horizontal
        )
    right = [s for s in range(1, model.columnCount()) if s % 2 == 0]  # (the right side's columns)
    for section in right:
        title = str(model.headerData(section, Qt.Orientation.Horizontal))
        assert title.splitlines()[1].endswith("…")
        tip = str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
        assert LONG in tip


def test_a_percentage_change_is_written_as_the_language_writes_a_share(request) -> None:  # type: ignore[no-untyped-def]
    change = Adjustment(11, "average_stay_weeks", "percent", -10)
    assert adjustment_text(change) == "-10%"  # as "87.5%" in the tables
    request.getfixturevalue("swedish")
    assert adjustment_text(change) == "\u221210\u00a0%"  # (as format_percent)


def test_promoting_a_scenario_not_yet_named_says_what_undo_takes_back(view: PlanningView) -> None:
    panel = view.scenarios
    panel.add_adjustment(Adjustment(11, "places", "add", 5))
    panel.promote()
    stack = view.session.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Places from the what-if scenario"  # not "… scenario “”"


def test_every_step_is_one_undo_step_and_all_undone_is_as_before(
    view: PlanningView, example: Catalogue, dialog_answers
) -> None:  # type: ignore[no-untyped-def]
    """Save, save again changed, save under another name (a rename keeps the old one:
    Save is "save as"), the same name in capitals, replace another, delete: each one
    undo step; all undone, the scenarios are byte for byte as before; all redone,
    as after."""
    panel, stack = view.scenarios, view.session.undo_stack
    before = _saved(example)
    steps = [
        ("Plan å", Adjustment(11, "places", "add", 5)),
        ("Plan å", Adjustment(2, "average_stay_weeks", "set", 8)),
        ("Plan ö", None),
        ("PLAN Ö", Adjustment(3, "demand", "percent", 10)),
        ("plan å", None),  # another's name: asked, and replaced
    ]
    for count, (name, adjustment) in enumerate(steps, start=1):
        if adjustment is not None:
            panel.add_adjustment(adjustment)
        panel.name.setText(name)
        assert panel.save(), name
        assert stack.count() == count, name
    assert [kind for kind in dialog_answers.kinds() if kind == "confirm"] == ["confirm"]
    assert example.scenario_names() == ["PLAN Ö", "plan å"]
    panel.saved.setCurrentText("PLAN Ö")
    panel.delete()
    assert stack.count() == len(steps) + 1
    after = _saved(example)
    assert list(after) == ["plan å"]
    while stack.canUndo():
        stack.undo()
    assert _saved(example) == before
    while stack.canRedo():
        stack.redo()
    assert _saved(example) == after
    assert [panel.saved.itemText(i) for i in range(panel.saved.count())] == ["plan å"]


def test_places_are_typed_whole(view: PlanningView) -> None:
    """ "Change by 0.5 places" was accepted and rounded away unseen."""
    panel = view.scenarios
    panel.target.setCurrentIndex(panel.target.findData("places"))
    for mode, decimals in (("set", 0), ("add", 0), ("percent", 1)):
        panel.mode.setCurrentIndex(panel.mode.findData(mode))
        assert panel.value.decimals() == decimals, mode
    panel.target.setCurrentIndex(panel.target.findData("average_stay_weeks"))
    panel.mode.setCurrentIndex(panel.mode.findData("add"))
    assert panel.value.decimals() == 1


def test_the_programmes_to_change_are_listed_by_name(
    view: PlanningView, example: Catalogue
) -> None:
    """They came in the order they were added: a programme added last (or renamed) was
    at the foot of the list, not where the Planning table has it."""
    atlas = example.find("Atlas")
    assert atlas is not None
    renamed = atlas.replace(name="Yrkessvenska")
    view.session.run(
        lambda c: c.apply(ChangeSet("rename", (ProgrammeChange(atlas.id or 0, atlas, renamed),)))
    )
    combo = view.scenarios.programme
    listed = [combo.itemText(i) for i in range(combo.count())]
    table = [view.model.item(r).name for r in range(view.model.rowCount())]
    assert listed == table
