"""One app per data folder: a lock file held with an OS file lock, which the OS drops when the process ends.

Two windows on the same file would each show what they read, and the second one's clerk would not
see the first one's changes; restoring a backup under a running app would move its file away. The
lock is an OS lock (flock on POSIX, a byte-range lock on Windows), not the file's existence, so a
crash or SIGKILL never leaves a stale lock behind. Within one process the lock is re-entrant: the
app holds it for its lifetime and its own restore takes it again.

Admin commands that only run transactions (purge, delete-client, export-client, demo-data, backup)
share the file safely through SQLite's locking and busy timeout and do not take this lock; only
replacing the file (restore) does.
"""

from __future__ import annotations

import getpass
import json
import os
import platform
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

from .errors import DatabaseLockedError
from .i18n import N_, _
from .paths import DataPaths

# Windows refuses reads of locked bytes: lock one far past the note that tells who holds the lock.
_WINDOWS_LOCK_OFFSET = 0x7FFFFFF0
PURPOSES = {"app": N_("das Programm"), "restore": N_("eine Wiederherstellung"),  # shown with _()
            "admin": N_("ein Verwaltungsbefehl")}


class AlreadyRunningError(DatabaseLockedError):
    """Another process holds the data folder's instance lock."""


@dataclass(frozen=True)
class Holder:
    """Who holds the lock, as the holder wrote it into the lock file (no personal data of clients)."""

    user: str = "?"
    host: str = "?"
    pid: int = 0
    since: str = ""
    purpose: str = "app"


class _OsLock:
    """One open, locked lock file, shared by the nested holds of this process."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self.fd = fd
        self.count = 0

    def close(self) -> None:
        if self.fd is not None:
            _unlock(self.fd)
            os.close(self.fd)
            self.fd = None


_held: dict[Path, _OsLock] = {}
_registry = threading.Lock()


class InstanceLock:
    """A hold on a data folder's lock; `release()` (or leaving the `with` block) gives it back.

    `read_only` is True where the folder cannot be written: no lock file can be created there,
    and none is needed, because no instance can change anything in it.
    """

    def __init__(self, os_lock: _OsLock | None, *, read_only: bool = False) -> None:
        self._os_lock = os_lock
        self.read_only = read_only

    @property
    def held(self) -> bool:
        return self._os_lock is not None

    def release(self) -> None:
        if self._os_lock is None:
            return
        with _registry:
            self._os_lock.count -= 1
            if self._os_lock.count == 0:
                _held.pop(self._os_lock.path, None)
                self._os_lock.close()
        self._os_lock = None

    def __enter__(self) -> "InstanceLock":
        return self

    def __exit__(self, *_exc) -> None:
        self.release()


def lock_path(data_dir: Path) -> Path:
    return DataPaths(Path(data_dir)).lock_file


def acquire(data_dir: Path, *, purpose: str = "app") -> InstanceLock:
    """Take the data folder's lock or raise AlreadyRunningError naming who holds it."""
    path = lock_path(data_dir).absolute()
    with _registry:
        existing = _held.get(path)
        if existing is not None:
            existing.count += 1
            return InstanceLock(existing)
        fd = _open_lock_file(path)
        if fd is None:
            return InstanceLock(None, read_only=True)
        if not _try_lock(fd):
            os.close(fd)
            raise _already_running(Path(data_dir), read_holder(path), purpose)
        _write_note(fd, purpose)
        os_lock = _OsLock(path, fd)
        os_lock.count = 1
        _held[path] = os_lock
        return InstanceLock(os_lock)


@contextmanager
def hold(data_dir: Path, *, purpose: str = "admin") -> Iterator[InstanceLock]:
    lock = acquire(data_dir, purpose=purpose)
    try:
        yield lock
    finally:
        lock.release()


def _open_lock_file(path: Path) -> int | None:
    """The lock file, opened for locking; None where the folder is read-only and has none."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        pass
    try:
        return os.open(path, os.O_RDONLY)  # flock works on a read-only descriptor too
    except OSError:
        return None


if os.name == "nt":  # pragma: no cover - exercised on the Windows counter PCs
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock, not lockf: its locks belong to the open file, so a second open in the same
        # process conflicts too (tests rely on that), and they vanish when the process dies.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _write_note(fd: int, purpose: str) -> None:
    """Tell a second instance who holds the lock. Best effort: the lock itself is what counts."""
    note = json.dumps({"user": _user(), "host": platform.node(), "pid": os.getpid(),
                       "since": datetime.now().isoformat(timespec="seconds"), "purpose": purpose})
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, note.encode("utf-8"))
    except OSError:
        pass


def read_holder(path: Path) -> Holder:
    try:
        data = json.loads(path.read_text("utf-8")[:2000])
        return Holder(user=str(data.get("user", "?")), host=str(data.get("host", "?")),
                      pid=int(data.get("pid", 0)), since=str(data.get("since", "")),
                      purpose=str(data.get("purpose", "app")))
    except (OSError, ValueError, TypeError, AttributeError):
        return Holder()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (service accounts)
        return "unbekannt"


def _already_running(data_dir: Path, holder: Holder, purpose: str) -> AlreadyRunningError:
    day, separator, clock = holder.since.partition("T")
    if not holder.since:
        since = _("unbekannt")
    elif separator:  # "2026-03-02T08:15:00" → "2026-03-02 um 08:15"
        since = _("{date} um {time}").format(date=day, time=clock[:5])
    else:
        since = holder.since[:19]
    who = _("{purpose} von {user} auf {host} (seit {since})").format(
        purpose=_(PURPOSES.get(holder.purpose, PURPOSES["app"])), user=holder.user, host=holder.host, since=since)
    if purpose == "restore":
        hint = _("Bitte schließen Sie den Schalterassistenten auf diesem Datenordner und starten Sie die "
                 "Wiederherstellung dann erneut.")
    else:
        hint = _("Bitte wechseln Sie zum bereits geöffneten Fenster (Taskleiste). Ist keines zu sehen, "
                 "melden Sie sich ab und wieder an oder wenden Sie sich an die IT.")
    return AlreadyRunningError(
        _("Der Schalterassistent läuft bereits mit diesem Datenordner ({folder}): {holder}.").format(
            folder=data_dir, holder=who), hint=hint)


__all__ = ["AlreadyRunningError", "Holder", "InstanceLock", "acquire", "hold", "lock_path", "read_holder"]
