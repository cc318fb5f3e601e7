"""Personal data: retention purge, deletion on request, and export for the right of access.

Model (documented in docs/privacy.md): a conversation is *anonymised*, not deleted. Its client row
is blanked in place (name '', date of birth, nationality and file number NULL, `anonymised_at`
set), its note and its answers' notes are emptied, and it stays closed for good. What remains —
matter, checklist version, language, clerk, timestamps, answer statuses and values — is the
anonymous statistics. Every connection runs with `secure_delete`, and after anonymising the WAL
is checkpointed and truncated, so no copy of the old bytes stays in the file or beside it.
Backups are scrubbed by the same rule when asked (`backup_dir`), so none keeps expired data.
"""

from __future__ import annotations

import html
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterable, Sequence

from . import audit, checklists, conversations, db
from .db import Store
from .errors import CounterAppError, DatabaseDamagedError, NotFoundError, SettingsError, StorageError
from .i18n import _
from .letters import archive as letter_archive

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PurgeResult:
    cutoff: str  # conversations closed before this moment (local time) were due
    conversations: tuple[int, ...]  # anonymised now (or, in a dry run, due)
    clients: int  # client rows blanked
    translations: int  # cached machine translations removed (they may quote what was said)
    stale_open: tuple[int, ...]  # open conversations untouched for longer than the period: close them
    dry_run: bool = False
    wal_cleared: bool = True
    backups_cleaned: tuple[Path, ...] = ()
    backups_failed: tuple[str, ...] = ()  # messages (active language), one per backup that could not be cleaned


@dataclass(frozen=True)
class DeletionResult:
    conversations: tuple[int, ...]
    clients: int
    related: tuple[int, ...]  # other conversations that look like the same person: ask, then delete
    wal_cleared: bool = True
    backups_cleaned: tuple[Path, ...] = ()
    backups_failed: tuple[str, ...] = ()


# --- retention ----------------------------------------------------------------------------------


def retention_cutoff(retention_days: int, now: datetime | None = None) -> datetime:
    if isinstance(retention_days, bool) or not isinstance(retention_days, int) or retention_days < 1:
        raise SettingsError(
            _("Die Aufbewahrungsfrist (privacy.retention_days) muss mindestens 1 Tag sein, nicht {value}.").format(
                value=repr(retention_days)),
            hint=_("Bitte die Einstellung korrigieren; es wurde nichts gelöscht."))
    return (now or datetime.now()) - timedelta(days=retention_days)


def _local_stamp(moment: datetime) -> str:
    # conversations store local time without zone (conversations.now_iso)
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


def due_conversations(store_or_conn, cutoff: str) -> list[int]:
    """Closed, not yet anonymised conversations closed before `cutoff`."""
    conn = store_or_conn.conn if isinstance(store_or_conn, Store) else store_or_conn
    rows = conn.execute("SELECT id FROM conversations WHERE status = 'closed' AND anonymised_at IS NULL "
                        "AND closed_at < ? ORDER BY id", (cutoff,)).fetchall()
    return [r[0] for r in rows]


def purge_expired(store: Store, *, retention_days: int, now: datetime | None = None, dry_run: bool = False,
                  backup_dir: Path | None = None, who: str | None = None) -> PurgeResult:
    """Anonymise every conversation closed more than `retention_days` ago (start-up and admin purge).

    With `backup_dir`, every backup there is cleaned by the same rule afterwards.
    """
    moment = now or datetime.now()
    cutoff = _local_stamp(retention_cutoff(retention_days, moment))
    who = who or _os_user()
    _ensure_sound(store)
    stale = _stale_open(store, cutoff)
    if dry_run:
        due = tuple(due_conversations(store, cutoff))
        return PurgeResult(cutoff, due, _clients_freed(store.conn, due), _translations_before(store, moment,
                           retention_days), stale, dry_run=True)
    done, clients, translations = _purge_file(store, cutoff=cutoff, moment=moment, retention_days=retention_days,
                                              who=who)
    wal_cleared = store.clear_wal() if (done or translations) else True
    cleaned, failed = (), ()
    if backup_dir is not None:
        cleaned, failed = _scrub_backups(backup_dir, lambda backup: _purge_file(
            backup, cutoff=cutoff, moment=moment, retention_days=retention_days, who=who))
    return PurgeResult(cutoff, done, clients, translations, stale, wal_cleared=wal_cleared,
                       backups_cleaned=cleaned, backups_failed=failed)


