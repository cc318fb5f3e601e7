"""Admin commands for IT: effective settings, diagnose export, the log, shipped translation models."""

from __future__ import annotations

import argparse
import json
import logging
from datetime import datetime
from pathlib import Path

from . import bundled_models, diagnostics, logging_setup
from .context import AppContext, resolve_data_dir
from .errors import SettingsError
from .i18n import _
from .paths import DataPaths, machine_settings_file
from .settings import Settings
from .translation.errors import TranslationError

log = logging.getLogger(__name__)


def register(commands: argparse._SubParsersAction, *, parents: list) -> None:
    add = commands.add_parser
    p = add("settings", parents=parents,
            help=_("wirksame Einstellungen mit ihrer Quelle anzeigen (Kontrolle der Verteilung)"),
            description=_("Zeigt jede Einstellung mit ihrem wirksamen Wert und woher er kommt: Maschine "
                          "(maschinenweite Datei der IT), Benutzer oder Standard."))
    p.add_argument("--json", action="store_true", help=_("maschinenlesbar ausgeben (für Skripte)"))
    p.set_defaults(handler=cmd_settings)
    p = add("diagnose", parents=parents,
            help=_("Diagnosedatei (ZIP) für die IT erstellen, ohne personenbezogene Daten"),
            description=_("Schreibt Versionen, Einstellungen (ohne Geheimnisse), Zahlen aus der Datenbank, Modelle, "
                          "freien Speicherplatz und die letzten Protokollzeilen in eine ZIP-Datei. Keine Namen, "
                          "Aktenzeichen, Geburtsdaten, Notizen oder Brieftexte."))
    p.add_argument("--out", type=Path, metavar=_("DATEI.zip"),
                   help=_("Zieldatei (Standard: counter-app-diagnose-<Datum>-<Zeit>.zip im aktuellen Ordner)"))
    # Runs even when the settings file is broken: that is when IT needs a diagnosis most.
    p.set_defaults(handler=cmd_diagnose, needs_context=False)
    p = add("log", parents=parents, help=_("Protokolldatei: Pfad und letzte Zeilen anzeigen"))
    p.add_argument("--lines", type=int, default=50, metavar="N", help=_("Anzahl der Zeilen (Standard: 50)"))
    p.set_defaults(handler=cmd_log)
    p = add("install-bundled-models", parents=parents,
            help=_("mitgelieferte Übersetzungsmodelle jetzt installieren (sonst beim ersten Start)"),
            description=_("Installiert die mit dem Installationspaket gelieferten Modelle in den Modellordner, "
                          "jedes einmal; bereits erledigte werden übersprungen."))
    p.add_argument("--from", dest="folder", type=Path, metavar=_("ORDNER"),
                   help=_("anderer Ordner mit .argosmodel-Dateien (Standard: models\\ im Programmordner)"))
    p.set_defaults(handler=cmd_install_bundled_models)


def subject_for(args: argparse.Namespace, ctx: AppContext | None) -> diagnostics.Subject:
    """The data folder and settings to report on; with broken settings, the defaults and the error."""
    explicit = getattr(args, "data_dir", None)
    if ctx is None:
        try:
            ctx = AppContext.create(explicit)
        except SettingsError as exc:
            settings = Settings()
            root = resolve_data_dir(explicit, {})
            return diagnostics.Subject(DataPaths(root), settings, diagnostics.data_dir_source(explicit, settings),
                                       settings_problem=str(exc))
    user = diagnostics.read_user_settings(ctx.paths.database)
    if user:
        ctx.settings.user = user
    return diagnostics.Subject(ctx.paths, ctx.settings, diagnostics.data_dir_source(explicit, ctx.settings))


