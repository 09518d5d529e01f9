"""Fixtures for sync tests: the reference service on 127.0.0.1, an enrolled clinic store and
a specialist store, each a real encrypted store in its own folder.

The real main window (``window``), the folder screenshots go to (``out_dir``) and the
official tus Node server (``tus_node``) come from tests/support.

A redundant alias (``x as x``) keeps each fixture in this module's names: pytest finds a
fixture by its name in a conftest.
"""

from __future__ import annotations

import pytest

from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE
from tests.support.gui import window as window
from tests.support.peers import tus_node as tus_node
from tests.support.screens import out_dir as out_dir


@pytest.fixture
def service(tmp_path, service_backend):
    from tests.support.running_service import running_service

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
