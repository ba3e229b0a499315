"""Everything Qt: the main window, its pages, dialogs, item models and charts."""

import PySide6  # noqa: F401  (loads shiboken6's import hook, which `quicken` lightens)

from salescoach.ui.pyside_imports import quicken

quicken()
