"""Installing an `.argosmodel` file: check it whole, extract beside the models, then swap it in.

Everything is extracted into a staging folder inside the models folder (same disk, so the final
step is a rename). A package for a pair that is already installed replaces the old folder only
after the new one has been extracted and loaded successfully.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..i18n import _
from . import runtime
from .archive import PackageContents, inspect_archive, open_archive, refused
from .errors import ModelPackageError
from .packages import InstalledModel, installed_models, read_model

STAGING_PREFIX = ".install-"
STALE_STAGING_SECONDS = 3600  # older staging folders are leftovers of an interrupted install
CHUNK = 1024 * 1024
_install_lock = threading.Lock()


@dataclass(frozen=True)
class InstallOutcome:
    """The newly installed model and the packages it replaced (empty for a new pair)."""

    model: InstalledModel
    replaced: tuple[InstalledModel, ...]


def install_model(package_file: Path, models_dir: Path) -> InstallOutcome:
    """Install `package_file` into `models_dir`; on any problem nothing installed is changed."""
    package_file = Path(package_file)
    if not package_file.is_file():
        raise ModelPackageError(
            _("Die Datei „{path}“ wurde nicht gefunden.").format(path=package_file),
            hint=_("Bitte den Pfad zur .argosmodel-Datei prüfen."),
        )
    with open_archive(package_file) as archive:
        contents = inspect_archive(archive, origin=package_file.name, archive_bytes=package_file.stat().st_size)
        _prepare_folder(models_dir, contents)
        with _install_lock:
            return _install_checked(archive, contents, models_dir, origin=package_file.name)


def _install_checked(archive: zipfile.ZipFile, contents: PackageContents, models_dir: Path, *, origin: str):
    _remove_stale_staging(models_dir)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=models_dir))
    try:
        extracted = _extract(archive, contents, staging, origin=origin)
        _check_loadable(extracted, origin)
        return _swap_in(extracted, models_dir, contents, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _prepare_folder(models_dir: Path, contents: PackageContents) -> None:
    try:
        models_dir.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(models_dir).free
    except OSError as exc:
        raise ModelPackageError(
            _("Der Modellordner „{folder}“ ist nicht beschreibbar ({error}).").format(
                folder=models_dir, error=exc.strerror or exc),
            hint=_("Bitte Zugriffsrechte prüfen oder die IT fragen (Einstellung paths.models_dir)."),
        ) from exc
    needed = contents.uncompressed_bytes + 50 * 1024**2
    if free < needed:
        raise ModelPackageError(
            _("Zu wenig Speicherplatz im Modellordner „{folder}“: {needed} MB nötig, {free} MB frei.").format(
                folder=models_dir, needed=needed // 1024**2, free=free // 1024**2),
            hint=_("Bitte Platz schaffen oder ein nicht mehr benötigtes Modell entfernen "
                   "(counter-app admin remove-model)."),
        )


def _extract(archive: zipfile.ZipFile, contents: PackageContents, staging: Path, *, origin: str) -> Path:
    try:
        for info in contents.members:
            _extract_member(archive, info, staging, origin)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
        raise refused(origin, _("das Archiv ist beschädigt (Prüfsumme oder Komprimierung fehlerhaft)")) from None
    except OSError as exc:
        raise ModelPackageError(
            _("Das Modellpaket „{package}“ konnte nicht entpackt werden ({error}).").format(
                package=origin, error=exc.strerror or exc),
            hint=_("Die bereits installierten Modelle sind unverändert."),
        ) from exc
    return staging / contents.top


def _extract_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, staging: Path, origin: str) -> None:
    target = staging.joinpath(*info.filename.rstrip("/").split("/"))
    # The names were checked already; resolving again guards against a mistake in that check.
    if not target.resolve().is_relative_to(staging.resolve()):
        raise refused(origin, _("der Pfad „{name}“ zeigt aus dem Paketordner hinaus").format(name=info.filename))
    if info.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with archive.open(info) as source, open(target, "xb") as sink:
        while chunk := source.read(CHUNK):
            written += len(chunk)
            if written > info.file_size:
                raise refused(origin, _("„{name}“ ist größer als im Archiv angegeben").format(name=info.filename))
            sink.write(chunk)


def _check_loadable(folder: Path, origin: str) -> None:
    problem = runtime.load_problem(folder)
    if problem:
        raise refused(origin, problem)


def _swap_in(extracted: Path, models_dir: Path, contents: PackageContents, staging: Path) -> InstallOutcome:
    final = models_dir / contents.metadata.pair
    old = [m for m in installed_models(models_dir) if m.pair == contents.metadata.pair]
    in_the_way = {m.path for m in old} | ({final} if final.exists() else set())
    moved: list[tuple[Path, Path]] = []
    try:
        for index, path in enumerate(sorted(in_the_way)):
            aside = staging / f"replaced-{index}"
            path.rename(aside)
            moved.append((aside, path))
        extracted.rename(final)
    except OSError as exc:
        for aside, path in reversed(moved):
            aside.rename(path)  # put the old packages back: the install failed as a whole
        raise ModelPackageError(
            _("Das Modell {pair} konnte nicht an seinen Platz gelegt werden ({error}).").format(
                pair=contents.metadata.pair, error=exc.strerror or exc),
            hint=_("Wird es gerade benutzt? Bitte den Schalterassistenten schließen und erneut versuchen. "
                   "Die bisherigen Modelle sind unverändert."),
        ) from exc
    return InstallOutcome(model=read_model(final), replaced=tuple(old))


def _remove_stale_staging(models_dir: Path) -> None:
    cutoff = time.time() - STALE_STAGING_SECONDS
    for leftover in models_dir.glob(".*-*"):
        try:
            stale = leftover.name.startswith((STAGING_PREFIX, ".remove-")) and leftover.stat().st_mtime < cutoff
        except OSError:  # removed meanwhile by another process
            continue
        if stale:
            shutil.rmtree(leftover, ignore_errors=True)
