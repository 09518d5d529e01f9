"""The official tus Node server (@tus/server + @tus/file-store) as a running peer.

``tus_node`` installs the pinned npm packages into tests/support/tus_node/node_modules when they
are missing (``npm ci``; the test set-up normally did it already), starts server.mjs on a free
127.0.0.1 port with its file store in the test's folder, and stops it at the end (closing its
standard input; it also stops by itself after five minutes). Skips, naming what is missing,
when node or npm is absent or the packages cannot be installed.
Thread-safety: pytest fixtures, one server per test.
"""

from __future__ import annotations

import fcntl
import re
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PEER_DIR = Path(__file__).resolve().parent / "tus_node"
LOWEST_NODE = 16  # @tus/server 1.10 and @tus/file-store 1.5 (package.json engines)


@dataclass
class TusNodeServer:
    url: str  # http://127.0.0.1:PORT
    port: int
    directory: Path  # the file store: <id> holds the bytes, <id>.json the upload's metadata
    process: subprocess.Popen
    output: list[str] = field(default_factory=list)

    @property
    def uploads_url(self) -> str:
        return f"{self.url}/files"

    def stored_file(self, upload_url: str) -> Path:
        return self.directory / upload_url.rstrip("/").rsplit("/", 1)[-1]


def _node_major(node: str) -> int:
    out = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=20)
    match = re.match(r"v(\d+)", out.stdout.strip())
    return int(match.group(1)) if match else 0


def _ensure_packages() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed (Debian: apt-get install nodejs npm)")
    if _node_major(node) < LOWEST_NODE:
        pytest.skip(f"node {LOWEST_NODE} or newer is needed for @tus/server")
    lock_path = Path(tempfile.gettempdir()) / "casebridge-tus-node-install.lock"
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two test runs must not both run npm ci here
        if not (PEER_DIR / "node_modules" / "@tus" / "server").is_dir():
            npm = shutil.which("npm")
            if npm is None:
                pytest.skip("npm is not installed: cannot install @tus/server (apt install npm)")
            try:
                result = subprocess.run(
                    [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                    cwd=PEER_DIR,
                    capture_output=True,
                    text=True,
                    timeout=300,
                )
            except subprocess.TimeoutExpired:
                pytest.skip("npm ci for @tus/server did not finish in 5 minutes (npm registry)")
            if result.returncode != 0:
                pytest.skip("npm ci could not install @tus/server (npm registry unreachable?)")
    return node


def _read_lines(stream, into: list[str], first: threading.Event) -> None:
    for line in stream:
        into.append(line.rstrip("\n"))
        first.set()
    first.set()


@pytest.fixture
def tus_node(tmp_path):
    node = _ensure_packages()
    directory = tmp_path / "tus-node-files"
    directory.mkdir()
    process = subprocess.Popen(
        [node, "server.mjs", str(directory), "300"],
        cwd=PEER_DIR,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    output: list[str] = []
    first = threading.Event()
    threading.Thread(target=_read_lines, args=(process.stdout, output, first), daemon=True).start()
    try:
        if not first.wait(30) or not output or not output[0].startswith("listening "):
            process.kill()
            err = process.stderr.read() if process.stderr else ""
            pytest.fail(f"the tus Node server did not start: {output} {err[-2000:]}")
        port = int(output[0].split()[1])
        yield TusNodeServer(f"http://127.0.0.1:{port}", port, directory, process, output)
    finally:
        if process.stdin:
            process.stdin.close()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
