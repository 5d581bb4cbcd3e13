"""Small counts are hidden so that no hidden count can be recovered from a sum."""

from __future__ import annotations

from amp_desktop.core.results.suppress import count_text, share_shown, suppress


def test_a_small_count_hides_its_partner_when_the_total_is_shown() -> None:
    counts = {"K": 3, "M": 40, "all": 43}
    small, complementary = suppress(counts, [(["K", "M"], "all")])
    assert small == {"K"}
    assert complementary == {"M"}  # 43 − 40 would give the 3 away
    assert count_text("K", 3, small, complementary) == "<5"
    assert count_text("M", 40, small, complementary) == ".."
    assert count_text("all", 43, small, complementary) is None


def test_two_small_parts_protect_each_other() -> None:
    counts = {"K": 3, "M": 2, "all": 5}
    small, complementary = suppress(counts, [(["K", "M"], "all")])
    assert (small, complementary) == ({"K", "M"}, set())


def test_suppression_spreads_across_rows_and_columns() -> None:
    # Two programmes × (women, men) with row totals and column totals.
    counts = {
        ("A", "K"): 2, ("A", "M"): 30, ("A", "all"): 32,
        ("B", "K"): 20, ("B", "M"): 25, ("B", "all"): 45,
        ("all", "K"): 22, ("all", "M"): 55, ("all", "all"): 77,
    }  # fmt: skip
    sums = [
        ([("A", "K"), ("A", "M")], ("A", "all")),
        ([("B", "K"), ("B", "M")], ("B", "all")),
        ([("all", "K"), ("all", "M")], ("all", "all")),
        ([("A", "K"), ("B", "K")], ("all", "K")),
        ([("A", "M"), ("B", "M")], ("all", "M")),
        ([("A", "all"), ("B", "all")], ("all", "all")),
    ]
    small, complementary = suppress(counts, sums)
    hidden = small | complementary
    assert small == {("A", "K")}
    # No relation may have exactly one hidden cell.
    for parts, total in sums:
        assert sum(cell in hidden for cell in [*parts, total]) != 1
    assert ("B", "K") in hidden and ("A", "M") in hidden


def test_zero_is_shown_and_shares_need_five_on_both_sides() -> None:
    small, complementary = suppress({"K": 0, "M": 12, "all": 12}, [(["K", "M"], "all")])
    assert (small, complementary) == (set(), set())
    assert share_shown(12, 40)
    assert share_shown(0, 40)
    assert not share_shown(4, 40)
    assert not share_shown(6, 3)
