"""The app-wide change signal: writes announce what changed, each window decides whether to refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

CONVERSATIONS = "conversations"
CONTENT = "content"


class ChangeBus(QObject):
    # kind (CONVERSATIONS / CONTENT / …), and the id of the changed record or None
    changed = Signal(str, object)
