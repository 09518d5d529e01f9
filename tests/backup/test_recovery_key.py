"""The recovery key: copied by hand, found mistyped before it is tried, opening the store's
key like the passphrase, never kept on the PC, replaced only with the current one."""

from __future__ import annotations

import re

import pytest

from local_store import recovery
from local_store.errors import (
    RecoveryKeyMistyped,
    RecoveryKeyRequired,
    WrongPassphrase,
    WrongRecoveryKey,
)
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE


def test_the_key_is_eight_groups_of_five_without_look_alike_letters():
    keys = {recovery.new_key() for _ in range(50)}
    assert len(keys) == 50
    for key in keys:
        assert re.fullmatch(r"([2-9A-HJKMNP-TV-Z]{5}-){7}[2-9A-HJKMNP-TV-Z]{5}", key)
        assert not set(key) & set("01OILU")


def test_a_key_typed_loosely_is_accepted_and_a_slip_is_caught_before_it_is_tried():
    key = recovery.new_key()
    assert recovery.normalise(key.lower().replace("-", " ")) == key
    assert recovery.normalise(key.replace("-", "")) == key
    for position in range(0, 40, 3):
        plain = list(key.replace("-", ""))
        plain[position] = "2" if plain[position] != "2" else "3"
        with pytest.raises(RecoveryKeyMistyped):
            recovery.normalise("".join(plain))
    with pytest.raises(RecoveryKeyMistyped):
        recovery.normalise(key[:-1])


def test_the_key_opens_the_store_secret_and_is_kept_nowhere_on_the_pc(store):
    key = recovery.make_recovery_key(store)
    on_disk = b"".join(p.read_bytes() for p in store.data_dir.rglob("*") if p.is_file())
    assert key.encode() not in on_disk and key.replace("-", "").encode() not in on_disk
    assert recovery.unwrap(recovery.wrapped_secret(store.data_dir), key) == store.install_secret
    with pytest.raises(WrongRecoveryKey):
        recovery.unwrap(recovery.wrapped_secret(store.data_dir), recovery.new_key())


def test_replacing_the_key_needs_the_current_one(store):
    first = recovery.make_recovery_key(store)
    before = recovery.wrapped_secret(store.data_dir)
    with pytest.raises(RecoveryKeyRequired):
        recovery.make_recovery_key(store)
    with pytest.raises(WrongRecoveryKey):
        recovery.make_recovery_key(store, recovery.new_key())
    assert recovery.wrapped_secret(store.data_dir) == before

    second = recovery.make_recovery_key(store, first.lower())
    with pytest.raises(WrongRecoveryKey):
        recovery.unwrap(recovery.wrapped_secret(store.data_dir), first)
    assert recovery.unwrap(recovery.wrapped_secret(store.data_dir), second) == (
        store.install_secret
    )


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_key(store):
    key = recovery.make_recovery_key(store)
    data_dir = store.data_dir
    store.close()
    recovery.reset_passphrase(data_dir, key, "a new passphrase")
    with Store.open(data_dir, passphrase="a new passphrase") as reopened:
        assert reopened.install_secret == store.install_secret
    with pytest.raises(WrongPassphrase):
        Store.open(data_dir, passphrase=TEST_PASSPHRASE)


def test_recovery_key_new_prints_it_once_and_asks_for_the_current_one(cli):
    made = cli("--json", "recovery-key", "new")
    assert made.code == 0, made.err
    key = made.json["recovery_key"]
    assert recovery.normalise(key) == key

    refused = cli("recovery-key", "new")
    assert refused.code == 1 and len(refused.err_lines) == 1
    wrong = cli("recovery-key", "new", CASEBRIDGE_RECOVERY_KEY=recovery.new_key())
    assert wrong.code == 1
    assert wrong.err_lines == [
        "This recovery key does not open these cases. Nothing was changed. Check that it is "
        "the key printed for this clinic's data."
    ]
    replaced = cli("--json", "recovery-key", "new", CASEBRIDGE_RECOVERY_KEY=key)
    assert replaced.code == 0 and replaced.json["recovery_key"] != key
