"""The service's settings, as one immutable value passed to every part.

Thread-safety: a frozen dataclass, safe to share.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

GIB = 1024**3


@dataclass(frozen=True)
class ServiceConfig:
    data_dir: Path
    host: str = "127.0.0.1"
    port: int = 8470
    token_ttl_seconds: int = 86400
    # Counted from the last byte received: 300 MB at 100 kbit/s is ~7 hours of link time,
    # which a field laptop may only see spread over several days.
    upload_expiry_seconds: int = 14 * 86400
    max_size: int = 4 * GIB
    code_ttl_seconds: int = 7 * 86400
    challenge_ttl_seconds: int = 300
    # A PATCH whose body stops arriving for this long is ended (its bytes kept), so a client
    # that vanished without closing its connection never holds an upload.
    body_idle_seconds: float = 60.0
    # How often expired uploads are looked for and removed.
    sweep_seconds: float = 300.0
    # Where metadata and bytes live: None is the data folder (SQLite and files); else a
    # postgresql:// URL and an s3://bucket/prefix URL (opinion_service.metadata, .blobs).
    db_url: str | None = None
    storage_url: str | None = None
    # How long a request waits for another instance to let go of an upload before 503.
    lock_wait_seconds: float = 20.0
    # How often an idle checker looks for jobs queued by another instance.
    job_poll_seconds: float = 1.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "data_dir", Path(self.data_dir))


# The service's settings file (docs/service-at-scale.md): TOML with the keys below, for
# containers where command-line options are awkward. Options given on the command line win.
FILE_KEYS = ("db", "storage", "host", "port", "token_ttl", "upload_expiry")
# Its [s3] table fills boto3's standard variables when they are not set already.
S3_FILE_KEYS = {
    "endpoint_url": "AWS_ENDPOINT_URL",
    "region": "AWS_DEFAULT_REGION",
    "access_key_id": "AWS_ACCESS_KEY_ID",
    "secret_access_key": "AWS_SECRET_ACCESS_KEY",
}


def read_settings_file(path: Path, environ=None) -> dict:
    """The file's settings (unknown keys refused with ValueError); sets the S3 variables."""
    import os
    import tomllib

    environ = os.environ if environ is None else environ
    with open(path, "rb") as fh:
        values = tomllib.load(fh)
    s3 = values.pop("s3", {})
    unknown = sorted(set(values) - set(FILE_KEYS)) + sorted(set(s3) - set(S3_FILE_KEYS))
    if unknown:
        raise ValueError("unknown settings: " + ", ".join(unknown))
    for key, variable in S3_FILE_KEYS.items():
        if key in s3:
            environ.setdefault(variable, str(s3[key]))
    return values
