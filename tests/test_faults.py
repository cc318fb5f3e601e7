"""Faults: a second instance, concurrent writers, a read-only folder, a full disk, a damaged file,
a process killed mid-purge, and who may read the files. Nothing saved is lost; every refusal is a
German message."""

from __future__ import annotations

import hashlib
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from counter_app import audit, conversations, db, instance_lock, privacy
from counter_app.context import AppContext
from counter_app.conversations import Client
from counter_app.db import Store
from counter_app.errors import DatabaseDamagedError, StorageError

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX signals, permissions and mounts")
ROOT = Path(__file__).resolve().parent.parent


def python(code: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def start(store, name="Fault, Test") -> int:
    return conversations.start(store, client=Client(name=name, file_number="AZ-F"), matter_id="test_matter",
                               language="de", clerk="t")


# --- a second instance -------------------------------------------------------------------------

HOLDER = """
    import sys, time
    from counter_app import instance_lock
    lock = instance_lock.acquire(sys.argv[1])
    print("locked", flush=True)
    time.sleep(60)
"""


@POSIX
def test_second_instance_is_refused_in_german_and_a_killed_holder_leaves_no_stale_lock(tmp_path):
    data = tmp_path / "data"
    holder = python(HOLDER, str(data))
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(instance_lock.AlreadyRunningError) as info:
            instance_lock.acquire(data)
        message = str(info.value)
        assert "Der Schalterassistent läuft bereits mit diesem Datenordner" in message
        assert str(data) in message and "Fenster" in message
        assert instance_lock.read_holder(instance_lock.lock_path(data)).pid == holder.pid
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with instance_lock.acquire(data) as lock:  # the OS dropped the dead process's lock
        assert lock.held
    if os.name == "posix":
        assert stat.S_IMODE(instance_lock.lock_path(data).stat().st_mode) == 0o600


def test_the_lock_is_reentrant_within_one_process(tmp_path):
    first = instance_lock.acquire(tmp_path)
    with instance_lock.hold(tmp_path, purpose="restore") as second:
        assert second.held
    assert first.held
    first.release()
    first.release()  # harmless


@POSIX
def test_restore_is_refused_while_the_app_runs_and_the_file_stays(store, tmp_path):
    start(store)
    backup = db.create_backup(store.path, tmp_path / "backups", keep=3)
    path = store.path
    store.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    holder = python(HOLDER, str(path.parent))
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(instance_lock.AlreadyRunningError, match="schließen"):
            db.restore_backup(backup, path)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert db.restore_backup(backup, path) is not None  # once the app is gone


WRITER = """
    import sys
    from pathlib import Path
    from counter_app import conversations
    from counter_app.db import Store
    store = Store.open(Path(sys.argv[1]))
    own, shared, item, rounds = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
    for n in range(rounds):
        conversations.set_note(store, shared, item, f"{item} {n}")
        conversations.set_conversation_note(store, own, f"own {n}")
        print(n, flush=True)
"""


def test_two_processes_writing_at_once_lose_nothing(store):
    """What happens when an admin command runs beside the app: SQLite serialises, nobody loses."""
    shared, own_a, own_b = start(store), start(store, "A"), start(store, "B")
    path = store.path
    rounds = 60
    writers = [python(WRITER, str(path), str(own), str(shared), item, str(rounds))
               for own, item in ((own_a, "passport"), (own_b, "marriage_certificate"))]
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert out.split()[-1] == str(rounds - 1)
    assert store.integrity_problems() == []
    conversation = conversations.load(store, shared)
    assert conversation.answer("passport").note == f"passport {rounds - 1}"
    assert conversation.answer("marriage_certificate").note == f"marriage_certificate {rounds - 1}"
    assert conversations.load(store, own_a).note == conversations.load(store, own_b).note == f"own {rounds - 1}"


# --- read-only folder and full disk ------------------------------------------------------------


@contextmanager
def tiny_tmpfs(where: Path, size: str):
    """A small tmpfs of our own (root only); skips the test where mounting is not permitted."""
    where.mkdir(parents=True, exist_ok=True)
    if sys.platform != "linux":
        pytest.skip("tmpfs is Linux")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {result.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def remount(where: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], check=True, capture_output=True)


def seeded_store(path: Path, test_checklist) -> tuple[int, str]:
    from counter_app import checklists

    store = Store.open(path)
    checklists.publish(store, test_checklist, author="test")
    cid = start(store)
    conversations.set_note(store, cid, "passport", "saved before")
    store.close()
    return cid, "saved before"


def test_read_only_folder_reading_works_and_writes_say_why(tmp_path, test_checklist):
    with tiny_tmpfs(tmp_path / "ro", "4m") as mount:
        data = mount / "data"
        cid, note = seeded_store(data / "counter.sqlite3", test_checklist)
        remount(mount, "ro")
        ctx = AppContext.create(data)
        try:
            store = ctx.store()  # opens, reads settings and content
            assert store.read_only
            assert conversations.load(store, cid).answer("passport").note == note
            assert [row.id for row in conversations.list_conversations(store)] == [cid]
            with pytest.raises(StorageError, match="schreibgeschützt") as info:
                conversations.set_status(store, cid, "passport", "missing")
            assert "Bereits gespeicherte Angaben bleiben erhalten" in str(info.value)
            assert audit.record_opened(store, cid, who="x") is False
            with instance_lock.acquire(data) as lock:
                assert lock.read_only and not lock.held
        finally:
            ctx.close()
            remount(mount, "rw")


def test_read_only_file_simulated_with_query_only(store):
    """Where mounting is not possible (and chmod does not stop root): SQLite's own read-only switch."""
    cid = start(store)
    conversations.set_note(store, cid, "passport", "kept")
    store.conn.execute("PRAGMA query_only = ON")
    try:
        with pytest.raises(StorageError, match="schreibgeschützt"):
            conversations.set_note(store, cid, "passport", "lost?")
        with pytest.raises(StorageError, match="schreibgeschützt"):
            privacy.delete_client(store, conversation_id=cid, who="x")
        assert conversations.load(store, cid).answer("passport").note == "kept"
    finally:
        store.conn.execute("PRAGMA query_only = OFF")


def test_full_disk_says_so_keeps_what_was_saved_and_recovers(tmp_path, test_checklist):
    with tiny_tmpfs(tmp_path / "full", "1m") as mount:
        path = mount / "data" / "counter.sqlite3"
        cid, _ = seeded_store(path, test_checklist)
        ballast = mount / "ballast"
        store = Store.open(path)
        try:
            ballast.write_bytes(b"\0" * max(0, os_free(mount) - 64 * 1024))
            saved, error = fill_until_full(store, cid)
            assert "Der Datenträger ist voll" in str(error)
            assert conversations.load(store, cid).answer("passport").note == saved  # last saved note
            assert store.integrity_problems() == []
            ballast.unlink()
            conversations.set_note(store, cid, "passport", "after cleanup")
            assert conversations.load(store, cid).answer("passport").note == "after cleanup"
        finally:
            store.close()


def os_free(path: Path) -> int:
    stats = os.statvfs(path)
    return stats.f_bavail * stats.f_frsize


def fill_until_full(store, cid) -> tuple[str, StorageError]:
    saved = conversations.load(store, cid).answer("passport").note
    for n in range(400):
        note = f"{n} " + "x" * 8000
        try:
            conversations.set_note(store, cid, "passport", note)
        except StorageError as exc:
            return saved, exc
        saved = note
    raise AssertionError("the disk never filled up")


def test_full_database_simulated_with_max_page_count(store):
    cid = start(store)
    conversations.set_note(store, cid, "passport", "kept")
    pages = store.scalar("PRAGMA page_count")
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError, match="voll"):
        conversations.set_note(store, cid, "passport", "y" * 200_000)
    assert conversations.load(store, cid).answer("passport").note == "kept"
    assert store.integrity_problems() == []


