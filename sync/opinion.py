"""The second opinion as a document, format ``casebridge-opinion/1`` (docs/opinion-format.md).

``Opinion`` is a frozen dataclass like the protocol's shapes: ``parse`` accepts exactly what
``to_json`` makes and raises ShapeError (``opinion_unreadable``, ``format_unknown``) for
anything else; ``to_json`` is what the specialist device signs (``Signed`` with
``SIGNED_AS = "opinion"``, its own Ed25519 key). ``unanswered`` and ``check_answers`` hold the
one rule that every question the clinic asked has an answer (``question_unanswered``).
The sealed form (opinion.age) is age-encrypted canonical JSON of the signed opinion; both
ends seal and open it here. Thread-safety: immutable values and pure functions.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Self

import pyrage

from sync.canonical import canonical_bytes

# The shape readers are the protocol's own: one rule for "exactly these keys, these types".
from sync.protocol import (
    KeyVouch,
    ReviewError,
    ShapeError,
    Signed,
    _format,
    _list,
    _object,
    _optional_text,
    _text,
)

FORMAT = "casebridge-opinion/1"


class Verdict:
    """What the specialist says about the clinic's working diagnosis."""

    CONFIRMED = "confirmed"
    REFINED = "refined"
    CHANGED = "changed"
    CANNOT_JUDGE = "cannot_judge"
    ALL = (CONFIRMED, REFINED, CHANGED, CANNOT_JUDGE)


class SeeInPerson:
    """Whether and how soon the patient should see a specialist in person."""

    EMERGENCY = "emergency"
    WITHIN_DAYS = "within_days"
    ROUTINE = "routine"
    NOT_NEEDED = "not_needed"
    ALL = (EMERGENCY, WITHIN_DAYS, ROUTINE, NOT_NEEDED)


def question_ids(questions: Sequence[str]) -> list[tuple[str, str]]:
    """The clinic's questions (manifest ``case.referral.questions``) with their ids: ``q1``,
    ``q2``... in the order asked. The one rule both ends use to link an answer to a question."""
    return [(f"q{n}", text) for n, text in enumerate(questions, start=1)]


def manifest_sha256(manifest_plain: bytes) -> str:
    """What an opinion is bound to: hex SHA-256 of the decrypted manifest's bytes."""
    return hashlib.sha256(manifest_plain).hexdigest()


@dataclass(frozen=True)
class Answer:
    KEYS: ClassVar = frozenset({"question_id", "question", "answer"})

    question_id: str
    question: str  # the question as the clinic asked it, repeated for a reader of the opinion
    answer: str

    def to_json(self) -> dict[str, Any]:
        return {"question_id": self.question_id, "question": self.question, "answer": self.answer}

    @classmethod
    def parse(cls, obj: object, code: str) -> Self:
        fields = _object(obj, cls.KEYS, code)
        return cls(
            _text(fields, "question_id", code),
            _text(fields, "question", code),
            _text(fields, "answer", code),
        )


@dataclass(frozen=True)
class Signatory:
    """Who signs: the specialist as the service vouched for them (name, qualification, medical
    council, registration number with that council)."""

    KEYS: ClassVar = frozenset({"name", "qualification", "council", "registration"})

    name: str
    qualification: str
    council: str
    registration: str

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "qualification": self.qualification,
            "council": self.council,
            "registration": self.registration,
        }

    @classmethod
    def parse(cls, obj: object, code: str) -> Self:
        fields = _object(obj, cls.KEYS, code)
        return cls(
            _text(fields, "name", code),
            _text(fields, "qualification", code),
            _text(fields, "council", code),
            _text(fields, "registration", code),
        )


def _texts(fields: dict[str, Any], key: str, code: str) -> tuple[str, ...]:
    values = _list(fields, key, code)
    if not all(isinstance(v, str) for v in values):
        raise ShapeError(code, key)
    return tuple(values)


def _choice(fields: dict[str, Any], key: str, allowed: tuple[str, ...], code: str) -> str:
    value = _text(fields, key, code)
    if value not in allowed:
        raise ShapeError(code, key)
    return value


