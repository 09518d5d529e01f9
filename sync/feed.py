"""Reading the service's signed feed: what happened to each bundle sent (received, assigned,
in review), applied to the outbox, the inbox and the case; and, on a specialist device, the
cases offered to it (``case_assigned``), queued to be fetched (local_store.received,
sync/fetch.py); on a clinic device, the opinions ready for it (``opinion_ready``), queued to
be downloaded (local_store.received_opinions, sync/opinion_receive.py).

``read_feed`` asks for the items after the stored cursor, page by page. Every item must open
with the service key pinned at enrollment (``protocol.open_feed_item``, any kind); the first
that does not stops the read, and the cursor stays before it. Status items are applied;
``case_assigned`` items are queued for fetching, kept with the service's signature so the
fetch checks them again; ``opinion_ready`` items likewise; ``thread_message`` items go to
sync/thread.py (kept once, or kept out with a code). Each item is applied and
the cursor stored in one write, forward-only (an item at or before the cursor is skipped).

Store writes go straight to local_store.outbox (they run on the store's writer).
Thread-safety: called from the engine's one worker thread; no state of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from local_store import outbox, received, received_opinions
from local_store.models import CaseStatus
from local_store.store import Store
from sync import protocol
from sync.enrollment import Enrollment
from sync.thread import receive_posted
from sync.transport.api import ServiceApi

STATUS_TO_CASE = {
    protocol.Status.RECEIVED: CaseStatus.DELIVERED,
    protocol.Status.ASSIGNED: CaseStatus.ASSIGNED,
    protocol.Status.IN_REVIEW: CaseStatus.IN_REVIEW,
}

FEED_SIGNATURE_BAD = "feed_signature_bad"
MAX_PAGES = 100  # pages read in one go; the rest waits for the next poll


@dataclass(frozen=True)
class FeedRead:
    applied: int  # items applied
    error: str | None = None  # FEED_SIGNATURE_BAD when an item did not verify


def read_feed(store: Store, api: ServiceApi, enrollment: Enrollment) -> FeedRead:
    """Apply every new feed item. Raises the session's typed errors (Offline, ...)."""
    cursor = outbox.feed_cursor(store)
    applied = 0
    for _page in range(MAX_PAGES):
        page = api.feed(cursor)
        for wrapped in page.get("items") or []:
            try:
                item = protocol.open_feed_item(wrapped, enrollment.service_key_raw)
            except (protocol.SignatureError, protocol.ShapeError):
                return FeedRead(applied, FEED_SIGNATURE_BAD)
            if item.cursor <= cursor:
                continue
            if isinstance(item, protocol.CaseAssigned):
                received.queue_fetch(
                    store,
                    wrapped,
                    bundle_id=item.bundle_id,
                    offered_at=item.at,
                    cursor=item.cursor,
                    urgent=item.urgency == protocol.Urgency.URGENT,
                    size_cipher=sum(f.size_cipher for f in item.files),
                )
                cursor = item.cursor
                applied += 1
                continue
            if isinstance(item, protocol.OpinionReady):
                # Queued with the service's signature, downloaded by sync/opinion_receive.py.
                received_opinions.queue(
                    store,
                    wrapped,
                    cursor=item.cursor,
                    opinion_id=item.opinion_id,
                    bundle_id=item.bundle_id,
                )
                cursor = item.cursor
                applied += 1
                continue
            if isinstance(item, protocol.ThreadPosted):
                # Kept or kept out (with its code) and the cursor moved, in one write.
                receive_posted(store, item)
                cursor = item.cursor
                applied += 1
                continue
            if not isinstance(item, protocol.FeedItem):
                # A kind this client does not act on: the cursor moves on so status items
                # behind it still come.
                outbox.pass_feed_item(store, item.cursor)
                cursor = item.cursor
                continue
            outbox.apply_feed_item(
                store,
                cursor=item.cursor,
                bundle_id=item.bundle_id,
                status=item.status,
                specialty=item.specialty,
                problem=item.problem,
                at=item.at,
                case_status=STATUS_TO_CASE.get(item.status),
            )
            cursor = item.cursor
            applied += 1
        if not page.get("more"):
            break
    return FeedRead(applied)
