"""Results → Use Measured Stay: the period's mean stay at exit in place of the average
stay of one programme or of every programme shown, said before → after first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from amp_desktop.core.i18n import translate
from amp_desktop.core.results.stays import measured_stays_of, use_measured_stays
from amp_desktop.core.store import ChangeSet
from amp_desktop.core.tables.formats import WEEKS, cell_text
from amp_desktop.ui import dialogs

if TYPE_CHECKING:
    from amp_desktop.ui.results.view import ResultsView

#: Programmes named one by one in the question; the others are counted.
NAMED = 8


def use_measured_stay(view: ResultsView, every_programme: bool) -> ChangeSet | None:
    """Ask, then make the change (one undo step); None when nothing was changed."""
    title = translate("ResultsView", "Use measured stay")
    if every_programme:
        ids = [row["id"] for row in view.model.rows()]
    else:
        selected = view.selected_programme()
        if selected is None:
            dialogs.inform(view, title, translate("ResultsView", "Select a programme first."))
            return None
        ids = [selected]
    catalogue = view.session.catalogue
    period = view.period()
    change = use_measured_stays(
        catalogue, ids, measured_stays_of(catalogue, period.first, period.last)
    )
    if change.is_empty():
        dialogs.inform(
            view,
            title,
            translate(
                "ResultsView",
                "Nothing to change: nobody left in the period, or the average stay "
                "already is the measured one.",
            ),
        )
        return None
    if not dialogs.confirm(
        view, title, question(change, period.first, period.last), translate("ResultsView", "Use")
    ):
        return None
    done = view.session.run(change, parent=view, title=title)
    if done is not None:
        view.statusMessage.emit(done.description)
    return done


def question(change: ChangeSet, first: str, last: str) -> str:
    """Which average stays become what, and what the measured stay leaves out."""
    lines = [
        translate("ResultsView", "{name}: {before} → {after} weeks").format(
            name=part.after.name,
            before=cell_text(WEEKS, part.before.average_stay_weeks) or "–",
            after=cell_text(WEEKS, part.after.average_stay_weeks),
        )
        for part in change.programmes[:NAMED]
        if part.before is not None and part.after is not None
    ]
    more = len(change.programmes) - NAMED
    if more == 1:
        lines.append(translate("ResultsView", "and 1 more programme"))
    elif more > 1:
        lines.append(translate("ResultsView", "and {n} more programmes").format(n=more))
    return translate(
        "ResultsView",
        "Put the mean stay at exit measured in {first} … {last} in place of the average "
        "stay:\n\n{lines}\n\nIt counts those who left in the period; those still enrolled "
        "are not in it, so for a long programme it can be shorter than the real stay. "
        "Edit → Undo puts the average stays back.",
    ).format(first=first, last=last, lines="\n".join(lines))
