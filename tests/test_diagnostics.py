"""`admin settings` and `admin diagnose`: effective settings with their source, and an export that
holds versions and figures but no personal data."""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import zipfile
from datetime import date
from pathlib import Path

import pytest

from counter_app import cli, conversations, diagnostics, logging_setup
from counter_app.cli_system import cmd_diagnose
from counter_app.context import AppContext
from counter_app.conversations import Client

NAME = "Jovanović-Unikat-4711"
FILE_NUMBER = "AZ-GEHEIM-99131"
NOTE = "Notiz-Unikat: Ehefrau wohnt in Köln"
BIRTH = date(1987, 3, 14)
STAFF = ("tl.sonnenschein", "admin.regenbogen")


@pytest.fixture(autouse=True)
def system_commands_registered(monkeypatch):
    """cli_system is registered in cli.py by the lead; until then the tests add it themselves."""
    if "counter_app.cli_system" not in cli.ADMIN_COMMAND_MODULES:
        monkeypatch.setattr(cli, "ADMIN_COMMAND_MODULES", (*cli.ADMIN_COMMAND_MODULES, "counter_app.cli_system"))
    yield
    logging_setup.shutdown_logging()


def admin(capsys, data: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["admin", f"--data-dir={data}", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def machine_settings(tmp_path, monkeypatch):
    path = tmp_path / "config.toml"
    staff = ", ".join(f'"{name}"' for name in STAFF)
    path.write_text(f'[authority]\nname = "Landkreis Testland"\n[roles]\nteam_leads = [{staff}]\n', "utf-8")
    monkeypatch.setenv("COUNTER_APP_SETTINGS", str(path))
    return path


@pytest.fixture
def data_with_a_client(tmp_path):
    """A data folder with one open conversation full of personal data, and a log that has seen it."""
    data = tmp_path / "data"
    ctx = AppContext.create(data)
    store = ctx.store()
    client = Client(name=NAME, date_of_birth=BIRTH, nationality="SRB", file_number=FILE_NUMBER)
    conversation_id = conversations.start(store, client=client, matter_id="study", language="en")
    conversations.set_conversation_note(store, conversation_id, NOTE)
    conversations.set_note(store, conversation_id, "passport", NOTE)
    store.conn.execute("INSERT INTO user_settings (key, value) VALUES ('ui.client_screen', '1')")
    ctx.close()
    (data / "letters").mkdir()
    (data / "letters" / f"Nachforderung {NAME}.docx").write_bytes(b"PK")  # letter files are named after clients
    logging_setup.setup_logging(ctx.paths)
    try:
        raise LookupError(f"Akte {FILE_NUMBER} von {NAME} nicht gefunden")
    except LookupError:
        logging.getLogger("counter_app.test").exception("Suche fehlgeschlagen (Gespräch %s)", conversation_id)
    return data


def read_zip(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def digest(database: Path) -> str:
    return hashlib.sha256(database.read_bytes()).hexdigest()


# --- admin settings ----------------------------------------------------------------------------


def test_settings_shows_each_value_with_its_source(capsys, machine_settings, data_with_a_client):
    code, out, _ = admin(capsys, data_with_a_client, "settings")
    assert code == 0
    rows = {line.split()[0]: line.split(None, 2)[1:] for line in out.splitlines()[5:]}
    assert rows["authority.name"] == ["Maschine", '"Landkreis Testland"']
    assert rows["ui.client_screen"] == ["Benutzer", "1"]
    assert rows["letters.deadline_days"] == ["Standard", "14"]
    assert str(machine_settings) in out and "gelesen, 2 Wert(e) gesetzt" in out
    assert "Quelle: --data-dir" in out
    assert all(name in out for name in STAFF)  # IT checks its own rollout: shown in full here


def test_settings_as_json_for_scripts(capsys, machine_settings, data_with_a_client):
    code, out, _ = admin(capsys, data_with_a_client, "settings", "--json")
    document = json.loads(out)
    assert code == 0 and document["data_dir"] == str(data_with_a_client.resolve())
    assert document["settings"]["authority.name"] == {"value": "Landkreis Testland", "source": "Maschine"}
    assert document["settings"]["storage.backup_count"] == {"value": 7, "source": "Standard"}


def test_settings_on_a_fresh_folder_creates_no_database(capsys, tmp_path):
    code, out, _ = admin(capsys, tmp_path / "neu", "settings")
    assert code == 0 and "Standard" in out
    assert not (tmp_path / "neu" / "counter.sqlite3").exists()


def test_settings_with_a_broken_machine_file_names_key_and_file(capsys, tmp_path, monkeypatch):
    broken = tmp_path / "config.toml"
    broken.write_text("[ui]\nsprache = 'de'\n", "utf-8")
    monkeypatch.setenv("COUNTER_APP_SETTINGS", str(broken))
    code, _, err = admin(capsys, tmp_path / "d", "settings")
    assert code == 3 and "ui.sprache" in err and str(broken) in err


def test_secrets_are_masked_by_their_name():
    assert diagnostics.masked("sync.api_token", "abc") == "***"
    assert diagnostics.masked("mail.password", "geheim") == "***"
    assert diagnostics.masked("content.signing_key", "k") == "***"
    assert diagnostics.masked("authority.name", "Landkreis") == "Landkreis"
    assert diagnostics.masked("sync.api_token", "") == ""  # an empty value says "not set", which IT needs


# --- admin diagnose ----------------------------------------------------------------------------


def test_diagnose_export_has_figures_and_no_personal_data(capsys, machine_settings, data_with_a_client, tmp_path):
    out_file = tmp_path / "diagnose.zip"
    before = digest(data_with_a_client / "counter.sqlite3")
    code, out, _ = admin(capsys, data_with_a_client, "diagnose", "--out", str(out_file))
    assert code == 0 and "Diagnose gespeichert" in out
    files = read_zip(out_file)
    assert sorted(files) == ["diagnose.json", "diagnose.txt", "protokoll.txt"]
    everything = "\n".join(files.values())
    for secret in (NAME, "Jovanovi", FILE_NUMBER, NOTE, "Köln", BIRTH.isoformat(), "14.03.1987", *STAFF):
        assert secret not in everything, secret
    report = json.loads(files["diagnose.json"])
    database = report["Datenbank"]
    assert database["Gespräche offen"] == 1 and database["Gespräche abgeschlossen"] == 0
    assert database["Zustand"] == "in Ordnung (quick_check)" and database["Anliegen (Checklisten)"] == 12
    assert database["Schema-Version"].startswith(str(len(__import__("counter_app.db").db.migrations())))
    assert report["Sicherungen und Briefe"]["Dateien im Briefordner"] == 1
    assert report["Einstellungen"]["roles.team_leads"] == '"2 Einträge" (Quelle: Maschine)'
    assert report["Einstellungen"]["authority.name"] == '"Landkreis Testland" (Quelle: Maschine)'
    assert report["Programm und Versionen"]["Version"] == __import__("counter_app").__version__
    assert "Suche fehlgeschlagen (Gespräch 1)" in files["protokoll.txt"]  # the log is there, without the data
    assert "LookupError (Meldung nicht protokolliert)" in files["protokoll.txt"]
    # Read-only: the database file is not changed (SQLite may add its empty -wal/-shm companions).
    assert digest(data_with_a_client / "counter.sqlite3") == before


def test_every_component_loads_in_the_development_environment():
    results = diagnostics.components()
    assert set(results) == {label for label, _ in diagnostics.COMPONENTS}
    assert all(value.startswith("in Ordnung") for value in results.values()), results


def test_a_failing_component_is_reported_not_raised(monkeypatch):
    def missing() -> str:
        raise ImportError("No module named 'ctranslate2'")

    monkeypatch.setattr(diagnostics, "COMPONENTS", (("Maschinelle Übersetzung", missing),))
    assert diagnostics.components() == {"Maschinelle Übersetzung": "FEHLER: ImportError: No module named 'ctranslate2'"}


def test_diagnose_without_a_database_creates_none(capsys, tmp_path):
    code, _, _ = admin(capsys, tmp_path / "leer", "diagnose", "--out", str(tmp_path / "d.zip"))
    report = json.loads(read_zip(tmp_path / "d.zip")["diagnose.json"])
    assert code == 0 and report["Datenbank"]["Zustand"].startswith("noch keine Datenbank")
    assert not (tmp_path / "leer" / "counter.sqlite3").exists()


def test_diagnose_of_a_damaged_database_still_writes_the_export(capsys, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "counter.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x5a" * 8192)
    code, _, _ = admin(capsys, data, "diagnose", "--out", str(tmp_path / "d.zip"))
    state = json.loads(read_zip(tmp_path / "d.zip")["diagnose.json"])["Datenbank"]["Zustand"]
    assert code == 0 and ("nicht lesbar" in state or "BESCHÄDIGT" in state)


def test_diagnose_with_broken_settings_reports_them(tmp_path, monkeypatch, capsys):
    broken = tmp_path / "config.toml"
    broken.write_text("[storage]\nbackup_count = 'viele'\n", "utf-8")
    monkeypatch.setenv("COUNTER_APP_SETTINGS", str(broken))
    args = argparse.Namespace(data_dir=str(tmp_path / "d"), out=tmp_path / "d.zip")
    code = cmd_diagnose(args, None)  # as cli.py calls it for needs_context=False
    report = json.loads(read_zip(tmp_path / "d.zip")["diagnose.json"])
    assert code == 3 and "storage.backup_count" in report["Einstellungen"]["FEHLER in den Einstellungen"]
    assert "fehlerhaft" in capsys.readouterr().out


def test_diagnose_into_a_missing_folder_is_a_message(capsys, tmp_path):
    code, _, err = admin(capsys, tmp_path / "d", "diagnose", "--out", str(tmp_path / "gibt-es-nicht" / "d.zip"))
    assert code == 1 and "existiert nicht" in err and "Traceback" not in err


def test_home_folder_and_user_name_are_replaced_in_paths(monkeypatch, tmp_path):
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "home" / "mmuster"))
    monkeypatch.setattr(diagnostics, "_user_name", lambda: "mmuster")
    text = f"{tmp_path}/home/mmuster/.local/share/CounterApp und D:\\Daten\\mmuster\\db.sqlite3 (mmusterfrau)"
    expected = "~/.local/share/CounterApp und D:\\Daten\\<benutzer>\\db.sqlite3 (mmusterfrau)"
    assert diagnostics.redact(text) == expected


def test_log_tail_reaches_into_the_rotated_file(tmp_path):
    paths = AppContext.create(tmp_path / "d").paths
    paths.logs.mkdir(parents=True)
    (paths.logs / "counter-app.log.1").write_text("".join(f"alt {n}\n" for n in range(300)), "utf-8")
    (paths.logs / "counter-app.log").write_text("".join(f"neu {n}\n" for n in range(50)), "utf-8")
    tail = diagnostics.log_tail(paths)
    assert len(tail) == 200 and tail[0] == "alt 150" and tail[-1] == "neu 49"


def test_log_command_prints_path_and_last_lines(capsys, tmp_path):
    data = tmp_path / "d"
    logging_setup.setup_logging(AppContext.create(data).paths)
    logging.getLogger("counter_app.test").info("Zeile für die IT")
    code, out, _ = admin(capsys, data, "log", "--lines", "5")
    assert code == 0 and "counter-app.log" in out and "Zeile für die IT" in out
