"""Fixtures for the service tests: a running service on 127.0.0.1 and an enrolled clinic."""

from __future__ import annotations

import pytest

from tests.support.running_service import running_service
from tests.support.service_client import Client, build_bundle, new_device


@pytest.fixture
def service(tmp_path, service_backend):
    with running_service(tmp_path, service_backend) as handle:
        yield handle


@pytest.fixture
def clinic(service) -> Client:
    client = Client(service.url, new_device())
    answer = client.enroll(service.new_code("clinic"))
    assert answer.status_code == 201, answer.text
    return client


@pytest.fixture
def bundle(tmp_path, service, clinic):
    return build_bundle(tmp_path / "bundle", clinic.device, service.keys()["age"])
