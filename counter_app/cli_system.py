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
from .paths import DataPaths, machine_settings_file
from .settings import Settings
from .translation.errors import TranslationError

log = logging.getLogger(__name__)


def register(commands: argparse._SubParsersAction, *, parents: list) -> None:
    add = commands.add_parser
    p = add("settings", parents=parents,
            help="wirksame Einstellungen mit ihrer Quelle anzeigen (Kontrolle der Verteilung)",
            description="Zeigt jede Einstellung mit ihrem wirksamen Wert und woher er kommt: Maschine "
            "(maschinenweite Datei der IT), Benutzer oder Standard.")
    p.add_argument("--json", action="store_true", help="maschinenlesbar ausgeben (für Skripte)")
    p.set_defaults(handler=cmd_settings)
    p = add("diagnose", parents=parents, help="Diagnosedatei (ZIP) für die IT erstellen, ohne personenbezogene Daten",
            description="Schreibt Versionen, Einstellungen (ohne Geheimnisse), Zahlen aus der Datenbank, Modelle, "
            "freien Speicherplatz und die letzten Protokollzeilen in eine ZIP-Datei. Keine Namen, Aktenzeichen, "
            "Geburtsdaten, Notizen oder Brieftexte.")
    p.add_argument("--out", type=Path, metavar="DATEI.zip",
                   help="Zieldatei (Standard: counter-app-diagnose-<Datum>-<Zeit>.zip im aktuellen Ordner)")
    # Runs even when the settings file is broken: that is when IT needs a diagnosis most.
    p.set_defaults(handler=cmd_diagnose, needs_context=False)
    p = add("log", parents=parents, help="Protokolldatei: Pfad und letzte Zeilen anzeigen")
    p.add_argument("--lines", type=int, default=50, metavar="N", help="Anzahl der Zeilen (Standard: 50)")
    p.set_defaults(handler=cmd_log)
    p = add("install-bundled-models", parents=parents,
            help="mitgelieferte Übersetzungsmodelle jetzt installieren (sonst beim ersten Start)",
            description="Installiert die mit dem Installationspaket gelieferten Modelle in den Modellordner, "
            "jedes einmal; bereits erledigte werden übersprungen.")
    p.add_argument("--from", dest="folder", type=Path, metavar="ORDNER",
                   help="anderer Ordner mit .argosmodel-Dateien (Standard: models\\ im Programmordner)")
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
    state = f"gelesen, {len(machine)} Wert(e) gesetzt" if machine else (
        "vorhanden, setzt nichts" if machine_file.is_file() else "nicht vorhanden")
    print(f"Maschinenweite Einstellungen: {machine_file} ({state})")
    print(f"Datenordner: {subject.paths.root} (Quelle: {subject.data_dir_source})")
    print(f"Modellordner: {subject.models_dir}")
    print()
    print(f"{'Einstellung':28} {'Quelle':9} Wert")
    for row in rows:
        print(f"{row.key:28} {row.source:9} {json.dumps(row.value, ensure_ascii=False)}")
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
    print(f"Diagnose gespeichert: {path} ({max(1, path.stat().st_size // 1024)} KB).")
    print("Sie enthält Versionen, Einstellungen, Zahlen und das Ende des Protokolls – "
          "keine Namen, Aktenzeichen, Geburtsdaten, Notizen oder Brieftexte.")
    if subject.settings_problem:
        print(f"Achtung, die Einstellungen sind fehlerhaft:\n{subject.settings_problem}")
        return SettingsError.exit_code
    return 0


def cmd_log(args: argparse.Namespace, ctx: AppContext) -> int:
    path = logging_setup.log_file(ctx.paths)
    print(f"Protokolldatei: {path}")
    lines = diagnostics.log_tail(ctx.paths, max(args.lines, 0))
    if not lines:
        print("(noch keine Einträge)")
    for line in lines:
        print(line)
    return 0


def cmd_install_bundled_models(args: argparse.Namespace, ctx: AppContext) -> int:
    folder = args.folder or bundled_models.bundled_models_dir()
    if folder is None:
        print("Keine mitgelieferten Modelle: das Programm läuft nicht aus dem Installationspaket. "
              "Einen Ordner angeben mit --from ORDNER.")
        return 0
    outcome = bundled_models.install_bundled_models(ctx.models_dir, folder)
    for pair in outcome.installed:
        print(f"Installiert: {pair}")
    for pair in outcome.kept_newer:
        print(f"Beibehalten: {pair} (installiertes Modell ist neuer als das mitgelieferte)")
    for name in outcome.failed:
        print(f"Nicht installiert: {name} (Grund im Protokoll; "
              f"prüfen mit: counter-app admin install-model {folder / name})")
    if not (outcome.installed or outcome.kept_newer or outcome.failed):
        print(f"Nichts zu tun: alle Modelle aus {folder} sind bereits installiert (Modellordner {ctx.models_dir}).")
    return TranslationError.exit_code if outcome.failed else 0
