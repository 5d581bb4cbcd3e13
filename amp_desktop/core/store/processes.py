"""Who runs where: this computer's name and boot, the user, and whether a process runs.

A lock records its holder's process number, host, boot and start time; a holder on
this host whose number is free, or now used by a process of a later boot or a later
start, no longer runs.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        # os.kill(pid, 0) is no question on Windows: signal 0 is CTRL_C_EVENT.
        return windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


if sys.platform == "win32":

    def windows_pid_alive(pid: int) -> bool:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
        kernel32.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD)]
        kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
        process_query_limited_information = 0x1000
        handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            error_access_denied = 5  # it runs, as another user
            return bool(ctypes.get_last_error() == error_access_denied)
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            still_active = 259
            return bool(code.value == still_active)
        finally:
            kernel32.CloseHandle(handle)


def user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some sandboxes
        return "?"


def hostname() -> str:
    """This computer's name, as ``socket.gethostname()`` gives it.

    ``os.uname().nodename`` is the same name where it exists (Linux, macOS) and
    spares importing ``socket`` (2 ms of the window's start-up).
    """
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


#: Two boot times (Windows: now minus the time since boot) this far apart are two boots.
BOOT_TOLERANCE = 300.0  # seconds: clock corrections move the computed time a little


def boot_id() -> str:
    """This boot of this computer: Linux's boot id, on Windows ``t`` and the boot
    time in seconds; "" where the system does not tell."""
    if sys.platform == "win32":
        import ctypes
        import time

        kernel32 = ctypes.WinDLL("kernel32")
        kernel32.GetTickCount64.restype = ctypes.c_ulonglong
        return f"t{int(time.time() - kernel32.GetTickCount64() / 1000)}"
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def same_boot(recorded: str, mine: str) -> bool:
    """Whether boot ids *recorded* and *mine* name one boot ("" = cannot tell: yes)."""
    if not recorded or not mine:
        return True
    if recorded.startswith("t") and mine.startswith("t"):
        try:
            return abs(float(recorded[1:]) - float(mine[1:])) <= BOOT_TOLERANCE
        except ValueError:
            return True
    return recorded == mine


def started(pid: int) -> str:
    """When process *pid* started, in clock ticks since boot (Linux), else ""."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    fields = stat.rpartition(")")[2].split()
    return fields[19] if len(fields) > 19 else ""


def runs(pid: int, boot: str, started_at: str) -> bool:
    """Whether process *pid*, recorded with *boot* and *started_at* ("" = unknown),
    still runs on this host (its number not reused after a reboot or by another)."""
    if not pid_alive(pid):
        return False
    if not same_boot(boot, boot_id()):
        return False  # the computer was restarted: the number is another process's
    now = started(pid)
    return not (started_at and now and started_at != now)
