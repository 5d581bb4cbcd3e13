"""``amp kolada import|fetch`` with the files and networks unit heads have: every failure
one line on stderr with the file's name, the catalogue byte for byte as it was; what was
left out of an import said; a fetch against a local stand-in only (127.0.0.1)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.store import Catalogue
from tests.core.kolada.kolada_server import (
    Answer,
    data_item,
    json_answer,
    kolada_server,
    vasteras_routes,
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _answer(*items: dict[str, object], next_url: str | None = None) -> bytes:
    return json.dumps({"values": list(items), "next_url": next_url}).encode()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.json", b"", "The file is empty."),
        ("login.json", b"<!DOCTYPE html><html><body>Logga in</body></html>", "a web page"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("kolada.csv", b"PK\x03\x04" + bytes(60), "Excel workbook"),
        (
            "other.json",
            _answer(data_item("N00945", "1980", 2023, 12.0)),
            "None of the file's KPIs (N00945) is one of AMP's figures",
        ),
        ("kolada.csv", "Nyckeltal id;Kommun-id;År;Värde\nU40455;1980;2023;x\n".encode(), "Line 2"),
    ],
)
def test_a_bad_values_file_is_one_line_naming_it_and_changes_nothing(
    catalogue_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    data: bytes,
    message: str,
) -> None:
    saved = tmp_path / name
    saved.write_bytes(data)
    before = _digest(catalogue_path)
    status, out, err = run(capsys, "kolada", "import", str(catalogue_path), str(saved))
    assert status == 1 and out == ""
    assert err.startswith(f"amp: {saved}: ") and message in err and err.count("\n") == 1
    assert "Traceback" not in err
    assert _digest(catalogue_path) == before


def test_a_200_mb_file_is_refused_at_once(
    catalogue_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse
    before = _digest(catalogue_path)
    status, _, err = run(capsys, "kolada", "import", str(catalogue_path), str(huge))
    assert status == 1 and "over 16 MB" in err and err.count("\n") == 1
    assert _digest(catalogue_path) == before


def test_excel_unicode_text_imports(
    catalogue_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Nyckeltal id\tKommun-id\tÅr\tKön\tVärde\r\nU40455\t1980\t2024\tKvinnor\t41,5\r\n"
    saved = tmp_path / "kolada.txt"
    saved.write_bytes(text.encode("utf-16"))
    status, out, _ = run(capsys, "kolada", "import", str(catalogue_path), str(saved))
    # ("Import 1 Kolada values" before: the singular now)
    assert status == 0 and "Import 1 Kolada value for 1980" in out and "Källa: Kolada" in out
    with Catalogue.open(catalogue_path, read_only=True) as catalogue:
        assert [r[:5] for r in catalogue.kolada_rows()] == [("U40455", "1980", 2024, "K", 41.5)]


def test_other_kpis_are_left_out_and_named_and_a_first_page_is_said(
    catalogue_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file with other KPIs stored them unseen; one page of several looked complete."""
    saved = tmp_path / "mixed.json"
    saved.write_bytes(
        _answer(
            data_item("U40455", "1980", 2024, 41.0),
            data_item("N00945", "1980", 2024, 3.0, K=2.0),
            next_url="https://api.kolada.se/v3/data/kpi/U40455,N00945/municipality/1980?page=2",
        )
    )
    status, out, err = run(capsys, "kolada", "import", str(catalogue_path), str(saved))
    assert status == 0 and "Import 1 Kolada value " in out  # (singular now)
    lines = err.splitlines()
    assert len(lines) == 2 and all(line.startswith(f"amp: {saved}: ") for line in lines)
    assert "Not imported, not among AMP's figures: N00945." in lines[0]
    assert "one page of a longer Kolada answer" in lines[1]
    with Catalogue.open(catalogue_path, read_only=True) as catalogue:
        assert {r[0] for r in catalogue.kolada_rows()} == {"U40455"}


