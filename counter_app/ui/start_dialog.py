"""Dialog to start a conversation: minimal client data, matter and client language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from .. import checklists
from ..conversations import Client
from ..forms.start_dialog_ui import Ui_StartDialog
from ..i18n import _
from ..nationalities import NATIONALITIES
from ..snippets import LANGUAGE_NAMES
from .language_names import language_label
from .services import Services

DATE_FORMATS = ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d%m%Y")


def parse_birth_date(text: str, *, today: date | None = None) -> date | None:
    """Parse a German date (TT.MM.JJJJ); empty → None; anything else raises ValueError."""
    text = text.strip()
    if not text:
        return None
    for fmt in DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if parsed > (today or date.today()) or parsed.year < 1900:
            raise ValueError(text)
        return parsed
    raise ValueError(text)


class StartDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None, *, client: Client | None = None,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.form = Ui_StartDialog()
        self.form.setupUi(self)
        for matter in checklists.matters(services.store):
            self.form.matter.addItem(matter.title, matter.id)
        self.form.nationality.addItem("", "")
        for code, name in NATIONALITIES:
            self.form.nationality.addItem(f"{_(name)} ({code})", code)  # English when ui.language is en
        for code in LANGUAGE_NAMES:
            self.form.language.addItem(language_label(code), code)
        self.form.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Gespräch &beginnen"))
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)
        if client is not None:
            self._prefill(client, language)

    def _prefill(self, client: Client, language: str | None) -> None:
        self.form.name.setText(client.name)
        if client.date_of_birth:
            self.form.date_of_birth.setText(client.date_of_birth.strftime("%d.%m.%Y"))
        index = self.form.nationality.findData(client.nationality)
        if index >= 0:
            self.form.nationality.setCurrentIndex(index)
        self.form.file_number.setText(client.file_number)
        if language:
            self.form.language.setCurrentIndex(max(0, self.form.language.findData(language)))
        self.form.matter.setFocus()

    def nationality_code(self) -> str:
        text = self.form.nationality.currentText().strip()
        index = self.form.nationality.findText(text)
        if index >= 0:
            return self.form.nationality.itemData(index)
        if len(text) == 3 and text.isalpha():
            return text.upper()
        if text.endswith(")") and "(" in text:
            return text[text.rindex("(") + 1:-1].upper()
        return text

    def client(self) -> Client:
        return Client(
            name=self.form.name.text().strip(),
            date_of_birth=parse_birth_date(self.form.date_of_birth.text()),
            nationality=self.nationality_code(), file_number=self.form.file_number.text().strip(),
        )

    def matter_id(self) -> str:
        return self.form.matter.currentData()

    def language(self) -> str:
        return self.form.language.currentData()

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self.form.error.setText(problem)
            return
        super().accept()

    def _problem(self) -> str:
        if not self.form.name.text().strip():
            self.form.name.setFocus()
            return self.tr("Bitte geben Sie den Namen ein.")
        try:
            parse_birth_date(self.form.date_of_birth.text())
        except ValueError:
            self.form.date_of_birth.setFocus()
            return self.tr("Das Geburtsdatum ist ungültig. Bitte im Format TT.MM.JJJJ eingeben, z. B. 03.11.1990.")
        code = self.nationality_code()
        if code and not (len(code) == 3 and code.isalpha()):
            self.form.nationality.setFocus()
            return self.tr("Bitte wählen Sie die Staatsangehörigkeit aus der Liste oder geben Sie den "
                           "dreibuchstabigen Ländercode ein (z. B. SYR).")
        if self.matter_id() is None:
            return self.tr("Es sind keine Anliegen (Checklisten) vorhanden.")
        return ""
