"""The example catalogue is generated from the Västerås table, reproducibly."""

from __future__ import annotations

import hashlib
import json

from amp_desktop.core.example import FICTITIOUS_NOTE, build_example, example_json_path
from amp_desktop.core.store import Catalogue
from amp_desktop.resources import resource_path

#: SHA-256 of the Västerås report's table as published (shared/domain in the design
#: folder, which a clone of this repository does not have): the shipped copy must stay
#: byte for byte the report's text.
REPORT_CSV_SHA256 = "d28fa60864bdc265348867be48bf5c7bbd61151b99358cfa62a85bf547ac1cd8"


def test_shipped_csv_is_the_reports_exact_text() -> None:
    shipped = resource_path("example", "vasteras-2021-programmes.csv").read_bytes()
    assert hashlib.sha256(shipped).hexdigest() == REPORT_CSV_SHA256


def test_shipped_example_is_what_the_generator_makes() -> None:
    made = build_example(resource_path("example", "vasteras-2021-programmes.csv"))
    shipped = json.loads(example_json_path().read_text(encoding="utf-8"))
    assert made == shipped


def test_example_catalogue_content(example: Catalogue) -> None:
    programmes = example.programmes()
    assert len(programmes) == 21
    assert all(FICTITIOUS_NOTE in p.notes for p in programmes)
    etablering = example.find("Etablering/Kommun")
    assert etablering is not None
    assert (etablering.places, etablering.budgeted_places) == (24, 10)
    assert etablering.main_sources() == ("AF",)
    assert etablering.fallback_sources() == ("AME",)
    summer = example.find("Sommarsysselsättning /Allegro - Feriepraktik")
    assert summer is not None and summer.months == (6, 7, 8) and summer.places == 660
    months = {row[1] for row in example.demand_rows()}
    assert len(months) == 24
    kinds = {row[3] for row in example.demand_rows()}
    assert kinds == {"actual", "forecast"}
    assert all(p.annual_budget_sek is not None and p.average_stay_weeks for p in programmes)


def test_example_note_is_in_the_language_in_use(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    """The note on every example programme was English in a Swedish window."""
    from amp_desktop.core import i18n
    from amp_desktop.core.example import load_example

    swedish = {FICTITIOUS_NOTE: "Exempeldata: påhittade siffror."}
    i18n.set_backend(lambda context, text: swedish.get(text, text), "sv")
    try:
        catalogue = make_catalogue()
        load_example(catalogue)
    finally:
        i18n.set_backend(None)
    notes = [p.notes for p in catalogue.programmes()]
    assert all("Exempeldata: påhittade siffror." in n for n in notes)
    assert not any(FICTITIOUS_NOTE in n for n in notes)
