"""The import preview's counted texts read as sentences for one and for many."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from amp_desktop.ui.excel.preview_text import remove_missing_text


@pytest.mark.parametrize(
    ("programmes", "agreements", "expected"),
    [
        (0, 0, ""),
        (1, 0, "Remove the programme missing from the workbook"),
        (3, 0, "Remove the 3 programmes missing from the workbook"),
        (0, 1, "Remove the agreement missing from the workbook's Agreements sheet"),
        (0, 2, "Remove the 2 agreements missing from the workbook's Agreements sheet"),
        (1, 1, "Remove the programmes (1) and the agreements (1) missing from the workbook"),
    ],
)
def test_remove_missing_reads_right_for_one_and_many(
    programmes: int, agreements: int, expected: str
) -> None:
    """It said "Remove the 1 agreements missing …"."""
    preview = SimpleNamespace(
        kind="export",
        removed=[object()] * programmes,
        removed_agreements=[object()] * agreements,
        removed_demand=[object()] * programmes,  # (a missing programme's demand goes too)
    )
    assert remove_missing_text(cast(Any, preview)) == expected


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (0, ""),
        (
            1,
            "Remove the referrals of 1 monthly cell that the list does not hold (its months, its sources)",
        ),
        (
            12,
            "Remove the referrals of 12 monthly cells that the list does not hold (its months, its sources)",
        ),
    ],
)
def test_remove_missing_of_a_referral_list_names_its_cells(cells: int, expected: str) -> None:
    preview = SimpleNamespace(
        kind="referrals", removed=[], removed_agreements=[], removed_demand=[object()] * cells
    )
    assert remove_missing_text(cast(Any, preview)) == expected
