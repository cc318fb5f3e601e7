"""What every window needs, passed explicitly (no global main-window object)."""

from __future__ import annotations

from dataclasses import dataclass

from ..context import AppContext
from ..db import Store
from .bus import ChangeBus
from .ops import OpRunner


@dataclass
class Services:
    ctx: AppContext
    store: Store
    ops: OpRunner
    bus: ChangeBus
    clerk: str
