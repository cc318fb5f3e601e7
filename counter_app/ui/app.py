"""Start-up of the desktop app: settings, database (with recovery), translations, main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import db, i18n, instance_lock, logging_setup
from ..cli import option_value
from ..context import AppContext
from ..conversations import current_clerk
from ..errors import CounterAppError, DatabaseDamagedError
from ..paths import resource_path
from . import bus
from .bus import ChangeBus
from .ops import OpRunner
from .services import Services

EXIT_SETTINGS = 3
EXIT_STORAGE = 5
SMOKE_EXIT_ENV = "COUNTER_APP_SMOKE_EXIT_MS"  # bundle smoke test: quit cleanly after this many ms

log = logging.getLogger(__name__)


def app_title() -> str:
    """The title of the message boxes shown before (or without) a main window."""
    return QCoreApplication.translate("app", "Schalterassistent")


class _CrashRelay(QObject):
    """Shows an unhandled exception from any thread as a German message, on the UI thread."""

    raised = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _show(self, exc: BaseException) -> None:
        QMessageBox.critical(None, app_title(), logging_setup.crash_message(exc))


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings (Abbrechen …) in the UI language, and our English catalogue if chosen.

    The core's messages (errors shown in dialogs) follow the same language.
    """
    i18n.set_language(language)
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"counter_app_{language}", str(resource_path("translations")))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English))
    return translators


def open_store_or_recover(ctx: AppContext, parent=None, *, check: bool | str = True):
    """Open the database; if it is damaged, keep it and offer the newest backup."""
    try:
        return ctx.store(check=check)
    except DatabaseDamagedError as exc:
        backups = db.backup_files(ctx.paths.backups)
        if not backups:
            no_backup = QCoreApplication.translate("app", "Es gibt keine Sicherung. Bitte wenden Sie sich an die IT.")
            QMessageBox.critical(parent, app_title(), f"{exc}\n\n{no_backup}")
            return None
        newest = backups[0]
        offer = QCoreApplication.translate("app", "Neueste Sicherung wiederherstellen?\n{0}\n\n"
                                           "Die beschädigte Datei wird daneben aufbewahrt.").format(newest.name)
        answer = QMessageBox.question(parent, app_title(), f"{exc.message}\n\n{offer}")
        if answer != QMessageBox.StandardButton.Yes:
            return None
        ctx.close()
        db.restore_backup(newest, ctx.paths.database)
        return ctx.store()


def create_services(ctx: AppContext, store, *, synchronous_ops: bool = False) -> Services:
    return Services(ctx=ctx, store=store, ops=OpRunner(synchronous=synchronous_ops), bus=ChangeBus(),
                    clerk=current_clerk())


def start_backup(services: Services) -> None:
    """One rotating backup per start, off the UI thread, after the window is up."""
    ctx = services.ctx
    services.ops.run(None, lambda: db.create_backup(ctx.paths.database, ctx.paths.backups,
                                                    keep=ctx.settings.get("storage.backup_count")),
                     success=lambda _path: None, failure=_log_backup_failure,
                     uses_database=False)


def start_purge_then_backup(services: Services) -> None:
    """Retention purge first (so the new backup holds no expired data), then the start-up backup."""
    from .. import privacy  # runs after the window is up; not needed before

    ctx = services.ctx

    def purged(result) -> None:
        if result.conversations:
            services.bus.changed.emit(bus.CONVERSATIONS, None)
        start_backup(services)

    def failed(exc: BaseException) -> None:
        _log_backup_failure(exc)
        start_backup(services)

    services.ops.run(None, lambda: privacy.purge_expired(
        services.store, retention_days=ctx.settings.get("privacy.retention_days"), backup_dir=ctx.paths.backups),
        success=purged, failure=failed)


