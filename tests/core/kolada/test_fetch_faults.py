"""A flaky network between AMP and Kolada (a local stand-in on 127.0.0.1): busy without
Retry-After, server errors, redirects and next pages to another host, a body cut short,
a web page or deep JSON instead of an answer, a bad address, Cancel while a request or a
wait is under way, a missing peers group, an empty year — each one line, nothing kept."""

from __future__ import annotations

import hashlib
import socket
import ssl
import time
from pathlib import Path

import pytest

from amp_desktop.core.kolada.client import KoladaClient, KoladaError
from amp_desktop.core.kolada.fetch import fetch, fetch_change
from amp_desktop.core.kolada.vocabulary import vocabulary
from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.core.store import Catalogue
from tests.core.kolada.kolada_server import (
    Answer,
    data_item,
    json_answer,
    kolada_server,
    vasteras_routes,
)


def _client(url: str, timeout: float = 2.0) -> KoladaClient:
    waits: list[float] = []
    client = KoladaClient(url, timeout=timeout, sleep=waits.append)
    client.waits = waits  # type: ignore[attr-defined]
    return client


def _one_line(error: pytest.ExceptionInfo[BaseException]) -> str:
    text = str(error.value)
    assert text and "\n" not in text and "Traceback" not in text
    return text


def test_429_without_retry_after_waits_a_second_then_succeeds() -> None:
    with kolada_server() as server:
        asked: list[str] = []

        def route(path: str, query: str) -> Answer | None:
            asked.append(path)
            if len(asked) == 1:
                return json_answer({"message": "Too Many Requests"}, 429)
            return json_answer({"values": [data_item("U40455", "1980", 2024, 40.0)]})

        server.routes.append(route)
        client = _client(server.base_url)
        assert [v.value for v in client.data(["U40455"], ["1980"], [2024])] == [40.0]
    assert client.waits == [1.0]  # type: ignore[attr-defined]


def test_503_is_busy_and_asked_again_but_500_is_said_at_once() -> None:
    """500 was "refused the question", as if AMP had asked wrongly."""
    with kolada_server() as server:
        statuses = [503, 200]

        def route(path: str, query: str) -> Answer | None:
            status = statuses.pop(0) if statuses else 200
            return json_answer({"values": []}, status)

        server.routes.append(route)
        assert list(_client(server.base_url).pages(server.base_url + "kpi"))
        server.routes[:] = [lambda p, q: (500, {}, b"Internal Server Error")]
        with pytest.raises(KoladaError) as raised:
            _client(server.base_url).get_json(server.base_url + "kpi")
        assert len([r for r in server.requests if r == "/v3/kpi"]) == 3  # 503, 200, 500
    assert "had an error of its own (HTTP 500)" in _one_line(raised)


def test_a_redirect_to_another_host_is_not_followed() -> None:
    """urllib followed any redirect, to any host, https to http too."""
    with kolada_server() as elsewhere, kolada_server() as server:
        elsewhere.routes.append(lambda p, q: json_answer({"values": []}))
        server.routes.append(lambda p, q: (302, {"Location": elsewhere.base_url + "kpi"}, b""))
        with pytest.raises(KoladaError) as raised:
            _client(server.base_url).get_json(server.base_url + "kpi")
    assert "another address" in _one_line(raised)
    assert elsewhere.requests == []


def test_a_redirect_on_the_same_host_is_followed() -> None:
    with kolada_server() as server:

        def route(path: str, query: str) -> Answer | None:
            if path == "/v3/kpi":
                return 301, {"Location": server.base_url + "kpi/"}, b""
            return json_answer({"values": []})

        server.routes.append(route)
        assert _client(server.base_url).get_json(server.base_url + "kpi") == {"values": []}


def test_a_next_page_on_another_host_is_not_asked_for() -> None:
    with kolada_server() as elsewhere, kolada_server() as server:
        elsewhere.routes.append(lambda p, q: json_answer({"values": []}))
        server.routes.append(
            lambda p, q: json_answer({"values": [], "next_url": elsewhere.base_url + "kpi?page=2"})
        )
        with pytest.raises(KoladaError) as raised:
            list(_client(server.base_url).pages(server.base_url + "kpi"))
    assert "next page on another host" in _one_line(raised)
    assert elsewhere.requests == []


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ((200, {"Content-Length": "5000"}, b'{"values": [{"kpi": "U40'), "broke off its answer"),
        (
            (200, {"Content-Type": "text/html"}, b"<!DOCTYPE html><title>Log in</title>"),
            "a web page",
        ),
        ((200, {}, b"[" * 200_000 + b"]" * 200_000), "not JSON"),
        ((200, {}, b""), "answered nothing"),
        ((200, {}, b"\xff\xfe{}"), "not JSON"),
    ],
)
def test_a_broken_answer_is_one_line(answer: Answer, message: str) -> None:
    """A body cut short raised http.client.IncompleteRead, deep JSON RecursionError:
    tracebacks both."""
    with kolada_server() as server:
        server.routes.append(lambda p, q: answer)
        with pytest.raises(KoladaError) as raised:
            _client(server.base_url).get_json(server.base_url + "kpi")
    assert message in _one_line(raised)


