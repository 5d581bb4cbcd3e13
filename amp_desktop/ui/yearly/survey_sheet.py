"""Save Survey Sheet… in the Yearly figures window: the year's figures in the survey's
order as an Excel sheet, small counts hidden unless the figures are to be exact,
written in the worker (progress, Cancel)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from amp_desktop.core.i18n import translate
from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.ui import dialogs, tasks
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.settings import Settings


def save_survey_sheet(
    parent: QWidget, session: CatalogueSession, settings: Settings, year: int
) -> str:
    """Ask for a file and write the survey sheet of *year* to it; the path written,
    or "" when none was."""
    from amp_desktop.core.results.disclosure import EXACT_KEY, exact_setting
    from amp_desktop.core.yearly.document import yearly_report
    from amp_desktop.core.yearly.survey_xlsx import write_survey

    title = translate("YearlyDialog", "Save Survey Sheet")
    path = dialogs.save_file(
        parent, title, "", translate("YearlyDialog", "Excel workbooks (*.xlsx)")
    )
    if not path:
        return ""
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    catalogue = session.catalogue
    exact = settings.exact_override() or exact_setting(catalogue.meta(EXACT_KEY))

    def work(progress: Progress) -> None:
        report = yearly_report(catalogue, year, progress=progress)
        write_survey(report, path, exact=exact, progress=progress)

    try:
        tasks.run(parent, title, work)
    except Cancelled:
        return ""
    except OSError as exc:
        dialogs.error(parent, title, str(exc))
        return ""
    return path
