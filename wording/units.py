"""Sizes, speeds and time left as people read them: the one formatter of each, for CLI and desktop.

Sizes are decimal: 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes, 1 GB = 1,000,000,000 bytes.
The people reading them weigh a case against a mobile data plan ("1.5 GB a month") and the
sizes their phone shows, both decimal, and the CLI's ``--max-rate`` is in decimal KB too;
binary units would make a 1.5 GB plan look smaller than a 1.4 "GB" case that does not fit.
Below 1,000 bytes the count is exact; above, one decimal, moving to the next unit when the
rounded figure would read 1000.0.

Time left is rounded up (a promise of "about 1 min" should not take 70 s): seconds under a
minute, minutes under an hour, hours and minutes under two days, then days.

Every function takes ``translate`` (default: the English text as it is); the desktop passes
``QCoreApplication.translate`` for the "wording" context so the unit words follow the
language. Numbers use Western digits in every language. Thread-safety: pure functions.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from wording import QT_TRANSLATE_NOOP

Translate = Callable[[str], str]

# The decimal scales, largest last; a size moves up while the rounded figure reaches 1000.
SIZE_UNITS = (
    (1, QT_TRANSLATE_NOOP("wording", "%1 bytes")),
    (1_000, QT_TRANSLATE_NOOP("wording", "%1 KB")),
    (1_000_000, QT_TRANSLATE_NOOP("wording", "%1 MB")),
    (1_000_000_000, QT_TRANSLATE_NOOP("wording", "%1 GB")),
)

RATE = QT_TRANSLATE_NOOP("wording", "%1/s")
RATE_UNKNOWN = QT_TRANSLATE_NOOP("wording", "measuring speed")

ABOUT_SECONDS = QT_TRANSLATE_NOOP("wording", "about %1 s")
ABOUT_MINUTES = QT_TRANSLATE_NOOP("wording", "about %1 min")
ABOUT_HOURS = QT_TRANSLATE_NOOP("wording", "about %1 h")
ABOUT_HOURS_MINUTES = QT_TRANSLATE_NOOP("wording", "about %1 h %2 min")
ABOUT_DAYS = QT_TRANSLATE_NOOP("wording", "about %1 days")
DURATION_UNKNOWN = QT_TRANSLATE_NOOP("wording", "working it out…")
NEVER = "–"  # no data moves at all (rate 0): a dash, not a number

TIME_LEFT = QT_TRANSLATE_NOOP("wording", "%1 left")
TIME_LEFT_UNKNOWN = QT_TRANSLATE_NOOP("wording", "time left unknown")

HOURS_BEFORE_DAYS = 48


def _same(text: str) -> str:
    return text


def size_text(size: float, translate: Translate = _same) -> str:
    """``size`` bytes as '999 bytes', '1.0 KB', '12.3 MB' or '2.0 GB' (decimal units)."""
    size = max(float(size), 0.0)
    if size < SIZE_UNITS[1][0]:
        return translate(SIZE_UNITS[0][1]).replace("%1", str(int(size)))
    for n, (scale, template) in enumerate(SIZE_UNITS[1:], start=1):
        figure = round(size / scale, 1)
        if figure < 1000 or n == len(SIZE_UNITS) - 1:
            return translate(template).replace("%1", f"{figure:.1f}")
    raise AssertionError("unreachable: the last unit always answers")


def rate_text(bytes_per_second: float | None, translate: Translate = _same) -> str:
    """A transfer speed, '12.3 KB/s'; 'measuring speed' before there is one."""
    if not bytes_per_second or not math.isfinite(bytes_per_second):
        return translate(RATE_UNKNOWN)
    return translate(RATE).replace("%1", size_text(bytes_per_second, translate))


def duration_text(seconds: float | None, translate: Translate = _same) -> str:
    """'about 40 s', 'about 4 min', 'about 2 h 10 min', 'about 3 days', rounded up.

    ``None`` (no estimate yet) reads 'working it out…'; infinity (nothing moves) a dash.
    """
    if seconds is None:
        return translate(DURATION_UNKNOWN)
    if not math.isfinite(seconds):
        return NEVER
    seconds = max(int(seconds), 0) + 1
    if seconds < 60:
        return translate(ABOUT_SECONDS).replace("%1", str(seconds))
    minutes = (seconds + 59) // 60
    if minutes < 60:
        return translate(ABOUT_MINUTES).replace("%1", str(minutes))
    hours, rest = divmod(minutes, 60)
    if hours < HOURS_BEFORE_DAYS:
        if rest == 0:
            return translate(ABOUT_HOURS).replace("%1", str(hours))
        text = translate(ABOUT_HOURS_MINUTES).replace("%1", str(hours))
        return text.replace("%2", str(rest))
    return translate(ABOUT_DAYS).replace("%1", str((hours + 23) // 24))


def time_left_text(seconds: float | None, translate: Translate = _same) -> str:
    """'about 4 min left', or 'time left unknown' when there is no finite estimate."""
    if seconds is None or not math.isfinite(seconds):
        return translate(TIME_LEFT_UNKNOWN)
    return translate(TIME_LEFT).replace("%1", duration_text(seconds, translate))
