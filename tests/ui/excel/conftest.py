"""The import wizard's tests: a session on the example catalogue, fonts loaded."""

from __future__ import annotations

import pytest

from amp_desktop.core.store import Catalogue
from amp_desktop.ui.app import load_fonts
from amp_desktop.ui.operations import CatalogueSession


@pytest.fixture
def session(qapp, example: Catalogue) -> CatalogueSession:  # type: ignore[no-untyped-def]
    """The window's session on the example catalogue (the bundled fonts loaded, as the
    application does, so that widths are the window's)."""
    load_fonts()
    return CatalogueSession(example)
