"""Referrals and needed places per referral source: weighted sums over a plan's months.

Needed places are linear in referrals, so a programme's places needed per source are
its referrals weighted by the occupancy coefficients of
:func:`~amp_desktop.core.planning.capacity.needed_coefficients`; every sum is exactly
rounded (``math.fsum``), so it does not depend on the order of the months.
"""

from __future__ import annotations

import bisect
import math
import operator
from collections.abc import Mapping, Sequence


def source_sums(
    cells: Sequence[Mapping[str, float]], *weightings: Sequence[float]
) -> list[dict[str, float]]:
    """For each weighting, Σ weight × referrals per source over the months.

    *cells* are the months' referrals by source; a weighting has one number per
    month (1 to add the month up, 0 to leave it out, or a coefficient of
    :func:`needed_coefficients`).  Each sum is exactly rounded (``math.fsum``), so
    the result does not depend on the order of the months.  When every month has
    the same sources (the usual case) the sums run column by column in C.
    """
    live = [i for i in range(len(cells)) if any(w[i] for w in weightings)]
    return sums_at(cells, weightings, live, None)


def sums_at(
    cells: Sequence[Mapping[str, float]],
    weightings: Sequence[Sequence[float]],
    live: Sequence[int],
    live_factors: Sequence[Sequence[float]] | None,
    ones_from: int | None = None,
) -> list[dict[str, float]]:
    """:func:`source_sums` given the positions with a weight (*live*) and, if known,
    the weightings at those positions (*live_factors*).  *ones_from*: the first
    weighting is 0 before this position and 1 from it on (a plan's months of the
    period), so its sums need no products: ``fsum`` leaves out the zero terms."""
    kept = [i for i in live if cells[i]]
    if not kept:
        return [{} for _ in weightings]
    months = [cells[i] for i in kept]
    if live_factors is not None and len(kept) == len(live):
        factors: Sequence[Sequence[float]] = live_factors  # every weighted month has cells
    else:
        factors = [[w[i] for i in kept] for w in weightings]
    order = tuple(months[0])
    if len(set(map(len, months))) == 1:
        # Same number of sources each month: if they are the same sources, sum the
        # columns in C (a month with other sources raises KeyError).
        values = operator.itemgetter(*order)
        try:
            rows = list(map(values, months))
        except KeyError:
            pass
        else:
            columns = list(zip(*rows, strict=True)) if len(order) > 1 else [tuple(rows)]
            fsum, mul = math.fsum, operator.mul
            sums = [
                {s: fsum(map(mul, col, f)) for s, col in zip(order, columns, strict=True)}
                if any(f)
                else {}
                for f in factors[ones_from is not None :]
            ]
            if ones_from is not None:
                start = bisect.bisect_left(kept, ones_from)
                counted = start < len(kept)
                sums.insert(
                    0,
                    {s: fsum(col[start:]) for s, col in zip(order, columns, strict=True)}
                    if counted
                    else {},
                )
            return sums
    terms: list[dict[str, list[float]]] = [{} for _ in weightings]
    for position, month in enumerate(months):
        for out, f in zip(terms, factors, strict=True):
            weight = f[position]
            if not weight:
                continue
            for source, value in month.items():
                out.setdefault(source, []).append(value * weight)
    return [{s: math.fsum(v) for s, v in out.items()} for out in terms]


__all__ = ["source_sums", "sums_at"]
