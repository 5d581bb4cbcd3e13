"""Which hidden counts a reader still works out by adding and subtracting several sums.

Complementary suppression (:mod:`.suppress`) looks at one sum at a time; a reader may
take several together — the primary total less a unit's total leaves the primary
programmes outside the unit, say.  :func:`derivations` finds, by exact arithmetic
(modulo a large prime; the sums' coefficients are ±1), every hidden cell that a
combination of the sums fixes, with the shown cells that combination reads.
"""

from __future__ import annotations

import heapq
from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

_PRIME = 2**61 - 1
Row = dict[int, int]


def derivations(
    relations: Sequence[tuple[Sequence[K], K]], unknown: set[K], targets: set[K]
) -> dict[K, set[K]]:
    """``target → the known cells read`` for each of *targets* that the relations
    (``parts − total = 0``) fix from the cells not in *unknown*."""
    cells: list[K] = sorted({c for parts, total in relations for c in (*parts, total)}, key=repr)
    index = {cell: i for i, cell in enumerate(cells)}
    equations: list[Row] = []
    for parts, total in relations:
        row: Row = {}
        for cell, sign in [*((p, 1) for p in parts), (total, -1)]:
            row[index[cell]] = (row.get(index[cell], 0) + sign) % _PRIME
        equations.append({k: v for k, v in row.items() if v})
    hidden = {index[c] for c in unknown if c in index}
    basis: dict[int, tuple[Row, Row]] = {}  # pivot → (unknown part, combination of equations)

    def reduce(row: Row, combo: Row) -> None:
        """Take the basis from *row* in the order of its columns; a basis row adds only
        columns after its pivot, so each column is met once."""
        queue = list(row)
        heapq.heapify(queue)
        while queue:
            pivot = heapq.heappop(queue)
            if pivot not in row or pivot not in basis:
                if pivot in row:
                    return
                continue
            factor = row[pivot]
            for target, source in zip((row, combo), basis[pivot], strict=True):
                for column, value in source.items():
                    old = target.get(column)
                    new = ((old or 0) - factor * value) % _PRIME
                    if new:
                        target[column] = new
                        if old is None and target is row:
                            heapq.heappush(queue, column)
                    else:
                        target.pop(column, None)

    for number, equation in enumerate(equations):
        row = {k: v for k, v in equation.items() if k in hidden}
        combo = {number: 1}
        reduce(row, combo)
        if row:
            pivot = min(row)  # reduce stopped here: the smallest column left
            inverse = pow(row[pivot], _PRIME - 2, _PRIME)
            basis[pivot] = (
                {k: v * inverse % _PRIME for k, v in row.items()},
                {k: v * inverse % _PRIME for k, v in combo.items()},
            )
    out: dict[K, set[K]] = {}
    for target in sorted(targets, key=repr):
        if target not in index:
            continue
        row, combo = {index[target]: 1}, {}
        reduce(row, combo)
        if row:
            continue  # not fixed
        read: Row = {}
        for number, factor in combo.items():
            for column, value in equations[number].items():
                if column not in hidden:
                    read[column] = (read.get(column, 0) + factor * value) % _PRIME
        out[target] = {cells[k] for k, v in read.items() if v}
    return out


def breakers(fixed: Mapping[K, set[K]], counts: Mapping[K, int | None], never: set[K]) -> set[K]:
    """One shown cell per fixed cell to hide so that its combination reads a hidden
    one: the smallest count above zero it reads (or a zero, if it reads nothing else);
    none twice when a pick of this round is read already."""
    picks: set[K] = set()
    for read in fixed.values():
        choices = read - never
        if not choices or choices & picks:
            continue
        picks.add(min(choices, key=lambda c: (not counts.get(c), counts.get(c) or 0, repr(c))))
    return picks
