"""The matter's own fields (title, legal basis, sources, next steps) and its fee rules as two
editable tables (fees and reductions). Amounts are typed the German way (96,00)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from ...checklists import format_euro
from .item_form import ERROR_STYLE, condition_text, parse_condition

_Index = QModelIndex | QPersistentModelIndex
STATUSES = (("unreviewed", QT_TRANSLATE_NOOP("MatterForm", "ungeprüft")),
            ("reviewed", QT_TRANSLATE_NOOP("MatterForm", "geprüft")),
            ("machine", QT_TRANSLATE_NOOP("MatterForm", "maschinell")))


def parse_number(text: str) -> Decimal | None:
    """'96,00', '96.00', '96 €' → Decimal; None if it is no number."""
    cleaned = text.replace("€", "").replace(" ", "").replace("\u00a0", "").strip()
    if "," in cleaned:  # German notation: 1.234,50
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


class FeeRulesModel(QAbstractTableModel):
    """Fee items (number_key 'amount') or reductions ('factor') of a draft, edited in place."""

    edited = Signal()
    problem = Signal(str)
    KEYS = ("id", "label", None, "legal_basis", "when")

    def __init__(self, number_key: str, parent=None) -> None:
        super().__init__(parent)
        self.number_key = number_key
        self.rules: list[dict[str, Any]] = []
        if number_key == "amount":
            number = QT_TRANSLATE_NOOP("FeeRulesModel", "Betrag (€)")
        else:
            number = QT_TRANSLATE_NOOP("FeeRulesModel", "Faktor (0–1)")
        self.columns = (QT_TRANSLATE_NOOP("FeeRulesModel", "Kennung"),
                        QT_TRANSLATE_NOOP("FeeRulesModel", "Bezeichnung"), number,
                        QT_TRANSLATE_NOOP("FeeRulesModel", "Rechtsgrundlage"),
                        QT_TRANSLATE_NOOP("FeeRulesModel", "Bedingung"))

    def set_rules(self, rules: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rules = rules
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rules)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.columns[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                                               Qt.ItemDataRole.AccessibleTextRole):
            return None
        rule, column = self.rules[index.row()], index.column()
        if column == 2:
            return self._number_text(rule.get(self.number_key), role == Qt.ItemDataRole.EditRole)
        if column == 4:
            return condition_text(rule.get("when"))
        return str(rule.get(self.KEYS[column], ""))

    def _number_text(self, value: Any, editing: bool) -> str:
        number = parse_number(str(value)) if value is not None else None
        if number is None:
            return str(value or "")
        if self.number_key == "amount" and not editing:
            return format_euro(number)
        return f"{number:f}".replace(".", ",")

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        ok = self._store_value(self.rules[index.row()], index.column(), str(value))
        if ok:
            self.dataChanged.emit(index, index)
            self.edited.emit()
        return ok

    def _store_value(self, rule: dict[str, Any], column: int, text: str) -> bool:
        if column == 2:
            number = parse_number(text)
            if number is None:
                self.problem.emit(self.tr("„{0}“ ist keine Zahl.").format(text))
                return False
            rule[self.number_key] = str(number.quantize(Decimal("0.01")) if self.number_key == "amount" else number)
            return True
        if column == 4:
            return self._store_condition(rule, text)
        key = self.KEYS[column]
        if text.strip() or key != "legal_basis":
            rule[key] = text.strip()
        else:
            rule.pop(key, None)
        return True

    def _store_condition(self, rule: dict[str, Any], text: str) -> bool:
        condition, problem = parse_condition(text)
        if problem:
            self.problem.emit(problem)
            return False
        if condition is None:
            rule.pop("when", None)
        else:
            rule["when"] = condition
        return True

    def add_rule(self) -> QModelIndex:
        row = len(self.rules)
        taken = {r.get("id") for r in self.rules}
        rule_id = next(f"regel_{n}" for n in range(row + 1, row + 1000) if f"regel_{n}" not in taken)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rules.append({"id": rule_id, "label": self.tr("Neue Regel"),
                           self.number_key: "0.00" if self.number_key == "amount" else "1"})
        self.endInsertRows()
        self.edited.emit()
        return self.index(row, 1)

    def remove_rule(self, row: int) -> None:
        if 0 <= row < len(self.rules):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rules[row]
            self.endRemoveRows()
            self.edited.emit()


class MatterForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: dict[str, Any] = {}
        self._loading = False
        self.title = QLineEdit(accessibleName=self.tr("Titel des Anliegens"))
        self.title_en = QLineEdit(accessibleName=self.tr("Englischer Titel des Anliegens"))
        self.legal_basis = QLineEdit(accessibleName=self.tr("Rechtsgrundlage des Anliegens"))
        self.description = self._text_box(self.tr("Beschreibung für die Sachbearbeitung"))
        self.sources = self._text_box(self.tr("Quellen, je Zeile eine"))
        self.next_steps = self._text_box(self.tr("Nächste Schritte, je Zeile einer"))
        self.status = QComboBox(accessibleName=self.tr("Übersetzungsstand der Kundentexte"))
        for key, label in STATUSES:
            self.status.addItem(self.tr(label), key)
        self.fee_source = QLineEdit(accessibleName=self.tr("Quelle der Gebühren"))
        self.fees = FeeRulesModel("amount", self)
        self.reductions = FeeRulesModel("factor", self)
        self.message = QLabel(wordWrap=True, accessibleName=self.tr("Hinweis zur Eingabe"))
        self.message.setStyleSheet(ERROR_STYLE)
        self._layout()
        self._connect()

    def _text_box(self, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(accessibleName=name)
        box.setTabChangesFocus(True)
        box.setMaximumHeight(64)
        return box

    def _layout(self) -> None:
        form = QFormLayout()
        for label, widget in ((self.tr("&Titel:"), self.title), (self.tr("&Englischer Titel:"), self.title_en),
                              (self.tr("&Rechtsgrundlage:"), self.legal_basis),
                              (self.tr("&Beschreibung:"), self.description), (self.tr("&Quellen:"), self.sources),
                              (self.tr("&Nächste Schritte:"), self.next_steps),
                              (self.tr("Übersetzungs&stand:"), self.status),
                              (self.tr("&Gebührenquelle:"), self.fee_source)):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.fee_table = self._rules_box(layout, self.tr("Gebühren"), self.fees)
        self.reduction_table = self._rules_box(layout, self.tr("Ermäßigungen (die erste zutreffende gilt)"),
                                               self.reductions)
        layout.addWidget(self.message)

    def _rules_box(self, layout: QVBoxLayout, title: str, model: FeeRulesModel) -> QTableView:
        box = QGroupBox(title)
        table = QTableView(accessibleName=title)
        table.setModel(model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setMinimumHeight(150)
        table.setWordWrap(False)
        add, remove = QPushButton(self.tr("Regel hinzufügen")), QPushButton(self.tr("Regel entfernen"))
        add.clicked.connect(lambda: table.setCurrentIndex(model.add_rule()))
        remove.clicked.connect(lambda: model.remove_rule(table.currentIndex().row()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(table)
        inner.addLayout(buttons)
        layout.addWidget(box, 1)
        return table

    def _connect(self) -> None:
        for key, edit in (("title", self.title), ("title_en", self.title_en), ("legal_basis", self.legal_basis)):
            edit.textEdited.connect(lambda text, key=key: self._set(key, text.strip()))
        self.description.textChanged.connect(lambda: self._set("description", self.description.toPlainText().strip()))
        self.sources.textChanged.connect(lambda: self._set("sources", _lines(self.sources)))
        self.next_steps.textChanged.connect(lambda: self._set("next_steps", _lines(self.next_steps)))
        self.status.currentIndexChanged.connect(lambda _i: self._set("translation_status", self.status.currentData()))
        self.fee_source.textEdited.connect(lambda text: self._set_fee_source(text.strip()))
        for model in (self.fees, self.reductions):
            model.edited.connect(self._rules_edited)
            model.problem.connect(self.message.setText)

    def load(self, data: dict[str, Any]) -> None:
        self._loading = True
        self.data = data
        fees = data.setdefault("fees", {})
        self.title.setText(data.get("title", ""))
        self.title_en.setText(data.get("title_en", ""))
        self.legal_basis.setText(data.get("legal_basis", ""))
        self.description.setPlainText(data.get("description", ""))
        self.sources.setPlainText("\n".join(data.get("sources") or []))
        self.next_steps.setPlainText("\n".join(data.get("next_steps") or []))
        self.status.setCurrentIndex(max(0, self.status.findData(data.get("translation_status", "unreviewed"))))
        self.fee_source.setText(fees.get("source", ""))
        self.fee_source.setCursorPosition(0)
        self.fees.set_rules(fees.setdefault("items", []))
        self.reductions.set_rules(fees.setdefault("reductions", []))
        self.message.clear()
        self._loading = False

    def _set(self, key: str, value: Any) -> None:
        if not self._loading:
            self.data[key] = value
            self.edited.emit()

    def _set_fee_source(self, text: str) -> None:
        self.data.setdefault("fees", {})["source"] = text
        self.edited.emit()

    def _rules_edited(self) -> None:
        self.message.clear()
        self.edited.emit()


def _lines(box: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in box.toPlainText().splitlines() if line.strip()]
