"""Fixtures for the receiver tier: the real receiver on 127.0.0.1 and dcmtk as the modality.

dcmtk's echoscu, storescu and dcmsend are independent DICOM implementations, so a pass here
means a real modality's software can talk to CaseBridge. Every subprocess has a time limit and
every receiver is stopped at the end of its test.

The real main window (``window``, ``reopen``) and the folder screenshots go to
(``out_dir``) come from tests/support.

A redundant alias (``x as x``) keeps each fixture in this module's names: pytest finds a
fixture by its name in a conftest.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pydicom
import pytest
from pydicom.data import get_testdata_file

from local_store.receiver_settings import ReceiverSettings
from sync.dicom_receiver import Receiver
from testdata.dicom import copies_of
from tests.support.gui import reopen as reopen
from tests.support.gui import window as window
from tests.support.processes import free_port
from tests.support.screens import out_dir as out_dir

TOOL_TIMEOUT = 60
AE_TITLE = "CASEBRIDGE"
CT_NAME = "CompressedSamples^CT1"  # the patient name inside pydicom's CT_small.dcm
MR_NAME = "CompressedSamples^MR1"
TRAILING_PADDING = 0xFFFCFFFC


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"dcmtk's {tool} is not installed (apt-get install dcmtk)")
    return path


def run(*args: str) -> subprocess.CompletedProcess:
    need(args[0])
    return subprocess.run(
        list(args), capture_output=True, text=True, timeout=TOOL_TIMEOUT, check=False
    )


def sample(name: str, folder: Path) -> Path:
    source = get_testdata_file(name)
    if source is None:
        pytest.skip(f"pydicom test file {name} is not installed (it would be downloaded)")
    target = folder / name
    shutil.copyfile(source, target)
    return target


def compressed(tool: str, source: Path, target: Path) -> Path:
    result = run(tool, str(source), str(target))
    assert result.returncode == 0, result.stderr
    return target


def same_elements(sent: Path, blob: bytes) -> None:
    """The stored file holds exactly the sent dataset's elements (values and pixel bytes)."""
    from io import BytesIO

    original = pydicom.dcmread(sent)
    stored = pydicom.dcmread(BytesIO(blob))
    assert stored.file_meta.TransferSyntaxUID == original.file_meta.TransferSyntaxUID
    assert stored.file_meta.MediaStorageSOPInstanceUID == original.SOPInstanceUID
    # Data Set Trailing Padding has no meaning (PS3.5 7.6); dcmtk drops it when sending.
    original_tags = [e.tag for e in original if e.tag != TRAILING_PADDING]
    assert [e.tag for e in stored] == original_tags
    for tag in original_tags:
        assert stored[tag].value == original[tag].value, str(tag)


class RunningReceiver:
    def __init__(self, store, settings: ReceiverSettings) -> None:
        self.received = []
        self.failed = []
        self.receiver = Receiver(
            store,
            settings,
            on_received=self.received.append,
            on_failed=self.failed.append,
            host="127.0.0.1",
        )

    @property
    def port(self) -> int:
        return self.receiver.settings.port

    def storescu(self, *files: Path, calling: str = "CT_ROOM1", options=()) -> None:
        result = run(
            "storescu", *options, "-aet", calling, "-aec", AE_TITLE,
            "127.0.0.1", str(self.port), *map(str, files),
        )  # fmt: skip
        assert result.returncode == 0, result.stderr


@pytest.fixture
def start_receiver(store):
    started: list[RunningReceiver] = []

    def _start(**changes) -> RunningReceiver:
        values = {"enabled": True, "ae_title": AE_TITLE, "port": free_port()} | changes
        running = RunningReceiver(store, ReceiverSettings(**values))
        running.receiver.start()
        started.append(running)
        return running

    yield _start
    for running in started:
        running.receiver.stop()


def instances(folder: Path, source: str, count: int, prefix: str) -> list[Path]:
    """``count`` new instances of one series made from a pydicom sample (new UIDs)."""
    return copies_of(sample(source, folder), folder, count, name=f"{prefix}{{n:03d}}.dcm")
