"""A bundle carried on a USB stick as one tar: round trip, and hostile or damaged tars refused."""

from __future__ import annotations

import tarfile

import pytest

from sync.bundle.transport import TarRejected, export_tar, import_tar
from sync.bundle.verify import verify_bundle
from testdata import hostile
from tests.bundle.conftest import build


@pytest.fixture
def bundle(tmp_path, device, service, plain_files):
    return build(tmp_path / "bundle", device, [service.recipient], plain_files)


def test_tar_round_trip_verifies_in_full(tmp_path, bundle, service):
    tar_path = export_tar(bundle.path, tmp_path / "case.tar")
    with tarfile.open(tar_path) as tar:
        assert sorted(tar.getnames()) == sorted(p.name for p in bundle.path.iterdir())
    unpacked = import_tar(tar_path, tmp_path / "from-usb")
    report = verify_bundle(unpacked, service.identity)
    assert report.ok, report.problems
    assert report.bundle_id == bundle.bundle_id


@pytest.mark.parametrize(
    "members",
    [
        {"envelope.json": b"{}", "../escape.txt": b"x"},
        {"envelope.json": b"{}", "/etc/cron.d/x": b"x"},
        {"envelope.json": b"{}", "notes.txt": b"x"},
        {"f001.age": b"x"},  # no envelope
    ],
)
def test_hostile_tars_are_refused_and_leave_nothing(tmp_path, members):
    target = tmp_path / "from-usb"
    with pytest.raises(TarRejected) as caught:
        import_tar(hostile.bundle_tar(tmp_path / "evil.tar", members), target)
    assert caught.value.code == "tar_not_a_bundle"
    assert not target.exists()
    assert not (tmp_path.parent / "escape.txt").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["evil.tar"]


def test_a_symlink_member_is_refused(tmp_path):
    with pytest.raises(TarRejected):
        import_tar(
            hostile.bundle_tar(tmp_path / "evil.tar", {"envelope.json": b"{}"}, link="/etc/passwd"),
            tmp_path / "t",
        )


def test_a_truncated_tar_is_named_damaged(tmp_path, bundle):
    tar_path = export_tar(bundle.path, tmp_path / "case.tar")
    data = tar_path.read_bytes()
    tar_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(TarRejected) as caught:
        import_tar(tar_path, tmp_path / "from-usb")
    assert caught.value.code == "tar_damaged"
    assert not (tmp_path / "from-usb").exists()
