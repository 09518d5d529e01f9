"""PS3.15 Table E.1-1 as data: which action the de-identifier takes on each attribute.

Reads the pinned copy of the table (resources/dicom/confidentiality_profile_attributes.json,
edition 2024b; provenance in the README beside it) once, and answers ``action(tag, ...)`` with
one of the plain actions below, after applying the two options CaseBridge offers (Retain
Longitudinal Temporal Information with Modified Dates, Retain Patient Characteristics).

Compound codes are settled here, without a per-IOD Type table, towards the choice that keeps
every IOD valid: the standard allows the later action "if needed for conformance", and an empty
or dummy value never carries the original information either.

- X/Z -> Z; X/D -> D and X/Z/D -> D (a dummy satisfies Type 1, 2 and 3 alike);
- Z/D -> Z (an empty value says "unknown", where a dummy such as a contrast agent named
  "REMOVED" would mislead a reader), except dates and times (Content Date and Time are Type 1
  in SR and the enhanced images) and Patient ID, which becomes a keyed pseudonym;
- for sequences, D and any compound with X -> Z (an empty sequence: a dummy item would have to
  be invented, and what D sequences hold, such as an SR's Content Sequence or a presentation
  state's graphic annotations, is free text), except X/Z/U*, which keeps the items and cleans
  them (their UIDs are remapped), and the Verifying Observer Sequence (D, Type 1C in SR), whose
  items are made only of attributes the table itself replaces (name, organisation, date, code),
  so cleaning them gives the dummy observer the standard asks for;
- an option's C ("clean") on a date or date-time means "shift by the patient's offset"; on a
  time it means keep (whole days move, not times of day); anywhere else CaseBridge cannot clean
  free text safely, so the basic action stands.

Thread-safety: the table is loaded once under lru_cache and never changed; lookups are pure.
"""

from __future__ import annotations

import enum
import json
from functools import lru_cache
from pathlib import Path

PROFILE_FILE = (
    Path(__file__).resolve().parents[1]
    / "resources"
    / "dicom"
    / "confidentiality_profile_attributes.json"
)


class Action(enum.Enum):
    KEEP = "K"  # unchanged; a sequence's items are still cleaned
    REMOVE = "X"
    EMPTY = "Z"
    DUMMY = "D"
    UID = "U"  # remapped with the install key
    SHIFT = "C"  # dates and date-times moved by the patient's day offset


DATE_VRS = frozenset({"DA", "DT"})
TEMPORAL_VRS = frozenset({"DA", "DT", "TM"})
PATIENT_ID = 0x00100020
VERIFYING_OBSERVER_SEQUENCE = 0x0040A073
_COMPOUND = {"X/Z": "Z", "X/D": "D", "Z/D": "D", "X/Z/D": "D", "X/Z/U*": "K"}


class _Mask:
    """A wildcard row such as (50XX,XXXX) or (60XX,3000): X digits match anything."""

    def __init__(self, pattern: str) -> None:
        digits = pattern.strip("()").replace(",", "")
        self.mask = int("".join("0" if c == "X" else "F" for c in digits), 16)
        self.value = int(digits.replace("X", "0"), 16)

    def matches(self, tag: int) -> bool:
        return tag & self.mask == self.value


class Profile:
    """The parsed table: exact rows by tag, wildcard rows, and the private-attribute row."""

    def __init__(self, rows: list[dict]) -> None:
        self.rows: dict[int, dict] = {}
        self.masks: list[tuple[_Mask, dict]] = []
        self.private_row: dict | None = None
        for row in rows:
            tag = row["tag"]
            if "GGGG" in tag:
                self.private_row = row
            elif "X" in tag:
                self.masks.append((_Mask(tag), row))
            else:
                self.rows[int(tag[1:5] + tag[6:10], 16)] = row
        self.edition_rows = len(rows)

    def row(self, tag: int) -> dict | None:
        if tag >> 16 & 1:
            return self.private_row
        found = self.rows.get(tag)
        if found is not None:
            return found
        for mask, row in self.masks:
            if mask.matches(tag):
                return row
        return None

    def action(
        self,
        tag: int,
        vr: str,
        *,
        retain_modified_dates: bool,
        retain_patient_characteristics: bool,
    ) -> Action | None:
        """The action for one attribute, or None when the table does not list it (keep it)."""
        row = self.row(tag)
        if row is None:
            return None
        code = row["basicProfile"]
        if retain_patient_characteristics and row.get("rtnPatCharsOpt") == "K":
            return Action.KEEP
        if retain_modified_dates and row.get("rtnLongModifDatesOpt") == "C":
            if vr in DATE_VRS:
                return Action.SHIFT
            if vr == "TM":
                return Action.KEEP
        if code == "Z/D" and vr not in TEMPORAL_VRS and tag != PATIENT_ID:
            return Action.EMPTY
        if tag == VERIFYING_OBSERVER_SEQUENCE:
            return Action.KEEP
        if vr == "SQ" and code != "X/Z/U*" and (code == "D" or code.startswith("X/")):
            return Action.EMPTY
        return Action(_COMPOUND.get(code, code))


@lru_cache(maxsize=1)
def profile() -> Profile:
    with PROFILE_FILE.open(encoding="utf-8") as handle:
        return Profile(json.load(handle))
