"""HTML for the read-only panes of a conversation: item details, fees, summary. No widgets here."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ..checklists import Fees, format_euro
from ..conversations import Conversation, ItemState, Summary
from ..snippets import LANGUAGE_NAMES, is_rtl


def tr(text: str) -> str:
    return QCoreApplication.translate("conversation_html", text)


def header_html(conversation: Conversation) -> str:
    client = conversation.client
    dob = client.date_of_birth.strftime("%d.%m.%Y") if client.date_of_birth else "–"
    status = tr("abgeschlossen") if conversation.is_closed else tr("offen")
    demo = f" <span style='color:#8a5a00'>[{tr('DEMO – fiktive Person')}]</span>" if client.is_demo else ""
    return (
        f"<b style='font-size:14pt'>{escape(client.name)}</b>{demo} &nbsp; {tr('geb.')} {dob} · "
        f"{escape(client.nationality or '–')} · {tr('Az.')} {escape(client.file_number or '–')}<br>"
        f"{escape(conversation.checklist.title)} ({escape(conversation.checklist.legal_basis)}, "
        f"{tr('Version')} {conversation.checklist.version}) · {tr('Sprache')}: "
        f"{escape(LANGUAGE_NAMES.get(conversation.language, conversation.language))} · {status}"
    )


def detail_html(state: ItemState | None, language: str, client_text: str | None) -> str:
    if state is None:
        return f"<p>{tr('Wählen Sie einen Punkt der Checkliste.')}</p>"
    item = state.item
    parts = [f"<h3>{escape(item.title)}</h3>"]
    if item.legal_basis:
        parts.append(f"<p><b>{tr('Rechtsgrundlage')}:</b> {escape(item.legal_basis)}</p>")
    if item.help:
        parts.append(f"<p><b>{tr('Hinweis für die Sachbearbeitung')}:</b> {escape(item.help)}</p>")
    if item.is_question and item.answer == "choice":
        choices = "".join(f"<li>{n}: {escape(label)}</li>" for n, label in enumerate(item.choices.values(), 1))
        parts.append(f"<p><b>{tr('Antworten (Taste)')}:</b></p><ol style='margin:0'>{choices}</ol>")
    german = item.client_text.get("de")
    if client_text and language != "de":
        direction = "rtl" if is_rtl(language) else "ltr"
        parts.append(f"<p><b>{tr('Text für die Kundin/den Kunden')} ({escape(LANGUAGE_NAMES.get(language, language))}):"
                     f"</b></p><p dir='{direction}' style='font-size:13pt'>{escape(client_text)}</p>")
    if german:
        parts.append(f"<p style='color:#555'>{tr('Deutsch')}: {escape(german)}</p>")
    return "".join(parts)


def fees_html(fees: Fees) -> str:
    if not fees.lines:
        return f"<b>{tr('Gebühren')}:</b> {tr('keine (oder noch offen – Fragen beantworten)')}"
    lines = " + ".join(f"{escape(l.label)} {format_euro(l.amount)}" for l in fees.lines)
    reduction = f" · {escape(fees.reduction.label)}" if fees.reduction else ""
    return f"<b>{tr('Gebühren')}: {format_euro(fees.total)}</b> ({lines}{reduction})"


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
    parts = [
        f"<h2>{tr('Zusammenfassung')}: {escape(conversation.checklist.title)}</h2>",
        _list(tr("Fehlende Unterlagen"), summary.missing, colour="#b00020"),
        _list(tr("Noch offen"), summary.open + summary.open_questions, colour="#8a5a00"),
        _list(tr("Liegt vor"), summary.present),
        _list(tr("Entfällt"), summary.not_applicable),
    ]
    if answers:
        rows = "".join(f"<li>{escape(s.item.title)} <b>{escape(_answer_label(s))}</b></li>" for s in answers)
        parts.append(f"<h3>{tr('Angaben')}</h3><ul>{rows}</ul>")
    parts.append(f"<h3>{tr('Gebühren')}</h3>")
    if summary.fees.lines:
        rows = "".join(f"<li>{escape(l.label)} ({escape(l.legal_basis)}): {format_euro(l.amount)}</li>"
                       for l in summary.fees.lines)
        reduction = f"<li>{escape(summary.fees.reduction.label)}</li>" if summary.fees.reduction else ""
        parts.append(f"<ul>{rows}{reduction}</ul><p><b>{tr('Summe')}: {format_euro(summary.fees.total)}</b> "
                     f"<small>({tr('Quelle')}: {escape(summary.fees.source)})</small></p>")
    else:
        parts.append(f"<p>{tr('Keine Gebühren ermittelt.')}</p>")
    if summary.next_steps:
        steps = "".join(f"<li>{escape(s)}</li>" for s in summary.next_steps)
        parts.append(f"<h3>{tr('Nächste Schritte')}</h3><ol>{steps}</ol>")
    return "".join(parts)


def _answer_label(state: ItemState) -> str:
    value = state.answer.value or ""
    if state.item.answer == "yes_no":
        return tr("ja") if value == "yes" else tr("nein")
    return state.item.choices.get(value, value)
