"""An update of a case already sent: a small bundle with only the new files and a note, whose
manifest names the bundle it follows; the first bundle's shape is unchanged."""

from __future__ import annotations

from local_store import attachments, cases
from local_store.models import Patient, Referral
from sync.bundle.assemble import Update, build_case_bundle
from sync.bundle.opener import open_bundle


def test_update_bundle_holds_only_the_new_file_and_names_the_first(tmp_path, store, service):
    case_id = cases.create_case(
        store,
        Patient(name="Asha Verma", age_years=52),
        referral=Referral(specialty="oncology", questions=["Is surgery still an option?"]),
    )
    first_file = tmp_path / "echo.pdf"
    first_file.write_bytes(b"%PDF-1.4\n% first\n%%EOF\n")
    attachments.add_file(store, case_id, first_file)
    first = build_case_bundle(store, case_id, tmp_path / "first", [service.recipient])
    first_manifest = open_bundle(first.built.path, service.identity, tmp_path / "o1").manifest
    assert "update_of" not in first_manifest  # earlier bundles stay exactly as they were

    later = tmp_path / "biopsy-result.pdf"
    later.write_bytes(b"%PDF-1.4\n% biopsy\n%%EOF\n")
    new = attachments.add_file(store, case_id, later).attachment
    update = Update(first.built.bundle_id, [new.id], "Biopsy result came back today.")
    result = build_case_bundle(
        store, case_id, tmp_path / "update", [service.recipient], update=update
    )
    manifest = open_bundle(result.built.path, service.identity, tmp_path / "o2").manifest
    assert manifest["update_of"] == first.built.bundle_id
    assert manifest["update_note"] == "Biopsy result came back today."
    assert [f["name"] for f in manifest["files"]] == ["biopsy-result.pdf"]
    assert result.sent == [new.id]
