"""Admin commands for checklists, conversations, demo data and the database file."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import checklists, conversations, db, demo
from .context import AppContext
from .errors import CounterAppError, DatabaseDamagedError, NotFoundError
from .i18n import _


def register(commands: argparse._SubParsersAction, *, parents: list) -> None:
    add = commands.add_parser
    p = add("checklists", parents=parents, help=_("Anliegen (Checklisten) und ihre Versionen auflisten"))
    p.set_defaults(handler=cmd_checklists)
    p = add("check", parents=parents, help=_("Datenbank auf Beschädigung prüfen (Exit 0 = in Ordnung)"))
    p.set_defaults(handler=cmd_check)
    p = add("conversations", parents=parents, help=_("Offene und abgeschlossene Gespräche mit Nummer auflisten"))
    p.add_argument("--status", choices=("open", "closed"), help=_("nur offene oder nur abgeschlossene"))
    p.add_argument("--search", default="", help=_("Name oder Aktenzeichen (Teil genügt)"))
    p.set_defaults(handler=cmd_conversations)
    p = add("demo-data", parents=parents, help=_("Fiktive Demo-Gespräche anlegen (Schulung, Bildschirmfotos)"))
    p.add_argument("--conversations", type=int, required=True, metavar="N", help=_("Anzahl der Gespräche"))
    p.add_argument("--status", choices=("mixed", "open", "closed"), default="mixed",
                   help=_("mixed (Standard: jedes zehnte offen), open oder closed"))
    p.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_demo_data)
    p = add("backup", parents=parents, help=_("Jetzt eine Sicherung der Datenbank anlegen"))
    p.set_defaults(handler=cmd_backup)
    p = add("restore", parents=parents, help=_("Datenbank aus einer Sicherung wiederherstellen"))
    p.add_argument("file", nargs="?", type=Path, help=_("Sicherungsdatei (Standard: die neueste)"))
    p.set_defaults(handler=cmd_restore)


def cmd_checklists(args, ctx: AppContext) -> int:
    store = ctx.store()
    print("{:24} {:>7}  {}".format(_("Kennung"), _("Version"), _("Anliegen")))
    for matter in checklists.matters(store):
        print(f"{matter.id:24} {matter.current_version:>7}  {matter.title}")
    return 0


def cmd_check(args, ctx: AppContext) -> int:
    if not ctx.paths.database.exists():
        print(_("Noch keine Datenbank in {folder}; sie wird beim ersten Start angelegt. In Ordnung.").format(
            folder=ctx.paths.root))
        return 0
    try:
        store = ctx.store()
    except DatabaseDamagedError as exc:
        print(_("NICHT IN ORDNUNG: {error}").format(error=exc))
        return 1
    problems = store.integrity_problems()
    if problems:
        print(_("NICHT IN ORDNUNG: {database} hat {count} Problem(e):").format(
            database=ctx.paths.database, count=len(problems)))
        for problem in problems[:20]:
            print(f"  – {problem}")
        print(_("Die Datei wurde nicht verändert. Wiederherstellen: counter-app admin restore"))
        return 1
    count = store.scalar("SELECT COUNT(*) FROM conversations")
    print(_("In Ordnung: {database} (Schema {schema}, {count} Gespräche).").format(
        database=ctx.paths.database, schema=store.schema_version, count=count))
    return 0


def cmd_conversations(args, ctx: AppContext) -> int:
    rows = conversations.list_conversations(ctx.store(), status=args.status, search=args.search)
    print("{:>6}  {:13} {:18} {:28} {}".format(_("Nr."), _("Status"), _("Aktenzeichen"), _("Anliegen"), _("Name")))
    for row in rows:
        status = _("offen") if row.status == "open" else _("abgeschlossen")
        print(f"{row.id:>6}  {status:13} {row.file_number:18} {row.matter_id:28} {row.client_name}")
    print(_("{count} Gespräch(e).").format(count=len(rows)))
    return 0


def cmd_demo_data(args, ctx: AppContext) -> int:
    if args.conversations < 1:
        raise CounterAppError(_("--conversations muss mindestens 1 sein."))
    result = demo.create_demo_data(ctx.store(), conversations=args.conversations, status=args.status,
                                   seed=args.seed)
    print(_("{created} Demo-Gespräche angelegt ({open} offen, {closed} abgeschlossen). "
            "Alle Namen beginnen mit „{prefix}“ und sind erfunden.").format(
        created=result.created, open=result.open, closed=result.closed, prefix=demo.DEMO_PREFIX))
    return 0


def cmd_backup(args, ctx: AppContext) -> int:
    ctx.store()  # make sure the file exists and is sound before copying it
    target = db.create_backup(ctx.paths.database, ctx.paths.backups, keep=ctx.settings.get("storage.backup_count"))
    print(_("Sicherung angelegt: {path}").format(path=target))
    return 0


def cmd_restore(args, ctx: AppContext) -> int:
    backup = args.file
    if backup is None:
        newest = db.backup_files(ctx.paths.backups)
        if not newest:
            raise NotFoundError(_("In {folder} gibt es keine Sicherung.").format(folder=ctx.paths.backups))
        backup = newest[0]
    if not backup.is_file():
        raise NotFoundError(_("Die Sicherungsdatei {path} gibt es nicht.").format(path=backup))
    ctx.close()
    kept = db.restore_backup(backup, ctx.paths.database)
    print(_("Wiederhergestellt aus {path}.").format(path=backup))
    if kept:
        print(_("Die bisherige Datei wurde aufbewahrt als {path}.").format(path=kept))
    return 0
