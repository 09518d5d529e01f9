"""The specialist's side against the reference service on 127.0.0.1: a case the clinic sent is
offered to the enrolled specialist, fetched (through a link that cuts, stalls and crawls),
checked in full and kept read-only; accept, decline, not_yours and tampering."""

from __future__ import annotations

import pytest

from local_store import attachments, cases, received
from local_store.errors import CaseReadOnly
from local_store.models import CaseStatus
from sync.engine import SyncEngine
from sync.submit import submit_case
from tests.sync.helpers import make_case

pytestmark = pytest.mark.timeout(180)


def send_case(clinic, service, tmp_path, **kw) -> tuple[str, str]:
    """A case submitted and sent by the clinic, checked and offered by the service."""
    case_id = make_case(clinic, tmp_path / "files", **kw)
    submitted = submit_case(clinic, tmp_path / "clinic", case_id)
    result = SyncEngine(clinic, tmp_path / "clinic").run_once()
    assert result.sent == [submitted.bundle_id]
    service.wait_idle()
    return case_id, submitted.bundle_id


def test_the_specialist_fetches_checks_and_keeps_the_case_read_only(
    clinic, specialist, service, tmp_path
):
    case_id, bundle_id = send_case(clinic, service, tmp_path, sizes=(300_000, 40_000))

    seen = []
    result = SyncEngine(specialist, tmp_path / "specialist").run_once(progress=seen.append)

    [(fetched_bundle, local_case)] = result.fetched
    assert fetched_bundle == bundle_id and result.fetch_failed == []
    kept = received.get_received(specialist, bundle_id)
    assert kept.case_id == local_case
    case = cases.get_case(specialist, local_case)
    assert case.received and case.status is CaseStatus.ASSIGNED
    assert case.patient.name == "Asha Verma"
    assert case.referral.questions == ["Is surgery still an option?"]
    # Every file byte-identical to what the clinic attached, in the encrypted blob store.
    sent = {a.sha256 for a in attachments.list_attachments(clinic, case_id)}
    got = attachments.list_attachments(specialist, local_case)
    assert {a.sha256 for a in got} == sent
    for a in got:
        assert specialist.blobs.exists(a.sha256)
    # The work folder is gone: no plaintext, no part files left in the data folder.
    assert not (tmp_path / "specialist" / "fetch" / bundle_id).exists()
    receiving = [p for p in seen if p.state == "receiving"]
    assert receiving and receiving[-1].bundle_done == receiving[-1].bundle_total
    # Kept as the clinic sent it.
    with pytest.raises(CaseReadOnly):
        cases.update_case(specialist, local_case, {"referral.working_diagnosis": "x"})
