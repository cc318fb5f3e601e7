"""The team lead's statistics window: charts by week or month, the same figures as a table, filters
by matter and language, CSV export, and the exchange with other PCs through the sync folder.

Everything shown follows the suppression rule of `counter_app.statistics` (small groups "<5" in the
table, left out of the charts), so the window can be shown to others. matplotlib is imported when
the window opens, never at start-up.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHeaderView, QLabel, QWidget

from .. import statistics
from ..errors import CounterAppError
from ..forms.statistics_view_ui import Ui_StatisticsView
from ..statistics import Report, StatsFilter
from .language_names import language_label
from .row_table_model import RowTableModel
from .services import Services

REFRESH_DELAY_MS = 200
LEGEND_WIDTH = 30
MAX_TICKS = 14


class StatsTableModel(RowTableModel[tuple]):
    """Rows as `statistics.format_cell` gives them: already suppressed and formatted."""

    # statistics.HEADER (also the CSV header), marked for translation here (the core does not import Qt)
    COLUMNS = (QT_TRANSLATE_NOOP("StatsTableModel", "Zeitraum"), QT_TRANSLATE_NOOP("StatsTableModel", "Gruppe"),
               QT_TRANSLATE_NOOP("StatsTableModel", "Wert"), QT_TRANSLATE_NOOP("StatsTableModel", "Gespräche"),
               QT_TRANSLATE_NOOP("StatsTableModel", "Dauer Ø (Min.)"),
               QT_TRANSLATE_NOOP("StatsTableModel", "Mit fehlenden Unterlagen (%)"),
               QT_TRANSLATE_NOOP("StatsTableModel", "Folgetermin nötig (%)"),
               QT_TRANSLATE_NOOP("StatsTableModel", "Fehlende Unterlagen Ø"),
               QT_TRANSLATE_NOOP("StatsTableModel", "Offene Unterlagen Ø"),
               QT_TRANSLATE_NOOP("StatsTableModel", "Briefe"),
               QT_TRANSLATE_NOOP("StatsTableModel", "Maschinelle Übersetzungen"))

    def cell(self, row: tuple, column: int) -> str:
        return row[column]

    def extra_data(self, row: tuple, column: int, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and row[column] in (statistics.SUPPRESSED, statistics.WITHHELD):
            return self.tr("Aus Datenschutzgründen nicht gezeigt (weniger als {0} Gespräche oder zu deren "
                           "Schutz zurückgehalten).").format(statistics.MIN_COUNT)
        return None


class StatisticsView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.report: Report | None = None
        self.sync_note = ""
        self.form = Ui_StatisticsView()
        self.form.setupUi(self)
        self.setWindowTitle(self.tr("Statistik (anonym) – Schalterassistent"))
        self.model = StatsTableModel(self)
        self.form.table.setModel(self.model)
        self.form.table.verticalHeader().hide()
        self.form.table.verticalHeader().setDefaultSectionSize(self.form.table.fontMetrics().height() + 8)
        self.form.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.canvas, self.figure = create_canvas(self)
        self.form.charts_layout.addWidget(self.canvas)
        self.form.rule.setText(self.tr(
            "Datenschutz: nur anonyme Zahlen, ohne Namen, Geburtsdaten oder Aktenzeichen. Werte aus weniger als "
            "{0} Gesprächen erscheinen als „{1}“ und fehlen in den Diagrammen; zu ihrem Schutz zurückgehaltene "
            "Werte erscheinen als „{2}“.").format(statistics.MIN_COUNT, statistics.SUPPRESSED, statistics.WITHHELD))
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._setup_filters()
        self._connect()

    # --- set-up ---------------------------------------------------------------------------------

    def _setup_filters(self) -> None:
        today = date.today()
        start = first_of_month_before(today, months=11)  # this month and the eleven before it
        self.form.date_from.setDate(QDate(start.year, start.month, start.day))
        self.form.date_to.setDate(QDate(today.year, today.month, today.day))
        for key, label in (("month", self.tr("Monat")), ("week", self.tr("Kalenderwoche"))):
            self.form.period.addItem(label, key)
        self.form.include_demo.setChecked(True)
        self.form.sync_button.setEnabled(bool(self.services.ctx.settings.get("paths.sync_folder")))
        self._fill_choices()

    def _fill_choices(self) -> None:
        """Matters and languages that occur in the statistics, with their German names."""
        values = statistics.recorded_values(self.services.store)
        names = statistics.labels(self.services.store)
        for combo, column, dimension, everything in (
                (self.form.matter, "matter_id", "matter", self.tr("Alle Anliegen")),
                (self.form.language, "language", "language", self.tr("Alle Sprachen"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            label = language_label if dimension == "language" else lambda k, n=names[dimension]: n.get(k, k)
            for key in sorted(values[column], key=lambda k: label(k).casefold()):
                combo.addItem(label(key), key)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _connect(self) -> None:
        form = self.form
        for signal in (form.date_from.dateChanged, form.date_to.dateChanged, form.period.currentIndexChanged,
                       form.matter.currentIndexChanged, form.language.currentIndexChanged,
                       form.include_demo.toggled):
            signal.connect(lambda *_: self._refresh_timer.start())
        form.export_button.clicked.connect(lambda: self.export_csv())
        form.sync_button.clicked.connect(lambda: self.synchronise(quiet=False))
        form.close_button.clicked.connect(self.close)
        refresh = QAction(self.tr("Aktualisieren"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)

    # --- data -----------------------------------------------------------------------------------

    def current_filter(self) -> StatsFilter:
        return StatsFilter(date_from=self.form.date_from.date().toPython(), date_to=self.form.date_to.date().toPython(),
                           matter_id=self.form.matter.currentData(), language=self.form.language.currentData(),
                           include_demo=self.form.include_demo.isChecked())

    def prepare(self) -> None:
        """On opening: record conversations that have no statistics yet, exchange with the other
        PCs if a sync folder is set, then show the figures."""
        self.synchronise(quiet=True)

    def synchronise(self, *, quiet: bool) -> None:
        folder = self.services.ctx.settings.get("paths.sync_folder")
        if not folder and not quiet:
            self.sync_note = self.tr("Kein Austauschordner eingestellt (paths.sync_folder); es werden nur die "
                                     "Gespräche dieses PCs gezeigt.")
        self.form.sync_button.setEnabled(False)
        store = self.services.store
        self.services.ops.run(self, lambda: bring_up_to_date(store, Path(folder) if folder else None),
                              success=self._synchronised)

    def _synchronised(self, outcome: tuple) -> None:
        _recorded, merged, problem = outcome
        self.form.sync_button.setEnabled(bool(self.services.ctx.settings.get("paths.sync_folder")))
        if problem:
            self.sync_note = problem
        elif merged is not None:
            self.sync_note = self.tr("Abgeglichen: {0} Datei(en) anderer PCs, {1} neu, {2} aktualisiert.").format(
                merged.files, merged.added, merged.updated)
            if merged.refused:
                self.sync_note += " " + self.tr("Nicht übernommen: {0}").format(" ".join(merged.refused))
        self._fill_choices()
        self.refresh()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        store, flt, by = self.services.store, self.current_filter(), self.form.period.currentData()
        self.services.ops.run(self, lambda: statistics.report(store, flt, by=by), success=self.show_report)

    def show_report(self, report: Report) -> None:
        self.report = report
        self.model.set_rows(report.rows())
        count = statistics.count_text
        text = self.tr("{0} abgeschlossene Gespräche im Zeitraum · davon {1} von anderen PCs · {2} Demo-Gespräche "
                       "(fiktiv).").format(count(report.conversations), count(report.merged), count(report.demo))
        self.form.summary.setText(f"{text} {self.sync_note}".strip())
        if self.figure is not None:
            draw_charts(self.figure, report)
            self.canvas.draw_idle()

    def export_csv(self, path: Path | None = None) -> None:
        if self.report is None:
            return
        if path is None:
            flt = self.current_filter()
            suggested = f"statistik-{flt.date_from:%Y-%m-%d}-{flt.date_to:%Y-%m-%d}.csv"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Statistik als CSV speichern"), suggested,
                                                    self.tr("CSV-Dateien (*.csv)"))
            if not chosen:
                return
            path = Path(chosen)
        rows = self.report.rows()
        self.services.ops.run(self, lambda: statistics.write_csv(path, rows), uses_database=False,
                              success=lambda n: self.form.summary.setText(
                                  self.tr("CSV gespeichert: {0} ({1} Zeilen).").format(path, n)))


def first_of_month_before(day: date, *, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def bring_up_to_date(store, folder: Path | None) -> tuple:
    """Runs on the worker: backfill, then export our records and merge the others' (if a folder)."""
    recorded = statistics.backfill(store)
    if folder is None:
        return recorded, None, ""
    try:
        statistics.export_sync(store, folder)
        return recorded, statistics.merge_sync(store, folder), ""
    except CounterAppError as exc:  # an unreachable share must not keep the window from opening
        return recorded, None, str(exc)


