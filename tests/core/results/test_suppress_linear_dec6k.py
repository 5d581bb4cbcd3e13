"""Complementary suppression holds against sums combined, not only one at a time (6 December).

Found by running the printed results of the example catalogue with random results:
a programme's 3 exits (printed ``<5``) came back as the primary total minus the unit
total of Jobbcentrum plus its shown programmes — every sum on its own had two hidden
cells, yet two sums together pinned one.
"""

from __future__ import annotations

from amp_desktop.core.results.suppress import suppress

# Programmes a–f by type (P primary, S secondary) and unit (U1, U2), with all (A).
COUNTS = {"a": 3, "b": 2, "c": 6, "d": 2, "e": 7, "f": 8}
COUNTS |= {"P": 11, "S": 17, "U1": 12, "U2": 16, "A": 28}
SUMS = [
    (("a", "b", "c"), "P"),
    (("d", "e", "f"), "S"),
    (("a", "d", "e"), "U1"),
    (("b", "c", "f"), "U2"),
    (("P", "S"), "A"),
    (("U1", "U2"), "A"),
    (("a", "b", "c", "d", "e", "f"), "A"),
]


def test_a_small_count_is_not_given_away_by_two_totals_together() -> None:
    small, complementary = suppress(COUNTS, SUMS)
    hidden = small | complementary
    assert small == {"a", "b", "d"}  # the counts of 1–4, as before
    # a = P − U2 + f (P = a + b + c, U2 = b + c + f): one of them must be hidden too.
    assert {"P", "U2", "f"} & hidden


def test_no_hidden_cell_is_fixed_by_any_combination_of_the_sums() -> None:
    small, complementary = suppress(COUNTS, SUMS)
    hidden = small | complementary
    # Every assignment of the hidden cells (1–4 where "<5", 0–28 where "..") that keeps
    # every sum leaves each hidden cell at least two possible values.
    cells = sorted(hidden)
    possible: dict[str, set[int]] = {cell: set() for cell in cells}

    def search(index: int, values: dict[str, int]) -> None:
        if index == len(cells):
            if all(sum(values[p] for p in parts) == values[total] for parts, total in SUMS):
                for cell in cells:
                    possible[cell].add(values[cell])
            return
        cell = cells[index]
        for value in range(1, 5) if cell in small else range(29):
            values[cell] = value
            if _consistent(values):
                search(index + 1, values)
        values[cell] = COUNTS[cell] if cell not in hidden else -1

    search(0, {k: (v if k not in hidden else -1) for k, v in COUNTS.items()})
    assert all(len(values) > 1 for values in possible.values()), possible


def _consistent(values: dict[str, int]) -> bool:
    """No sum whose cells are all set is broken, and none exceeds its set total."""
    for parts, total in SUMS:
        known = [values[p] for p in parts if values[p] >= 0]
        if values[total] >= 0 and sum(known) > values[total]:
            return False
        if len(known) == len(parts) and values[total] >= 0 and sum(known) != values[total]:
            return False
    return True
