"""Which letter templates exist: the default ones in resources/templates, and those a team lead
imported into the data folder (`<data>/templates`). An imported template with the name of a default
one takes its place; the default file itself is never changed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from ..errors import NotFoundError
from ..i18n import N_, _
from ..paths import resource_path
from .errors import TemplateError

NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
ORIGIN_DEFAULT = "Standard"
ORIGIN_IMPORTED = "eigene"
# The origins are stored values (letter metadata, compared in code); these are their display names.
_ORIGIN_LABELS = {ORIGIN_DEFAULT: N_("Standard"), ORIGIN_IMPORTED: N_("eigene")}
CATALOG_FILE = "templates.yaml"


@dataclass(frozen=True)
class CourtesySentence:
    snippet: str  # id in the snippet library
    value: str = ""  # dotted placeholder shown under the sentence, e.g. "deadline.date"
    when: Mapping[str, str] = field(default_factory=dict)  # free-field values it applies to
    only_if: str = ""  # dotted placeholder that must be non-empty/true, e.g. "fees.has_fees"


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    title: str
    description: str
    path: Path
    origin: str
    requires: tuple[str, ...] = ()  # lists that must not be empty, e.g. missing_documents
    courtesy: tuple[CourtesySentence, ...] = ()
    courtesy_heading: str = ""  # snippet id of the sentence above the translated documents
    courtesy_documents: str = "missing_documents"  # which list the enclosure translates ('' = none)
    replaces_default: bool = False


def origin_label(origin: str) -> str:
    """The origin as shown in messages and command-line output, in the language of messages."""
    label = _ORIGIN_LABELS.get(origin)
    return _(label) if label else origin


def default_dir() -> Path:
    return resource_path("templates")


def imported_dir(data_root: Path) -> Path:
    return data_root / "templates"


def list_templates(data_root: Path) -> list[TemplateInfo]:
    """Every usable template, default ones first in catalogue order, then imported ones by name."""
    found = {info.name: info for info in _default_templates()}
    for info in _imported_templates(data_root):
        base = found.get(info.name)
        found[info.name] = _merged(info, base) if base else replace(info, title=info.title or info.name)
    return list(found.values())


def find_template(data_root: Path, name: str) -> TemplateInfo:
    for info in list_templates(data_root):
        if info.name == name:
            return info
    names = ", ".join(i.name for i in list_templates(data_root))
    raise NotFoundError(_("Die Briefvorlage „{name}“ gibt es nicht.").format(name=name),
                        hint=_("Vorhanden sind: {names}.").format(names=names))


def _merged(imported: TemplateInfo, default: TemplateInfo) -> TemplateInfo:
    """An imported replacement keeps the default's catalogue data unless it brings its own."""
    return TemplateInfo(
        name=imported.name, title=imported.title or default.title,
        description=imported.description or default.description, path=imported.path, origin=ORIGIN_IMPORTED,
        requires=default.requires, courtesy=default.courtesy, courtesy_heading=default.courtesy_heading,
        courtesy_documents=default.courtesy_documents, replaces_default=True,
    )


def _default_templates() -> list[TemplateInfo]:
    folder = default_dir()
    catalog = _read_catalog(folder / CATALOG_FILE)
    infos = []
    for name, entry in catalog.items():
        path = folder / f"{name}.docx"
        if path.is_file():
            infos.append(_info_from_entry(name, entry, path))
    return infos


@lru_cache(maxsize=4)
def _read_catalog(path: Path) -> dict[str, Any]:
    import yaml  # content files only, never at start-up

    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise TemplateError(_("Das Vorlagenverzeichnis {path} kann nicht gelesen werden: {error}.").format(
            path=path, error=exc)) from exc
    templates = data.get("templates")
    if not isinstance(templates, dict):
        raise TemplateError(
            _("Das Vorlagenverzeichnis {path} enthält keine Zuordnung „templates“.").format(path=path))
    return templates


def _info_from_entry(name: str, entry: Mapping[str, Any], path: Path) -> TemplateInfo:
    courtesy = tuple(
        CourtesySentence(str(s["snippet"]), str(s.get("value", "")), {k: str(v) for k, v in (s.get("when") or {}).items()},
                         str(s.get("only_if", "")))
        for s in entry.get("courtesy") or ()
    )
    return TemplateInfo(
        name=name, title=str(entry.get("title", name)), description=str(entry.get("description", "")).strip(),
        path=path, origin=ORIGIN_DEFAULT, requires=tuple(entry.get("requires") or ()), courtesy=courtesy,
        courtesy_heading=str(entry.get("courtesy_heading", "")),
        courtesy_documents=str(entry.get("courtesy_documents", "missing_documents") or ""),
    )


def _imported_templates(data_root: Path) -> list[TemplateInfo]:
    folder = imported_dir(data_root)
    if not folder.is_dir():
        return []
    infos = []
    for path in sorted(folder.glob("*.docx")):
        if NAME.match(path.stem):
            meta = read_sidecar(path)
            infos.append(TemplateInfo(name=path.stem, title=meta.get("title", ""),
                                      description=meta.get("description", ""), path=path, origin=ORIGIN_IMPORTED))
    return infos


def sidecar_path(template_path: Path) -> Path:
    return template_path.with_suffix(".json")


def read_sidecar(template_path: Path) -> dict[str, Any]:
    """Title, description and import record of an imported template ({} if unreadable)."""
    try:
        data = json.loads(sidecar_path(template_path).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