def start_bundled_models(services: Services) -> None:
    """Models shipped with the installer: installed once per models folder, off the UI thread."""
    from ..bundled_models import install_bundled_models, pending_models

    models_dir = services.ctx.models_dir
    if pending_models(models_dir):
        services.ops.run(None, lambda: install_bundled_models(models_dir), success=lambda _outcome: None,
                         failure=lambda exc: log.warning("shipped models not installed", exc_info=exc),
                         uses_database=False)


def start_statistics_export(services: Services) -> None:
    """This PC's anonymous statistics into the sync folder for the team lead's view: read on the
    database worker, written on another, so a slow network share never holds up the database."""
    folder = services.ctx.settings.get("paths.sync_folder")
    if not folder:
        return
    from .. import statistics

    def write(payload) -> None:
        services.ops.run(None, lambda: statistics.write_sync_file(Path(folder), payload), success=lambda _path: None,
                         failure=_log_backup_failure, uses_database=False)

    services.ops.run(None, lambda: statistics.sync_payload(services.store), success=write,
                     failure=_log_backup_failure)


def _log_backup_failure(exc: BaseException) -> None:
    log.warning("background start-up task failed (backup, purge or statistics)", exc_info=exc)


def run(argv: list[str]) -> int:
    data_dir = option_value(argv, "--data-dir")  # other arguments are Qt's (-platform, -style …)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Schalterassistent")
    app.setOrganizationName("CounterApp")
    try:
        ctx = AppContext.create(data_dir)
    except CounterAppError as exc:
        QMessageBox.critical(None, app_title(), str(exc))
        return EXIT_SETTINGS
    logging_setup.setup_logging(ctx.paths)
    logging_setup.install_excepthook(report=_CrashRelay(app).raised.emit)
    install_translations(app, ctx.settings.get("ui.language"))
    try:
        lock = instance_lock.acquire(ctx.paths.root, purpose="app")
    except instance_lock.AlreadyRunningError as exc:
        QMessageBox.warning(None, app_title(), str(exc))
        return EXIT_STORAGE
    # The full integrity check runs in the background (80 ms for 10,000 conversations); writes
    # wait for its verdict, and a damaged file brings up the recovery dialog below.
    services = open_services(ctx, check="background")
    if services is None:
        return EXIT_STORAGE
    try:
        show_main_window(services)
    except Exception as exc:  # the event loop is not running yet: say it now, not through the relay
        log.critical("main window could not be built", exc_info=exc)
        QMessageBox.critical(None, app_title(), logging_setup.crash_message(exc))
        return 1
    if os.environ.get(SMOKE_EXIT_ENV):
        QTimer.singleShot(int(os.environ[SMOKE_EXIT_ENV]), app.quit)
    code = app.exec()
    services.ops.shutdown()
    ctx.close()
    lock.release()
    log.info("Ende (Exit %s)", code)
    return code


def open_services(ctx: AppContext, *, check: bool | str) -> Services | None:
    try:
        store = open_store_or_recover(ctx, check=check)
    except CounterAppError as exc:
        QMessageBox.critical(None, app_title(), str(exc))
        return None
    return create_services(ctx, store) if store is not None else None


def show_main_window(services: Services):
    from .main_window import MainWindow

    window = MainWindow(services)
    window.show()
    QTimer.singleShot(0, lambda: after_start(services, window))
    return window


def after_start(services: Services, window) -> None:
    services.ops.run(window, services.store.wait_verified,
                     success=lambda damage: _integrity_verdict(services, window, damage), uses_database=False)


def _integrity_verdict(services: Services, window, damage) -> None:
    if damage is None:
        start_purge_then_backup(services)  # only a sound file is worth a backup
        start_bundled_models(services)
        start_statistics_export(services)
        from .editor import check_sync_folder_at_start  # loads pack code only if a sync folder is set

        check_sync_folder_at_start(services, window)
        return
    window.hide()
    ctx = services.ctx
    ctx.close()
    replacement = open_services(ctx, check=True)  # finds the damage again and offers the backup
    if replacement is None:
        QApplication.instance().exit(EXIT_STORAGE)
        return
    window.close()
    show_main_window(replacement)


__all__ = ["run", "create_services"]
