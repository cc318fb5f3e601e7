"""Start-up with a damaged database: clear message, file kept, newest backup offered and restored."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QMessageBox

from counter_app import conversations, db
from counter_app.context import AppContext
from counter_app.ui import app as app_module

from .test_db import corrupt


def damaged_data_folder(tmp_path) -> AppContext:
    ctx = AppContext.create(tmp_path / "data")
    store = ctx.store()
    client = conversations.Client(name="Backup, Bernd", file_number="AZ-R")
    conversations.start(store, client=client, matter_id="study", language="de", clerk="t")
    db.create_backup(store.path, ctx.paths.backups, keep=3)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    corrupt(ctx.paths.database)
    return ctx


def test_declining_the_backup_keeps_the_damaged_file_untouched(qtbot, tmp_path, monkeypatch):
    ctx = damaged_data_folder(tmp_path)
    digest = hashlib.sha256(ctx.paths.database.read_bytes()).hexdigest()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    assert app_module.open_store_or_recover(ctx) is None
    assert "beschädigt" in asked[0] and "Sicherung" in asked[0]
    assert hashlib.sha256(ctx.paths.database.read_bytes()).hexdigest() == digest


def test_accepting_restores_the_newest_backup_and_keeps_the_damaged_file(qtbot, tmp_path, monkeypatch):
    ctx = damaged_data_folder(tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    store = app_module.open_store_or_recover(ctx)
    assert [r.client_name for r in conversations.list_conversations(store)] == ["Backup, Bernd"]
    assert list(ctx.paths.root.glob("counter.sqlite3.damaged-*"))
    ctx.close()


def test_background_check_refuses_writes_to_a_damaged_file(tmp_path):
    ctx = damaged_data_folder(tmp_path)
    digest = hashlib.sha256(ctx.paths.database.read_bytes()).hexdigest()
    store = db.Store.open(ctx.paths.database, check="background")  # the schema page is intact
    damage = store.wait_verified(timeout=30)
    assert damage is not None
    try:
        with store.transaction() as conn:
            conn.execute("INSERT INTO user_settings (key, value) VALUES ('x', '1')")
    except db.DatabaseDamagedError:
        pass
    else:
        raise AssertionError("write to a damaged file was not refused")
    store.close()
    assert hashlib.sha256(ctx.paths.database.read_bytes()).hexdigest() == digest