# --- charts -------------------------------------------------------------------------------------


def create_canvas(parent: QWidget):
    """A matplotlib canvas (QtAgg backend) and its figure; a label instead if matplotlib is missing."""
    try:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure
    except ImportError:
        label = QLabel(QCoreApplication.translate("StatisticsView", "Für Diagramme wird das Paket matplotlib "
                                                  "benötigt. Die Tabelle enthält dieselben Zahlen."), parent)
        label.setWordWrap(True)
        return label, None
    figure = Figure(figsize=(11, 6.5), layout="constrained")  # no pyplot: no global figure state
    canvas = FigureCanvasQTAgg(figure)
    canvas.setParent(parent)
    canvas.setAccessibleName(QCoreApplication.translate(
        "StatisticsView", "Diagramme der Statistik (dieselben Zahlen stehen in der Tabelle)"))
    return canvas, figure


def draw_charts(figure, report: Report) -> None:
    figure.clear()
    if not report.cells:
        figure.text(0.5, 0.5, QCoreApplication.translate(
            "StatisticsView", "Keine abgeschlossenen Gespräche im gewählten Zeitraum."), ha="center")
        return
    (matters, duration), (missing, languages) = figure.subplots(2, 2)
    _stacked_bars(matters, report, "matter", QCoreApplication.translate("StatisticsView", "Gespräche je Anliegen"))
    _line(duration, report, "duration_avg",
          QCoreApplication.translate("StatisticsView", "Durchschnittliche Dauer (Minuten)"))
    _line(missing, report, "missing_share",
          QCoreApplication.translate("StatisticsView", "Anteil mit fehlenden Unterlagen (%)"))
    _stacked_bars(languages, report, "language", QCoreApplication.translate("StatisticsView", "Gespräche je Sprache"))


