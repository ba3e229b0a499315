"""The team from the window: Sync now, a sync every few minutes while online, and the
status bar saying when the last one was, what waits to be sent and what conflicts wait to
be read.

A sync runs on the write queue like any other write: the pages showing what it wrote
refresh, and Undo forgets (and says so) the steps over rows it changed. A background sync
that fails (no network in the car) says so in the status bar and nothing more; one the rep
asked for says why in a dialog, and asks for the password when the server wants one that
is not in the keyring.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QStatusBar

from salescoach.core.errors import UserError
from salescoach.store.session.changes import Applied
from salescoach.store.team.status import TeamStatus, team_status
from salescoach.ui.context import AppContext
from salescoach.ui.errors import show_failure
from salescoach.ui.labels import language, when_text

if TYPE_CHECKING:
    from salescoach.usecases.syncing import Synced

#: How often a joined laptop syncs on its own.
EVERY_MS = 5 * 60 * 1000


class TeamSync(QObject):
    #: A status-bar message.
    announce = Signal(str)
    #: The uids of the rows a sync wrote here (Undo forgets the steps over them).
    pulled_rows = Signal(object)

    def __init__(self, context: AppContext, status_bar: QStatusBar) -> None:
        """The status of the team goes in `status_bar`; dialogs open on the context's
        window."""
        super().__init__(context.window)
        self.window = context.window
        self.operations = context.operations
        self.clock = context.clock
        self.status = TeamStatus(False)
        self.label = QLabel(status_bar)
        self.label.setObjectName("syncStatus")
        status_bar.addPermanentWidget(self.label)
        self.busy = False
        self.failed_quietly = False
        self.password: str | None = None  # asked this session, kept in memory only
        self.timer = QTimer(self, interval=EVERY_MS)
        self.timer.timeout.connect(lambda: self.sync(quietly=True))
        self.operations.bus.changed.connect(lambda _changes: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.operations.query(self, team_status, self._show)

    def _show(self, status: TeamStatus) -> None:
        self.status = status
        self.label.setVisible(status.joined)
        if status.joined and not self.timer.isActive():
            self.timer.start()
        if not status.joined:
            self.timer.stop()
            return
        parts = []
        if self.busy:
            parts.append(self.tr("Syncing…"))
        elif self.failed_quietly:
            parts.append(self.tr("Team server out of reach"))
        elif status.last_sync:
            synced = datetime.fromisoformat(status.last_sync).replace(tzinfo=UTC).astimezone()
            parts.append(
                self.tr("Synced {when}").format(when=when_text(synced.replace(tzinfo=None)))
            )
        else:
            parts.append(self.tr("Not synced yet"))
        if status.pending:
            parts.append(self.tr("%n change(s) to send", "", status.pending))
        if status.conflicts:
            parts.append(self.tr("%n conflict(s) to read", "", status.conflicts))
        self.label.setText(" · ".join(parts))

    def sync_now(self) -> None:
        """File ▸ Sync with the team: join first if this laptop has not."""
        if not self.status.joined:
            from salescoach.ui.dialogs.team_dialogs import JoinTeamDialog

            dialog = JoinTeamDialog(self.operations, self.window)
            dialog.joined.connect(self._joined)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            return
        self.sync()

    def _joined(self, password: str) -> None:
        self.password = password or self.password
        self.refresh()
        self.sync()

    def sync(self, quietly: bool = False) -> None:
        """A sync on the write queue, as any write: what it wrote refreshes the pages that
        show it, and Undo forgets the steps over rows it changed."""
        if self.busy or (quietly and not self.status.joined):
            return
        self.busy = True
        self._show(self.status)
        from salescoach.usecases.syncing import sync_with_team  # the server's driver

        store, password, clock = self.operations.store, self.password, self.clock

        def work(progress: Callable[[float], None]) -> "Applied[Synced]":
            return sync_with_team(store, clock, password, progress)

        def done(synced: "Synced") -> None:
            self.busy, self.failed_quietly = False, False
            self.refresh()
            self.announce.emit(synced.text(language()))
            if synced.result.touched:
                self.pulled_rows.emit(synced.result.touched)

        def failed(error: BaseException) -> None:
            self.busy = False
            if quietly:
                self.failed_quietly = True
                self.refresh()
                return
            self.refresh()
            if isinstance(error, UserError) and error.key == "server_login_failed":
                self._ask_password()
                return
            show_failure(self.window, error)

        self.operations.write(self, work, done, on_failed=failed, history=False)

    def _ask_password(self) -> None:
        password, given = QInputDialog.getText(
            self.window,
            self.tr("Team server"),
            self.tr("The team server asks for your password:"),
            QLineEdit.EchoMode.Password,
        )
        if given and password:
            self.password = password
            self.sync()

    def show_conflicts(self) -> None:
        from salescoach.ui.dialogs.team_dialogs import ConflictsDialog

        dialog = ConflictsDialog(self.operations, self.window)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_team(self) -> None:
        from salescoach.ui.dialogs.team_dialogs import TeamFunnelDialog

        dialog = TeamFunnelDialog(self.operations, self.clock, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
