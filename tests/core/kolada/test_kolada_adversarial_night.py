"""Kolada against a hostile stand-in and a unit head's odd steps (night's pass): a fetch,
a file or a changed municipality never makes another municipality's group the similar
municipalities; an empty metadata answer, a group's members as a number, a connection
closed without an answer; ids Kolada titles otherwise or lacks named by id; a file of
places the figures never compare said."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from amp_desktop.core.kolada.changes import settings_change
from amp_desktop.core.kolada.client import KoladaClient
from amp_desktop.core.kolada.fetch import fetch, fetch_change
from amp_desktop.core.kolada.vocabulary import vocabulary
from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.kolada import PEERS_ID_KEY, PEERS_TITLE_KEY
from amp_desktop.core.yearly.document import yearly_report
from tests.core.kolada.kolada_server import (
    Answer,
    KoladaStandIn,
    data_item,
    json_answer,
    kolada_server,
    vasteras_routes,
)

MALMO_GROUP = "Liknande kommuner arbetsmarknad, Malmö, 2024"


def malmo_routes(server: KoladaStandIn) -> None:
    def route(path: str, query: str) -> Answer | None:
        if path == "/v3/municipality/1280":
            return json_answer({"values": [{"id": "1280", "title": "Malmö", "type": "K"}]})
        if path == "/v3/municipality_groups" and "Malmö" in unquote(query.replace("+", " ")):
            return json_answer({"values": [{"id": "G200002", "title": MALMO_GROUP}]})
        return None

    server.routes.insert(0, route)


def _fetch(server: KoladaStandIn, code: str) -> object:
    client = KoladaClient(server.base_url, timeout=5.0, sleep=lambda s: None)
    return fetch(client, vocabulary(), code, [2024])


def test_a_fetch_for_another_municipality_leaves_the_similar_municipalities(
    catalogue_path: Path,
) -> None:
    """After a look at Malmö, Västerås's figures were set beside Malmö's similar
    municipalities (the group of the last fetch, whichever municipality it was for)."""
    data = [
        data_item("U40455", "1980", 2024, 40.0),
        data_item("U40455", "G100002", 2024, 41.0),
        data_item("U40455", "1280", 2024, 30.0),
        data_item("U40455", "G200002", 2024, 20.0),
    ]
    with kolada_server() as server:
        vasteras_routes(server, data)
        malmo_routes(server)
        vasteras, malmo = _fetch(server, "1980"), _fetch(server, "1280")
    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.apply(fetch_change(catalogue, vasteras))  # type: ignore[arg-type]
        assert catalogue.municipality_code() == "1980"
        catalogue.apply(fetch_change(catalogue, malmo))  # type: ignore[arg-type]
        assert catalogue.setting(PEERS_ID_KEY) == "G100002"
        assert catalogue.setting(PEERS_TITLE_KEY) == (
            "Liknande kommuner arbetsmarknad, Västerås, 2024"
        )
        share = yearly_report(catalogue, 2024).figure("work_or_studies_share")
        assert share.kolada is not None
        assert share.kolada["municipality"]["value"] == 0.40
        assert share.kolada["peers"]["id"] == "G100002"
        assert share.kolada["peers"]["value"] == 0.41


def test_changing_the_municipality_forgets_the_old_ones_similar_municipalities(
    catalogue_path: Path,
) -> None:
    """Set to Malmö after a fetch for Västerås, the report set Malmö beside Västerås's
    similar municipalities, titled as such; undo brings the group back."""
    with kolada_server() as server:
        vasteras_routes(server, [data_item("U40455", "G100002", 2024, 41.0)])
        vasteras = _fetch(server, "1980")
    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.apply(fetch_change(catalogue, vasteras))  # type: ignore[arg-type]
        assert catalogue.setting(PEERS_ID_KEY) == "G100002"
        done = catalogue.apply(settings_change(catalogue, municipality="1280"))
        assert catalogue.setting(PEERS_ID_KEY) is None
        assert catalogue.setting(PEERS_TITLE_KEY) is None
        report = yearly_report(catalogue, 2024)
        assert report.peers is None and "peers" not in report.places
        catalogue.apply(done.inverse())
        assert catalogue.municipality_code() == "1980"
        assert catalogue.setting(PEERS_ID_KEY) == "G100002"
        # the same code again (the population only) keeps the group
        catalogue.apply(settings_change(catalogue, municipality="1980", population=150_000))
        assert catalogue.setting(PEERS_ID_KEY) == "G100002"


def test_an_empty_metadata_answer_keeps_what_an_earlier_fetch_confirmed(
    catalogue_path: Path,
) -> None:
    """Kolada answering an empty list for every KPI's metadata (a stand-in, a proxy, a
    bad day) made the fetch forget every id an earlier fetch had confirmed or
    corrected — and store nothing else: the figures lost their comparison."""
    import pytest

    from amp_desktop.core.kolada.client import KoladaError

    with kolada_server() as server:
        vasteras_routes(server, [data_item("U40455", "1980", 2024, 40.0)])
        first = _fetch(server, "1980")
        server.routes.insert(
            0, lambda p, q: json_answer({"values": []}) if p.startswith("/v3/kpi") else None
        )
        asked = len(server.requests)
        with pytest.raises(KoladaError) as raised:
            _fetch(server, "1980")
        searches = [r for r in server.requests[asked:] if r.startswith("/v3/kpi?")]
    assert "none of AMP's KPIs" in str(raised.value) and "\n" not in str(raised.value)
    assert searches == []  # not one search by title per KPI against an empty answer
    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.apply(fetch_change(catalogue, first))  # type: ignore[arg-type]
        assert len(catalogue.kolada_kpi_rows()) > 3


def test_an_id_kolada_titles_as_another_figure_is_named_in_the_notes() -> None:
    """An unverified id Kolada knows under another title (the vocabulary's guess points
    at another KPI) was taken as confirmed without a word: AMP's referral share was
    then compared with, say, a count of inhabitants over 65."""

    def other_titles(path: str, query: str) -> Answer | None:
        if not path.startswith("/v3/kpi/"):
            return None
        titles = {"U40806": "Invånare 65+ år, antal", "U40455": "Resultat vid avslut, andel (%)"}
        ids = path.removeprefix("/v3/kpi/").split(",")
        return json_answer({"values": [{"id": i, "title": titles.get(i, i)} for i in ids]})

    with kolada_server() as server:
        vasteras_routes(server, [])
        server.routes.insert(0, other_titles)
        result = _fetch(server, "1980")
    notes = result.notes()  # type: ignore[attr-defined]
    named = [n for n in notes if "check that it is the same figure" in n]
    assert any(
        n.startswith("U40806: Kolada calls it “Invånare 65+ år, antal”, AMP “Anvisade av")
        for n in named
    ), notes
    assert not any(n.startswith("U40455") for n in named)  # verified in AMP's vocabulary


def test_a_group_whose_members_are_no_list_is_read_without_them() -> None:
    """``"members": 7`` (a count where the list belongs) raised a TypeError out of
    the fetch: a traceback in the terminal, an unexpected error in the window."""

    def route(path: str, query: str) -> Answer | None:
        if path == "/v3/municipality_groups":
            title = "Liknande kommuner arbetsmarknad, Västerås, 2024"
            return json_answer({"values": [{"id": "G100002", "title": title, "members": 7}]})
        return None

    with kolada_server() as server:
        vasteras_routes(server, [])
        server.routes.insert(0, route)
        result = _fetch(server, "1980")
    assert result.peers is not None  # type: ignore[attr-defined]
    assert result.peers.id == "G100002" and result.peers.members == ()  # type: ignore[attr-defined]


def test_a_file_for_places_the_figures_never_compare_says_so(
    catalogue_path: Path, tmp_path: Path
) -> None:
    """Lund's values imported into Västerås's catalogue were stored without a word and
    never shown: the unit head saw nothing change."""
    import json

    from amp_desktop.core.kolada.changes import read_import

    saved = tmp_path / "lund.json"
    saved.write_text(json.dumps({"values": [data_item("U40455", "1281", 2024, 38.0)]}))
    ours = tmp_path / "ours.json"
    ours.write_text(json.dumps({"values": [data_item("U40455", "0019", 2024, 35.0)]}))
    with Catalogue.open(catalogue_path) as catalogue:
        assert read_import(catalogue, saved).notes == []  # no municipality set: said elsewhere
        catalogue.apply(settings_change(catalogue, municipality="1980"))
        notes = read_import(catalogue, saved).notes
        assert notes == [
            "The file's values are for 1281, which the yearly figures do not compare (they "
            "compare 1980, its similar municipalities, its county and the country): is the "
            "catalogue's municipality right?"
        ]
        assert read_import(catalogue, ours).notes == []  # the county is compared


def test_ids_kolada_lacks_are_named_by_id_never_by_amp_s_key() -> None:
    """The note read "Kolada does not know the ids of: referral_self." — AMP's key."""
    with kolada_server() as server:
        vasteras_routes(server, [], unknown=("U40808",))
        result = _fetch(server, "1980")
    assert result.unconfirmed == ["referral_self"]  # type: ignore[attr-defined]
    assert "Kolada does not know the ids of: U40808." in result.notes()  # type: ignore[attr-defined]
    assert not any("referral_self" in n for n in result.notes())  # type: ignore[attr-defined]


