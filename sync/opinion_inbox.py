"""The opinions a clinic device has received, as the screens, the printouts and the CLI read
them: ``opinions_for_case`` gives each as a ``sync.opinion.ReceivedOpinion`` (the document,
the service's vouch for its signer, the key's fingerprint, when it arrived), oldest first, a
correction after what it corrects. Each is verified again as it is read: the stored bytes are
the signed document, and its signature must still hold for the vouched key. ``refusals`` lists
what was kept out and why (codes; wording.sync has the words); ``kept_out_by_case`` names the
cases whose opinion was kept out and nothing took its place, so no screen says an opinion is
ready or here for them (casework.case_state); ``unseen_count`` and
``mark_seen`` let the status bar announce a new opinion until someone has looked at it.

Receiving itself is sync/opinion_receive.py. Thread-safety: reads use the calling thread's
connection; ``mark_seen`` runs on the store's writer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from local_store import outbox, received_opinions
from local_store.store import Store
from sync import protocol
from sync.device_keys import fingerprint
from sync.opinion import Opinion, ReceivedOpinion


def opinions_for_case(store: Store, case_id: str) -> list[ReceivedOpinion]:
    """The case's received opinions, oldest first; one whose stored signature no longer holds
    for its vouched key (a store changed behind the application's back) is left out."""
    kept = []
    for row in received_opinions.for_case(store, case_id):
        signer = protocol.KeyVouch.parse(row.signer)
        try:
            signed = protocol.Signed.open(Opinion, json.loads(row.signed), signer.ed25519_raw)
        except (protocol.SignatureError, protocol.ShapeError, ValueError):
            continue
        if fingerprint(signer.ed25519_raw) != row.fingerprint:
            continue
        kept.append(ReceivedOpinion(signed.value, signer, row.fingerprint, row.received_at))
    return kept


@dataclass(frozen=True)
class Refusal:
    """An opinion kept out: for which case and bundle, why (a code), when."""

    opinion_id: str
    bundle_id: str
    case_id: str | None  # None when the bundle is not one this device sent
    code: str
    at: str


def refusals(store: Store) -> list[Refusal]:
    """Every opinion kept out, oldest first."""
    return [
        Refusal(
            f.opinion_id,
            f.bundle_id,
            outbox.case_of(store, f.bundle_id),
            f.last_error or "",
            f.updated_at,
        )
        for f in received_opinions.refused(store)
    ]


def kept_out_by_case(store: Store) -> dict[str, str]:
    """Each case of this device with an opinion kept out, no opinion received and none still
    on its way (a corrected re-send waiting to be fetched is on its way): the code of the last
    refusal, by case id. A replay of an opinion already here leaves its case out, as does a
    refusal for a bundle this device never sent."""
    last: dict[str, str] = {}
    for f in received_opinions.refused(store):
        case_id = outbox.case_of(store, f.bundle_id)
        if case_id is not None:
            last[case_id] = f.last_error or ""
    if not last:
        return {}
    answered_or_coming = {
        outbox.case_of(store, bundle_id) for bundle_id in received_opinions.bundles_answered(store)
    }
    answered_or_coming |= {
        outbox.case_of(store, f.bundle_id) for f in received_opinions.fetches(store)
    }
    return {case_id: code for case_id, code in last.items() if case_id not in answered_or_coming}


@dataclass(frozen=True)
class BundleOpinions:
    """What came back on one bundle sent: whether an opinion was received, and the code of
    the last one kept out (None when none was)."""

    received: bool
    refused: str | None


def by_bundle(store: Store) -> dict[str, BundleOpinions]:
    """Each bundle an opinion came back on (received or kept out): the Sending and receiving
    panel's rows."""
    answered = received_opinions.bundles_answered(store)
    last_refusal: dict[str, str] = {}
    for f in received_opinions.refused(store):
        last_refusal[f.bundle_id] = f.last_error or ""
    return {
        bundle_id: BundleOpinions(bundle_id in answered, last_refusal.get(bundle_id))
        for bundle_id in answered | set(last_refusal)
    }


def unseen_count(store: Store) -> int:
    """Opinions received and not looked at yet."""
    return received_opinions.unseen_count(store)


def mark_seen(store: Store, case_id: str) -> None:
    """The case's opinions were shown to someone: no longer announced as new."""
    received_opinions.mark_seen(store, case_id)
