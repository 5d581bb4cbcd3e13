"""Measured mean stay at exit and monthly occupancy, by hand; the stay put in the plan."""

from __future__ import annotations

import datetime as dt

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.results.aggregate import Enrolment, aggregate
from amp_desktop.core.results.stays import (
    MeasuredStay,
    measured_stays,
    measured_stays_of,
    monthly_occupancy,
    results_span,
    use_measured_stays,
)
from amp_desktop.core.store import ChangeSet, ResultsChange

D = dt.date


def _enrolments(a: int, b: int, c: int) -> list[Enrolment]:
    return [
        Enrolment(a, D(2025, 1, 1), D(2025, 6, 30), "work", "K", "AM2"),  # 180 days
        Enrolment(a, D(2025, 2, 1), D(2025, 3, 31), "interrupted", "M", "AM3"),  # 58 days
        Enrolment(b, D(2025, 1, 1), D(2025, 2, 28), "studies", "M", "AM1"),  # 58 days
        Enrolment(b, D(2025, 3, 1), D(2025, 4, 30), "municipal_job", "K", "AM1"),  # 60 days
        Enrolment(b, D(2025, 5, 5), D(2025, 5, 8), "interrupted", "K", ""),  # 3 days
        Enrolment(c, D(2025, 5, 1), None, None, "K", ""),  # still running: no stay
    ]


@pytest.fixture()
def with_results(make_catalogue):  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    ids = []
    for name, stay in (("Arbetsträning", 26.0), ("Jobbspår", 12.0), ("Studiestöd", 8.0)):
        catalogue.add_programme(Programme(name, places=5, average_stay_weeks=stay))
        ids.append(next(p.id for p in catalogue.programmes() if p.name == name))
    rows = tuple(aggregate(_enrolments(*ids), "2025-01", "2025-12").rows())
    catalogue.apply(
        ChangeSet("results", results=(ResultsChange(tuple(ids), "2025-01", "2025-12", (), rows),))
    )
    return catalogue, ids


def test_the_mean_stay_at_exit_is_stay_days_over_exits_in_weeks(with_results) -> None:  # type: ignore[no-untyped-def]
    catalogue, (a, b, c) = with_results
    stays = measured_stays_of(catalogue)
    assert set(stays) == {a, b}  # the running enrolment has not exited
    assert stays[a].exits == 2 and stays[a].mean_weeks == pytest.approx((180 + 58) / 2 / 7)
    assert stays[a].rounded_weeks == 17.0
    assert stays[b].exits == 3
    assert stays[b].mean_weeks == pytest.approx((58 + 60 + 3) / 3 / 7)
    assert stays[b].rounded_weeks == 5.8


def test_a_stay_of_no_days_is_kept_as_the_least_average_stay() -> None:
    assert MeasuredStay(1, 1, 0.0).rounded_weeks == 0.1
    assert MeasuredStay(1, 1, 9999.0).rounded_weeks == 520.0


def test_measured_stays_sum_over_genders_and_need_levels() -> None:
    tallies = {
        (1, "K", "AM1"): {"exit:work": 1, "stay_days": 14},
        (1, "M", ""): {"exit:studies": 2, "stay_days": 28},
        (2, "K", ""): {"starts": 3},
    }
    assert measured_stays(tallies) == {1: MeasuredStay(1, 3, 2.0)}


def test_occupancy_is_participant_days_over_the_days_of_the_month(with_results) -> None:  # type: ignore[no-untyped-def]
    catalogue, (a, b, c) = with_results
    occupancy = monthly_occupancy(catalogue.results_scope([a, b, c], "2025-01", "2025-12"))
    assert occupancy[a]["2025-01"] == pytest.approx(1.0)
    assert occupancy[a]["2025-02"] == pytest.approx(2.0)  # both all of February
    assert occupancy[a]["2025-06"] == pytest.approx(1.0)
    assert "2025-07" not in occupancy[a]
    assert occupancy[b]["2025-05"] == pytest.approx(4 / 31)  # 5th to 8th of May
    assert occupancy[c]["2025-05"] == pytest.approx(1.0)
    assert occupancy[c]["2025-12"] == pytest.approx(1.0)  # running to the list's end
    assert results_span(catalogue.results_months()) == ("2025-01", "2025-12")
    assert results_span({}) is None


def test_using_the_measured_stays_is_one_change_that_undo_takes_back(with_results) -> None:  # type: ignore[no-untyped-def]
    catalogue, (a, b, c) = with_results
    stays = measured_stays_of(catalogue)
    change = use_measured_stays(catalogue, [a, b, c], stays)
    assert {p.id for p in change.programmes} == {a, b}  # c has no measured stay
    assert "2 programmes" in change.description
    catalogue.apply(change)
    assert catalogue.programme(a).average_stay_weeks == 17.0  # type: ignore[union-attr]
    assert catalogue.programme(b).average_stay_weeks == 5.8  # type: ignore[union-attr]
    assert catalogue.programme(c).average_stay_weeks == 8.0  # type: ignore[union-attr]
    log = catalogue.change_log(a)
    assert log and log[0]["field"] == "average_stay_weeks"
    assert use_measured_stays(catalogue, [a, b], stays).is_empty()  # already in place
    catalogue.apply(change.inverse())
    assert catalogue.programme(a).average_stay_weeks == 26.0  # type: ignore[union-attr]
    one = use_measured_stays(catalogue, [b], stays)
    assert len(one.programmes) == 1 and "Jobbspår" in one.description


def test_the_measured_stay_of_a_period_counts_only_its_exits(with_results) -> None:  # type: ignore[no-untyped-def]
    catalogue, (a, b, c) = with_results
    stays = measured_stays_of(catalogue, "2025-01", "2025-03")
    assert stays[a] == MeasuredStay(a, 1, 58 / 7)  # the March exit; June's is later
    assert stays[b] == MeasuredStay(b, 1, 58 / 7)
