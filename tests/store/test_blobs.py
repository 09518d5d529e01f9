"""The age-encrypted, content-addressed blob store."""

from __future__ import annotations

import hashlib
import os
import threading
import time

import pytest

from foundation.cancel import Cancelled
from local_store import attachments, cases
from local_store.errors import BlobCorrupt
from local_store.models import AttachmentKind, Patient


def test_round_trip_is_byte_identical_and_named_by_plaintext_hash(store, tmp_path):
    payload = os.urandom(3 * 1024 * 1024 + 17)  # several age chunks and a ragged tail
    source = tmp_path / "scan.bin"
    source.write_bytes(payload)
    ref = store.blobs.put_file(source)
    assert ref.sha256 == hashlib.sha256(payload).hexdigest()
    assert ref.size == len(payload)
    stored = store.blobs.path_for(ref.sha256).read_bytes()
    assert stored.startswith(b"age-encryption.org/v1")
    assert payload[:4096] not in stored
    assert store.blobs.read_bytes(ref.sha256) == payload
    with store.blobs.decrypted_file(ref.sha256) as plain:
        assert oct(plain.stat().st_mode & 0o777) == "0o600"
        assert plain.read_bytes() == payload
    assert not plain.exists()


def test_same_content_is_stored_once(store):
    first = store.blobs.put_bytes(b"lab report")
    second = store.blobs.put_bytes(b"lab report")
    assert first == second
    assert len(list(store.blobs.stored())) == 1


def test_a_flipped_byte_is_reported_not_returned(store):
    ref = store.blobs.put_bytes(b"x" * 200_000)
    path = store.blobs.path_for(ref.sha256)
    data = bytearray(path.read_bytes())
    data[-1000] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(BlobCorrupt):
        store.blobs.read_bytes(ref.sha256)


def test_cancel_leaves_no_blob_and_no_part_file(store, tmp_path):
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(8 * 1024 * 1024))
    cancel = threading.Event()

    def progress(done):
        if done > 1024 * 1024:
            cancel.set()

    with pytest.raises(Cancelled):
        store.blobs.put_file(source, cancel=cancel, progress=progress)
    assert list(store.blobs.stored()) == []
    assert list((store.blobs.root / "tmp").iterdir()) == []


def test_attachment_rows_point_at_stored_blobs_and_sweep_keeps_them(store, tmp_path):
    case_id = cases.create_case(store, Patient(name="Gita"))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% lab report\n")
    added = attachments.add_file(store, case_id, pdf)
    assert added.attachment.kind is AttachmentKind.DOCUMENT
    assert added.attachment.media_type == "application/pdf"
    assert attachments.add_file(store, case_id, pdf).duplicate
    orphan = store.blobs.put_bytes(b"left behind by a crash")
    leftover = store.blobs.root / "tmp" / "dead.part"
    leftover.write_bytes(b"half")
    old = time.time() - 7200
    for path in (store.blobs.path_for(orphan.sha256), leftover):
        os.utime(path, (old, old))
    report = attachments.sweep_orphans(store)
    assert (report.partial_files, report.orphan_blobs) == (1, 1)
    assert store.blobs.read_bytes(added.attachment.sha256) == pdf.read_bytes()
    assert not store.blobs.exists(orphan.sha256)


def test_sweep_spares_fresh_files_another_process_may_be_about_to_reference(store):
    ref = store.blobs.put_bytes(b"just written")
    assert attachments.sweep_orphans(store).orphan_blobs == 0
    assert store.blobs.exists(ref.sha256)


def test_sweep_removes_plaintext_copies_left_by_a_crash_at_once(store):
    ref = store.blobs.put_bytes(b"discharge summary")
    leftover = store.blobs.root / "tmp" / "crashed-viewer.plain"
    leftover.write_bytes(b"discharge summary")
    report = store.blobs.sweep({ref.sha256})
    assert report.partial_files == 1
    assert not leftover.exists()
    assert store.blobs.exists(ref.sha256)
