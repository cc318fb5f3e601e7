"""The life cycle of content on one PC: drafts of checklists, publishing them as new versions,
version history and comparison, reviewing translations, and the content version counter.

A draft is the team lead's unpublished work on one matter, stored in the database (it survives a
restart) and validated only when published. Publishing makes the next checklist version; running
conversations keep the version they started with.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any, Mapping

from . import checklists, content_audit, snippets
from .checklists import Checklist
from .content_diff import describe_changes, yaml_diff
from .db import Store
from .errors import ContentError, CounterAppError, NotFoundError
from .i18n import _

CONTENT_VERSION_KEY = "content_version"
MACHINE_KEY = "machine_languages"  # editor mark on an item: client texts drafted by machine translation


class DraftOutdatedError(CounterAppError):
    """A newer version was published (here or by a pack) after the draft was started."""


@dataclass(frozen=True)
class Draft:
    matter_id: str
    base_version: int | None  # the version the draft started from
    data: dict[str, Any]  # canonical checklist layout plus editor marks; may be invalid
    author: str = ""
    updated_at: str | None = None  # None: a working copy, not saved yet

    @property
    def saved(self) -> bool:
        return self.updated_at is not None


@dataclass(frozen=True)
class VersionInfo:
    matter_id: str
    version: int
    created_at: str
    author: str
    comment: str
    is_current: bool


@dataclass(frozen=True)
class Published:
    matter_id: str
    version: int
    previous_version: int | None
    changes: tuple[str, ...]  # German sentences; empty when nothing changed

    @property
    def is_new_version(self) -> bool:
        return self.version != self.previous_version


@dataclass(frozen=True)
class VersionDiff:
    lines: tuple[str, ...]  # readable German sentences
    yaml: tuple[str, ...]  # unified diff of the YAML


# --- content version counter -------------------------------------------------------------------


def content_version(store: Store) -> int:
    value = store.scalar("SELECT value FROM content_meta WHERE key = ?", (CONTENT_VERSION_KEY,))
    return int(value) if value is not None else 0


def raise_content_version(store: Store, *, at_least: int | None = None) -> int:
    """A local change counts one up; an import sets at least the pack's number (a Lamport clock,
    so a pack exported after an import is always newer than the pack it imported)."""
    with store.transaction() as conn:
        current = content_version(store)
        value = current + 1 if at_least is None else max(current, at_least)
        conn.execute("INSERT INTO content_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                     "SET value = excluded.value", (CONTENT_VERSION_KEY, str(value)))
    return value


# --- drafts ------------------------------------------------------------------------------------


def current_version(store: Store, matter_id: str) -> int | None:
    return store.scalar("SELECT current_version FROM matters WHERE id = ?", (matter_id,))


def working_copy(store: Store, matter_id: str) -> dict[str, Any]:
    """The current version as editable data, with client texts as the snippet library has them
    (reviews and corrections happen there; publishing must not undo them)."""
    data = checklists.load(store, matter_id).to_dict()
    for group in data["groups"]:
        for item in group["items"]:
            if item.get("client_text"):
                _merge_library_texts(store, matter_id, item)
    return data


def _merge_library_texts(store: Store, matter_id: str, item: dict) -> None:
    texts = snippets.texts_for(store, snippets.checklist_snippet_id(matter_id, item["id"]))
    for language, text in texts.items():
        item["client_text"][language] = text.text
    machine = sorted(lang for lang, text in texts.items() if text.status == "machine")
    if machine:
        item[MACHINE_KEY] = machine


def load_draft(store: Store, matter_id: str) -> Draft | None:
    rows = store.query("SELECT * FROM content_drafts WHERE matter_id = ?", (matter_id,))
    return _draft_from_row(rows[0]) if rows else None


def _draft_from_row(row: Mapping[str, Any]) -> Draft:
    return Draft(row["matter_id"], row["base_version"], json.loads(row["content"]), row["author"],
                 row["updated_at"])


def open_draft(store: Store, matter_id: str) -> Draft:
    """The saved draft, or a working copy of the current version (saved on the first change)."""
    saved = load_draft(store, matter_id)
    if saved is not None:
        return saved
    return Draft(matter_id, current_version(store, matter_id), working_copy(store, matter_id))


def save_draft(store: Store, matter_id: str, data: Mapping[str, Any], *, author: str,
               base_version: int | None) -> Draft:
    data = {**copy.deepcopy(dict(data)), "id": matter_id}
    stamp = snippets.now_iso()
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO content_drafts (matter_id, base_version, content, author, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (matter_id) DO UPDATE SET content = excluded.content, author = excluded.author, "
            "updated_at = excluded.updated_at",
            (matter_id, base_version, json.dumps(data, ensure_ascii=False), author, stamp))
    return Draft(matter_id, base_version, data, author, stamp)


def discard_draft(store: Store, matter_id: str, *, who: str) -> None:
    with store.transaction() as conn:
        if conn.execute("DELETE FROM content_drafts WHERE matter_id = ?", (matter_id,)).rowcount:
            content_audit.record(store, "draft_discarded", who=who, subject=matter_id)


def drafts(store: Store) -> list[Draft]:
    return [_draft_from_row(r) for r in store.query("SELECT * FROM content_drafts ORDER BY matter_id")]


def without_marks(data: Mapping[str, Any]) -> dict[str, Any]:
    """The draft as checklist data: editor marks removed."""
    clean = copy.deepcopy(dict(data))
    for group in clean.get("groups") or ():
        for item in group.get("items") or () if isinstance(group, dict) else ():
            if isinstance(item, dict):
                item.pop(MACHINE_KEY, None)
    return clean


def validate(data: Mapping[str, Any], *, matter_id: str) -> Checklist:
    """Parse a draft as a checklist; ContentError lists every problem."""
    title = data.get("title") if isinstance(data.get("title"), str) else ""
    try:
        return checklists.parse_checklist(without_marks(data),
                                          origin=_("(Entwurf „{title}“)").format(title=title or matter_id))
    except ContentError as exc:  # the parser's hint speaks of files; a draft is corrected in the editor
        raise ContentError(exc.message, hint=_("Bitte die genannten Stellen korrigieren; der Entwurf bleibt "
                           "gespeichert und wird erst beim Veröffentlichen übernommen.")) from exc


# --- publishing --------------------------------------------------------------------------------


def publish_draft(store: Store, matter_id: str, *, author: str, comment: str = "", force: bool = False) -> Published:
    """Validate the draft and publish it as the matter's next version, with its client texts.

    Refused with DraftOutdatedError if another version was published since the draft began,
    unless `force`; the draft is removed once published.
    """
    draft = load_draft(store, matter_id)
    if draft is None:
        raise NotFoundError(_("Für das Anliegen „{matter}“ gibt es keinen Entwurf.").format(matter=matter_id))
    checklist = validate(draft.data, matter_id=matter_id)
    if checklist.id != matter_id:
        raise ContentError(_("Der Entwurf gehört zum Anliegen „{matter}“, nicht zu „{other}“.").format(
            matter=matter_id, other=checklist.id))
    previous = current_version(store, matter_id)
    if draft.base_version != previous and not force:
        raise DraftOutdatedError(
            _("Seit Beginn dieses Entwurfs wurde Version {version} von „{title}“ veröffentlicht "
              "(hier oder durch ein Inhaltspaket).").format(version=previous, title=checklist.title),
            hint=_("Bitte prüfen Sie die Versionsgeschichte; Veröffentlichen ersetzt die neuere Version."))
    old = checklists.load(store, matter_id).to_dict() if previous else None
    with store.transaction() as conn:
        version = checklists.publish(store, checklist, author=author, comment=comment)
        if version != previous:
            _after_publish(store, checklist, draft, version=version, author=author, comment=comment)
        conn.execute("DELETE FROM content_drafts WHERE matter_id = ?", (matter_id,))
    changes = describe_changes(old, checklist.to_dict()) if version != previous else []
    return Published(matter_id, version, previous, tuple(changes))


def _after_publish(store: Store, checklist: Checklist, draft: Draft, *, version: int, author: str,
                   comment: str) -> None:
    snippets.sync_checklist_texts(store, checklist, status=checklist.translation_status)
    mark_machine_texts(store, checklist.id, draft.data)
    detail = f"Version {version}" + (f": {comment}" if comment else "")
    content_audit.record(store, "publish", who=author, subject=checklist.id, detail=detail)
    raise_content_version(store)


def mark_machine_texts(store: Store, matter_id: str, data: Mapping[str, Any]) -> None:
    """Client texts drafted by machine translation are stored with status 'machine' until reviewed."""
    with store.transaction() as conn:
        for group in data.get("groups") or ():
            for item in group.get("items") or ():
                sid = snippets.checklist_snippet_id(matter_id, item["id"])
                for language in item.get(MACHINE_KEY) or ():
                    conn.execute("UPDATE snippet_texts SET status = 'machine', reviewed_by = NULL, reviewed_at = NULL "
                                 "WHERE snippet_id = ? AND language = ? AND language != 'de'", (sid, language))


# --- history and comparison --------------------------------------------------------------------


def history(store: Store, matter_id: str) -> list[VersionInfo]:
    """Every version of a matter, newest first."""
    current = current_version(store, matter_id)
    if current is None:
        raise NotFoundError(_("Das Anliegen „{matter}“ gibt es nicht.").format(matter=matter_id))
    rows = store.query("SELECT version, created_at, author, comment FROM checklist_versions WHERE matter_id = ? "
                       "ORDER BY version DESC", (matter_id,))
    return [VersionInfo(matter_id, r["version"], r["created_at"], r["author"], r["comment"], r["version"] == current)
            for r in rows]


def version_data(store: Store, matter_id: str, version: int | None = None) -> dict[str, Any]:
    return checklists.load(store, matter_id, version).to_dict()


def diff_versions(store: Store, matter_id: str, old_version: int, new_version: int) -> VersionDiff:
    """What changed from `old_version` to `new_version` (either order; any two versions)."""
    old, new = version_data(store, matter_id, old_version), version_data(store, matter_id, new_version)
    return VersionDiff(tuple(describe_changes(old, new)),
                       tuple(yaml_diff(old, new, old_label=_("Version {version}").format(version=old_version),
                                       new_label=_("Version {version}").format(version=new_version))))


def diff_draft(store: Store, draft: Draft) -> VersionDiff:
    """What publishing the draft would change compared with the current version."""
    old = version_data(store, draft.matter_id) if current_version(store, draft.matter_id) else None
    new = without_marks(draft.data)
    return VersionDiff(tuple(describe_changes(old, new)),
                       tuple(yaml_diff(old, new, old_label=_("Aktuelle Version"), new_label=_("Entwurf"))))


# --- reviewing translations --------------------------------------------------------------------


def review_snippet(store: Store, *, snippet_id: str, language: str, reviewer: str, text: str | None = None) -> None:
    """Accept (or correct and accept) a translation; who and when are recorded with it and in the audit."""
    with store.transaction():
        snippets.review(store, snippet_id=snippet_id, language=language, reviewer=reviewer, text=text)
        detail = f"{language}, Text korrigiert" if text else language
        content_audit.record(store, "review", who=reviewer, subject=snippet_id, detail=detail)
        raise_content_version(store)
