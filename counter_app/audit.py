"""The audit trail: who did what to which conversation and when — never what was typed or said.

Rows are appended in the same transaction as the change they record, so a change and its audit
row are saved together or not at all. Triggers in the schema refuse UPDATE and DELETE of audit
rows; the only way to remove rows is `prune_old_entries`, and only for rows older than two years.

Coalescing: a clerk answering a checklist writes every click; one "changed" row per conversation
and clerk per minute of activity says the same (who changed it, and when) without thousands of
rows. Opening a conversation is coalesced the same way (the list re-selects it on every refresh).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .db import Store
from .errors import CounterAppError, StorageError
from .i18n import N_, _

log = logging.getLogger(__name__)

# Action (stored in the database) → German label; labels are shown through `_()` (AuditEntry.label).
ACTIONS = {
    "started": N_("begonnen"),
    "opened": N_("geöffnet"),
    "changed": N_("geändert"),
    "closed": N_("abgeschlossen"),
    "reopened": N_("wieder geöffnet"),
    "exported": N_("Auskunft exportiert"),
    "deleted": N_("personenbezogene Daten gelöscht"),
    "letter_created": N_("Brief erstellt"),
    "purged": N_("nach Ablauf der Aufbewahrungsfrist gelöscht"),
    "audit_pruned": N_("alte Protokolleinträge entfernt"),
}
COALESCED_ACTIONS = ("changed", "opened")
COALESCE_SECONDS = 60
KEEP_DAYS = 730  # the schema's delete trigger refuses younger rows whatever this says
# Details are written by code (counts, periods, a file's kind), so they can never carry what a
# clerk typed; this pattern makes that a rule instead of a habit.
_DETAIL = re.compile(r"^[A-Za-z0-9 _.:=,/-]{0,120}$")
_STAMP = "%Y-%m-%dT%H:%M:%SZ"


def utc_stamp(moment: datetime | None = None) -> str:
    moment = moment or datetime.now(timezone.utc)
    return moment.astimezone(timezone.utc).strftime(_STAMP)


def local_time(stamp: str, *, seconds: bool = False) -> str:
    """A UTC stamp as this PC's local time, the way people read it (25.11.2026 14:03)."""
    try:
        moment = datetime.strptime(stamp, _STAMP).replace(tzinfo=timezone.utc).astimezone()
    except ValueError:  # not ours (e.g. a hand-made manifest): show it as it is
        return stamp
    return moment.strftime("%d.%m.%Y %H:%M:%S" if seconds else "%d.%m.%Y %H:%M")


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str  # UTC
    who: str
    action: str
    conversation_id: int | None
    detail: str

    @property
    def label(self) -> str:
        """The action in the language of the messages (German unless English was chosen)."""
        return _(ACTIONS[self.action]) if self.action in ACTIONS else self.action

    @property
    def german_label(self) -> str:
        """The action in German, for documents (the client's data export stays German)."""
        return ACTIONS.get(self.action, self.action)

    @property
    def local_time(self) -> str:
        """`at` in the PC's time zone, as a clerk reads it."""
        return local_time(self.at, seconds=True)


def append(conn, action: str, conversation_id: int | None, *, who: str, detail: str = "",
           now: datetime | None = None) -> bool:
    """Append one row inside the caller's transaction. Returns False when coalesced away."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    if not _DETAIL.match(detail):
        raise ValueError("audit detail must be a short code, never free text")
    moment = now or datetime.now(timezone.utc)
    if action in COALESCED_ACTIONS and _recent(conn, action, conversation_id, who, moment):
        return False
    conn.execute("INSERT INTO audit_log (at, who, action, conversation_id, detail) VALUES (?, ?, ?, ?, ?)",
                 (utc_stamp(moment), who, action, conversation_id, detail))
    return True


def _recent(conn, action: str, conversation_id: int | None, who: str, moment: datetime) -> bool:
    since = utc_stamp(moment - timedelta(seconds=COALESCE_SECONDS))
    row = conn.execute("SELECT 1 FROM audit_log WHERE conversation_id IS ? AND action = ? AND who = ? "
                       "AND at > ? LIMIT 1", (conversation_id, action, who, since)).fetchone()
    return row is not None


def record(store: Store, action: str, conversation_id: int | None, *, who: str, detail: str = "",
           now: datetime | None = None) -> bool:
    """Append one row in its own transaction (for actions that change nothing else, e.g. a letter)."""
    with store.transaction() as conn:
        return append(conn, action, conversation_id, who=who, detail=detail, now=now)


def record_opened(store: Store, conversation_id: int, *, who: str, now: datetime | None = None) -> bool:
    """Record that `who` opened a conversation. Never stops the opening: where the file cannot be
    written (read-only folder, full disk) reading must still work, so the failure is only logged."""
    if store.read_only:
        return False
    try:
        return record(store, "opened", conversation_id, who=who, now=now)
    except StorageError as exc:
        log.warning("could not record opening of conversation %s: %s", conversation_id, exc.message)
        return False


def entries(store: Store, *, conversation_id: int | None = None, limit: int | None = None) -> list[AuditEntry]:
    """Newest first; all conversations unless `conversation_id` is given."""
    sql = ("SELECT id, at, who, action, conversation_id, detail FROM audit_log "
           "WHERE (:cid IS NULL OR conversation_id = :cid) ORDER BY id DESC")
    params: dict = {"cid": conversation_id}
    if limit:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [AuditEntry(**row) for row in store.query(sql, params)]


def prune_old_entries(store: Store, *, who: str, keep_days: int = KEEP_DAYS, now: datetime | None = None) -> int:
    """The one maintenance path that removes audit rows: those older than `keep_days` (≥ 730).

    It opens a window for the delete trigger inside its own transaction and records itself.
    """
    if keep_days < KEEP_DAYS:
        raise CounterAppError(_("Protokolleinträge werden mindestens {days} Tage aufbewahrt.").format(days=KEEP_DAYS))
    cutoff = utc_stamp((now or datetime.now(timezone.utc)) - timedelta(days=keep_days))
    with store.transaction() as conn:
        conn.execute("INSERT INTO audit_maintenance (id, prune_before) VALUES (1, ?)", (cutoff,))
        removed = conn.execute("DELETE FROM audit_log WHERE at < ?", (cutoff,)).rowcount
        conn.execute("DELETE FROM audit_maintenance")
        append(conn, "audit_pruned", None, who=who, detail=f"removed={removed} before={cutoff}")
    store.clear_wal()
    return removed


__all__ = ["ACTIONS", "AuditEntry", "append", "entries", "prune_old_entries", "record", "record_opened"]
