"""Condition checklists: what a second-opinion case usually needs, and what is missing.

The checklists are clinician-readable TOML files in ``resources/checklists/`` (one per
condition group). Each item says whether it is required or recommended, or that guidelines
advise against it ("not_needed", shown as a note, never as missing), the guideline it comes
from, and what counts as evidence: a document of a kind (optionally mentioning a word), a lab
analyte from the catalogue, or a DICOM modality. Evaluation only suggests; it never blocks a
submission. Thread-safety: loaded data is immutable; functions are pure.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from clinical.catalog import ANALYTES, normalise
from clinical.models import DocumentKind

CHECKLIST_DIR = Path(__file__).resolve().parent.parent / "resources" / "checklists"
NEEDS = ("required", "recommended", "not_needed")


class ChecklistError(ValueError):
    """A checklist file does not follow the format (a developer's error, named by file)."""

    code = "checklist_invalid"


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    item: str
    need: str  # required | recommended | not_needed
    why: str
    source: str
    documents: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    labs: tuple[str, ...] = ()
    modalities: tuple[str, ...] = ()


@dataclass(frozen=True)
class Condition:
    id: str  # "group.condition", e.g. "oncology.breast"
    group: str
    title: str
    specialty: str
    diagnosis_words: tuple[str, ...]
    default: bool
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class DocumentEvidence:
    kind: str
    text: str = ""


@dataclass(frozen=True)
class CaseEvidence:
    """What a case holds, as the checklist sees it."""

    documents: tuple[DocumentEvidence, ...] = ()
    lab_analytes: frozenset[str] = frozenset()
    modalities: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ItemStatus:
    item: ChecklistItem
    present: bool
    found_in: str = ""  # "document", "lab", "imaging" or ""


@dataclass(frozen=True)
class CheckResult:
    condition: Condition
    items: tuple[ItemStatus, ...] = field(default_factory=tuple)

    @property
    def missing(self) -> list[ChecklistItem]:
        """Required items first, then recommended ones, each in the checklist's order."""
        absent = [s.item for s in self.items if not s.present and s.item.need != "not_needed"]
        return sorted(absent, key=lambda i: NEEDS.index(i.need))

    @property
    def not_needed(self) -> list[ChecklistItem]:
        return [s.item for s in self.items if s.item.need == "not_needed"]


def load_conditions(folder: Path | None = None) -> dict[str, Condition]:
    """Every condition in the folder's *.toml files, keyed by "group.condition"."""
    if folder is None:
        return _default_conditions()
    return _load(Path(folder))


@functools.lru_cache(maxsize=1)
def _default_conditions() -> dict[str, Condition]:
    return _load(CHECKLIST_DIR)


def _load(folder: Path) -> dict[str, Condition]:
    conditions: dict[str, Condition] = {}
    for path in sorted(folder.glob("*.toml")):
        with open(path, "rb") as fh:
            try:
                data = tomllib.load(fh)
            except tomllib.TOMLDecodeError as exc:
                raise ChecklistError(f"{path.name}: {exc}") from None
        for condition in _conditions(data, path.name):
            conditions[condition.id] = condition
    return conditions


def _conditions(data: dict, file_name: str) -> Iterable[Condition]:
    group = data.get("group") or Path(file_name).stem
    specialty = data.get("specialty", group)
    for raw in data.get("condition", []):
        cid = f"{group}.{raw['id']}"
        items = tuple(_item(entry, f"{file_name}:{cid}") for entry in raw.get("item", []))
        yield Condition(
            cid,
            group,
            raw["title"],
            specialty,
            tuple(w.lower() for w in raw.get("diagnosis_words", [])),
            bool(raw.get("default", False)),
            items,
        )


def _item(entry: dict, where: str) -> ChecklistItem:
    need = entry.get("need")
    if need not in NEEDS:
        raise ChecklistError(f"{where}: need must be one of {NEEDS}")
    for key in ("id", "item", "source"):
        if not entry.get(key):
            raise ChecklistError(f"{where}: item without {key}")
    kinds = {k.value for k in DocumentKind}
    for kind in entry.get("documents", []):
        if kind not in kinds:
            raise ChecklistError(f"{where}: unknown document kind {kind}")
    for lab in entry.get("labs", []):
        if lab not in ANALYTES:
            raise ChecklistError(f"{where}: unknown lab {lab}")
    evidence = any(entry.get(k) for k in ("documents", "mentions", "labs", "modalities"))
    if need != "not_needed" and not evidence:
        raise ChecklistError(f"{where}: item {entry['id']} says nothing about its evidence")
    return ChecklistItem(
        entry["id"],
        entry["item"],
        need,
        entry.get("why", ""),
        entry["source"],
        tuple(entry.get("documents", [])),
        tuple(entry.get("mentions", [])),
        tuple(entry.get("labs", [])),
        tuple(m.upper() for m in entry.get("modalities", [])),
    )


def guess_condition(
    specialty: str, working_diagnosis: str, conditions: dict[str, Condition] | None = None
) -> str | None:
    """The condition a case most likely needs: diagnosis words first, then the specialty's
    default; None when neither says anything."""
    conditions = load_conditions() if conditions is None else conditions
    diagnosis = f" {normalise(working_diagnosis)} "
    best: tuple[int, str] | None = None
    for cid, condition in conditions.items():
        for word in condition.diagnosis_words:
            if f" {normalise(word)} " in diagnosis:
                # Longer phrases are more specific ("heart failure" over "heart").
                score = len(word) + (1000 if condition.specialty == specialty else 0)
                if best is None or score > best[0]:
                    best = (score, cid)
    if best:
        return best[1]
    for cid, condition in conditions.items():
        if condition.specialty == specialty and condition.default:
            return cid
    return None


def evaluate(condition: Condition, evidence: CaseEvidence) -> CheckResult:
    return CheckResult(condition, tuple(_status(item, evidence) for item in condition.items))


def _status(item: ChecklistItem, evidence: CaseEvidence) -> ItemStatus:
    if item.need == "not_needed":
        return ItemStatus(item, False)
    if any(lab in evidence.lab_analytes for lab in item.labs):
        return ItemStatus(item, True, "lab")
    if any(m in evidence.modalities for m in item.modalities):
        return ItemStatus(item, True, "imaging")
    if item.documents or item.mentions:
        for document in evidence.documents:
            if item.documents and document.kind not in item.documents:
                continue
            if not item.mentions or _mentions(document.text, item.mentions):
                return ItemStatus(item, True, "document")
    return ItemStatus(item, False)


def _mentions(text: str, words: Iterable[str]) -> bool:
    return any(
        re.search(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", text, re.IGNORECASE)
        for word in words
    )
