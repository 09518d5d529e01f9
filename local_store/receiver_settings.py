"""Settings of the DICOM receiver (on/off, AE title, port, where received images go).

Stored as one JSON value under ``receiver`` in the settings table. ``problems`` checks a
candidate and returns field codes (worded in ``wording.receiver.RECEIVER``); ``save`` refuses
anything with a problem, so a stored configuration is always one the receiver can start with
(apart from the port being taken at run time). Thread-safety: values are immutable;
``load``/``save`` work from any thread (reads use the calling thread's connection, changes run
on the store's writer).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from local_store import settings
from local_store.connection import query
from local_store.errors import StoreError
from local_store.models import FieldProblem
from local_store.store import Store

KEY = "receiver"
TARGET_INCOMING = ""  # the incoming tray; any other value is a case id
DEFAULT_AE_TITLE = "CASEBRIDGE"
DEFAULT_PORT = 11112
MIN_PORT = 1024  # below this the OS wants administrator rights; a clinic PC rarely has them
MAX_PORT = 65535
AE_TITLE_MAX = 16


@dataclass(frozen=True)
class ReceiverSettings:
    enabled: bool = False
    ae_title: str = DEFAULT_AE_TITLE
    port: int = DEFAULT_PORT
    target: str = TARGET_INCOMING  # TARGET_INCOMING or a case id
    # Calling AE titles of the clinic's own modalities; others are accepted but marked unknown.
    known_callers: tuple[str, ...] = ()

    @property
    def to_tray(self) -> bool:
        return self.target == TARGET_INCOMING


class InvalidReceiverSettings(StoreError):
    code = "invalid_receiver_settings"

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__(", ".join(f"{p.field}:{p.code}" for p in problems))
        self.problems = problems


def ae_title_problem(title: str) -> str | None:
    """The code of what is wrong with an AE title (PS3.5 AE value representation), or None."""
    if not title or not title.strip():
        return "ae_title_required"
    if len(title) > AE_TITLE_MAX:
        return "ae_title_too_long"
    if title != title.strip(" "):
        # Leading and trailing spaces are not significant in DICOM, so two devices would
        # disagree about what the title is.
        return "ae_title_spaces"
    if any(ch == "\\" or ord(ch) < 0x20 or ord(ch) > 0x7E for ch in title):
        return "ae_title_characters"
    return None


def problems(
    candidate: ReceiverSettings,
    *,
    case_exists: Callable[[str], bool] | None = None,
    min_port: int = MIN_PORT,
) -> list[FieldProblem]:
    """Everything wrong with ``candidate``; ``case_exists(case_id) -> bool`` checks the target."""
    found: list[FieldProblem] = []
    code = ae_title_problem(candidate.ae_title)
    if code:
        found.append(FieldProblem("receiver.ae_title", code))
    if isinstance(candidate.port, bool) or not isinstance(candidate.port, int):
        found.append(FieldProblem("receiver.port", "port_not_number"))
    elif not min_port <= candidate.port <= MAX_PORT:
        found.append(FieldProblem("receiver.port", "port_out_of_range"))
    if not candidate.to_tray and case_exists is not None and not case_exists(candidate.target):
        found.append(FieldProblem("receiver.target", "target_case_missing"))
    for title in candidate.known_callers:
        if ae_title_problem(title):
            found.append(FieldProblem("receiver.known_callers", "known_caller_invalid"))
            break
    return found


def parse_port(text: str) -> int | str:
    """The port typed in a box as an int, or the text back when it is not a whole number."""
    text = text.strip()
    return int(text) if text.isdigit() else text


def load(store: Store) -> ReceiverSettings:
    value = settings.get(store, KEY) or {}
    known = {f.name for f in dataclasses.fields(ReceiverSettings)}
    values = {k: v for k, v in value.items() if k in known}
    if "known_callers" in values:
        values["known_callers"] = tuple(values["known_callers"])
    return ReceiverSettings(**values)


def save(store: Store, candidate: ReceiverSettings) -> ReceiverSettings:
    """Store ``candidate`` if it has no problem; raises InvalidReceiverSettings otherwise."""
    found = problems(candidate, case_exists=lambda case_id: _case_exists(store, case_id))
    if found:
        raise InvalidReceiverSettings(found)
    value = dataclasses.asdict(candidate)
    value["known_callers"] = list(candidate.known_callers)
    settings.put(store, KEY, value)
    return candidate


def _case_exists(store: Store, case_id: str) -> bool:
    return query(store, "SELECT 1 FROM cases WHERE id = ?", [case_id]).fetchone() is not None
