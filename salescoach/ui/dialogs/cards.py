"""Cards to read: the customer's story, the visit briefing and the week's review.

Both show a sheet (see `reports.sheets`) read on a worker, refreshed when the data under it
changes, printable. The contact card keeps the needs a rep wrote down there to re-read, with
Edit one click away; a referrer or a referral opens their own card in the same window. The
briefing is the page to read in the car before a meeting or a visit, and saves as PDF; so
does the week's review, read on the week's last working day.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from salescoach.core.clock import Clock
from salescoach.core.story import Story
from salescoach.reports.briefing import briefing_for, story_sheet
from salescoach.reports.review import review_sheet
from salescoach.reports.sheets import Sheet
from salescoach.store.preferences import coach_settings
from salescoach.store.queries.customer_story import customer_story
from salescoach.store.queries.week_review import week_review
from salescoach.store.session.changes import Change
from salescoach.ui.dialogs.base import Dialog
from salescoach.ui.labels import language, sheet_words
from salescoach.ui.operations import NewestOnly, Operations
from salescoach.ui.widgets.sheet_view import SheetView

SHOWS = Change.CONTACTS | Change.OPPORTUNITIES | Change.ACTIVITIES


class SheetDialog(Dialog):
    """A sheet in a dialog with Print and Close, kept up to date with the data."""

    preferred_size = (660, 700)

    def __init__(self, operations: Operations, clock: Clock, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.clock = clock
        self._newest = NewestOnly()
        self.view = SheetView(operations, self)
        self.view.setObjectName("sheet")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        operations.bus.changed.connect(self._on_change)

    def button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def read(self) -> Callable[[Session], Any]:
        raise NotImplementedError

    def sheet(self, found: Any) -> Sheet:
        raise NotImplementedError

    def refresh(self) -> None:
        self.operations.query(self, self.read(), self._newest(self._show))

    def _show(self, found: Any) -> None:
        sheet = self.sheet(found)
        self.setWindowTitle(sheet.title)
        self.view.show_sheet(sheet)

    def _on_change(self, change: Change) -> None:
        if change & SHOWS:
            self.refresh()  # an edit made from the card shows on it at once


class StoryDialog(SheetDialog):
    edit_requested = Signal(int)
    log_requested = Signal(int)
    plan_requested = Signal(int)

    def __init__(
        self, operations: Operations, clock: Clock, contact_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, clock, parent)
        self.setObjectName("storyDialog")
        self.contact_id = contact_id
        self.story: Story | None = None
        self.view.link_followed.connect(self._follow)
        for name, text, signal in (
            ("editContact", self.tr("&Edit…"), self.edit_requested),
            ("logActivity", self.tr("&Log activity…"), self.log_requested),
            ("planFollowUp", self.tr("&Plan follow-up…"), self.plan_requested),
        ):
            self.button(name, text, self._emitter(signal))
        self.button("print", self.tr("P&rint…"), self.view.print_sheet)
        self.refresh()

    def _emitter(self, signal: SignalInstance) -> Callable[[], None]:
        """A button's slot: `signal` with this card's contact."""
        return lambda: signal.emit(self.contact_id)

    def read(self) -> Callable[[Session], Story]:
        contact_id = self.contact_id
        return lambda session: customer_story(session, contact_id)

    def sheet(self, found: Story) -> Sheet:
        self.story = found
        return story_sheet(found, self.clock.today(), sheet_words())

    def _follow(self, link: str) -> None:
        kind, _, number = link.partition(":")
        if kind == "contact" and number.isdigit():
            self.contact_id = int(number)
            self.refresh()


class BriefingDialog(SheetDialog):
    def __init__(
        self, operations: Operations, clock: Clock, activity_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, clock, parent)
        self.setObjectName("briefingDialog")
        self.activity_id = activity_id
        self.button("print", self.tr("P&rint…"), self.view.print_sheet)
        self.button("savePdf", self.tr("&Save as PDF…"), self._ask_save)
        self.refresh()

    def read(self) -> Callable[[Session], Sheet]:
        activity_id, today, lang, words = (
            self.activity_id,
            self.clock.today(),
            language(),
            sheet_words(),
        )
        return lambda session: briefing_for(session, activity_id, today, lang, words)

    def sheet(self, found: Sheet) -> Sheet:
        return found

    def _ask_save(self) -> None:
        title = self.view.sheet.title if self.view.sheet else "briefing"
        self.view.ask_save(f"{title}.pdf".replace(":", "").replace("/", "-"))


class ReviewDialog(SheetDialog):
    """The week's review: done against the targets, the plan, the ratios that moved, what
    worked and next week's focus; printable, and saved as PDF like the briefing."""

    def __init__(self, operations: Operations, clock: Clock, parent: QWidget | None = None):
        super().__init__(operations, clock, parent)
        self.setObjectName("reviewDialog")
        self.button("print", self.tr("P&rint…"), self.view.print_sheet)
        self.button("savePdf", self.tr("&Save as PDF…"), self._ask_save)
        self.refresh()

    def read(self) -> Callable[[Session], Sheet]:
        today, lang = self.clock.today(), language()

        def sheet(session: Session) -> Sheet:
            days = coach_settings(session).period_days
            return review_sheet(week_review(session, today, today), lang, days)

        return sheet

    def sheet(self, found: Sheet) -> Sheet:
        return found

    def _ask_save(self) -> None:
        week = self.clock.today().isoformat()
        self.view.ask_save(f"salescoach-week-{week}.pdf")
