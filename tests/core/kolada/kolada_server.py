"""A Kolada v3 stand-in on 127.0.0.1 for the tests: routes answer canned JSON, a status,
a wait longer than the client's timeout (status 0), a body trickled a byte at a time
(status -1), or malformed text — no test reaches the internet."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

Answer = tuple[int, dict[str, str], bytes]
Route = Callable[[str, str], Answer | None]  # (path, query) -> answer, None: next route


@dataclass
class KoladaStandIn:
    """The routes in order, and every request's path and query as received."""

    routes: list[Route] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    base_url: str = ""

    def answer(self, path: str, query: str) -> Answer:
        self.requests.append(path + (f"?{query}" if query else ""))
        for route in self.routes:
            found = route(path, query)
            if found is not None:
                return found
        return 404, {}, b'{"error": "not found"}'


def json_answer(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Answer:
    return status, headers or {}, json.dumps(data).encode()


def data_item(
    kpi: str, municipality: str, year: int, total: float | None, **by_gender: float
) -> dict[str, Any]:
    values = [{"gender": "T", "count": 1, "status": "", "value": total}]
    values += [{"gender": g, "count": 1, "status": "", "value": v} for g, v in by_gender.items()]
    return {"kpi": kpi, "municipality": municipality, "period": year, "values": values}


@contextmanager
def kolada_server() -> Iterator[KoladaStandIn]:
    """Serve a :class:`KoladaStandIn` on a free port; its ``base_url`` ends in ``/v3/``."""
    standin = KoladaStandIn()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            parts = urlsplit(self.path)
            status, headers, body = standin.answer(unquote(parts.path), parts.query)
            if status == 0:  # wait until released: the client's timeout must fire first
                standin.release.wait(10)
                return
            if status == -1:  # a slow network: a byte now and then, each within the timeout
                self.send_response(200)
                self.send_header("Content-Length", "100000")
                self.end_headers()
                try:
                    while not standin.release.wait(0.1):
                        self.wfile.write(b" ")
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if "Content-Length" not in headers:  # a test may promise more than it sends
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                return

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    standin.base_url = f"http://127.0.0.1:{server.server_address[1]}/v3/"
    try:
        yield standin
    finally:
        standin.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def vasteras_routes(
    standin: KoladaStandIn, data: list[dict[str, Any]], unknown: tuple[str, ...] = ()
) -> None:
    """Routes for a fetch for Västerås (1980): the municipality, KPI metadata (every
    asked id but *unknown*), two years of its peers group, and *data* for any question."""
    from amp_desktop.core.kolada.vocabulary import vocabulary

    titles = {k.kolada_id: k.title_sv for k in vocabulary().values() if k.kolada_id}

    def route(path: str, query: str) -> Answer | None:
        if path == "/v3/municipality/1980":
            return json_answer({"values": [{"id": "1980", "title": "Västerås", "type": "K"}]})
        if path.startswith("/v3/kpi/"):
            ids = path.removeprefix("/v3/kpi/").split(",")
            found = [
                {"id": i, "title": titles.get(i, i), "description": "Kolada's definition"}
                for i in ids
                if i not in unknown
            ]
            return json_answer({"values": found, "count": len(found)})
        if path == "/v3/kpi":
            return json_answer({"values": []})
        if path == "/v3/municipality_groups":
            return json_answer(
                {
                    "values": [
                        {
                            "id": "G100001",
                            "title": "Liknande kommuner arbetsmarknad, Västerås, 2023",
                            "members": [{"member_id": "0180", "member_title": "Stockholm"}],
                        },
                        {
                            "id": "G100002",
                            "title": "Liknande kommuner arbetsmarknad, Västerås, 2024",
                            "members": [{"member_id": "1280", "member_title": "Malmö"}],
                        },
                    ]
                }
            )
        if path.startswith("/v3/data/kpi/"):
            return json_answer({"values": data, "count": len(data), "next_url": None})
        return None

    standin.routes.append(route)
