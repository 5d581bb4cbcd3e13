"""What counted referrals become: the demand changes, the samples and the
gender/need-level summary lines of a referral list's preview."""

from __future__ import annotations

from collections import Counter
from typing import Any

from amp_desktop.core.excel import vocabulary as cols
from amp_desktop.core.excel.participant_free_text import mask_name_runs
from amp_desktop.core.excel.participant_values import gender_of
from amp_desktop.core.excel.preview import ImportPreview
from amp_desktop.core.excel.read import Formula, cell_text
from amp_desktop.core.excel.referral_problems import referral_count
from amp_desktop.core.formatting import format_whole_or_tenth
from amp_desktop.core.i18n import translate
from amp_desktop.core.personal import mask_personal_ids
from amp_desktop.core.store import Catalogue, DemandChange, DemandKey


def demand_changes(
    catalogue: Catalogue, preview: ImportPreview, counts: Counter[tuple[int, str, str]]
) -> None:
    """Put into *preview* the monthly counts that differ from the catalogue's, and,
    as :attr:`~.preview.ImportPreview.removed_demand`, the referrals the catalogue
    holds that the list does not: a cell of a month the list covers (its first to its
    last referral's) and of a source it names — a referral a corrected list moved to
    another programme, say.  They are kept unless the user asks to remove what is
    missing (``--remove-missing``, the wizard's box): a unit may also hold what other
    lists gave it."""
    if not counts:
        return
    months = sorted({m for _p, m, _s in counts})
    current = {
        (p, m, s): v
        for p, m, s, k, v in catalogue.demand_rows(None, months[0], months[-1])
        if k == "actual"
    }
    sources = {s for _p, _m, s in counts}
    preview.removed_demand.extend(
        DemandChange(DemandKey(p, m, s, "actual"), v, None)
        for (p, m, s), v in sorted(current.items())
        if s in sources and (p, m, s) not in counts
    )
    if preview.removed_demand:
        preview.summary.append(_missing_text(preview.removed_demand, months[0], months[-1]))
    for (pid, month, source), n in sorted(counts.items()):
        before = current.get((pid, month, source))
        if before == float(n):
            preview.unchanged += 1
            continue
        preview.demand.append(
            DemandChange(DemandKey(pid, month, source, "actual"), before, float(n))
        )
    preview.samples = [
        {"programme": preview.names.get(p, ""), "date": m, "source": s, "referrals": str(n)}
        for (p, m, s), n in sorted(counts.items())[:50]
    ]


def summary_lines(preview: ImportPreview, extra: dict[str, Counter[Any]], weighted: bool) -> None:
    """One line per summary field (gender, need level): referrals per value.  When
    the list has a count column (*weighted*), each counter's keys are (value,
    count cell) pairs and a row counts as that many referrals (a row whose count
    cannot be read counts as none, as in the monthly counts)."""
    for field, raw_counter in extra.items():
        counter: Counter[str] = Counter()
        for key, n in raw_counter.items():
            value = key
            if weighted:
                value, amount = key
                weight = None if isinstance(amount, Formula) else referral_count(amount)
                if not isinstance(weight, int):
                    continue
                n *= weight
            counter[_shown_value(field, value)] += n
        shown = sorted(counter.items())
        if len(shown) > _SHOWN_VALUES:  # (a shifted column: its many texts, not a line)
            kept = {k for k, _n in counter.most_common(_SHOWN_VALUES)}
            rest = sum(n for k, n in shown if k not in kept)
            shown = [(k, n) for k, n in shown if k in kept] + [("…", rest)]
        parts = ", ".join(f"{k}: {v}" for k, v in shown)
        preview.summary.append(f"{cols.header(field)}: {parts}")


#: The values a summary line names; the others are counted together ("…: 12").
_SHOWN_VALUES = 10


def _shown_value(field: str, value: Any) -> str:
    """A gender or need-level cell as its summary line names it: a gender as AMP
    reads it (K, M; "–" for none), any other text as written, identity numbers and
    names masked (a row shifted by a column put a person's in the gender column)."""
    text = cell_text(value).strip()
    if field == "gender":
        known = gender_of(text)
        if known is not None:
            return known or "–"
    return mask_name_runs(mask_personal_ids(text)) if text else "–"


def _missing_text(missing: list[DemandChange], first: str, last: str) -> str:
    """The note on the referrals the catalogue holds that the list does not."""
    n = sum(change.before or 0 for change in missing)
    referrals = format_whole_or_tenth(n)
    if len(missing) == 1:
        text = translate(
            "Excel",
            "The catalogue holds referrals the list does not ({referrals} in 1 monthly cell "
            "of {period}, of the list's sources); they are kept unless you remove "
            "what is missing.",
        )
    else:
        text = translate(
            "Excel",
            "The catalogue holds referrals the list does not ({referrals} in {cells} monthly "
            "cells of {period}, of the list's sources); they are kept unless you "
            "remove what is missing.",
        )
    period = first if first == last else f"{first}–{last}"
    return text.format(referrals=referrals, cells=len(missing), period=period)