@pytest.mark.parametrize(
    "address", ["api.kolada.se/v3/", "ftp://api.kolada.se/v3/", "file:///etc/", "http://"]
)
def test_an_address_that_is_no_web_address_is_one_line(address: str) -> None:
    """ "api.kolada.se/v3/" typed in Preferences raised ValueError (a traceback);
    file:// read local files."""
    with pytest.raises(KoladaError) as raised:
        fetch(KoladaClient(address), vocabulary(), "1980", [2024])
    assert "is not a web address" in _one_line(raised)


def test_cancel_while_a_request_hangs_stops_at_once(catalogue_path: Path) -> None:
    """Cancel was heard only after the request ended: up to the 20 s timeout."""
    before = hashlib.sha256(catalogue_path.read_bytes()).hexdigest()
    progress = Progress()

    def hang(path: str, query: str) -> Answer | None:
        if path.startswith("/v3/data/"):
            progress.cancel()  # the user presses Cancel while Kolada says nothing
            return 0, {}, b""
        return None

    with Catalogue.open(catalogue_path) as catalogue, kolada_server() as server:
        server.routes.append(hang)
        vasteras_routes(server, [])
        started = time.monotonic()
        with pytest.raises(Cancelled):
            fetch(_client(server.base_url, timeout=30.0), vocabulary(), "1980", [2024], progress)
        assert time.monotonic() - started < 10
        assert catalogue.kolada_rows() == []
    assert hashlib.sha256(catalogue_path.read_bytes()).hexdigest() == before


def test_cancel_while_waiting_after_429_stops_at_once() -> None:
    """The wait Kolada asked for (up to 30 s) was slept through without hearing Cancel."""
    progress = Progress()

    def busy(path: str, query: str) -> Answer | None:
        progress.cancel()
        return json_answer({}, 429, {"Retry-After": "25"})

    with kolada_server() as server:
        server.routes.append(busy)
        started = time.monotonic()
        with pytest.raises(Cancelled):
            KoladaClient(server.base_url, timeout=5.0).get_json(server.base_url + "kpi", progress)
    assert time.monotonic() - started < 10
    assert len(server.requests) == 1


def test_no_peers_group_and_no_values_are_said_and_the_rest_is_kept(
    catalogue_path: Path,
) -> None:
    with kolada_server() as server:
        server.routes.append(
            lambda p, q: json_answer({"values": []}) if p == "/v3/municipality_groups" else None
        )
        vasteras_routes(server, [])
        result = fetch(_client(server.base_url), vocabulary(), "1980", [2024])
    assert result.peers is None and result.values == []
    notes = result.notes()
    assert "No group “Liknande kommuner arbetsmarknad, Västerås” found." in notes
    assert "Kolada has no values for these KPIs and years." in notes
    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.apply(fetch_change(catalogue, result))
        assert catalogue.kolada_rows() == [] and catalogue.kolada_kpi_rows()
        assert catalogue.setting("kolada_peers_id") is None


def test_a_group_known_before_stays_when_a_fetch_finds_none(
    catalogue_path: Path, tmp_path: Path
) -> None:
    """The peers group (from an imported file or an earlier fetch) was forgotten, and
    its stored values no longer shown, when one fetch did not find the group."""
    import json

    from amp_desktop.core.kolada.changes import import_values_file

    saved = tmp_path / "peers.json"
    saved.write_text(json.dumps({"values": [data_item("U40455", "G100002", 2024, 33.0)]}))
    with kolada_server() as server:
        server.routes.append(
            lambda p, q: json_answer({"values": []}) if p == "/v3/municipality_groups" else None
        )
        vasteras_routes(server, [data_item("U40455", "1980", 2024, 31.0)])
        result = fetch(_client(server.base_url), vocabulary(), "1980", [2024])
    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.apply(import_values_file(catalogue, saved))
        assert catalogue.setting("kolada_peers_id") == "G100002"
        catalogue.apply(fetch_change(catalogue, result))
        assert catalogue.setting("kolada_peers_id") == "G100002"
        assert {r[1] for r in catalogue.kolada_rows()} == {"1980", "G100002"}


