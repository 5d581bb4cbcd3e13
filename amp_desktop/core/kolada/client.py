"""Kolada's v3 API: questions, paging, batches and polite retries.

``https://api.kolada.se/v3/`` answers JSON.  :class:`KoladaClient` asks for data as
``data/kpi/<ids>/municipality/<ids>/year/<years>`` with at most 25 ids in a path
segment, follows ``next_url`` (v2's ``next_page`` too) on Kolada's own host only,
waits politely when Kolada is busy (429/502/503/504: as ``Retry-After`` says, else a
second; at most a few times, never longer than ``max_wait``, Cancel heard while it
waits).  One request — the address checked, redirects kept on the host, a timeout,
a size limit, Cancel — is :mod:`.transport`'s.  Every failure (offline, refused,
timed out, an address that is gone — 410: v2 was shut down —, an answer cut short
or not the JSON expected) is a :class:`KoladaError` whose text is one line for the
user.  The base address can be set so tests use a local server.
"""

from __future__ import annotations

import email.utils
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.transport import (
    HttpStatus,
    KoladaError,
    check_address,
    get,
    host_of,
)
from amp_desktop.core.kolada.values import KoladaFileError, KoladaValue, page_from_json, parse_json
from amp_desktop.core.progress import NO_PROGRESS, Progress

__all__ = ["BATCH", "DEFAULT_URL", "Group", "KoladaClient", "KoladaError", "batches"]

DEFAULT_URL = "https://api.kolada.se/v3/"
#: Kolada takes at most this many ids in one path segment.
BATCH = 25
#: Items per page asked for (Kolada's most).
PER_PAGE = 5000
#: Pages followed at most for one question (a loop of next_url ends here).
MAX_PAGES = 200
#: Statuses that mean "busy, ask again later": waited for (Retry-After, else a second).
_BUSY = frozenset({429, 502, 503, 504})
#: The wait when a busy answer does not say how long.
DEFAULT_WAIT = 1.0


def batches(ids: Sequence[str], size: int = BATCH) -> Iterator[list[str]]:
    """*ids* in runs of at most *size*."""
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _retry_after(value: str | None, now: float) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


@dataclass(frozen=True)
class Group:
    """A municipality group: its id, title and members' ids."""

    id: str
    title: str
    members: tuple[str, ...]


