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
from .i18n import _


def register(commands: argparse._SubParsersAction, *, parents: list) -> None:
    add = commands.add_parser
    p = add("purge", parents=parents, help=_("Personenbezogene Daten nach Ablauf der Aufbewahrungsfrist löschen"),
            description=_("Anonymisiert alle Gespräche, die vor mehr als privacy.retention_days Tagen abgeschlossen "
                          "wurden: Name, Geburtsdatum, Staatsangehörigkeit, Aktenzeichen und Notizen werden gelöscht, "
                          "die anonymen Angaben für die Statistik bleiben. Läuft auch bei jedem Programmstart."))
    p.add_argument("--dry-run", action="store_true", help=_("nur anzeigen, was gelöscht würde"))
    p.add_argument("--backups", action="store_true", help=_("auch in allen Sicherungen löschen"))
    p.set_defaults(handler=cmd_purge)
    p = add("delete-client", parents=parents,
            help=_("Daten einer Kundin/eines Kunden jetzt löschen (auch in Sicherungen)"),
            description=_("Löscht die personenbezogenen Daten zum angegebenen Gespräch (und allen Gesprächen "
                          "desselben Kundeneintrags), auch in den Sicherungen. Die anonymen Angaben bleiben."))
    p.add_argument("--conversation", type=int, action="append", required=True, metavar=_("NR"),
                   help=_("Nummer des Gesprächs (siehe admin conversations); mehrfach möglich"))
    p.set_defaults(handler=cmd_delete_client)
    p = add("export-client", parents=parents,
            help=_("Auskunft: gespeicherte Daten einer Kundin/eines Kunden in eine Datei"),
            description=_("Schreibt alle gespeicherten Daten zum Gespräch in eine Datei (nur für Sie lesbar). "
                          "Das Format folgt der Endung: .html oder .txt zum Lesen, .json maschinenlesbar."))
    p.add_argument("--conversation", type=int, action="append", required=True, metavar=_("NR"),
                   help=_("Nummer des Gesprächs; mehrfach möglich"))
    p.add_argument("--out", type=Path, required=True, metavar=_("DATEI"),
                   help=_("Zieldatei (.html, .txt oder .json)"))
    p.set_defaults(handler=cmd_export_client)
    p = add("audit", parents=parents, help=_("Protokoll: wer hat wann welches Gespräch geöffnet oder geändert"),
            description=_("Zeigt das Protokoll (neueste zuerst). Es enthält keine personenbezogenen Daten der "
                          "Kundinnen und Kunden, nur Gesprächsnummern."))
    p.add_argument("--conversation", type=int, metavar=_("NR"), help=_("nur dieses Gespräch"))
    p.add_argument("--limit", type=int, default=200, metavar="N",
                   help=_("höchstens N Einträge (Standard 200; 0 = alle)"))
    p.add_argument("--prune", action="store_true",
                   help=_("Wartung: Einträge entfernen, die älter als {days} Tage sind").format(days=audit.KEEP_DAYS))
    p.set_defaults(handler=cmd_audit)


def cmd_purge(args, ctx: AppContext) -> int:
    result = privacy.purge_expired(ctx.store(), retention_days=ctx.settings.get("privacy.retention_days"),
                                   dry_run=args.dry_run, backup_dir=ctx.paths.backups if args.backups else None)
    print(_("Aufbewahrungsfrist: abgeschlossen vor {cutoff}.").format(cutoff=result.cutoff.replace("T", " ")))
    counts = {"conversations": len(result.conversations), "clients": result.clients,
              "translations": result.translations}
    if result.dry_run:
        print(_("{conversations} Gespräch(e), {clients} Kundeneintrag/-einträge und {translations} "
                "zwischengespeicherte Übersetzung(en) würden gelöscht.").format(**counts))
    else:
        print(_("{conversations} Gespräch(e), {clients} Kundeneintrag/-einträge und {translations} "
                "zwischengespeicherte Übersetzung(en) gelöscht.").format(**counts))
    if result.conversations:
        print(_("Gespräche: {numbers}").format(numbers=_numbers(result.conversations)))
    _report_backups(result.backups_cleaned, result.backups_failed)
    if result.stale_open:
        print(_("Hinweis: {count} offene(s) Gespräch(e) seit mehr als der Frist unverändert (Nr. {numbers}). "
                "Bitte abschließen, damit die Frist für sie läuft.").format(
                    count=len(result.stale_open), numbers=_numbers(result.stale_open)))
    _report_leftovers(ctx)
    return 1 if result.backups_failed else 0


