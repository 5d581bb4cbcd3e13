"""The catalogue's results, mandate, audit-setting and Kolada reads, joined on first use."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import pytest

from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.feature_reads import FeatureReads, mixins
from amp_desktop.core.store.reads import CatalogueReader
from amp_desktop.core.store.writer import ChangeWriter

# What opening a catalogue and reading it does not load (#10 item 8).
NOT_LOADED = (
    "amp_desktop.core.store.results",
    "amp_desktop.core.store.mandates",
    "amp_desktop.core.store.kolada",
    "amp_desktop.core.store.builders",
    "amp_desktop.core.store.settings",
    "amp_desktop.core.store.change_parts",
    "amp_desktop.core.mandate",
    "hashlib",
)

SCRIPT = """
import sys
from amp_desktop.core.store import Catalogue
wanted = sys.argv[2:]

def loaded():
    return sorted(m for m in wanted if m in sys.modules)

with Catalogue.open(sys.argv[1]) as catalogue:
    programmes = catalogue.programmes()
    catalogue.sources()
    print("READ", len(programmes), ",".join(loaded()))
    mandate = catalogue.mandate(programmes[0].id)  # a mixed-in read: joined now
    print("MANDATE", mandate.programme_id == programmes[0].id, ",".join(loaded()))
    print("AUDIT", sorted(catalogue.audit_settings()))
"""


def test_opening_and_reading_loads_none_of_the_joined_modules(example_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(example_path), *NOT_LOADED],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "READ 21 ", result.stdout
    assert lines[1].startswith("MANDATE True amp_desktop.core.mandate,"), result.stdout
    assert "amp_desktop.core.store.mandates" in lines[1]
    assert lines[2] == "AUDIT ['audit_ending_within_months', 'audit_far_tertials_running']"


def _inherited(name: str) -> object:
    """What *name* resolved to when the catalogue inherited the four classes."""
    order = [Catalogue, ChangeWriter, CatalogueReader, *mixins(), object]
    for cls in order:
        if name in vars(cls):
            return vars(cls)[name]
    raise AssertionError(name)


def test_every_joined_name_resolves_as_through_inheritance(example: Catalogue) -> None:
    names = {n for cls in mixins() for n in vars(cls) if not n.startswith("__")}
    assert {"results_tallies", "mandate", "audit_settings", "kolada_rows"} <= names
    example.mandates()  # joined, if an earlier test had not already
    for name in sorted(names):
        assert inspect.getattr_static(Catalogue, name) is _inherited(name), name
    # The catalogue's own methods still win over the mixed-in ones of that name.
    assert Catalogue.set_audit_settings is vars(Catalogue)["set_audit_settings"]
    assert Catalogue.set_default_goals is vars(Catalogue)["set_default_goals"]
    # …and the reader's over Kolada's "setting" if the reader has one.
    assert Catalogue.setting is _inherited("setting")
    assert {"results_tallies", "mandate", "kolada_rows"} <= set(dir(Catalogue))


def test_a_name_nobody_defines_is_still_an_attribute_error(example: Catalogue) -> None:
    with pytest.raises(AttributeError, match="no_such_read"):
        example.no_such_read  # noqa: B018
    with pytest.raises(AttributeError, match="no_such_read"):
        Catalogue.no_such_read  # noqa: B018
    assert not hasattr(example, "__no_such_special__")
    assert isinstance(example, FeatureReads)


def test_the_joined_reads_answer_as_before(example: Catalogue) -> None:
    first = example.programmes()[0]
    assert example.mandate(first.id or 0).programme_id == first.id
    assert example.results_extent() == (None, None, 0)
    assert example.kolada_rows() == []
    assert example.default_goals() == {}
