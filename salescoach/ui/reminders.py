"""Reminders that arrive from the app itself: no server, no e-mail, no cron.

Every minute (and when the data changes) the app asks which follow-ups have fallen due since
it last looked, `lead` minutes early if the rep wants a head start, and says so: a desktop
notification through the system tray where the platform has one, a note in the window
otherwise. On start it first says what fell due while it was closed. The tray icon carries
the overdue count; its menu shows the window, Today, or quits. Clicking a notification
opens the follow-up's card.
"""

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from salescoach.core.agenda import AgendaItem, Due
from salescoach.core.clock import Clock
from salescoach.store.queries.agenda import due_since
from salescoach.store.session.changes import Change
from salescoach.ui.icons import app_icon, badged_icon
from salescoach.ui.labels import kind_label, when_text
from salescoach.ui.machine_settings import REMINDERS_LAST_SEEN, REMINDERS_LEAD, REMINDERS_ON, whole
from salescoach.ui.operations import ChangeBus, Operations

#: Look back at most this far on start: a rep back from holiday needs a list, not 300 pop-ups.
CATCH_UP = timedelta(days=30)
CHECK_EVERY_MS = 60_000
CHECK_EVERY = timedelta(milliseconds=CHECK_EVERY_MS)


class Reminders(QObject):
    #: A notification was given: (title, message); tests and the status bar listen.
    notified = Signal(str, str)
    #: The rep clicked a notification about one follow-up (its id), or several (None).
    opened = Signal(object)
    #: The tray menu asked for the window, or for Today.
    show_window = Signal()
    show_today = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        operations: Operations,
        bus: ChangeBus,
        clock: Clock,
        settings: QSettings,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.clock = clock
        self.settings = settings
        self.overdue = 0
        self._last: int | None = None  # the follow-up the last notification was about
        #: (id, due) of what was announced in the windows looked at lately: said once only
        self._announced: set[tuple[int, datetime]] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = self._make_tray(parent)
        bus.changed.connect(lambda change: self.check() if change & Change.ACTIVITIES else None)

    # -- settings ------------------------------------------------------------------------
    def enabled(self) -> bool:
        return bool(self.settings.value(REMINDERS_ON, True, type=bool))

    def lead(self) -> timedelta:
        return timedelta(minutes=whole(self.settings, REMINDERS_LEAD, 0))

    def keeps_running(self) -> bool:
        """Closing the window leaves the app in the tray: only with reminders and a tray."""
        return self.enabled() and self.tray is not None

    def apply_settings(self) -> None:
        if self.enabled():
            self.start()
        else:
            self.timer.stop()
            if self.tray is not None:
                self.tray.hide()

    # -- checking ------------------------------------------------------------------------
    def start(self) -> None:
        """Say what fell due while the app was closed, then keep watching."""
        if not self.enabled():
            return
        if self.tray is not None:
            self.tray.show()
        self.timer.start()
        self.check()

    def check(self) -> None:
        """Look at what falls due from the last look to `lead` minutes from now. The look
        remembers the moment it was taken, not the end of its window: a follow-up planned
        inside a window already looked at (a call in five minutes, with a fifteen-minute
        head start) is still announced, and each one only once."""
        if not self.enabled():
            return
        now = self.clock.now()
        until = now + self.lead()
        stored = self.settings.value(REMINDERS_LAST_SEEN)
        # the first time ever, what fell due earlier today
        since = _moment(stored) if stored else datetime.combine(now.date(), datetime.min.time())
        since = max(since, now - CATCH_UP)
        today = self.clock.today()
        self.operations.query(self, lambda s: due_since(s, since, until, today), self._found(now))

    def _found(self, now: datetime) -> Callable[[Due], None]:
        def found(due: Due) -> None:
            self.settings.setValue(REMINDERS_LAST_SEEN, now.isoformat(timespec="seconds"))
            self._show_count(due)
            fresh = [item for item in due.new if (item.id, item.at) not in self._announced]
            self._announced = {
                key for key in self._announced if key[1] > now - self.lead() - CHECK_EVERY
            } | {(item.id, item.at) for item in fresh}
            if fresh:
                self._notify(fresh)

        return found

    def _show_count(self, due: Due) -> None:
        self.overdue = due.overdue
        if self.tray is None:
            return
        self.tray.setIcon(badged_icon(due.overdue))
        self.tray.setToolTip(
            self.tr("SalesCoach: %n overdue", "", due.overdue)
            + ", "
            + self.tr("%n due today", "", due.due_today)
        )

    def _notify(self, items: list[AgendaItem]) -> None:
        if len(items) == 1:
            item = items[0]
            title = self.tr("{kind} with {contact}").format(
                kind=kind_label(item.kind), contact=item.contact
            )
            message = self.tr("Due {when}.").format(when=when_text(item.at))
            if item.company:
                message = f"{item.company}. {message}"
            self._last = item.id
        else:
            title = self.tr("%n follow-up(s) due", "", len(items))
            names = ", ".join(dict.fromkeys(item.contact for item in items[:4]))
            message = names + ("…" if len(items) > 4 else "")
            self._last = None
        if self.tray is not None:
            self.tray.showMessage(title, message, app_icon(), 15_000)
        self.notified.emit(title, message)

    def tell(self, title: str, message: str) -> None:
        """A notification that is about no follow-up (the app went to the tray)."""
        self._last = None
        if self.tray is not None:
            self.tray.showMessage(title, message, app_icon(), 10_000)
        self.notified.emit(title, message)

    def notification_clicked(self) -> None:
        self.opened.emit(self._last)

    # -- the tray ------------------------------------------------------------------------
    def _make_tray(self, parent: QWidget) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(app_icon(), parent)
        tray.setObjectName("trayIcon")
        menu = QMenu(parent)
        menu.addAction(self.tr("Show SalesCoach"), self.show_window.emit)
        menu.addAction(self.tr("Today"), self.show_today.emit)
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), self.quit_requested.emit)
        tray.setContextMenu(menu)
        tray.messageClicked.connect(self.notification_clicked)
        tray.activated.connect(
            lambda reason: (
                self.show_window.emit()
                if reason is QSystemTrayIcon.ActivationReason.Trigger
                else None
            )
        )
        return tray


def _moment(value: object) -> datetime:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return datetime.min
