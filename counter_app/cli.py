"""The `counter-app` command: no arguments starts the desktop app; `admin …` runs tasks without a window."""

from __future__ import annotations

import importlib
import logging
import os
import sys
from typing import TYPE_CHECKING, Sequence

from . import __version__, i18n
from .errors import CounterAppError
from .i18n import N_, _

if TYPE_CHECKING:
    import argparse

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

EXIT_CODES = N_(
    "Exit-Codes: 0 erfolgreich · 1 Fehler/Prüfung nicht bestanden · 2 falscher Aufruf · "
    "3 ungültige Einstellungen · 4 ungültiger Inhalt · 5 Datenbankfehler · 6 nicht gefunden · "
    "7 Übersetzung/Modellpaket"
)
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    import argparse  # only for `admin` and --help: starting the window needs no parser

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help=_("Datenordner (Vorrang vor COUNTER_APP_DATA_DIR und den Maschineneinstellungen)"),
    )
    common.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
        help=_("Sprache der Meldungen: de (Standard) oder en; sonst gilt {variable}").format(variable=i18n.ENV_VAR),
    )
    parser = argparse.ArgumentParser(
        prog="counter-app", parents=[common],
        description=_("Schalterassistent – Gesprächsführung am Schalter der Ausländerbehörde."),
        epilog=_(EXIT_CODES),
    )
    parser.add_argument("--version", action="version", version=f"counter-app {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="{admin}")
    admin = commands.add_parser(
        "admin", parents=[common], help=_("Verwaltungsaufgaben ohne Fenster"),
        description=_("Verwaltungsaufgaben ohne Fenster (für IT und Teamleitungen)."), epilog=_(EXIT_CODES),
    )
    admin_commands = admin.add_subparsers(dest="admin_command", metavar=_("BEFEHL"), required=True)
    for module_name in ADMIN_COMMAND_MODULES:
        importlib.import_module(module_name).register(admin_commands, parents=[common])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "admin" in argv or any(a in ("-h", "--help") for a in argv):
        problem = choose_language(argv)
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_USAGE
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
        print(_("Fehler: {error}").format(error=exc), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


def option_value(argv: Sequence[str], option: str) -> str | None:
    """The value of `--option VALUE` or `--option=VALUE` (the last one given), before any parser runs.

    For the few options needed before argparse: `--lang` (the parser's help texts depend on it) and
    the window's `--data-dir` (building a parser costs ~3 ms of start-up for one option)."""
    found = None
    for index, arg in enumerate(argv):
        if arg == option and index + 1 < len(argv):
            found = argv[index + 1]
        elif arg.startswith(option + "="):
            found = arg.split("=", 1)[1]
    return found


def choose_language(argv: list[str]) -> str:
    """Set the language of messages before the parser is built (its help texts are translated too).

    `--lang` wins over COUNTER_APP_LANG; argparse itself rejects a bad `--lang` value later.
    Returns a message when the environment variable names a language we do not have.
    """
    wanted = option_value(argv, "--lang")
    if wanted is None:
        variable = os.environ.get(i18n.ENV_VAR, "")
        wanted = i18n.normalise(variable)
        if wanted is not None and wanted not in i18n.LANGUAGES:
            return (
                f"{i18n.ENV_VAR}={variable}: unbekannte Sprache; erlaubt sind {', '.join(i18n.LANGUAGES)}.\n"
                f"{i18n.ENV_VAR}={variable}: unknown language; allowed are {', '.join(i18n.LANGUAGES)}."
            )
    wanted = i18n.normalise(wanted) or i18n.DEFAULT_LANGUAGE
    if wanted not in i18n.LANGUAGES:
        return ""  # a bad --lang value: argparse names the allowed ones
    if not i18n.set_language(wanted):  # always set: a second call in one process must not inherit the first
        print(
            f"Englische Meldungen nicht verfügbar ({i18n.catalogue_file(wanted)} fehlt oder ist beschädigt); "
            "die Meldungen bleiben deutsch.\n"
            f"English messages unavailable ({i18n.catalogue_file(wanted)} is missing or damaged); "
            "messages stay German.",
            file=sys.stderr,
        )
    return ""


def _start_gui(argv: list[str]) -> int:
    from .ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
