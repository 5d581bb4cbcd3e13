"""``amp plan --json`` written programme by programme, never holding the whole plan.

:func:`write_plan_json` writes exactly the text of
``json.dump(plan.to_json(), out, ensure_ascii=False, indent=2)`` followed by a
newline (the documented shape, ``docs/plan-json.md``), but makes each programme's
plan, writes it and drops its months before the next: a ten-year plan of 10,000
programmes keeps one chunk of demand and the programmes' period figures in memory,
not 1.2 million month records.  The document lists the ``sources`` before the
programmes although they are known only once every programme is planned, so the
programmes go to a temporary spool first (in memory while small, then a file) and
are copied after the head; nothing reaches *out* until every programme is planned,
so an error or Cancel leaves it untouched.

:func:`json_text` is the encoder: the text ``json.dumps(value, ensure_ascii=False,
indent=2)`` gives for the values a plan holds (dicts with string keys, lists,
strings, numbers, booleans, None), about five times faster than the standard
library's pure-Python indenting encoder, which ``json`` falls back to whenever an
indent is asked for.
"""

from __future__ import annotations

import json
import math
import shutil
import tempfile
from collections.abc import Callable
from json.encoder import encode_basestring  # type: ignore[attr-defined]  # C when built
from typing import IO, TYPE_CHECKING, Any

from amp_desktop.core.planning.model import ProgrammePlan, Thresholds
from amp_desktop.core.planning.period import Period
from amp_desktop.core.planning.plan import assemble_plan
from amp_desktop.core.planning.streaming import programme_plans

if TYPE_CHECKING:
    from amp_desktop.core.planning.scenarios import Scenario
    from amp_desktop.core.progress import Progress
    from amp_desktop.core.store import Catalogue

#: The spool stays in memory up to this many characters, then moves to a file.
SPOOL_IN_MEMORY = 32 * 1024 * 1024
_STEP = "  "  # json's indent=2


def _float_text(value: float) -> str:
    """A float as ``json`` writes it (``NaN``/``Infinity`` included)."""
    if value != value:
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _scalar_text(value: Any) -> str:
    """A non-container value as ``json`` writes it (subclasses as their base)."""
    if isinstance(value, str):
        return str(encode_basestring(value))
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float_text(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_CONTAINERS = (dict, list, tuple)
_FLAT: dict[str, Callable[[Any], str]] = {}


def _flat_encoder(inner: str) -> Callable[[Any], str]:
    """``json``'s own C encoder for a container of plain values, its items on lines
    at *inner*: ``{"AF": 1.0,\n<inner>"SKE": 2.0}`` (the caller adds the line
    breaks after the opening and before the closing bracket)."""
    encode = _FLAT.get(inner)
    if encode is None:
        encoder = json.JSONEncoder(
            ensure_ascii=False, check_circular=False, separators=(",\n" + inner, ": ")
        )
        encode = _FLAT[inner] = encoder.encode
    return encode


def _append(value: Any, indent: str, parts: list[str]) -> None:
    """Append the text of *value*, whose first line is at *indent*, to *parts*."""
    kind = type(value)
    if kind is float:
        parts.append(float.__repr__(value) if math.isfinite(value) else _float_text(value))
    elif kind is str:
        parts.append(encode_basestring(value))
    elif kind is dict or kind is list or kind is tuple:
        if not value:
            parts.append("{}" if kind is dict else "[]")
            return
        inner = indent + _STEP
        items = value.values() if kind is dict else value
        if not any(isinstance(item, _CONTAINERS) for item in items):
            text = _flat_encoder(inner)(value)
            parts.append(text[0] + "\n" + inner + text[1:-1] + "\n" + indent + text[-1])
            return
        between = ",\n" + inner
        if kind is dict:
            separator = "{\n" + inner
            for key, item in value.items():
                parts.append(separator)
                separator = between
                parts.append(_key_text(key))
                parts.append(": ")
                _append(item, inner, parts)
            parts.append("\n" + indent + "}")
        else:
            separator = "[\n" + inner
            for item in value:
                parts.append(separator)
                separator = between
                _append(item, inner, parts)
            parts.append("\n" + indent + "]")
    elif isinstance(value, _CONTAINERS):  # a subclass: as json writes it
        parts.append(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent))
    else:
        parts.append(_scalar_text(value))


def _key_text(key: Any) -> str:
    if type(key) is str:
        return str(encode_basestring(key))
    # json turns numbers, booleans and None used as keys into strings.
    if isinstance(key, str):
        return str(encode_basestring(key))
    if isinstance(key, bool) or key is None or isinstance(key, int | float):
        return '"' + _scalar_text(key) + '"'
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def json_text(value: Any, indent: str = "") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, its first line at *indent*."""
    parts: list[str] = []
    _append(value, indent, parts)
    return "".join(parts)


def write_plan_json(
    catalogue: Catalogue,
    period: Period,
    out: IO[str],
    *,
    scenario: Scenario | str | None = None,
    thresholds: Thresholds | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the JSON of ``make_plan(catalogue, period, …).to_json()`` to *out*.

    The text is that of ``json.dump(..., ensure_ascii=False, indent=2)`` and a
    newline.  Raises :class:`~amp_desktop.core.planning.scenarios.ScenarioError`
    for an unknown scenario (before anything is written), and what reading the
    catalogue raises; *out* gets nothing unless every programme was planned.
    """
    from amp_desktop.core.planning.scenarios import load_scenario

    if isinstance(scenario, str):
        scenario = load_scenario(catalogue, scenario)
    thresholds = thresholds or Thresholds()
    needed_by_source: dict[str, float] = {}
    summaries: list[ProgrammePlan] = []
    item = _STEP * 2
    with tempfile.SpooledTemporaryFile(
        max_size=SPOOL_IN_MEMORY, mode="w+", encoding="utf-8", newline=""
    ) as spool:
        separator = "[\n" + item
        for plan in programme_plans(
            catalogue,
            period,
            scenario=scenario,
            thresholds=thresholds,
            needed_by_source=needed_by_source,
            progress=progress,
        ):
            spool.write(separator + json_text(plan.to_json(), item))
            separator = ",\n" + item
            plan.months = []  # written; the totals need only the period's figures
            summaries.append(plan)
        spool.write("[]" if not summaries else "\n" + _STEP + "]")
        whole = assemble_plan(period, summaries, needed_by_source, scenario, thresholds)
        head = whole.to_json()
        out.write("{")
        separator = "\n" + _STEP
        for key, value in head.items():
            out.write(separator + _key_text(key) + ": ")
            separator = ",\n" + _STEP
            if key == "programmes":
                spool.seek(0)
                shutil.copyfileobj(spool, out, 1 << 20)
            else:
                out.write(json_text(value, _STEP))
        out.write("\n}\n")
