"""Ports and child processes for tests that run a real server: a free port on 127.0.0.1, and
stopping a child process within bounds (terminate, then kill). Thread-safety: plain functions.
"""

from __future__ import annotations

import socket
import subprocess


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop_process(process: subprocess.Popen, seconds: float = 10) -> None:
    """Ask the process to end, and kill it if it has not within ``seconds``."""
    process.terminate()
    try:
        process.wait(seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(seconds)
