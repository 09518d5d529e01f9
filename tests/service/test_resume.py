"""Interrupted PATCH requests: the bytes that arrived stay, and the rest completes the file."""

from __future__ import annotations

import contextlib
import socket
import time
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.timeout(120)


def created_upload(clinic, bundle, name: str) -> tuple[bytes, str]:
    """Register the bundle and create the upload of one of its files: (its bytes, its URL)."""
    clinic.register(bundle.path)
    data = (bundle.path / name).read_bytes()
    return data, clinic.location(clinic.create(bundle.bundle_id, name, len(data)))


def raw_patch(url: str, token: str, offset: int, total_length: int, part: bytes):
    """Send PATCH headers announcing ``total_length`` body bytes but only ``part`` of them."""
    parts = urlsplit(url)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=10)
    head = (
        f"PATCH {parts.path} HTTP/1.1\r\n"
        f"Host: {parts.hostname}:{parts.port}\r\n"
        f"Authorization: Bearer {token}\r\n"
        "Tus-Resumable: 1.0.0\r\n"
        f"Upload-Offset: {offset}\r\n"
        "Content-Type: application/offset+octet-stream\r\n"
        f"Content-Length: {total_length}\r\n\r\n"
    ).encode("ascii")
    sock.sendall(head + part)
    return sock


def upload_id_of(url: str) -> str:
    return url.rsplit("/", 1)[1]


def durable_offset(service, url: str) -> int:
    return service.durable_offset(upload_id_of(url))


def wait_for_file_size(service, url: str, wanted: int, timeout: float = 20.0) -> int:
    """Bytes the service has written for the upload so far (recorded or not)."""
    deadline = time.monotonic() + timeout
    while (size := service.written(upload_id_of(url))) < wanted and time.monotonic() < deadline:
        time.sleep(0.02)
    return size


def wait_for_offset(service, url: str, wanted: int, timeout: float = 20.0) -> int:
    deadline = time.monotonic() + timeout
    while (offset := durable_offset(service, url)) < wanted:
        if time.monotonic() > deadline:
            break
        time.sleep(0.02)
    return offset


def test_a_patch_cut_mid_body_keeps_its_bytes_and_the_rest_completes(service, clinic, bundle):
    data, url = created_upload(clinic, bundle, "f001.age")
    half = len(data) // 2
    sock = raw_patch(url, clinic.token, 0, len(data), data[:half])
    sock.close()  # the link drops mid-request
    assert wait_for_offset(service, url, half) == half
    offset = int(clinic.head(url).headers["Upload-Offset"])
    assert offset == half
    rest = clinic.patch(url, offset, data[offset:])
    assert rest.status_code == 204 and rest.headers["Upload-Offset"] == str(len(data))
    assert service.upload_bytes(upload_id_of(url)) == data


def test_a_head_takes_over_from_a_request_whose_client_went_silent(service, clinic, bundle):
    data, url = created_upload(clinic, bundle, "f001.age")
    piece = 100_000
    # The laptop's link vanishes without a FIN: the old request stays open, sending nothing.
    stale = raw_patch(url, clinic.token, 0, len(data), data[:piece])
    try:
        assert wait_for_file_size(service, url, piece) == piece
        assert durable_offset(service, url) == 0  # written, not yet counted
        # The HEAD stops the silent writer, which records what it wrote.
        offset = int(clinic.head(url).headers["Upload-Offset"])
        assert offset == piece
        rest = clinic.patch(url, offset, data[offset:])
        assert rest.status_code == 204, rest.text
        # The old request's late bytes must not land in the file now.
        with contextlib.suppress(OSError):
            stale.sendall(b"\xff" * 1000)
    finally:
        stale.close()
    clinic.upload_all(bundle.path, bundle.bundle_id)
    committed = clinic.commit(bundle.bundle_id)
    assert committed.status_code == 200, committed.text
    assert service.bundle_bytes(bundle.bundle_id, "f001.age") == data


def test_a_second_patch_stops_a_silent_one_and_continues(service, clinic, bundle):
    data, url = created_upload(clinic, bundle, "f001.age")
    stale = raw_patch(url, clinic.token, 0, len(data), data[:50_000])
    try:
        assert wait_for_file_size(service, url, 50_000) == 50_000
        # The client does not know what arrived; it asks, then sends from there.
        for _ in range(50):
            offset = int(clinic.head(url).headers["Upload-Offset"])
            answer = clinic.patch(url, offset, data[offset:])
            if answer.status_code == 204:
                break
            assert answer.json()["error"] == "offset_mismatch"
        assert answer.status_code == 204
        assert answer.headers["Upload-Offset"] == str(len(data))
        assert offset == 50_000  # nothing received was sent twice
    finally:
        stale.close()
    assert service.upload_bytes(upload_id_of(url)) == data


