"""Run by test_crash.py: write actions to a catalogue until killed."""

from __future__ import annotations

import sys

from amp_desktop.core.domain import Programme
from amp_desktop.core.store import Catalogue, ChangeSet, DemandChange, DemandKey, ProgrammeChange

DEMAND_ROWS = 300


def main(path: str) -> None:
    catalogue = Catalogue.open(path)
    counter = catalogue.find("Counter")
    assert counter is not None
    k = counter.places
    print("ready", flush=True)
    while True:
        k += 1
        new_id = catalogue.next_programme_id()
        programme = Programme(name=f"P{k}", places=k, id=new_id)
        demand = tuple(
            DemandChange(
                DemandKey(new_id, f"{2000 + i // 12}-{i % 12 + 1:02d}", "AF", "actual"),
                None,
                float(i),
            )
            for i in range(DEMAND_ROWS)
        )
        current = catalogue.find("Counter")
        assert current is not None
        catalogue.apply(
            ChangeSet(
                f"crash {k}",
                (
                    ProgrammeChange(new_id, None, programme),
                    ProgrammeChange(current.id, current, current.replace(places=k)),
                ),  # type: ignore[arg-type]
                demand,
            )
        )


if __name__ == "__main__":
    main(sys.argv[1])
