"""The DICOM storage receiver: a modality sends images (C-STORE) and CaseBridge keeps them.

``Receiver(store, settings, on_received=...)`` runs a pynetdicom application entity as an
association acceptor in pynetdicom's own threads (``start_server(block=False)``). It answers
C-ECHO and accepts C-STORE for every storage SOP class pynetdicom knows, in every transfer
syntax it knows. Each instance is kept exactly as it was encoded on the wire (file meta
information + the dataset bytes as sent) and goes straight into the encrypted blob store, so
no plaintext copy is written except the blob store's own private temporary files, deleted at
once. It is then imported into the configured case, or recorded in the incoming tray
(``local_store.incoming``) when the settings say so, when the case's patient differs, or when
the case no longer exists. Any calling AE title is accepted; it is recorded with each item,
marked unknown unless it is one of the clinic's known modalities.

No patient data is logged: pynetdicom logs dataset contents at DEBUG and INFO, so its logger
is held at WARNING, and this module logs only codes, counts and exception types.

Thread-safety: ``start``/``stop`` from one controlling thread. Handlers run on pynetdicom's
association threads (one per connected modality); they encrypt on that thread, and their
store changes run on the store's writer (the desktop's database thread when it installed one;
otherwise the association threads take turns). Callbacks ``on_received``/``on_failed`` are
called on those threads.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass

from local_store import incoming
from local_store.errors import NotFound, StorageFull, StorageReadOnly, StoreError
from local_store.receiver_settings import ReceiverSettings
from local_store.store import Store

log = logging.getLogger(__name__)

# Status codes of the C-STORE response (PS3.4 B.2.3).
STATUS_SUCCESS = 0x0000
STATUS_OUT_OF_RESOURCES = 0xA700
STATUS_CANNOT_UNDERSTAND = 0xC000
STATUS_PROCESSING_FAILURE = 0x0110

STOP_WAIT_SECONDS = 5.0


class ReceiverError(Exception):
    """The receiver could not start; ``code`` is worded in ``wording.receiver.RECEIVER``."""

    code = "receiver_failed"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.code)


class PortInUse(ReceiverError):
    code = "port_in_use"


class PortNotAllowed(ReceiverError):
    code = "port_not_allowed"


class AddressUnavailable(ReceiverError):
    code = "address_unavailable"


@dataclass(frozen=True)
class Received:
    """One instance kept. ``case_id`` is set when it went onto a case, else ``item_id``."""

    calling_ae: str
    caller_known: bool
    case_id: str | None = None
    item_id: str | None = None
    reason: str = ""  # why it is in the tray (local_store.incoming.REASON_*), "" when filed
    duplicate: bool = False


@dataclass(frozen=True)
class ReceiveFailed:
    """An instance refused; ``code`` is worded in ``wording.receiver.RECEIVER`` (or
    ``wording.store.ERROR``)."""

    calling_ae: str
    code: str


def _quiet_pynetdicom() -> None:
    from pynetdicom import _config

    # Its INFO and DEBUG messages include patient names and identifiers from the datasets.
    logging.getLogger("pynetdicom").setLevel(logging.WARNING)
    _config.LOG_REQUEST_IDENTIFIERS = False
    _config.LOG_RESPONSE_IDENTIFIERS = False
    # Received datasets stay in memory; the chunked mode would write plaintext temp files.
    _config.STORE_RECV_CHUNKED_DATASET = False


def make_ae(ae_title: str):
    """An AE accepting verification and every storage SOP class in every transfer syntax."""
    from pynetdicom import AE, ALL_TRANSFER_SYNTAXES, AllStoragePresentationContexts

    # pynetdicom makes its SOP class names at import time, so its type information lacks them.
    from pynetdicom.sop_class import Verification  # type: ignore[attr-defined]

    _quiet_pynetdicom()
    ae = AE(ae_title=ae_title)
    for context in AllStoragePresentationContexts:
        # Typed as optional, but every storage context pynetdicom lists has one.
        ae.add_supported_context(context.abstract_syntax, ALL_TRANSFER_SYNTAXES)  # type: ignore[arg-type]
    ae.add_supported_context(Verification, ALL_TRANSFER_SYNTAXES)
    return ae


class Receiver:
    def __init__(
        self,
        store: Store,
        settings: ReceiverSettings,
        on_received: Callable[[Received], None] | None = None,
        *,
        on_failed: Callable[[ReceiveFailed], None] | None = None,
        host: str = "",
    ) -> None:
        self.store = store
        self.settings = settings
        self.on_received = on_received
        self.on_failed = on_failed
        self.host = host  # "" listens on every network interface (modalities are on the LAN)
        self._ae = None
        self._server = None

    @property
    def listening(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int | None:
        """The port actually listened on (None when stopped)."""
        return None if self._server is None else self._server.server_address[1]

    def start(self) -> None:
        """Listen for associations; raises PortInUse, PortNotAllowed, AddressUnavailable."""
        if self._server is not None:
            return
        from pynetdicom import evt

        try:
            ae = make_ae(self.settings.ae_title)
        except ValueError:
            # receiver_settings validates titles first; this is pynetdicom disagreeing.
            raise ReceiverError("ae title refused by pynetdicom") from None
        address = (self.host, self.settings.port)
        handlers = [(evt.EVT_C_STORE, self._on_store), (evt.EVT_C_ECHO, self._on_echo)]
        try:
            if sys.platform == "win32":
                _check_port_free_windows(address)
            self._server = ae.start_server(address, block=False, evt_handlers=handlers)
        except OSError as exc:
            raise _start_error(exc) from None
        self._ae = ae
        log.info("receiver listening")

    def stop(self) -> None:
        """Stop listening, end open associations, and free the port."""
        server, ae = self._server, self._ae
        self._server = self._ae = None
        if server is None:
            return
        server.shutdown()
        if ae is not None:
            for assoc in list(ae.active_associations):
                with contextlib.suppress(Exception):
                    assoc.abort()
                assoc.join(STOP_WAIT_SECONDS)
            ae.shutdown()
        log.info("receiver stopped")

    # ------------------------------------------------------------ handlers (association threads)

    def _on_echo(self, event) -> int:
        return STATUS_SUCCESS

    def _on_store(self, event) -> int:
        calling_ae = _calling_ae(event)
        try:
            data = event.encoded_dataset()
        except Exception as exc:
            log.warning("C-STORE without a readable dataset: %s", type(exc).__name__)
            self._failed(calling_ae, "receive_unreadable")
            return STATUS_CANNOT_UNDERSTAND
        try:
            received = self.keep(data, calling_ae)
        except (StorageFull, StorageReadOnly) as exc:
            self._failed(calling_ae, exc.code)
            return STATUS_OUT_OF_RESOURCES
        except StoreError as exc:
            log.warning("received instance not kept: %s", exc.code)
            self._failed(calling_ae, exc.code)
            return STATUS_PROCESSING_FAILURE
        except Exception as exc:
            # Type only: messages of unforeseen errors can carry dataset values.
            log.error("received instance not kept: %s", type(exc).__name__)
            self._failed(calling_ae, "receiver_failed")
            return STATUS_PROCESSING_FAILURE
        finally:
            # Association threads come and go: leave no connection behind (reads, and writes
            # without an installed writer, opened one on this thread).
            self.store.close_thread_connection()
        if self.on_received is not None:
            try:
                self.on_received(received)
            except Exception as exc:
                log.error("on_received callback failed: %s", type(exc).__name__)
        return STATUS_SUCCESS

    def _failed(self, calling_ae: str, code: str) -> None:
        if self.on_failed is not None:
            with contextlib.suppress(Exception):
                self.on_failed(ReceiveFailed(calling_ae, code))

    def keep(self, data: bytes, calling_ae: str) -> Received:
        """Store one received DICOM file (bytes) and file it to the case or the tray."""
        store, settings = self.store, self.settings
        known = calling_ae in settings.known_callers
        ref = store.blobs.put_bytes(data)
        reason = incoming.REASON_TRAY
        if not settings.to_tray:
            reason = self._into_case(ref, calling_ae, known)
            if not reason:
                return Received(calling_ae, known, case_id=settings.target)
        header = incoming.blob_header(store, ref.sha256)
        item, duplicate = incoming.record(
            store,
            sha256=ref.sha256,
            size=ref.size,
            calling_ae=calling_ae,
            caller_known=known,
            reason=reason,
            header=header,
        )
        return Received(calling_ae, known, item_id=item.id, reason=reason, duplicate=duplicate)

    def _into_case(self, ref, calling_ae: str, known: bool) -> str:
        """Import into the target case; returns "" when done, else why it goes to the tray."""
        store, case_id = self.store, self.settings.target
        try:
            outcome = incoming.import_blobs(store, [ref.sha256], case_id)
        except incoming.OtherPatient:
            return incoming.REASON_PATIENT_MISMATCH
        except NotFound:
            return incoming.REASON_CASE_MISSING
        except incoming.NothingImported as exc:
            log.warning("received instance refused by the import: %s", ",".join(exc.reasons))
            return incoming.REASON_IMPORT_FAILED
        except (StorageFull, StorageReadOnly):
            raise
        except Exception as exc:
            # Keep the instance in the tray rather than lose it; the type says what to fix.
            log.error("import of a received instance failed: %s", type(exc).__name__)
            return incoming.REASON_IMPORT_FAILED
        if outcome.rejected:
            return incoming.REASON_IMPORT_FAILED
        incoming.note_received_into_case(store, case_id, ref.sha256, ref.size, calling_ae, known)
        return ""


def _calling_ae(event) -> str:
    title = event.assoc.requestor.ae_title
    if isinstance(title, bytes):
        title = title.decode("ascii", "replace")
    return str(title).strip()


_IN_USE = {errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM, getattr(errno, "WSAEACCES", -1)}
_NO_ADDRESS = {errno.EADDRNOTAVAIL, getattr(errno, "WSAEADDRNOTAVAIL", -1)}


def _start_error(exc: OSError) -> ReceiverError:
    number = exc.errno if exc.errno is not None else getattr(exc, "winerror", None)
    name = errno.errorcode.get(number or 0, str(number))
    if number in _IN_USE:
        return PortInUse(name)
    if number in _NOT_ALLOWED:
        return PortNotAllowed(name)
    if number in _NO_ADDRESS:
        return AddressUnavailable(name)
    return ReceiverError(name)


def _check_port_free_windows(address: tuple[str, int]) -> None:
    # pynetdicom binds with SO_REUSEADDR, which on Windows lets a second program take over a
    # port already in use instead of failing; an exclusive probe finds that case first.
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        # Windows only, so absent from the socket module's type information elsewhere.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined]
        probe.bind(address)
    finally:
        probe.close()
