"""Hand-computed figures at the edges of an enrolment, through `amp import` → `amp results
--json`: a stay of no days, one ending on a month's and a year's last day, one across the
new year, a leap day, an ongoing one, a re-enrolment, a person in two programmes; the
stay histogram's whole weeks; a total whose programmes have no budget; and a programme
whose list covers less of the period than the others'."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from amp_desktop.cli import main
from amp_desktop.core.domain import Programme, ProgrammeType
from amp_desktop.core.personal import luhn_ok
from amp_desktop.core.planning import Period
from amp_desktop.core.results.aggregate import Enrolment, aggregate
from amp_desktop.core.results.figures import Tally
from amp_desktop.core.results.uncovered import programme_gaps, programme_gaps_note
from amp_desktop.core.store import Catalogue
from tests.participant_lists import write_list

D = dt.date
HEADER = ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön"]
HEADER += ["Bedömningsnivå"]


def _number(person: str) -> str:
    """A ten-digit identity number with a valid check digit (odd second-to-last: a man)."""
    i = ord(person) - ord("A")
    man = person in "BDF"
    birth = D(1980 + i, 1 + i, 1 + i)
    for gender in range(1 if man else 0, 10, 2):
        base = f"{birth:%y%m%d}{10 + i:02d}{gender}"
        check = next((c for c in range(10) if luhn_ok(f"{base}{c}")), None)
        if check is not None:
            return f"{base[:6]}-{base[6:]}{check}"
    raise AssertionError("no check digit")


# (person, programme, start, end, exit reason, gender, need level)
ENROLMENTS: list[tuple[str, str, dt.date, dt.date | None, str | None, str, str]] = [
    ("A", "Alfa", D(2024, 3, 10), D(2024, 3, 10), "Arbete utan stöd", "K", "AM1"),  # 0 days
    ("B", "Alfa", D(2024, 1, 1), D(2024, 1, 31), "Extratjänst", "M", "AM2"),  # a month's last day
    ("C", "Alfa", D(2024, 12, 15), D(2025, 1, 10), "Studier", "K", "AM1"),  # across the new year
    ("D", "Alfa", D(2024, 2, 29), D(2024, 3, 7), "Arbete med stöd", "M", "AM3"),  # leap day
    ("E", "Alfa", D(2024, 5, 1), None, None, "K", "AM2"),  # ongoing
    ("A", "Alfa", D(2024, 6, 3), D(2024, 6, 9), "Åter till AF", "K", "AM1"),  # re-enrolment
    ("A", "Beta", D(2024, 7, 1), D(2024, 12, 31), "Uppdraget slutfört", "K", "AM1"),  # two
    ("F", "Beta", D(2024, 1, 1), D(2024, 12, 31), "Arbete utan stöd", "M", "AM3"),  # the year
]


def _catalogue(path: Path) -> Path:
    with Catalogue.create(path) as catalogue:
        catalogue.add_programme(
            Programme(
                "Alfa",
                type=ProgrammeType.PRIMARY,
                unit="Navet",
                places=2,
                annual_budget_sek=366_000,
                goal_work_or_studies_share=0.5,
            )
        )
        catalogue.add_programme(
            Programme("Beta", type=ProgrammeType.SECONDARY, unit="Navet", places=1)
        )  # no budget
    return path


@pytest.fixture()
def imported(tmp_path: Path) -> Path:
    path = _catalogue(tmp_path / "edges.amp")
    rows: list[list[Any]] = [HEADER]
    rows += [[_number(p), prog, s, e, r, g, n] for p, prog, s, e, r, g, n in ENROLMENTS]
    listed = write_list(tmp_path / "deltagare.xlsx", rows)
    assert main(["import", str(path), str(listed), "--kind", "participants"]) == 0
    return path


def _results(path: Path, capsys: pytest.CaptureFixture[str], *period: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["results", str(path), "--json", *period]) == 0
    document: dict[str, Any] = json.loads(capsys.readouterr().out)
    return document


def _row(document: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in document["programmes"] if p["name"] == name)


def _counts(figures: dict[str, Any]) -> tuple[Any, ...]:
    keys = ("participants", "starts", "exits", "work_or_studies")
    return tuple(figures[key] for key in keys)


def test_the_edges_of_an_enrolment_in_a_year_by_hand(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    year = _results(imported, capsys, "--year", "2024")
    alfa = _row(year, "Alfa")
    # Six enrolments start in 2024 (A twice); C leaves in 2025, E is still there.
    assert _counts(alfa) == (6, 6, 4, 2)
    assert alfa["exits_by_reason"]["municipal_job"] == 1  # B's extratjänst: not work
    assert alfa["work_or_studies_share"] == pytest.approx(2 / 4)  # A's work, D's subsidised
    # Stays end − start: 0, 30, 7 and 6 days → whole weeks 0, 4, 1, 0.
    assert alfa["median_stay_weeks"] == 0.5
    assert alfa["mean_stay_weeks"] == pytest.approx(43 / 4 / 7)
    # Days, first and last counted: A 1, B 31, C 17, D 8 (29 Feb – 7 Mar), E 245, A 7.
    assert alfa["average_occupancy"] == pytest.approx(309 / 366)
    assert alfa["actual_utilisation"] == pytest.approx(309 / 366 / 2)
    assert alfa["cost_per_participant_sek"] == pytest.approx(61_000)
    assert alfa["cost_per_work_or_studies_sek"] == pytest.approx(183_000)
    women, men = alfa["by_gender"]["K"], alfa["by_gender"]["M"]
    assert _counts(women) == (4, 4, 2, 1)  # A, C, E, A again
    assert _counts(men) == (2, 2, 2, 1)  # B, D
    assert (women["median_stay_weeks"], men["median_stay_weeks"]) == (0.0, 2.5)  # 0 0 | 4 1
    assert women["mean_stay_weeks"] == pytest.approx((0 + 6) / 2 / 7)
    assert men["mean_stay_weeks"] == pytest.approx((30 + 7) / 2 / 7)
    beta = _row(year, "Beta")
    # A 1 Jul – 31 Dec: 183 days, 26 weeks; F the whole leap year: 365 days, 52 weeks.
    assert _counts(beta) == (2, 2, 2, 1)
    assert beta["median_stay_weeks"] == 39.0
    assert beta["mean_stay_weeks"] == pytest.approx((183 + 365) / 2 / 7)
    assert beta["average_occupancy"] == pytest.approx((184 + 366) / 366)
    assert beta["cost_per_participant_sek"] is None  # no budget: not known, never 0
    # The totals are the sums of their rows: by type, by need level, all.
    primary, secondary = year["totals"]["type"]["primary"], year["totals"]["type"]["secondary"]
    assert _counts(primary) == _counts(alfa) and _counts(secondary) == _counts(beta)
    needs = year["totals"]["need_level"]
    assert {k: _counts(v) for k, v in needs.items()} == {
        "AM1": (4, 4, 3, 1),  # A, C, A again, A in Beta
        "AM2": (2, 2, 1, 0),  # B, E
        "AM3": (2, 2, 2, 2),  # D, F
    }
    assert _counts(year["all"]) == (8, 8, 6, 3)
    assert year["all"]["median_stay_weeks"] == 2.5  # weeks 0 0 1 4 26 52
    assert year["all"]["mean_stay_weeks"] == pytest.approx((43 + 183 + 365) / 6 / 7)


def test_a_tertial_a_month_and_a_range_across_the_new_year_by_hand(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    t1 = _row(_results(imported, capsys, "--tertial", "2024-T1"), "Alfa")
    assert _counts(t1) == (3, 3, 3, 2)  # A, B, D
    assert t1["median_stay_weeks"] == 1.0  # weeks 0, 4, 1
    assert t1["average_occupancy"] == pytest.approx((1 + 31 + 8) / 121)
    assert t1["cost_per_participant_sek"] == pytest.approx(366_000 * 4 / 12 / 3)
    # B left on 31 January: February has D only, who came on its last day.
    february = _results(imported, capsys, "--from", "2024-02", "--to", "2024-02")
    assert _counts(_row(february, "Alfa")) == (1, 1, 0, 0)
    assert _row(february, "Alfa")["average_occupancy"] == pytest.approx(1 / 29)
    span = _results(imported, capsys, "--from", "2024-11", "--to", "2025-02")
    alfa = _row(span, "Alfa")
    assert _counts(alfa) == (2, 1, 1, 1)  # E running on 1 November, C's start and exit
    assert alfa["median_stay_weeks"] == 3.0  # C: 15 Dec – 10 Jan, 26 days
    # E 30 + 31 + 31, C 17 + 10 (the list reaches January only) over 120 days.
    assert alfa["average_occupancy"] == pytest.approx(119 / 120)
    assert span["months_without_results"] == ["2025-02"]
    january = _results(imported, capsys, "--from", "2025-01", "--to", "2025-01")
    assert _counts(_row(january, "Alfa")) == (2, 0, 1, 1)
    # Beta's two left on 31 December: a real zero in a month the list covered.
    assert _counts(_row(january, "Beta")) == (0, 0, 0, 0)
    assert _row(january, "Beta")["work_or_studies_share"] is None  # nobody left
    assert _row(january, "Beta")["median_stay_weeks"] is None


def test_what_leaves_the_unit_hides_the_small_counts_of_the_edges(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from amp_desktop.core.reports.results_report import PROGRAMME_KEYS, results_report

    document = _results(imported, capsys, "--year", "2024")
    report = results_report(document, "2024")
    (alfa,) = report.table("Primary programmes").rows
    (beta,) = report.table("Secondary programmes").rows
    cells = {key: (alfa[i], beta[i]) for i, key in enumerate(PROGRAMME_KEYS)}
    # Beta's 2 participants are <5, so Alfa's 6 are hidden too (8 in all is printed).
    assert cells["participants"] == ("..", "<5")
    # Alfa's 4 exits are four reasons of 1 each: "<5" over four "<5" would tell them.
    assert cells["exits"] == ("..", "<5")
    assert cells["work_or_studies"] == ("<5", "<5")
    for key in ("work_or_studies_share", "women_share", "men_share", "median_stay_weeks"):
        assert cells[key] == ("..", ".."), key
    assert cells["cost_per_participant_sek"] == ("..", "–")  # Beta: no budget
    assert cells["actual_utilisation"] == ("42.2%", "150.3%")  # days, not persons
    total = report.table("Totals per need level").total
    assert total is not None and total[1:4] == ("8", "8", "6")
    exact = results_report(document, "2024", exact=True)
    (alfa,) = exact.table("Primary programmes").rows
    assert alfa[1:5] == ("6", "6", "4", "2")


def test_distinct_persons_of_the_year_the_list_wholly_covers(imported: Path) -> None:
    with Catalogue.open(imported, read_only=True) as catalogue:
        alfa, beta = catalogue.find("Alfa"), catalogue.find("Beta")
        assert alfa is not None and alfa.id is not None
        assert beta is not None and beta.id is not None
        # A twice in Alfa and once in Beta: once in each, and once in all.
        assert catalogue.persons(2024) == {"": 6, "K": 3, "M": 3}
        assert catalogue.persons(2024, alfa.id) == {"": 5, "K": 3, "M": 2}
        assert catalogue.persons(2024, beta.id) == {"": 2, "K": 1, "M": 1}
        assert catalogue.persons(2025) == {}  # the list reaches January 2025 only


@pytest.mark.parametrize(
    ("days", "weeks"), [(0, 0), (6, 0), (7, 1), (13, 1), (364, 52), (365, 52), (366, 52), (371, 53)]
)
def test_a_stay_falls_in_the_whole_weeks_it_completed(days: int, weeks: int) -> None:
    start = D(2024, 1, 1)
    counted = aggregate(
        [Enrolment(1, start, start + dt.timedelta(days=days), "work")], "2024-01", "2025-01"
    )
    stays = {m: n for cell in counted.cells.values() for m, n in cell.items() if "stay" in m}
    assert stays == {f"stay:{weeks}": 1, "stay_days": days}


def test_the_median_stay_is_over_whole_weeks_the_mean_over_days() -> None:
    # 6 and 8 days: whole weeks 0 and 1, so the median is 0.5 (the definition AMP
    # documents: "end − start in whole weeks"); the mean is exact, 14 / 2 / 7 = 1.
    start = D(2025, 3, 3)
    counted = aggregate(
        [Enrolment(1, start, start + dt.timedelta(days=d), "work") for d in (6, 8)],
        "2025-03",
        "2025-03",
    )
    tally = Tally()
    for counts in counted.cells.values():
        tally.counts.update(counts)
    assert tally.median_stay_weeks() == 0.5
    assert tally.mean_stay_weeks() == pytest.approx(1.0)


def test_a_total_whose_programmes_have_no_budget_has_no_cost(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The secondary total, whose only programme has no budget, said it cost 0 kr."""
    year = _results(imported, capsys, "--year", "2024")
    secondary = year["totals"]["type"]["secondary"]
    assert secondary["cost_sek"] is None
    assert secondary["cost_per_participant_sek"] is None
    assert year["totals"]["type"]["primary"]["cost_sek"] == pytest.approx(366_000)
    # (a total with some budgets known keeps their sum, as before, but no cost per result)
    assert year["totals"]["unit"]["Navet"]["cost_sek"] == pytest.approx(366_000)
    assert year["totals"]["unit"]["Navet"]["cost_per_participant_sek"] is None


