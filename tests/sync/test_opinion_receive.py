"""The clinic receives the specialist's opinion, against the reference service on 127.0.0.1:
downloaded, decrypted with the clinic's key, its signature checked against the key the service
vouched for, bound to the bundle and manifest the clinic sent, kept in the encrypted store and
the case "opinion received"; a correction kept after the version it corrects. Then each
refusal, kept out with its named reason and nothing of it stored: a signer the service did not
vouch for, an opinion on another case or another version of it, a changed byte, a replay."""

from __future__ import annotations

import hashlib
import json
import uuid

import pytest

from casework import case_state
from casework.opinion_form import OpinionForm
from local_store import audit, cases, received_opinions
from local_store.connection import read
from local_store.models import CaseStatus
from sync import opinion_inbox, opinion_receive, opinion_send, protocol
from sync.canonical import canonical_bytes
from sync.device_keys import fingerprint, load_or_create
from sync.engine import SyncEngine
from sync.enrollment import current
from sync.opinion import Opinion, seal
from sync.submit import submit_case
from tests.sync.helpers import make_case

pytestmark = pytest.mark.timeout(180)


# ---- the two sides


def sent_and_fetched(clinic, specialist, service, tmp_path) -> tuple[str, str]:
    """A case the clinic sent and the specialist fetched: (clinic case id, bundle id)."""
    case_id = make_case(clinic, tmp_path / "files", sizes=(20_000,))
    bundle_id = submit_case(clinic, tmp_path / "clinic", case_id).bundle_id
    assert SyncEngine(clinic, tmp_path / "clinic").run_once().sent == [bundle_id]
    service.wait_idle()
    fetched = SyncEngine(specialist, tmp_path / "specialist").run_once().fetched
    assert [b for b, _ in fetched] == [bundle_id]
    return case_id, bundle_id


def write_and_sign(specialist, tmp_path, bundle_id: str, plan: str) -> str:
    """The specialist answers every question, signs and sends; returns the opinion's id."""
    form = OpinionForm.open(specialist, bundle_id)
    form.set("verdict", "refined")
    form.set("see_in_person", "within_days")
    form.set("plan", plan)
    for qid, _text in enumerate(form.questions, start=1):
        form.answer(f"q{qid}", "Yes, after medicines first.")
    signed = opinion_send.sign(specialist, tmp_path / "specialist", bundle_id)
    assert SyncEngine(specialist, tmp_path / "specialist").run_once().sent == [signed.opinion_id]
    return signed.opinion_id


def signed_bytes(specialist, opinion_id: str) -> bytes:
    """The signed document exactly as the specialist's device sealed it."""
    from local_store import opinions

    return canonical_bytes(opinions.get(specialist, opinion_id).signed)


def clinic_run(clinic, tmp_path):
    return SyncEngine(clinic, tmp_path / "clinic").run_once()


def nothing_kept(clinic, tmp_path, case_id: str) -> None:
    assert opinion_inbox.opinions_for_case(clinic, case_id) == []
    assert cases.get_case(clinic, case_id).status is not CaseStatus.OPINION_RECEIVED
    assert not any((tmp_path / "clinic" / opinion_receive.OPINIONS_DIR).glob("*/*"))


# ---- received


def test_the_opinion_is_received_verified_and_kept(clinic, specialist, service, tmp_path):
    case_id, bundle_id = sent_and_fetched(clinic, specialist, service, tmp_path)
    opinion_id = write_and_sign(specialist, tmp_path, bundle_id, "Medicines, then surgery.")
    seen = []

    result = SyncEngine(clinic, tmp_path / "clinic").run_once(progress=seen.append)

    assert result.opinions == [(opinion_id, case_id)] and result.opinion_refused == []
    [got] = opinion_inbox.opinions_for_case(clinic, case_id)
    assert got.opinion.opinion_id == opinion_id and got.opinion.bundle_id == bundle_id
    assert got.opinion.plan == "Medicines, then surgery."
    assert [(a.question, a.answer) for a in got.opinion.answers] == [
        ("Is surgery still an option?", "Yes, after medicines first.")
    ]
    specialist_keys = load_or_create(specialist)
    assert got.signer.device_id == specialist_keys.device_id
    assert got.signer.ed25519_raw == specialist_keys.ed25519_public_raw
    assert got.fingerprint == fingerprint(specialist_keys.ed25519_public_raw)
    # Kept byte for byte as the specialist's device signed it.
    assert received_opinions.get(clinic, opinion_id).signed == signed_bytes(specialist, opinion_id)
    # The case moved on, and every screen says so.
    assert cases.get_case(clinic, case_id).status is CaseStatus.OPINION_RECEIVED
    assert case_state.state_of(clinic, case_id).code == case_state.OPINION_RECEIVED
    [row] = [r for r in case_state.case_rows(clinic) if r.id == case_id]
    assert row.shown == "opinion_received"
    assert seen[-1].new_opinions == 1
    assert audit.recent(read(clinic), case_id)[0]["action"] == "opinion.received"
    # No part file, no plaintext left in the data folder.
    assert not (tmp_path / "clinic" / opinion_receive.OPINIONS_DIR / opinion_id).exists()
    # Seen once: the status bar stops announcing it.
    opinion_inbox.mark_seen(clinic, case_id)
    assert opinion_inbox.unseen_count(clinic) == 0

    # A second run finds nothing new: received exactly once.
    again = clinic_run(clinic, tmp_path)
    assert again.opinions == [] and again.opinion_refused == []
    assert len(opinion_inbox.opinions_for_case(clinic, case_id)) == 1