@dataclass(frozen=True)
class Opinion:
    """One signed second opinion on one bundle (docs/opinion-format.md)."""

    FORMAT: ClassVar = FORMAT
    UNREADABLE: ClassVar = ReviewError.OPINION_UNREADABLE
    SIGNED_AS: ClassVar = "opinion"
    KEYS: ClassVar = frozenset(
        {
            "format",
            "opinion_id",
            "bundle_id",
            "manifest_sha256",
            "device_id",
            "created_at",
            "replaces",
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
        }
    )

    opinion_id: str
    bundle_id: str
    manifest_sha256: str
    device_id: str  # the specialist device whose key signs
    created_at: str
    verdict: str  # a Verdict
    diagnosis: str
    reasons: str
    severity: str
    plan: str
    alternatives: tuple[str, ...]
    investigations: tuple[str, ...]
    lifestyle: str
    answers: tuple[Answer, ...]
    see_in_person: str  # a SeeInPerson
    limitations: str
    patient_summary: str
    specialist: Signatory
    replaces: str | None = None  # the opinion_id this one corrects

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.FORMAT,
            "opinion_id": self.opinion_id,
            "bundle_id": self.bundle_id,
            "manifest_sha256": self.manifest_sha256,
            "device_id": self.device_id,
            "created_at": self.created_at,
            "replaces": self.replaces,
            "verdict": self.verdict,
            "diagnosis": self.diagnosis,
            "reasons": self.reasons,
            "severity": self.severity,
            "plan": self.plan,
            "alternatives": list(self.alternatives),
            "investigations": list(self.investigations),
            "lifestyle": self.lifestyle,
            "answers": [a.to_json() for a in self.answers],
            "see_in_person": self.see_in_person,
            "limitations": self.limitations,
            "patient_summary": self.patient_summary,
            "specialist": self.specialist.to_json(),
        }

    @classmethod
    def parse(cls, obj: object) -> Self:
        code = cls.UNREADABLE
        _format(obj, cls.FORMAT, code)
        fields = _object(obj, cls.KEYS, code)
        answers = tuple(Answer.parse(a, code) for a in _list(fields, "answers", code))
        if len({a.question_id for a in answers}) != len(answers):
            raise ShapeError(code, "answers")
        return cls(
            opinion_id=_text(fields, "opinion_id", code),
            bundle_id=_text(fields, "bundle_id", code),
            manifest_sha256=_text(fields, "manifest_sha256", code),
            device_id=_text(fields, "device_id", code),
            created_at=_text(fields, "created_at", code),
            replaces=_optional_text(fields, "replaces", code),
            verdict=_choice(fields, "verdict", Verdict.ALL, code),
            diagnosis=_text(fields, "diagnosis", code),
            reasons=_text(fields, "reasons", code),
            severity=_text(fields, "severity", code),
            plan=_text(fields, "plan", code),
            alternatives=_texts(fields, "alternatives", code),
            investigations=_texts(fields, "investigations", code),
            lifestyle=_text(fields, "lifestyle", code),
            answers=answers,
            see_in_person=_choice(fields, "see_in_person", SeeInPerson.ALL, code),
            limitations=_text(fields, "limitations", code),
            patient_summary=_text(fields, "patient_summary", code),
            specialist=Signatory.parse(fields["specialist"], code),
        )

    def unanswered(self, questions: Sequence[str]) -> list[str]:
        """Ids of the clinic's questions with no answer (or an empty one), in order."""
        return unanswered_ids(self.answers, questions)

    def check_answers(self, questions: Sequence[str]) -> None:
        """Raises ShapeError ``question_unanswered`` (where: the first id) unless every
        question has an answer and every answer is to a question that was asked."""
        missing = self.unanswered(questions)
        if missing:
            raise ShapeError(ReviewError.QUESTION_UNANSWERED, missing[0])
        asked = {qid for qid, _text in question_ids(questions)}
        stray = [a.question_id for a in self.answers if a.question_id not in asked]
        if stray:
            raise ShapeError(self.UNREADABLE, "answers")


def unanswered_ids(answers: Sequence[Answer], questions: Sequence[str]) -> list[str]:
    """Ids of ``questions`` that ``answers`` leave without an answer (or with an empty one),
    in order: the one rule for a signed opinion and a draft alike."""
    given = {a.question_id: a.answer for a in answers}
    return [qid for qid, _text in question_ids(questions) if not given.get(qid, "").strip()]


def option_text(option: str, cost: str = "", travel: str = "", where: str = "") -> str:
    """One treatment option as the document's ``alternatives`` holds it: the option, then what
    it needs, each part only when given: ``"Option (cost: ...; travel: ...; available at:
    ...)"``. Part of the format (docs/opinion-format.md), so every reader sees the same line."""
    needs = [
        f"{label}: {value.strip()}"
        for label, value in (("cost", cost), ("travel", travel), ("available at", where))
        if value.strip()
    ]
    return f"{option.strip()} ({'; '.join(needs)})" if needs else option.strip()


def seal(signed: Signed[Opinion], recipients: Sequence[str]) -> bytes:
    """opinion.age: canonical JSON of ``{"opinion": ..., "signature": ...}`` encrypted to the
    ``age1...`` recipients (the clinic device and the service)."""
    return pyrage.encrypt(
        canonical_bytes(signed.to_json()),
        [pyrage.x25519.Recipient.from_str(r) for r in recipients],
    )


def unseal(sealed: bytes, identity: pyrage.x25519.Identity, signer_raw: bytes) -> Opinion:
    """The opinion in opinion.age once it decrypts with ``identity`` and its signature holds
    for ``signer_raw`` (the specialist device's key, as a vouch gave it). Raises ShapeError
    (``opinion_unreadable``, ``format_unknown``) or SignatureError."""
    return unseal_signed(sealed, identity, signer_raw)[0].value


def unseal_signed(
    sealed: bytes, identity: pyrage.x25519.Identity, signer_raw: bytes
) -> tuple[Signed[Opinion], bytes]:
    """``unseal``, keeping what a receiver stores: the signed opinion and the bytes it
    decrypted to (the document with its signature, as the specialist's device sealed it)."""
    try:
        plain = pyrage.decrypt(sealed, [identity])
        obj = json.loads(plain)
    except (pyrage.DecryptError, ValueError):
        raise ShapeError(Opinion.UNREADABLE, "sealed") from None
    return Signed.open(Opinion, obj, signer_raw), plain


@dataclass(frozen=True)
class ReceivedOpinion:
    """An opinion as the clinic device keeps it once every check passed: the document, the
    specialist the service vouched for as its signer, that key's fingerprint as people read it
    (sync.device_keys.fingerprint), and when it arrived (ISO 8601, UTC). The receiving side
    makes these; the Opinion tab, the printouts and the CLI read them."""

    opinion: Opinion
    signer: KeyVouch
    fingerprint: str
    received_at: str
