"""Kolada's v3 API over HTTP (the standard library's urllib): paging, batches, retries.

``https://api.kolada.se/v3/`` answers JSON.  :class:`KoladaClient` asks for data as
``data/kpi/<ids>/municipality/<ids>/year/<years>`` with at most 25 ids in a path
segment, follows ``next_url`` (v2's ``next_page`` too), waits politely when told
to (429 with ``Retry-After``, at most a few times and never longer than
``max_wait``), and gives up after ``timeout`` seconds without an answer.  Every
failure — offline, refused, timed out, an address that is gone (410: v2 was shut
down), an answer that is not the JSON expected — is a :class:`KoladaError` whose
text is one line for the user.  The base address can be set so tests use a local
server.
"""

from __future__ import annotations

import email.utils
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from amp_desktop.core.errors import AmpError
from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.values import KoladaFileError, KoladaValue, page_from_json
from amp_desktop.core.progress import NO_PROGRESS, Progress

DEFAULT_URL = "https://api.kolada.se/v3/"
#: Kolada takes at most this many ids in one path segment.
BATCH = 25
#: Items per page asked for (Kolada's most).
PER_PAGE = 5000
#: Pages followed at most for one question (a loop of next_url ends here).
MAX_PAGES = 200
_USER_AGENT = "AMP (municipal labour-market programme catalogue)"


class KoladaError(AmpError):
    """Kolada could not be asked or did not answer as expected (one line for the user)."""


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
    """Questions to Kolada's v3 API at *base_url*."""

    def __init__(
        self,
        base_url: str = DEFAULT_URL,
        *,
        timeout: float = 20.0,
        retries: int = 3,
        max_wait: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
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

    def get_json(self, url: str, progress: Progress = NO_PROGRESS) -> Any:
        """The JSON at *url*; waits and asks again on 429 (and 503) when told to."""
        host = urllib.parse.urlsplit(url).netloc or url
        for attempt in range(self.retries + 1):
            progress.check()
            request = urllib.request.Request(
                url, headers={"Accept": "application/json", "User-Agent": _USER_AGENT}
            )
            self.requests += 1
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                    body = answer.read()
            except urllib.error.HTTPError as exc:
                wait = _retry_after(exc.headers.get("Retry-After"), time.time())
                exc.close()  # the error holds the answer's connection
                if exc.code in (429, 503) and attempt < self.retries:
                    wait = 1.0 if wait is None else wait
                    if wait > self.max_wait:
                        raise KoladaError(
                            translate(
                                "Kolada", "Kolada asks AMP to wait {seconds} s; try again later."
                            ).format(seconds=int(wait))
                        ) from None
                    self._sleep(wait)
                    continue
                raise KoladaError(self._status_text(exc.code, host)) from None
            except TimeoutError:
                raise KoladaError(
                    translate(
                        "Kolada", "Kolada ({host}) did not answer within {seconds} s."
                    ).format(host=host, seconds=f"{self.timeout:g}")
                ) from None
            except (urllib.error.URLError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                if isinstance(reason, TimeoutError):
                    raise KoladaError(
                        translate(
                            "Kolada", "Kolada ({host}) did not answer within {seconds} s."
                        ).format(host=host, seconds=f"{self.timeout:g}")
                    ) from None
                raise KoladaError(
                    translate("Kolada", "Cannot reach Kolada ({host}): {reason}.").format(
                        host=host, reason=reason
                    )
                ) from None
            try:
                return json.loads(body.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                raise KoladaError(
                    translate(
                        "Kolada", "Kolada ({host}) answered something that is not JSON."
                    ).format(host=host)
                ) from None
        raise KoladaError(
            translate("Kolada", "Kolada ({host}) is busy; try again later.").format(host=host)
        )

    @staticmethod
    def _status_text(code: int, host: str) -> str:
        if code in (429, 503):
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
        return translate("Kolada", "Kolada ({host}) refused the question (HTTP {code}).").format(
            host=host, code=code
        )

    def pages(self, url: str, progress: Progress = NO_PROGRESS) -> Iterator[dict[str, Any]]:
        """Every page of the answer at *url*, following ``next_url``/``next_page``."""
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
            following = urllib.parse.urljoin(url, nxt) if isinstance(nxt, str) and nxt else None

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
                members = tuple(
                    str(m.get("member_id") or m.get("id") or "")
                    for m in item.get("members") or []
                    if isinstance(m, dict)
                )
                out.append(Group(item["id"], str(item.get("title") or ""), members))
        return out
