"""Hand-computed figures through `amp import` → `amp results`: a stay under a month, an
enrolment spanning years, a re-enrolment, an ongoing enrolment, a person in two
programmes, every exit category; a period the lists cover only in part; and no
identity number (in any spelling), name or birth date in the file."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from amp_desktop.cli import main
from amp_desktop.core.domain import Programme, ProgrammeType
from amp_desktop.core.personal import luhn_ok
from amp_desktop.core.reports.results_report import results_report
from amp_desktop.core.store import Catalogue
from tests.participant_lists import write_list

D = dt.date
HEADER = ["Personnummer", "Namn", "Födelsedatum", "Insats", "Startdatum", "Slutdatum"]
HEADER += ["Avslutsorsak", "Kön", "Bedömningsnivå"]


def _ten(birth: dt.date, serial: int, man: bool, coordination: bool = False) -> str:
    """A ten-digit identity number with a valid check digit (day + 60: samordningsnummer)."""
    day = birth.day + (60 if coordination else 0)
    for gender in range(1 if man else 0, 10, 2):
        base = f"{birth:%y%m}{day:02d}{serial:02d}{gender}"
        check = next((c for c in range(10) if luhn_ok(f"{base}{c}")), None)
        if check is not None:
            return f"{base}{check}"
    raise AssertionError("no check digit")


# person: (birth date, man, coordination number, how the list spells the number, name)
PEOPLE: dict[str, tuple[dt.date, bool, bool, str, str]] = {
    "A": (D(1985, 3, 12), False, False, "{d}-{s}", "Astrid Qvarnström"),
    "B": (D(1990, 1, 1), True, False, "{d}{s}", "Bertil Ymergård"),
    "C": (D(1992, 7, 15), False, False, "{d} {s}", "Cornelia Zätterlund"),
    "D": (D(1978, 11, 30), True, False, "{d}\u2013{s}", "Dragan Wikström"),
    "E": (D(1924, 4, 12), False, False, "{d}+{s}", "Ebba Xylander"),
    "F": (D(2001, 5, 20), True, False, "{c}{d}{s}", "Fabian Juvonen"),
    "G": (D(1988, 2, 29), False, True, "{d}-{s}", "Gunvor Sämstad"),
    "H": (D(1995, 9, 9), True, True, "{c}{d}-{s}", "Hampus Oxelqvist"),
    "I": (D(1980, 6, 6), False, False, "{c}{d}-{s}", "Irma Brännvall"),
    "J": (D(1999, 12, 24), True, False, "{d}{s}", "Jonatan Ekvarn"),
    "K": (D(1983, 8, 8), False, False, "{c}{d}{s}", "Kerstin Lövgrund"),
    "L": (D(1970, 10, 10), True, False, "{d}-{s}", "Leif Myrbäck"),
    "M": (D(1991, 3, 3), False, False, "{d}\u2013{s}", "Maja Nordkvist"),
    "N": (D(1986, 5, 5), False, False, "{d} {s}", "Nora Pilgren"),
    "O": (D(2003, 1, 17), True, False, "{d}-{s}", "Oskar Rödmyr"),
    "P": (D(1997, 2, 2), False, False, "{d}{s}", "Pia Tjärnvik"),
}
# (person, programme, start, end, exit reason as the case system words it, need level)
ENROLMENTS: list[tuple[str, str, dt.date, dt.date | None, str | None, str]] = [
    ("A", "Jobbspår", D(2025, 1, 13), D(2025, 1, 31), "Arbete utan stöd", "AM1"),  # 18 days
    ("B", "Jobbspår", D(2024, 10, 1), D(2025, 3, 14), "Arbete med stöd", "AM2"),  # two years
    ("C", "Jobbspår", D(2025, 2, 3), D(2025, 4, 30), "Studier", "AM2"),
    ("C", "Jobbspår", D(2025, 6, 2), D(2025, 8, 29), "Extratjänst", "AM2"),  # re-enrolment
    ("D", "Jobbspår", D(2025, 3, 3), D(2025, 9, 30), "Åter till AF", "AM3"),
    ("E", "Jobbspår", D(2025, 5, 5), None, None, "AM3"),  # ongoing
    ("F", "Jobbspår", D(2025, 4, 1), D(2025, 6, 30), "Vidare till annan aktör", "AM1"),
    ("G", "Jobbspår", D(2025, 9, 1), D(2025, 11, 28), "Uppdraget slutfört", "AM2"),
    ("H", "Jobbspår", D(2025, 7, 1), D(2025, 7, 15), "Avbrott – flytt", "AM2"),
    ("I", "Jobbspår", D(2025, 10, 1), D(2025, 12, 19), "Okänt", "AM3"),
    ("J", "Jobbspår", D(2025, 11, 3), D(2025, 12, 31), "Arbete utan stöd", "AM1"),
    ("K", "Jobbspår", D(2025, 1, 7), D(2025, 6, 13), "Studier", "AM2"),
    ("A", "Arbetsträning", D(2025, 2, 3), D(2025, 5, 30), "Arbete utan stöd", "AM1"),
    ("D", "Arbetsträning", D(2025, 10, 6), None, None, "AM3"),  # in two programmes
    ("L", "Arbetsträning", D(2024, 6, 3), None, None, "AM3"),
    ("M", "Arbetsträning", D(2025, 3, 10), D(2025, 8, 22), "Avbrott – sjukdom", "AM3"),
    ("N", "Arbetsträning", D(2025, 4, 14), D(2025, 10, 31), "Åter till socialtjänsten", "AM2"),
    ("O", "Studiestart", D(2025, 8, 18), D(2025, 8, 29), "Komvux", "AM1"),
    ("P", "Studiestart", D(2025, 9, 1), D(2025, 12, 12), "Folkhögskola", "AM1"),
]


def _spelt(person: str) -> tuple[str, str]:
    """The number as the list writes it, and its twelve digits."""
    birth, man, coordination, spelling, _name = PEOPLE[person]
    ten = _ten(birth, ord(person), man, coordination)
    century = str(birth.year)[:2]
    return spelling.format(c=century, d=ten[:6], s=ten[6:]), century + ten


def _catalogue(tmp_path: Path) -> Path:
    path = tmp_path / "figures.amp"
    with Catalogue.create(path) as catalogue:
        for name, kind, unit, places, budget, goal in (
            ("Jobbspår", ProgrammeType.PRIMARY, "Jobbcentrum", 10, 1_200_000, 0.48),
            ("Arbetsträning", ProgrammeType.SECONDARY, "Utvecklingscentrum", 6, 730_000, 0.2),
            ("Studiestart", ProgrammeType.PRIMARY, "Jobbcentrum", 4, 365_000, None),
        ):
            catalogue.add_programme(
                Programme(
                    name,
                    type=kind,
                    unit=unit,
                    places=places,
                    annual_budget_sek=budget,
                    goal_work_or_studies_share=goal,
                )
            )
    return path


def _write(path: Path) -> Path:
    rows: list[list[Any]] = [HEADER]
    genders = {True: ["M", "man", "Man"], False: ["K", "kvinna", "Kvinna"]}
    rng = random.Random(3)
    for person, programme, start, end, reason, need in ENROLMENTS:
        birth, man, *_rest, name = PEOPLE[person]
        number, _twelve = _spelt(person)
        gender = rng.choice(genders[man])
        rows.append([number, name, birth, programme, start, end, reason, gender, need])
    return write_list(path, rows)


@pytest.fixture()
def imported(tmp_path: Path) -> Path:
    path = _catalogue(tmp_path)
    listed = _write(tmp_path / "deltagare.xlsx")
    assert main(["import", str(path), str(listed), "--kind", "participants"]) == 0
    return path


def _results(path: Path, capsys: pytest.CaptureFixture[str], *period: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["results", str(path), "--json", *period]) == 0
    document: dict[str, Any] = json.loads(capsys.readouterr().out)
    return document


def _programme(document: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in document["programmes"] if p["name"] == name)


def test_the_year_by_hand(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    year = _results(imported, capsys, "--year", "2025")
    jobb = _programme(year, "Jobbspår")
    # Active in 2025: all twelve enrolments (C twice); B began in 2024.
    assert (jobb["participants"], jobb["starts"], jobb["exits"]) == (12, 11, 11)
    assert jobb["exits_by_reason"] == dict.fromkeys(
        ["work_subsidised", "municipal_job", "back_to_referrer", "other_actor"]
        + ["completed", "interrupted", "unknown"],
        1,
    ) | {"work": 2, "studies": 2}
    # U40455: work 2 + subsidised 1 + studies 2 of 11; the extratjänst is not work.
    assert jobb["work_or_studies"] == 5
    assert jobb["work_or_studies_share"] == pytest.approx(5 / 11)
    assert jobb["goal_met"] is False  # 45.5 % < 48 %
    assert jobb["by_gender"]["K"]["work_or_studies_share"] == pytest.approx(3 / 6)
    assert jobb["by_gender"]["M"]["work_or_studies_share"] == pytest.approx(2 / 5)
    # Stays in days 18 164 86 88 211 90 88 14 79 58 157 → weeks 2 23 12 12 30 12 12 2 11 8 22.
    assert jobb["median_stay_weeks"] == 12
    assert jobb["mean_stay_weeks"] == pytest.approx(1053 / 11 / 7)
    assert jobb["cost_per_participant_sek"] == pytest.approx(100_000)
    assert jobb["cost_per_work_or_studies_sek"] == pytest.approx(240_000)
    training = _programme(year, "Arbetsträning")
    # Participant-days 117 + 87 + 365 + 166 + 201 (L ongoing all year) over 365 days.
    assert training["average_occupancy"] == pytest.approx(936 / 365)
    assert training["actual_utilisation"] == pytest.approx(936 / 365 / 6)
    assert training["goal_met"] is True  # 1 of 3 ≥ 20 %
    studies = _programme(year, "Studiestart")
    assert studies["median_stay_weeks"] == 7.5  # 1 and 14 weeks
    primary = year["totals"]["type"]["primary"]
    assert (primary["participants"], primary["exits"], primary["work_or_studies"]) == (14, 13, 7)
    assert primary["cost_per_participant_sek"] == pytest.approx(1_565_000 / 14)
    assert year["totals"]["type"]["secondary"]["participants"] == 5
    assert year["all"]["work_or_studies_share"] == pytest.approx(8 / 16)
    assert year["months_without_results"] == []


def test_a_tertial_and_a_range_across_years_by_hand(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    t1 = _programme(_results(imported, capsys, "--tertial", "2025-T1"), "Jobbspår")
    assert (t1["participants"], t1["starts"], t1["exits"], t1["work_or_studies"]) == (6, 5, 3, 3)
    assert t1["mean_stay_weeks"] == pytest.approx((18 + 164 + 86) / 3 / 7)
    # Days in Jan–Apr: A 19, B 73, C 87, D 59, F 30, K 114.
    assert t1["average_occupancy"] == pytest.approx(382 / 120)
    assert t1["cost_per_participant_sek"] == pytest.approx(400_000 / 6)
    span = _results(imported, capsys, "--from", "2024-10", "--to", "2025-03")
    jobb = _programme(span, "Jobbspår")
    assert (jobb["participants"], jobb["starts"], jobb["exits"]) == (5, 5, 2)
    assert jobb["median_stay_weeks"] == 12.5
    assert jobb["cost_per_participant_sek"] == pytest.approx(600_000 / 5)


def test_a_period_the_lists_cover_in_part_says_so(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The list reaches back to 2024-06: 2024's utilisation counts January–May as empty.
    document = _results(imported, capsys, "--year", "2024")
    assert document["months_without_results"] == [f"2024-0{m}" for m in range(1, 6)]
    assert main(["results", str(imported), "--year", "2024"]) == 0
    out = capsys.readouterr().out
    assert "No results imported for 2024-01 … 2024-05" in out
    assert main(["results", str(imported), "--year", "2025"]) == 0
    assert "No results imported" not in capsys.readouterr().out
    report = results_report(
        document, "2024", covered_months=[f"2024-{m:02d}" for m in range(6, 13)]
    )
    texts = [getattr(section, "text", "") for section in report.sections]
    assert any("No results imported for 2024-01 … 2024-05" in text for text in texts)


def test_no_identity_number_name_or_birth_date_reaches_the_file(
    imported: Path, tmp_path: Path
) -> None:
    # Reimporting the same list changes nothing, not a byte.
    before = imported.read_bytes()
    assert (
        main(["import", str(imported), str(tmp_path / "deltagare.xlsx"), "--kind", "participants"])
        == 0
    )
    assert imported.read_bytes() == before
    needles: set[str] = set()
    for person, (birth, *_rest, name) in PEOPLE.items():
        number, twelve = _spelt(person)
        ten = twelve[2:]
        needles |= {number, ten, twelve, twelve[:8] + "-" + ten[6:], birth.isoformat()}
        needles |= {f"{ten[:6]}{sep}{ten[6:]}" for sep in ("-", " ", "\u2013", "+")}
        needles |= set(name.split())
    for _p, _prog, start, end, *_ in ENROLMENTS:
        needles |= {day.isoformat() for day in (start, end) if day}
    files = [p for p in tmp_path.rglob("figures.amp*") if p.is_file()]
    assert files
    for file in files:
        data = file.read_bytes().lower()
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le"):
                assert needle.lower().encode(encoding) not in data, (file.name, needle)


def test_one_gender_or_need_level_has_no_cost_as_in_the_window(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Arbetsträning's 730 000 kr over its 3 AM3 participants read 243 333 kr "per
    # participant" (all five: 146 000 kr): the budget is not the need level's.
    for option in (["--need-level", "AM3"], ["--gender", "K"]):
        document = _results(imported, capsys, "--year", "2025", *option)
        training = _programme(document, "Arbetsträning")
        assert training["participants"] == 3
        assert training["cost_per_participant_sek"] is None
        assert document["all"]["cost_per_work_or_studies_sek"] is None
        assert document["costs_left_out"] is True
        assert main(["results", str(imported), "--year", "2025", *option]) == 0
        assert "No costs for one gender or need level" in capsys.readouterr().out
    whole = _programme(_results(imported, capsys, "--year", "2025"), "Arbetsträning")
    assert whole["cost_per_participant_sek"] == pytest.approx(146_000)


def test_a_cost_not_known_is_a_dash_in_the_text_and_null_in_the_json(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Results tab and `amp results` left a cost without a budget blank, while the
    definitions under them say "(–)" (the night's print pass): the table declares the
    dash (``Column.missing``), so screen, paper and command line write it alike."""
    from amp_desktop.core.tables.results_table import RESULTS

    with Catalogue.open(imported) as catalogue:
        studiestart = catalogue.find("Studiestart")
        assert studiestart is not None
        catalogue.update_programme(studiestart.replace(annual_budget_sek=None))
    document = _results(imported, capsys, "--year", "2025")
    row = _programme(document, "Studiestart")
    assert row["cost_per_participant_sek"] is None
    cost = next(c for c in RESULTS.columns if c.key == "cost_per_participant_sek")
    assert cost.text(row) == "–"
    assert main(["results", str(imported), "--year", "2025"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if "Studiestart" in line)
    assert line.rstrip().endswith("–")
