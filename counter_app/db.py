"""The one owner of the SQLite file: pragmas, numbered migrations, integrity check, backups.

Domain modules receive a `Store` and use its connection; widgets never see SQL.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

from .errors import DatabaseDamagedError, StorageError
from .i18n import _
from .paths import ensure_private_dir, resource_root

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
BACKUP_PREFIX = "counter-"


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """The numbered SQL migrations, in order. Numbers must be 1, 2, 3, … without gaps."""
    found = []
    for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path.stem, path.read_text("utf-8")))
    for expected, migration in enumerate(found, start=1):
        if migration.number != expected:
            raise RuntimeError(f"migration numbers have a gap before {migration.name}")
    return found


SIDE_FILE_SUFFIXES = ("-wal", "-shm")
# When this migration is applied to an existing file, the file is rebuilt once (VACUUM): free
# space written before secure_delete was on may still hold old notes.
_SECURE_DELETE_MIGRATION = "0005_privacy_audit"
_STORAGE_FAILURES = ("readonly", "read-only", "full", "disk i/o", "locked", "busy", "unable to open")


def connect(path: Path) -> sqlite3.Connection:
    """A read-write connection with the pragmas every connection needs (also for backup copies)."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=5.0)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # Deleted means gone: freed cells and pages are overwritten with zeros, not left in free space.
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def _read_only_uri(path: Path, *, immutable: bool = False) -> str:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Open a file in a folder we cannot write to.

    A WAL database needs its -shm file; where none exists and none can be created, SQLite can read
    the file only as immutable, which is right when no -wal file holds newer pages.
    """
    wal = path.with_name(path.name + "-wal")
    immutable = not wal.exists() or wal.stat().st_size == 0
    conn = sqlite3.connect(_read_only_uri(path, immutable=immutable), uri=True, isolation_level=None,
                           check_same_thread=False, timeout=5.0)
    conn.execute("PRAGMA query_only = ON")
    return conn


def _folder_writable(path: Path) -> bool:
    # os.access also reports a read-only mount to root, whom chmod would not stop.
    return os.access(path.parent, os.W_OK) and os.access(path, os.W_OK)


def _create_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner before SQLite opens it with the umask's mode."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass


def _prepare_folder(folder: Path) -> None:
    if not folder.exists():
        ensure_private_dir(folder)
        return
    try:
        if os.name == "posix":
            folder.chmod(0o700)
    except OSError:
        pass  # a folder IT prepared, or a read-only one: opening tells what matters


def _is_damaged_error(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(s in text for s in ("not a database", "malformed", "corrupt", "disk image"))


def _damaged(path: Path, detail: str) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        _("Die Datenbank {path} ist beschädigt ({detail}). Die Datei wurde nicht verändert.").format(
            path=path, detail=detail),
        hint=_("Sie können die neueste Sicherung wiederherstellen (counter-app admin restore) "
               "oder die IT informieren."),
    )


class Store:
    """An open database with the schema brought up to date."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._lock = threading.RLock()
        self._depth = 0
        self._sqlite_utils = None
        self._verified = threading.Event()
        self._verified.set()
        self._damage: DatabaseDamagedError | None = None
        self.read_only = False

    @property
    def db(self):
        """A sqlite-utils view of the same connection (bulk inserts, FTS upkeep). Imported on
        first use: it costs ~50 ms, which start-up does not need to pay."""
        if self._sqlite_utils is None:
            import sqlite_utils

            self._sqlite_utils = sqlite_utils.Database(self.conn)
        return self._sqlite_utils

    @classmethod
    def open(cls, path: Path, *, check: bool | str = True, backup_dir: Path | None = None,
             backup_keep: int = 7) -> "Store":
        """Open (and create or migrate) the database.

        check=True runs the integrity check before returning; check="background" returns at
        once and runs it on a thread with its own connection, while every write waits for its
        verdict, so a damaged file is never written to. A file that needs migrating is always
        checked first and, with `backup_dir`, copied there before its schema changes (one of the
        rotating backups, so the retention rules apply to it as to any other).
        """
        existed = path.exists()
        if existed and not _folder_writable(path):
            return cls._open_read_only(path, check=bool(check))
        _prepare_folder(path.parent)
        try:
            if not existed:
                _create_private_file(path)
            conn = connect(path)
        except (OSError, sqlite3.DatabaseError) as exc:
            raise _open_error(path, exc) from exc
        try:
            if existed:
                check = _verify_on_open(conn, path, check)
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a commit is on disk before we report it saved (survives power loss too).
            conn.execute("PRAGMA synchronous = FULL")
        except BaseException as exc:
            conn.close()  # an open connection would leave -wal/-shm files beside a damaged file
            if isinstance(exc, sqlite3.DatabaseError):
                raise _open_error(path, exc) from exc
            raise
        _restrict_file(path)
        store = cls(path, conn)
        if existed and backup_dir is not None:
            _backup_before_migrating(store, backup_dir, keep=backup_keep)
        applied = store.migrate()
        if existed and _SECURE_DELETE_MIGRATION in applied:
            store.vacuum()
        if existed and check == "background":
            store._start_background_check()
        return store

    @classmethod
    def _open_read_only(cls, path: Path, *, check: bool) -> "Store":
        """Reading still works in a read-only data folder; every write says why it cannot be saved."""
        try:
            conn = _connect_read_only(path)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            problems = quick_check(conn) if check else []
        except sqlite3.DatabaseError as exc:
            if _is_damaged_error(exc):
                raise _damaged(path, str(exc)) from exc
            raise StorageError(
                _("Die Datenbank {path} kann nicht gelesen werden: {error}.").format(path=path, error=exc),
                hint=_("Der Datenordner ist schreibgeschützt. Bitte wenden Sie sich an die IT."),
            ) from exc
        if problems:
            conn.close()
            raise _damaged(path, problems[0])
        if version != len(migrations()):
            conn.close()
            raise StorageError(
                _("Die Datenbank {path} muss für diese Programmversion angepasst werden, "
                  "aber der Datenordner ist schreibgeschützt.").format(path=path),
                hint=_("Bitte wenden Sie sich an die IT (Schreibrechte auf den Datenordner)."),
            )
        store = cls(path, conn)
        store.read_only = True
        return store

    def vacuum(self) -> None:
        """Rebuild the file (no free space left with old contents) and empty the WAL."""
        with self._lock:
            self.conn.execute("VACUUM")
        self.clear_wal()

    def clear_wal(self, *, attempts: int = 3) -> bool:
        """Copy the WAL into the database and truncate it to zero bytes, so that no older page
        versions (with deleted data) remain in it. False if other readers kept it busy."""
        if self.read_only:
            return False
        for _ in range(attempts):
            with self._lock:
                busy = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy == 0:
                _restrict_side_files(self.path)
                return True
        return False

    def _start_background_check(self) -> None:
        self._verified.clear()

        def verify() -> None:
            problems = check_file(lambda: connect(self.path))
            if problems:
                self._damage = _damaged(self.path, problems[0])
            self._verified.set()

        threading.Thread(target=verify, name="counter-integrity-check", daemon=True).start()

    def wait_verified(self, timeout: float | None = None) -> DatabaseDamagedError | None:
        """Wait for a background integrity check; returns the damage found, if any."""
        self._verified.wait(timeout)
        return self._damage

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic, durable write. Commits on success, rolls back on any error.

        A full disk, a read-only folder or a busy file raise StorageError with a clear message,
        wherever in the transaction SQLite notices it."""
        if self.wait_verified() is not None:
            raise self._damage
        if self.read_only:
            raise _write_error(self.path, sqlite3.OperationalError("attempt to write a readonly database"))
        with self._lock:
            if self._depth:
                # Nested: part of the enclosing transaction, which commits or rolls back as one.
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise _write_error(self.path, exc) from exc
            self._depth = 1
            try:
                yield self.conn
            except sqlite3.DatabaseError as exc:
                self._rollback()
                raise _storage_error(self.path, exc) or exc
            except BaseException:
                self._rollback()
                raise
            finally:
                self._depth = 0
            try:
                self.conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                self._rollback()
                raise (_storage_error(self.path, exc) or _write_error(self.path, exc)) from exc

    def _rollback(self) -> None:
        # After SQLITE_FULL or an I/O error SQLite may have rolled back already.
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        with self._lock:
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description or ()]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: tuple | dict = ()):
        with self._lock:
            row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @property
    def schema_version(self) -> int:
        return self.scalar("PRAGMA user_version")

    def migrate(self) -> list[str]:
        """Apply every migration newer than the file's schema version, each in one transaction."""
        applied = []
        current = self.schema_version
        known = migrations()
        if current > len(known):
            raise StorageError(
                _("Die Datenbank {path} stammt von einer neueren Programmversion "
                  "(Schema {schema}, dieses Programm kennt {known}).").format(
                    path=self.path, schema=current, known=len(known)),
                hint=_("Bitte installieren Sie die aktuelle Version des Schalterassistenten."),
            )
        for migration in known[current:]:
            script = f"BEGIN IMMEDIATE;\n{migration.sql}\nPRAGMA user_version = {migration.number};\nCOMMIT;"
            with self._lock:
                try:
                    self.conn.executescript(script)
                except sqlite3.Error:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise
            applied.append(migration.name)
        return applied

    def integrity_problems(self) -> list[str]:
        """Full integrity and foreign-key check; an empty list means the file is sound."""
        with self._lock:
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
            problems = [] if rows == ["ok"] else rows
            fk = self.conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [_("Verweis ungültig: Tabelle {table}, Zeile {row} → {parent}").format(
            table=r[0], row=r[1], parent=r[2]) for r in fk]
        return problems


