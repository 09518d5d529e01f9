"""Device keys: made once, kept across restarts, and usable as the keys they claim to be."""

from __future__ import annotations

import pyrage
import pytest
from cryptography.exceptions import InvalidSignature

from local_store.store import Store
from sync.canonical import NotCanonical, canonical_bytes
from sync.device_keys import load_or_create
from tests.conftest import TEST_PASSPHRASE


def test_keys_are_made_once_and_survive_reopening(store, data_dir):
    first = load_or_create(store)
    again = load_or_create(store)
    assert again.public_info() == first.public_info()
    store.close()
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as reopened:
        assert load_or_create(reopened).public_info() == first.public_info()


def test_two_devices_differ(store, tmp_path):
    other_dir = tmp_path / "other"
    with Store.open(other_dir, passphrase=TEST_PASSPHRASE) as other:
        assert load_or_create(other).device_id != load_or_create(store).device_id


def test_signature_verifies_only_for_the_signed_bytes(store):
    keys = load_or_create(store)
    message = canonical_bytes({"b": 1, "a": "x"})
    signature = keys.sign(message)
    keys.verify_key.verify(signature, message)
    with pytest.raises(InvalidSignature):
        keys.verify_key.verify(signature, message + b" ")


def test_age_recipient_belongs_to_the_identity(store):
    keys = load_or_create(store)
    recipient = pyrage.x25519.Recipient.from_str(keys.age_recipient)
    sealed = pyrage.encrypt(b"opinion", [recipient])
    assert pyrage.decrypt(sealed, [keys.age_identity]) == b"opinion"


def test_public_info_holds_no_private_material(store):
    keys = load_or_create(store)
    text = repr(keys.public_info())
    assert str(keys.age_identity) not in text
    assert "AGE-SECRET-KEY" not in text


def test_canonical_json_is_sorted_compact_utf8_and_refuses_floats():
    assert canonical_bytes({"b": [1, "म"], "a": None}) == '{"a":null,"b":[1,"म"]}'.encode()
    with pytest.raises(NotCanonical):
        canonical_bytes({"size": 1.5})
