"""A second opinion from end to end over real HTTP on 127.0.0.1: the clinic, the service and a
specialist as separate data folders and processes (CLI child processes against `casebridge
service` run as a child process). The clinic submits a case with two questions; the specialist
fetches it, reviews it, writes an opinion from the template, is refused while a question is
unanswered, signs and sends it and holds a signed receipt. The clinic's copy, fetched from the
service and decrypted with the clinic's key, carries a signature PyNaCl accepts. Then what the
service must refuse, each with its reason and nothing stored: an opinion altered after
signing, an opinion whose document answers another bundle, a replayed opinion."""

from __future__ import annotations

import base64
import json
import time

import pytest
from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from local_store import opinions, outbox
from local_store.store import Store
from sync import opinion_send, protocol
from sync.canonical import canonical_bytes
from sync.device_keys import load_or_create
from sync.engine import SyncEngine
from sync.enrollment import current
from sync.opinion import Opinion, unseal
from sync.review import service_session
from sync.transport.http import ProtocolError
from testdata.documents import lab_report_pdf
from tests.conftest import TEST_PASSPHRASE
from tests.support.cli import Cli
from tests.support.running_service import service_process

pytestmark = pytest.mark.timeout(300)

QUESTIONS = ["Is surgery still an option?", "Can she travel 200 km for treatment?"]
PROFILE = {
    "name": "Dr Meera Iyer",
    "qualification": "MD, DM (Medical Oncology)",
    "council": "Karnataka Medical Council",
    "registration": "KMC-48213",
}


def _ok(result):
    assert result.code == 0, result.err
    return result


@pytest.fixture
def three(tmp_path):
    """The service (a child process), an enrolled clinic and an enrolled specialist (their own
    data folders, driven through the CLI)."""
    with service_process(tmp_path) as service:
        clinic = Cli(tmp_path / "clinic", tmp_path / "home")
        specialist = Cli(tmp_path / "specialist", tmp_path / "home")
        _ok(clinic("enroll", service.url, service.new_code("clinic")))
        code = service.new_code("specialist", ["oncology"], profile=PROFILE)
        _ok(specialist("enroll", service.url, code))
        yield service, clinic, specialist


def _submitted_case(clinic: Cli, tmp_path) -> str:
    args = ["--urgency", "urgent", "--consent", "verbal", "--consent-by", "Asha Verma"]
    args += ["--question", QUESTIONS[1]]  # the fixture's own question is the first
    case_id = clinic.new_case(*args)
    _ok(clinic("import", case_id, str(lab_report_pdf(tmp_path / "labs.pdf"))))
    submitted = _ok(clinic("--json", "submit", case_id)).json
    assert _ok(clinic("--json", "sync", "--once")).json["sent"]
    return submitted["bundle_id"]


def _fetch(specialist: Cli, bundle_id: str) -> None:
    """`sync --once` until the service's copy for the specialist is made and fetched."""
    for _ in range(30):
        synced = _ok(specialist("--json", "sync", "--once")).json
        if any(f["bundle_id"] == bundle_id for f in synced["fetched"]):
            return
        time.sleep(1)
    raise AssertionError("the case never reached the specialist")


def _answered(template: dict) -> dict:
    draft = dict(template)
    draft |= {
        "verdict": "refined",
        "diagnosis": "Carcinoma of the left breast, locally advanced",
        "reasons": "Mass with skin changes and axillary nodes on the report.",
        "severity": "Stage IIIB",
        "plan": "Neoadjuvant chemotherapy, then surgery if it responds.",
        "see_in_person": "within_days",
        "limitations": "No biopsy report in the material.",
        "patient_summary": "The lump needs treatment soon; medicines first, then an operation.",
    }
    draft["alternatives"] = [
        {
            "option": "Hormone therapy alone",
            "cost": "about Rs 2,000 a month",
            "travel": "none",
            "where": "the district hospital",
        },
        "Palliative care at home",
    ]
    return draft


