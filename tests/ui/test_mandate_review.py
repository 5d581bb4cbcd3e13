"""The review of #14 in the window: what the editor's mandate group shows of a basis,
deleting an agreement programmes link to, and the window, ``amp audit`` and the audit
printout agreeing on every programme's checks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.mandate import Agreement, BasisKind, Counterparty, LegalBasis, Mandate
from amp_desktop.ui.agreements_dialog import AgreementsDialog
from amp_desktop.ui.catalogue_tab import CatalogueTab
from amp_desktop.ui.operations import CatalogueSession
from tests.ui.test_mandate_ui import _select, session, tab

__all__ = ["session", "tab"]  # the fixtures, shared with the mandate tests


def test_what_the_fields_do_not_show_is_named_beside_the_kind(
    qtbot, tab: CatalogueTab, session: CatalogueSession
) -> None:  # type: ignore[no-untyped-def]
    """Review of #14: an employer basis ending 2026-01-31 (from the Mandates sheet) was
    flagged "its legal basis ended on 2026-01-31", but the editor showed no date at all,
    nor a project's name."""
    pid = _select(tab, "Krami")
    employer = LegalBasis(BasisKind.EMPLOYER, None, None, "2026-01-31")
    esf = LegalBasis(BasisKind.PROJECT, None, "2024-01-01", "2026-12-31", "ESF Vägen")
    session.run(lambda c: c.set_mandate(Mandate(pid, (employer, esf), "AMN 1", "2021-01-01")))
    box = tab.editor.mandate_box
    # Changed deliberately (#14 item 1, second audit): the date and the name were named
    # beside the tick box, to be set through Excel only; now they are fields of their own.
    assert box.checks[BasisKind.EMPLOYER].text() == "The municipality as employer"
    assert box.first_rows[BasisKind.EMPLOYER].last.text() == "2026-01-31"
    # (The project's dates were cut to "023-01-01" once: they keep a whole date's room.)
    assert box.checks[BasisKind.PROJECT].text() == "Project funding (e.g. ESF)"
    assert box.first_rows[BasisKind.PROJECT].text.text() == "ESF Vägen"
    assert box.project_from.minimumWidth() >= box.project_from.fontMetrics().horizontalAdvance(
        "2024-01-01"
    )
    assert box.checks[BasisKind.OTHER].text() == "Other"
    # Untick and tick again: the kind without its date.
    box.checks[BasisKind.EMPLOYER].setChecked(False)
    box.checks[BasisKind.EMPLOYER].setChecked(True)
    assert LegalBasis(BasisKind.EMPLOYER) in session.catalogue.mandate(pid).bases
    assert box.checks[BasisKind.EMPLOYER].text() == "The municipality as employer"
    _select(tab, "Atlas")  # another programme: nothing carried over
    assert box.checks[BasisKind.PROJECT].toolTip() == ""
    assert box.checks[BasisKind.EMPLOYER].text() == "The municipality as employer"


def test_deleting_an_agreement_two_programmes_link_to_and_undoing_it(
    qtbot, tab: CatalogueTab, session: CatalogueSession, dialog_answers
) -> None:  # type: ignore[no-untyped-def]
    """Review of #14: the question named no programme; the links go, the checks say
    what that leaves, and one undo restores both links and the findings."""
    ids = {p.name: p.id for p in session.catalogue.programmes()}
    deal = Agreement(Counterparty.AF, "AF-9", "Lokal", "2020-01-01")
    aid = session.run(lambda c: c.save_agreement(deal)).agreements[0].id
    keep = Agreement(Counterparty.AF, "AF-10", "Annan", "2020-01-01")
    other = session.run(lambda c: c.save_agreement(keep)).agreements[0].id
    for name in ("Krami", "OSA"):
        pid = ids[name]
        bases = (LegalBasis(BasisKind.AF_AGREEMENT, aid), LegalBasis(BasisKind.INCOME_SUPPORT))
        session.run(lambda c, pid=pid, b=bases: c.set_mandate(Mandate(pid, b, "D", "2020-01-01")))
    qtbot.waitUntil(lambda: not tab._attention_due)
    before = {name: tab.attention(ids[name]) for name in ("Krami", "OSA")}
    mandates_before = session.catalogue.mandates()
    assert not any("no agreement" in m for m in before["Krami"])
    dialog = AgreementsDialog(session)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(next(r for r in range(2) if dialog.model.agreement_at(r).id == aid))
    dialog.delete()
    kind, details = dialog_answers.asked[-1]
    assert kind == "confirm" and "Krami, OSA" in str(details["text"])
    assert [a.id for a in session.catalogue.agreements()] == [other]
    for name in ("Krami", "OSA"):  # the kind stays, without the agreement
        assert session.catalogue.mandate(ids[name]).bases == (
            LegalBasis(BasisKind.AF_AGREEMENT),
            LegalBasis(BasisKind.INCOME_SUPPORT),
        )
    qtbot.waitUntil(lambda: not tab._attention_due)
    assert any("no agreement" in m for m in tab.attention(ids["Krami"]))
    session.undo_stack.undo()  # one step brings the agreement and both links back
    assert session.catalogue.mandates() == mandates_before
    assert {a.id for a in session.catalogue.agreements()} == {aid, other}
    qtbot.waitUntil(lambda: not tab._attention_due)
    assert {name: tab.attention(ids[name]) for name in ("Krami", "OSA")} == before
    session.undo_stack.redo()
    assert [a.id for a in session.catalogue.agreements()] == [other]
    # An agreement nobody links to: the question says so.
    dialog.table.selectRow(0)
    dialog.delete()
    assert "No programme" in str(dialog_answers.asked[-1][1]["text"])
    dialog.close()


