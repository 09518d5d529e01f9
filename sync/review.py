"""A specialist's answers to an offered case: accept it, decline it (the service offers it to
the next specialist), and the signed-in session these and the engine use.

``service_session`` is the one place a session to the enrolled service is made with the
stored token and its renewal by the device key (the engine's run uses it too). ``accept`` and
``decline`` ask the service, then keep its answer (local_store.received.set_assignment).
Raises the session's typed errors (``ProtocolError`` with ``not_yours``, ``not_assigned`` or
``assignment_closed`` when the case is not, or no longer, this device's to answer).

Thread-safety: each call makes its own session; store writes run on the store's writer.
"""

from __future__ import annotations

from local_store import received
from local_store.store import Store
from sync.device_keys import load_or_create
from sync.enrollment import NotEnrolled, current, renew_token, save_token
from sync.enrollment import token as stored_token
from sync.transport.api import ServiceApi
from sync.transport.http import DEFAULT_TIMEOUTS, HttpSession


def service_session(
    store: Store,
    timeouts: tuple[float, float] = DEFAULT_TIMEOUTS,
    max_rate: float | None = None,
) -> HttpSession:
    """A session to the enrolled service, signed in with the stored token, which it renews
    with the device key on the first 401 (and stores). Raises NotEnrolled."""
    enrollment = current(store)
    if enrollment is None:
        raise NotEnrolled()
    keys = load_or_create(store)
    session = HttpSession(enrollment.service_url, timeouts, max_rate, token=stored_token(store))

    def renew() -> str:
        token, expires = renew_token(ServiceApi(session), keys)
        save_token(store, token, expires)
        return token

    session.renew_token = renew
    return session


def accept(store: Store, bundle_id: str) -> str:
    """Accept the case offered as ``bundle_id``; returns the assignment's state."""
    with service_session(store) as session:
        answer = ServiceApi(session).accept(bundle_id)
    state = str(answer.get("state") or received.ACCEPTED)
    received.set_assignment(store, bundle_id, state)
    return state


def decline(store: Store, bundle_id: str, reason: str) -> str:
    """Decline the case offered as ``bundle_id`` with ``reason`` (for the service's admin);
    the service offers it to the next specialist. Returns the assignment's state."""
    with service_session(store) as session:
        answer = ServiceApi(session).decline(bundle_id, reason)
    state = str(answer.get("state") or received.DECLINED)
    received.set_assignment(store, bundle_id, state, reason)
    return state