def _purge_file(store: Store, *, cutoff: str, moment: datetime, retention_days: int, who: str):
    with store.transaction() as conn:
        due = due_conversations(conn, cutoff)
        clients = _anonymise(conn, due, store=store, who=who, action="purged",
                             detail=f"retention_days={retention_days}")
        translations = conn.execute("DELETE FROM translation_cache WHERE created_at < ?",
                                    (_utc_iso(moment - timedelta(days=retention_days)),)).rowcount
    return tuple(due), clients, translations


def _utc_iso(moment: datetime) -> str:
    # translation/cache.py writes created_at as datetime.now(UTC).isoformat(timespec="seconds")
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def _translations_before(store: Store, moment: datetime, retention_days: int) -> int:
    return store.scalar("SELECT COUNT(*) FROM translation_cache WHERE created_at < ?",
                        (_utc_iso(moment - timedelta(days=retention_days)),))


def _ensure_sound(store: Store) -> None:
    """Wait for the start-up integrity check: a damaged file is neither read for this nor written."""
    damage = store.wait_verified()
    if damage is not None:
        raise damage


def _stale_open(store: Store, cutoff: str) -> tuple[int, ...]:
    rows = store.query("SELECT id FROM conversations WHERE status = 'open' AND updated_at < ? ORDER BY id",
                       (cutoff,))
    return tuple(r["id"] for r in rows)


# --- anonymising (one transaction) -------------------------------------------------------------


def _ids_json(ids: Iterable[int]) -> str:
    return json.dumps([int(i) for i in ids])


def _clients_freed(conn, conversation_ids: Sequence[int]) -> int:
    """Client rows that would hold no more personal data needed once these conversations go."""
    return conn.execute(
        "SELECT COUNT(*) FROM clients k WHERE k.anonymised_at IS NULL AND k.id IN (SELECT client_id FROM "
        "conversations WHERE id IN (SELECT value FROM json_each(:ids))) AND NOT EXISTS (SELECT 1 FROM "
        "conversations c WHERE c.client_id = k.id AND c.anonymised_at IS NULL AND c.id NOT IN "
        "(SELECT value FROM json_each(:ids)))", {"ids": _ids_json(conversation_ids)}).fetchone()[0]


def _anonymise(conn, conversation_ids: Sequence[int], *, store: Store, who: str, action: str, detail: str) -> int:
    """Blank the personal data of these conversations inside the caller's transaction.

    A client row is blanked only when none of its conversations is still kept; returns how many.
    """
    if not conversation_ids:
        return 0
    stamp = datetime.now().isoformat(timespec="seconds")
    ids = {"ids": _ids_json(conversation_ids), "stamp": stamp}
    in_ids = "IN (SELECT value FROM json_each(:ids))"
    conn.execute(f"UPDATE answers SET note = '' WHERE note != '' AND conversation_id {in_ids}", ids)
    conn.execute(f"UPDATE conversations SET note = '', anonymised_at = :stamp, status = 'closed', "
                 f"closed_at = COALESCE(closed_at, :stamp) WHERE id {in_ids}", ids)
    clients = conn.execute(
        f"UPDATE clients SET name = '', date_of_birth = NULL, nationality = NULL, file_number = NULL, "
        f"anonymised_at = :stamp WHERE anonymised_at IS NULL AND id IN (SELECT client_id FROM conversations "
        f"WHERE id {in_ids}) AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.client_id = clients.id "
        f"AND c.anonymised_at IS NULL)", ids).rowcount
    for conversation_id in conversation_ids:
        # Letters name the person: rows and files go too. Files are removed before the commit;
        # should the commit fail, more is gone than recorded, never less.
        letter_archive.delete_for_conversation(store, store.path.parent, conversation_id)
        audit.append(conn, action, conversation_id, who=who, detail=detail)
    return clients


# --- deletion on request ------------------------------------------------------------------------


