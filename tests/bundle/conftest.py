"""Fixtures for bundle tests: a device, a service identity, and plaintext files to send.

The command line (``cli``), the real main window (``window``) and its background workers
(``workers``) come from tests/support; ``case_id``, a case with imported series, a key image
and a report, from tests/support/casework.py.

A redundant alias (``x as x``) keeps each fixture in this module's names: pytest finds a
fixture by its name in a conftest.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest

from sync.bundle.writer import BuiltBundle, BundleWriter
from sync.device_keys import DeviceKeys, load_or_create
from tests.support.casework import case_id as case_id
from tests.support.cli import cli as cli
from tests.support.gui import window as window
from tests.support.gui import workers as workers


@dataclass
class Service:
    identity: pyrage.x25519.Identity
    identity_file: Path

    @property
    def recipient(self) -> str:
        return str(self.identity.to_public())


@pytest.fixture
def device(store) -> DeviceKeys:
    return load_or_create(store)


def make_service(folder: Path) -> Service:
    identity = pyrage.x25519.Identity.generate()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "service-identity.txt"
    path.write_text(str(identity) + "\n")
    return Service(identity, path)


@pytest.fixture
def service(tmp_path) -> Service:
    return make_service(tmp_path / "service")


@pytest.fixture
def plain_files(tmp_path) -> list[Path]:
    folder = tmp_path / "plain"
    folder.mkdir()
    files = {
        "CT-0001.dcm": os.urandom(3 * 1024 * 1024 + 17),
        "lab report.pdf": b"%PDF-1.4\n" + os.urandom(20_000),
        "empty.txt": b"",
    }
    paths = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def build(
    target: Path, device: DeviceKeys, recipients: list[str], files: list[Path], seq: int = 1
) -> BuiltBundle:
    with BundleWriter(target, device, recipients, seq) as writer:
        for path in files:
            writer.add_file(path, name=path.name, kind="document", media_type="application/pdf")
        return writer.finish({"case": {"id": "case-1", "question": "Is surgery an option?"}})
