"""One application, two roles: the enrollment code decides whether this computer is a clinic
or a specialist, and who the service knows it as; `enroll URL CODE` needs nothing more."""

from __future__ import annotations

import pytest

from local_store.store import Store
from sync.enrollment import current, enroll
from sync.transport import ProtocolError
from tests.conftest import TEST_PASSPHRASE
from tests.support.cli import Cli

DOCTOR = {
    "name": "Dr Kavita Rao",
    "qualification": "MD (Radiation Oncology)",
    "council": "Karnataka Medical Council",
    "registration": "KMC-48213",
}


def test_a_specialist_code_enrolls_a_specialist_without_saying_so(tmp_path, service):
    store = Store.open(tmp_path / "doctor", passphrase=TEST_PASSPHRASE)
    try:
        code = service.new_code("specialist", ["Oncology"], DOCTOR)
        enrolled = enroll(store, service.url, code)
        assert (enrolled.role, enrolled.specialties) == ("specialist", ("oncology",))
        assert enrolled.profile == DOCTOR
        assert current(store) == enrolled  # kept across restarts
    finally:
        store.close()


def test_a_stated_role_that_differs_from_the_code_is_refused(tmp_path, service):
    store = Store.open(tmp_path / "clinic", passphrase=TEST_PASSPHRASE)
    try:
        with pytest.raises(ProtocolError) as refused:
            enroll(store, service.url, service.new_code("specialist", ["oncology"]), "clinic")
        assert refused.value.code == "bad_request"
        assert current(store) is None
    finally:
        store.close()


def test_the_command_line_enrolls_a_specialist_with_url_and_code_only(tmp_path, service):
    cli = Cli(tmp_path / "doctor", tmp_path / "home")
    code = service.new_code("specialist", ["oncology"], DOCTOR)
    result = cli("--json", "enroll", service.url, code)
    assert result.code == 0, result.err
    assert result.json["role"] == "specialist"
    assert result.json["specialties"] == ["oncology"]
    assert result.json["profile"] == DOCTOR
    clinic = Cli(tmp_path / "clinic", tmp_path / "home2")
    shown = clinic("enroll", service.url, service.new_code("clinic", profile={"name": "PHC Basti"}))
    assert shown.code == 0 and "(clinic)" in shown.out
