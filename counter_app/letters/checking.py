"""Checking a letter template before it is used or stored, and importing a team lead's template.

A template is refused with every problem named: not a Word file, broken Jinja syntax (with the
paragraph where it happens), placeholders that are not documented in `fields.PLACEHOLDERS`, or a
failure when it is tried out on an example conversation. A refused template is never stored and
the stored ones stay as they were.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from ..i18n import N_, _
from ..paths import ensure_private_dir
from . import catalog
from .errors import LetterError, TemplateError
from .fields import PLACEHOLDERS, FreeField, fields_for

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_UNPACKED_BYTES = 64 * 1024 * 1024  # a zip bomb stops here
_PART_NAMES = {"body": N_("Brieftext"), "header": N_("Kopfzeile"), "footer": N_("Fußzeile")}


@dataclass(frozen=True)
class TemplateCheck:
    placeholders: frozenset[str]  # top-level placeholders the template uses
    fields: tuple[FreeField, ...]  # free fields the clerk fills in for it


class _Problems(list):
    def raise_if_any(self, file_name: str) -> None:
        if self:
            listing = "\n".join(f"  – {p}" for p in self[:20])
            raise TemplateError(_("Die Briefvorlage „{file}“ wurde nicht übernommen:\n{problems}").format(
                                file=file_name, problems=listing),
                                hint=_("Bitte korrigieren Sie die Vorlage in Word und versuchen Sie es erneut. "
                                       "Die bisherigen Vorlagen bleiben unverändert."))


def check_template(path: Path, *, settings_get: Callable[[str], Any],
                   info: catalog.TemplateInfo | None = None) -> TemplateCheck:
    """Check everything about the template at `path`; raises TemplateError listing all problems."""
    problems = _Problems()
    file_name = path.name
    _check_container(path, problems)
    problems.raise_if_any(file_name)
    parts = _template_parts(path, problems)
    problems.raise_if_any(file_name)
    names: set[str] = set()
    for part, xml in parts:
        names |= _check_part(part, xml, problems)
    problems.raise_if_any(file_name)
    _try_example(path, settings_get, info or _example_info(path), problems)
    problems.raise_if_any(file_name)
    return TemplateCheck(frozenset(names), fields_for(names))


def _check_container(path: Path, problems: _Problems) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        problems.append(_("Die Datei kann nicht gelesen werden ({reason}).").format(reason=exc.strerror))
        return
    if size > MAX_FILE_BYTES:
        problems.append(_("Die Datei ist mit {size} MB zu groß (höchstens 10 MB).").format(size=size // 1024 // 1024))
        return
    if not zipfile.is_zipfile(path):
        problems.append(_("Das ist keine Word-Datei (.docx): eine .docx-Datei ist ein ZIP-Archiv. "
                          "Bitte in Word „Speichern unter … Word-Dokument (*.docx)“ wählen."))
        return
    try:
        with zipfile.ZipFile(path) as archive:
            _check_members(archive, problems)
    except (zipfile.BadZipFile, OSError) as exc:
        problems.append(_("Das ZIP-Archiv der Datei ist beschädigt ({error}).").format(error=exc))


def _check_members(archive: zipfile.ZipFile, problems: _Problems) -> None:
    members = {info.filename: info for info in archive.infolist()}
    if sum(info.file_size for info in members.values()) > MAX_UNPACKED_BYTES:
        problems.append(_("Die Datei ist entpackt zu groß (höchstens 64 MB)."))
    elif "word/document.xml" not in members or "[Content_Types].xml" not in members:
        problems.append(_("Das ist ein ZIP-Archiv, aber kein Word-Dokument (word/document.xml fehlt)."))
    elif b"macroEnabled" in archive.read("[Content_Types].xml"):
        problems.append(_("Dokumente mit Makros (.docm) werden nicht angenommen. Bitte als .docx speichern."))


def _template_parts(path: Path, problems: _Problems) -> list[tuple[str, str]]:
    """Body, headers and footers as docxtpl will see them (tags inside {{ }} already joined)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    from .render import open_template

    try:
        template = open_template(path)
    except TemplateError as exc:
        problems.append(str(exc.message))
        return []
    parts = [("body", template.get_xml())]
    for relation in template.docx.part.rels.values():
        kind = {RT.HEADER: "header", RT.FOOTER: "footer"}.get(relation.reltype)
        if kind and not relation.is_external:
            parts.append((kind, template.get_part_xml(relation.target_part)))
    return [(part, template.patch_xml(xml)) for part, xml in parts]


