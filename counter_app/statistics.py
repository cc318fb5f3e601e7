"""Anonymous statistics of the counter: one record per closed conversation, aggregates with small
counts suppressed, CSV export, and the exchange of records between PCs through the sync folder.

What a record keeps, and why nothing in it leads back to a person, is documented in migration 0006.

Suppression rule (applies to the CSV export and to everything the statistics view shows): a figure
that aggregates fewer than `MIN_COUNT` (5) conversations is shown as "<5". If a breakdown of one
period (by matter or by language) has such a group, further groups of that breakdown are withheld
("gesperrt"), smallest first, until the hidden groups are at least two and hold at least five
conversations together, so no hidden group can be worked out from the period's total.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from collections import defaultdict
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from . import conversations
from .conversations import Conversation
from .db import Store
from .errors import ContentError, CounterAppError
from .i18n import _

MIN_COUNT = 5
SUPPRESSED = "<5"
WITHHELD = "gesperrt"
MAX_DURATION_MINUTES = 8 * 60  # longer means interrupted and resumed, not one appointment
BACKFILL_CHUNK = 200
SYNC_SUBFOLDER = "statistics"
FILE_FORMAT = "counter-app-statistics"
FILE_VERSION = 1
PERIODS = {"week": "Kalenderwoche", "month": "Monat"}
DIMENSIONS = {"total": "Gesamt", "matter": "Anliegen", "language": "Sprache", "letter": "Briefvorlage"}
HEADER = ("Zeitraum", "Gruppe", "Wert", "Gespräche", "Dauer Ø (Min.)", "Mit fehlenden Unterlagen (%)",
          "Folgetermin nötig (%)", "Fehlende Unterlagen Ø", "Offene Unterlagen Ø", "Briefe",
          "Maschinelle Übersetzungen")
_COLUMNS = ("record_id", "origin", "matter_id", "checklist_version", "language", "duration_minutes",
            "documents_missing", "documents_open", "letters", "machine_translations", "follow_up", "week",
            "month", "period_start", "period_end", "demo")


@dataclass(frozen=True)
class StatsRecord:
    """One closed conversation, without anything personal."""

    record_id: str
    matter_id: str
    checklist_version: int
    language: str
    duration_minutes: int | None
    documents_missing: int
    documents_open: int
    letters: Mapping[str, int]
    machine_translations: int
    follow_up: bool
    week: str
    month: str
    demo: bool = False
    origin: str = "local"

    def period(self, by: str) -> str:
        return self.week if by == "week" else self.month

    def to_dict(self) -> dict[str, Any]:
        """The layout of a record in a sync file (where it came from is not part of it)."""
        data = asdict(self)
        del data["origin"]
        return data


def new_record_id() -> str:
    return uuid.uuid4().hex


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_of(day: date) -> str:
    return f"{day.year}-{day.month:02d}"


def common_days(week: str, month: str) -> tuple[date, date]:
    """First and last day that lie both in the ISO week and in the month."""
    monday = date.fromisocalendar(int(week[:4]), int(week[6:]), 1)
    first = date(int(month[:4]), int(month[5:7]), 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    start, end = max(monday, first), min(monday + timedelta(days=6), last)
    if start > end:
        raise ValueError(_("Woche {week} und Monat {month} haben keinen Tag gemeinsam.").format(week=week, month=month))
    return start, end


def duration_minutes(started_at: str, closed: datetime) -> int | None:
    minutes = round((closed - datetime.fromisoformat(started_at)).total_seconds() / 60)
    return minutes if 0 <= minutes <= MAX_DURATION_MINUTES else None


# --- recording ----------------------------------------------------------------------------------


def record_for(conversation: Conversation, *, record_id: str, letters: Mapping[str, int] | None = None,
               machine_translations: int = 0) -> StatsRecord:
    """The anonymous record of a closed conversation (pure: reads nothing from the database)."""
    summary = conversation.summary()
    closed = datetime.fromisoformat(conversation.closed_at or conversation.updated_at)
    missing, still_open = len(summary.missing), len(summary.open)
    return StatsRecord(
        record_id=record_id, matter_id=conversation.matter_id, checklist_version=conversation.checklist.version,
        language=conversation.language, duration_minutes=duration_minutes(conversation.started_at, closed),
        documents_missing=missing, documents_open=still_open, letters=dict(letters or {}),
        machine_translations=machine_translations, follow_up=bool(missing or still_open),
        week=week_of(closed.date()), month=month_of(closed.date()), demo=conversation.client.is_demo,
    )


def record_closed(store: Store, conversation: Conversation) -> StatsRecord:
    """Store the record of a conversation that has just been closed; after a reopen, closing it
    again updates the same record instead of counting the conversation twice."""
    with store.transaction() as conn:
        state = conn.execute("SELECT record_id, machine_translations FROM stats_conversation_state "
                             "WHERE conversation_id = ?", (conversation.id,)).fetchone()
        record = record_for(conversation, record_id=(state and state[0]) or new_record_id(),
                            letters=_letters_of(conn, conversation.id),
                            machine_translations=state[1] if state else 0)
        _upsert(conn, record)
        conn.execute("INSERT INTO stats_conversation_state (conversation_id, record_id, recorded) VALUES (?, ?, 1) "
                     "ON CONFLICT (conversation_id) DO UPDATE SET record_id = excluded.record_id, recorded = 1",
                     (conversation.id, record.record_id))
    return record


def _letters_of(conn, conversation_id: int) -> dict[str, int]:
    rows = conn.execute("SELECT template, COUNT(*) FROM letters WHERE conversation_id = ? GROUP BY template",
                        (conversation_id,)).fetchall()
    return {name: count for name, count in rows}


def _row(record: StatsRecord) -> tuple:
    start, end = common_days(record.week, record.month)
    return (record.record_id, record.origin, record.matter_id, record.checklist_version, record.language,
            record.duration_minutes, record.documents_missing, record.documents_open,
            json.dumps(dict(sorted(record.letters.items())), ensure_ascii=False), record.machine_translations,
            int(record.follow_up), record.week, record.month, start.isoformat(), end.isoformat(), int(record.demo))


def _upsert(conn, record: StatsRecord) -> None:
    updates = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:])
    conn.execute(f"INSERT INTO conversation_stats ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))}) "
                 f"ON CONFLICT (record_id) DO UPDATE SET {updates}", _row(record))


def note_machine_translation(store: Store, conversation_id: int) -> bool:
    """Count one machine translation made during an open conversation. False if it is not open."""
    with store.transaction() as conn:
        row = conn.execute("SELECT status FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        if row is None or row[0] != "open":
            return False
        conn.execute("INSERT INTO stats_conversation_state (conversation_id, machine_translations) VALUES (?, 1) "
                     "ON CONFLICT (conversation_id) DO UPDATE SET machine_translations = machine_translations + 1",
                     (conversation_id,))
    return True


_PENDING = ("SELECT c.id FROM conversations c LEFT JOIN stats_conversation_state s ON s.conversation_id = c.id "
            "WHERE c.status = 'closed' AND (s.recorded IS NULL OR s.recorded = 0{}) ORDER BY c.id")


def backfill(store: Store, *, recompute: bool = False) -> int:
    """Record closed conversations that have no statistics yet (demo data, conversations closed
    before this version). `recompute` also refreshes records still tied to their conversation;
    anonymised ones are left as they are (their tie is gone). Returns how many were recorded."""
    if store.read_only:
        return 0
    ids = [row["id"] for row in store.query(_PENDING.format(" OR s.record_id IS NOT NULL" if recompute else ""))]
    for start in range(0, len(ids), BACKFILL_CHUNK):
        # Short transactions: a clerk's write on the same connection waits for one chunk at most.
        with store.transaction():
            for conversation_id in ids[start:start + BACKFILL_CHUNK]:
                record_closed(store, conversations.load(store, conversation_id))
    return len(ids)


# --- reading and aggregating --------------------------------------------------------------------


@dataclass(frozen=True)
class StatsFilter:
    date_from: date | None = None
    date_to: date | None = None
    matter_id: str | None = None
    language: str | None = None
    include_demo: bool = True


def load_records(store: Store, flt: StatsFilter = StatsFilter(), *, origin: str | None = None) -> list[StatsRecord]:
    """Records whose week-and-month overlaps the date range (exact for whole months and weeks)."""
    rows = store.query(
        "SELECT * FROM conversation_stats WHERE (:start IS NULL OR period_end >= :start) "
        "AND (:end IS NULL OR period_start <= :end) AND (:matter IS NULL OR matter_id = :matter) "
        "AND (:language IS NULL OR language = :language) AND (:demo OR demo = 0) "
        "AND (:origin IS NULL OR origin = :origin) ORDER BY period_start, matter_id",
        {"start": flt.date_from and flt.date_from.isoformat(), "end": flt.date_to and flt.date_to.isoformat(),
         "matter": flt.matter_id, "language": flt.language, "demo": int(flt.include_demo), "origin": origin},
    )
    return [_record_from_row(row) for row in rows]


def _record_from_row(row: Mapping[str, Any]) -> StatsRecord:
    return StatsRecord(
        record_id=row["record_id"], matter_id=row["matter_id"], checklist_version=row["checklist_version"],
        language=row["language"], duration_minutes=row["duration_minutes"],
        documents_missing=row["documents_missing"], documents_open=row["documents_open"],
        letters=json.loads(row["letters"]), machine_translations=row["machine_translations"],
        follow_up=bool(row["follow_up"]), week=row["week"], month=row["month"], demo=bool(row["demo"]),
        origin=row["origin"],
    )


@dataclass(frozen=True)
class Cell:
    """The figures of one group (e.g. month 2026-11, matter "study"); `suppression` is "" (shown),
    "small" (fewer than MIN_COUNT conversations) or "withheld" (hidden to protect a small one)."""

    period: str
    dimension: str
    key: str
    conversations: int
    durations: int  # conversations whose duration is known
    duration_avg: float | None
    missing_share: float  # percent with at least one missing document
    follow_up_share: float
    missing_avg: float
    open_avg: float
    letters: int
    machine_translations: int
    suppression: str = ""

    def visible(self, measure: str) -> float | None:
        """A measure as the view may show it: None where the suppression rule hides it."""
        if self.suppression or (measure == "duration_avg" and self.durations < MIN_COUNT):
            return None
        return getattr(self, measure)


def aggregate(records: Iterable[StatsRecord], *, by: str = "month") -> list[Cell]:
    """Per period: the total, each matter, each language and each letter template; suppressed."""
    groups: dict[tuple[str, str, str], list[tuple[StatsRecord, int]]] = defaultdict(list)
    for record in records:
        period, letters = record.period(by), sum(record.letters.values())
        groups[(period, "total", "")].append((record, letters))
        groups[(period, "matter", record.matter_id)].append((record, letters))
        groups[(period, "language", record.language)].append((record, letters))
        for template, count in record.letters.items():
            groups[(period, "letter", template)].append((record, count))
    order = list(DIMENSIONS)
    cells = sorted((_cell(key, members) for key, members in groups.items()),
                   key=lambda c: (c.period, order.index(c.dimension), c.key))
    return suppress(cells)


def _cell(key: tuple[str, str, str], members: list[tuple[StatsRecord, int]]) -> Cell:
    records = [record for record, _ in members]
    n = len(records)
    durations = [r.duration_minutes for r in records if r.duration_minutes is not None]
    return Cell(
        *key, conversations=n, durations=len(durations),
        duration_avg=sum(durations) / len(durations) if durations else None,
        missing_share=100 * sum(r.documents_missing > 0 for r in records) / n,
        follow_up_share=100 * sum(r.follow_up for r in records) / n,
        missing_avg=sum(r.documents_missing for r in records) / n,
        open_avg=sum(r.documents_open for r in records) / n,
        letters=sum(count for _, count in members), machine_translations=sum(r.machine_translations for r in records),
    )


def suppress(cells: Sequence[Cell]) -> list[Cell]:
    """Apply the suppression rule (module docstring) to aggregated cells."""
    marked = [replace(c, suppression="small") if c.conversations < MIN_COUNT else c for c in cells]
    breakdowns: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, cell in enumerate(marked):
        if cell.dimension in ("matter", "language"):  # these add up to the period's total
            breakdowns[(cell.period, cell.dimension)].append(index)
    for indexes in breakdowns.values():
        hidden = [i for i in indexes if marked[i].suppression]
        shown = sorted((i for i in indexes if not marked[i].suppression), key=lambda i: marked[i].conversations)
        while hidden and shown and (len(hidden) < 2 or sum(marked[i].conversations for i in hidden) < MIN_COUNT):
            index = shown.pop(0)
            marked[index] = replace(marked[index], suppression="withheld")
            hidden.append(index)
    return marked


def series(cells: Sequence[Cell], *, dimension: str, measure: str) -> tuple[list[str], dict[str, list[float | None]]]:
    """Chart data: the periods, and per key of `dimension` one value per period (None = hidden)."""
    periods = sorted({c.period for c in cells})
    values: dict[str, list[float | None]] = {}
    for cell in cells:
        if cell.dimension == dimension:
            values.setdefault(cell.key, [None] * len(periods))[periods.index(cell.period)] = cell.visible(measure)
    return periods, values


# --- report and CSV -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Report:
    cells: list[Cell]
    labels: Mapping[str, Mapping[str, str]]  # dimension → key → German name
    conversations: int
    merged: int  # records from other PCs
    demo: int
    by: str = "month"

    def rows(self) -> list[tuple[str, ...]]:
        return [format_cell(cell, self.labels.get(cell.dimension, {})) for cell in self.cells]

    def label(self, dimension: str, key: str) -> str:
        return self.labels.get(dimension, {}).get(key, key)


def report(store: Store, flt: StatsFilter = StatsFilter(), *, by: str = "month") -> Report:
    records = load_records(store, flt)
    return Report(cells=aggregate(records, by=by), labels=labels(store), conversations=len(records),
                  merged=sum(r.origin == "merged" for r in records), demo=sum(r.demo for r in records), by=by)


def recorded_values(store: Store) -> dict[str, list[str]]:
    """Matters and languages that occur in the records (the view's filter choices)."""
    return {column: [row["v"] for row in store.query(f"SELECT DISTINCT {column} AS v FROM conversation_stats "
                                                     "ORDER BY v")]
            for column in ("matter_id", "language")}


def labels(store: Store) -> dict[str, dict[str, str]]:
    from .snippets import LANGUAGE_NAMES

    matters = {row["id"]: row["title"] for row in store.query("SELECT id, title FROM matters")}
    return {"matter": matters, "language": dict(LANGUAGE_NAMES), "total": {"": "alle"}}


def count_text(count: int) -> str:
    """A number of conversations as it may be shown to others."""
    return SUPPRESSED if 0 < count < MIN_COUNT else str(count)


def format_cell(cell: Cell, names: Mapping[str, str]) -> tuple[str, ...]:
    head = (cell.period, DIMENSIONS[cell.dimension], names.get(cell.key, cell.key))
    if cell.suppression:
        return head + ((SUPPRESSED if cell.suppression == "small" else WITHHELD),) * (len(HEADER) - len(head))
    duration = _decimal(cell.duration_avg) if cell.durations >= MIN_COUNT else SUPPRESSED
    return head + (str(cell.conversations), duration, _decimal(cell.missing_share), _decimal(cell.follow_up_share),
                   _decimal(cell.missing_avg), _decimal(cell.open_avg), str(cell.letters),
                   str(cell.machine_translations))


def _decimal(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}".replace(".", ",")  # German decimal comma (Excel)


def write_csv(path: Path, rows: Sequence[Sequence[str]]) -> int:
    """Semicolons, decimal commas and a BOM, so Excel with German settings opens it as a table."""
    import csv

    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(HEADER)
            writer.writerows(rows)
    except OSError as exc:
        raise CounterAppError(
            _("Die Datei {path} kann nicht geschrieben werden ({reason}).").format(path=path, reason=exc.strerror),
            hint=_("Bitte einen anderen Ordner wählen oder die Zugriffsrechte prüfen."),
        ) from exc
    return len(rows)


# --- several counters: the sync folder ----------------------------------------------------------


def pc_id(store: Store) -> str:
    """The random, stable id of this data folder in the sync folder (no host or user name)."""
    value = store.scalar("SELECT value FROM local_meta WHERE key = 'pc_id'")
    if value is None:
        with store.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO local_meta (key, value) VALUES ('pc_id', ?)", (uuid.uuid4().hex,))
        value = store.scalar("SELECT value FROM local_meta WHERE key = 'pc_id'")
    return value


def sync_dir(folder: Path) -> Path:
    return Path(folder) / SYNC_SUBFOLDER


def export_sync(store: Store, folder: Path) -> Path:
    """Write this PC's own records to <sync>/statistics/<pc id>.json. Records merged from other
    PCs are not passed on."""
    return write_sync_file(folder, sync_payload(store))


def sync_payload(store: Store) -> dict[str, Any]:
    """The database half of an export (for the database worker)."""
    return {"format": FILE_FORMAT, "version": FILE_VERSION, "pc_id": pc_id(store),
            "exported_at": datetime.now().isoformat(timespec="seconds"),
            "records": [r.to_dict() for r in load_records(store, origin="local")]}


def write_sync_file(folder: Path, payload: Mapping[str, Any]) -> Path:
    """The file half of an export (may wait on a slow network share: not on the database worker).
    Replaced whole and atomically, so another PC never reads half a file."""
    if not Path(folder).is_dir():  # an unmounted share must not turn into a local folder
        raise _sync_error(Path(folder), FileNotFoundError(2, _("Ordner nicht gefunden")))
    target = sync_dir(folder) / f"{payload['pc_id']}.json"
    temporary = target.with_name(target.name + ".tmp")
    try:
        target.parent.mkdir(exist_ok=True)
        temporary.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), "utf-8")
        os.replace(temporary, target)
    except OSError as exc:
        raise _sync_error(folder, exc) from exc
    return target


