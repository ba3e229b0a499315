"""The window's commands: one action each, shown in a menu with its shortcut, working
wherever the focus is in the window, and acting on what the current page has selected.

Pages put these same actions in their toolbars and right-click menus, so a button, its menu
entry and its shortcut can never do different things.
"""

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QMessageBox

from salescoach import __version__
from salescoach.core.domain import FUNNEL, Stage
from salescoach.core.stages import next_stage
from salescoach.ui.backups import Backups
from salescoach.ui.context import AppContext
from salescoach.ui.file_actions import FileActions
from salescoach.ui.labels import stage_label
from salescoach.ui.protection import Protection
from salescoach.ui.selection import Selection, Subject
from salescoach.ui.team_sync import TeamSync
from salescoach.ui.transfer import DemoData
from salescoach.ui.undo import UndoStack
from salescoach.ui.views.page import Page

Shortcut = QKeySequence.StandardKey | str


class Navigation(Protocol):
    """What the commands ask of the window: its pages, which one is shown, the search box,
    and the way out."""

    pages: list[Page]

    def current_page(self) -> Page: ...

    def go(self, number: int) -> None: ...

    def focus_search(self) -> None: ...

    def quit(self) -> None: ...


class Commands(QObject):
    def __init__(
        self,
        context: AppContext,
        navigation: Navigation,
        *,
        files: FileActions,
        team: TeamSync,
        backups: Backups,
        protection: Protection,
        demo: DemoData,
        undo_stack: UndoStack,
        page_actions: dict[str, QAction],
    ) -> None:
        """`page_actions`: the pages' own switches (Show lost), also offered in the menus
        (a toolbar's overflow can be clipped in a long language; a menu never is)."""
        super().__init__(context.window)
        self.window = window = context.window
        self.context, self.navigation = context, navigation
        self.demo, self.protection, self.undo_stack = demo, protection, undo_stack
        self.actions: dict[str, QAction] = {}
        launcher = context.launcher
        sel = context.selection
        add = self._add

        # File
        add("import", self.tr("&Import…"), files.ask_import, "Ctrl+I")
        add("export", self.tr("&Export…"), files.ask_export, "Ctrl+E")
        add("importHistory", self.tr("Import &history…"), files.show_import_history)
        add("syncNow", self.tr("S&ync with the team"), team.sync_now, "Ctrl+Shift+S")
        add("syncConflicts", self.tr("Sync &conflicts…"), team.show_conflicts)
        add("teamPage", self.tr("&Team figures…"), team.show_team)
        add("backUp", self.tr("&Back up now"), backups.now)
        add("backups", self.tr("Bac&kups…"), backups.dialog)
        add("protect", self.tr("&Protect with a passphrase…"), protection.ask_protect)
        add("unprotect", self.tr("Remove the pa&ssphrase"), protection.remove)
        add("demo", self.tr("Load &demo data…"), demo.load)
        add("home", self.tr("Back to you&r database"), demo.back_home)
        add("quit", self.tr("&Quit"), navigation.quit, QKeySequence.StandardKey.Quit)
        # Edit
        add("undo", self.tr("&Undo"), undo_stack.undo, QKeySequence.StandardKey.Undo)
        redo = add("redo", self.tr("&Redo"), undo_stack.redo, "Ctrl+Shift+Z")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        add("edit", self.tr("&Edit…"), lambda: self.page().edit_selected(), "F2")
        add("delete", self.tr("&Delete…"), lambda: self.page().delete_selected(), "Del")
        add("erase", self.tr("Erase contact for &good…"), self.erase)
        add("find", self.tr("&Find"), navigation.focus_search, QKeySequence.StandardKey.Find)
        # Work
        add("newContact", self.tr("New &contact…"), launcher.new_contact, "Ctrl+N")
        add(
            "newOpportunity",
            self.tr("New &opportunity…"),
            lambda: launcher.new_opportunity(sel().contact_id),
            "Ctrl+Shift+N",
        )
        add(
            "logActivity",
            self.tr("&Log activity…"),
            lambda: launcher.log_activity(sel().contact_id, sel().opportunity_id),
            "Ctrl+L",
        )
        add(
            "planFollowUp",
            self.tr("&Plan follow-up…"),
            lambda: launcher.plan_follow_up(sel().contact_id, sel().opportunity_id),
            "Ctrl+Shift+L",
        )
        add("planWeek", self.tr("Plan my &week…"), launcher.plan_week, "Ctrl+Shift+W")
        add("reviewWeek", self.tr("Re&view my week…"), launcher.review_week, "Ctrl+Shift+R")
        add("advance", self.tr("&Advance to next stage"), self.advance, "Ctrl+Right")
        add("markLost", self.tr("Mark lo&st…"), self.mark_lost)
        add("markDone", self.tr("Mark do&ne…"), self.mark_done, "Ctrl+D")
        add("reschedule", self.tr("&Reschedule…"), self.reschedule, "Ctrl+R")
        add("briefing", self.tr("Visit &briefing…"), self.briefing, "Ctrl+B")
        add("openContact", self.tr("Open contact car&d"), self.open_contact, "Ctrl+K")
        add("coachSettings", self.tr("Coac&h settings…"), launcher.coach_settings)
        add("settings", self.tr("Se&ttings…"), launcher.settings_dialog, "Ctrl+,")
        # View
        for name, action in page_actions.items():
            self.actions[name] = action
            window.addAction(action)
        # Go
        for number, page in enumerate(navigation.pages):
            add(f"go{number}", page.title(), self._go_to(number), f"Ctrl+{number + 1}")
        # Help
        add("shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        add("about", self.tr("&About SalesCoach"), self.show_about)

        self.move_menu = QMenu(self.tr("&Move to"), window)
        self.move_menu.setObjectName("moveMenu")
        self.stages = QActionGroup(self)
        for stage in FUNNEL:
            action = QAction(stage_label(stage), self.stages)
            action.setObjectName(f"moveTo_{stage.value}")
            action.setCheckable(True)
            action.setData(stage.value)
            action.triggered.connect(lambda _checked=False, s=stage: self.move_to(s))
            self.move_menu.addAction(action)
        self.actions["moveTo"] = self.move_menu.menuAction()
        self.actions["moveTo"].setObjectName("moveTo")

    def _add(
        self, name: str, text: str, slot: Callable[[], object], shortcut: Shortcut = ""
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # `triggered` passes `checked`; the slots take nothing, so it must not reach them
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        self.actions[name] = action
        return action

    def _go_to(self, number: int) -> Callable[[], None]:
        return lambda: self.navigation.go(number)

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    # -- menus ---------------------------------------------------------------------------
    def fill_menus(self, bar: QMenuBar) -> None:
        def menu(title: str, name: str, *entries: str | None) -> QMenu:
            added = bar.addMenu(title)
            added.setObjectName(name)
            for entry in entries:
                if entry is None:
                    added.addSeparator()
                elif entry == "moveTo":
                    added.addMenu(self.move_menu)
                else:
                    added.addAction(self.actions[entry])
            return added

        menu(
            self.tr("&File"),
            "fileMenu",
            "import",
            "export",
            "importHistory",
            None,
            "syncNow",
            "syncConflicts",
            "teamPage",
            None,
            "backUp",
            "backups",
            "protect",
            "unprotect",
            None,
            "demo",
            "home",
            None,
            "quit",
        )
        menu(
            self.tr("&Edit"),
            "editMenu",
            "undo",
            "redo",
            None,
            "edit",
            "delete",
            "erase",
            None,
            "find",
            None,
            "settings",
        )
        menu(
            self.tr("&Work"),
            "workMenu",
            "newContact",
            "newOpportunity",
            "logActivity",
            "planFollowUp",
            "planWeek",
            "reviewWeek",
            None,
            "advance",
            "moveTo",
            "markLost",
            None,
            "markDone",
            "reschedule",
            "briefing",
            "openContact",
            None,
            "coachSettings",
        )
        menu(self.tr("&View"), "viewMenu", "showLost")
        menu(self.tr("&Go"), "goMenu", *(f"go{n}" for n in range(len(self.navigation.pages))))
        menu(self.tr("&Help"), "helpMenu", "shortcuts", "about")

    def for_page(self, *names: str | None) -> list[QAction | None]:
        """Actions for a page's toolbar and right-click menu (None: a separator)."""
        return [None if name is None else self.actions[name] for name in names]

    # -- state ---------------------------------------------------------------------------
    def page(self) -> Page:
        return self.navigation.current_page()

    def selection(self) -> Selection:
        return self.page().selection()

    def show_shortcuts(self) -> None:
        from salescoach.ui.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.actions.values(), self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("About SalesCoach"),
            self.tr("SalesCoach {version}\nYour own funnel, your own coach.").format(
                version=__version__
            ),
        )

    def update(self) -> None:
        """Enable what makes sense for the current page and its selection."""
        page, selected = self.page(), self.selection()
        stage = selected.stage if selected.subject is Subject.OPPORTUNITY else None
        movable = stage is not None and stage is not Stage.LOST
        enabled = {
            "edit": selected.subject is not Subject.NONE,
            "delete": selected.subject is not Subject.NONE,
            "erase": selected.subject is Subject.CONTACT,
            "find": page.searchable(),
            "advance": stage is not None and next_stage(stage) is not None,
            "moveTo": movable,
            "markLost": movable,
            "markDone": selected.planned,
            "reschedule": selected.planned,
            "briefing": selected.appointment,
            "openContact": selected.contact_id is not None,
            "demo": not self.demo.showing_demo(),
            "home": self.demo.showing_demo(),
            "backUp": not self.context.operations.store.read_only,
            "protect": self.protection.offered() and not self.protection.protected(),
            "unprotect": self.protection.offered() and self.protection.protected(),
        }
        for name, on in enabled.items():
            self.actions[name].setEnabled(on)
        undo, redo = self.undo_stack.undo_label(), self.undo_stack.redo_label()
        self.actions["undo"].setEnabled(undo is not None)
        self.actions["undo"].setText(
            self.tr("&Undo {change}").format(change=undo) if undo else self.tr("&Undo")
        )
        self.actions["redo"].setEnabled(redo is not None)
        self.actions["redo"].setText(
            self.tr("&Redo {change}").format(change=redo) if redo else self.tr("&Redo")
        )
        for action in self.stages.actions():
            action.setChecked(stage is not None and action.data() == stage.value)
            action.setEnabled(movable and action.data() != (stage.value if stage else None))

    def erase(self) -> None:
        selected = self.selection()
        if selected.subject is Subject.CONTACT and selected.contact_id is not None:
            self.context.launcher.erase_contact(selected.contact_id)

    # -- deals and follow-ups ------------------------------------------------------------
    def advance(self) -> None:
        selected = self.selection()
        if selected.stage is not None and (stage := next_stage(selected.stage)) is not None:
            self.move_to(stage)

    def move_to(self, stage: Stage) -> None:
        selected = self.selection()
        if selected.opportunity_id is None or selected.stage in (None, Stage.LOST, stage):
            return
        self.context.launcher.move_opportunity(
            selected.opportunity_id, stage, self._keep_selected(selected.opportunity_id)
        )

    def mark_lost(self) -> None:
        selected = self.selection()
        if selected.opportunity_id is not None and selected.stage is not Stage.LOST:
            self.context.launcher.mark_lost(
                selected.opportunity_id, self._keep_selected(selected.opportunity_id)
            )

    def _keep_selected(self, opportunity_id: int) -> Callable[[None], None]:
        """After a move the board has refreshed: the moved deal stays the selected one."""
        return lambda _result: self.page().select(Subject.OPPORTUNITY, opportunity_id)

    def mark_done(self) -> None:
        selected = self.selection()
        if selected.planned and selected.activity_id is not None:
            self.context.launcher.mark_done(selected.activity_id, selected.at)

    def briefing(self) -> None:
        selected = self.selection()
        if selected.appointment and selected.activity_id is not None:
            self.context.launcher.open_briefing(selected.activity_id)

    def open_contact(self) -> None:
        if (contact_id := self.selection().contact_id) is not None:
            self.context.launcher.open_contact(contact_id)

    def reschedule(self) -> None:
        selected = self.selection()
        if selected.planned and selected.activity_id is not None and selected.at is not None:
            self.context.launcher.reschedule(selected.activity_id, selected.at)