def test_a_correction_is_kept_after_the_version_it_corrects(clinic, specialist, service, tmp_path):
    case_id, bundle_id = sent_and_fetched(clinic, specialist, service, tmp_path)
    first = write_and_sign(specialist, tmp_path, bundle_id, "Medicines first.")
    assert clinic_run(clinic, tmp_path).opinions == [(first, case_id)]
    second = write_and_sign(specialist, tmp_path, bundle_id, "Surgery first, after all.")

    assert clinic_run(clinic, tmp_path).opinions == [(second, case_id)]

    versions = opinion_inbox.opinions_for_case(clinic, case_id)
    assert [(v.opinion.opinion_id, v.opinion.replaces) for v in versions] == [
        (first, None),
        (second, first),
    ]
    assert [v.opinion.plan for v in versions] == ["Medicines first.", "Surgery first, after all."]


# ---- refusals


def announce(
    service,
    clinic,
    *,
    bundle_id,
    sealed: bytes,
    vouch,
    document: Opinion | None = None,
    opinion_id=None,
    manifest_sha256=None,
    replaces=None,
) -> str:
    """The service puts an opinion.age and tells the clinic it is ready, signing the item with
    its own key, as a mistaken or subverted service would: what the clinic checks for itself.
    Returns the opinion's id."""
    from opinion_service.review import opinion_key
    from opinion_service.timeutil import iso, now

    running = service.running
    opinion_id = opinion_id or (document.opinion_id if document else str(uuid.uuid4()))
    manifest_sha256 = manifest_sha256 or (document.manifest_sha256 if document else "0" * 64)
    source = service.data_dir / f"{opinion_id}.age"
    source.write_bytes(sealed)
    running.blobs.put_object(opinion_key(opinion_id, protocol.OPINION_FILE), source)
    files = (
        protocol.CipherFile(protocol.OPINION_FILE, len(sealed), hashlib.sha256(sealed).hexdigest()),
    )
    device_id = current(clinic).device_id
    with running.db.transaction() as conn:
        if (
            conn.execute("SELECT 1 FROM opinions WHERE opinion_id = ?", (opinion_id,)).fetchone()
            is None
        ):
            conn.execute(
                "INSERT INTO opinions(opinion_id, bundle_id, device_id, envelope, signature, "
                "size_cipher, state, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (opinion_id, bundle_id, vouch.device_id, "{}", "", len(sealed), "committed", now()),
            )
        running.core.emit_item(
            conn,
            device_id,
            bundle_id,
            protocol.FeedKind.OPINION_READY,
            lambda cursor: protocol.OpinionReady(
                cursor=cursor,
                bundle_id=bundle_id,
                opinion_id=opinion_id,
                replaces=replaces,
                manifest_sha256=manifest_sha256,
                at=iso(now()),
                files=files,
                specialist=vouch,
            ),
        )
    return opinion_id


def specialist_vouch(service, specialist) -> protocol.KeyVouch:
    from opinion_service.core import vouch

    row = service.running.db.one(
        "SELECT * FROM devices WHERE device_id = ?", (current(specialist).device_id,)
    )
    return vouch(row)


def prepared(specialist, bundle_id: str) -> Opinion:
    form = OpinionForm.open(specialist, bundle_id)
    form.set("verdict", "confirmed")
    form.set("see_in_person", "routine")
    form.answer("q1", "Yes.")
    return opinion_send.prepare(specialist, bundle_id)


def sealed_for(clinic, service, document: Opinion, signing_key) -> bytes:
    signed = protocol.Signed(document, protocol.sign_json(signing_key, document.to_json()))
    return seal(signed, [load_or_create(clinic).age_recipient, service.keys()["age"]])


