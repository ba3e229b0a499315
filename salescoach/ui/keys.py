"""The machine's settings (QSettings keys), in a module light enough to read before the
window exists: the language, the theme, the page to open on, reminders."""

LANGUAGE = "language"  # "" follows the system
THEME = "theme"  # "system", "light" or "dark"
START_PAGE = "startPage"  # "last", "today" or "dashboard"
REMINDERS_ON = "reminders/enabled"
REMINDERS_LEAD = "reminders/minutesBefore"
REMINDERS_LAST_SEEN = "reminders/lastSeen"
TOLD_ABOUT_TRAY = "reminders/toldAboutTray"