def _check_part(part: str, xml: str, problems: _Problems) -> set[str]:
    from jinja2 import TemplateSyntaxError, meta

    from .render import jinja_environment

    # docxtpl puts every paragraph on its own line before compiling; so do we, which turns
    # Jinja's line number into a paragraph number.
    source = re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)
    try:
        tree = jinja_environment().parse(source)
    except TemplateSyntaxError as exc:
        problems.append(_syntax_problem(part, source, exc))
        return set()
    names = meta.find_undeclared_variables(tree)
    unknown = sorted(names - set(PLACEHOLDERS))
    if unknown:
        problems.append(_("{part}: unbekannte Platzhalter: {names}. "
                          "Erlaubt sind die unter „counter-app admin templates --placeholders“ genannten.").format(
                          part=_(_PART_NAMES[part]), names=", ".join(unknown)))
    problems.extend(_unknown_attributes(part, tree))
    return names & set(PLACEHOLDERS)


def _syntax_problem(part: str, source: str, exc) -> str:
    lines = source.split("\n")
    name, explanation = _(_PART_NAMES[part]), _explain(exc.message or str(exc))
    if exc.lineno and 1 < exc.lineno <= len(lines):
        text = re.sub(r"<[^>]+>", "", lines[exc.lineno - 1]).strip()
        excerpt = text if len(text) <= 80 else text[:77] + "…"
        return _("{part} in Absatz {paragraph} („{excerpt}“): fehlerhafte Platzhalter-Syntax – "
                 "{explanation}").format(part=name, paragraph=exc.lineno - 1, excerpt=excerpt, explanation=explanation)
    return _("{part}: fehlerhafte Platzhalter-Syntax – {explanation}").format(part=name, explanation=explanation)


def _explain(message: str) -> str:
    if "Unexpected end of template" in message:
        return _("ein Block ist nicht geschlossen ({{% endif %}} oder {{% endfor %}} fehlt). [{message}]").format(
            message=message)
    if "Encountered unknown tag" in message:
        return _("unbekannter oder überzähliger Befehl in {{% … %}}. [{message}]").format(message=message)
    if "unexpected" in message.lower():
        return _("Klammern passen nicht zusammen (z. B. „{{{{ name }}“ statt „{{{{ name }}}}“). "
                 "[{message}]").format(message=message)
    return message


def _unknown_attributes(part: str, tree) -> list[str]:
    """`client.nmae` and the like, for placeholders whose attributes are documented."""
    from jinja2 import nodes

    problems = []
    for node in tree.find_all(nodes.Getattr):
        if isinstance(node.node, nodes.Name) and node.node.name in PLACEHOLDERS:
            documented = PLACEHOLDERS[node.node.name][1]
            if documented and "[]" not in documented and node.attr not in documented:
                problems.append(_("{part}: unbekannter Platzhalter „{name}“.").format(
                    part=_(_PART_NAMES[part]), name=f"{node.node.name}.{node.attr}"))
    return sorted(set(problems))