def _fetch(
    capsys: pytest.CaptureFixture[str], path: Path, url: str, *more: str
) -> tuple[int, str, str]:
    return run(
        capsys, "kolada", "fetch", str(path), "--municipality", "1980", "--api-url", url, *more
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--api-url", "api.kolada.se/v3/"), "--api-url: “api.kolada.se/v3/” is not a web address"),
        (("--timeout", "0"), "--timeout must be more than 0"),
        (("--timeout", "-5"), "--timeout must be more than 0"),
    ],
)
def test_bad_fetch_options_are_one_line(
    catalogue_path: Path, capsys: pytest.CaptureFixture[str], options: tuple[str, ...], message: str
) -> None:
    """An address without https:// was a ValueError traceback."""
    before = _digest(catalogue_path)
    status, _, err = run(
        capsys, "kolada", "fetch", str(catalogue_path), "--municipality", "1980", *options
    )
    assert status == 2 and message in err and err.count("\n") == 1
    assert _digest(catalogue_path) == before


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (lambda p, q: (500, {}, b"oops"), "HTTP 500"),
        (lambda p, q: (200, {"Content-Length": "999"}, b'{"values": ['), "broke off"),
        (lambda p, q: (200, {}, b"{" * 100_000), "not JSON"),
        (lambda p, q: json_answer({"values": []}, 429), "busy"),
    ],
)
def test_fetch_failures_are_one_line_and_change_nothing(
    catalogue_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: object,
    message: str,
) -> None:
    import amp_desktop.core.kolada.client as client_module

    monkeypatch.setattr(client_module, "DEFAULT_WAIT", 0.0)  # 429 without Retry-After
    before = _digest(catalogue_path)
    with kolada_server() as server:
        server.routes.append(answer)  # type: ignore[arg-type]
        status, out, err = _fetch(capsys, catalogue_path, server.base_url, "--years", "2024")
    assert status == 1 and out == "" and message in err and err.count("\n") == 1
    assert _digest(catalogue_path) == before


def test_a_redirect_to_another_host_is_refused_by_the_cli(
    catalogue_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(catalogue_path)
    with kolada_server() as elsewhere, kolada_server() as server:
        vasteras_routes(elsewhere, [])
        server.routes.append(lambda p, q: (307, {"Location": elsewhere.base_url + p[4:]}, b""))
        status, _, err = _fetch(capsys, catalogue_path, server.base_url, "--years", "2024")
    assert status == 1 and "another address" in err and err.count("\n") == 1
    assert elsewhere.requests == []
    assert _digest(catalogue_path) == before


def test_no_peers_group_is_said_and_the_rest_stored(
    catalogue_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_groups(path: str, query: str) -> Answer | None:
        return json_answer({"values": []}) if path == "/v3/municipality_groups" else None

    with kolada_server() as server:
        server.routes.append(no_groups)
        vasteras_routes(server, [data_item("U40455", "1980", 2024, 31.0)])
        status, out, err = _fetch(capsys, catalogue_path, server.base_url, "--years", "2024")
    assert status == 0 and "Fetch 1 Kolada value for Västerås" in out  # (singular now)
    assert "amp: No group “Liknande kommuner arbetsmarknad, Västerås” found." in err
    with Catalogue.open(catalogue_path, read_only=True) as catalogue:
        assert [r[:5] for r in catalogue.kolada_rows()] == [("U40455", "1980", 2024, "T", 31.0)]
        assert catalogue.setting("kolada_peers_id") is None


def test_a_missing_file_is_named_once(
    catalogue_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "amp: x.csv: Cannot read x.csv: No such file…" named the file twice."""
    missing = tmp_path / "kolada.csv"
    status, _, err = run(capsys, "kolada", "import", str(catalogue_path), str(missing))
    assert (
        status == 1 and err == f"amp: {missing}: Cannot read the file: No such file or directory.\n"
    )


def test_history_names_the_settings_and_counts_the_values_in_words(
    catalogue_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`amp history` showed "setting municipality_code", "setting kolada_peers_id" and
    "48 values" / "3 KPIs" in English under AMP_LANG=sv (the kolada helper's pass): a
    setting is named as the user knows it, and the counts are words."""
    status, *_ = run(
        capsys,
        "yearly",
        str(catalogue_path),
        "--year",
        "2025",
        "--municipality",
        "1980",
        "--population",
        "150000",
    )
    assert status == 0
    saved = tmp_path / "kolada.json"
    saved.write_bytes(_answer(data_item("U40455", "1980", 2024, 41.0)))
    assert run(capsys, "kolada", "import", str(catalogue_path), str(saved))[0] == 0
    status, out, _ = run(capsys, "history", str(catalogue_path))
    assert status == 0
    assert "setting municipality (SCB code)" in out and "municipality_code" not in out
    assert "setting population" in out and "150,000" in out
    kolada = next(line for line in out.splitlines() if "Kolada 1980" in line)
    assert kolada.rstrip().endswith("1 value")
