"""The installed models: one folder per package in the app's models folder, listed and removed here."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import NotFoundError
from ..i18n import _
from .errors import ModelPackageError, TranslationError
from .metadata import MetadataProblem, ModelMetadata, parse_metadata

log = logging.getLogger(__name__)

# Folders starting with a dot are our own staging areas (install, removal), never packages.
HIDDEN_PREFIX = "."


@dataclass(frozen=True)
class InstalledModel:
    """One installed package folder and what it translates."""

    name: str
    path: Path
    metadata: ModelMetadata
    identity: str  # changes whenever the package's files are replaced

    @property
    def pair(self) -> str:
        return self.metadata.pair


def installed_models(models_dir: Path) -> list[InstalledModel]:
    """Valid packages in `models_dir`, sorted by name; unusable folders are logged and skipped."""
    models = []
    for folder in _package_folders(models_dir):
        try:
            models.append(read_model(folder))
        except (OSError, MetadataProblem) as exc:
            log.warning("Modellordner %s wird übersprungen: %s", folder, exc)
    return models


def unusable_folders(models_dir: Path) -> list[tuple[str, str]]:
    """Folders in `models_dir` that are not valid packages, with the reason (for the admin listing)."""
    problems = []
    for folder in _package_folders(models_dir):
        try:
            read_model(folder)
        except OSError as exc:
            problems.append((folder.name, _("metadata.json nicht lesbar ({error})").format(error=exc.strerror or exc)))
        except MetadataProblem as exc:
            problems.append((folder.name, str(exc)))
    return problems


def read_model(folder: Path) -> InstalledModel:
    """Read one package folder; raise OSError or MetadataProblem if it is not a usable package."""
    raw = (folder / "metadata.json").read_bytes()
    metadata = parse_metadata(raw)
    for required in ("sentencepiece.model", "model/model.bin"):
        if not (folder / required).is_file():
            raise MetadataProblem(_("die Datei „{name}“ fehlt").format(name=required))
    return InstalledModel(folder.name, folder, metadata, _identity(folder, raw))


def models_by_pair(models: list[InstalledModel]) -> dict[tuple[str, str], InstalledModel]:
    """One model per language pair; of duplicates (copied in by hand) the highest version wins."""
    chosen: dict[tuple[str, str], InstalledModel] = {}
    for model in sorted(models, key=_version_order):
        chosen[(model.metadata.source, model.metadata.target)] = model
    return chosen


def folder_fingerprint(models_dir: Path) -> tuple:
    """A cheap value that changes when packages are added, removed or replaced (one directory scan)."""
    try:
        with os.scandir(models_dir) as entries:
            return tuple(sorted((e.name, e.inode(), e.stat().st_mtime_ns) for e in entries))
    except OSError:  # missing or unreadable: the listing itself reports why
        return ()


def remove_model(models_dir: Path, name: str) -> list[InstalledModel]:
    """Remove the package(s) called `name` (folder name, pair like `de_en`, or `translate-de_en`)."""
    models = [m for m in installed_models(models_dir) if name in _names_of(m)]
    if not models:
        raise _not_installed(models_dir, name)
    trash = Path(tempfile.mkdtemp(prefix=".remove-", dir=models_dir))
    try:
        for model in models:
            # One rename takes the pair away at once; deleting the files can then take its time.
            model.path.rename(trash / model.name)
    except OSError as exc:
        raise ModelPackageError(
            _("Das Modell „{name}“ konnte nicht entfernt werden ({error}).").format(name=name, error=exc.strerror or exc),
            hint=_("Wird es gerade von einem laufenden Schalterassistenten benutzt? Bitte später erneut versuchen."),
        ) from exc
    finally:
        shutil.rmtree(trash, ignore_errors=True)
    return models


def _package_folders(models_dir: Path) -> list[Path]:
    if not models_dir.is_dir():
        return []
    try:
        return sorted(p for p in models_dir.iterdir() if p.is_dir() and not p.name.startswith(HIDDEN_PREFIX))
    except OSError as exc:
        raise TranslationError(
            _("Der Modellordner „{folder}“ kann nicht gelesen werden ({error}).").format(
                folder=models_dir, error=exc.strerror or exc),
            hint=_("Bitte Zugriffsrechte prüfen oder die IT fragen (Einstellung paths.models_dir)."),
        ) from exc


def _identity(folder: Path, metadata_raw: bytes) -> str:
    # Size and modification time of the weights stand in for their content: hashing 100 MB on
    # every scan would be slow, and every install writes fresh files anyway.
    digest = hashlib.sha256(folder.name.encode("utf-8") + b"\0" + metadata_raw)
    for part in ("model/model.bin", "sentencepiece.model"):
        info = (folder / part).stat()
        digest.update(f"\0{part}:{info.st_size}:{info.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


def _version_order(model: InstalledModel) -> tuple:
    numbers = tuple(int(n) for n in model.metadata.package_version.split("."))
    return (numbers, model.name)


def _names_of(model: InstalledModel) -> set[str]:
    return {model.name, model.pair, f"translate-{model.pair}"}


def _not_installed(models_dir: Path, name: str) -> NotFoundError:
    names = ", ".join(m.name for m in installed_models(models_dir))
    return NotFoundError(
        _("Ein Übersetzungsmodell „{name}“ ist nicht installiert.").format(name=name),
        hint=_("Installierte Modelle: {names} (Liste: counter-app admin models).").format(names=names) if names
        else _("Installierte Modelle: keine (Liste: counter-app admin models)."),
    )
