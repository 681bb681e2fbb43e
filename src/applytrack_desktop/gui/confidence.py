"""How sure the classifier is, written as a percentage people can trust.

The model's confidence is capped below 1 (``models/manifest.json``), and rounding 0.995 up
would print "100%" on mail the model merely guessed well: only a certain answer (a category
the user set by hand is stored as 1.0) may read 100%.
"""

from __future__ import annotations

import math


def percent(confidence: float) -> str:
    """ "93%" for 0.937; "99%" for 0.995; "100%" only for 1.0."""
    if confidence >= 1.0:
        return "100%"
    return f"{max(0, min(99, math.floor(confidence * 100)))}%"
