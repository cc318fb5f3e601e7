"""Conversations at the counter: start, answer, resume, summary. Every change is one durable write."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from . import audit, checklists, conditions
from .checklists import Checklist, Fees, Item
from .db import Store
from .errors import CounterAppError, NotFoundError
from .i18n import _

STATUSES = ("open", "present", "missing", "not_applicable")
STATUS_LABELS = {"open": "offen", "present": "liegt vor", "missing": "fehlt", "not_applicable": "entfällt"}
YES, NO = "yes", "no"


class ConversationClosedError(CounterAppError):
    """Changes to a closed conversation are refused."""


def current_clerk() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (service accounts)
        return "unbekannt"


def now_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


@dataclass(frozen=True)
class Client:
    name: str
    date_of_birth: date | None = None
    nationality: str = ""
    file_number: str = ""
    id: int | None = None
    is_demo: bool = False

    def age_on(self, day: date) -> int | None:
        if self.date_of_birth is None:
            return None
        dob = self.date_of_birth
        return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


@dataclass(frozen=True)
class Answer:
    status: str = "open"
    value: str | None = None
    note: str = ""


@dataclass(frozen=True)
class ItemState:
    item: Item
    answer: Answer

    @property
    def status(self) -> str:
        return self.answer.status


@dataclass(frozen=True)
class Summary:
    present: tuple[ItemState, ...]
    missing: tuple[ItemState, ...]
    open: tuple[ItemState, ...]
    not_applicable: tuple[ItemState, ...]
    answered_questions: tuple[ItemState, ...]
    open_questions: tuple[ItemState, ...]
    fees: Fees
    next_steps: tuple[str, ...]


@dataclass
class Conversation:
    id: int
    client: Client
    checklist: Checklist
    language: str
    status: str
    clerk: str
    note: str
    started_at: str
    updated_at: str
    closed_at: str | None
    answers: dict[str, Answer] = field(default_factory=dict)

    @property
    def matter_id(self) -> str:
        return self.checklist.id

    @property
    def is_closed(self) -> bool:
        return self.status == "closed"

    def answer(self, item_id: str) -> Answer:
        return self.answers.get(item_id, Answer())

    def _walk(self) -> tuple[list[ItemState], dict[str, Any]]:
        """Visible items in checklist order and the facts they establish.

        Conditions only look backwards, so one pass decides visibility; a hidden question's
        answer does not count.
        """
        facts: dict[str, Any] = {
            "age": self.client.age_on(date.fromisoformat(self.started_at[:10])),
            "nationality": self.client.nationality or None,
        }
        states = []
        for item in self.checklist.items():
            if not conditions.holds(item.when, facts):
                continue
            answer = self.answer(item.id)
            if item.is_question and answer.value is not None:
                facts[item.id] = _fact_value(item, answer.value)
            states.append(ItemState(item, answer))
        return states, facts

    def visible_items(self) -> list[ItemState]:
        return self._walk()[0]

    def facts(self) -> dict[str, Any]:
        """Answers of visible questions plus built-in facts, for conditions and fees."""
        return self._walk()[1]

    def fees(self) -> Fees:
        return checklists.compute_fees(self.checklist, self.facts())

    def summary(self) -> Summary:
        states = [s for s in self.visible_items() if s.item.kind != "hint"]
        documents = [s for s in states if s.item.kind == "document"]
        questions = [s for s in states if s.item.is_question]

        def with_status(status: str) -> tuple[ItemState, ...]:
            return tuple(s for s in documents if s.status == status)

        return Summary(
            present=with_status("present"), missing=with_status("missing"), open=with_status("open"),
            not_applicable=with_status("not_applicable"),
            answered_questions=tuple(q for q in questions if q.answer.value is not None),
            open_questions=tuple(q for q in questions if q.answer.value is None),
            fees=self.fees(), next_steps=self.checklist.next_steps,
        )

    def missing_documents(self) -> list[Item]:
        return [s.item for s in self.summary().missing]


def _fact_value(item: Item, value: str) -> Any:
    if item.answer == "yes_no":
        return value == YES
    return value


# --- reading ----------------------------------------------------------------------------------


def load(store: Store, conversation_id: int) -> Conversation:
    rows = store.query(
        "SELECT c.*, k.name, k.date_of_birth, k.nationality, k.file_number, k.is_demo "
        "FROM conversations c JOIN clients k ON k.id = c.client_id WHERE c.id = ?", (conversation_id,)
    )
    if not rows:
        raise NotFoundError(_("Das Gespräch Nr. {number} gibt es nicht (mehr).").format(number=conversation_id))
    row = rows[0]
    answers = {
        a["item_id"]: Answer(a["status"], a["value"], a["note"])
        for a in store.query("SELECT item_id, status, value, note FROM answers WHERE conversation_id = ?",
                             (conversation_id,))
    }
    return Conversation(
        id=row["id"], client=_client_from_row(row), language=row["language"],
        checklist=checklists.load(store, row["matter_id"], row["checklist_version"]),
        status=row["status"], clerk=row["clerk"], note=row["note"], started_at=row["started_at"],
        updated_at=row["updated_at"], closed_at=row["closed_at"], answers=answers,
    )


def _client_from_row(row: dict) -> Client:
    dob = row.get("date_of_birth")
    return Client(name=row["name"], date_of_birth=date.fromisoformat(dob) if dob else None,
                  nationality=row.get("nationality") or "", file_number=row.get("file_number") or "",
                  id=row.get("client_id"), is_demo=bool(row.get("is_demo")))


@dataclass(frozen=True)
class ConversationRow:
    id: int
    client_name: str
    file_number: str
    matter_id: str
    matter_title: str
    language: str
    status: str
    started_at: str
    updated_at: str
    is_demo: bool


def list_conversations(store: Store, *, status: str | None = None, search: str = "",
                       limit: int | None = None) -> list[ConversationRow]:
    """Newest first; `search` matches the client's name or file number (case-insensitive)."""
    sql = (
        "SELECT c.id, k.name, k.file_number, c.matter_id, m.title, c.language, c.status, c.started_at, "
        "c.updated_at, k.is_demo FROM conversations c JOIN clients k ON k.id = c.client_id "
        "JOIN matters m ON m.id = c.matter_id WHERE (:status IS NULL OR c.status = :status) "
        "AND (:q = '' OR k.name LIKE :like ESCAPE '\\' OR k.file_number LIKE :like ESCAPE '\\') "
        "ORDER BY c.status = 'closed', c.updated_at DESC, c.id DESC"
    )
    term = search.strip()[:200]  # SQLite refuses very long LIKE patterns; nobody types more
    like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    params = {"status": status, "q": term, "like": like}
    if limit:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [ConversationRow(r["id"], r["name"], r["file_number"] or "", r["matter_id"], r["title"],
                            r["language"], r["status"], r["started_at"], r["updated_at"], bool(r["is_demo"]))
            for r in store.query(sql, params)]


