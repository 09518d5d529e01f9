"""Decodes DICOM frames off the GUI thread and hands them back through a Qt signal.

``FrameLoader.request`` answers at once from the shared ``imaging.frame_cache.FrameCache`` when
the frame is there; otherwise it queues a job on its own pool that loads the instance's bytes,
reads the header (for overlays, tags, calibration, the file's own window) and decodes the one
frame. Results and decode failures both arrive as ``LoadResult`` on ``ready``. Neighbouring
frames are prefetched by the cache's own background pool (each prefetch call drops the
previous call's queued work), and the visible frame of each viewport stays pinned.
Thread-safety: create and call on the GUI thread; ``_work`` runs on pool threads and only
touches the lock-protected caches.
"""

from __future__ import annotations

import io
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import pydicom
from PySide6.QtCore import QObject, Signal, Slot

from desktop.viewers.series_input import InstanceInput, Source
from desktop.workers import JobPool
from imaging import calibration as calibration_mod
from imaging import display, pixels
from imaging.frame_cache import FrameCache

log = logging.getLogger(__name__)

# About 500 CT slices of 512 x 512: sized for the 4 GB machines many clinics have.
CACHE_BYTES = 256 * 1024 * 1024
SOURCES_KEPT = 3  # a multi-frame clip is read once, not once per frame
PREFETCH_AHEAD = 4


@dataclass
class InstanceHeader:
    dataset: Any  # pydicom Dataset without pixel data
    info: Any  # imaging.pixels.ImageInfo
    default_window: Any  # imaging.display.Window | None
    calibration: Any  # imaging.calibration.Calibration

    @property
    def frames(self) -> int:
        return max(1, int(getattr(self.info, "frames", 1) or 1))


@dataclass
class LoadResult:
    key: str
    frame: int
    header: InstanceHeader | None = None
    values: Any = None  # imaging.pixels.Frame
    error_code: str = ""
    syntax_name: str = ""  # the transfer syntax's plain name, for the decode error words

    @property
    def ok(self) -> bool:
        return self.values is not None


def read_header_dataset(source: Source) -> Any:
    raw = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
    return pydicom.dcmread(raw, stop_before_pixels=True, force=True)


class _Sources:
    """A few recently loaded instances' bytes or paths, so frames of one clip share one read."""

    def __init__(self) -> None:
        self._items: OrderedDict[str, Source] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, instance: InstanceInput) -> Source:
        with self._lock:
            if instance.key in self._items:
                self._items.move_to_end(instance.key)
                return self._items[instance.key]
        source = instance.load()
        with self._lock:
            self._items[instance.key] = source
            while len(self._items) > SOURCES_KEPT:
                self._items.popitem(last=False)
        return source


class FrameLoader(QObject):
    ready = Signal(object)  # LoadResult

    def __init__(self, parent: QObject | None = None, cache: FrameCache | None = None) -> None:
        super().__init__(parent)
        self.pool = JobPool(2, self)
        self.cache = cache if cache is not None else FrameCache(CACHE_BYTES)
        self._headers: dict[str, InstanceHeader] = {}
        self._header_errors: dict[str, tuple[str, str]] = {}
        self._lock = threading.Lock()
        self._sources = _Sources()
        self._pending: dict[tuple[str, int], str] = {}
        self._instances: dict[str, InstanceInput] = {}

    def header(self, key: str) -> InstanceHeader | None:
        with self._lock:
            return self._headers.get(key)

    def request(self, instance: InstanceInput, frame: int, owner: str) -> LoadResult | None:
        """The frame now if cached (returned), else queued and delivered on ``ready``.

        ``owner`` names the viewport: its visible frame stays pinned in the cache.
        """
        self._instances[instance.key] = instance
        header = self.header(instance.key)
        cached = self.cache.get((instance.key, frame))
        if header is not None and cached is not None:
            self.cache.pin((instance.key, frame), owner)
            return LoadResult(instance.key, frame, header, cached)
        if (instance.key, frame) not in self._pending:
            self._pending[(instance.key, frame)] = owner

            def work(cancel: threading.Event, progress) -> LoadResult:
                return self._work(instance, frame, cancel)

            self.pool.submit(work, succeeded=self._done)
        return None

    def prefetch(self, wanted: list[tuple[InstanceInput, int]]) -> None:
        """Decode these next (nearest first) in the cache's background pool."""
        for instance, _frame in wanted:
            self._instances[instance.key] = instance
        keys = [(i.key, f) for i, f in wanted[:PREFETCH_AHEAD]]
        self.cache.prefetch(keys, self._source_of)

    def _source_of(self, key) -> Source:
        # Runs on the cache's prefetch threads; _instances only grows on the GUI thread.
        instance = self._instances[key[0]]
        source = self._sources.get(instance)
        # The header too, so scrolling onto a prefetched frame shows it at once.
        _safe(self._load_header, instance, source)
        return source

    def _load_header(self, instance: InstanceInput, source: Source) -> InstanceHeader:
        with self._lock:
            known = self._headers.get(instance.key)
        if known is not None:
            return known
        info = pixels.open_image(source)  # typed DecodeError for files that are not images
        dataset = read_header_dataset(source)
        header = InstanceHeader(
            dataset,
            info,
            _safe(display.default_window, info),
            _safe(calibration_mod.calibration, info),
        )
        with self._lock:
            self._headers[instance.key] = header
        return header

    def _work(self, instance: InstanceInput, frame: int, cancel: threading.Event) -> LoadResult:
        result = LoadResult(instance.key, frame)
        if cancel.is_set():
            result.error_code = "cancelled"
            return result
        try:
            source = self._sources.get(instance)
            result.header = self._load_header(instance, source)
            result.values = self.cache.get_or_load((instance.key, frame), lambda _key: source)
        except pixels.DecodeError as exc:
            result.error_code = exc.code
            result.syntax_name = exc.syntax_name
        except Exception as exc:
            # Type only: messages about a damaged file may quote its contents.
            log.info("frame could not be read: %s", type(exc).__name__)
            result.error_code = pixels.UNREADABLE
        return result

    @Slot(object)
    def _done(self, result: LoadResult) -> None:
        owner = self._pending.pop((result.key, result.frame), None)
        if result.error_code == "cancelled":
            return
        if result.ok and owner is not None:
            self.cache.pin((result.key, result.frame), owner)
        self.ready.emit(result)

    def shutdown(self) -> None:
        self.cache.close()
        self.pool.shutdown(3000)


def _safe(fn, *args):
    # A header the helpers cannot interpret still shows its pixels, just without extras.
    try:
        return fn(*args)
    except Exception as exc:
        log.info("header detail unavailable: %s", type(exc).__name__)
        return None
