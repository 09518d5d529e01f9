"""An opinion being written: the draft's fields, as the editor and ``opinion draft --from``
hold them, and how they become the signed document's fields (sync/opinion.py).

A draft is JSON with any of the keys of ``KEYS`` (a missing one is empty; an unknown key, or
a value of another type, is ``draft_unreadable`` naming it). It differs from the document in
two ways: a treatment option may be an object ``{option, cost, travel, where}`` (written into
the document's ``alternatives`` as one line by ``opinion.option_text``), and an answer names
its question by id only (the question's text is taken from the case as the clinic sent it).
``document_fields`` refuses an answer to a question that was not asked. Who signs and what the
opinion is bound to are not the draft's: sync/opinion_send.py adds them.
Thread-safety: pure functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sync.opinion import Answer, SeeInPerson, Verdict, option_text, question_ids, unanswered_ids
from sync.protocol import ReviewError, ShapeError

DRAFT_UNREADABLE = "draft_unreadable"
OPINION_INCOMPLETE = "opinion_incomplete"  # a choice the document cannot go without

TEXTS = (
    "diagnosis",
    "reasons",
    "severity",
    "plan",
    "lifestyle",
    "limitations",
    "patient_summary",
)
CHOICES: dict[str, tuple[str, ...]] = {"verdict": Verdict.ALL, "see_in_person": SeeInPerson.ALL}
OPTION_KEYS = ("option", "cost", "travel", "where")
KEYS = frozenset({*TEXTS, *CHOICES, "alternatives", "investigations", "answers"})


def empty() -> dict[str, Any]:
    """A draft with nothing written yet."""
    fields: dict[str, Any] = dict.fromkeys(TEXTS, "")
    fields |= dict.fromkeys(CHOICES, "")
    return fields | {"alternatives": [], "investigations": [], "answers": []}


def parse(obj: object) -> dict[str, Any]:
    """The draft's fields out of JSON (every key present afterwards); raises ShapeError
    ``draft_unreadable`` naming the first key that is wrong."""
    if not isinstance(obj, dict):
        raise ShapeError(DRAFT_UNREADABLE, "draft")
    for key in obj:
        if key not in KEYS:
            raise ShapeError(DRAFT_UNREADABLE, str(key))
    fields = empty()
    for key in TEXTS:
        fields[key] = _text(obj, key)
    for key, allowed in CHOICES.items():
        value = _text(obj, key)
        if value and value not in allowed:
            raise ShapeError(DRAFT_UNREADABLE, key)
        fields[key] = value
    fields["investigations"] = [
        _item_text(v, "investigations") for v in _list(obj, "investigations")
    ]
    fields["alternatives"] = [_option(v) for v in _list(obj, "alternatives")]
    answers = []
    for item in _list(obj, "answers"):
        if not isinstance(item, dict) or not isinstance(item.get("question_id"), str):
            raise ShapeError(DRAFT_UNREADABLE, "answers")
        # "question" is allowed (the template repeats it) and not kept: the case's text is.
        if set(item) - {"question_id", "question", "answer"}:
            raise ShapeError(DRAFT_UNREADABLE, "answers")
        answers.append(
            {
                "question_id": item["question_id"],
                "answer": _item_text(item.get("answer", ""), "answers"),
            }
        )
    if len({a["question_id"] for a in answers}) != len(answers):
        raise ShapeError(DRAFT_UNREADABLE, "answers")
    fields["answers"] = answers
    return fields


def answers(fields: dict[str, Any], questions: Sequence[str]) -> tuple[Answer, ...]:
    """The draft's answers as the document holds them, in the order the clinic asked; raises
    ShapeError ``draft_unreadable`` for an answer to a question that was not asked."""
    given = {a["question_id"]: a["answer"] for a in fields.get("answers", [])}
    asked = question_ids(questions)
    if set(given) - {qid for qid, _text in asked}:
        raise ShapeError(DRAFT_UNREADABLE, "answers")
    return tuple(
        Answer(qid, text, given[qid].strip()) for qid, text in asked if given.get(qid, "").strip()
    )


def unanswered(fields: dict[str, Any], questions: Sequence[str]) -> list[str]:
    """Ids of the clinic's questions the draft does not answer yet, in order."""
    given = {a["question_id"]: a["answer"] for a in fields.get("answers", [])}
    return unanswered_ids([Answer(qid, "", text) for qid, text in given.items()], questions)


def check_complete(fields: dict[str, Any], questions: Sequence[str]) -> None:
    """Raises ShapeError unless the draft can be signed: ``opinion_incomplete`` naming a
    choice not made (the verdict, how soon to see the patient), ``question_unanswered``
    naming the first question without an answer."""
    for key in CHOICES:
        if not fields.get(key):
            raise ShapeError(OPINION_INCOMPLETE, key)
    missing = unanswered(fields, questions)
    if missing:
        raise ShapeError(ReviewError.QUESTION_UNANSWERED, missing[0])


def document_fields(fields: dict[str, Any], questions: Sequence[str]) -> dict[str, Any]:
    """The document's own fields (``Opinion`` keyword arguments, without who signs and what
    it is bound to) from a parsed draft."""
    return {
        **{key: fields[key].strip() for key in TEXTS},
        **{key: fields[key] for key in CHOICES},
        "alternatives": tuple(
            option_text(**o) if isinstance(o, dict) else o.strip() for o in fields["alternatives"]
        ),
        "investigations": tuple(i.strip() for i in fields["investigations"] if i.strip()),
        "answers": answers(fields, questions),
    }


def _text(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key, "")
    if not isinstance(value, str):
        raise ShapeError(DRAFT_UNREADABLE, key)
    return value


def _item_text(value: object, key: str) -> str:
    if not isinstance(value, str):
        raise ShapeError(DRAFT_UNREADABLE, key)
    return value


def _list(obj: dict[str, Any], key: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise ShapeError(DRAFT_UNREADABLE, key)
    return value


def _option(value: object) -> str | dict[str, str]:
    """A treatment option: a line of text, or ``{option, cost, travel, where}``."""
    if isinstance(value, str):
        return value
    if not isinstance(value, dict) or set(value) - set(OPTION_KEYS) or "option" not in value:
        raise ShapeError(DRAFT_UNREADABLE, "alternatives")
    return {key: _item_text(value.get(key, ""), "alternatives") for key in OPTION_KEYS}
