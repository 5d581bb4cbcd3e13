"""A packed sum's fields read back: the Results tab's index keeps a group's measures
of a month as fields of one Python int (:mod:`.index`), *width* bits each, so a
period's sums are one ``sum()``; here the one way to read them out again."""

from __future__ import annotations

from collections.abc import Callable


def field_reader(width: int, fields: int) -> Callable[[int], list[int]]:
    """Packed sum → the values of its first *fields* fields of *width* bits, in order
    (32 and 64 bits through a memoryview, in C; wider ones byte by byte)."""
    size = fields * width // 8
    if width == 32:

        def narrow(packed: int) -> list[int]:
            return memoryview(packed.to_bytes(size, "little")).cast("I").tolist()

        return narrow
    if width == 64:

        def double(packed: int) -> list[int]:
            return memoryview(packed.to_bytes(size, "little")).cast("Q").tolist()

        return double
    step = width // 8

    def wide(packed: int) -> list[int]:
        raw = packed.to_bytes(size, "little")
        return [int.from_bytes(raw[i : i + step], "little") for i in range(0, size, step)]

    return wide
