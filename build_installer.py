"""Build the Counter Assistant bundle in one fixed pipeline: forms → UI translations → PyInstaller
one-folder bundle → translation models → Linux archive / Windows installer script.

    python build_installer.py [--models DIR] [--dist DIR] [--work DIR]

Run it in the environment the app is installed in (`pip install -e ".[translation,build]"` and
argostranslate with --no-deps, see dev.py): PyInstaller bundles what that environment imports.
PyInstaller cannot cross-build: build on Windows for Windows, on Linux for Linux.

Results in dist/ (or --dist):
  counter-app/                     the bundle: `counter-app` (on Windows `counter-app.exe`, windowed,
                                   and `counter-app-cli.exe`, console, for the admin commands)
  counter-app-<v>-linux-<arch>.tar.gz   (Linux)
  counter-app.iss + config.toml    Inno Setup script and settings template (always written);
                                   on Windows `iscc dist\\counter-app.iss` makes the installer,
                                   which this script runs itself when it finds ISCC.exe.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PACKAGE = ROOT / "counter_app"
RESOURCES = ROOT / "resources"
INSTALLER = ROOT / "installer"
BUNDLE_NAME = "counter-app"
IS_WINDOWS = sys.platform == "win32"

# What the bundle carries from resources/, each folder on purpose. A new folder in resources/ stops
# the build until it is added here (or to RESOURCE_FOLDERS_NOT_BUNDLED): the bundle must never miss
# content silently, nor ship work files by accident.
RESOURCE_FOLDERS = ("content", "templates", "translations", "icons")
RESOURCE_FOLDERS_NOT_BUNDLED: tuple[str, ...] = ()
RESOURCE_SUFFIXES_SKIPPED = (".ts", ".po", ".pyc", ".orig", ".bak", ".tmp", "~")  # sources and leftovers

# Modules imported by name (importlib), which PyInstaller's import scan cannot see. Every module of
# counter_app is added as well (see app_modules): the admin command modules that cli.py imports by
# name, and modules that are wired up later or only imported lazily.
HIDDEN_IMPORTS = (
    "argostranslate.translate",  # translation/runtime.py imports it after setting its environment
    "holidays.countries.germany",  # holidays loads countries lazily by name
)
# Data files of third-party packages that have no PyInstaller hook: (package, glob in it).
PACKAGE_DATA = (
    ("holidays", "locale/*/LC_MESSAGES/DE.mo"),  # German holiday names (letter deadlines)
)

# Qt modules the app does not use. Their Python bindings (and the Qt libraries only they pull in)
# stay out of the bundle. The build stops if counter_app imports one of them (see check_qt_usage).
# Kept on purpose: QtCore/QtGui/QtWidgets (the app), QtPrintSupport (handout printing), QtSvg
# (icons); Qt's own plugins for them are collected by PyInstaller's hooks.
EXCLUDED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit",
    "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc",
    "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml",
    "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio",
    "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
    "QtWebView", "QtXml",
)

# Heavy packages the app never loads. argostranslate declares stanza (→ torch, ~1 GB in a bundle);
# translation/runtime.py puts stand-ins in place of stanza, spacy and minisbd. ctranslate2's model
# converters import torch/transformers only when converting, which the app never does.
EXCLUDED_PACKAGES = (
    "torch", "torchvision", "torchaudio", "stanza", "spacy", "thinc", "minisbd", "onnxruntime",
    "transformers", "tensorflow", "jax", "tkinter", "_tkinter", "matplotlib", "pandas", "scipy",
    "IPython", "notebook", "pytest", "_pytest", "pytestqt", "hypothesis",
)
# Checked in the finished bundle: none of these may have slipped in through a dependency.
FORBIDDEN_IN_BUNDLE = ("torch", "stanza", "spacy", "onnxruntime", "minisbd", "tkinter", "matplotlib")

# Distributions whose metadata is copied, so `admin diagnose` shows their exact versions.
VERSIONED_DISTRIBUTIONS = (
    "counter-app", "PySide6-Essentials", "shiboken6", "argostranslate", "ctranslate2", "sentencepiece",
    "sqlite-utils", "python-docx", "docxtpl", "holidays", "PyYAML", "platformdirs",
)

ISCC_CANDIDATES = (
    r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
    r"C:\Program Files\Inno Setup 6\ISCC.exe",
)


class BuildError(Exception):
    """A step of the pipeline failed; the message says what to do."""


@dataclass(frozen=True)
class Layout:
    dist: Path
    work: Path

    @property
    def bundle(self) -> Path:
        return self.dist / BUNDLE_NAME

    @property
    def spec(self) -> Path:
        return self.work / f"{BUNDLE_NAME}.spec"


# --- the pipeline ------------------------------------------------------------------------------


def build(layout: Layout, *, models: Path | None) -> Path:
    started = time.perf_counter()
    require_pyinstaller()
    check_qt_usage()
    model_files = model_packages(models) if models else []
    step("Compiling forms", compile_forms)
    step("Compiling UI translations", compile_translations)
    spec = write_spec(layout)
    step("Bundling with PyInstaller", lambda: run_pyinstaller(spec, layout))
    check_forbidden(layout.bundle)
    if model_files:
        step("Adding translation models", lambda: add_models(model_files, layout.bundle / "models"))
    print(f"Bundle: {layout.bundle} ({megabytes(folder_size(layout.bundle))})")
    print(f"Start of the bundled program (--version, median of 3): {measure_start(layout.bundle):.2f} s")
    iss = write_installer_script(layout)
    if IS_WINDOWS:
        run_iscc(iss)
    else:
        archive = step("Packing the Linux archive", lambda: pack_linux(layout))
        print(f"Archive: {archive} ({megabytes(archive.stat().st_size)})")
    print(f"Built in {time.perf_counter() - started:.0f} s.")
    return layout.bundle


def step(title: str, action):
    print(f"== {title}", flush=True)
    began = time.perf_counter()
    result = action()
    print(f"   done in {time.perf_counter() - began:.1f} s", flush=True)
    return result


def require_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError(
            "PyInstaller is not installed in this environment. It is needed only for building:\n"
            f'    "{sys.executable}" -m pip install -e "{ROOT}[build]"\n'
            "(or: pip install pyinstaller)"
        )


def check_qt_usage() -> None:
    """Stop if the app imports a Qt module this build leaves out (it would fail only at run time)."""
    used = qt_modules_used(PACKAGE)
    clash = sorted(used & set(EXCLUDED_QT_MODULES))
    if clash:
        raise BuildError(
            f"counter_app imports {', '.join(clash)}, which EXCLUDED_QT_MODULES in build_installer.py "
            "leaves out of the bundle. Remove it from that list."
        )


def qt_modules_used(package: Path) -> set[str]:
    used = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            used |= {name.split(".")[1] for name in names if name.startswith("PySide6.")}
    return used


def compile_forms() -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_forms.py")], check=True)


def compile_translations() -> None:
    """resources/translations/*.ts → .qm beside them (tools/build_translations.py, else pyside6-lrelease)."""
    folder = RESOURCES / "translations"
    sources = sorted(folder.glob("*.ts"))
    if not sources:
        print("   no resources/translations/*.ts: nothing to compile (the UI stays German)")
        return
    tool = ROOT / "tools" / "build_translations.py"
    if tool.is_file():
        subprocess.run([sys.executable, str(tool), "--compile-only"], check=True)
    else:
        for source in sources:
            subprocess.run([*lrelease_command(), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
                           check=True)
    missing = [source.name for source in sources if not source.with_suffix(".qm").is_file()]
    if missing:
        raise BuildError(f"No compiled .qm file for {', '.join(missing)} after compiling the translations.")


def lrelease_command() -> list[str]:
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


# --- PyInstaller ---------------------------------------------------------------------------------


def bundled_data() -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every data file, listed one by one."""
    unknown = sorted(p.name for p in RESOURCES.iterdir()
                     if p.name not in RESOURCE_FOLDERS + RESOURCE_FOLDERS_NOT_BUNDLED and not p.name.startswith("."))
    if unknown:
        raise BuildError(
            f"resources/ holds {', '.join(unknown)}, which build_installer.py does not know. Add it to "
            "RESOURCE_FOLDERS (to bundle it) or RESOURCE_FOLDERS_NOT_BUNDLED."
        )
    data = []
    for folder in RESOURCE_FOLDERS:
        for path in sorted((RESOURCES / folder).rglob("*")):
            skipped = path.name.endswith(RESOURCE_SUFFIXES_SKIPPED) or path.name.startswith(".")
            if path.is_file() and not skipped:
                data.append((str(path), str(path.parent.relative_to(ROOT))))
    data += [(str(sql), "counter_app/migrations") for sql in sorted((PACKAGE / "migrations").glob("*.sql"))]
    return data + package_data()


def app_modules() -> list[str]:
    """Every module of counter_app, from its files: nothing of the app can be missing from the bundle."""
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        modules.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return modules


def check_admin_command_modules(modules: list[str]) -> None:
    """cli.py imports these by name: a typo there would break `admin` only at run time."""
    from counter_app import cli

    unknown = sorted(set(cli.ADMIN_COMMAND_MODULES) - set(modules))
    if unknown:
        raise BuildError(f"counter_app/cli.py names admin command modules that do not exist: {', '.join(unknown)}.")


def hidden_imports() -> list[str]:
    modules = app_modules()
    check_admin_command_modules(modules)
    missing = [name for name in HIDDEN_IMPORTS if not module_available(name)]
    for name in missing:
        print(f"   warning: {name} is not installed here; the bundle will lack it")
    return modules + [name for name in HIDDEN_IMPORTS if name not in missing]


def package_data() -> list[tuple[str, str]]:
    data = []
    for package, pattern in PACKAGE_DATA:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        base = Path(next(iter(spec.submodule_search_locations)))
        data += [(str(f), str(Path(package, f.parent.relative_to(base)))) for f in sorted(base.glob(pattern))]
    return data


def module_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:
        return False


def excluded_modules() -> list[str]:
    return [f"PySide6.{name}" for name in EXCLUDED_QT_MODULES] + list(EXCLUDED_PACKAGES)


SPEC = """\
# Generated by build_installer.py; edit that file instead. PyInstaller {pyinstaller}.
from PyInstaller.utils.hooks import copy_metadata
from importlib.metadata import PackageNotFoundError

def metadata(*names):
    found = []
    for name in names:
        try:
            found += copy_metadata(name)
        except PackageNotFoundError:
            pass
    return found

a = Analysis(
    [{launcher!r}],
    pathex=[{root!r}],
    datas={datas!r} + metadata(*{distributions!r}),
    hiddenimports={hidden!r},
    excludes={excludes!r},
    noarchive=False,
)
pyz = PYZ(a.pure)
executables = [
    EXE(pyz, a.scripts, [], exclude_binaries=True, name={app!r}, console={console!r}, icon={icon!r},
        upx=False),
]
if {cli_exe!r}:
    # Windows only: a windowed program has no standard output and the console does not wait for
    # it, so IT's scripts use this console twin for `admin …` (output and exit codes).
    executables.append(EXE(pyz, a.scripts, [], exclude_binaries=True, name={app!r} + "-cli", console=True,
                           icon={icon!r}, upx=False))
coll = COLLECT(*executables, a.binaries, a.datas, upx=False, name={bundle!r})
"""


def write_spec(layout: Layout) -> Path:
    import PyInstaller

    icon = RESOURCES / "icons" / "counter-app.ico"
    layout.work.mkdir(parents=True, exist_ok=True)
    build_info = layout.work / "build-info.json"
    build_info.write_text(json.dumps(build_information(), indent=2), "utf-8")
    spec = SPEC.format(
        pyinstaller=PyInstaller.__version__, launcher=str(INSTALLER / "launcher.py"), root=str(ROOT),
        datas=bundled_data() + [(str(build_info), ".")], distributions=VERSIONED_DISTRIBUTIONS,
        hidden=hidden_imports(), excludes=excluded_modules(), app=BUNDLE_NAME,
        console=not IS_WINDOWS, cli_exe=IS_WINDOWS, icon=str(icon) if icon.is_file() else None, bundle=BUNDLE_NAME,
    )
    layout.spec.write_text(spec, "utf-8")
    return layout.spec


def build_information() -> dict:
    """What `admin diagnose` reports as the build: version, commit, time, platform."""
    from counter_app import __version__

    return {
        "version": __version__,
        "commit": git_commit(),
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": f"{platform.system()} {platform.machine()}",
    }


def git_commit() -> str:
    try:
        result = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                                capture_output=True, text=True, timeout=10)
    except OSError:
        return "unbekannt"
    return result.stdout.strip() or "unbekannt"


def run_pyinstaller(spec: Path, layout: Layout) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(layout.dist), "--workpath", str(layout.work / "pyinstaller"), str(spec)]
    # The forms and resources are read from this checkout; a stray PYTHONPATH must not add others.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(command, cwd=ROOT, env=env)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {result.returncode}); its messages are above.")


def check_forbidden(bundle: Path) -> None:
    found = sorted({p.name for p in bundle.rglob("*") if p.is_dir() and p.name in FORBIDDEN_IN_BUNDLE})
    if found:
        raise BuildError(f"The bundle contains {', '.join(found)}; add the package pulling it in to EXCLUDED_PACKAGES.")


# --- translation models --------------------------------------------------------------------------


def model_packages(folder: Path) -> list[Path]:
    """The .argosmodel files in `folder`, each checked whole now rather than on the counter PCs."""
    from counter_app.translation.archive import inspect_package

    files = sorted(folder.glob("*.argosmodel"))
    if not files:
        raise BuildError(f"--models {folder}: there is no .argosmodel file in it.")
    for path in files:
        inspect_package(path)  # raises ModelPackageError with the reason in German
    return files


def add_models(files: list[Path], target: Path) -> None:
    """Copy the model packages and write their manifest; the app installs them on its first start."""
    from counter_app.bundled_models import MANIFEST_NAME
    from counter_app.translation.archive import inspect_package

    target.mkdir(parents=True, exist_ok=True)
    manifest = []
    for path in files:
        shutil.copy2(path, target / path.name)
        metadata = inspect_package(path).metadata
        manifest.append({"file": path.name, "sha256": sha256(path), "bytes": path.stat().st_size,
                         "pair": metadata.pair, "version": metadata.package_version})
        print(f"   {path.name}: {metadata.pair} {metadata.package_version}, {megabytes(path.stat().st_size)}")
    (target / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2), "utf-8")


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


# --- results -------------------------------------------------------------------------------------


def executable(bundle: Path, *, console: bool = True) -> Path:
    """The program to run for command-line use (on Windows the console twin)."""
    if IS_WINDOWS:
        return bundle / (f"{BUNDLE_NAME}-cli.exe" if console else f"{BUNDLE_NAME}.exe")
    return bundle / BUNDLE_NAME


def measure_start(bundle: Path, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([str(executable(bundle)), "--version"], capture_output=True, check=True, timeout=120)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def write_installer_script(layout: Layout) -> Path:
    """dist/counter-app.iss with this version, beside the bundle and the settings template."""
    from counter_app import __version__

    template = (INSTALLER / "counter-app.iss").read_text("utf-8")
    values = {"@APP_VERSION@": __version__, "@BUNDLE_DIR@": BUNDLE_NAME, "@CONFIG_TEMPLATE@": "config.toml"}
    for placeholder, value in values.items():
        template = template.replace(placeholder, value)
    if "@" in "".join(line for line in template.splitlines() if line.startswith("#define")):
        raise BuildError("installer/counter-app.iss has a placeholder build_installer.py does not fill in.")
    shutil.copy2(INSTALLER / "config.toml", layout.dist / "config.toml")
    target = layout.dist / "counter-app.iss"
    # With a byte-order mark Inno Setup reads the file as UTF-8 (German messages in it).
    target.write_text(template, "utf-8-sig")
    print(f"Installer script: {target}")
    return target


def find_iscc() -> str | None:
    return shutil.which("iscc") or next((p for p in ISCC_CANDIDATES if Path(p).is_file()), None)


def run_iscc(iss: Path) -> None:
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup (ISCC.exe) not found: install Inno Setup 6.3+ and run\n"
              f"    iscc {iss}")
        return
    step("Compiling the installer with Inno Setup", lambda: subprocess.run([iscc, "/Q", str(iss)], check=True))
    for setup in sorted(iss.parent.glob("counter-app-setup-*.exe")):
        print(f"Installer: {setup} ({megabytes(setup.stat().st_size)})")


def pack_linux(layout: Layout) -> Path:
    from counter_app import __version__

    archive = layout.dist / f"{BUNDLE_NAME}-{__version__}-linux-{platform.machine()}.tar.gz"
    # Level 6: nearly the size of level 9 (the Qt and model binaries barely compress) in half the time.
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(layout.bundle, arcname=BUNDLE_NAME)
    return archive


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1024**2:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", type=Path, metavar="DIR",
                        help="folder with .argosmodel files to ship; installed on the first start of the app")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the results go (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder (default: build/)")
    args = parser.parse_args(argv)
    layout = Layout(dist=args.dist.resolve(), work=args.work.resolve())
    from counter_app.errors import CounterAppError

    try:
        build(layout, models=args.models)
    except (BuildError, CounterAppError) as exc:
        print(f"Build failed: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"Build failed: {' '.join(map(str, exc.cmd))} exited with {exc.returncode}.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
