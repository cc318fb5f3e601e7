"""One helper for everything slow: run a callable off the UI thread, report back on the UI thread.

`run_op(parent, fn, success=..., failure=...)` runs `fn()` on a worker; `success(result)` or
`failure(exc)` is then called on the UI thread. The callable must never touch widgets. Database
work goes to one single-thread executor, so at most one such operation runs at a time.
Failures without a handler get a German error dialog. A busy cursor appears after 0.5 s.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QWidget

from .errors import show_error

BUSY_DELAY_MS = 500


class _Relay(QObject):
    """Carries a finished future back to the UI thread (queued signal)."""

    finished = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, future: Future, callbacks: tuple) -> None:
        on_success, on_failure, parent, done = callbacks
        done()
        error = future.exception()
        if error is None:
            if on_success:
                on_success(future.result())
        elif on_failure:
            on_failure(error)
        else:
            show_error(parent, error)


class OpRunner:
    """Owns the worker threads. `synchronous=True` runs ops inline (for most UI tests)."""

    def __init__(self, *, synchronous: bool = False) -> None:
        self.synchronous = synchronous
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="counter-db")
        self._other = ThreadPoolExecutor(max_workers=2, thread_name_prefix="counter-work")
        self._relay = _Relay()
        self.pending = 0

    def run(self, parent: QWidget | None, fn: Callable[[], Any], *, success: Callable[[Any], None] | None = None,
            failure: Callable[[BaseException], None] | None = None, uses_database: bool = True) -> Future:
        busy = _BusyCursor()
        self.pending += 1

        def done() -> None:
            self.pending -= 1
            busy.stop()

        if self.synchronous:
            future: Future = Future()
            try:
                future.set_result(fn())
            except Exception as exc:  # delivered to failure/show_error like an async op
                future.set_exception(exc)
            self._relay._deliver(future, (success, failure, parent, done))
            return future
        executor = self._db if uses_database else self._other
        future = executor.submit(fn)
        future.add_done_callback(lambda f: self._relay.finished.emit(f, (success, failure, parent, done)))
        return future

    def shutdown(self) -> None:
        self._db.shutdown(wait=True)
        self._other.shutdown(wait=True, cancel_futures=True)


class _BusyCursor:
    def __init__(self) -> None:
        self._shown = False
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(BUSY_DELAY_MS)

    def _show(self) -> None:
        self._shown = True
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))

    def stop(self) -> None:
        self._timer.stop()
        if self._shown:
            QGuiApplication.restoreOverrideCursor()
            self._shown = False