class KoladaClient:
    """Questions to Kolada's v3 API at *base_url* (checked at the first question: a
    KoladaError then if it is no web address)."""

    def __init__(
        self,
        base_url: str = DEFAULT_URL,
        *,
        timeout: float = 20.0,
        retries: int = 3,
        max_wait: float = 30.0,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        base_url = base_url.strip()
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.timeout = timeout
        self.retries = retries
        self.max_wait = max_wait
        self._sleep = sleep
        self.requests = 0

    # -- one request -------------------------------------------------------------
    def url(self, path: str, query: dict[str, str] | None = None) -> str:
        address = urllib.parse.urljoin(self.base_url, path)
        return f"{address}?{urllib.parse.urlencode(query)}" if query else address

    def _wait(self, seconds: float, progress: Progress) -> None:
        """Wait *seconds* before asking again, saying so; Cancel is heard meanwhile."""
        doing = getattr(progress, "_text", "")  # the phase to show again afterwards
        if seconds >= 1:
            progress.phase(
                translate("Kolada", "Kolada is busy; asking again in {seconds} s…").format(
                    seconds=round(seconds)
                )
            )
        if self._sleep is not None:
            self._sleep(seconds)
        else:
            end = time.monotonic() + seconds
            while (left := end - time.monotonic()) > 0:
                progress.check()
                time.sleep(min(left, 0.05))
        if seconds >= 1 and doing:
            progress.phase(doing)
        progress.check()

    def get_json(self, url: str, progress: Progress = NO_PROGRESS) -> Any:
        """The JSON at *url*; waits and asks again when Kolada is busy (429, 503) and
        says how long, or a second when it does not."""
        check_address(self.base_url)  # the address as the user gave it, named if wrong
        host = host_of(url)
        for attempt in range(self.retries + 1):
            progress.check()
            self.requests += 1
            try:
                body = get(url, self.timeout, progress)
            except HttpStatus as status:
                if status.code in _BUSY and attempt < self.retries:
                    wait = _retry_after(status.retry_after, time.time())
                    wait = DEFAULT_WAIT if wait is None else wait
                    if wait > self.max_wait:
                        raise KoladaError(
                            translate(
                                "Kolada", "Kolada asks AMP to wait {seconds} s; try again later."
                            ).format(seconds=int(wait))
                        ) from None
                    self._wait(wait, progress)
                    continue
                raise KoladaError(self._status_text(status.code, host)) from None
            return self._json(body, host)
        raise KoladaError(
            translate("Kolada", "Kolada ({host}) is busy; try again later.").format(host=host)
        )

    @staticmethod
    def _json(body: bytes, host: str) -> Any:
        if not body.strip():
            raise KoladaError(
                translate("Kolada", "Kolada ({host}) answered nothing (an empty page).").format(
                    host=host
                )
            )
        if body.lstrip()[:1] == b"<":
            raise KoladaError(
                translate(
                    "Kolada",
                    "Kolada ({host}) answered with a web page, not JSON — is the address "
                    "Kolada's API (…/v3/), or does the network ask for a login?",
                ).format(host=host)
            )
        try:
            return parse_json(body.decode("utf-8"))
        except (UnicodeDecodeError, KoladaFileError):
            raise KoladaError(
                translate("Kolada", "Kolada ({host}) answered something that is not JSON.").format(
                    host=host
                )
            ) from None

    @staticmethod
    def _status_text(code: int, host: str) -> str:
        if code in _BUSY:
            return translate("Kolada", "Kolada ({host}) is busy; try again later.").format(
                host=host
            )
        if code == 410:
            return translate(
                "Kolada",
                "Kolada ({host}) says this address is gone (410); AMP asks API v3 — check the address.",
            ).format(host=host)
        if code == 404:
            return translate("Kolada", "Kolada ({host}) does not know this address (404).").format(
                host=host
            )
        if code >= 500:
            return translate(
                "Kolada", "Kolada ({host}) had an error of its own (HTTP {code}); try again later."
            ).format(host=host, code=code)
        return translate("Kolada", "Kolada ({host}) refused the question (HTTP {code}).").format(
            host=host, code=code
        )

    def pages(self, url: str, progress: Progress = NO_PROGRESS) -> Iterator[dict[str, Any]]:
        """Every page of the answer at *url*, following ``next_url``/``next_page`` (on
        Kolada's host only)."""
        seen: set[str] = set()
        following: str | None = url
        while following:
            if following in seen or len(seen) >= MAX_PAGES:
                raise KoladaError(translate("Kolada", "Kolada's pages do not end; stopped."))
            seen.add(following)
            data = self.get_json(following, progress)
            if not isinstance(data, dict) or not isinstance(data.get("values"), list):
                raise KoladaError(
                    translate("Kolada", "Kolada answered JSON without a list of values.")
                )
            yield data
            nxt = data.get("next_url") or data.get("next_page")
            following = self._next(url, nxt) if isinstance(nxt, str) and nxt else None

    @staticmethod
    def _next(url: str, nxt: str) -> str:
        """The next page's address: on *url*'s host (https kept), else KoladaError."""
        here = urllib.parse.urlsplit(url)
        there = urllib.parse.urlsplit(urllib.parse.urljoin(url, nxt))
        if there.netloc != here.netloc:
            raise KoladaError(
                translate(
                    "Kolada",
                    "Kolada ({host}) gave its next page on another host ({other}); stopped.",
                ).format(host=here.netloc, other=there.netloc[:60])
            )
        return urllib.parse.urlunsplit(there._replace(scheme=here.scheme))

    # -- questions -----------------------------------------------------------------
    def data(
        self,
        kpis: Sequence[str],
        municipalities: Sequence[str],
        years: Iterable[int],
        progress: Progress = NO_PROGRESS,
    ) -> list[KoladaValue]:
        """The values of *kpis* for *municipalities* (groups too) in *years*."""
        year_text = ",".join(str(y) for y in sorted(set(years)))
        out: list[KoladaValue] = []
        questions = [(k, m) for k in batches(kpis) for m in batches(municipalities)]
        for done, (kpi_batch, place_batch) in enumerate(questions):
            progress.step(done, len(questions))
            path = (
                f"data/kpi/{','.join(kpi_batch)}/municipality/{','.join(place_batch)}"
                f"/year/{year_text}"
            )
            for page in self.pages(self.url(path, {"per_page": str(PER_PAGE)}), progress):
                try:
                    out.extend(page_from_json(page).values)
                except KoladaFileError as exc:
                    raise KoladaError(str(exc)) from None
        progress.step(len(questions), len(questions))
        return out

    def kpi_metadata(
        self, ids: Sequence[str], progress: Progress = NO_PROGRESS
    ) -> dict[str, tuple[str, str]]:
        """``id → (title, description)`` for the *ids* Kolada knows."""
        out: dict[str, tuple[str, str]] = {}
        for batch in batches(ids):
            for page in self.pages(self.url(f"kpi/{','.join(batch)}"), progress):
                for item in page["values"]:
                    if isinstance(item, dict) and isinstance(item.get("id"), str):
                        out[item["id"]] = (
                            str(item.get("title") or ""),
                            str(item.get("description") or ""),
                        )
        return out

    def search_kpis(self, title: str, progress: Progress = NO_PROGRESS) -> dict[str, str]:
        """``id → title`` of the KPIs whose title contains *title*."""
        out: dict[str, str] = {}
        for page in self.pages(self.url("kpi", {"title": title}), progress):
            for item in page["values"]:
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    out[item["id"]] = str(item.get("title") or "")
        return out

    def municipality_title(self, municipality: str, progress: Progress = NO_PROGRESS) -> str:
        """The name Kolada gives *municipality* ("" when it does not know it)."""
        for page in self.pages(self.url(f"municipality/{municipality}"), progress):
            for item in page["values"]:
                if isinstance(item, dict) and item.get("id") == municipality:
                    return str(item.get("title") or "")
        return ""

    def groups(self, title: str, progress: Progress = NO_PROGRESS) -> list[Group]:
        """The municipality groups whose title contains *title*."""
        out: list[Group] = []
        for page in self.pages(self.url("municipality_groups", {"title": title}), progress):
            for item in page["values"]:
                if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                    continue
                listed = item.get("members")  # anything but a list: no members known
                members = tuple(
                    str(m.get("member_id") or m.get("id") or "")
                    for m in (listed if isinstance(listed, list) else [])
                    if isinstance(m, dict)
                )
                out.append(Group(item["id"], str(item.get("title") or ""), members))
        return out
