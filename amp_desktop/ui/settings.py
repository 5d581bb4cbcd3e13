"""User settings, declared once with types and defaults, stored with QSettings.

Read and write them as attributes: ``settings = Settings(); settings.language``.
Tests point QSettings at a temporary folder (see ``tests/conftest.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1
MAX_RECENT = 8


@dataclass(frozen=True)
class Option:
    """One setting: its key, type and default."""

    key: str
    type: type
    default: Any


OPTIONS: dict[str, Option] = {
    option.key: option
    for option in (
        Option("language", str, ""),  # "" = follow the system, "sv" or "en"
        Option("recent_files", list, []),
        Option("last_directory", str, ""),
        Option("welcome_shown", bool, False),
        Option("municipality", str, ""),
        Option("unit_name", str, ""),
        # Planning status thresholds on utilisation (needed ÷ places):
        # short above short_above, tight above tight_above, idle below idle_below.
        Option("short_above", float, 1.0),
        Option("tight_above", float, 0.9),
        Option("idle_below", float, 0.6),
        Option("backups_kept", int, 10),
        # Printed results, the PDF and the Excel export show exact counts (no "<5"),
        # for use inside the unit only.
        Option("exact_figures", bool, False),
        # Kolada's API address for the Yearly figures' fetch ("" = api.kolada.se/v3).
        Option("kolada_api_url", str, ""),
    )
}


class Settings:
    """Typed access to AMP's settings."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings or QSettings()
        if self._q.value("settings_version") is None:
            self._q.setValue("settings_version", SETTINGS_VERSION)

    def __getattr__(self, name: str) -> Any:
        option = OPTIONS.get(name)
        if option is None:
            raise AttributeError(name)
        value = self._q.value(name, option.default)
        return _convert(value, option)

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):
            object.__setattr__(self, name, value)
            return
        if name not in OPTIONS:
            raise AttributeError(f"no setting named {name}")
        self._q.setValue(name, value)

    def exact_override(self) -> bool | None:
        """What leaves the unit from this window — printouts, PDFs, the survey sheet,
        the Excel export — shows exact counts when Preferences asks for them (True);
        otherwise the catalogue's own setting decides (None)."""
        return True if self.exact_figures else None

    def add_recent_file(self, path: str) -> None:
        files = [p for p in self.recent_files if p != path]
        self.recent_files = [path, *files][:MAX_RECENT]

    def save_state(self, key: str, state: QByteArray) -> None:
        """Save a widget's geometry or header state under *key*."""
        self._q.setValue(f"state/{key}", state)

    def restore_state(self, key: str) -> QByteArray | None:
        value = self._q.value(f"state/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def sync(self) -> None:
        self._q.sync()


def _convert(value: Any, option: Option) -> Any:
    if option.type is bool:
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)
    if option.type is list:
        if value is None or value == "":
            return []
        return list(value) if isinstance(value, (list, tuple)) else [value]
    try:
        return option.type(value)
    except (TypeError, ValueError):
        return option.default
