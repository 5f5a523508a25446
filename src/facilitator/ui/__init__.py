"""All PySide6 code: the main window, one module per screen, dialogs and item models."""