def test_an_opinion_signed_by_a_key_the_service_did_not_vouch_for_is_kept_out(
    clinic, specialist, service, tmp_path
):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    case_id, bundle_id = sent_and_fetched(clinic, specialist, service, tmp_path)
    document = prepared(specialist, bundle_id)
    # Signed by another key than the specialist's the item vouches for.
    sealed = sealed_for(clinic, service, document, Ed25519PrivateKey.generate())
    opinion_id = announce(
        service,
        clinic,
        bundle_id=bundle_id,
        sealed=sealed,
        vouch=specialist_vouch(service, specialist),
        document=document,
    )

    result = clinic_run(clinic, tmp_path)

    assert result.opinion_refused == [(opinion_id, opinion_receive.SIGNER_UNKNOWN)]
    assert result.opinions == []
    nothing_kept(clinic, tmp_path, case_id)
    [refusal] = opinion_inbox.refusals(clinic)
    assert (refusal.opinion_id, refusal.case_id, refusal.code) == (
        opinion_id,
        case_id,
        opinion_receive.SIGNER_UNKNOWN,
    )


def test_an_opinion_on_another_case_or_another_version_is_kept_out(
    clinic, specialist, service, tmp_path
):
    case_id, bundle_id = sent_and_fetched(clinic, specialist, service, tmp_path)
    keys = load_or_create(specialist)
    vouched = specialist_vouch(service, specialist)
    good = prepared(specialist, bundle_id)

    # 1. The document and the item name a manifest this clinic never sent for its bundle.
    other_manifest = Opinion(
        **{**good.__dict__, "opinion_id": str(uuid.uuid4()), "manifest_sha256": "ab" * 32}
    )
    first = announce(
        service,
        clinic,
        bundle_id=bundle_id,
        vouch=vouched,
        document=other_manifest,
        sealed=sealed_for(clinic, service, other_manifest, keys.signing_key),
    )
    # 2. Signed by the vouched specialist, but answering another bundle than the item names.
    other_bundle = Opinion(
        **{**good.__dict__, "opinion_id": str(uuid.uuid4()), "bundle_id": str(uuid.uuid4())}
    )
    second = announce(
        service,
        clinic,
        bundle_id=bundle_id,
        vouch=vouched,
        document=other_bundle,
        sealed=sealed_for(clinic, service, other_bundle, keys.signing_key),
    )

    result = clinic_run(clinic, tmp_path)

    assert result.opinion_refused == [
        (first, opinion_receive.OTHER_CASE),
        (second, opinion_receive.OTHER_CASE),
    ]
    nothing_kept(clinic, tmp_path, case_id)


