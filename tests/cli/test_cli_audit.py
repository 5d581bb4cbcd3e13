"""``amp audit`` and the mandate in ``amp show``: text, JSON, periods, bad input."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.audit import CHECK_KEYS
from amp_desktop.core.domain import Programme, SourceLink, SourceRole
from amp_desktop.core.mandate import Agreement, BasisKind, Counterparty, LegalBasis, Mandate
from amp_desktop.core.store import Catalogue


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_audit_json_answers_the_five_questions(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "audit", str(example_path), "--year", "2026", "--json")
    assert status == 0
    document = json.loads(out)
    assert document["format"] == "amp-audit" and document["version"] == 1
    assert document["period"]["first"] == "2026-01" and document["period"]["last"] == "2026-12"
    programme = document["programmes"][0]
    for key in ("places", "cost", "results", "reported_apart", "mandate", "checks"):
        assert key in programme
    assert {"women", "men"} <= set(programme["results"])
    for check in programme["checks"]:
        assert check["key"] in CHECK_KEYS and programme["name"] in check["message"]
    assert set(document["totals"]) == {"unit", "type"}
    assert document["all"]["programmes"] == len(document["programmes"]) == 21
    # A fresh example has no mandates recorded: every programme is flagged.
    assert document["check_counts"]["no_legal_basis"] == 21


def test_audit_text_and_a_tertial(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "audit", str(example_path), "--tertial", "2026-T2")
    assert status == 0
    assert "2026 T2" in out and "no_legal_basis" in out and "Krami" in out


def test_audit_refuses_a_bad_period(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "audit", str(example_path), "--tertial", "2026-T4")
    assert status == 2 and "tertial" in err


def test_show_carries_the_mandate(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Catalogue.open(example_path) as catalogue:
        krami = catalogue.find("Krami")
        assert krami is not None and krami.id is not None
        aid = (
            catalogue.save_agreement(
                Agreement(Counterparty.AF, "AF-2026-3", "Lokal överenskommelse", "2026-01-01")
            )
            .agreements[0]
            .id
        )
        catalogue.set_mandate(
            Mandate(
                krami.id, (LegalBasis(BasisKind.AF_AGREEMENT, aid),), "AMN 2021/7", "2021-02-01"
            )
        )
    status, out, _ = run(capsys, "show", str(example_path), "Krami", "--json")
    assert status == 0
    mandate = json.loads(out)["mandate"]
    assert mandate["decision_reference"] == "AMN 2021/7"
    assert mandate["bases"][0]["kind"] == "af_agreement"
    assert mandate["agreements"][0]["reference"] == "AF-2026-3"
    status, out, _ = run(capsys, "show", str(example_path), "Krami")
    assert "AMN 2021/7 2021-02-01" in out and "Lokal överenskommelse" in out
    status, out, _ = run(capsys, "audit", str(example_path), "--year", "2026", "--json")
    krami_entry = next(p for p in json.loads(out)["programmes"] if p["name"] == "Krami")
    keys = {c["key"] for c in krami_entry["checks"]}
    assert not keys & {"no_af_agreement", "no_legal_basis", "no_decision"}
    assert krami_entry["mandate"]["clear"] and krami_entry["mandate"]["decision"]


def test_audit_json_the_vasteras_situation(
    make_catalogue: Callable[..., Catalogue], capsys: pytest.CaptureFixture[str]
) -> None:
    """AF-referred programmes: none, an expired (last year), a valid, an FK-only and a
    renewed pair of agreements; a programme fed by social services needs none."""
    catalogue = make_catalogue("vasteras.amp")
    deals = {
        "expired": Agreement(Counterparty.AF, "AF-old", "", "2022-01-01", "2025-12-31"),
        "valid": Agreement(Counterparty.AF, "AF-ok", "", "2026-01-01", "2027-12-31"),
        "fk": Agreement(Counterparty.FK, "FK-1", "", "2020-01-01"),
        "first": Agreement(Counterparty.AF, "AF-h1", "", "2025-01-01", "2026-06-30"),
        "renewed": Agreement(Counterparty.AF, "AF-h2", "", "2026-07-01"),
    }
    ids = {}
    for key, deal in deals.items():
        ids[key] = catalogue.save_agreement(deal).agreements[0].id
    links = {
        "None": (),
        "Expired": ("expired",),
        "Valid": ("valid",),
        "FK only": ("fk",),
        "Renewed": ("first", "renewed"),
        "Social": (),
    }
    for name, keys in links.items():
        source = "SKE" if name == "Social" else "AF"
        catalogue.add_programme(
            Programme(name, places=10, sources=(SourceLink(source, SourceRole.MAIN),))
        )
        programme = catalogue.find(name)
        assert programme is not None and programme.id is not None
        bases = tuple(LegalBasis(BasisKind.AF_AGREEMENT, ids[k]) for k in keys)
        catalogue.set_mandate(
            Mandate(
                programme.id,
                bases or (LegalBasis(BasisKind.INCOME_SUPPORT),),
                "AMN 1",
                "2021-01-01",
            )
        )
    catalogue.close()
    status, out, _ = run(capsys, "audit", str(catalogue.path), "--year", "2026", "--json")
    assert status == 0
    flagged = {
        p["name"]: "no_af_agreement" in {c["key"] for c in p["checks"]}
        for p in json.loads(out)["programmes"]
    }
    assert flagged == {
        "None": True,
        "Expired": True,
        "Valid": False,
        "FK only": True,
        "Renewed": False,
        "Social": False,
    }


def test_report_help_and_the_readme_name_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    from amp_desktop.core.reports import KINDS

    with pytest.raises(SystemExit):
        main(["report", "--help"])
    helped = " ".join(capsys.readouterr().out.split())
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if x.startswith("amp report FILE.amp"))
    for kind in KINDS:
        assert f"{kind} (" in helped, kind  # each kind with what it is
        assert kind in line.split("--kind", 1)[1], kind
    assert any(x.startswith("amp audit FILE.amp") for x in readme.splitlines())


def _doc_section(heading: str) -> str:
    text = (Path(__file__).parents[2] / "docs" / "audit-json.md").read_text(encoding="utf-8")
    return text.split(f"\n## {heading}\n")[1].split("\n## ")[0]


def _table(heading: str) -> dict[str, str]:
    """Each key of the first column of the table under *heading* → its meaning."""
    out = {}
    for line in _doc_section(heading).splitlines():
        if line.startswith("| `"):
            _, names, meaning, *_ = line.split("|")
            for name in re.findall(r"`([a-z_]+)`", names):
                out[name] = meaning
    return out


def _braced(text: str) -> set[str]:
    """The key names of the first ``{…}`` in *text* (``{a, b: {…}, c}`` → a, b, c)."""
    start = text.index("{")
    depth, names, word = 0, set(), ""
    for char in text[start:]:
        if char in "{[":
            depth += 1
            if depth > 1:
                names.add(word.strip(' :"`/'))
            word = ""
        elif char in "}]":
            depth -= 1
            if depth == 1:
                word = ""
            if depth == 0:
                break
        elif char == "," and depth == 1:
            names.add(word.strip(' :"`'))
            word = ""
        elif depth == 1:
            word += char
    names.add(word.strip(' :"`'))
    return {n.split(":")[0].strip() for n in names if n and not n.startswith("…")}


def test_audit_json_has_exactly_the_documented_keys(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review of #14: ``amp audit --json`` key by key against docs/audit-json.md."""
    from tests.results_data import store_results

    with Catalogue.open(example_path) as catalogue:
        krami = catalogue.find("Krami")
        assert krami is not None and krami.id is not None
        store_results(catalogue, 2026, programme_ids=[krami.id])
        aid = catalogue.save_agreement(Agreement(Counterparty.AF, "AF-1", "Lokal")).agreements[0].id
        basis = LegalBasis(BasisKind.AF_AGREEMENT, aid)
        catalogue.set_mandate(Mandate(krami.id, (basis,), "AMN 1", "2021-01-01"))
    status, out, _ = run(capsys, "audit", str(example_path), "--year", "2026", "--json")
    assert status == 0
    document = json.loads(out)
    top = _table("Top level")
    assert set(document) == set(top)
    assert set(document["period"]) == _braced(top["period"])
    assert set(document["settings"]) == _braced(top["settings"])
    assert set(document["totals"]) == {"unit", "type"}
    summary = _braced(_doc_section("Top level").split("A **summary** is")[1])
    for group in (document["all"], *document["totals"]["unit"].values()):
        assert set(group) == summary
        assert set(group["statuses"]) == {"short", "tight", "balanced", "idle"}
    assert set(document["totals"]["type"]) <= {"primary", "secondary"}
    assert set(document["check_counts"]) <= set(CHECK_KEYS)
    (agreement,) = document["agreements"]
    assert set(agreement) == _braced(top["agreements"])
    fields = _table("A programme")
    entry = next(p for p in document["programmes"] if p["name"] == "Krami")
    assert set(entry) == set(fields)
    for key in ("places", "cost", "results", "reported_apart", "mandate"):
        assert set(entry[key]) == _braced(fields[key]), key
    assert set(entry["places"]["tertials"][0]) == {"tertial", "status"}
    assert set(entry["results"]["women"]) == set(entry["results"]["men"])
    assert set(entry["results"]["women"]) == {
        "participants", "starts", "exits", "work_or_studies", "work_or_studies_share"
    }  # fmt: skip
    need = _braced(fields["reported_apart"].split("need_levels:")[1].split(":", 1)[1])
    assert entry["reported_apart"]["need_levels"]
    for figures in entry["reported_apart"]["need_levels"].values():
        assert set(figures) == need
    assert set(entry["reported_apart"]["need_levels"]) <= {"AM1", "AM2", "AM3", ""}
    (item,) = entry["mandate"]["bases"]
    assert set(item) == _braced(fields["mandate"].split("bases:")[1])
    kinds = re.findall(r"`([a-z_]+)` \(", _doc_section("A programme").split("Basis `kind`:")[1])
    assert set(kinds) == {k.value for k in BasisKind}
    assert {c["key"] for p in document["programmes"] for c in p["checks"]} <= set(CHECK_KEYS)
    for p in document["programmes"]:
        for check in p["checks"]:
            assert set(check) == _braced(fields["checks"])
    assert set(_table("The checks")) == set(CHECK_KEYS)


