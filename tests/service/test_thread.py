"""Follow-up questions at the service, on both metadata backends: only the case's clinic device
and its specialist take part; a message is stored once however often it is posted, reaches
the other party once in its feed, signed by the service and opening only with the other
party's key; a changed byte, a wrong signer, a replayed id and a message that claims another
case are refused with their codes, and nothing reaches anyone's feed. Files sent with a
question (an update bundle) go to the specialist who has the case."""

from __future__ import annotations

import uuid

import pytest
import requests

from sync import opinion as opinion_format
from sync import protocol, thread_format
from sync.bundle.writer import BundleWriter
from sync.protocol import Signed, ThreadPeer, ThreadReceipt
from sync.thread_format import MessageFile, ThreadMessage
from tests.service.test_assignment import feed_items
from tests.service.test_review import (
    DOCTOR,
    QUESTIONS,
    dicom_bundle,
    make_opinion,
    offers,
    post,
    send_opinion,
    specialist,
)
from tests.support.service_client import TIMEOUT, Client, b64

pytestmark = pytest.mark.timeout(180)


def _answered_case(tmp_path, service, clinic: Client):
    """A case sent by ``clinic``, answered with an opinion by a cardiologist."""
    doctor = specialist(service, "cardiology", profile=DOCTOR)
    built = dicom_bundle(tmp_path, clinic, service)
    clinic.send(built)
    service.wait_idle()
    [offer] = offers(doctor, service)
    answers = [
        opinion_format.Answer(q, text, "No.") for q, text in opinion_format.question_ids(QUESTIONS)
    ]
    committed = send_opinion(service, doctor, clinic, make_opinion(offer, doctor, answers))
    assert committed.status_code == 200, committed.text
    return doctor, built.bundle_id


def _message(author: Client, bundle_id: str, role: str, text: str, **changes) -> ThreadMessage:
    values = dict(
        message_id=str(uuid.uuid4()),
        bundle_id=bundle_id,
        device_id=author.device.device_id,
        role=role,
        at="2025-03-02T09:00:00Z",
        text=text,
    )
    values.update(changes)
    return ThreadMessage(**values)


def _signed(author: Client, message: ThreadMessage) -> Signed[ThreadMessage]:
    return Signed.make(message, author.device.signing_key)


def _post(service, author: Client, bundle_id: str, message_id: str, sealed: bytes):
    return post(
        author,
        service,
        protocol.thread_messages_path(bundle_id),
        {"message_id": message_id, "sealed": b64(sealed)},
    )


def _peer(service, client: Client, bundle_id: str) -> protocol.KeyVouch:
    answer = requests.get(
        service.url + protocol.thread_peer_path(bundle_id), headers=client.auth, timeout=TIMEOUT
    )
    assert answer.status_code == 200, answer.text
    public = protocol.unb64(service.keys()["ed25519"])
    return Signed.open(ThreadPeer, answer.json(), public).value.peer


def _thread_items(client: Client, service) -> list[protocol.ThreadPosted]:
    return [i for i in feed_items(client, service) if i.kind == protocol.FeedKind.THREAD_MESSAGE]


def test_a_question_and_its_answer_reach_the_other_party_once(tmp_path, service, clinic):
    doctor, bundle_id = _answered_case(tmp_path, service, clinic)
    service_age = service.keys()["age"]
    public = protocol.unb64(service.keys()["ed25519"])

    # Each side learns the other's keys from the service.
    vouched = _peer(service, clinic, bundle_id)
    assert (vouched.device_id, vouched.name) == (doctor.device.device_id, DOCTOR["name"])
    assert _peer(service, doctor, bundle_id).device_id == clinic.device.device_id

    report = MessageFile("echo-report.pdf", "ab" * 32, 2048)
    question = _message(
        clinic,
        bundle_id,
        "clinic",
        "The echo report came today. Does it change the plan?",
        attachments=(report,),
        supplement=str(uuid.uuid4()),
    )
    signed = _signed(clinic, question)
    first = _post(
        service,
        clinic,
        bundle_id,
        question.message_id,
        thread_format.seal(signed, [vouched.age, service_age]),
    )
    assert first.status_code == 201, first.text
    receipt = Signed.open(ThreadReceipt, first.json(), public).value
    assert (receipt.message_id, receipt.sha256) == (
        question.message_id,
        thread_format.signed_sha256(signed),
    )
    # A retry after a cut seals again (new bytes, same message): the first receipt, stored once.
    again = _post(
        service,
        clinic,
        bundle_id,
        question.message_id,
        thread_format.seal(signed, [vouched.age, service_age]),
    )
    assert (again.status_code, again.json()) == (200, first.json())

    [item] = _thread_items(doctor, service)
    assert item.author.device_id == clinic.device.device_id
    opened = thread_format.open_posted(item, doctor.device.age_identity)
    assert opened.value == question and opened.value.attachments == (report,)
    assert _thread_items(clinic, service) == []

    answer = _message(
        doctor,
        bundle_id,
        "specialist",
        "No: the plan stands.",
        in_reply_to=question.message_id,
    )
    clinic_age = _peer(service, doctor, bundle_id).age
    sent = _post(
        service,
        doctor,
        bundle_id,
        answer.message_id,
        thread_format.seal(_signed(doctor, answer), [clinic_age, service_age]),
    )
    assert sent.status_code == 201, sent.text
    [back] = _thread_items(clinic, service)
    assert thread_format.open_posted(back, clinic.device.age_identity).value == answer
    assert back.author.name == DOCTOR["name"] and back.author.role == "specialist"
    assert len(_thread_items(doctor, service)) == 1


