"""`review list | fetch | show | accept | decline` and `sync --once` on a specialist's computer,
as a user runs them (child processes) against the reference service on 127.0.0.1."""

from __future__ import annotations

import pytest

from local_store import attachments, cases, timeline
from local_store.models import Consent, ConsentMethod, Initiator, Patient, Referral, Sex, Urgency
from sync.engine import SyncEngine
from sync.submit import submit_case
from testdata.documents import lab_report_pdf
from tests.support.cli import Cli

pytestmark = pytest.mark.timeout(240)


def clinic_case(clinic, tmp_path) -> str:
    """A case as a clinic makes it: intake, consent, two questions, a timeline, a lab report
    (its values are read and sent) and a photo."""
    case_id = cases.create_case(
        clinic,
        Patient(name="Sunita Devi", sex=Sex.FEMALE, age_years=54),
        Consent(
            initiated_by=Initiator.DOCTOR,
            given_by="Sunita Devi",
            method=ConsentMethod.VERBAL,
            at="2024-03-12",
            recorded_by="ANM Rekha",
        ),
        Referral(
            specialty="cardiology",
            urgency=Urgency.URGENT,
            questions=["Is this heart failure?", "Can she travel to the district hospital?"],
            working_diagnosis="Anaemia with breathlessness",
        ),
    )
    timeline.add_entry(clinic, case_id, "2024-02", "Breathless on walking for two weeks")
    attachments.add_file(clinic, case_id, lab_report_pdf(tmp_path / "labs.pdf"))
    (tmp_path / "photo.bin").write_bytes(b"\x00photo" * 5000)
    attachments.add_file(clinic, case_id, tmp_path / "photo.bin")
    return case_id


def test_review_commands(clinic, specialist, service, tmp_path):
    case_id = clinic_case(clinic, tmp_path)
    submitted = submit_case(clinic, tmp_path / "clinic", case_id)
    assert SyncEngine(clinic, tmp_path / "clinic").run_once().sent == [submitted.bundle_id]
    service.wait_idle()
    bundle = submitted.bundle_id
    specialist.close()  # the commands open it themselves
    cli = Cli(tmp_path / "specialist", tmp_path / "home")

    nothing = cli("--json", "review", "list")
    assert nothing.code == 0 and nothing.json == {"cases": []}

    synced = cli("--json", "sync", "--once")
    assert synced.code == 0, synced.err
    [fetched] = synced.json["fetched"]
    assert fetched["bundle_id"] == bundle

    listed = cli("--json", "review", "list").json["cases"]
    assert [(c["bundle_id"], c["state"], c["urgency"]) for c in listed] == [
        (bundle, "stored", "urgent")
    ]
    assert listed[0]["patient_name"] == "Sunita Devi" and not listed[0]["opened"]
    text = cli("review", "list")
    assert bundle[:8] in text.out and "URGENT" in text.out and "Ready to review" in text.out

    shown = cli("--json", "review", "show", bundle[:8])
    assert shown.code == 0, shown.err
    view = shown.json
    assert view["patient"]["name"] == "Sunita Devi"
    assert view["consent"]["method"] == "verbal"
    assert [q["id"] for q in view["questions"]] == ["q1", "q2"]
    assert view["questions"][1]["text"] == "Can she travel to the district hospital?"
    assert view["timeline"] == [{"date": "2024-02", "text": "Breathless on walking for two weeks"}]
    assert view["referral"]["working_diagnosis"] == "Anaemia with breathlessness"
    assert view["status"] == "in_review"
    [report] = [d for d in view["documents"] if d["labs"]]
    assert any(lab["test"].lower().startswith("haemoglobin") for lab in report["labs"])
    assert {f["name"] for f in view["files"]} == {"labs.pdf", "photo.bin"}
    assert all(f["attachment_id"] for f in view["files"])
    assert view["summary"] is not None and view["checklist"] is not None
    human = cli("review", "show", bundle)
    assert "Q2. Can she travel to the district hospital?" in human.out
    assert "Sunita Devi" in human.out

    # Read-only: the clinic-side edit paths refuse a received case.
    extra = lab_report_pdf(tmp_path / "extra.pdf", report_date="01/04/2024")
    added = cli("import", view["case_id"], str(extra))
    assert added.code != 0 and "exactly as they sent it" in added.err

    accepted = cli("--json", "review", "accept", bundle[:8])
    assert accepted.code == 0, accepted.err
    assert accepted.json["assignment"] == "accepted"
    assert cli("--json", "review", "list").json["cases"][0]["assignment"] == "accepted"

    # The clinic hears "in review" once the specialist's next sync reports the opening.
    assert cli("sync", "--once").code == 0
    SyncEngine(clinic, tmp_path / "clinic").run_once()
    assert cases.get_case(clinic, case_id).status.value == "in_review"

    unknown = cli("review", "show", "zzzz9999")
    assert unknown.code == 1 and "review list" in unknown.err


def test_review_fetch_and_decline(clinic, specialist, service, tmp_path):
    from tests.sync.helpers import make_case

    case_id = make_case(clinic, tmp_path / "files", sizes=(30_000,))
    submitted = submit_case(clinic, tmp_path / "clinic", case_id)
    SyncEngine(clinic, tmp_path / "clinic").run_once()
    service.wait_idle()
    specialist.close()
    cli = Cli(tmp_path / "specialist", tmp_path / "home")

    fetched = cli("--json", "review", "fetch")
    assert fetched.code == 0, fetched.err
    assert [f["bundle_id"] for f in fetched.json["fetched"]] == [submitted.bundle_id]
    not_yet = cli("review", "show", "abcd")
    assert not_yet.code == 1

    declined = cli("--json", "review", "decline", submitted.bundle_id, "--reason", "On leave")
    assert declined.code == 0, declined.err
    assert declined.json["assignment"] == "declined"
    again = cli("review", "accept", submitted.bundle_id)
    assert again.code == 1 and "no longer yours" in again.err
