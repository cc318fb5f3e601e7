"""The letters archive: each letter's file under `<data>/letters/<conversation>/` and one row in
the `letters` table. File first, row second, so a row never points at nothing; if the row cannot
be written, the file is removed again.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Mapping

from .. import audit
from ..db import Store
from ..errors import NotFoundError, StorageError
from ..i18n import _
from ..paths import ensure_private_dir


@dataclass(frozen=True)
class ArchivedLetter:
    id: int
    conversation_id: int
    template: str
    path: Path  # absolute
    created_at: str
    clerk: str
    deadline: date | None
    metadata: Mapping[str, Any]

    @property
    def title(self) -> str:
        return str(self.metadata.get("title") or self.template)

    @property
    def pdf_path(self) -> Path | None:
        pdf = self.metadata.get("pdf_path")
        return self.path.with_name(pdf) if pdf else None


def letters_dir(data_root: Path, conversation_id: int) -> Path:
    return data_root / "letters" / str(conversation_id)


def save_letter(store: Store, data_root: Path, *, conversation_id: int, template: str, docx: bytes, clerk: str,
                deadline: date | None, metadata: Mapping[str, Any], now: datetime | None = None) -> ArchivedLetter:
    """Write the file (private to the user) and record it; returns the archived letter."""
    stamp = now or datetime.now()
    ensure_private_dir(data_root / "letters")  # mkdir(parents=True) would leave the parent readable to others
    folder = ensure_private_dir(letters_dir(data_root, conversation_id))
    path = _unique(folder / f"{stamp:%Y-%m-%d_%H%M%S}_{template}.docx")
    _write_private(path, docx)
    try:
        with store.transaction() as conn:
            letter_id = conn.execute(
                "INSERT INTO letters (conversation_id, template, file_path, created_at, clerk, deadline, metadata) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, template, path.relative_to(data_root).as_posix(), stamp.isoformat(timespec="seconds"),
                 clerk, deadline.isoformat() if deadline else None, json.dumps(dict(metadata), ensure_ascii=False)),
            ).lastrowid
            audit.append(conn, "letter_created", conversation_id, who=clerk, detail=f"template={template}")
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return get_letter(store, data_root, letter_id)


def _unique(path: Path) -> Path:
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def _write_private(path: Path, content: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".letter-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        if os.name == "posix":
            os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise StorageError(
            _("Der Brief konnte nicht gespeichert werden ({reason}): {path}").format(reason=exc.strerror, path=path),
            hint=_("Bitte prüfen Sie, ob der Datenordner beschreibbar ist und genug Platz hat.")) from exc


def list_letters(store: Store, data_root: Path, conversation_id: int) -> list[ArchivedLetter]:
    """The conversation's letters, newest first."""
    rows = store.query("SELECT * FROM letters WHERE conversation_id = ? ORDER BY created_at DESC, id DESC",
                       (conversation_id,))
    return [_from_row(row, data_root) for row in rows]


def get_letter(store: Store, data_root: Path, letter_id: int) -> ArchivedLetter:
    rows = store.query("SELECT * FROM letters WHERE id = ?", (letter_id,))
    if not rows:
        raise NotFoundError(_("Den Brief Nr. {number} gibt es nicht (mehr).").format(number=letter_id))
    return _from_row(rows[0], data_root)


def _from_row(row: Mapping[str, Any], data_root: Path) -> ArchivedLetter:
    return ArchivedLetter(
        id=row["id"], conversation_id=row["conversation_id"], template=row["template"],
        path=data_root / row["file_path"], created_at=row["created_at"], clerk=row["clerk"],
        deadline=date.fromisoformat(row["deadline"]) if row["deadline"] else None,
        metadata=json.loads(row["metadata"] or "{}"),
    )


def latest_deadline(store: Store, conversation_id: int) -> date | None:
    """The deadline set by the conversation's newest letter that set one (for the handout)."""
    value = store.scalar("SELECT deadline FROM letters WHERE conversation_id = ? AND deadline IS NOT NULL "
                         "ORDER BY created_at DESC, id DESC LIMIT 1", (conversation_id,))
    return date.fromisoformat(value) if value else None


def record_pdf(store: Store, data_root: Path, letter_id: int, pdf: Path) -> ArchivedLetter:
    """Note the exported PDF (stored beside the .docx) in the letter's metadata."""
    letter = get_letter(store, data_root, letter_id)
    metadata = {**letter.metadata, "pdf_path": pdf.name}
    with store.transaction() as conn:
        conn.execute("UPDATE letters SET metadata = ? WHERE id = ?", (json.dumps(metadata, ensure_ascii=False),
                                                                      letter_id))
    return get_letter(store, data_root, letter_id)


def delete_for_conversation(store: Store, data_root: Path, conversation_id: int) -> int:
    """Remove a conversation's letter files and rows (for the retention clean-up); returns the count."""
    letters = list_letters(store, data_root, conversation_id)
    with store.transaction() as conn:
        conn.execute("DELETE FROM letters WHERE conversation_id = ?", (conversation_id,))
    for letter in letters:
        letter.path.unlink(missing_ok=True)
        if letter.pdf_path:
            letter.pdf_path.unlink(missing_ok=True)
    # Everything else in the folder belongs to this conversation too (e.g. a handout printed to PDF).
    shutil.rmtree(letters_dir(data_root, conversation_id), ignore_errors=True)
    return len(letters)
