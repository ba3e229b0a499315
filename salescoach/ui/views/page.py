"""What the main window asks of every page, so a new page (Today, Team) is obvious to add.

A page shows one kind of data, refreshes itself when the bus announces a change of it (or
when next shown, if hidden), says how many items it shows, may be searched, and tells the
window what is selected so the window's commands (Edit, Delete, Log activity...) act on it.
"""

from typing import Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance

from salescoach.ui.selection import Selection, Subject


@runtime_checkable
class Page(Protocol):
    #: The page's count in words, for the status bar ("12 contacts").
    count_changed: SignalInstance
    #: The selection changed (the window updates its commands).
    selection_changed: SignalInstance

    def title(self) -> str: ...

    def objectName(self) -> str:
        """Its name, kept in the settings to reopen on it (Qt's own, every page is a widget)."""
        ...

    def refresh(self) -> None: ...

    def searchable(self) -> bool: ...

    def search_text(self) -> str: ...

    def set_search(self, text: str) -> None: ...

    def focus_results(self) -> None:
        """Down in the search box: the keyboard goes to the list, on the selected row (the
        first if none is)."""

    def open_selected(self) -> None:
        """Enter in the search box: what Enter on the selected row does (the first match
        if none is selected, once the search has answered)."""

    def selection(self) -> Selection: ...

    def edit_selected(self) -> None: ...

    def delete_selected(self) -> None: ...

    def select(self, subject: Subject, row_id: int) -> None:
        """Select this row if the page shows such rows (a saved contact, a moved deal)."""


class Unsearchable:
    """For pages that are not a list: nothing to search, the search box is disabled."""

    def searchable(self) -> bool:
        return False

    def search_text(self) -> str:
        return ""

    def set_search(self, text: str) -> None:
        pass

    def focus_results(self) -> None:
        pass

    def open_selected(self) -> None:
        pass
