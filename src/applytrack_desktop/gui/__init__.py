"""The desktop face of ApplyTrack: PySide6 widgets over ``applytrack_desktop.service``.

Only this package imports PySide6; it never runs SQL, HTTP or model code itself.
"""
