"""Forms for one checklist item and one group: every field edits the draft's dict in place and says
so through `edited`. Conditions are typed as YAML (`{married: yes}`) and checked as you type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ... import conditions
from ...checklists import CLIENT_LANGUAGES
from ...content_versions import MACHINE_KEY
from ...snippets import is_rtl
from ..language_names import language_label

KINDS = (("document", QT_TRANSLATE_NOOP("ItemForm", "Unterlage")), ("question", QT_TRANSLATE_NOOP("ItemForm", "Frage")),
         ("hint", QT_TRANSLATE_NOOP("ItemForm", "Hinweis")))
ANSWERS = (("yes_no", QT_TRANSLATE_NOOP("ItemForm", "Ja/Nein")), ("choice", QT_TRANSLATE_NOOP("ItemForm", "Auswahl")))
ERROR_STYLE = "color: #b00020;"


def condition_text(condition: Any) -> str:
    import yaml

    if not condition:
        return ""
    return yaml.safe_dump(condition, default_flow_style=True, allow_unicode=True, width=10_000).strip()


def parse_condition(text: str) -> tuple[Any, str]:
    """(condition or None, problem); an empty text means no condition."""
    import yaml

    if not text.strip():
        return None, ""
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        problem = QCoreApplication.translate("ItemForm", "Die Bedingung ist kein gültiges YAML ({0}).")
        return None, problem.format(exc.problem or exc)
    if not isinstance(value, dict):
        return None, QCoreApplication.translate("ItemForm", "Die Bedingung muss eine Zuordnung sein, "
                                                "z. B. {verheiratet: ja}.")
    return value, ""


def add_machine_texts(item: dict[str, Any], translations: dict[str, str]) -> None:
    """Put machine drafts into an item's client texts and mark those languages *machine*."""
    item.setdefault("client_text", {}).update(translations)
    item[MACHINE_KEY] = sorted(set(item.get(MACHINE_KEY) or ()) | set(translations))


def parse_choices(text: str) -> tuple[dict[str, str], str]:
    """Lines `id: Bezeichnung` → {id: label}, and the first problem."""
    choices: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        key, sep, label = line.partition(":")
        if not sep or not key.strip() or not label.strip():
            problem = QCoreApplication.translate("ItemForm", "Antwort in Zeile {0}: bitte „kennung: Bezeichnung“ "
                                                 "schreiben.")
            return choices, problem.format(number)
        choices[key.strip()] = label.strip()
    return choices, ""


class GroupForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group: dict[str, Any] = {}
        self.group_id = QLineEdit(accessibleName=self.tr("Kennung der Gruppe"))
        self.title = QLineEdit(accessibleName=self.tr("Titel der Gruppe"))
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Kennung:"), self.group_id)
        layout.addRow(self.tr("&Titel:"), self.title)
        self.group_id.textEdited.connect(lambda text: self._set("id", text.strip()))
        self.title.textEdited.connect(lambda text: self._set("title", text.strip()))

    def load(self, group: dict[str, Any]) -> None:
        self.group = group
        self.group_id.setText(group.get("id", ""))
        self.title.setText(group.get("title", ""))

    def _set(self, key: str, value: str) -> None:
        self.group[key] = value
        self.edited.emit()


