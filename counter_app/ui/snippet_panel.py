"""The snippet panel beside the checklist: find a vetted phrase, show it on the client screen,
translate free text offline (always labelled as machine translation)."""

from __future__ import annotations


from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from .. import snippets
from ..snippets import SnippetText, is_rtl
from ..forms.snippet_panel_ui import Ui_SnippetPanel
from .client_message import ClientMessage
from .errors import error_text
from .language_names import language_label
from .services import Services
from .snippet_model import SnippetListModel

SEARCH_DELAY_MS = 120


class SnippetPanel(QWidget):
    """Follows the conversation's client language; emits `show_requested` for the client screen."""

    show_requested = Signal(object)  # ClientMessage
    machine_translation_used = Signal()
    blank_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.language = "de"
        self.last_translation = None  # (source text, TranslationResult)
        self._translator = None
        self.form = Ui_SnippetPanel()
        self.form.setupUi(self)
        self.model = SnippetListModel(self)
        self.form.snippets.setModel(self.model)
        self.form.category.addItem(self.tr("Alle Kategorien"), None)
        for category, label in snippets.stored_categories(services.store).items():
            self.form.category.addItem(label, category)
        self.form.category.currentIndexChanged.connect(self.refresh)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.form.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.form.search.returnPressed.connect(self._focus_list)
        self.form.snippets.activated.connect(lambda _i: self.show_selected())
        self.form.show_button.clicked.connect(self.show_selected)
        self.form.blank_button.clicked.connect(self.blank_requested)
        self.form.favourite_button.clicked.connect(self.toggle_favourite)
        self.form.translate_button.clicked.connect(self.translate)
        self.form.save_snippet_button.clicked.connect(self.save_translation_as_snippet)
        self.form.save_snippet_button.setEnabled(False)
        self._add_shortcut("Ctrl+Return", self.translate, self.form.free_text)
        self._add_shortcut("Ctrl+D", self.toggle_favourite, self.form.snippets)
        self.set_language("de")

    def _add_shortcut(self, keys: str, slot, widget: QWidget) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)

    # --- language and list ----------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        name = language_label(language)
        self.form.language_label.setText(self.tr("<b>Textbausteine</b> – Sprache der Kundin/des Kunden: {0}").format(name))
        self.form.direction.clear()
        self.form.direction.addItem(self.tr("Deutsch → {0}").format(name), ("de", language))
        self.form.direction.addItem(self.tr("{0} → Deutsch").format(name), (language, "de"))
        self.refresh()
        self._show_translation_hint()

    def _show_translation_hint(self) -> None:
        """Say up front whether free text can be translated, and how to change that."""
        if self.language == "de":
            hint = self.tr("Die Kundin/der Kunde spricht Deutsch: keine Übersetzung nötig.")
        elif self.translator().can_translate("de", self.language):
            hint = ""
        else:
            hint = self.tr("Für diese Sprache ist kein Übersetzungsmodell installiert. Die Textbausteine "
                           "funktionieren trotzdem. Modelle installiert die IT (counter-app admin install-model) "
                           "oder die Teamleitung unter Extras → Übersetzungsmodelle.")
        self.form.translation.setPlaceholderText(hint)

    def refresh(self) -> None:
        rows = snippets.search(self.services.store, self.form.search.text(), language=self.language,
                               category=self.form.category.currentData(), user=self.services.clerk)
        self.model.set_rows(rows, snippets.favourites(self.services.store, self.services.clerk))
        if rows and not self.form.snippets.currentIndex().isValid():
            self.form.snippets.setCurrentIndex(self.model.index(0, 0))

    def focus_search(self) -> None:
        self.form.search.setFocus()
        self.form.search.selectAll()

    def _focus_list(self) -> None:
        self.form.snippets.setFocus()
        if self.model.rowCount():
            self.form.snippets.setCurrentIndex(self.model.index(0, 0))

    def selected(self) -> SnippetText | None:
        return self.model.snippet(self.form.snippets.currentIndex().row())

    # --- client screen --------------------------------------------------------------------------

    def show_selected(self) -> None:
        snippet = self.selected()
        if snippet is None:
            return
        if snippet.status == "missing":
            # No translation: show the German text rather than nothing, and say so to the clerk.
            message = ClientMessage(text=snippet.german, language="de")
        else:
            message = ClientMessage(text=snippet.text, language=snippet.language, german=snippet.german,
                                    machine=snippet.status == "machine")
        self.show_requested.emit(message)

    def toggle_favourite(self) -> None:
        snippet = self.selected()
        if snippet is None:
            return
        is_favourite = snippet.snippet_id in self.model.favourites
        snippets.set_favourite(self.services.store, user=self.services.clerk, snippet_id=snippet.snippet_id,
                               favourite=not is_favourite)
        self.refresh()

    # --- machine translation --------------------------------------------------------------------

    def translator(self):
        if self._translator is None:
            from ..translation import TranslationService  # cheap: argostranslate loads on first use

            self._translator = TranslationService.for_context(self.services.ctx)
        return self._translator

    def models_changed(self) -> None:
        """Installed models may have changed: the service notices by itself; refresh the hint."""
        self.form.translation.clear()
        self._show_translation_hint()

    def translate(self) -> None:
        text = self.form.free_text.toPlainText().strip()
        if not text:
            return
        source, target = self.form.direction.currentData()
        translator = self.translator()
        self.form.translate_button.setEnabled(False)
        self.form.translation.setPlainText(self.tr("Übersetze … (beim ersten Mal wird das Modell geladen)"))
        self.services.ops.run(self, lambda: translator.translate(text, source, target),
                              success=lambda result: self._translated(text, result),
                              failure=self._translation_failed, uses_database=False)

    def _translated(self, source_text: str, result) -> None:
        self.form.translate_button.setEnabled(True)
        self.last_translation = (source_text, result)
        self.machine_translation_used.emit()
        direction = "rtl" if is_rtl(result.target_language) else "ltr"
        via = self.tr(" über {0}").format(", ".join(result.via)) if result.via else ""
        label = self.tr("Maschinelle Übersetzung")
        self.form.translation.setHtml(
            f"<p style='color:#8a5a00'><b>{label}</b>{via}</p>"
            f"<p dir='{direction}'>{_escape(result.text)}</p>")
        self.form.save_snippet_button.setEnabled(result.source_language == "de")
        if result.target_language != "de":
            self.show_requested.emit(ClientMessage(text=result.text, language=result.target_language,
                                                   german=source_text, machine=True, via=result.via))

    def _translation_failed(self, error: BaseException) -> None:
        self.form.translate_button.setEnabled(True)
        self.last_translation = None
        self.form.save_snippet_button.setEnabled(False)
        self.form.translation.setPlainText(error_text(error))

    def save_translation_as_snippet(self) -> None:
        """Keep a useful machine translation as a local snippet, marked *machine* for review."""
        if not self.last_translation:
            return
        german, result = self.last_translation
        import uuid  # only when a phrase is saved (keeps start-up short)

        snippet_id = f"local.{uuid.uuid4().hex[:12]}"
        snippets.add_snippet(self.services.store, snippet_id=snippet_id, category="local",
                             texts={"de": german, result.target_language: result.text}, status="machine")
        self.form.save_snippet_button.setEnabled(False)
        self.refresh()


def _escape(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br>")
