"""Admin commands for checklists, conversations, demo data and the database file."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import checklists, conversations, db, demo
from .context import AppContext
from .errors import CounterAppError, DatabaseDamagedError, NotFoundError


def register(commands: argparse._SubParsersAction, *, parents: list) -> None:
    add = commands.add_parser
    p = add("checklists", parents=parents, help="Anliegen (Checklisten) und ihre Versionen auflisten")
    p.set_defaults(handler=cmd_checklists)
    p = add("check", parents=parents, help="Datenbank auf Beschädigung prüfen (Exit 0 = in Ordnung)")
    p.set_defaults(handler=cmd_check)
    p = add("conversations", parents=parents, help="Offene und abgeschlossene Gespräche mit Nummer auflisten")
    p.add_argument("--status", choices=("open", "closed"), help="nur offene oder nur abgeschlossene")
    p.add_argument("--search", default="", help="Name oder Aktenzeichen (Teil genügt)")
    p.set_defaults(handler=cmd_conversations)
    p = add("demo-data", parents=parents, help="Fiktive Demo-Gespräche anlegen (Schulung, Bildschirmfotos)")
    p.add_argument("--conversations", type=int, required=True, metavar="N", help="Anzahl der Gespräche")
    p.add_argument("--status", choices=("mixed", "open", "closed"), default="mixed",
                   help="mixed (Standard: jedes zehnte offen), open oder closed")
    p.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_demo_data)
    p = add("backup", parents=parents, help="Jetzt eine Sicherung der Datenbank anlegen")
    p.set_defaults(handler=cmd_backup)
    p = add("restore", parents=parents, help="Datenbank aus einer Sicherung wiederherstellen")
    p.add_argument("file", nargs="?", type=Path, help="Sicherungsdatei (Standard: die neueste)")
    p.set_defaults(handler=cmd_restore)


def cmd_checklists(args, ctx: AppContext) -> int:
    store = ctx.store()
    print(f"{'Kennung':24} {'Version':>7}  Anliegen")
    for matter in checklists.matters(store):
        print(f"{matter.id:24} {matter.current_version:>7}  {matter.title}")
    return 0


def cmd_check(args, ctx: AppContext) -> int:
    if not ctx.paths.database.exists():
        print(f"Noch keine Datenbank in {ctx.paths.root}; sie wird beim ersten Start angelegt. In Ordnung.")
        return 0
    try:
        store = ctx.store()
    except DatabaseDamagedError as exc:
        print(f"NICHT IN ORDNUNG: {exc}")
        return 1
    problems = store.integrity_problems()
    if problems:
        print(f"NICHT IN ORDNUNG: {ctx.paths.database} hat {len(problems)} Problem(e):")
        for problem in problems[:20]:
            print(f"  – {problem}")
        print("Die Datei wurde nicht verändert. Wiederherstellen: counter-app admin restore")
        return 1
    count = store.scalar("SELECT COUNT(*) FROM conversations")
    print(f"In Ordnung: {ctx.paths.database} (Schema {store.schema_version}, {count} Gespräche).")
    return 0


def cmd_conversations(args, ctx: AppContext) -> int:
    rows = conversations.list_conversations(ctx.store(), status=args.status, search=args.search)
    print(f"{'Nr.':>6}  {'Status':13} {'Aktenzeichen':18} {'Anliegen':28} Name")
    for row in rows:
        status = "offen" if row.status == "open" else "abgeschlossen"
        print(f"{row.id:>6}  {status:13} {row.file_number:18} {row.matter_id:28} {row.client_name}")
    print(f"{len(rows)} Gespräch(e).")
    return 0


def cmd_demo_data(args, ctx: AppContext) -> int:
    if args.conversations < 1:
        raise CounterAppError("--conversations muss mindestens 1 sein.")
    result = demo.create_demo_data(ctx.store(), conversations=args.conversations, status=args.status,
                                   seed=args.seed)
    print(f"{result.created} Demo-Gespräche angelegt ({result.open} offen, {result.closed} abgeschlossen). "
          f"Alle Namen beginnen mit „{demo.DEMO_PREFIX}“ und sind erfunden.")
    return 0


def cmd_backup(args, ctx: AppContext) -> int:
    ctx.store()  # make sure the file exists and is sound before copying it
    target = db.create_backup(ctx.paths.database, ctx.paths.backups, keep=ctx.settings.get("storage.backup_count"))
    print(f"Sicherung angelegt: {target}")
    return 0


def cmd_restore(args, ctx: AppContext) -> int:
    backup = args.file
    if backup is None:
        newest = db.backup_files(ctx.paths.backups)
        if not newest:
            raise NotFoundError(f"In {ctx.paths.backups} gibt es keine Sicherung.")
        backup = newest[0]
    if not backup.is_file():
        raise NotFoundError(f"Die Sicherungsdatei {backup} gibt es nicht.")
    ctx.close()
    kept = db.restore_backup(backup, ctx.paths.database)
    print(f"Wiederhergestellt aus {backup}.")
    if kept:
        print(f"Die bisherige Datei wurde aufbewahrt als {kept}.")
    return 0