def test_another_municipality_s_group_in_a_file_is_not_taken_as_the_peers(
    catalogue_path: Path, tmp_path: Path
) -> None:
    """Malmö's file (Malmö and its group) imported into Västerås's catalogue made
    Malmö's group Västerås's similar municipalities."""
    import json

    from amp_desktop.core.kolada.changes import read_import

    malmo = tmp_path / "malmo.json"
    malmo.write_text(
        json.dumps(
            {
                "values": [
                    data_item("U40455", "1280", 2024, 30.0),
                    data_item("U40455", "G200002", 2024, 20.0),
                ]
            }
        )
    )
    ours = tmp_path / "ours.json"
    ours.write_text(
        json.dumps(
            {
                "values": [
                    data_item("U40455", "1980", 2024, 40.0),
                    data_item("U40455", "G100002", 2024, 41.0),
                ]
            }
        )
    )
    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.apply(settings_change(catalogue, municipality="1980"))
        found = read_import(catalogue, malmo)
        catalogue.apply(found.change)
        assert catalogue.setting(PEERS_ID_KEY) is None
        assert found.notes and "1280, G200002" in found.notes[0]
        catalogue.apply(read_import(catalogue, ours).change)
        assert catalogue.setting(PEERS_ID_KEY) == "G100002"


def test_a_connection_closed_without_an_answer_is_said_in_words() -> None:
    """It read "answered in a way AMP cannot read: RemoteDisconnected." — a class name."""
    import pytest

    from amp_desktop.core.kolada.client import KoladaError

    with kolada_server() as server:
        server.routes.append(lambda p, q: (0, {}, b""))  # waits; released: closes, no answer
        client = KoladaClient(server.base_url, timeout=5.0, sleep=lambda s: None)
        server.release.set()
        with pytest.raises(KoladaError) as raised:
            client.get_json(server.base_url + "kpi")
    text = str(raised.value)
    assert (
        text
        == f"Kolada ({server.base_url.split('/')[2]}) closed the connection without answering; try again."
    )
