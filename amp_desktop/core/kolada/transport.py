"""One GET to Kolada's API: the address checked, redirects kept on Kolada's host, the
answer read within a size limit and a timeout, and Cancel heard while it waits.

The request runs in a short-lived daemon thread so the caller can give up at once
when the user presses Cancel (the thread ends by itself at the timeout and its
answer is dropped).  Failures are :class:`KoladaError` with one line for the user;
an HTTP status comes back as :class:`HttpStatus` for the client to judge.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import IO, Any

from amp_desktop.core.errors import AmpError
from amp_desktop.core.i18n import translate
from amp_desktop.core.progress import NO_PROGRESS, Progress

#: The most one answer may hold (a page of 5,000 values is about 2 MB).
MAX_ANSWER_BYTES = 64 * 1024 * 1024
#: The whole answer may take this many times the timeout of one wait for the network.
WHOLE_ANSWER_TIMES = 3
#: How often a waiting request looks whether the user has cancelled.
_CANCEL_POLL = 0.05
_USER_AGENT = "AMP (municipal labour-market programme catalogue)"


class KoladaError(AmpError):
    """Kolada could not be asked or did not answer as expected (one line for the user)."""


@dataclass(frozen=True)
class HttpStatus(Exception):
    """An answer with an error status (the client decides: wait and retry, or say so)."""

    code: int
    retry_after: str | None


def host_of(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc or url


def check_address(url: str) -> None:
    """KoladaError unless *url* is an ``http(s)://host/…`` address."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise KoladaError(
            translate(
                "Kolada",
                "“{url}” is not a web address; Kolada's is https://api.kolada.se/v3/.",
            ).format(url=url.strip()[:80])
        )


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only on the same host (and never from https to http)."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        old, new = urllib.parse.urlsplit(req.full_url), urllib.parse.urlsplit(newurl)
        if new.netloc != old.netloc or (old.scheme == "https" and new.scheme != "https"):
            fp.close()  # urllib closes it only after a redirect it follows
            raise KoladaError(
                translate(
                    "Kolada",
                    "Kolada ({host}) sent AMP on to another address ({other}); "
                    "AMP does not follow it — check the Kolada address.",
                ).format(host=old.netloc, other=new.netloc or newurl[:60])
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_opener = urllib.request.build_opener(_SameHostRedirects)


def _read(url: str, timeout: float) -> bytes:
    """The body at *url* (runs in the request's thread)."""
    request = urllib.request.Request(
        url, headers={"Accept": "application/json", "User-Agent": _USER_AGENT}
    )
    host = host_of(url)
    try:
        with _opener.open(request, timeout=timeout) as answer:
            body: bytes = answer.read(MAX_ANSWER_BYTES + 1)
            if getattr(answer, "length", None) and len(body) <= MAX_ANSWER_BYTES:
                raise http.client.IncompleteRead(body)  # fewer bytes than Content-Length
    except urllib.error.HTTPError as exc:
        retry_after = exc.headers.get("Retry-After") if exc.headers else None
        exc.close()  # the error holds the answer's connection
        raise HttpStatus(exc.code, retry_after) from None
    except http.client.RemoteDisconnected:  # (before HTTPException: it is one)
        raise KoladaError(
            translate(
                "Kolada", "Kolada ({host}) closed the connection without answering; try again."
            ).format(host=host)
        ) from None
    except http.client.IncompleteRead:
        raise KoladaError(
            translate("Kolada", "Kolada ({host}) broke off its answer; try again.").format(
                host=host
            )
        ) from None
    except http.client.HTTPException as exc:
        raise KoladaError(
            translate(
                "Kolada", "Kolada ({host}) answered in a way AMP cannot read: {reason}."
            ).format(host=host, reason=type(exc).__name__)
        ) from None
    except TimeoutError:
        raise _timed_out(host, timeout) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, TimeoutError):
            raise _timed_out(host, timeout) from None
        if isinstance(reason, KoladaError):
            raise reason from None
        raise KoladaError(
            translate("Kolada", "Cannot reach Kolada ({host}): {reason}.").format(
                host=host, reason=_why_unreachable(reason)
            )
        ) from None
    if len(body) > MAX_ANSWER_BYTES:
        raise KoladaError(
            translate("Kolada", "Kolada ({host}) answered more than {limit} MB; stopped.").format(
                host=host, limit=MAX_ANSWER_BYTES // (1024 * 1024)
            )
        )
    return body


def _why_unreachable(reason: object) -> str:
    """Why the connection failed, in words a unit head can act on."""
    if isinstance(reason, ssl.SSLCertVerificationError):
        return translate(
            "Kolada",
            "its certificate could not be verified (does the network inspect secure traffic?)",
        )
    if isinstance(reason, ssl.SSLError):
        return translate("Kolada", "the secure connection failed (is the address http or https?)")
    if isinstance(reason, socket.gaierror):
        return translate("Kolada", "the name is not known, or there is no network")
    if isinstance(reason, ConnectionRefusedError):
        return translate("Kolada", "the connection was refused (is the address right?)")
    return " ".join(str(reason).split())


def _timed_out(host: str, timeout: float) -> KoladaError:
    return KoladaError(
        translate("Kolada", "Kolada ({host}) did not answer within {seconds} s.").format(
            host=host, seconds=f"{timeout:g}"
        )
    )


def get(url: str, timeout: float, progress: Progress = NO_PROGRESS) -> bytes:
    """The body at *url*; raises KoladaError, HttpStatus, or Cancelled as soon as the
    user cancels (the request is left to end by itself).

    *timeout* bounds each wait for the network; the whole answer may take at most
    :data:`WHOLE_ANSWER_TIMES` as long (a server that trickles a byte at a time would
    otherwise never time out).
    """
    check_address(url)
    outcome: dict[str, Any] = {}
    done = threading.Event()

    def work() -> None:
        try:
            outcome["body"] = _read(url, timeout)
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller
            outcome["error"] = exc
        finally:
            done.set()

    threading.Thread(target=work, name="kolada-request", daemon=True).start()
    deadline = time.monotonic() + timeout * WHOLE_ANSWER_TIMES
    while not done.wait(_CANCEL_POLL):
        progress.check()
        if time.monotonic() > deadline:
            raise _timed_out(host_of(url), timeout * WHOLE_ANSWER_TIMES)
    if "error" in outcome:
        raise outcome["error"]
    body: bytes = outcome["body"]
    return body
