"""AMP's one error base: :class:`AmpError`, an error whose message is meant for the user."""

from __future__ import annotations


class AmpError(Exception):
    """An error whose message is one line meant for the user, naming what is wrong.

    Every error AMP raises on purpose derives from it (a file that cannot be used,
    a value that breaks a rule, text that means nothing, a Kolada answer that
    cannot be read), so the command line and the window catch it in one place and
    show its message; anything else is a bug.  Subclasses keep the base that code
    already catches them by (``ValueError``, ``RuntimeError``).
    """


def os_reason(exc: OSError) -> str:
    """The system's reason for *exc* in the user's language (the common ones; any
    other as the system words it): said in brackets after what could not be done."""
    import errno

    from amp_desktop.core.i18n import translate

    reasons = {
        errno.ENOENT: lambda: translate("Errors", "No such file or directory"),
        errno.EACCES: lambda: translate("Errors", "Permission denied"),
        errno.EPERM: lambda: translate("Errors", "Operation not permitted"),
        errno.ENOSPC: lambda: translate("Errors", "No space left on device"),
        errno.EROFS: lambda: translate("Errors", "Read-only file system"),
        errno.EISDIR: lambda: translate("Errors", "Is a directory"),
    }
    known = reasons.get(exc.errno or 0)
    return known() if known else exc.strerror or str(exc)


def sqlite_code(exc: BaseException) -> str:
    """The primary result code's name, e.g. ``SQLITE_IOERR`` for ``SQLITE_IOERR_WRITE``
    ("" for an error that is not SQLite's)."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    return "_".join(name.split("_")[:2])


def sqlite_reason(exc: BaseException) -> str:
    """SQLite's reason for *exc* in the user's language, by its result code (any other
    as SQLite words it): "file is not a database" was shown inside Swedish sentences."""
    from amp_desktop.core.i18n import translate

    name = sqlite_code(exc)
    text = str(exc).lower()
    if name == "SQLITE_NOTADB" or "not a database" in text:
        return translate("Errors", "the file is not a database")
    if name == "SQLITE_CORRUPT" or "malformed" in text:
        return translate("Errors", "the database in it is damaged")
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED") or "database is locked" in text:
        return translate("Errors", "another program is writing to it")
    if name == "SQLITE_FULL" or "disk is full" in text:
        return translate("Errors", "the disk is full")
    if name == "SQLITE_IOERR" or "disk i/o error" in text:
        return translate("Errors", "the disk could not be read or written")
    if name == "SQLITE_READONLY" or "readonly database" in text:
        return translate("Errors", "the file is read-only")
    return str(exc)
