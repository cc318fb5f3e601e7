"""Admin commands for content: export-pack, import-pack (with --dry-run), versions, diff.

Heavy modules (YAML, the letters package) are imported inside the handlers, so `counter-app
--help` stays fast.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .context import AppContext
from .i18n import _


def register(subparsers, *, parents) -> None:
    """Add the content commands to `counter-app admin`."""
    export = subparsers.add_parser(
        "export-pack", parents=parents,
        help=_("Inhalte als Inhaltspaket exportieren (Checklisten, Textbausteine, …)"),
        description=_("Schreibt die aktuelle Version aller Checklisten, die Textbausteine mit Prüfstatus, eigene "
                      "Briefvorlagen und das Verweisverzeichnis in eine Datei, die jeder Schalter-PC importieren "
                      "kann."))
    export.add_argument("file", metavar=_("DATEI"), type=Path, help=_("Zieldatei (.zip)"))
    export.add_argument("--matter", action="append", metavar=_("ANLIEGEN"),
                        help=_("nur dieses Anliegen (mehrfach möglich); dann entfernt das Paket beim Import nichts"))
    export.set_defaults(handler=export_pack_command)

    imp = subparsers.add_parser(
        "import-pack", parents=parents, help=_("Inhaltspaket prüfen und übernehmen"),
        description=_("Prüft das Paket vollständig (ein beschädigtes Paket wird ganz abgelehnt) und übernimmt es. "
                      "Hier lokal geänderte Inhalte bleiben erhalten, außer mit --replace-local."))
    imp.add_argument("file", metavar=_("DATEI"), type=Path, help=_("Inhaltspaket (.zip)"))
    imp.add_argument("--dry-run", action="store_true", help=_("nur anzeigen, was sich ändern würde"))
    imp.add_argument("--replace-local", action="store_true", help=_("auch hier lokal geänderte Inhalte ersetzen"))
    imp.set_defaults(handler=import_pack_command)

    versions = subparsers.add_parser("versions", parents=parents, help=_("Versionen einer Checkliste anzeigen"))
    versions.add_argument("matter", metavar=_("ANLIEGEN"), help=_("Kennung des Anliegens, z. B. study"))
    versions.set_defaults(handler=versions_command)

    diff = subparsers.add_parser("diff", parents=parents, help=_("zwei Versionen einer Checkliste vergleichen"))
    diff.add_argument("matter", metavar=_("ANLIEGEN"), help=_("Kennung des Anliegens"))
    diff.add_argument("old", metavar="V1", type=int, help=_("ältere Version"))
    diff.add_argument("new", metavar="V2", type=int, help=_("neuere Version"))
    diff.add_argument("--yaml", action="store_true", help=_("zusätzlich den zeilenweisen YAML-Vergleich zeigen"))
    diff.set_defaults(handler=diff_command)


def export_pack_command(args: argparse.Namespace, ctx: AppContext) -> int:
    from .content_export import export_pack
    from .roles import current_identity, require_content_editor

    identity = current_identity()
    require_content_editor(ctx, identity)
    manifest = export_pack(ctx, args.file, author=identity.display_name, matters=args.matter)
    checklists = sum(1 for name in manifest.files if name.startswith("checklists/"))
    print(_("Inhaltspaket geschrieben: {file}").format(file=args.file))
    scope = _("vollständig") if manifest.complete else _("Auswahl")
    print("  " + _("Inhaltsversion {version}, {checklists} Checkliste(n), {files} Datei(en), {scope}.").format(
        version=manifest.content_version, checklists=checklists, files=len(manifest.files), scope=scope))
    return 0


def import_pack_command(args: argparse.Namespace, ctx: AppContext) -> int:
    from .content_packs import apply_import, plan_import, read_pack
    from .roles import current_identity, require_content_editor

    identity = current_identity()
    if not args.dry_run:
        require_content_editor(ctx, identity)
    plan = plan_import(ctx, read_pack(args.file))
    print_plan(plan, replace_local=args.replace_local)
    if args.dry_run:
        print(_("Probelauf: es wurde nichts geändert."))
        return 0
    result = apply_import(ctx, plan, user=identity.display_name, replace=args.replace_local)
    print(_("Übernommen: {count} Änderung(en).").format(count=len(result.applied)))
    if result.kept:
        print(_("Behalten (hier lokal geändert): {count} – ersetzen mit --replace-local.").format(
            count=len(result.kept)))
    return 0


def print_plan(plan, *, replace_local: bool) -> None:
    from .content_audit import local_time
    from .content_packs import ACTION_LABELS, KIND_LABELS

    manifest = plan.pack.manifest
    scope = _("vollständig") if manifest.complete else _("Auswahl")
    print(_("Inhaltspaket {file}: Inhaltsversion {version}, erstellt {created} von {author} ({scope}).").format(
        file=plan.pack.files.path.name, version=manifest.content_version, created=local_time(manifest.created),
        author=manifest.author, scope=scope))
    print(_("Änderungen: {summary}; unverändert: {unchanged}.").format(summary=plan.summary(),
                                                                      unchanged=plan.unchanged))
    for change in plan.changes:
        mark = ""
        if change.local_edit:
            mark = "  " + (_("[LOKAL GEÄNDERT – wird ersetzt]") if replace_local
                           else _("[LOKAL GEÄNDERT – bleibt erhalten]"))
        action, kind = _(ACTION_LABELS[change.action]), _(KIND_LABELS[change.kind])
        print(f"  {action:9} {kind:18} {change.key}: {change.label}{mark}")
        for line in change.details[:12]:
            print(f"      {line}")


def versions_command(args: argparse.Namespace, ctx: AppContext) -> int:
    from .content_versions import history

    version, date, author, comment = _("Version"), _("Datum"), _("Autor"), _("Kommentar")
    print(f"{version:>7}  {date:19}  {author:20} {comment}")
    for info in history(ctx.store(), args.matter):
        current = " " + _("(aktuell)") if info.is_current else ""
        print(f"{info.version:>7}  {info.created_at:19}  {info.author:20} {info.comment}{current}")
    return 0


def diff_command(args: argparse.Namespace, ctx: AppContext) -> int:
    from .content_versions import diff_versions

    result = diff_versions(ctx.store(), args.matter, args.old, args.new)
    print(_("Änderungen von Version {old} zu Version {new} ({matter}):").format(
        old=args.old, new=args.new, matter=args.matter))
    for line in result.lines or (_("keine"),):
        print(f"  – {line}")
    if args.yaml:
        print()
        print("\n".join(result.yaml))
    return 0
