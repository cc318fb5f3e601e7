"""The installer bundle: what build_installer.py puts in (fast checks), models shipped with it, and
a smoke test of the built program (slow: only with COUNTER_APP_BUNDLE_TEST=1 or a built bundle)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from counter_app import bundled_models
from counter_app.settings import SETTINGS, load_machine_settings
from counter_app.translation import installed_models, remove_model

from .argos_helpers import FIXTURES as ARGOS_FIXTURES
from .argos_helpers import altered_package, corpus

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_TEST_ENV = "COUNTER_APP_BUNDLE_TEST"  # 1: build a fresh bundle (with the tiny test models) and test it
BUNDLE_PATH_ENV = "COUNTER_APP_BUNDLE"  # test this bundle folder instead of dist/counter-app
SMOKE_EXIT_ENV = "COUNTER_APP_SMOKE_EXIT_MS"


def load_build_script():
    spec = importlib.util.spec_from_file_location("build_installer", ROOT / "build_installer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


build = load_build_script()


# --- what the build puts in ----------------------------------------------------------------------


def test_data_files_are_listed_one_by_one_with_their_place_in_the_bundle():
    data = {(Path(source).relative_to(ROOT).as_posix(), target) for source, target in build.bundled_data()
            if Path(source).is_relative_to(ROOT)}
    checklists = sorted((ROOT / "resources/content/checklists").glob("*.yaml"))
    assert checklists and all((f"resources/content/checklists/{p.name}", "resources/content/checklists") in data
                              for p in checklists)
    assert ("resources/content/snippets.yaml", "resources/content") in data
    migrations = sorted((ROOT / "counter_app/migrations").glob("*.sql"))
    assert all((f"counter_app/migrations/{p.name}", "counter_app/migrations") in data for p in migrations)
    assert not any(source.endswith((".ts", ".py", ".ui")) for source, _ in data)


def test_holiday_names_in_german_are_bundled():
    targets = {(Path(source).name, target) for source, target in build.package_data()}
    assert ("DE.mo", str(Path("holidays/locale/de/LC_MESSAGES"))) in targets


def test_an_unknown_resources_folder_stops_the_build(tmp_path, monkeypatch):
    for folder in (*build.RESOURCE_FOLDERS, "entwurf"):
        (tmp_path / folder).mkdir()
    monkeypatch.setattr(build, "RESOURCES", tmp_path)
    with pytest.raises(build.BuildError, match="entwurf"):
        build.bundled_data()


def test_every_app_module_and_the_named_admin_modules_are_hidden_imports():
    from counter_app import cli

    hidden = build.hidden_imports()
    assert set(cli.ADMIN_COMMAND_MODULES) <= set(hidden)
    assert {"counter_app.cli_system", "counter_app.bundled_models", "counter_app.ui.app",
            "argostranslate.translate"} <= set(hidden)


def test_the_app_uses_no_excluded_qt_module_and_the_guard_notices_one(tmp_path, monkeypatch):
    build.check_qt_usage()  # the real code
    (tmp_path / "net.py").write_text("from PySide6.QtNetwork import QLocalServer\n", "utf-8")
    monkeypatch.setattr(build, "PACKAGE", tmp_path)
    with pytest.raises(build.BuildError, match="QtNetwork"):
        build.check_qt_usage()


def test_heavy_packages_are_excluded():
    excluded = build.excluded_modules()
    assert {"torch", "stanza", "spacy", "onnxruntime", "minisbd", "tkinter", "PySide6.QtWebEngineCore",
            "PySide6.QtQml", "PySide6.QtNetwork"} <= set(excluded)
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport"} & set(excluded)


@pytest.mark.parametrize("windows", [False, True])
def test_spec_builds_one_folder_windowed_on_windows_with_a_console_twin(tmp_path, monkeypatch, windows):
    pytest.importorskip("PyInstaller")
    monkeypatch.setattr(build, "IS_WINDOWS", windows)
    spec = build.write_spec(build.Layout(dist=tmp_path / "dist", work=tmp_path / "work")).read_text("utf-8")
    compile(spec, "counter-app.spec", "exec")
    assert "COLLECT(" in spec and "exclude_binaries=True" in spec  # one folder, not one file
    assert f"console={not windows!r}" in spec and f"if {windows!r}:" in spec
    assert "'torch'" in spec and "'counter_app.cli_system'" in spec
    info = json.loads((tmp_path / "work" / "build-info.json").read_text("utf-8"))
    assert info["version"] and info["commit"]


def test_missing_pyinstaller_is_a_message_saying_how_to_install_it(monkeypatch):
    monkeypatch.setattr(build.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(build.BuildError, match=r'pip install -e ".+\[build\]"'):
        build.require_pyinstaller()


def test_installer_script_is_filled_in_and_places_the_settings_template(tmp_path):
    layout = build.Layout(dist=tmp_path, work=tmp_path / "work")
    script = build.write_installer_script(layout).read_text("utf-8-sig")
    from counter_app import __version__

    assert "@" not in "".join(line for line in script.splitlines() if line.startswith("#define"))
    assert f'#define AppVersion "{__version__}"' in script
    assert "PrivilegesRequired=admin" in script and "DefaultDirName={autopf}\\CounterApp" in script
    assert re.search(r'DestDir: "\{commonappdata\}\\CounterApp"; DestName: "config.toml"; \\\s*'
                     r"Flags: onlyifdoesntexist uninsneveruninstall", script)
    assert "/VERYSILENT /SUPPRESSMSGBOXES" in script
    assert (tmp_path / "config.toml").read_bytes() == (ROOT / "installer/config.toml").read_bytes()


def test_settings_template_is_valid_sets_nothing_and_documents_every_key(tmp_path):
    template = ROOT / "installer" / "config.toml"
    assert load_machine_settings(template) == {}  # as shipped: every line commented out
    uncommented = tmp_path / "config.toml"
    uncommented.write_text(re.sub(r"(?m)^# ([a-z_]+ = )", r"\1", template.read_text("utf-8")), "utf-8")
    values = load_machine_settings(uncommented)
    assert values == {setting.key: setting.default for setting in SETTINGS}
    tomllib.loads(uncommented.read_text("utf-8"))


# --- models shipped with the installer -----------------------------------------------------------


@pytest.fixture
def shipped(tmp_path):
    """A folder like the bundle's models/: the two test models and the manifest the build writes."""
    folder = tmp_path / "shipped"
    build.add_models(sorted(ARGOS_FIXTURES.glob("*.argosmodel")), folder)
    return folder


