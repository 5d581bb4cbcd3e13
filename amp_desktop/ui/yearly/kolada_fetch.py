"""Fetch from Kolada in the Yearly figures window: the published values for the
municipality, fetched in the worker (progress, Cancel) and stored as one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.client import DEFAULT_URL, KoladaClient, KoladaError
from amp_desktop.core.kolada.fetch import FetchResult, fetch, fetch_change
from amp_desktop.core.kolada.transport import check_address
from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.core.yearly.document import catalogue_kpis
from amp_desktop.ui import dialogs, tasks
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.settings import Settings

#: Years fetched: the seven before the year shown, and that year.
FETCH_YEARS = 7


def fetch_from_kolada(
    parent: QWidget,
    session: CatalogueSession,
    settings: Settings,
    code: str,
    address: str,
    year: int,
) -> None:
    """Fetch the values of municipality *code* for *year* and the years before it
    from *address* (blank: Kolada's own) and store what was found as one change; the
    address is remembered once it is known to be one."""
    catalogue = session.catalogue
    kpis = catalogue_kpis(catalogue)
    address = address.strip() or DEFAULT_URL
    try:
        check_address(address)  # a wrong address is said now, and never remembered
    except KoladaError as exc:
        dialogs.error(parent, translate("YearlyDialog", "Kolada"), str(exc))
        return
    settings.kolada_api_url = "" if address == DEFAULT_URL else address
    client = KoladaClient(address, timeout=20.0)
    years = list(range(year - FETCH_YEARS, year + 1))

    def work(progress: Progress) -> FetchResult:
        return fetch(client, kpis, code, years, progress)

    try:
        result = tasks.run(parent, translate("YearlyDialog", "Fetching from Kolada"), work)
    except Cancelled:
        return
    except KoladaError as exc:
        dialogs.error(parent, translate("YearlyDialog", "Kolada"), str(exc))
        return
    try:
        # the field is the catalogue's municipality: a fetch for the code typed in it
        # remembers that code (one undo step); a value no figure can have is refused
        change = fetch_change(catalogue, result, remember_municipality=True)
    except KoladaError as exc:
        dialogs.error(parent, translate("YearlyDialog", "Kolada"), str(exc))
        return
    if session.run(change, parent=parent, title=translate("YearlyDialog", "Not saved")) is None:
        return
    found = result.notes(every_title=False)  # a message box, not a terminal
    if found:
        dialogs.inform(parent, translate("YearlyDialog", "Kolada"), "\n".join(found))