def _sync_error(folder: Path, exc: OSError) -> CounterAppError:
    return CounterAppError(
        _("Der Austauschordner {folder} ist nicht erreichbar ({reason}).").format(folder=folder,
                                                                               reason=exc.strerror or exc),
        hint=_("Bitte prüfen Sie die Netzwerkverbindung und die Einstellung paths.sync_folder."),
    )


@dataclass(frozen=True)
class MergeResult:
    files: int  # files of other PCs read
    added: int
    updated: int
    refused: tuple[str, ...] = field(default=())  # one message per file that was refused


def merge_sync(store: Store, folder: Path) -> MergeResult:
    """Add the records of the other PCs' files. Reading a file again adds nothing (record ids);
    a file with any invalid record is refused whole and named in the result."""
    if not Path(folder).is_dir():
        raise _sync_error(Path(folder), FileNotFoundError(2, _("Ordner nicht gefunden")))
    own, files, added, updated, refused = pc_id(store), 0, 0, 0, []
    for path in sorted(sync_dir(folder).glob("*.json")):
        try:
            source, records = read_sync_file(path)
        except ContentError as exc:
            refused.append(str(exc))
            continue
        if source == own:
            continue
        new, changed = _merge_records(store, records)
        files, added, updated = files + 1, added + new, updated + changed
    return MergeResult(files, added, updated, tuple(refused))


