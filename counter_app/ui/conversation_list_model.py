"""Table model of conversations (newest first); filtering and search run in SQL."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..conversations import ConversationRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class ConversationListModel(QAbstractTableModel):
    COLUMNS = ("Name", "Aktenzeichen", "Anliegen", "Status", "Zuletzt")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ConversationRow] = []

    def set_rows(self, rows: list[ConversationRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_for_id(self, conversation_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == conversation_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Gespräch Nr. {0}: {1}").format(row.id, row.matter_title)
        return None

    def _display(self, row: ConversationRow, column: int) -> str:
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
