"""Sweden's municipalities and counties by SCB code (``resources/kolada/municipalities.csv``),
so a code typed in Preferences is shown with the name it stands for."""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from functools import cache

from amp_desktop.resources import resource_path


@cache
def names() -> Mapping[str, str]:
    """``SCB code → name``: the 290 municipalities and the counties as Kolada numbers them
    (``0019`` Västmanlands län)."""
    with open(resource_path("kolada", "municipalities.csv"), encoding="utf-8", newline="") as f:
        return {row["code"]: row["name"] for row in csv.DictReader(f)}


def municipality_name(code: str) -> str | None:
    """The name of municipality *code* (``1980`` → ``Västerås``); None if no such code."""
    code = code.strip()
    if len(code) != 4 or code.startswith("00"):
        return None
    return names().get(code)


_GROUP_ID = re.compile(r"[Gg]\d+")


def known_place(code: str) -> bool:
    """Whether Kolada can publish values for *code*: a municipality or county AMP
    knows (``0180``, ``0019``), the country (``0000``) or a municipality group (``G``
    and digits; the groups' ids change every year, so any is taken)."""
    return code == "0000" or code in names() or _GROUP_ID.fullmatch(code) is not None
