"""Main window: conversation list (search, filter) on the left, the open conversation on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QHeaderView, QMainWindow, QMessageBox

from .. import __version__, audit, conversations
from ..forms.main_window_ui import Ui_MainWindow
from . import bus
from .conversation_list_model import ID_ROLE, ConversationListModel
from .client_message import ClientMessage
from .editor import add_team_lead_menu
from .errors import show_error
from .services import Services
from .snippet_panel import SnippetPanel

if TYPE_CHECKING:
    from .client_screen import ClientScreen
    from .conversation_view import ConversationView

SEARCH_DELAY_MS = 150
LIST_LIMIT = 500
def settings_screen(services: Services) -> int | None:
    index = services.ctx.settings.get("ui.client_screen")
    return None if index < 0 else index


FILTERS = (("open", QT_TRANSLATE_NOOP("MainWindow", "Offene Gespräche")),
           ("closed", QT_TRANSLATE_NOOP("MainWindow", "Abgeschlossene Gespräche")),
           (None, QT_TRANSLATE_NOOP("MainWindow", "Alle Gespräche")))


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        self.setWindowTitle(self.tr("Schalterassistent – {0}").format(services.ctx.settings.get("authority.name")))
        self.list_model = ConversationListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.list_model)
        table = self.form.conversation_list
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._open_selected)
        for status, label in FILTERS:
            self.form.status_filter.addItem(self.tr(label), status)
        self.form.status_filter.currentIndexChanged.connect(self.refresh_list)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_list)
        self.form.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.form.search.returnPressed.connect(self._focus_list)
        self._view: ConversationView | None = None  # built when first needed (see `view`)
        self.form.new_button.clicked.connect(self.new_conversation)
        self.form.splitter.setSizes([260, 960])
        self.snippet_panel = SnippetPanel(services, self)
        self.snippet_panel.show_requested.connect(self.show_on_client_screen)
        self.snippet_panel.blank_requested.connect(self.toggle_client_blank)
        self.snippet_panel.machine_translation_used.connect(self._count_machine_translation)
        self.snippet_dock = QDockWidget(self.tr("Verständigung"), self)
        self.snippet_dock.setObjectName("snippet_dock")
        self.snippet_dock.setWidget(self.snippet_panel)
        self.snippet_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.snippet_dock)
        self.resizeDocks([self.snippet_dock], [380], Qt.Orientation.Horizontal)
        self.client_screen: ClientScreen | None = None
        services.bus.changed.connect(self._on_changed)
        self._build_menus()
        self.refresh_list()

    # --- menus ----------------------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        conversation = bar.addMenu(self.tr("&Gespräch"))
        self.new_action = self._action(conversation, self.tr("&Neues Gespräch …"), self.new_conversation, "Ctrl+N")
        self.again_action = self._action(conversation, self.tr("Neues Gespräch für &diese Person …"),
                                         self.new_conversation_same_client, "Ctrl+Shift+N")
        self._action(conversation, self.tr("Gespräch &suchen"), self._focus_search, "Ctrl+F")
        self._action(conversation, self.tr("Zur &Checkliste"), self._focus_checklist, "Ctrl+L")
        self.summary_action = self._action(conversation, self.tr("&Zusammenfassung"), self._show_summary, "F8")
        self.letter_action = self._action(conversation, self.tr("&Brief erstellen …"), self.create_letter, "Ctrl+B")
        self.handout_action = self._action(conversation, self.tr("&Merkblatt für die Kundin/den Kunden drucken …"),
                                           self.print_handout, "Ctrl+P")
        conversation.addSeparator()
        self.close_action = self._action(conversation, self.tr("Gespräch &abschließen"), self.close_conversation,
                                         "Ctrl+E")
        self.reopen_action = self._action(conversation, self.tr("Gespräch wieder ö&ffnen"), self.reopen_conversation)
        conversation.addSeparator()
        self._action(conversation, self.tr("&Beenden"), self.close, "Ctrl+Q")
        self.status_menu = bar.addMenu(self.tr("&Status"))
        self.status_menu.aboutToShow.connect(lambda: self.view)  # the view brings its key actions along
        client = bar.addMenu(self.tr("&Kundin/Kunde"))
        self._action(client, self.tr("Text&baustein suchen"), self._focus_snippets, "Ctrl+K")
        self._action(client, self.tr("Auswahl auf der Kunden&anzeige zeigen"), self.show_selection, "F5")
        self._action(client, self.tr("Kundenanzeige &leeren / wieder zeigen"), self.toggle_client_blank, "F6")
        self._action(client, self.tr("Kundenanzeige &öffnen/schließen"), self.toggle_client_screen, "F7")
        self._action(client, self.tr("Freien Text &übersetzen"), self._focus_free_text, "Ctrl+T")
        extras = bar.addMenu(self.tr("E&xtras"))
        self._action(extras, self.tr("Übersetzungs&modelle …"), self.manage_models)
        self.team_lead_menu = add_team_lead_menu(self, self.services)  # None for clerks
        help_menu = bar.addMenu(self.tr("&Hilfe"))
        self._action(help_menu, self.tr("Ü&ber den Schalterassistenten"), self._about)
        self._update_actions()

    @property
    def view(self) -> ConversationView:
        """The conversation pane, built on first use: nothing of it is visible before a
        conversation opens, and building it (checklist model, referral panel …) costs ~11 ms of start-up."""
        if self._view is None:
            from .conversation_view import ConversationView

            self._view = ConversationView(self.services, self)
            self.form.stack.addWidget(self._view)
            self._view.referrals.show_requested.connect(self.show_on_client_screen)
            self.status_menu.addActions(self._view.status_actions)
        return self._view

    @property
    def current_conversation(self):
        return self._view.conversation if self._view is not None else None

    def _show_summary(self) -> None:
        if self.current_conversation is not None:
            self.view.show_summary()

    def _update_actions(self) -> None:
        conversation = self.current_conversation
        has = conversation is not None
        self.again_action.setEnabled(has)
        self.summary_action.setEnabled(has)
        self.letter_action.setEnabled(has)
        self.handout_action.setEnabled(has)
        self.close_action.setEnabled(has and not conversation.is_closed)
        self.reopen_action.setEnabled(has and conversation.is_closed)

    # --- list -----------------------------------------------------------------------------------

    def refresh_list(self) -> None:
        status = self.form.status_filter.currentData()
        rows = conversations.list_conversations(self.services.store, status=status,
                                                search=self.form.search.text(), limit=LIST_LIMIT)
        self.list_model.set_rows(rows)
        self.statusBar().showMessage(self.tr("{0} Gespräch(e)").format(len(rows)))
        if self.current_conversation:
            self._select_in_list(self.current_conversation.id)

    def _select_in_list(self, conversation_id: int) -> None:
        row = self.list_model.row_for_id(conversation_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.list_model.index(row, 0))
            self.form.conversation_list.selectionModel().setCurrentIndex(
                index, self.form.conversation_list.selectionModel().SelectionFlag.ClearAndSelect
                | self.form.conversation_list.selectionModel().SelectionFlag.Rows)

    def _focus_search(self) -> None:
        self.form.search.setFocus()
        self.form.search.selectAll()

    def _focus_list(self) -> None:
        table = self.form.conversation_list
        table.setFocus()
        if not table.currentIndex().isValid() and self.proxy.rowCount():
            table.setCurrentIndex(self.proxy.index(0, 0))

    def _focus_checklist(self) -> None:
        if self._view is None:
            return
        self.view.form.tabs.setCurrentIndex(0)
        self.view.form.checklist.setFocus()

    def _focus_snippets(self) -> None:
        self.snippet_dock.show()
        self.snippet_panel.focus_search()

    def _focus_free_text(self) -> None:
        self.snippet_dock.show()
        self.snippet_panel.form.free_text.setFocus()

    # --- client screen --------------------------------------------------------------------------

    def ensure_client_screen(self) -> ClientScreen:
        if self.client_screen is None:
            from .client_screen import ClientScreen  # only when first needed: keeps start-up short

            settings = self.services.ctx.settings
            self.client_screen = ClientScreen(authority_name=settings.get("authority.name"))
        if not self.client_screen.isVisible():
            screen = settings_screen(self.services)
            self.client_screen.show_on(screen, full_screen=self.services.ctx.settings.get("ui.client_screen_full"))
            self.activateWindow()  # the clerk keeps typing here
        return self.client_screen

    def show_on_client_screen(self, message: ClientMessage) -> None:
        self.ensure_client_screen().show_message(message)

    def show_selection(self) -> None:
        """F5: the checklist item's client text when the checklist has focus, else the snippet."""
        if self.current_conversation is not None and self.view.form.checklist.hasFocus():
            message = self.view.client_message_for_current()
            if message is not None:
                self.show_on_client_screen(message)
            return
        self.snippet_panel.show_selected()

    def toggle_client_blank(self) -> None:
        self.ensure_client_screen().toggle_blank()

    def toggle_client_screen(self) -> None:
        if self.client_screen is not None and self.client_screen.isVisible():
            self.client_screen.hide()
        else:
            self.ensure_client_screen()

    def _open_selected(self, index) -> None:
        conversation_id = self.proxy.data(index, ID_ROLE)
        if conversation_id is not None:
            self.open_conversation(conversation_id)

    def open_conversation(self, conversation_id: int) -> None:
        try:
            self.view.load(conversation_id)
        except Exception as exc:
            show_error(self, exc)
            return
        audit.record_opened(self.services.store, conversation_id, who=self.services.clerk)
        self.form.stack.setCurrentWidget(self.view)
        self.snippet_panel.set_language(self.view.conversation.language)
        self._select_in_list(conversation_id)
        self._update_actions()
        self.view.form.checklist.setFocus()

    def _on_changed(self, kind: str, _record) -> None:
        if kind == bus.CONVERSATIONS:
            self.refresh_list()
            self._update_actions()

    # --- commands -------------------------------------------------------------------------------

    def new_conversation(self, *, client=None, language=None) -> int | None:
        from .start_dialog import StartDialog  # only when first needed: keeps start-up short

        dialog = StartDialog(self.services, self, client=client, language=language)
        if dialog.exec() != StartDialog.DialogCode.Accepted:
            return None
        try:
            conversation_id = conversations.start(
                self.services.store, client=dialog.client(), matter_id=dialog.matter_id(),
                language=dialog.language(), clerk=self.services.clerk)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.form.status_filter.setCurrentIndex(0)
        self.form.search.clear()
        self.refresh_list()
        self.activateWindow()  # back from the modal dialog: keys go to the checklist at once
        self.open_conversation(conversation_id)
        return conversation_id

    def new_conversation_same_client(self) -> int | None:
        current = self.current_conversation
        if current is None:
            return None
        client = conversations.Client(name=current.client.name, date_of_birth=current.client.date_of_birth,
                                      nationality=current.client.nationality,
                                      file_number=current.client.file_number)
        return self.new_conversation(client=client, language=current.language)

    def close_conversation(self) -> None:
        conversation = self.current_conversation
        if conversation is None or conversation.is_closed:
            return
        self.view.save_note()
        summary = conversation.summary()
        open_count = len(summary.open) + len(summary.open_questions)
        if open_count:
            answer = QMessageBox.question(
                self, self.tr("Gespräch abschließen"),
                self.tr("{0} Punkt(e) sind noch offen. Trotzdem abschließen?").format(open_count))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            conversations.close(self.services.store, conversation.id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.view.reload()
        self.view.show_summary()
        self.services.bus.changed.emit(bus.CONVERSATIONS, conversation.id)

    def reopen_conversation(self) -> None:
        conversation = self.current_conversation
        if conversation is None:
            return
        conversations.reopen(self.services.store, conversation.id)
        self.view.reload()
        self.services.bus.changed.emit(bus.CONVERSATIONS, conversation.id)

    def create_letter(self) -> None:
        if self.current_conversation is None:
            return
        self.view.save_note()
        from .letter_dialog import open_letter_dialog  # imports python-docx: only when needed

        open_letter_dialog(self.services, self.view.conversation.id, self)

    def print_handout(self) -> None:
        if self.current_conversation is None:
            return
        self.view.save_note()
        from .handout import print_handout

        print_handout(self.services, self.view.conversation.id, self)

    def _count_machine_translation(self) -> None:
        conversation = self.current_conversation
        if conversation is not None and not conversation.is_closed:
            from .. import statistics  # not needed at start-up

            statistics.note_machine_translation(self.services.store, conversation.id)

    def manage_models(self) -> None:
        from .models_dialog import open_models_dialog

        open_models_dialog(self.services, self)
        self.snippet_panel.models_changed()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("Über den Schalterassistenten"), self.tr(
            "Schalterassistent {0}\nDatenordner: {1}").format(__version__, self.services.ctx.paths.root))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._search_timer.stop()
        if self.client_screen is not None:
            self.client_screen.close()
        if self._view is not None:
            self._view.save_note()
        super().closeEvent(event)
