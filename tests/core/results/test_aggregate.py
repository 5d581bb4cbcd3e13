"""Enrolments counted into monthly aggregates and back into figures, by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from amp_desktop.core.planning.period import Period
from amp_desktop.core.results.aggregate import (
    ALL_PROGRAMMES,
    Enrolment,
    age_band,
    aggregate,
)
from amp_desktop.core.results.categories import (
    ExitReason,
    recognise_reason,
    work_or_studies_share,
)
from amp_desktop.core.results.figures import (
    ProgrammeFacts,
    Tally,
    histogram_median,
    programme_results,
)

D = dt.date


def _tallies(agg, programme_id, period):  # type: ignore[no-untyped-def]
    """Sum the aggregates of one programme for *period* by gender, as the store does."""
    months = set(period.months())
    by_gender: dict[str, Tally] = {}
    for pid, month, gender, _need, _age, measure, value in agg.rows():
        if pid != programme_id or month not in months:
            continue
        if measure == "enrolled" and month != period.first:
            continue
        by_gender.setdefault(gender, Tally()).counts[measure] += value
    return by_gender


def test_a_stay_shorter_than_a_month_counts_once_with_its_days() -> None:
    agg = aggregate(
        [Enrolment(1, D(2025, 3, 10), D(2025, 3, 24), "work", "K")], "2025-01", "2025-12"
    )
    rows = {(m, measure): v for _, m, _, _, _, measure, v in agg.rows()}
    assert rows == {
        ("2025-03", "starts"): 1,
        ("2025-03", "days"): 15,  # 10th to 24th, both days
        ("2025-03", "exit:work"): 1,
        ("2025-03", "stay:2"): 1,  # 14 days
        ("2025-03", "stay_days"): 14,
    }


def test_an_enrolment_spanning_years_is_enrolled_at_each_month_start() -> None:
    e = Enrolment(1, D(2024, 11, 15), D(2025, 2, 3), "studies", "M")
    agg = aggregate([e], "2024-11", "2025-03")
    rows = {(m, measure): v for _, m, _, _, _, measure, v in agg.rows()}
    assert rows[("2024-11", "starts")] == 1
    assert rows[("2024-12", "enrolled")] == 1
    assert rows[("2025-01", "enrolled")] == 1
    assert rows[("2025-02", "enrolled")] == 1
    assert ("2025-03", "enrolled") not in rows
    assert rows[("2024-11", "days")] == 16
    assert rows[("2024-12", "days")] == 31
    assert rows[("2025-02", "days")] == 3
    assert rows[("2025-02", "exit:studies")] == 1
    assert rows[("2025-02", "stay_days")] == (D(2025, 2, 3) - D(2024, 11, 15)).days  # 80
    # The year 2025 is not wholly covered: no distinct-person count is made up for it.
    assert agg.covered_years() == []


def test_participants_of_a_period_are_the_running_plus_the_starts() -> None:
    enrolments = [
        Enrolment(1, D(2024, 12, 1), None, None, "K"),  # running into the period
        Enrolment(1, D(2025, 1, 20), D(2025, 2, 10), "work", "M"),
        Enrolment(1, D(2025, 3, 1), D(2025, 3, 31), "interrupted", "K"),
        Enrolment(1, D(2025, 5, 1), None, None, "M"),  # after the period
    ]
    agg = aggregate(enrolments, "2024-12", "2025-06")
    period = Period("2025-01", "2025-04")
    figures = programme_results(
        ProgrammeFacts(1, "A", "primary", "U", places=2, annual_budget_sek=120_000),
        _tallies(agg, 1, period),
        period,
    )
    assert figures["participants"] == 3
    assert figures["starts"] == 2
    assert figures["exits"] == 2
    assert figures["work_or_studies"] == 1
    assert figures["work_or_studies_share"] == 0.5
    assert figures["by_gender"]["K"]["participants"] == 2
    assert figures["by_gender"]["M"]["exits_by_reason"]["work"] == 1
    # Days: the running one 120 (Jan–Apr), 20 Jan–10 Feb = 22, March 31 → 173 of 120 days.
    assert figures["average_occupancy"] == pytest.approx(173 / 120)
    assert figures["actual_utilisation"] == pytest.approx(173 / 120 / 2)
    # A third of the annual budget for four months, over 3 participants and 1 result.
    assert figures["cost_per_participant_sek"] == pytest.approx(40_000 / 3)
    assert figures["cost_per_work_or_studies_sek"] == pytest.approx(40_000)


def test_a_re_enrolment_is_two_enrolments_but_one_person() -> None:
    person = object()
    enrolments = [
        Enrolment(1, D(2025, 1, 10), D(2025, 3, 1), "interrupted", "K", person=person),
        Enrolment(1, D(2025, 6, 1), D(2025, 8, 15), "work", "K", person=person),
    ]
    agg = aggregate(enrolments, "2025-01", "2025-12")
    period = Period.year(2025)
    figures = programme_results(
        ProgrammeFacts(1, "A", "primary", "U", 1, None), _tallies(agg, 1, period), period
    )
    assert figures["participants"] == 2  # enrolments
    assert agg.persons[(2025, 1, "")] == 1  # persons
    assert agg.persons[(2025, 1, "K")] == 1
    assert figures["cost_per_participant_sek"] is None  # no budget, no made-up cost


def test_a_person_in_two_programmes_is_counted_once_in_all_programmes() -> None:
    anna, bo = "key-a", "key-b"
    enrolments = [
        Enrolment(1, D(2025, 2, 1), D(2025, 4, 1), "work", "K", person=anna),
        Enrolment(2, D(2025, 5, 1), None, None, "K", person=anna),
        Enrolment(2, D(2025, 5, 1), D(2025, 9, 30), "studies", "M", person=bo),
    ]
    agg = aggregate(enrolments, "2025-01", "2025-12")
    assert agg.persons[(2025, ALL_PROGRAMMES, "")] == 2
    assert agg.persons[(2025, ALL_PROGRAMMES, "K")] == 1
    assert agg.persons[(2025, ALL_PROGRAMMES, "M")] == 1
    assert agg.persons[(2025, 1, "")] == 1
    assert agg.persons[(2025, 2, "")] == 2


def test_an_ongoing_enrolment_has_no_exit_and_runs_to_the_end_of_the_list() -> None:
    agg = aggregate([Enrolment(1, D(2025, 12, 20))], "2025-12", "2025-12")
    rows = {measure: v for *_, measure, v in agg.rows()}
    assert rows == {"starts": 1, "days": 12}


def test_stays_median_and_mean() -> None:
    enrolments = [
        Enrolment(1, D(2025, 1, 1), D(2025, 1, 1) + dt.timedelta(days=d), "work")
        for d in (7, 14, 70, 71)
    ]
    agg = aggregate(enrolments, "2025-01", "2025-12")
    tally = _tallies(agg, 1, Period.year(2025))[""]
    assert tally.stays() == {1: 1, 2: 1, 10: 2}
    assert tally.median_stay_weeks() == 6.0  # (2 + 10) / 2
    assert tally.mean_stay_weeks() == pytest.approx((7 + 14 + 70 + 71) / 4 / 7)
    assert histogram_median({3: 1}) == 3
    assert histogram_median({}) is None


def test_the_share_to_work_or_studies_is_u40455() -> None:
    exits = {"work": 2, "work_subsidised": 1, "studies": 1, "municipal_job": 4, "interrupted": 2}
    assert work_or_studies_share(exits) == 0.4  # an extratjänst is not work
    assert work_or_studies_share({}) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Arbete utan stöd", ExitReason.WORK),
        ("Arbete med stöd", ExitReason.WORK_SUBSIDISED),
        ("Nystartsjobb", ExitReason.WORK_SUBSIDISED),
        ("Extratjänst", ExitReason.MUNICIPAL_JOB),
        ("Kommunal arbetsmarknadsanställning", ExitReason.MUNICIPAL_JOB),
        ("Studier", ExitReason.STUDIES),
        ("Komvux", ExitReason.STUDIES),
        ("Målet uppnått – åter till anvisande", ExitReason.BACK_TO_REFERRER),
        ("Åter till AF", ExitReason.BACK_TO_REFERRER),
        ("Målet uppnått – vidare till annan aktör", ExitReason.OTHER_ACTOR),
        ("Uppdraget slutfört", ExitReason.COMPLETED),
        ("Avbrott – flytt", ExitReason.INTERRUPTED),
        ("Föräldraledighet", ExitReason.INTERRUPTED),
        ("Okänt", ExitReason.UNKNOWN),
        ("Work with subsidy", ExitReason.WORK_SUBSIDISED),
        ("back_to_referrer", ExitReason.BACK_TO_REFERRER),
        ("Studier utan studiemedel", None),  # not studies in U40455: the user decides
        ("Ej påbörjat arbete", None),
        ("Blå", None),
    ],
)
def test_common_wordings_are_recognised_and_the_rest_left_to_the_user(text, reason) -> None:  # type: ignore[no-untyped-def]
    assert recognise_reason(text) == reason


def test_age_bands() -> None:
    assert [age_band(a) for a in (None, 15, 16, 24, 25, 29, 30, 49, 50, 80)] == [
        "", "", "16-24", "16-24", "25-29", "25-29", "30-49", "30-49", "50-", "50-",
    ]  # fmt: skip
