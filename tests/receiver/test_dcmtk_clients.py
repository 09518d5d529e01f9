"""The receiver against dcmtk's echoscu, storescu and dcmsend on 127.0.0.1 (the tray target)."""

from __future__ import annotations

import logging
import socket

import pytest

from local_store import incoming
from local_store.connection import read
from sync.dicom_receiver import PortInUse, Receiver
from tests.receiver.conftest import (
    AE_TITLE,
    CT_NAME,
    MR_NAME,
    compressed,
    free_port,
    run,
    same_elements,
    sample,
)

pytestmark = pytest.mark.interop


def test_echo_succeeds(start_receiver):
    running = start_receiver()
    result = run("echoscu", "-aet", "CT_ROOM1", "-aec", AE_TITLE, "127.0.0.1", str(running.port))
    assert result.returncode == 0, result.stderr


def test_ct_mr_and_compressed_arrive_intact_in_the_tray(start_receiver, store, tmp_path):
    running = start_receiver()
    ct = sample("CT_small.dcm", tmp_path)
    mr = sample("MR_small.dcm", tmp_path)
    ct_jpeg = compressed("dcmcjpeg", ct, tmp_path / "ct_jpeg_lossless.dcm")
    mr_jls = compressed("dcmcjpls", mr, tmp_path / "mr_jpeg_ls.dcm")

    running.storescu(ct)
    running.storescu(mr, options=["-xi"])  # implicit VR only: the dataset is re-encoded
    running.storescu(ct_jpeg, options=["-xs"])  # JPEG lossless, as compressed on disk
    running.storescu(mr_jls, options=["-xt"])  # JPEG-LS lossless

    assert running.failed == []
    assert len(running.received) == 4
    items = incoming.list_incoming(store)
    assert len(items) == 4
    assert {i.reason for i in items} == {incoming.REASON_TRAY}
    # Each sent file's dataset is in the store element for element (the blob is decrypted).
    blobs = [store.blobs.read_bytes(i.sha256) for i in items]
    for sent in (ct, ct_jpeg, mr_jls):
        matches = [b for b in blobs if _try_same(sent, b)]
        assert len(matches) == 1, sent.name
    # The MR sent as implicit VR keeps every element value, in its new transfer syntax.
    mr_blob = next(b for b in blobs if _transfer_syntax(b) == "1.2.840.10008.1.2")
    _same_values(mr, mr_blob)
    groups = incoming.group(items)
    assert [p.name for p in groups] == [CT_NAME, MR_NAME]
    assert all(len(p.studies) == 1 for p in groups)
    assert groups[0].studies[0].modalities == ("CT",)
    assert groups[0].studies[0].calling_aes == ("CT_ROOM1",)


def _try_same(sent, blob) -> bool:
    try:
        same_elements(sent, blob)
    except AssertionError:
        return False
    return True


def _transfer_syntax(blob: bytes) -> str:
    from io import BytesIO

    import pydicom

    return pydicom.dcmread(BytesIO(blob), stop_before_pixels=True).file_meta.TransferSyntaxUID


def _same_values(sent, blob) -> None:
    from io import BytesIO

    import pydicom

    original, stored = pydicom.dcmread(sent), pydicom.dcmread(BytesIO(blob))
    for element in original:
        if element.tag == 0xFFFCFFFC:
            continue  # trailing padding: meaningless, dropped in transit
        assert stored[element.tag].value == element.value, str(element.tag)


