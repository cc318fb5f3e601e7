"""Exporting content as a pack: the current version of every matter (or a selection), the snippet
library with review status, imported letter templates and the referral directory.

A pack of everything is marked `complete`: on import, what it lacks counts as removed. A
selection never removes anything.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Iterable

from . import checklists, content_audit, content_referrals, content_snippets
from .content_audit import utc_stamp
from .content_diff import yaml_text
from .content_pack_files import Manifest, sha256, write_pack
from .content_versions import content_version


def export_pack(ctx, target: Path, *, author: str, matters: Iterable[str] | None = None,
                include_snippets: bool = True, include_templates: bool = True,
                include_referrals: bool = True) -> Manifest:
    """Write the current content (all, or the given matters) as a pack to `target`."""
    store = ctx.store()
    selected = list(matters) if matters is not None else [m.id for m in checklists.matters(store)]
    files = {f"checklists/{mid}.yaml": yaml_text(checklists.load(store, mid).to_dict()).encode() for mid in selected}
    if include_snippets:
        files["snippets.yaml"] = _snippet_file(store, None if matters is None else set(selected))
    templates = _imported_templates(ctx) if include_templates else {}
    files.update({f"templates/{t.name}.docx": t.data for t in templates.values()})
    if include_referrals and _has_referrals(store):
        files[content_referrals.FILE_NAME] = content_referrals.file_bytes(store)
    complete = matters is None and include_snippets and include_templates and include_referrals
    manifest = write_pack(Path(target), files=files, content_version=content_version(store),
                          pack_id=uuid.uuid4().hex, author=author, created=utc_stamp(), complete=complete,
                          templates={t.name: {"title": t.title, "description": t.description}
                                     for t in templates.values()})
    record_pack(store, manifest, direction="export", who=author, file_sha256=sha256(Path(target).read_bytes()),
                summary=Path(target).name)
    return manifest


def _snippet_file(store, matters: set[str] | None) -> bytes:
    records = [r for r in content_snippets.records(store).values() if matters is None
               or not content_snippets.is_checklist_text(r["id"]) or content_snippets.matter_of(r["id"]) in matters]
    return yaml_text({"categories": content_snippets.categories(store), "snippets": records}).encode()


def _imported_templates(ctx) -> dict:
    from .content_templates import imported_templates

    return imported_templates(ctx)


def _has_referrals(store) -> bool:
    """The referral directory exists from schema 6 on (referrals.py); older files have none."""
    return bool(store.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'referrals'"))


def record_pack(store, manifest: Manifest, *, direction: str, who: str, file_sha256: str, summary: str) -> None:
    """Remember an exported or imported pack (the sync check skips it) and audit it."""
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO content_packs (pack_id, direction, content_version, created, author, file_sha256, "
            "at, who, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (manifest.pack_id, direction, manifest.content_version, manifest.created, manifest.author, file_sha256,
             utc_stamp(), who, summary))
        content_audit.record(store, direction, who=who, subject=manifest.pack_id,
                             detail=f"Inhaltsversion {manifest.content_version}: {summary}")
