"""Where the app keeps its files: data folder, settings file, bundled resources.

Nothing here creates folders at import time; `ensure_private_dir` does it when asked.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path


APP_DIR_NAME = "CounterApp"
DATA_DIR_ENV = "COUNTER_APP_DATA_DIR"
SETTINGS_FILE_ENV = "COUNTER_APP_SETTINGS"
DATABASE_FILE_NAME = "counter.sqlite3"


def resource_root() -> Path:
    """The `resources/` folder, in a checkout or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def machine_settings_file() -> Path:
    """The machine-wide settings file that IT rolls out (read if present)."""
    override = os.environ.get(SETTINGS_FILE_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / APP_DIR_NAME / "config.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_DIR_NAME / "config.toml"
    return Path("/etc/counter-app/config.toml")


def default_data_dir() -> Path:
    import platformdirs  # only without --data-dir, COUNTER_APP_DATA_DIR or paths.data_folder (~4 ms)

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


@dataclass(frozen=True)
class DataPaths:
    """Every file and folder below one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def models(self) -> Path:
        return self.root / "models"

    @property
    def letters(self) -> Path:
        return self.root / "letters"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def lock_file(self) -> Path:
        return self.root / "counter-app.lock"


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) readable only by the current user on POSIX.

    mkdir's mode applies to the last folder only; parents it creates get the umask's mode, so
    each folder created here is tightened afterwards.
    """
    missing = []
    folder = path
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        for created in [path, *missing]:
            os.chmod(created, 0o700)
    return path
