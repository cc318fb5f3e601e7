"""The content pack file: one zip with `manifest.json` (format and content version, author, created,
sha256 of every file) and the content files. Reading checks everything before anything is used,
then parses the content (checklists, snippets, templates, referrals) with the usual validation.

A damaged or foreign file is refused whole with a German message: not a zip, no or an invalid
manifest, an unknown format version, a file missing, added or with another checksum, a name that
leaves the pack (`../`, absolute, backslashes), or more data than a pack can hold (zip bombs).
Sizes are enforced while reading, not taken from the zip's own headers.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from . import content_referrals, content_snippets
from .checklists import Checklist, parse_checklist
from .content_diff import yaml_load
from .errors import ContentError
from .i18n import _

FORMAT = "counter-app-content-pack"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 16 * 1024 * 1024
MAX_TOTAL_BYTES = 128 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
# Only these names, so nothing in a pack can point outside it (`../`, absolute paths, backslashes).
_ALLOWED_NAME = re.compile(r"^(snippets\.yaml|referrals\.json|checklists/[a-z][a-z0-9_]{0,63}\.yaml"
                           r"|templates/[a-z0-9][a-z0-9_-]{0,39}\.docx)$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class PackError(ContentError):
    """The file is not a usable content pack; nothing was changed."""


@dataclass(frozen=True)
class Manifest:
    format_version: int
    content_version: int
    pack_id: str
    author: str
    created: str  # UTC, ISO 8601
    complete: bool  # all content of the exporting PC (absent items count as removed)
    files: Mapping[str, str]  # name → sha256
    templates: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # name → title, description

    def to_json(self) -> bytes:
        data = {"format": FORMAT, "format_version": self.format_version, "content_version": self.content_version,
                "pack_id": self.pack_id, "author": self.author, "created": self.created, "complete": self.complete,
                "files": dict(self.files), "templates": {k: dict(v) for k, v in self.templates.items()}}
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")

    @property
    def rank(self) -> tuple[int, str]:
        """Order of packs: content version first, then creation time."""
        return (self.content_version, self.created)


@dataclass(frozen=True)
class PackFiles:
    path: Path
    manifest: Manifest
    files: Mapping[str, bytes]
    sha256: str  # of the whole pack file


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def refused(path: Path, reason: str) -> PackError:
    return PackError(_("Das Inhaltspaket „{name}“ wurde abgelehnt: {reason} Es wurde nichts geändert.").format(
                         name=path.name, reason=reason),
                     hint=_("Bitte ein unverändertes Inhaltspaket des Schalterassistenten verwenden oder die "
                            "Teamleitung um ein neues Paket bitten."))


# --- writing -----------------------------------------------------------------------------------


def write_pack(target: Path, *, files: Mapping[str, bytes], content_version: int, pack_id: str, author: str,
               created: str, complete: bool, templates: Mapping[str, Mapping[str, str]] | None = None) -> Manifest:
    """Write the pack beside `target` and rename it into place, so nobody reads half a pack."""
    manifest = Manifest(FORMAT_VERSION, content_version, pack_id, author, created, complete,
                        {name: sha256(data) for name, data in sorted(files.items())}, dict(templates or {}))
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream, zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest.to_json())
            for name, data in sorted(files.items()):
                archive.writestr(name, data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return manifest


# --- reading -----------------------------------------------------------------------------------


def read_manifest(path: Path) -> Manifest:
    """Only the manifest (cheap: for ranking the packs in a sync folder)."""
    with _open_zip(path) as archive:
        info = _member(archive, path, MANIFEST)
        return parse_manifest(_read_member(archive, info, path, MAX_MANIFEST_BYTES), path)


def read_pack_files(path: Path) -> PackFiles:
    """Every file of the pack, each checked against the manifest."""
    data = _read_whole_file(path)
    with _open_zip(path) as archive:
        infos = _checked_members(archive, path)
        manifest = parse_manifest(_read_member(archive, infos.pop(MANIFEST), path, MAX_MANIFEST_BYTES), path)
        files = _read_members(archive, infos, path)
    _check_listing(manifest, files, path)
    return PackFiles(path, manifest, files, sha256(data))


def _read_whole_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_TOTAL_BYTES:
            raise refused(path, _("Die Datei ist mit {size} MB zu groß.").format(size=size // 1024 // 1024))
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise PackError(_("Die Datei {path} gibt es nicht.").format(path=path)) from exc
    except OSError as exc:
        raise PackError(_("Die Datei {path} kann nicht gelesen werden ({reason}).").format(
            path=path, reason=exc.strerror)) from exc


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise PackError(_("Die Datei {path} gibt es nicht.").format(path=path)) from exc
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise refused(path, _("Die Datei ist kein Inhaltspaket (keine gültige ZIP-Datei).")) from exc


def _member(archive: zipfile.ZipFile, path: Path, name: str) -> zipfile.ZipInfo:
    try:
        return archive.getinfo(name)
    except KeyError as exc:
        raise refused(path, _("Die Paketbeschreibung (manifest.json) fehlt.")) from exc


def _checked_members(archive: zipfile.ZipFile, path: Path) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise refused(path, _("Es enthält {count} Dateien (höchstens {limit}).").format(
            count=len(infos), limit=MAX_MEMBERS))
    found: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if info.is_dir():
            continue
        if info.filename != MANIFEST and not _ALLOWED_NAME.match(info.filename):
            raise refused(path, _("Es enthält die unzulässige Datei „{name}“.").format(name=info.filename[:120]))
        if info.filename in found:
            raise refused(path, _("Die Datei „{name}“ kommt doppelt vor.").format(name=info.filename))
        found[info.filename] = info
    if MANIFEST not in found:
        raise refused(path, _("Die Paketbeschreibung (manifest.json) fehlt."))
    return found


def _read_members(archive: zipfile.ZipFile, infos: Mapping[str, zipfile.ZipInfo], path: Path) -> dict[str, bytes]:
    files, total = {}, 0
    for name, info in infos.items():
        data = _read_member(archive, info, path, min(MAX_MEMBER_BYTES, MAX_TOTAL_BYTES - total))
        total += len(data)
        files[name] = data
    return files


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, limit: int) -> bytes:
    """Read at most `limit` bytes; more means a zip bomb or a foreign file, whatever the header says."""
    try:
        with archive.open(info) as stream:
            data = stream.read(limit + 1)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError, ValueError) as exc:
        raise refused(path, _("Die Datei „{name}“ im Paket ist beschädigt ({error}).").format(
            name=info.filename, error=exc)) from exc
    if len(data) > limit:
        raise refused(path, _("Die Datei „{name}“ ist entpackt zu groß (mögliche ZIP-Bombe).").format(
            name=info.filename))
    return data


def parse_manifest(raw: bytes, path: Path) -> Manifest:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise refused(path, _("Die Paketbeschreibung (manifest.json) ist kein gültiges JSON.")) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise refused(path, _("Die Datei ist kein Inhaltspaket des Schalterassistenten."))
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise refused(path, _("Das Paketformat {version} ist unbekannt (dieses Programm kennt {known}); "
                              "vermutlich stammt das Paket von einer neueren Programmversion.").format(
                                  version=repr(version), known=FORMAT_VERSION))
    return _manifest_fields(data, path)


def _manifest_fields(data: Mapping[str, Any], path: Path) -> Manifest:
    problems = []
    for key, kind in (("content_version", int), ("pack_id", str), ("author", str), ("created", str),
                      ("complete", bool), ("files", dict)):
        if not isinstance(data.get(key), kind) or (kind is int and isinstance(data.get(key), bool)):
            problems.append(key)
    files = data.get("files") if isinstance(data.get("files"), dict) else {}
    bad = [n for n, s in files.items() if not (isinstance(s, str) and _SHA256.match(s) and _ALLOWED_NAME.match(n))]
    templates = data.get("templates", {})
    if bad:
        problems.append(f"files[{str(bad[0])[:80]}]")
    if not isinstance(templates, dict) or not _templates_valid(templates):
        problems.append("templates")
    if problems:
        raise refused(path, _("Die Paketbeschreibung ist unvollständig oder fehlerhaft ({keys}).").format(
            keys=", ".join(problems)))
    return Manifest(FORMAT_VERSION, data["content_version"], data["pack_id"], data["author"], data["created"],
                    data["complete"], dict(files), {k: dict(v) for k, v in templates.items()})


def _templates_valid(templates: Mapping[str, Any]) -> bool:
    return all(isinstance(v, dict) and all(isinstance(x, str) for x in v.values()) for v in templates.values())


def _check_listing(manifest: Manifest, files: Mapping[str, bytes], path: Path) -> None:
    missing = sorted(set(manifest.files) - set(files))
    extra = sorted(set(files) - set(manifest.files))
    if missing:
        raise refused(path, _("Die Datei „{name}“ fehlt im Paket.").format(name=missing[0]))
    if extra:
        raise refused(path, _("Die Datei „{name}“ steht nicht in der Paketbeschreibung.").format(name=extra[0]))
    for name, data in files.items():
        if sha256(data) != manifest.files[name]:
            raise refused(path, _("Die Prüfsumme von „{name}“ stimmt nicht (Datei verändert oder "
                                  "beschädigt).").format(name=name))


@dataclass(frozen=True)
class Pack:
    files: PackFiles
    checklists: Mapping[str, Checklist]
    snippet_categories: Mapping[str, str]
    snippets: Mapping[str, dict]
    templates: Mapping[str, Any]  # name → content_templates.TemplateFile
    referrals: Mapping[str, dict] | None  # id → entry; None: the pack carries no directory

    @property
    def manifest(self) -> Manifest:
        return self.files.manifest


# --- the content of a pack --------------------------------------------------------------------


def read_pack(path: Path) -> Pack:
    """Read and validate a whole pack; PackError (German) if anything is wrong."""
    files = read_pack_files(Path(path))
    cats, records = _parse_snippets(files)
    return Pack(files, _parse_checklists(files), cats, records, _templates(files), _parse_referrals(files))


def _yaml(files: PackFiles, name: str) -> Any:
    import yaml

    try:
        return yaml_load(files.files[name].decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise refused(files.path, _("„{name}“ ist kein gültiges YAML ({error}).").format(
            name=name, error=exc)) from exc


def _parse_checklists(files: PackFiles) -> dict[str, Checklist]:
    found = {}
    for name in sorted(n for n in files.files if n.startswith("checklists/")):
        try:
            checklist = parse_checklist(_yaml(files, name), origin=_("„{name}“ im Paket").format(name=name))
        except ContentError as exc:
            raise refused(files.path, _("Es enthält eine ungültige Checkliste.\n{problems}").format(
                problems=exc.message)) from exc
        if f"checklists/{checklist.id}.yaml" != name:
            raise refused(files.path, _("„{name}“ enthält das Anliegen „{matter}“.").format(
                name=name, matter=checklist.id))
        found[checklist.id] = checklist
    return found


def _parse_snippets(files: PackFiles) -> tuple[dict[str, str], dict[str, dict]]:
    if "snippets.yaml" not in files.files:
        return {}, {}
    data = _yaml(files, "snippets.yaml")
    problems = content_snippets.problems_in(data)
    if problems:
        listing = "\n".join(f"  – {p}" for p in problems[:20])
        raise refused(files.path, _("Die Textbausteine sind ungültig:\n{problems}").format(problems=listing))
    records = {r["id"]: content_snippets.normalised(r) for r in data["snippets"]}
    return dict(data.get("categories") or {}), records


def _parse_referrals(files: PackFiles) -> dict[str, dict] | None:
    raw = files.files.get(content_referrals.FILE_NAME)
    if raw is None:
        return None
    try:
        origin = _("„{name}“ im Paket").format(name=content_referrals.FILE_NAME)
        return content_referrals.parse_file(raw, origin=origin)
    except ContentError as exc:
        raise refused(files.path, _("Es enthält ein ungültiges Verweisverzeichnis.\n{problems}").format(
            problems=exc.message)) from exc


def _templates(files: PackFiles) -> dict[str, Any]:
    names = sorted(n for n in files.files if n.startswith("templates/"))
    if not names:
        return {}
    from .content_templates import TemplateFile

    found = {}
    for name in names:
        stem = name[len("templates/"):-len(".docx")]
        meta = files.manifest.templates.get(stem, {})
        found[stem] = TemplateFile(stem, files.files[name], meta.get("title", ""), meta.get("description", ""))
    return found
