"""The opinion service's JSON endpoints (docs/sync-protocol.md) as methods returning dicts.

No state of its own beyond the HttpSession (which holds the token): the engine and the
enrollment module decide what to keep. Thread-safety: as the HttpSession it wraps.
"""

from __future__ import annotations

from urllib.parse import quote

from sync import protocol
from sync.transport.http import HttpSession


class ServiceApi:
    def __init__(self, session: HttpSession):
        self.session = session

    def _json(self, method: str, path: str, **kw) -> dict:
        response = self.session.request(method, path, **kw)
        try:
            body = response.json()
        except ValueError:
            body = {}
        finally:
            response.close()
        return body if isinstance(body, dict) else {}

    def service_info(self) -> dict:
        """``GET /v1/service``: also the cheap probe that the link is back."""
        return self._json("GET", protocol.SERVICE_PATH, auth=False)

    def enroll(self, body: dict) -> dict:
        return self._json("POST", protocol.ENROLL_PATH, json=body, auth=False, ok=(200, 201))

    def challenge(self, device_id: str) -> dict:
        return self._json(
            "POST", protocol.CHALLENGE_PATH, json={"device_id": device_id}, auth=False
        )

    def token(self, device_id: str, nonce: str, signature: str) -> dict:
        body = {"device_id": device_id, "nonce": nonce, "signature": signature}
        return self._json("POST", protocol.TOKEN_PATH, json=body, auth=False)

    def register(self, envelope: bytes, signature: str, *, carried: bool = False) -> dict:
        """``carried``: the envelope is another enrolled clinic device's, brought here on a
        USB stick; this device registers (and then uploads and commits) it on its behalf."""
        body: dict[str, object] = {
            "envelope": protocol.b64(envelope),
            "signature": signature.strip(),
        }
        if carried:
            body["carried"] = True
        return self._json("POST", protocol.BUNDLES_PATH, json=body, ok=(200, 201))

    def register_carried(self, envelope: bytes, signature: str) -> dict:
        return self.register(envelope, signature, carried=True)

    def commit(self, bundle_id: str) -> dict:
        return self._json("POST", protocol.commit_path(quote(bundle_id)), json={})

    def feed(self, after: int, limit: int = 100) -> dict:
        return self._json("GET", f"{protocol.FEED_PATH}?after={int(after)}&limit={int(limit)}")

    def set_status(self, bundle_id: str, status: str) -> dict:
        return self._json("POST", protocol.status_path(quote(bundle_id)), json={"status": status})

    # ---- a specialist's offers (docs/sync-protocol.md, "Assignment")

    def assignments(self) -> dict:
        return self._json("GET", protocol.ASSIGNMENTS_PATH)

    def accept(self, bundle_id: str) -> dict:
        return self._json("POST", protocol.accept_path(quote(bundle_id)), json={})

    def decline(self, bundle_id: str, reason: str) -> dict:
        return self._json("POST", protocol.decline_path(quote(bundle_id)), json={"reason": reason})

    # ---- a specialist's opinion (docs/sync-protocol.md, "The way back")

    def register_opinion(self, envelope: bytes, signature: str) -> dict:
        body = {"envelope": protocol.b64(envelope), "signature": signature.strip()}
        return self._json("POST", protocol.OPINIONS_PATH, json=body, ok=(200, 201))

    def commit_opinion(self, opinion_id: str) -> dict:
        return self._json("POST", protocol.opinion_commit_path(quote(opinion_id)), json={})

    # ---- follow-up messages (docs/sync-protocol.md, "Follow-up messages")

    def thread_peer(self, bundle_id: str) -> dict:
        return self._json("GET", protocol.thread_peer_path(quote(bundle_id)))

    def post_thread_message(self, bundle_id: str, message_id: str, sealed: bytes) -> dict:
        body = {"message_id": message_id, "sealed": protocol.b64(sealed)}
        return self._json(
            "POST", protocol.thread_messages_path(quote(bundle_id)), json=body, ok=(200, 201)
        )
