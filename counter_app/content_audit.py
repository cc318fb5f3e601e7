"""The audit trail of content changes: who published, reviewed, imported or replaced what, and when.

Separate from `audit.py` (conversations): that log's actions are fixed by a CHECK constraint and
its details must be short codes, while content subjects are matter, snippet and template ids.
Rows are written inside the transaction of the change they record; triggers refuse UPDATE/DELETE.
"""

from __future__ import annotations

from dataclasses import dataclass

from .audit import local_time, utc_stamp  # one stamp format and one way to show it, for both logs
from .db import Store
from .i18n import N_, _

ACTIONS = {
    "publish": N_("Checkliste veröffentlicht"),
    "draft_discarded": N_("Entwurf verworfen"),
    "review": N_("Übersetzung geprüft"),
    "import": N_("Inhaltspaket übernommen"),
    "export": N_("Inhaltspaket exportiert"),
    "matter_retired": N_("Anliegen zurückgezogen (Inhaltspaket)"),
    "template_add": N_("Briefvorlage hinzugefügt"),
    "template_replace": N_("Briefvorlage ersetzt"),
    "template_retire": N_("Briefvorlage zurückgezogen"),
}
MAX_DETAIL = 2000


@dataclass(frozen=True)
class ContentAuditEntry:
    id: int
    at: str  # UTC
    who: str
    action: str
    subject: str
    detail: str

    @property
    def label(self) -> str:
        """The action in the language of the messages (the Qt dialog translates its own copy)."""
        return _(ACTIONS[self.action]) if self.action in ACTIONS else self.action

    @property
    def local_time(self) -> str:
        return local_time(self.at)


def record(store: Store, action: str, *, who: str, subject: str = "", detail: str = "") -> None:
    """Append one row; called inside the caller's transaction, so change and record go together."""
    if action not in ACTIONS:
        raise ValueError(f"unknown content audit action {action!r}")
    with store.transaction() as conn:
        conn.execute("INSERT INTO content_audit (at, who, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
                     (utc_stamp(), who, action, subject, detail[:MAX_DETAIL]))


def entries(store: Store, *, subject: str | None = None, limit: int = 1000) -> list[ContentAuditEntry]:
    """Newest first; all subjects unless `subject` is given."""
    rows = store.query("SELECT id, at, who, action, subject, detail FROM content_audit "
                       "WHERE (:s IS NULL OR subject = :s) ORDER BY id DESC LIMIT :n", {"s": subject, "n": limit})
    return [ContentAuditEntry(**row) for row in rows]
