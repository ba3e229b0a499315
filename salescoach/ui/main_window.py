"""The main window: navigation between pages, a search box, global shortcuts, status bar."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from salescoach import __version__
from salescoach.core.coach.tips import Action, ActionKind
from salescoach.core.domain import ActivityKind
from salescoach.store import Store
from salescoach.ui.garbage import GarbageCollector
from salescoach.ui.launcher import Launcher
from salescoach.ui.operations import ChangeBus, Operations
from salescoach.ui.transfer import ask_export, ask_import, load_demo_data
from salescoach.ui.views.activities_page import ActivitiesPage
from salescoach.ui.views.board_page import BoardPage
from salescoach.ui.views.contacts_page import ContactsPage
from salescoach.ui.views.dashboard_page import DashboardPage
from salescoach.ui.views.followups_page import FollowUpsPage


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        operations: Operations,
        bus: ChangeBus,
        settings: QSettings,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.store = store
        self.operations = operations
        self.settings = settings
        self.setWindowTitle(self.tr("SalesCoach"))
        self.launcher = Launcher(operations, self)
        self.garbage = GarbageCollector(operations.pool, self)
        self._counts: dict[object, str] = {}

        self.dashboard = DashboardPage(operations, bus, clock, self)
        self.dashboard.announce.connect(self._announce)
        self.dashboard.coach.action_requested.connect(self.tip_action)
        self.dashboard.coach.settings_requested.connect(self.launcher.coach_settings)
        self.contacts = ContactsPage(store, bus, self.launcher, self)
        self.board = BoardPage(operations, bus, self.launcher, self)
        self.activities = ActivitiesPage(store, bus, self.launcher, self)
        self.follow_ups = FollowUpsPage(store, bus, self.launcher, self)
        self.pages: list[tuple[str, QWidget]] = [
            (self.tr("Dashboard"), self.dashboard),
            (self.tr("Contacts"), self.contacts),
            (self.tr("Opportunities"), self.board),
            (self.tr("Activities"), self.activities),
            (self.tr("Follow-ups"), self.follow_ups),
        ]
        self.stack = QStackedWidget(self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(140)
        for title, page in self.pages:
            self.nav.addItem(title)
            self.stack.addWidget(page)
            page.count_changed.connect(self._remember_count)  # type: ignore[attr-defined]
        self.nav.currentRowChanged.connect(self._go)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search this list (Ctrl+F)"))
        self.search.setMaximumWidth(320)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._build_actions()

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(QLabel(store.location, self))
        operations.busy_changed.connect(
            lambda busy: self.statusBar().showMessage(self.tr("Saving…") if busy else "", 2000)
        )
        self.resize(1280, 760)
        self._restore_state()
        for _title, page in self.pages:
            page.refresh()  # type: ignore[attr-defined]  # once connected, so counts arrive
        self.nav.setCurrentRow(int(settings.value("window/page", 0)))

    # -- building ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        launcher = self.launcher
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)

        self.log_action = self._action(
            self.tr("&Log activity…"), lambda: launcher.log_activity(), "Ctrl+L", "logActivity"
        )
        self.plan_action = self._action(
            self.tr("&Plan follow-up…"),
            lambda: launcher.plan_follow_up(),
            "Ctrl+Shift+L",
            "planFollowUp",
        )
        new_contact = self._action(self.tr("New &contact…"), launcher.new_contact, "", "newContact")
        new_opp = self._action(
            self.tr("New &opportunity…"),
            lambda: launcher.new_opportunity(),
            "Ctrl+Shift+N",
            "newOpportunity",
        )
        coach_settings = self._action(
            self.tr("Coach &settings…"), launcher.coach_settings, "", "coachSettings"
        )
        find = self._action(
            self.tr("&Find"), self._focus_search, QKeySequence.StandardKey.Find, "find"
        )
        import_action = self._action(self.tr("&Import…"), self._import, "Ctrl+I", "import")
        export_action = self._action(self.tr("&Export…"), self._export, "Ctrl+E", "export")
        demo_action = self._action(self.tr("Load &demo data"), self._load_demo, "", "demo")
        quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit"
        )
        for action in (self.log_action, self.plan_action, new_contact, new_opp):
            toolbar.addAction(action)
        spacer = QWidget(self)
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding,
            spacer.sizePolicy().verticalPolicy().Preferred,
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for action in (import_action, export_action, demo_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        work_menu = menu.addMenu(self.tr("&Work"))
        for action in (self.log_action, self.plan_action, new_contact, new_opp, find):
            work_menu.addAction(action)
        work_menu.addSeparator()
        work_menu.addAction(coach_settings)
        go_menu = menu.addMenu(self.tr("&Go"))
        for number, (title, _page) in enumerate(self.pages):
            go = self._action(
                title,
                lambda n=number: self.nav.setCurrentRow(n),
                f"Ctrl+{number + 1}",
                f"go{number}",
            )
            go_menu.addAction(go)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About SalesCoach"), self._about, "", "about"))

    def _action(self, text: str, slot: object, shortcut: object, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- behaviour -----------------------------------------------------------------------
    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(page))

    def _go(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        page = self.current_page()
        self.search.blockSignals(True)
        self.search.setText(getattr(page, "search_text", ""))
        self.search.blockSignals(False)
        self.search.setEnabled(hasattr(page, "set_search"))
        self.count_label.setText(self._counts.get(page, ""))

    def _remember_count(self, text: str) -> None:
        """Pages announce their counts; the status bar shows the current page's."""
        page = self.sender()
        self._counts[page] = text
        if page is self.current_page():
            self.count_label.setText(text)

    def tip_action(self, action: Action, contacts: dict[int, str], title: str) -> None:
        """Carry out a coach tip's action: one click, straight to the work."""
        if action.kind is ActionKind.OPEN_CONTACTS:
            self.contacts.show_only(
                {"id": list(contacts)},
                self.tr("%n contact(s) from the tip “{title}”.", "", len(contacts)).format(
                    title=title
                ),
            )
            self.show_page(self.contacts)
        elif action.kind is ActionKind.PLAN_FOLLOW_UPS:
            self.launcher.plan_follow_ups(contacts, title)
        elif action.kind is ActionKind.LOG_ACTIVITY:
            self.launcher.log_activity_of_kind(ActivityKind(action.activity))
        elif action.kind is ActionKind.SHOW_RATIO and action.ratio:
            self.show_page(self.dashboard)
            self.dashboard.show_ratio(action.ratio)
        elif action.kind is ActionKind.OPEN_FOLLOW_UPS:
            self.show_page(self.follow_ups)

    def _apply_search(self) -> None:
        page = self.current_page()
        page.set_search(self.search.text())  # type: ignore[attr-defined]

    def _focus_search(self) -> None:
        if not self.search.isEnabled():
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _import(self) -> None:
        ask_import(self.operations, self, self._announce)

    def _export(self) -> None:
        ask_export(self.operations, self, self._announce)

    def _load_demo(self) -> None:
        load_demo_data(
            self.operations, self, lambda _s: self._announce(self.tr("Demo data loaded."))
        )

    def _announce(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def offer_demo(self) -> QMessageBox:
        """First start on an empty database: show around with demo data, or start clean."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Welcome to SalesCoach"),
            self.tr(
                "Your database is empty. Would you like to explore SalesCoach "
                "with a year of demo data first? You can start a clean "
                "database any time with --db."
            ),
            parent=self,
        )
        box.setObjectName("firstStart")
        demo = box.addButton(self.tr("Load demo data"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Start empty"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(demo)

        def answered() -> None:
            self.settings.setValue("firstStartDone", True)
            if box.clickedButton() is demo:
                self._load_demo()

        box.finished.connect(answered)
        box.open()
        return box

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About SalesCoach"),
            self.tr("SalesCoach {version}\nYour own funnel, your own coach.").format(
                version=__version__
            ),
        )

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/page", self.nav.currentRow())
        super().closeEvent(event)
