"""Fixtures for sync tests: the reference service on 127.0.0.1, an enrolled clinic store and
a specialist store, each a real encrypted store in its own folder."""

from __future__ import annotations

import pytest

from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def service(tmp_path, service_backend):
    from tests.sync_support import running_service

    with running_service(tmp_path, service_backend) as handle:
        yield handle


@pytest.fixture
def clinic(tmp_path, service):
    from sync.enrollment import enroll

    folder = tmp_path / "clinic"
    store = Store.open(folder, passphrase=TEST_PASSPHRASE)
    enroll(store, service.url, service.new_code("clinic"), role="clinic")
    yield store
    store.close()


@pytest.fixture
def specialist(tmp_path, service):
    from sync.enrollment import enroll

    store = Store.open(tmp_path / "specialist", passphrase=TEST_PASSPHRASE)
    enroll(
        store,
        service.url,
        service.new_code("specialist", ["cardiology"]),
        role="specialist",
    )
    yield store
    store.close()