def test_opinion_signed_sent_and_checked(three, tmp_path):
    _service, clinic, specialist = three
    bundle_id = _submitted_case(clinic, tmp_path)
    _fetch(specialist, bundle_id)
    _ok(specialist("review", "show", bundle_id[:8]))

    template = _ok(specialist("opinion", "template", bundle_id[:8]))
    skeleton = json.loads(template.out)
    assert [(a["question_id"], a["question"]) for a in skeleton["answers"]] == [
        ("q1", QUESTIONS[0]),
        ("q2", QUESTIONS[1]),
    ]
    assert skeleton["investigations"], "the oncology template pre-fills investigations"

    # One answer only: saved, but signing is refused naming the question left.
    draft = _answered(skeleton)
    draft["answers"] = [{"question_id": "q1", "answer": "Yes, after chemotherapy."}]
    (tmp_path / "draft.json").write_text(json.dumps(draft), "utf-8")
    saved = _ok(
        specialist(
            "--json", "opinion", "draft", bundle_id[:8], "--from", str(tmp_path / "draft.json")
        )
    )
    assert saved.json["unanswered"] == ["q2"] and saved.json["version"] == 1
    refused = specialist("--json", "opinion", "sign", bundle_id[:8])
    assert refused.code == 1 and refused.json["error"]["code"] == "question_unanswered"
    assert "q2" in refused.err

    draft["answers"].append({"question_id": "q2", "answer": "Yes, with one companion."})
    (tmp_path / "draft.json").write_text(json.dumps(draft), "utf-8")
    assert (
        _ok(
            specialist(
                "--json", "opinion", "draft", bundle_id[:8], "--from", str(tmp_path / "draft.json")
            )
        ).json["unanswered"]
        == []
    )
    preview = _ok(specialist("--json", "opinion", "show", bundle_id[:8])).json["preview"]
    human = _ok(specialist("opinion", "show", bundle_id[:8])).out
    assert "Can she travel 200 km for treatment?" in human and "Stage IIIB" in human

    signed = _ok(specialist("--json", "opinion", "sign", bundle_id[:8])).json
    opinion_id = signed["opinion_id"]
    assert signed["version"] == 1 and signed["replaces"] is None

    sent = _ok(specialist("--json", "sync", "--once")).json
    assert opinion_id in [s["bundle_id"] for s in sent["sent"]], sent
    [version] = _ok(specialist("--json", "opinion", "show", bundle_id[:8])).json["versions"]
    assert version["state"] == "signed" and version["sending"] == "sent"
    document = version["signed"]["opinion"]
    # The preview was the document, save the moment it was signed.
    assert {k: v for k, v in preview.items() if k != "created_at"} == {
        k: v for k, v in document.items() if k != "created_at"
    }
    assert document["alternatives"][0] == (
        "Hormone therapy alone (cost: about Rs 2,000 a month; travel: none; "
        "available at: the district hospital)"
    )

    with Store.open(tmp_path / "specialist", passphrase=TEST_PASSPHRASE) as store:
        keys = load_or_create(store)
        enrollment = current(store)
        receipt = protocol.Signed.open(
            protocol.OpinionReceipt, version["receipt"], enrollment.service_key_raw
        ).value
        assert (receipt.opinion_id, receipt.bundle_id) == (opinion_id, bundle_id)
        specialist_key = keys.ed25519_public_raw
        # A signed version is fixed: saving again makes a correction, never an edit.
        correction = opinions.save_draft(store, bundle_id, opinions.get(store, opinion_id).fields)
        assert correction.version == 2 and correction.replaces == opinion_id
        assert opinions.get(store, opinion_id).signed == version["signed"]

    # The clinic's copy, from the service, opened with the clinic's own key.
    with Store.open(tmp_path / "clinic", passphrase=TEST_PASSPHRASE) as store:
        clinic_keys = load_or_create(store)
        with service_session(store) as session:
            path = protocol.opinion_file_path(opinion_id, protocol.OPINION_FILE)
            sealed = session.request("GET", path).content
    got = unseal(sealed, clinic_keys.age_identity, specialist_key)
    assert got.to_json() == document
    assert [(a.question, a.answer) for a in got.answers] == [
        (QUESTIONS[0], "Yes, after chemotherapy."),
        (QUESTIONS[1], "Yes, with one companion."),
    ]
    # An independent Ed25519 implementation agrees on the signature over the canonical JSON.
    signature = base64.b64decode(version["signed"]["signature"])
    VerifyKey(specialist_key).verify(canonical_bytes(document), signature)
    altered = canonical_bytes({**document, "see_in_person": "not_needed"})
    with pytest.raises(BadSignatureError):
        VerifyKey(specialist_key).verify(altered, signature)


def _queue_by_hand(store, data_dir, opinion_json, signature, envelope, key):
    """Put a hand-made opinion in the outbox, as sign() would (sealed to clinic and service)."""
    case = opinion_send.received.get_received(store, envelope.bundle_id)
    clinic = protocol.KeyVouch.parse(case.clinic)
    sealed = seal_json({"opinion": opinion_json, "signature": signature}, clinic, store)
    files = (protocol.CipherFile(protocol.OPINION_FILE, len(sealed), _sha(sealed)),)
    envelope = protocol.OpinionEnvelope(**{**envelope.__dict__, "files": files})
    folder = opinion_send._write_folder(
        data_dir, envelope, protocol.b64(key.sign(envelope.to_bytes())), sealed
    )
    outbox.enqueue(
        store,
        bundle_id=envelope.opinion_id,
        case_id=case.case_id,
        folder=str(folder),
        service_url=current(store).service_url,
        size_cipher=len(sealed),
        files=[outbox.NewFile(protocol.OPINION_FILE, len(sealed), _sha(sealed))],
        urgent=False,
        kind=outbox.KIND_OPINION,
    )
    return envelope


