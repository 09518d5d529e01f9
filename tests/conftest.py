"""Shared fixtures: a real encrypted store in a temporary folder, and an in-memory keyring.

The in-memory keyring is an explicit test backend (never keyring's plaintext file backend); it
stands in for the OS keyring that CI machines do not have.
"""

from __future__ import annotations

import os

import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEST_PASSPHRASE = "test passphrase 1"


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.values.get((service, username))

    def set_password(self, service, username, password):
        self.values[(service, username)] = password

    def delete_password(self, service, username):
        self.values.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def store(data_dir):
    from local_store.store import Store

    s = Store.open(data_dir, passphrase=TEST_PASSPHRASE)
    yield s
    s.close()


# ---- the opinion service's two backends

SERVICE_BACKENDS = ["sqlite-files", "postgres-s3"]


@pytest.fixture(scope="session")
def scale_backends():
    """A throwaway PostgreSQL cluster and S3 server for the whole session (started on first
    use, stopped at the end)."""
    from tests.support import backends

    reason = backends.missing()
    if reason:
        pytest.skip(reason)
    import logging

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # the S3 server's request lines
    with backends.scale_backends() as started:
        yield started


@pytest.fixture(params=SERVICE_BACKENDS)
def service_backend(request):
    """None for the data folder (SQLite and files), else the PostgreSQL and S3 backends."""
    if request.param == "sqlite-files":
        return None
    return request.getfixturevalue("scale_backends")
