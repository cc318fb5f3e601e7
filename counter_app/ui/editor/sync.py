"""At start-up, look in the sync folder for a newer content pack (on a worker): offer it with its
preview, or report that it was applied automatically. Problems go to the status bar, never in a
dialog: a clerk at the counter must not be stopped by an unreachable share."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from ... import content_sync
from ...content_sync import SyncCheck
from .. import bus
from ..errors import error_text
from ..services import Services
from .pack_dialog import offer_plan

log = logging.getLogger(__name__)
STATUS_MS = 15_000


def check_sync_folder_at_start(services: Services, window: QMainWindow) -> None:
    """Called once after start-up; does nothing without a configured sync folder."""
    if not services.ctx.settings.get("paths.sync_folder"):
        return
    services.ops.run(window, lambda: content_sync.check_sync_folder(services.ctx, user=services.clerk),
                     success=lambda check: handle_sync_check(services, window, check),
                     failure=lambda exc: _status(window, error_text(exc)))


def handle_sync_check(services: Services, window: QMainWindow, check: SyncCheck) -> None:
    for problem in check.problems:
        log.warning("sync folder: %s", problem)
    if check.problems:
        _status(window, QCoreApplication.translate("sync", "Austauschordner: {0}").format(check.problems[-1]))
    if check.result is not None and check.result.applied:
        services.bus.changed.emit(bus.CONTENT, None)
        text = QCoreApplication.translate("sync", "Neues Inhaltspaket übernommen: {0} Änderung(en)")
        text = text.format(len(check.result.applied))
        if check.result.kept:
            kept = QCoreApplication.translate("sync", ", {0} hier geänderte Inhalte behalten")
            text += kept.format(len(check.result.kept))
        _status(window, text + ".")
    elif check.offers_changes:
        offer_plan(services, check.plan, window)


def _status(window: QMainWindow, text: str) -> None:
    window.statusBar().showMessage(text, STATUS_MS)
