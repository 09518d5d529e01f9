"""`keys show` against the real command line and Debian's `age` tool."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import TEST_PASSPHRASE
from tests.support.cli import REPO


def test_keys_show_is_stable_and_names_both_keys(cli):
    first = cli("--json", "keys", "show")
    assert first.code == 0, first.err
    info = first.json
    assert info["ed25519"]["fingerprint"].startswith("SHA256:")
    assert info["age"]["recipient"].startswith("age1")
    assert cli("--json", "keys", "show").json == info
    text = cli("keys", "show")
    assert info["age"]["recipient"] in text.out and info["device_id"] in text.out


@pytest.mark.skipif(shutil.which("age") is None, reason="Debian's age command is not installed")
@pytest.mark.interop
def test_a_file_sealed_by_age_to_the_printed_recipient_opens_with_the_device_identity(
    cli, tmp_path
):
    recipient = cli("--json", "keys", "show").json["age"]["recipient"]
    plain = tmp_path / "opinion.txt"
    plain.write_bytes(b"specialist opinion")
    sealed = tmp_path / "opinion.age"
    subprocess.run(["age", "-r", recipient, "-o", str(sealed), str(plain)], check=True)

    code = (
        "import sys, pyrage; from pathlib import Path; from local_store.store import Store; "
        "from sync.device_keys import load_or_create; "
        "s = Store.open(Path(sys.argv[1]), passphrase=sys.argv[3]); k = load_or_create(s); "
        "sys.stdout.buffer.write(pyrage.decrypt(Path(sys.argv[2]).read_bytes(), [k.age_identity]))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(cli.data_dir), str(sealed), TEST_PASSPHRASE],
        cwd=REPO,
        env=cli.env(),
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b"specialist opinion"
