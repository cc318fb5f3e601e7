"""Free-text translation in the snippet panel with a real (tiny) Argos model, on a real worker thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from counter_app import conversations, snippets
from counter_app.ui.app import create_services
from counter_app.ui.main_window import MainWindow

FIXTURES = Path(__file__).parent / "fixtures" / "argos"
pytest.importorskip("argostranslate")


@pytest.fixture
def window(qtbot, app_context, monkeypatch):
    monkeypatch.setenv("ARGOS_BEAM_SIZE", "1")
    services = create_services(app_context, app_context.store())  # real threads
    client = conversations.Client(name="Haddad, Amal", file_number="AZ-T")
    cid = conversations.start(services.store, client=client, matter_id="study", language="ar", clerk="t")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.open_conversation(cid)
    yield window
    window.close()
    services.ops.shutdown()


def test_without_models_the_panel_explains_how_to_install_one(window):
    hint = window.snippet_panel.form.translation.placeholderText()
    assert "kein Übersetzungsmodell" in hint and "install-model" in hint


def test_translate_free_text_offline_via_english_labelled_and_saved_as_snippet(qtbot, window):
    from counter_app.translation import install_model

    models = window.services.ctx.models_dir
    install_model(FIXTURES / "de_en.argosmodel", models)
    install_model(FIXTURES / "en_ar.argosmodel", models)
    window.snippet_panel.models_changed()
    assert window.snippet_panel.form.translation.placeholderText() == ""
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    panel = window.snippet_panel
    qtbot.keyClicks(panel.form.free_text, "Guten Tag.")
    qtbot.keyClick(panel.form.free_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.last_translation is not None, timeout=60_000)
    result = panel.last_translation[1]
    assert result.text == "مرحبا." and result.via == ("en",)
    assert "Maschinelle Übersetzung" in panel.form.translation.toPlainText()
    screen = window.client_screen
    assert screen.text.text() == "مرحبا." and screen.machine_label.isVisible()
    assert screen.text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    panel.form.save_snippet_button.click()
    saved = [s for s in snippets.search(window.services.store, "Guten Tag", language="ar") if s.status == "machine"]
    assert saved and saved[0].text == "مرحبا."
