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
