"""Groups and items of a checklist draft as a two-level tree: add, remove, move (also across groups).

The model edits the draft's own lists in place, so the editor saves exactly what is shown.
Internal ids: 0 for a group, group row + 1 for an item of that group.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...content_diff import format_condition

_Index = QModelIndex | QPersistentModelIndex
# content_diff.KIND_LABELS, marked for translation here (the core does not import Qt)
KIND_LABELS = {"document": QT_TRANSLATE_NOOP("DraftTreeModel", "Unterlage"),
               "question": QT_TRANSLATE_NOOP("DraftTreeModel", "Frage"),
               "hint": QT_TRANSLATE_NOOP("DraftTreeModel", "Hinweis")}


class DraftTreeModel(QAbstractItemModel):
    COLUMNS = (QT_TRANSLATE_NOOP("DraftTreeModel", "Titel"), QT_TRANSLATE_NOOP("DraftTreeModel", "Art"),
               QT_TRANSLATE_NOOP("DraftTreeModel", "Bedingung"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[dict[str, Any]] = []

    def set_groups(self, groups: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.groups = groups
        self.endResetModel()

    # --- structure --------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, *args):  # also QObject.parent() without arguments
        if not args:
            return QObject.parent(self)
        index = args[0]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()].get("items") or [])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        node = self.node(index)
        if self.is_group(index):
            return (node.get("title") or node.get("id", ""), self.tr("Gruppe"), "")[index.column()]
        kind = self.tr(KIND_LABELS.get(node.get("kind"), str(node.get("kind"))))
        condition = format_condition(node.get("when")) if node.get("when") else ""
        return (node.get("title") or node.get("id", ""), kind, condition)[index.column()]

    # --- access ---------------------------------------------------------------------------------

    @staticmethod
    def is_group(index: _Index) -> bool:
        return index.isValid() and index.internalId() == 0

    def node(self, index: _Index) -> dict[str, Any]:
        if self.is_group(index):
            return self.groups[index.row()]
        return self.groups[index.internalId() - 1]["items"][index.row()]

    def group_row(self, index: _Index) -> int:
        return index.row() if self.is_group(index) else index.internalId() - 1

    def questions_before(self, index: _Index) -> dict[str, Any]:
        """Questions standing before the item at `index` (id → choices or None), for its condition."""
        target = self.node(index) if index.isValid() else None
        found: dict[str, Any] = {}
        for group in self.groups:
            for item in group.get("items") or []:
                if item is target:
                    return found
                if item.get("kind") == "question" and item.get("id"):
                    found[item["id"]] = dict(item.get("choices") or {}) if item.get("answer") == "choice" else None
        return found

    def refresh(self, index: _Index) -> None:
        """The node at `index` was edited: repaint its row."""
        if index.isValid():
            self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(len(self.COLUMNS) - 1))

    def taken_ids(self) -> set[str]:
        ids = {g.get("id") for g in self.groups}
        return ids | {i.get("id") for g in self.groups for i in g.get("items") or []}

    def _free_id(self, base: str) -> str:
        taken, candidate, number = self.taken_ids(), base, 2
        while candidate in taken:
            candidate, number = f"{base}_{number}", number + 1
        return candidate

    # --- changes --------------------------------------------------------------------------------

    def add_group(self, after_row: int) -> QModelIndex:
        row = max(0, min(after_row + 1, len(self.groups)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.groups.insert(row, {"id": self._free_id("neue_gruppe"), "title": self.tr("Neue Gruppe"), "items": []})
        self.endInsertRows()
        return self.index(row, 0)

    def add_item(self, group_row: int, after_row: int) -> QModelIndex:
        items = self.groups[group_row].setdefault("items", [])
        row = max(0, min(after_row + 1, len(items)))
        parent = self.index(group_row, 0)
        self.beginInsertRows(parent, row, row)
        items.insert(row, {"id": self._free_id("neuer_punkt"), "kind": "document", "title": self.tr("Neuer Punkt"),
                           "client_text": {}})
        self.endInsertRows()
        return self.index(row, 0, parent)

    def remove(self, index: _Index) -> None:
        parent = self.parent(index)
        self.beginRemoveRows(parent, index.row(), index.row())
        siblings = self.groups if not parent.isValid() else self.groups[parent.row()]["items"]
        del siblings[index.row()]
        self.endRemoveRows()

    def move(self, index: _Index, delta: int) -> QModelIndex:
        """Move one row up (-1) or down (+1); an item at a group's edge goes into the next group."""
        if self.is_group(index):
            return self._move_within(QModelIndex(), self.groups, index.row(), delta)
        group = index.internalId() - 1
        items = self.groups[group]["items"]
        target_row = index.row() + delta
        if 0 <= target_row < len(items):
            return self._move_within(self.index(group, 0), items, index.row(), delta)
        return self._move_across(index, group + delta)

    def _move_within(self, parent: QModelIndex, rows: list, row: int, delta: int) -> QModelIndex:
        target = row + delta
        if not 0 <= target < len(rows):
            return self.index(row, 0, parent)
        # Qt's destination is the row *before which* the moved row lands, counted before the move.
        self.beginMoveRows(parent, row, row, parent, target + 1 if delta > 0 else target)
        rows.insert(target, rows.pop(row))
        self.endMoveRows()
        return self.index(target, 0, parent)

    def _move_across(self, index: _Index, target_group: int) -> QModelIndex:
        if not 0 <= target_group < len(self.groups):
            return index
        source_parent, target_parent = self.parent(index), self.index(target_group, 0)
        target_items = self.groups[target_group].setdefault("items", [])
        target_row = len(target_items) if target_group < source_parent.row() else 0
        self.beginMoveRows(source_parent, index.row(), index.row(), target_parent, target_row)
        target_items.insert(target_row, self.groups[source_parent.row()]["items"].pop(index.row()))
        self.endMoveRows()
        return self.index(target_row, 0, target_parent)
