"""The desktop UI driven by keyboard with qtbot: start, walk the checklist, notes, summary, resume."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from counter_app import conversations
from counter_app.ui.checklist_model import ChecklistModel
from counter_app.ui.conversation_list_model import ConversationListModel
from counter_app.ui.main_window import MainWindow
from counter_app.ui.start_dialog import StartDialog, parse_birth_date


@pytest.fixture
def window(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    window.close()


def fill_start_dialog(qtbot, *, name="Haddad, Amal", born="01.05.1990", language="ar"):
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, StartDialog) and w.isVisible())
    form = dialog.form
    qtbot.keyClicks(form.name, name)
    qtbot.keyClicks(form.date_of_birth, born)
    form.nationality.setCurrentIndex(form.nationality.findData("SYR"))
    qtbot.keyClicks(form.file_number, "AZ-2026-17")
    form.matter.setCurrentIndex(form.matter.findData("test_matter"))
    form.language.setCurrentIndex(form.language.findData(language))
    qtbot.keyClick(form.file_number, Qt.Key.Key_Return)


def start_by_keyboard(qtbot, window, **kwargs) -> int:
    QTimer.singleShot(0, lambda: fill_start_dialog(qtbot, **kwargs))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.view.conversation is not None
    qtbot.waitUntil(window.isActiveWindow)  # activation after the modal dialog is asynchronous
    return window.view.conversation.id


def press(qtbot, window, *keys: str) -> None:
    tree = window.view.form.checklist
    for key in keys:
        qtbot.keyClick(tree, key)


def test_full_conversation_by_keyboard_is_saved_at_every_step(qtbot, window, services):
    cid = start_by_keyboard(qtbot, window)
    view = window.view
    assert view.current_item_id() == "first_permit"
    press(qtbot, window, "J")  # first permit: yes → next item
    assert view.current_item_id() == "married"
    press(qtbot, window, "J")  # married: yes → marriage certificate appears
    press(qtbot, window, "1")  # funding: first choice (blocked account)
    press(qtbot, window, "N")  # benefits: no
    stored = conversations.load(services.store, cid)
    assert stored.answer("married").value == "yes" and stored.answer("funding").value == "blocked_account"
    assert "marriage_certificate" in [s.item.id for s in stored.visible_items()]
    assert view.current_item_id() == "passport"
    press(qtbot, window, "1", "2", "1")  # passport present, marriage certificate missing, proof present
    stored = conversations.load(services.store, cid)
    assert stored.answer("passport").status == "present"
    assert stored.answer("marriage_certificate").status == "missing"
    assert stored.answer("blocked_account_proof").status == "present"
    assert "100,00 €" in view.form.fees.text()


def test_note_is_saved_without_leaving_the_item(qtbot, window, services):
    cid = start_by_keyboard(qtbot, window)
    qtbot.keyClick(window.view.form.checklist, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(window.view.form.note, "Kopie fehlt")
    qtbot.waitUntil(lambda: conversations.load(services.store, cid).answer("first_permit").note == "Kopie fehlt")


def test_summary_and_closing_and_resume_from_the_list(qtbot, window, services, monkeypatch):
    cid = start_by_keyboard(qtbot, window)
    press(qtbot, window, "N", "N", "2", "J", "2")  # extension, not married, scholarship, benefits; passport missing
    qtbot.keyClick(window, Qt.Key.Key_F8)
    summary = window.view.form.summary.toPlainText()
    assert "Fehlende Unterlagen (1)" in summary and "Reisepass" in summary
    assert "Befreiung" in summary  # benefits exemption applied to the extension fee
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert conversations.load(services.store, cid).status == "closed"
    press(qtbot, window, "1")  # closed: keys do nothing
    assert conversations.load(services.store, cid).answer("progress_certificate").status == "open"
    # A second window on the same data (as after a restart) finds the conversation and resumes it.
    again = MainWindow(services)
    qtbot.addWidget(again)
    again.form.status_filter.setCurrentIndex(2)
    qtbot.keyClicks(again.form.search, "AZ-2026")
    qtbot.waitUntil(lambda: again.list_model.rowCount() == 1)
    qtbot.keyClick(again.form.search, Qt.Key.Key_Return)
    qtbot.keyClick(again.form.conversation_list, Qt.Key.Key_Return)
    assert again.view.conversation.id == cid
    assert again.view.conversation.answer("passport").status == "missing"
    again.close()


def test_start_dialog_refuses_bad_input_with_a_message(qtbot, services):
    dialog = StartDialog(services)
    qtbot.addWidget(dialog)
    dialog.form.date_of_birth.setText("31.02.1990")
    dialog.form.name.setText("Test")
    dialog.accept()
    assert dialog.result() == 0 and "Geburtsdatum" in dialog.form.error.text()


def test_birth_date_formats():
    assert parse_birth_date("03.11.1990").isoformat() == "1990-11-03"
    assert parse_birth_date("") is None
    with pytest.raises(ValueError):
        parse_birth_date("01.01.2999")


def test_models_pass_the_model_tester(qtmodeltester, services):
    client = conversations.Client(name="Model, Test")
    cid = conversations.start(services.store, client=client, matter_id="test_matter", language="de", clerk="t")
    model = ChecklistModel()
    model.set_conversation(conversations.load(services.store, cid))
    qtmodeltester.check(model)
    rows = ConversationListModel()
    rows.set_rows(conversations.list_conversations(services.store))
    qtmodeltester.check(rows)


def test_widgets_have_accessible_names(window):
    for widget in (window.form.search, window.form.conversation_list, window.view.form.checklist,
                   window.view.form.note, window.view.form.detail):
        assert widget.accessibleName()


def test_the_conversation_pane_is_built_when_first_needed_and_keys_before_are_harmless(qtbot, window, services):
    """Start-up does not build the (invisible) conversation pane; shortcuts without a conversation
    do nothing, and the Status menu lists the checklist keys as soon as it is opened."""
    assert window._view is None
    for key in (Qt.Key.Key_F8, Qt.Key.Key_F5):
        qtbot.keyClick(window, key)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.current_conversation is None and window._view is None
    assert not window.summary_action.isEnabled()

    window.status_menu.aboutToShow.emit()
    shortcuts = [a.shortcut().toString() for a in window.status_menu.actions()]
    assert shortcuts[:6] == ["1", "2", "3", "0", "J", "N"]
    window.status_menu.aboutToShow.emit()  # opening it again adds nothing twice
    assert len(window.status_menu.actions()) == len(shortcuts)

    cid = start_by_keyboard(qtbot, window)
    assert window.form.stack.currentWidget() is window.view
    press(qtbot, window, "J")  # the keys of the pane built early work as usual
    assert conversations.load(services.store, cid).answer("first_permit").value == "yes"
