"""Several service instances on PostgreSQL and S3 behind HAProxy: any instance takes the next
request of an upload another one started, a killed instance loses no counted byte, and racing
commits on two instances give one bundle and one receipt."""

from __future__ import annotations

import json
import threading
import time

import psycopg
import pytest
import requests
from psycopg.rows import dict_row

from sync import protocol
from tests.service.cluster import cluster, haproxy_missing
from tests.service.test_resume import raw_patch
from tests.support.service_client import TIMEOUT, Client, build_bundle, new_device

pytestmark = pytest.mark.timeout(180)

MIB = 1024 * 1024


@pytest.fixture
def lb(tmp_path, scale_backends):
    reason = haproxy_missing()
    if reason:
        pytest.skip(reason)
    with cluster(tmp_path, scale_backends) as made:
        yield made


def query(lb, sql: str, params=()) -> list[dict]:
    with psycopg.connect(lb.db_url, row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


def stored_file(lb, bundle_id: str, name: str) -> bytes:
    from opinion_service.s3 import S3Blobs

    return b"".join(S3Blobs(lb.storage_url).read_bundle_file(bundle_id, name))


def enrolled(lb) -> Client:
    client = Client(lb.url, new_device())
    answer = client.enroll(lb.new_code("clinic"))
    assert answer.status_code == 201, answer.text
    return client


def send_with_retries(client: Client, url: str, data: bytes, chunk: int, served: list) -> None:
    """PATCH on from each answer's offset, asking HEAD only after a failure, as a client on a
    bad link does; an instance that is gone or busy costs a retry, never a byte."""
    deadline = time.monotonic() + 90
    offset = None
    while True:
        assert time.monotonic() < deadline, "the upload did not complete"
        try:
            if offset is None:
                head = client.head(url)
                if head.status_code != 200:
                    time.sleep(0.2)
                    continue
                offset = int(head.headers["Upload-Offset"])
            if offset == len(data):
                return
            answer = client.patch(url, offset, data[offset : offset + chunk])
        except requests.RequestException:
            offset = None
            time.sleep(0.2)
            continue
        if answer.status_code == 204:
            served.append(answer.headers.get("X-Served-By"))
            offset = int(answer.headers["Upload-Offset"])
        else:
            offset = None
            time.sleep(0.2)


def upload_everything(client: Client, bundle, chunk: int = 256 * 1024) -> dict[str, list]:
    served = {}
    for path in sorted(bundle.path.glob("*.age")):
        data = path.read_bytes()
        created = client.create(bundle.bundle_id, path.name, len(data))
        assert created.status_code in (200, 201), created.text
        served[path.name] = []
        send_with_retries(client, client.location(created), data, chunk, served[path.name])
    return served


def assert_delivered_once(lb, client: Client, bundle, answer: dict) -> None:
    assert protocol.signed_json_ok(
        protocol.unb64(lb.keys()["ed25519"]), answer["receipt"], answer["signature"]
    )
    rows = query(lb, "SELECT bundle_id, receipt FROM bundles")
    assert [r["bundle_id"] for r in rows] == [bundle.bundle_id]
    assert json.loads(rows[0]["receipt"]) == answer
    assert_received_once(lb, bundle)
    assert query(lb, "SELECT upload_id FROM uploads") == []


def assert_received_once(lb, bundle) -> None:
    """One "received" item in the feed for the bundle, and every file stored byte for byte."""
    received = query(
        lb,
        "SELECT cursor FROM feed WHERE bundle_id = %s AND status = 'received'",
        (bundle.bundle_id,),
    )
    assert len(received) == 1
    for path in bundle.path.glob("*.age"):
        assert stored_file(lb, bundle.bundle_id, path.name) == path.read_bytes(), path.name


def test_an_upload_moves_between_instances_request_by_request(tmp_path, lb):
    clinic = enrolled(lb)
    built = build_bundle(
        tmp_path / "b", clinic.device, lb.keys()["age"], sizes=(6 * MIB + 12345, 20_000, 0)
    )
    assert clinic.register(built.path).status_code == 201
    served = upload_everything(clinic, built)
    big = max(served, key=lambda name: len(served[name]))
    # Round robin without stickiness: the big file's requests went to both instances.
    assert set(served[big]) == {"s0", "s1"}
    committed = clinic.commit(built.bundle_id)
    assert committed.status_code == 200, committed.text
    assert_delivered_once(lb, clinic, built, committed.json())


def test_a_silent_request_on_one_instance_yields_to_a_head_on_the_other(tmp_path, lb):
    clinic = enrolled(lb)
    built = build_bundle(tmp_path / "b", clinic.device, lb.keys()["age"])
    clinic.register(built.path)
    data = (built.path / "f001.age").read_bytes()
    path = clinic.location(clinic.create(built.bundle_id, "f001.age", len(data)))
    path = path[path.index("/v1/") :]
    stale = raw_patch(lb.instance_url(0) + path, clinic.token, 0, len(data), data[:100_000])
    try:
        time.sleep(1.0)  # the first instance holds the upload, its client silent
        other = Client(lb.instance_url(1), clinic.device, clinic.token)
        started = time.monotonic()
        head = other.head(lb.instance_url(1) + path)
        assert head.status_code == 200, head.text
        # The first instance was asked, stopped, and counted what it had received.
        assert head.headers["Upload-Offset"] == "100000"
        assert time.monotonic() - started < 10
    finally:
        stale.close()


def test_an_instance_killed_mid_patch_loses_no_counted_byte(tmp_path, lb):
    clinic = enrolled(lb)
    built = build_bundle(
        tmp_path / "b", clinic.device, lb.keys()["age"], sizes=(8 * MIB, 30_000, 0)
    )
    assert clinic.register(built.path).status_code == 201
    name = max(built.path.glob("*.age"), key=lambda p: p.stat().st_size).name
    data = (built.path / name).read_bytes()
    created = clinic.create(built.bundle_id, name, len(data))
    path = clinic.location(created)[clinic.location(created).index("/v1/") :]
    upload_id = path.rsplit("/", 1)[1]
    # A PATCH straight to the first instance: 6 MiB of a body announced whole.
    stale = raw_patch(lb.instance_url(0) + path, clinic.token, 0, len(data), data[: 6 * MIB])
    try:
        deadline = time.monotonic() + 30
        while (
            query(lb, 'SELECT "offset" FROM uploads WHERE upload_id = %s', (upload_id,))[0][
                "offset"
            ]
            < 5 * MIB
        ):
            assert time.monotonic() < deadline, "the first 5 MiB were never made durable"
            time.sleep(0.05)
        lb.kill(0)
    finally:
        stale.close()
    kept = query(lb, 'SELECT "offset" FROM uploads WHERE upload_id = %s', (upload_id,))[0]
    assert 5 * MIB <= kept["offset"] <= 6 * MIB
    # The client goes on through the load balancer while the killed instance restarts.
    restarted = threading.Thread(target=lb.start, args=(0,))
    restarted.start()
    served = []
    send_with_retries(clinic, lb.url + path, data, 512 * 1024, served)
    restarted.join(60)
    upload_everything(clinic, built)
    committed = clinic.commit(built.bundle_id)
    assert committed.status_code == 200, committed.text
    again = clinic.commit(built.bundle_id)
    assert again.status_code == 200 and again.json() == committed.json()
    assert_delivered_once(lb, clinic, built, committed.json())


def test_commits_racing_on_two_instances_give_one_bundle_and_one_receipt(tmp_path, lb):
    clinic = enrolled(lb)
    for seq in (1, 2, 3):
        built = build_bundle(
            tmp_path / f"b{seq}", clinic.device, lb.keys()["age"], seq=seq, sizes=(200_000, 0)
        )
        assert clinic.register(built.path).status_code == 201
        upload_everything(clinic, built)
        answers: list = [None, None]
        gate = threading.Barrier(2)

        def commit(index: int, bundle_id=built.bundle_id, gate=gate, answers=answers) -> None:
            gate.wait(5)
            answers[index] = requests.post(
                lb.instance_url(index) + protocol.commit_path(bundle_id),
                headers=clinic.auth,
                timeout=TIMEOUT,
            )

        racers = [threading.Thread(target=commit, args=(i,)) for i in (0, 1)]
        for racer in racers:
            racer.start()
        for racer in racers:
            racer.join(60)
        assert [a.status_code for a in answers] == [200, 200], [a.text for a in answers]
        assert answers[0].json() == answers[1].json()
        rows = query(lb, "SELECT receipt FROM bundles WHERE bundle_id = %s", (built.bundle_id,))
        assert json.loads(rows[0]["receipt"]) == answers[0].json()
        assert_received_once(lb, built)
    assert len(query(lb, "SELECT bundle_id FROM bundles")) == 3
