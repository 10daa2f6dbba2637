"""The Qt layer: windows, dialogs and models over the core. No SQL lives here."""
