"""Machine-wide settings (TOML from IT), their validation and precedence, and the data folder."""

from __future__ import annotations

import pytest

from counter_app import paths
from counter_app.context import AppContext, resolve_data_dir
from counter_app.errors import SettingsError
from counter_app.settings import Settings, load_machine_settings


def write(tmp_path, text):
    path = tmp_path / "config.toml"
    path.write_text(text, "utf-8")
    return path


def test_machine_settings_are_read_and_flattened(tmp_path):
    path = write(tmp_path, '[authority]\nname = "Landkreis Emsland"\nstate = "NI"\n[ui]\nlanguage = "en"\n')
    values = load_machine_settings(path)
    assert values == {"authority.name": "Landkreis Emsland", "authority.state": "NI", "ui.language": "en"}


def test_missing_file_means_no_machine_settings(tmp_path):
    assert load_machine_settings(tmp_path / "absent.toml") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[authority]\nnmae = "x"\n', "authority.nmae"),
        ("[privacy]\nretention_days = \"neunzig\"\n", "privacy.retention_days"),
        ('[ui]\nlanguage = "fr"\n', "ui.language"),
        ("[authority\nname = 1\n", "TOML"),
    ],
)
def test_invalid_settings_name_the_key_and_the_file(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(SettingsError) as info:
        load_machine_settings(path)
    assert expected in str(info.value) and str(path) in str(info.value)


def test_machine_settings_override_user_settings():
    settings = Settings(machine={"authority.name": "IT"}, user={"authority.name": "Ich", "ui.language": "en"})
    assert settings.get("authority.name") == "IT" and settings.is_locked("authority.name")
    assert settings.get("ui.language") == "en"
    assert settings.get("letters.deadline_days") == 14


def test_data_dir_precedence(tmp_path, monkeypatch):
    machine = {"paths.data_dir": str(tmp_path / "machine")}
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "explicit", machine) == tmp_path / "explicit"
    assert resolve_data_dir(None, machine) == tmp_path / "env"
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    assert resolve_data_dir(None, machine) == tmp_path / "machine"
    assert resolve_data_dir(None, {}) == paths.default_data_dir()


def test_context_reads_the_machine_file_from_the_environment(tmp_path, monkeypatch):
    path = write(tmp_path, f'[paths]\ndata_dir = "{tmp_path / "it-data"}"\n[authority]\nname = "Stadt X"\n')
    monkeypatch.setenv(paths.SETTINGS_FILE_ENV, str(path))
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    ctx = AppContext.create()
    assert ctx.paths.root == tmp_path / "it-data"
    assert ctx.settings.get("authority.name") == "Stadt X"
