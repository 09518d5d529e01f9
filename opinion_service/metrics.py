"""Counters for Prometheus, served as text at ``GET /metrics``: uploads in progress, bytes
received, commits, refusals by code, queue depth, lock waits. Per instance; Prometheus adds
the instances up.

Thread-safety: counters change under one lock, from the event loop and worker threads alike.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.bytes_received = 0
        self.commits = 0
        self.refusals: Counter[str] = Counter()
        self.lock_waits = 0
        self.lock_wait_seconds = 0.0
        self.requests = 0

    def received(self, count: int) -> None:
        with self._lock:
            self.bytes_received += count

    def committed(self) -> None:
        with self._lock:
            self.commits += 1

    def refused(self, code: str) -> None:
        with self._lock:
            self.refusals[code] += 1

    def lock_waited(self, seconds: float) -> None:
        with self._lock:
            self.lock_waits += 1
            self.lock_wait_seconds += seconds

    def request(self) -> None:
        with self._lock:
            self.requests += 1

    def text(self, uploads_in_progress: int, queue_depth: Callable[[], int]) -> str:
        """The Prometheus text exposition (version 0.0.4)."""
        with self._lock:
            rows: list[tuple[str, str, str, list[tuple[str, float]]]] = [
                (
                    "casebridge_uploads_in_progress",
                    "gauge",
                    "PATCH requests streaming now",
                    [("", uploads_in_progress)],
                ),
                (
                    "casebridge_received_bytes_total",
                    "counter",
                    "upload bytes received",
                    [("", self.bytes_received)],
                ),
                ("casebridge_commits_total", "counter", "bundles committed", [("", self.commits)]),
                (
                    "casebridge_refusals_total",
                    "counter",
                    "requests refused, by error code",
                    [(f'{{code="{code}"}}', n) for code, n in sorted(self.refusals.items())],
                ),
                (
                    "casebridge_lock_waits_total",
                    "counter",
                    "requests that waited for an upload",
                    [("", self.lock_waits)],
                ),
                (
                    "casebridge_lock_wait_seconds_total",
                    "counter",
                    "time spent waiting",
                    [("", round(self.lock_wait_seconds, 6))],
                ),
                (
                    "casebridge_requests_total",
                    "counter",
                    "HTTP requests served",
                    [("", self.requests)],
                ),
            ]
        rows.append(
            (
                "casebridge_queue_depth",
                "gauge",
                "jobs waiting, all instances",
                [("", queue_depth())],
            )
        )
        lines = []
        for name, kind, help_text, samples in rows:
            lines.append(f"# HELP {name} {help_text}")
            lines.append(f"# TYPE {name} {kind}")
            lines.extend(f"{name}{labels} {value}" for labels, value in samples)
        return "\n".join(lines) + "\n"
