"""What the DICOM viewer is given: series of instances with loaders, and where key images and
measurements go.

The viewer never reads the store or the import code itself: the caller builds ``SeriesInput``
objects whose instances load their own bytes (a blob read, a file path), already sorted as they
should be shown, and may pass a ``KeyImageSink`` to keep marked frames and a
``MeasurementSink`` to keep measurements (and hand back those kept earlier). Thread-safety: the
dataclasses are immutable; ``InstanceInput.load`` is called on worker threads, so it must be
safe to call from any thread (``store.blobs.read_bytes`` is).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

Source = bytes | str | Path


@dataclass(frozen=True)
class InstanceInput:
    key: str  # unique: the blob's sha256 or a file path
    load: Callable[[], Source]


@dataclass(frozen=True)
class SeriesInput:
    title: str
    modality: str
    instances: list[InstanceInput] = field(default_factory=list)


@dataclass(frozen=True)
class KeyImageMark:
    sop_instance_uid: str
    frame: int
    note: str


class KeyImageSink(Protocol):
    """Keeps key images; called on the GUI thread, so a store-backed sink must queue its writes
    (for example on the DatabaseExecutor) and call ``done(error_or_None)`` when finished."""

    def save(self, mark: KeyImageMark, done: Callable[[Exception | None], None]) -> None: ...


@dataclass(frozen=True)
class MeasurementMark:
    """One measurement as kept with the case: where, what kind, and its image-pixel points."""

    sop_instance_uid: str
    frame: int
    kind: str  # "length" | "angle" | "ellipse"
    points: tuple[tuple[float, float], ...]


class MeasurementSink(Protocol):
    """Keeps measurements; ``known`` are those kept earlier, drawn again when their image shows.
    Called on the GUI thread; ``done(error_or_None)`` when the change is kept."""

    known: list[MeasurementMark]

    def save(self, mark: MeasurementMark, done: Callable[[Exception | None], None]) -> None: ...

    def clear(
        self, sop_instance_uid: str, frame: int, done: Callable[[Exception | None], None]
    ) -> None: ...
