"""The printouts of a catalogue with a programme without a budget: what the results
and the audit print where a cost cannot be worked out (night's adversarial pass)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from amp_desktop.core.planning import Period
from amp_desktop.core.reports import KIND_AUDIT, KIND_RESULTS, build_report
from amp_desktop.core.store import Catalogue
from tests.results_data import store_results

TODAY = dt.date(2026, 12, 2)
COSTS = ("Cost per participant", "Cost per exit to work or studies")


@pytest.fixture
def unbudgeted(example: Catalogue) -> Catalogue:
    """The example with a year of results for Atlas and Krami; Krami has no budget."""
    atlas, krami = example.find("Atlas"), example.find("Krami")
    assert atlas and krami and atlas.id and krami.id
    store_results(example, 2026, programme_ids=[atlas.id, krami.id], starts_per_month=4)
    example.update_programme(krami.replace(annual_budget_sek=None))
    return example


def _table(report: dict, title: str) -> dict:  # type: ignore[type-arg]
    return next(s for s in report["sections"] if s.get("table") == title)


def _cells(table: dict, name: str) -> dict[str, str]:  # type: ignore[type-arg]
    row = next(r for r in [*table["rows"], table.get("total") or ()] if r and r[0] == name)
    return dict(zip(table["columns"], row, strict=True))


def test_the_results_print_a_dash_for_a_cost_not_known(unbudgeted: Catalogue) -> None:
    """The definitions under the tables say a total without a cost shows "–", but the
    cells were blank (Krami's own costs too), as if the printer had left them out."""
    report = build_report(
        unbudgeted, KIND_RESULTS, Period.year(2026), printed_on=TODAY, exact=True
    ).to_json()
    primary = _table(report, "Primary programmes")
    columns = list(primary["columns"])
    costs = [c for c in columns if c.replace("\n", " ") in COSTS]
    assert len(costs) == 2
    krami = _cells(primary, "Krami")
    assert [krami[c] for c in costs] == ["–", "–"]
    total = _cells(primary, "All primary programmes")
    assert [total[c] for c in costs] == ["–", "–"]  # a sum over a programme without a budget
    secondary = _cells(_table(report, "Secondary programmes"), "Atlas")
    assert all(secondary[c].startswith("SEK") for c in costs)  # Atlas's are known


def test_the_audit_says_no_budget_in_the_cost_table(unbudgeted: Catalogue) -> None:
    """Section 2 printed Krami's row empty beside its name: no budget, no cost."""
    report = build_report(unbudgeted, KIND_AUDIT, Period.year(2026), printed_on=TODAY).to_json()
    table = _table(report, "2. What does a place cost?")
    krami = list(_cells(table, "Krami").values())
    assert krami[1:] == ["no budget", "–", "–", "–", "–"]
    atlas = list(_cells(table, "Atlas").values())
    assert all(cell.startswith("SEK") for cell in atlas[1:4])  # its last two may be hidden


def test_the_audits_results_heading_goes_with_its_tables(unbudgeted: Catalogue) -> None:
    """ "3–4. What results, reported apart?" and its sentence ended page 3 of a
    printout whose results began on page 4: the paragraph is kept with the next."""
    from amp_desktop.core.reports import Paragraph

    report = build_report(unbudgeted, KIND_AUDIT, Period.year(2026), printed_on=TODAY)
    (intro,) = [
        s for s in report.sections if isinstance(s, Paragraph) and s.title.startswith("3–4")
    ]
    assert intro.keep_with_next


def test_an_empty_catalogues_audit_says_so_in_every_section(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    """Sections 2 and 5 printed a lone "–" under their headings (section 1 said the
    catalogue has no programmes)."""
    empty = make_catalogue("empty.amp")
    report = build_report(empty, KIND_AUDIT, Period.year(2026), printed_on=TODAY)
    tables = {t.title: t for t in report.tables()}
    for title in ("1. Do places match need?", "2. What does a place cost?"):
        assert tables[title].empty == "The catalogue has no programmes."
    assert tables["5. Does it have a mandate and a decision?"].empty == (
        "The catalogue has no programmes."
    )


def test_the_first_page_writes_a_share_not_known_as_a_dash(example: Catalogue) -> None:
    """Without results the first page's "Share to work or studies" row was blank
    in every column, as if cut off."""
    report = build_report(example, KIND_AUDIT, Period.year(2026), printed_on=TODAY)
    glance = report.table("At a glance")
    (share,) = [r for r in glance.rows if r[0] == "Share to work or studies"]
    assert share[1:] == ("–", "–", "–")


def test_the_catalogue_list_counts_one_programme_in_the_singular(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    """ "1 programmes" under the title of a catalogue with one programme; and the
    note on fallback sources in brackets printed under a list with no brackets."""
    from amp_desktop.core.domain import Programme, SourceLink, SourceRole

    one = make_catalogue("one.amp")
    one.add_programme(Programme(name="Atlas", places=10, sources=(SourceLink("AF"),)))
    report = build_report(one, "catalogue", printed_on=TODAY)
    assert "1 programme" in report.subtitle and "1 programmes" not in report.subtitle
    assert not [s for s in report.to_json()["sections"] if "paragraph" in s]
    atlas = one.find("Atlas")
    assert atlas is not None
    one.update_programme(
        atlas.replace(sources=(SourceLink("AF"), SourceLink("SKE", SourceRole.FALLBACK)))
    )
    report = build_report(one, "catalogue", printed_on=TODAY).to_json()
    notes = [s["text"] for s in report["sections"] if "paragraph" in s]
    assert notes == [
        "Referral sources in brackets are fallbacks: they fill places the main sources leave empty."
    ]


def test_one_tertial_running_is_said_in_the_singular(example: Catalogue) -> None:
    """Preferences allow 1 tertial for "places far from need": the audit printed
    "Places far from need 1 tertials running" and each finding likewise."""
    example.set_audit_settings({"audit_far_tertials_running": 1})
    report = build_report(example, KIND_AUDIT, Period.year(2026), printed_on=TODAY)
    text = json.dumps(report.to_json(), ensure_ascii=False)
    assert "1 tertials" not in text
    assert "Places far from need for 1 tertial" in text
    assert "places far from need for 1 tertial: 2026-T" in text


def test_the_cost_of_programmes_none_of_which_has_a_budget_is_not_known(
    example: Catalogue,
) -> None:
    """With no budget anywhere the first page read "Cost in the period: SEK 0" over
    "Without a budget (not in the cost): 21"."""
    for programme in example.programmes():
        example.update_programme(programme.replace(annual_budget_sek=None))
    glance = build_report(example, KIND_AUDIT, Period.year(2026), printed_on=TODAY).table(
        "At a glance"
    )
    rows = {r[0]: r[1:] for r in glance.rows}
    assert rows["Cost in the period"] == ("–", "–", "–")
    assert rows["Without a budget (not in the cost)"] == ("21", "11", "10")


def test_a_cost_known_in_part_is_still_printed(unbudgeted: Catalogue) -> None:
    glance = build_report(unbudgeted, KIND_AUDIT, Period.year(2026), printed_on=TODAY).table(
        "At a glance"
    )
    rows = {r[0]: r[1:] for r in glance.rows}
    assert all(cell.startswith("SEK") for cell in rows["Cost in the period"])