def seal_json(signed_json, clinic, store) -> bytes:
    import pyrage

    recipients = [clinic.age, current(store).service_age]
    return pyrage.encrypt(
        canonical_bytes(signed_json),
        [pyrage.x25519.Recipient.from_str(r) for r in recipients],
    )


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def test_altered_misbound_and_replayed_opinions_refused(three, tmp_path):
    _service, clinic, specialist = three
    bundle_id = _submitted_case(clinic, tmp_path)
    _fetch(specialist, bundle_id)
    template = json.loads(_ok(specialist("opinion", "template", bundle_id)).out)
    draft = _answered(template)
    draft["answers"] = [{"question_id": q, "answer": "Yes."} for q in ("q1", "q2")]
    (tmp_path / "draft.json").write_text(json.dumps(draft), "utf-8")
    _ok(specialist("opinion", "draft", bundle_id, "--from", str(tmp_path / "draft.json")))

    data_dir = tmp_path / "specialist"
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        keys = load_or_create(store)
        good = opinion_send.prepare(store, bundle_id)

        def envelope_for(document: Opinion) -> protocol.OpinionEnvelope:
            return protocol.OpinionEnvelope(
                opinion_id=document.opinion_id,
                bundle_id=bundle_id,
                manifest_sha256=document.manifest_sha256,
                device_id=document.device_id,
                created_at=document.created_at,
                replaces=None,
                files=(),
            )

        def send(document_json, signature, envelope):
            _queue_by_hand(store, data_dir, document_json, signature, envelope, keys.signing_key)
            return SyncEngine(store, data_dir).run_once()

        # 1. Altered after signing: the signature was made over other words.
        altered_doc = Opinion(
            **{**good.__dict__, "opinion_id": "7b0c1f5e-0000-4000-8000-000000000001"}
        )
        signature = protocol.sign_json(keys.signing_key, altered_doc.to_json())
        changed = {**altered_doc.to_json(), "diagnosis": "Nothing serious"}
        result = send(changed, signature, envelope_for(altered_doc))
        assert result.failed == [(altered_doc.opinion_id, protocol.Error.SIGNATURE_BAD)]

        # 2. Signed properly, but the document answers another bundle than its envelope.
        other = Opinion(
            **{
                **good.__dict__,
                "opinion_id": "7b0c1f5e-0000-4000-8000-000000000002",
                "bundle_id": "another-bundle",
            }
        )
        result = send(
            other.to_json(),
            protocol.sign_json(keys.signing_key, other.to_json()),
            envelope_for(other),
        )
        assert result.failed == [(other.opinion_id, protocol.ReviewError.OPINION_MISMATCH)]

        # A genuine one goes through.
        real = Opinion(**{**good.__dict__, "opinion_id": "7b0c1f5e-0000-4000-8000-000000000003"})
        real_sig = protocol.sign_json(keys.signing_key, real.to_json())
        assert send(real.to_json(), real_sig, envelope_for(real)).sent == [real.opinion_id]

        # 3. Replayed: the same signed opinion again under a new id is refused (its document
        # names the id it was signed with), and its own id again with other content too.
        replay_env = envelope_for(
            Opinion(**{**real.__dict__, "opinion_id": "7b0c1f5e-0000-4000-8000-000000000004"})
        )
        result = send(real.to_json(), real_sig, replay_env)
        assert result.failed == [(replay_env.opinion_id, protocol.ReviewError.OPINION_MISMATCH)]
        with service_session(store) as session:
            from sync.transport.api import ServiceApi

            api = ServiceApi(session)
            again = protocol.OpinionEnvelope(
                **{
                    **envelope_for(real).__dict__,
                    "created_at": "2030-01-01T00:00:00Z",
                    "files": (protocol.CipherFile(protocol.OPINION_FILE, 10, "0" * 64),),
                }
            )
            with pytest.raises(ProtocolError) as replayed:
                api.register_opinion(again.to_bytes(), protocol.b64(keys.sign(again.to_bytes())))
            assert replayed.value.code == protocol.Error.REPLAYED_SEQUENCE
            # Nothing stored for any refused one: the service has no file to give.
            for refused_id in (altered_doc.opinion_id, other.opinion_id, replay_env.opinion_id):
                with pytest.raises(ProtocolError) as gone:
                    session.request(
                        "GET", protocol.opinion_file_path(refused_id, protocol.OPINION_FILE)
                    )
                assert gone.value.code == protocol.Error.BUNDLE_UNKNOWN

    # The clinic's feed holds exactly one opinion: the genuine one.
    from sync.transport.api import ServiceApi

    clinic_store = Store.open(tmp_path / "clinic", passphrase=TEST_PASSPHRASE)
    with clinic_store, service_session(clinic_store) as session:
        items = ServiceApi(session).feed(0)["items"]
    ready = [i["item"]["opinion_id"] for i in items if i["item"]["kind"] == "opinion_ready"]
    assert ready == [real.opinion_id]
