"""Entry point of the bundled program: the window, or ``--selftest`` without one.

PyInstaller starts this script (see ``amp.spec``).  ``--selftest`` is handled here,
before the window's own argument parsing, so the bundle can be smoke-tested
headless: ``dist/AMP/AMP --selftest`` prints one line ending in ``OK`` and exits 0.
"""

from __future__ import annotations

import sys


def main() -> int:
    if "--selftest" in sys.argv[1:]:
        from amp_desktop.selftest import main as selftest

        return selftest(sys.argv[1:])
    from amp_desktop.ui.app import main as run_window

    return int(run_window() or 0)


if __name__ == "__main__":
    raise SystemExit(main())