def test_the_build_writes_a_manifest_with_checksums(shipped):
    manifest = json.loads((shipped / bundled_models.MANIFEST_NAME).read_text("utf-8"))
    assert [(m["file"], m["pair"], m["version"]) for m in manifest] == [
        ("de_en.argosmodel", "de_en", "1.0"), ("en_ar.argosmodel", "en_ar", "1.0")]
    assert all(len(m["sha256"]) == 64 for m in manifest)


def test_shipped_models_are_installed_once(shipped, tmp_path):
    models_dir = tmp_path / "models"
    outcome = bundled_models.install_bundled_models(models_dir, shipped)
    assert outcome.installed == ("de_en", "en_ar") and not outcome.failed
    assert sorted(m.pair for m in installed_models(models_dir)) == ["de_en", "en_ar"]
    assert bundled_models.pending_models(models_dir, shipped) == []
    assert bundled_models.install_bundled_models(models_dir, shipped) == bundled_models.BundledOutcome()


def test_a_model_the_user_removed_is_not_forced_back(shipped, tmp_path):
    models_dir = tmp_path / "models"
    bundled_models.install_bundled_models(models_dir, shipped)
    remove_model(models_dir, "en_ar")
    assert bundled_models.install_bundled_models(models_dir, shipped).installed == ()
    assert [m.pair for m in installed_models(models_dir)] == ["de_en"]


def test_a_newer_shipped_file_replaces_the_old_pair(shipped, tmp_path):
    models_dir = tmp_path / "models"
    bundled_models.install_bundled_models(models_dir, shipped)
    (shipped / "de_en.argosmodel").unlink()
    altered_package(shipped / "de_en-1.1.argosmodel", "de_en", metadata={"package_version": "1.1"})
    (shipped / bundled_models.MANIFEST_NAME).unlink()  # IT dropped a file in by hand: no manifest
    assert bundled_models.install_bundled_models(models_dir, shipped).installed == ("de_en",)
    assert [m.metadata.package_version for m in installed_models(models_dir) if m.pair == "de_en"] == ["1.1"]