def _backup_before_migrating(store: "Store", backup_dir: Path, *, keep: int) -> None:
    """An update must never be the reason data is lost: copy a file from an older version first."""
    old, new = store.schema_version, len(migrations())
    if old >= new:
        return
    try:
        create_backup(store.path, backup_dir, keep=keep)
    except StorageError as exc:
        store.close()
        raise StorageError(
            _("Die Datenbank {path} muss für diese Programmversion umgestellt werden (Schema {old} → {new}), "
              "aber die Sicherung davor ist nicht gelungen: {error}").format(
                path=store.path, old=old, new=new, error=exc.message),
            hint=_("Es wurde nichts verändert. Bitte schaffen Sie Platz im Sicherungsordner {folder} "
                   "oder wenden Sie sich an die IT.").format(folder=backup_dir),
        ) from exc


def _verify_on_open(conn: sqlite3.Connection, path: Path, check: bool | str) -> bool | str:
    """Check an existing file as asked; returns what is left to do in the background."""
    # Reading the schema fails at once on a file that is not a database at all.
    conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    needs_migration = conn.execute("PRAGMA user_version").fetchone()[0] < len(migrations())
    if check is True or (check and needs_migration):
        problems = quick_check(conn)
        if problems:
            raise _damaged(path, problems[0])
        return False
    return check