def _varied(session: CatalogueSession, today: dt.date) -> dict[str, int]:
    """The example with mandates of every kind of finding, results for some, a closed
    programme — so that the three ways have something to disagree on."""
    from amp_desktop.core.domain import Status
    from tests.results_data import store_results

    catalogue = session.catalogue
    ids = {p.name: p.id or 0 for p in catalogue.programmes()}
    soon = (today + dt.timedelta(days=40)).isoformat()
    gone = (today - dt.timedelta(days=40)).isoformat()
    af = catalogue.save_agreement(Agreement(Counterparty.AF, "AF-1", "Lokal", "2000-01-01", soon))
    sf = catalogue.save_agreement(Agreement(Counterparty.FINSAM, "SF-1", "SF", "2000-01-01", gone))
    af_id, sf_id = af.agreements[0].id, sf.agreements[0].id
    decided = {"decision_reference": "AMN 2021/44", "decision_date": "2021-03-18"}
    bases = {
        "Krami": (LegalBasis(BasisKind.AF_AGREEMENT, af_id),),
        "OSA": (LegalBasis(BasisKind.FINSAM, sf_id),),
        "JOB": (LegalBasis(BasisKind.INCOME_SUPPORT),),
        "SESAM": (LegalBasis(BasisKind.EMPLOYER),),
        "Atlas": (LegalBasis(BasisKind.PROJECT, None, "2020-01-01", gone, "ESF Vägen"),),
    }
    for name, found in bases.items():
        catalogue.set_mandate(Mandate(ids[name], found, **decided))
    catalogue.set_mandate(Mandate(ids["C2C"], (LegalBasis(BasisKind.OTHER, text="KF"),), "KS 1"))
    via = catalogue.find("VIA")
    assert via is not None
    catalogue.update_programme(via.replace(status=Status.CLOSED))
    store_results(catalogue, today.year, programme_ids=[ids[n] for n in ("Krami", "SESAM", "OSA")])
    return ids


