"""Bad input at scale, on either backend: uploads opened and abandoned are freed by expiry
(object storage's multipart uploads aborted), a length beyond the limit is refused before a
byte is stored, and requests that stall never stop the service from serving others."""

from __future__ import annotations

import time

import pytest

from opinion_service import admin
from tests.service.test_resume import raw_patch
from tests.support.running_service import running_service
from tests.support.service_client import Client, build_bundle, new_device

pytestmark = pytest.mark.timeout(120)

MIB = 1024 * 1024


def enrolled(service) -> Client:
    client = Client(service.url, new_device())
    assert client.enroll(service.new_code("clinic")).status_code == 201
    return client


def stats(service) -> dict:
    return admin.stats(service.data_dir, db_url=service.db_url, storage_url=service.storage_url)


def test_abandoned_uploads_are_freed_by_expiry(tmp_path, service_backend):
    with running_service(
        tmp_path, service_backend, upload_expiry_seconds=2, sweep_seconds=0.5
    ) as service:
        client = enrolled(service)
        sizes = (5 * MIB + 100, *([3000] * 11))
        built = build_bundle(tmp_path / "b", client.device, service.keys()["age"], sizes=sizes)
        assert client.register(built.path).status_code == 201
        for path in sorted(built.path.glob("*.age")):
            data = path.read_bytes()
            url = client.location(client.create(built.bundle_id, path.name, len(data)))
            # Some bytes of each, most of the big one (a multipart part on object storage).
            assert client.patch(url, 0, data[: max(len(data) - 50, 1)]).status_code == 204
        assert stats(service)["uploads_open"] == 13
        assert len(service.stored_uploads()) >= 12
        deadline = time.monotonic() + 30
        while stats(service)["uploads_open"] or service.stored_uploads():
            assert time.monotonic() < deadline, "abandoned uploads were never freed"
            time.sleep(0.2)


def test_a_length_beyond_the_limit_is_refused_before_any_byte(tmp_path, service_backend):
    with running_service(tmp_path, service_backend, max_size=200_000) as service:
        client = enrolled(service)
        built = build_bundle(tmp_path / "b", client.device, service.keys()["age"])
        answer = client.register(built.path)
        assert (answer.status_code, answer.json()["error"]) == (413, "too_large")
        small = build_bundle(
            tmp_path / "s", client.device, service.keys()["age"], seq=2, sizes=(1000,)
        )
        assert client.register(small.path).status_code == 201
        huge = client.create(small.bundle_id, "f001.age", 10**12)
        assert (huge.status_code, huge.json()["error"]) == (413, "too_large")
        assert stats(service)["uploads_open"] == 0
        assert service.stored_uploads() == []


def test_stalled_requests_never_stop_the_service_serving_others(tmp_path, service_backend):
    with running_service(tmp_path, service_backend, body_idle_seconds=3.0) as service:
        slow = enrolled(service)
        built = build_bundle(
            tmp_path / "slow", slow.device, service.keys()["age"], sizes=(4000,) * 20
        )
        slow.register(built.path)
        stalled = []
        try:
            for path in sorted(built.path.glob("*.age")):
                data = path.read_bytes()
                url = slow.location(slow.create(built.bundle_id, path.name, len(data)))
                # Headers and 1000 bytes of a longer body, then silence.
                stalled.append((url, raw_patch(url, slow.token, 0, len(data), data[:1000])))
            # Meanwhile another clinic sends a whole case, well within the idle limit.
            other = enrolled(service)
            case = build_bundle(tmp_path / "other", other.device, service.keys()["age"])
            started = time.monotonic()
            other.send(case)
            assert time.monotonic() - started < 3.0
            # The idle limit ends every stalled request and counts its bytes.
            deadline = time.monotonic() + 30
            for url, _sock in stalled:
                upload_id = url.rsplit("/", 1)[1]
                while service.durable_offset(upload_id) != 1000:
                    assert time.monotonic() < deadline, "a stalled request was never ended"
                    time.sleep(0.1)
        finally:
            for _url, sock in stalled:
                sock.close()
