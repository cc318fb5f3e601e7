"""Anonymous statistics on real SQLite files: recording at close, backfill, aggregation, the
suppression rule, CSV export, the command line and merging files of several PCs."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime, timedelta

import pytest

from counter_app import cli, conversations, demo, statistics
from counter_app.context import AppContext
from counter_app.conversations import Client
from counter_app.statistics import StatsFilter, StatsRecord

CLIENT = Client(name="Haddad, Amal", date_of_birth=date(1990, 5, 1), nationality="SYR", file_number="AZ-2026-17")


def close_and_record(store, conversation_id: int, *, closed_at: str) -> StatsRecord:
    """Close as the app does. Once conversations.close calls record_closed itself, the second call
    here finds the same record id and changes nothing (recording is idempotent)."""
    conversations.close(store, conversation_id, closed_at=closed_at)
    return statistics.record_closed(store, conversations.load(store, conversation_id))


def started(store, *, at: str = "2026-11-24T09:00:00", language: str = "ar") -> int:
    return conversations.start(store, client=CLIENT, matter_id="test_matter", language=language, clerk="t",
                               started_at=at)


def add_letter(store, conversation_id: int, template: str) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT INTO letters (conversation_id, template, file_path, created_at, clerk) "
                     "VALUES (?, ?, 'letters/x.docx', '2026-11-24T09:10:00', 't')", (conversation_id, template))


def record(number: int, **values) -> StatsRecord:
    data = dict(record_id=f"{number:032x}", matter_id="study", checklist_version=1, language="ar",
                duration_minutes=20, documents_missing=0, documents_open=0, letters={}, machine_translations=0,
                follow_up=False, week="2026-W45", month="2026-11")
    data.update(values)
    return StatsRecord(**data)


# --- recording ----------------------------------------------------------------------------------


def test_closing_records_matter_documents_letters_and_translations_without_personal_data(store):
    cid = started(store)
    checklist = conversations.load(store, cid).checklist
    conversations.set_answer(store, cid, checklist.item("first_permit"), "yes")
    conversations.set_answer(store, cid, checklist.item("married"), "yes")  # marriage certificate: still open
    conversations.set_status(store, cid, "passport", "missing")
    add_letter(store, cid, "nachforderung")
    add_letter(store, cid, "nachforderung")
    assert statistics.note_machine_translation(store, cid)
    assert statistics.note_machine_translation(store, cid)
    result = close_and_record(store, cid, closed_at="2026-11-24T09:23:40")
    assert (result.matter_id, result.checklist_version, result.language) == ("test_matter", 1, "ar")
    assert result.duration_minutes == 24
    assert (result.documents_missing, result.documents_open, result.follow_up) == (1, 1, True)
    assert result.letters == {"nachforderung": 2} and result.machine_translations == 2
    assert (result.week, result.month) == ("2026-W48", "2026-11")
    row = store.query("SELECT * FROM conversation_stats")[0]
    assert set(row) == {"record_id", "origin", "matter_id", "checklist_version", "language", "duration_minutes",
                        "documents_missing", "documents_open", "letters", "machine_translations", "follow_up",
                        "week", "month", "period_start", "period_end", "demo"}
    text = json.dumps(row)
    assert not any(secret in text for secret in ("Haddad", "AZ-2026-17", "1990", "SYR", "09:23", "2026-11-24"))
    assert (row["period_start"], row["period_end"]) == ("2026-11-23", "2026-11-29")


def test_closing_again_after_a_reopen_updates_the_same_record(store):
    cid = started(store)
    conversations.set_status(store, cid, "passport", "missing")
    first = close_and_record(store, cid, closed_at="2026-11-24T09:20:00")
    conversations.reopen(store, cid)
    conversations.set_status(store, cid, "passport", "present")
    second = close_and_record(store, cid, closed_at="2026-11-24T09:40:00")
    assert second.record_id == first.record_id
    assert store.scalar("SELECT COUNT(*) FROM conversation_stats") == 1
    assert statistics.load_records(store)[0].documents_missing == 0


def test_anonymising_cuts_the_tie_and_the_record_is_never_counted_twice(store):
    cid = started(store)
    close_and_record(store, cid, closed_at="2026-11-24T09:20:00")
    with store.transaction() as conn:
        conn.execute("UPDATE conversations SET anonymised_at = '2027-02-24T00:00:00' WHERE id = ?", (cid,))
    assert store.query("SELECT record_id, recorded FROM stats_conversation_state") == [{"record_id": None,
                                                                                         "recorded": 1}]
    assert statistics.backfill(store, recompute=True) == 0
    assert store.scalar("SELECT COUNT(*) FROM conversation_stats") == 1


def test_machine_translations_count_only_while_the_conversation_is_open(store):
    cid = started(store)
    close_and_record(store, cid, closed_at="2026-11-24T09:20:00")
    assert not statistics.note_machine_translation(store, cid)
    assert not statistics.note_machine_translation(store, 999)


def test_backfill_gives_demo_data_statistics_once(app_context):
    store = app_context.store()
    result = demo.create_demo_data(store, conversations=40, status="mixed")
    assert statistics.backfill(store) in (result.closed, 0)  # 0 once create_demo_data backfills itself
    assert statistics.backfill(store) == 0
    records = statistics.load_records(store)
    assert len(records) == result.closed and all(r.demo for r in records)
    assert all(12 <= r.duration_minutes <= 35 for r in records)
    assert statistics.backfill(store, recompute=True) == result.closed
    assert len(statistics.load_records(store, StatsFilter(include_demo=False))) == 0


@pytest.mark.parametrize("started_at, closed_at, expected", [
    ("2026-11-24T09:00:00", "2026-11-24T09:00:10", 0),
    ("2026-11-24T09:00:00", "2026-11-24T16:59:00", 479),
    ("2026-11-24T09:00:00", "2026-11-26T09:00:00", None),  # resumed two days later: not one appointment
])
def test_duration(started_at, closed_at, expected):
    assert statistics.duration_minutes(started_at, datetime.fromisoformat(closed_at)) == expected


def test_week_and_month_share_only_their_common_days():
    # ISO week 2026-W49 runs from Monday 30 November to Sunday 6 December.
    assert statistics.week_of(date(2026, 12, 1)) == "2026-W49"
    assert statistics.common_days("2026-W49", "2026-11") == (date(2026, 11, 30), date(2026, 11, 30))
    assert statistics.common_days("2026-W49", "2026-12") == (date(2026, 12, 1), date(2026, 12, 6))
    with pytest.raises(ValueError):
        statistics.common_days("2026-W49", "2026-10")


# --- aggregation and suppression ----------------------------------------------------------------


def test_aggregation_per_month_matter_language_and_letter():
    records = [record(n, duration_minutes=10 + n, documents_missing=int(n < 2), follow_up=n < 3,
                      letters={"nachforderung": 1} if n < 5 else {}) for n in range(6)]
    records.append(record(6, month="2026-12", week="2026-W49", duration_minutes=None))
    cells = {(c.period, c.dimension, c.key): c for c in statistics.aggregate(records)}
    november = cells[("2026-11", "total", "")]
    assert november.conversations == 6 and november.duration_avg == pytest.approx(12.5)
    assert november.missing_share == pytest.approx(100 * 2 / 6) and november.follow_up_share == 50
    assert november.letters == 5 and cells[("2026-11", "letter", "nachforderung")].conversations == 5
    assert cells[("2026-11", "matter", "study")].conversations == 6
    assert cells[("2026-12", "total", "")].suppression == "small"
    weekly = {c.period for c in statistics.aggregate(records, by="week")}
    assert weekly == {"2026-W45", "2026-W49"}


def test_small_groups_are_suppressed_and_one_more_is_withheld_to_protect_them():
    records = [record(n, language="ar") for n in range(9)] + [record(9, language="uk"),
                                                              record(10, language="uk")]
    records += [record(11 + n, language="tr") for n in range(6)]
    cells = {(c.dimension, c.key): c for c in statistics.aggregate(records)}
    assert cells[("total", "")].suppression == ""
    assert cells[("language", "uk")].suppression == "small"
    # uk (2) alone could be worked out as total minus the others: tr (6), the smallest, is withheld.
    assert cells[("language", "tr")].suppression == "withheld"
    assert cells[("language", "ar")].suppression == ""
    row = statistics.format_cell(cells[("language", "uk")], {"uk": "Ukrainisch"})
    assert row[:4] == ("2026-11", "Sprache", "Ukrainisch", "<5") and set(row[3:]) == {"<5"}
    assert set(statistics.format_cell(cells[("language", "tr")], {})[3:]) == {"gesperrt"}


def test_an_average_over_fewer_than_five_known_durations_is_suppressed():
    records = [record(n, duration_minutes=None if n > 2 else 30) for n in range(8)]
    total = next(c for c in statistics.aggregate(records) if c.dimension == "total")
    assert total.visible("duration_avg") is None
    assert statistics.format_cell(total, {})[3:5] == ("8", "<5")


def test_date_range_keeps_records_whose_week_and_month_overlap_it(store):
    with store.transaction() as conn:
        statistics._upsert(conn, record(1, week="2026-W49", month="2026-11"))  # 30 Nov only
        statistics._upsert(conn, record(2, week="2026-W49", month="2026-12"))  # 1–6 Dec
    december = statistics.load_records(store, StatsFilter(date_from=date(2026, 12, 1), date_to=date(2026, 12, 31)))
    assert [r.record_id for r in december] == [record(2).record_id]
    assert len(statistics.load_records(store, StatsFilter(date_to=date(2026, 11, 30)))) == 1


# --- CSV and command line -----------------------------------------------------------------------


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_csv_export_content(tmp_path, store):
    with store.transaction() as conn:
        for n in range(7):
            statistics._upsert(conn, record(n, language="ar" if n < 5 else "fa", duration_minutes=20 + n,
                                            documents_missing=int(n == 0), follow_up=n == 0))
    report = statistics.report(store)
    target = tmp_path / "statistik.csv"
    statistics.write_csv(target, report.rows())
    rows = read_csv(target)
    assert tuple(rows[0]) == statistics.HEADER
    assert rows[1] == ["2026-11", "Gesamt", "alle", "7", "23,0", "14,3", "14,3", "0,1", "0,0", "0", "0"]
    by_value = {row[2]: row for row in rows[1:]}
    assert by_value["Farsi (Persisch)"][3:] == ["<5"] * 8
    assert by_value["Arabisch"][3:] == ["gesperrt"] * 8  # protects Farsi: total − Arabic = Farsi
    assert not any(record(n).record_id in " ".join(map(" ".join, rows)) for n in range(7))


@pytest.fixture
def run(monkeypatch, capsys, tmp_path):
    if "counter_app.cli_stats" not in cli.ADMIN_COMMAND_MODULES:  # until cli.py lists it
        monkeypatch.setattr(cli, "ADMIN_COMMAND_MODULES", (*cli.ADMIN_COMMAND_MODULES, "counter_app.cli_stats"))

    def invoke(*args: str):
        try:
            code = cli.main(["admin", "stats", "--data-dir", str(tmp_path / "cli-data"), *args])
        except SystemExit as exc:  # argparse's own usage errors
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_cli_writes_the_csv_of_a_date_range_after_demo_data(run, tmp_path):
    ctx = AppContext.create(tmp_path / "cli-data")
    created = demo.create_demo_data(ctx.store(), conversations=30, status="closed")
    ctx.close()
    today = date.today()
    target = tmp_path / "out.csv"
    code, out, _ = run("--from", (today - timedelta(days=130)).isoformat(), "--to", today.isoformat(),
                       "--csv", str(target))
    assert code == 0 and "CSV geschrieben" in out and "„<5“" in out
    rows = read_csv(target)
    assert rows[0][3] == "Gespräche" and sum(int(r[3]) for r in rows[1:] if r[1] == "Gesamt"
                                             and r[3].isdigit()) <= created.closed
    code, out, _ = run("--by", "week", "--exclude-demo")
    assert code == 0 and "Keine abgeschlossenen Gespräche" in out
    code, out, _ = run("--rebuild")
    assert code == 0 and f"{created.closed} abgeschlossene(s) Gespräch(e) in die Statistik aufgenommen" in out


@pytest.mark.parametrize("args, code, message", [
    (("--from", "2026-13-01"), 2, "kein Datum"),
    (("--from", "2026-12-01", "--to", "2026-11-01"), 2, "--from liegt nach --to"),
    (("--merge",), 3, "kein Austauschordner"),
])
def test_cli_usage_errors_are_messages(run, args, code, message):
    result, _, err = run(*args)
    assert result == code and message in err and "Traceback" not in err


# --- several PCs --------------------------------------------------------------------------------


@pytest.fixture
def two_pcs(tmp_path, test_checklist):
    from counter_app import checklists
    from counter_app.db import Store

    stores = []
    for name in ("pc-a", "pc-b"):
        store = Store.open(tmp_path / name / "counter.sqlite3")
        checklists.publish(store, test_checklist, author="test")
        stores.append(store)
    yield stores
    for store in stores:
        store.close()


def test_merging_the_same_file_twice_adds_nothing(tmp_path, two_pcs):
    pc_a, pc_b = two_pcs
    sync = tmp_path / "share"
    sync.mkdir()
    for number in range(3):
        close_and_record(pc_a, started(pc_a), closed_at=f"2026-11-24T09:2{number}:00")
    close_and_record(pc_b, started(pc_b), closed_at="2026-11-24T10:00:00")
    written = statistics.export_sync(pc_a, sync)
    assert written.name == f"{statistics.pc_id(pc_a)}.json"
    statistics.export_sync(pc_b, sync)  # its own file is skipped when it merges
    assert statistics.merge_sync(pc_b, sync) == statistics.MergeResult(files=1, added=3, updated=0)
    assert statistics.merge_sync(pc_b, sync) == statistics.MergeResult(files=1, added=0, updated=0)
    assert len(statistics.load_records(pc_b)) == 4
    assert len(statistics.load_records(pc_b, origin="merged")) == 3
    statistics.export_sync(pc_b, sync)  # passes on only its own record
    assert len(json.loads((sync / "statistics" / f"{statistics.pc_id(pc_b)}.json").read_text())["records"]) == 1
    assert statistics.merge_sync(pc_a, sync).added == 1


def test_a_record_closed_again_on_the_other_pc_is_updated(tmp_path, two_pcs):
    pc_a, pc_b = two_pcs
    cid = started(pc_a)
    close_and_record(pc_a, cid, closed_at="2026-11-24T09:20:00")
    statistics.export_sync(pc_a, tmp_path)
    statistics.merge_sync(pc_b, tmp_path)
    conversations.reopen(pc_a, cid)
    conversations.set_status(pc_a, cid, "passport", "missing")
    close_and_record(pc_a, cid, closed_at="2026-11-24T09:30:00")
    statistics.export_sync(pc_a, tmp_path)
    assert statistics.merge_sync(pc_b, tmp_path) == statistics.MergeResult(files=1, added=0, updated=1)
    assert statistics.load_records(pc_b)[0].documents_missing == 1


def test_a_damaged_file_is_refused_whole_and_the_others_are_still_read(tmp_path, two_pcs):
    pc_a, pc_b = two_pcs
    close_and_record(pc_a, started(pc_a), closed_at="2026-11-24T09:20:00")
    statistics.export_sync(pc_a, tmp_path)
    good = {"format": "counter-app-statistics", "version": 1, "pc_id": "c" * 32,
            "records": [record(1).to_dict(), {**record(2).to_dict(), "duration_minutes": -4}]}
    (tmp_path / "statistics" / "broken.json").write_text(json.dumps(good), "utf-8")
    (tmp_path / "statistics" / "garbage.json").write_text("{not json", "utf-8")
    result = statistics.merge_sync(pc_b, tmp_path)
    assert (result.files, result.added) == (1, 1)
    assert len(result.refused) == 2 and any("Datensatz 2: Dauer ungültig" in r for r in result.refused)
    assert record(1).record_id not in {r.record_id for r in statistics.load_records(pc_b)}


def test_an_unreachable_sync_folder_is_a_clear_error(tmp_path, store):
    with pytest.raises(statistics.CounterAppError, match="nicht erreichbar"):
        statistics.merge_sync(store, tmp_path / "missing-share")
    with pytest.raises(statistics.CounterAppError, match="nicht erreichbar"):
        statistics.export_sync(store, tmp_path / "missing-share")
    assert not (tmp_path / "missing-share").exists()  # an unmounted share is not created locally
    (tmp_path / "share").mkdir()
    (tmp_path / "share" / "statistics").write_text("a file where the folder should be")
    with pytest.raises(statistics.CounterAppError, match="nicht erreichbar"):
        statistics.export_sync(store, tmp_path / "share")


def test_the_pc_id_is_random_and_stable(two_pcs):
    pc_a, pc_b = two_pcs
    first = statistics.pc_id(pc_a)
    assert first == statistics.pc_id(pc_a) and len(first) == 32
    assert first != statistics.pc_id(pc_b)