def test_what_the_service_refuses(tmp_path, service, clinic):
    doctor, bundle_id = _answered_case(tmp_path, service, clinic)
    other = specialist(service, "cardiology")
    service_age = service.keys()["age"]
    recipients = [doctor.device.age_recipient, service_age]

    def refused(author: Client, message: ThreadMessage, sealed: bytes) -> tuple[int, str]:
        answer = _post(service, author, bundle_id, message.message_id, sealed)
        return answer.status_code, answer.json()["error"]

    question = _message(clinic, bundle_id, "clinic", "Is a repeat scan needed?")
    sealed = thread_format.seal(_signed(clinic, question), recipients)
    # A changed byte of the sealed message.
    changed = sealed[:-10] + bytes([sealed[-10] ^ 1]) + sealed[-9:]
    assert refused(clinic, question, changed) == (422, "message_unreadable")
    # Signed by another key than the posting device's.
    assert refused(clinic, question, thread_format.seal(_signed(other, question), recipients)) == (
        422,
        "signature_bad",
    )
    # Claiming another case than the one it is posted to.
    elsewhere = _message(clinic, str(uuid.uuid4()), "clinic", "Wrong case")
    assert refused(
        clinic, elsewhere, thread_format.seal(_signed(clinic, elsewhere), recipients)
    ) == (422, "message_mismatch")
    # A specialist who does not have the case.
    stranger = _message(other, bundle_id, "specialist", "Hello")
    assert refused(other, stranger, thread_format.seal(_signed(other, stranger), recipients)) == (
        403,
        "not_yours",
    )
    # An answer to a message that is not in this thread.
    stray = _message(doctor, bundle_id, "specialist", "Yes", in_reply_to=str(uuid.uuid4()))
    clinic_sealed = thread_format.seal(
        _signed(doctor, stray), [clinic.device.age_recipient, service_age]
    )
    assert refused(doctor, stray, clinic_sealed) == (422, "not_in_thread")
    assert _thread_items(doctor, service) == [] and _thread_items(clinic, service) == []

    # Stored once; the same id with other words is a replay.
    assert _post(service, clinic, bundle_id, question.message_id, sealed).status_code == 201
    replay = _message(
        clinic, bundle_id, "clinic", "Is surgery needed?", message_id=question.message_id
    )
    assert refused(clinic, replay, thread_format.seal(_signed(clinic, replay), recipients)) == (
        409,
        "message_replayed",
    )
    [item] = _thread_items(doctor, service)
    assert thread_format.open_posted(item, doctor.device.age_identity).value == question


def test_no_specialist_yet_means_nobody_to_write_to(tmp_path, service, clinic):
    built = dicom_bundle(tmp_path, clinic, service)
    clinic.send(built)
    service.wait_idle()
    answer = requests.get(
        service.url + protocol.thread_peer_path(built.bundle_id),
        headers=clinic.auth,
        timeout=TIMEOUT,
    )
    assert (answer.status_code, answer.json()["error"]) == (409, "no_peer")


def test_files_sent_with_a_question_go_to_the_specialist_who_has_the_case(
    tmp_path, service, clinic
):
    doctor, bundle_id = _answered_case(tmp_path, service, clinic)
    other = specialist(service, "cardiology")  # next in the round robin for a new case
    report = tmp_path / "echo-report.pdf"
    report.write_bytes(b"%PDF-1.4 echo report")
    with BundleWriter(tmp_path / "update", clinic.device, [service.keys()["age"]], 2) as writer:
        writer.add_file(report, name=report.name, kind="document", media_type="application/pdf")
        update = writer.finish(
            {
                "case": {"id": "case-1", "referral": {"specialty": "cardiology"}},
                "update_of": bundle_id,
                "update_note": "The echo report came today.",
            }
        )
    clinic.send(update)
    service.wait_idle()
    assert [o.bundle_id for o in offers(doctor, service)] == [bundle_id, update.bundle_id]
    assert offers(other, service) == []