class ItemForm(QWidget):
    edited = Signal()
    translate_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: dict[str, Any] = {}
        self.questions: dict[str, Any] = {}
        self._loading = False
        self._build()

    def _build(self) -> None:
        self.item_id = QLineEdit(accessibleName=self.tr("Kennung des Punkts"))
        self.kind = QComboBox(accessibleName=self.tr("Art des Punkts"))
        for key, label in KINDS:
            self.kind.addItem(self.tr(label), key)
        self.answer = QComboBox(accessibleName=self.tr("Antworttyp der Frage"))
        for key, label in ANSWERS:
            self.answer.addItem(self.tr(label), key)
        self.choices = QPlainTextEdit(accessibleName=self.tr("Antwortmöglichkeiten, je Zeile kennung: Bezeichnung"))
        self.choices.setTabChangesFocus(True)
        self.choices.setMaximumHeight(70)
        self.title = QLineEdit(accessibleName=self.tr("Titel des Punkts"))
        self.legal_basis = QLineEdit(accessibleName=self.tr("Rechtsgrundlage"))
        self.help = QPlainTextEdit(accessibleName=self.tr("Hilfetext für die Sachbearbeitung"))
        self.help.setTabChangesFocus(True)
        self.help.setMaximumHeight(60)
        self.condition = QLineEdit(accessibleName=self.tr("Bedingung (YAML), z. B. {married: yes}"))
        self.condition.setPlaceholderText(self.tr("immer anzeigen – oder z. B. {married: yes}, {age: {lt: 18}}"))
        self.message = QLabel(wordWrap=True, accessibleName=self.tr("Hinweis zur Eingabe"))
        self.message.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        for label, widget in ((self.tr("&Kennung:"), self.item_id), (self.tr("&Art:"), self.kind),
                              (self.tr("Antwort&typ:"), self.answer), (self.tr("Ant&worten:"), self.choices),
                              (self.tr("&Titel:"), self.title), (self.tr("&Rechtsgrundlage:"), self.legal_basis),
                              (self.tr("&Hilfetext:"), self.help), (self.tr("&Bedingung:"), self.condition)):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self._client_text_box())
        layout.addStretch(1)
        self._connect()

    def _client_text_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Texte für die Kundin/den Kunden"))
        form = QFormLayout(box)
        self.client_texts: dict[str, QLineEdit] = {}
        self.machine_marks: dict[str, QLabel] = {}
        for language in CLIENT_LANGUAGES:
            name = language_label(language)
            edit = QLineEdit(accessibleName=self.tr("Kundentext {0}").format(name))
            if is_rtl(language):
                edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            mark = QLabel(self.tr("maschinell"), accessibleName=self.tr("{0}: maschinelle Übersetzung").format(name))
            mark.setStyleSheet("color: #8a5a00;")
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(mark)
            form.addRow(f"{name}:", row)
            edit.textEdited.connect(lambda text, lang=language: self._set_client_text(lang, text))
            self.client_texts[language], self.machine_marks[language] = edit, mark
        self.translate_button = QPushButton(self.tr("Fehlende Sprachen &maschinell übersetzen"))
        self.translate_button.setAccessibleName(self.tr("Fehlende Sprachen maschinell übersetzen"))
        self.translate_button.clicked.connect(self.translate_requested)
        form.addRow(self.translate_button)
        return box

    def _connect(self) -> None:
        self.item_id.textEdited.connect(lambda text: self._set("id", text.strip()))
        self.title.textEdited.connect(lambda text: self._set("title", text.strip()))
        self.legal_basis.textEdited.connect(lambda text: self._set("legal_basis", text.strip()))
        self.help.textChanged.connect(lambda: self._set("help", self.help.toPlainText().strip()))
        self.condition.textEdited.connect(self._condition_edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.answer.currentIndexChanged.connect(self._answer_changed)
        self.choices.textChanged.connect(self._choices_edited)

    # --- loading ----------------------------------------------------------------------------------

    def load(self, item: dict[str, Any], questions: dict[str, Any]) -> None:
        """Show `item`; `questions` are those before it (what its condition may name)."""
        self._loading = True
        self.item, self.questions = item, questions
        self.item_id.setText(item.get("id", ""))
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.get("kind"))))
        self.answer.setCurrentIndex(max(0, self.answer.findData(item.get("answer", "yes_no"))))
        self.choices.setPlainText("\n".join(f"{k}: {v}" for k, v in (item.get("choices") or {}).items()))
        self.title.setText(item.get("title", ""))
        self.legal_basis.setText(item.get("legal_basis", ""))
        self.help.setPlainText(item.get("help", ""))
        self.condition.setText(condition_text(item.get("when")))
        for language, edit in self.client_texts.items():
            edit.setText((item.get("client_text") or {}).get(language, ""))
        for edit in (self.item_id, self.title, self.legal_basis, self.condition, *self.client_texts.values()):
            edit.setCursorPosition(0)  # long texts show their beginning, not their end
        self._loading = False
        self._show_question_fields()
        self._show_machine_marks()
        self._check_condition(item.get("when"))

    def _show_question_fields(self) -> None:
        is_question = self.item.get("kind") == "question"
        self.answer.setEnabled(is_question)
        self.choices.setEnabled(is_question and self.item.get("answer") == "choice")

    def _show_machine_marks(self) -> None:
        machine = set(self.item.get(MACHINE_KEY) or ())
        for language, mark in self.machine_marks.items():
            mark.setVisible(language in machine)

    # --- editing ----------------------------------------------------------------------------------

    def _set(self, key: str, value: Any) -> None:
        if self._loading:
            return
        if value in ("", None) and key in ("legal_basis", "help"):
            self.item.pop(key, None)
        else:
            self.item[key] = value
        self.edited.emit()

    def _kind_changed(self) -> None:
        if self._loading:
            return
        self.item["kind"] = self.kind.currentData()
        if self.item["kind"] == "question":
            self.item.setdefault("answer", "yes_no")
        else:
            self.item.pop("answer", None)
            self.item.pop("choices", None)
        self._show_question_fields()
        self.edited.emit()

    def _answer_changed(self) -> None:
        if self._loading or self.item.get("kind") != "question":
            return
        self.item["answer"] = self.answer.currentData()
        if self.item["answer"] == "yes_no":
            self.item.pop("choices", None)
        else:
            self._choices_edited()
        self._show_question_fields()
        self.edited.emit()

    def _choices_edited(self) -> None:
        if self._loading or self.item.get("answer") != "choice":
            return
        choices, problem = parse_choices(self.choices.toPlainText())
        self.item["choices"] = choices
        self.message.setText(problem)
        self.edited.emit()

    def _condition_edited(self, text: str) -> None:
        condition, problem = parse_condition(text)
        if problem:
            self.message.setText(problem)
            return
        if condition is None:
            self.item.pop("when", None)
        else:
            self.item["when"] = condition
        self._check_condition(condition)
        self.edited.emit()

    def _check_condition(self, condition: Any) -> None:
        problems = conditions.check(condition, self.questions) if condition is not None else []
        self.message.setText("\n".join(problems))

    def _set_client_text(self, language: str, text: str) -> None:
        texts = self.item.setdefault("client_text", {})
        if text.strip():
            texts[language] = text.strip()
        else:
            texts.pop(language, None)
        self._drop_machine_mark(language)
        self.edited.emit()

    def _drop_machine_mark(self, language: str) -> None:
        """A text typed by the team lead is no longer a machine draft."""
        machine = [lang for lang in self.item.get(MACHINE_KEY) or () if lang != language]
        if machine:
            self.item[MACHINE_KEY] = machine
        else:
            self.item.pop(MACHINE_KEY, None)
        self._show_machine_marks()
