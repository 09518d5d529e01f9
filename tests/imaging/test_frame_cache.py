"""FrameCache: the byte bound holds, the pinned (visible) frame survives, prefetch decodes ahead."""

from __future__ import annotations

import threading

import numpy as np
import pydicom
import pytest

from imaging import pixels
from imaging.frame_cache import FrameCache
from testdata import dicom


def _frame(nbytes: int) -> pixels.Frame:
    info = pixels.ImageInfo(
        rows=1,
        columns=nbytes // 2,
        frames=1,
        photometric="MONOCHROME2",
        bits=16,
        bits_allocated=16,
        samples_per_pixel=1,
        pixel_representation=1,
        transfer_syntax=pydicom.uid.ExplicitVRLittleEndian,
        frame_time_ms=None,
        is_colour=False,
    )
    return pixels.Frame(values=np.zeros((1, nbytes // 2), dtype=np.int16), info=info)


def test_never_holds_more_than_the_bound_and_evicts_least_recently_used():
    cache = FrameCache(10_000, processes=False)
    for i in range(10):
        cache.put(("a", i), _frame(2_000))
        assert cache.bytes_used <= 10_000
    assert len(cache) == 5
    assert [("a", i) in cache for i in range(10)] == [False] * 5 + [True] * 5
    cache.get(("a", 5))  # used again: now the most recent
    cache.put(("a", 10), _frame(2_000))
    assert ("a", 5) in cache and ("a", 6) not in cache
    assert cache.peak_bytes <= 10_000


def test_pinned_frame_is_never_evicted():
    cache = FrameCache(10_000, processes=False)
    cache.put(("series", 0), _frame(4_000))
    cache.pin(("series", 0))
    for i in range(1, 20):
        cache.put(("series", i), _frame(4_000))
        assert ("series", 0) in cache
    # Moving the pin (the user scrolled) releases the old frame to the LRU rule.
    cache.pin(("series", 19))
    for i in range(20, 23):
        cache.put(("series", i), _frame(4_000))
    assert ("series", 0) not in cache and ("series", 19) in cache
    assert cache.bytes_used <= 10_000


def test_one_pin_per_viewport():
    cache = FrameCache(8_000, processes=False)
    cache.put(("left", 0), _frame(4_000))
    cache.put(("right", 0), _frame(4_000))
    cache.pin(("left", 0), owner="left")
    cache.pin(("right", 0), owner="right")
    for i in range(1, 5):
        cache.put(("other", i), _frame(4_000))
    assert ("left", 0) in cache and ("right", 0) in cache
    cache.unpin("left")
    cache.put(("other", 9), _frame(4_000))
    assert ("left", 0) not in cache and ("right", 0) in cache


def test_a_frame_larger_than_the_bound_is_kept_only_while_visible():
    cache = FrameCache(1_000, processes=False)
    assert cache.put(("big", 0), _frame(4_000)) is False
    cache.pin(("big", 0))
    assert cache.put(("big", 0), _frame(4_000)) is True
    assert cache.get(("big", 0)) is not None


def test_get_or_load_decodes_once_and_reports_decode_errors(tmp_path):
    path = dicom.ct_image(tmp_path / "ct.dcm")
    cache = FrameCache(10_000_000, processes=False)
    first = cache.get_or_load((path, 0))
    assert cache.get_or_load((path, 0)) is first
    assert cache.hits >= 1
    cut = tmp_path / "cut.dcm"
    cut.write_bytes(path.read_bytes()[:-500])
    with pytest.raises(pixels.DecodeError):
        cache.get_or_load((cut, 0))
    assert (cut, 0) not in cache


@pytest.mark.parametrize("processes", [True, False])
def test_prefetch_decodes_neighbours_in_the_background(processes, tmp_path):
    path = dicom.us_cine(tmp_path / "us.dcm", frames=8)
    blob = path.read_bytes()
    cache = FrameCache(50_000_000, workers=2, processes=processes)
    try:
        # The loader stands in for decrypting a blob: it hands over the file's bytes.
        futures = cache.prefetch([("sha-of-clip", i) for i in range(8)], lambda key: blob)
        for future in futures:
            future.result(timeout=120)
        assert len(cache) == 8
        frame = cache.get(("sha-of-clip", 7))
        assert np.array_equal(frame.values, pixels.decode_frame(path, 7).values)
    finally:
        cache.close()


def test_a_new_prefetch_cancels_the_queued_one(tmp_path):
    path = dicom.ct_image(tmp_path / "ct.dcm")
    cache = FrameCache(50_000_000, workers=1, processes=False)
    # The one worker is held on the first frame, so the other fifty are surely still queued
    # when the next prefetch comes, however loaded the machine is.
    started, release = threading.Event(), threading.Event()

    def held_loader(key):
        if key == (path, 0):
            started.set()
            assert release.wait(timeout=60)
        return str(key[0])

    try:
        stale = cache.prefetch([(path, 0)] + [(f"missing-{i}", 0) for i in range(50)], held_loader)
        assert started.wait(timeout=60)
        fresh = cache.prefetch([(path, 0)])
        assert [f.cancelled() for f in stale] == [False] + [True] * 50
        assert fresh == [stale[0]]  # the frame being decoded is handed back, not decoded twice
        release.set()
        for future in fresh:
            future.result(timeout=60)
        assert (path, 0) in cache
    finally:
        release.set()
        cache.close()
