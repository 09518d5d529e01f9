"""The rules behind a case that was sent, closed or removed: one place (local_store) refuses
changes to a sent case, keeps sent files, keeps removed things 30 days and audits every step."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from local_store import attachments, audit, cases, outbox, timeline, trash
from local_store.connection import read
from local_store.errors import CaseClosed, CaseSent, FileSent
from local_store.models import CaseStatus, Patient


def queue(store, case_id: str, bundle_id: str = "bundle-1") -> None:
    ids = [a.id for a in attachments.list_attachments(store, case_id)]
    outbox.enqueue(
        store,
        bundle_id=bundle_id,
        case_id=case_id,
        folder="unused",
        service_url="https://service.invalid",
        size_cipher=100,
        files=[],
        urgent=False,
        sent_attachments=ids,
    )


@pytest.fixture
def case_with_file(store, tmp_path):
    case_id = cases.create_case(store, Patient(name="Sunita Rao"))
    path = tmp_path / "sunita-rao-echo.pdf"
    path.write_bytes(b"%PDF-1.4\n% echo report\n%%EOF\n")
    attachment = attachments.add_file(store, case_id, path).attachment
    return case_id, attachment


def test_a_queued_case_refuses_every_change_with_case_sent(store, case_with_file):
    case_id, attachment = case_with_file
    entry = timeline.add_entry(store, case_id, "03/2026", "Breathless on stairs")
    queue(store, case_id)
    with pytest.raises(CaseSent):
        cases.update_case(store, case_id, {"patient.name": "Sunita R."})
    with pytest.raises(CaseSent):
        timeline.add_entry(store, case_id, "04/2026", "Worse")
    with pytest.raises(CaseSent):
        timeline.delete_entry(store, entry)
    with pytest.raises(CaseSent):
        trash.remove_case(store, case_id)
    with pytest.raises(FileSent):
        attachments.remove_attachment(store, attachment.id)
    assert cases.get_case(store, case_id).patient.name == "Sunita Rao"
    assert [a.id for a in attachments.list_attachments(store, case_id)] == [attachment.id]


def test_a_closed_case_is_kept_and_read_only(store, case_with_file):
    case_id, attachment = case_with_file
    cases.close_case(store, case_id)
    assert cases.get_case(store, case_id).status is CaseStatus.CLOSED
    with pytest.raises(CaseClosed):
        cases.update_case(store, case_id, {"patient.name": "Other"})
    with pytest.raises(CaseClosed):
        attachments.remove_attachment(store, attachment.id)
    assert [s.id for s in cases.list_cases(store)] == [case_id]


def test_removed_case_and_file_stay_30_days_then_go_with_their_blob(store, case_with_file):
    case_id, attachment = case_with_file
    other = cases.create_case(store, Patient(name="Ravi Kumar"))
    attachments.remove_attachment(store, attachment.id)
    assert attachments.list_attachments(store, case_id) == []
    trash.remove_case(store, other)
    assert [s.id for s in cases.list_cases(store)] == [case_id]
    listed = trash.list_trash(store)
    assert {(i.kind, i.id) for i in listed} == {("case", other), ("attachment", attachment.id)}
    assert store.blobs.exists(attachment.sha256)  # kept while restorable

    trash.restore_case(store, other)
    assert {s.id for s in cases.list_cases(store)} == {case_id, other}
    trash.remove_case(store, other)

    # Within 30 days nothing goes; after, the rows and the unused blob go for good.
    assert trash.purge_expired(store, datetime.now(UTC) + timedelta(days=29)).cases == 0
    report = trash.purge_expired(store, datetime.now(UTC) + timedelta(days=31))
    assert (report.cases, report.attachments, report.blobs) == (1, 1, 1)
    assert not store.blobs.exists(attachment.sha256)
    assert trash.list_trash(store) == []
    rows = audit.recent(read(store), limit=50)
    actions = [r["action"] for r in rows]
    for action in ("attachment.removed", "case.removed", "case.restored", "trash.purged"):
        assert action in actions
    assert "Sunita" not in repr(rows) and "Ravi" not in repr(rows)
    assert audit.verify(read(store)).ok


def test_a_purged_blob_still_used_by_another_case_stays(store, tmp_path):
    path = tmp_path / "shared.pdf"
    path.write_bytes(b"%PDF-1.4\n% shared\n%%EOF\n")
    first = cases.create_case(store, Patient(name="A"))
    second = cases.create_case(store, Patient(name="B"))
    removed = attachments.add_file(store, first, path).attachment
    attachments.add_file(store, second, path)
    attachments.remove_attachment(store, removed.id)
    report = trash.purge_expired(store, datetime.now(UTC) + timedelta(days=31))
    assert report.attachments == 1 and report.blobs == 0
    assert store.blobs.exists(removed.sha256)


def test_the_same_file_added_again_comes_back_out_of_the_trash(store, case_with_file, tmp_path):
    case_id, attachment = case_with_file
    attachments.remove_attachment(store, attachment.id)
    path = tmp_path / "again.pdf"
    path.write_bytes(b"%PDF-1.4\n% echo report\n%%EOF\n")
    result = attachments.add_file(store, case_id, path)
    assert result.attachment.id == attachment.id
    assert [a.id for a in attachments.list_attachments(store, case_id)] == [attachment.id]


def test_files_added_after_sending_are_the_update(store, case_with_file, tmp_path):
    case_id, _sent = case_with_file
    queue(store, case_id)
    assert attachments.unsent(store, case_id) == []
    later = tmp_path / "new-xray.jpg"
    later.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    added = attachments.add_file(store, case_id, later).attachment
    assert [a.id for a in attachments.unsent(store, case_id)] == [added.id]
    attachments.remove_attachment(store, added.id)  # not sent yet: it may go
    assert outbox.first_bundle(store, case_id) == "bundle-1"