def one_list_begins_later(tmp_path: Path) -> Path:
    """A catalogue of X and Y with one list each for 2024: X's covers the year, Y's
    begins in July."""
    path = tmp_path / "two.amp"
    with Catalogue.create(path) as catalogue:
        for name in ("X", "Y"):
            catalogue.add_programme(Programme(name, places=2, annual_budget_sek=120_000))
    for person, name, start in (("A", "X", D(2024, 1, 1)), ("C", "Y", D(2024, 7, 1))):
        row = [_number(person), name, start, D(2024, 12, 31), "Arbete utan stöd", "K", "AM1"]
        listed = write_list(tmp_path / f"{name}.xlsx", [HEADER, row])
        assert main(["import", str(path), str(listed), "--kind", "participants"]) == 0
    return path


def test_a_programme_whose_list_covers_part_of_the_year_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One list per programme: Y's began in July, X's covered the year, so no month was
    without results "for any programme" and Y's year read a quarter utilised and a
    whole year's budget per participant, without a word."""
    path = one_list_begins_later(tmp_path)
    document = _results(path, capsys, "--year", "2024")
    assert document["months_without_results"] == []
    y = _row(document, "Y")
    assert document["programme_months_without_results"] == {
        str(y["id"]): [f"2024-0{m}" for m in range(1, 7)]
    }
    assert main(["results", str(path), "--year", "2024"]) == 0
    out = capsys.readouterr().out
    said = " ".join(out.split())
    assert (
        "Some months have no results imported for these programmes: Y (2024-01 … 2024-06)" in said
    )
    assert "X (" not in said
    # The second half of the year both lists cover: nothing to say.
    assert (
        _results(path, capsys, "--from", "2024-07", "--to", "2024-12")[
            "programme_months_without_results"
        ]
        == {}
    )


