"""The team lead's editor of the referral directory: the list of services on the left, the selected
one's details and the matters/items it is suggested for on the right; add, edit, remove.

Validation is the core's (`referrals.parse_referral`); its German messages are shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QListView, QMessageBox, QPlainTextEdit, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from .. import checklists, referrals
from ..errors import CounterAppError
from ..referrals import ANY_MATTER, CATEGORIES, Link, Referral
from . import bus
from .errors import show_error
from .language_names import language_label
from .row_table_model import EXAMPLE_COLOUR, RowListModel
from .services import Services

REFERRALS_CHANGED = "referrals"  # record value of bus.CONTENT when the directory changed
_Index = QModelIndex | QPersistentModelIndex
# referrals.CATEGORIES, marked for translation here (the core does not import Qt)
CATEGORY_LABELS = {
    "migration_counselling": QT_TRANSLATE_NOOP("referrals", "Migrationsberatung für Erwachsene (MBE)"),
    "youth_migration": QT_TRANSLATE_NOOP("referrals", "Jugendmigrationsdienst (JMD)"),
    "refugee_counselling": QT_TRANSLATE_NOOP("referrals", "Flüchtlingsberatung"),
    "health": QT_TRANSLATE_NOOP("referrals", "Gesundheit, Sprach- und Kulturmittlung"),
    "volunteer_guides": QT_TRANSLATE_NOOP("referrals", "Ehrenamtliche Integrationslotsen"),
    "labour_market": QT_TRANSLATE_NOOP("referrals", "Arbeit und Beruf"),
    "language_courses": QT_TRANSLATE_NOOP("referrals", "Sprach- und Integrationskurse"),
    "recognition": QT_TRANSLATE_NOOP("referrals", "Anerkennungsberatung"),
    "women": QT_TRANSLATE_NOOP("referrals", "Beratung für Frauen"),
    "legal_aid": QT_TRANSLATE_NOOP("referrals", "Rechtsberatung"),
    "other": QT_TRANSLATE_NOOP("referrals", "Sonstige"),
}


def category_label(category: str) -> str:
    """The kind of service in the UI language (an unknown one as stored)."""
    label = CATEGORY_LABELS.get(category)
    return QCoreApplication.translate("referrals", label) if label else CATEGORIES.get(category, category)


class ReferralListModel(RowListModel):
    def value_data(self, referral: Referral, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return referral.name
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = category_label(referral.category)
            return kind + (self.tr(" · Beispiel, bitte ersetzen") if referral.example else "")
        if role == Qt.ItemDataRole.ForegroundRole and referral.example:
            return QBrush(QColor(EXAMPLE_COLOUR))
        if role == Qt.ItemDataRole.UserRole:
            return referral.id
        return None


class LinkListModel(RowListModel):
    def __init__(self, titles: dict, parent=None) -> None:
        super().__init__(parent)
        self.titles = titles  # matter id → title, (matter id, item id) → item title

    def value_data(self, link: Link, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return link_text(link, self.titles)
        return None


def link_text(link: Link, titles: dict) -> str:
    if link.matter_id == ANY_MATTER:
        return QCoreApplication.translate("LinkListModel", "bei jedem Anliegen")
    matter = titles.get(link.matter_id, link.matter_id)
    if not link.item_id:
        return QCoreApplication.translate("LinkListModel", "{0} (ganzes Anliegen)").format(matter)
    return f"{matter} – {titles.get((link.matter_id, link.item_id), link.item_id)}"


class _EditorForm:
    """The editor's widgets, laid out in code (same use as a compiled form: `dialog.form.<name>`)."""

    def tr(self, text: str) -> str:
        # Not a QObject: translates like one, in its own context (pyside6-lupdate files `self.tr`
        # calls in this class under "_EditorForm").
        return QCoreApplication.translate("_EditorForm", text)

    def setup(self, dialog: QDialog) -> None:
        self.filter = _named(QLineEdit(), self.tr("Verweisverzeichnis durchsuchen"))
        self.filter.setPlaceholderText(self.tr("Suchen"))
        self.filter.setClearButtonEnabled(True)
        self.entries = _named(QListView(), self.tr("Einträge des Verweisverzeichnisses"))
        self.entries.setWordWrap(True)  # names are long ("Beispiel: … – bitte ersetzen")
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = _named(QPushButton(self.tr("&Neu")), self.tr("Neuen Eintrag anlegen"))
        self.remove_button = _named(QPushButton(self.tr("&Entfernen")), self.tr("Ausgewählten Eintrag entfernen"))
        self.example_note = QLabel()
        self.example_note.setWordWrap(True)
        self.name = _named(QLineEdit(), self.tr("Name der Stelle"))
        self.identifier = QLabel()
        self.category = _named(QComboBox(), self.tr("Art des Angebots"))
        self.description = _named(QPlainTextEdit(), self.tr("Beschreibung für die Sachbearbeitung"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        self.topics = _named(QLineEdit(), self.tr("Themen, durch Komma getrennt"))
        self.languages = _named(QLineEdit(), self.tr("Sprachen der Beratung als Sprachcodes, durch Komma getrennt"))
        self.language_names = QLabel()
        self.address = _named(QPlainTextEdit(), self.tr("Anschrift"))
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(self.address.fontMetrics().lineSpacing() * 3 + 12)
        self.opening_hours = _named(QLineEdit(), self.tr("Öffnungszeiten"))
        self.phone = _named(QLineEdit(), self.tr("Telefon"))
        self.email = _named(QLineEdit(), self.tr("E-Mail-Adresse"))
        self.website = _named(QLineEdit(), self.tr("Webadresse"))
        self.example = _named(QCheckBox(self.tr("Als Beispiel &kennzeichnen (Platzhalter, noch durch die örtliche "
                                           "Stelle zu ersetzen)")), self.tr("Eintrag ist ein Beispiel"))
        self.links = _named(QListView(), self.tr("Vorgeschlagen bei diesen Anliegen und Punkten"))
        self.links.setMinimumHeight(self.links.fontMetrics().lineSpacing() * 6)
        self.link_matter = _named(QComboBox(), self.tr("Anliegen für eine neue Verknüpfung"))
        self.link_item = _named(QComboBox(), self.tr("Punkt der Checkliste für eine neue Verknüpfung"))
        self.add_link_button = _named(QPushButton(self.tr("Verknüpfung &hinzufügen")),
                                      self.tr("Verknüpfung hinzufügen"))
        self.remove_link_button = _named(QPushButton(self.tr("Verknüpfung l&öschen")),
                                         self.tr("Ausgewählte Verknüpfung löschen"))
        self.error = _named(QLabel(), self.tr("Hinweise zur Eingabe"))
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.save_button = _named(QPushButton(self.tr("&Speichern")), self.tr("Eintrag speichern"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._lay_out(dialog)

    def _lay_out(self, dialog: QDialog) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(_buddy(self.tr("Su&chen:"), self.filter))
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.entries)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.remove_button)
        left_layout.addLayout(row)
        details = QFormLayout()
        for label, widget in ((self.tr("Na&me:"), self.name), (self.tr("Kennung:"), self.identifier),
                              (self.tr("&Art:"), self.category), (self.tr("&Beschreibung:"), self.description),
                              (self.tr("&Themen:"), self.topics), (self.tr("S&prachen (Codes):"), self.languages),
                              ("", self.language_names), (self.tr("Ansch&rift:"), self.address),
                              (self.tr("Öffnungs&zeiten:"), self.opening_hours), (self.tr("Te&lefon:"), self.phone),
                              (self.tr("E-Ma&il:"), self.email), (self.tr("&Webadresse:"), self.website),
                              ("", self.example)):
            details.addRow(_buddy(label, widget) if label else QLabel(), widget)
        links = QGroupBox(self.tr("Vorschlagen bei"))
        links_layout = QVBoxLayout(links)
        links_layout.addWidget(self.links)
        pick = QHBoxLayout()
        pick.addWidget(_buddy(self.tr("&Verknüpfen mit Anliegen:"), self.link_matter))
        pick.addWidget(self.link_matter, 1)
        pick.addWidget(_buddy(self.tr("und P&unkt:"), self.link_item))
        pick.addWidget(self.link_item, 1)
        links_layout.addLayout(pick)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_link_button)
        buttons.addWidget(self.remove_link_button)
        buttons.addStretch(1)
        links_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.example_note)
        right_layout.addLayout(details)
        right_layout.addWidget(links, 1)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([320, 680])
        outer = QVBoxLayout(dialog)
        outer.addWidget(self.splitter, 1)
        outer.addWidget(self.buttons)


