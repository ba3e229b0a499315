"""One window per database: a second launch on the same file brings the first to the front.

The running app listens on a local socket named after the database; a new launch that can
reach it asks it to come forward and leaves. A socket left by a crashed app answers nobody,
so the new launch takes it over (qutebrowser's and Anki's way).
"""

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 500
ACTIVATE = b"activate\n"


def server_name(database: Path | str) -> str:
    """A socket name for this user and database: short, and the same for every launch."""
    digest = hashlib.sha1(str(Path(database).expanduser().resolve()).encode()).hexdigest()
    return f"salescoach-{digest[:16]}"


class SingleInstance(QObject):
    #: Another launch asked this window to come to the front.
    activation_requested = Signal()

    def __init__(self, database: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(database)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True if this launch is the one to run; False if another already runs (which has
        just been asked to come forward)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(WAIT_MS):
            socket.write(ACTIVATE)
            socket.waitForBytesWritten(WAIT_MS)
            socket.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)  # left by a crash: nobody answered on it
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._knocked)
        return self.server.listen(self.name)

    def _knocked(self) -> None:
        """Another launch: its one line arrives with the connection (a few ms at most)."""
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(WAIT_MS)
            if arrived and bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
                self.activation_requested.emit()
            socket.abort()
            socket.deleteLater()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
