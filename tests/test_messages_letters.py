"""The letters' messages in English (`--lang en` / the `english` fixture), while the letters themselves
stay German, and the German default output is unchanged."""

from __future__ import annotations

import shutil

import pytest

from counter_app.letters import service
from counter_app.letters.context import LetterRequest
from counter_app.letters.errors import LibreOfficeMissingError, TemplateError
from tests.test_letters import (LETTER_DAY, all_text, ctx, do_import, make_docx,  # noqa: F401 - fixtures
                                seeded_database, start, test_checklist_module)
from tests.test_letters_cli import conversation, data_dir, run  # noqa: F401 - fixtures


def test_letter_command_reports_in_english_but_the_letter_stays_german(data_dir, conversation, tmp_path, capsys):
    out = tmp_path / "letter.docx"
    code = run(data_dir, "--lang", "en", "letter", "--conversation", str(conversation), "--template",
               "nachforderung", "--out", str(out), "--date", "12.03.2027", "--field", "deadline_days=14")
    assert code == 0
    printed = capsys.readouterr().out
    assert f"Letter written: {out} (Nachforderung fehlender Unterlagen)" in printed
    # The deadline's note is the letter's own German text (German holiday names), quoted as such.
    assert "Deadline: 30.03.2027 (verschoben wegen Karfreitag, Wochenende, Ostermontag)" in printed
    assert "Brief geschrieben" not in printed
    text = all_text(out)
    assert "Heiratsurkunde" in text and "30.03.2027" in text and "Deadline" not in text

    assert run(data_dir, "--lang", "en", "templates") == 0
    listing = capsys.readouterr().out
    assert listing.splitlines()[0].split() == ["Name", "Origin", "Title"]
    assert "nachforderung            Default" in listing and "4 template(s)." in listing


def test_german_default_output_is_unchanged(data_dir, conversation, tmp_path, capsys):
    out = tmp_path / "brief.docx"
    assert run(data_dir, "letter", "--conversation", str(conversation), "--template", "nachforderung",
               "--out", str(out), "--date", "12.03.2027", "--field", "deadline_days=14") == 0
    printed = capsys.readouterr().out
    assert printed.splitlines() == [
        f"Brief geschrieben: {out} (Nachforderung fehlender Unterlagen)",
        "Frist: 30.03.2027 (verschoben wegen Karfreitag, Wochenende, Ostermontag)",
    ]
    assert run(data_dir, "templates") == 0
    listing = capsys.readouterr().out
    assert listing.splitlines()[0].split() == ["Name", "Herkunft", "Titel"] and "4 Vorlage(n)." in listing
    assert run(data_dir, "letter", "--conversation", str(conversation), "--template", "nachforderung",
               "--out", str(out), "--date", "31.02.2027") == 1
    assert capsys.readouterr().err == "Fehler: --date „31.02.2027“ ist kein Datum im Format TT.MM.JJJJ.\n"


def test_cli_usage_errors_and_help_in_english(data_dir, conversation, tmp_path, capsys):
    out = tmp_path / "x.docx"
    assert run(data_dir, "--lang", "en", "letter", "--conversation", str(conversation), "--template",
               "nachforderung", "--out", str(out), "--date", "31.02.2027") == 1
    assert capsys.readouterr().err == "Error: --date \"31.02.2027\" is not a date in the format DD.MM.YYYY.\n"
    assert run(data_dir, "--lang", "en", "letter", "--conversation", str(conversation), "--template",
               "gibtesnicht", "--out", str(out)) == 6
    err = capsys.readouterr().err
    assert "The letter template \"gibtesnicht\" does not exist." in err and "Available: nachforderung" in err
    with pytest.raises(SystemExit):
        run(data_dir, "--lang", "en", "letter", "--help")
    assert "--date DD.MM.YYYY" in capsys.readouterr().out


def test_refused_template_and_missing_libreoffice_explained_in_english(english, ctx, tmp_path, monkeypatch):
    broken = make_docx(tmp_path / "kaputt.docx", "Guten Tag,", "Ihr Zeichen {{ client.file_number }", "Ende")
    with pytest.raises(TemplateError) as caught:
        do_import(ctx, broken)
    message = str(caught.value)
    assert message.startswith("The letter template \"kaputt.docx\" was not accepted:\n")
    assert "  – Letter body in paragraph 2 (\"Ihr Zeichen {{ client.file_number }" in message
    assert ("\"): invalid placeholder syntax – brackets do not match (e.g. \"{{ name }\" instead of \"{{ name }}\"). "
            "[unexpected '}']\n") in message
    assert message.endswith("Please correct the template in Word and try again. "
                            "The existing templates remain unchanged.")
    unknown = make_docx(tmp_path / "unbekannt.docx", "{{ geheim }} {{ client.nmae }}")
    with pytest.raises(TemplateError) as caught:
        do_import(ctx, unknown)
    assert "Letter body: unknown placeholders: geheim." in str(caught.value)

    cid = start(ctx)
    letter = service.create_letter(ctx, cid, LetterRequest("nachforderung", today=LETTER_DAY), clerk="a")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(LibreOfficeMissingError) as caught:
        service.export_pdf(ctx, letter.id)
    assert str(caught.value) == (
        "PDF export needs LibreOffice, which is not installed on this computer.\n"
        "The letter has been saved as a Word file and can be printed from there. "
        "For PDF, please ask IT to install LibreOffice.")
