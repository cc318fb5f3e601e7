"""The letter dialog: choose a template, fill in its free fields, see a preview, save the letter
with the conversation, reopen saved letters, export them as PDF.

Keyboard path: the dialog opens with the likely template chosen (the request for missing documents
when some are missing), so Enter saves; the saved letter is then selected in the list, where Enter
opens it; Esc closes. Rendering and PDF conversion run through `services.ops`, never on the UI thread.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QDate, QEvent, QModelIndex, QObject, Qt, QTime, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QSpinBox, QTimeEdit, QWidget)

from .. import conversations
from ..forms.letter_dialog_ui import Ui_LetterDialog
from ..letters import archive, catalog, pdf, service
from ..letters.archive import ArchivedLetter
from ..letters.context import LetterRequest, field_defaults
from ..letters.deadlines import german_date, next_working_day, weekday
from ..letters.fields import FreeField
from ..letters.render import letter_paragraphs
from ..snippets import LANGUAGE_NAMES
from .errors import error_text
from .services import Services

PREVIEW_DELAY_MS = 250
NO_DATE = QDate(2000, 1, 1)  # the "empty" value of optional date fields (shown as „–“)
LETTERS = "letters"  # change-bus kind for a saved or exported letter
ID_ROLE = Qt.ItemDataRole.UserRole


class LetterListModel(QAbstractListModel):
    """The conversation's archived letters, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.letters: list[ArchivedLetter] = []

    def set_letters(self, letters: list[ArchivedLetter]) -> None:
        self.beginResetModel()
        self.letters = list(letters)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.letters)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.letters):
            return None
        letter = self.letters[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            stamp = letter.created_at[:16].replace("T", " ")
            day = f"{stamp[8:10]}.{stamp[5:7]}.{stamp[:4]} {stamp[11:]}"
            pdf_note = self.tr(" · PDF") if letter.pdf_path else ""
            return f"{day} – {letter.title}{pdf_note}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(letter.path)
        if role == ID_ROLE:
            return letter.id
        return None

    def row_of(self, letter_id: int) -> int:
        return next((row for row, letter in enumerate(self.letters) if letter.id == letter_id), -1)


class _EnterOpens(QObject):
    """Enter on the archive list opens the letter instead of reaching the dialog's Save button."""

    def __init__(self, dialog: "LetterDialog") -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dialog.open_selected()
            return True
        return False


class LetterDialog(QDialog):
    def __init__(self, services: Services, conversation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        # One small read (a few ms), needed before anything can be shown; the slow parts
        # (template files, rendering, PDF) run through services.ops.
        self.conversation = conversations.load(services.store, conversation_id)
        self.form = Ui_LetterDialog()
        self.form.setupUi(self)
        self.field_widgets: dict[str, QWidget] = {}
        self._preview_generation = 0
        self.last_preview_error: str = ""
        self.letters = LetterListModel(self)
        self.form.archive.setModel(self.letters)
        self.form.archive.installEventFilter(_EnterOpens(self))
        self.form.archive.activated.connect(lambda _index: self.open_selected())
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.form.splitter.setSizes([430, 670])
        self._fill_header()
        self._fill_templates()
        self._connect()
        self.reload_archive()
        self._template_changed()
        self.form.template_choice.setFocus()

    # --- setting up ---------------------------------------------------------------------------

    def _fill_header(self) -> None:
        client = self.conversation.client
        language = LANGUAGE_NAMES.get(self.conversation.language, self.conversation.language)
        self.form.header.setText(self.tr("<b>{0}</b> · Az. {1} · {2} · Sprache: {3}").format(
            escape(client.name), escape(client.file_number or "–"), escape(self.conversation.checklist.title),
            escape(language)))
        if self.conversation.language == "de":
            self.form.courtesy.setEnabled(False)
            self.form.courtesy.setToolTip(self.tr("Die Gesprächssprache ist Deutsch."))
        else:
            self.form.courtesy.setText(self.tr("&Höflichkeitsübersetzung beilegen ({0})").format(language))

    def _fill_templates(self) -> None:
        ctx = self.services.ctx
        self._descriptions = {}
        for info in catalog.list_templates(ctx.paths.root):  # a folder listing and a cached YAML file
            self.form.template_choice.addItem(info.title, info.name)
            self._descriptions[info.name] = info.description
        preferred = service.default_template(ctx, self.conversation)
        self.form.template_choice.setCurrentIndex(max(0, self.form.template_choice.findData(preferred)))

    def _connect(self) -> None:
        form = self.form
        form.template_choice.currentIndexChanged.connect(self._template_changed)
        form.courtesy.toggled.connect(self._courtesy_toggled)
        form.allow_unreviewed.toggled.connect(self.schedule_preview)
        form.save_button.clicked.connect(self.save)
        form.open_button.clicked.connect(self.open_selected)
        form.pdf_button.clicked.connect(self.export_pdf)
        form.close_button.clicked.connect(self.reject)

    def template_name(self) -> str:
        return self.form.template_choice.currentData() or ""

    def _template_changed(self, _index: int = 0) -> None:
        """Find the template's free fields (reads the .docx) on a worker, then show them."""
        name, ctx = self.template_name(), self.services.ctx
        if not name:
            return
        self.form.template_description.setText(self._descriptions.get(name, ""))
        self.services.ops.run(self, lambda: service.template_fields(ctx, name), uses_database=False,
                              success=lambda fields: self._fields_found(name, fields))

    def _fields_found(self, name: str, fields: tuple[FreeField, ...]) -> None:
        if name != self.template_name():
            return  # the clerk has moved on to another template meanwhile
        self._build_fields(fields)
        self.schedule_preview()

    def _build_fields(self, fields: tuple[FreeField, ...]) -> None:
        """One editor per free field the template uses; values typed so far are kept."""
        previous = self.field_values()
        layout = self.form.fields_layout
        while layout.rowCount():
            layout.removeRow(0)
        self.field_widgets = {}
        defaults = {**self._defaults(), **{k: v for k, v in previous.items() if v is not None}}
        last: QWidget = self.form.template_choice
        for spec in fields:
            widget = self._editor(spec, defaults.get(spec.key))
            widget.setAccessibleName(spec.label.replace("&", ""))
            label = QLabel(spec.label + ":", self.form.fields_box)  # German labels from the core
            label.setBuddy(widget)
            layout.addRow(label, widget)
            self.field_widgets[spec.key] = widget
            QWidget.setTabOrder(last, widget)
            last = widget
        QWidget.setTabOrder(last, self.form.courtesy)
        self.form.fields_box.setVisible(bool(fields))

    def _defaults(self) -> dict[str, Any]:
        defaults = field_defaults(self.services.ctx.settings.get, self.conversation)
        # A first proposal for an appointment: a working day one week ahead, 9 o'clock.
        state = self.services.ctx.settings.get("authority.state")
        defaults["appointment_date"] = next_working_day(date.today() + timedelta(days=7), state)[0]
        defaults["appointment_time"] = time(9, 0)
        return defaults

    def _editor(self, spec: FreeField, value: Any) -> QWidget:
        parent = self.form.fields_box
        if spec.kind == "int":
            widget = QSpinBox(parent)
            widget.setRange(0, 365)
            widget.setSuffix(self.tr(" Tage"))
            widget.setValue(int(value or 0))
            widget.valueChanged.connect(self.schedule_preview)
        elif spec.kind == "date":
            widget = self._date_editor(spec, value)
        elif spec.kind == "time":
            widget = QTimeEdit(parent, displayFormat="HH:mm")
            widget.setTime(QTime(value.hour, value.minute) if value else QTime(9, 0))
            widget.timeChanged.connect(self.schedule_preview)
        elif spec.kind == "choice":
            widget = QComboBox(parent)
            for key, label in spec.choices.items():
                widget.addItem(label, key)
            widget.setCurrentIndex(max(0, widget.findData(value)))
            widget.currentIndexChanged.connect(self.schedule_preview)
        elif spec.kind == "multiline":
            widget = QPlainTextEdit(str(value or ""), parent, tabChangesFocus=True)
            widget.setMaximumHeight(70)
            widget.textChanged.connect(self.schedule_preview)
        else:
            widget = QLineEdit(str(value or ""), parent)
            widget.textChanged.connect(self.schedule_preview)
        return widget

    def _date_editor(self, spec: FreeField, value: Any) -> QDateEdit:
        widget = QDateEdit(self.form.fields_box, displayFormat="dd.MM.yyyy", calendarPopup=True)
        widget.setMinimumDate(NO_DATE)
        if not spec.required:
            widget.setSpecialValueText("–")  # shown at the minimum: no date
        widget.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        widget.dateChanged.connect(self.schedule_preview)
        return widget

    # --- the request ------------------------------------------------------------------------------

    def field_values(self) -> dict[str, Any]:
        return {key: _value_of(widget) for key, widget in self.field_widgets.items()}

    def request(self) -> LetterRequest:
        courtesy = self.form.courtesy.isEnabled() and self.form.courtesy.isChecked()
        return LetterRequest(template=self.template_name(), fields=self.field_values(), courtesy=courtesy,
                             allow_unreviewed=courtesy and self.form.allow_unreviewed.isChecked())

    def _courtesy_toggled(self, checked: bool) -> None:
        self.form.allow_unreviewed.setEnabled(checked)
        self.schedule_preview()

    # --- preview ----------------------------------------------------------------------------------

    def schedule_preview(self, *_args) -> None:
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Render the letter on a worker; only the newest request's result is shown."""
        self._preview_timer.stop()
        self._preview_generation += 1
        generation, request = self._preview_generation, self.request()
        ctx, conversation_id = self.services.ctx, self.conversation.id

        def render():
            prepared = service.prepare_letter(ctx, conversation_id, request)
            return prepared, letter_paragraphs(prepared.docx)

        self.services.ops.run(self, render, success=lambda result: self._show_preview(generation, *result),
                              failure=lambda error: self._show_problem(generation, error))

    def _show_preview(self, generation: int, prepared, paragraphs) -> None:
        if generation != self._preview_generation:
            return
        self.last_preview_error = ""
        self.form.preview.setHtml(preview_html(paragraphs))
        self.form.status.setText(self._status_html(prepared))
        self.form.save_button.setEnabled(True)

    def _show_problem(self, generation: int, error: BaseException) -> None:
        if generation != self._preview_generation:
            return
        self.last_preview_error = error_text(error)
        self.form.preview.clear()
        self.form.status.setText(f"<span style='color:#b00020'>{escape(self.last_preview_error)}</span>"
                                 .replace("\n", "<br>"))

    def _status_html(self, prepared) -> str:
        parts = []
        deadline = prepared.context.deadline
        if deadline:
            moved = self.tr("; {0}").format(escape(deadline.note())) if deadline.moved else ""
            parts.append(self.tr("<b>Frist:</b> {0}, {1} ({2} Tage{3})").format(
                weekday(deadline.day), german_date(deadline.day), deadline.days, moved))
        omitted = prepared.context.omitted
        if omitted:
            listing = "".join(f"<li>{escape(text)}</li>" for text in omitted)
            parts.append(self.tr("Ohne geprüfte Übersetzung, daher nicht in der Übersetzung:") + f"<ul>{listing}</ul>")
        return "<br>".join(parts)

    # --- saving, opening, PDF -------------------------------------------------------------------------

    def save(self) -> None:
        request, ctx, conversation_id = self.request(), self.services.ctx, self.conversation.id
        clerk = self.services.clerk
        self.form.save_button.setEnabled(False)  # one click, one letter
        self.services.ops.run(self, lambda: service.create_letter(ctx, conversation_id, request, clerk=clerk),
                              success=self._saved, failure=self._save_failed)

    def _saved(self, letter: ArchivedLetter) -> None:
        self.form.save_button.setEnabled(True)
        self.reload_archive(select=letter.id, focus=True)
        self.form.status.setText(self.tr("Gespeichert: {0}. Eingabe öffnet den Brief, Esc schließt.")
                                 .format(escape(letter.path.name)))
        self.services.bus.changed.emit(LETTERS, self.conversation.id)

    def _save_failed(self, error: BaseException) -> None:
        self.form.save_button.setEnabled(True)
        from .errors import show_error

        show_error(self, error)

    def reload_archive(self, select: int | None = None, *, focus: bool = False) -> None:
        ctx, conversation_id = self.services.ctx, self.conversation.id
        self.services.ops.run(self, lambda: service.list_letters(ctx, conversation_id),
                              success=lambda letters: self._show_archive(letters, select, focus))

    def _show_archive(self, letters: list[ArchivedLetter], select: int | None, focus: bool) -> None:
        self.letters.set_letters(letters)
        if focus:
            self.form.archive.setFocus()  # after saving: Enter opens the new letter
        row = self.letters.row_of(select) if select is not None else (0 if letters else -1)
        if row >= 0:
            self.form.archive.setCurrentIndex(self.letters.index(row, 0))
        has_letters = bool(letters)
        self.form.open_button.setEnabled(has_letters)
        self.form.pdf_button.setEnabled(has_letters)

    def selected_letter(self) -> ArchivedLetter | None:
        index = self.form.archive.currentIndex()
        return self.letters.letters[index.row()] if index.isValid() else None

    def open_selected(self) -> None:
        letter = self.selected_letter()
        if letter is None:
            return
        if not letter.path.is_file():
            QMessageBox.warning(self, self.tr("Brief öffnen"),
                                self.tr("Die Datei {0} gibt es nicht mehr.").format(letter.path))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(letter.path)))

    def export_pdf(self) -> None:
        letter = self.selected_letter()
        if letter is None:
            return
        if pdf.find_libreoffice() is None:
            QMessageBox.information(self, self.tr("Als PDF exportieren"), self.tr(
                "Für den PDF-Export wird LibreOffice benötigt; es ist auf diesem Computer nicht installiert.\n"
                "Der Brief ist als Word-Datei gespeichert und kann so geöffnet und gedruckt werden. "
                "Bitte wenden Sie sich an die IT, wenn Sie PDF-Dateien brauchen."))
            return
        self.form.status.setText(self.tr("PDF wird erstellt …"))
        self.services.ops.run(self, lambda: pdf.convert_to_pdf(letter.path), uses_database=False,
                              success=lambda path: self._converted(letter.id, path))

    def _converted(self, letter_id: int, path: Path) -> None:
        ctx = self.services.ctx
        self.services.ops.run(self, lambda: archive.record_pdf(ctx.store(), ctx.paths.root, letter_id, path),
                              success=self._pdf_recorded)

    def _pdf_recorded(self, letter: ArchivedLetter) -> None:
        self.reload_archive(select=letter.id)
        self.form.status.setText(self.tr("PDF gespeichert: {0}").format(escape(str(letter.pdf_path))))
        self.services.bus.changed.emit(LETTERS, self.conversation.id)

    def done(self, result: int) -> None:
        self._preview_timer.stop()
        super().done(result)


def _value_of(widget: QWidget) -> Any:
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QDateEdit):
        chosen = widget.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())
    if isinstance(widget, QTimeEdit):
        return time(widget.time().hour(), widget.time().minute())
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return widget.text()


def preview_html(paragraphs) -> str:
    """The letter's text as simple HTML: right-to-left paragraphs stay right-to-left."""
    parts = []
    for paragraph in paragraphs:
        if paragraph.page_break:
            parts.append("<hr>")
        text = escape(paragraph.text).replace("\n", "<br>").replace("\t", " ") or "&nbsp;"
        if paragraph.bold:
            text = f"<b>{text}</b>"
        direction = " dir='rtl'" if paragraph.rtl else ""
        parts.append(f"<p{direction} style='margin:0 0 4px 0'>{text}</p>")
    return "".join(parts)


def open_letter_dialog(services: Services, conversation_id: int, parent: QWidget | None = None) -> None:
    """Show the letter dialog for a conversation (modal)."""
    dialog = LetterDialog(services, conversation_id, parent)
    dialog.exec()
    dialog.deleteLater()
    if parent is not None:
        # Back from the modal dialog, keys should reach the conversation again at once (some
        # platforms leave no window active after a modal dialog closes).
        parent.window().activateWindow()
