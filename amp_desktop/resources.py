"""Where AMP's plain-file assets are: icons, translations, fonts, the example."""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources as _resources
from pathlib import Path


@cache
def resource_root() -> Path:
    """The ``resources`` folder: in a bundle, inside the package, or in the repo."""
    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", "")) / "amp_desktop" / "resources")
    candidates.append(Path(str(_resources.files("amp_desktop"))) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("AMP's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """A file below the resources folder."""
    return resource_root().joinpath(*parts)
