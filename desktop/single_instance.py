"""One running app per data folder: a second start brings the running window forward.

The first start listens on a local socket named from the data folder's path (``server_name``)
and holds the folder's "app running" lock (``local_store.app_running``, which the CLI checks).
A later start on the same folder first asks that socket: when the running app answers it shows
its window and the later start ends without opening the store; a later start given a .cbundle
file (a double click on one) also hands its path over, and the running app opens it
(``open_requested``); a file handed over before the main window is up (the app still asks for
its passphrase, or is in the first-run wizard) is kept until the window claims it
(``claim_opens``), never dropped. The lock covers the moment between two starts, and a socket
left by a crashed app is replaced.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from local_store import app_running

CONNECT_WAIT_MS = 1500
SHOW_REQUEST = b"show\n"
OPEN_REQUEST = b"open "  # then the file's absolute path (UTF-8) and a newline


def server_name(data_dir: Path) -> str:
    """Short and safe as a socket or pipe name; the same for every spelling of the folder."""
    resolved = str(Path(data_dir).expanduser().resolve())
    return "casebridge-" + hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:20]


def ask_running_to_show(data_dir: Path, open_path: Path | None = None) -> bool:
    """True when an app already running on ``data_dir`` was reached and asked to show itself
    (and to open ``open_path``, when given)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_WAIT_MS):
        return False
    request = SHOW_REQUEST
    if open_path is not None:
        request += OPEN_REQUEST + os.fsencode(Path(open_path).resolve()) + b"\n"
    socket.write(request)
    socket.waitForBytesWritten(CONNECT_WAIT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts on the same folder; ``show_requested`` asks for the window."""

    show_requested = Signal()
    open_requested = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._lock: app_running.AppLock | None = None
        # Files handed over before anyone listens to open_requested (None once claimed).
        self._unclaimed: list[str] | None = []

    def listen(self) -> bool:
        """Start listening (replacing a socket a crashed app left behind)."""
        name = server_name(self.data_dir)
        if self._server.listen(name):
            return True
        QLocalServer.removeServer(name)
        return self._server.listen(name)

    def hold_folder(self) -> bool:
        """Take the folder's "app running" lock; False when another process holds it."""
        if self._lock is None:
            self._lock = app_running.hold(self.data_dir)
        return self._lock is not None

    def claim_opens(self) -> list[str]:
        """The files handed over so far, for the window now connected to ``open_requested``
        (which has every later one)."""
        claimed, self._unclaimed = self._unclaimed or [], None
        return claimed

    def release_folder(self) -> None:
        """Let go of the lock (still listening): a restore is about to replace the folder;
        ``hold_folder`` takes it again on the folder that replaced it."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        self._server.close()
        self.release_folder()

    @Slot()
    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.setProperty("pending", b"")
            socket.readyRead.connect(self._on_request)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    @Slot()
    def _on_request(self) -> None:
        self._read(self.sender())

    def _read(self, socket: QLocalSocket) -> None:
        # Whole lines only: a path may arrive in more than one piece.
        pending = bytes(socket.property("pending") or b"") + bytes(socket.readAll().data())
        *lines, rest = pending.split(b"\n")
        socket.setProperty("pending", rest)
        for line in lines:
            if line == SHOW_REQUEST.strip():
                self.show_requested.emit()
            elif line.startswith(OPEN_REQUEST):
                path = os.fsdecode(line[len(OPEN_REQUEST) :])
                if self._unclaimed is not None:
                    self._unclaimed.append(path)
                self.open_requested.emit(path)
