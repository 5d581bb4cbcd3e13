"""A packed sum's fields read back (core/results/packed.py) at every width the index
uses: 32 and 64 bits, and wider for a county's sums past 2⁶⁴."""

from __future__ import annotations

import pytest

from amp_desktop.core.results.packed import field_reader


@pytest.mark.parametrize("width", [32, 64, 72, 128])
def test_the_fields_come_back_in_order(width: int) -> None:
    values = [0, 1, 2**width - 1, 12_345, 0]
    packed = sum(value << (i * width) for i, value in enumerate(values))
    assert field_reader(width, len(values))(packed) == values
    assert field_reader(width, 3)(packed & (2 ** (3 * width) - 1)) == values[:3]
