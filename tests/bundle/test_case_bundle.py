"""A case with imported CT images and a report, bundled as a specialist would receive it."""

from __future__ import annotations

import numpy as np
import pydicom
import pytest

from sync.bundle.assemble import build_case_bundle
from sync.bundle.opener import open_bundle
from tests.support.case_setup import ct_case


@pytest.fixture
def case_id(store, tmp_path):
    return ct_case(store, tmp_path / "cd")


def _opened(tmp_path, store, case_id, service, **options):
    result = build_case_bundle(store, case_id, tmp_path / "b", [service.recipient], **options)
    opened = open_bundle(result.built.path, service.identity, tmp_path / "opened")
    return result, opened, tmp_path / "opened"


def _dicoms(folder):
    return sorted(p for p in folder.iterdir() if p.suffix == ".dcm")


def test_identified_bundle_carries_lossless_images_and_documents(tmp_path, store, case_id, service):
    _, opened, folder = _opened(tmp_path, store, case_id, service)
    manifest = opened.manifest
    assert manifest["patient"]["name"] == "Asha Verma"
    assert [s["series"][0]["instances"] for s in manifest["studies"]] == [3]
    assert {f["kind"] for f in manifest["files"]} == {"dicom", "document"}
    # The clinical sections travel too: document kinds, the checklist and the summary.
    assert [d["status"] for d in manifest["documents"]] != []
    assert manifest["summary"]["questions"] == ["Is surgery still an option?"]
    assert "missing" in manifest["checklist"]
    images = _dicoms(folder)
    assert len(images) == 3
    for image in images:
        entry = next(f for f in manifest["files"] if image.name.startswith(f["file_id"]))
        sent = pydicom.dcmread(image)
        with store.blobs.decrypted_file(entry["stored_sha256"]) as original_path:
            original = pydicom.dcmread(original_path)
        # Recompressed where it saves bytes, and always the same pixels as stored.
        assert np.array_equal(sent.pixel_array, original.pixel_array)
        assert sent.PatientName == original.PatientName


def test_deidentified_bundle_names_nobody_and_leaves_documents_out(
    tmp_path, store, case_id, service
):
    result, opened, folder = _opened(tmp_path, store, case_id, service, deidentify=True)
    manifest = opened.manifest
    assert manifest["deidentified"] is True
    assert "name" not in manifest["patient"] and manifest["patient"]["age_years"] == 52
    assert len(result.left_out) == 1  # the PDF: names are printed on it
    assert {f["kind"] for f in manifest["files"]} == {"dicom"}
    images = _dicoms(folder)
    assert [p.name.split("-", 1)[1] for p in images] == [
        "image-00001.dcm",
        "image-00002.dcm",
        "image-00003.dcm",
    ]
    series_uids = set()
    for image in images:
        ds = pydicom.dcmread(image)
        assert "Verma" not in str(ds.PatientName) and ds.PatientIdentityRemoved == "YES"
        series_uids.add(ds.SeriesInstanceUID)
    assert len(series_uids) == 1  # still one series after UID remapping
    everything = b"".join(p.read_bytes() for p in folder.iterdir())
    assert b"Verma" not in everything and b"Asha" not in everything