# --- damaged file ------------------------------------------------------------------------------


def test_truncated_file_is_detected_kept_and_restored_on_request(store, tmp_path):
    cid = start(store)
    backup = db.create_backup(store.path, tmp_path / "backups", keep=3)
    path = store.path
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    damaged = path.read_bytes()
    with pytest.raises(DatabaseDamagedError, match="beschädigt"):
        Store.open(path)
    assert path.read_bytes() == damaged
    kept = db.restore_backup(backup, path)
    assert kept.read_bytes() == damaged and privacy.leftover_copies(path.parent) == [kept]
    restored = Store.open(path)
    try:
        assert conversations.load(restored, cid).client.name == "Fault, Test"
    finally:
        restored.close()


def test_nothing_is_purged_or_deleted_in_a_damaged_file(store):
    cid = start(store)
    conversations.close(store, cid, closed_at="2020-01-01T00:00:00")
    for n in range(300):  # enough pages that the damage lands in table pages
        conversations.set_conversation_note(store, start(store, f"P{n}"), "x" * 500)
    path = store.path
    store.clear_wal()
    store.close()
    raw = bytearray(path.read_bytes())
    raw[8192:8192 * 8] = b"\x5a" * (8192 * 7)
    path.write_bytes(bytes(raw))
    damaged = Store.open(path, check="background")
    try:
        with pytest.raises(DatabaseDamagedError):
            privacy.purge_expired(damaged, retention_days=90)
        with pytest.raises(DatabaseDamagedError):
            privacy.delete_client(damaged, conversation_id=cid, who="x")
    finally:
        damaged.close()
    assert path.read_bytes() == bytes(raw)


