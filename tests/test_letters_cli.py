"""`counter-app admin templates | letter | import-template` as IT and team leads use them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from counter_app import cli
from counter_app.letters import pdf
from tests.test_letters import (all_text, make_docx, seeded_database,  # noqa: F401 - fixtures
                                start, test_checklist_module)

MODULE = "counter_app.cli_letters"


@pytest.fixture(autouse=True)
def letters_commands(monkeypatch):
    """Register the letters commands even before cli.py lists the module (a shared file)."""
    if MODULE not in cli.ADMIN_COMMAND_MODULES:
        monkeypatch.setattr(cli, "ADMIN_COMMAND_MODULES", (*cli.ADMIN_COMMAND_MODULES, MODULE))


@pytest.fixture
def data_dir(seeded_database, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(seeded_database, folder / "counter.sqlite3")
    return folder


@pytest.fixture
def conversation(data_dir):
    from counter_app.context import AppContext

    ctx = AppContext.create(data_dir)
    try:
        return start(ctx)
    finally:
        ctx.close()


def run(data_dir: Path, *args: str) -> int:
    return cli.main(["admin", f"--data-dir={data_dir}", *args])


def test_templates_lists_names_and_placeholders(data_dir, capsys):
    assert run(data_dir, "templates") == 0
    out = capsys.readouterr().out
    for name in ("nachforderung", "einladung", "eingangsbestaetigung", "fiktionsbescheinigung"):
        assert name in out
    assert run(data_dir, "templates", "--placeholders") == 0
    out = capsys.readouterr().out
    assert "client.file_number" in out and "Kundensprache" in out


def test_letter_writes_a_word_file(data_dir, conversation, tmp_path, capsys):
    out = tmp_path / "briefe" / "nachforderung.docx"
    code = run(data_dir, "letter", "--conversation", str(conversation), "--template", "nachforderung",
               "--out", str(out), "--date", "12.03.2027", "--field", "deadline_days=14")
    assert code == 0
    printed = capsys.readouterr().out
    assert "Frist: 30.03.2027 (verschoben wegen Karfreitag, Wochenende, Ostermontag)" in printed
    text = all_text(out)
    assert "Amal Haddad" in text and "AZ-2027-0815" in text and "Heiratsurkunde" in text and "30.03.2027" in text
    assert not (data_dir / "letters").exists()  # not archived unless asked


def test_letter_can_be_archived_and_carry_a_courtesy_translation(data_dir, conversation, tmp_path, capsys):
    out = tmp_path / "einladung.docx"
    code = run(data_dir, "letter", "--conversation", str(conversation), "--template", "einladung", "--out", str(out),
               "--field", "appointment_date=15.03.2027", "--field", "appointment_time=09:30", "--courtesy",
               "--allow-unreviewed", "--archive")
    assert code == 0
    assert "Beim Gespräch abgelegt" in capsys.readouterr().out
    assert "ungeprüfte Übersetzung" in all_text(out)
    assert len(list((data_dir / "letters" / str(conversation)).glob("*_einladung.docx"))) == 1


@pytest.mark.parametrize("args, code, message", [
    (["--conversation", "999", "--template", "nachforderung"], 6, "Gespräch Nr. 999"),
    (["--conversation", "{cid}", "--template", "gibtsnicht"], 6, "Vorhanden sind: nachforderung"),
    (["--conversation", "{cid}", "--template", "nachforderung", "--field", "deadline_days"], 1, "NAME=WERT"),
    (["--conversation", "{cid}", "--template", "nachforderung", "--field", "deadline_days=viele"], 1, "ganze Zahl"),
    (["--conversation", "{cid}", "--template", "einladung"], 1, "Termin Datum"),
    (["--conversation", "{cid}", "--template", "nachforderung", "--courtesy"], 1, "geprüften Hinweis"),
    (["--conversation", "{cid}", "--template", "nachforderung", "--date", "2027-13-01"], 1, "TT.MM.JJJJ"),
])
def test_letter_errors_are_sentences_with_exit_codes(data_dir, conversation, tmp_path, capsys, args, code, message):
    args = [a.replace("{cid}", str(conversation)) for a in args]
    assert run(data_dir, "letter", *args, "--out", str(tmp_path / "x.docx")) == code
    err = capsys.readouterr().err
    assert err.startswith("Fehler: ") and message in err and "Traceback" not in err
    assert not (tmp_path / "x.docx").exists()


def test_pdf_output_needs_libreoffice(data_dir, conversation, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(pdf, "find_libreoffice", lambda: None)
    out = tmp_path / "brief.pdf"
    assert run(data_dir, "letter", "--conversation", str(conversation), "--template", "nachforderung",
               "--out", str(out)) == 1
    assert "LibreOffice" in capsys.readouterr().err and not out.exists()


@pytest.mark.skipif(not pdf.find_libreoffice(), reason="LibreOffice (soffice) is not installed")
def test_pdf_output_with_libreoffice(data_dir, conversation, tmp_path):
    out = tmp_path / "brief.pdf"
    assert run(data_dir, "letter", "--conversation", str(conversation), "--template", "nachforderung",
               "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_import_template_checks_refuses_and_replaces(data_dir, conversation, tmp_path, capsys):
    not_word = tmp_path / "brief.docx"
    not_word.write_text("kein Word")
    assert run(data_dir, "import-template", str(not_word)) == 4
    assert "keine Word-Datei" in capsys.readouterr().err
    broken = make_docx(tmp_path / "kaputt.docx", "Hallo {{ client.name }")
    assert run(data_dir, "import-template", str(broken)) == 4
    assert "Absatz 1" in capsys.readouterr().err
    good = make_docx(tmp_path / "Kurzbrief.docx", "Guten Tag {{ client.display_name }}")
    assert run(data_dir, "import-template", str(good), "--title", "Kurzbrief") == 0
    assert "„kurzbrief“ übernommen" in capsys.readouterr().out
    assert run(data_dir, "import-template", str(good)) == 1
    assert "--replace" in capsys.readouterr().err
    assert run(data_dir, "import-template", str(good), "--replace") == 0
    assert run(data_dir, "templates") == 0
    assert "kurzbrief" in capsys.readouterr().out
    from counter_app import content_audit
    from counter_app.context import AppContext

    ctx = AppContext.create(data_dir)
    try:
        actions = [e.action for e in content_audit.entries(ctx.store()) if e.subject == "kurzbrief"]
    finally:
        ctx.close()
    assert sorted(actions) == ["template_add", "template_replace"]
    out = tmp_path / "k.docx"
    assert run(data_dir, "letter", "--conversation", str(conversation), "--template", "kurzbrief", "--out", str(out)) == 0
    assert "Guten Tag Amal Haddad" in all_text(out)
    assert run(data_dir, "import-template", str(tmp_path / "fehlt.docx")) == 1


def test_import_template_is_for_team_leads(data_dir, tmp_path, capsys, monkeypatch):
    settings = tmp_path / "config.toml"
    settings.write_text('[roles]\nteam_leads = ["jemand-anderes"]\n', "utf-8")
    monkeypatch.setenv("COUNTER_APP_SETTINGS", str(settings))
    good = make_docx(tmp_path / "kurz.docx", "Guten Tag {{ client.display_name }}")
    assert run(data_dir, "import-template", str(good)) == 1
    assert "Teamleitung" in capsys.readouterr().err
    assert not (data_dir / "templates").exists()


def test_the_commands_do_not_load_python_docx_until_used():
    code = ("import sys, counter_app.cli_letters, counter_app.letters, counter_app.letters.catalog; "
            "print([m for m in ('docx', 'docxtpl', 'holidays', 'PySide6') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
