"""Checking an `.argosmodel` zip before anything is extracted: layout, names, sizes, metadata.

argostranslate's own installer just unzips into its folder, so a bad file could overwrite or
escape it; every check here happens on the archive's directory, before a single byte is written.
"""

from __future__ import annotations

import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..i18n import _
from .errors import ModelPackageError
from .metadata import MetadataProblem, ModelMetadata, parse_metadata

# A real model is ~100 MB; these limits only stop archives built to exhaust the disk.
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_FILES = 1000
MAX_RATIO = 100  # uncompressed : compressed; model weights barely compress, zip bombs reach 1000+
RATIO_CHECK_FROM = 1024 * 1024  # tiny files (JSON, text) may compress well and harmlessly
TOP_FOLDER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
REQUIRED_FILES = ("metadata.json", "sentencepiece.model", "model/model.bin")


@dataclass(frozen=True)
class PackageContents:
    """A checked archive: its one top folder, its metadata and the entries to extract."""

    top: str
    metadata: ModelMetadata
    members: tuple[zipfile.ZipInfo, ...]
    uncompressed_bytes: int


def refused(origin: str, reason: str) -> ModelPackageError:
    """The one wording for a refused package, so every refusal tells the same next step."""
    return ModelPackageError(
        _("Das Modellpaket „{package}“ wurde nicht installiert: {reason}.").format(package=origin, reason=reason),
        hint=_("Bitte verwenden Sie eine unveränderte Argos-Translate-Datei (.argosmodel) von der IT. "
               "Die bereits installierten Modelle sind unverändert."),
    )


def open_archive(path: Path) -> zipfile.ZipFile:
    """Open `path` as a zip file or raise a ModelPackageError saying it is none."""
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ModelPackageError(_("Die Datei „{path}“ wurde nicht gefunden.").format(path=path)) from None
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise refused(path.name, _("die Datei ist kein ZIP-Archiv (oder beschädigt)")) from None
    except OSError as exc:
        raise ModelPackageError(
            _("Die Datei „{path}“ kann nicht gelesen werden ({error}).").format(path=path, error=exc.strerror)
        ) from exc


def inspect_archive(archive: zipfile.ZipFile, *, origin: str, archive_bytes: int) -> PackageContents:
    """Check every entry of an open archive; raise ModelPackageError for the first problem."""
    members = tuple(archive.infolist())
    total = _check_sizes(members, origin=origin, archive_bytes=archive_bytes)
    for info in members:
        _check_entry(info, origin)
    _check_unique(members, origin)
    top = _top_folder(members, origin)
    _check_required(members, top, origin)
    metadata = _read_metadata(archive, top, origin)
    return PackageContents(top=top, metadata=metadata, members=members, uncompressed_bytes=total)


def inspect_package(path: Path) -> PackageContents:
    """Check a package file without extracting it."""
    with open_archive(path) as archive:
        return inspect_archive(archive, origin=path.name, archive_bytes=path.stat().st_size)


def _check_sizes(members: tuple[zipfile.ZipInfo, ...], *, origin: str, archive_bytes: int) -> int:
    if not members:
        raise refused(origin, _("das Archiv ist leer"))
    if len(members) > MAX_FILES:
        raise refused(origin, _("das Archiv enthält mehr als {count} Einträge").format(count=MAX_FILES))
    total = sum(info.file_size for info in members)
    if total > MAX_TOTAL_BYTES:
        raise refused(origin, _("entpackt wäre es größer als {size} GB").format(size=MAX_TOTAL_BYTES // 1024**3))
    if total > RATIO_CHECK_FROM and total > MAX_RATIO * max(archive_bytes, 1):
        raise refused(origin, _("das Archiv ist verdächtig stark komprimiert (ZIP-Bombe)"))
    for info in members:
        if info.file_size > RATIO_CHECK_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise refused(origin, _("„{name}“ ist verdächtig stark komprimiert (ZIP-Bombe)").format(name=info.filename))
    return total


def _check_entry(info: zipfile.ZipInfo, origin: str) -> None:
    name = info.filename
    # Backslashes and colons are path separators or drive letters on Windows, where the app runs.
    if "\\" in name or ":" in name or "\x00" in name or name.startswith("/"):
        raise refused(origin, _("unzulässiger Pfad im Archiv: „{name}“").format(name=name))
    if any(part in ("", ".", "..") for part in name.rstrip("/").split("/")):
        raise refused(origin, _("der Pfad „{name}“ zeigt aus dem Paketordner hinaus").format(name=name))
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise refused(origin, _("„{name}“ ist eine symbolische Verknüpfung").format(name=name))
    if stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise refused(origin, _("„{name}“ ist keine gewöhnliche Datei").format(name=name))
    if info.flag_bits & 0x1:
        raise refused(origin, _("„{name}“ ist verschlüsselt").format(name=name))


def _check_unique(members: tuple[zipfile.ZipInfo, ...], origin: str) -> None:
    seen: set[str] = set()
    for info in members:
        key = info.filename.rstrip("/").lower()  # Windows file names ignore case
        if key in seen:
            raise refused(origin, _("„{name}“ kommt mehrfach vor").format(name=info.filename))
        seen.add(key)


def _top_folder(members: tuple[zipfile.ZipInfo, ...], origin: str) -> str:
    tops = {info.filename.split("/", 1)[0] for info in members}
    if len(tops) != 1:
        raise refused(origin, _("das Archiv muss genau einen Ordner enthalten, gefunden: {folders}").format(
            folders=", ".join(sorted(tops))))
    top = tops.pop()
    loose = [info.filename for info in members if "/" not in info.filename]
    if loose:
        raise refused(origin, _("„{name}“ liegt außerhalb des Paketordners").format(name=loose[0]))
    if not TOP_FOLDER.match(top):
        raise refused(origin, _("unzulässiger Ordnername „{name}“").format(name=top))
    return top


def _check_required(members: tuple[zipfile.ZipInfo, ...], top: str, origin: str) -> None:
    files = {info.filename for info in members if not info.is_dir()}
    if f"{top}/bpe.model" in files and f"{top}/sentencepiece.model" not in files:
        raise refused(origin, _("Pakete mit BPE-Tokenisierung werden nicht unterstützt (sentencepiece.model fehlt)"))
    if not any(name.startswith(f"{top}/model/") for name in files):
        raise refused(origin, _("der Modellordner „model/“ fehlt"))
    for required in REQUIRED_FILES:
        if f"{top}/{required}" not in files:
            raise refused(origin, _("die Datei „{name}“ fehlt").format(name=required))


def _read_metadata(archive: zipfile.ZipFile, top: str, origin: str) -> ModelMetadata:
    info = archive.getinfo(f"{top}/metadata.json")
    try:
        with archive.open(info) as stream:
            raw = stream.read(info.file_size + 1)
        return parse_metadata(raw)
    except MetadataProblem as problem:
        raise refused(origin, str(problem)) from None
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError):
        raise refused(origin, _("metadata.json kann nicht gelesen werden (Archiv beschädigt)")) from None