def test_a_changed_byte_is_kept_out(clinic, specialist, service, tmp_path):
    from opinion_service.review import opinion_key

    case_id, bundle_id = sent_and_fetched(clinic, specialist, service, tmp_path)
    opinion_id = write_and_sign(specialist, tmp_path, bundle_id, "Medicines first.")
    key = opinion_key(opinion_id, protocol.OPINION_FILE)
    data = bytearray(b"".join(service.running.blobs.read_object(key)))
    data[len(data) // 2] ^= 0x01
    changed = tmp_path / "changed.age"
    changed.write_bytes(bytes(data))
    service.running.blobs.put_object(key, changed)

    result = clinic_run(clinic, tmp_path)

    assert result.opinion_refused == [(opinion_id, opinion_receive.CHANGED)]
    nothing_kept(clinic, tmp_path, case_id)
    # No screen says the opinion is ready or here: the case list, the header and the CLI
    # say it was kept out, and why.
    state = case_state.state_of(clinic, case_id)
    assert (state.code, state.kept_out) == (case_state.OPINION_KEPT_OUT, opinion_receive.CHANGED)
    [row] = [r for r in case_state.case_rows(clinic) if r.id == case_id]
    assert row.shown == "opinion_kept_out"

    # The specialist sends it again, corrected: the case has its opinion, as any other.
    again = write_and_sign(specialist, tmp_path, bundle_id, "Medicines first, sent again.")
    assert clinic_run(clinic, tmp_path).opinions == [(again, case_id)]
    state = case_state.state_of(clinic, case_id)
    assert (state.code, state.kept_out) == (case_state.OPINION_RECEIVED, None)
    [row] = [r for r in case_state.case_rows(clinic) if r.id == case_id]
    assert row.shown == "opinion_received"


def test_a_replayed_opinion_is_stored_once(clinic, specialist, service, tmp_path):
    from opinion_service.review import opinion_key

    case_id, bundle_id = sent_and_fetched(clinic, specialist, service, tmp_path)
    opinion_id = write_and_sign(specialist, tmp_path, bundle_id, "Medicines first.")
    assert clinic_run(clinic, tmp_path).opinions == [(opinion_id, case_id)]
    keys = load_or_create(specialist)
    vouched = specialist_vouch(service, specialist)
    document = Opinion.parse(json.loads(signed_bytes(specialist, opinion_id))["opinion"])

    # The same item again, at a later place in the feed.
    stored = b"".join(
        service.running.blobs.read_object(opinion_key(opinion_id, protocol.OPINION_FILE))
    )
    announce(service, clinic, bundle_id=bundle_id, vouch=vouched, document=document, sealed=stored)
    # The same signed words offered under a new opinion id.
    new_id = str(uuid.uuid4())
    announce(
        service,
        clinic,
        bundle_id=bundle_id,
        vouch=vouched,
        document=document,
        opinion_id=new_id,
        sealed=sealed_for(clinic, service, document, keys.signing_key),
    )

    result = clinic_run(clinic, tmp_path)

    assert result.opinions == []
    # The first was refused as it was read from the feed: nothing downloaded for it.
    assert result.opinion_refused == [(new_id, opinion_receive.REPLAYED)]
    assert [r.code for r in opinion_inbox.refusals(clinic)] == [
        opinion_receive.REPLAYED,
        opinion_receive.REPLAYED,
    ]
    [kept] = opinion_inbox.opinions_for_case(clinic, case_id)
    assert kept.opinion.opinion_id == opinion_id
    assert not any((tmp_path / "clinic" / opinion_receive.OPINIONS_DIR).glob("*/*"))
    # A replay kept out takes nothing from the opinion here.
    assert case_state.state_of(clinic, case_id).code == case_state.OPINION_RECEIVED


def test_an_opinion_on_a_bundle_this_clinic_never_sent_is_not_downloaded(
    clinic, specialist, service, tmp_path
):
    case_id, _bundle_id = sent_and_fetched(clinic, specialist, service, tmp_path)
    vouched = specialist_vouch(service, specialist)
    stranger = str(uuid.uuid4())
    opinion_id = announce(
        service, clinic, bundle_id=stranger, vouch=vouched, sealed=b"not an opinion"
    )

    result = clinic_run(clinic, tmp_path)

    # Refused for the bundle it names, not for its bytes (which are no opinion at all).
    assert result.opinion_refused == [(opinion_id, opinion_receive.OTHER_CASE)]
    nothing_kept(clinic, tmp_path, case_id)


def test_every_refusal_is_said_in_plain_words():
    from wording.sync import SYNC_ERROR

    for code in opinion_receive.REFUSAL_CODES:
        assert code in SYNC_ERROR, code
        assert "kept out" in SYNC_ERROR[code] or "not kept" in SYNC_ERROR[code], code


# ---- a bad link


def test_the_download_goes_on_through_cuts_a_long_stall_and_a_slow_link(
    clinic, specialist, service, tmp_path
):
    from opinion_service.review import opinion_key
    from tests.support.fault_proxy import DOWN, FaultPlan, FaultProxy
    from tests.sync.test_review_fetch import through

    case_id, bundle_id = sent_and_fetched(clinic, specialist, service, tmp_path)
    # A long plan makes an opinion of some tens of kilobytes.
    opinion_id = write_and_sign(
        specialist, tmp_path, bundle_id, "\n".join(f"Step {n}: " + "x" * 200 for n in range(150))
    )
    key = opinion_key(opinion_id, protocol.OPINION_FILE)
    size = len(b"".join(service.running.blobs.read_object(key)))
    assert size > 25_000
    plan = FaultPlan(
        rate_down=12_000,  # a slow link
        cut_every=9_000,
        cut_jitter=0.3,
        max_cuts=3,
        stall_at=(14_000,),
        stall_seconds=2.5,  # longer than the read timeout below
        events_on=DOWN,
        deadline_seconds=150,
        seed=4,
    )
    with FaultProxy(int(service.url.rsplit(":", 1)[1]), plan) as proxy:
        through(clinic, proxy.url)
        engine = SyncEngine(clinic, tmp_path / "clinic", timeouts=(3.0, 1.5))
        result = engine.run_once()
        stats = proxy.stats()

    assert result.opinions == [(opinion_id, case_id)] and result.opinion_refused == []
    assert stats.cuts >= 2 and stats.stalls == 1
    # Each cut or stall costs at most what was in flight, never the file from its start (three
    # restarts from zero would bring down some 20 KB more than this allows; the feed and the
    # probes are the rest).
    assert stats.bytes_down < size + 12_000
    assert engine.gauge.fast_resumes >= 1
    [kept] = opinion_inbox.opinions_for_case(clinic, case_id)
    assert received_opinions.get(clinic, opinion_id).signed == signed_bytes(specialist, opinion_id)
    assert kept.opinion.plan.startswith("Step 0: ")
