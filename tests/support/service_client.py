"""A small, plain HTTP client for the service tests: enroll, register, tus, commit, feed.

Written directly on `requests` (not the product's sync client) so the service is tested
against the protocol text, every call bounded by a timeout.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

import pyrage
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync import protocol
from sync.bundle import format as fmt
from sync.bundle.writer import BuiltBundle, BundleWriter
from sync.device_keys import DeviceKeys

TIMEOUT = (5, 20)
TUS = {"Tus-Resumable": "1.0.0"}


def new_device() -> DeviceKeys:
    return DeviceKeys(Ed25519PrivateKey.generate(), pyrage.x25519.Identity.generate())


def build_bundle(
    target: Path,
    device: DeviceKeys,
    recipient: str,
    *,
    seq: int = 1,
    specialty: str = "cardiology",
    sizes=(300_000, 20_000, 0),
) -> BuiltBundle:
    plain = target.parent / f"{target.name}-plain"
    plain.mkdir(parents=True, exist_ok=True)
    with BundleWriter(target, device, [recipient], seq) as writer:
        for i, size in enumerate(sizes):
            path = plain / f"file{i}.bin"
            path.write_bytes(os.urandom(size))
            writer.add_file(path, name=path.name, kind="document", media_type="application/pdf")
        return writer.finish(
            {"case": {"id": "case-1", "referral": {"specialty": specialty, "questions": ["?"]}}}
        )


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass
class Client:
    url: str
    device: DeviceKeys
    token: str = ""

    @property
    def auth(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"}

    def enroll(self, code: str, role: str = "clinic", **overrides) -> requests.Response:
        body = {
            "code": code,
            "role": role,
            "device_id": self.device.device_id,
            "ed25519": self.device.ed25519_public,
            "age": self.device.age_recipient,
            **overrides,
        }
        response = requests.post(self.url + protocol.ENROLL_PATH, json=body, timeout=TIMEOUT)
        if response.status_code == 201:
            self.token = response.json()["token"]
        return response

    def renew(self) -> requests.Response:
        challenge = requests.post(
            self.url + protocol.CHALLENGE_PATH,
            json={"device_id": self.device.device_id},
            timeout=TIMEOUT,
        )
        assert challenge.status_code == 200, challenge.text
        nonce = challenge.json()["nonce"]
        signature = b64(self.device.sign(protocol.token_message(self.device.device_id, nonce)))
        response = requests.post(
            self.url + protocol.TOKEN_PATH,
            json={"device_id": self.device.device_id, "nonce": nonce, "signature": signature},
            timeout=TIMEOUT,
        )
        if response.status_code == 200:
            self.token = response.json()["token"]
        return response

    def register(
        self, bundle: Path, *, envelope: bytes | None = None, signature=None, carried=False
    ):
        body = {
            "envelope": b64(envelope or (bundle / fmt.ENVELOPE).read_bytes()),
            "signature": signature or (bundle / fmt.ENVELOPE_SIG).read_text(),
        }
        if carried:
            body["carried"] = True
        return requests.post(
            self.url + protocol.BUNDLES_PATH, json=body, headers=self.auth, timeout=TIMEOUT
        )

    def create(self, bundle_id: str, name: str, length: int, **headers) -> requests.Response:
        meta = f"bundle_id {b64(bundle_id.encode())},name {b64(name.encode())}"
        return requests.post(
            self.url + protocol.UPLOADS_PATH,
            headers={
                **self.auth,
                **TUS,
                "Upload-Length": str(length),
                "Upload-Metadata": meta,
                **headers,
            },
            timeout=TIMEOUT,
        )

    def location(self, response: requests.Response) -> str:
        return requests.compat.urljoin(
            self.url + protocol.UPLOADS_PATH, response.headers["Location"]
        )

    def head(self, upload_url: str, **headers) -> requests.Response:
        return requests.head(upload_url, headers={**self.auth, **TUS, **headers}, timeout=TIMEOUT)

    def patch(self, upload_url: str, offset: int, data: bytes, **headers) -> requests.Response:
        return requests.patch(
            upload_url,
            data=data,
            headers={
                **self.auth,
                **TUS,
                "Upload-Offset": str(offset),
                "Content-Type": "application/offset+octet-stream",
                **headers,
            },
            timeout=TIMEOUT,
        )

    def upload_file(self, bundle_id: str, path: Path, chunk: int = 128 * 1024) -> str:
        data = path.read_bytes()
        created = self.create(bundle_id, path.name, len(data))
        assert created.status_code in (200, 201), created.text
        url = self.location(created)
        offset = int(self.head(url).headers["Upload-Offset"])
        while offset < len(data):
            answer = self.patch(url, offset, data[offset : offset + chunk])
            assert answer.status_code == 204, answer.text
            offset = int(answer.headers["Upload-Offset"])
        return url

    def upload_all(self, bundle: Path, bundle_id: str) -> None:
        for path in sorted(bundle.iterdir()):
            if path.name.endswith(".age"):
                self.upload_file(bundle_id, path)

    def commit(self, bundle_id: str) -> requests.Response:
        return requests.post(
            self.url + protocol.commit_path(bundle_id), headers=self.auth, timeout=TIMEOUT
        )

    def send(self, bundle: BuiltBundle) -> dict:
        """Register, upload every file and commit; returns the commit answer."""
        registered = self.register(bundle.path)
        assert registered.status_code in (200, 201), registered.text
        self.upload_all(bundle.path, bundle.bundle_id)
        committed = self.commit(bundle.bundle_id)
        assert committed.status_code == 200, committed.text
        return committed.json()

    def feed(self, after: int = 0, limit: int = 100) -> requests.Response:
        return requests.get(
            self.url + protocol.FEED_PATH,
            params={"after": after, "limit": limit},
            headers=self.auth,
            timeout=TIMEOUT,
        )
