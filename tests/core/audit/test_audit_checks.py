"""The audit checks on hand-made cases, the Västerås situation among them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from amp_desktop.core.audit import CHECK_KEYS, AuditSettings, gather
from amp_desktop.core.audit.checks import ProgrammeFacts, programme_findings
from amp_desktop.core.domain import Programme, ProgrammeType, SourceLink, SourceRole, Status
from amp_desktop.core.mandate import Agreement, BasisKind, Counterparty, LegalBasis, Mandate
from amp_desktop.core.planning import Period
from amp_desktop.core.store import Catalogue, DemandKey
from tests.results_data import store_results

YEAR = Period.year(2026)
TODAY = dt.date(2026, 12, 2)
AF_DEAL = Agreement(Counterparty.AF, "AF-1", "Överenskommelse", "2024-01-01", "2027-12-31", id=1)
DECIDED = {"decision_reference": "AMN 2021/44", "decision_date": "2021-03-18"}


def _facts(
    programme: Programme | None = None,
    mandate: Mandate | None = None,
    *,
    agreements: dict[int, Agreement] | None = None,
    af: bool = False,
    results: bool = True,
    goal: float | None = 0.48,
    tertials: tuple[tuple[str, str], ...] = (),
) -> ProgrammeFacts:
    programme = programme or Programme("Krami", places=10, id=7)
    mandate = mandate or Mandate(7, (LegalBasis(BasisKind.INCOME_SUPPORT),), **DECIDED)
    return ProgrammeFacts(programme, mandate, agreements or {}, af, results, goal, tertials)


def _keys(facts: ProgrammeFacts, today: dt.date = TODAY, **settings: int) -> list[str]:
    found = programme_findings(facts, YEAR, today, AuditSettings(**settings))
    return [f.key for f in found]


def test_a_programme_with_everything_in_order_passes() -> None:
    assert _keys(_facts()) == []


def test_vasteras_af_referred_programmes_without_an_af_agreement() -> None:
    """Västerås 2021: no general agreement with AF, so AF-referred programmes risk
    lacking a mandate — even when another basis is recorded."""
    found = programme_findings(_facts(af=True), YEAR, TODAY)
    assert [f.key for f in found] == ["no_af_agreement"]
    assert "“Krami”" in found[0].message and "Arbetsförmedlingen" in found[0].message
    assert found[0].field == "legal_basis"
    # A basis that *says* AF agreement but links none does not count either.
    said = Mandate(7, (LegalBasis(BasisKind.AF_AGREEMENT),), **DECIDED)
    assert _keys(_facts(mandate=said, af=True)) == ["no_af_agreement"]


def test_an_af_agreement_must_cover_the_period() -> None:
    linked = Mandate(7, (LegalBasis(BasisKind.AF_AGREEMENT, 1),), **DECIDED)
    assert _keys(_facts(mandate=linked, agreements={1: AF_DEAL}, af=True)) == []
    ended = Agreement(Counterparty.AF, "AF-0", valid_from="2020-01-01", valid_to="2026-06-30", id=1)
    found = programme_findings(_facts(mandate=linked, agreements={1: ended}, af=True), YEAR, TODAY)
    assert [f.key for f in found] == ["no_af_agreement"]
    assert "2026-06-30" in found[0].message
    # An agreement with someone else is not an agreement with AF.
    fk = Agreement(Counterparty.FK, "FK-1", id=1)
    assert _keys(_facts(mandate=linked, agreements={1: fk}, af=True)) == ["no_af_agreement"]
    # A programme that ended in June needs the agreement only until then.
    june = Programme("Krami", places=10, end_date="2026-06-30", status=Status.CLOSED, id=7)
    assert _keys(_facts(june, linked, agreements={1: ended}, af=True)) == []


def test_an_af_agreement_renewed_by_the_next_covers_the_period() -> None:
    """Two AF agreements, the second starting the day after the first ends, cover the
    year together: ``no_af_agreement`` flagged them because neither did alone."""
    first = Agreement(Counterparty.AF, "AF-1", valid_from="2025-01-01", valid_to="2026-06-30", id=1)
    renewed = Agreement(Counterparty.AF, "AF-2", valid_from="2026-07-01", id=2)
    both = Mandate(
        7, (LegalBasis(BasisKind.AF_AGREEMENT, 1), LegalBasis(BasisKind.AF_AGREEMENT, 2)), **DECIDED
    )
    assert _keys(_facts(mandate=both, agreements={1: first, 2: renewed}, af=True)) == []
    # A day without an agreement between them is a gap.
    late = Agreement(Counterparty.AF, "AF-2", valid_from="2026-07-02", id=2)
    found = _keys(_facts(mandate=both, agreements={1: first, 2: late}, af=True))
    assert found == ["no_af_agreement"]
    # An FK agreement does not fill the gap.
    fk = Agreement(Counterparty.FK, "FK-1", valid_from="2026-07-01", id=2)
    assert _keys(_facts(mandate=both, agreements={1: first, 2: fk}, af=True)) == ["no_af_agreement"]


def test_no_legal_basis_says_when_the_upgrade_left_it_empty() -> None:
    plain = programme_findings(_facts(mandate=Mandate(7, **DECIDED)), YEAR, TODAY)
    assert [f.key for f in plain] == ["no_legal_basis"]
    flagged = Mandate(7, needs_review=True)
    found = programme_findings(_facts(mandate=flagged), YEAR, TODAY)
    assert [f.key for f in found] == ["no_legal_basis", "no_decision"]
    assert "upgraded" in found[0].message


def test_basis_and_agreement_ending_within_the_threshold() -> None:
    soon = Agreement(Counterparty.FINSAM, "SF", valid_to="2027-02-28", id=2)
    mandate = Mandate(7, (LegalBasis(BasisKind.FINSAM, 2),), **DECIDED)
    assert _keys(_facts(mandate=mandate, agreements={2: soon})) == ["basis_ending"]
    assert _keys(_facts(mandate=mandate, agreements={2: soon}), ending_within_months=2) == []
    own = Mandate(7, (LegalBasis(BasisKind.OTHER, valid_to="2026-12-31", text="Avtal"),), **DECIDED)
    assert _keys(_facts(mandate=own)) == ["basis_ending"]


def test_a_project_that_ended_while_the_programme_is_active() -> None:
    esf = LegalBasis(BasisKind.PROJECT, None, "2023-01-01", "2026-10-31", "ESF Vägen in")
    mandate = Mandate(7, (esf,), **DECIDED)
    found = programme_findings(_facts(mandate=mandate), YEAR, TODAY)
    assert [f.key for f in found] == ["project_ended"]
    assert "2026-10-31" in found[0].message
    paused = Programme("Krami", places=10, status=Status.PAUSED, id=7)
    assert _keys(_facts(paused, mandate)) == []


def test_no_decision_needs_both_diary_number_and_date() -> None:
    basis = (LegalBasis(BasisKind.EMPLOYER),)
    assert _keys(_facts(mandate=Mandate(7, basis, "AMN 1"))) == ["no_decision"]
    assert _keys(_facts(mandate=Mandate(7, basis, "", "2020-01-01"))) == ["no_decision"]


def test_a_decision_dated_in_the_future_is_no_decision() -> None:
    """A decision dated after today, or after the period, does not count (#14 item 3)."""
    basis = (LegalBasis(BasisKind.EMPLOYER),)
    tomorrow = programme_findings(
        _facts(mandate=Mandate(7, basis, "AMN 1", "2026-12-03")), YEAR, TODAY
    )
    assert [f.key for f in tomorrow] == ["no_decision"]
    assert "2026-12-03" in tomorrow[0].message and "after today" in tomorrow[0].message
    after_period = programme_findings(
        _facts(mandate=Mandate(7, basis, "AMN 1", "2026-05-02")), Period.tertial(2026, 1), TODAY
    )
    assert [f.key for f in after_period] == ["no_decision"]
    assert "2026-05-02" in after_period[0].message and "after the period" in after_period[0].message
    assert _keys(_facts(mandate=Mandate(7, basis, "AMN 1", "2026-12-02"))) == []  # today counts


def test_no_goal_only_for_primary_programmes() -> None:
    assert _keys(_facts(goal=None)) == ["no_goal"]
    secondary = Programme("Krami", places=10, type=ProgrammeType.SECONDARY, id=7)
    assert _keys(_facts(secondary, goal=None)) == []


def test_no_results_only_once_the_period_has_begun() -> None:
    assert _keys(_facts(results=False)) == ["no_results"]
    assert _keys(_facts(results=False), today=dt.date(2025, 12, 31)) == []


def test_places_far_from_need_two_tertials_running() -> None:
    def far(*statuses: str, **settings: int) -> list[str]:
        labelled = tuple((f"T{n}", s) for n, s in enumerate(statuses, 1))
        return _keys(_facts(tertials=labelled), **settings)

    assert far("idle", "idle") == ["places_far_from_need"]
    assert far("short", "idle") == ["places_far_from_need"]
    assert far("idle", "balanced", "idle") == []
    assert far("tight", "short") == []
    assert far("idle", "idle", far_tertials_running=3) == []
    assert far("idle", "idle", "idle", far_tertials_running=3) == ["places_far_from_need"]


def test_a_programme_outside_the_period_has_no_findings() -> None:
    later = Programme("Krami", places=10, start_date="2027-01-01", id=7)
    closed = Programme("Krami", places=10, status=Status.CLOSED, id=7)
    assert _keys(_facts(later, Mandate(7))) == []
    assert _keys(_facts(closed, Mandate(7))) == []


def test_every_key_is_documented() -> None:
    from pathlib import Path

    text = (Path(__file__).parents[3] / "docs" / "audit-json.md").read_text(encoding="utf-8")
    for key in CHECK_KEYS:
        assert f"`{key}`" in text


@pytest.fixture
def vasteras(make_catalogue: Callable[..., Catalogue]) -> Catalogue:
    """Two AF-referred programmes and one fed by social services, no AF agreement."""
    catalogue = make_catalogue()
    for name, source in (("Arbetslivsresurs", "AF"), ("Jobbstart", "AF"), ("Krami", "SKE")):
        catalogue.add_programme(
            Programme(
                name,
                places=10,
                average_stay_weeks=26,
                sources=(SourceLink(source, SourceRole.MAIN),),
            )
        )
    return catalogue


def test_vasteras_in_a_catalogue(vasteras: Catalogue) -> None:
    data = gather(vasteras, YEAR, today=TODAY)
    by_name = {p.name: data.findings[p.id or 0] for p in data.programmes}
    assert "no_af_agreement" in [f.key for f in by_name["Arbetslivsresurs"]]
    assert "no_af_agreement" in [f.key for f in by_name["Jobbstart"]]
    assert "no_af_agreement" not in [f.key for f in by_name["Krami"]]
    # The unit signs an agreement with AF and links it: the finding goes.
    deal = vasteras.save_agreement(AF_DEAL.__class__(Counterparty.AF, "AF-2026", "Lokal"))
    aid = deal.agreements[0].id
    for programme in vasteras.programmes():
        assert programme.id is not None
        vasteras.set_mandate(
            Mandate(programme.id, (LegalBasis(BasisKind.AF_AGREEMENT, aid),), **DECIDED)
        )
    data = gather(vasteras, YEAR, today=TODAY)
    assert all(
        f.key not in ("no_af_agreement", "no_legal_basis", "no_decision")
        for found in data.findings.values()
        for f in found
    )


def test_results_and_idle_places_in_a_catalogue(vasteras: Catalogue) -> None:
    krami = vasteras.find("Krami")
    assert krami is not None and krami.id is not None
    store_results(vasteras, 2026, programme_ids=[krami.id])
    # Two referrals a month for a 26-week stay: about 12 places needed of 10 → short.
    cells: dict[DemandKey, float | None] = {
        DemandKey(krami.id, f"2026-{m:02d}", "SKE", "actual"): 2.0 for m in range(1, 13)
    }
    vasteras.set_demand(cells, "demand")
    data = gather(vasteras, YEAR, today=TODAY)
    keys = [f.key for f in data.findings[krami.id]]
    assert "no_results" not in keys
    assert "places_far_from_need" in keys
    assert vasteras.audit_settings()["audit_far_tertials_running"] == 2
    vasteras.set_audit_settings({"audit_far_tertials_running": 4})
    data = gather(vasteras, YEAR, today=TODAY)
    assert "places_far_from_need" not in [f.key for f in data.findings[krami.id]]
    with pytest.raises(ValueError):
        vasteras.set_audit_settings({"audit_far_tertials_running": 0})


def test_a_programme_without_results_has_no_results_figures_not_zeros(vasteras: Catalogue) -> None:
    """``amp audit --json`` gave ``actual_utilisation: 0.0`` and ``participants: 0`` for a
    programme whose results were never imported: a silent zero beside its no_results check."""
    from amp_desktop.core.audit.document import audit_document

    krami = vasteras.find("Krami")
    assert krami is not None and krami.id is not None
    store_results(vasteras, 2026, programme_ids=[krami.id])
    document = audit_document(gather(vasteras, YEAR, today=TODAY))
    by_name = {p["name"]: p for p in document["programmes"]}
    without = by_name["Jobbstart"]
    assert "no_results" in [c["key"] for c in without["checks"]]
    assert without["places"]["actual_utilisation"] is None
    assert without["results"]["participants"] is None and without["results"]["exits"] is None
    assert without["cost"]["cost_per_participant_sek"] is None
    with_results = by_name["Krami"]
    assert with_results["results"]["participants"] > 0
    assert with_results["places"]["actual_utilisation"] is not None


def test_a_basis_or_agreement_that_has_ended_is_flagged_until_replaced() -> None:
    """Review of #14: a FINSAM agreement that ended in June, or an employer basis that
    ended in January, was flagged by nothing while the programme ran on — only what
    *would* end within three months was (``basis_ending``)."""
    ended = Agreement(
        Counterparty.FINSAM, "SF-7", valid_from="2023-01-01", valid_to="2026-06-30", id=2
    )
    finsam = Mandate(7, (LegalBasis(BasisKind.FINSAM, 2),), **DECIDED)
    found = programme_findings(_facts(mandate=finsam, agreements={2: ended}), YEAR, TODAY)
    assert [f.key for f in found] == ["basis_ending"]
    assert "ended on 2026-06-30" in found[0].message and "SF-7" in found[0].message
    own = Mandate(7, (LegalBasis(BasisKind.EMPLOYER, valid_to="2026-01-31"),), **DECIDED)
    found = programme_findings(_facts(mandate=own), YEAR, TODAY)
    assert [f.key for f in found] == ["basis_ending"] and "2026-01-31" in found[0].message
    # Replaced by a new agreement with the same party, or a basis of the same kind: fine.
    renewed = Agreement(Counterparty.FINSAM, "SF-8", valid_from="2026-07-01", id=3)
    both = Mandate(7, (LegalBasis(BasisKind.FINSAM, 2), LegalBasis(BasisKind.FINSAM, 3)), **DECIDED)
    assert _keys(_facts(mandate=both, agreements={2: ended, 3: renewed})) == []
    again = Mandate(
        7,
        (
            LegalBasis(BasisKind.EMPLOYER, valid_to="2026-01-31"),
            LegalBasis(BasisKind.EMPLOYER, valid_from="2026-02-01"),
        ),
        **DECIDED,
    )
    assert _keys(_facts(mandate=again)) == []
    # A closed programme rests on nothing any more.
    closed = Programme("Krami", places=10, end_date="2026-12-31", status=Status.CLOSED, id=7)
    assert _keys(_facts(closed, finsam, agreements={2: ended})) == []


def test_a_programme_that_does_not_run_in_the_period_is_not_counted(vasteras: Catalogue) -> None:
    """Review of #14: a closed programme (no checks run) counted on the first page as
    one *with* a clear mandate and a decision, by its plan status, and with its whole
    budget as the period's cost."""
    from amp_desktop.core.audit.document import audit_document

    vasteras.add_programme(
        Programme("Nedlagd", places=10, annual_budget_sek=1_200_000, status=Status.CLOSED)
    )
    vasteras.add_programme(
        Programme("Framtida", places=5, annual_budget_sek=600_000, start_date="2027-01-01")
    )
    document = audit_document(gather(vasteras, YEAR, today=TODAY))
    by_name = {p["name"]: p for p in document["programmes"]}
    for name in ("Nedlagd", "Framtida"):
        entry = by_name[name]
        assert entry["in_period"] is False and entry["checks"] == []
        assert entry["mandate"]["clear"] is None and entry["mandate"]["decision"] is None
    assert by_name["Krami"]["in_period"] is True and by_name["Krami"]["mandate"]["clear"] is False
    everyone = document["all"]
    assert everyone["programmes"] == 3  # Arbetslivsresurs, Jobbstart, Krami
    assert everyone["without_clear_mandate"] == 3 and everyone["without_decision"] == 3
    assert sum(everyone["statuses"].values()) <= 3
    assert everyone["cost_sek"] == 0  # neither the closed nor the future one costs in 2026
    assert document["totals"]["type"]["primary"]["programmes"] == 3


def test_an_import_that_found_nobody_enrolled_is_results_imported(vasteras: Catalogue) -> None:
    """Review of #14 (as #13 item 1 for the yearly figures): a participant list that
    covered Krami's year but had nobody in it stores no counts; ``no_results`` said
    "no results imported for 2026" all the same."""
    from amp_desktop.core.store import ChangeSet, ResultsChange
    from amp_desktop.core.store.result_coverage import covering

    krami = vasteras.find("Krami")
    assert krami is not None and krami.id is not None
    rows = covering([krami.id], "2026-01", "2026-12")
    change = ResultsChange(
        (krami.id,), "2026-01", "2026-12", (), (), coverage_before=(), coverage_after=rows
    )
    vasteras.apply(ChangeSet("results", results=(change,), kind="import"))
    data = gather(vasteras, YEAR, today=TODAY)
    assert "no_results" not in [f.key for f in data.findings[krami.id]]
    jobbstart = vasteras.find("Jobbstart")
    assert jobbstart is not None and jobbstart.id is not None
    assert "no_results" in [f.key for f in data.findings[jobbstart.id]]  # not covered