def test_months_no_list_covered_for_any_programme_are_not_said_twice() -> None:
    period = Period.year(2024)
    h2 = [f"2024-{m:02d}" for m in range(7, 13)]
    months = [f"2024-{m:02d}" for m in range(1, 13)]
    imported = {1: set(h2), 2: set(months[3:])}
    # Tre's results are from before the months were recorded: its stored months only.
    gaps = programme_gaps(period, imported, {3: set(months[5:])}, {1, 2, 3})
    assert gaps == {1: months[:6], 2: months[:3]}
    names = {1: "Ett", 2: "Två", 3: "Tre"}
    # January – March no list covered for any programme (uncovered_note says so):
    # only Ett's April – June are more to say.
    covered = set(months[3:])
    note = programme_gaps_note(period, gaps, names, covered)
    assert note is not None and "Ett (2024-01 … 2024-06)" in note and "Två" not in note
    assert programme_gaps_note(period, {2: months[:3]}, names, covered) is None
    assert programme_gaps_note(period, {}, names, covered) is None


@pytest.mark.parametrize("wording", ["SFI", "Studier SFI", "Komvux sfi", "Svenska för invandrare"])
def test_sfi_is_not_guessed_as_studies(wording: str) -> None:
    """SFI gives no right to student finance, which U40455's studies must: it was
    recognised as studies and raised the share to work or studies."""
    from amp_desktop.core.results.categories import recognise_reason

    assert recognise_reason(wording) is None  # the user maps it
    assert recognise_reason("Komvux") == "studies"


