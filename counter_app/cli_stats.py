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

RULE = (f"Datenschutz: Werte aus weniger als {statistics.MIN_COUNT} Gesprächen erscheinen als "
        f"„{statistics.SUPPRESSED}“, zu ihrem Schutz zurückgehaltene als „{statistics.WITHHELD}“.")


class UsageError(CounterAppError):
    exit_code = 2


def register(commands: argparse._SubParsersAction, *, parents: list) -> None:
    p = commands.add_parser(
        "stats", parents=parents, help="Anonyme Statistik: Auswertung, CSV-Export, Austausch zwischen PCs",
        description="Anonyme Statistik abgeschlossener Gespräche (ohne Namen, Geburtsdaten, Aktenzeichen). "
        "Ohne Zeitraum: alles Erfasste. Gespräche ohne Statistik (z. B. Demo-Daten) werden vorher erfasst.",
        epilog=RULE,
    )
    p.add_argument("--from", dest="date_from", type=iso_date, metavar="JJJJ-MM-TT", help="Beginn des Zeitraums")
    p.add_argument("--to", dest="date_to", type=iso_date, metavar="JJJJ-MM-TT", help="Ende des Zeitraums")
    p.add_argument("--csv", type=Path, metavar="DATEI", help="Ergebnis als CSV-Datei schreiben (Excel-tauglich)")
    p.add_argument("--by", choices=tuple(statistics.PERIODS), default="month",
                   help="Einteilung nach Kalenderwoche (week) oder Monat (month, Standard)")
    p.add_argument("--matter", metavar="KENNUNG", help="nur dieses Anliegen (Kennung wie in admin checklists)")
    p.add_argument("--language", metavar="CODE", help="nur diese Sprache der Kundinnen/Kunden, z. B. ar")
    p.add_argument("--exclude-demo", action="store_true", help="Demo-Gespräche (fiktiv) nicht mitzählen")
    p.add_argument("--rebuild", action="store_true",
                   help="Statistik aller abgeschlossenen Gespräche neu berechnen (nach einer Korrektur)")
    p.add_argument("--export-sync", action="store_true",
                   help="die eigene Statistik in den Austauschordner schreiben (paths.sync_folder)")
    p.add_argument("--merge", action="store_true",
                   help="die Statistik der anderen PCs aus dem Austauschordner übernehmen")
    p.set_defaults(handler=cmd_stats)


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = f"„{text}“ ist kein Datum im Format JJJJ-MM-TT (z. B. 2026-11-30)."
        raise argparse.ArgumentTypeError(message) from None


def cmd_stats(args, ctx: AppContext) -> int:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError("--from liegt nach --to; bitte den Zeitraum prüfen.")
    store = ctx.store()
    recorded = statistics.backfill(store, recompute=args.rebuild)
    if recorded or args.rebuild:
        print(f"{recorded} abgeschlossene(s) Gespräch(e) in die Statistik aufgenommen.")
    if args.export_sync or args.merge:
        exchange(args, ctx)
        if not args.csv:
            return 0
    flt = statistics.StatsFilter(date_from=args.date_from, date_to=args.date_to, matter_id=args.matter,
                                 language=args.language, include_demo=not args.exclude_demo)
    result = statistics.report(store, flt, by=args.by)
    if args.csv:
        rows = statistics.write_csv(args.csv, result.rows())
        print(f"CSV geschrieben: {args.csv} ({rows} Zeilen aus {statistics.count_text(result.conversations)} "
              f"Gesprächen). {RULE}")
    else:
        print_table(result)
    return 0


def exchange(args, ctx: AppContext) -> None:
    folder = ctx.settings.get("paths.sync_folder")
    if not folder:
        raise SettingsError("Es ist kein Austauschordner eingestellt (paths.sync_folder).",
                            hint="Die IT trägt ihn in den Maschineneinstellungen ein (Abschnitt [paths]).")
    store = ctx.store()
    if args.export_sync:
        print(f"Eigene Statistik geschrieben: {statistics.export_sync(store, Path(folder))}")
    if args.merge:
        merged = statistics.merge_sync(store, Path(folder))
        print(f"Übernommen aus {merged.files} Datei(en) anderer PCs: {merged.added} neu, "
              f"{merged.updated} aktualisiert.")
        for problem in merged.refused:
            print(f"  – {problem}")


def print_table(result: statistics.Report) -> None:
    if not result.conversations:
        print("Keine abgeschlossenen Gespräche im gewählten Zeitraum.")
        return
    widths = (9, 13, 36, 9, 9, 9, 9)
    heads = ("Zeitraum", "Gruppe", "Wert", "Gespräche", "Dauer Ø", "Fehlend %", "Folge %")
    print("  ".join(h.ljust(w) for h, w in zip(heads, widths)))
    for row in result.rows():
        if row[1] == statistics.DIMENSIONS["letter"]:
            continue  # letters are in the CSV; the terminal table stays narrow
        cells = (row[0], row[1], _shorten(row[2], widths[2]), *row[3:7])
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths)))
    count = statistics.count_text
    print(f"{count(result.conversations)} Gespräche ({count(result.merged)} von anderen PCs, "
          f"{count(result.demo)} Demo). {RULE}")


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
