"""Lets ``python -m applytrack_desktop`` behave exactly like the ``applytrack`` command."""

from applytrack_desktop.cli import main

raise SystemExit(main())