def delete_client(store: Store, *, conversation_id: int | None = None, client_id: int | None = None, who: str,
                  backup_dir: Path | None = None) -> DeletionResult:
    """Delete one client's personal data now: every conversation of that client row is anonymised.

    Also empties the machine-translation cache (it is only a cache, and free text typed about the
    person cannot be traced to a conversation). With `backup_dir`, the same conversations are
    anonymised in every backup (matched by number and start time, so never another person's).
    """
    _ensure_sound(store)
    targets = _conversations_of(store, conversation_id=conversation_id, client_id=client_id)
    related = tuple(related_conversations(store, targets))
    keys = [(r["id"], r["started_at"]) for r in store.query(
        "SELECT id, started_at FROM conversations WHERE id IN (SELECT value FROM json_each(?))", (_ids_json(targets),))]
    with store.transaction() as conn:
        clients = _anonymise(conn, targets, store=store, who=who, action="deleted", detail="request")
        conn.execute("DELETE FROM translation_cache")
    wal_cleared = store.clear_wal()
    cleaned, failed = (), ()
    if backup_dir is not None:
        cleaned, failed = _scrub_backups(backup_dir, lambda backup: _delete_in_backup(backup, keys, who))
    return DeletionResult(tuple(targets), clients, related, wal_cleared, cleaned, failed)


def _conversations_of(store: Store, *, conversation_id: int | None, client_id: int | None) -> list[int]:
    if (conversation_id is None) == (client_id is None):
        raise ValueError("give exactly one of conversation_id and client_id")
    if client_id is None:
        client_id = store.scalar("SELECT client_id FROM conversations WHERE id = ?", (conversation_id,))
        if client_id is None:
            raise NotFoundError(_("Das Gespräch Nr. {number} gibt es nicht.").format(number=conversation_id))
    rows = store.query("SELECT c.id, c.anonymised_at FROM conversations c WHERE c.client_id = ? ORDER BY c.id",
                       (client_id,))
    if not rows:
        raise NotFoundError(_("Zur Kundin/zum Kunden Nr. {number} gibt es kein Gespräch.").format(number=client_id))
    pending = [r["id"] for r in rows if r["anonymised_at"] is None]
    if not pending:
        raise NotFoundError(_("Die personenbezogenen Daten dieses Gesprächs sind bereits gelöscht."))
    return pending


def _delete_in_backup(backup: Store, keys: list[tuple[int, str]], who: str) -> None:
    with backup.transaction() as conn:
        due = [cid for cid, started in keys if conn.execute(
            "SELECT 1 FROM conversations WHERE id = ? AND started_at = ? AND anonymised_at IS NULL",
            (cid, started)).fetchone()]
        _anonymise(conn, due, store=backup, who=who, action="deleted", detail="request backup")
        conn.execute("DELETE FROM translation_cache")


def related_conversations(store: Store, conversation_ids: Sequence[int]) -> list[int]:
    """Other kept conversations that look like the same person: same file number, or same name and
    date of birth. Only a hint for the clerk: a name alone never decides."""
    rows = store.query(
        "SELECT DISTINCT o.id FROM conversations c JOIN clients k ON k.id = c.client_id "
        "JOIN clients ok ON ok.id != k.id AND ok.anonymised_at IS NULL AND ("
        "(k.file_number != '' AND ok.file_number = k.file_number) OR "
        "(k.date_of_birth IS NOT NULL AND ok.date_of_birth = k.date_of_birth AND ok.name = k.name COLLATE NOCASE)) "
        "JOIN conversations o ON o.client_id = ok.id WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY o.id",
        (_ids_json(conversation_ids),))
    return [r["id"] for r in rows if r["id"] not in set(conversation_ids)]


# --- backups ------------------------------------------------------------------------------------


def _scrub_backups(backup_dir: Path, clean) -> tuple[tuple[Path, ...], tuple[str, ...]]:
    """Apply `clean(store)` to every backup; a backup that cannot be cleaned is reported, not fatal."""
    cleaned, failed = [], []
    for backup in db.backup_files(backup_dir):
        try:
            store = Store.open(backup, check=True)
        except (DatabaseDamagedError, StorageError) as exc:
            failed.append(f"{backup.name}: {exc.message}")
            continue
        try:
            clean(store)
            store.clear_wal()
            cleaned.append(backup)
        except CounterAppError as exc:
            failed.append(f"{backup.name}: {exc.message}")
        finally:
            store.close()
    return tuple(cleaned), tuple(failed)


