"""The content audit for team leads: who published, reviewed, imported or replaced what, and when."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from ... import content_audit
from ...content_audit import ContentAuditEntry
from ..row_table_model import RowTableModel
from ..services import Services


# content_audit.ACTIONS, marked for translation here (the core does not import Qt)
ACTION_LABELS = {
    "publish": QT_TRANSLATE_NOOP("ContentAuditModel", "Checkliste veröffentlicht"),
    "draft_discarded": QT_TRANSLATE_NOOP("ContentAuditModel", "Entwurf verworfen"),
    "review": QT_TRANSLATE_NOOP("ContentAuditModel", "Übersetzung geprüft"),
    "import": QT_TRANSLATE_NOOP("ContentAuditModel", "Inhaltspaket übernommen"),
    "export": QT_TRANSLATE_NOOP("ContentAuditModel", "Inhaltspaket exportiert"),
    "matter_retired": QT_TRANSLATE_NOOP("ContentAuditModel", "Anliegen zurückgezogen (Inhaltspaket)"),
    "template_add": QT_TRANSLATE_NOOP("ContentAuditModel", "Briefvorlage hinzugefügt"),
    "template_replace": QT_TRANSLATE_NOOP("ContentAuditModel", "Briefvorlage ersetzt"),
    "template_retire": QT_TRANSLATE_NOOP("ContentAuditModel", "Briefvorlage zurückgezogen"),
}


class ContentAuditModel(RowTableModel[ContentAuditEntry]):
    COLUMNS = (QT_TRANSLATE_NOOP("ContentAuditModel", "Zeit"), QT_TRANSLATE_NOOP("ContentAuditModel", "Wer"),
               QT_TRANSLATE_NOOP("ContentAuditModel", "Was"), QT_TRANSLATE_NOOP("ContentAuditModel", "Inhalt"),
               QT_TRANSLATE_NOOP("ContentAuditModel", "Einzelheiten"))

    def cell(self, row: ContentAuditEntry, column: int) -> str:
        label = self.tr(ACTION_LABELS.get(row.action, row.label))
        return (row.local_time, row.who, label, row.subject, row.detail)[column]


class ContentAuditDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Änderungsprotokoll der Inhalte"))
        self.setAccessibleName(self.tr("Änderungsprotokoll der Inhalte"))
        self.resize(900, 480)
        self.model = ContentAuditModel(self)
        self.model.set_rows(content_audit.entries(services.store))
        self.table = QTableView(accessibleName=self.tr("Änderungen an Inhalten, neueste zuerst"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(close)


def open_content_audit(services: Services, parent: QWidget | None = None) -> None:
    ContentAuditDialog(services, parent).exec()
