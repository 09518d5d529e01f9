"""Link maths with a fake clock: chunk sizing, backoff, the rate meter and the bandwidth cap."""

from __future__ import annotations

from sync import link


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_estimates_at_2g_and_3g():
    assert link.estimate_seconds(50_000_000, link.RATE_2G) == 8000.0
    assert link.estimate_seconds(1_000_000, link.RATE_3G) == 8.0
    assert link.estimate_seconds(1, 0) == float("inf")


def test_chunk_aims_at_five_seconds_and_is_clamped():
    assert link.chunk_size(None) == 64 * 1024  # unmeasured: drains in ~10 s even on 2G
    assert link.chunk_size(100_000) == 500_000
    assert link.chunk_size(link.RATE_2G) == 64 * 1024  # 31 KB would be below the floor
    assert link.chunk_size(100 * 1024 * 1024) == 8 * 1024 * 1024


def test_chunk_grows_step_by_step_and_drains_inside_the_read_timeout():
    fast = 100 * 1024 * 1024
    assert link.chunk_size(fast, previous=64 * 1024) == 256 * 1024
    assert link.chunk_size(fast, previous=4 * 1024 * 1024) == 8 * 1024 * 1024
    # 100 KB/s with a 4 s read timeout: at most 2 s of data, not 5 s.
    assert link.chunk_size(100_000, read_timeout=4.0) == 200_000


def test_patch_read_timeout_allows_the_drain_time_and_stays_bounded():
    # 64 KiB at 2G takes ~10.5 s to cross: a 3 s read timeout alone would call that a stall.
    wait = link.patch_read_timeout(64 * 1024, link.RATE_2G, 3.0)
    assert wait > 64 * 1024 / link.RATE_2G
    assert link.patch_read_timeout(64 * 1024, None, 3.0) == wait  # unmeasured: assume 2G
    assert link.patch_read_timeout(1024, 10_000_000, 3.0) < 3.01  # fast link: the base
    assert link.patch_read_timeout(8 * 1024 * 1024, 100.0, 3.0) == link.READ_TIMEOUT_CAP


def test_send_blocks_are_a_fraction_of_a_second_of_the_link():
    assert link.send_block(None) == link.BLOCK_UNMEASURED
    assert link.send_block(link.RATE_2G) == link.RATE_2G // 4
    assert link.send_block(10_000_000) == link.BLOCK_MAX
    assert link.send_block(100.0) == link.BLOCK_MIN


def test_acked_rate_counts_what_the_far_end_acknowledged():
    clock = FakeClock()
    acked = link.AckedRate(window=30.0, clock=clock)
    assert acked.rate() is None
    acked.add(0, 2.0)  # a cut before anything crossed: no rate yet, only time
    assert acked.rate() is None
    acked.add(1_000_000, 3.0)
    assert acked.rate() == 1_000_000 / 5.0
    clock.now += 100.0
    acked.add(600_000, 1.0)  # older requests leave the window; the latest always stays
    assert acked.rate() == 600_000
    clock.now += 1000.0
    assert acked.rate() == 600_000


def test_backoff_is_full_jitter_exponential_and_capped():
    top = lambda: 1.0  # noqa: E731 - the largest draw
    assert link.backoff_delay(0) == 0.0
    assert link.backoff_delay(1, rng=top) == 0.5  # first retry after a cut: almost at once
    assert link.backoff_delay(3, rng=top) == 2.0
    assert link.backoff_delay(40, rng=top) == link.BACKOFF_CAP
    assert link.backoff_delay(5, rng=lambda: 0.0) == 0.0


def test_rate_meter_measures_over_its_window():
    clock = FakeClock()
    meter = link.RateMeter(window=10.0, clock=clock)
    meter.add(1000)
    assert meter.rate() is None  # less than a second seen: not a rate yet
    for _ in range(5):
        clock.now += 1.0
        meter.add(1000)
    assert meter.rate() == 6000 / 5.0
    clock.now += 60.0
    assert meter.rate() is None  # old samples leave the window


def test_token_bucket_holds_the_cap():
    clock = FakeClock()
    bucket = link.TokenBucket(10_000, clock=clock, sleep=clock.sleep)
    start = clock.now
    sent = 0
    while sent < 100_000:
        block = bucket.block_size()
        assert block <= 10_000 / 8
        bucket.take(block)
        sent += block
    elapsed = clock.now - start
    # 100 KB at 10 KB/s: about ten seconds of (fake) time, never much less.
    assert 9.0 <= elapsed <= 11.0


def test_token_bucket_without_cap_never_waits_and_stops_on_cancel():
    clock = FakeClock()
    free = link.TokenBucket(None, clock=clock, sleep=clock.sleep)
    assert free.take(10_000_000)
    assert clock.now == 1000.0
    capped = link.TokenBucket(1000, clock=clock, sleep=clock.sleep)
    assert capped.take(100_000, cancelled=lambda: True) is False
