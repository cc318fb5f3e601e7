"""The referral editor driven with qtbot, and the suggestion panel for the conversation view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from counter_app import checklists, referrals
from counter_app.context import AppContext
from counter_app.referrals import Link
from counter_app.ui import bus
from counter_app.ui.app import create_services
from counter_app.ui.referral_editor import LinkListModel, ReferralEditor, ReferralListModel
from counter_app.ui.referral_panel import ReferralPanel


@pytest.fixture
def services(tmp_path, test_checklist):
    ctx = AppContext.create(tmp_path / "ui-data")
    store = ctx.store()
    checklists.publish(store, test_checklist, author="test")
    referrals.ensure_default_referrals(store)  # until content.ensure_default_content does it
    services = create_services(ctx, store, synchronous_ops=True)
    yield services
    services.ops.shutdown()
    ctx.close()


@pytest.fixture
def editor(qtbot, services, monkeypatch):
    # Closing at teardown asks about unsaved changes; a test that cares answers itself (`answer`).
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog = ReferralEditor(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def answer(monkeypatch):
    """What the clerk answers to the next question box; records that one was asked."""
    asked = []

    def set_answer(button):
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or button)
        return asked

    return set_answer


def select(editor: ReferralEditor, referral_id: str) -> None:
    source_row = next(i for i, r in enumerate(editor.model.rows) if r.id == referral_id)
    editor.form.entries.setCurrentIndex(editor.proxy.mapFromSource(editor.model.index(source_row, 0)))


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_a_new_entry_is_typed_linked_and_saved(qtbot, editor, services):
    form = editor.form
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.name, "Caritas Migrationsdienst Nord")
    choose(form.category, "migration_counselling")
    qtbot.keyClicks(form.languages, "de, AR, prs")
    assert form.language_names.text() == "Deutsch, Arabisch, Dari"
    form.address.setPlainText("Kirchplatz 3\n12345 Musterstadt")
    qtbot.keyClicks(form.email, "nord@caritas.example")
    choose(form.link_matter, "test_matter")
    choose(form.link_item, "passport")
    qtbot.mouseClick(form.add_link_button, Qt.MouseButton.LeftButton)
    assert editor.link_model.rowCount() == 1
    with qtbot.waitSignal(services.bus.changed) as changed:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == [bus.CONTENT, "referrals"]
    stored = referrals.get_referral(services.store, "caritas_migrationsdienst_nord")
    assert stored.languages == ("de", "ar", "prs") and stored.category == "migration_counselling"
    assert stored.links == (Link("test_matter", "passport"),) and not stored.example
    assert form.identifier.text() == "caritas_migrationsdienst_nord" and form.error.text() == ""
    assert editor.form.entries.currentIndex().data() == "Caritas Migrationsdienst Nord"
    best = referrals.suggestions(services.store, "test_matter", "passport", "prs")[0]
    assert best.referral.id == stored.id and best.speaks_language


def test_invalid_input_is_explained_and_nothing_is_stored(qtbot, editor, services):
    before = referrals.export_referrals(services.store)
    form = editor.form
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.name, "Neue Stelle")
    qtbot.keyClicks(form.email, "kein-at-zeichen")
    qtbot.keyClicks(form.languages, "arabisch")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "„arabisch“ ist kein Sprachcode" in form.error.text()
    assert "Die E-Mail-Adresse „kein-at-zeichen“ ist ungültig." in form.error.text()
    assert referrals.export_referrals(services.store) == before


def test_an_example_is_replaced_by_the_local_service(qtbot, editor, services):
    form = editor.form
    select(editor, "mbe")
    assert form.example.isChecked() and "Beispiel" in form.example_note.text()
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Migrationsberatung (MBE) der Diakonie")
    form.phone.selectAll()
    qtbot.keyClicks(form.phone, "05931 1234")
    qtbot.mouseClick(form.example, Qt.MouseButton.LeftButton)
    assert form.example_note.text() == ""
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    stored = referrals.get_referral(services.store, "mbe")  # the id stays: content packs refer to it
    assert (stored.name, stored.phone, stored.example) == ("Migrationsberatung (MBE) der Diakonie", "05931 1234",
                                                            False)
    assert stored.links[0] == Link("*")


def test_unsaved_changes_are_not_lost_silently(qtbot, editor, services, answer):
    form = editor.form
    select(editor, "mbe")
    qtbot.keyClicks(form.phone, "9")
    asked = answer(QMessageBox.StandardButton.Cancel)
    select(editor, "jmd")
    assert asked and editor.current_id == "mbe" and form.phone.text().endswith("9")
    assert editor.form.entries.currentIndex().data().startswith("Beispiel: Migrationsberatung")
    answer(QMessageBox.StandardButton.Discard)
    select(editor, "jmd")
    assert editor.current_id == "jmd"
    assert not referrals.get_referral(services.store, "mbe").phone.endswith("9")
    qtbot.keyClicks(form.phone, "7")
    asked = answer(QMessageBox.StandardButton.Save)
    editor.reject()
    assert asked and referrals.get_referral(services.store, "jmd").phone.endswith("7")


def test_remove_an_entry_and_a_link(qtbot, editor, services, answer):
    form = editor.form
    select(editor, "sprachkurse")
    form.links.setCurrentIndex(editor.link_model.index(0, 0))
    qtbot.mouseClick(form.remove_link_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert Link("spouse_reunification", "a1_certificate") not in referrals.get_referral(services.store,
                                                                                       "sprachkurse").links
    answer(QMessageBox.StandardButton.Yes)
    count = editor.model.rowCount()
    qtbot.mouseClick(form.remove_button, Qt.MouseButton.LeftButton)
    assert "sprachkurse" not in {r.id for r in referrals.list_referrals(services.store)}
    assert editor.model.rowCount() == count - 1 and editor.current_id is not None


def test_search_filters_the_list(qtbot, editor):
    qtbot.keyClicks(editor.form.filter, "jugend")
    assert editor.proxy.rowCount() == 1


def test_models_pass_the_model_tester(qtmodeltester, services, editor):
    qtmodeltester.check(editor.model)
    select(editor, "sprachkurse")
    qtmodeltester.check(editor.link_model)
    assert isinstance(editor.model, ReferralListModel) and isinstance(editor.link_model, LinkListModel)
    assert "Aufenthaltserlaubnis zum Ehegattennachzug – " in editor.link_model.index(0, 0).data()


def test_editor_widgets_have_accessible_names(editor):
    form = editor.form
    for widget in (form.filter, form.entries, form.new_button, form.remove_button, form.name, form.category,
                   form.description, form.topics, form.languages, form.address, form.opening_hours, form.phone,
                   form.email, form.website, form.example, form.links, form.link_matter, form.link_item,
                   form.add_link_button, form.remove_link_button, form.error, form.save_button):
        assert widget.accessibleName(), widget


# --- the panel in the conversation view ---------------------------------------------------------


@pytest.fixture
def panel(qtbot, services):
    widget = ReferralPanel(services)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def test_panel_suggests_for_the_current_item_in_the_clients_language(panel):
    panel.set_context("spouse_reunification", "a1_certificate", "ar")
    first = panel.model.rows[0]
    assert first.referral.id == "sprachkurse" and first.specificity == 2 and first.speaks_language
    text = panel.model.index(0, 0).data()
    assert "passt zu diesem Punkt · berät auf Arabisch · Beispiel" in text
    assert "Volkshochschule, Musterplatz 1" in panel.details.toPlainText()
    assert "Beispiel-Eintrag" in panel.details.toPlainText()
    panel.set_context("spouse_reunification", None, "ar")
    assert "sprachkurse" not in {s.referral.id for s in panel.model.rows}


def test_panel_is_reachable_by_keyboard_and_shows_the_address_to_the_client(qtbot, panel):
    panel.set_context("humanitarian", "passport_efforts", "fa")
    qtbot.keyClick(panel, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert panel.list.hasFocus()
    with qtbot.waitSignal(panel.show_requested) as shown:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    message = shown.args[0]
    assert message.language == "de" and "Beispielplatz 7" in message.text
    assert message.text.startswith("Beispiel: Flüchtlingsberatung") and "bitte" not in message.text


def test_panel_follows_changes_to_the_directory(panel, services):
    panel.set_context("spouse_reunification", "a1_certificate", "ar")
    referrals.delete_referral(services.store, "sprachkurse")
    services.bus.changed.emit(bus.CONTENT, "referrals")
    assert panel.model.rows[0].referral.id != "sprachkurse"


def test_panel_without_a_conversation_says_there_is_nothing(panel, qtmodeltester):
    panel.set_context(None, None, None)
    assert panel.model.rowCount() == 0 and not panel.list.isVisible()
    assert "keine Vorschläge" in panel.title.text()
    panel.set_context("test_matter", "passport", "de")
    qtmodeltester.check(panel.model)
    for widget in (panel, panel.list, panel.details):
        assert widget.accessibleName()
