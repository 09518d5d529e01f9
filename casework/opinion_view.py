"""The Opinion tab's content, Qt-free: what the clinic sees and prints of a received opinion.

``build`` turns the case's received opinions (``sync.opinion.ReceivedOpinion``, oldest first:
each correction is a later version) into one ``OpinionScreen``: the current version's verdict,
whether to show the urgent-visit banner, each question the clinic asked with its answer, the
plan, options, investigations (with the clinic's "done on" ticks, local_store.
investigation_ticks), lifestyle advice, limitations, the specialist as the service vouched for
them, the signing key's fingerprint, the earlier versions in order, and the follow-up thread
(``sync.thread.ThreadEntry``, in order, the same record the specialist's review shows).
Codes only: the desktop and the printouts put words to them.
``load`` is the one place the store is read for it; ``set_done`` the one place a tick changes.
Thread-safety: immutable values and pure functions; ``load`` and ``set_done`` on any thread
(store reads on the caller's connection, writes on the store's writer).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from local_store import cases, investigation_ticks
from local_store.models import case_number
from local_store.store import Store
from sync import opinion_inbox, thread
from sync.opinion import Opinion, ReceivedOpinion, SeeInPerson, Signatory
from sync.thread import ThreadEntry

# How soon the specialist wants the patient seen in person, when that is urgent: the banner.
URGENT = (SeeInPerson.EMERGENCY, SeeInPerson.WITHIN_DAYS)


@dataclass(frozen=True)
class QuestionAnswer:
    number: int  # 1 for q1: the question's place in the clinic's list
    question: str
    answer: str


@dataclass(frozen=True)
class Investigation:
    index: int  # its place in the signed list: what a tick is keyed by
    text: str
    done_on: str | None  # ISO date the clinic ticked it done, None while to do


@dataclass(frozen=True)
class EarlierVersion:
    number: int  # 1 for the first opinion
    opinion_id: str
    created_at: str
    received_at: str
    verdict: str
    diagnosis: str


@dataclass(frozen=True)
class OpinionScreen:
    case_id: str
    case_number: str
    patient_name: str
    version: int  # the current version's number (1 for a first opinion)
    opinion: Opinion  # the current version, as signed
    received_at: str
    specialist: Signatory  # as the service vouched for the signing key
    fingerprint: str
    verified: bool
    urgent: bool
    answers: tuple[QuestionAnswer, ...]
    investigations: tuple[Investigation, ...]
    earlier: tuple[EarlierVersion, ...]
    thread: tuple[ThreadEntry, ...] = ()

    @property
    def opinion_id(self) -> str:
        return self.opinion.opinion_id

    @property
    def verdict(self) -> str:
        return self.opinion.verdict

    @property
    def see_in_person(self) -> str:
        return self.opinion.see_in_person


def _question_number(question_id: str) -> int:
    digits = question_id.lstrip("q")
    return int(digits) if digits.isdigit() else 0


def specialist_of(received: ReceivedOpinion) -> Signatory:
    """Who signed, in the service's words (the vouch for the key), the document's where the
    vouch leaves a field empty."""
    own, vouch = received.opinion.specialist, received.signer
    return Signatory(
        name=vouch.name or own.name,
        qualification=vouch.qualification or own.qualification,
        council=vouch.council or own.council,
        registration=vouch.registration or own.registration,
    )


def build(
    received: Sequence[ReceivedOpinion],
    done: Mapping[tuple[str, int], str],
    *,
    case_id: str,
    patient_name: str = "",
    thread: Sequence[ThreadEntry] = (),
) -> OpinionScreen | None:
    """The tab's content from the case's opinions, oldest first (None when there is none).
    ``done`` holds the ticks, ``{(opinion_id, index): done_on}``."""
    if not received:
        return None
    current = received[-1]
    opinion = current.opinion
    answers = sorted(
        (
            QuestionAnswer(_question_number(a.question_id), a.question, a.answer)
            for a in opinion.answers
        ),
        key=lambda qa: qa.number,
    )
    return OpinionScreen(
        case_id=case_id,
        case_number=case_number(case_id),
        patient_name=patient_name,
        version=len(received),
        opinion=opinion,
        received_at=current.received_at,
        specialist=specialist_of(current),
        fingerprint=current.fingerprint,
        # Only an opinion whose every check passed is ever received (sync.opinion).
        verified=bool(current.fingerprint),
        urgent=opinion.see_in_person in URGENT,
        answers=tuple(answers),
        investigations=tuple(
            Investigation(i, text, done.get((opinion.opinion_id, i)))
            for i, text in enumerate(opinion.investigations)
        ),
        earlier=tuple(
            EarlierVersion(
                n,
                r.opinion.opinion_id,
                r.opinion.created_at,
                r.received_at,
                r.opinion.verdict,
                r.opinion.diagnosis,
            )
            for n, r in enumerate(received[:-1], start=1)
        ),
        thread=tuple(thread),
    )


def with_thread(screen: OpinionScreen, entries: Sequence[ThreadEntry]) -> OpinionScreen:
    return replace(screen, thread=tuple(entries))


# ---- the store


def received_opinions(store: Store, case_id: str) -> list[ReceivedOpinion]:
    """The case's received opinions, oldest first, each signature checked again on reading:
    the one call to the receiving side (sync.opinion_inbox)."""
    return opinion_inbox.opinions_for_case(store, case_id)


def seen(store: Store, case_id: str) -> None:
    """The case's Opinion tab was shown: its opinions are no longer announced as new."""
    opinion_inbox.mark_seen(store, case_id)


def load(store: Store, case_id: str) -> OpinionScreen | None:
    """The case's Opinion tab, or None when no opinion has been received for it."""
    received = received_opinions(store, case_id)
    if not received:
        return None
    case = cases.get_case(store, case_id)
    done = investigation_ticks.ticks(store, [r.opinion.opinion_id for r in received])
    return build(
        received,
        done,
        case_id=case_id,
        patient_name=case.patient.name,
        thread=thread.thread_for_case(store, case_id),
    )


def set_done(store: Store, opinion_id: str, index: int, done_on: str | None) -> None:
    """Tick investigation ``index`` of ``opinion_id`` done on ``done_on`` (ISO date), or
    untick it (None)."""
    if done_on is None:
        investigation_ticks.untick(store, opinion_id, index)
    else:
        investigation_ticks.tick(store, opinion_id, index, done_on)
