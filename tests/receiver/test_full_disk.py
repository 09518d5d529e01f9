"""A full disk while a modality sends: the scanner is told (Out of Resources), nothing is
half-stored, and after space is freed the same images arrive normally."""

from __future__ import annotations

import pytest

from local_store import incoming
from local_store.receiver_settings import ReceiverSettings
from local_store.store import Store
from sync.dicom_receiver import Receiver
from tests.conftest import TEST_PASSPHRASE
from tests.receiver.conftest import AE_TITLE, run, sample
from tests.store.test_disk import _fill, _tmpfs
from tests.support.processes import free_port

pytestmark = [pytest.mark.faults, pytest.mark.interop]


def test_full_disk_refuses_with_out_of_resources_and_recovers(tmp_path):
    with _tmpfs(tmp_path / "disk", "6m") as disk:
        store = Store.open(disk / "data", passphrase=TEST_PASSPHRASE)
        failed, received = [], []
        port = free_port()
        receiver = Receiver(
            store,
            ReceiverSettings(True, AE_TITLE, port),
            on_received=received.append,
            on_failed=failed.append,
            host="127.0.0.1",
        )
        receiver.start()
        try:
            filler = _fill(disk)
            ct = sample("CT_small.dcm", tmp_path)
            sent = run(
                "storescu", "-v", "-aet", "CT_ROOM1", "-aec", AE_TITLE,
                "127.0.0.1", str(port), str(ct),
            )  # fmt: skip
            assert "Refused: OutOfResources" in sent.stdout + sent.stderr
            assert [f.code for f in failed] == ["storage_full"]
            assert received == []
            assert list((store.data_dir / "blobs" / "tmp").iterdir()) == []

            filler.unlink(missing_ok=True)
            again = run(
                "storescu", "-aet", "CT_ROOM1", "-aec", AE_TITLE, "127.0.0.1", str(port), str(ct)
            )
            assert again.returncode == 0, again.stderr
            assert len(received) == 1
            assert len(incoming.list_incoming(store)) == 1
        finally:
            receiver.stop()
            store.close()
