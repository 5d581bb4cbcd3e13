"""Kolada's v3 API against a local stand-in: paging, batches, 429, 410, timeouts, bad JSON."""

from __future__ import annotations

import pytest

from amp_desktop.core.kolada.client import Group, KoladaClient, KoladaError, batches
from amp_desktop.core.kolada.fetch import fetch, latest_peers
from amp_desktop.core.kolada.vocabulary import vocabulary
from amp_desktop.core.progress import Cancelled, Progress
from tests.core.kolada.kolada_server import (
    Answer,
    data_item,
    json_answer,
    kolada_server,
    vasteras_routes,
)


def _client(url: str, **options: float) -> KoladaClient:
    waits: list[float] = []
    client = KoladaClient(url, timeout=options.get("timeout", 2.0), sleep=waits.append)
    client.waits = waits  # type: ignore[attr-defined]
    return client


def test_data_follows_next_url_across_pages() -> None:
    with kolada_server() as server:
        first = server.base_url + "data/kpi/U40455/municipality/1980/year/2023"

        def route(path: str, query: str) -> Answer | None:
            if "page=2" in query:
                return json_answer({"values": [data_item("U40455", "1980", 2023, 30.0)]})
            if path.startswith("/v3/data/"):
                nxt = first + "?per_page=5000&page=2"
                return json_answer(
                    {
                        "values": [data_item("U40455", "0000", 2023, 35.0, K=33.0, M=37.0)],
                        "next_url": nxt,
                    }
                )
            return None

        server.routes.append(route)
        values = _client(server.base_url).data(["U40455"], ["1980", "0000"], [2023])
    assert sorted((v.municipality, v.gender, v.value) for v in values) == [
        ("0000", "K", 33.0),
        ("0000", "M", 37.0),
        ("0000", "T", 35.0),
        ("1980", "T", 30.0),
    ]
    assert len(server.requests) == 2


def test_v2_next_page_is_followed_too() -> None:
    with kolada_server() as server:

        def route(path: str, query: str) -> Answer | None:
            if query.endswith("page=2"):
                return json_answer({"values": [data_item("N40008", "1980", 2022, 1200.0)]})
            return json_answer({"values": [], "next_page": path + "?page=2"})

        server.routes.append(route)
        values = _client(server.base_url).data(["N40008"], ["1980"], [2022])
    assert [v.value for v in values] == [1200.0]


def test_at_most_25_ids_in_a_path_segment() -> None:
    kpis = [f"U{40000 + i}" for i in range(30)]
    places = [f"{1000 + i}" for i in range(26)]
    with kolada_server() as server:
        server.routes.append(lambda path, query: json_answer({"values": []}))
        assert _client(server.base_url).data(kpis, places, [2024]) == []
    assert len(server.requests) == 4  # 2 KPI batches × 2 municipality batches
    for request in server.requests:
        _, _, kpi_ids, _, place_ids, *_ = request.removeprefix("/v3/").split("/")
        assert len(kpi_ids.split(",")) <= 25 and len(place_ids.split(",")) <= 25
    assert list(map(len, batches(kpis))) == [25, 5]


def test_429_waits_as_told_then_succeeds() -> None:
    with kolada_server() as server:
        asked: list[int] = []

        def route(path: str, query: str) -> Answer | None:
            asked.append(1)
            if len(asked) == 1:
                return json_answer({"message": "slow down"}, 429, {"Retry-After": "2"})
            return json_answer({"values": [data_item("U40455", "1980", 2024, 40.0)]})

        server.routes.append(route)
        client = _client(server.base_url)
        values = client.data(["U40455"], ["1980"], [2024])
    assert [v.value for v in values] == [40.0]
    assert client.waits == [2.0]  # type: ignore[attr-defined]


def test_429_for_ever_gives_up_with_one_line() -> None:
    with kolada_server() as server:
        server.routes.append(lambda p, q: json_answer({}, 429, {"Retry-After": "1"}))
        client = _client(server.base_url)
        with pytest.raises(KoladaError, match="busy"):
            client.get_json(server.base_url + "kpi")
    assert len(server.requests) == client.retries + 1


def test_a_wait_longer_than_allowed_is_not_waited() -> None:
    with kolada_server() as server:
        server.routes.append(lambda p, q: json_answer({}, 429, {"Retry-After": "3600"}))
        client = _client(server.base_url)
        with pytest.raises(KoladaError, match="3600"):
            client.get_json(server.base_url + "kpi")
    assert client.waits == []  # type: ignore[attr-defined]


