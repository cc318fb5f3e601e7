"""The placeholders a template may use, and the free fields a clerk fills in for a letter.

This is the documented contract with team leads who write their own templates: a template that
uses a name not listed here is refused on import (see `checking`). `admin templates --placeholders`
prints the list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, Mapping

from ..i18n import N_, _
from .errors import LetterError

# Top-level name → (German description, {attribute: German description}). Lists of records say
# what each record holds under "[]". The descriptions are messages (N_), translated in placeholder_help().
PLACEHOLDERS: dict[str, tuple[str, dict[str, str]]] = {
    "authority": (N_("Behörde (aus den Einstellungen authority.*)"), {
        "name": N_("Name der Behörde"), "department": N_("Abteilung"),
        "address_lines": N_("Anschrift (Liste von Zeilen)"), "address_line": N_("Anschrift in einer Zeile"),
        "return_address": N_("Rücksendeangabe über dem Anschriftfeld"), "phone": N_("Telefon"),
        "email": N_("E-Mail"), "opening_hours": N_("Öffnungszeiten"), "state": N_("Bundesland"),
    }),
    "client": (N_("Kundin/Kunde"), {
        "name": N_("Name wie erfasst (Nachname, Vorname)"), "display_name": N_("Name in Anrede-Reihenfolge"),
        "file_number": N_("Aktenzeichen"), "date_of_birth": N_("Geburtsdatum (TT.MM.JJJJ)"),
        "nationality": N_("Staatsangehörigkeit (Ländercode)"),
        "address_lines": N_("Postanschrift (Liste von Zeilen)"),
    }),
    "clerk": (N_("Sachbearbeiter/in des Gesprächs"), {"name": N_("Name")}),
    "letter": (N_("Der Brief selbst"), {
        "date": N_("Datum (TT.MM.JJJJ)"), "date_long": N_("Datum ausgeschrieben"),
        "title": N_("Titel der Vorlage"), "template": N_("Name der Vorlage"),
    }),
    "matter": (N_("Anliegen des Gesprächs"), {"title": N_("Bezeichnung"), "legal_basis": N_("Rechtsgrundlage")}),
    "missing_documents": (N_("Fehlende Unterlagen (Liste)"), {"[]": "title, note, legal_basis"}),
    "open_documents": (N_("Noch nicht geprüfte Unterlagen (Liste)"), {"[]": "title, note, legal_basis"}),
    "documents_to_bring": (N_("Fehlende und offene Unterlagen (Liste)"), {"[]": "title, note, legal_basis"}),
    "present_documents": (N_("Vorliegende Unterlagen (Liste)"), {"[]": "title, note, legal_basis"}),
    "fees": (N_("Gebühren"), {
        "has_fees": N_("ja/nein"), "lines": N_("Liste mit label, amount, legal_basis"),
        "total": N_("Summe (1.234,50 €)"), "reduction": N_("Ermäßigung (Text)"), "source": N_("Quelle"),
    }),
    "deadline": (N_("Frist (Werktag, nach Feiertagen des Bundeslands)"), {
        "date": N_("Datum (TT.MM.JJJJ)"), "weekday": N_("Wochentag"), "days": N_("Tage"),
        "note": N_("Hinweis auf Verschiebung"),
    }),
    "appointment": (N_("Termin"), {
        "date": N_("Datum"), "weekday": N_("Wochentag"), "time": N_("Uhrzeit (HH:MM)"), "place": N_("Ort"),
        "room": N_("Raum"), "summary": N_("alles in einer Zeile"),
    }),
    "payment_methods": (N_("Zahlungsarten (Text)"), {}),
    "application": (N_("Antrag"), {"received_on": N_("Eingangsdatum")}),
    "fiktion": (N_("Fiktionsbescheinigung"), {"paragraph": N_("Absatz des § 81 AufenthG: 3 oder 4"),
                                              "valid_until": N_("gültig bis (leer, wenn offen)")}),
    "free_text": (N_("Freier Text (Liste von Absätzen)"), {}),
    "courtesy": (N_("Höflichkeitsübersetzung (Anlage)"), {
        "enabled": N_("ja/nein"), "language": N_("Sprachcode"), "language_name": N_("Sprache (deutsch)"),
        "rtl": N_("ja/nein"), "notice_de": N_("Hinweis deutsch"), "notice": N_("Hinweis in der Kundensprache"),
        "notice_unreviewed": N_("Hinweis ist ungeprüft übersetzt (ja/nein)"),
        "sentences": N_("Liste mit text, german, value, unreviewed"),
        "documents": N_("Liste mit title, note, text, unreviewed"),
        "documents_heading": N_("Satz über der Unterlagenliste (text, unreviewed) oder leer"),
        "unreviewed_mark": N_("Kennzeichnung ungeprüfter Übersetzungen"),
    }),
}
# Paragraphs in the client's language carry this paragraph style; for Arabic and Farsi the
# renderer sets the right-to-left properties on exactly these paragraphs.
CLIENT_LANGUAGE_STYLE = "Kundensprache"

FIELD_KINDS = ("int", "date", "time", "text", "multiline", "choice")


@dataclass(frozen=True)
class FreeField:
    key: str
    label: str  # German, with a mnemonic for the dialog (unique, and unlike the dialog's own: V H U B O F P S)
    kind: str
    placeholder: str  # top-level placeholder whose use in a template brings this field
    choices: Mapping[str, str] = field(default_factory=dict)
    required: bool = False


FREE_FIELDS: tuple[FreeField, ...] = (
    FreeField("deadline_days", "Fris&t (Tage)", "int", "deadline"),
    FreeField("appointment_date", "Termin &Datum", "date", "appointment", required=True),
    FreeField("appointment_time", "Termin Uhr&zeit", "time", "appointment", required=True),
    FreeField("appointment_place", "Termin O&rt", "text", "appointment"),
    FreeField("appointment_room", "Rau&m", "text", "appointment"),
    FreeField("payment_methods", "Zah&lungsarten", "text", "payment_methods"),
    FreeField("received_on", "&Eingang des Antrags", "date", "application"),
    FreeField("fiktion_paragraph", "Fi&ktion nach § 81", "choice", "fiktion", choices={
        "4": "Abs. 4 – bisheriger Titel gilt fort (Reisen möglich)",
        "3": "Abs. 3 – Aufenthalt gilt als erlaubt (keine Wiedereinreise)",
    }),
    FreeField("valid_until", "Bescheinigung &gültig bis", "date", "fiktion"),
    FreeField("client_address", "&Anschrift der Kundin/des Kunden", "multiline", "client"),
    FreeField("free_text", "Freier Te&xt", "multiline", "free_text"),
)
FIELDS_BY_KEY = {f.key: f for f in FREE_FIELDS}
DEFAULT_PAYMENT_METHODS = "bar oder mit Girocard (EC-Karte)"


def fields_for(placeholders: set[str]) -> tuple[FreeField, ...]:
    """The free fields a template needs, given the top-level placeholders it uses."""
    return tuple(f for f in FREE_FIELDS if f.placeholder in placeholders)


def coerce(key: str, value: Any) -> Any:
    """A free field's value in its proper type. Accepts typed values (the dialog) and text (the
    command line: dates as TT.MM.JJJJ or JJJJ-MM-TT, times as HH:MM)."""
    spec = FIELDS_BY_KEY.get(key)
    if spec is None:
        known = ", ".join(FIELDS_BY_KEY)
        raise LetterError(_("Unbekannte Angabe „{key}“.").format(key=key),
                          hint=_("Möglich sind: {names}.").format(names=known))
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return _COERCE[spec.kind](spec, value)
    except (ValueError, TypeError) as exc:
        hint = _FORMAT_HINTS[spec.kind]
        raise LetterError(_("Die Angabe „{field}“ ist ungültig: {value}.").format(field=_plain(spec.label),
                                                                                 value=repr(value)),
                          hint=_(hint) if hint else "") from exc


def _as_int(spec: FreeField, value: Any) -> int:
    number = int(value)
    if not 0 <= number <= 365:
        raise ValueError(value)
    return number


def _as_date(spec: FreeField, value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _as_time(spec: FreeField, value: Any) -> time:
    if isinstance(value, time):
        return value
    return datetime.strptime(str(value).strip(), "%H:%M").time()


def _as_choice(spec: FreeField, value: Any) -> str:
    text = str(value).strip()
    if text not in spec.choices:
        raise ValueError(text)
    return text


_COERCE = {
    "int": _as_int, "date": _as_date, "time": _as_time, "choice": _as_choice,
    "text": lambda spec, value: str(value).strip(), "multiline": lambda spec, value: str(value).strip(),
}
_FORMAT_HINTS = {
    "int": N_("Bitte eine ganze Zahl von 0 bis 365 angeben."),
    "date": N_("Bitte als TT.MM.JJJJ angeben, z. B. 03.11.2027."),
    "time": N_("Bitte als HH:MM angeben, z. B. 09:30."), "choice": N_("Bitte einen der angebotenen Werte wählen."),
    "text": "", "multiline": "",
}


def _plain(label: str) -> str:
    return label.replace("&", "")


def plain_label(key: str) -> str:
    return _plain(FIELDS_BY_KEY[key].label)


def placeholder_help() -> str:
    """The placeholder list as text, for team leads (command line help)."""
    lines = []
    for name, (description, attributes) in PLACEHOLDERS.items():
        lines.append(f"{name}: {_(description)}")
        lines += [f"    {name}.{attr}: {_(text)}" if attr != "[]"
                  else "    " + _("je Eintrag: {fields}").format(fields=text) for attr, text in attributes.items()]
    lines.append(_("Absätze in der Kundensprache: Formatvorlage „{style}“.").format(style=CLIENT_LANGUAGE_STYLE))
    return "\n".join(lines)
