"""``amp new``, ``amp list`` and ``amp show`` — and their messages for bad files."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from amp_desktop.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_new_example_then_list_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ex.amp"
    assert _run(capsys, "new", str(path), "--example")[0] == 0
    status, out, _ = _run(capsys, "list", str(path), "--json")
    assert status == 0
    data = json.loads(out)
    assert len(data) == 21
    required = {
        "id",
        "name",
        "code",
        "places",
        "budgeted_places",
        "annual_budget_sek",
        "type",
        "unit",
        "average_stay_weeks",
        "status",
        "referral_sources",
    }
    assert required <= set(data[0])
    osa = next(p for p in data if p["name"] == "OSA")
    assert osa["type"] == "primary"
    assert osa["referral_sources"] == [
        {"source": "AF", "role": "main"},
        {"source": "SKE", "role": "fallback"},
    ]


def test_show_by_name_code_and_id(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for key in ("Etablering/Kommun", "etab", "3"):
        status, out, _ = _run(capsys, "show", str(example_path), key, "--json")
        assert status == 0
        data = json.loads(out)
        assert (data["name"], data["places"], data["budgeted_places"]) == (
            "Etablering/Kommun",
            24,
            10,
        )
    status, out, _ = _run(capsys, "show", str(example_path), "OSA")
    assert status == 0 and "Places" in out and "AF (SKE)" in out
    status, _, err = _run(capsys, "show", str(example_path), "Finns inte")
    assert status == 1 and "Finns inte" in err and err.count("\n") == 1


def test_list_text_output(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "list", str(example_path))
    assert status == 0
    assert len(out.splitlines()) == 22 and "Välfärdsjobb" in out


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_bad_files_get_one_line_and_are_untouched(
    tmp_path: Path, example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.amp"
    status, out, err = _run(capsys, "list", str(missing))
    assert status != 0 and out == "" and err.count("\n") == 1 and "does not exist" in err
    assert not missing.exists()

    text = tmp_path / "notes.amp"
    text.write_text("Insats;Platser\n")
    before = _digest(text)
    status, _, err = _run(capsys, "show", str(text), "OSA")
    assert status != 0 and err.count("\n") == 1 and "not an AMP catalogue" in err
    assert _digest(text) == before

    conn = sqlite3.connect(example_path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = _digest(example_path)
    status, _, err = _run(capsys, "list", str(example_path), "--json")
    assert status != 0 and err.count("\n") == 1 and "newer version of AMP" in err
    assert _digest(example_path) == before


def test_new_refuses_to_overwrite(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _digest(example_path)
    status, _, err = _run(capsys, "new", str(example_path))
    assert status == 2 and "already exists" in err
    assert _digest(example_path) == before
