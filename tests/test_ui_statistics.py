"""The team lead's statistics window on real demo data: opening, filters, CSV export, sync folder."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from counter_app import demo, statistics
from counter_app.context import AppContext
from counter_app.db import Store
from counter_app.ui.app import create_services
from counter_app.ui.statistics_view import StatisticsView, first_of_month_before, open_statistics_view


def make_services(tmp_path, *, synchronous: bool = True):
    ctx = AppContext.create(tmp_path / "ui-data")
    return create_services(ctx, ctx.store(), synchronous_ops=synchronous)


@pytest.fixture
def services(tmp_path):
    services = make_services(tmp_path)
    yield services
    services.ops.shutdown()
    services.ctx.close()


@pytest.fixture
def demo_month(services):
    """Closed demo conversations (spread over the last four months, most within the range)."""
    return demo.create_demo_data(services.store, conversations=60, status="closed")


def open_view(qtbot, services) -> StatisticsView:
    view = open_statistics_view(services)
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    return view


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_opens_with_demo_data_shows_charts_and_exports_the_table(qtbot, services, demo_month, tmp_path,
                                                                 qtmodeltester):
    view = open_view(qtbot, services)
    assert view.report.conversations == demo_month.closed  # recorded on opening (backfill)
    assert f"{demo_month.closed} abgeschlossene Gespräche" in view.form.summary.text()
    assert view.model.rowCount() == len(view.report.rows()) > 0
    assert len(view.figure.axes) == 4 and view.figure.axes[0].get_title() == "Gespräche je Anliegen"
    qtmodeltester.check(view.model)
    target = tmp_path / "statistik.csv"
    view.export_csv(target)
    rows = read_csv(target)
    assert tuple(rows[0]) == statistics.HEADER and rows[1:] == [list(r) for r in view.report.rows()]
    assert "CSV gespeichert" in view.form.summary.text()


def test_small_groups_show_as_suppressed_in_the_table(qtbot, services, demo_month):
    view = open_view(qtbot, services)
    view.form.period.setCurrentIndex(view.form.period.findData("week"))
    qtbot.waitUntil(lambda: view.report.by == "week")
    shown = {view.model.data(view.model.index(row, 3)) for row in range(view.model.rowCount())}
    assert statistics.SUPPRESSED in shown  # 60 conversations over many weeks: many groups under five
    assert not any(value.isdigit() and 0 < int(value) < statistics.MIN_COUNT for value in shown)


def test_filters_by_matter_language_and_demo(qtbot, services, demo_month):
    view = open_view(qtbot, services)
    form = view.form
    matter = form.matter.itemData(1)
    form.matter.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.report is not None and {c.key for c in view.report.cells
                                                          if c.dimension == "matter"} == {matter})
    form.language.setCurrentIndex(1)
    language = form.language.itemData(1)
    qtbot.waitUntil(lambda: {c.key for c in view.report.cells if c.dimension == "language"} <= {language})
    form.include_demo.setChecked(False)
    qtbot.waitUntil(lambda: view.report.conversations == 0)
    assert view.model.rowCount() == 0
    assert "Keine abgeschlossenen Gespräche" in view.figure.texts[0].get_text()


def test_date_range_narrows_the_report(qtbot, services, demo_month):
    view = open_view(qtbot, services)
    everything = view.report.conversations
    today = date.today()
    view.form.date_from.setDate(QDate(today.year, today.month, 1))
    qtbot.waitUntil(lambda: view.report.conversations < everything)


def test_exchanges_with_the_other_pcs_on_opening(qtbot, services, demo_month, tmp_path, test_checklist):
    share = tmp_path / "share"
    share.mkdir()
    other = Store.open(tmp_path / "other-pc" / "counter.sqlite3")
    with other.transaction() as conn:
        for n in range(6):
            statistics._upsert(conn, statistics.StatsRecord(
                record_id=f"{n:032x}", matter_id="study", checklist_version=1, language="uk", duration_minutes=15,
                documents_missing=0, documents_open=0, letters={}, machine_translations=1, follow_up=False,
                week=statistics.week_of(date.today()), month=statistics.month_of(date.today())))
    statistics.export_sync(other, share)
    other.close()
    services.ctx.settings.user["paths.sync_folder"] = str(share)
    view = open_view(qtbot, services)
    assert "Abgeglichen: 1 Datei(en) anderer PCs, 6 neu" in view.form.summary.text()
    assert view.report.merged == 6 and view.report.conversations == demo_month.closed + 6
    assert (share / "statistics" / f"{statistics.pc_id(services.store)}.json").exists()
    qtbot.mouseClick(view.form.sync_button, Qt.MouseButton.LeftButton)
    assert "0 neu" in view.form.summary.text()  # the same file read again adds nothing


def test_an_unreachable_share_does_not_keep_the_window_from_opening(qtbot, services, demo_month, tmp_path):
    services.ctx.settings.user["paths.sync_folder"] = str(tmp_path / "offline-share")
    view = open_view(qtbot, services)
    assert "nicht erreichbar" in view.form.summary.text()
    assert view.report.conversations == demo_month.closed


def test_opens_on_real_threads(qtbot, tmp_path):
    services = make_services(tmp_path, synchronous=False)
    try:
        demo.create_demo_data(services.store, conversations=20, status="closed")
        view = open_view(qtbot, services)
        qtbot.waitUntil(lambda: view.report is not None and view.report.conversations == 20, timeout=10000)
        view.close()
    finally:
        services.ops.shutdown()
        services.ctx.close()


def test_widgets_have_accessible_names(qtbot, services):
    view = open_view(qtbot, services)
    form = view.form
    for widget in (form.date_from, form.date_to, form.period, form.matter, form.language, form.include_demo,
                   form.table, form.summary, form.rule, form.sync_button, form.export_button, view.canvas):
        assert widget.accessibleName(), widget.objectName()


def test_default_range_is_this_month_and_the_eleven_before():
    assert first_of_month_before(date(2026, 11, 25), months=11) == date(2025, 12, 1)
    assert first_of_month_before(date(2026, 1, 31), months=11) == date(2025, 2, 1)
    assert first_of_month_before(date(2026, 12, 1), months=11) == date(2026, 1, 1)
    assert first_of_month_before(date.today(), months=0) == date.today().replace(day=1)
    assert date.today() - first_of_month_before(date.today(), months=11) > timedelta(days=300)
