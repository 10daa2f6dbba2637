"""The frame of the program: start-up, main window, start page, settings and setup."""
