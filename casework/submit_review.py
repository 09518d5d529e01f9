"""The Submit review as plain state: what will be sent, its size and time, and to whom.

``load_review`` reads everything the review needs in one go (on the database executor in the
desktop). ``SubmitReview`` holds the user's choices (the ticked series, the de-identify switch)
and answers from them what goes, through ``sync.bundle.selection.select_files``, the rule the
bundle builder uses, so what the screen lists is what the bundle holds. Sizes are plain bytes
before compression (an upper bound); times are seconds at 2G, 3G and the measured link. No
words here: the view turns figures and codes into sentences. Thread-safety: not thread-safe;
one owner (the GUI thread in the desktop, the test in tests).
"""

from __future__ import annotations

from dataclasses import dataclass

from local_store import attachments, cases, dicom_index, key_images
from local_store import outbox as outbox_store
from local_store.dicom_index import Series, Study
from local_store.models import Attachment, Case
from sync import enrollment as enrollment_module
from sync import link
from sync.bundle.selection import ChosenFile, Selection, select_files
from sync.enrollment import Enrollment


@dataclass(frozen=True)
class ReviewData:
    """Everything the review shows, read in one go."""

    case: Case
    attachments: list[Attachment]
    studies: list[Study]
    key_series: dict[str, int]  # series UID -> key images marked in it
    key_image_count: int
    measured_rate: float | None  # bytes/s the engine measured, None before any sending
    enrollment: Enrollment | None


def load_review(store, case_id: str) -> ReviewData:
    studies = dicom_index.list_studies(store, case_id)
    series_of_sop = {
        ref.sop_instance_uid: series.series_uid
        for study in studies
        for series in study.series
        for ref in series.instance_refs
    }
    marked = key_images.list_key_images(store, case_id)
    key_series: dict[str, int] = {}
    for key in marked:
        uid = series_of_sop.get(key.sop_instance_uid)
        if uid is not None:
            key_series[uid] = key_series.get(uid, 0) + 1
    return ReviewData(
        case=cases.get_case(store, case_id),
        attachments=attachments.list_attachments(store, case_id),
        studies=studies,
        key_series=key_series,
        key_image_count=len(marked),
        measured_rate=outbox_store.measured_rate(store),
        enrollment=enrollment_module.current(store),
    )


@dataclass(frozen=True)
class SeriesRow:
    """A series the user can tick: its study, its key images and what it weighs."""

    study: Study
    series: Series
    key_images: int
    size: int

    @property
    def uid(self) -> str:
        return self.series.series_uid


@dataclass(frozen=True)
class Estimates:
    """Seconds to send ``size`` bytes at 2G, at 3G and at the measured rate (None: unmeasured)."""

    size: int
    on_2g: float
    on_3g: float
    measured: float | None


class SubmitReview:
    """The review's choices and what follows from them. Every series starts ticked."""

    def __init__(self, data: ReviewData) -> None:
        self.data = data
        self.deidentify = False  # off by default: a second opinion needs the patient
        everything = self._select(None)
        sizes: dict[str, int] = {}
        for f in everything.files:
            if f.series_uid is not None:
                sizes[f.series_uid] = sizes.get(f.series_uid, 0) + f.size
        # Only series with files to send are offered (the index may list a series whose
        # files are gone).
        self.series_rows = [
            SeriesRow(study, series, data.key_series.get(series.series_uid, 0), sizes[uid])
            for study in data.studies
            for series in study.series
            if (uid := series.series_uid) in sizes
        ]
        self._ticked = {row.uid for row in self.series_rows}

    # ------------------------------------------------------------------ choices

    def is_ticked(self, series_uid: str) -> bool:
        return series_uid in self._ticked

    def set_ticked(self, series_uid: str, ticked: bool) -> None:
        if ticked:
            self._ticked.add(series_uid)
        else:
            self._ticked.discard(series_uid)

    def tick_all(self) -> None:
        self._ticked = {row.uid for row in self.series_rows}

    def tick_key_series(self) -> None:
        """Only the series holding a key image."""
        self._ticked = {row.uid for row in self.series_rows if row.uid in self.data.key_series}

    def set_deidentify(self, on: bool) -> None:
        self.deidentify = on

    def selected_series(self) -> list[str] | None:
        """The ticked series UIDs in screen order, or None when every series is ticked."""
        ticked = [row.uid for row in self.series_rows if row.uid in self._ticked]
        return None if len(ticked) == len(self.series_rows) else ticked

    # ------------------------------------------------------------------ what follows

    def _select(self, series_uids) -> Selection:
        data = self.data
        return select_files(data.attachments, data.studies, series_uids, deidentify=self.deidentify)

    def selection(self) -> Selection:
        """What the bundle built from these choices holds."""
        return self._select(self.selected_series())

    def files_to_send(self) -> list[ChosenFile]:
        return self.selection().files

    def other_files(self) -> list[ChosenFile]:
        """Files in no series (reports, photos, unindexed DICOM): no tick drops them."""
        return [f for f in self._select(None).files if f.series_uid is None]

    def left_out(self) -> list[Attachment]:
        """What de-identification leaves out (names are printed on it)."""
        return self.selection().left_out

    @property
    def total_bytes(self) -> int:
        return self.selection().total_bytes

    def estimates(self) -> Estimates:
        size = self.total_bytes
        rate = self.data.measured_rate
        return Estimates(
            size,
            link.estimate_seconds(size, link.RATE_2G),
            link.estimate_seconds(size, link.RATE_3G),
            link.estimate_seconds(size, rate) if rate else None,
        )

    @property
    def no_series_ticked(self) -> bool:
        """There are scan series and none of them goes: only reports and photos would."""
        return bool(self.series_rows) and not any(self.is_ticked(r.uid) for r in self.series_rows)

    @property
    def key_series_offered(self) -> bool:
        return bool(self.data.key_series)

    # ------------------------------------------------------------------ recipient

    @property
    def enrolled(self) -> bool:
        return self.data.enrollment is not None

    @property
    def service_url(self) -> str | None:
        return self.data.enrollment.service_url if self.data.enrollment else None

    @property
    def service_fingerprint(self) -> str | None:
        return self.data.enrollment.service_fingerprint if self.data.enrollment else None

    def build_choices(self) -> dict:
        """The keyword arguments of ``sync.submit.submit_case`` for these choices."""
        return {"series_uids": self.selected_series(), "deidentify": self.deidentify}