def test_the_values_phase_says_how_many_questions_from_its_start() -> None:
    """The bar stayed "busy" for the whole values phase: the first step's total came
    within the report interval of the phase and was dropped."""
    reports: list[tuple[int, int | None, str]] = []
    progress = Progress(lambda done, total, text: reports.append((done, total, text)))
    with kolada_server() as server:
        vasteras_routes(server, [])
        fetch(_client(server.base_url), vocabulary(), "1980", [2024], progress)
    first = next(r for r in reports if r[2] == "Fetching Kolada's values…")
    assert first == (0, 2, "Fetching Kolada's values…")  # 37 ids: 2 batches × 1 of places


def test_an_answer_trickled_a_byte_at_a_time_times_out_as_a_whole() -> None:
    """Each byte came within the timeout, so the request never ended."""
    with kolada_server() as server:
        server.routes.append(lambda p, q: (-1, {}, b""))
        started = time.monotonic()
        with pytest.raises(KoladaError) as raised:
            _client(server.base_url, timeout=0.5).get_json(server.base_url + "kpi")
    assert "did not answer within 1.5 s" in _one_line(raised)
    assert time.monotonic() - started < 10


def test_https_to_a_plain_server_is_a_failed_secure_connection() -> None:
    with kolada_server() as server:
        server.routes.append(lambda p, q: json_answer({"values": []}))
        url = server.base_url.replace("http://", "https://")
        with pytest.raises(KoladaError) as raised:
            _client(url).get_json(url + "kpi")
    assert "Cannot reach Kolada" in _one_line(raised) and "secure connection failed" in str(
        raised.value
    )


def test_a_closed_port_is_a_refused_connection() -> None:
    with kolada_server() as server:
        url = server.base_url
    with pytest.raises(KoladaError) as raised:
        _client(url).get_json(url + "kpi")
    assert "the connection was refused" in _one_line(raised)


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        (ssl.SSLCertVerificationError(1, "certificate verify failed"), "certificate could not"),
        (socket.gaierror(-2, "Name or service not known"), "name is not known"),
    ],
)
def test_a_network_that_inspects_traffic_or_has_no_dns_is_said_in_words(
    monkeypatch: pytest.MonkeyPatch, reason: OSError, words: str
) -> None:
    """ "[SSL: CERTIFICATE_VERIFY_FAILED] … (_ssl.c:1006)" and "[Errno -2] Name or
    service not known" were shown as they came."""
    import urllib.error

    from amp_desktop.core.kolada import transport

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise urllib.error.URLError(reason)

    monkeypatch.setattr(transport._opener, "open", refuse)
    with pytest.raises(KoladaError) as raised:
        _client("https://api.kolada.se/v3/").get_json("https://api.kolada.se/v3/kpi")
    assert words in _one_line(raised) and "Errno" not in str(raised.value)


def test_a_wait_kolada_asks_for_is_shown_then_the_phase_again() -> None:
    """The bar said "Fetching Kolada's values…" through up to 30 s of waiting."""
    texts: list[str] = []
    progress = Progress(lambda done, total, text: texts.append(text), interval=0)
    with kolada_server() as server:
        statuses = [429]
        server.routes.append(
            lambda p, q: json_answer(
                {"values": []}, statuses.pop(0) if statuses else 200, {"Retry-After": "2"}
            )
        )
        progress.phase("Checking the KPIs' ids…")
        _client(server.base_url).get_json(server.base_url + "kpi", progress)
    shown = list(dict.fromkeys(texts))
    assert shown == ["Checking the KPIs' ids…", "Kolada is busy; asking again in 2 s…"]
    assert texts[-1] == "Checking the KPIs' ids…"


def test_an_answer_with_a_share_over_100_is_refused_and_nothing_stored(
    catalogue_path: Path,
) -> None:
    from amp_desktop.core.kolada.client import KoladaError

    with kolada_server() as server:
        server.routes.append(
            lambda p, q: json_answer({"values": []}) if p == "/v3/municipality_groups" else None
        )
        vasteras_routes(server, [data_item("U40455", "1980", 2024, 1e308)])
        result = fetch(_client(server.base_url), vocabulary(), "1980", [2024])
    with Catalogue.open(catalogue_path) as catalogue, pytest.raises(KoladaError) as raised:
        fetch_change(catalogue, result)
    assert "U40455, 1980 2024" in str(raised.value)
    with Catalogue.open(catalogue_path) as catalogue:
        assert catalogue.kolada_rows() == []