def test_410_of_the_shut_down_v2_says_so() -> None:
    with kolada_server() as server:
        server.routes.append(lambda p, q: json_answer({"message": "gone"}, 410))
        with pytest.raises(KoladaError, match="410") as raised:
            _client(server.base_url.replace("v3", "v2")).get_json(server.base_url + "kpi")
    assert "\n" not in str(raised.value)


def test_a_server_that_does_not_answer_times_out() -> None:
    with kolada_server() as server:
        server.routes.append(lambda p, q: (0, {}, b""))
        with pytest.raises(KoladaError, match="did not answer within 0.3 s"):
            _client(server.base_url, timeout=0.3).get_json(server.base_url + "kpi")


def test_malformed_json_is_one_line() -> None:
    with kolada_server() as server:
        server.routes.append(lambda p, q: (200, {}, b"{ not json"))
        with pytest.raises(KoladaError, match="not JSON"):
            _client(server.base_url).get_json(server.base_url + "kpi")


def test_json_without_values_is_refused() -> None:
    with kolada_server() as server:
        server.routes.append(lambda p, q: json_answer({"values": "nope"}))
        with pytest.raises(KoladaError, match="without a list of values"):
            list(_client(server.base_url).pages(server.base_url + "kpi"))


def test_an_empty_result_is_no_values() -> None:
    with kolada_server() as server:
        server.routes.append(lambda p, q: json_answer({"values": [], "count": 0}))
        assert _client(server.base_url).data(["U40455"], ["1980"], [2024]) == []


def test_a_closed_port_is_cannot_reach() -> None:
    with kolada_server() as server:
        url = server.base_url
    with pytest.raises(KoladaError, match="Cannot reach Kolada"):
        _client(url, timeout=1.0).get_json(url + "kpi")


def test_the_latest_peers_group_is_found_by_title() -> None:
    groups = [
        Group("G1", "Liknande kommuner arbetsmarknad, Västerås, 2022", ()),
        Group("G3", "Liknande kommuner arbetsmarknad, Västerås, 2024", ()),
        Group("G2", "Liknande kommuner arbetsmarknad, Västerås, 2023", ()),
        Group("G9", "Liknande kommuner arbetsmarknad, Västerås stad, 2025", ()),
    ]
    assert latest_peers(groups, "Västerås").id == "G3"  # type: ignore[union-attr]
    assert latest_peers(groups, "Luleå") is None


def test_fetch_confirms_ids_finds_peers_and_county() -> None:
    data = [data_item("U40455", "1980", 2024, 31.0), data_item("U40455", "G100002", 2024, 33.0)]
    with kolada_server() as server:
        vasteras_routes(server, data, unknown=("U40800",))
        result = fetch(_client(server.base_url), vocabulary(), "1980", [2023, 2024])
    assert result.municipality_title == "Västerås"
    assert result.peers is not None and result.peers.id == "G100002"
    assert result.unconfirmed == ["persons"]
    assert "U40800" not in {row[1] for row in result.kpis}
    data_requests = [r for r in server.requests if r.startswith("/v3/data/")]
    assert data_requests and all("1980,G100002,0019,0000" in r for r in data_requests)
    assert all("/year/2023,2024" in r for r in data_requests)
    assert len({v.key for v in result.values}) == 2  # each KPI batch got the same answer


def test_fetch_cancelled_stops_before_the_next_request() -> None:
    progress = Progress()
    progress.cancel()
    with kolada_server() as server:
        vasteras_routes(server, [])
        with pytest.raises(Cancelled):
            fetch(_client(server.base_url), vocabulary(), "1980", [2024], progress)
    assert server.requests == []


def test_an_unknown_municipality_is_refused() -> None:
    with kolada_server() as server:
        server.routes.append(lambda p, q: json_answer({"values": []}))
        with pytest.raises(KoladaError, match="does not know municipality 9999"):
            fetch(_client(server.base_url), vocabulary(), "9999", [2024])


def test_an_unknown_id_is_corrected_by_its_title() -> None:
    from urllib.parse import parse_qs

    title = vocabulary()["referrals"].title_sv

    def search(path: str, query: str) -> Answer | None:
        if path == "/v3/kpi" and parse_qs(query).get("title") == [title]:
            return json_answer(
                {
                    "values": [
                        {"id": "U40899", "title": title},
                        {"id": "U40898", "title": title + " x"},
                    ]
                }
            )
        return None

    with kolada_server() as server:
        server.routes.append(search)
        vasteras_routes(server, [], unknown=("U40803",))
        result = fetch(_client(server.base_url), vocabulary(), "1980", [2024])
    assert result.corrected == {"referrals": ("U40803", "U40899")}
    assert ("referrals", "U40899", title, "") in result.kpis
    assert "referrals: Kolada's id is U40899, not U40803." in result.notes()
