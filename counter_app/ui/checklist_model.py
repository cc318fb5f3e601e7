"""Tree model of one conversation's checklist: groups, and below them the items now visible."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..conversations import Conversation, ItemState

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = 0  # internal id of group rows; item rows carry their group's row + 1
STATUS_COLOURS = {"present": "#d7f0d9", "missing": "#f9d6d5", "not_applicable": "#e8e8e8"}
KIND_LABELS = {"document": QT_TRANSLATE_NOOP("ChecklistModel", "Unterlage"),
               "question": QT_TRANSLATE_NOOP("ChecklistModel", "Frage"),
               "hint": QT_TRANSLATE_NOOP("ChecklistModel", "Hinweis")}
# conversations.STATUS_LABELS, marked for translation here (the core does not import Qt)
STATUS_LABELS = {"open": QT_TRANSLATE_NOOP("ChecklistModel", "offen"),
                 "present": QT_TRANSLATE_NOOP("ChecklistModel", "liegt vor"),
                 "missing": QT_TRANSLATE_NOOP("ChecklistModel", "fehlt"),
                 "not_applicable": QT_TRANSLATE_NOOP("ChecklistModel", "entfällt")}


def _shape(groups: list[tuple[str, list[ItemState]]]) -> list[tuple[str, list[str]]]:
    return [(title, [s.item.id for s in states]) for title, states in groups]


class ChecklistModel(QAbstractItemModel):
    COLUMNS = (QT_TRANSLATE_NOOP("ChecklistModel", "Punkt"), QT_TRANSLATE_NOOP("ChecklistModel", "Status / Antwort"),
               QT_TRANSLATE_NOOP("ChecklistModel", "Notiz"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[ItemState]]] = []

    def set_conversation(self, conversation: Conversation | None) -> None:
        """Show `conversation`. If the same items stay visible, rows update in place (the view
        keeps its current item); if items appeared or disappeared, the model resets."""
        groups: list[tuple[str, list[ItemState]]] = []
        if conversation is not None:
            visible = {s.item.id: s for s in conversation.visible_items()}
            for group in conversation.checklist.groups:
                states = [visible[i.id] for i in group.items if i.id in visible]
                if states:
                    groups.append((group.title, states))
        if _shape(groups) == _shape(self._groups) and groups:
            self._groups = groups
            for g, (_title, states) in enumerate(groups):
                parent = self.index(g, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(states) - 1, len(self.COLUMNS) - 1, parent))
            return
        self.beginResetModel()
        self._groups = groups
        self.endResetModel()

    # --- lookup helpers for the view ---

    def index_for_item(self, item_id: str) -> QModelIndex:
        for g, (_title, states) in enumerate(self._groups):
            for r, state in enumerate(states):
                if state.item.id == item_id:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    def state_at(self, index: _Index) -> ItemState | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def item_indexes(self) -> list[QModelIndex]:
        """Every item (not group) index, in order: for moving to the next item."""
        return [self.index(r, 0, self.index(g, 0)) for g, (_t, s) in enumerate(self._groups) for r in range(len(s))]

    # --- QAbstractItemModel ---

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _NO_PARENT)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return len(self.COLUMNS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            title = self._groups[index.row()][0]
            return title if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        state = self._groups[index.internalId() - 1][1][index.row()]
        if role == ITEM_ID_ROLE:
            return state.item.id
        if role == KIND_ROLE:
            return state.item.kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(state, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and state.item.kind == "document":
            colour = STATUS_COLOURS.get(state.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return state.item.legal_basis or None
        return None

    def _display(self, state: ItemState, column: int) -> str:
        item = state.item
        if column == 0:
            return item.title if item.kind == "document" else f"{self.tr(KIND_LABELS[item.kind])}: {item.title}"
        if column == 1:
            return self._answer_text(state)
        return state.answer.note

    def _answer_text(self, state: ItemState) -> str:
        item = state.item
        if item.kind == "hint":
            return ""
        if item.is_question:
            value = state.answer.value
            if value is None:
                return self.tr("offen")
            if item.answer == "yes_no":
                return self.tr("ja") if value == "yes" else self.tr("nein")
            return item.choices.get(value, value)
        return self.tr(STATUS_LABELS[state.status])
