"""The store: adding, editing, deleting, undoing, rules and the change log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from amp_desktop.core.domain import Programme, SourceLink, SourceRole, Status
from amp_desktop.core.rules import RuleError
from amp_desktop.core.store import Catalogue, ConflictError, DemandKey, ReadOnlyError


def _programme(**values: object) -> Programme:
    base: dict[str, object] = {"name": "Jobbspår", "places": 12, "average_stay_weeks": 26.0}
    base.update(values)
    return Programme(**base)  # type: ignore[arg-type]


def test_add_gives_a_stable_id_and_reads_back_every_field(catalogue_path: Path) -> None:
    full = _programme(
        code="JS",
        description="Rad ett\nrad två åäö",
        target_group="Unga",
        age_min=16,
        age_max=29,
        budgeted_places=10,
        annual_budget_sek=1_200_000,
        unit="Jobbcentrum",
        funding="ESF",
        start_date="2026-01-01",
        end_date="2026-12-31",
        months=(6, 7),
        status=Status.PLANNED,
        notes="n",
        sources=(SourceLink("AF"), SourceLink("SKE", SourceRole.FALLBACK)),
    )
    with Catalogue.open(catalogue_path) as catalogue:
        change = catalogue.add_programme(full)
        new_id = change.programmes[0].id
    with Catalogue.open(catalogue_path, read_only=True) as catalogue:
        stored = catalogue.programme(new_id)
    assert stored == full.replace(id=new_id)


def test_ids_are_never_reused(catalogue_path: Path) -> None:
    with Catalogue.open(catalogue_path) as catalogue:
        first = catalogue.add_programme(_programme()).programmes[0].id
        catalogue.delete_programmes([first])
        second = catalogue.add_programme(_programme(name="Nästa")).programmes[0].id
    assert second > first


def test_undo_and_redo_of_an_edit(example: Catalogue) -> None:
    osa = example.find("OSA")
    assert osa is not None
    change = example.update_programme(osa.replace(places=70, unit="Nya enheten"))
    assert example.find("OSA").places == 70  # type: ignore[union-attr]
    example.apply(change.inverse())
    assert example.find("OSA") == osa
    example.apply(change)
    assert example.find("OSA").unit == "Nya enheten"  # type: ignore[union-attr]


def test_delete_then_undo_restores_programme_and_its_demand(example: Catalogue) -> None:
    osa = example.find("OSA")
    assert osa is not None and osa.id is not None
    demand = example.demand_rows([osa.id])
    assert demand
    change = example.delete_programmes([osa.id])
    assert example.find("OSA") is None
    assert example.demand_rows([osa.id]) == []
    example.apply(change.inverse())
    assert example.find("OSA") == osa
    assert example.demand_rows([osa.id]) == demand


def test_a_broken_rule_names_the_field_and_writes_nothing(example: Catalogue) -> None:
    osa = example.find("OSA")
    assert osa is not None
    before = example.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0]
    cases = {
        "places": osa.replace(places=-1),
        "end_date": osa.replace(start_date="2026-05-01", end_date="2026-04-30"),
        "age_max": osa.replace(age_min=30, age_max=20),
        "name": osa.replace(name="  "),
        "average_stay_weeks": osa.replace(average_stay_weeks=0.0),
    }
    for field, bad in cases.items():
        with pytest.raises(RuleError) as caught:
            example.update_programme(bad)
        assert [v.field for v in caught.value.violations] == [field]
    assert example.find("OSA") == osa
    assert example.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0] == before


def test_names_are_unique_case_insensitively(example: Catalogue) -> None:
    with pytest.raises(RuleError) as caught:
        example.add_programme(_programme(name="osa"))
    assert caught.value.violations[0].field == "name"


def test_change_log_records_field_old_new_and_action(example: Catalogue) -> None:
    osa = example.find("OSA")
    assert osa is not None and osa.id is not None
    change = example.update_programme(osa.replace(places=61))
    example.apply(change.inverse())
    log = example.change_log(osa.id, limit=2)
    assert [(e["action"], e["field"], e["old"], e["new"]) for e in log] == [
        ("undo", "places", "61", "60"),
        ("edit", "places", "60", "61"),
    ]


def test_a_stale_undo_is_refused_and_changes_nothing(example: Catalogue) -> None:
    osa = example.find("OSA")
    assert osa is not None
    first = example.update_programme(osa.replace(places=61))
    example.update_programme(example.find("OSA").replace(places=62))  # type: ignore[union-attr]
    with pytest.raises(ConflictError):
        example.apply(first.inverse())
    assert example.find("OSA").places == 62  # type: ignore[union-attr]


def test_duplicate_gets_a_free_name_and_no_code(example: Catalogue) -> None:
    osa = example.find("OSA")
    assert osa is not None and osa.id is not None
    copy_one = example.duplicate_programme(osa.id).programmes[0].after
    copy_two = example.duplicate_programme(osa.id).programmes[0].after
    assert copy_one is not None and copy_two is not None
    assert copy_one.name == "OSA (copy)"
    assert copy_two.name == "OSA (copy) 2"
    assert copy_one.code == "" and copy_one.places == osa.places


def test_new_sources_are_created_with_the_programme(catalogue_path: Path) -> None:
    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.add_programme(
            _programme(sources=(SourceLink("F-kassan"), SourceLink("Stadsmissionen")))
        )
        codes = {s.code for s in catalogue.sources()}
    assert codes == {"F-kassan", "Stadsmissionen"}


def test_set_demand_and_undo(example: Catalogue) -> None:
    krami = example.find("Krami")
    assert krami is not None and krami.id is not None
    key = DemandKey(krami.id, "2027-01", "AF", "forecast")
    change = example.set_demand({key: 4.5}, "Forecast")
    assert (krami.id, "2027-01", "AF", "forecast", 4.5) in example.demand_rows([krami.id])
    example.apply(change.inverse())
    assert all(row[1] != "2027-01" for row in example.demand_rows([krami.id]))


def test_read_only_catalogue_refuses_writes(example_path: Path) -> None:
    with Catalogue.open(example_path, read_only=True) as catalogue:
        osa = catalogue.find("OSA")
        assert osa is not None
        with pytest.raises(ReadOnlyError):
            catalogue.update_programme(osa.replace(places=1))


def test_journal_mode_suits_network_shares(example: Catalogue) -> None:
    assert example.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert example.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_a_failed_action_leaves_no_trace(example: Catalogue, example_path: Path) -> None:
    osa = example.find("OSA")
    krami = example.find("Krami")
    assert osa is not None and krami is not None
    # Renaming Krami to OSA's name breaks uniqueness only after both are written.
    change = example.update_programme(krami.replace(name="Krami 2"))
    example.apply(change.inverse())
    with pytest.raises(RuleError):
        example.update_programme(krami.replace(name="OSA"))
    raw = sqlite3.connect(example_path)
    try:
        names = [r[0] for r in raw.execute("SELECT name FROM programmes WHERE id = ?", [krami.id])]
    finally:
        raw.close()
    assert names == ["Krami"]


def test_numbers_beyond_any_municipality_are_refused_with_a_message(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    """1e23 places or a 1e20 budget failed inside SQLite ("int too large") with a traceback."""
    import math

    catalogue = make_catalogue()
    catalogue.add_programme(Programme(name="A", places=10))
    pid = catalogue.find("A").id
    for change, message in (
        ({"places": 10**23}, "Places: at most 100,000."),
        ({"budgeted_places": 100_001}, "Budgeted places: at most 100,000."),
        (
            {"annual_budget_sek": 10**20},
            "Annual budget (SEK): at most 10,000,000,000 (ten billion).",
        ),
    ):
        with pytest.raises(RuleError, match=message.replace("(", r"\(").replace(")", r"\)")):
            catalogue.update_programme(catalogue.find("A").replace(**change))
    assert catalogue.find("A").places == 10
    for key, value, message in (
        (DemandKey(pid, "3450-01", "AF", "actual"), 1.0, "Month: “3450-01” is not a month"),
        (DemandKey(pid, "2026-01", "AF", "actual"), math.inf, "Referrals: at most 1,000,000"),
        (DemandKey(pid, "2026-01", "AF", "actual"), math.nan, "Referrals: must be a number."),
        (DemandKey(pid, "2026-01", "AF", "actual"), -1.0, "Referrals: must be 0 or more."),
        (DemandKey(pid, "2026-01", "AF", "actual"), 2e6, "Referrals: at most 1,000,000 a month."),
    ):
        with pytest.raises(RuleError, match=message):
            catalogue.set_demand({key: value}, "demand")
    assert catalogue.demand_rows() == []


def test_personal_identity_numbers_are_never_stored(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    """'Tolvan Tolvansson 19121212-1212' in Notes was saved (and kept in the change log)."""
    catalogue = make_catalogue()
    catalogue.add_programme(Programme(name="A", places=10))
    for field, text in (
        ("notes", "Ring Tolvan Tolvansson 19121212-1212 om platsen"),
        ("description", "Deltagare 121212-1212 börjar i maj"),
        ("name", "A 191212121212"),
    ):
        with pytest.raises(RuleError) as caught:
            catalogue.update_programme(catalogue.find("A").replace(**{field: text}))
        assert caught.value.violations[0].field == field
        assert "personal identity number" in str(caught.value)
    assert "1212" not in str(catalogue.change_log())
    # Numbers that are not identity numbers stay welcome.
    catalogue.update_programme(
        catalogue.find("A").replace(notes="Dnr 2021-1234, tel 021-39 10 00, 1 200 000 kr")
    )


def test_names_that_look_the_same_are_the_same_name(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    """'Café Å' typed composed and decomposed were accepted as two programmes."""
    import unicodedata

    catalogue = make_catalogue()
    catalogue.add_programme(Programme(name=unicodedata.normalize("NFC", "Café Å"), places=1))
    with pytest.raises(RuleError, match="another programme already has this name"):
        catalogue.add_programme(Programme(name=unicodedata.normalize("NFD", "café å"), places=1))
    with pytest.raises(RuleError, match="Short code: at most 20 characters."):
        catalogue.add_programme(Programme(name="B", code="X" * 21, places=1))


def test_an_interrupted_create_leaves_no_file_and_can_be_repeated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed part-way, create left a file without tables that "already exists"."""
    path = tmp_path / "new.amp"

    def interrupted(self: Catalogue) -> None:
        raise KeyboardInterrupt  # as if the program were stopped mid-way

    with monkeypatch.context() as patch:
        patch.setattr(Catalogue, "_migrate", interrupted)
        with pytest.raises(KeyboardInterrupt):
            Catalogue.create(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    with Catalogue.create(path) as catalogue:
        assert catalogue.path == path
        made = catalogue.catalogue_id
        assert made
        assert catalogue.programmes() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.amp"]
    with Catalogue.open(path) as reopened:
        assert reopened.catalogue_id == made


def test_a_half_made_file_from_a_killed_create_is_not_in_the_way(tmp_path: Path) -> None:
    """A kill leaves only the temporary file and a stale lock; the next create clears them."""
    import json
    import subprocess
    import sys

    from amp_desktop.core.store.lock import lock_path

    path = tmp_path / "new.amp"
    killed = (
        "import os, sys\n"
        "from amp_desktop.core.store import Catalogue\n"
        "def killed(self):\n"
        "    os._exit(9)\n"
        "Catalogue._migrate = killed\n"
        "Catalogue.create(sys.argv[1])\n"
    )
    with subprocess.Popen([sys.executable, "-c", killed, str(path)]) as child:
        assert child.wait(timeout=60) == 9
    assert not path.exists()
    assert json.loads(lock_path(path).read_text())["pid"] == child.pid  # left by the kill
    with Catalogue.create(path) as catalogue:
        assert catalogue.programmes() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.amp"]


def test_create_does_not_replace_a_file_made_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program wrote the file while the new one was being built: keep theirs."""
    from amp_desktop.core.store import StoreError

    path = tmp_path / "new.amp"
    migrate = Catalogue._migrate

    def meanwhile(self: Catalogue) -> None:
        migrate(self)
        path.write_bytes(b"theirs")

    monkeypatch.setattr(Catalogue, "_migrate", meanwhile)
    with pytest.raises(StoreError, match="already exists"):
        Catalogue.create(path)
    assert path.read_bytes() == b"theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.amp"]


def test_create_with_overwrite_replaces_the_file_whole(catalogue_path: Path) -> None:
    with Catalogue.open(catalogue_path) as old:
        old.add_programme(Programme(name="Old"))
        old_id = old.catalogue_id
    with Catalogue.create(catalogue_path, overwrite=True) as new:
        assert new.programmes() == []
        assert new.catalogue_id != old_id


def test_a_programme_with_the_longest_name_can_be_duplicated(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    """'Name: at most 200 characters.': the copy of a 200-character name could never be made."""
    catalogue = make_catalogue()
    long_name = "Arbetsträning " * 14 + "x" * 4  # 200 characters
    assert len(long_name) == 200
    catalogue.add_programme(Programme(name=long_name, places=1))
    pid = catalogue.find(long_name).id
    for _ in range(3):
        catalogue.duplicate_programme(pid)
    names = sorted(p.name for p in catalogue.programmes())
    assert all(len(n) <= 200 for n in names) and len(set(names)) == 4
    assert any(n.endswith("… (copy) 3") for n in names)


def test_a_file_that_cannot_be_written_is_a_store_error_with_a_message(
    make_catalogue, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """sqlite3 errors (disk full, file gone) escaped every caller but the window's editor."""
    import sqlite3

    from amp_desktop.core.store import StoreError

    catalogue = make_catalogue()
    catalogue.add_programme(Programme(name="A", places=10))

    def gone(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(catalogue, "_write_programme", gone)
    # (SQLite's "attempt to write a readonly database" is now said in the user's
    # language, core/errors.sqlite_reason: it was English inside Swedish sentences)
    with pytest.raises(StoreError, match="cannot be written \\(the file is read-only\\)"):
        catalogue.update_programme(catalogue.find("A").replace(places=11))
    monkeypatch.undo()
    assert catalogue.find("A").places == 10
