"""The core's message language: German by default, English for scripts (--lang, COUNTER_APP_LANG)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from counter_app import cli, i18n

ROOT = Path(__file__).resolve().parent.parent


def load_tool(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_every_marked_message_has_english_and_the_mo_is_the_compiled_po():
    pytest.importorskip("babel")
    problems = load_tool("build_messages").check("en")
    assert problems == [], "\n".join(problems) + "\nrun: python tools/build_messages.py"


def test_the_catalogue_check_notices_a_message_without_english(tmp_path, monkeypatch):
    pytest.importorskip("babel")
    tool = load_tool("build_messages")
    package = tmp_path / "counter_app"
    package.mkdir()
    (package / "x.py").write_text('from .i18n import _\nA = _("Ganz neue Meldung")\n', encoding="utf-8")
    monkeypatch.setattr(tool, "PACKAGE", package)
    monkeypatch.setattr(tool, "TRANSLATIONS", tmp_path)
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    problems = tool.check("en")
    assert any("Ganz neue Meldung" in p for p in problems)
    assert tool.main([]) == 0  # writes the .po with an empty translation
    assert 'msgid "Ganz neue Meldung"\nmsgstr ""' in (tmp_path / "messages_en.po").read_text("utf-8")


def test_german_is_the_default_and_english_is_chosen_by_option(tmp_path, capsys):
    missing = tmp_path / "nope.sqlite3"
    assert cli.main(["admin", f"--data-dir={tmp_path}", "restore", str(missing)]) == 6
    german = capsys.readouterr().err
    assert german.startswith("Fehler: ") and str(missing) in german

    assert cli.main(["admin", "--lang", "en", f"--data-dir={tmp_path}", "restore", str(missing)]) == 6
    english = capsys.readouterr().err
    assert english.startswith("Error: ") and str(missing) in english
    assert "Sicherung" not in english

    assert cli.main(["admin", f"--data-dir={tmp_path}", "restore", str(missing)]) == 6
    assert capsys.readouterr().err == german  # the next call in the same process is German again


def test_environment_variable_chooses_english_and_the_option_wins(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(i18n.ENV_VAR, "en_GB.UTF-8")
    assert cli.main(["admin", f"--data-dir={tmp_path}", "check"]) == 0
    assert "Noch keine Datenbank" not in capsys.readouterr().out
    assert i18n.language() == "en"

    assert cli.main(["admin", "--lang=de", f"--data-dir={tmp_path}", "check"]) == 0
    assert "Noch keine Datenbank" in capsys.readouterr().out


def test_an_unknown_language_in_the_environment_is_a_usage_error_in_both_languages(capsys, monkeypatch):
    monkeypatch.setenv(i18n.ENV_VAR, "fr")
    assert cli.main(["admin", "check"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "COUNTER_APP_LANG=fr" in err and "unbekannte Sprache" in err and "unknown language" in err


def test_an_unknown_language_option_is_refused_by_the_parser(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["admin", "--lang", "fr", "check"])
    assert stopped.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_help_texts_follow_the_language(capsys):
    with pytest.raises(SystemExit):
        cli.main(["admin", "--lang", "en", "--help"])
    english = capsys.readouterr().out
    assert "Administrative tasks without a window" in english and "Exit codes:" in english
    with pytest.raises(SystemExit):
        cli.main(["admin", "--help"])
    assert "Verwaltungsaufgaben ohne Fenster" in capsys.readouterr().out


def test_a_missing_catalogue_leaves_german_and_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(i18n, "catalogue_file", lambda language: tmp_path / "missing.mo")
    assert cli.main(["admin", "--lang", "en", f"--data-dir={tmp_path}", "check"]) == 0
    captured = capsys.readouterr()
    assert "Englische Meldungen nicht verfügbar" in captured.err
    assert "Noch keine Datenbank" in captured.out
    assert i18n.language() == "de"


def test_a_damaged_catalogue_leaves_german(tmp_path, monkeypatch):
    broken = tmp_path / "messages_en.mo"
    broken.write_bytes(b"not a catalogue at all")
    monkeypatch.setattr(i18n, "catalogue_file", lambda language: broken)
    assert i18n.set_language("en") is False
    assert i18n._("Fehler: {error}") == "Fehler: {error}"


@pytest.mark.parametrize("given, expected", [("en", "en"), ("EN", "en"), ("en-US", "en"), ("de_DE.UTF-8", "de"),
                                             ("", None), ("  ", None), (None, None)])
def test_language_codes_are_normalised(given, expected):
    assert i18n.normalise(given) == expected


def test_the_window_language_also_sets_the_core_language(qapp, store):
    """A core error shown in a dialog must be in the window's language (`ui.language`)."""
    from counter_app import conversations
    from counter_app.errors import NotFoundError
    from counter_app.ui.app import install_translations

    translators = install_translations(qapp, "en")
    try:
        assert i18n.language() == "en"
        with pytest.raises(NotFoundError, match="^Conversation no. 42 does not exist"):
            conversations.load(store, 42)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    install_translations(qapp, "de")
    assert i18n.language() == "de"
    with pytest.raises(NotFoundError, match="^Das Gespräch Nr. 42 gibt es nicht"):
        conversations.load(store, 42)
