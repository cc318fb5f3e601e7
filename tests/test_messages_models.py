"""The translation-model messages in English: real packages, real CLI calls with `--lang en`."""

from __future__ import annotations

import pytest

from counter_app import cli
from counter_app.errors import NotFoundError
from counter_app.translation import ModelPackageError, install_model, remove_model

from .argos_helpers import altered_package, corpus, package_file

CORPUS = corpus()


@pytest.fixture
def run(monkeypatch, tmp_path, capsys):
    """Run `counter-app admin --data-dir <tmp> [--lang en] ARGS…`; returns (exit code, stdout, stderr)."""
    monkeypatch.setattr(cli, "ADMIN_COMMAND_MODULES", ("counter_app.cli_models",))
    data_dir = tmp_path / "data"

    def invoke(*args: str, lang: str | None = "en"):
        language = ["--lang", lang] if lang else []
        code = cli.main(["admin", "--data-dir", str(data_dir), *language, *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    invoke.data_dir = data_dir
    return invoke


def test_install_list_translate_remove_in_english(run):
    code, out, _ = run("install-model", package_file("de_en"))
    assert code == 0 and out.startswith("Installed: de_en: German → English (de → en), version 1.0, ")
    assert "MB in " in out and "," not in out.split("version 1.0, ")[1].split(" MB")[0]  # decimal point in English
    assert run("install-model", package_file("en_ar"))[0] == 0

    code, out, _ = run("models")
    assert code == 0 and out.startswith("Models folder: ")
    assert "Installed models:\n  de_en: German → English" in out
    assert out.rstrip().endswith("Possible language pairs:\n  de → en\n  en → ar\n  de → ar (via en)")

    code, out, err = run("translate", "--from", "de", "--to", "ar", CORPUS[10]["de"])
    assert (code, out) == (0, CORPUS[10]["ar"] + "\n")
    assert err == "[de → ar via en, machine-translated]\n"
    assert run("translate", "--from", "de", "--to", "ar", CORPUS[10]["de"])[2] == "[de → ar via en, from the cache]\n"

    code, _, err = run("translate", "--from", "ar", "--to", "de", "مرحبا.")
    assert code == 7
    assert err.startswith("Error: No model is installed for translating ar → de.\n"
                          "Installed: de → en, en → ar (translation runs directly or via English). IT installs a model")

    code, out, _ = run("remove-model", "de_en")
    assert (code, out) == (0, "Removed: de_en: German → English (de → en), version 1.0\n")


def test_refused_packages_explain_in_english_and_german_stays_default(run, tmp_path):
    bad = tmp_path / "kaputt.argosmodel"
    bad.write_text("kein Zip")
    # German first: without --lang (and without COUNTER_APP_LANG) the messages are German, byte for byte.
    code, out, err = run("install-model", bad, lang=None)
    assert (code, out) == (7, "") and err == (
        "Fehler: Das Modellpaket „kaputt.argosmodel“ wurde nicht installiert: die Datei ist kein ZIP-Archiv (oder beschädigt).\n"
        "Bitte verwenden Sie eine unveränderte Argos-Translate-Datei (.argosmodel) von der IT. "
        "Die bereits installierten Modelle sind unverändert.\n"
    )
    code, out, _ = run("models", lang=None)
    assert out.endswith("Keine Übersetzungsmodelle installiert.\n"
                        "Installieren mit: counter-app admin install-model DATEI.argosmodel\n")

    code, out, err = run("install-model", bad)
    assert (code, out) == (7, "")
    assert err == (
        'Error: The model package "kaputt.argosmodel" was not installed: the file is not a ZIP archive (or is damaged).\n'
        "Please use an unmodified Argos Translate file (.argosmodel) provided by IT. The models already installed are unchanged.\n"
    )
    code, out, _ = run("models")
    assert out.endswith("No translation models installed.\nInstall with: counter-app admin install-model FILE.argosmodel\n")


def test_metadata_problems_and_unknown_model_in_english(english, tmp_path):
    models_dir = tmp_path / "models"
    missing_keys = altered_package(tmp_path / "keys.argosmodel", without_keys=("to_code", "to_name"))
    with pytest.raises(ModelPackageError) as caught:
        install_model(missing_keys, models_dir)
    assert caught.value.message == 'The model package "keys.argosmodel" was not installed: metadata.json lacks "to_code", "to_name".'

    old_argos = altered_package(tmp_path / "old.argosmodel", metadata={"argos_version": "2.0"})
    with pytest.raises(ModelPackageError, match="built for Argos Translate 2.0; versions 1.0 to 1.11 are supported"):
        install_model(old_argos, models_dir)

    with pytest.raises(NotFoundError) as caught:
        remove_model(models_dir, "fa_en")
    assert str(caught.value) == ('No translation model "fa_en" is installed.\n'
                                 "Installed models: none (list: counter-app admin models).")


def test_help_is_english_with_lang_en(capsys, monkeypatch):
    monkeypatch.setattr(cli, "ADMIN_COMMAND_MODULES", ("counter_app.cli_models",))
    with pytest.raises(SystemExit):
        cli.main(["admin", "--lang", "en", "translate", "--help"])
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps lines to the terminal width
    assert "--from LANGUAGE" in out and "source language, e.g. de" in out
    assert 'Translates TEXT with the installed models; "-" reads the text from standard input.' in out
    assert "Ausgangssprache" not in out
