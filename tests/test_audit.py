"""The audit trail: who did what to which conversation and when; append-only; no personal data."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from counter_app import audit, conversations, privacy
from counter_app.conversations import Client, ConversationClosedError
from counter_app.errors import CounterAppError, StorageError

NAME, NOTE, FILE_NUMBER = "Wqzx Personenname", "Notiz mit Geheimnis Jqxz", "AZ-JQXZ-1"


def start(store, clerk="clerk1") -> int:
    client = Client(name=NAME, file_number=FILE_NUMBER, nationality="TUR")
    return conversations.start(store, client=client, matter_id="test_matter", language="tr", clerk=clerk)


def actions(store, conversation_id) -> list[str]:
    return [e.action for e in reversed(audit.entries(store, conversation_id=conversation_id))]


def test_the_life_of_a_conversation_is_recorded(store, monkeypatch):
    monkeypatch.setattr(conversations, "current_clerk", lambda: "clerk1")
    cid = start(store)
    for status in ("present", "missing", "not_applicable"):
        conversations.set_status(store, cid, "passport", status)
    conversations.set_note(store, cid, "passport", NOTE)
    conversations.set_conversation_note(store, cid, NOTE)
    conversations.close(store, cid)
    conversations.reopen(store, cid)
    # five changes within a minute by one clerk: one "changed" row
    assert actions(store, cid) == ["started", "changed", "closed", "reopened"]
    newest = audit.entries(store, conversation_id=cid)[0]
    assert newest.who == "clerk1" and newest.label == "wieder geöffnet"
    assert newest.at.endswith("Z") and len(newest.local_time) == 19


def test_changes_are_coalesced_per_clerk_and_minute(store):
    cid = start(store)
    t0 = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)
    with store.transaction() as conn:
        assert audit.append(conn, "changed", cid, who="a", now=t0)
        assert not audit.append(conn, "changed", cid, who="a", now=t0 + timedelta(seconds=59))
        assert audit.append(conn, "changed", cid, who="b", now=t0 + timedelta(seconds=59))  # another clerk
        assert audit.append(conn, "changed", cid, who="a", now=t0 + timedelta(seconds=61))
        assert audit.append(conn, "closed", cid, who="a", now=t0 + timedelta(seconds=62))  # never coalesced


def test_opening_is_recorded_and_coalesced(store):
    cid = start(store)
    assert audit.record_opened(store, cid, who="nosy")
    assert not audit.record_opened(store, cid, who="nosy")
    assert audit.record_opened(store, cid, who="other")
    assert [e.who for e in audit.entries(store, conversation_id=cid) if e.action == "opened"] == ["other", "nosy"]


def test_opening_a_conversation_read_only_is_not_stopped_by_the_audit(store):
    cid = start(store)
    store.conn.execute("PRAGMA query_only = ON")  # what a full disk or a locked file also look like
    try:
        assert audit.record_opened(store, cid, who="x") is False
    finally:
        store.conn.execute("PRAGMA query_only = OFF")
    store.read_only = True
    assert audit.record_opened(store, cid, who="x") is False


def test_a_refused_change_leaves_no_audit_row(store):
    cid = start(store)
    conversations.close(store, cid)
    before = actions(store, cid)
    with pytest.raises(ConversationClosedError):
        conversations.set_status(store, cid, "passport", "present")
    assert actions(store, cid) == before


def test_the_log_holds_no_personal_data(store):
    cid = start(store)
    conversations.set_note(store, cid, "passport", NOTE)
    conversations.close(store, cid)
    audit.record_opened(store, cid, who="x")
    privacy.delete_client(store, conversation_id=cid, who="lead")
    text = repr(store.query("SELECT * FROM audit_log"))
    assert NAME not in text and NOTE not in text and FILE_NUMBER not in text and "TUR" not in text


def test_details_can_only_be_codes(store):
    with store.transaction() as conn:
        with pytest.raises(ValueError):
            audit.append(conn, "changed", 1, who="x", detail="Herr Müller hat angerufen")
        with pytest.raises(ValueError):
            audit.append(conn, "gossip", 1, who="x")


@pytest.mark.parametrize("sql", ["UPDATE audit_log SET who = 'someone else'", "DELETE FROM audit_log",
                                 "UPDATE audit_log SET at = '2000-01-01T00:00:00Z'"])
def test_rows_cannot_be_changed_or_removed(store, sql):
    start(store)
    before = store.query("SELECT * FROM audit_log")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        with store.transaction() as conn:
            conn.execute(sql)
    assert store.query("SELECT * FROM audit_log") == before


def insert_at(store, moment: datetime, action="changed") -> None:
    with store.transaction() as conn:
        conn.execute("INSERT INTO audit_log (at, who, action, conversation_id) VALUES (?, 'old', ?, 1)",
                     (audit.utc_stamp(moment), action))


def test_only_the_maintenance_path_removes_rows_and_only_old_ones(store):
    now = datetime.now(timezone.utc)
    insert_at(store, now - timedelta(days=3 * 365))
    insert_at(store, now - timedelta(days=400))
    with pytest.raises(sqlite3.IntegrityError):  # even the old row is refused outside the path
        with store.transaction() as conn:
            conn.execute("DELETE FROM audit_log WHERE who = 'old'")
    assert audit.prune_old_entries(store, who="admin") == 1
    remaining = [e for e in audit.entries(store) if e.who == "old"]
    assert len(remaining) == 1
    assert audit.entries(store)[0].action == "audit_pruned" and audit.entries(store)[0].who == "admin"
    assert store.scalar("SELECT COUNT(*) FROM audit_maintenance") == 0  # the window is closed again


def test_the_schema_refuses_young_rows_even_in_the_maintenance_window(store):
    insert_at(store, datetime.now(timezone.utc) - timedelta(days=10))
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction() as conn:
            conn.execute("INSERT INTO audit_maintenance (id, prune_before) VALUES (1, '9999')")
            conn.execute("DELETE FROM audit_log")
    with pytest.raises(CounterAppError, match="mindestens 730"):
        audit.prune_old_entries(store, who="admin", keep_days=30)


def test_an_anonymised_conversation_cannot_be_reopened_even_by_sql(store):
    cid = start(store)
    privacy.delete_client(store, conversation_id=cid, who="x")
    with pytest.raises(sqlite3.IntegrityError, match="anonymised"):
        with store.transaction() as conn:
            conn.execute("UPDATE conversations SET status = 'open' WHERE id = ?", (cid,))


def test_record_raises_a_storage_error_when_the_file_cannot_be_written(store):
    cid = start(store)
    store.conn.execute("PRAGMA query_only = ON")
    try:
        with pytest.raises(StorageError, match="schreibgeschützt"):
            audit.record(store, "letter_created", cid, who="x")
    finally:
        store.conn.execute("PRAGMA query_only = OFF")
