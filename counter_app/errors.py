"""Typed errors of the core. Each carries a German sentence saying what happened and what to do.

The UI and the command line show `str(error)`; they never show a traceback for these.
"""

from __future__ import annotations


class CounterAppError(Exception):
    """Base class: a user-facing error with a clear German message."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(message if not hint else f"{message}\n{hint}")


class SettingsError(CounterAppError):
    """The machine-wide or user settings are invalid."""

    exit_code = 3


class ContentError(CounterAppError):
    """A content file (checklist, snippet library, pack) is invalid; nothing was changed."""

    exit_code = 4


class StorageError(CounterAppError):
    """The database cannot be opened, read or written."""

    exit_code = 5


class DatabaseDamagedError(StorageError):
    """The integrity check failed. The file is kept untouched."""


class DatabaseLockedError(StorageError):
    """Another instance of the app is using this data folder."""


class NotFoundError(CounterAppError):
    """A conversation, matter or other record does not exist."""

    exit_code = 6
