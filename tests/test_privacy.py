"""Retention purge, deletion on request and export: personal data goes, statistics stay, nothing lingers."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import date, datetime, timedelta, timezone

import pytest

from counter_app import audit, cli, conversations, db, privacy
from counter_app.conversations import Client, ConversationClosedError
from counter_app.db import Store
from counter_app.errors import CounterAppError, NotFoundError, SettingsError

NOW = datetime(2026, 11, 25, 12, 0, 0)
SECRET_NAME = "Qzxwvy Brmftklp"  # unique: found in the raw bytes only if something was left behind
SECRET_NOTE = "Vermerk Jkqzyxw privat"
SECRET_FILE_NUMBER = "AZ-QXJZ-4711"


def start(store, *, name=SECRET_NAME, file_number=SECRET_FILE_NUMBER, days_ago=0, dob=date(1990, 1, 2)) -> int:
    started = (NOW - timedelta(days=days_ago)).isoformat(timespec="seconds")
    client = Client(name=name, date_of_birth=dob, nationality="SYR", file_number=file_number)
    return conversations.start(store, client=client, matter_id="test_matter", language="ar", clerk="clerk1",
                               started_at=started)


def finished(store, *, days_ago: int, **kwargs) -> int:
    """A conversation with notes and answers, closed `days_ago` days before NOW."""
    cid = start(store, days_ago=days_ago, **kwargs)
    conversations.set_status(store, cid, "passport", "present")
    conversations.set_status(store, cid, "marriage_certificate", "missing")
    conversations.set_note(store, cid, "passport", SECRET_NOTE)
    conversations.set_conversation_note(store, cid, f"Gespräch {SECRET_NOTE}")
    conversations.close(store, cid, closed_at=(NOW - timedelta(days=days_ago)).isoformat(timespec="seconds"))
    return cid


def dump(store) -> dict:
    """Every row of every table, to prove that nothing changed."""
    tables = [r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE '%fts%' ORDER BY name")]
    return {t: sorted(repr(sorted(row.items())) for row in store.query(f'SELECT * FROM "{t}"')) for t in tables}


def raw_bytes(path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def secrets_in(path) -> list[str]:
    raw = raw_bytes(path)
    return [s for s in (SECRET_NAME, SECRET_NOTE, SECRET_FILE_NUMBER) if s.encode("utf-8") in raw]


# --- retention purge ---------------------------------------------------------------------------


def test_purge_anonymises_expired_conversations_and_keeps_statistics(store):
    old = finished(store, days_ago=120)
    recent = finished(store, days_ago=10, name="Recent Person", file_number="AZ-R")
    still_open = start(store, days_ago=200, name="Open Person", file_number="AZ-O")
    before = conversations.load(store, old)
    result = privacy.purge_expired(store, retention_days=90, now=NOW)
    assert result.conversations == (old,) and result.clients == 1 and not result.dry_run
    assert result.stale_open == (still_open,)  # reported, not deleted: it was never closed
    after = conversations.load(store, old)
    assert (after.client.name, after.client.date_of_birth, after.client.nationality, after.client.file_number) == \
        ("", None, "", "")
    assert after.note == "" and all(a.note == "" for a in after.answers.values())
    # the anonymous facts stay: matter, version, language, timestamps, statuses
    assert (after.matter_id, after.checklist.version, after.language) == (before.matter_id, 1, "ar")
    assert (after.started_at, after.closed_at) == (before.started_at, before.closed_at)
    assert {k: a.status for k, a in after.answers.items()} == {k: a.status for k, a in before.answers.items()}
    assert store.scalar("SELECT anonymised_at IS NOT NULL FROM conversations WHERE id = ?", (old,)) == 1
    assert conversations.load(store, recent).client.name == "Recent Person"
    assert conversations.load(store, still_open).client.name == "Open Person"
    assert [e.action for e in audit.entries(store, conversation_id=old)][0] == "purged"


def test_second_purge_finds_nothing(store):
    finished(store, days_ago=100)
    privacy.purge_expired(store, retention_days=90, now=NOW)
    assert privacy.purge_expired(store, retention_days=90, now=NOW).conversations == ()


def test_dry_run_changes_nothing(store):
    old = finished(store, days_ago=100)
    before = dump(store)
    result = privacy.purge_expired(store, retention_days=90, now=NOW, dry_run=True)
    assert result.dry_run and result.conversations == (old,) and result.clients == 1
    assert dump(store) == before


@pytest.mark.parametrize("days", [0, -5, True, "90"])
def test_invalid_retention_period_is_refused_and_nothing_is_deleted(store, days):
    finished(store, days_ago=100)
    before = dump(store)
    with pytest.raises(SettingsError, match="retention_days"):
        privacy.purge_expired(store, retention_days=days, now=NOW)
    assert dump(store) == before


def test_a_client_still_needed_by_a_kept_conversation_keeps_its_data(store):
    old = finished(store, days_ago=120)
    client_id = store.scalar("SELECT client_id FROM conversations WHERE id = ?", (old,))
    with store.transaction() as conn:  # a second, recent conversation on the same client row
        conn.execute("INSERT INTO conversations (client_id, matter_id, checklist_version, language, status, clerk, "
                     "started_at, updated_at) VALUES (?, 'test_matter', 1, 'de', 'open', 'c', ?, ?)",
                     (client_id, NOW.isoformat(), NOW.isoformat()))
    result = privacy.purge_expired(store, retention_days=90, now=NOW)
    assert result.conversations == (old,) and result.clients == 0
    assert store.scalar("SELECT name FROM clients WHERE id = ?", (client_id,)) == SECRET_NAME
    assert conversations.load(store, old).note == ""  # the old conversation's own notes are gone


def test_cached_machine_translations_older_than_the_period_are_purged(store):
    def put(key, days_ago):
        created = (datetime.now(timezone.utc) - timedelta(days=days_ago)).isoformat(timespec="seconds")
        with store.transaction() as conn:
            conn.execute("INSERT INTO translation_cache (key, source_language, target_language, models, translation, "
                         "created_at) VALUES (?, 'de', 'en', 'm', 'text', ?)", (key, created))

    put("old", 100)
    put("new", 1)
    assert privacy.purge_expired(store, retention_days=90).translations == 1
    assert [r["key"] for r in store.query("SELECT key FROM translation_cache")] == ["new"]


def test_deleted_means_gone_from_the_file_and_the_wal(store):
    cid = finished(store, days_ago=100)
    assert secrets_in(store.path), "control: before the purge the test finds the data in the raw bytes"
    result = privacy.purge_expired(store, retention_days=90, now=NOW)
    assert result.conversations == (cid,) and result.wal_cleared
    assert secrets_in(store.path) == []
    wal = store.path.with_name(store.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert store.integrity_problems() == []


def test_secure_delete_is_on_for_every_connection(store, tmp_path):
    assert store.scalar("PRAGMA secure_delete") == 1
    conn = db.connect(tmp_path / "other.sqlite3")
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    conn.close()


def test_migrating_an_old_file_rebuilds_it_so_old_free_space_is_wiped(tmp_path):
    """Files written before secure_delete may hold old note versions in free space."""
    path = tmp_path / "counter.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA secure_delete = OFF")  # as Python's bundled SQLite on Windows defaults
    for migration in db.migrations()[:4]:
        conn.executescript(migration.sql)
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO user_settings (key, value) VALUES ('x', ?)", (json.dumps(SECRET_NOTE * 20),))
    conn.execute("UPDATE user_settings SET value = '1'")
    conn.close()
    assert SECRET_NOTE.encode() in path.read_bytes(), "control: the old value is left in free space"
    store = Store.open(path)
    try:
        assert store.schema_version == len(db.migrations())
        assert secrets_in(path) == []
    finally:
        store.close()


# --- deletion on request -----------------------------------------------------------------------


def test_delete_client_now_removes_everything_personal_and_is_audited(store):
    cid = start(store)
    conversations.set_note(store, cid, "passport", SECRET_NOTE)
    twin = start(store, name="Someone Else", file_number=SECRET_FILE_NUMBER)  # same file number
    result = privacy.delete_client(store, conversation_id=cid, who="lead1")
    assert result.conversations == (cid,) and result.clients == 1 and result.related == (twin,)
    assert secrets_in(store.path) == [SECRET_FILE_NUMBER]  # only the twin's own file number remains
    entry = audit.entries(store, conversation_id=cid)[0]
    assert (entry.action, entry.who) == ("deleted", "lead1")
    assert conversations.load(store, cid).is_closed
    with pytest.raises(ConversationClosedError):
        conversations.reopen(store, cid)
    with pytest.raises(ConversationClosedError):
        conversations.set_note(store, cid, "passport", "again")
    with pytest.raises(NotFoundError, match="bereits gelöscht"):
        privacy.delete_client(store, conversation_id=cid, who="lead1")


def test_delete_client_by_client_id_and_unknown_ids(store):
    cid = start(store)
    client_id = store.scalar("SELECT client_id FROM conversations WHERE id = ?", (cid,))
    assert privacy.delete_client(store, client_id=client_id, who="x").conversations == (cid,)
    with pytest.raises(NotFoundError):
        privacy.delete_client(store, conversation_id=9999, who="x")
    with pytest.raises(NotFoundError):
        privacy.delete_client(store, client_id=9999, who="x")


def test_delete_client_empties_the_translation_cache(store):
    cid = start(store)
    with store.transaction() as conn:
        conn.execute("INSERT INTO translation_cache (key, source_language, target_language, models, translation, "
                     "created_at) VALUES ('k', 'de', 'en', 'm', ?, '2026-11-25T00:00:00+00:00')", (SECRET_NAME,))
    privacy.delete_client(store, conversation_id=cid, who="x")
    assert store.scalar("SELECT COUNT(*) FROM translation_cache") == 0


def test_delete_client_cleans_the_backups_too(store, tmp_path):
    cid = start(store)
    other = start(store, name="Kept Person", file_number="AZ-K")
    backups = tmp_path / "backups"
    backup = db.create_backup(store.path, backups, keep=5)
    assert SECRET_NAME.encode() in backup.read_bytes()
    result = privacy.delete_client(store, conversation_id=cid, who="x", backup_dir=backups)
    assert result.backups_cleaned == (backup,) and result.backups_failed == ()
    assert SECRET_NAME.encode() not in raw_bytes(backup)
    copy = Store.open(backup)
    try:
        assert copy.integrity_problems() == []
        assert conversations.load(copy, other).client.name == "Kept Person"  # only that person
    finally:
        copy.close()


def test_purge_cleans_backups_and_reports_a_damaged_one(store, tmp_path):
    finished(store, days_ago=100)
    backups = tmp_path / "backups"
    good = db.create_backup(store.path, backups, keep=5, now=datetime(2026, 11, 1))
    bad = backups / "counter-20261102-000000-000000.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    result = privacy.purge_expired(store, retention_days=90, now=NOW, backup_dir=backups)
    assert result.backups_cleaned == (good,)
    assert len(result.backups_failed) == 1 and bad.name in result.backups_failed[0]
    assert secrets_in(good) == []
    assert bad.read_bytes() == b"not a database" * 100  # kept as it was


def test_letters_of_an_anonymised_conversation_are_deleted_with_their_files(store):
    from counter_app.letters import archive

    cid = finished(store, days_ago=100)
    letter = archive.save_letter(store, store.path.parent, conversation_id=cid, template="nachforderung",
                                 docx=SECRET_NAME.encode() * 10, clerk="clerk1", deadline=None, metadata={})
    assert letter.path.exists()
    privacy.purge_expired(store, retention_days=90, now=NOW)
    assert not letter.path.exists() and archive.list_letters(store, store.path.parent, cid) == []
    assert secrets_in(store.path) == []


# --- export (right of access) ------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".json", ".html", ".txt"])
def test_export_contains_the_data_is_private_and_is_audited(store, tmp_path, suffix):
    cid = finished(store, days_ago=1)
    out = tmp_path / f"auskunft{suffix}"
    result = privacy.export_client(store, conversation_ids=[cid], out=out, who="clerk2")
    text = out.read_text("utf-8")
    assert SECRET_NAME in text and SECRET_NOTE in text and SECRET_FILE_NUMBER in text
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert result.kind in ("json", "html", "text")
    assert audit.entries(store, conversation_id=cid)[0].action == "exported"
    if suffix == ".json":
        data = json.loads(text)
        assert data["conversations"][0]["client"]["date_of_birth"] == "1990-01-02"
        assert "clerk1" not in text  # office staff are not part of the person's data


def test_export_escapes_html_and_refuses_bad_targets(store, tmp_path):
    cid = start(store, name="<script>alert(1)</script>")
    out = tmp_path / "a.html"
    privacy.export_client(store, conversation_ids=[cid], out=out, who="x")
    assert "<script>" not in out.read_text("utf-8")
    with pytest.raises(CounterAppError, match="nicht überschrieben"):
        privacy.export_client(store, conversation_ids=[cid], out=out, who="x")
    with pytest.raises(CounterAppError, match=".json"):
        privacy.export_client(store, conversation_ids=[cid], out=tmp_path / "a.pdf", who="x")
    with pytest.raises(CounterAppError, match="kann nicht geschrieben"):
        privacy.export_client(store, conversation_ids=[cid], out=tmp_path / "missing" / "a.txt", who="x")
    privacy.delete_client(store, conversation_id=cid, who="x")
    with pytest.raises(NotFoundError, match="bereits gelöscht"):
        privacy.export_client(store, conversation_ids=[cid], out=tmp_path / "b.txt", who="x")


# --- command line ------------------------------------------------------------------------------


@pytest.fixture
def admin(monkeypatch, capsys, tmp_path):
    """Run `counter-app admin …` in this process on its own data folder; returns (exit code, output)."""
    if "counter_app.cli_privacy" not in cli.ADMIN_COMMAND_MODULES:
        monkeypatch.setattr(cli, "ADMIN_COMMAND_MODULES", (*cli.ADMIN_COMMAND_MODULES, "counter_app.cli_privacy"))
    data = tmp_path / "cli-data"

    def run(*args):
        code = cli.main(["admin", *args, "--data-dir", str(data)])
        out = capsys.readouterr()
        return code, out.out + out.err

    run.data = data
    return run


def test_admin_purge_delete_export_and_audit(admin, tmp_path):
    assert admin("demo-data", "--conversations", "40", "--status", "closed")[0] == 0
    code, out = admin("purge", "--dry-run")
    assert code == 0 and "würden gelöscht" in out
    code, out = admin("purge", "--backups")
    assert code == 0 and "gelöscht" in out
    assert admin("purge")[1].count("0 Gespräch(e)") == 1
    code, out = admin("audit", "--limit", "5")
    assert code == 0 and "nach Ablauf der Aufbewahrungsfrist gelöscht" in out and "5 Eintrag" in out


def test_admin_delete_client_and_export_by_number(admin, tmp_path):
    assert admin("demo-data", "--conversations", "3", "--status", "open")[0] == 0
    code, out = admin("export-client", "--conversation", "2", "--out", str(tmp_path / "a.json"))
    assert code == 0 and "Auskunft geschrieben" in out and (tmp_path / "a.json").exists()
    code, out = admin("delete-client", "--conversation", "2")
    assert code == 0 and "Gelöscht" in out
    code, out = admin("audit", "--conversation", "2")
    assert code == 0 and "personenbezogene Daten gelöscht" in out and "Auskunft exportiert" in out
    code, out = admin("delete-client", "--conversation", "2")
    assert code == 6 and "bereits gelöscht" in out and "Traceback" not in out
    code, out = admin("export-client", "--conversation", "99", "--out", str(tmp_path / "b.txt"))
    assert code == 6
