"""Admin commands for personal data: purge, delete-client, export-client, audit.

These commands only run transactions, so they share the database safely with a running app
(SQLite locking, busy timeout); only `restore` needs the app closed (see instance_lock).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import audit, privacy
from .context import AppContext
from .conversations import current_clerk


def register(commands: argparse._SubParsersAction, *, parents: list) -> None:
    add = commands.add_parser
    p = add("purge", parents=parents, help="Personenbezogene Daten nach Ablauf der Aufbewahrungsfrist löschen",
            description="Anonymisiert alle Gespräche, die vor mehr als privacy.retention_days Tagen abgeschlossen "
            "wurden: Name, Geburtsdatum, Staatsangehörigkeit, Aktenzeichen und Notizen werden gelöscht, die "
            "anonymen Angaben für die Statistik bleiben. Läuft auch bei jedem Programmstart.")
    p.add_argument("--dry-run", action="store_true", help="nur anzeigen, was gelöscht würde")
    p.add_argument("--backups", action="store_true", help="auch in allen Sicherungen löschen")
    p.set_defaults(handler=cmd_purge)
    p = add("delete-client", parents=parents, help="Daten einer Kundin/eines Kunden jetzt löschen (auch in Sicherungen)",
            description="Löscht die personenbezogenen Daten zum angegebenen Gespräch (und allen Gesprächen "
            "desselben Kundeneintrags), auch in den Sicherungen. Die anonymen Angaben bleiben.")
    p.add_argument("--conversation", type=int, action="append", required=True, metavar="NR",
                   help="Nummer des Gesprächs (siehe admin conversations); mehrfach möglich")
    p.set_defaults(handler=cmd_delete_client)
    p = add("export-client", parents=parents, help="Auskunft: gespeicherte Daten einer Kundin/eines Kunden in eine Datei",
            description="Schreibt alle gespeicherten Daten zum Gespräch in eine Datei (nur für Sie lesbar). "
            "Das Format folgt der Endung: .html oder .txt zum Lesen, .json maschinenlesbar.")
    p.add_argument("--conversation", type=int, action="append", required=True, metavar="NR",
                   help="Nummer des Gesprächs; mehrfach möglich")
    p.add_argument("--out", type=Path, required=True, metavar="DATEI", help="Zieldatei (.html, .txt oder .json)")
    p.set_defaults(handler=cmd_export_client)
    p = add("audit", parents=parents, help="Protokoll: wer hat wann welches Gespräch geöffnet oder geändert",
            description="Zeigt das Protokoll (neueste zuerst). Es enthält keine personenbezogenen Daten der "
            "Kundinnen und Kunden, nur Gesprächsnummern.")
    p.add_argument("--conversation", type=int, metavar="NR", help="nur dieses Gespräch")
    p.add_argument("--limit", type=int, default=200, metavar="N", help="höchstens N Einträge (Standard 200; 0 = alle)")
    p.add_argument("--prune", action="store_true",
                   help=f"Wartung: Einträge entfernen, die älter als {audit.KEEP_DAYS} Tage sind")
    p.set_defaults(handler=cmd_audit)


def cmd_purge(args, ctx: AppContext) -> int:
    result = privacy.purge_expired(ctx.store(), retention_days=ctx.settings.get("privacy.retention_days"),
                                   dry_run=args.dry_run, backup_dir=ctx.paths.backups if args.backups else None)
    verb = "würden gelöscht" if result.dry_run else "gelöscht"
    print(f"Aufbewahrungsfrist: abgeschlossen vor {result.cutoff.replace('T', ' ')}.")
    print(f"{len(result.conversations)} Gespräch(e), {result.clients} Kundeneintrag/-einträge und "
          f"{result.translations} zwischengespeicherte Übersetzung(en) {verb}.")
    if result.conversations:
        print("Gespräche: " + _numbers(result.conversations))
    _report_backups(result.backups_cleaned, result.backups_failed)
    if result.stale_open:
        print(f"Hinweis: {len(result.stale_open)} offene(s) Gespräch(e) seit mehr als der Frist unverändert "
              f"(Nr. {_numbers(result.stale_open)}). Bitte abschließen, damit die Frist für sie läuft.")
    _report_leftovers(ctx)
    return 1 if result.backups_failed else 0


def cmd_delete_client(args, ctx: AppContext) -> int:
    store = ctx.store()
    failed = False
    for conversation_id in args.conversation:
        result = privacy.delete_client(store, conversation_id=conversation_id, who=current_clerk(),
                                       backup_dir=ctx.paths.backups)
        print(f"Gelöscht: personenbezogene Daten zu Gespräch(en) Nr. {_numbers(result.conversations)}.")
        _report_backups(result.backups_cleaned, result.backups_failed)
        failed |= bool(result.backups_failed)
        _report_related(result.related)
    _report_leftovers(ctx)
    return 1 if failed else 0


def cmd_export_client(args, ctx: AppContext) -> int:
    result = privacy.export_client(ctx.store(), conversation_ids=args.conversation, out=args.out,
                                   who=current_clerk())
    print(f"Auskunft geschrieben: {result.path} (Gespräch(e) Nr. {_numbers(result.conversations)}).")
    print("Die Datei enthält personenbezogene Daten: bitte nach der Übergabe löschen.")
    _report_related(result.related)
    return 0


def cmd_audit(args, ctx: AppContext) -> int:
    store = ctx.store()
    if args.prune:
        removed = audit.prune_old_entries(store, who=current_clerk())
        print(f"{removed} Protokolleintrag/-einträge älter als {audit.KEEP_DAYS} Tage entfernt.")
        return 0
    rows = audit.entries(store, conversation_id=args.conversation, limit=args.limit or None)
    print(f"{'Zeit':19}  {'Benutzer':16} {'Gespräch':>8}  Aktion")
    for entry in rows:
        number = "" if entry.conversation_id is None else str(entry.conversation_id)
        detail = f" ({entry.detail})" if entry.detail else ""
        print(f"{entry.local_time:19}  {entry.who[:16]:16} {number:>8}  {entry.label}{detail}")
    print(f"{len(rows)} Eintrag/Einträge.")
    return 0


def _numbers(ids) -> str:
    shown = ", ".join(str(i) for i in list(ids)[:30])
    return shown + (f" … (insgesamt {len(ids)})" if len(ids) > 30 else "")


def _report_backups(cleaned, failed) -> None:
    if cleaned:
        print(f"Auch in {len(cleaned)} Sicherung(en) gelöscht.")
    for message in failed:
        print(f"ACHTUNG: Sicherung nicht bereinigt: {message}")


def _report_related(related) -> None:
    if related:
        print(f"Hinweis: Gespräch(e) Nr. {_numbers(related)} gehören vielleicht zur selben Person "
              "(gleiches Aktenzeichen oder gleicher Name und Geburtsdatum). Bitte prüfen.")


def _report_leftovers(ctx: AppContext) -> None:
    for leftover in privacy.leftover_copies(ctx.paths.root):
        print(f"Hinweis: {leftover.name} (von einer Wiederherstellung aufbewahrt) kann noch gelöschte Daten "
              "enthalten. Bitte löschen, sobald die wiederhergestellte Datenbank geprüft ist.")