def test_a_newer_model_installed_by_hand_is_kept(shipped, tmp_path):
    from counter_app.translation import install_model

    models_dir = tmp_path / "models"
    install_model(altered_package(tmp_path / "newer.argosmodel", "de_en", metadata={"package_version": "2.0"}),
                  models_dir)
    outcome = bundled_models.install_bundled_models(models_dir, shipped)
    assert outcome.kept_newer == ("de_en",) and outcome.installed == ("en_ar",)
    assert bundled_models.pending_models(models_dir, shipped) == []


def test_a_broken_shipped_file_is_skipped_and_retried_next_time(shipped, tmp_path, caplog):
    models_dir = tmp_path / "models"
    (shipped / "de_en.argosmodel").write_bytes(b"kein zip")
    outcome = bundled_models.install_bundled_models(models_dir, shipped)
    assert outcome.failed == ("de_en.argosmodel",) and outcome.installed == ("en_ar",)
    assert "de_en.argosmodel" in caplog.text
    assert [m.file.name for m in bundled_models.pending_models(models_dir, shipped)] == ["de_en.argosmodel"]


def test_a_shipped_file_that_differs_from_the_manifest_is_refused(shipped, tmp_path, caplog):
    damaged = bytearray((shipped / "en_ar.argosmodel").read_bytes())
    damaged[-100] ^= 0xFF  # same size, other content: only the checksum can tell
    (shipped / "en_ar.argosmodel").write_bytes(bytes(damaged))
    outcome = bundled_models.install_bundled_models(tmp_path / "models", shipped)
    assert outcome.failed == ("en_ar.argosmodel",) and "Prüfsumme" in caplog.text


def test_running_from_a_checkout_ships_nothing(monkeypatch, tmp_path):
    monkeypatch.delenv(bundled_models.BUNDLED_MODELS_ENV, raising=False)
    assert bundled_models.bundled_models_dir() is None
    assert bundled_models.pending_models(tmp_path / "models") == []


# --- smoke test of the built bundle (slow) -------------------------------------------------------


def existing_bundle() -> Path | None:
    candidate = Path(os.environ.get(BUNDLE_PATH_ENV) or ROOT / "dist" / build.BUNDLE_NAME)
    return candidate if build.executable(candidate).is_file() else None


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    if os.environ.get(BUNDLE_TEST_ENV) == "1":
        dist = tmp_path_factory.mktemp("dist")
        began = time.perf_counter()
        code = build.main(["--models", str(ARGOS_FIXTURES), "--dist", str(dist), "--work", str(dist.parent / "work")])
        assert code == 0, "build_installer.py failed (its output is above)"
        print(f"bundle built in {time.perf_counter() - began:.0f} s")
        return dist / build.BUNDLE_NAME
    found = existing_bundle()
    if found is None:
        pytest.skip(f"no bundle: set {BUNDLE_TEST_ENV}=1 to build one (about a minute)")
    return found


