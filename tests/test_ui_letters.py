"""The letter dialog driven by keyboard with qtbot: default template, Enter saves, reopen, PDF."""

from __future__ import annotations

import io
import shutil

import pytest
from docx import Document
from docx.oxml.ns import qn
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDateEdit, QMessageBox, QSpinBox, QTimeEdit

from counter_app.context import AppContext
from counter_app.letters import archive, pdf, service
from counter_app.ui import letter_dialog
from counter_app.ui.app import create_services
from counter_app.ui.letter_dialog import LetterDialog
from tests.test_letters import all_text, seeded_database, start, test_checklist_module  # noqa: F401 - fixtures


def make_services(seeded_database, tmp_path, *, synchronous: bool):
    folder = tmp_path / "ui-data"
    folder.mkdir()
    shutil.copy(seeded_database, folder / "counter.sqlite3")
    ctx = AppContext.create(folder)
    return create_services(ctx, ctx.store(), synchronous_ops=synchronous)


@pytest.fixture
def services(seeded_database, tmp_path):
    services = make_services(seeded_database, tmp_path, synchronous=True)
    yield services
    services.ops.shutdown()
    services.ctx.close()


@pytest.fixture
def opened_urls(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def show_dialog(qtbot, services, conversation_id) -> LetterDialog:
    dialog = LetterDialog(services, conversation_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # keys and mnemonics go to the active window only
    dialog.refresh_preview()  # the preview otherwise follows a short timer
    return dialog


def letters_of(services, conversation_id):
    return service.list_letters(services.ctx, conversation_id)


def test_enter_saves_the_preselected_request_for_documents(qtbot, services, opened_urls):
    cid = start(services.ctx)
    dialog = show_dialog(qtbot, services, cid)
    assert dialog.template_name() == "nachforderung" and dialog.focusWidget() is dialog.form.template_choice
    preview = dialog.form.preview.toPlainText()
    assert "Amal Haddad" in preview and "Heiratsurkunde" in preview
    assert "Frist:" in dialog.form.status.text()
    qtbot.keyClick(dialog.form.template_choice, Qt.Key.Key_Return)
    (letter,) = letters_of(services, cid)
    assert letter.path.is_file() and "Reisepass" in all_text(letter.path)
    assert dialog.focusWidget() is dialog.form.archive and dialog.selected_letter().id == letter.id
    qtbot.keyClick(dialog.form.archive, Qt.Key.Key_Return)  # opens; does not save a second letter
    assert opened_urls == [str(letter.path)] and len(letters_of(services, cid)) == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_without_missing_documents_the_receipt_is_proposed(qtbot, services):
    cid = start(services.ctx, missing=())
    dialog = show_dialog(qtbot, services, cid)
    assert dialog.template_name() == "eingangsbestaetigung"
    assert "vollständig vor" in dialog.form.preview.toPlainText()


def test_free_fields_follow_the_template_and_change_the_letter(qtbot, services):
    cid = start(services.ctx)
    dialog = show_dialog(qtbot, services, cid)
    days = dialog.field_widgets["deadline_days"]
    assert isinstance(days, QSpinBox) and days.value() == 14 and days.accessibleName()
    days.setFocus()
    days.selectAll()
    qtbot.keyClicks(days, "28")
    dialog.refresh_preview()
    assert days.value() == 28
    assert f"{service.prepare_letter(services.ctx, cid, dialog.request()).context.deadline.day:%d.%m.%Y}" \
        in dialog.form.status.text()
    qtbot.keyClick(dialog.form.template_choice, Qt.Key.Key_Down)  # → einladung
    assert dialog.template_name() == "einladung"
    assert isinstance(dialog.field_widgets["appointment_date"], QDateEdit)
    assert isinstance(dialog.field_widgets["appointment_time"], QTimeEdit)
    assert "deadline_days" not in dialog.field_widgets
    dialog.refresh_preview()
    assert "Uhrzeit:" in dialog.form.preview.toPlainText() and "09:00 Uhr" in dialog.form.preview.toPlainText()


def test_courtesy_translation_needs_explicit_permission_for_unreviewed_texts(qtbot, services):
    cid = start(services.ctx)
    dialog = show_dialog(qtbot, services, cid)
    assert "Arabisch" in dialog.form.courtesy.text() and not dialog.form.allow_unreviewed.isEnabled()
    qtbot.keyClick(dialog.form.courtesy, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.form.courtesy.isChecked)  # a mnemonic "clicks" after a short animation
    assert dialog.form.allow_unreviewed.isEnabled()
    dialog.refresh_preview()
    assert "geprüften Hinweis" in dialog.form.status.text() and dialog.form.preview.toPlainText() == ""
    qtbot.keyClick(dialog.form.allow_unreviewed, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.form.allow_unreviewed.isChecked)
    dialog.refresh_preview()
    assert "يرجى إحضار جواز سفرك." in dialog.form.preview.toPlainText()
    assert "dir=\"rtl\"" in dialog.form.preview.toHtml() or "dir='rtl'" in dialog.form.preview.toHtml() \
        or "direction" in dialog.form.preview.toHtml()
    qtbot.keyClick(dialog.form.allow_unreviewed, Qt.Key.Key_Return)
    (letter,) = letters_of(services, cid)
    document = Document(io.BytesIO(letter.path.read_bytes()))
    assert any(p._p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None for p in document.paragraphs)
    assert letter.metadata["courtesy_language"] == "ar" and letter.metadata["allow_unreviewed"] is True


def test_a_german_conversation_offers_no_courtesy_translation(qtbot, services):
    cid = start(services.ctx, language="de")
    dialog = show_dialog(qtbot, services, cid)
    assert not dialog.form.courtesy.isEnabled()


def test_saving_a_letter_that_cannot_be_made_shows_the_reason(qtbot, services, monkeypatch):
    cid = start(services.ctx)
    dialog = show_dialog(qtbot, services, cid)
    dialog.form.courtesy.setChecked(True)
    shown = []
    monkeypatch.setattr("counter_app.ui.errors.show_error", lambda parent, error: shown.append(str(error)))
    qtbot.keyClick(dialog.form.template_choice, Qt.Key.Key_Return)
    assert shown and "Hinweis" in shown[0] and letters_of(services, cid) == []
    assert dialog.form.save_button.isEnabled()


def test_pdf_export_without_libreoffice_says_what_is_needed(qtbot, services, monkeypatch):
    cid = start(services.ctx)
    service.create_letter(services.ctx, cid, service.LetterRequest("nachforderung"), clerk="t")
    dialog = show_dialog(qtbot, services, cid)
    monkeypatch.setattr(pdf, "find_libreoffice", lambda: None)
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: messages.append(text))
    dialog.form.archive.setFocus()
    qtbot.keyClick(dialog.form.archive, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(messages))
    assert "LibreOffice" in messages[0]


def test_preview_runs_on_a_worker_thread(qtbot, seeded_database, tmp_path):
    services = make_services(seeded_database, tmp_path, synchronous=False)
    try:
        cid = start(services.ctx)
        dialog = LetterDialog(services, cid)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: "Heiratsurkunde" in dialog.form.preview.toPlainText(), timeout=10_000)
        dialog.save()
        qtbot.waitUntil(lambda: dialog.letters.rowCount() == 1, timeout=10_000)
        assert letters_of(services, cid)[0].path.is_file()
    finally:
        services.ops.shutdown()
        services.ctx.close()


