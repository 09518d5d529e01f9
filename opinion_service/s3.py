"""Bytes in S3-compatible object storage (boto3), the implementation of opinion_service.blobs
for several instances. The endpoint and credentials come from boto3's own configuration:
AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION, or the files
AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE name.

Layout under ``s3://bucket/prefix``:
  uploads/ID/staged/NNNNNN-RANDOM  small pieces of an upload, as they arrive
  uploads/ID/data                  the upload in one piece: a multipart upload, then its object
  bundles/BUNDLE_ID/NAME           a committed bundle (docs/bundle-format.md)

A 2G client sends pieces far below S3's 5 MiB minimum part. Each checkpoint of a request puts
its new bytes as one staged object; once staged bytes reach 5 MiB they are read back and sent
as one part of the upload's multipart upload, so every part but the last is at least 5 MiB.
``blob_state`` (JSON) lists the multipart upload, its parts and the staged objects: what the
metadata store recorded is what counts, and objects a dead writer left beyond it are removed
with the upload. Deleting an upload (expiry, termination, commit) aborts every multipart upload
under its name, recorded or not.

Thread-safety: a boto3 client is thread-safe; one writer per upload at a time (the caller
holds the upload's lock).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

from opinion_service.blobs import BundleFileInfo, object_key
from sync.bundle import format as fmt

# S3's smallest part but the last; also how many bytes a request gathers between checkpoints.
PART_MIN = 5 * 1024 * 1024
READ_BLOCK = 1024 * 1024


def _empty_state() -> dict:
    return {"mpu": None, "parts": [], "staged": [], "final": False}


def _load(state: str) -> dict:
    return json.loads(state) if state else _empty_state()


def _missing(exc: ClientError) -> bool:
    code = exc.response.get("Error", {}).get("Code", "")
    return code in ("404", "NoSuchKey", "NoSuchUpload", "NotFound")


class S3Writer:
    checkpoint_bytes = PART_MIN

    def __init__(self, blobs: S3Blobs, upload_id: str, offset: int, state: str) -> None:
        self.blobs = blobs
        self.upload_id = upload_id
        self.state = _load(state)
        self.buffer = bytearray()
        self.received = offset

    def write(self, chunk: bytes) -> None:
        self.buffer += chunk
        self.received += len(chunk)

    def checkpoint(self) -> str:
        if self.buffer:
            staged = sum(size for _key, size in self.state["staged"])
            if staged + len(self.buffer) >= PART_MIN:
                self._send_part(bytes(self.buffer))
            else:
                key = self.blobs.key(
                    f"uploads/{self.upload_id}/staged/{len(self.state['staged']):06d}-"
                    f"{secrets.token_hex(4)}"
                )
                self.blobs.client.put_object(Bucket=self.blobs.bucket, Key=key, Body=self.buffer)
                self.state["staged"].append([key, len(self.buffer)])
            self.buffer = bytearray()
        return json.dumps(self.state)

    def _send_part(self, tail: bytes) -> None:
        self.blobs.send_part(self.upload_id, self.state, tail)

    def close(self) -> None:
        self.buffer = bytearray()


class S3Blobs:
    backend = "s3"

    def __init__(self, url: str, client=None) -> None:
        parts = urlsplit(url)
        if parts.scheme != "s3" or not parts.netloc:
            raise ValueError("the storage URL must be s3://bucket/prefix")
        self.bucket = parts.netloc
        self.prefix = parts.path.strip("/")
        self.client = client or boto3.client(
            "s3",
            config=Config(
                max_pool_connections=64,
                connect_timeout=10,
                read_timeout=60,
                retries={"mode": "standard", "max_attempts": 5},
            ),
        )

    def key(self, rest: str) -> str:
        return f"{self.prefix}/{rest}" if self.prefix else rest

    def _data_key(self, upload_id: str) -> str:
        return self.key(f"uploads/{upload_id}/data")

    # ---- uploads

    def create_upload(self, upload_id: str) -> str:
        return json.dumps(_empty_state())

    def writer(self, upload_id: str, offset: int, state: str) -> S3Writer:
        return S3Writer(self, upload_id, offset, state)

    def send_part(self, upload_id: str, state: dict, tail: bytes) -> None:
        """The staged pieces and ``tail`` as the next part (changes ``state``)."""
        pieces = [self._get(key) for key, _size in state["staged"]]
        body = b"".join(pieces) + tail
        if state["mpu"] is None:
            state["mpu"] = self.client.create_multipart_upload(
                Bucket=self.bucket, Key=self._data_key(upload_id)
            )["UploadId"]
        number = len(state["parts"]) + 1
        etag = self.client.upload_part(
            Bucket=self.bucket,
            Key=self._data_key(upload_id),
            UploadId=state["mpu"],
            PartNumber=number,
            Body=body,
        )["ETag"]
        state["parts"].append([number, etag, len(body)])
        # The staged objects stay until the upload goes: the recorded state may still name them.
        state["staged"] = []

    def finish_upload(self, upload_id: str, length: int, state: str) -> str:
        current = _load(state)
        if current["final"]:
            return state
        if current["parts"]:
            if current["staged"]:
                self.send_part(upload_id, current, b"")
            try:
                self.client.complete_multipart_upload(
                    Bucket=self.bucket,
                    Key=self._data_key(upload_id),
                    UploadId=current["mpu"],
                    MultipartUpload={
                        "Parts": [
                            {"PartNumber": n, "ETag": etag} for n, etag, _ in current["parts"]
                        ]
                    },
                )
            except ClientError as exc:
                # Completed by a commit that died before recording it: the object is there.
                if not _missing(exc) or self._size(self._data_key(upload_id)) != length:
                    raise
            return json.dumps({**_empty_state(), "final": True, "length": length})
        # A small file (the usual case on 2G): its bytes are at hand, so hash them now too.
        body = b"".join(self._get(key) for key, _size in current["staged"])
        self.client.put_object(Bucket=self.bucket, Key=self._data_key(upload_id), Body=body)
        return json.dumps(
            {
                **_empty_state(),
                "final": True,
                "length": length,
                "sha256": hashlib.sha256(body).hexdigest(),
                "staged": current["staged"],
            }
        )

    def upload_sha256(self, upload_id: str, state: str) -> str:
        known = _load(state).get("sha256")
        if known:
            return known
        digest = hashlib.sha256()
        for block in self._stream(self._data_key(upload_id)):
            digest.update(block)
        return digest.hexdigest()

    def upload_size(self, upload_id: str) -> int | None:
        """Bytes of a finished upload (for tests and stats); None before it is finished."""
        return self._size(self._data_key(upload_id))

    def read_upload(self, upload_id: str) -> bytes:
        return self._get(self._data_key(upload_id))

    def delete_upload(self, upload_id: str, state: str) -> None:
        current = _load(state)
        if current["final"] and current.get("length", PART_MIN) < PART_MIN:
            # Smaller than one part: no multipart upload was ever made, and every object it
            # has is named in its state.
            keys = [self._data_key(upload_id), *(key for key, _size in current["staged"])]
            self.client.delete_objects(
                Bucket=self.bucket, Delete={"Objects": [{"Key": k} for k in keys], "Quiet": True}
            )
            return
        prefix = self.key(f"uploads/{upload_id}/")
        paginator = self.client.get_paginator("list_multipart_uploads")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=prefix):
            for mpu in page.get("Uploads", []):
                with contextlib.suppress(ClientError):
                    self.client.abort_multipart_upload(
                        Bucket=self.bucket, Key=mpu["Key"], UploadId=mpu["UploadId"]
                    )
        self._delete_prefix(prefix)

    def open_upload_ids(self) -> list[str]:
        """Ids with any bytes or multipart upload still stored (for tests and stats)."""
        base = self.key("uploads/")
        found: set[str] = set()
        for page in self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=base
        ):
            found.update(o["Key"][len(base) :].split("/", 1)[0] for o in page.get("Contents", []))
        for page in self.client.get_paginator("list_multipart_uploads").paginate(
            Bucket=self.bucket, Prefix=base
        ):
            found.update(u["Key"][len(base) :].split("/", 1)[0] for u in page.get("Uploads", []))
        return sorted(found)

    # ---- bundles

    def commit_bundle(
        self, bundle_id: str, envelope: bytes, signature: str, files: dict[str, tuple[str, str]]
    ) -> None:
        base = f"bundles/{bundle_id}/"
        self.client.put_object(Bucket=self.bucket, Key=self.key(base + fmt.ENVELOPE), Body=envelope)
        self.client.put_object(
            Bucket=self.bucket, Key=self.key(base + fmt.ENVELOPE_SIG), Body=signature.encode()
        )
        for name, (upload_id, _state) in files.items():
            # A copy inside the store; every file is within the 5 GiB a single copy allows.
            self.client.copy_object(
                Bucket=self.bucket,
                Key=self.key(base + name),
                CopySource={"Bucket": self.bucket, "Key": self._data_key(upload_id)},
            )

    def bundle_file(self, bundle_id: str, name: str) -> BundleFileInfo | None:
        size = self._size(self.key(f"bundles/{bundle_id}/{name}"))
        return None if size is None else BundleFileInfo(size)

    def read_bundle_file(self, bundle_id: str, name: str, start: int = 0) -> Iterator[bytes]:
        yield from self._stream(self.key(f"bundles/{bundle_id}/{name}"), start)

    @contextlib.contextmanager
    def bundle_folder(self, bundle_id: str) -> Iterator[Path]:
        folder = Path(tempfile.mkdtemp(prefix="bundle-check-"))
        try:
            for name in self.bundle_names(bundle_id):
                with open(folder / name, "wb") as fh:
                    for block in self._stream(self.key(f"bundles/{bundle_id}/{name}")):
                        fh.write(block)
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def bundle_names(self, bundle_id: str) -> list[str]:
        base = self.key(f"bundles/{bundle_id}/")
        names: list[str] = []
        for page in self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=base
        ):
            names.extend(o["Key"][len(base) :] for o in page.get("Contents", []))
        return sorted(names)

    # ---- named objects (deliveries, opinions)

    def _object(self, key: str) -> str:
        area, *parts = key.split("/")
        return self.key(object_key(area, *parts))

    def put_object(self, key: str, source: Path) -> None:
        # boto3 sends a large file as a multipart upload of its own, from the file.
        self.client.upload_file(str(source), self.bucket, self._object(key))

    def place_upload(self, upload_id: str, state: str, key: str) -> None:
        self.client.copy_object(
            Bucket=self.bucket,
            Key=self._object(key),
            CopySource={"Bucket": self.bucket, "Key": self._data_key(upload_id)},
        )

    def object_info(self, key: str) -> BundleFileInfo | None:
        size = self._size(self._object(key))
        return None if size is None else BundleFileInfo(size)

    def read_object(self, key: str, start: int = 0) -> Iterator[bytes]:
        yield from self._stream(self._object(key), start)

    # ---- plumbing

    def _get(self, key: str) -> bytes:
        return self.client.get_object(Bucket=self.bucket, Key=key)["Body"].read()

    def _stream(self, key: str, start: int = 0) -> Iterator[bytes]:
        extra = {"Range": f"bytes={start}-"} if start else {}
        body = self.client.get_object(Bucket=self.bucket, Key=key, **extra)["Body"]
        try:
            yield from body.iter_chunks(READ_BLOCK)
        finally:
            body.close()

    def _size(self, key: str) -> int | None:
        try:
            return int(self.client.head_object(Bucket=self.bucket, Key=key)["ContentLength"])
        except ClientError as exc:
            if _missing(exc):
                return None
            raise

    def _delete_prefix(self, prefix: str) -> None:
        for page in self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=prefix
        ):
            keys = [{"Key": o["Key"]} for o in page.get("Contents", [])]
            if keys:
                self.client.delete_objects(Bucket=self.bucket, Delete={"Objects": keys})
