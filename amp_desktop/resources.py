"""Where AMP's plain-file assets are: icons, translations, fonts, the example."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    """The ``resources`` folder: in a bundle, inside the package, or in the repo."""
    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", "")) / "amp_desktop" / "resources")
    # The package's own folder (what importlib.resources.files("amp_desktop") is for
    # a package on disk; importing importlib.resources costs 4–5 ms of start-up).
    package = Path(__file__).resolve().parent
    candidates.append(package / "resources")
    candidates.append(package.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("AMP's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """A file below the resources folder."""
    return resource_root().joinpath(*parts)
