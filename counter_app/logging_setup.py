"""The app's log file: `<data>/logs/counter-app.log`, rotating (1 MB × 5), INFO, without personal data.

The rule for every log call in the app — no filter can recognise a name reliably, so the rule is
kept where the call is written:
  * log ids, counts, durations, matter ids, language codes, setting keys, model names;
  * never a client's name, date of birth, nationality, file number (Aktenzeichen), a note, an
    answer, the text of a letter or a text to translate — and no path that may contain one
    (letter files are named after clients: log the letter's id);
  * pass exceptions as `exc_info`: this module's formatter writes their type and traceback but not
    their message, since a message can quote data (`int("Müller")` → "invalid literal … 'Müller'").
Third-party libraries write only warnings and errors into the file (their INFO lines are outside
our rule: argostranslate, for one, logs every text it translates).

`install_excepthook` logs unhandled exceptions of every thread with their traceback and hands each
crash site once to a `report` callback, which the UI turns into a message (`crash_message`).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sqlite3
import sys
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import __version__
from .i18n import _
from .paths import DataPaths, ensure_private_dir

LOG_FILE_NAME = "counter-app.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LEVEL_ENV = "COUNTER_APP_LOG_LEVEL"  # e.g. DEBUG, for IT while chasing a problem
APP_LOGGER = "counter_app"
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(process)d %(threadName)s] %(message)s"
OMITTED = "Meldung nicht protokolliert"

log = logging.getLogger(__name__)


def log_file(data_paths: DataPaths) -> Path:
    return data_paths.logs / LOG_FILE_NAME


class PrivacyFormatter(logging.Formatter):
    """Formats tracebacks without exception messages (see the module's rule)."""

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        return format_exception_safely(ei[1]) if ei and ei[1] is not None else ""

    def format(self, record: logging.LogRecord) -> str:
        # logging caches the traceback text on the record: a handler that ran before this one
        # (a console, pytest's capture) would have left the full text, message included.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached


class _LogFileHandler(logging.handlers.RotatingFileHandler):
    """Creates the logs folder on the first record, so a run that logs nothing leaves no trace."""

    def _open(self):
        ensure_private_dir(Path(self.baseFilename).parent)
        return super()._open()


@dataclass
class _State:
    handler: logging.Handler | None = None
    previous_root_level: int = logging.WARNING
    previous_hooks: tuple | None = None
    reported_sites: dict = field(default_factory=dict)
    log_file: Path | None = None


_state = _State()
_state_lock = threading.Lock()


def setup_logging(data_paths: DataPaths, *, level: int | str | None = None) -> Path:
    """Send the app's log records to the rotating file below `data_paths`; returns its path.

    Calling it again (another data folder, a test) replaces the handler it installed before.
    """
    path = log_file(data_paths)
    handler = _LogFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
    handler.setFormatter(PrivacyFormatter(FORMAT))
    root = logging.getLogger()
    with _state_lock:
        if _state.handler is not None:
            root.removeHandler(_state.handler)
            _state.handler.close()
        else:
            _state.previous_root_level = root.level
        _state.handler, _state.log_file = handler, path
    root.addHandler(handler)
    root.setLevel(logging.WARNING)  # third-party libraries: warnings and errors only
    chosen, problem = _level(level)
    logging.getLogger(APP_LOGGER).setLevel(chosen)
    # system() and release() only: platform.platform() asks `uname -p` in a subprocess (~4 ms of start-up)
    log.info("Start: counter-app %s, Python %s, %s %s, Prozess %s", __version__, platform.python_version(),
             platform.system(), platform.release(), os.getpid())
    if problem:
        log.warning(problem)
    return path


def shutdown_logging() -> None:
    """Remove what setup_logging and install_excepthook installed (tests; a clean exit)."""
    root = logging.getLogger()
    with _state_lock:
        if _state.handler is not None:
            root.removeHandler(_state.handler)
            _state.handler.close()
            root.setLevel(_state.previous_root_level)
        if _state.previous_hooks is not None:
            sys.excepthook, threading.excepthook = _state.previous_hooks
        _state.handler, _state.previous_hooks, _state.log_file = None, None, None
        _state.reported_sites.clear()
    logging.getLogger(APP_LOGGER).setLevel(logging.NOTSET)


def current_log_file() -> Path | None:
    return _state.log_file


def _level(requested: int | str | None) -> tuple[int, str]:
    if requested is None:
        requested = os.environ.get(LEVEL_ENV) or logging.INFO
    if isinstance(requested, int):
        return requested, ""
    value = logging.getLevelName(requested.strip().upper())
    if isinstance(value, int):
        return value, ""
    return logging.INFO, f"{LEVEL_ENV}={requested!r} ist keine Protokollstufe (DEBUG, INFO, WARNING, ERROR); INFO gilt."


# --- exceptions --------------------------------------------------------------------------------


def format_exception_safely(exc: BaseException) -> str:
    """A traceback with frames and exception types, chained causes included, but no messages."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    blocks = []
    for item in reversed(chain):
        frames = "".join(traceback.format_list(traceback.extract_tb(item.__traceback__)))
        blocks.append(f"Traceback (most recent call last):\n{frames}{describe_exception(item)}")
    return "\nDaraus folgte:\n".join(blocks)


def describe_exception(exc: BaseException) -> str:
    """Type and safe details (error numbers, SQLite codes) of an exception, never its message."""
    kind = type(exc)
    name = kind.__qualname__
    if kind.__module__ not in ("builtins", "__main__"):
        name = f"{kind.__module__}.{name}"
    details = [OMITTED]
    if isinstance(exc, OSError) and exc.errno is not None:
        details.insert(0, f"errno {exc.errno}")
    if isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorname", None):
        details.insert(0, exc.sqlite_errorname)
    return f"{name} ({', '.join(details)})"


def install_excepthook(report: Callable[[BaseException], None] | None = None) -> None:
    """Log unhandled exceptions (main thread and other threads) with their traceback.

    `report(exc)` is called once per crash site (type and innermost frame): an exception raised
    on every repaint must not open a message box per frame. It may be called on any thread.
    """
    with _state_lock:
        if _state.previous_hooks is None:
            _state.previous_hooks = (sys.excepthook, threading.excepthook)
        previous_hook = _state.previous_hooks[0]

    def main_hook(kind, exc, tb):
        if issubclass(kind, KeyboardInterrupt):
            previous_hook(kind, exc, tb)
            return
        _unhandled(exc if exc is not None else RuntimeError(kind.__name__), "Hauptthread", report)

    def thread_hook(args):
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "unbekannt"
        exc = args.exc_value if args.exc_value is not None else RuntimeError(args.exc_type.__name__)
        _unhandled(exc, f"Thread {name}", report)

    sys.excepthook = main_hook
    threading.excepthook = thread_hook


def _unhandled(exc: BaseException, where: str, report) -> None:
    site = _crash_site(exc)
    with _state_lock:
        count = _state.reported_sites.get(site, 0) + 1
        _state.reported_sites[site] = count
    if count == 1:
        log.critical("Unbehandelte Ausnahme (%s)", where, exc_info=exc)
    elif count <= 10 or count % 100 == 0:
        # Repeats in one line each: a fault in a repaint would otherwise rotate everything else away.
        log.error("Unbehandelte Ausnahme wiederholt (%s, %s. Mal): %s", where, count, describe_exception(exc))
    if count == 1 and report is not None:
        try:
            report(exc)
        except Exception as problem:  # a failing report must not recurse into this hook
            log.error("Fehlermeldung konnte nicht angezeigt werden: %s", describe_exception(problem))


def _crash_site(exc: BaseException) -> tuple:
    frames = traceback.extract_tb(exc.__traceback__)
    last = frames[-1] if frames else None
    return (type(exc).__qualname__, last.filename if last else "", last.lineno if last else 0)


def crash_message(exc: BaseException) -> str:
    """The text the UI shows for an unhandled exception (German, or the chosen language of messages)."""
    message = _(
        "Ein unerwarteter Fehler ist aufgetreten ({error}). Ihre bisherigen Eingaben sind gespeichert.\n"
        "Wenn der Schalterassistent danach nicht mehr wie gewohnt reagiert, starten Sie ihn bitte neu. "
        "Wenn der Fehler wieder auftritt, informieren Sie bitte die IT."
    ).format(error=type(exc).__name__)
    where = current_log_file()
    if where:
        message += "\n\n" + _("Einzelheiten stehen im Protokoll:\n{path}").format(path=where)
    return message
