"""A follow-up message's shape and its checks, without Qt or a network: the message and the
thread's feed item, peer vouch and receipt parse exactly what they write and refuse anything
else with a stable code; on a clinic device a message the feed brings is kept once, in order,
verified, and one with a changed byte, a wrong signer, another case or a replayed id is kept
out with its named code, the feed cursor moving past it either way."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace

import pytest

from local_store import cases, outbox, thread_messages
from local_store.models import CaseStatus, Patient, Referral
from sync import protocol, thread, thread_format
from sync.canonical import canonical_bytes
from sync.device_keys import fingerprint, load_or_create
from sync.protocol import (
    KeyVouch,
    ShapeError,
    SignatureError,
    Signed,
    ThreadPeer,
    ThreadPosted,
    ThreadReceipt,
)
from sync.thread_format import MessageFile, ThreadMessage
from tests.support.service_client import new_device

SPECIALIST = new_device()
STRANGER = new_device()
BUNDLE = "8c0f6d1e-0000-4000-8000-000000000001"


def _vouch(device, role="specialist", name="Dr Meera Iyer") -> KeyVouch:
    return KeyVouch(
        device_id=device.device_id,
        role=role,
        ed25519=device.ed25519_public,
        age=device.age_recipient,
        name=name,
    )


def _answer(**changes) -> ThreadMessage:
    values = dict(
        message_id=str(uuid.uuid4()),
        bundle_id=BUNDLE,
        device_id=SPECIALIST.device_id,
        role="specialist",
        at="2025-03-02T10:00:00Z",
        text="No: the plan stands.",
        in_reply_to=str(uuid.uuid4()),
    )
    values.update(changes)
    return ThreadMessage(**values)


QUESTION = ThreadMessage(
    message_id="q-1",
    bundle_id=BUNDLE,
    device_id="dev-clinic",
    role="clinic",
    at="2025-03-02T09:00:00Z",
    text="The echo report came today. Does it change the plan?",
    attachments=(MessageFile("echo.pdf", "ab" * 32, 2048),),
    supplement="upd-1",
)


# ---- the shapes


def test_a_message_parses_exactly_what_it_writes():
    written = QUESTION.to_json()
    assert ThreadMessage.parse(json.loads(json.dumps(written))) == QUESTION
    answer = _answer()
    assert ThreadMessage.parse(answer.to_json()) == answer
    # The byte form that is signed: canonical JSON, keys sorted, nothing else.
    assert canonical_bytes(written).startswith(b'{"at":"2025-03-02T09:00:00Z","attachments":[')


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda m: m | {"extra": 1}, "message_unreadable"),
        (lambda m: {k: v for k, v in m.items() if k != "in_reply_to"}, "message_unreadable"),
        (lambda m: m | {"format": "casebridge-thread-message/2"}, "format_unknown"),
        (lambda m: m | {"role": "admin"}, "message_unreadable"),
        (lambda m: m | {"text": 7}, "message_unreadable"),
        (lambda m: m | {"text": "x" * 10_001}, "message_unreadable"),
        (lambda m: m | {"supplement": None}, "message_unreadable"),  # files with no bundle
        (lambda m: m | {"attachments": []}, "message_unreadable"),  # a bundle with no files
        (lambda m: m | {"attachments": [{"name": "a", "sha256": "b", "size": -1}]}, None),
    ],
)
def test_anything_else_is_refused_with_its_code(change, code):
    with pytest.raises(ShapeError) as refused:
        ThreadMessage.parse(change(QUESTION.to_json()))
    assert refused.value.code == (code or "message_unreadable")


def test_an_empty_message_is_refused():
    with pytest.raises(ShapeError):
        ThreadMessage.parse(_answer(text="   ").to_json())


def test_the_feed_item_the_peer_and_the_receipt_parse_what_they_write():
    posted = ThreadPosted(9, BUNDLE, "m-1", "2025-03-02T10:00:01Z", "c2VhbGVk", _vouch(SPECIALIST))
    assert protocol.parse_feed_item(json.loads(json.dumps(posted.to_json()))) == posted
    peer = ThreadPeer(BUNDLE, _vouch(SPECIALIST))
    assert ThreadPeer.parse(peer.to_json()) == peer
    receipt = ThreadReceipt("svc-1", "m-1", BUNDLE, "dev-1", "2025-03-02T10:00:01Z", "ab")
    assert ThreadReceipt.parse(receipt.to_json()) == receipt
    with pytest.raises(ShapeError) as refused:
        protocol.parse_feed_item(posted.to_json() | {"sealed": None})
    assert refused.value.code == "feed_item_unreadable"


def test_sealed_and_signed_only_the_recipient_opens_it_and_only_the_author_signed_it():
    signed = Signed.make(_answer(), SPECIALIST.signing_key)
    reader = new_device()
    sealed = thread_format.seal(signed, [reader.age_recipient])
    assert thread_format.unseal(sealed, reader.age_identity, SPECIALIST.ed25519_public_raw) == (
        signed
    )
    with pytest.raises(ShapeError) as unreadable:
        thread_format.unseal(sealed, STRANGER.age_identity, SPECIALIST.ed25519_public_raw)
    assert unreadable.value.code == "message_unreadable"
    with pytest.raises(SignatureError):
        thread_format.unseal(sealed, reader.age_identity, STRANGER.ed25519_public_raw)


# ---- on a clinic device: what the feed brings


@pytest.fixture
def clinic_case(store, tmp_path):
    """A clinic's case with its first bundle queued (the bundle a thread is about)."""
    case_id = cases.create_case(
        store, Patient(name="Asha Verma", age_years=52), referral=Referral(specialty="oncology")
    )
    outbox.enqueue(
        store,
        bundle_id=BUNDLE,
        case_id=case_id,
        folder=str(tmp_path / "gone"),
        service_url="http://127.0.0.1:9",
        size_cipher=1,
        files=[],
        urgent=False,
    )
    return case_id


