"""The `counter-app` command: no arguments starts the desktop app; `admin …` runs tasks without a window."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from typing import Sequence

from . import __version__
from .errors import CounterAppError

# Each module adds its admin sub-commands through `register(subparsers)`; handlers have the
# signature `handler(args, ctx) -> int` and raise CounterAppError for user errors.
ADMIN_COMMAND_MODULES = (
    "counter_app.cli_core",
    "counter_app.cli_models",
    "counter_app.cli_letters",
    "counter_app.cli_privacy",
    "counter_app.cli_system",
    "counter_app.cli_content",
    "counter_app.cli_stats",
)

EXIT_CODES = """Exit-Codes: 0 erfolgreich · 1 Fehler/Prüfung nicht bestanden · 2 falscher Aufruf ·
3 ungültige Einstellungen · 4 ungültiger Inhalt · 5 Datenbankfehler · 6 nicht gefunden ·
7 Übersetzung/Modellpaket"""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help="Datenordner (Vorrang vor COUNTER_APP_DATA_DIR und den Maschineneinstellungen)",
    )
    parser = argparse.ArgumentParser(
        prog="counter-app", parents=[common],
        description="Schalterassistent – Gesprächsführung am Schalter der Ausländerbehörde.",
        epilog=EXIT_CODES,
    )
    parser.add_argument("--version", action="version", version=f"counter-app {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="{admin}")
    admin = commands.add_parser(
        "admin", parents=[common], help="Verwaltungsaufgaben ohne Fenster",
        description="Verwaltungsaufgaben ohne Fenster (für IT und Teamleitungen).", epilog=EXIT_CODES,
    )
    admin_commands = admin.add_subparsers(dest="admin_command", metavar="BEFEHL", required=True)
    for module_name in ADMIN_COMMAND_MODULES:
        importlib.import_module(module_name).register(admin_commands, parents=[common])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version") and "admin" not in argv:
        return _start_gui(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command != "admin":
        return _start_gui(argv)
    from .context import AppContext
    from .logging_setup import setup_logging

    try:
        if not getattr(args, "needs_context", True):  # `admin diagnose` works even with broken settings
            return int(args.handler(args, None) or 0)
        ctx = AppContext.create(getattr(args, "data_dir", None))
        setup_logging(ctx.paths)
        try:
            code = int(args.handler(args, ctx) or 0)
            logging.getLogger(__name__).info("admin %s: Exit %s", args.admin_command, code)  # never the arguments
            return code
        finally:
            ctx.close()
    except CounterAppError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


def _start_gui(argv: list[str]) -> int:
    from .ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