def _merge_records(store: Store, records: Sequence[StatsRecord]) -> tuple[int, int]:
    added = updated = 0
    with store.transaction() as conn:
        for record in records:
            row = _row(replace(record, origin="merged"))
            stored = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM conversation_stats WHERE record_id = ?",
                                  (record.record_id,)).fetchone()
            if stored is None:
                added += 1
            elif stored[1] == "merged" and tuple(stored) != row:
                updated += 1  # that PC closed the conversation again after a reopen
            else:
                continue  # already known, or one of ours: our own records always win
            _upsert(conn, replace(record, origin="merged"))
    return added, updated


def read_sync_file(path: Path) -> tuple[str, list[StatsRecord]]:
    """The PC id and records of one sync file; ContentError naming the file if anything is wrong."""
    try:
        data = json.loads(path.read_text("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FILE_FORMAT or data.get("version") != FILE_VERSION:
            raise ValueError(_("keine Statistikdatei dieses Programms (format/version)"))
        source = data.get("pc_id")
        if not isinstance(source, str) or not _HEX.match(source):
            raise ValueError(_("PC-Kennung fehlt oder ist ungültig"))
        if not isinstance(data.get("records"), list):
            raise ValueError(_("die Liste „records“ fehlt"))
        return source, [record_from_dict(item, number) for number, item in enumerate(data["records"], 1)]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValueError) as exc:
        raise ContentError(
            _("Die Statistikdatei {path} wurde nicht übernommen: {reason}.").format(path=path, reason=exc),
            hint=_("Die anderen Dateien wurden trotzdem gelesen."),
        ) from exc


_HEX = re.compile(r"^[0-9a-f]{32}$")
_KEY = re.compile(r"^[A-Za-z0-9_.*-]{1,64}$")
_WEEK = re.compile(r"^\d{4}-W\d{2}$")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def record_from_dict(data: Any, number: int = 0) -> StatsRecord:
    """Check one record of a sync file; ValueError with a reason (in the active language) if it is not valid."""
    if not isinstance(data, dict):
        raise ValueError(_("Datensatz {number} ist keine Zuordnung").format(number=number))
    text = {k: _checked(data, k, str, number) for k in ("record_id", "matter_id", "language", "week", "month")}
    counts = {k: _checked(data, k, int, number) for k in ("checklist_version", "documents_missing", "documents_open",
                                                            "machine_translations")}
    flags = {k: _checked(data, k, bool, number) for k in ("follow_up", "demo")}
    duration = data.get("duration_minutes")
    letters = data.get("letters")
    if not _HEX.match(text["record_id"]) or not _KEY.match(text["matter_id"]) or not _KEY.match(text["language"]):
        raise ValueError(_("Datensatz {number}: Kennung, Anliegen oder Sprache ungültig").format(number=number))
    if not _WEEK.match(text["week"]) or not _MONTH.match(text["month"]):
        raise ValueError(_("Datensatz {number}: Woche oder Monat ungültig").format(number=number))
    if duration is not None and (type(duration) is not int or not 0 <= duration <= MAX_DURATION_MINUTES):
        raise ValueError(_("Datensatz {number}: Dauer ungültig").format(number=number))
    if not isinstance(letters, dict) or not all(isinstance(k, str) and _KEY.match(k) and type(v) is int and v >= 0
                                                for k, v in letters.items()):
        raise ValueError(_("Datensatz {number}: Briefe ungültig").format(number=number))
    common_days(text["week"], text["month"])  # raises if week and month contradict each other
    return StatsRecord(duration_minutes=duration, letters=letters, **text, **counts, **flags)


def _checked(data: Mapping[str, Any], key: str, kind: type, number: int) -> Any:
    value = data.get(key)
    # bool is an int in Python: a count of True is as wrong as a flag of 1.
    if type(value) is not kind or (kind is int and value < 0):
        raise ValueError(_("Datensatz {number}: „{key}“ fehlt oder ist ungültig").format(number=number, key=key))
    return value
