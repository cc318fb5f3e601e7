"""What goes into a letter: the placeholder values built from a conversation, the settings and the
clerk's free fields. Plain data only; `fields.PLACEHOLDERS` documents every name used here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable, Mapping

from .. import checklists
from ..conversations import Answer, Conversation, ItemState
from ..db import Store
from ..i18n import N_, _
from . import courtesy as courtesy_module
from .catalog import TemplateInfo
from .deadlines import Deadline, compute_deadline, german_date, german_date_long, weekday
from .errors import LetterError
from .fields import DEFAULT_PAYMENT_METHODS, FIELDS_BY_KEY, coerce, fields_for, plain_label

SettingsGet = Callable[[str], Any]
_LIST_TITLES = {"missing_documents": N_("als „fehlt“ markierte Unterlage"),
                "documents_to_bring": N_("fehlende oder offene Unterlage"), "open_documents": N_("offene Unterlage"),
                "present_documents": N_("vorliegende Unterlage")}


@dataclass(frozen=True)
class LetterRequest:
    """What the clerk asked for: template, free fields, courtesy translation."""

    template: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    courtesy: bool = False
    allow_unreviewed: bool = False
    today: date | None = None  # the letter's date; tests and reprints set it


@dataclass(frozen=True)
class LetterContext:
    values: dict[str, Any]
    fields: dict[str, Any]  # the effective free-field values (defaults filled in)
    deadline: Deadline | None  # set when the template states a deadline
    omitted: tuple[str, ...] = ()  # sentences the courtesy translation left out


def field_defaults(settings_get: SettingsGet, conversation: Conversation) -> dict[str, Any]:
    return {
        "deadline_days": settings_get("letters.deadline_days"),
        "appointment_place": one_line(settings_get("authority.address")),
        "payment_methods": DEFAULT_PAYMENT_METHODS,
        "received_on": date.fromisoformat(conversation.started_at[:10]),
        "fiktion_paragraph": "4",
    }


def effective_fields(settings_get: SettingsGet, conversation: Conversation, given: Mapping[str, Any]) -> dict:
    values = field_defaults(settings_get, conversation)
    for key, value in given.items():
        typed = coerce(key, value)
        if typed is not None or key not in values:
            values[key] = typed
    return values


def build_context(store: Store | None, settings_get: SettingsGet, conversation: Conversation,
                  info: TemplateInfo, request: LetterRequest, *, placeholders: Iterable[str]) -> LetterContext:
    """All placeholder values for `conversation`; checks what the template in use requires."""
    used = set(placeholders)
    if not conversation.client.name.strip():
        raise LetterError(_("Die personenbezogenen Daten dieses Gesprächs sind gelöscht; "
                            "ein Brief ist nicht mehr möglich."))
    fields = effective_fields(settings_get, conversation, request.fields)
    _check_required(fields, used)
    today = request.today or date.today()
    deadline = compute_deadline(today, fields["deadline_days"] or 0, settings_get("authority.state"))
    values = letter_values(settings_get, conversation, info, fields=fields, today=today, deadline=deadline)
    _check_lists(info, values)
    result = courtesy_module.disabled()
    if request.courtesy:
        if store is None:
            raise LetterError(_("Die Höflichkeitsübersetzung braucht die Textbausteine der Datenbank."))
        result = courtesy_module.build(
            store, conversation, info, values=values, documents=_documents(conversation, info.courtesy_documents),
            fields=fields, allow_unreviewed=request.allow_unreviewed)
    values["courtesy"] = result.values
    # The archive records a deadline only when the letter actually sets one for missing documents.
    sets_deadline = "deadline" in used and bool(values["missing_documents"])
    return LetterContext(values, fields, deadline if sets_deadline else None, result.omitted)


def _check_required(fields: Mapping[str, Any], used: set[str]) -> None:
    missing = [plain_label(f.key) for f in fields_for(used) if f.required and fields.get(f.key) is None]
    if missing:
        raise LetterError(_("Für diesen Brief fehlt noch: {fields}.").format(fields=", ".join(missing)))


def _check_lists(info: TemplateInfo, values: Mapping[str, Any]) -> None:
    for name in info.requires:
        if not values.get(name):
            list_title = _LIST_TITLES.get(name)
            raise LetterError(
                _("Für „{title}“ braucht es mindestens eine {document}.").format(
                    title=info.title, document=_(list_title) if list_title else name),
                hint=_("Bitte markieren Sie die Unterlagen in der Checkliste (Taste 2 = fehlt)."))


def _documents(conversation: Conversation, list_name: str) -> tuple[ItemState, ...]:
    summary = conversation.summary()
    lists = {"missing_documents": summary.missing, "open_documents": summary.open,
             "documents_to_bring": summary.missing + summary.open, "present_documents": summary.present}
    return lists.get(list_name, ())


def letter_values(settings_get: SettingsGet, conversation: Conversation, info: TemplateInfo, *,
                  fields: Mapping[str, Any], today: date, deadline: Deadline) -> dict[str, Any]:
    summary = conversation.summary()
    client = conversation.client
    return {
        "authority": authority_values(settings_get),
        "client": {
            "name": client.name, "display_name": display_name(client.name), "file_number": client.file_number,
            "date_of_birth": german_date(client.date_of_birth) if client.date_of_birth else "",
            "nationality": client.nationality, "address_lines": lines(fields.get("client_address") or ""),
        },
        "clerk": {"name": conversation.clerk},
        "letter": {"date": german_date(today), "date_long": german_date_long(today), "title": info.title,
                   "template": info.name},
        "matter": {"title": conversation.checklist.title, "legal_basis": conversation.checklist.legal_basis},
        "missing_documents": _document_list(summary.missing),
        "open_documents": _document_list(summary.open),
        "documents_to_bring": _document_list(summary.missing + summary.open),
        "present_documents": _document_list(summary.present),
        "fees": fee_values(summary.fees),
        "deadline": {"date": german_date(deadline.day), "weekday": weekday(deadline.day), "days": deadline.days,
                     "note": deadline.note()},
        "appointment": _appointment(fields),
        "payment_methods": fields.get("payment_methods") or "",
        "application": {"received_on": _date_or_blank(fields.get("received_on"))},
        "fiktion": {"paragraph": fields.get("fiktion_paragraph") or "4",
                    "valid_until": _date_or_blank(fields.get("valid_until"))},
        "free_text": paragraphs(fields.get("free_text") or ""),
    }


def authority_values(settings_get: SettingsGet) -> dict[str, Any]:
    name = settings_get("authority.name")
    address = lines(settings_get("authority.address"))
    return {
        "name": name, "department": settings_get("authority.department"), "address_lines": address,
        "address_line": ", ".join(address), "return_address": " · ".join([name, *address]),
        "phone": settings_get("authority.phone"), "email": settings_get("authority.email"),
        "opening_hours": settings_get("authority.opening_hours"), "state": settings_get("authority.state"),
    }


def fee_values(fees: checklists.Fees) -> dict[str, Any]:
    return {
        "has_fees": bool(fees.lines),
        "lines": [{"label": l.label, "amount": checklists.format_euro(l.amount), "legal_basis": l.legal_basis}
                  for l in fees.lines],
        "total": checklists.format_euro(fees.total), "reduction": fees.reduction.label if fees.reduction else "",
        "source": fees.source,
    }


def _document_list(states: Iterable[ItemState]) -> list[dict[str, str]]:
    return [{"title": s.item.title, "note": s.answer.note, "legal_basis": s.item.legal_basis} for s in states]


def _appointment(fields: Mapping[str, Any]) -> dict[str, str]:
    day = fields.get("appointment_date")
    at = fields.get("appointment_time")
    values = {"date": german_date(day) if day else "", "weekday": weekday(day) if day else "",
              "time": at.strftime("%H:%M") if at else "", "place": fields.get("appointment_place") or "",
              "room": fields.get("appointment_room") or ""}
    # One line for the courtesy translation, where only numbers and names need no translating.
    parts = [f"{values['weekday']} {values['date']}".strip(), f"{values['time']}" if values["time"] else "",
             values["place"], f"Raum {values['room']}" if values["room"] else ""]
    values["summary"] = " · ".join(p for p in parts if p)
    return values


def _date_or_blank(day: date | None) -> str:
    return german_date(day) if day else ""


def display_name(name: str) -> str:
    """'Haddad, Amal' → 'Amal Haddad' (names are entered family name first)."""
    family, comma, given = name.partition(",")
    return f"{given.strip()} {family.strip()}" if comma and given.strip() else name.strip()


def lines(text: str) -> list[str]:
    return [line.strip() for line in str(text).splitlines() if line.strip()]


def one_line(text: str) -> str:
    return ", ".join(lines(text))


def paragraphs(text: str) -> list[str]:
    """Free text: blank lines separate paragraphs; single newlines stay line breaks."""
    return [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


# --- an example conversation for checking templates --------------------------------------------

def _example_item(item_id: str, title: str) -> dict[str, Any]:
    return {"id": item_id, "kind": "document", "title": title,
            "client_text": {language: title for language in checklists.CLIENT_LANGUAGES}}


_EXAMPLE_CHECKLIST = {
    "id": "beispiel", "title": "Beispielanliegen", "legal_basis": "§ 0 Beispiel", "sources": ["Beispiel"],
    "groups": [{"id": "unterlagen", "title": "Unterlagen", "items": [
        _example_item("pass", "Reisepass"), _example_item("foto", "Lichtbild"), _example_item("miete", "Mietvertrag"),
    ]}],
    "fees": {"source": "AufenthV", "items": [{"id": "g", "label": "Gebühr", "amount": "100"}]},
}


def example_values(settings_get: SettingsGet, info: TemplateInfo) -> dict[str, Any]:
    """A complete context with every list filled, to try a template out before accepting it."""
    from ..conversations import Client

    checklist = checklists.parse_checklist(_EXAMPLE_CHECKLIST, origin="Beispiel")
    conversation = Conversation(
        id=0, client=Client("Muster, Erika", date(1990, 1, 1), "SYR", "AZ-0000"), checklist=checklist,
        language="ar", status="open", clerk="Beispiel", note="", started_at="2027-01-04T09:00:00",
        updated_at="2027-01-04T09:00:00", closed_at=None,
        answers={"pass": Answer("missing", note="Kopie"), "foto": Answer("open"), "miete": Answer("present")})
    example_fields = {key: "x" for key, spec in FIELDS_BY_KEY.items() if spec.kind in ("text", "multiline")}
    example_fields.update(appointment_date="2027-01-11", appointment_time="09:30", valid_until="2027-06-30")
    fields = effective_fields(settings_get, conversation, example_fields)
    today = date(2027, 1, 4)
    deadline = compute_deadline(today, 14, "NI")
    values = letter_values(settings_get, conversation, info, fields=fields, today=today, deadline=deadline)
    picked = courtesy_module.Picked("نص", True)
    values["courtesy"] = courtesy_module.enabled(
        "ar", "Hinweis", picked, [courtesy_module.sentence(picked, "Satz", "01.01.2027")],
        [courtesy_module.document("Reisepass", "Kopie", picked)], courtesy_module.sentence(picked, "Satz", ""))
    return values
