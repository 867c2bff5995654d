"""Everything Qt: the desktop app. Qt is imported only through ``ui.qt``."""
