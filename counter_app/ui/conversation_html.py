"""HTML for the read-only panes of a conversation: item details, fees, summary. No widgets here."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ..checklists import Fees, format_euro
from ..conversations import Conversation, ItemState, Summary
from ..snippets import is_rtl
from .language_names import language_label

# Texts are marked with QCoreApplication.translate("conversation_html", …) one by one, outside the
# f-strings: pyside6-lupdate finds neither a helper function's calls nor calls inside f-strings.


def header_html(conversation: Conversation) -> str:
    client = conversation.client
    dob = client.date_of_birth.strftime("%d.%m.%Y") if client.date_of_birth else "–"
    if conversation.is_closed:
        status = QCoreApplication.translate("conversation_html", "abgeschlossen")
    else:
        status = QCoreApplication.translate("conversation_html", "offen")
    demo = ""
    if client.is_demo:
        demo_text = QCoreApplication.translate("conversation_html", "DEMO – fiktive Person")
        demo = f" <span style='color:#8a5a00'>[{demo_text}]</span>"
    born = QCoreApplication.translate("conversation_html", "geb.")
    file_number = QCoreApplication.translate("conversation_html", "Az.")
    version = QCoreApplication.translate("conversation_html", "Version")
    language = QCoreApplication.translate("conversation_html", "Sprache")
    return (
        f"<b style='font-size:14pt'>{escape(client.name)}</b>{demo} &nbsp; {born} {dob} · "
        f"{escape(client.nationality or '–')} · {file_number} {escape(client.file_number or '–')}<br>"
        f"{escape(conversation.checklist.title)} ({escape(conversation.checklist.legal_basis)}, "
        f"{version} {conversation.checklist.version}) · {language}: "
        f"{escape(language_label(conversation.language))} · {status}"
    )


def detail_html(state: ItemState | None, language: str, client_text: str | None) -> str:
    if state is None:
        hint = QCoreApplication.translate("conversation_html", "Wählen Sie einen Punkt der Checkliste.")
        return f"<p>{hint}</p>"
    item = state.item
    parts = [f"<h3>{escape(item.title)}</h3>"]
    if item.legal_basis:
        label = QCoreApplication.translate("conversation_html", "Rechtsgrundlage")
        parts.append(f"<p><b>{label}:</b> {escape(item.legal_basis)}</p>")
    if item.help:
        label = QCoreApplication.translate("conversation_html", "Hinweis für die Sachbearbeitung")
        parts.append(f"<p><b>{label}:</b> {escape(item.help)}</p>")
    if item.is_question and item.answer == "choice":
        choices = "".join(f"<li>{n}: {escape(label)}</li>" for n, label in enumerate(item.choices.values(), 1))
        label = QCoreApplication.translate("conversation_html", "Antworten (Taste)")
        parts.append(f"<p><b>{label}:</b></p><ol style='margin:0'>{choices}</ol>")
    german = item.client_text.get("de")
    if client_text and language != "de":
        direction = "rtl" if is_rtl(language) else "ltr"
        label = QCoreApplication.translate("conversation_html", "Text für die Kundin/den Kunden")
        parts.append(f"<p><b>{label} ({escape(language_label(language))}):"
                     f"</b></p><p dir='{direction}' style='font-size:13pt'>{escape(client_text)}</p>")
    if german:
        label = QCoreApplication.translate("conversation_html", "Deutsch")
        parts.append(f"<p style='color:#555'>{label}: {escape(german)}</p>")
    return "".join(parts)


def fees_html(fees: Fees) -> str:
    title = QCoreApplication.translate("conversation_html", "Gebühren")
    if not fees.lines:
        none = QCoreApplication.translate("conversation_html", "keine (oder noch offen – Fragen beantworten)")
        return f"<b>{title}:</b> {none}"
    lines = " + ".join(f"{escape(l.label)} {format_euro(l.amount)}" for l in fees.lines)
    reduction = f" · {escape(fees.reduction.label)}" if fees.reduction else ""
    return f"<b>{title}: {format_euro(fees.total)}</b> ({lines}{reduction})"


def _list(title: str, states: tuple[ItemState, ...], *, colour: str = "") -> str:
    if not states:
        return ""
    style = f" style='color:{colour}'" if colour else ""
    rows = "".join(
        f"<li>{escape(s.item.title)}{' – ' + escape(s.answer.note) if s.answer.note else ''}</li>" for s in states
    )
    return f"<h3{style}>{title} ({len(states)})</h3><ul>{rows}</ul>"


def summary_html(conversation: Conversation, summary: Summary) -> str:
    answers = tuple(summary.answered_questions)
    title = QCoreApplication.translate("conversation_html", "Zusammenfassung")
    parts = [
        f"<h2>{title}: {escape(conversation.checklist.title)}</h2>",
        _list(QCoreApplication.translate("conversation_html", "Fehlende Unterlagen"), summary.missing,
              colour="#b00020"),
        _list(QCoreApplication.translate("conversation_html", "Noch offen"), summary.open + summary.open_questions,
              colour="#8a5a00"),
        _list(QCoreApplication.translate("conversation_html", "Liegt vor"), summary.present),
        _list(QCoreApplication.translate("conversation_html", "Entfällt"), summary.not_applicable),
    ]
    if answers:
        rows = "".join(f"<li>{escape(s.item.title)} <b>{escape(_answer_label(s))}</b></li>" for s in answers)
        heading = QCoreApplication.translate("conversation_html", "Angaben")
        parts.append(f"<h3>{heading}</h3><ul>{rows}</ul>")
    heading = QCoreApplication.translate("conversation_html", "Gebühren")
    parts.append(f"<h3>{heading}</h3>")
    if summary.fees.lines:
        rows = "".join(f"<li>{escape(l.label)} ({escape(l.legal_basis)}): {format_euro(l.amount)}</li>"
                       for l in summary.fees.lines)
        reduction = f"<li>{escape(summary.fees.reduction.label)}</li>" if summary.fees.reduction else ""
        total = QCoreApplication.translate("conversation_html", "Summe")
        source = QCoreApplication.translate("conversation_html", "Quelle")
        parts.append(f"<ul>{rows}{reduction}</ul><p><b>{total}: {format_euro(summary.fees.total)}</b> "
                     f"<small>({source}: {escape(summary.fees.source)})</small></p>")
    else:
        none = QCoreApplication.translate("conversation_html", "Keine Gebühren ermittelt.")
        parts.append(f"<p>{none}</p>")
    if summary.next_steps:
        steps = "".join(f"<li>{escape(s)}</li>" for s in summary.next_steps)
        heading = QCoreApplication.translate("conversation_html", "Nächste Schritte")
        parts.append(f"<h3>{heading}</h3><ol>{steps}</ol>")
    return "".join(parts)


def _answer_label(state: ItemState) -> str:
    value = state.answer.value or ""
    if state.item.answer == "yes_no":
        if value == "yes":
            return QCoreApplication.translate("conversation_html", "ja")
        return QCoreApplication.translate("conversation_html", "nein")
    return state.item.choices.get(value, value)