def test_window_cli_and_print_agree_on_every_programmes_checks(
    qtbot, session: CatalogueSession, example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    """#14 item 5: the catalogue's icons and texts, ``amp audit --json`` and the audit
    printout name the same failing checks, programme by programme, in the same order."""
    from amp_desktop.core.planning import Period
    from amp_desktop.core.reports import KIND_AUDIT
    from amp_desktop.ui.printing.chooser import report_maker
    from tests.ui.test_mandate_ui import _host

    today = dt.date.today()
    ids = _varied(session, today)
    host, tab = _host(qtbot, session)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: not tab._attention_due)
    assert main(["audit", str(example_path), "--year", str(today.year), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    report = report_maker(session.catalogue, KIND_AUDIT, Period.year(today.year))().to_json()
    printed = [
        row
        for section in report["sections"]
        if section.get("table", "").startswith("Checks that fail")
        for row in section["rows"]
    ]
    from amp_desktop.core.reports.audit_report import check_title

    far = document["settings"]["far_tertials_running"]
    expected_rows = []
    keys_seen: set[str] = set()
    for programme in document["programmes"]:  # the print's order: the document's
        messages = [c["message"] for c in programme["checks"]]
        assert tab.attention(programme["id"]) == messages, programme["name"]
        assert [f.key for f in tab._findings.get(programme["id"], [])] == [
            c["key"] for c in programme["checks"]
        ]
        expected_rows += [[check_title(c["key"], far), c["message"]] for c in programme["checks"]]
        keys_seen |= {c["key"] for c in programme["checks"]}
    assert [list(r) for r in printed] == expected_rows
    # The first page's counts are the JSON's, and the varied case has something of each.
    glance = next(
        s for s in report["sections"] if s.get("table") == "Programmes failing each check"
    )
    assert {r[0]: r[1] for r in glance["rows"]} == {
        check_title(k, far): str(n) for k, n in document["check_counts"].items()
    }
    assert {"basis_ending", "project_ended", "no_af_agreement", "no_decision"} <= keys_seen
    by_name = {p["name"]: p for p in document["programmes"]}
    assert "ended on" in " ".join(c["message"] for c in by_name["OSA"]["checks"])
    assert by_name["VIA"]["checks"] == [] and tab.attention(ids["VIA"]) == []
    assert by_name["SESAM"]["mandate"]["clear"] is True
    tab.set_session(None)
    host.close()


def test_the_programme_put_right_stays_in_the_needs_attention_list(
    qtbot, tab: CatalogueTab, session: CatalogueSession
) -> None:  # type: ignore[no-untyped-def]
    """Review of #14: with "Needs attention" on, entering the last missing field (the
    decision date) made the programme vanish from the list and the editor jump to
    another programme mid-work."""
    from amp_desktop.core.domain import Programme, ProgrammeType
    from tests.results_data import store_results
    from tests.ui.test_mandate_ui import _enter

    new = Programme("Nystart", places=5, type=ProgrammeType.SECONDARY)
    pid = session.run(lambda c: c.add_programme(new)).programmes[0].id
    basis = (LegalBasis(BasisKind.EMPLOYER),)
    session.run(lambda c: c.set_mandate(Mandate(pid, basis, "AMN 2026/1")))
    session.run(lambda c: store_results(c, dt.date.today().year, programme_ids=[pid]))
    qtbot.waitUntil(lambda: not tab._attention_due)
    assert [m for m in tab.attention(pid) if "board decision" in m]
    tab.attention_filter.setChecked(True)
    listed = tab.proxy.rowCount()
    _select(tab, "Nystart")
    _enter(qtbot, tab.editor.mandate_box.decision_date, "2026-01-15")
    qtbot.waitUntil(lambda: not tab._attention_due)
    assert tab.attention(pid) == []  # put right
    shown = tab.editor.programme()
    assert shown is not None and shown.name == "Nystart"  # still the one being edited
    assert tab.proxy.rowCount() == listed
    # Switched off and on again, the filter lists only what needs attention.
    tab.attention_filter.setChecked(False)
    tab.attention_filter.setChecked(True)
    assert tab.proxy.rowCount() == listed - 1


def test_a_link_to_an_agreement_with_another_party_is_kept_by_the_next_edit(
    qtbot, tab: CatalogueTab, session: CatalogueSession
) -> None:  # type: ignore[no-untyped-def]
    """Review of #14: an AF basis linked to an agreement since changed to FK (or linked
    so in the Mandates sheet) showed "(which agreement?)", and the next edit of any
    field — the diary number here — dropped the link without a word."""
    from dataclasses import replace

    from tests.ui.test_mandate_ui import _enter

    made = Agreement(Counterparty.AF, "X-1", "Samverkan")
    aid = session.run(lambda c: c.save_agreement(made)).agreements[0].id
    pid = _select(tab, "Krami")
    linked = (LegalBasis(BasisKind.AF_AGREEMENT, aid), LegalBasis(BasisKind.AF_AGREEMENT, aid))
    session.run(lambda c: c.set_mandate(Mandate(pid, linked, "D 1")))
    stored = session.catalogue.agreement(aid)
    assert stored is not None
    session.run(lambda c: c.save_agreement(replace(stored, counterparty=Counterparty.FK)))
    box = tab.editor.mandate_box
    combo = box.agreement_combos[BasisKind.AF_AGREEMENT]
    assert combo.currentData() == aid
    assert combo.currentText() == "Samverkan (X-1) (Försäkringskassan)"
    (row,) = box.more_rows[BasisKind.AF_AGREEMENT]
    assert row.combo is not None and row.combo.currentData() == aid
    _enter(qtbot, box.decision_reference, "D 2")
    assert session.catalogue.mandate(pid) == Mandate(pid, linked, "D 2")
    _select(tab, "OSA")  # another programme is not offered Krami's
    assert combo.findData(aid) < 0


def test_a_second_basis_whose_agreement_was_deleted_is_kept_by_the_next_edit(
    qtbot, tab: CatalogueTab, session: CatalogueSession
) -> None:  # type: ignore[no-untyped-def]
    """Review of #14: deleting an agreement leaves the bases that named it, without it;
    a second AF basis left so was dropped by the next edit of any field in the editor."""
    from tests.ui.test_mandate_ui import _enter

    first = session.run(lambda c: c.save_agreement(Agreement(Counterparty.AF, "AF-1")))
    second = session.run(lambda c: c.save_agreement(Agreement(Counterparty.AF, "AF-2")))
    a1, a2 = first.agreements[0].id, second.agreements[0].id
    pid = _select(tab, "Krami")
    bases = (LegalBasis(BasisKind.AF_AGREEMENT, a1), LegalBasis(BasisKind.AF_AGREEMENT, a2))
    session.run(lambda c: c.set_mandate(Mandate(pid, bases, "D 1")))
    session.run(lambda c: c.delete_agreement(a2))
    kept = (LegalBasis(BasisKind.AF_AGREEMENT, a1), LegalBasis(BasisKind.AF_AGREEMENT))
    assert session.catalogue.mandate(pid).bases == kept
    box = tab.editor.mandate_box
    (row,) = box.more_rows[BasisKind.AF_AGREEMENT]
    assert row.combo is not None and row.combo.currentData() is None
    _enter(qtbot, box.decision_reference, "D 2")
    assert session.catalogue.mandate(pid) == Mandate(pid, kept, "D 2")
    # A row added with "+" and left empty is still not saved.
    box.add_buttons[BasisKind.AF_AGREEMENT].click()
    _enter(qtbot, box.decision_reference, "D 3")
    assert session.catalogue.mandate(pid) == Mandate(pid, kept, "D 3")