def leftover_copies(data_dir: Path) -> list[Path]:
    """Files kept beside the database by a restore (*.damaged-*): they may hold deleted data."""
    return sorted(p for p in Path(data_dir).glob("*.damaged-*") if p.is_file())


def _os_user() -> str:
    return conversations.current_clerk()


# --- export (right of access) -------------------------------------------------------------------

EXPORT_FORMAT = "counter-app/personal-data-1"
EXPORT_SUFFIXES = {".json": "json", ".html": "html", ".htm": "html", ".txt": "text"}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str  # json, html or text
    conversations: tuple[int, ...]
    related: tuple[int, ...]


def export_client(store: Store, *, conversation_ids: Sequence[int], out: Path, who: str,
                  now: datetime | None = None) -> ExportResult:
    """Write everything stored about the clients of these conversations to `out` (readable only by
    its owner): JSON, HTML or text by the file's suffix. Recorded in the audit log."""
    kind = EXPORT_SUFFIXES.get(Path(out).suffix.lower())
    if kind is None:
        raise CounterAppError(_("Die Auskunftsdatei {path} braucht die Endung .json, .html oder .txt.").format(
            path=out))
    if Path(out).exists():
        raise CounterAppError(_("Die Datei {path} gibt es schon; sie wird nicht überschrieben.").format(path=out),
                              hint=_("Bitte einen anderen Dateinamen angeben."))
    conversation_ids = _with_same_client(store, conversation_ids)
    data = personal_data(store, conversation_ids, now=now)
    text = {"json": lambda d: json.dumps(d, ensure_ascii=False, indent=2) + "\n",
            "html": render_html, "text": render_text}[kind](data)
    _write_private(Path(out), text)
    with store.transaction() as conn:
        for conversation_id in conversation_ids:
            audit.append(conn, "exported", conversation_id, who=who, detail=f"format={kind}")
    return ExportResult(Path(out), kind, tuple(conversation_ids), tuple(related_conversations(store, conversation_ids)))


def _with_same_client(store: Store, conversation_ids: Sequence[int]) -> list[int]:
    """The given conversations and the others of the same client rows, in order, each once."""
    found: list[int] = []
    for conversation_id in conversation_ids:
        found += [cid for cid in _conversations_of(store, conversation_id=conversation_id, client_id=None)
                  if cid not in found]
    return found


def personal_data(store: Store, conversation_ids: Sequence[int], *, now: datetime | None = None) -> dict[str, Any]:
    """Everything stored about the clients of these conversations, as plain JSON-ready values."""
    if not conversation_ids:
        raise CounterAppError(_("Bitte mindestens ein Gespräch angeben."))
    return {"format": EXPORT_FORMAT, "created_at": _local_stamp(now or datetime.now()),
            "conversations": [_conversation_data(store, cid) for cid in conversation_ids]}


def _conversation_data(store: Store, conversation_id: int) -> dict[str, Any]:
    if store.scalar("SELECT anonymised_at FROM conversations WHERE id = ?", (conversation_id,)):
        raise NotFoundError(_("Die personenbezogenen Daten des Gesprächs Nr. {number} sind bereits gelöscht.").format(
            number=conversation_id))
    conversation = conversations.load(store, conversation_id)
    client = conversation.client
    fees = conversation.fees()
    return {
        "number": conversation.id,
        "client": {"name": client.name, "date_of_birth": client.date_of_birth.isoformat() if client.date_of_birth
                   else None, "nationality": client.nationality, "file_number": client.file_number},
        "matter": conversation.checklist.title, "checklist_version": conversation.checklist.version,
        "language": conversation.language,
        "status": "abgeschlossen" if conversation.is_closed else "offen",
        "started_at": conversation.started_at, "closed_at": conversation.closed_at, "note": conversation.note,
        "items": [_item_data(state) for state in conversation.visible_items() if state.item.kind != "hint"],
        "fees": {"total": checklists.format_euro(fees.total),
                 "lines": [{"label": line.label, "amount": checklists.format_euro(line.amount)} for line in fees.lines]},
        "letters": [{"title": letter.title, "created_at": letter.created_at, "file": letter.path.name}
                    for letter in letter_archive.list_letters(store, store.path.parent, conversation_id)],
        # Who at the office did it is the office's business, not part of the person's data.
        # The export is a document for the client: always German, whatever the messages' language.
        "history": [{"at": e.local_time, "action": e.german_label}
                    for e in reversed(audit.entries(store, conversation_id=conversation_id))],
    }


