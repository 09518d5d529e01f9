"""Several `casebridge service` instances on one PostgreSQL database and one S3 prefix, behind
HAProxy (Debian's haproxy) on 127.0.0.1, as docs/service-at-scale.md describes.

HAProxy balances round robin with no stickiness, so a client's consecutive connections land on
alternating instances, and names the instance that answered in ``X-Served-By``. Instances can
be killed (SIGKILL) and started again on the same port. Everything is stopped at the end.
Thread-safety: driven by one test thread.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import requests

from tests.support.processes import free_port, stop_process
from tests.support.running_service import ServiceAdmin, service_process

HAPROXY_CONFIG = """
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout check 5s
    retries 3
    option redispatch
    option http-server-close
frontend casebridge
    bind 127.0.0.1:{port}
    default_backend services
backend services
    balance roundrobin
    option httpchk GET /healthz
    http-response set-header X-Served-By %s
{servers}
"""


def haproxy_missing() -> str | None:
    return None if shutil.which("haproxy") else "haproxy is not installed (Debian package)"


@dataclass
class Cluster(ServiceAdmin):
    url: str  # the load balancer
    data_dir: Path
    db_url: str
    storage_url: str
    ports: list[int]
    _stack: contextlib.ExitStack = field(repr=False)
    _tmp: Path = field(repr=False)
    processes: dict[int, object] = field(default_factory=dict, repr=False)

    def instance_url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.ports[index]}"

    def start(self, index: int) -> None:
        running = self._stack.enter_context(
            service_process(
                self._tmp,
                "--data-dir",
                str(self.data_dir),
                "--port",
                str(self.ports[index]),
                "--db",
                self.db_url,
                "--storage",
                self.storage_url,
            )
        )
        self.processes[index] = running

    def kill(self, index: int) -> None:
        process = self.processes.pop(index).process
        process.send_signal(signal.SIGKILL)
        process.wait(10)

    def wait_healthy(self, count: int, timeout: float = 30.0) -> None:
        """Until HAProxy has seen ``count`` instances answer, one request each."""
        deadline = time.monotonic() + timeout
        seen: set[str] = set()
        while len(seen) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"only {sorted(seen)} answered behind the load balancer")
            with contextlib.suppress(requests.RequestException):
                answer = requests.get(self.url + "/healthz", timeout=2)
                if answer.status_code == 200:
                    seen.add(answer.headers.get("X-Served-By", ""))
            time.sleep(0.1)


@contextlib.contextmanager
def cluster(tmp_path: Path, backends, instances: int = 2) -> Iterator[Cluster]:
    db_url, storage_url = backends.fresh()
    ports = [free_port() for _ in range(instances)]
    lb_port = free_port()
    servers = "\n".join(
        f"    server s{i} 127.0.0.1:{port} check inter 500ms fall 2 rise 1"
        for i, port in enumerate(ports)
    )
    config = tmp_path / "haproxy.cfg"
    config.write_text(HAPROXY_CONFIG.format(port=lb_port, servers=servers))
    with contextlib.ExitStack() as stack:
        made = Cluster(
            f"http://127.0.0.1:{lb_port}",
            tmp_path / "service",
            db_url,
            storage_url,
            ports,
            stack,
            tmp_path,
        )
        for index in range(instances):
            made.start(index)
        proxy = subprocess.Popen(
            ["haproxy", "-db", "-f", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

        stack.callback(stop_process, proxy)
        made.wait_healthy(instances)
        yield made