def cmd_settings(args: argparse.Namespace, ctx: AppContext) -> int:
    subject = subject_for(args, ctx)
    rows = diagnostics.effective_settings(subject.settings)
    if args.json:
        print(json.dumps(_settings_document(subject, rows), ensure_ascii=False, indent=2))
        return 0
    machine_file = machine_settings_file()
    machine = subject.settings.machine
    if machine:
        print(_("Maschinenweite Einstellungen: {file} (gelesen, {count} Wert(e) gesetzt)").format(
            file=machine_file, count=len(machine)))
    elif machine_file.is_file():
        print(_("Maschinenweite Einstellungen: {file} (vorhanden, setzt nichts)").format(file=machine_file))
    else:
        print(_("Maschinenweite Einstellungen: {file} (nicht vorhanden)").format(file=machine_file))
    # data_dir_source is a source word (diagnostics.SOURCE_*, translated here) or a variable/option name
    print(_("Datenordner: {folder} (Quelle: {source})").format(
        folder=subject.paths.root, source=_(subject.data_dir_source)))
    print(_("Modellordner: {folder}").format(folder=subject.models_dir))
    print()
    setting, source, value = _("Einstellung"), _("Quelle"), _("Wert")  # column titles on screen, not a file
    print(f"{setting:28} {source:9} {value}")
    for row in rows:
        print(f"{row.key:28} {_(row.source):9} {json.dumps(row.value, ensure_ascii=False)}")
    return 0


def _settings_document(subject: diagnostics.Subject, rows: list[diagnostics.SettingValue]) -> dict:
    return {
        "machine_settings_file": str(machine_settings_file()),
        "data_dir": str(subject.paths.root),
        "data_dir_source": subject.data_dir_source,
        "models_dir": str(subject.models_dir),
        "settings": {row.key: {"value": row.value, "source": row.source} for row in rows},
    }


def cmd_diagnose(args: argparse.Namespace, ctx: AppContext | None) -> int:
    subject = subject_for(args, ctx)
    out = args.out or Path.cwd() / f"counter-app-diagnose-{datetime.now():%Y%m%d-%H%M%S}.zip"
    sections = diagnostics.collect(subject)
    path = diagnostics.write_archive(out, sections, diagnostics.log_tail(subject.paths))
    log.info("Diagnose erstellt (%s Abschnitte)", len(sections))
    print(_("Diagnose gespeichert: {file} ({size} KB).").format(file=path, size=max(1, path.stat().st_size // 1024)))
    print(_("Sie enthält Versionen, Einstellungen, Zahlen und das Ende des Protokolls – "
            "keine Namen, Aktenzeichen, Geburtsdaten, Notizen oder Brieftexte."))
    if subject.settings_problem:
        print(_("Achtung, die Einstellungen sind fehlerhaft:\n{problem}").format(problem=subject.settings_problem))
        return SettingsError.exit_code
    return 0


def cmd_log(args: argparse.Namespace, ctx: AppContext) -> int:
    path = logging_setup.log_file(ctx.paths)
    print(_("Protokolldatei: {file}").format(file=path))
    lines = diagnostics.log_tail(ctx.paths, max(args.lines, 0))
    if not lines:
        print(_("(noch keine Einträge)"))
    for line in lines:
        print(line)
    return 0


def cmd_install_bundled_models(args: argparse.Namespace, ctx: AppContext) -> int:
    folder = args.folder or bundled_models.bundled_models_dir()
    if folder is None:
        print(_("Keine mitgelieferten Modelle: das Programm läuft nicht aus dem Installationspaket. "
                "Einen Ordner angeben mit --from ORDNER."))
        return 0
    outcome = bundled_models.install_bundled_models(ctx.models_dir, folder)
    for pair in outcome.installed:
        print(_("Installiert: {model}").format(model=pair))
    for pair in outcome.kept_newer:
        print(_("Beibehalten: {model} (installiertes Modell ist neuer als das mitgelieferte)").format(model=pair))
    for name in outcome.failed:
        print(_("Nicht installiert: {model} (Grund im Protokoll; "
                "prüfen mit: counter-app admin install-model {file})").format(model=name, file=folder / name))
    if not (outcome.installed or outcome.kept_newer or outcome.failed):
        print(_("Nichts zu tun: alle Modelle aus {folder} sind bereits installiert (Modellordner {models_dir}).")
              .format(folder=folder, models_dir=ctx.models_dir))
    return TranslationError.exit_code if outcome.failed else 0
