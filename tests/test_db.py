"""The database file: migrations, pragmas, integrity check, backups and restore."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime

import pytest

from counter_app import db
from counter_app.db import Store
from counter_app.errors import DatabaseDamagedError, StorageError


def test_new_file_is_migrated_with_wal_and_foreign_keys(empty_store):
    assert empty_store.schema_version == len(db.migrations())
    assert empty_store.scalar("PRAGMA journal_mode") == "wal"
    assert empty_store.scalar("PRAGMA foreign_keys") == 1
    assert empty_store.scalar("PRAGMA synchronous") == 2  # FULL
    assert empty_store.migrate() == []  # nothing left to apply


def test_migration_numbers_have_no_gaps():
    numbers = [m.number for m in db.migrations()]
    assert numbers == list(range(1, len(numbers) + 1))


def test_file_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "c.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(StorageError, match="neueren Programmversion"):
        Store.open(path)


def test_failed_transaction_leaves_nothing_behind(store):
    with pytest.raises(RuntimeError):
        with store.transaction() as conn:
            conn.execute("INSERT INTO user_settings (key, value) VALUES ('a', '1')")
            raise RuntimeError("boom")
    assert store.scalar("SELECT COUNT(*) FROM user_settings") == 0


def corrupt(path):
    """Overwrite the middle of the file (b-tree pages), as a disk fault would."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, min(len(data), 4096 * 6)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def fill(store, rows=2000):
    with store.transaction() as conn:
        conn.executemany("INSERT INTO user_settings (key, value) VALUES (?, ?)",
                         [(f"k{i}", "x" * 50) for i in range(rows)])


def test_damaged_file_is_detected_and_kept_untouched(store):
    fill(store)
    path = store.path
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    corrupt(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseDamagedError) as info:
        Store.open(path)
    assert "beschädigt" in str(info.value) and "Sicherung" in str(info.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_not_a_database_is_reported_as_damaged(tmp_path):
    path = tmp_path / "counter.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseDamagedError):
        Store.open(path)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_backups_rotate_and_restore_replaces_a_damaged_file(store, tmp_path):
    fill(store, rows=10)
    backups = tmp_path / "backups"
    for minute in range(5):
        db.create_backup(store.path, backups, keep=3, now=datetime(2026, 11, 25, 9, minute))
    files = db.backup_files(backups)
    assert len(files) == 3 and "0904" in files[0].name
    path = store.path
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    corrupt(path)
    kept = db.restore_backup(files[0], path)
    assert kept is not None and kept.exists()
    restored = Store.open(path)
    try:
        assert restored.scalar("SELECT COUNT(*) FROM user_settings") == 10
        assert restored.integrity_problems() == []
    finally:
        restored.close()


def test_damaged_backup_is_refused(tmp_path, store):
    bad = tmp_path / "counter-bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(StorageError, match="Sicherung"):
        db.restore_backup(bad, store.path)


def test_files_are_private_on_posix(store):
    import os
    import stat

    if os.name != "posix":
        pytest.skip("POSIX permissions")
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def old_schema_file(path, version: int = 4):
    """A database as an earlier program version left it: only its migrations, one row of data."""
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in db.migrations()[:version]:
        conn.executescript(migration.sql)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO user_settings (key, value) VALUES ('marker', '\"from the old version\"')")
    conn.close()
    return path


def test_a_file_from_an_older_version_is_backed_up_before_its_schema_changes(tmp_path):
    path = old_schema_file(tmp_path / "counter.sqlite3")
    backups = tmp_path / "backups"
    store = Store.open(path, backup_dir=backups, backup_keep=3)
    try:
        assert store.schema_version == len(db.migrations())
    finally:
        store.close()
    [copy] = db.backup_files(backups)
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4  # as it was before the update
        assert conn.execute("SELECT value FROM user_settings WHERE key = 'marker'").fetchone()[0] == '"from the old version"'
    finally:
        conn.close()
    Store.open(path, backup_dir=backups).close()  # up to date now: no further copy
    assert db.backup_files(backups) == [copy]


def test_no_migration_without_its_backup_and_the_old_file_stays_as_it_was(tmp_path):
    path = old_schema_file(tmp_path / "counter.sqlite3")
    before = schema_and_data(path)
    blocked = tmp_path / "backups"
    blocked.write_text("a file where the backup folder should be", "utf-8")
    with pytest.raises(StorageError) as info:
        Store.open(path, backup_dir=blocked)
    assert "Schema 4 →" in info.value.message and "Es wurde nichts verändert" in info.value.hint
    assert schema_and_data(path) == before


def schema_and_data(path):
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("PRAGMA user_version").fetchone()[0],
                conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall(),
                conn.execute("SELECT key, value FROM user_settings").fetchall())
    finally:
        conn.close()


def test_the_app_context_backs_up_an_old_file_into_the_data_folders_backups(tmp_path):
    from counter_app.context import AppContext

    ctx = AppContext.create(tmp_path / "data")
    ctx.paths.root.mkdir(parents=True)
    old_schema_file(ctx.paths.database)
    try:
        assert ctx.store().schema_version == len(db.migrations())
    finally:
        ctx.close()
    assert len(db.backup_files(ctx.paths.backups)) == 1
