"""The application context: resolved folders, effective settings and the (lazily opened) store."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import paths
from .db import Store
from .settings import Settings, load_machine_settings


def resolve_data_dir(explicit: str | os.PathLike | None, machine: dict) -> Path:
    """--data-dir beats COUNTER_APP_DATA_DIR beats the machine-wide setting beats the default."""
    for candidate in (explicit, os.environ.get(paths.DATA_DIR_ENV), machine.get("paths.data_dir")):
        if candidate:
            return Path(os.path.expandvars(os.path.expanduser(str(candidate)))).resolve()
    return paths.default_data_dir()


@dataclass
class AppContext:
    paths: paths.DataPaths
    settings: Settings
    _store: Store | None = field(default=None, repr=False)

    @classmethod
    def create(cls, data_dir: str | os.PathLike | None = None) -> "AppContext":
        settings_file = paths.machine_settings_file()
        machine = load_machine_settings(settings_file)
        root = resolve_data_dir(data_dir, machine)
        settings = Settings(machine=machine, source=settings_file if machine else None)
        return cls(paths=paths.DataPaths(root), settings=settings)

    @property
    def models_dir(self) -> Path:
        configured = self.settings.get("paths.models_dir")
        return Path(configured) if configured else self.paths.models

    def store(self, *, check: bool | str = True) -> Store:
        """Open the database on first use: migrate, load default content into a new file."""
        if self._store is None:
            store = Store.open(self.paths.database, check=check, backup_dir=self.paths.backups,
                               backup_keep=self.settings.get("storage.backup_count"))
            from .content import ensure_default_content

            ensure_default_content(store)
            self.settings.user = {
                row["key"]: json.loads(row["value"]) for row in store.query("SELECT key, value FROM user_settings")
            }
            self._store = store
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
