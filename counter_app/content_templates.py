"""Letter templates as content: add, replace and retire a team lead's templates (checked by the
letters package, recorded in the content audit), and their files for content packs.

Default templates live in resources/ and are never changed; an imported template of the same name
takes a default's place, and retiring it brings the default back. Only imported templates can be
retired: they are moved to `<data>/templates/retired/`, never deleted.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import content_audit
from .content_versions import raise_content_version
from .errors import NotFoundError
from .i18n import _
from .letters import catalog, checking
from .letters.errors import TemplateError


@dataclass(frozen=True)
class TemplateFile:
    """An imported template's file and catalogue data, as carried in a content pack."""

    name: str
    data: bytes
    title: str = ""
    description: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def list_templates(ctx) -> list[catalog.TemplateInfo]:
    return catalog.list_templates(ctx.paths.root)


def imported_templates(ctx) -> dict[str, TemplateFile]:
    """Templates a team lead imported here (the ones a pack carries), by name."""
    found = {}
    for info in catalog.list_templates(ctx.paths.root):
        if info.origin == catalog.ORIGIN_IMPORTED:
            meta = catalog.read_sidecar(info.path)
            found[info.name] = TemplateFile(info.name, info.path.read_bytes(), meta.get("title", ""),
                                            meta.get("description", ""))
    return found


def add_template(ctx, source: Path, *, author: str, name: str | None = None, title: str = "",
                 description: str = "") -> catalog.TemplateInfo:
    """Check and store a new template; a name in use is refused (replace it instead)."""
    info = checking.import_template(ctx.paths.root, source, settings_get=ctx.settings.get, name=name, title=title,
                                    description=description, replace=False, author=author)
    _record(ctx, "template_add", author, info.name, source.name)
    return info


def replace_template(ctx, name: str, source: Path, *, author: str, title: str = "",
                     description: str = "") -> catalog.TemplateInfo:
    """Check and store `source` in place of template `name` (the old file is kept under replaced/)."""
    catalog.find_template(ctx.paths.root, name)
    info = checking.import_template(ctx.paths.root, source, settings_get=ctx.settings.get, name=name, title=title,
                                    description=description, replace=True, author=author)
    _record(ctx, "template_replace", author, name, source.name)
    return info


def retire_template(ctx, name: str, *, author: str) -> Path:
    """Take an imported template out of use; returns where its file was moved."""
    moved = _move_to_retired(ctx, name)
    _record(ctx, "template_retire", author, name, "")
    return moved


def _move_to_retired(ctx, name: str) -> Path:
    info = catalog.find_template(ctx.paths.root, name)
    if info.origin != catalog.ORIGIN_IMPORTED:
        raise TemplateError(_("„{title}“ ist eine Standardvorlage und kann nicht zurückgezogen werden.").format(
                                title=info.title),
                            hint=_("Eine Standardvorlage lässt sich durch eine eigene Vorlage ersetzen."))
    folder = info.path.parent / "retired"
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"{name}-{datetime.now():%Y%m%d-%H%M%S}.docx"
    sidecar = catalog.sidecar_path(info.path)
    if sidecar.exists():
        sidecar.replace(target.with_suffix(".json"))
    info.path.replace(target)
    return target


def _record(ctx, action: str, author: str, name: str, detail: str) -> None:
    store = ctx.store()
    with store.transaction():
        content_audit.record(store, action, who=author, subject=name, detail=detail)
        raise_content_version(store)


# --- content packs -----------------------------------------------------------------------------


def check_template_file(ctx, template: TemplateFile) -> None:
    """Run the letters package's full check on a pack's template; TemplateError names the problems."""
    with tempfile.TemporaryDirectory(prefix="counter-template-") as folder:
        path = Path(folder) / f"{template.name}.docx"
        path.write_bytes(template.data)
        checking.check_template(path, settings_get=ctx.settings.get)


def install_from_pack(ctx, template: TemplateFile, *, author: str) -> None:
    """Store a (checked) template from a pack, replacing one of the same name."""
    with tempfile.TemporaryDirectory(prefix="counter-template-") as folder:
        path = Path(folder) / f"{template.name}.docx"
        path.write_bytes(template.data)
        checking.import_template(ctx.paths.root, path, settings_get=ctx.settings.get, name=template.name,
                                 title=template.title, description=template.description, replace=True,
                                 author=author)


def retire_from_pack(ctx, name: str) -> None:
    try:
        _move_to_retired(ctx, name)
    except (NotFoundError, TemplateError):
        pass  # already gone, or a default: nothing to take out of use


__all__ = ["TemplateFile", "add_template", "replace_template", "retire_template", "imported_templates",
           "list_templates", "check_template_file", "install_from_pack", "retire_from_pack"]
