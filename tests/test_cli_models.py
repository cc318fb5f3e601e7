"""The model admin commands through the real `counter-app` entry point: output, exit codes, errors."""

from __future__ import annotations

import io

import pytest

from counter_app import cli

from .argos_helpers import altered_package, corpus, package_file

CORPUS = corpus()


@pytest.fixture
def run(monkeypatch, tmp_path, capsys):
    """Run `counter-app admin --data-dir <tmp> ARGS…`; returns (exit code, stdout, stderr)."""
    # Only this module's commands: the test must not depend on other command modules.
    monkeypatch.setattr(cli, "ADMIN_COMMAND_MODULES", ("counter_app.cli_models",))
    data_dir = tmp_path / "data"

    def invoke(*args: str, stdin: str | None = None):
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main(["admin", "--data-dir", str(data_dir), *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    invoke.data_dir = data_dir
    return invoke


def test_install_list_translate_remove(run):
    code, out, _ = run("install-model", package_file("de_en"))
    assert code == 0 and out.startswith("Installiert: de_en: German → English (de → en), Version 1.0")
    assert (run.data_dir / "models" / "de_en" / "metadata.json").is_file()
    assert run("install-model", package_file("en_ar"))[0] == 0

    code, out, _ = run("models")
    assert code == 0
    assert "  de_en: German → English" in out and "  en_ar: English → Arabic" in out
    assert out.rstrip().endswith("  de → en\n  en → ar\n  de → ar (über en)")

    code, out, err = run("translate", "--from", "de", "--to", "ar", CORPUS[10]["de"])
    assert (code, out) == (0, CORPUS[10]["ar"] + "\n")
    assert "über en" in err and "maschinell übersetzt" in err
    code, out, err = run("translate", "--from", "de", "--to", "ar", CORPUS[10]["de"])
    assert (code, out) == (0, CORPUS[10]["ar"] + "\n") and "Zwischenspeicher" in err

    code, out, _ = run("remove-model", "de_en")
    assert code == 0 and out.startswith("Entfernt: de_en")
    code, out, _ = run("models")
    assert "de_en" not in out and "  en → ar" in out


def test_translate_reads_standard_input(run):
    run("install-model", package_file("de_en"))
    code, out, _ = run("translate", "--from", "DE", "--to", "en", "-", stdin=CORPUS[20]["de"] + "\n")
    assert (code, out) == (0, CORPUS[20]["en"] + "\n")


def test_replacing_a_model_says_so(run, tmp_path):
    run("install-model", package_file("de_en"))
    newer = altered_package(tmp_path / "de_en-1.1.argosmodel", metadata={"package_version": "1.1"})
    code, out, _ = run("install-model", newer)
    assert code == 0 and "Version 1.1" in out and "Ersetzt: de_en (Version 1.0)" in out


def test_listing_without_models_says_how_to_install(run):
    code, out, _ = run("models")
    assert code == 0
    assert "Keine Übersetzungsmodelle installiert." in out
    assert "counter-app admin install-model DATEI.argosmodel" in out


def test_listing_warns_about_broken_folders(run):
    run("install-model", package_file("de_en"))
    (run.data_dir / "models" / "kaputt").mkdir()
    code, out, err = run("models")
    assert code == 0 and "de_en" in out
    assert "Ordner „kaputt“ ist kein gültiges Modell" in err


def test_translate_without_model_explains_and_exits_7(run):
    code, out, err = run("translate", "--from", "de", "--to", "en", "Guten Tag.")
    assert (code, out) == (7, "")
    assert err.startswith("Fehler: Es ist kein Übersetzungsmodell installiert")
    assert "counter-app admin install-model DATEI.argosmodel" in err
    assert "Traceback" not in err


def test_bad_package_exits_7_without_traceback(run, tmp_path):
    bad = tmp_path / "kaputt.argosmodel"
    bad.write_text("kein Zip")
    code, out, err = run("install-model", bad)
    assert (code, out) == (7, "")
    assert "Das Modellpaket „kaputt.argosmodel“ wurde nicht installiert" in err
    assert "Traceback" not in err
    code, _, err = run("install-model", tmp_path / "fehlt.argosmodel")
    assert code == 7 and "wurde nicht gefunden" in err


def test_unknown_pair_and_unknown_model(run):
    run("install-model", package_file("de_en"))
    code, _, err = run("translate", "--from", "ar", "--to", "de", "مرحبا.")
    assert code == 7 and "ar → de ist kein Modell installiert" in err and "de → en" in err
    code, _, err = run("remove-model", "fa_en")
    assert code == 6 and "„fa_en“ ist nicht installiert" in err and "de_en" in err


def test_commands_have_german_help(run, capsys):
    with pytest.raises(SystemExit):
        cli.main(["admin", "--help"])
    out = capsys.readouterr().out
    for command in ("install-model", "models", "remove-model", "translate"):
        assert command in out
    assert "Übersetzungsmodell" in out