# --- writing ----------------------------------------------------------------------------------


def start(store: Store, *, client: Client, matter_id: str, language: str, clerk: str | None = None,
          started_at: str | None = None) -> int:
    """Create the client and the conversation on the matter's current checklist version."""
    if not client.name.strip():
        raise CounterAppError(_("Bitte geben Sie den Namen der Kundin oder des Kunden an."))
    checklist = checklists.load(store, matter_id)
    stamp = started_at or now_iso()
    clerk = clerk or current_clerk()
    with store.transaction() as conn:
        client_id = conn.execute(
            "INSERT INTO clients (name, date_of_birth, nationality, file_number, is_demo, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (client.name.strip(), client.date_of_birth.isoformat() if client.date_of_birth else None,
             client.nationality.strip().upper(), client.file_number.strip(), int(client.is_demo), stamp),
        ).lastrowid
        conversation_id = conn.execute(
            "INSERT INTO conversations (client_id, matter_id, checklist_version, language, status, clerk, "
            "started_at, updated_at) VALUES (?, ?, ?, ?, 'open', ?, ?, ?)",
            (client_id, matter_id, checklist.version, language, clerk, stamp, stamp),
        ).lastrowid
        audit.append(conn, "started", conversation_id, who=clerk)
        return conversation_id


def _ensure_open(conn, conversation_id: int) -> None:
    row = conn.execute("SELECT status FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
    if row is None:
        raise NotFoundError(_("Das Gespräch Nr. {number} gibt es nicht (mehr).").format(number=conversation_id))
    if row[0] == "closed":
        raise ConversationClosedError(_("Das Gespräch ist abgeschlossen und kann nicht mehr geändert werden."),
                                      hint=_("Öffnen Sie es erneut, um etwas zu ändern."))


def _upsert_answer(store: Store, conversation_id: int, item_id: str, **values: Any) -> None:
    """Insert or update one answer row; only the given columns change on update."""
    stamp = now_iso()
    row = {"status": "open", "value": None, "note": "", **values}
    updates = ", ".join(f"{k} = excluded.{k}" for k in values)
    with store.transaction() as conn:
        _ensure_open(conn, conversation_id)
        conn.execute(
            "INSERT INTO answers (conversation_id, item_id, updated_at, status, value, note) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            f"ON CONFLICT (conversation_id, item_id) DO UPDATE SET updated_at = excluded.updated_at, {updates}",
            (conversation_id, item_id, stamp, row["status"], row["value"], row["note"]),
        )
        conn.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (stamp, conversation_id))
        audit.append(conn, "changed", conversation_id, who=current_clerk())