def test_audit_text_counts_the_failing_checks_in_its_table(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table's Checks column listed every failing check's key side by side
    ("no_af_agreement, no_legal_basis, no_decision, …", lines of 200 characters,
    English keys under AMP_LANG=sv; the night's CLI pass): it counts them, and the
    checks are told in words below the table."""
    status, out, _ = run(capsys, "audit", str(example_path), "--year", "2026")
    assert status == 0
    atlas = next(line for line in out.splitlines() if line.startswith("Atlas "))
    assert "no_legal_basis" not in atlas
    told = [line for line in out.splitlines() if line.startswith("  ") and "“Atlas”" in line]
    assert told and atlas.split()[-1] == str(len(told))


def test_audit_text_writes_a_cost_no_budget_gives_as_not_known(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`amp audit` said "Cost in the period SEK 0" when no programme has a budget (the
    night's print pass): not known, "–", as the printout says."""
    with Catalogue.open(example_path) as catalogue:
        for programme in catalogue.programmes():
            catalogue.update_programme(programme.replace(annual_budget_sek=None))
    status, out, _ = run(capsys, "audit", str(example_path), "--year", "2026")
    assert status == 0
    line = next(line for line in out.splitlines() if line.startswith("Cost in the period"))
    assert line.startswith("Cost in the period – (primary –, secondary –);")
