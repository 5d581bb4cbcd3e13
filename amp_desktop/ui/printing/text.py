"""Measuring and word-wrapping text for the printed page.

Wrapping is done here rather than by ``QPainter.drawText`` with a word-wrap flag
so the layout knows every line before anything is drawn: rows are measured once,
pages are counted from the measurements, and the same lines are then drawn.
Non-breaking spaces (``1 200 000 kr``) never break; long words break after a
``/`` or ``-`` if they can, else between letters — text is wrapped, never cut.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice

_BREAK_AFTER = "/-–"
_EPSILON = 0.01


def _is_sign(word: str) -> bool:
    """Whether *word* is only signs or punctuation: ``+``, ``−``, ``·``, ``–``, ``%``."""
    return not any(c.isalnum() for c in word)


def words(paragraph: str) -> list[str]:
    """The words of *paragraph* as lines may break between them: a sign or a dash
    standing alone goes with the word before it, so that no line starts with one
    (``Spare +`` / ``short −``, ``Balanced ·`` / ``short 2 months``)."""
    out: list[str] = []
    for word in paragraph.split(" "):
        if not word:
            continue
        if out and _is_sign(word) and not _is_sign(out[-1]):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


class Measure:
    """Text widths for one font on one device, with a cache of words."""

    def __init__(self, font: QFont, device: QPaintDevice):
        self.font = font
        self.metrics = QFontMetricsF(font, device)
        self.ascent = self.metrics.ascent()
        self.line_height = self.metrics.height()
        self.space = self.metrics.horizontalAdvance(" ")
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        found = self._widths.get(text)
        if found is None:
            found = self.metrics.horizontalAdvance(text)
            if len(self._widths) < 100_000:
                self._widths[text] = found
        return found

    def widest_word(self, text: str) -> float:
        """The width of the longest piece of *text* that cannot be broken at a space
        (a sign stays with the word before it: ``short −``, see :func:`words`)."""
        return max((self.width(word) for word in words(text)), default=0.0)

    def wrap(self, text: str, width: float) -> list[str]:
        """*text* as lines no wider than *width* (at least one line, maybe empty)."""
        lines: list[str] = []
        for paragraph in text.splitlines() or [""]:
            lines.extend(self._wrap_paragraph(paragraph, width))
        return lines or [""]

    def _wrap_paragraph(self, paragraph: str, width: float) -> list[str]:
        if self.width(paragraph) <= width + _EPSILON:
            return [paragraph.strip()]
        lines: list[str] = []
        line, line_width = "", 0.0
        queue = words(paragraph)
        queue.reverse()  # (popped from the end)
        while queue:
            word = queue.pop()
            word_width = self.width(word)
            if " " in word and word_width > width + _EPSILON:
                queue.extend(reversed(word.split(" ")))  # a word and its sign wider than a line
                continue
            if line and line_width + self.space + word_width <= width + _EPSILON:
                line, line_width = f"{line} {word}", line_width + self.space + word_width
                continue
            if line:
                lines.append(line)
            if word_width <= width + _EPSILON:
                line, line_width = word, word_width
            else:
                pieces = self._break_word(word, width)
                lines.extend(pieces[:-1])
                line, line_width = pieces[-1], self.width(pieces[-1])
        lines.append(line)
        return lines

    def _break_word(self, word: str, width: float) -> list[str]:
        """A word too long for a line, broken after ``/`` or ``-`` or between letters."""
        pieces: list[str] = []
        rest = word
        while rest and self.width(rest) > width + _EPSILON:
            cut = self._fit(rest, width)
            soft = max((rest.rfind(c, 0, cut) for c in _BREAK_AFTER), default=-1)
            if soft > 0:
                cut = soft + 1
            pieces.append(rest[:cut])
            rest = rest[cut:]
        if rest:
            pieces.append(rest)
        return pieces

    def _fit(self, text: str, width: float) -> int:
        """How many leading characters of *text* fit in *width* (at least one)."""
        low, high = 1, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            if self.metrics.horizontalAdvance(text[:middle]) <= width + _EPSILON:
                low = middle
            else:
                high = middle - 1
        return low
