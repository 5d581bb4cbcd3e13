"""Entry point of the bundled command line, ``amp-cli`` (the ``amp`` command of a pip install).

It sits beside the window program in the same folder and shares its libraries;
``amp-cli plan FILE.amp --year 2026`` works like ``amp plan …``.  It is not called
``amp`` because ``AMP``/``amp`` would be the same name on Windows and macOS.
"""

from __future__ import annotations

from amp_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
