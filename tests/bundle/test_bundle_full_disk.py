"""A bundle that does not fit on the disk fails with ENOSPC and leaves nothing half-built.

The hashing and writing run on a background thread (sync.bundle.writer), so this also proves
that a write error raised there reaches the builder instead of being lost.
"""

from __future__ import annotations

import errno
import os

import pytest

from sync.bundle.writer import BundleWriter
from tests.store.test_disk import _tmpfs

pytestmark = pytest.mark.faults


def test_full_disk_while_encrypting_raises_no_space_and_leaves_nothing(tmp_path, device, service):
    big = tmp_path / "big.dcm"
    big.write_bytes(os.urandom(12 * 1024 * 1024))
    with _tmpfs(tmp_path / "disk", "4m") as disk:
        target = disk / "bundle"
        with (
            pytest.raises(OSError) as raised,
            BundleWriter(target, device, [service.recipient], seq=1) as writer,
        ):
            writer.add_file(big, name="big.dcm", kind="dicom", media_type="application/dicom")
        assert raised.value.errno == errno.ENOSPC
        assert list(disk.iterdir()) == []  # no bundle, no hidden .partial folder
