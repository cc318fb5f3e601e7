"""Version history of a matter, and what changed between any two versions: in sentences
("Gebühr geändert …") and as a line-level YAML comparison."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFontDatabase, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QSplitter, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)

from ... import content_versions
from ...content_versions import VersionInfo
from ..row_table_model import RowTableModel


class VersionsModel(RowTableModel[VersionInfo]):
    COLUMNS = (QT_TRANSLATE_NOOP("VersionsModel", "Version"), QT_TRANSLATE_NOOP("VersionsModel", "Veröffentlicht"),
               QT_TRANSLATE_NOOP("VersionsModel", "Von"), QT_TRANSLATE_NOOP("VersionsModel", "Kommentar"))

    def cell(self, row: VersionInfo, column: int) -> str:
        version = f"{row.version}" + (self.tr(" (aktuell)") if row.is_current else "")
        return (version, german_stamp(row.created_at), row.author, row.comment)[column]


def german_stamp(iso: str) -> str:
    """'2026-11-25T13:05:28' → '25.11.2026 13:05' (stored versions carry local time)."""
    day, _sep, time = iso.partition("T")
    parts = day.split("-")
    return f"{parts[2]}.{parts[1]}.{parts[0]} {time[:5]}".strip() if len(parts) == 3 else iso


class DiffHighlighter(QSyntaxHighlighter):
    """Added lines green, removed lines red, headers grey."""

    def highlightBlock(self, text: str) -> None:
        colour = None
        if text.startswith(("+++", "---", "@@")):
            colour = "#666666"
        elif text.startswith("+"):
            colour = "#1b6e20"
        elif text.startswith("-"):
            colour = "#b00020"
        if colour:
            style = QTextCharFormat()
            style.setForeground(QColor(colour))
            self.setFormat(0, len(text), style)


class VersionHistoryWidget(QWidget):
    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.matter_id: str | None = None
        self.model = VersionsModel(self)
        self.table = QTableView(accessibleName=self.tr("Versionen der Checkliste"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.old_version = QComboBox(accessibleName=self.tr("Ältere Version zum Vergleich"))
        self.new_version = QComboBox(accessibleName=self.tr("Neuere Version zum Vergleich"))
        self.changes = self._text_view(self.tr("Änderungen in Worten"))
        self.yaml = self._text_view(self.tr("Zeilenweiser Vergleich (YAML)"))
        self.yaml.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._highlighter = DiffHighlighter(self.yaml.document())
        self._layout()
        self.old_version.currentIndexChanged.connect(self.compare)
        self.new_version.currentIndexChanged.connect(self.compare)

    def _text_view(self, name: str) -> QPlainTextEdit:
        view = QPlainTextEdit(readOnly=True, accessibleName=name)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        return view

    def _layout(self) -> None:
        choose = QHBoxLayout()
        for text, combo in ((self.tr("&Vergleichen: Version"), self.old_version), (self.tr("mi&t Version"),
                                                                                      self.new_version)):
            label = QLabel(text)
            label.setBuddy(combo)
            choose.addWidget(label)
            choose.addWidget(combo)
        choose.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.changes, self.tr("Änderungen"))
        self.tabs.addTab(self.yaml, self.tr("YAML-Vergleich"))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(choose)
        lower_layout.addWidget(self.tabs)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([140, 360])
        QVBoxLayout(self).addWidget(splitter)

    def set_matter(self, matter_id: str) -> None:
        """Show the versions of `matter_id`; compares the previous version with the current one."""
        self.matter_id = matter_id
        versions = content_versions.history(self.store, matter_id)
        self.model.set_rows(versions)
        for combo in (self.old_version, self.new_version):
            combo.blockSignals(True)
            combo.clear()
            for info in versions:
                label = self.tr("{0} vom {1}").format(info.version, german_stamp(info.created_at)[:10])
                combo.addItem(label, info.version)
            combo.blockSignals(False)
        self.new_version.setCurrentIndex(0)
        self.old_version.setCurrentIndex(min(1, len(versions) - 1))
        self.compare()

    def compare(self) -> None:
        old, new = self.old_version.currentData(), self.new_version.currentData()
        if self.matter_id is None or old is None or new is None:
            return
        result = content_versions.diff_versions(self.store, self.matter_id, old, new)
        lines = result.lines or (self.tr("Keine Unterschiede."),)
        self.changes.setPlainText("\n".join(f"– {line}" for line in lines))
        self.yaml.setPlainText("\n".join(result.yaml) or self.tr("Keine Unterschiede."))

