"""Which of a case's files a bundle holds: the one rule the review screen, the bundle builder
and the command line all use.

A DICOM attachment belongs to the series its index rows name, and the user's series choice
(``series_uids``; None means every series) decides whether it goes. A DICOM attachment the
index does not know (attached as a plain file, or one the importer could not read) belongs to
no series, so no series choice can drop it: it goes, like a report or a photo, and the review
lists it with the other files. A de-identified bundle holds DICOM only: names are printed on
documents and photos, so they are left out, and the selection says which.
Thread-safety: pure functions over values, except ``select_case_files`` which reads the store
on the calling thread.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from local_store import attachments, dicom_index
from local_store.dicom_index import Study
from local_store.models import Attachment, AttachmentKind
from local_store.store import Store


@dataclass(frozen=True)
class ChosenFile:
    """One attachment that goes, with the series it belongs to (None: no series)."""

    attachment: Attachment
    series_uid: str | None

    @property
    def name(self) -> str:
        return self.attachment.name

    @property
    def size(self) -> int:
        return self.attachment.size

    @property
    def sha256(self) -> str:
        return self.attachment.sha256

    @property
    def kind(self) -> str:
        return self.attachment.kind.value


@dataclass(frozen=True)
class Selection:
    files: list[ChosenFile]  # what goes, in the case's attachment order
    left_out: list[Attachment] = field(default_factory=list)  # what de-identify drops

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)


def series_of_attachments(studies: Iterable[Study]) -> dict[str, str]:
    """Attachment id -> the UID of the series the index puts it in."""
    return {
        ref.attachment_id: series.series_uid
        for study in studies
        for series in study.series
        for ref in series.instance_refs
    }


def select_files(
    case_attachments: Iterable[Attachment],
    studies: Iterable[Study],
    series_uids: Collection[str] | None = None,
    *,
    deidentify: bool = False,
) -> Selection:
    """The files a bundle of these attachments holds for this series choice and switch."""
    series_of = series_of_attachments(studies)
    chosen: list[ChosenFile] = []
    left_out: list[Attachment] = []
    for item in case_attachments:
        series_uid = series_of.get(item.id) if item.kind is AttachmentKind.DICOM else None
        if series_uid is not None and series_uids is not None and series_uid not in series_uids:
            continue
        if deidentify and item.kind is not AttachmentKind.DICOM:
            left_out.append(item)
            continue
        chosen.append(ChosenFile(item, series_uid))
    return Selection(chosen, left_out)


def select_case_files(
    store: Store,
    case_id: str,
    series_uids: Collection[str] | None = None,
    *,
    deidentify: bool = False,
) -> tuple[Selection, list[Study]]:
    """``select_files`` over the case as stored; also the case's studies (for the manifest)."""
    studies = dicom_index.list_studies(store, case_id)
    case_attachments = attachments.list_attachments(store, case_id)
    return select_files(case_attachments, studies, series_uids, deidentify=deidentify), studies
