"""The install secret: OS keyring allow-list, passphrase key file, wrong passphrase."""

from __future__ import annotations

import json

import pytest
from keyring.backends import fail, null

from local_store import secrets
from local_store.errors import (
    InsecureKeyring,
    PassphraseRequired,
    PassphraseTooShort,
    SecretMissing,
    WrongPassphrase,
)
from local_store.store import Store, Unlock, unlock_needed
from tests.conftest import TEST_PASSPHRASE


def test_new_folder_without_secure_keyring_needs_a_passphrase(data_dir):
    # CI and headless Linux have no Secret Service: keyring falls back to its "fail" backend.
    assert unlock_needed(data_dir) is Unlock.CHOOSE_PASSPHRASE
    with pytest.raises(PassphraseRequired):
        Store.open(data_dir)
    assert not (data_dir / "casebridge.db").exists()


def test_passphrase_shorter_than_eight_characters_is_refused(data_dir):
    with pytest.raises(PassphraseTooShort):
        Store.open(data_dir, passphrase="short")


def test_passphrase_folder_opens_again_only_with_the_same_passphrase(data_dir):
    Store.open(data_dir, passphrase=TEST_PASSPHRASE).close()
    assert unlock_needed(data_dir) is Unlock.ENTER_PASSPHRASE
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase):
        Store.open(data_dir, passphrase="not the passphrase")
    after = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    assert before == after
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        assert store.protection.kind is secrets.Protection.PASSPHRASE


def test_key_file_holds_no_plain_key(data_dir):
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        db_key = store._db_key
        identity = store.blobs._identity
    raw = (data_dir / secrets.KEY_FILE).read_bytes()
    assert db_key.hex().encode() not in raw
    assert str(identity).encode() not in raw
    doc = json.loads(raw)
    assert doc["kdf"]["name"] == "scrypt"


def test_explicit_keyring_backend_holds_the_secret(data_dir, memory_keyring):
    assert unlock_needed(data_dir, memory_keyring) is Unlock.NOTHING
    Store.open(data_dir, keyring_backend=memory_keyring).close()
    assert not (data_dir / secrets.KEY_FILE).exists()
    assert len(memory_keyring.values) == 1
    with Store.open(data_dir, keyring_backend=memory_keyring) as store:
        assert store.protection.kind is secrets.Protection.OS_KEYRING
        assert store.protection.backend.endswith("MemoryKeyring")


def test_lost_keyring_entry_is_reported_and_nothing_is_recreated(data_dir, memory_keyring):
    Store.open(data_dir, keyring_backend=memory_keyring).close()
    db_before = (data_dir / "casebridge.db").read_bytes()
    memory_keyring.values.clear()
    with pytest.raises(SecretMissing):
        Store.open(data_dir, keyring_backend=memory_keyring)
    assert (data_dir / "casebridge.db").read_bytes() == db_before


def test_database_without_store_file_is_never_given_a_new_key(data_dir):
    Store.open(data_dir, passphrase=TEST_PASSPHRASE).close()
    (data_dir / secrets.STORE_FILE).unlink()
    with pytest.raises(SecretMissing):
        Store.open(data_dir, passphrase=TEST_PASSPHRASE)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_insecure_backends_are_refused_even_when_passed_explicitly(data_dir, backend):
    with pytest.raises(InsecureKeyring):
        Store.open(data_dir, keyring_backend=backend)


def test_auto_detection_never_picks_a_backend_outside_the_allow_list(memory_keyring, monkeypatch):
    import keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: memory_keyring)
    assert secrets.secure_os_keyring() is None


def test_change_passphrase(data_dir):
    Store.open(data_dir, passphrase=TEST_PASSPHRASE).close()
    secrets.change_passphrase(data_dir, TEST_PASSPHRASE, "a brand new phrase")
    with pytest.raises(WrongPassphrase):
        Store.open(data_dir, passphrase=TEST_PASSPHRASE)
    Store.open(data_dir, passphrase="a brand new phrase").close()


def test_a_refused_first_start_creates_no_folder(data_dir):
    for passphrase in (None, "short"):
        with pytest.raises((PassphraseRequired, PassphraseTooShort)):
            Store.open(data_dir, passphrase=passphrase)
        assert not data_dir.exists()


def test_a_passphrase_chosen_for_a_new_folder_wins_over_the_keyring(data_dir, memory_keyring):
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE, keyring_backend=memory_keyring) as s:
        assert s.protection.kind is secrets.Protection.PASSPHRASE
    assert memory_keyring.values == {}
    assert unlock_needed(data_dir, memory_keyring) is Unlock.ENTER_PASSPHRASE