def _open_error(path: Path, exc: BaseException) -> StorageError:
    if isinstance(exc, sqlite3.DatabaseError) and _is_damaged_error(exc):
        return _damaged(path, str(exc))
    return StorageError(
        _("Die Datenbank {path} kann nicht geöffnet werden: {error}.").format(path=path, error=exc),
        hint=_("Prüfen Sie, ob der Datenordner beschreibbar ist und genug Speicherplatz frei ist."),
    )


def check_file(open_connection) -> list[str]:
    """quick_check on a connection of its own (opened by `open_connection`, closed afterwards);
    a file SQLite cannot even read counts as damaged."""
    try:
        conn = open_connection()
        try:
            return quick_check(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def quick_check(conn: sqlite3.Connection) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def _storage_error(path: Path, exc: sqlite3.DatabaseError) -> StorageError | None:
    """The user-facing error for a fault of the file or the disk; None for a programming error."""
    if _is_damaged_error(exc):
        return _damaged(path, str(exc))
    if isinstance(exc, sqlite3.OperationalError) and any(s in str(exc).lower() for s in _STORAGE_FAILURES):
        return _write_error(path, exc)
    return None


def _write_error(path: Path, exc: sqlite3.DatabaseError) -> StorageError:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        reason = _("Der Datenordner ist schreibgeschützt.")
    elif "full" in text:
        reason = _("Der Datenträger ist voll.")
    elif "locked" in text or "busy" in text:
        reason = _("Die Datenbank wird gerade von einem anderen Programm benutzt.")
    else:
        reason = _("Fehler: {error}.").format(error=exc)
    return StorageError(
        _("Die Änderung konnte nicht gespeichert werden. {reason}").format(reason=reason),
        hint=_("Datenbank: {path}. Bereits gespeicherte Angaben bleiben erhalten; "
               "bitte beheben Sie die Ursache und versuchen Sie es erneut.").format(path=path),
    )


def _restrict_file(path: Path) -> None:
    try:
        path.chmod(0o600)
    except OSError:
        pass
    _restrict_side_files(path)


def _restrict_side_files(path: Path) -> None:
    """SQLite gives -wal/-shm the database file's mode; a file from an older version may differ."""
    for suffix in SIDE_FILE_SUFFIXES:
        side = path.with_name(path.name + suffix)
        try:
            if side.exists():
                side.chmod(0o600)
        except OSError:
            pass


# --- backups -----------------------------------------------------------------------------------


def backup_files(backup_dir: Path) -> list[Path]:
    """Backups, newest first."""
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob(f"{BACKUP_PREFIX}*.sqlite3"), reverse=True)


