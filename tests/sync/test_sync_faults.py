"""Sending a bundle over a bad link: every fault ends with it delivered exactly once.

The real sync engine (or `main.py sync --once` in a child process) sends to the reference
service on 127.0.0.1 through the fault proxy: cuts every few hundred KB, a stall longer than
the read timeout, a slow link, 500 and 503 answers, a token that expires, and SIGKILL of the
client mid-upload. Each test then checks what a clinic cares about: the service holds exactly
one bundle for the case, every file equal byte for byte to the local bundle, and the case
says delivered; for cuts, that sending went on from the service's offset (one upload per
file, never restarted, at most one chunk sent again per cut).
Every wait is bounded: the proxy stops by itself, runs and child processes have deadlines.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from local_store import outbox
from sync import link
from sync.engine import SyncEngine
from sync.transport.http import DEFAULT_TIMEOUTS
from tests.conftest import TEST_PASSPHRASE
from tests.support.fault_clinic import assert_delivered_once, enrolled_clinic
from tests.support.fault_proxy import FaultPlan, FaultProxy
from tests.support.running_service import running_service

ROOT = Path(__file__).resolve().parents[2]
TIMEOUTS = (2.0, 3.0)  # connect, read: short, so stalls are found quickly
MAX_RUNS = 8  # `sync --once` runs a user (or a scheduler) would make before giving up

pytestmark = pytest.mark.faults


class CountingMeter(link.RateMeter):
    """The engine's rate meter, also counting every byte the client handed to the link."""

    def __init__(self) -> None:
        super().__init__()
        self.total = 0

    def add(self, n: int) -> None:
        self.total += n
        super().add(n)


def _send_until_delivered(clinic, timeouts=TIMEOUTS):
    """Runs the engine's `--once` pass until nothing is pending (bounded); returns the engine
    of the last run, the total bytes sent and the number of runs."""
    sent_total, runs = 0, 0
    engine = None
    with clinic.open_store() as store:
        for runs in range(1, MAX_RUNS + 1):  # noqa: B007 - the count is returned
            engine = SyncEngine(store, clinic.data_dir, timeouts=timeouts)
            engine.gauge.meter = meter = CountingMeter()
            result = engine.run_once()
            sent_total += meter.total
            assert not result.failed, result.failed
            if result.pending == 0:
                break
        else:
            pytest.fail(f"not delivered after {MAX_RUNS} runs")
    return engine, sent_total, runs


def _uploads_created(stats) -> int:
    return sum(1 for method, target in stats.requests if method == "POST" and "/uploads" in target)


def _bundle_files(clinic) -> int:
    return sum(1 for name in clinic.hashes if name.endswith(".age"))


def _port(service) -> int:
    return int(service.url.rsplit(":", 1)[1])


@pytest.fixture
def service(tmp_path):
    with running_service(tmp_path) as handle:
        yield handle


def test_cut_every_few_hundred_kb(tmp_path, service):
    plan = FaultPlan(cut_every=300_000, cut_jitter=0.3, seed=3, deadline_seconds=120)
    with FaultProxy(_port(service), plan) as proxy:
        clinic = enrolled_clinic(tmp_path, service.new_code(), proxy.url, sizes=(2_000_000,))
        engine, sent, _ = _send_until_delivered(clinic)
        stats = proxy.stats()
    assert_delivered_once(clinic, service.data_dir)
    assert stats.cuts >= 5
    # Resumed, never restarted: one upload per file, none deleted, the offsets asked by HEAD.
    assert _uploads_created(stats) == _bundle_files(clinic)
    assert not any(method == "DELETE" for method, _ in stats.requests)
    assert sum(1 for method, _ in stats.requests if method == "HEAD") >= stats.cuts // 2
    # At most one chunk sent again per cut.
    assert sent - clinic.upload_bytes <= stats.cuts * max(
        engine.gauge.chunk_sizes or [link.CHUNK_MAX]
    )


def test_stall_longer_than_the_read_timeout(tmp_path, service):
    # The link goes silent twice, each time for longer than the client's read timeout.
    plan = FaultPlan(stall_at=(400_000, 900_000), stall_seconds=4.0, deadline_seconds=120)
    with FaultProxy(_port(service), plan) as proxy:
        clinic = enrolled_clinic(tmp_path, service.new_code(), proxy.url, sizes=(1_200_000,))
        _send_until_delivered(clinic, timeouts=(2.0, 1.5))
        stats = proxy.stats()
    assert_delivered_once(clinic, service.data_dir)
    assert stats.stalls == 2
    assert stats.swallowed_up > 0
    assert _uploads_created(stats) == _bundle_files(clinic)


def test_slow_link(tmp_path, service):
    rate = 80_000  # bytes/s each way, about 2G/EDGE
    plan = FaultPlan(rate_up=rate, rate_down=rate, deadline_seconds=120)
    with FaultProxy(_port(service), plan) as proxy:
        clinic = enrolled_clinic(tmp_path, service.new_code(), proxy.url, sizes=(500_000,))
        # The product's own timeouts: the short test ones would expire while a first chunk
        # sized before any measurement still drains through the slow link.
        engine, sent, runs = _send_until_delivered(clinic, timeouts=DEFAULT_TIMEOUTS)
    assert_delivered_once(clinic, service.data_dir)
    assert runs == 1
    assert sent == clinic.upload_bytes  # nothing sent twice on a slow but steady link
    # Chunks were sized from the measured link, far below what an open link would get.
    assert engine.gauge.chunk_sizes
    assert max(engine.gauge.chunk_sizes[1:] or [0]) < link.CHUNK_MAX
    with clinic.open_store() as store:
        assert outbox.measured_rate(store) is not None


