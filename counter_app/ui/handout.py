"""The client handout: what to bring (missing and open documents), by when, and the fees, in German
and in the client's language, printed through Qt (a printer, or a PDF file).

Client-language lines are the checklist items' client texts and sentences from the snippet
library. Unlike the letter's courtesy translation (reviewed texts only unless the clerk allows
more), the handout shows every available translation: it is handed over at the counter, where the
clerk explains it, and an unreviewed line is marked "(ungeprüfte Übersetzung)". German is always
there and marked as the binding text.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from .. import conversations, referrals, snippets
from ..checklists import format_euro
from ..conversations import Conversation
from ..letters import archive
from ..letters.courtesy import item_text, left_to_right, pick, unreviewed_mark
from ..letters.deadlines import compute_deadline, german_date, weekday
from ..paths import ensure_private_dir
from .errors import show_error
from .services import Services


# Texts in f-strings are not seen by lupdate: declared here under the context tr() looks them up in.
TITLE = QT_TRANSLATE_NOOP("handout", "Merkblatt")
FILE_NUMBER = QT_TRANSLATE_NOOP("handout", "Aktenzeichen")
DATE = QT_TRANSLATE_NOOP("handout", "Datum")
TO_BRING = QT_TRANSLATE_NOOP("handout", "Was Sie mitbringen oder nachreichen müssen")
NOTHING_MISSING = QT_TRANSLATE_NOOP("handout", "Es fehlen keine Unterlagen.")
BY_WHEN = QT_TRANSLATE_NOOP("handout", "Bis wann")
AT_THE_LATEST = QT_TRANSLATE_NOOP("handout", "Bitte bis spätestens")
FEES = QT_TRANSLATE_NOOP("handout", "Gebühren")
NO_FEES = QT_TRANSLATE_NOOP("handout", "Keine Gebühren ermittelt.")
CONSIDERED = QT_TRANSLATE_NOOP("handout", "Berücksichtigt")
TOTAL = QT_TRANSLATE_NOOP("handout", "Summe")
OPENING_HOURS = QT_TRANSLATE_NOOP("handout", "Öffnungszeiten")
BINDING = QT_TRANSLATE_NOOP("handout", "Verbindlich ist allein der deutsche Text.")
WHERE_TO_GET_HELP = QT_TRANSLATE_NOOP("handout", "Wo Sie Hilfe bekommen")
PRINT_TITLE = QT_TRANSLATE_NOOP("handout", "Merkblatt drucken")
MAX_REFERRALS = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("handout", text)


def handout_html(services: Services, conversation_id: int) -> str:
    """The handout as HTML (for QTextDocument), German first, each block followed by the client's language."""
    conversation = conversations.load(services.store, conversation_id)
    return _Handout(services, conversation).html()


