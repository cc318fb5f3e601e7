"""English messages of the system area: settings errors, `admin settings`/`admin diagnose`, the
instance lock, roles and the crash message — with the German default left as it was."""

from __future__ import annotations

import json
import os

import pytest

from counter_app import cli, instance_lock, logging_setup, roles
from counter_app.context import AppContext
from counter_app.errors import SettingsError
from counter_app.settings import load_machine_settings


@pytest.fixture(autouse=True)
def no_log_handler_left_behind():
    yield
    logging_setup.shutdown_logging()


def broken_settings(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("[storage]\nbackup_count = 'viele'\n", "utf-8")
    return path


def test_settings_error_names_key_and_file_in_german_by_default(tmp_path):
    path = broken_settings(tmp_path)
    with pytest.raises(SettingsError) as info:
        load_machine_settings(path)
    assert str(info.value) == (
        f"Die Einstellung „storage.backup_count“ in {path} hat einen ungültigen Wert: 'viele'.\n"
        "Erwartet wird eine ganze Zahl (Anzahl aufbewahrter Sicherungen)."
    )


def test_settings_errors_name_key_and_file_in_english(tmp_path, english):
    path = broken_settings(tmp_path)
    with pytest.raises(SettingsError) as info:
        load_machine_settings(path)
    assert str(info.value) == (
        f"The setting “storage.backup_count” in {path} has an invalid value: 'viele'.\n"
        "Expected: a whole number (Number of backups kept)."
    )
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("[ui]\nsprache = 'de'\n", "utf-8")
    with pytest.raises(SettingsError) as info:
        load_machine_settings(unknown)
    assert str(info.value).startswith(f"Unknown setting “ui.sprache” in {unknown}.\nKnown settings: authority.")
    toml = tmp_path / "broken.toml"
    toml.write_text("[authority\nname = 1\n", "utf-8")
    with pytest.raises(SettingsError) as info:
        load_machine_settings(toml)
    assert str(info.value).startswith(f"The settings file {toml} is not valid TOML: ")
    assert str(info.value).endswith("Please correct the file (the message gives the line and column).")


def test_admin_settings_and_diagnose_speak_english_but_json_keeps_its_words(tmp_path, capsys):
    data = tmp_path / "d"
    assert cli.main(["admin", "--lang", "en", f"--data-dir={data}", "settings"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Machine-wide settings: ") and out[0].endswith(" (not present)")
    assert out[1] == f"Data folder: {data.resolve()} (source: --data-dir)"
    assert out[2].startswith("Models folder: ")
    assert out[4].split() == ["Setting", "Source", "Value"]
    assert out[5].split(None, 2)[:2] == ["authority.name", "Default"]

    assert cli.main(["admin", "--lang", "en", f"--data-dir={data}", "settings", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)  # an interface for scripts: not translated
    assert document["settings"]["authority.name"]["source"] == "Standard"
    assert document["data_dir_source"] == "--data-dir"

    missing = tmp_path / "gibt-es-nicht"
    code = cli.main(["admin", "--lang", "en", f"--data-dir={data}", "diagnose", "--out", str(missing / "d.zip")])
    err = capsys.readouterr().err
    assert code == 1
    assert err == (f"Error: The folder {missing} does not exist.\n"
                   "Please give an existing folder for --out.\n")


@pytest.mark.skipif(os.name != "posix", reason="holds the lock with flock, as a second process would")
def test_lock_roles_and_crash_messages_in_english(tmp_path, app_context, english):
    import fcntl

    data = tmp_path / "locked"
    data.mkdir()
    note = {"user": "anna", "host": "pc-17", "pid": 4242, "since": "2026-03-02T08:15:00", "purpose": "restore"}
    path = instance_lock.lock_path(data)
    path.write_text(json.dumps(note), "utf-8")
    with path.open("r+") as other:  # another open file: conflicts like a second process
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(instance_lock.AlreadyRunningError) as info:
            instance_lock.acquire(data)
    assert str(info.value) == (
        f"The Counter Assistant is already running with this data folder ({data}): "
        "a restore of anna on pc-17 (since 2026-03-02 at 08:15).\n"
        "Please switch to the window that is already open (taskbar). If none is visible, "
        "sign out and in again or contact IT."
    )

    app_context.settings.machine = {"roles.team_leads": ["someone.else"]}
    clerk = roles.Identity(user="bert")
    with pytest.raises(roles.PermissionDeniedError) as info:
        roles.require_content_editor(app_context, clerk)
    assert str(info.value) == (
        "“bert” is not a team lead; only team leads and administrators may change content.\n"
        "IT decides who is a team lead in the machine settings ([roles] team_leads, admins)."
    )

    log = logging_setup.setup_logging(app_context.paths)
    message = logging_setup.crash_message(ValueError("Müller"))
    assert message.startswith("An unexpected error occurred (ValueError). Everything you have entered")
    assert message.endswith(f"Details are in the log:\n{log}") and "Müller" not in message