def _item_data(state) -> dict[str, Any]:
    item, answer = state.item, state.answer
    if item.is_question:
        shown = {conversations.YES: "ja", conversations.NO: "nein"}.get(answer.value, item.choices.get(answer.value or "", ""))
        return {"title": item.title, "kind": "Frage", "answer": shown or "nicht beantwortet", "note": answer.note}
    return {"title": item.title, "kind": "Unterlage", "status": conversations.STATUS_LABELS[answer.status],
            "note": answer.note}


def _sections(data: dict[str, Any]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The export as headings with label/value lines, shared by the text and HTML forms."""
    sections = []
    for conv in data["conversations"]:
        client = conv["client"]
        lines = [("Name", client["name"]), ("Geburtsdatum", _german_date(client["date_of_birth"])),
                 ("Staatsangehörigkeit", client["nationality"] or "–"), ("Aktenzeichen", client["file_number"] or "–"),
                 ("Anliegen", conv["matter"]), ("Sprache", conv["language"]), ("Status", conv["status"]),
                 ("Begonnen", _german_date(conv["started_at"])), ("Abgeschlossen", _german_date(conv["closed_at"])),
                 ("Notiz zum Gespräch", conv["note"] or "–")]
        lines += [(i["title"], (i.get("answer") or i.get("status")) + (f" – Notiz: {i['note']}" if i["note"] else ""))
                  for i in conv["items"]]
        lines += [("Gebühren", conv["fees"]["total"])]
        lines += [(f"Brief vom {_german_date(letter['created_at'])}", letter["title"]) for letter in conv["letters"]]
        lines += [(f"Verlauf {h['at']}", h["action"]) for h in conv["history"]]
        sections.append((f"Gespräch Nr. {conv['number']}", lines))
    return sections


def _german_date(stamp: str | None) -> str:
    """2026-11-25T09:30:00 → 25.11.2026 09:30 (dates alone stay dates)."""
    if not stamp:
        return "–"
    moment = datetime.fromisoformat(stamp)
    return moment.strftime("%d.%m.%Y" if len(stamp) == 10 else "%d.%m.%Y %H:%M")


def render_text(data: dict[str, Any]) -> str:
    out = [f"Auskunft über gespeicherte Daten (Art. 15 DSGVO) – erstellt {_german_date(data['created_at'])}", ""]
    for heading, lines in _sections(data):
        out += [heading, "=" * len(heading)] + [f"{label}: {value}" for label, value in lines] + [""]
    return "\n".join(out)


def render_html(data: dict[str, Any]) -> str:
    esc = html.escape
    body = []
    for heading, lines in _sections(data):
        rows = "".join(f"<tr><th>{esc(label)}</th><td dir=\"auto\">{esc(value)}</td></tr>" for label, value in lines)
        body.append(f"<h2>{esc(heading)}</h2><table>{rows}</table>")
    return ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Auskunft</title><style>"
            "body{font-family:sans-serif;max-width:50em;margin:2em auto}th{text-align:left;padding-right:1em;"
            "vertical-align:top}</style></head><body>"
            f"<h1>Auskunft über gespeicherte Daten (Art. 15 DSGVO)</h1><p>Erstellt: {esc(_german_date(data['created_at']))}</p>"
            + "".join(body) + "</body></html>\n")


def _write_private(path: Path, text: str) -> None:
    """Write atomically, readable only by the owner: the file holds personal data."""
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CounterAppError(_("Die Datei {path} kann nicht geschrieben werden ({error}).").format(
            path=path, error=exc.strerror or exc), hint=_("Bitte Ordner und Zugriffsrechte prüfen.")) from exc


__all__ = ["DeletionResult", "ExportResult", "PurgeResult", "delete_client", "due_conversations", "export_client",
           "leftover_copies", "personal_data", "purge_expired", "related_conversations", "render_html",
           "render_text", "retention_cutoff"]