class _Handout:
    def __init__(self, services: Services, conversation: Conversation) -> None:
        self.services = services
        self.conversation = conversation
        self.language = conversation.language
        self.foreign = self.language != "de"
        self.settings = services.ctx.settings

    def html(self) -> str:
        summary = self.conversation.summary()
        parts = [self._head(), self._documents(summary.missing + summary.open), self._deadline(),
                 self._fees(summary.fees), self._help(summary.missing + summary.open), self._footer()]
        return f"<html><body style='font-size:11pt'>{''.join(parts)}</body></html>"

    # --- client-language lines --------------------------------------------------------------------

    def _client_line(self, text: str | None, unreviewed: bool, *, bold: bool = False, value: str = "") -> str:
        if not self.foreign or not text:
            return ""
        body = escape(text) + (f" <b>{escape(left_to_right(value, self.language))}</b>" if value else "")
        if bold:
            body = f"<b>{body}</b>"
        mark = (f" <span style='font-size:8pt;color:#555'>{escape(unreviewed_mark(self.language))}</span>"
                if unreviewed else "")
        direction = "rtl" if snippets.is_rtl(self.language) else "ltr"
        # No align attribute: a right-to-left block already starts at the right margin, and Qt reads
        # "right" in such a block as its trailing (left) edge.
        return f"<p dir='{direction}' style='margin:2px 0 6px 0'>{body}{mark}</p>"

    def _phrase(self, snippet_id: str, *, bold: bool = False, value: str = "") -> str:
        picked = pick(snippets.texts_for(self.services.store, snippet_id).get(self.language), allow_unreviewed=True)
        return self._client_line(picked.text, picked.unreviewed, bold=bold, value=value) if picked else ""

    # --- blocks -----------------------------------------------------------------------------------

    def _head(self) -> str:
        client = self.conversation.client
        name = escape(self.settings.get("authority.name"))
        return (f"<p style='font-size:9pt;color:#555'>{name}</p>"
                f"<h2>{tr(TITLE)}: {escape(self.conversation.checklist.title)}</h2>"
                f"<p>{escape(client.name)} · {tr(FILE_NUMBER)}: {escape(client.file_number or '–')} · "
                f"{tr(DATE)}: {german_date(date.today())}</p>")

    def _documents(self, states) -> str:
        parts = [f"<h3>{tr(TO_BRING)}</h3>",
                 self._phrase("letters_handout_title", bold=True)]
        if not states:
            parts.append(f"<p>{tr(NOTHING_MISSING)}</p>")
        for number, state in enumerate(states, start=1):
            note = f" – {escape(state.answer.note)}" if state.answer.note else ""
            parts.append(f"<p style='margin:8px 0 0 0'><b>{number}. {escape(state.item.title)}</b>{note}</p>")
            picked = pick(item_text(self.services.store, self.conversation, state.item, self.language),
                          allow_unreviewed=True)
            if picked:
                parts.append(self._client_line(picked.text, picked.unreviewed))
        return "".join(parts)

    def deadline(self) -> date:
        """The deadline of the newest letter that set one; else the usual period from today."""
        stored = archive.latest_deadline(self.services.store, self.conversation.id)
        if stored:
            return stored
        days = self.settings.get("letters.deadline_days")
        return compute_deadline(date.today(), days, self.settings.get("authority.state")).day

    def _deadline(self) -> str:
        day = self.deadline()
        when = f"{weekday(day)}, {german_date(day)}"
        return (f"<h3>{tr(BY_WHEN)}</h3><p>{tr(AT_THE_LATEST)} <b>{when}</b>.</p>"
                + self._phrase("letters_handout_deadline", value=german_date(day)))

    def _fees(self, fees) -> str:
        parts = [f"<h3>{tr(FEES)}</h3>"]
        if not fees.lines:
            parts.append(f"<p>{tr(NO_FEES)}</p>")
            return "".join(parts)
        parts += [f"<p style='margin:0'>{escape(l.label)}: {format_euro(l.amount)}</p>" for l in fees.lines]
        if fees.reduction:
            parts.append(f"<p style='margin:0'>{tr(CONSIDERED)}: {escape(fees.reduction.label)}</p>")
        parts.append(f"<p><b>{tr(TOTAL)}: {format_euro(fees.total)}</b></p>")
        parts.append(self._phrase("letters_handout_fees", value=format_euro(fees.total)))
        return "".join(parts)

    def _help(self, states) -> str:
        """Local services for the missing items first, then for the matter (the referral directory)."""
        matter = self.conversation.matter_id
        found: dict[str, referrals.Referral] = {}
        for item_id in [s.item.id for s in states] + [None]:
            for suggestion in referrals.suggestions(self.services.store, matter, item_id, self.language):
                found.setdefault(suggestion.referral.id, suggestion.referral)
        chosen = list(found.values())[:MAX_REFERRALS]
        if not chosen:
            return ""
        parts = [f"<h3>{tr(WHERE_TO_GET_HELP)}</h3>", self._phrase("referral_address_handout")]
        for referral in chosen:
            details = " · ".join(escape(v) for v in (", ".join(referral.address.splitlines()), referral.opening_hours,
                                                      referral.phone, referral.email) if v)
            parts.append(f"<p style='margin:4px 0'><b>{escape(referral.name)}</b><br>{details}</p>")
        return "".join(parts)

    def _footer(self) -> str:
        get = self.settings.get
        contact = " · ".join(escape(v) for v in (get("authority.name"), ", ".join(get("authority.address").splitlines()),
                                                  get("authority.phone"), get("authority.email")) if v)
        hours = f"<br>{tr(OPENING_HOURS)}: {escape(get('authority.opening_hours'))}" if get("authority.opening_hours") else ""
        binding = f"<p style='font-size:9pt'>{tr(BINDING)}</p>" if self.foreign else ""
        return (f"<hr><p style='font-size:9pt;color:#555'>{contact}{hours}</p>{binding}"
                + self._phrase("letters_courtesy_notice"))


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(20, 15, 20, 15), QPageLayout.Unit.Millimeter))
    return printer


def _document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont("Arial", 11))
    document.setHtml(html)
    return document


def default_pdf_path(services: Services, conversation_id: int) -> Path:
    """Where the handout goes when there is no printer: beside the conversation's letters."""
    folder = ensure_private_dir(archive.letters_dir(services.ctx.paths.root, conversation_id))
    return folder / f"{date.today():%Y-%m-%d}_merkblatt.pdf"


def print_handout(services: Services, conversation_id: int, parent: QWidget | None, *,
                  pdf_path: Path | None = None) -> Path | bool | None:
    """Print the handout: to `pdf_path` without asking, else through the print dialog.

    Returns the PDF's path, True when sent to a printer, None when cancelled or failed.
    """
    try:
        document = _document(handout_html(services, conversation_id))
    except Exception as exc:
        show_error(parent, exc)
        return None
    printer = _printer()
    if pdf_path is not None:
        return _print_to_pdf(document, printer, Path(pdf_path))
    if not QPrinterInfo.availablePrinters():
        # Without a printer the dialog offers "print to file"; propose the conversation's folder.
        printer.setOutputFileName(str(default_pdf_path(services, conversation_id)))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr(PRINT_TITLE))
    dialog.setAccessibleName(tr(PRINT_TITLE))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if parent is not None:
        parent.window().activateWindow()  # keys go back to the conversation (see letter_dialog)
    if not accepted:
        return None
    document.print_(printer)
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return Path(printer.outputFileName())
    return True


def _print_to_pdf(document: QTextDocument, printer: QPrinter, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    document.print_(printer)
    return path
