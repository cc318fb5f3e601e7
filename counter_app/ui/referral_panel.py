"""A small panel under a checklist item's details: local services to refer the client to, for
this item or matter, those speaking the client's language first (`referrals.suggestions`).

Keyboard: Alt+V (the label's mnemonic) moves to the list; Enter shows the selected service's
name, address and opening hours on the client screen (`show_requested`).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListView, QTextBrowser, QVBoxLayout, QWidget

from . import bus
from .client_message import ClientMessage
from .language_names import language_label
from .row_table_model import EXAMPLE_COLOUR, RowListModel
from .services import Services

if TYPE_CHECKING:
    from ..referrals import Suggestion

VISIBLE_ROWS = 3
# Suggestion.reason by specificity, marked for translation here (the core does not import Qt)
REASONS = {2: QT_TRANSLATE_NOOP("SuggestionListModel", "passt zu diesem Punkt"),
           1: QT_TRANSLATE_NOOP("SuggestionListModel", "passt zum Anliegen"),
           0: QT_TRANSLATE_NOOP("SuggestionListModel", "allgemein")}


class SuggestionListModel(RowListModel):
    def value_data(self, suggestion: Suggestion, role: int):
        referral = suggestion.referral
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{referral.name}\n{self.reason(suggestion)}"
        if role == Qt.ItemDataRole.ForegroundRole and referral.example:
            return QBrush(QColor(EXAMPLE_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Eingabe: Name, Anschrift und Zeiten auf der Kundenanzeige zeigen")
        return None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.language: str | None = None

    def reason(self, suggestion: Suggestion) -> str:
        parts = [self.tr(REASONS.get(suggestion.specificity, suggestion.reason))]
        if suggestion.speaks_language:
            parts.append(self.tr("berät auf {0}").format(language_label(self.language)))
        if suggestion.referral.example:
            parts.append(self.tr("Beispiel"))
        return " · ".join(parts)


class ReferralPanel(QWidget):
    show_requested = Signal(object)  # ClientMessage

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.context: tuple[str | None, str | None, str | None] = (None, None, None)
        self.setAccessibleName(self.tr("Weitervermittlung an Beratungsstellen"))
        self.title = QLabel(self.tr("Weiter&vermittlung:"))
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Vorgeschlagene Beratungsstellen"))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        # One entry = two elided lines (name, why it is suggested); the details box has the rest.
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMaximumHeight((self.list.fontMetrics().lineSpacing() * 2 + 4) * VISIBLE_ROWS + 6)
        self.title.setBuddy(self.list)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Angaben zur ausgewählten Beratungsstelle"))
        self.details.setMaximumHeight(self.details.fontMetrics().height() * 7)
        self.model = SuggestionListModel(self)
        self.list.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.list, self.details):
            layout.addWidget(widget)
        self.list.selectionModel().currentChanged.connect(self._show_details)
        self.list.activated.connect(self._show_on_client_screen)
        services.bus.changed.connect(self._on_changed)
        self.refresh()  # starts as "no suggestions" until a conversation sets the context

    def set_context(self, matter_id: str | None, item_id: str | None, language: str | None) -> None:
        """The conversation's matter, the current checklist item and the client's language."""
        if (matter_id, item_id, language) != self.context:
            self.context = (matter_id, item_id, language)
            self.refresh()

    def refresh(self) -> None:
        matter_id, item_id, language = self.context
        found = []
        if matter_id:
            from .. import referrals  # first needed when a conversation opens, not at start-up

            found = referrals.suggestions(self.services.store, matter_id, item_id, language)
        self.model.language = language
        self.model.set_rows(found)
        self.list.setVisible(bool(found))
        self.details.setVisible(bool(found))
        self.title.setText(self.tr("Weiter&vermittlung ({0}):").format(len(found)) if found
                           else self.tr("Weitervermittlung: keine Vorschläge für diesen Punkt"))
        if found:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._show_details(self.list.currentIndex())

    def selected(self) -> Suggestion | None:
        row = self.list.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _show_details(self, _current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        suggestion = self.selected()
        self.details.setHtml(details_html(suggestion) if suggestion else "")

    def _show_on_client_screen(self, _index: QModelIndex) -> None:
        suggestion = self.selected()
        if suggestion is not None:
            self.show_requested.emit(ClientMessage(text=client_text(suggestion.referral), language="de"))

    def _on_changed(self, kind: str, _record) -> None:
        if kind == bus.CONTENT:
            self.refresh()


def details_html(suggestion: Suggestion) -> str:
    referral = suggestion.referral
    parts = [f"<b>{escape(referral.name)}</b>"]
    if referral.example:
        note = QCoreApplication.translate("ReferralPanel", "Beispiel-Eintrag: die Teamleitung ersetzt ihn im "
                                          "Verweisverzeichnis durch die örtliche Stelle.")
        parts.append(f"<br><span style='color:{EXAMPLE_COLOUR}'>{note}</span>")
    if referral.description:
        parts.append(f"<br>{escape(referral.description)}")
    rows = ((QCoreApplication.translate("ReferralPanel", "Sprachen"),
             ", ".join(language_label(c) for c in referral.languages)),
            (QCoreApplication.translate("ReferralPanel", "Anschrift"), referral.address),
            (QCoreApplication.translate("ReferralPanel", "Öffnungszeiten"), referral.opening_hours),
            (QCoreApplication.translate("ReferralPanel", "Telefon"), referral.phone),
            (QCoreApplication.translate("ReferralPanel", "E-Mail"), referral.email),
            (QCoreApplication.translate("ReferralPanel", "Web"), referral.website))
    parts += [f"<br><b>{label}:</b> {escape(value).replace(chr(10), ', ')}" for label, value in rows if value]
    return "".join(parts)


def client_text(referral) -> str:
    """What the client can note down: name, address, opening hours, phone."""
    # The examples' suffix "– bitte … ersetzen" speaks to staff, not to the client.
    name = referral.name.split(" – bitte")[0] if referral.example else referral.name
    lines = [name, referral.address, referral.opening_hours, referral.phone]
    return "\n".join(line for line in lines if line)
