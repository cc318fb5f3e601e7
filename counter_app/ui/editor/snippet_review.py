"""Reviewing translations: per language, every unreviewed and machine translation with its German
original; accept as is or corrected. Who reviewed and when is stored with the text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from ... import content_versions, snippets
from ...snippets import LANGUAGE_NAMES, SnippetText, is_rtl
from .. import bus
from ..errors import show_error
from ..language_names import language_label
from ..row_table_model import RowTableModel
from ..services import Services

STATUS_LABELS = {"unreviewed": QT_TRANSLATE_NOOP("ReviewModel", "ungeprüft"),
                 "machine": QT_TRANSLATE_NOOP("ReviewModel", "maschinell"),
                 "reviewed": QT_TRANSLATE_NOOP("ReviewModel", "geprüft")}
FILTERS = (("all", QT_TRANSLATE_NOOP("SnippetReviewDialog", "ungeprüfte und maschinelle")),
           ("machine", QT_TRANSLATE_NOOP("SnippetReviewDialog", "nur maschinelle")))


class ReviewModel(RowTableModel[SnippetText]):
    COLUMNS = (QT_TRANSLATE_NOOP("ReviewModel", "Baustein"), QT_TRANSLATE_NOOP("ReviewModel", "Status"),
               QT_TRANSLATE_NOOP("ReviewModel", "Deutsch"), QT_TRANSLATE_NOOP("ReviewModel", "Übersetzung"))

    def cell(self, row: SnippetText, column: int) -> str:
        return (row.snippet_id, self.tr(STATUS_LABELS.get(row.status, row.status)), row.german, row.text)[column]


class SnippetReviewDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Übersetzungen prüfen"))
        self.setAccessibleName(self.tr("Übersetzungen der Textbausteine prüfen"))
        self.resize(980, 620)
        self.language = QComboBox(accessibleName=self.tr("Sprache"))
        for code in LANGUAGE_NAMES:
            if code != "de":
                self.language.addItem(language_label(code), code)
        self.filter = QComboBox(accessibleName=self.tr("Welche Übersetzungen"))
        for key, label in FILTERS:
            self.filter.addItem(self.tr(label), key)
        self.model = ReviewModel(self)
        self.table = QTableView(accessibleName=self.tr("Ungeprüfte Übersetzungen"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.german = QLabel(wordWrap=True, accessibleName=self.tr("Deutscher Originaltext"))
        self.german.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.translation = QPlainTextEdit(accessibleName=self.tr("Übersetzung (korrigierbar)"))
        self.translation.setTabChangesFocus(True)
        self.translation.setMaximumHeight(90)
        self.accept_button = QPushButton(self.tr("Als &geprüft übernehmen"))
        self.info = QLabel(accessibleName=self.tr("Stand der Prüfung"))
        self._layout()
        self.language.currentIndexChanged.connect(self.refresh)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.accept_button.clicked.connect(self.accept_current)
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        for text, combo in ((self.tr("&Sprache:"), self.language), (self.tr("&Anzeigen:"), self.filter)):
            label = QLabel(text)
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo)
        top.addStretch(1)
        top.addWidget(self.info)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Deutsch:")))
        layout.addWidget(self.german)
        label = QLabel(self.tr("Ü&bersetzung:"))
        label.setBuddy(self.translation)
        layout.addWidget(label)
        layout.addWidget(self.translation)
        layout.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)

    def refresh(self, _index: int = 0, *, keep_row: int = 0) -> None:
        language = self.language.currentData()
        rows = snippets.unreviewed(self.services.store, language)
        if self.filter.currentData() == "machine":
            rows = [r for r in rows if r.status == "machine"]
        self.model.set_rows(rows)
        self.info.setText(self.tr("{0} zu prüfen").format(len(rows)))
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
        self.translation.setLayoutDirection(direction)
        if rows:
            self.table.setCurrentIndex(self.model.index(min(keep_row, len(rows) - 1), 0))
        else:
            self._show_current()
        self.accept_button.setEnabled(bool(rows))

    def current(self) -> SnippetText | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _show_current(self, *_args) -> None:
        row = self.current()
        self.german.setText(row.german if row else "")
        self.translation.setPlainText(row.text if row else "")

    def accept_current(self) -> None:
        """Mark the selected translation reviewed; a corrected text is stored with it."""
        row = self.current()
        if row is None:
            return
        text = self.translation.toPlainText().strip()
        try:
            content_versions.review_snippet(self.services.store, snippet_id=row.snippet_id, language=row.language,
                                            reviewer=self.services.clerk, text=text if text != row.text else None)
        except Exception as exc:
            show_error(self, exc)
            return
        self.services.bus.changed.emit(bus.CONTENT, row.snippet_id)
        self.refresh(keep_row=self.table.currentIndex().row())
        self.table.setFocus()


def open_snippet_review(services: Services, parent: QWidget | None = None) -> None:
    SnippetReviewDialog(services, parent).exec()
