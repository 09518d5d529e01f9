"""A bounded LRU cache of decoded frames, with pinning and background prefetch.

Keys are ``(instance, frame_index)`` where instance is a blob's sha256 or a path. The cache
never holds more than ``max_bytes`` of frames, except for pinned ones: ``pin(key)`` marks the
frame a viewport shows (one pin per ``owner``), and a pinned frame is never evicted, so the
picture on screen cannot vanish under a burst of prefetches.

``prefetch(keys, loader)`` decodes neighbours in the background. ``loader(key)`` returns the
frame's source (a path or the file's bytes) and runs on a small thread pool (it may decrypt a
blob); the decoding itself runs in a process pool, because most decoders hold the GIL and
threads do not scale (measured in the research notes: pylibjpeg, Pillow, pyjpegls 0.8-1.0x
on two threads). Each prefetch call cancels the previous call's queued work, so scrolling
fast does not pile up stale decodes.

Thread-safety: every public method may be called from any thread; one lock guards the
entries. Processes are started with "spawn" (never fork a process that runs Qt threads).
"""

from __future__ import annotations

import functools
import multiprocessing
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from imaging.pixels import DecodeError, Frame, Source, decode_frame

Key = tuple[Hashable, int]
Loader = Callable[[Key], Source]

VISIBLE = "visible"


def _path_loader(key: Key):
    return key[0]


def _decode(source, index: int) -> Frame:
    return decode_frame(source, index)


class FrameCache:
    def __init__(self, max_bytes: int, *, workers: int = 2, processes: bool = True):
        if max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        self.max_bytes = int(max_bytes)
        self._workers = max(1, int(workers))
        self._use_processes = processes
        # Reentrant: a future's done-callback runs at once, under the lock, when cancelled.
        self._lock = threading.RLock()
        self._frames: OrderedDict[Key, Frame] = OrderedDict()
        self._bytes = 0
        self._pins: dict[str, Key] = {}
        self._in_flight: dict[Key, Future] = {}
        self._queued: list[Future] = []
        self._threads: ThreadPoolExecutor | None = None
        self._processes: ProcessPoolExecutor | None = None
        self.hits = self.misses = self.evictions = 0
        self.peak_bytes = 0

    # ---- entries

    def get(self, key: Key) -> Frame | None:
        with self._lock:
            frame = self._frames.get(key)
            if frame is None:
                self.misses += 1
                return None
            self._frames.move_to_end(key)
            self.hits += 1
            return frame

    def __contains__(self, key: Key) -> bool:
        with self._lock:
            return key in self._frames

    def __len__(self) -> int:
        with self._lock:
            return len(self._frames)

    @property
    def bytes_used(self) -> int:
        with self._lock:
            return self._bytes

    def put(self, key: Key, frame: Frame) -> bool:
        """Store ``frame``; False when it was not kept (larger than the bound and not pinned)."""
        size = frame.nbytes
        with self._lock:
            pinned = key in self._pins.values()
            if size > self.max_bytes and not pinned:
                return False
            old = self._frames.pop(key, None)
            if old is not None:
                self._bytes -= old.nbytes
            self._frames[key] = frame
            self._bytes += size
            self._evict()
            self.peak_bytes = max(self.peak_bytes, self._bytes)
            return key in self._frames

    def _evict(self) -> None:
        if self._bytes <= self.max_bytes:
            return
        pinned = set(self._pins.values())
        for key in list(self._frames):
            if self._bytes <= self.max_bytes:
                break
            if key in pinned:
                continue
            self._bytes -= self._frames.pop(key).nbytes
            self.evictions += 1

    def pin(self, key: Key, owner: str = VISIBLE) -> None:
        """Keep ``key`` whatever else comes in; moves ``owner``'s previous pin here."""
        with self._lock:
            self._pins[owner] = key
            if key in self._frames:
                self._frames.move_to_end(key)
            self._evict()

    def unpin(self, owner: str = VISIBLE) -> None:
        with self._lock:
            self._pins.pop(owner, None)
            self._evict()

    def clear(self) -> None:
        with self._lock:
            pinned = set(self._pins.values())
            for key in [k for k in self._frames if k not in pinned]:
                self._bytes -= self._frames.pop(key).nbytes

    # ---- loading

    def get_or_load(self, key: Key, loader: Loader | None = None) -> Frame:
        """The frame, decoding it on the calling thread when absent. Raises DecodeError."""
        frame = self.get(key)
        if frame is not None:
            return frame
        with self._lock:
            running = self._in_flight.get(key)
        if running is not None and not running.cancel():
            try:
                frame = running.result()
            except DecodeError:
                raise
            except Exception:  # a prefetch that died (pool shut down): decode here instead
                frame = None
            if frame is not None:
                return frame
        source = (loader or _path_loader)(key)
        frame = decode_frame(source, key[1])
        self.put(key, frame)
        return frame

    def prefetch(self, keys: Iterable[Key], loader: Loader | None = None) -> list[Future]:
        """Decode ``keys`` (nearest first) in the background; cancels earlier queued ones.

        Returns a future per key not cached yet (including ones already being decoded); each
        result is the Frame, which is also put in the cache.
        """
        loader = loader or _path_loader
        futures = []
        with self._lock:
            for stale in self._queued:
                stale.cancel()
            self._queued = []
            if self._threads is None:
                self._threads = ThreadPoolExecutor(self._workers, "frame-prefetch")
            for key in keys:
                if key in self._frames:
                    continue
                running = self._in_flight.get(key)
                if running is not None:  # already decoding: hand it back so callers can wait
                    futures.append(running)
                    continue
                future = self._threads.submit(self._load, key, loader)
                self._in_flight[key] = future
                future.add_done_callback(functools.partial(self._finished, key))
                futures.append(future)
            self._queued = list(futures)
        return futures

    def _finished(self, key: Key, _future: Future[Frame | None]) -> None:
        with self._lock:
            self._in_flight.pop(key, None)

    def _process_pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._processes is None:
                context = multiprocessing.get_context("spawn")
                self._processes = ProcessPoolExecutor(self._workers, mp_context=context)
            return self._processes

    def _load(self, key: Key, loader: Loader) -> Frame | None:
        source = loader(key)
        frame = None
        if self._use_processes:
            try:
                frame = self._process_pool().submit(_decode, source, key[1]).result()
            except (BrokenProcessPool, RuntimeError, OSError):
                # No worker processes here (a frozen app without freeze_support, a sandbox
                # that forbids them): decode on this thread instead of not at all.
                self._use_processes = False
        if frame is None:
            frame = decode_frame(source, key[1])
        self.put(key, frame)
        return frame

    def close(self) -> None:
        """Stop background work (queued prefetches are dropped); cached frames stay."""
        with self._lock:
            threads, processes = self._threads, self._processes
            self._threads = self._processes = None
            for future in self._queued:
                future.cancel()
        if threads is not None:
            threads.shutdown(wait=True, cancel_futures=True)
        if processes is not None:
            processes.shutdown(wait=True, cancel_futures=True)
