"""Grouping positioned words into lines, the first step of reading any page.

Lines are found from the words' vertical centres rather than pdfplumber's text flow, so a
table row stays one line even when its cells were drawn in another order (a common trait of
report generators). Thread-safety: pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from clinical.models import Word


def lines(words: Iterable[Word]) -> list[list[Word]]:
    """Words grouped into lines, top to bottom; each line sorted left to right."""
    ordered = sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0))
    result: list[list[Word]] = []
    centre = 0.0
    for word in ordered:
        mid = (word.top + word.bottom) / 2
        height = max(word.bottom - word.top, 1.0)
        # Half a text height keeps sub- and superscripts on their line without merging
        # two lines of ordinary (single-spaced) text.
        if result and abs(mid - centre) <= max(2.0, height * 0.5):
            result[-1].append(word)
            n = len(result[-1])
            centre += (mid - centre) / n
        else:
            result.append([word])
            centre = mid
    for line in result:
        line.sort(key=lambda w: w.x0)
    return result


def line_text(line: Sequence[Word]) -> str:
    return " ".join(w.text for w in line)


def bbox(words: Sequence[Word]) -> tuple[float, float, float, float]:
    return (
        round(min(w.x0 for w in words), 1),
        round(min(w.top for w in words), 1),
        round(max(w.x1 for w in words), 1),
        round(max(w.bottom for w in words), 1),
    )