# --- killed mid-purge --------------------------------------------------------------------------

PURGER = """
    import sys
    from pathlib import Path
    from counter_app import privacy
    from counter_app.db import Store
    store = Store.open(Path(sys.argv[1]))
    print("start", flush=True)
    privacy.purge_expired(store, retention_days=30)
    print("done", flush=True)
"""


def many_expired(store, count: int) -> None:
    with store.transaction() as conn:
        for n in range(count):
            client = conn.execute("INSERT INTO clients (name, file_number, created_at) VALUES (?, ?, "
                                  "'2020-01-01T00:00:00')", (f"Old {n}", f"AZ-{n}")).lastrowid
            cid = conn.execute("INSERT INTO conversations (client_id, matter_id, checklist_version, language, status, "
                               "clerk, note, started_at, updated_at, closed_at) VALUES (?, 'test_matter', 1, 'de', "
                               "'closed', 't', 'note', '2020-01-01T00:00:00', '2020-01-01T00:00:00', "
                               "'2020-01-01T00:30:00')", (client,)).lastrowid
            conn.execute("INSERT INTO answers (conversation_id, item_id, status, note, updated_at) VALUES "
                         "(?, 'passport', 'present', 'n', '2020-01-01T00:00:00')", (cid,))


@POSIX
@pytest.mark.parametrize("delay", [0.0, 0.05, 0.15])
def test_purge_killed_midway_is_all_or_nothing(store, delay):
    many_expired(store, 3000)
    path = store.path
    store.close()
    purger = python(PURGER, str(path))
    assert purger.stdout.readline().strip() == "start"
    time.sleep(delay)
    purger.send_signal(signal.SIGKILL)
    purger.wait()
    reopened = Store.open(path)
    try:
        assert reopened.integrity_problems() == []
        anonymised = reopened.scalar("SELECT COUNT(*) FROM conversations WHERE anonymised_at IS NOT NULL")
        assert anonymised in (0, 3000)
        blank = reopened.scalar("SELECT COUNT(*) FROM clients WHERE name = ''")
        notes = reopened.scalar("SELECT COUNT(*) FROM answers WHERE note != ''")
        purged_rows = reopened.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'purged'")
        assert (blank, notes, purged_rows) == ((3000, 0, 3000) if anonymised else (0, 3000, 0))
    finally:
        reopened.close()


# --- who may read the files --------------------------------------------------------------------


@POSIX
def test_every_file_with_personal_data_is_private(app_context, tmp_path):
    from counter_app.letters import archive

    store = app_context.store()
    cid = conversations.start(store, client=Client(name="Perm Test"), matter_id="study", language="en", clerk="t")
    conversations.set_note(store, cid, "passport", "note")  # the WAL and SHM files exist now
    paths = app_context.paths
    backup = db.create_backup(paths.database, paths.backups, keep=2)
    export = privacy.export_client(store, conversation_ids=[cid], out=tmp_path / "auskunft.html", who="t").path
    letter = archive.save_letter(store, paths.root, conversation_id=cid, template="t", docx=b"x", clerk="t",
                                 deadline=None, metadata={})
    with instance_lock.acquire(paths.root):
        files = [paths.database, backup, export, letter.path, instance_lock.lock_path(paths.root)]
        files += [paths.database.with_name(paths.database.name + s) for s in db.SIDE_FILE_SUFFIXES]
        modes = {str(f.relative_to(tmp_path)): oct(stat.S_IMODE(f.stat().st_mode)) for f in files}
    assert set(modes.values()) == {"0o600"}, modes
    folders = [paths.root, paths.backups, letter.path.parent]
    assert {oct(stat.S_IMODE(f.stat().st_mode)) for f in folders} == {"0o700"}


@POSIX
def test_the_letters_folder_itself_is_private(app_context):
    from counter_app.letters import archive

    store = app_context.store()
    cid = conversations.start(store, client=Client(name="P"), matter_id="study", language="en", clerk="t")
    archive.save_letter(store, app_context.paths.root, conversation_id=cid, template="t", docx=b"x", clerk="t",
                        deadline=None, metadata={})
    assert stat.S_IMODE(app_context.paths.letters.stat().st_mode) == 0o700
