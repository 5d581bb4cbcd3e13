"""Screenshots taken by the GUI tests, kept only when a developer asks for them.

Tests write only under ``tmp_path``; a screenshot is rendered every time (``grab()``
paints the whole widget, which is part of what a test checks) and saved only when
``AMP_SCREENSHOTS`` names a folder to look at them in.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def save_screenshot(widget: Any, name: str) -> None:
    """Render *widget*; save it as ``$AMP_SCREENSHOTS/<name>.png`` when that is set."""
    image = widget.grab()
    assert not image.isNull()
    folder = os.environ.get("AMP_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / f"{name}.png"))
