"""Turning errors into German dialogs: user errors say what to do; bugs say where the log is."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import CounterAppError

log = logging.getLogger(__name__)


def error_text(error: BaseException) -> str:
    if isinstance(error, CounterAppError):
        return str(error)
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate(
        "errors",
        "Ein unerwarteter Fehler ist aufgetreten ({0}). Ihre bisherigen Eingaben sind gespeichert.\n"
        "Bitte versuchen Sie es erneut; wenn der Fehler bleibt, informieren Sie die IT.",
    ).format(type(error).__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("errors", "Schalterassistent"),
                      error_text(error), QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(QCoreApplication.translate("errors", "Fehlermeldung"))
    box.exec()
