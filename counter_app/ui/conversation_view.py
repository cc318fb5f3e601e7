"""The conversation pane: checklist (tree), item details with note, fees and summary."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from .. import conversations, snippets
from ..conversations import Conversation, ItemState
from ..forms.conversation_view_ui import Ui_ConversationView
from . import bus
from .checklist_model import ChecklistModel
from .referral_panel import ReferralPanel
from .client_message import ClientMessage
from .conversation_html import detail_html, fees_html, header_html, summary_html
from .errors import show_error
from .services import Services

NOTE_SAVE_DELAY_MS = 400
DOCUMENT_KEYS = {"1": "present", "2": "missing", "3": "not_applicable", "0": "open"}


class ConversationView(QWidget):
    """Shows one conversation; every status, answer and note is written the moment it is made."""

    item_changed = Signal(str)  # item id after a write

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.conversation: Conversation | None = None
        self.form = Ui_ConversationView()
        self.form.setupUi(self)
        self.model = ChecklistModel(self)
        tree = self.form.checklist
        tree.setModel(self.model)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setStretchLastSection(False)
        tree.header().resizeSection(1, 125)
        tree.header().resizeSection(2, 90)
        tree.selectionModel().currentChanged.connect(self._show_current)
        self.form.splitter.setSizes([640, 300])
        self.referrals = ReferralPanel(services, self)
        self.form.detail_layout.addWidget(self.referrals)
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.save_note)
        self._note_item: str | None = None
        self.form.note.textChanged.connect(self._note_edited)
        self.form.tabs.currentChanged.connect(self._tab_changed)
        self.status_actions = self._make_key_actions()

    # --- actions -------------------------------------------------------------------------------

    def _make_key_actions(self) -> list[QAction]:
        """Plain keys on the checklist: 1 present, 2 missing, 3 not applicable, 0 open; J/N and
        1–9 answer questions. Shown in the menu by the main window."""
        specs = [
            ("1", self.tr("Liegt vor / Antwort 1")), ("2", self.tr("Fehlt / Antwort 2")),
            ("3", self.tr("Entfällt / Antwort 3")), ("0", self.tr("Offen (zurücksetzen)")),
            ("J", self.tr("Ja")), ("N", self.tr("Nein")),
        ] + [(str(n), self.tr("Antwort {0}").format(n)) for n in range(4, 10)]
        actions = []
        for key, label in specs:
            action = QAction(label, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, k=key: self.press_key(k))
            self.form.checklist.addAction(action)
            actions.append(action)
        return actions

    def press_key(self, key: str) -> None:
        state = self.current_state()
        if state is None or self.conversation is None:
            return
        item = state.item
        if item.kind == "document" and key in DOCUMENT_KEYS:
            self.set_status(item.id, DOCUMENT_KEYS[key])
        elif item.is_question:
            value = self._answer_for_key(state, key)
            if value is not None or key == "0":
                self.set_answer(item.id, value)

    def _answer_for_key(self, state: ItemState, key: str) -> str | None:
        item = state.item
        if item.answer == "yes_no":
            return {"J": "yes", "Y": "yes", "1": "yes", "N": "no", "2": "no"}.get(key.upper())
        if key.isdigit() and key != "0":
            choices = list(item.choices)
            position = int(key) - 1
            return choices[position] if position < len(choices) else None
        return None

    # --- loading --------------------------------------------------------------------------------

    def load(self, conversation_id: int) -> None:
        self.save_note()
        self.conversation = conversations.load(self.services.store, conversation_id)
        self._refresh(select_first=True)
        self.form.tabs.setCurrentIndex(0)
        self.form.checklist.setFocus()

    def reload(self) -> None:
        if self.conversation is not None:
            self.conversation = conversations.load(self.services.store, self.conversation.id)
            self._refresh()

    def _refresh(self, *, select_first: bool = False, select_item: str | None = None) -> None:
        conversation = self.conversation
        current = select_item or (None if select_first else self.current_item_id())
        self.model.set_conversation(conversation)
        self.form.checklist.expandAll()
        self.form.header.setText(header_html(conversation) if conversation else "")
        self.form.fees.setText(fees_html(conversation.fees()) if conversation else "")
        read_only = conversation is None or conversation.is_closed
        for action in self.status_actions:
            action.setEnabled(not read_only)
        self.form.note.setReadOnly(read_only)
        index = self.model.index_for_item(current) if current else QModelIndex()
        if not index.isValid():
            items = self.model.item_indexes()
            index = items[0] if items else QModelIndex()
        self.form.checklist.setCurrentIndex(index)
        self._show_current(index)
        if self.form.tabs.currentIndex() == 1:
            self._show_summary()

    def current_state(self) -> ItemState | None:
        return self.model.state_at(self.form.checklist.currentIndex())

    def current_item_id(self) -> str | None:
        state = self.current_state()
        return state.item.id if state else None

    def _show_current(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self.save_note()
        state = self.model.state_at(index)
        text = None
        if state and self.conversation:
            translated = state.item.client_text.get(self.conversation.language)
            text = translated
        language = self.conversation.language if self.conversation else "de"
        self.form.detail.setHtml(detail_html(state, language, text))
        self._note_item = state.item.id if state else None
        self.form.note.blockSignals(True)
        self.form.note.setPlainText(state.answer.note if state else "")
        self.form.note.blockSignals(False)
        self.form.note.setEnabled(state is not None)
        conversation = self.conversation
        self.referrals.set_context(conversation.matter_id if conversation else None,
                                   state.item.id if state else None,
                                   conversation.language if conversation else None)

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self._show_summary()

    def _show_summary(self) -> None:
        if self.conversation:
            self.form.summary.setHtml(summary_html(self.conversation, self.conversation.summary()))

    def show_summary(self) -> None:
        self.save_note()
        self.form.tabs.setCurrentIndex(1)
        self.form.summary.setFocus()

    # --- writing --------------------------------------------------------------------------------

    def set_status(self, item_id: str, status: str, *, advance: bool = True) -> None:
        self._write(lambda: conversations.set_status(self.services.store, self.conversation.id, item_id, status),
                    item_id, advance=advance)

    def set_answer(self, item_id: str, value: str | None, *, advance: bool = True) -> None:
        item = self.conversation.checklist.item(item_id)
        self._write(lambda: conversations.set_answer(self.services.store, self.conversation.id, item, value),
                    item_id, advance=advance)

    def _write(self, write, item_id: str, *, advance: bool) -> None:
        # Small writes run on the UI thread on purpose: the status the clerk sees is on disk
        # (synchronous=FULL) before the screen changes. One write takes a few milliseconds.
        try:
            write()
        except Exception as exc:
            show_error(self, exc)
            return
        self.conversation = conversations.load(self.services.store, self.conversation.id)
        next_id = self._next_item_after(item_id) if advance else item_id
        self._refresh(select_item=next_id)
        self.item_changed.emit(item_id)
        self.services.bus.changed.emit(bus.CONVERSATIONS, self.conversation.id)

    def _next_item_after(self, item_id: str) -> str:
        ids = [s.item.id for s in self.conversation.visible_items() if s.item.kind != "hint"]
        if item_id in ids:
            position = ids.index(item_id)
            if position + 1 < len(ids):
                return ids[position + 1]
        return item_id

    def _note_edited(self) -> None:
        self._note_timer.start()

    def save_note(self) -> None:
        """Write the note being edited (called on a short delay, on item change and on close)."""
        self._note_timer.stop()
        if self.conversation is None or self._note_item is None or self.conversation.is_closed:
            return
        text = self.form.note.toPlainText().strip()
        if text == self.conversation.answer(self._note_item).note:
            return
        item_id = self._note_item
        try:
            conversations.set_note(self.services.store, self.conversation.id, item_id, text)
        except Exception as exc:
            show_error(self, exc)
            return
        self.conversation = conversations.load(self.services.store, self.conversation.id)
        self.model.set_conversation(self.conversation)  # same items visible: updates in place

    def client_message_for_current(self) -> ClientMessage | None:
        """The current item's client text in the client's language, for the client screen."""
        state = self.current_state()
        if state is None or self.conversation is None:
            return None
        language = self.conversation.language
        german = state.item.client_text.get("de", state.item.title)
        stored = snippets.client_text(self.services.store, self.conversation.matter_id, state.item.id, language)
        text = stored.text if stored else state.item.client_text.get(language)
        if not text:
            return ClientMessage(text=german, language="de")
        return ClientMessage(text=text, language=language, german=german,
                             machine=bool(stored and stored.status == "machine"))
