"""Kolada values in the catalogue: replaced per KPI, municipality, year and gender; undone;
a conflicting change refused; the settings remembered; the change logged."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from amp_desktop.core.kolada.changes import import_values_file, settings_change
from amp_desktop.core.kolada.values import KoladaFileError
from amp_desktop.core.store import Catalogue, ConflictError


def _page(value: float, year: int = 2024, municipality: str = "1980") -> dict[str, object]:
    return {
        "values": [
            {
                "kpi": "U40455",
                "municipality": municipality,
                "period": year,
                "values": [{"gender": "T", "count": 1, "status": "", "value": value}],
            }
        ]
    }


def _save(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_import_replaces_the_same_key_and_keeps_the_rest(
    catalogue_path: Path, tmp_path: Path
) -> None:
    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.apply(import_values_file(catalogue, _save(tmp_path, "a.json", _page(30.0))))
        catalogue.apply(import_values_file(catalogue, _save(tmp_path, "b.json", _page(31.0, 2023))))
        change = catalogue.apply(
            import_values_file(catalogue, _save(tmp_path, "c.json", _page(35.0)))
        )
        assert [(r[2], r[4]) for r in catalogue.kolada_rows()] == [(2023, 31.0), (2024, 35.0)]
        catalogue.apply(change.inverse())
        assert [(r[2], r[4]) for r in catalogue.kolada_rows()] == [(2023, 31.0), (2024, 30.0)]
        log = catalogue.change_log()
        assert any(entry["field"] == "kolada:1980" for entry in log)


def test_a_change_made_stale_elsewhere_is_refused(catalogue_path: Path, tmp_path: Path) -> None:
    with Catalogue.open(catalogue_path) as catalogue:
        stale = import_values_file(catalogue, _save(tmp_path, "a.json", _page(30.0)))
        catalogue.apply(import_values_file(catalogue, _save(tmp_path, "b.json", _page(29.0))))
        with pytest.raises(ConflictError):
            catalogue.apply(stale)
        assert [r[4] for r in catalogue.kolada_rows()] == [29.0]


def test_a_bad_file_changes_nothing(catalogue_path: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(catalogue_path.read_bytes()).hexdigest()
    with Catalogue.open(catalogue_path) as catalogue:
        with pytest.raises(KoladaFileError):
            import_values_file(catalogue, _save(tmp_path, "bad.json", {"values": [{"kpi": 1}]}))
        with pytest.raises(KoladaFileError, match="no Kolada values"):
            import_values_file(catalogue, _save(tmp_path, "empty.json", {"values": []}))
    assert hashlib.sha256(catalogue_path.read_bytes()).hexdigest() == before


def test_municipality_and_population_are_remembered(catalogue_path: Path) -> None:
    with Catalogue.open(catalogue_path) as catalogue:
        assert catalogue.municipality_code() is None and catalogue.population() is None
        change = catalogue.apply(
            settings_change(catalogue, municipality="1980", population=156_000)
        )
        assert settings_change(catalogue, municipality="1980").is_empty()
    with Catalogue.open(catalogue_path) as catalogue:
        assert catalogue.municipality_code() == "1980" and catalogue.population() == 156_000
        catalogue.apply(change.inverse())
        assert catalogue.municipality_code() is None and catalogue.population() is None
