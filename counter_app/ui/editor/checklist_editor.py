"""The checklist editor for team leads: groups and items as a tree, a form for the selected one, the
matter's fields and fees, and its version history.

Every change goes into the matter's draft in the database (saved shortly after typing stops and on
every switch or close), so nothing is lost on a restart; *Veröffentlichen* validates the draft and
makes it the next version. Keyboard: Einfg adds an item, Strg+Einfg a group, Entf removes,
Alt+↑/↓ moves.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QScrollArea, QSplitter, QStackedWidget, QTabWidget, QTreeView,
                               QVBoxLayout, QWidget)

from ... import checklists, content_versions
from ...checklists import CLIENT_LANGUAGES
from ...content_versions import Draft, DraftOutdatedError
from ...errors import ContentError
from .. import bus
from ..errors import show_error
from ..language_names import language_label
from ..services import Services
from .history import VersionHistoryWidget, german_stamp
from .item_form import ERROR_STYLE, GroupForm, ItemForm, add_machine_texts
from .matter_form import MatterForm
from .tree_model import DraftTreeModel

SAVE_DELAY_MS = 400
OK_STYLE = "color: #1b6e20;"


class ChecklistEditor(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None, *, matter_id: str | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.store = services.store
        self.draft: Draft | None = None
        self.data: dict = {}
        self._dirty = False
        self._translator = None
        self.setWindowTitle(self.tr("Checklisten bearbeiten"))
        self.setAccessibleName(self.tr("Checklisten bearbeiten und veröffentlichen"))
        self.resize(1180, 780)
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._build()
        for matter in checklists.matters(self.store):
            self.matter.addItem(matter.title, matter.id)
        self.matter.currentIndexChanged.connect(lambda _i: self.load_matter(self.matter.currentData()))
        if matter_id:
            self.matter.setCurrentIndex(max(0, self.matter.findData(matter_id)))
        self.load_matter(self.matter.currentData())

    # --- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.matter = QComboBox(accessibleName=self.tr("Anliegen (Checkliste)"))
        self.draft_status = QLabel(accessibleName=self.tr("Stand des Entwurfs"))
        top = QHBoxLayout()
        label = QLabel(self.tr("&Anliegen:"))
        label.setBuddy(self.matter)
        for widget in (label, self.matter, self.draft_status):
            top.addWidget(widget)
        top.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._points_tab(), self.tr("&Punkte"))
        self.matter_form = MatterForm()
        self.matter_form.edited.connect(self._edited)
        self.tabs.addTab(_scrolling(self.matter_form), self.tr("Anliegen und &Gebühren"))
        self.history = VersionHistoryWidget(self.store)
        self.tabs.addTab(self.history, self.tr("&Versionen"))
        self.message = QLabel(wordWrap=True, accessibleName=self.tr("Meldung des Editors"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(self._bottom_row())
        self._add_shortcuts()
        for button in self.findChildren(QPushButton):
            # Enter in a text field must not press a button (a QDialog would press the last one clicked).
            button.setAutoDefault(False)

    def _points_tab(self) -> QWidget:
        self.tree_model = DraftTreeModel(self)
        self.tree = QTreeView(accessibleName=self.tr("Gruppen und Punkte der Checkliste"))
        self.tree.setModel(self.tree_model)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(2, 170)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&Gruppe hinzufügen"), self.add_group),
                           (self.tr("P&unkt hinzufügen"), self.add_item),
                           (self.tr("Ent&fernen"), self.remove_current),
                           (self.tr("Nach &oben"), lambda: self.move_current(-1)),
                           (self.tr("Nach u&nten"), lambda: self.move_current(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.tree)
        left_layout.addLayout(buttons)
        self.group_form, self.item_form = GroupForm(), ItemForm()
        self.group_form.edited.connect(self._edited)
        self.item_form.edited.connect(self._edited)
        self.item_form.translate_requested.connect(self.translate_missing)
        self.details = QStackedWidget()
        self.details.addWidget(QLabel(self.tr("Bitte links eine Gruppe oder einen Punkt wählen.")))
        self.details.addWidget(self.group_form)
        self.details.addWidget(_scrolling(self.item_form))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setSizes([520, 640])
        return splitter

    def _bottom_row(self) -> QHBoxLayout:
        self.comment = QLineEdit(accessibleName=self.tr("Kommentar zur Veröffentlichung"))
        self.comment.setPlaceholderText(self.tr("Kommentar zur Veröffentlichung (was und warum)"))
        row = QHBoxLayout()
        row.addWidget(self.comment, 1)
        self.check_button = QPushButton(self.tr("P&rüfen"))
        self.discard_button = QPushButton(self.tr("Entwurf &verwerfen"))
        self.publish_button = QPushButton(self.tr("Ver&öffentlichen …"))
        close = QPushButton(self.tr("Schließen"))
        for button, slot in ((self.check_button, self.check), (self.discard_button, self.discard),
                             (self.publish_button, self.publish), (close, self.close)):
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    def _add_shortcuts(self) -> None:
        for keys, slot in (("Ins", self.add_item), ("Ctrl+Ins", self.add_group), ("Del", self.remove_current),
                           ("Alt+Up", lambda: self.move_current(-1)), ("Alt+Down", lambda: self.move_current(1)),
                           ("Ctrl+S", self.flush)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            (self if keys == "Ctrl+S" else self.tree).addAction(action)

    # --- loading and saving -----------------------------------------------------------------------

    def load_matter(self, matter_id: str | None) -> None:
        self.flush()
        if matter_id is None:
            return
        self.draft = content_versions.open_draft(self.store, matter_id)
        self.data = self.draft.data
        self.tree_model.set_groups(self.data.setdefault("groups", []))
        self.tree.expandAll()
        self.matter_form.load(self.data)
        self.history.set_matter(matter_id)
        self.details.setCurrentIndex(0)
        self._show_status()
        self._select(self.tree_model.index(0, 0))

    def _select(self, index: QModelIndex) -> None:
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.setCurrentIndex(0)
        elif self.tree_model.is_group(current):
            self.group_form.load(self.tree_model.node(current))
            self.details.setCurrentIndex(1)
        else:
            self.item_form.load(self.tree_model.node(current), self.tree_model.questions_before(current))
            self.details.setCurrentIndex(2)

    def _edited(self) -> None:
        self._dirty = True
        self.tree_model.refresh(self.tree.currentIndex())
        self._save_timer.start()
        self.draft_status.setText(self.tr("Änderungen werden gespeichert …"))

    def flush(self) -> None:
        """Save the draft now if anything changed."""
        self._save_timer.stop()
        if not self._dirty or self.draft is None:
            return
        self._dirty = False
        try:
            self.draft = content_versions.save_draft(self.store, self.draft.matter_id, self.data,
                                                     author=self.services.clerk, base_version=self.draft.base_version)
        except Exception as exc:
            self._dirty = True
            show_error(self, exc)
        self._show_status()

    def _show_status(self) -> None:
        draft = self.draft
        if draft is None:
            return
        if draft.saved:
            text = self.tr("Entwurf gespeichert ({0}), auf Grundlage von Version {1} – noch nicht veröffentlicht")
            self.draft_status.setText(text.format(german_stamp(draft.updated_at), draft.base_version))
        else:
            self.draft_status.setText(self.tr("Aktuelle Version {0}; Änderungen werden als Entwurf gespeichert")
                                      .format(draft.base_version))
        self.discard_button.setEnabled(draft.saved)

    # --- tree commands ----------------------------------------------------------------------------

    def add_group(self) -> None:
        current = self.tree.currentIndex()
        row = self.tree_model.group_row(current) if current.isValid() else len(self.tree_model.groups) - 1
        self._after_structure_change(self.tree_model.add_group(row))

    def add_item(self) -> None:
        current = self.tree.currentIndex()
        if not self.tree_model.groups:
            self.add_group()
            current = self.tree.currentIndex()
        group = self.tree_model.group_row(current) if current.isValid() else 0
        after = -1 if self.tree_model.is_group(current) else current.row()
        self._after_structure_change(self.tree_model.add_item(group, after))
        self.item_form.title.setFocus()
        self.item_form.title.selectAll()

    def remove_current(self) -> None:
        current = self.tree.currentIndex()
        if current.isValid():
            row, parent = current.row(), current.parent()
            self.tree_model.remove(current)
            count = self.tree_model.rowCount(parent)
            fallback = self.tree_model.index(min(row, count - 1), 0, parent) if count else parent
            self._after_structure_change(fallback)

    def move_current(self, delta: int) -> None:
        current = self.tree.currentIndex()
        if current.isValid():
            self._after_structure_change(self.tree_model.move(current, delta))

    def _after_structure_change(self, index: QModelIndex) -> None:
        self.tree.expandAll()
        self._select(index)
        self._edited()

    # --- check, publish, discard ------------------------------------------------------------------

    def check(self) -> checklists.Checklist | None:
        """Validate the draft and say what is wrong (or that it is fine)."""
        self.flush()
        try:
            checklist = content_versions.validate(self.data, matter_id=self.draft.matter_id)
        except ContentError as exc:
            self._say(str(exc), error=True)
            return None
        self._say(self.tr("Die Checkliste ist gültig."), error=False)
        return checklist

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)

    def publish(self) -> None:
        if self.check() is None:
            return
        if not self.draft.saved:
            self._say(self.tr("Es gibt keine Änderungen zum Veröffentlichen."), error=False)
            return
        changes = content_versions.diff_draft(self.store, self.draft).lines
        listing = "\n".join(f"– {line}" for line in changes[:25]) or self.tr("(keine inhaltlichen Änderungen)")
        answer = QMessageBox.question(self, self.tr("Veröffentlichen"), self.tr(
            "Diese Änderungen als neue Version veröffentlichen? Laufende Gespräche behalten ihre Version.\n\n{0}")
            .format(listing))
        if answer == QMessageBox.StandardButton.Yes:
            self._publish(force=False)

    def _publish(self, *, force: bool) -> None:
        try:
            published = content_versions.publish_draft(self.store, self.draft.matter_id, author=self.services.clerk,
                                                       comment=self.comment.text().strip(), force=force)
        except DraftOutdatedError as exc:
            answer = QMessageBox.question(self, self.tr("Neuere Version vorhanden"),
                                          self.tr("{0}\n\nTrotzdem veröffentlichen?").format(exc))
            if answer == QMessageBox.StandardButton.Yes:
                self._publish(force=True)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self._published(published)

    def _published(self, published: content_versions.Published) -> None:
        self.comment.clear()
        self.load_matter(published.matter_id)
        self.services.bus.changed.emit(bus.CONTENT, published.matter_id)
        if published.is_new_version:
            self._say(self.tr("Version {0} veröffentlicht.").format(published.version), error=False)
            self.tabs.setCurrentWidget(self.history)
        else:
            self._say(self.tr("Keine Änderungen gegenüber Version {0}.").format(published.version), error=False)

    def discard(self) -> None:
        answer = QMessageBox.question(self, self.tr("Entwurf verwerfen"),
                                      self.tr("Alle nicht veröffentlichten Änderungen an diesem Anliegen verwerfen?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._dirty = False
        self._save_timer.stop()
        content_versions.discard_draft(self.store, self.draft.matter_id, who=self.services.clerk)
        self.load_matter(self.draft.matter_id)
        self._say(self.tr("Entwurf verworfen."), error=False)

    # --- machine translation of client texts ------------------------------------------------------

    def translate_missing(self) -> None:
        item = self.item_form.item
        german = (item.get("client_text") or {}).get("de", "").strip()
        missing = [lang for lang in CLIENT_LANGUAGES if lang != "de" and not (item.get("client_text") or {}).get(lang)]
        if not german or not missing:
            self._say(self.tr("Bitte zuerst den deutschen Text eintragen.") if not german
                      else self.tr("Alle Sprachen sind ausgefüllt."), error=not german)
            return
        service = self._translation_service()
        self._say(self.tr("Übersetze … (beim ersten Mal wird das Modell geladen)"), error=False)
        self.services.ops.run(self, lambda: _translate(service, german, missing),
                              success=lambda result: self._translated(item, *result),
                              failure=lambda exc: show_error(self, exc), uses_database=False)

    def _translation_service(self):
        if self._translator is None:
            from ...translation import TranslationService  # cheap: argostranslate loads on first use

            self._translator = TranslationService.for_context(self.services.ctx)
        return self._translator

    def _translated(self, item: dict, translations: dict[str, str], impossible: list[str]) -> None:
        if translations:
            add_machine_texts(item, translations)
            if self.item_form.item is item:
                self.item_form.load(item, self.item_form.questions)
            self._edited()
        names = ", ".join(language_label(lang) for lang in impossible)
        if not translations:
            text = self.tr("Kein Übersetzungsmodell für {0} installiert. Bitte die Texte von Hand eintragen oder "
                           "ein Modell installieren lassen (Extras → Übersetzungsmodelle).")
            self._say(text.format(names), error=True)
        else:
            text = self.tr("Maschinell übersetzt (bitte prüfen): {0}.").format(", ".join(sorted(translations)))
            self._say(text + (self.tr(" Ohne Modell: {0}.").format(names) if impossible else ""), error=False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)

    def reject(self) -> None:  # Escape closes like the button; the draft is saved first
        self.flush()
        super().reject()


def _translate(service, german: str, languages: list[str]) -> tuple[dict[str, str], list[str]]:
    """Runs on a worker: translate into every language a model can reach; name the others."""
    possible = [lang for lang in languages if service.can_translate("de", lang)]
    translations = {lang: service.translate(german, "de", lang).text for lang in possible}
    return translations, [lang for lang in languages if lang not in possible]


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    return area


def open_checklist_editor(services: Services, parent: QWidget | None = None, *, matter_id: str | None = None):
    """Open the editor as its own window (not modal: the counter stays usable)."""
    editor = ChecklistEditor(services, parent, matter_id=matter_id)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    return editor
