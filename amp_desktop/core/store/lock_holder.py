"""Who holds a catalogue's lock, how long they have held it, and the error that names
them (:class:`LockedError`); the locking itself is :mod:`~amp_desktop.core.store.lock`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from amp_desktop.core.i18n import translate
from amp_desktop.core.store import processes
from amp_desktop.core.store.errors import StoreError
from amp_desktop.core.store.processes import hostname as _hostname


@dataclass(frozen=True)
class LockInfo:
    """Who holds a catalogue."""

    pid: int
    host: str
    user: str
    since: str
    boot: str = ""
    started: str = ""

    def describe(self) -> str:
        age = self.age()
        if age is None:
            return translate("Lock", "{user} on {host} (process {pid}) since {since}").format(
                user=self.user, host=self.host, pid=self.pid, since=self.since
            )
        return translate(
            "Lock", "{user} on {host} (process {pid}) since {since}, {age} ago"
        ).format(
            user=self.user,
            host=self.host,
            pid=self.pid,
            since=self.since.replace("T", " ")[:16],
            age=age_text(age),
        )

    def age(self) -> float | None:
        """Seconds since the lock was taken, None if its time cannot be read."""
        try:
            since = dt.datetime.fromisoformat(self.since)
        except ValueError:
            return None
        now = dt.datetime.now(since.tzinfo) if since.tzinfo else dt.datetime.now()
        return max((now - since).total_seconds(), 0.0)

    def same_holder(self, other: LockInfo | None) -> bool:
        return other is not None and (self.pid, self.host, self.user, self.since) == (
            other.pid,
            other.host,
            other.user,
            other.since,
        )


def age_text(seconds: float) -> str:
    """A lock's age in words: "3 days", "5 hours", "12 minutes", "a moment"."""
    minutes = int(seconds // 60)
    hours, days = minutes // 60, minutes // 1440
    if minutes < 1:
        return translate("Lock", "a moment")
    if minutes == 1:
        return translate("Lock", "1 minute")
    if minutes < 60:
        return translate("Lock", "{n} minutes").format(n=minutes)
    if hours == 1:
        return translate("Lock", "1 hour")
    if hours < 48:
        return translate("Lock", "{n} hours").format(n=hours)
    return translate("Lock", "{n} days").format(n=days)


class LockedError(StoreError):
    """Another AMP process holds the catalogue for writing."""

    def __init__(self, path: Path, holder: LockInfo | None):
        self.path = path
        self.holder = holder
        #: The holder runs on this computer (close it there), not one that cannot be asked.
        self.held_here = holder is not None and holder.host == _hostname() and alive(holder)
        who = holder.describe() if holder else translate("Lock", "another program")
        super().__init__(
            translate("Lock", "{file} is open for editing by {who}.").format(
                file=path.name, who=who
            )
        )


def alive(holder: LockInfo) -> bool:
    """Whether *holder* (on this host) still runs: the same process in the same boot."""
    return processes.runs(holder.pid, holder.boot, holder.started)
