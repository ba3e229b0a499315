"""Everything Qt: the main window, its pages, dialogs, item models and charts."""
