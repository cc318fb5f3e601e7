"""The sync folder (`paths.sync_folder`, e.g. a network share): a team lead exports a pack there,
and every PC checks it at start-up for a pack newer than the last one it imported.

"Newer" means a higher (content version, created) than the last imported pack; packs this PC
exported or imported itself are skipped. A newer pack is offered with its change preview, or
applied at once if `content.auto_apply_packs` is set — local edits are kept either way.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .content_pack_files import Manifest, read_manifest
from .content_packs import ImportPlan, ImportResult, apply_import, plan_import, read_pack
from .errors import ContentError
from .i18n import _

PACK_SUFFIX = ".zip"


@dataclass(frozen=True)
class SyncCheck:
    folder: Path | None
    path: Path | None = None  # the newer pack, if any
    plan: ImportPlan | None = None
    result: ImportResult | None = None  # set when it was applied automatically
    problems: tuple[str, ...] = ()  # unreadable or refused files (German)

    @property
    def offers_changes(self) -> bool:
        return self.plan is not None and self.result is None and bool(self.plan.changes)


def sync_folder(ctx) -> Path | None:
    configured = ctx.settings.get("paths.sync_folder")
    return Path(os.path.expandvars(os.path.expanduser(configured))) if configured else None


def pack_file_name(manifest_created: str, content_version: int) -> str:
    """A name that sorts by time in a file browser: inhaltspaket-20261125-1403-v12.zip."""
    stamp = manifest_created.replace("-", "").replace(":", "").replace("T", "-")[:13]
    return f"inhaltspaket-{stamp}-v{content_version}{PACK_SUFFIX}"


def last_imported_rank(store) -> tuple[int, str] | None:
    row = store.query("SELECT content_version, created FROM content_packs WHERE direction = 'import' "
                      "ORDER BY content_version DESC, created DESC LIMIT 1")
    return (row[0]["content_version"], row[0]["created"]) if row else None


def known_pack_ids(store) -> set[str]:
    return {r["pack_id"] for r in store.query("SELECT pack_id FROM content_packs")}


def newer_packs(ctx, folder: Path) -> tuple[list[tuple[Manifest, Path]], list[str]]:
    """Packs in `folder` newer than the last import, newest first; and problems with other files."""
    store = ctx.store()
    known, last = known_pack_ids(store), last_imported_rank(store)
    found, problems = [], []
    for path in sorted(folder.glob(f"*{PACK_SUFFIX}")):
        try:
            manifest = read_manifest(path)
        except ContentError as exc:
            problems.append(exc.message)
            continue
        if manifest.pack_id not in known and (last is None or manifest.rank > last):
            found.append((manifest, path))
    found.sort(key=lambda pair: pair[0].rank, reverse=True)
    return found, problems


def check_sync_folder(ctx, *, user: str, auto_apply: bool | None = None) -> SyncCheck:
    """Look for a newer pack; plan it, and apply it if automatic application is on.

    A pack without changes is recorded as imported at once, so it is not offered again.
    """
    folder = sync_folder(ctx)
    if folder is None or not folder.is_dir():
        problems = (_("Der Austauschordner {folder} ist nicht erreichbar.").format(folder=folder),) if folder else ()
        return SyncCheck(folder, problems=problems)
    candidates, problems = newer_packs(ctx, folder)
    if not candidates:
        return SyncCheck(folder, problems=tuple(problems))
    path = candidates[0][1]
    try:
        plan = plan_import(ctx, read_pack(path))
    except ContentError as exc:
        return SyncCheck(folder, path, problems=(*problems, exc.message))
    auto = ctx.settings.get("content.auto_apply_packs") if auto_apply is None else auto_apply
    if auto or not plan.changes:
        return SyncCheck(folder, path, plan, apply_import(ctx, plan, user=user), tuple(problems))
    return SyncCheck(folder, path, plan, problems=tuple(problems))
