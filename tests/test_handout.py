"""The client handout: printed to a PDF file and read back (pdftotext where installed)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo

from counter_app import snippets
from counter_app.letters import archive, deadlines, service
from counter_app.letters.context import LetterRequest
from counter_app.ui.handout import handout_html, print_handout
from tests.test_letters import seeded_database, start, test_checklist_module  # noqa: F401 - fixtures
from tests.test_ui_letters import services  # noqa: F401 - fixture

PDFTOTEXT = shutil.which("pdftotext")
PASSPORT_AR = "يرجى إحضار جواز سفرك."
PASSPORT_TR = "Lütfen pasaportunuzu getirin."


def pdf_text(path) -> str:
    return subprocess.run([PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def plain_text(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_handout_lists_what_to_bring_by_when_and_fees_in_both_languages(qapp, services):
    cid = start(services.ctx)
    html = handout_html(services, cid)
    text = plain_text(html)
    for needle in ("Reisepass", "Heiratsurkunde", "AZ-2027-0815", "Haddad, Amal", "100,00 €", "Bis wann",
                   "Verbindlich ist allein der deutsche Text", PASSPORT_AR):
        assert needle in text, needle
    assert "Sperrkontonachweis" not in text  # it is present, nothing to bring
    title = snippets.texts_for(services.store, "letters_handout_title")["ar"].text
    assert title in text and "ungeprüfte Übersetzung" in text
    assert html.count("dir='rtl'") >= 4 and "align" not in html.split("dir='rtl'")[1][:40]
    state = services.ctx.settings.get("authority.state")
    expected = deadlines.compute_deadline(date.today(), services.ctx.settings.get("letters.deadline_days"), state).day
    assert expected.strftime("%d.%m.%Y") in text


def test_handout_takes_the_deadline_of_the_request_letter(qapp, services):
    cid = start(services.ctx)
    service.create_letter(services.ctx, cid, LetterRequest("nachforderung", today=date(2027, 3, 12)), clerk="t")
    assert archive.latest_deadline(services.store, cid) == date(2027, 3, 30)
    assert "Dienstag, 30.03.2027" in plain_text(handout_html(services, cid))


def test_german_handout_has_no_second_language(qapp, services):
    cid = start(services.ctx, language="de")
    text = plain_text(handout_html(services, cid))
    assert "Reisepass" in text and "Verbindlich" not in text and "ungeprüfte" not in text


@pytest.mark.parametrize("language, client_line", [("tr", PASSPORT_TR), ("ar", None)])
def test_handout_printed_to_pdf(qapp, services, tmp_path, language, client_line):
    cid = start(services.ctx, language=language)
    target = tmp_path / "out" / "merkblatt.pdf"
    assert print_handout(services, cid, None, pdf_path=target) == target
    assert target.read_bytes().startswith(b"%PDF")
    if PDFTOTEXT is None:  # fall back to the document's own text
        text = plain_text(handout_html(services, cid))
    else:
        text = pdf_text(target)
    for needle in ("Merkblatt", "Reisepass", "Heiratsurkunde", "AZ-2027-0815", "100,00 €"):
        assert needle in text, needle
    if client_line:
        assert client_line in " ".join(text.split())
    elif PDFTOTEXT:  # Arabic comes back as shaped glyphs; check that it is there at all
        assert any("\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff" for c in text)


def test_print_dialog_without_printer_proposes_the_conversation_folder(qapp, services, monkeypatch):
    cid = start(services.ctx)
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    result = print_handout(services, cid, None)
    assert result.parent == archive.letters_dir(services.ctx.paths.root, cid) and result.is_file()
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    assert print_handout(services, cid, None) is None


def test_unknown_conversation_is_an_error_message(qapp, services, monkeypatch):
    shown = []
    monkeypatch.setattr("counter_app.ui.handout.show_error", lambda parent, error: shown.append(str(error)))
    assert print_handout(services, 999, None) is None
    assert "Nr. 999" in shown[0]


def test_handout_names_where_to_get_help_from_the_referral_directory(app_context):
    """Issue: the handout says where to go for help, with the referral the app suggests."""
    from counter_app import conversations, referrals
    from counter_app.ui.app import create_services
    from counter_app.ui.handout import handout_html

    services = create_services(app_context, app_context.store(), synchronous_ops=True)
    client = conversations.Client(name="Hilfe, Hanna", file_number="AZ-H")
    cid = conversations.start(services.store, client=client, matter_id="study", language="ar", clerk="t")
    expected = referrals.suggestions(services.store, "study", None, "ar")[0].referral
    html = handout_html(services, cid)
    assert "Wo Sie Hilfe bekommen" in html and expected.name in html
    services.ops.shutdown()
