"""Admin command `stats`: anonymous statistics as a table or CSV, and the exchange between PCs.

    counter-app admin stats --from 2026-10-01 --to 2026-12-31 --csv statistik.csv
    counter-app admin stats --export-sync --merge      (IT can schedule this on every PC)
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from . import statistics
from .context import AppContext
from .errors import CounterAppError, SettingsError
from .i18n import N_, _

RULE = N_("Datenschutz: Werte aus weniger als {count} Gesprächen erscheinen als „{small}“, zu ihrem Schutz "
          "zurückgehaltene als „{withheld}“.")


def rule() -> str:
    """The suppression rule in the active language (the markers themselves are data and stay as they are)."""
    return _(RULE).format(count=statistics.MIN_COUNT, small=statistics.SUPPRESSED, withheld=statistics.WITHHELD)


class UsageError(CounterAppError):
    exit_code = 2


def register(commands: argparse._SubParsersAction, *, parents: list) -> None:
    p = commands.add_parser(
        "stats", parents=parents, help=_("Anonyme Statistik: Auswertung, CSV-Export, Austausch zwischen PCs"),
        description=_("Anonyme Statistik abgeschlossener Gespräche (ohne Namen, Geburtsdaten, Aktenzeichen). "
                      "Ohne Zeitraum: alles Erfasste. Gespräche ohne Statistik (z. B. Demo-Daten) werden vorher "
                      "erfasst."),
        epilog=rule(),
    )
    day = _("JJJJ-MM-TT")
    p.add_argument("--from", dest="date_from", type=iso_date, metavar=day, help=_("Beginn des Zeitraums"))
    p.add_argument("--to", dest="date_to", type=iso_date, metavar=day, help=_("Ende des Zeitraums"))
    p.add_argument("--csv", type=Path, metavar=_("DATEI"), help=_("Ergebnis als CSV-Datei schreiben (Excel-tauglich)"))
    p.add_argument("--by", choices=tuple(statistics.PERIODS), default="month",
                   help=_("Einteilung nach Kalenderwoche (week) oder Monat (month, Standard)"))
    p.add_argument("--matter", metavar=_("KENNUNG"), help=_("nur dieses Anliegen (Kennung wie in admin checklists)"))
    p.add_argument("--language", metavar="CODE", help=_("nur diese Sprache der Kundinnen/Kunden, z. B. ar"))
    p.add_argument("--exclude-demo", action="store_true", help=_("Demo-Gespräche (fiktiv) nicht mitzählen"))
    p.add_argument("--rebuild", action="store_true",
                   help=_("Statistik aller abgeschlossenen Gespräche neu berechnen (nach einer Korrektur)"))
    p.add_argument("--export-sync", action="store_true",
                   help=_("die eigene Statistik in den Austauschordner schreiben (paths.sync_folder)"))
    p.add_argument("--merge", action="store_true",
                   help=_("die Statistik der anderen PCs aus dem Austauschordner übernehmen"))
    p.set_defaults(handler=cmd_stats)


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = _("„{text}“ ist kein Datum im Format JJJJ-MM-TT (z. B. 2026-11-30).").format(text=text)
        raise argparse.ArgumentTypeError(message) from None


def cmd_stats(args, ctx: AppContext) -> int:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError(_("--from liegt nach --to; bitte den Zeitraum prüfen."))
    store = ctx.store()
    recorded = statistics.backfill(store, recompute=args.rebuild)
    if recorded or args.rebuild:
        print(_("{count} abgeschlossene(s) Gespräch(e) in die Statistik aufgenommen.").format(count=recorded))
    if args.export_sync or args.merge:
        exchange(args, ctx)
        if not args.csv:
            return 0
    flt = statistics.StatsFilter(date_from=args.date_from, date_to=args.date_to, matter_id=args.matter,
                                 language=args.language, include_demo=not args.exclude_demo)
    result = statistics.report(store, flt, by=args.by)
    if args.csv:
        rows = statistics.write_csv(args.csv, result.rows())
        print(_("CSV geschrieben: {path} ({rows} Zeilen aus {conversations} Gesprächen). {rule}").format(
            path=args.csv, rows=rows, conversations=statistics.count_text(result.conversations), rule=rule()))
    else:
        print_table(result)
    return 0


def exchange(args, ctx: AppContext) -> None:
    folder = ctx.settings.get("paths.sync_folder")
    if not folder:
        raise SettingsError(_("Es ist kein Austauschordner eingestellt (paths.sync_folder)."),
                            hint=_("Die IT trägt ihn in den Maschineneinstellungen ein (Abschnitt [paths])."))
    store = ctx.store()
    if args.export_sync:
        print(_("Eigene Statistik geschrieben: {path}").format(path=statistics.export_sync(store, Path(folder))))
    if args.merge:
        merged = statistics.merge_sync(store, Path(folder))
        print(_("Übernommen aus {files} Datei(en) anderer PCs: {added} neu, {updated} aktualisiert.").format(
            files=merged.files, added=merged.added, updated=merged.updated))
        for problem in merged.refused:
            print(f"  – {problem}")


def print_table(result: statistics.Report) -> None:
    if not result.conversations:
        print(_("Keine abgeschlossenen Gespräche im gewählten Zeitraum."))
        return
    widths = (9, 13, 36, 9, 9, 9, 9)
    # The column heads stay German like the CSV header and the rows' group names (statistics labels are data).
    heads = ("Zeitraum", "Gruppe", "Wert", "Gespräche", "Dauer Ø", "Fehlend %", "Folge %")
    print("  ".join(h.ljust(w) for h, w in zip(heads, widths)))
    for row in result.rows():
        if row[1] == statistics.DIMENSIONS["letter"]:
            continue  # letters are in the CSV; the terminal table stays narrow
        cells = (row[0], row[1], _shorten(row[2], widths[2]), *row[3:7])
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths)))
    count = statistics.count_text
    print(_("{total} Gespräche ({merged} von anderen PCs, {demo} Demo). {rule}").format(
        total=count(result.conversations), merged=count(result.merged), demo=count(result.demo), rule=rule()))


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