def test_dcmsend_a_folder(start_receiver, store, tmp_path):
    running = start_receiver()
    folder = tmp_path / "cd"
    folder.mkdir()
    sample("CT_small.dcm", folder)
    sample("MR_small.dcm", folder)
    nm_j2k = sample("JPEG2000.dcm", folder)  # JPEG 2000, sent without decompressing
    result = run(
        "dcmsend", "-aet", "MR_ROOM", "-aec", AE_TITLE, "+sd",
        "127.0.0.1", str(running.port), str(folder),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    items = incoming.list_incoming(store)
    assert len(items) == 3
    assert {i.calling_ae for i in items} == {"MR_ROOM"}
    assert sorted(i.modality for i in items) == ["CT", "MR", "NM"]
    nm = next(i for i in items if i.modality == "NM")
    same_elements(nm_j2k, store.blobs.read_bytes(nm.sha256))


def test_unknown_calling_ae_is_accepted_and_recorded(start_receiver, store, tmp_path):
    running = start_receiver(known_callers=("CT_ROOM1",))
    running.storescu(sample("CT_small.dcm", tmp_path), calling="CT_ROOM1")
    running.storescu(sample("MR_small.dcm", tmp_path), calling="STRANGER")
    items = {i.calling_ae: i for i in incoming.list_incoming(store)}
    assert items["CT_ROOM1"].caller_known is True
    assert items["STRANGER"].caller_known is False
    assert [r.caller_known for r in running.received] == [True, False]
    details = [row["detail"] for row in _audit(store, "incoming.received")]
    assert any('"calling_ae":"STRANGER"' in d and '"caller_known":false' in d for d in details)


def _audit(store, action):
    from local_store import audit

    return [row for row in audit.recent(read(store)) if row["action"] == action]


def test_same_image_twice_is_kept_once(start_receiver, store, tmp_path):
    running = start_receiver()
    ct = sample("CT_small.dcm", tmp_path)
    running.storescu(ct)
    running.storescu(ct)
    assert len(incoming.list_incoming(store)) == 1
    assert [r.duplicate for r in running.received] == [False, True]


def test_port_in_use_gives_the_clear_code(store):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        receiver = Receiver(store, _settings(port), host="127.0.0.1")
        with pytest.raises(PortInUse) as caught:
            receiver.start()
        assert caught.value.code == "port_in_use"
        assert not receiver.listening


def test_after_stop_the_port_is_free(start_receiver, tmp_path):
    running = start_receiver()
    running.storescu(sample("CT_small.dcm", tmp_path))
    running.receiver.stop()
    assert not running.receiver.listening
    result = run("echoscu", "-to", "5", "-aec", AE_TITLE, "127.0.0.1", str(running.port))
    assert result.returncode != 0  # nobody answers any more
    with socket.socket() as again:
        # SO_REUSEADDR only lets the old connection's TIME_WAIT pass: a listener would still
        # make this bind fail on Linux.
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", running.port))
        again.listen()


def test_stop_then_start_again_on_the_same_port(start_receiver, store, tmp_path):
    running = start_receiver()
    running.storescu(sample("CT_small.dcm", tmp_path))
    running.receiver.stop()
    running.receiver.start()
    running.storescu(sample("MR_small.dcm", tmp_path))
    assert len(incoming.list_incoming(store)) == 2


def test_no_patient_data_in_logs_or_plaintext_files(start_receiver, store, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    running = start_receiver()
    running.storescu(sample("CT_small.dcm", tmp_path))
    assert len(running.received) == 1
    for secret in (CT_NAME, "CompressedSamples", "1CT1"):
        assert secret not in caplog.text
    for path in store.data_dir.rglob("*"):
        if path.is_file():
            assert b"CompressedSamples" not in path.read_bytes(), path.name
    assert list((store.data_dir / "blobs" / "tmp").iterdir()) == []


def _settings(port: int):
    from local_store.receiver_settings import ReceiverSettings

    return ReceiverSettings(enabled=True, ae_title=AE_TITLE, port=port or free_port())


def test_two_modalities_sending_at_the_same_time(start_receiver, store, tmp_path):
    import subprocess

    from tests.receiver.conftest import instances

    running = start_receiver()
    ct = instances(tmp_path, "CT_small.dcm", 8, "ct")
    mr = instances(tmp_path, "MR_small.dcm", 8, "mr")
    senders = [
        subprocess.Popen(
            [
                "storescu",
                "-aet",
                calling,
                "-aec",
                AE_TITLE,
                "127.0.0.1",
                str(running.port),
                *map(str, files),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for calling, files in (("CT_ROOM1", ct), ("MR_ROOM", mr))
    ]
    for sender in senders:
        _, err = sender.communicate(timeout=120)
        assert sender.returncode == 0, err
    assert running.failed == []
    items = incoming.list_incoming(store)
    assert len(items) == 16
    by_sender = {}
    for item in items:
        by_sender.setdefault(item.calling_ae, set()).add(item.modality)
    assert by_sender == {"CT_ROOM1": {"CT"}, "MR_ROOM": {"MR"}}
    from local_store import audit

    assert audit.verify(read(store)).ok
