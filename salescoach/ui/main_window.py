"""The main window: navigation between pages, a search box, the commands, the status bar.

It opens to fit the screen's available area, remembers its size, position, page and the
coach's width as soon as they change (a killed app forgets nothing), and says which
database is open.

It is built in steps so that it appears at once and fills soon: the frame (size, place,
sidebar, status bar) needs only Qt, and is shown while the database opens; `attach` then
brings the pages, the commands and everything that needs the store (SQLAlchemy and the rest
are imported there, after the first paint). Started from a frame on screen (`fill`), the
page it opens on comes first and reads its figures; the rest is built once they are shown.
"""

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QMoveEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from salescoach.core.clock import Clock
from salescoach.ui.machine_settings import (
    TOLD_ABOUT_TRAY,
    WINDOW_COACH,
    WINDOW_GEOMETRY,
    WINDOW_PAGE,
)
from salescoach.ui.painted import OnPaint
from salescoach.ui.selection import Subject
from salescoach.ui.views.page import Page
from salescoach.ui.widgets.search_box import SearchBox
from salescoach.ui.window_geometry import keep_on_screen, restore_geometry
from salescoach.ui.window_pages import build_pages, first_page, give_commands, start_name

#: How long the rest of the window waits for the first page's figures at most.
FIRST_PAGE_DEADLINE_MS = 1000

if TYPE_CHECKING:
    from salescoach.core.today import TodayFigures
    from salescoach.ui.context import AppContext
    from salescoach.ui.dialogs.settings_dialog import SettingsDialog
    from salescoach.ui.operations import ChangeBus, Operations
    from salescoach.ui.views.dashboard_page import DashboardPage
    from salescoach.ui.views.today_page import TodayPage


W = TypeVar("W", bound=QWidget)


