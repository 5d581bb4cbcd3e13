"""The printed results hide no count that a type's total and a unit's total give away
together (6 December: the example catalogue with random results printed C2C's 3 exits
as "<5", and the primary total less Jobbcentrum's total, less and plus the shown
programmes, gave 3)."""

from __future__ import annotations

from amp_desktop.core.excel.results_sheet import year_document
from amp_desktop.core.results.disclosure import COUNTED, Disclosure, programme_ref
from amp_desktop.core.store import Catalogue
from tests.results_data import store_results


def test_a_type_total_and_a_unit_total_give_no_hidden_count_away(example: Catalogue) -> None:
    store_results(example, 2021, 2, 1, 3)
    document = year_document(example, 2021)
    disclosure = Disclosure(document, groupings=("type", "unit", "need_level"))
    programmes = document["programmes"]
    leaks = []
    for measure in COUNTED:
        for programme_type in document["totals"]["type"]:
            for unit in document["totals"]["unit"]:
                if disclosure.hidden(("type", programme_type), measure) or disclosure.hidden(
                    ("unit", unit), measure
                ):
                    continue
                # type total − unit total = (type, not unit) − (unit, not type): shown
                # programmes known, so one hidden programme there is worked out.
                apart = [
                    p
                    for p in programmes
                    if (p["type"] == programme_type) != (p["unit"] == unit)
                    and disclosure.hidden(programme_ref(p["id"]), measure)
                ]
                if len(apart) == 1:
                    leaks.append((measure, programme_type, unit, apart[0]["name"]))
    assert not leaks
    assert disclosure.count(("all", ""), "participants") is None  # the totals stay shown