def _item(store, signed, *, cursor, author=None, message_id=None, bundle_id=BUNDLE, tamper=None):
    sealed = thread_format.seal(signed, [load_or_create(store).age_recipient])
    if tamper is not None:
        sealed = tamper(sealed)
    return ThreadPosted(
        cursor=cursor,
        bundle_id=bundle_id,
        message_id=message_id or signed.value.message_id,
        at="2025-03-02T10:00:05Z",
        sealed=protocol.b64(sealed),
        author=author or _vouch(SPECIALIST),
    )


def test_an_answer_is_kept_once_verified_and_the_case_answered(store, clinic_case):
    signed = Signed.make(_answer(), SPECIALIST.signing_key)
    item = _item(store, signed, cursor=4)
    assert thread.receive_posted(store, item) == thread_messages.STORED
    # The same item read again (a cut before the cursor moved on the service's side): once.
    assert thread.receive_posted(store, replace(item, cursor=5)) == thread_messages.DUPLICATE
    [entry] = thread.thread_for_case(store, clinic_case)
    assert (entry.text, entry.author_name, entry.author_role) == (
        "No: the plan stands.",
        "Dr Meera Iyer",
        "specialist",
    )
    assert entry.verified and not entry.mine and entry.state == "received"
    assert entry.fingerprint == fingerprint(SPECIALIST.ed25519_public_raw)
    assert entry.service_at == "2025-03-02T10:00:05Z"
    assert cases.get_case(store, clinic_case).status == CaseStatus.ANSWERED
    assert outbox.feed_cursor(store) == 5
    assert thread.thread_state([entry]) == thread.THREAD_NONE  # no question from this side


def _tamper_last_byte(sealed: bytes) -> bytes:
    return sealed[:-1] + bytes([sealed[-1] ^ 1])


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("changed_byte", "message_unreadable"),
        ("wrong_signer", "signature_bad"),
        ("other_case", "message_mismatch"),
        ("other_id", "message_mismatch"),
        ("unknown_case", "case_unknown"),
    ],
)
def test_what_is_kept_out_and_why(store, clinic_case, case, code):
    signed = Signed.make(_answer(), SPECIALIST.signing_key)
    item = {
        "changed_byte": lambda: _item(store, signed, cursor=3, tamper=_tamper_last_byte),
        "wrong_signer": lambda: _item(
            store, Signed.make(signed.value, STRANGER.signing_key), cursor=3
        ),
        "other_case": lambda: _item(
            store, Signed.make(_answer(bundle_id="another"), SPECIALIST.signing_key), cursor=3
        ),
        "other_id": lambda: _item(store, signed, cursor=3, message_id="m-other"),
        "unknown_case": lambda: _item(store, signed, cursor=3, bundle_id="never-sent"),
    }[case]()
    assert thread.receive_posted(store, item) == code
    assert thread.thread_for_case(store, clinic_case) == []
    assert [r["code"] for r in thread_messages.refusals(store)] == [code]
    assert outbox.feed_cursor(store) == 3  # kept out, and never read again


def test_a_replayed_id_with_other_words_is_kept_out(store, clinic_case):
    first = Signed.make(_answer(), SPECIALIST.signing_key)
    assert thread.receive_posted(store, _item(store, first, cursor=1)) == "stored"
    other = Signed.make(replace(first.value, text="Yes: operate now."), SPECIALIST.signing_key)
    assert thread.receive_posted(store, _item(store, other, cursor=2)) == "message_replayed"
    [entry] = thread.thread_for_case(store, clinic_case)
    assert entry.text == "No: the plan stands." and entry.verified
    assert [r["code"] for r in thread_messages.refusals(store)] == ["message_replayed"]


def test_the_case_stays_question_asked_while_any_question_waits(store, clinic_case):
    keys = load_or_create(store)
    me = _vouch(keys, role="clinic", name="Rampur clinic")
    asked = []
    for n, text in enumerate(("Is a repeat scan needed?", "Can she travel?"), start=1):
        question = ThreadMessage(
            message_id=f"q-{n}",
            bundle_id=BUNDLE,
            device_id=keys.device_id,
            role="clinic",
            at=f"2025-03-02T09:0{n}:00Z",
            text=text,
        )
        thread_messages.add_outgoing(
            store,
            message_id=question.message_id,
            case_id=clinic_case,
            bundle_id=BUNDLE,
            signed=Signed.make(question, keys.signing_key).to_json(),
            author=me.to_json(),
            at=question.at,
            supplement=None,
            case_status=CaseStatus.QUESTION_ASKED,
        )
        asked.append(question.message_id)
    first = Signed.make(_answer(in_reply_to=asked[0]), SPECIALIST.signing_key)
    assert thread.receive_posted(store, _item(store, first, cursor=1)) == "stored"
    assert cases.get_case(store, clinic_case).status == CaseStatus.QUESTION_ASKED
    entries = thread.thread_for_case(store, clinic_case)
    assert [e.message_id for e in entries] == [*asked, first.value.message_id]
    assert [e.mine for e in entries] == [True, True, False] and all(e.verified for e in entries)
    assert thread.thread_state(entries) == thread.QUESTION_ASKED
    second = Signed.make(
        _answer(in_reply_to=asked[1], at="2025-03-02T11:00:00Z"), SPECIALIST.signing_key
    )
    assert thread.receive_posted(store, _item(store, second, cursor=2)) == "stored"
    assert cases.get_case(store, clinic_case).status == CaseStatus.ANSWERED
    assert thread.thread_state(thread.thread_for_case(store, clinic_case)) == thread.ANSWERED
