"""Every table AMP shows, declared once, and the one way their cells are written.

:mod:`.column` (a column: key, title, unit, format, alignment), :mod:`.formats`
(format kinds and :func:`~.formats.cell_text`), :mod:`.plan_tables` and
:mod:`.catalogue_table` (the declarations), :mod:`.status` (status text and the
colour table), :mod:`.axis` (round chart axes) and :mod:`.fields` (a programme
field's text ↔ value).  The Qt models, the printed reports and the CLI render
from here; nothing here imports Qt.
"""

from amp_desktop.core.tables.column import Column, TableSpec

__all__ = ["Column", "TableSpec"]
