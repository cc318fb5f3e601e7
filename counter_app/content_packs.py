"""Content packs: export all content (or a selection) as one file, and import one — first as a plan
of what would change (new, changed, removed), then applied in one transaction.

Local edits are never overwritten silently: a matter whose current version was published here
after the last import, a snippet edited or reviewed here, or a template imported here differs
from what the last pack set (`content_baseline`); such a change is applied only if asked for
(per item in the dialog, `--replace-local` on the command line). A pack that is damaged, foreign
or holds invalid content is refused whole before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from . import checklists, content_audit, content_referrals, content_snippets, snippets
from .checklists import Checklist
from .content import DEFAULT_AUTHOR
from .content_diff import describe_changes
from .content_export import export_pack, record_pack
from .content_pack_files import Pack, read_pack, refused
from .content_versions import load_draft, raise_content_version
from .errors import ContentError
from .i18n import N_, _

NEW, CHANGED, REMOVED = "new", "changed", "removed"
# Marked only: translated where shown (`_(ACTION_LABELS[action])`); the Qt dialog has its own copy.
ACTION_LABELS = {NEW: N_("neu"), CHANGED: N_("geändert"), REMOVED: N_("entfernt")}
KIND_LABELS = {"checklist": N_("Checkliste"), "snippet": N_("Textbaustein"), "template": N_("Briefvorlage"),
               "referral": N_("Verweisverzeichnis")}


@dataclass(frozen=True)
class Change:
    kind: str  # checklist | snippet | template | referral
    key: str
    label: str
    action: str  # new | changed | removed
    local_edit: bool  # applying would overwrite a change made on this PC
    details: tuple[str, ...] = ()
    follows: tuple[str, str] | None = None  # a checklist's client text goes with its checklist's choice

    @property
    def ref(self) -> tuple[str, str]:
        return (self.kind, self.key)

    @property
    def needs_choice(self) -> bool:
        return self.local_edit and self.follows is None


@dataclass(frozen=True)
class ImportPlan:
    pack: Pack
    changes: tuple[Change, ...]
    unchanged: int

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.needs_choice]

    def summary(self) -> str:
        counts = {a: sum(1 for c in self.changes if c.action == a) for a in ACTION_LABELS}
        text = ", ".join(f"{n} {_(ACTION_LABELS[a])}" for a, n in counts.items() if n) or _("keine Änderungen")
        if not self.conflicts:
            return text
        return _("{changes}; {count} davon hier lokal geändert").format(changes=text, count=len(self.conflicts))


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    applied: tuple[Change, ...]
    kept: tuple[Change, ...]  # local edits kept


# --- planning ----------------------------------------------------------------------------------


def _baseline(store, kind: str) -> dict[str, str]:
    return {r["key"]: r["checksum"] for r in store.query("SELECT key, checksum FROM content_baseline WHERE kind = ?",
                                                         (kind,))}


def plan_import(ctx, pack: Pack, *, check_templates: bool = True) -> ImportPlan:
    """What importing `pack` would change here; refuses a pack with an unusable template."""
    store = ctx.store()
    matter_changes, unchanged = _checklist_changes(store, pack)
    kept_matters = {c.key for c in matter_changes if c.local_edit}
    snippet_changes, same_snippets = _snippet_changes(store, pack, kept_matters)
    template_changes, same_templates = _template_changes(ctx, pack)
    if check_templates:
        _check_templates(ctx, pack, [c.key for c in template_changes if c.action != REMOVED])
    referral_changes, same_referrals = _referral_changes(store, pack)
    changes = tuple(matter_changes + snippet_changes + template_changes + referral_changes)
    return ImportPlan(pack, changes, unchanged + same_snippets + same_templates + same_referrals)


def _checklist_changes(store, pack: Pack) -> tuple[list[Change], int]:
    local = {m.id for m in checklists.matters(store)}
    baseline = _baseline(store, "checklist")
    changes, unchanged = [], 0
    for mid, checklist in pack.checklists.items():
        if mid not in local:
            changes.append(Change("checklist", mid, checklist.title, NEW, False, (_("Anliegen neu"),)))
            continue
        current = checklists.load(store, mid)
        if current.checksum == checklist.checksum:
            unchanged += 1
            continue
        details = describe_changes(current.to_dict(), checklist.to_dict()) + _draft_note(store, mid)
        changes.append(Change("checklist", mid, checklist.title, CHANGED,
                              _checklist_is_local(store, current, baseline.get(mid)), tuple(details)))
    if pack.manifest.complete:
        for mid in sorted(local - set(pack.checklists)):
            current = checklists.load(store, mid)
            changes.append(Change("checklist", mid, current.title, REMOVED,
                                  _checklist_is_local(store, current, baseline.get(mid)),
                                  (_("Anliegen wird zurückgezogen; laufende Gespräche behalten ihre Version."),)))
    return changes, unchanged


def _checklist_is_local(store, current: Checklist, baseline: str | None) -> bool:
    if baseline is not None:
        return current.checksum != baseline
    author = store.scalar("SELECT author FROM checklist_versions WHERE matter_id = ? AND version = ?",
                          (current.id, current.version))
    return author != DEFAULT_AUTHOR  # never imported: only the shipped default content is not a local edit


def _draft_note(store, matter_id: str) -> list[str]:
    if load_draft(store, matter_id) is None:
        return []
    return [_("Hinweis: Für dieses Anliegen gibt es hier einen unveröffentlichten Entwurf; er bleibt erhalten.")]


def _snippet_changes(store, pack: Pack, kept_matters: set[str]) -> tuple[list[Change], int]:
    local, baseline = content_snippets.records(store), _baseline(store, "snippet")
    changes, unchanged = [], 0
    for sid, record in pack.snippets.items():
        old = local.get(sid)
        if old is not None and content_snippets.checksum(old) == content_snippets.checksum(record):
            unchanged += 1
            continue
        changes.append(_snippet_change(store, sid, old, record, baseline.get(sid), kept_matters))
    if pack.manifest.complete:
        for sid, old in local.items():
            if sid not in pack.snippets and not old["retired"] and not content_snippets.is_checklist_text(sid):
                changes.append(Change("snippet", sid, content_snippets.label(old), REMOVED,
                                      content_snippets.is_local(store, old, baseline.get(sid)),
                                      (_("wird stillgelegt"),)))
    return changes, unchanged


def _snippet_change(store, sid: str, old, record, baseline: str | None, kept_matters: set[str]) -> Change:
    details = tuple(content_snippets.describe(old, record))
    label = content_snippets.label(record)
    if content_snippets.is_checklist_text(sid) and content_snippets.matter_of(sid) in kept_matters:
        follows = ("checklist", content_snippets.matter_of(sid))
        return Change("snippet", sid, label, CHANGED if old else NEW, True, details, follows)
    is_local = old is not None and content_snippets.is_local(store, old, baseline)
    return Change("snippet", sid, label, CHANGED if old else NEW, is_local, details)


def _template_changes(ctx, pack: Pack) -> tuple[list[Change], int]:
    if not pack.templates and not pack.manifest.complete:
        return [], 0
    from .content_templates import imported_templates

    local, baseline = imported_templates(ctx), _baseline(ctx.store(), "template")
    changes, unchanged = [], 0
    for name, template in pack.templates.items():
        if name in local and local[name].sha256 == template.sha256:
            unchanged += 1
        else:
            is_local = name in local and baseline.get(name) != local[name].sha256
            action = CHANGED if name in local else NEW
            changes.append(Change("template", name, template.title or name, action, is_local))
    if pack.manifest.complete:
        changes += [Change("template", name, t.title or name, REMOVED, baseline.get(name) != t.sha256,
                           (_("wird zurückgezogen (eine Standardvorlage gleichen Namens gilt dann wieder)"),))
                    for name, t in local.items() if name not in pack.templates]
    return changes, unchanged


def _referral_changes(store, pack: Pack) -> tuple[list[Change], int]:
    if pack.referrals is None:
        return [], 0
    local, baseline = content_referrals.records(store), _baseline(store, "referral")
    changes, unchanged = [], 0
    for rid, entry in pack.referrals.items():
        old = local.get(rid)
        if old == entry:
            unchanged += 1
            continue
        is_local = old is not None and content_referrals.is_local(store, rid, old, baseline.get(rid))
        changes.append(Change("referral", rid, content_referrals.label(entry), CHANGED if old else NEW, is_local,
                              tuple(content_referrals.describe(old, entry))))
    if pack.manifest.complete:
        changes += [Change("referral", rid, content_referrals.label(old), REMOVED,
                           content_referrals.is_local(store, rid, old, baseline.get(rid)), (_("wird entfernt"),))
                    for rid, old in local.items() if rid not in pack.referrals]
    return changes, unchanged


def _check_templates(ctx, pack: Pack, names: list[str]) -> None:
    from .content_templates import check_template_file

    for name in names:
        try:
            check_template_file(ctx, pack.templates[name])
        except ContentError as exc:
            raise refused(pack.files.path, _("Es enthält eine unbrauchbare Briefvorlage.\n{problems}").format(
                problems=exc.message)) from exc


# --- applying ----------------------------------------------------------------------------------


def apply_import(ctx, plan: ImportPlan, *, user: str,
                 replace: bool | Iterable[tuple[str, str]] = False) -> ImportResult:
    """Apply a plan in one transaction. Local edits are kept unless `replace` is True or names them.

    The plan is made again against the database as it is now, so changes made since the preview
    are never overwritten by a stale decision.
    """
    store = ctx.store()
    fresh = plan_import(ctx, plan.pack, check_templates=False)
    _check_templates(ctx, plan.pack, [c.key for c in fresh.changes if c.kind == "template" and c.action != REMOVED
                                      and c.ref not in {x.ref for x in plan.changes}])
    chosen = _chooser(replace)
    applied, kept = [], []
    with store.transaction():
        for change in fresh.changes:
            wanted = not change.local_edit or chosen(change.follows or change.ref)
            (applied if wanted else kept).append(change)
            if wanted:
                _apply_change(ctx, fresh.pack, change, user)
        _update_baselines(store, fresh.pack, kept)
        result = ImportResult(fresh, tuple(applied), tuple(kept))
        record_pack(store, fresh.pack.manifest, direction="import", who=user, file_sha256=fresh.pack.files.sha256,
                     summary=_result_summary(result))
        raise_content_version(store, at_least=fresh.pack.manifest.content_version)
    _apply_template_files(ctx, fresh.pack, applied, user)
    return result


def _chooser(replace: bool | Iterable[tuple[str, str]]) -> Callable[[tuple[str, str]], bool]:
    if isinstance(replace, bool):
        return lambda _ref: replace
    chosen = set(replace)
    return lambda ref: ref in chosen


def _result_summary(result: ImportResult) -> str:
    text = f"{len(result.applied)} Änderung(en) übernommen"
    return text + (f", {len(result.kept)} lokale Änderung(en) behalten" if result.kept else "")


def _apply_change(ctx, pack: Pack, change: Change, user: str) -> None:
    store = ctx.store()
    if change.kind == "checklist":
        _apply_checklist(store, pack, change, user)
    elif change.kind == "referral":
        _apply_referral(store, pack, change)
    elif change.kind == "snippet":
        with store.transaction() as conn:
            content_snippets.write_categories(conn, pack.snippet_categories)
            if change.action == REMOVED:
                content_snippets.retire(conn, change.key)
            else:
                content_snippets.write_record(conn, pack.snippets[change.key])


def _apply_checklist(store, pack: Pack, change: Change, user: str) -> None:
    manifest = pack.manifest
    with store.transaction() as conn:
        if change.action == REMOVED:
            conn.execute("UPDATE matters SET retired = 1 WHERE id = ?", (change.key,))
            content_audit.record(store, "matter_retired", who=user, subject=change.key, detail=manifest.pack_id)
            return
        checklist = pack.checklists[change.key]
        checklists.publish(store, checklist, author=manifest.author,
                           comment=f"Inhaltspaket vom {manifest.created}, Inhaltsversion {manifest.content_version}")
        snippets.sync_checklist_texts(store, checklist, status=checklist.translation_status)
        conn.execute("UPDATE matters SET retired = 0 WHERE id = ?", (change.key,))


def _apply_referral(store, pack: Pack, change: Change) -> None:
    if change.action == REMOVED:
        content_referrals.remove(store, change.key)
    else:
        content_referrals.write(store, pack.referrals[change.key], author=pack.manifest.author)


def _update_baselines(store, pack: Pack, kept: list[Change]) -> None:
    """Remember what this pack set for every item it carries (except local edits kept)."""
    skip = {c.ref for c in kept}
    rows = [("checklist", mid, c.checksum) for mid, c in pack.checklists.items()]
    stored = content_snippets.records(store) if pack.snippets else {}
    rows += [("snippet", sid, content_snippets.checksum(stored[sid])) for sid in pack.snippets if sid in stored]
    rows += [("template", name, t.sha256) for name, t in pack.templates.items()]
    rows += [("referral", rid, content_referrals.checksum(entry)) for rid, entry in (pack.referrals or {}).items()]
    with store.transaction() as conn:
        conn.executemany("INSERT OR REPLACE INTO content_baseline (kind, key, checksum, pack_id) VALUES (?, ?, ?, ?)",
                         [(k, key, s, pack.manifest.pack_id) for k, key, s in rows if (k, key) not in skip])


def _apply_template_files(ctx, pack: Pack, applied: list[Change], user: str) -> None:
    """Template files are written after the database commit (they were checked before it)."""
    templates = [c for c in applied if c.kind == "template"]
    if not templates:
        return
    from .content_templates import install_from_pack, retire_from_pack

    for change in templates:
        if change.action == REMOVED:
            retire_from_pack(ctx, change.key)
        else:
            install_from_pack(ctx, pack.templates[change.key], author=user)


def import_pack(ctx, path: Path, *, user: str, replace: bool | Iterable[tuple[str, str]] = False,
                dry_run: bool = False) -> ImportPlan | ImportResult:
    """Read, plan and (unless `dry_run`) apply a pack file."""
    plan = plan_import(ctx, read_pack(Path(path)))
    return plan if dry_run else apply_import(ctx, plan, user=user, replace=replace)


__all__ = ["Pack", "Change", "ImportPlan", "ImportResult", "read_pack", "export_pack", "plan_import",
           "apply_import", "import_pack"]
