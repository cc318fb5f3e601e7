"""Translation models shipped with the installer: installed on the first start, through the same
checked install path as `counter-app admin install-model`.

The bundle carries `.argosmodel` files in `models/` beside the program, with a `MANIFEST.json`
written by build_installer.py. Each file is installed once per models folder: a record in that
folder remembers what was installed, so a model the user removed is not forced back on every
start, while a newer file shipped with an update is installed (and replaces the old pair). A model
installed by hand with a newer version than the shipped one is left alone.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from . import logging_setup
from .errors import CounterAppError
from .i18n import _
from .translation.errors import ModelPackageError

log = logging.getLogger(__name__)

MANIFEST_NAME = "MANIFEST.json"
STATE_NAME = ".bundled-models.json"  # a dot file: the package listing skips it
BUNDLED_MODELS_ENV = "COUNTER_APP_BUNDLED_MODELS"  # another folder of shipped models (tests, IT)


@dataclass(frozen=True)
class ShippedModel:
    file: Path
    identity: str  # name and size: changes when a different file is shipped (cheap to compute each start)
    sha256: str | None  # from the build's manifest: checked once, before installing


@dataclass(frozen=True)
class BundledOutcome:
    installed: tuple[str, ...] = ()  # language pairs
    kept_newer: tuple[str, ...] = ()  # pairs where a newer model was already installed
    failed: tuple[str, ...] = ()  # file names (the reason is in the log)


def bundled_models_dir() -> Path | None:
    """The folder of shipped models: `models/` beside the bundled program, or the override."""
    override = os.environ.get(BUNDLED_MODELS_ENV)
    if override:
        return Path(override)
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / "models"
    return None  # running from a checkout: nothing is shipped


def shipped_models(folder: Path) -> list[ShippedModel]:
    """The shipped packages (a file IT adds by hand, without a manifest entry, counts as well)."""
    if not folder.is_dir():
        return []
    manifest = _read_json(folder / MANIFEST_NAME, default=[])
    checksums = {entry.get("file"): entry.get("sha256") for entry in manifest if isinstance(entry, dict)}
    return [ShippedModel(path, f"{path.name}:{path.stat().st_size}", checksums.get(path.name))
            for path in sorted(folder.glob("*.argosmodel"))]


def pending_models(models_dir: Path, folder: Path | None = None) -> list[ShippedModel]:
    """Shipped models not yet handled for `models_dir` (cheap: two small JSON files, one listing)."""
    folder = folder if folder is not None else bundled_models_dir()
    if folder is None:
        return []
    done = _read_json(models_dir / STATE_NAME, default={})
    return [model for model in shipped_models(folder) if model.identity not in done]


def install_bundled_models(models_dir: Path, folder: Path | None = None) -> BundledOutcome:
    """Install every pending shipped model into `models_dir`. Takes seconds per real model: call it
    off the UI thread. A failure is logged and retried on the next start; the others go on."""
    pending = pending_models(models_dir, folder)
    if not pending:
        return BundledOutcome()
    installed, kept, failed = [], [], []
    for model in pending:
        try:
            pair, was_installed = _install_one(model, models_dir)
        except (CounterAppError, OSError) as exc:
            # A CounterAppError's German message is about the shipped file, never about a client.
            reason = exc.message if isinstance(exc, CounterAppError) else logging_setup.describe_exception(exc)
            log.warning("Mitgeliefertes Modell %s nicht installiert: %s", model.file.name, reason)
            failed.append(model.file.name)
            continue
        (installed if was_installed else kept).append(pair)
    if installed:
        log.info("Mitgelieferte Übersetzungsmodelle installiert: %s", ", ".join(installed))
    return BundledOutcome(tuple(installed), tuple(kept), tuple(failed))


def _install_one(model: ShippedModel, models_dir: Path) -> tuple[str, bool]:
    """(language pair, True if installed / False if a newer one was there), remembered as done."""
    from .translation import install_model, installed_models
    from .translation.archive import inspect_package

    _check_sum(model)
    metadata = inspect_package(model.file).metadata
    newer = _newer_installed(installed_models(models_dir), metadata)
    if not newer:
        install_model(model.file, models_dir)
    _remember(models_dir, model, metadata.pair)
    return metadata.pair, not newer


def _check_sum(model: ShippedModel) -> None:
    if model.sha256 is None:
        return
    digest = hashlib.sha256()
    with open(model.file, "rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    if digest.hexdigest() != model.sha256:
        raise ModelPackageError(
            _("Die Prüfsumme von „{name}“ stimmt nicht mit dem Installationspaket überein.").format(name=model.file.name),
            hint=_("Die Datei ist beschädigt; bitte das Programm neu installieren."),
        )


def _newer_installed(models, metadata) -> bool:
    shipped = _version(metadata.package_version)
    return any(m.pair == metadata.pair and _version(m.metadata.package_version) > shipped for m in models)


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".") if part.isdigit())


def _remember(models_dir: Path, model: ShippedModel, pair: str) -> None:
    state_file = models_dir / STATE_NAME
    state = _read_json(state_file, default={})
    state[model.identity] = {"file": model.file.name, "pair": pair,
                             "at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    # Write beside and rename: a crash mid-write must not lose the record of earlier installs.
    partial = state_file.with_name(STATE_NAME + ".tmp")
    partial.write_text(json.dumps(state, indent=2), "utf-8")
    partial.replace(state_file)


def _read_json(path: Path, *, default):
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return default
    except (OSError, ValueError):
        log.warning("Datei %s nicht lesbar, wird neu angelegt", path.name)
        return default
    return data if isinstance(data, type(default)) else default
