"""The one owner of the SQLite file: pragmas, numbered migrations, integrity check, backups.

Domain modules receive a `Store` and use its connection; widgets never see SQL.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

from .errors import DatabaseDamagedError, StorageError
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


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=5.0)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _is_damaged_error(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(s in text for s in ("not a database", "malformed", "corrupt", "disk image"))


def _damaged(path: Path, detail: str) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        f"Die Datenbank {path} ist beschädigt ({detail}). Die Datei wurde nicht verändert.",
        hint="Sie können die neueste Sicherung wiederherstellen (counter-app admin restore) "
        "oder die IT informieren.",
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

    @property
    def db(self):
        """A sqlite-utils view of the same connection (bulk inserts, FTS upkeep). Imported on
        first use: it costs ~50 ms, which start-up does not need to pay."""
        if self._sqlite_utils is None:
            import sqlite_utils

            self._sqlite_utils = sqlite_utils.Database(self.conn)
        return self._sqlite_utils

    @classmethod
    def open(cls, path: Path, *, check: bool | str = True) -> "Store":
        """Open (and create or migrate) the database.

        check=True runs the integrity check before returning; check="background" returns at
        once and runs it on a thread with its own connection, while every write waits for its
        verdict, so a damaged file is never written to. A file that needs migrating is always
        checked first.
        """
        ensure_private_dir(path.parent)
        existed = path.exists()
        try:
            conn = _connect(path)
            if existed:
                # Reading the schema fails at once on a file that is not a database at all.
                conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
                needs_migration = conn.execute("PRAGMA user_version").fetchone()[0] < len(migrations())
                if check is True or (check and needs_migration):
                    problems = quick_check(conn)
                    if problems:
                        conn.close()
                        raise _damaged(path, problems[0])
                    check = False
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a commit is on disk before we report it saved (survives power loss too).
            conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError as exc:
            if _is_damaged_error(exc):
                raise _damaged(path, str(exc)) from exc
            raise StorageError(
                f"Die Datenbank {path} kann nicht geöffnet werden: {exc}.",
                hint="Prüfen Sie, ob der Datenordner beschreibbar ist und genug Speicherplatz frei ist.",
            ) from exc
        _restrict_file(path)
        store = cls(path, conn)
        store.migrate()
        if existed and check == "background":
            store._start_background_check()
        return store

    def _start_background_check(self) -> None:
        self._verified.clear()

        def verify() -> None:
            try:
                conn = _connect(self.path)
                try:
                    problems = quick_check(conn)
                finally:
                    conn.close()
            except sqlite3.DatabaseError as exc:
                problems = [str(exc)]
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
        """One atomic, durable write. Commits on success, rolls back on any error."""
        if self.wait_verified() is not None:
            raise self._damage
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
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0
            try:
                self.conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                self.conn.execute("ROLLBACK")
                raise _write_error(self.path, exc) from exc

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
                f"Die Datenbank {self.path} stammt von einer neueren Programmversion "
                f"(Schema {current}, dieses Programm kennt {len(known)}).",
                hint="Bitte installieren Sie die aktuelle Version des Schalterassistenten.",
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
        problems += [f"Verweis ungültig: Tabelle {r[0]}, Zeile {r[1]} → {r[2]}" for r in fk]
        return problems


def quick_check(conn: sqlite3.Connection) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def _write_error(path: Path, exc: sqlite3.OperationalError) -> StorageError:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        reason = "Der Datenordner ist schreibgeschützt."
    elif "full" in text:
        reason = "Der Datenträger ist voll."
    elif "locked" in text or "busy" in text:
        reason = "Die Datenbank wird gerade von einem anderen Programm benutzt."
    else:
        reason = f"Fehler: {exc}."
    return StorageError(
        f"Die Änderung konnte nicht gespeichert werden. {reason}",
        hint=f"Datenbank: {path}. Bereits gespeicherte Angaben bleiben erhalten; "
        "bitte beheben Sie die Ursache und versuchen Sie es erneut.",
    )


def _restrict_file(path: Path) -> None:
    try:
        path.chmod(0o600)
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
    ensure_private_dir(backup_dir)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{BACKUP_PREFIX}{stamp}.sqlite3"
    source = _connect(database)
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise StorageError(f"Die Sicherung nach {target} ist fehlgeschlagen: {exc}.") from exc
    finally:
        source.close()
    _restrict_file(target)
    for old in backup_files(backup_dir)[max(keep, 1):]:
        old.unlink(missing_ok=True)
    return target


def restore_backup(backup: Path, database: Path) -> Path | None:
    """Replace the database by `backup`. The replaced file is kept beside it as *.damaged-<time>.

    Returns the path the old file was moved to (None if there was none). The app must not have
    the database open.
    """
    try:
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            problems = quick_check(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems:
        raise StorageError(
            f"Die Sicherung {backup} ist selbst beschädigt ({problems[0]}).",
            hint="Bitte wählen Sie eine ältere Sicherung.",
        )
    kept = None
    if database.exists():
        kept = database.with_name(f"{database.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
        database.rename(kept)
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            side.rename(kept.with_name(kept.name + suffix) if kept else side.with_suffix(".old"))
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dest = sqlite3.connect(str(database))
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    _restrict_file(database)
    return kept


__all__ = ["Store", "create_backup", "restore_backup", "backup_files", "migrations", "resource_root"]
