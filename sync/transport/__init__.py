"""The sync transport: HTTP with timeouts and a bandwidth cap (http), a tus 1.0 client (tus),
the service's JSON endpoints (api). No store access, no words. Thread-safety: per module.
"""

from sync.transport.http import (
    AuthExpired,
    HttpSession,
    Interrupted,
    Offline,
    ProtocolError,
    ServerBusy,
    SyncError,
)
from sync.transport.tus import TusClient, UploadGone

__all__ = [
    "AuthExpired",
    "HttpSession",
    "Interrupted",
    "Offline",
    "ProtocolError",
    "ServerBusy",
    "SyncError",
    "TusClient",
    "UploadGone",
]
