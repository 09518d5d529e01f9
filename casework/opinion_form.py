"""The opinion editor as plain state: its sections, what is still unanswered, the specialty
templates that pre-fill it, autosaving the draft and the preview of what the clinic receives.

``OpinionForm`` holds one received case's draft (sync/opinion_draft.py fields). ``set``
changes a section and autosaves it (local_store.opinions.save_draft, like the case editor's
fields); ``unanswered`` lists the clinic's questions without an answer and ``blocking`` what
stops signing (a choice not made, a question unanswered), as codes. ``preview`` is the
document sync/opinion_send.py would sign now, section by section (``SECTIONS``): exactly what
the clinic will receive, since signing builds it with the same function. Templates are TOML
files in ``resources/opinion_templates/`` (one per specialty; general medicine for the rest).
No words here: the view turns section codes into titles. Thread-safety: not thread-safe; one
owner (the GUI thread in the desktop, the command in the CLI).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from local_store import opinions, received
from local_store.store import Store
from sync import opinion_draft
from sync.opinion import Opinion, question_ids
from sync.opinion_send import prepare, questions_of
from sync.protocol import ShapeError

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "resources" / "opinion_templates"
FALLBACK_TEMPLATE = "general_medicine"

# The opinion's sections in the order the clinic reads them (the document's keys).
SECTIONS = (
    "verdict",
    "diagnosis",
    "reasons",
    "severity",
    "plan",
    "alternatives",
    "investigations",
    "lifestyle",
    "answers",
    "see_in_person",
    "limitations",
    "patient_summary",
    "specialist",
)


def templates(folder: Path | None = None) -> dict[str, dict[str, Any]]:
    """Every specialty's template, keyed by specialty (the file's ``specialty``), as draft
    fields (a template with a key a draft does not have is refused: ``draft_unreadable``)."""
    found = {}
    for path in sorted(Path(folder or TEMPLATE_DIR).glob("*.toml")):
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        specialty = str(data.pop("specialty", path.stem))
        found[specialty] = opinion_draft.parse(data)
    return found


def template_for(specialty: str, folder: Path | None = None) -> dict[str, Any]:
    known = templates(folder)
    key = specialty.strip().lower().replace(" ", "_")
    return known.get(key) or known.get(FALLBACK_TEMPLATE) or opinion_draft.empty()


def skeleton(case: received.ReceivedCase, specialty: str | None = None) -> dict[str, Any]:
    """A draft to start from: the specialty's template, and one empty answer per question the
    clinic asked (the question repeated, so the file reads on its own)."""
    fields = template_for(specialty or case.specialty)
    fields["answers"] = [
        {"question_id": qid, "question": text, "answer": ""}
        for qid, text in question_ids(questions_of(case))
    ]
    return fields


@dataclass
class OpinionForm:
    store: Store
    bundle_id: str
    case: received.ReceivedCase
    fields: dict[str, Any] = field(default_factory=opinion_draft.empty)
    record: opinions.OpinionRecord | None = None

    @classmethod
    def open(cls, store: Store, bundle_id: str) -> OpinionForm:
        """The case's draft, or a new one from its specialty's template (not saved until the
        first change)."""
        case = received.get_received(store, bundle_id)
        record = opinions.draft(store, bundle_id)
        if record is not None:
            return cls(store, bundle_id, case, opinion_draft.parse(record.fields), record)
        return cls(store, bundle_id, case, opinion_draft.parse(skeleton(case)))

    @property
    def questions(self) -> list[str]:
        return questions_of(self.case)

    def set(self, key: str, value: Any) -> None:
        """Change one section and autosave (raises ShapeError ``draft_unreadable``)."""
        self.replace({**self.fields, key: value})

    def answer(self, question_id: str, text: str) -> None:
        given = [a for a in self.fields["answers"] if a["question_id"] != question_id]
        self.set("answers", [*given, {"question_id": question_id, "answer": text}])

    def replace(self, obj: object) -> None:
        """The whole draft at once (``opinion draft --from``); autosaved."""
        fields = opinion_draft.parse(obj)
        opinion_draft.answers(fields, self.questions)  # an answer to no question is refused
        self.record = opinions.save_draft(self.store, self.bundle_id, fields)
        self.fields = fields

    def unanswered(self) -> list[str]:
        return opinion_draft.unanswered(self.fields, self.questions)

    def blocking(self) -> list[tuple[str, str]]:
        """What stops signing, as (code, what it names): every choice not made, every question
        unanswered. Empty when the draft can be signed."""
        problems = [
            (opinion_draft.OPINION_INCOMPLETE, key)
            for key in opinion_draft.CHOICES
            if not self.fields.get(key)
        ]
        return problems + [("question_unanswered", qid) for qid in self.unanswered()]

    def preview(self) -> Opinion:
        """The document as the clinic will receive it if signed now (its signature aside)."""
        return prepare(self.store, self.bundle_id)


def sections(document: Opinion) -> list[tuple[str, Any]]:
    """The document's sections in reading order, as (section code, its value in the JSON)."""
    values = document.to_json()
    return [(key, values[key]) for key in SECTIONS]


__all__ = ["SECTIONS", "OpinionForm", "ShapeError", "sections", "skeleton", "template_for"]
