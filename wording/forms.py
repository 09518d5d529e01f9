"""Words of the case form: dates shown back unambiguously ("15 Oct 2026"), and how the age and
the date of birth relate.

``date_text`` takes the stored ISO text ("2026-10-15", or "2026-10" for a month) and a function
that words a month number, so the desktop passes its translated names and the CLI the English
ones. Qt-free; thread-safety: constant data and pure functions.
"""

from __future__ import annotations

from collections.abc import Callable

from wording import QT_TRANSLATE_NOOP

MONTH_SHORT = {
    1: QT_TRANSLATE_NOOP("wording", "Jan"),
    2: QT_TRANSLATE_NOOP("wording", "Feb"),
    3: QT_TRANSLATE_NOOP("wording", "Mar"),
    4: QT_TRANSLATE_NOOP("wording", "Apr"),
    5: QT_TRANSLATE_NOOP("wording", "May"),
    6: QT_TRANSLATE_NOOP("wording", "Jun"),
    7: QT_TRANSLATE_NOOP("wording", "Jul"),
    8: QT_TRANSLATE_NOOP("wording", "Aug"),
    9: QT_TRANSLATE_NOOP("wording", "Sep"),
    10: QT_TRANSLATE_NOOP("wording", "Oct"),
    11: QT_TRANSLATE_NOOP("wording", "Nov"),
    12: QT_TRANSLATE_NOOP("wording", "Dec"),
}

FORM_WORDS = {
    # Below a date box, once what was typed reads as a date: {date} is date_text's.
    "read_as": QT_TRANSLATE_NOOP("wording", "Read as: {date}"),
    # Below the age box: what the date of birth says, shown and never written into the box.
    "age_from_birth": QT_TRANSLATE_NOOP("wording", "By the date of birth: {age} years today."),
    "age_differs": QT_TRANSLATE_NOOP(
        "wording",
        "The date of birth gives {age} years today, not the age written here. Check which one "
        "is right.",
    ),
}


def date_text(iso: str | None, month_name: Callable[[int], str] = MONTH_SHORT.__getitem__) -> str:
    """ "15 Oct 2026" for "2026-10-15", "Oct 2026" for "2026-10"; other text as it is."""
    if not iso:
        return ""
    parts = iso[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return iso
    if len(numbers) == 2 and 1 <= numbers[1] <= 12:
        return f"{month_name(numbers[1])} {numbers[0]:04d}"
    if len(numbers) == 3 and 1 <= numbers[1] <= 12:
        return f"{numbers[2]} {month_name(numbers[1])} {numbers[0]:04d}"
    return iso
