"""English messages of the core: checklist validation problems, database and conversation errors and
the `admin` commands of cli_core. German stays the default, word for word."""

from __future__ import annotations

import pytest
import yaml

from counter_app import checklists, cli, conversations
from counter_app.conversations import Client, ConversationClosedError
from counter_app.db import Store
from counter_app.errors import ContentError, DatabaseDamagedError

from .conftest import FIXTURES


@pytest.fixture
def admin(monkeypatch, capsys, tmp_path):
    """Run `counter-app admin …` (only cli_core's commands) in this process; returns (exit code, output)."""
    monkeypatch.setattr(cli, "ADMIN_COMMAND_MODULES", ("counter_app.cli_core",))
    data = tmp_path / "cli-data"

    def run(*args):
        code = cli.main(["admin", *args, "--data-dir", str(data)])
        out = capsys.readouterr()
        return code, out.out + out.err

    run.data = data
    return run


def broken_checklist() -> dict:
    data = yaml.safe_load((FIXTURES / "test_matter.yaml").read_text("utf-8"))
    data["groups"][1]["items"][1]["when"] = {"divorced": True}
    data["fees"]["items"][0]["amount"] = -5
    return data


def problems_of(data) -> str:
    with pytest.raises(ContentError) as info:
        checklists.parse_checklist(data, origin="test.yaml")
    return str(info.value)


def test_checklist_problems_in_english(english):
    message = problems_of(broken_checklist())
    assert message.startswith("The checklist test.yaml is invalid and was not applied:\n  – ")
    assert ("  – Item “marriage_certificate”: The condition names the question “divorced”, "
            "which does not appear before it in this checklist.") in message
    assert "  – fees.items[1].amount: must not be negative." in message
    assert message.endswith("Please correct the places listed and load the file again.")
    assert "Punkt" not in message and "Bitte" not in message


def test_checklist_problems_stay_german_by_default():
    message = problems_of(broken_checklist())
    assert message.startswith("Die Checkliste test.yaml ist ungültig und wurde nicht übernommen:\n  – ")
    assert ("  – Punkt „marriage_certificate“: Die Bedingung nennt die Frage „divorced“, "
            "die es davor in dieser Checkliste nicht gibt.") in message
    assert "  – fees.items[1].amount: darf nicht negativ sein." in message
    assert message.endswith("Bitte korrigieren Sie die genannten Stellen und laden Sie die Datei erneut.")


def test_database_and_conversation_errors_in_english(english, tmp_path, store):
    path = tmp_path / "broken" / "counter.sqlite3"
    path.parent.mkdir()
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseDamagedError) as info:
        Store.open(path)
    assert str(info.value) == (
        f"The database {path} is damaged (file is not a database). The file was not changed.\n"
        "You can restore the newest backup (counter-app admin restore) or inform IT."
    )

    cid = conversations.start(store, client=Client(name="Test"), matter_id="test_matter", language="en")
    conversations.close(store, cid)
    with pytest.raises(ConversationClosedError) as closed:
        conversations.set_note(store, cid, "passport", "x")
    assert str(closed.value) == "The conversation is closed and can no longer be changed.\nReopen it to change something."


def test_admin_commands_in_english_and_german(admin, capsys):
    code, out = admin("demo-data", "--conversations", "3", "--status", "open", "--lang", "en")
    assert code == 0 and out.startswith("Created 3 demo conversations (3 open, 0 closed). All names start with “")

    code, out = admin("conversations", "--lang", "en")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["No.", "Status", "File", "number", "Matter", "Name"]
    assert lines[1].split()[1] == "open" and lines[-1] == "3 conversation(s)."

    code, out = admin("check", "--lang", "en")
    assert code == 0 and out.startswith(f"OK: {admin.data / 'counter.sqlite3'} (schema ") and "3 conversations)." in out

    code, out = admin("restore", "--lang", "en")
    assert code == 6 and out.strip() == f"Error: There is no backup in {admin.data / 'backups'}."

    with pytest.raises(SystemExit):
        cli.main(["admin", "demo-data", "--lang", "en", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "number of conversations" in help_text and "mixed (default: every tenth open), open or closed" in help_text

    # German is still the default, word for word (also after an English call in the same process)
    code, out = admin("conversations")
    assert code == 0 and out.splitlines()[-1] == "3 Gespräch(e)." and out.split()[:5] == [
        "Nr.", "Status", "Aktenzeichen", "Anliegen", "Name"]
    code, out = admin("restore")
    assert code == 6 and out.strip() == f"Fehler: In {admin.data / 'backups'} gibt es keine Sicherung."
