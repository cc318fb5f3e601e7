"""Settings: declared once here (key, type, default, German label), read only through this registry.

Machine-wide settings come from a TOML file that IT rolls out (see `paths.machine_settings_file`);
they override the user's own settings, which are stored in the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SettingsError
from .i18n import N_, _


@dataclass(frozen=True)
class Setting:
    key: str  # "section.name" as in the TOML file
    type: type
    default: Any
    label: str  # German, for the settings dialog and messages (marked N_: translate where shown)


SETTINGS: tuple[Setting, ...] = (
    Setting("authority.name", str, "Ausländerbehörde Musterstadt", N_("Name der Behörde (Briefkopf)")),
    Setting("authority.department", str, "Fachdienst Ausländerangelegenheiten", N_("Abteilung")),
    Setting("authority.address", str, "Musterstraße 1\n12345 Musterstadt", N_("Anschrift der Behörde")),
    Setting("authority.phone", str, "", N_("Telefon")),
    Setting("authority.email", str, "", N_("E-Mail")),
    Setting("authority.opening_hours", str, "", N_("Öffnungszeiten")),
    Setting("authority.state", str, "NI", N_("Bundesland (Feiertage), z. B. NI, BY, NW")),
    Setting("paths.data_dir", str, "", N_("Datenordner")),
    Setting("paths.sync_folder", str, "", N_("Austauschordner (Inhaltspakete, Statistik)")),
    Setting("paths.models_dir", str, "", N_("Ordner der Übersetzungsmodelle")),
    Setting("ui.language", str, "de", N_("Sprache der Oberfläche (de oder en)")),
    Setting("ui.client_screen", int, -1, N_("Bildschirm der Kundenanzeige (0, 1, …; -1 = der letzte)")),
    Setting("ui.client_screen_full", bool, True, N_("Kundenanzeige im Vollbild")),
    Setting("roles.team_leads", list, [], N_("Teamleitungen (Benutzernamen oder Gruppen)")),
    Setting("roles.admins", list, [], N_("Administration (Benutzernamen oder Gruppen)")),
    Setting("privacy.retention_days", int, 90, N_("Aufbewahrungsfrist abgeschlossener Gespräche (Tage)")),
    Setting("letters.deadline_days", int, 14, N_("Frist für Nachforderungen (Tage)")),
    Setting("content.auto_apply_packs", bool, False, N_("Inhaltspakete automatisch übernehmen")),
    Setting("storage.backup_count", int, 7, N_("Anzahl aufbewahrter Sicherungen")),
)
SETTINGS_BY_KEY = {s.key: s for s in SETTINGS}
ALLOWED_VALUES = {"ui.language": ("de", "en")}


@dataclass
class Settings:
    """Effective settings: defaults < user settings < machine-wide settings."""

    machine: dict[str, Any] = field(default_factory=dict)
    user: dict[str, Any] = field(default_factory=dict)
    source: Path | None = None

    def get(self, key: str) -> Any:
        if key not in SETTINGS_BY_KEY:
            raise KeyError(key)
        if key in self.machine:
            return self.machine[key]
        if key in self.user:
            return self.user[key]
        return SETTINGS_BY_KEY[key].default

    def is_locked(self, key: str) -> bool:
        """True if IT has set this key machine-wide, so the user cannot change it."""
        return key in self.machine


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            flat.update(_flatten(value, prefix=f"{key}."))
        else:
            flat[key] = value
    return flat


def validate_value(key: str, value: Any, *, origin: str) -> Any:
    """Check one value against its declaration; raise SettingsError naming key and origin."""
    setting = SETTINGS_BY_KEY.get(key)
    if setting is None:
        known = ", ".join(sorted(SETTINGS_BY_KEY))
        raise SettingsError(
            _("Unbekannte Einstellung „{key}“ in {origin}.").format(key=key, origin=origin),
            hint=_("Bekannte Einstellungen: {keys}.").format(keys=known),
        )
    expected = setting.type
    ok = isinstance(value, expected) and not (expected is int and isinstance(value, bool))
    if expected is list:
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    if not ok:
        raise SettingsError(
            _("Die Einstellung „{key}“ in {origin} hat einen ungültigen Wert: {value}.").format(
                key=key, origin=origin, value=repr(value)),
            hint=_("Erwartet wird {kind} ({label}).").format(kind=_type_name(expected), label=_(setting.label)),
        )
    allowed = ALLOWED_VALUES.get(key)
    if allowed and value not in allowed:
        raise SettingsError(
            _("Die Einstellung „{key}“ in {origin} hat einen ungültigen Wert: {value}.").format(
                key=key, origin=origin, value=repr(value)),
            hint=_("Erlaubt sind: {values}.").format(values=", ".join(allowed)),
        )
    if expected is int and value < 0 and key != "ui.client_screen":
        raise SettingsError(
            _("Die Einstellung „{key}“ in {origin} darf nicht negativ sein.").format(key=key, origin=origin))
    return value


def _type_name(kind: type) -> str:
    return {str: _("ein Text"), int: _("eine ganze Zahl"), bool: _("true oder false"),
            list: _("eine Liste von Texten")}[kind]


def load_machine_settings(path: Path) -> dict[str, Any]:
    """Read and validate the machine-wide TOML file; a missing file means no machine settings."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise SettingsError(
            _("Die Einstellungsdatei {file} kann nicht gelesen werden ({reason}).").format(
                file=path, reason=exc.strerror),
            hint=_("Bitte prüfen Sie die Zugriffsrechte oder wenden Sie sich an die IT."),
        ) from exc
    import tomllib  # only when IT has rolled out a settings file

    try:
        table = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(
            _("Die Einstellungsdatei {file} ist kein gültiges TOML: {error}.").format(file=path, error=exc),
            hint=_("Bitte korrigieren Sie die Datei (Zeile und Spalte stehen in der Meldung)."),
        ) from exc
    return {key: validate_value(key, value, origin=str(path)) for key, value in _flatten(table).items()}
