"""List model of snippets in the client's language, with the German original and review status."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..snippets import SnippetText, is_rtl

SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_TEXT = {"reviewed": QT_TRANSLATE_NOOP("SnippetListModel", "geprüft"),
               "unreviewed": QT_TRANSLATE_NOOP("SnippetListModel", "ungeprüft"),
               "machine": QT_TRANSLATE_NOOP("SnippetListModel", "maschinell"),
               "missing": QT_TRANSLATE_NOOP("SnippetListModel", "nicht übersetzt")}
_Index = QModelIndex | QPersistentModelIndex


class SnippetListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SnippetText] = []
        self.favourites: set[str] = set()

    def set_rows(self, rows: list[SnippetText], favourites: set[str]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.favourites = favourites
        self.endResetModel()

    def snippet(self, row: int) -> SnippetText | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == SNIPPET_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            star = "★ " if row.snippet_id in self.favourites else ""
            if row.language == "de" or row.status == "missing":
                return f"{star}{row.german}"
            return f"{star}{row.text}\n{row.german}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Übersetzung: {0}").format(self.tr(STATUS_TEXT.get(row.status, row.status)))
        if role == Qt.ItemDataRole.ForegroundRole and row.status in ("unreviewed", "machine", "missing"):
            return QBrush(QColor("#8a5a00" if row.status != "missing" else "#777777"))
        if role == Qt.ItemDataRole.TextAlignmentRole and is_rtl(row.language):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