def _stacked_bars(axes, report: Report, dimension: str, title: str) -> None:
    from matplotlib import colormaps

    periods, values = statistics.series(report.cells, dimension=dimension, measure="conversations")
    bottom = [0.0] * len(periods)
    palette = colormaps["tab20"]
    for number, (key, counts) in enumerate(sorted(values.items())):
        heights = [v or 0 for v in counts]
        axes.bar(range(len(periods)), heights, bottom=bottom, color=palette(number % 20),
                 label=_short(report.label(dimension, key)))
        bottom = [b + h for b, h in zip(bottom, heights)]
    axes.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    _decorate(axes, periods, title)


def _line(axes, report: Report, measure: str, title: str) -> None:
    periods, values = statistics.series(report.cells, dimension="total", measure=measure)
    points = [float("nan") if v is None else v for v in values.get("", [])]
    axes.plot(range(len(periods)), points, marker="o", color="#1f5f8b")
    axes.margins(y=0.15)
    axes.set_ylim(bottom=0)
    _decorate(axes, periods, title)


def _decorate(axes, periods: list[str], title: str) -> None:
    axes.set_title(title, fontsize=10)
    step = max(1, -(-len(periods) // MAX_TICKS))  # at most MAX_TICKS labels, e.g. for 52 weeks
    axes.set_xticks(range(0, len(periods), step), periods[::step], rotation=45, ha="right", fontsize=7)
    axes.tick_params(axis="y", labelsize=7)
    axes.grid(axis="y", alpha=0.3)


def _short(text: str) -> str:
    # Many matters start with "Aufenthaltserlaubnis"; cut at a fixed width they would all look alike.
    if text.startswith("Aufenthaltserlaubnis "):
        text = "AE " + text.removeprefix("Aufenthaltserlaubnis ")
    return text if len(text) <= LEGEND_WIDTH else text[: LEGEND_WIDTH - 1] + "…"


def open_statistics_view(services: Services, parent: QWidget | None = None) -> StatisticsView:
    view = StatisticsView(services, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    view.prepare()
    return view
