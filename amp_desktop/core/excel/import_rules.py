"""The catalogue's rules applied to the programmes an import would leave: a cell
that breaks one keeps AMP's value, names and short codes stay unique."""

from __future__ import annotations

from collections import Counter

from amp_desktop.core import rules
from amp_desktop.core.domain import Programme
from amp_desktop.core.excel.preview import ImportPreview, Problem
from amp_desktop.core.i18n import translate


def keep_what_breaks_rules(
    preview: ImportPreview,
    after: Programme,
    existing: Programme | None,
    where: dict[str, str],
    row_cell: str,
) -> Programme | None:
    """The row's programme with every field that breaks a rule back at AMP's value
    (as the window promises: a cell with a problem keeps AMP's value), each with a
    problem naming its cell; None for a new row that breaks a rule (not imported)."""
    violations = rules.check_programme(after)
    if not violations:
        return after
    if existing is None:
        for violation in violations:
            preview.problems.append(
                Problem(
                    where.get(violation.field, row_cell),
                    translate("Excel", "{message} The row was not imported.").format(
                        message=violation.message
                    ),
                )
            )
        return None
    for violation in violations:
        preview.problems.append(Problem(where.get(violation.field, row_cell), violation.message))
        attr = "sources" if violation.field == "referral_sources" else violation.field
        if hasattr(existing, attr):
            after = after.replace(**{attr: getattr(existing, attr)})
    # A rule across fields may still be broken: then the row changes nothing.
    return after if not rules.check_programme(after) else existing


def keep_names_and_codes_unique(
    preview: ImportPreview,
    current: dict[int | None, Programme],
    where_of: dict[int, dict[str, str]],
) -> None:
    """Names and short codes must stay unique in the catalogue the import leaves:
    a row that takes another programme's name or code (in any case) keeps AMP's
    value (a new row is not imported), with the rule's message at its cell."""
    changed = {before.id: after for before, after in preview.changed}
    added = {p.id: p for p in preview.added}
    final = {pid: p for pid, p in current.items() if pid is not None}
    final.update({pid: p for pid, p in changed.items() if pid is not None})
    final.update({pid: p for pid, p in added.items() if pid is not None})
    names = Counter(rules.text_key(p.name) for p in final.values())
    codes = Counter(rules.text_key(p.code) for p in final.values() if p.code.strip())

    def count(programme: Programme, step: int) -> None:
        names[rules.text_key(programme.name)] += step
        if programme.code.strip():
            codes[rules.text_key(programme.code)] += step

    # Later rows first: of two rows that clash, the first in the sheet keeps its value.
    for pid in reversed(list(changed) + list(added)):
        programme = final.get(pid or 0)
        if programme is None:
            continue
        taken_names = {key for key in [rules.text_key(programme.name)] if names[key] > 1}
        code_key = rules.text_key(programme.code)
        taken_codes = {code_key} if programme.code.strip() and codes[code_key] > 1 else set()
        original = current.get(pid)
        # Only the row that moved onto a name or code is at fault, not the holder.
        violations = [
            v
            for v in rules.check_unique(programme, taken_names, taken_codes)
            if original is None or getattr(original, v.field) != getattr(programme, v.field)
        ]
        if not violations:
            continue
        cells = where_of.get(pid or 0, {})
        for violation in violations:
            preview.problems.append(Problem(cells.get(violation.field, ""), violation.message))
        count(programme, -1)
        if original is None:
            preview.added = [p for p in preview.added if p.id != pid]
            del final[pid or 0]
            continue
        kept = programme.replace(**{v.field: getattr(original, v.field) for v in violations})
        final[pid or 0] = kept
        count(kept, +1)
        preview.changed = [
            (before, kept if before.id == pid else after) for before, after in preview.changed
        ]
        if kept == original and not any(c.programme_id == pid for c in preview.conflicts):
            preview.changed = [(b, a) for b, a in preview.changed if b.id != pid]
            preview.unchanged += 1