def run_bundle(bundle: Path, *args: str, env: dict | None = None, console: bool = True, timeout: float = 120):
    return subprocess.run([str(build.executable(bundle, console=console)), *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout)


def admin_commands(bundle: Path) -> str:
    return run_bundle(bundle, "admin", "--help").stdout


@pytest.mark.slow
def test_bundle_version(bundle):
    from counter_app import __version__

    result = run_bundle(bundle, "--version")
    assert result.returncode == 0 and __version__ in result.stdout


@pytest.mark.slow
def test_bundle_checks_a_fresh_data_folder_then_creates_it_with_the_default_content(bundle, tmp_path):
    data = tmp_path / "data"
    check = run_bundle(bundle, "admin", f"--data-dir={data}", "check")
    assert check.returncode == 0 and "Noch keine Datenbank" in check.stdout, check.stderr
    listed = run_bundle(bundle, "admin", f"--data-dir={data}", "checklists")
    assert listed.returncode == 0 and "study" in listed.stdout, listed.stderr  # resources and migrations are in
    assert run_bundle(bundle, "admin", f"--data-dir={data}", "check").stdout.startswith("In Ordnung")


@pytest.mark.slow
def test_bundle_speaks_english_on_request(bundle, tmp_path):
    """The compiled message catalogue is in the bundle and found there."""
    check = run_bundle(bundle, "admin", "--lang", "en", f"--data-dir={tmp_path / 'data'}", "check")
    assert check.returncode == 0 and "No database in" in check.stdout, check.stdout + check.stderr
    missing = run_bundle(bundle, "admin", f"--data-dir={tmp_path / 'data'}", "restore", str(tmp_path / "nope"),
                         env={"COUNTER_APP_LANG": "en"})
    assert missing.returncode == 6 and missing.stderr.startswith("Error: "), missing.stderr


@pytest.mark.slow
def test_bundle_window_starts_offscreen_and_exits_cleanly(bundle, tmp_path):
    data = tmp_path / "data"
    began = time.perf_counter()
    try:
        # 3 s: time for the first start's background work (integrity verdict, backup, shipped models).
        result = run_bundle(bundle, f"--data-dir={data}", console=False, timeout=90,
                            env={SMOKE_EXIT_ENV: "3000", "QT_QPA_PLATFORM": "offscreen"})
    except subprocess.TimeoutExpired:
        pytest.fail(f"the window did not close: does counter_app/ui/app.py honour {SMOKE_EXIT_ENV}?")
    elapsed = time.perf_counter() - began
    assert result.returncode == 0, result.stderr[-3000:]
    assert elapsed >= 3 and (data / "counter.sqlite3").is_file()
    assert "Traceback" not in result.stderr
    log = data / "logs" / "counter-app.log"
    assert log.is_file(), "ui/app.py does not set up logging"
    assert "Start: counter-app" in log.read_text("utf-8") and "Unbehandelte Ausnahme" not in log.read_text("utf-8")
    if (bundle / "models" / bundled_models.MANIFEST_NAME).is_file():  # installed on the first start
        assert sorted(m.pair for m in installed_models(data / "models")) == ["de_en", "en_ar"]


@pytest.mark.slow
def test_bundle_diagnose_finds_every_component(bundle, tmp_path):
    if "diagnose" not in admin_commands(bundle):
        pytest.skip("counter_app.cli_system is not in cli.ADMIN_COMMAND_MODULES yet")
    out = tmp_path / "diagnose.zip"
    result = run_bundle(bundle, "admin", f"--data-dir={tmp_path / 'data'}", "diagnose", "--out", str(out))
    assert result.returncode == 0, result.stderr
    import zipfile

    report = json.loads(zipfile.ZipFile(out).read("diagnose.json"))
    assert report["Programm und Versionen"]["Ausführung"].startswith("Installationspaket")
    assert all(v.startswith("in Ordnung") for v in report["Komponenten"].values()), report["Komponenten"]


@pytest.mark.slow
def test_bundle_installs_its_models_and_translates(bundle, tmp_path):
    if not (bundle / "models" / bundled_models.MANIFEST_NAME).is_file():
        pytest.skip("this bundle ships no models")
    commands = admin_commands(bundle)
    if "install-bundled-models" not in commands or "translate" not in commands:
        pytest.skip("cli_system or cli_models is not in cli.ADMIN_COMMAND_MODULES yet")
    data = f"--data-dir={tmp_path / 'data'}"
    installed = run_bundle(bundle, "admin", data, "install-bundled-models")
    assert installed.returncode == 0 and "Installiert: de_en" in installed.stdout, installed.stderr
    row = corpus()[0]
    translated = run_bundle(bundle, "admin", data, "translate", "--from", "de", "--to", "en", row["de"],
                            env={"ARGOS_BEAM_SIZE": "1"})
    assert translated.returncode == 0 and translated.stdout.strip() == row["en"], translated.stderr


def test_command_line_use_takes_the_console_twin_on_windows(monkeypatch):
    monkeypatch.setattr(build, "IS_WINDOWS", True)
    assert build.executable(Path("b")).name == "counter-app-cli.exe"
    assert build.executable(Path("b"), console=False).name == "counter-app.exe"
    monkeypatch.setattr(build, "IS_WINDOWS", False)
    assert build.executable(Path("b"), console=False).name == "counter-app"
