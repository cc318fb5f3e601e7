"""The `counter-app` command as IT scripts it: exit codes, messages, data folder overrides."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from counter_app import __version__


def run(*args, env_extra=None, data_dir=None):
    env = {**os.environ, **(env_extra or {})}
    command = [sys.executable, "-m", "counter_app", *args]
    if data_dir is not None:
        command[3:3] = []  # keep order readable: global flags first
        command.insert(3, f"--data-dir={data_dir}")
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def test_version():
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_admin_help_lists_the_commands():
    result = run("admin", "--help")
    for command in ("checklists", "check", "conversations", "demo-data", "backup", "restore"):
        assert command in result.stdout


def test_checklists_demo_data_conversations_and_check(tmp_path):
    data = tmp_path / "data"
    listed = run("admin", "checklists", data_dir=data)
    assert listed.returncode == 0 and "study" in listed.stdout and "Version" in listed.stdout
    demo = run("admin", "demo-data", "--conversations", "12", data_dir=data)
    assert demo.returncode == 0 and "12 Demo-Gespräche" in demo.stdout
    conversations = run("admin", "conversations", data_dir=data)
    assert conversations.stdout.count("DEMO-") == 12 and "offen" in conversations.stdout
    check = run("admin", "check", data_dir=data)
    assert check.returncode == 0 and "In Ordnung" in check.stdout


def test_environment_variable_selects_the_data_folder(tmp_path):
    data = tmp_path / "from-env"
    result = run("admin", "demo-data", "--conversations", "1", env_extra={"COUNTER_APP_DATA_DIR": str(data)})
    assert result.returncode == 0
    assert (data / "counter.sqlite3").exists()


def test_check_reports_a_damaged_file_with_exit_1_and_restore_repairs_it(tmp_path):
    data = tmp_path / "data"
    assert run("admin", "demo-data", "--conversations", "30", data_dir=data).returncode == 0
    assert run("admin", "backup", data_dir=data).returncode == 0
    database = data / "counter.sqlite3"
    raw = bytearray(database.read_bytes())
    raw[4096:4096 * 4] = b"\x5a" * (4096 * 3)
    database.write_bytes(bytes(raw))
    for side in ("counter.sqlite3-wal", "counter.sqlite3-shm"):
        (data / side).unlink(missing_ok=True)
    check = run("admin", "check", data_dir=data)
    assert check.returncode == 1 and "NICHT IN ORDNUNG" in check.stdout and "Traceback" not in check.stderr
    restore = run("admin", "restore", data_dir=data)
    assert restore.returncode == 0 and "aufbewahrt" in restore.stdout
    assert run("admin", "check", data_dir=data).returncode == 0


def test_user_errors_are_messages_not_tracebacks(tmp_path):
    bad_settings = tmp_path / "config.toml"
    bad_settings.write_text("[ui]\nlanguage = 'xx'\n", "utf-8")
    result = run("admin", "checklists", data_dir=tmp_path / "d", env_extra={"COUNTER_APP_SETTINGS": str(bad_settings)})
    assert result.returncode == 3 and "ui.language" in result.stderr and "Traceback" not in result.stderr
    missing = run("admin", "restore", str(tmp_path / "nope.sqlite3"), data_dir=tmp_path / "d")
    assert missing.returncode == 6 and "Traceback" not in missing.stderr


@pytest.mark.parametrize("args", [("admin",), ("admin", "demo-data")])
def test_wrong_usage_exits_2(args):
    assert run(*args).returncode == 2


def test_a_backup_folder_that_cannot_be_made_is_a_message_not_a_traceback(tmp_path):
    data = tmp_path / "data"
    assert run("admin", "demo-data", "--conversations", "1", data_dir=data).returncode == 0
    (data / "backups").write_text("a file where the backup folder belongs", "utf-8")
    result = run("admin", "backup", data_dir=data)
    assert result.returncode == 5
    assert result.stderr.startswith("Fehler: Die Sicherung nach ") and "Traceback" not in result.stderr
