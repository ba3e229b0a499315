"""The machine's settings (QSettings): every key SalesCoach keeps there, the version they
are written at, and the steps that bring an older SalesCoach's settings up to it.

What belongs to the rep's data (coach thresholds, targets, backups kept) lives in the
database (`store.preferences`); what belongs to this laptop (language, theme, the window's
size and page, reminders) lives here. Light enough to read before the window exists.
"""

from collections.abc import Callable

from PySide6.QtCore import QSettings

LANGUAGE = "language"  # "" follows the system
THEME = "theme"  # "system", "light" or "dark"
START_PAGE = "startPage"  # "last", "today" or "dashboard"
REMINDERS_ON = "reminders/enabled"
REMINDERS_LEAD = "reminders/minutesBefore"
REMINDERS_LAST_SEEN = "reminders/lastSeen"
TOLD_ABOUT_TRAY = "reminders/toldAboutTray"
FIRST_START_DONE = "firstStartDone"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_PAGE = "window/page"  # the page's object name ("todayPage", "dashboard", ...)
WINDOW_COACH = "window/coach"  # the dashboard's splitter between figures and coach


def whole(settings: QSettings, key: str, default: int) -> int:
    """A number kept in the settings (QSettings keeps text in an .ini file)."""
    try:
        return int(str(settings.value(key, default)))
    except ValueError:
        return default


def flag(settings: QSettings, key: str, default: bool) -> bool:
    """A yes or no kept in the settings."""
    return bool(settings.value(key, default, type=bool))


def columns_key(list_name: str) -> str:
    """A list's column widths, order and sort."""
    return f"columns/{list_name}"


def dialog_size_key(dialog_name: str) -> str:
    """The size the rep gave a dialog."""
    return f"dialogs/{dialog_name}/size"


VERSION_KEY = "settingsVersion"
#: The version these keys are written at; settings without a version are version 1.
VERSION = 2

#: The pages in the order of the first windows, which kept the page shown by its number.
_FIRST_PAGES = ("dashboard", "contactsPage", "boardPage", "activitiesPage", "followUpsPage")


def _page_by_name(settings: QSettings) -> None:
    """1 -> 2: the page shown is kept by name (Today came first and shifted the numbers)."""
    kept = settings.value(WINDOW_PAGE)
    if kept is not None and str(kept).isdigit():
        number = int(str(kept))
        settings.setValue(WINDOW_PAGE, _FIRST_PAGES[number] if number < 5 else "dashboard")


#: Step n brings version n to n + 1.
_STEPS: dict[int, Callable[[QSettings], None]] = {1: _page_by_name}


def upgrade(settings: QSettings) -> None:
    """Bring settings an older SalesCoach wrote up to `VERSION`, a step at a time; settings
    from a newer SalesCoach are left as they are (it may run again on this laptop)."""
    try:
        version = int(str(settings.value(VERSION_KEY, 1)))
    except ValueError:
        version = 1
    if version >= VERSION:
        return
    for step in range(version, VERSION):
        _STEPS[step](settings)
    settings.setValue(VERSION_KEY, VERSION)
