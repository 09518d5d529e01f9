"""Condition checklists: what a second-opinion case usually needs, and what is missing.

The checklists are clinician-readable TOML files in ``resources/checklists/`` (one per
condition group). Each item says whether it is required or recommended, or that guidelines
advise against it ("not_needed", shown as a note, never as missing), the guideline it comes
from, and what counts as evidence: a document of a kind (optionally mentioning a word), a lab
analyte from the catalogue, or a study. A study need states its modalities and every body
region the study must cover (``clinical.body_regions``): "CT chest and abdomen" is met by one
CT whose body part or description names both regions, or by two CTs naming one each, never by
a chest CT alone; an imaging report counts when one of its lines names the study ("CECT") and
the regions. Evaluation only suggests; it never blocks a submission.
Thread-safety: loaded data is immutable; functions are pure.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from clinical.body_regions import REGIONS, regions_in
from clinical.catalog import ANALYTES, normalise
from clinical.models import DocumentKind

CHECKLIST_DIR = Path(__file__).resolve().parent.parent / "resources" / "checklists"
NEEDS = ("required", "recommended", "not_needed")
# DICOM modality codes a checklist may ask for (ECG: a stored waveform).
MODALITIES = frozenset({"CT", "MR", "PT", "US", "MG", "CR", "DX", "XA", "NM", "RF", "ECG"})


class ChecklistError(ValueError):
    """A checklist file does not follow the format (a developer's error, named by file)."""

    code = "checklist_invalid"


@dataclass(frozen=True)
class StudyNeed:
    """One kind of study that meets an item: any of ``modalities``, covering every region in
    ``regions`` (none: any region); ``words`` name the study in a report ("CECT", "PET-CT")."""

    modalities: tuple[str, ...]
    regions: tuple[str, ...]
    words: tuple[str, ...] = ()


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
    studies: tuple[StudyNeed, ...] = ()


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
class StudyEvidence:
    """One study of the case: its modalities and the texts that name what it covers (study
    and series descriptions, body parts examined)."""

    modalities: frozenset[str]
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaseEvidence:
    """What a case holds, as the checklist sees it."""

    documents: tuple[DocumentEvidence, ...] = ()
    lab_analytes: frozenset[str] = frozenset()
    studies: tuple[StudyEvidence, ...] = ()


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
    if "modalities" in entry:
        raise ChecklistError(f"{where}: item {entry.get('id')} names modalities outside studies")
    studies = tuple(_study(raw, f"{where}:{entry['id']}") for raw in entry.get("studies", []))
    evidence = any(entry.get(k) for k in ("documents", "mentions", "labs", "studies"))
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
        studies,
    )


def _study(raw: dict, where: str) -> StudyNeed:
    """A study need; its regions must be stated, even when any region will do (``[]``)."""
    modalities = tuple(m.upper() for m in raw.get("modalities", []))
    if not modalities or not set(modalities) <= MODALITIES:
        raise ChecklistError(f"{where}: a study needs known modalities, not {modalities}")
    if "regions" not in raw:
        raise ChecklistError(f"{where}: a study must state its regions ([] for any)")
    for region in raw["regions"]:
        if region not in REGIONS:
            raise ChecklistError(f"{where}: unknown region {region}")
    unknown = set(raw) - {"modalities", "regions", "words"}
    if unknown:
        raise ChecklistError(f"{where}: unknown study keys {sorted(unknown)}")
    return StudyNeed(modalities, tuple(raw["regions"]), tuple(raw.get("words", [])))


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
    documents = [d for d in evidence.documents if not item.documents or d.kind in item.documents]
    for need in item.studies:
        imaged = _studied(need, evidence.studies)
        if _covers(need, imaged):
            return ItemStatus(item, True, "imaging")
        # A report can name the regions a study on the disc does not ("CT abdomen" report
        # beside a chest CT): together they cover the need.
        reported = _reported(need, documents)
        both = None if imaged is None or reported is None else imaged | reported
        if _covers(need, reported) or _covers(need, both):
            return ItemStatus(item, True, "document")
    # Where a study has words, its report counts through them and the regions above (or the
    # item's own words); otherwise a document of the kind is enough (an ECG print-out).
    if item.mentions or (item.documents and not any(need.words for need in item.studies)):
        for document in documents:
            if not item.mentions or _mentions(document.text, item.mentions):
                return ItemStatus(item, True, "document")
    return ItemStatus(item, False)


def _covers(need: StudyNeed, regions: set[str] | None) -> bool:
    """None: no study of the need was found; a set: the regions such studies cover."""
    return regions is not None and regions >= set(need.regions)


def _studied(need: StudyNeed, studies: Iterable[StudyEvidence]) -> set[str] | None:
    """Regions covered by the case's studies of the need's modalities (None: no such study)."""
    covered: set[str] | None = None
    for study in studies:
        if set(need.modalities) & study.modalities:
            covered = set() if covered is None else covered
            for label in study.labels:
                covered |= regions_in(label)
    return covered


_CLAUSE = re.compile(r"[\n;:]|\.(?!\d)")  # a report's title line ends at ":" or a full stop


def _reported(need: StudyNeed, documents: Iterable[DocumentEvidence]) -> set[str] | None:
    """Regions named beside one of the need's words, in the same clause of a report (None: no
    report names the study)."""
    covered: set[str] | None = None
    if not need.words:
        return None
    for document in documents:
        if not _mentions(document.text, need.words):
            continue
        for clause in _CLAUSE.split(document.text):
            if _mentions(clause, need.words):
                covered = (set() if covered is None else covered) | regions_in(clause)
    return covered


def _mentions(text: str, words: Iterable[str]) -> bool:
    return any(
        re.search(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", text, re.IGNORECASE)
        for word in words
    )
