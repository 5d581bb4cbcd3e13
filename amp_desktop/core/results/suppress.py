"""Small counts hidden in anything that leaves the unit, so no person can be singled out.

Arbetsförmedlingen publishes no count under five ("<5"); SCB applies disclosure
control.  AMP does the same in the PDF, the printout and the Excel export's results:
a count of 1–4 is shown as ``<5``; a share whose numerator or denominator is under five
is not shown; and where counts add up (women + men + not stated = all; programmes = the
total), a hidden count that could be recovered by subtraction makes a second count of
the same sum hidden too (*complementary suppression*, shown as ``..``).  The window shows
exact figures; ``--exact`` (and a Preferences switch) turns this off for internal use.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

from amp_desktop.core.i18n import translate
from amp_desktop.core.results.suppress_sums import breakers, derivations

#: The smallest count shown as it is.
THRESHOLD = 5
#: How a small count is written, and how a count hidden to protect another is written.
SMALL_TEXT = "<5"
COMPLEMENT_TEXT = ".."

K = TypeVar("K", bound=Hashable)


def is_small(count: int | None) -> bool:
    """A count of 1–4 (zero is no one and is shown)."""
    return count is not None and 0 < count < THRESHOLD


def suppress(
    counts: Mapping[K, int | None],
    sums: Iterable[tuple[Sequence[K], K]],
    unknown: Iterable[K] = (),
    unprinted: Iterable[K] = (),
    *,
    unread: Iterable[K] = (),
) -> tuple[set[K], set[K]]:
    """The cells to hide: ``(small, complementary)``.

    *sums* lists the additive relations between cells: ``(parts, total)`` means
    ``counts[total] == sum(counts[p] for p in parts)``.  In every relation with
    exactly one hidden cell — or whose hidden parts are all small and add up to what
    only one set of counts of 1–4 gives (two ``<5`` beside a total 8 more than the
    shown parts are 4 and 4; beside a total 2 more, 1 and 1) — the smallest other part
    (or, with none left, the total) is hidden too; repeated until no relation gives a
    hidden cell away.  *unknown* cells are never shown at all (those whose gender is
    not stated): they count as hidden in a relation, are never picked and are in
    neither returned set.  *unprinted* cells take part in the sums but are never
    printed (women's and men's counts where only their shares are): a reader cannot
    know them to be 1–4, so they tell nothing by their bounds.  Last, the sums are
    taken together (the primary total less a unit's total, say): while some
    combination of them still fixes a hidden cell, a shown count beside it is hidden
    (*unread* cells, such as totals a rendering does not print, count as unknown there).
    """
    relations = [(list(parts), total) for parts, total in sums]
    unseen = set(unknown)
    unknown_to_reader = unseen | set(unprinted)
    # Sums among cells a reader never sees (women's and men's counts where only their
    # shares are printed) mirror those of all and fix nothing more: left out, for speed.
    combined = [r for r in relations if not unknown_to_reader.issuperset((*r[0], r[1]))]
    forced: set[K] = set()
    while True:
        small, complementary = _spread(counts, relations, unseen, set(unprinted), forced)
        hidden = small | complementary | unknown_to_reader
        fixed = derivations(
            combined, hidden | set(unread), (small | complementary) - unknown_to_reader
        )
        picks = breakers(fixed, counts, hidden)
        if not picks:  # none fixed (or nothing left to hide)
            return small, complementary
        forced |= complementary | picks  # what one sum at a time hid stays hidden


def _spread(
    counts: Mapping[K, int | None],
    relations: list[tuple[list[K], K]],
    unseen: set[K],
    unprinted: set[K],
    forced: set[K],
) -> tuple[set[K], set[K]]:
    """Hide the small cells and, relation by relation, what gives them away."""
    small = {key for key, value in counts.items() if is_small(value) and key not in unseen}
    bounded = small - unprinted  # cells a reader sees as "<5": 1–4
    hidden = small | unseen | forced
    unbound: set[K] = set()  # small totals written ".." so that they pin no part
    changed = True
    while changed:
        changed = False
        for parts, total in relations:
            seen_hidden = sum(cell in hidden for cell in (*parts, total))
            if seen_hidden == 0 or (
                seen_hidden > 1 and not _pinned(parts, total, counts, bounded, hidden)
            ):
                continue
            if seen_hidden > 1 and total in bounded:
                # "<5" parts under a "<5" total that only ones give (4 exits, each for
                # another reason): the total is written "..", which may be any count.
                bounded.discard(total)
                unbound.add(total)
                changed = True
                continue
            candidates = [p for p in parts if p not in hidden and counts.get(p)]
            if not candidates and total not in hidden:
                candidates = [total]
            if not candidates:
                continue
            pick = min(candidates, key=lambda p: counts.get(p) or 0)
            hidden.add(pick)
            changed = True
    return small - unbound, (hidden - small - unseen) | unbound


def _pinned(
    parts: Sequence[K],
    total: K,
    counts: Mapping[K, int | None],
    bounded: set[K],
    hidden: set[K],
) -> bool:
    """Whether the shown cells of a relation tell its hidden parts exactly because
    every hidden part is seen as a count of 1–4 (``<5``, *bounded*): under a shown
    total, *k* of them adding up to *k* are all 1, adding up to 4 × *k* all 4; under a
    total seen as ``<5``, *k* of them beside shown parts adding up to 4 − *k* are all 1."""
    inside = [p for p in parts if p in hidden]
    if not inside or any(p not in bounded for p in inside):
        return False
    shown = sum(counts.get(p) or 0 for p in parts if p not in hidden)
    if total in hidden:
        return total in bounded and len(inside) + shown == THRESHOLD - 1
    if len(inside) < 2:
        return False  # one hidden part under a shown total: the usual rule hides another
    rest = (counts.get(total) or 0) - shown
    return rest in (len(inside), (THRESHOLD - 1) * len(inside))


def count_text(key: K, value: int | None, small: set[K], complementary: set[K]) -> str | None:
    """What to print for a count: ``<5``, ``..`` or None for "print the number"."""
    if key in small:
        return SMALL_TEXT
    if key in complementary:
        return COMPLEMENT_TEXT
    return None


def share_shown(numerator: int | None, denominator: int | None) -> bool:
    """Whether a share may be shown: both its counts are zero or at least five."""
    return not (is_small(numerator) or is_small(denominator))


def footnote() -> str:
    """The definition printed under every table with hidden counts."""
    return translate(
        "Results",
        "Counts of 1–4 are shown as <5 and shares based on them are not shown; “..” "
        "hides a count that would otherwise give a hidden one away.",
    )