def test_2g_link_with_a_read_timeout_shorter_than_a_chunk_takes(tmp_path, service):
    # 50 kbit/s: the first 64 KiB chunk needs ~10 s to cross, five times the read timeout. A
    # slow but live link must not be taken for a stall: every PATCH is answered, none is cut
    # off by a timeout, and nothing is sent twice.
    plan = FaultPlan(rate_up=link.RATE_2G, rate_down=link.RATE_2G, deadline_seconds=150)
    with FaultProxy(_port(service), plan) as proxy:
        clinic = enrolled_clinic(tmp_path, service.new_code(), proxy.url, sizes=(40_000,))
        engine, sent, runs = _send_until_delivered(clinic, timeouts=(3.0, 2.0))
        stats = proxy.stats()
    assert_delivered_once(clinic, service.data_dir)
    assert runs == 1
    assert engine.gauge.fast_resumes == 0  # no PATCH ended early
    assert sent == clinic.upload_bytes
    assert stats.cuts == 0 and stats.stalls == 0
    with clinic.open_store() as store:
        rate = outbox.measured_rate(store)
    # Measured from what the service acknowledged, so never above what the link carries.
    assert rate is not None and rate <= link.RATE_2G * 1.05


def test_stall_on_a_slow_link_is_still_found(tmp_path, service):
    # A slow link (PATCH answers may wait for the drain time) that then goes silent: the
    # longer PATCH wait is bounded, so the stall ends in a timeout or a reset and the upload
    # goes on from the service's offset.
    rate = 40_000
    plan = FaultPlan(
        rate_up=rate, rate_down=rate, stall_at=(150_000,), stall_seconds=6.0, deadline_seconds=150
    )
    with FaultProxy(_port(service), plan) as proxy:
        clinic = enrolled_clinic(tmp_path, service.new_code(), proxy.url, sizes=(300_000,))
        _send_until_delivered(clinic, timeouts=(2.0, 1.5))
        stats = proxy.stats()
    assert_delivered_once(clinic, service.data_dir)
    assert stats.stalls == 1
    assert _uploads_created(stats) == _bundle_files(clinic)


@pytest.mark.parametrize(
    ("method", "target", "statuses", "skip"),
    [
        ("PATCH", None, (503, 500, 503), 1),
        ("POST", "/v1/bundles", (503, 500), 0),
        ("POST", "/commit", (503,), 0),
    ],
    ids=["uploads-503-500-503", "register-503-500", "commit-503"],
)
def test_server_errors_500_and_503(tmp_path, service, method, target, statuses, skip):
    plan = FaultPlan(
        statuses=statuses, status_method=method, status_target=target, status_skip=skip
    )
    with FaultProxy(_port(service), plan) as proxy:
        clinic = enrolled_clinic(tmp_path, service.new_code(), proxy.url, sizes=(600_000,))
        _send_until_delivered(clinic)
        stats = proxy.stats()
    assert stats.injected == list(statuses)
    assert_delivered_once(clinic, service.data_dir)


def test_token_expires_before_and_during_the_upload(tmp_path):
    with running_service(tmp_path, token_ttl_seconds=2) as service:
        plan = FaultPlan(rate_up=150_000, rate_down=150_000, deadline_seconds=120)
        with FaultProxy(_port(service), plan) as proxy:
            clinic = enrolled_clinic(tmp_path, service.new_code(), proxy.url, sizes=(700_000,))
            time.sleep(2.5)  # the token from enrolling has expired: the first request gets 401
            _send_until_delivered(clinic)
            stats = proxy.stats()
        assert_delivered_once(clinic, service.data_dir)
    renewals = [t for m, t in stats.requests if m == "POST" and t.endswith("/v1/token")]
    assert len(renewals) >= 2  # before the upload and again during its ~5 s
    assert _uploads_created(stats) == _bundle_files(clinic)


def _cli_env(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEBRIDGE_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["CASEBRIDGE_HOME"] = str(tmp_path / "home")
    env["CASEBRIDGE_PASSPHRASE"] = TEST_PASSPHRASE
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _sync_once(clinic, tmp_path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "main.py", "sync", "--once", "--data-dir", str(clinic.data_dir)],
        cwd=ROOT,
        env=_cli_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL needs a POSIX system")
def test_sigkill_of_sync_once_mid_upload_then_a_rerun(tmp_path, service):
    size = 1_500_000
    plan = FaultPlan(rate_up=250_000, rate_down=250_000, deadline_seconds=120)
    with FaultProxy(_port(service), plan) as proxy:
        clinic = enrolled_clinic(tmp_path, service.new_code(), proxy.url, sizes=(size,))
        child = _sync_once(clinic, tmp_path)
        try:
            deadline = time.monotonic() + 60
            while proxy.stats().bytes_up < size // 3:
                assert child.poll() is None, "sync --once ended before it could be killed"
                assert time.monotonic() < deadline, "the upload never got going"
                time.sleep(0.05)
            os.kill(child.pid, signal.SIGKILL)
        finally:
            if child.poll() is None:
                child.kill()
            child.wait(10)
        before_rerun = proxy.stats()
        rerun = _sync_once(clinic, tmp_path)
        try:
            assert rerun.wait(90) == 0
        finally:
            if rerun.poll() is None:
                rerun.kill()
                rerun.wait(10)
        stats = proxy.stats()
    assert child.returncode == -signal.SIGKILL
    assert_delivered_once(clinic, service.data_dir)
    # The rerun asked for the offsets and went on: no upload made twice, and the bytes that
    # crossed the link after the kill are about what was still missing, not the whole file.
    assert _uploads_created(stats) == _bundle_files(clinic)
    resent_after_kill = stats.bytes_up - before_rerun.bytes_up
    assert resent_after_kill < clinic.upload_bytes - size // 4