def _named(widget, name: str):
    widget.setAccessibleName(name)
    return widget


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class ReferralEditor(QDialog):
    """Edits the directory in place: every save and removal is stored at once."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.current_id: str | None = None  # None: a new entry not saved yet
        self.links: list[Link] = []
        self.dirty = False
        self.setWindowTitle(self.tr("Verweisverzeichnis bearbeiten"))
        self.resize(1000, 720)
        self.form = _EditorForm()
        self.form.setup(self)
        self.titles = self._matter_titles()
        self.model = ReferralListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.form.entries.setModel(self.proxy)
        self.link_model = LinkListModel(self.titles, self)
        self.form.links.setModel(self.link_model)
        for key in CATEGORIES:
            self.form.category.addItem(category_label(key), key)
        self._fill_link_matters()
        self._connect()
        self.reload()

    def _matter_titles(self) -> dict:
        titles: dict = {}
        for matter in checklists.matters(self.services.store):
            titles[matter.id] = matter.title
            for item in checklists.load(self.services.store, matter.id).items():
                titles[(matter.id, item.id)] = item.title
        return titles

    def _fill_link_matters(self) -> None:
        self.form.link_matter.addItem(self.tr("jedes Anliegen"), ANY_MATTER)
        for matter in checklists.matters(self.services.store):
            self.form.link_matter.addItem(matter.title, matter.id)
        self._fill_link_items()

    def _fill_link_items(self) -> None:
        matter_id = self.form.link_matter.currentData()
        self.form.link_item.clear()
        self.form.link_item.addItem(self.tr("ganzes Anliegen"), "")
        if matter_id and matter_id != ANY_MATTER:
            for item in checklists.load(self.services.store, matter_id).items():
                self.form.link_item.addItem(item.title, item.id)

    def _connect(self) -> None:
        form = self.form
        form.filter.textChanged.connect(self.proxy.setFilterFixedString)
        form.entries.selectionModel().currentChanged.connect(self._selection_changed)
        form.new_button.clicked.connect(self.new_entry)
        form.remove_button.clicked.connect(self.remove_entry)
        form.save_button.clicked.connect(self.save)
        form.link_matter.currentIndexChanged.connect(self._fill_link_items)
        form.add_link_button.clicked.connect(self.add_link)
        form.remove_link_button.clicked.connect(self.remove_link)
        form.languages.textChanged.connect(self._show_language_names)
        form.example.toggled.connect(self._show_example_note)
        for widget in (form.name, form.topics, form.languages, form.opening_hours, form.phone, form.email,
                       form.website):
            widget.textEdited.connect(self._mark_dirty)
        for widget in (form.description, form.address):
            widget.textChanged.connect(self._mark_dirty)
        form.category.activated.connect(self._mark_dirty)
        form.example.clicked.connect(self._mark_dirty)
        form.buttons.rejected.connect(self.reject)

    # --- list -----------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self.model.set_rows(referrals.list_referrals(self.services.store))
        rows = [r.id for r in self.model.rows]
        target = select if select in rows else (rows[0] if rows else None)
        if target is None:
            self.new_entry()
        else:
            self.select(target)

    def select(self, referral_id: str) -> None:
        row = next(i for i, r in enumerate(self.model.rows) if r.id == referral_id)
        self._set_current(self.proxy.mapFromSource(self.model.index(row, 0)))
        self._load(self.model.rows[row])

    def _set_current(self, index: QModelIndex) -> None:
        """Move the list's cursor without asking about unsaved changes (the caller has)."""
        selection = self.form.entries.selectionModel()
        selection.blockSignals(True)
        self.form.entries.setCurrentIndex(index)
        selection.blockSignals(False)
        self.form.entries.viewport().update()

    def _selection_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        referral_id = self.proxy.data(current, Qt.ItemDataRole.UserRole)
        if referral_id is None or referral_id == self.current_id:
            return
        if not self._may_leave():
            self._set_current(previous)
            return
        self._load(referrals.get_referral(self.services.store, referral_id))

    def _may_leave(self) -> bool:
        """Unsaved changes: save them, throw them away, or stay (False)."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Verweisverzeichnis"), self.tr("Die Änderungen am Eintrag sind noch nicht gespeichert. "
                                                         "Jetzt speichern?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # --- the form -------------------------------------------------------------------------------

    def _load(self, referral: Referral | None) -> None:
        form = self.form
        self.current_id = referral.id if referral else None
        referral = referral or Referral(id="", name="", category="other")
        form.name.setText(referral.name)
        form.identifier.setText(referral.id or self.tr("(wird beim Speichern aus dem Namen gebildet)"))
        form.category.setCurrentIndex(max(form.category.findData(referral.category), 0))
        form.description.setPlainText(referral.description)
        form.topics.setText(", ".join(referral.topics))
        form.languages.setText(", ".join(referral.languages))
        form.address.setPlainText(referral.address)
        for widget, value in ((form.opening_hours, referral.opening_hours), (form.phone, referral.phone),
                              (form.email, referral.email), (form.website, referral.website)):
            widget.setText(value)
        form.example.setChecked(referral.example)
        self.links = list(referral.links)
        self.link_model.set_rows(self.links)
        form.error.clear()
        form.remove_button.setEnabled(referral.id != "")
        self.dirty = False

    def _show_language_names(self, text: str) -> None:
        codes = _split(text.lower())
        self.form.language_names.setText(", ".join(language_label(c) for c in codes))

    def _show_example_note(self, example: bool) -> None:
        note = self.tr("Beispiel – bitte durch die Angaben der örtlichen Stelle ersetzen und dann das Häkchen "
                       "„Beispiel“ entfernen.")
        self.form.example_note.setText(f"<b style='color:{EXAMPLE_COLOUR}'>{note}</b>" if example else "")

    def _mark_dirty(self, *_args) -> None:
        self.dirty = True

    def entered(self) -> dict:
        """What the form holds, as plain data in the directory's layout."""
        form = self.form
        taken = [r.id for r in self.model.rows]
        return {
            "id": self.current_id or referrals.suggest_id(form.name.text(), taken),
            "name": form.name.text(), "category": form.category.currentData(),
            "description": form.description.toPlainText(), "topics": _split(form.topics.text()),
            "languages": _split(form.languages.text().lower()), "address": form.address.toPlainText(),
            "opening_hours": form.opening_hours.text(), "phone": form.phone.text(), "email": form.email.text(),
            "website": form.website.text(), "example": form.example.isChecked(),
            "links": [link.to_dict() for link in self.links],
        }

    # --- commands -------------------------------------------------------------------------------

    def new_entry(self) -> None:
        if not self._may_leave():
            return
        self._set_current(QModelIndex())
        self._load(None)
        self.form.name.setFocus()

    def save(self) -> bool:
        referral, problems = referrals.parse_referral(self.entered())
        if problems:
            self.form.error.setText("\n".join(problems))
            return False
        try:
            referrals.save_referral(self.services.store, referral, author=self.services.clerk,
                                    new=self.current_id is None)
        except CounterAppError as exc:
            self.form.error.setText(str(exc))
            return False
        self.dirty = False
        self.current_id = referral.id
        self.reload(select=referral.id)
        self.services.bus.changed.emit(bus.CONTENT, REFERRALS_CHANGED)
        return True

    def remove_entry(self) -> None:
        if self.current_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Eintrag entfernen"), self.tr(
            "„{0}“ aus dem Verweisverzeichnis entfernen?").format(self.form.name.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            referrals.delete_referral(self.services.store, self.current_id)
        except CounterAppError as exc:
            show_error(self, exc)
            return
        self.dirty = False
        self.current_id = None
        self.reload()
        self.services.bus.changed.emit(bus.CONTENT, REFERRALS_CHANGED)

    def add_link(self) -> None:
        link = Link(self.form.link_matter.currentData(), self.form.link_item.currentData() or "")
        if link in self.links:
            self.form.error.setText(self.tr("Diese Verknüpfung gibt es schon."))
            return
        self.links.append(link)
        self.link_model.set_rows(self.links)
        self.dirty = True

    def remove_link(self) -> None:
        row = self.form.links.currentIndex().row()
        if 0 <= row < len(self.links):
            del self.links[row]
            self.link_model.set_rows(self.links)
            self.dirty = True

    def reject(self) -> None:
        if self._may_leave():
            super().reject()


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def open_referral_editor(services: Services, parent: QWidget | None = None) -> None:
    ReferralEditor(services, parent).exec()