def test_a_body_longer_than_the_upload_is_refused(service, clinic, bundle):
    data, url = created_upload(clinic, bundle, "f002.age")
    answer = clinic.patch(url, 0, data + b"extra")
    assert answer.status_code == 400
    assert clinic.head(url).headers["Upload-Offset"] == "0"


def test_an_upload_with_no_bytes_for_the_expiry_time_is_gone(tmp_path, service_backend):
    from tests.support.running_service import running_service
    from tests.support.service_client import Client, build_bundle, new_device

    with running_service(tmp_path, service_backend, upload_expiry_seconds=1) as service:
        clinic = Client(service.url, new_device())
        clinic.enroll(service.new_code("clinic"))
        built = build_bundle(tmp_path / "b", clinic.device, service.keys()["age"])
        clinic.register(built.path)
        data = (built.path / "f001.age").read_bytes()
        url = clinic.location(clinic.create(built.bundle_id, "f001.age", len(data)))
        assert clinic.patch(url, 0, data[:1000]).status_code == 204
        deadline = time.monotonic() + 15
        answer = clinic.head(url)
        while answer.status_code == 200 and time.monotonic() < deadline:
            time.sleep(0.2)
            answer = clinic.head(url)
        assert answer.status_code == 410
        assert upload_id_of(url) not in service.stored_uploads()
        patch = clinic.patch(url, 1000, data[1000:2000])
        assert (patch.status_code, patch.json()["error"]) == (410, "upload_expired")
        # The file can be uploaded again from zero.
        again = clinic.create(built.bundle_id, "f001.age", len(data))
        assert again.status_code == 201
        assert clinic.head(clinic.location(again)).headers["Upload-Offset"] == "0"


def test_an_upload_survives_a_service_restart(tmp_path, service_backend):
    from tests.support.running_service import running_service
    from tests.support.service_client import Client, build_bundle, new_device

    folder = tmp_path / "svc"
    stores = {}
    if service_backend is not None:
        stores["db_url"], stores["storage_url"] = service_backend.fresh()
    with running_service(tmp_path, data_dir=folder, **stores) as service:
        clinic = Client(service.url, new_device())
        clinic.enroll(service.new_code("clinic"))
        built = build_bundle(tmp_path / "b", clinic.device, service.keys()["age"])
        clinic.register(built.path)
        data = (built.path / "f001.age").read_bytes()
        url = clinic.location(clinic.create(built.bundle_id, "f001.age", len(data)))
        assert clinic.patch(url, 0, data[:70_000]).status_code == 204
    with running_service(tmp_path, data_dir=folder, **stores) as service:
        clinic.url = service.url
        url = service.url + url[url.index("/v1/") :]
        assert clinic.head(url).headers["Upload-Offset"] == "70000"
        assert clinic.patch(url, 70_000, data[70_000:]).status_code == 204
        clinic.upload_all(built.path, built.bundle_id)
        assert clinic.commit(built.bundle_id).status_code == 200


def test_a_silent_request_is_ended_by_the_idle_limit_and_its_bytes_counted(
    tmp_path, service_backend
):
    from tests.support.running_service import running_service
    from tests.support.service_client import Client, build_bundle, new_device

    with running_service(tmp_path, service_backend, body_idle_seconds=1.0) as service:
        clinic = Client(service.url, new_device())
        clinic.enroll(service.new_code("clinic"))
        built = build_bundle(tmp_path / "b", clinic.device, service.keys()["age"])
        clinic.register(built.path)
        data = (built.path / "f001.age").read_bytes()
        url = clinic.location(clinic.create(built.bundle_id, "f001.age", len(data)))
        stale = raw_patch(url, clinic.token, 0, len(data), data[:40_000])
        try:
            # Nobody asks HEAD: the service itself ends the request and records its bytes.
            assert wait_for_offset(service, url, 40_000) == 40_000
        finally:
            stale.close()
        assert clinic.patch(url, 40_000, data[40_000:]).status_code == 204
