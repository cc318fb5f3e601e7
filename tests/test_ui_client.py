"""Snippet panel and client screen driven by keyboard: find a phrase, show it in Arabic right to left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counter_app import conversations
from counter_app.ui.app import create_services
from counter_app.ui.client_screen import ClientMessage, ClientScreen
from counter_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, app_context):
    services = create_services(app_context, app_context.store(), synchronous_ops=True)
    client = conversations.Client(name="Haddad, Amal", file_number="AZ-7")
    cid = conversations.start(services.store, client=client, matter_id="study", language="ar", clerk="t")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.open_conversation(cid)
    yield window
    window.close()


def test_find_a_phrase_and_show_it_in_arabic_right_to_left(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = window.snippet_panel
    assert panel.form.search.hasFocus()
    qtbot.keyClicks(panel.form.search, "Reisepass")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and "Reisepass" in panel.selected().german)
    qtbot.keyClick(panel.form.search, Qt.Key.Key_Return)  # into the list
    qtbot.keyClick(window, Qt.Key.Key_F5)
    screen = window.client_screen
    assert screen is not None and screen.isVisible()
    assert screen.message.language == "ar" and screen.text.text() == panel.selected().text
    assert screen.text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "Reisepass" in screen.german.text()
    assert not screen.machine_label.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F6)  # privacy: blank
    assert screen.blanked and not screen.text.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert not screen.blanked and screen.text.isVisible()


def test_f5_on_the_checklist_shows_the_items_client_text(qtbot, window):
    window.view.form.checklist.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    item = window.view.current_state().item
    assert window.client_screen.text.text() == item.client_text["ar"]


def test_machine_translation_is_always_labelled(qtbot):
    screen = ClientScreen(authority_name="Test")
    qtbot.addWidget(screen)
    screen.show()
    screen.show_message(ClientMessage(text="Hello", language="en", german="Hallo", machine=True, via=("en",)))
    assert screen.machine_label.isVisible() and "Maschinelle Übersetzung" in screen.machine_label.text()
    screen.show_message(ClientMessage(text="Hello", language="en", german="Hallo"))
    assert not screen.machine_label.isVisible()


def test_panel_follows_the_conversation_language(window):
    assert window.snippet_panel.language == "ar"
    assert window.snippet_panel.model.snippet(0).language == "ar"


def test_favourite_by_keyboard(qtbot, window):
    panel = window.snippet_panel
    panel.form.snippets.setFocus()
    panel.form.snippets.setCurrentIndex(panel.model.index(3, 0))
    chosen = panel.selected().snippet_id
    qtbot.keyClick(panel.form.snippets, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert panel.model.snippet(0).snippet_id == chosen
