"""English messages of the privacy area: purge/delete/export/audit commands, their errors and the
snippet library's problem list. The client's data export is a document and stays German."""

from __future__ import annotations

import pytest

from counter_app import audit, cli, conversations, privacy, snippets
from counter_app.conversations import Client
from counter_app.errors import ContentError, CounterAppError, NotFoundError, SettingsError


@pytest.fixture
def admin(monkeypatch, capsys, tmp_path):
    """Run `counter-app admin …` in this process on its own data folder; returns (exit code, output)."""
    data = tmp_path / "cli-data"

    def run(*args):
        code = cli.main(["admin", *args, "--data-dir", str(data)])
        out = capsys.readouterr()
        return code, out.out + out.err

    return run


def test_admin_privacy_commands_speak_english(admin, tmp_path):
    assert admin("demo-data", "--conversations", "3", "--status", "open")[0] == 0
    code, out = admin("purge", "--dry-run", "--lang", "en")
    assert code == 0
    assert "Retention period: closed before " in out
    assert "0 conversation(s), 0 client record(s) and 0 cached translation(s) would be deleted." in out
    assert "würden" not in out and "Aufbewahrungsfrist" not in out

    code, out = admin("export-client", "--conversation", "2", "--out", str(tmp_path / "a.txt"), "--lang", "en")
    assert code == 0 and f"Data access export written: {tmp_path / 'a.txt'} (conversation(s) no. 2)." in out
    assert "The file contains personal data: please delete it after handing it over." in out

    code, out = admin("audit", "--conversation", "2", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Time", "User", "Conversation", "Action"]
    assert lines[1].endswith("data access export created (format=text)")
    assert lines[-1] == "1 entry/entries."

    code, out = admin("delete-client", "--conversation", "99", "--lang", "en")
    assert code == 6 and out.strip() == "Error: Conversation no. 99 does not exist."


def test_admin_help_and_german_default_are_unchanged(admin, capsys):
    with pytest.raises(SystemExit):
        cli.main(["admin", "export-client", "--lang", "en", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--out FILE" in help_text and "--conversation NO" in help_text
    assert "target file (.html, .txt or .json)" in help_text

    assert admin("demo-data", "--conversations", "2", "--status", "open")[0] == 0
    code, out = admin("delete-client", "--conversation", "99")
    assert code == 6 and out.strip() == "Fehler: Das Gespräch Nr. 99 gibt es nicht."
    code, out = admin("purge", "--dry-run")
    assert code == 0 and ("0 Gespräch(e), 0 Kundeneintrag/-einträge und 0 zwischengespeicherte Übersetzung(en) "
                          "würden gelöscht.") in out
    code, out = admin("audit")
    lines = out.splitlines()
    assert lines[0] == f"{'Zeit':19}  {'Benutzer':16} {'Gespräch':>8}  Aktion"
    assert lines[-1] == f"{len(lines) - 2} Eintrag/Einträge."


def test_core_errors_and_problem_lists_in_english(english, store, tmp_path):
    with pytest.raises(SettingsError) as info:
        privacy.retention_cutoff(0)
    assert str(info.value) == ("The retention period (privacy.retention_days) must be at least 1 day, not 0.\n"
                               "Please correct the setting; nothing was deleted.")
    with pytest.raises(NotFoundError, match="^Conversation no. 42 does not exist.$"):
        privacy.delete_client(store, conversation_id=42, who="x")
    with pytest.raises(CounterAppError, match=r"needs the extension \.json, \.html or \.txt\.$"):
        privacy.export_client(store, conversation_ids=[1], out=tmp_path / "a.pdf", who="x")
    with pytest.raises(CounterAppError, match="^Audit log entries are kept for at least 730 days.$"):
        audit.prune_old_entries(store, who="x", keep_days=10)

    path = tmp_path / "s.yaml"
    path.write_text("categories: {a: A}\ntranslation_status: nope\nsnippets:\n  - {id: ok, category: a, de: Hallo}\n"
                    "  - {id: ok, category: b}\n  - 7\n", "utf-8")
    with pytest.raises(ContentError) as info:
        snippets.load_library_file(path)
    assert str(info.value).splitlines() == [
        f"The snippet library {path} is invalid and was not imported:",
        "  – translation_status 'nope' is invalid.",
        "  – Snippet “ok”: duplicate identifier.",
        "  – Snippet “ok”: unknown category 'b'.",
        "  – Snippet “ok”: German text missing.",
        "  – Snippet 3: not a mapping.",
    ]


def test_the_client_export_stays_german_when_messages_are_english(english, store, tmp_path):
    client = Client(name="Erika Muster", date_of_birth=None, nationality="SYR", file_number="AZ-1")
    cid = conversations.start(store, client=client, matter_id="test_matter", language="ar", clerk="clerk1")
    out = tmp_path / "auskunft.txt"
    privacy.export_client(store, conversation_ids=[cid], out=out, who="clerk2")
    text = out.read_text("utf-8")
    assert text.startswith("Auskunft über gespeicherte Daten (Art. 15 DSGVO)")
    assert f"Gespräch Nr. {cid}" in text and "Verlauf " in text
    assert ": begonnen" in text and "started" not in text  # the history label, German in the document
    # … while the same audit row is shown in English to the administrator
    assert audit.entries(store, conversation_id=cid)[-1].label == "started"
