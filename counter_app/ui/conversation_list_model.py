"""Table model of conversations (newest first); filtering and search run in SQL."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ..conversations import ConversationRow
from .row_table_model import RowTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ConversationListModel(RowTableModel[ConversationRow]):
    COLUMNS = (QT_TRANSLATE_NOOP("ConversationListModel", "Name"),
               QT_TRANSLATE_NOOP("ConversationListModel", "Aktenzeichen"),
               QT_TRANSLATE_NOOP("ConversationListModel", "Anliegen"),
               QT_TRANSLATE_NOOP("ConversationListModel", "Status"),
               QT_TRANSLATE_NOOP("ConversationListModel", "Zuletzt"))

    def row_for_id(self, conversation_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == conversation_id), -1)

    def cell(self, row: ConversationRow, column: int) -> str:
        if column == 0:
            return row.client_name
        if column == 1:
            return row.file_number
        if column == 2:
            return row.matter_title
        if column == 3:
            return self.tr("offen") if row.status == "open" else self.tr("abgeschlossen")
        stamp = row.updated_at
        return f"{stamp[8:10]}.{stamp[5:7]}.{stamp[:4]} {stamp[11:16]}"

    def extra_data(self, row: ConversationRow, column: int, role: int):
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Gespräch Nr. {0}: {1}").format(row.id, row.matter_title)
        return None