def cmd_delete_client(args, ctx: AppContext) -> int:
    store = ctx.store()
    failed = False
    for conversation_id in args.conversation:
        result = privacy.delete_client(store, conversation_id=conversation_id, who=current_clerk(),
                                       backup_dir=ctx.paths.backups)
        print(_("Gelöscht: personenbezogene Daten zu Gespräch(en) Nr. {numbers}.").format(
            numbers=_numbers(result.conversations)))
        _report_backups(result.backups_cleaned, result.backups_failed)
        failed |= bool(result.backups_failed)
        _report_related(result.related)
    _report_leftovers(ctx)
    return 1 if failed else 0


def cmd_export_client(args, ctx: AppContext) -> int:
    result = privacy.export_client(ctx.store(), conversation_ids=args.conversation, out=args.out,
                                   who=current_clerk())
    print(_("Auskunft geschrieben: {path} (Gespräch(e) Nr. {numbers}).").format(
        path=result.path, numbers=_numbers(result.conversations)))
    print(_("Die Datei enthält personenbezogene Daten: bitte nach der Übergabe löschen."))
    _report_related(result.related)
    return 0


def cmd_audit(args, ctx: AppContext) -> int:
    store = ctx.store()
    if args.prune:
        removed = audit.prune_old_entries(store, who=current_clerk())
        print(_("{count} Protokolleintrag/-einträge älter als {days} Tage entfernt.").format(
            count=removed, days=audit.KEEP_DAYS))
        return 0
    rows = audit.entries(store, conversation_id=args.conversation, limit=args.limit or None)
    when, user, conversation, action = _("Zeit"), _("Benutzer"), _("Gespräch"), _("Aktion")
    print(f"{when:19}  {user:16} {conversation:>8}  {action}")
    for entry in rows:
        number = "" if entry.conversation_id is None else str(entry.conversation_id)
        detail = f" ({entry.detail})" if entry.detail else ""
        print(f"{entry.local_time:19}  {entry.who[:16]:16} {number:>8}  {entry.label}{detail}")
    print(_("{count} Eintrag/Einträge.").format(count=len(rows)))
    return 0


def _numbers(ids) -> str:
    shown = ", ".join(str(i) for i in list(ids)[:30])
    if len(ids) > 30:
        return _("{numbers} … (insgesamt {count})").format(numbers=shown, count=len(ids))
    return shown


def _report_backups(cleaned, failed) -> None:
    if cleaned:
        print(_("Auch in {count} Sicherung(en) gelöscht.").format(count=len(cleaned)))
    for message in failed:
        print(_("ACHTUNG: Sicherung nicht bereinigt: {problem}").format(problem=message))


def _report_related(related) -> None:
    if related:
        print(_("Hinweis: Gespräch(e) Nr. {numbers} gehören vielleicht zur selben Person "
                "(gleiches Aktenzeichen oder gleicher Name und Geburtsdatum). Bitte prüfen.").format(
                    numbers=_numbers(related)))


def _report_leftovers(ctx: AppContext) -> None:
    for leftover in privacy.leftover_copies(ctx.paths.root):
        print(_("Hinweis: {file} (von einer Wiederherstellung aufbewahrt) kann noch gelöschte Daten enthalten. "
                "Bitte löschen, sobald die wiederhergestellte Datenbank geprüft ist.").format(file=leftover.name))
