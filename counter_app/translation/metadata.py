"""The `metadata.json` of an Argos Translate package: required keys, codes and versions checked."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ..i18n import _

REQUIRED_KEYS = ("package_version", "argos_version", "from_code", "to_code", "from_name", "to_name")
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
VERSION = re.compile(r"^\d{1,4}(\.\d{1,4}){0,3}$")
# argostranslate 1.11 reads packages made for any 1.x release up to its own.
SUPPORTED_ARGOS = ((1, 0), (1, 11))
MAX_METADATA_BYTES = 64 * 1024


class MetadataProblem(ValueError):
    """Why a metadata.json is unusable (a marked message), without the file name (the caller adds it)."""


@dataclass(frozen=True)
class ModelMetadata:
    """What one translation package translates, and which version it is."""

    source: str
    target: str
    source_name: str
    target_name: str
    package_version: str
    argos_version: str

    @property
    def pair(self) -> str:
        """The pair's name as the app lists it, e.g. `de_en`."""
        return f"{self.source}_{self.target}"


def parse_metadata(raw: bytes) -> ModelMetadata:
    """Validate the bytes of a metadata.json; raise MetadataProblem with the reason."""
    if len(raw) > MAX_METADATA_BYTES:
        raise MetadataProblem(_("metadata.json ist ungewöhnlich groß"))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise MetadataProblem(_("metadata.json ist kein gültiges JSON")) from None
    if not isinstance(data, dict):
        raise MetadataProblem(_("metadata.json enthält kein JSON-Objekt"))
    _check_keys(data)
    _check_type(data)
    source, target = _language_code(data, "from_code"), _language_code(data, "to_code")
    if source == target:
        raise MetadataProblem(_("Ausgangs- und Zielsprache sind gleich ({code})").format(code=source))
    return ModelMetadata(
        source=source,
        target=target,
        source_name=_name(data, "from_name"),
        target_name=_name(data, "to_name"),
        package_version=_version(data, "package_version"),
        argos_version=_argos_version(data),
    )


def _check_keys(data: dict) -> None:
    missing = [key for key in REQUIRED_KEYS if key not in data]
    if missing:
        keys = ", ".join(_("„{key}“").format(key=key) for key in missing)
        raise MetadataProblem(_("in metadata.json fehlt {keys}").format(keys=keys))


def _check_type(data: dict) -> None:
    # Argos also ships sentence-splitting ("sbd") packages; only translation packages are useful here.
    kind = data.get("type", "translate")
    if kind != "translate":
        raise MetadataProblem(_("das Paket ist kein Übersetzungsmodell (Typ „{kind}“)").format(kind=kind))


def _language_code(data: dict, key: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not LANGUAGE_CODE.match(value):
        raise MetadataProblem(_("„{key}“ ist kein Sprachcode aus 2–3 Kleinbuchstaben: {value!r}").format(key=key, value=value))
    return value


def _name(data: dict, key: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        raise MetadataProblem(_("„{key}“ muss ein Sprachname sein: {value!r}").format(key=key, value=value))
    return value.strip()


def _version(data: dict, key: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not VERSION.match(value):
        raise MetadataProblem(_("„{key}“ ist keine gültige Versionsnummer: {value!r}").format(key=key, value=value))
    return value


def _argos_version(data: dict) -> str:
    value = _version(data, "argos_version")
    numbers = tuple(int(part) for part in value.split("."))
    major_minor = (numbers + (0,))[:2]
    lowest, highest = SUPPORTED_ARGOS
    if not lowest <= major_minor <= highest:
        raise MetadataProblem(
            _("das Paket ist für Argos Translate {version} gebaut; unterstützt werden die Versionen "
              "{lowest} bis {highest}").format(
                version=value, lowest=f"{lowest[0]}.{lowest[1]}", highest=f"{highest[0]}.{highest[1]}")
        )
    return value
