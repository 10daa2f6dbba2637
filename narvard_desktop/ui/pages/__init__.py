"""The main window's sections."""