def set_status(store: Store, conversation_id: int, item_id: str, status: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    _upsert_answer(store, conversation_id, item_id, status=status)


def set_answer(store: Store, conversation_id: int, item: Item, value: str | None) -> None:
    """Answer a question (`yes`/`no` or a choice id); None clears the answer."""
    allowed = (YES, NO) if item.answer == "yes_no" else tuple(item.choices)
    if value is not None and value not in allowed:
        raise CounterAppError(_("„{value}“ ist keine mögliche Antwort auf „{question}“.").format(
            value=value, question=item.title))
    _upsert_answer(store, conversation_id, item.id, value=value, status="open" if value is None else "present")


def set_note(store: Store, conversation_id: int, item_id: str, note: str) -> None:
    _upsert_answer(store, conversation_id, item_id, note=note.strip())


def set_conversation_note(store: Store, conversation_id: int, note: str) -> None:
    with store.transaction() as conn:
        _ensure_open(conn, conversation_id)
        conn.execute("UPDATE conversations SET note = ?, updated_at = ? WHERE id = ?",
                     (note.strip(), now_iso(), conversation_id))
        audit.append(conn, "changed", conversation_id, who=current_clerk())


def close(store: Store, conversation_id: int, *, closed_at: str | None = None) -> None:
    stamp = closed_at or now_iso()
    with store.transaction() as conn:
        _ensure_open(conn, conversation_id)
        conn.execute("UPDATE conversations SET status = 'closed', closed_at = ?, updated_at = ? WHERE id = ?",
                     (stamp, stamp, conversation_id))
        audit.append(conn, "closed", conversation_id, who=current_clerk())
        from . import statistics  # statistics imports this module: import here, not at the top

        statistics.record_closed(store, load(store, conversation_id))


def reopen(store: Store, conversation_id: int) -> None:
    with store.transaction() as conn:
        row = conn.execute("SELECT anonymised_at FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        if row is None:
            raise NotFoundError(_("Das Gespräch Nr. {number} gibt es nicht (mehr).").format(number=conversation_id))
        if row[0] is not None:
            raise ConversationClosedError(_("Die personenbezogenen Daten dieses Gesprächs sind gelöscht; "
                                            "es kann nicht wieder geöffnet werden."))
        conn.execute("UPDATE conversations SET status = 'open', closed_at = NULL, updated_at = ? WHERE id = ?",
                     (now_iso(), conversation_id))
        audit.append(conn, "reopened", conversation_id, who=current_clerk())