class MainWindow(QMainWindow):
    #: The rep chose another language or theme in Settings: a new window shows it.
    rebuild_requested = Signal()
    #: Every page, command and collaborator is in (`fill` builds them after the first page).
    completed = Signal()

    def __init__(
        self,
        operations: "Operations | None",
        bus: "ChangeBus | None",
        settings: QSettings,
        clock: Clock,
        home: Path | None = None,
    ) -> None:
        """The frame; with `operations`, the whole window at once (see `attach`)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.clock = clock
        self.attached = False
        self._quitting = False
        self._checked_fit = False
        self._counts: dict[object, str] = {}
        self.pages: list[Page] = []
        self.stack = QStackedWidget(self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(132)
        opening = QLabel(self.tr("Opening your database…"), self.stack)
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(opening)
        #: Shown in the frame until the first page takes its place: "Opening your
        #: database…", or the Today the rep last saw (`show_last_today`).
        self.placeholder: QWidget | None = opening
        self.setCentralWidget(self._body())
        self.setWindowTitle(self.tr("SalesCoach"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileLabel")
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.file_label)
        self._save_timer = QTimer(self, singleShot=True, interval=500)
        self._save_timer.timeout.connect(self.save_state)
        restore_geometry(self, self.settings.value(WINDOW_GEOMETRY))
        if operations is not None and bus is not None:
            self.attach(operations, bus, home)

    def attach(self, operations: "Operations", bus: "ChangeBus", home: Path | None = None) -> None:
        """Everything that works on the database at once: pages, commands, reminders,
        backups."""
        self.operations = operations
        self.context = self._context(operations, bus)
        opened = first_page(self.context, self, start_name(self.settings))
        self._complete(self._take(opened[0]) if opened else None, home)

    def show_last_today(self, figures: "TodayFigures") -> None:
        """While the database opens, the Today the rep last saw in place of "Opening your
        database…" (the caller vouches that the file has not changed since); the Today page
        takes its place with the figures it reads."""
        from salescoach.ui.views.today_board import TodayBoard

        board = TodayBoard(self.stack)
        board.show_figures(figures, self.clock.today())
        self.stack.addWidget(board)
        self.stack.setCurrentWidget(board)
        self._drop_placeholder()
        self.placeholder = board
        self.count_label.setText(board.count_text())

    def fill(self, operations: "Operations", bus: "ChangeBus", home: Path | None = None) -> None:
        """As `attach`, for the frame on screen: the page it opens on is built alone and
        reads its figures on a worker, and takes the place of the placeholder when
        they are in (laid out and painted once, not empty first); the other pages, the
        commands and the collaborators are built once it is painted (or after a second
        without its figures), so that the main thread is not building what the rep does
        not see yet while the first page waits for it. `completed` says when everything is
        in. What the rep can act on (a tip's button) comes with the figures, just before
        the rest: a click on it waits for the rest."""
        self.operations = operations
        self.context = self._context(operations, bus)
        opened = first_page(self.context, self, start_name(self.settings))
        if opened is None:  # a list: one quick read, built with the others
            self._complete(None, home)
            return
        first, figures_in = opened

        def show() -> None:
            if self.placeholder is not None:
                self.stack.setCurrentWidget(first)
                self._drop_placeholder()
                OnPaint(self, rest)

        def rest() -> None:
            if not self.attached:
                self._complete(first, home)

        for came in figures_in:
            came.connect(show, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(FIRST_PAGE_DEADLINE_MS, self, rest)
        self._take(first).refresh()

    def _complete(self, first: "TodayPage | DashboardPage | None", home: Path | None) -> None:
        """The pages besides `first`, the collaborators and the commands."""
        from salescoach.ui.dialogs.base import room_for_overhangs

        operations = self.operations
        self._build_pages(first)
        self._build_services(home or operations.store.file)
        self._build_search()
        self._build_commands()
        self.demo_banner = self.demo.banner(self)
        self.banner_slot.addWidget(self.demo_banner)
        self._connect()
        for page in (self.contacts, self.activities, self.follow_ups):
            page.remember_columns(self.settings)
        splitter = self.settings.value(WINDOW_COACH)
        if splitter is not None:
            self.dashboard.splitter.restoreState(splitter)
        self.attached = True
        room_for_overhangs(self)
        self.show_page(self.start_page())
        self._drop_placeholder()
        self._database_switched()
        self.completed.emit()

    # -- building ------------------------------------------------------------------------
    def _context(self, operations: "Operations", bus: "ChangeBus") -> "AppContext":
        """What every page and collaborator works with (SQLAlchemy comes in with it, after
        the frame's first paint; each dialog when it first opens)."""
        from salescoach.ui.coach_reading import CoachReading
        from salescoach.ui.context import AppContext
        from salescoach.ui.launcher import Launcher

        launcher = Launcher(operations, self.clock, self.settings, self)
        return AppContext(
            operations,
            bus,
            self.clock,
            self.settings,
            launcher,
            window=self,
            selection=lambda: self.current_page().selection(),
            announce=self.announce,
            coach=CoachReading(bus),
        )

    def _build_services(self, home: Path | None) -> None:
        """The window's collaborators that are not pages: each gets what it uses."""
        from salescoach.ui.backups import Backups
        from salescoach.ui.file_actions import FileActions
        from salescoach.ui.garbage import GarbageCollector
        from salescoach.ui.protection import Protection
        from salescoach.ui.reminders import Reminders
        from salescoach.ui.team_sync import TeamSync
        from salescoach.ui.transfer import DemoData
        from salescoach.ui.undo import UndoStack

        context, operations = self.context, self.context.operations
        self.launcher = context.launcher
        self.demo = DemoData(operations, self.clock, home, self)
        self.backups = Backups(operations, self.clock, self)
        self.files = FileActions(context, back_up=self.backups.now)
        self.team = TeamSync(context, self.statusBar())
        self.undo_stack = UndoStack(operations, self)
        self.protection = Protection(operations, self)
        self.garbage = GarbageCollector(*operations.pools, parent=self)
        self.reminders = Reminders(operations, context.bus, self.clock, self.settings, self)

    def _build_pages(self, first: QWidget | None) -> None:
        """Every page besides `first`, in the sidebar."""
        #: The pages by kind (also `today`, `dashboard`... below, as the rest of the app says).
        self.by_kind = pages = build_pages(self.context, self, first, self._take)
        self.today, self.dashboard, self.contacts = pages.today, pages.dashboard, pages.contacts
        self.board, self.activities = pages.board, pages.activities
        self.follow_ups = pages.follow_ups
        self.pages = pages.in_order()
        for page in self.pages:
            self.nav.addItem(page.title())

    def _take(self, page: W) -> W:
        """A page into the stack, its count and selection heard from now on."""
        assert isinstance(page, Page)
        self.stack.addWidget(page)
        page.count_changed.connect(lambda text: self._remember_count(page, text))
        page.selection_changed.connect(self._selection_changed)
        return page

    def _drop_placeholder(self) -> None:
        if self.placeholder is not None:
            self.stack.removeWidget(self.placeholder)
            self.placeholder.deleteLater()
            self.placeholder = None

    def _build_search(self) -> None:
        self.search = SearchBox(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search this list (Ctrl+F)"))
        self.search.setMinimumWidth(160)
        self.search.setMaximumWidth(320)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.into_results.connect(lambda: self._searched().focus_results())
        self.search.open_result.connect(lambda: self._searched().open_selected())

    def _build_commands(self) -> None:
        from salescoach.ui.commands import Commands
        from salescoach.ui.tip_actions import TipActions

        self.commands = Commands(
            self.context,
            self,
            files=self.files,
            team=self.team,
            backups=self.backups,
            protection=self.protection,
            demo=self.demo,
            undo_stack=self.undo_stack,
            page_actions={"showLost": self.board.show_lost},
        )
        self.commands.fill_menus(self.menuBar())
        self._build_toolbar()
        give_commands(self.by_kind, self.commands.for_page)
        self.tips = TipActions(
            self.launcher,
            self.contacts,
            self.dashboard,
            self.follow_ups,
            show_page=self.show_page,
            load_demo=self.demo.load,
        )

    def _connect(self) -> None:
        """Who tells whom: saves select what they saved, collaborators speak in the status
        bar, the coach's buttons reach their actions, the tray reaches the window."""
        self.operations.busy_changed.connect(self._busy)
        self.operations.database.switched.connect(self._database_switched)
        self.launcher.saved.connect(self._saved)
        self.launcher.settings_opened.connect(self._settings_opened)
        for speaker in (self.dashboard, self.demo, self.backups, self.protection, self.team):
            speaker.announce.connect(self.announce)
        self.team.pulled_rows.connect(self._forget_undone_over)
        self.undo_stack.changed.connect(lambda: self.commands.update())
        self.dashboard.coach.action_requested.connect(self.tips.carry_out)
        self.dashboard.coach.settings_requested.connect(self.launcher.coach_settings)
        self.dashboard.coach.start_requested.connect(self.tips.first_step)
        self.today.tip_action.connect(self.tips.carry_out)
        self.today.board.plan_button.clicked.connect(self.commands["planWeek"].trigger)
        self.today.board.review_button.clicked.connect(self.commands["reviewWeek"].trigger)
        self.reminders.notified.connect(self._notified)
        self.reminders.opened.connect(self._reminder_opened)
        self.reminders.show_window.connect(self.come_forward)
        self.reminders.show_today.connect(self._show_today)
        self.reminders.quit_requested.connect(self.quit)
        self.nav.currentRowChanged.connect(self._go)
        self.dashboard.splitter.splitterMoved.connect(lambda *_: self._save_timer.start())

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for name in ("logActivity", "planFollowUp", "newContact", "newOpportunity"):
            toolbar.addAction(self.commands[name])
        spacer = QWidget(self)
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding,
            spacer.sizePolicy().verticalPolicy().Preferred,
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

    def _body(self) -> QWidget:
        """The sidebar and the pages, under the demo banner's place."""
        self.banner_slot = QVBoxLayout()
        self.banner_slot.setContentsMargins(0, 0, 0, 0)
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(self.banner_slot)
        column.addWidget(body, 1)
        return central

    # -- pages ---------------------------------------------------------------------------
    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def go(self, number: int) -> None:
        """Show page `number` (the Go menu, Ctrl+1…6, the sidebar)."""
        number = max(0, min(number, len(self.pages) - 1))
        if self.nav.currentRow() != number:
            self.nav.setCurrentRow(number)  # calls _go
        else:
            self._go(number)

    def start_page(self) -> Page:
        """The page the window opens on (see `window_pages.start_name`)."""
        name = start_name(self.settings)
        return next((p for p in self.pages if p.objectName() == name), self.today)

    def show_page(self, page: Page) -> None:
        self.go(self.pages.index(page))

    def _go(self, row: int) -> None:
        page = self.pages[row]
        assert isinstance(page, QWidget)  # every page is a widget that answers `Page`
        self.stack.setCurrentWidget(page)
        self.search.blockSignals(True)
        self.search.setText(page.search_text())
        self.search.blockSignals(False)
        self.search.setEnabled(page.searchable())
        self.count_label.setText(self._counts.get(page, ""))
        self.commands.update()
        self._save_timer.start()

    def _remember_count(self, page: QWidget, text: str) -> None:
        """Pages announce their counts; the status bar shows the current page's."""
        self._counts[page] = text
        if page is self.stack.currentWidget():
            self.count_label.setText(text)

    def _selection_changed(self) -> None:
        if self.attached:  # the commands are in
            self.commands.update()

    def _saved(self, subject: Subject, row_id: int) -> None:
        """A dialog saved a row: select it where the rep is looking."""
        self.current_page().select(subject, row_id)

    def _apply_search(self) -> None:
        self.current_page().set_search(self.search.text())

    def _searched(self) -> Page:
        """The current page, with what is typed in the search box applied (the rep may press
        Down or Enter before the pause that starts a search)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._apply_search()
        return self.current_page()

    def focus_search(self) -> None:
        if not self.search.isEnabled():
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- the coach's actions -------------------------------------------------------------
    def announce(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _forget_undone_over(self, uids: set[str]) -> None:
        """A sync changed these rows: Undo no longer goes back over them, and says so."""
        dropped = self.undo_stack.forget(uids)
        if dropped:
            forgot = self.tr("Undo forgot %n step(s) over records the sync changed", "", dropped)
            said = self.statusBar().currentMessage()
            self.announce(f"{said} · {forgot}" if said else forgot)

    def _busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Saving…"), 2000)

    def _database_switched(self) -> None:
        """Say which file is open: the title, the status bar, and a banner for the demo."""
        file = self.operations.store.file
        demo = self.demo.showing_demo()
        name = file.name if file is not None else self.operations.store.location
        title = self.tr("{file} (demo data)") if demo else "{file}"
        if self.operations.store.read_only:
            title = self.tr("{file} (read-only)")
        self.setWindowTitle(f"{title.format(file=name)} — {self.tr('SalesCoach')}")
        location = self.operations.store.location
        metrics = self.file_label.fontMetrics()
        self.file_label.setText(metrics.elidedText(location, Qt.TextElideMode.ElideMiddle, 420))
        self.file_label.setToolTip(self.tr("The database SalesCoach has open") + f"\n{location}")
        self.demo_banner.setVisible(demo)
        self.commands.update()

    def come_forward(self) -> None:
        """Another launch on this database: show this window instead, in front."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # -- state ---------------------------------------------------------------------------
    def save_state(self) -> None:
        self.settings.setValue(WINDOW_GEOMETRY, self.saveGeometry())
        if self.attached:
            if (shown := self.stack.currentWidget()) is not None:
                self.settings.setValue(WINDOW_PAGE, shown.objectName())
            self.settings.setValue(WINDOW_COACH, self.dashboard.splitter.saveState())
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._checked_fit:
            self._checked_fit = True
            QTimer.singleShot(0, lambda: keep_on_screen(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._save_timer.start()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._save_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing keeps the app in the tray while reminders are on (said the first time);
        File ▸ Quit, or Quit in the tray's menu, ends it."""
        self.save_state()
        if self.attached and self.reminders.keeps_running() and not self._quitting:
            event.ignore()
            self.hide()
            if not self.settings.value(TOLD_ABOUT_TRAY, False, type=bool):
                self.settings.setValue(TOLD_ABOUT_TRAY, True)
                self.reminders.tell(
                    self.tr("SalesCoach is still running"),
                    self.tr(
                        "It stays in the tray to remind you of your follow-ups. Quit from its "
                        "menu, or turn reminders off in Settings."
                    ),
                )
            return
        super().closeEvent(event)

    def quit(self) -> None:
        """End the app, tray included."""
        if self.quit_window():
            QApplication.quit()

    def quit_window(self) -> bool:
        """Close for good (its tray icon with it), not to the tray."""
        self._quitting = True
        if self.attached and self.reminders.tray is not None:
            self.reminders.tray.hide()
        return self.close()

    def _settings_opened(self, dialog: "SettingsDialog") -> None:
        dialog.reminders_changed.connect(self.reminders.apply_settings)
        dialog.look_changed.connect(self.rebuild_requested.emit)

    # -- reminders -----------------------------------------------------------------------
    def _notified(self, title: str, message: str) -> None:
        if self.reminders.tray is None:  # no tray to pop a notification from: say it here
            self.statusBar().showMessage(f"{title}: {message}", 15_000)

    def _show_today(self) -> None:
        self.come_forward()
        self.show_page(self.today)

    def _reminder_opened(self, activity_id: int | None) -> None:
        self.come_forward()
        if activity_id is None:
            self.show_page(self.today)
        else:
            self.launcher.open_reminder(activity_id)