def _try_example(path: Path, settings_get, info: catalog.TemplateInfo, problems: _Problems) -> None:
    from .context import example_values
    from .render import render_docx

    try:
        render_docx(path, example_values(settings_get, info), language="ar", rtl=True)
    except TemplateError as exc:
        problems.append(_("Probelauf mit einem Beispielgespräch: {problem}").format(problem=exc.message))
    except Exception as exc:  # a template can fail in many ways (e.g. arithmetic on text); name it
        problems.append(_("Probelauf mit einem Beispielgespräch fehlgeschlagen: {error}").format(
            error=f"{type(exc).__name__}: {exc}"))


def _example_info(path: Path) -> catalog.TemplateInfo:
    return catalog.TemplateInfo(name=path.stem, title=path.stem, description="", path=path, origin="Prüfung")


@lru_cache(maxsize=64)
def _placeholders_cached(path: str, mtime_ns: int, size: int) -> frozenset[str]:
    from jinja2 import meta

    from .render import jinja_environment

    names: set[str] = set()
    for _part, xml in _template_parts(Path(path), _Problems()):
        source = re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)
        names |= meta.find_undeclared_variables(jinja_environment().parse(source))
    return frozenset(names & set(PLACEHOLDERS))


def template_placeholders(path: Path) -> frozenset[str]:
    """Top-level placeholders a stored template uses (cached until the file changes)."""
    stat = path.stat()
    return _placeholders_cached(str(path), stat.st_mtime_ns, stat.st_size)


# --- import ------------------------------------------------------------------------------------


class TemplateExistsError(LetterError):
    """A template of that name exists; replacing it needs an explicit yes."""


def name_from_file(path: Path) -> str:
    """A template name from a file name: 'Einladung Zweigstelle.docx' → 'einladung_zweigstelle'."""
    text = path.stem.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9_-]+", "_", text).strip("_-")[:40]


def import_template(data_root: Path, source: Path, *, settings_get, name: str | None = None, title: str = "",
                    description: str = "", replace: bool = False, author: str = "") -> catalog.TemplateInfo:
    """Check `source` and store it as `<data>/templates/<name>.docx`. A replaced template is kept
    in `templates/replaced/` so a team lead can go back."""
    name = name or name_from_file(source)
    if not catalog.NAME.match(name):
        raise TemplateError(_("„{name}“ ist kein gültiger Vorlagenname.").format(name=name),
                            hint=_("Erlaubt sind Kleinbuchstaben, Ziffern, _ und -, höchstens 40 Zeichen."))
    existing = {info.name: info for info in catalog.list_templates(data_root)}
    if name in existing and not replace:
        raise TemplateExistsError(
            _("Eine Briefvorlage „{name}“ gibt es schon ({origin}: {title}).").format(
                name=name, origin=catalog.origin_label(existing[name].origin), title=existing[name].title),
            hint=_("Zum Ersetzen erneut mit --replace aufrufen; die Standardvorlage selbst bleibt erhalten."))
    base = existing.get(name)
    check_template(source, settings_get=settings_get, info=base)
    folder = ensure_private_dir(catalog.imported_dir(data_root))
    target = folder / f"{name}.docx"
    if target.exists():
        _keep_replaced(target)
    sidecar = {"title": title or (base.title if base else "") or name, "description": description,
               "imported_at": datetime.now().isoformat(timespec="seconds"), "imported_by": author,
               "source": source.name, "sha256": hashlib.sha256(source.read_bytes()).hexdigest()}
    _atomic_copy(source, target)
    _atomic_write(catalog.sidecar_path(target), json.dumps(sidecar, ensure_ascii=False, indent=2))
    return catalog.find_template(data_root, name)


def _keep_replaced(target: Path) -> None:
    folder = ensure_private_dir(target.parent / "replaced")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    shutil.copy2(target, folder / f"{target.stem}-{stamp}.docx")


def _atomic_copy(source: Path, target: Path) -> None:
    _atomic_write(target, source.read_bytes())


def _atomic_write(target: Path, content: str | bytes) -> None:
    """Write beside the target and rename, so a crash never leaves half a template."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
