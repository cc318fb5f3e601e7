"""Admin commands for content: export-pack, import-pack (with --dry-run), versions, diff.

Heavy modules (YAML, the letters package) are imported inside the handlers, so `counter-app
--help` stays fast.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .context import AppContext


def register(subparsers, *, parents) -> None:
    """Add the content commands to `counter-app admin`."""
    export = subparsers.add_parser(
        "export-pack", parents=parents, help="Inhalte als Inhaltspaket exportieren (Checklisten, Textbausteine, …)",
        description="Schreibt die aktuelle Version aller Checklisten, die Textbausteine mit Prüfstatus, eigene "
        "Briefvorlagen und das Verweisverzeichnis in eine Datei, die jeder Schalter-PC importieren kann.")
    export.add_argument("file", metavar="DATEI", type=Path, help="Zieldatei (.zip)")
    export.add_argument("--matter", action="append", metavar="ANLIEGEN",
                        help="nur dieses Anliegen (mehrfach möglich); dann entfernt das Paket beim Import nichts")
    export.set_defaults(handler=export_pack_command)

    imp = subparsers.add_parser(
        "import-pack", parents=parents, help="Inhaltspaket prüfen und übernehmen",
        description="Prüft das Paket vollständig (ein beschädigtes Paket wird ganz abgelehnt) und übernimmt es. "
        "Hier lokal geänderte Inhalte bleiben erhalten, außer mit --replace-local.")
    imp.add_argument("file", metavar="DATEI", type=Path, help="Inhaltspaket (.zip)")
    imp.add_argument("--dry-run", action="store_true", help="nur anzeigen, was sich ändern würde")
    imp.add_argument("--replace-local", action="store_true", help="auch hier lokal geänderte Inhalte ersetzen")
    imp.set_defaults(handler=import_pack_command)

    versions = subparsers.add_parser("versions", parents=parents, help="Versionen einer Checkliste anzeigen")
    versions.add_argument("matter", metavar="ANLIEGEN", help="Kennung des Anliegens, z. B. study")
    versions.set_defaults(handler=versions_command)

    diff = subparsers.add_parser("diff", parents=parents, help="zwei Versionen einer Checkliste vergleichen")
    diff.add_argument("matter", metavar="ANLIEGEN", help="Kennung des Anliegens")
    diff.add_argument("old", metavar="V1", type=int, help="ältere Version")
    diff.add_argument("new", metavar="V2", type=int, help="neuere Version")
    diff.add_argument("--yaml", action="store_true", help="zusätzlich den zeilenweisen YAML-Vergleich zeigen")
    diff.set_defaults(handler=diff_command)


def export_pack_command(args: argparse.Namespace, ctx: AppContext) -> int:
    from .content_export import export_pack
    from .roles import current_identity, require_content_editor

    identity = current_identity()
    require_content_editor(ctx, identity)
    manifest = export_pack(ctx, args.file, author=identity.display_name, matters=args.matter)
    checklists = sum(1 for name in manifest.files if name.startswith("checklists/"))
    print(f"Inhaltspaket geschrieben: {args.file}")
    print(f"  Inhaltsversion {manifest.content_version}, {checklists} Checkliste(n), "
          f"{len(manifest.files)} Datei(en){', vollständig' if manifest.complete else ', Auswahl'}.")
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
        print("Probelauf: es wurde nichts geändert.")
        return 0
    result = apply_import(ctx, plan, user=identity.display_name, replace=args.replace_local)
    print(f"Übernommen: {len(result.applied)} Änderung(en).")
    if result.kept:
        print(f"Behalten (hier lokal geändert): {len(result.kept)} – ersetzen mit --replace-local.")
    return 0


def print_plan(plan, *, replace_local: bool) -> None:
    from .content_audit import local_time
    from .content_packs import ACTION_LABELS, KIND_LABELS

    manifest = plan.pack.manifest
    scope = "vollständig" if manifest.complete else "Auswahl"
    print(f"Inhaltspaket {plan.pack.files.path.name}: Inhaltsversion {manifest.content_version}, erstellt "
          f"{local_time(manifest.created)} von {manifest.author} ({scope}).")
    print(f"Änderungen: {plan.summary()}; unverändert: {plan.unchanged}.")
    for change in plan.changes:
        mark = ""
        if change.local_edit:
            mark = "  [LOKAL GEÄNDERT – " + ("wird ersetzt]" if replace_local else "bleibt erhalten]")
        print(f"  {ACTION_LABELS[change.action]:9} {KIND_LABELS[change.kind]:18} {change.key}: {change.label}{mark}")
        for line in change.details[:12]:
            print(f"      {line}")


def versions_command(args: argparse.Namespace, ctx: AppContext) -> int:
    from .content_versions import history

    print(f"{'Version':>7}  {'Datum':19}  {'Autor':20} Kommentar")
    for info in history(ctx.store(), args.matter):
        current = " (aktuell)" if info.is_current else ""
        print(f"{info.version:>7}  {info.created_at:19}  {info.author:20} {info.comment}{current}")
    return 0


def diff_command(args: argparse.Namespace, ctx: AppContext) -> int:
    from .content_versions import diff_versions

    result = diff_versions(ctx.store(), args.matter, args.old, args.new)
    print(f"Änderungen von Version {args.old} zu Version {args.new} ({args.matter}):")
    for line in result.lines or ("keine",):
        print(f"  – {line}")
    if args.yaml:
        print()
        print("\n".join(result.yaml))
    return 0