@pytest.mark.skipif(not pdf.find_libreoffice(), reason="LibreOffice (soffice) is not installed")
def test_pdf_export_off_the_ui_thread(qtbot, seeded_database, tmp_path):
    services = make_services(seeded_database, tmp_path, synchronous=False)
    try:
        cid = start(services.ctx)
        letter = service.create_letter(services.ctx, cid, service.LetterRequest("nachforderung"), clerk="t")
        dialog = LetterDialog(services, cid)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.selected_letter() is not None, timeout=10_000)  # listed by a worker
        with qtbot.waitSignal(services.bus.changed, timeout=60_000):
            dialog.export_pdf()
        exported = archive.get_letter(services.store, services.ctx.paths.root, letter.id)
        assert exported.pdf_path.is_file()
        qtbot.waitUntil(lambda: "PDF" in dialog.letters.data(dialog.letters.index(0, 0)), timeout=10_000)
    finally:
        services.ops.shutdown()
        services.ctx.close()


def test_widgets_have_accessible_names_and_models_pass_the_tester(qtbot, services, qtmodeltester):
    cid = start(services.ctx)
    service.create_letter(services.ctx, cid, service.LetterRequest("nachforderung"), clerk="t")
    dialog = show_dialog(qtbot, services, cid)
    form = dialog.form
    for widget in (form.template_choice, form.courtesy, form.allow_unreviewed, form.archive, form.preview,
                   form.save_button, form.open_button, form.pdf_button, form.close_button,
                   *dialog.field_widgets.values()):
        assert widget.accessibleName(), widget.objectName()
    qtmodeltester.check(dialog.letters)


def test_main_window_opens_the_dialog_with_ctrl_b(qtbot, services):
    from counter_app.ui.main_window import MainWindow

    cid = start(services.ctx)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_conversation(cid)
    seen = []

    def answer_dialog():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LetterDialog):
            QTimer.singleShot(20, answer_dialog)  # not shown yet
            return
        seen.append(dialog)
        qtbot.keyClick(dialog.form.template_choice, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.form.archive, Qt.Key.Key_Escape)

    QTimer.singleShot(0, answer_dialog)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1 and len(letters_of(services, cid)) == 1
    assert letter_dialog.LETTERS == "letters"