def create_backup(database: Path, backup_dir: Path, *, keep: int, now: datetime | None = None) -> Path:
    """Copy the database with SQLite's online backup API and keep only the newest `keep` copies."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{BACKUP_PREFIX}{stamp}.sqlite3"
    try:
        ensure_private_dir(backup_dir)
    except OSError as exc:  # e.g. a file in its place, no permission: say so, no traceback
        raise StorageError(_("Die Sicherung nach {path} ist fehlgeschlagen: {error}.").format(
            path=target, error=exc.strerror or exc)) from exc
    source = connect(database)
    try:
        _create_private_file(target)  # a backup holds the same personal data as the database
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        raise StorageError(_("Die Sicherung nach {path} ist fehlgeschlagen: {error}.").format(path=target, error=exc)) from exc
    finally:
        source.close()
    _restrict_file(target)
    for old in backup_files(backup_dir)[max(keep, 1):]:
        old.unlink(missing_ok=True)
    return target


def restore_backup(backup: Path, database: Path) -> Path | None:
    """Replace the database by `backup`. The replaced file is kept beside it as *.damaged-<time>.

    Returns the path the old file was moved to (None if there was none). No app may have the
    database open: the data folder's instance lock is taken (or already held by this process) for
    the whole replacement, so a running app is refused with a clear message instead of writing on
    into the file that is being moved away.
    """
    from .instance_lock import hold  # imports nothing heavy; only restoring needs it

    with hold(database.parent, purpose="restore"):
        return _restore_locked(backup, database)


def _restore_locked(backup: Path, database: Path) -> Path | None:
    problems = check_file(lambda: sqlite3.connect(_read_only_uri(backup), uri=True))
    if problems:
        raise StorageError(
            _("Die Sicherung {path} ist selbst beschädigt ({detail}).").format(path=backup, detail=problems[0]),
            hint=_("Bitte wählen Sie eine ältere Sicherung."),
        )
    kept = None
    if database.exists():
        kept = database.with_name(f"{database.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
        database.rename(kept)
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            side.rename(kept.with_name(kept.name + suffix) if kept else side.with_suffix(".old"))
    source = sqlite3.connect(_read_only_uri(backup), uri=True)
    _create_private_file(database)
    dest = sqlite3.connect(str(database))
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    _restrict_file(database)
    return kept


__all__ = ["Store", "connect", "create_backup", "restore_backup", "backup_files", "migrations", "resource_root"]