def test_a_programme_with_results_where_its_dates_say_it_does_not_run_costs_not_known(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ended 30 June by the catalogue, with participants in the autumn: its budget for
    September–December is 0 kr, and it read "0 kr per participant" — free, not unknown."""
    path = tmp_path / "ended.amp"
    with Catalogue.create(path) as catalogue:
        for name, end in (("Slut", "2024-06-30"), ("Kvar", None)):
            catalogue.add_programme(
                Programme(name, places=2, annual_budget_sek=120_000, end_date=end)
            )
    rows: list[list[Any]] = [HEADER]
    rows.append([_number("A"), "Slut", D(2024, 9, 2), D(2024, 10, 4), "Studier", "K", "AM1"])
    rows.append([_number("C"), "Kvar", D(2024, 9, 2), D(2024, 10, 4), "Studier", "K", "AM1"])
    listed = write_list(tmp_path / "l.xlsx", rows)
    assert main(["import", str(path), str(listed), "--kind", "participants"]) == 0
    document = _results(path, capsys, "--tertial", "2024-T3")
    ended, running = _row(document, "Slut"), _row(document, "Kvar")
    assert ended["participants"] == 1
    assert ended["cost_per_participant_sek"] is None
    assert ended["cost_per_work_or_studies_sek"] is None
    assert running["cost_per_participant_sek"] == pytest.approx(40_000)
    # The total sums a programme whose cost is not known: none per participant either.
    assert document["all"]["cost_per_participant_sek"] is None
    # Without the end date it runs in the tertial: 120,000 kr × 4 ÷ 12 for one participant.
    with Catalogue.open(path) as catalogue:
        slut = catalogue.find("Slut")
        assert slut is not None
        catalogue.update_programme(slut.replace(end_date=None))
    assert _row(_results(path, capsys, "--tertial", "2024-T3"), "Slut")[
        "cost_per_participant_sek"
    ] == pytest.approx(40_000)


def test_a_year_still_running_when_the_list_is_read_is_not_wholly_covered() -> None:
    """A list read on 4 December whose last exit was on the 2nd reaches December, so
    the year was counted as wholly covered and its distinct persons written as the
    year's — with four weeks of the year, and its newcomers, still to come."""
    enrolments = [
        Enrolment(1, D(2026, 1, 12), D(2026, 12, 2), "work", "K", person="a"),
        Enrolment(1, D(2026, 11, 20), None, None, "M", person="b"),
    ]
    read = aggregate(enrolments, "2026-01", "2026-12", until=D(2026, 12, 4))
    assert read.covered_years() == [] and read.persons == {}
    later = aggregate(enrolments, "2026-01", "2026-12", until=D(2027, 1, 8))
    assert later.covered_years() == [2026]
    assert later.persons[(2026, 0, "")] == 2
    # The counts are the same either way (a running enrolment runs to the list's end).
    assert read.cells == later.cells
    assert read.cells[(1, "2026-12", "M", "", "")]["days"] == 31


def test_the_list_remembers_the_day_it_was_read() -> None:
    from amp_desktop.core.excel.participants import SYNONYMS, read_participants
    from amp_desktop.core.excel.read import find_header

    rows: list[list[Any]] = [["Insats", "Startdatum", "Slutdatum"], ["Alfa", D(2026, 11, 2), None]]
    found = find_header(rows, SYNONYMS)
    assert found is not None
    listed = read_participants(rows, "Blad1", *found, lambda name: 1, today=D(2026, 12, 4))
    assert listed.read_on == D(2026, 12, 4)
    assert listed.last_month == "2026-11"


def test_an_import_read_before_the_year_is_over_writes_no_persons_for_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from amp_desktop.core.excel import participants_import

    read = participants_import.read_participants

    def read_on_4_december(*args: Any, **kwargs: Any) -> Any:
        return read(*args, **kwargs, today=D(2026, 12, 4))

    monkeypatch.setattr(participants_import, "read_participants", read_on_4_december)
    path = _catalogue(tmp_path / "early.amp")
    rows: list[list[Any]] = [HEADER]
    rows.append([_number("A"), "Alfa", D(2026, 1, 5), D(2026, 12, 2), "Studier", "K", "AM1"])
    rows.append([_number("B"), "Alfa", D(2026, 3, 2), None, None, "M", "AM1"])
    listed = write_list(tmp_path / "l.xlsx", rows)
    assert main(["import", str(path), str(listed), "--kind", "participants"]) == 0
    with Catalogue.open(path, read_only=True) as catalogue:
        assert catalogue.persons(2026) == {}  # not known yet, rather than 2 for the year
    alfa = _row(_results(path, capsys, "--year", "2026"), "Alfa")
    assert _counts(alfa) == (2, 2, 1, 1)
