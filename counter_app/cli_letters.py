"""Admin commands for letters: list the templates, write a letter for a conversation, import a
team lead's template. The letters package (python-docx) is imported inside the handlers, so other
commands do not pay for it.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from .context import AppContext
from .errors import CounterAppError
from .i18n import _


def register(commands: argparse._SubParsersAction, *, parents: list) -> None:
    add = commands.add_parser
    p = add("templates", parents=parents, help=_("Briefvorlagen auflisten (Name, Titel, Herkunft)"))
    p.add_argument("--placeholders", action="store_true",
                   help=_("die erlaubten Platzhalter für eigene Vorlagen anzeigen"))
    p.set_defaults(handler=cmd_templates)
    p = add("letter", parents=parents, help=_("Brief zu einem Gespräch als Word-Datei (oder PDF) schreiben"),
            description=_("Füllt eine Briefvorlage mit den Angaben des Gesprächs. Endet --out auf .pdf, wird "
                          "mit LibreOffice umgewandelt."))
    p.add_argument("--conversation", type=int, required=True, metavar=_("NR"), help=_("Nummer des Gesprächs"))
    p.add_argument("--template", required=True, metavar=_("NAME"),
                   help=_("Name der Vorlage (siehe admin templates)"))
    p.add_argument("--out", type=Path, required=True, metavar=_("DATEI"), help=_("Zieldatei (.docx oder .pdf)"))
    p.add_argument("--field", action="append", default=[], metavar=_("NAME=WERT"),
                   help=_("freie Angabe, z. B. deadline_days=21, appointment_date=15.03.2027, "
                          "appointment_time=09:30; mehrfach möglich"))
    p.add_argument("--courtesy", action="store_true",
                   help=_("Höflichkeitsübersetzung in der Gesprächssprache beilegen"))
    p.add_argument("--allow-unreviewed", action="store_true",
                   help=_("auch ungeprüfte Übersetzungen verwenden (werden im Brief gekennzeichnet)"))
    p.add_argument("--archive", action="store_true", help=_("den Brief außerdem beim Gespräch ablegen"))
    p.add_argument("--date", metavar=_("TT.MM.JJJJ"), help=_("Datum des Briefs (Standard: heute)"))
    p.set_defaults(handler=cmd_letter)
    p = add("import-template", parents=parents,
            help=_("Eigene Briefvorlage (.docx) prüfen und übernehmen (Teamleitung)"),
            description=_("Prüft die Vorlage (Word-Datei, Platzhalter-Syntax, nur dokumentierte Platzhalter, "
                          "Probelauf) und legt sie im Datenordner ab. Eine abgelehnte Vorlage wird nicht gespeichert."))
    p.add_argument("file", type=Path, metavar=_("DATEI"), help=_("die .docx-Datei"))
    p.add_argument("--name", help=_("Name der Vorlage (Standard: aus dem Dateinamen)"))
    p.add_argument("--title", default="", help=_("Titel, wie ihn die Sachbearbeitung sieht"))
    p.add_argument("--description", default="", help=_("kurze Beschreibung"))
    p.add_argument("--replace", action="store_true", help=_("eine vorhandene Vorlage gleichen Namens ersetzen"))
    p.set_defaults(handler=cmd_import_template)


def cmd_templates(args, ctx: AppContext) -> int:
    from .letters import catalog, fields

    if args.placeholders:
        print(fields.placeholder_help())
        return 0
    templates = catalog.list_templates(ctx.paths.root)
    name, origin, title = _("Name"), _("Herkunft"), _("Titel")  # column headings of the listing
    print(f"{name:24} {origin:26} {title}")
    for info in templates:
        origin = catalog.origin_label(info.origin)
        if info.replaces_default:
            origin = _("{origin} (ersetzt Standard)").format(origin=origin)
        print(f"{info.name:24} {origin:26} {info.title}")
    print(_("{count} Vorlage(n).").format(count=len(templates)))
    return 0


def cmd_letter(args, ctx: AppContext) -> int:
    from .conversations import current_clerk
    from .letters import service
    from .letters.context import LetterRequest

    request = LetterRequest(template=args.template, fields=_parse_fields(args.field), courtesy=args.courtesy,
                            allow_unreviewed=args.allow_unreviewed, today=_parse_date(args.date))
    prepared, archived = service.write_letter(ctx, args.conversation, request, args.out,
                                              archive_clerk=current_clerk() if args.archive else None)
    print(_("Brief geschrieben: {path} ({title})").format(path=args.out, title=prepared.info.title))
    if archived:
        print(_("Beim Gespräch abgelegt: {path}").format(path=archived.path))
    deadline = prepared.context.deadline
    if deadline:
        day = f"{deadline.day:%d.%m.%Y}"
        # The note ("verschoben wegen Karfreitag") is the letter's own German text, with German holiday names.
        if deadline.moved:
            print(_("Frist: {date} ({note})").format(date=day, note=deadline.note()))
        else:
            print(_("Frist: {date}").format(date=day))
    for text in prepared.context.omitted:
        print(_("Nicht übersetzt (keine geprüfte Übersetzung): {text}").format(text=text))
    return 0


def _parse_fields(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name.strip():
            raise CounterAppError(
                _("--field „{value}“: bitte als NAME=WERT angeben, z. B. deadline_days=21.").format(value=pair))
        values[name.strip()] = value
    return values


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return datetime.strptime(text.strip(), "%d.%m.%Y").date()
    except ValueError:
        raise CounterAppError(
            _("--date „{value}“ ist kein Datum im Format TT.MM.JJJJ.").format(value=text)) from None


def cmd_import_template(args, ctx: AppContext) -> int:
    # Through content_templates, so that the import is recorded in the content audit and
    # content packs see a new content version.
    from . import content_templates
    from .letters import catalog, checking
    from .roles import current_identity, require_content_editor

    identity = current_identity()
    require_content_editor(ctx, identity)
    if not args.file.is_file():
        raise CounterAppError(_("Die Datei {path} gibt es nicht.").format(path=args.file))
    name = args.name or checking.name_from_file(args.file)
    options = dict(author=identity.display_name, title=args.title, description=args.description)
    exists = any(info.name == name for info in catalog.list_templates(ctx.paths.root))
    if args.replace and exists:
        info = content_templates.replace_template(ctx, name, args.file, **options)
    else:
        info = content_templates.add_template(ctx, args.file, name=name, **options)
    if info.replaces_default:
        print(_("Vorlage „{name}“ übernommen: {title} (ersetzt die Standardvorlage; "
                "diese bleibt erhalten).").format(name=info.name, title=info.title))
    else:
        print(_("Vorlage „{name}“ übernommen: {title}.").format(name=info.name, title=info.title))
    return 0
