"""Settings: declared once here (key, type, default, German label), read only through this registry.

Machine-wide settings come from a TOML file that IT rolls out (see `paths.machine_settings_file`);
they override the user's own settings, which are stored in the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SettingsError


@dataclass(frozen=True)
class Setting:
    key: str  # "section.name" as in the TOML file
    type: type
    default: Any
    label: str  # German, for the settings dialog and messages


SETTINGS: tuple[Setting, ...] = (
    Setting("authority.name", str, "Ausländerbehörde Musterstadt", "Name der Behörde (Briefkopf)"),
    Setting("authority.department", str, "Fachdienst Ausländerangelegenheiten", "Abteilung"),
    Setting("authority.address", str, "Musterstraße 1\n12345 Musterstadt", "Anschrift der Behörde"),
    Setting("authority.phone", str, "", "Telefon"),
    Setting("authority.email", str, "", "E-Mail"),
    Setting("authority.opening_hours", str, "", "Öffnungszeiten"),
    Setting("authority.state", str, "NI", "Bundesland (Feiertage), z. B. NI, BY, NW"),
    Setting("paths.data_dir", str, "", "Datenordner"),
    Setting("paths.sync_folder", str, "", "Austauschordner (Inhaltspakete, Statistik)"),
    Setting("paths.models_dir", str, "", "Ordner der Übersetzungsmodelle"),
    Setting("ui.language", str, "de", "Sprache der Oberfläche (de oder en)"),
    Setting("ui.client_screen", int, -1, "Bildschirm der Kundenanzeige (0, 1, …; -1 = der letzte)"),
    Setting("ui.client_screen_full", bool, True, "Kundenanzeige im Vollbild"),
    Setting("roles.team_leads", list, [], "Teamleitungen (Benutzernamen oder Gruppen)"),
    Setting("roles.admins", list, [], "Administration (Benutzernamen oder Gruppen)"),
    Setting("privacy.retention_days", int, 90, "Aufbewahrungsfrist abgeschlossener Gespräche (Tage)"),
    Setting("letters.deadline_days", int, 14, "Frist für Nachforderungen (Tage)"),
    Setting("content.auto_apply_packs", bool, False, "Inhaltspakete automatisch übernehmen"),
    Setting("storage.backup_count", int, 7, "Anzahl aufbewahrter Sicherungen"),
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
            f"Unbekannte Einstellung „{key}“ in {origin}.",
            hint=f"Bekannte Einstellungen: {known}.",
        )
    expected = setting.type
    ok = isinstance(value, expected) and not (expected is int and isinstance(value, bool))
    if expected is list:
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    if not ok:
        raise SettingsError(
            f"Die Einstellung „{key}“ in {origin} hat einen ungültigen Wert: {value!r}.",
            hint=f"Erwartet wird {_type_name(expected)} ({setting.label}).",
        )
    allowed = ALLOWED_VALUES.get(key)
    if allowed and value not in allowed:
        raise SettingsError(
            f"Die Einstellung „{key}“ in {origin} hat einen ungültigen Wert: {value!r}.",
            hint=f"Erlaubt sind: {', '.join(allowed)}.",
        )
    if expected is int and value < 0 and key != "ui.client_screen":
        raise SettingsError(f"Die Einstellung „{key}“ in {origin} darf nicht negativ sein.")
    return value


def _type_name(kind: type) -> str:
    return {str: "ein Text", int: "eine ganze Zahl", bool: "true oder false", list: "eine Liste von Texten"}[kind]


def load_machine_settings(path: Path) -> dict[str, Any]:
    """Read and validate the machine-wide TOML file; a missing file means no machine settings."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise SettingsError(
            f"Die Einstellungsdatei {path} kann nicht gelesen werden ({exc.strerror}).",
            hint="Bitte prüfen Sie die Zugriffsrechte oder wenden Sie sich an die IT.",
        ) from exc
    import tomllib  # only when IT has rolled out a settings file

    try:
        table = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(
            f"Die Einstellungsdatei {path} ist kein gültiges TOML: {exc}.",
            hint="Bitte korrigieren Sie die Datei (Zeile und Spalte stehen in der Meldung).",
        ) from exc
    return {key: validate_value(key, value, origin=str(path)) for key, value in _flatten(table).items()}
